/*
 * gr_tables.h
 *		The tables of a report, read back from text they were flattened into.
 *
 * Finds the tables of a report in every flattened layout seen on real
 * pages (one row per line with " | ", one cell per line with "||||"
 * residue, tab-separated, PDF text with rows of space-separated numbers and
 * headers printed one character per line, markdown pipes) and returns one
 * GrTableCell per numeric cell: its byte span, exact value, unit, the label
 * paths of its row and column, and, for the three national disclosure
 * tables (formats of 2019 and 2021), the row and column keys of
 * dev/STANDARD_TABLES.md.  gr_table_checks evaluates the arithmetic the
 * national format prints (table 3 per column and per row, table 4 per
 * group) on those cells.
 *
 * Other modules (facts) can reuse the cells: every string is NUL-terminated
 * and allocated from the caller's GrEnv; keys are static strings.
 */
#ifndef GR_TABLES_H
#define GR_TABLES_H

#include "gr_core.h"

typedef struct GrTableCell
{
	int			table_no;		/* 1..n in document order */
	int			national;		/* 2, 3 or 4 for a national table, else 0 */
	int			form;			/* 2019 or 2021 for a national table, else 0 */
	int			row_no;			/* 1-based within the table */
	int			col_no;			/* 1-based within the row's block */
	const char *row_label;		/* label path outer / inner, or NULL */
	const char *col_label;		/* label path outer / inner, or NULL */
	const char *row_key;		/* national tables (static); NULL elsewhere and
								 * for a row the format does not have */
	const char *col_key;		/* national tables (static), else NULL */
	const char *value;			/* exact canonical decimal ("-1", "1605964");
								 * 0..999 are static strings the cells share */
	const char *unit;			/* from the cell or its column header, or NULL */
	size_t		start;			/* byte span of the cell as printed */
	size_t		end;
} GrTableCell;

/*
 * Find the numeric cells of every table in text[0, len).  On GR_OK,
 * *cells is an array of *count cells from env (NULL when there are none):
 * tables in document order, and in a table its rows in order, each row's
 * cells left to right.  Strings are NUL-terminated, from env (values 0..999
 * and keys are static), and shared by the cells of a row or column: read
 * them, release the lot with env.  Linear in len.
 */
extern GrStatus gr_tables_find(const GrEnv *env, const char *text, size_t len,
							   GrTableCell **cells, size_t *count);

/* One printed relation of a national table, evaluated on its cells. */
typedef struct GrTableCheck
{
	int			table_no;
	const char *relation;		/* "natural_person column: new + carried_in = total + carried_out" */
	const char *expected;		/* decimal: what the parts add up to */
	const char *actual;			/* decimal: the total as printed */
	bool		holds;
} GrTableCheck;

/*
 * Evaluate the relations of the national tables among cells (as
 * gr_tables_find returned them).  A relation is evaluated when its total
 * and at least one of its parts are printed; empty parts count as 0.
 */
extern GrStatus gr_table_checks(const GrEnv *env, const GrTableCell *cells,
								size_t count, GrTableCheck **checks,
								size_t *check_count);

#endif							/* GR_TABLES_H */
