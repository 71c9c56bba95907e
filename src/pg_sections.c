/*
 * pg_sections.c
 *		govreport.sections(text): the numbered section tree of a report, one
 *		row per section.
 *
 * The core (gr_sections.c) finds the sections as byte offsets; this file
 * turns them into rows with 1-based character positions.
 */
#include "pg_glue.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "gr_sections.h"

#define SECTIONS_COLUMNS 10

PG_FUNCTION_INFO_V1(govreport_sections);
Datum
govreport_sections(PG_FUNCTION_ARGS)
{
	GovreportRows *result;
	text	   *input = PG_GETARG_TEXT_PP(0);
	const char *bytes = GOVREPORT_TEXT_BYTES(input);
	size_t		len = GOVREPORT_TEXT_LENGTH(input);
	GrSection  *sections;
	size_t		count;
	GrCharIndex index;
	GrStatus	status;
	int32	   *starts;
	int32		text_end;

	result = govreport_init_srf(fcinfo);

	status = gr_sections_find(govreport_env(), bytes, len, &sections, &count);
	govreport_raise(status, "find the sections of a report");

	/*
	 * Starts increase row by row: one forward walk gives them all.  A
	 * section ends where a later row starts, or at the end of the text, so
	 * ends are looked up among the starts (binary search) instead of
	 * walking the text again.
	 */
	starts = palloc_extended((count + 1) * sizeof(int32), MCXT_ALLOC_HUGE);
	gr_char_index_init(&index, bytes, len);
	for (size_t k = 0; k < count; k++)
		starts[k] = (int32) govreport_char_position(&index, sections[k].start);
	text_end = (int32) govreport_char_position(&index, len);

	for (size_t k = 0; k < count; k++)
	{
		GrSection  *s = &sections[k];
		Datum		values[SECTIONS_COLUMNS];
		bool		nulls[SECTIONS_COLUMNS];
		const char *topic = gr_topic_name(s->topic);
		int32		end_pos = text_end;

		if (s->end < len)
		{
			size_t		low = k + 1,
						high = count;

			while (low < high)
			{
				size_t		middle = (low + high) / 2;

				if (sections[middle].start < s->end)
					low = middle + 1;
				else
					high = middle;
			}
			if (low < count && sections[low].start == s->end)
				end_pos = starts[low];
			else
			{
				/* not a row's start (the core never does this): count */
				end_pos = (int32) gr_char_count(bytes, s->end) + 1;
			}
		}

		memset(nulls, 0, sizeof(nulls));
		values[0] = Int32GetDatum(s->ord);
		values[1] = Int32GetDatum(s->parent);
		nulls[1] = s->parent == 0;
		values[2] = Int32GetDatum(s->level);
		if (s->level == 0)
		{
			nulls[3] = nulls[4] = nulls[5] = true;
			values[3] = values[4] = values[5] = (Datum) 0;
		}
		else
		{
			values[3] = PointerGetDatum(cstring_to_text_with_len(s->label, (int) s->label_len));
			values[4] = Int32GetDatum(s->number);
			values[5] = PointerGetDatum(cstring_to_text_with_len(s->heading,
																 (int) s->heading_len));
		}
		values[6] = topic ? CStringGetTextDatum(topic) : (Datum) 0;
		nulls[6] = topic == NULL;
		values[7] = Int32GetDatum(starts[k]);
		values[8] = Int32GetDatum(end_pos);
		values[9] = govreport_span_datum(bytes, s->body_start, s->body_end);
		govreport_put_row(result, values, nulls);
		CHECK_FOR_INTERRUPTS();
	}
	PG_RETURN_NULL();
}
