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
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "gr_sections.h"
#include "gr_tables.h"

/*
 * Text Datums of the strings of one output column, by address.  The core
 * shares one string among the cells of a row (row label, row key) or a
 * column (column label, key, unit), and keys are static, so one Datum per
 * address serves every cell that prints it.  Direct-mapped: a slot holds
 * the last address that hashed to it, and the Datum it replaces is freed,
 * so the cache stays the same size however many rows the call returns.
 * One cache per output column: a row holds one Datum of each, so the Datum
 * freed is never one the row being built still holds (govreport_put_row
 * has copied those of the rows before).
 */
#define TEXT_CACHE_SLOTS 64

typedef struct TextCache
{
	const char *strings[TEXT_CACHE_SLOTS];
	Datum		datums[TEXT_CACHE_SLOTS];
} TextCache;

/* A text Datum, or a null, from a NUL-terminated string of the core. */
static inline Datum
cached_text(TextCache *cache, const char *value, bool *isnull)
{
	size_t		slot;

	*isnull = value == NULL;
	if (value == NULL)
		return (Datum) 0;
	slot = govreport_address_slot(value, 3, TEXT_CACHE_SLOTS);
	if (cache->strings[slot] != value)
	{
		if (cache->strings[slot] != NULL)
			pfree(DatumGetPointer(cache->datums[slot]));
		cache->strings[slot] = value;
		cache->datums[slot] = CStringGetTextDatum(value);
	}
	return cache->datums[slot];
}

/*
 * Cell values and raw texts that are small integers ("0", "12") repeat
 * all over a table: their numeric and text Datums, made once per backend
 * (in TopMemoryContext: they never change) as they are first needed.
 */
#define SMALL_VALUES 256

static Datum small_numerics[SMALL_VALUES];
static Datum small_texts[SMALL_VALUES];

/*
 * The numeric Datum of a canonical decimal: integers without numeric_in's
 * parsing (int64_to_numeric gives the same numeric), small ones made once;
 * *made when the Datum is the caller's to free.
 */
static inline Datum
value_numeric(const char *value, bool *made)
{
	int64		integer;

	*made = true;
	if (!govreport_plain_integer(value, strlen(value), &integer))
		return govreport_numeric_datum(value);
	if (integer < 0 || integer >= SMALL_VALUES)
		return NumericGetDatum(int64_to_numeric(integer));
	*made = false;
	if (small_numerics[integer] == (Datum) 0)
	{
		MemoryContext caller = MemoryContextSwitchTo(TopMemoryContext);

		small_numerics[integer] = NumericGetDatum(int64_to_numeric(integer));
		MemoryContextSwitchTo(caller);
	}
	return small_numerics[integer];
}

/*
 * Numeric Datums of cell values, by address, as TextCache: values 0..999
 * are static strings of the core and others are shared by no cell, so the
 * cells of a table mostly hit, with no length or parsing.  A slot notes
 * whether its Datum was made for this call (freed when replaced) or is one
 * of the backend's small_numerics (never freed).
 */
typedef struct ValueCache
{
	const char *strings[TEXT_CACHE_SLOTS];
	Datum		datums[TEXT_CACHE_SLOTS];
	bool		made[TEXT_CACHE_SLOTS];
} ValueCache;

static inline Datum
cached_numeric(ValueCache *cache, const char *value)
{
	size_t		slot = govreport_address_slot(value, 2, TEXT_CACHE_SLOTS);

	if (cache->strings[slot] != value)
	{
		if (cache->strings[slot] != NULL && cache->made[slot])
			pfree(DatumGetPointer(cache->datums[slot]));
		cache->strings[slot] = value;
		cache->datums[slot] = value_numeric(value, &cache->made[slot]);
	}
	return cache->datums[slot];
}

/*
 * The text Datum of a cell as printed; small integers made once.  *made
 * when the Datum is the caller's to free.
 */
static inline Datum
raw_text(const char *bytes, size_t len, bool *made)
{
	int64		integer;

	*made = false;
	if (len <= 3 && len > 0 && bytes[0] != '-' &&
		govreport_plain_integer(bytes, len, &integer) && integer < SMALL_VALUES)
	{
		if (small_texts[integer] == (Datum) 0)
		{
			MemoryContext caller = MemoryContextSwitchTo(TopMemoryContext);

			small_texts[integer] =
				PointerGetDatum(cstring_to_text_with_len(bytes, (int) len));
			MemoryContextSwitchTo(caller);
		}
		return small_texts[integer];
	}
	*made = true;
	return PointerGetDatum(cstring_to_text_with_len(bytes, (int) len));
}

/*
 * The ord of the innermost section that holds each cell (as
 * govreport.sections numbers them), 0 for none.  Sections come in document
 * order and nest: the last one starting at or before the cell, or the
 * nearest of its parents that still holds it.  Cells come mostly in
 * document order, so the count of sections starting at or before a cell
 * is carried from one cell to the next and moved a few steps; a cell
 * further on or back (another table's, a column read down) is found by a
 * binary search, so no order of cells costs more than a search each.
 */
