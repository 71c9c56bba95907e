/*
 * tools/bench_tables_core.c
 *		gr_tables_find (and, with -c, gr_table_checks) over files, without a
 *		server: for counting instructions with callgrind.
 *
 *   cc -O2 -g -Isrc $(pkg-config --cflags icu-uc) -o /tmp/bench_tables_core \
 *      tools/bench_tables_core.c src/gr_*.c $(pkg-config --libs icu-uc icu-i18n)
 *   valgrind --tool=callgrind --toggle-collect=gr_tables_find \
 *      /tmp/bench_tables_core -n 10 bench/data/tables.*
 *
 * Each file is read once and its tables found -n times (default 1); the
 * totals of bytes and cells go to stderr, so that instructions per cell and
 * per byte can be worked out.
 */
#include "gr_core.h"
#include "gr_tables.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read_whole.h"

/* Free the cells of one call: values and labels come from env too. */
static void
free_cells(GrTableCell *cells, size_t count)
{
	/* memory from gr_malloc_env is never freed here: the driver is short */
	(void) cells;
	(void) count;
}

int
main(int argc, char **argv)
{
	int			repeat = 1;
	bool		checks = false;
	size_t		bytes = 0;
	size_t		cells_total = 0;
	size_t		checks_total = 0;
	int			i = 1;

	for (; i < argc && argv[i][0] == '-'; i++)
	{
		if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			repeat = atoi(argv[++i]);
		else if (strcmp(argv[i], "-c") == 0)
			checks = true;
	}
	for (; i < argc; i++)
	{
		size_t		len;
		char	   *text = read_whole(argv[i], &len);
		int			r;

		if (text == NULL)
		{
			fprintf(stderr, "cannot read %s\n", argv[i]);
			return 1;
		}
		for (r = 0; r < repeat; r++)
		{
			GrTableCell *cells = NULL;
			size_t		count = 0;

			if (gr_tables_find(&gr_malloc_env, text, len, &cells, &count) != GR_OK)
			{
				fprintf(stderr, "gr_tables_find failed on %s\n", argv[i]);
				return 1;
			}
			if (checks)
			{
				GrTableCheck *list = NULL;
				size_t		n = 0;

				if (gr_table_checks(&gr_malloc_env, cells, count, &list, &n) != GR_OK)
					return 1;
				checks_total += n;
			}
			bytes += len;
			cells_total += count;
			free_cells(cells, count);
		}
		free(text);
	}
	fprintf(stderr, "%zu bytes, %zu cells, %zu checks\n", bytes, cells_total, checks_total);
	return 0;
}
