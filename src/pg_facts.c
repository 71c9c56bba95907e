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
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "gr_facts.h"
#include "gr_number.h"
#include "gr_sections.h"
#include "gr_tables.h"
#include "mb/pg_wchar.h"

/* A 1-based character position as an int4 Datum. */
static Datum
position_datum(GrCharIndex *index, size_t byte_offset)
{
	int64_t		position = govreport_char_position(index, byte_offset);

	return Int32GetDatum((int32) position);
}

/*
 * The innermost part of a table label path ("第二十条第(一)项 / 规章" ->
 * "规章"), without its numbering ("(一)予以公开" -> "予以公开", "5.属于…").
 */
static const char *
label_tail(const char *label)
{
	const char *tail;
	const char *p;

	if (label == NULL)
		return NULL;
	tail = label;
	for (p = label; (p = strstr(p, " / ")) != NULL; p += 3)
		tail = p + 3;
	p = tail;
	if (*p == '(' || strncmp(p, "（", 3) == 0)
		p += (*p == '(') ? 1 : 3;
	{
		const char *digits = p;

		while (*p)
		{
			size_t		n = (unsigned char) *p < 0x80 ? 1 : pg_mblen(p);
			size_t		q = 0;
			uint32_t	cp = gr_utf8_decode(p, n, &q);

			if (!((cp >= '0' && cp <= '9') || gr_chinese_digit_value(cp) >= 0 || cp == 0x5341))
				break;
			p += n;
		}
		if (p == digits)
			return tail;
	}
	if (*p == ')' || *p == '.')
		p++;
	else if (strncmp(p, "）", 3) == 0 || strncmp(p, "、", 3) == 0 || strncmp(p, "．", 3) == 0)
		p += 3;
	else
		return tail;
	return *p ? p : tail;
}

/*
 * A label without a long trailing note in brackets: "部分公开(区分处理的,只计
 * 这一情形,不计其他情形)" -> "部分公开"; a short one stays ("本年收费金额
 * (单位:万元)").
 */
static const char *
label_without_note(const char *label)
{
	const char *open = NULL;
	const char *p;
	size_t		n = label ? strlen(label) : 0;

	if (n < 2 || !(label[n - 1] == ')' || (n >= 3 && strcmp(label + n - 3, "）") == 0)))
		return label;
	for (p = label; *p; p++)
		if (*p == '(' || strncmp(p, "（", 3) == 0)
			open = p;
	if (open == NULL || open == label || pg_mbstrlen_with_len(open, (int) (label + n - open)) <= 12)
		return label;
	return pnstrdup(label, open - label);
}

/*
 * Text Datums of a call's static strings (kind, qualifier and direction
 * names, "number", "元"): made once per call, found by the string's address.
 */
typedef struct NameCache
{
	const char *names[16];
	Datum		datums[16];
	int			count;
} NameCache;

static Datum
name_datum(NameCache *cache, const char *name)
{
	int			i;

	for (i = 0; i < cache->count; i++)
		if (cache->names[i] == name)
			return cache->datums[i];
	if (cache->count == 16)
		return CStringGetTextDatum(name);
	cache->names[cache->count] = name;
	cache->datums[cache->count] = CStringGetTextDatum(name);
	return cache->datums[cache->count++];
}

/*
 * label_tail of the labels of a call, kept by the label's address (cells of
 * a column share their column label): direct-mapped, a slot holds the last
 * label that hashed to it, so a lookup is one comparison.
 */
#define TAIL_CACHE_SLOTS 64

typedef struct TailCache
{
	const char *labels[TAIL_CACHE_SLOTS];
	const char *tails[TAIL_CACHE_SLOTS];
} TailCache;

static const char *label_tail(const char *label);

static const char *
cached_tail(TailCache *cache, const char *label)
{
	size_t		slot = govreport_address_slot(label, 3, TAIL_CACHE_SLOTS);

	if (label == NULL)
		return NULL;
	if (cache->labels[slot] != label)
	{
		cache->labels[slot] = label;
		cache->tails[slot] = label_tail(label);
	}
	return cache->tails[slot];
}

/* "row / col" as a text Datum, without a format pass. */
static Datum
subject_pair_datum(const char *row, const char *col)
{
	size_t		rl = strlen(row);
	size_t		cl = strlen(col);
	text	   *result = (text *) palloc(VARHDRSZ + rl + 3 + cl);
	char	   *w = VARDATA(result);

	SET_VARSIZE(result, VARHDRSZ + rl + 3 + cl);
	memcpy(w, row, rl);
	memcpy(w + rl, " / ", 3);
	memcpy(w + rl + 3, col, cl);
	return PointerGetDatum(result);
}

