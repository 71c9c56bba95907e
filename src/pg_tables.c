/*
 * pg_tables.c
 *		govreport.tables(text) and govreport.table_checks(text): the tables
 *		of a report as cells, the national tables by key, and their checks.
 *
 * The work is done by gr_tables (src/gr_tables.c); this file turns its
 * cells into rows, byte offsets into 1-based character positions.
 */
#include "pg_glue.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "gr_sections.h"
#include "gr_tables.h"

/* The Datum made last from a string, to reuse while the string repeats. */
typedef struct CachedDatum
{
	const char *string;
	Datum		datum;
} CachedDatum;

/*
 * A text Datum, or a null, from a NUL-terminated string; the same Datum as
 * last time when the string is the same (cells of a row share their label
 * strings, tuplestore_putvalues copies the values).
 */
static Datum
cached_text(CachedDatum *cache, const char *value, bool *isnull)
{
	*isnull = value == NULL;
	if (value == NULL)
		return (Datum) 0;
	if (cache->string != value &&
		(cache->string == NULL || strcmp(cache->string, value) != 0))
	{
		cache->string = value;
		cache->datum = CStringGetTextDatum(value);
	}
	return cache->datum;
}

/* A numeric Datum from a canonical decimal, reused while it repeats. */
static Datum
cached_numeric(CachedDatum *cache, const char *value)
{
	if (cache->string != value &&
		(cache->string == NULL || strcmp(cache->string, value) != 0))
	{
		cache->string = value;
		cache->datum = govreport_numeric_datum(value);
	}
	return cache->datum;
}

/*
 * The ord of the innermost section that holds each cell (as
 * govreport.sections numbers them), 0 for none.  Sections come in document
 * order and nest: the last one starting at or before the cell, or the
 * nearest of its parents that still holds it.
 */
static void
cell_sections(const char *bytes, size_t len, const GrTableCell *cells,
			  size_t count, int *sections)
{
	GrSection  *found;
	size_t		found_count;
	size_t		i;

	if (count == 0)
		return;
	govreport_raise(gr_sections_find(govreport_env(), bytes, len, &found,
									 &found_count),
					"find the sections of a report");
	for (i = 0; i < count; i++)
	{
		size_t		low = 0;
		size_t		high = found_count;
		int			ord = 0;

		while (low < high)
		{
			size_t		middle = (low + high) / 2;

			if (found[middle].start <= cells[i].start)
				low = middle + 1;
			else
				high = middle;
		}
		if (low > 0)
			ord = found[low - 1].ord;
		while (ord > 0 && (size_t) ord <= found_count &&
			   cells[i].start >= found[ord - 1].end)
			ord = found[ord - 1].parent;
		sections[i] = ord;
	}
}

PG_FUNCTION_INFO_V1(govreport_tables);
Datum
govreport_tables(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	const char *bytes = GOVREPORT_TEXT_BYTES(body);
	size_t		len = GOVREPORT_TEXT_LENGTH(body);
	GrTableCell *cells;
	size_t		count;
	int		   *sections;
	GrCharIndex index;
	size_t		i;
	CachedDatum row_label = {0},
				col_label = {0},
				row_key = {0},
				col_key = {0},
				unit = {0},
				value = {0};
	Datum		raw_datum = (Datum) 0;	/* the last raw text ("0" repeats) */
	const char *raw_bytes = NULL;
	size_t		raw_len = 0;

	InitMaterializedSRF(fcinfo, 0);
	govreport_raise(gr_tables_find(govreport_env(), bytes, len, &cells, &count),
					"read the tables");
	sections = palloc_extended(sizeof(int) * (count + 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	cell_sections(bytes, len, cells, count, sections);
	gr_char_index_init(&index, bytes, len);
	for (i = 0; i < count; i++)
	{
		const GrTableCell *cell = &cells[i];
		Datum		values[13];
		bool		nulls[13] = {0};

		values[0] = Int32GetDatum(cell->table_no);
		values[1] = Int32GetDatum(sections[i]);
		nulls[1] = sections[i] == 0;
		values[2] = Int32GetDatum(cell->row_no);
		values[3] = Int32GetDatum(cell->col_no);
		/* cells of a row share their strings: one Datum per string */
		values[4] = cached_text(&row_label, cell->row_label, &nulls[4]);
		values[5] = cached_text(&col_label, cell->col_label, &nulls[5]);
		values[6] = cached_text(&row_key, cell->row_key, &nulls[6]);
		values[7] = cached_text(&col_key, cell->col_key, &nulls[7]);
		values[8] = cached_numeric(&value, cell->value);
		values[9] = cached_text(&unit, cell->unit, &nulls[9]);
		if (raw_datum == (Datum) 0 || raw_len != cell->end - cell->start ||
			memcmp(raw_bytes, bytes + cell->start, raw_len) != 0)
		{
			raw_bytes = bytes + cell->start;
			raw_len = cell->end - cell->start;
			raw_datum = PointerGetDatum(cstring_to_text_with_len(raw_bytes, (int) raw_len));
		}
		values[10] = raw_datum;
		values[11] = Int32GetDatum((int32) govreport_char_position(&index, cell->start));
		values[12] = Int32GetDatum((int32) govreport_char_position(&index, cell->end));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		CHECK_FOR_INTERRUPTS();
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(govreport_table_checks);
Datum
govreport_table_checks(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	const char *bytes = GOVREPORT_TEXT_BYTES(body);
	size_t		len = GOVREPORT_TEXT_LENGTH(body);
	GrTableCell *cells;
	size_t		count;
	GrTableCheck *checks;
	size_t		check_count;
	size_t		i;

	InitMaterializedSRF(fcinfo, 0);
	govreport_raise(gr_tables_find(govreport_env(), bytes, len, &cells, &count),
					"read the tables");
	govreport_raise(gr_table_checks(govreport_env(), cells, count, &checks,
									&check_count),
					"check the tables");
	for (i = 0; i < check_count; i++)
	{
		Datum		values[5];
		bool		nulls[5] = {0};

		values[0] = Int32GetDatum(checks[i].table_no);
		values[1] = CStringGetTextDatum(checks[i].relation);
		values[2] = govreport_numeric_datum(checks[i].expected);
		values[3] = govreport_numeric_datum(checks[i].actual);
		values[4] = BoolGetDatum(checks[i].holds);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
