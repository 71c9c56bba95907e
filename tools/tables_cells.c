/*
 * tools/tables_cells.c
 *		Every cell and check gr_tables_find and gr_table_checks give on each
 *		file, one line each: for comparing two builds of the table reader
 *		(speed work must keep them byte-identical) without a server.
 *
 *   cc -O2 -g -Isrc -Itools $(pkg-config --cflags icu-uc) \
 *      -o /tmp/tables_cells tools/tables_cells.c src/gr_*.c \
 *      $(pkg-config --libs icu-uc icu-i18n)
 *   /tmp/tables_cells FILE... > cells.txt
 *
 * Build it from both trees, run both on the same files (the texts of
 * tools/dump_outputs.sh, and mutated table texts from
 * tools/mutate_table_texts.py) and compare the outputs with cmp.
 */
#include "gr_core.h"
#include "gr_tables.h"

#include <stdio.h>
#include <stdlib.h>

#include "read_whole.h"

/* A string field, "-" for none. */
#define OR_DASH(s) ((s) ? (s) : "-")

int
main(int argc, char **argv)
{
	int			i;

	for (i = 1; i < argc; i++)
	{
		size_t		len;
		char	   *text = read_whole(argv[i], &len);
		GrTableCell *cells = NULL;
		GrTableCheck *checks = NULL;
		size_t		count = 0;
		size_t		check_count = 0;
		size_t		k;
		GrStatus	status;

		if (text == NULL)
		{
			fprintf(stderr, "cannot read %s\n", argv[i]);
			return 1;
		}
		status = gr_tables_find(&gr_malloc_env, text, len, &cells, &count);
		printf("## %s status %d cells %zu\n", argv[i], (int) status, count);
		if (status == GR_OK)
		{
			for (k = 0; k < count; k++)
			{
				const GrTableCell *c = &cells[k];

				printf("%d %d %d %d %d [%s] [%s] [%s] [%s] %s [%s] %zu %zu\n",
					   c->table_no, c->national, c->form, c->row_no, c->col_no,
					   OR_DASH(c->row_label), OR_DASH(c->col_label),
					   OR_DASH(c->row_key), OR_DASH(c->col_key), c->value,
					   OR_DASH(c->unit), c->start, c->end);
			}
			if (gr_table_checks(&gr_malloc_env, cells, count, &checks,
								&check_count) == GR_OK)
				for (k = 0; k < check_count; k++)
					printf("check %d %s %s %s %d\n", checks[k].table_no,
						   checks[k].relation, checks[k].expected,
						   checks[k].actual, (int) checks[k].holds);
		}
		/* the driver is short: memory from gr_malloc_env is left to exit */
		free(text);
	}
	return 0;
}
