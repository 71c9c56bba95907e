/*
 * pg_facts.c
 *		govreport.facts(text) and govreport.dates(text): every numeric fact
 *		and every date of a report, as rows.
 *
 * The work is done by the core (gr_facts.c, gr_dates.c, and gr_sections.c
 * for the section column); this file turns byte offsets into 1-based
 * character positions and builds the tuples.
 */
#include "pg_glue.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "gr_facts.h"
#include "gr_sections.h"

/* A text Datum of text[start, end). */
static Datum
text_datum(const char *bytes, size_t start, size_t end)
{
	return PointerGetDatum(cstring_to_text_with_len(bytes + start, (int) (end - start)));
}

static Datum
numeric_datum(const char *value)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(value),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/* A 1-based character position as an int4 Datum. */
static Datum
position_datum(GrCharIndex *index, size_t byte_offset)
{
	int64_t		position = gr_char_position(index, byte_offset);

	return Int32GetDatum((int32) position);
}

PG_FUNCTION_INFO_V1(govreport_facts);
Datum
govreport_facts(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *input = PG_GETARG_TEXT_PP(0);
	const char *bytes = GOVREPORT_TEXT_BYTES(input);
	size_t		len = GOVREPORT_TEXT_LENGTH(input);
	GrFact	   *facts;
	size_t		count;
	GrSection  *sections = NULL;
	size_t		nsections = 0;
	GrCharIndex index;
	GrStatus	status;

	InitMaterializedSRF(fcinfo, 0);
	status = gr_facts_find(govreport_env(), bytes, len, &facts, &count);
	govreport_raise(status, "find the facts of a text");
	if (count > 0)
	{
		/* the section column: as govreport.sections(body) numbers them */
		status = gr_sections_find(govreport_env(), bytes, len, &sections, &nsections);
		govreport_raise(status, "find the sections of a text");
	}

	gr_char_index_init(&index, bytes, len);
	for (size_t i = 0; i < count; i++)
	{
		const GrFact *f = &facts[i];
		Datum		values[13];
		bool		nulls[13];
		const char *name;

		memset(nulls, 0, sizeof(nulls));
		values[0] = Int32GetDatum(f->ord);
		{
			long		at = gr_sections_at(sections, nsections, f->start);

			if (at >= 0)
				values[1] = Int32GetDatum(sections[at].ord);
			else
				nulls[1] = true;
		}
		if (f->subject_end > f->subject_start)
			values[2] = text_datum(bytes, f->subject_start, f->subject_end);
		else
			nulls[2] = true;
		values[3] = numeric_datum(f->value);
		if (f->value_max)
			values[4] = numeric_datum(f->value_max);
		else
			nulls[4] = true;
		if (f->unit)
			values[5] = PointerGetDatum(cstring_to_text_with_len(f->unit, (int) f->unit_len));
		else
			nulls[5] = true;
		values[6] = CStringGetTextDatum(gr_fact_kind_name(f->kind));
		name = gr_qualifier_name(f->qualifier);
		if (name)
			values[7] = CStringGetTextDatum(name);
		else
			nulls[7] = true;
		name = gr_direction_name(f->direction);
		if (name)
			values[8] = CStringGetTextDatum(name);
		else
			nulls[8] = true;
		if (f->parent > 0)
			values[9] = Int32GetDatum(f->parent);
		else
			nulls[9] = true;
		values[10] = text_datum(bytes, f->start, f->end);
		values[11] = position_datum(&index, f->start);
		values[12] = position_datum(&index, f->end);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(govreport_dates);
Datum
govreport_dates(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *input = PG_GETARG_TEXT_PP(0);
	const char *bytes = GOVREPORT_TEXT_BYTES(input);
	size_t		len = GOVREPORT_TEXT_LENGTH(input);
	GrDate	   *dates;
	size_t		count;
	GrCharIndex index;
	GrStatus	status;

	InitMaterializedSRF(fcinfo, 0);
	status = gr_dates_find(govreport_env(), bytes, len, &dates, &count);
	govreport_raise(status, "find the dates of a text");

	gr_char_index_init(&index, bytes, len);
	for (size_t i = 0; i < count; i++)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = text_datum(bytes, dates[i].start, dates[i].end);
		values[1] = CStringGetTextDatum(dates[i].value);
		values[2] = position_datum(&index, dates[i].start);
		values[3] = position_datum(&index, dates[i].end);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
