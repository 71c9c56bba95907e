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
 *   /tmp/time_sections_core [-f] [-p] [-c] [-r ROUNDS] [-n CALLS] bench/data/tables.*
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
 * branches.  Compare builds with -p.  -c evicts the caches as well, as
 * tools/time_tables_core.c does (tools/time_core.h).
 */
#include "gr_core.h"
#include "gr_sections.h"

#include "time_core.h"

static bool full = false;		/* -f: gr_sections_find */

/* gr_sections_bounds (or gr_sections_find) on a text: its bytes. */
static long
find_sections(const GrEnv *env, const char *text, size_t len)
{
	GrSection  *found = NULL;
	size_t		count = 0;

	if ((full ? gr_sections_find : gr_sections_bounds) (env, text, len, &found, &count) != GR_OK)
		return -1;
	return (long) len;
}

int
main(int argc, char **argv)
{
	return time_core_main(argc, argv,
						  "time_sections_core [-f] [-p] [-c] [-r ROUNDS] [-n CALLS] FILE...",
						  "-f", &full, find_sections, "byte");
}