#define SECTION_STEPS 8

static void
cell_sections(const char *bytes, size_t len, const GrTableCell *cells,
			  size_t count, int *sections)
{
	GrSection  *found;
	size_t		found_count;
	size_t		i;
	size_t		low = 0;		/* sections starting at or before the last cell */

	if (count == 0)
		return;
	govreport_raise(gr_sections_bounds(govreport_env(), bytes, len, &found,
									   &found_count),
					"find the sections of a report");
	for (i = 0; i < count; i++)
	{
		size_t		start = cells[i].start;
		size_t		high = found_count;
		int			ord = 0;
		int			steps = 0;

		/* back: search from the beginning */
		if (low > 0 && found[low - 1].start > start)
			low = 0;
		else
		{
			/* on: a few steps, then a search over the rest */
			while (low < found_count && found[low].start <= start &&
				   steps < SECTION_STEPS)
			{
				low++;
				steps++;
			}
			if (low == found_count || found[low].start > start)
				high = low;
		}
		while (low < high)
		{
			size_t		middle = (low + high) / 2;

			if (found[middle].start <= start)
				low = middle + 1;
			else
				high = middle;
		}
		if (low > 0)
			ord = found[low - 1].ord;
		while (ord > 0 && (size_t) ord <= found_count &&
			   start >= found[ord - 1].end)
			ord = found[ord - 1].parent;
		sections[i] = ord;
	}
}

PG_FUNCTION_INFO_V1(govreport_tables);
Datum
govreport_tables(PG_FUNCTION_ARGS)
{
	GovreportRows *result;
	text	   *body = PG_GETARG_TEXT_PP(0);
	const char *bytes = GOVREPORT_TEXT_BYTES(body);
	size_t		len = GOVREPORT_TEXT_LENGTH(body);
	GrTableCell *cells;
	size_t		count;
	int		   *sections;
	GrCharTable positions;
	size_t		i;
	/* row_label, col_label, row_key, col_key, unit */
	TextCache  *texts = palloc0(sizeof(TextCache) * 5);
	ValueCache *numerics = palloc0(sizeof(ValueCache));

	result = govreport_init_srf(fcinfo);
	govreport_raise(gr_tables_find(govreport_env(), bytes, len, &cells, &count),
					"read the tables");
	sections = palloc_extended(sizeof(int) * (count + 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	cell_sections(bytes, len, cells, count, sections);
	/*
	 * A table of character positions, when there are cells: a cell's two
	 * are two lookups, where walking from cell to cell (GrCharIndex) cost
	 * 3% of the call on table-heavy text in mispredicted loop exits.
	 */
	if (count > 0)
		govreport_raise(gr_char_table_init(govreport_env(), &positions, bytes, len),
						"index the characters of a report");
	for (i = 0; i < count; i++)
	{
		const GrTableCell *cell = &cells[i];
		Datum		values[13];
		bool		nulls[13] = {0};
		bool		raw_made;

		values[0] = Int32GetDatum(cell->table_no);
		values[1] = Int32GetDatum(sections[i]);
		nulls[1] = sections[i] == 0;
		values[2] = Int32GetDatum(cell->row_no);
		values[3] = Int32GetDatum(cell->col_no);
		/* cells of a row or column share their strings: one Datum each */
		values[4] = cached_text(&texts[0], cell->row_label, &nulls[4]);
		values[5] = cached_text(&texts[1], cell->col_label, &nulls[5]);
		values[6] = cached_text(&texts[2], cell->row_key, &nulls[6]);
		values[7] = cached_text(&texts[3], cell->col_key, &nulls[7]);
		values[8] = cached_numeric(numerics, cell->value);
		values[9] = cached_text(&texts[4], cell->unit, &nulls[9]);
		values[10] = raw_text(bytes + cell->start, cell->end - cell->start, &raw_made);
		values[11] = Int32GetDatum((int32) gr_char_table_position(&positions, cell->start));
		values[12] = Int32GetDatum((int32) gr_char_table_position(&positions, cell->end));
		govreport_put_row(result, values, nulls);
		/* Datums made for this row only go with it */
		if (raw_made)
			pfree(DatumGetPointer(values[10]));
		CHECK_FOR_INTERRUPTS();
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(govreport_table_checks);
Datum
govreport_table_checks(PG_FUNCTION_ARGS)
{
	GovreportRows *result;
	text	   *body = PG_GETARG_TEXT_PP(0);
	const char *bytes = GOVREPORT_TEXT_BYTES(body);
	size_t		len = GOVREPORT_TEXT_LENGTH(body);
	GrTableCell *cells;
	size_t		count;
	GrTableCheck *checks;
	size_t		check_count;
	size_t		i;

	result = govreport_init_srf(fcinfo);
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
		govreport_put_row(result, values, nulls);
	}
	return (Datum) 0;
}
