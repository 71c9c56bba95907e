/*
 * tools/bench_sections_core.c
 *		gr_sections_find over files, without a server: for counting
 *		instructions with callgrind (cold: each set once in a fresh process,
 *		as docs/sections.md measures; -n N for warm passes).
 *
 *   cc -O2 -g -Isrc $(pkg-config --cflags icu-uc) -o /tmp/bench_sections_core \
 *      tools/bench_sections_core.c src/gr_*.c $(pkg-config --libs icu-uc icu-i18n)
 *   valgrind --tool=callgrind --toggle-collect=gr_sections_find \
 *      /tmp/bench_sections_core bench/data/tables.*
 *
 * Each file is read once and its sections found -n times (default 1); the
 * totals of bytes and sections go to stderr, for instructions per byte.
 * -b runs gr_sections_bounds (what tables' section column needs) instead
 * (callgrind: --toggle-collect=find_sections counts either).
 */
#include "gr_core.h"
#include "gr_sections.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read_whole.h"

int
main(int argc, char **argv)
{
	int			repeat = 1;
	bool		bounds = false;
	size_t		bytes = 0;
	size_t		sections = 0;
	int			i = 1;

	for (; i < argc && argv[i][0] == '-'; i++)
		if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			repeat = atoi(argv[++i]);
		else if (strcmp(argv[i], "-b") == 0)
			bounds = true;
	for (; i < argc; i++)
	{
		size_t		len;
		char	   *text = read_whole(argv[i], &len);

		if (text == NULL)
		{
			fprintf(stderr, "cannot read %s\n", argv[i]);
			return 1;
		}
		for (int r = 0; r < repeat; r++)
		{
			GrSection  *found = NULL;
			size_t		count = 0;

			if ((bounds ? gr_sections_bounds : gr_sections_find) (&gr_malloc_env, text, len,
																	 &found, &count) != GR_OK)
			{
				fprintf(stderr, "gr_sections_find failed on %s\n", argv[i]);
				return 1;
			}
			bytes += len;
			sections += count;
			free(found);
		}
		free(text);
	}
	fprintf(stderr, "bytes %zu sections %zu\n", bytes, sections);
	return 0;
}