/* One output row: a fact of the prose or a numeric cell of a table. */
typedef struct FactRow
{
	const GrFact *fact;
	const GrTableCell *cell;
} FactRow;

PG_FUNCTION_INFO_V1(govreport_facts);
Datum
govreport_facts(PG_FUNCTION_ARGS)
{
	GovreportRows *result;
	text	   *input = PG_GETARG_TEXT_PP(0);
	const char *bytes = GOVREPORT_TEXT_BYTES(input);
	size_t		len = GOVREPORT_TEXT_LENGTH(input);
	GrFact	   *facts;
	size_t		count;
	GrTableCell *cells = NULL;
	size_t		ncells = 0;
	GrSection  *sections = NULL;
	size_t		nsections = 0;
	FactRow    *rows;
	size_t		nrows = 0;
	int		   *new_ord;
	size_t		i;
	size_t		j;
	GrCharIndex index;
	GrStatus	status;

	/*
	 * Cells of a row share their label strings, and most cells print a
	 * plain number: the last subject and value Datums are reused while their
	 * strings repeat (govreport_put_row copies the values).
	 */
	NameCache	names = {0};
	TailCache	row_tails = {0};
	TailCache	col_tails = {0};
	const char *last_row_tail = NULL;
	const char *last_row = NULL;
	bool		subject_cached = false;
	const char *last_row_label = NULL;
	const char *last_col_label = NULL;
	Datum		subject_datum = (Datum) 0;
	bool		subject_null = true;
	const char *digits = NULL;	/* the last plain number and its Datum */
	size_t		digits_len = 0;
	Datum		digits_datum = (Datum) 0;

	result = govreport_init_srf(fcinfo);
	status = gr_facts_find(govreport_env(), bytes, len, &facts, &count);
	govreport_raise(status, "find the facts of a text");
	/* the numbers of flattened tables, as govreport.tables reads them */
	status = gr_tables_find(govreport_env(), bytes, len, &cells, &ncells);
	govreport_raise(status, "find the tables of a text");
	if (count + ncells > 0)
	{
		/* the section column: as govreport.sections(body) numbers them */
		status = gr_sections_bounds(govreport_env(), bytes, len, &sections, &nsections);
		govreport_raise(status, "find the sections of a text");
	}

	/*
	 * Merge both in text order; a prose fact inside a table cell gives way
	 * to the cell.  Ords are renumbered and parents follow them.
	 */
	/* a 1 GB text may hold more than MaxAllocSize / sizeof(FactRow) facts */
	rows = palloc_extended((count + ncells + 1) * sizeof(FactRow), MCXT_ALLOC_HUGE);
	new_ord = palloc_extended((count + 1) * sizeof(int), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	i = j = 0;
	while (i < count || j < ncells)
	{
		if (j >= ncells || (i < count && facts[i].start < cells[j].start))
		{
			const GrFact *f = &facts[i++];
			bool		in_cell = (j < ncells && cells[j].start < f->end && f->start < cells[j].end) ||
				(j > 0 && cells[j - 1].start < f->end && f->start < cells[j - 1].end);

			if (in_cell)
				continue;
			rows[nrows].fact = f;
			rows[nrows].cell = NULL;
			new_ord[f->ord] = (int) nrows + 1;
			nrows++;
		}
		else
		{
			rows[nrows].fact = NULL;
			rows[nrows].cell = &cells[j++];
			nrows++;
		}
	}

	gr_char_index_init(&index, bytes, len);
	for (size_t r = 0; r < nrows; r++)
	{
		Datum		values[13];
		bool		nulls[13];
		size_t		start;
		size_t		end;
		long		at;

		memset(nulls, 0, sizeof(nulls));
		values[0] = Int32GetDatum((int) r + 1);
		if (rows[r].fact)
		{
			const GrFact *f = rows[r].fact;
			const char *name;

			start = f->start;
			end = f->end;
			if (f->subject_end > f->subject_start)
				values[2] = govreport_span_datum(bytes, f->subject_start, f->subject_end);
			else
				nulls[2] = true;
			values[3] = govreport_numeric_datum(f->value);
			if (f->value_max)
				values[4] = govreport_numeric_datum(f->value_max);
			else
				nulls[4] = true;
			if (f->unit)
				values[5] = PointerGetDatum(cstring_to_text_with_len(f->unit, (int) f->unit_len));
			else
				nulls[5] = true;
			values[6] = name_datum(&names, gr_fact_kind_name(f->kind));
			name = gr_qualifier_name(f->qualifier);
			if (name)
				values[7] = name_datum(&names, name);
			else
				nulls[7] = true;
			name = gr_direction_name(f->direction);
			if (name)
				values[8] = name_datum(&names, name);
			else
				nulls[8] = true;
			if (f->parent > 0 && new_ord[f->parent] > 0)
				values[9] = Int32GetDatum(new_ord[f->parent]);
			else
				nulls[9] = true;
		}
		else
		{
			/*
			 * A table cell: subject ROW / COLUMN from its labels; the unit
			 * only when the cell prints it (160.5964万元), else a bare number
			 * as printed.
			 */
			const GrTableCell *c = rows[r].cell;
			bool		printed_unit = false;
			bool		plain_digits = true;

			if (c->unit)
			{
				const char *raw = bytes + c->start;
				size_t		raw_len = c->end - c->start;

				printed_unit =
					(strstr(c->unit, "元") && memmem(raw, raw_len, "元", 3)) ||
					(strchr(c->unit, '%') && (memchr(raw, '%', raw_len) ||
											  memmem(raw, raw_len, "％", 3)));
			}
			start = c->start;
			end = c->end;
			if (!subject_cached || c->row_label != last_row_label ||
				c->col_label != last_col_label)
			{
				const char *row_tail = cached_tail(&row_tails, c->row_label);
				const char *row;
				const char *col = cached_tail(&col_tails, c->col_label);

				/* label_without_note may copy: once per row label */
				if (row_tail != last_row_tail || last_row_tail == NULL)
				{
					last_row_tail = row_tail;
					last_row = label_without_note(row_tail);
				}
				row = last_row;

				subject_cached = true;
				last_row_label = c->row_label;
				last_col_label = c->col_label;
				subject_null = !row && !col;
				if (row && col)
					subject_datum = subject_pair_datum(row, col);
				else if (row || col)
					subject_datum = CStringGetTextDatum(row ? row : col);
			}
			values[2] = subject_null ? (Datum) 0 : subject_datum;
			nulls[2] = subject_null;
			nulls[4] = true;
			/* a cell of ASCII digits is its own value (numeric_in reads 007) */
			for (size_t k = c->start; k < c->end && plain_digits; k++)
				plain_digits = bytes[k] >= '0' && bytes[k] <= '9';
			if (printed_unit)
				values[3] = govreport_numeric_datum(c->value);
			else if (plain_digits && c->end > c->start)
			{
				if (digits == NULL || digits_len != c->end - c->start ||
					memcmp(digits, bytes + c->start, digits_len) != 0)
				{
					digits = bytes + c->start;
					digits_len = c->end - c->start;
					digits_datum = govreport_decimal_datum(digits, digits_len);
				}
				values[3] = digits_datum;
			}
			else
			{
				GrNumber	number;
				size_t		error_offset;

				if (gr_number_parse(govreport_env(), bytes + c->start, c->end - c->start,
									&number, &error_offset) == GR_OK)
					values[3] = govreport_numeric_datum(number.value);
				else
					values[3] = govreport_numeric_datum(c->value);
			}
			if (printed_unit)
			{
				values[5] = name_datum(&names, strchr(c->unit, '%') ? "%" : "元");
				values[6] = name_datum(&names, strchr(c->unit, '%') ? "percent" : "money");
			}
			else
			{
				nulls[5] = true;
				values[6] = name_datum(&names, "number");
			}
			nulls[7] = nulls[8] = nulls[9] = true;
		}
		at = gr_sections_at(sections, nsections, start);
		if (at >= 0)
			values[1] = Int32GetDatum(sections[at].ord);
		else
			nulls[1] = true;
		values[10] = govreport_span_datum(bytes, start, end);
		values[11] = position_datum(&index, start);
		values[12] = position_datum(&index, end);
		govreport_put_row(result, values, nulls);
		CHECK_FOR_INTERRUPTS();
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(govreport_dates);
Datum
govreport_dates(PG_FUNCTION_ARGS)
{
	GovreportRows *result;
	text	   *input = PG_GETARG_TEXT_PP(0);
	const char *bytes = GOVREPORT_TEXT_BYTES(input);
	size_t		len = GOVREPORT_TEXT_LENGTH(input);
	GrDate	   *dates;
	size_t		count;
	GrCharIndex index;
	GrStatus	status;

	result = govreport_init_srf(fcinfo);
	status = gr_dates_find(govreport_env(), bytes, len, &dates, &count);
	govreport_raise(status, "find the dates of a text");

	gr_char_index_init(&index, bytes, len);
	for (size_t i = 0; i < count; i++)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = govreport_span_datum(bytes, dates[i].start, dates[i].end);
		values[1] = CStringGetTextDatum(dates[i].value);
		values[2] = position_datum(&index, dates[i].start);
		values[3] = position_datum(&index, dates[i].end);
		govreport_put_row(result, values, nulls);
		CHECK_FOR_INTERRUPTS();
	}
	return (Datum) 0;
}
