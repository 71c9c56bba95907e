/*
 * tools/time_sections_core.c
 *		The time gr_sections_bounds takes per call on files, without a
 *		server, in conditions close to a backend's: for comparing two builds
 *		of the section finder by time (tools/bench_sections_core.c counts
 *		instructions); tools/time_tables_core.c does the same for the reader.
 *
 *   cc -O2 -g -Isrc -Itools $(pkg-config --cflags icu-uc) \
 *      -o /tmp/time_sections_core tools/time_sections_core.c src/gr_*.c \
 *      $(pkg-config --libs icu-uc icu-i18n)
 *   /tmp/time_sections_core [-f] [-p] [-r ROUNDS] [-n CALLS] bench/data/tables.*
 *
 * Each round calls gr_sections_bounds (-f: gr_sections_find) CALLS times on
 * every file (default 10 rounds of 50); the minimum round is printed, per
 * set of files and per byte.  Memory comes from a bump arena reset before
 * each call, as a memory context is in the server.
 *
 * -p runs 20 000 branches on random bytes before each call (not timed):
 * the branch predictor then knows no more of the reader's branches than
 * in a backend, where detoasting and forming tuples run between two calls.
 * Without it, the same few files repeated let the predictor learn their
 * branches.  Compare builds with -p.
 */
#include "gr_core.h"
#include "gr_sections.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "read_whole.h"
#include "time_core.h"

int
main(int argc, char **argv)
{
	int			rounds = 10;
	int			calls = 50;
	bool		scramble = false;
	bool		full = false;
	Arena		arena;
	GrEnv		env = {arena_alloc, arena_grow, arena_release, NULL, &arena};
	unsigned char *random_bytes = malloc(65536);
	char	  **texts;
	size_t	   *lengths;
	int			files;
	double		best = -1;
	size_t		bytes = 0;
	unsigned	sink = 0;
	int			i;
	int			r;

	for (i = 1; i < argc && argv[i][0] == '-'; i++)
	{
		if (strcmp(argv[i], "-p") == 0)
			scramble = true;
		else if (strcmp(argv[i], "-f") == 0)
			full = true;
		else if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
			rounds = atoi(argv[++i]);
		else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			calls = atoi(argv[++i]);
	}
	files = argc - i;
	if (files <= 0 || rounds <= 0 || calls <= 0 || random_bytes == NULL)
	{
		fprintf(stderr, "usage: time_sections_core [-f] [-p] [-r ROUNDS] [-n CALLS] FILE...\n");
		return 2;
	}
	arena.base = malloc(ARENA_BYTES);
	arena.used = 0;
	texts = malloc(sizeof(char *) * (size_t) files);
	lengths = malloc(sizeof(size_t) * (size_t) files);
	if (arena.base == NULL || texts == NULL || lengths == NULL)
		return 1;
	memset(arena.base, 0, ARENA_BYTES);	/* no page faults in the timing */
	srand(7);
	for (r = 0; r < 65536; r++)
		random_bytes[r] = (unsigned char) rand();
	for (r = 0; r < files; r++)
		if ((texts[r] = read_whole(argv[i + r], &lengths[r])) == NULL)
		{
			fprintf(stderr, "cannot read %s\n", argv[i + r]);
			return 1;
		}
	for (r = 0; r < rounds; r++)
	{
		double		total = 0;
		int			k;
		int			f;

		bytes = 0;
		for (k = 0; k < calls; k++)
			for (f = 0; f < files; f++)
			{
				GrSection  *found = NULL;
				size_t		count = 0;
				double		start;

				arena.used = 0;
				if (scramble)
					sink += scramble_predictor(random_bytes, (unsigned) (k * files + f));
				start = now_ns();
				if ((full ? gr_sections_find : gr_sections_bounds) (&env, texts[f], lengths[f],
																	&found, &count) != GR_OK)
				{
					fprintf(stderr, "the finder failed on %s\n", argv[i + f]);
					return 1;
				}
				total += now_ns() - start;
				bytes += lengths[f];
			}
		if (best < 0 || total < best)
			best = total;
	}
	printf("%.1f us per set of %d files, %.3f ns per byte (%zu bytes a set)%s\n",
		   best / calls / 1000, files, best / (double) bytes, bytes / (size_t) calls,
		   sink == 1 ? " " : "");
	return 0;
}
