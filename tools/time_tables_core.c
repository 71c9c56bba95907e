/*
 * tools/time_tables_core.c
 *		The time gr_tables_find takes per call on files, without a server,
 *		in conditions close to a backend's: for comparing two builds of the
 *		table reader by time (tools/bench_tables_core.c counts instructions).
 *
 *   cc -O2 -g -Isrc -Itools $(pkg-config --cflags icu-uc) \
 *      -o /tmp/time_tables_core tools/time_tables_core.c src/gr_*.c \
 *      $(pkg-config --libs icu-uc icu-i18n)
 *   /tmp/time_tables_core [-p] [-c] [-r ROUNDS] [-n CALLS] bench/data/tables.*
 *
 * Each round calls gr_tables_find CALLS times on every file (default 10
 * rounds of 50); the minimum round is printed, per set of files and per
 * cell.  Memory comes from a bump arena reset before each call, as a
 * memory context is in the server (malloc's own cost would dominate).
 *
 * -p runs 20 000 branches on random bytes before each call (not timed):
 * the branch predictor then knows no more of the reader's branches than
 * in a backend, where detoasting and forming tuples run between two calls.
 * Without it, the same few files repeated let the predictor learn their
 * branches and the reader runs about a third faster than in the server;
 * with it, the time per call matches the server's (table_checks minus the
 * floor in bench/rowfloor.sh).  Compare builds with -p.
 *
 * -c also writes 8 MB before each call (not timed), then reads the text
 * again: the caches then hold the text, as after detoasting, but not the
 * reader's code and its tables (keyword signatures, small values, the
 * format's labels), which a backend's work between two calls evicts too.
 * With -p -c a call takes about a third longer than with -p alone
 * (session 7): what the reader's code and data cost from far caches.
 */
#include "gr_core.h"
#include "gr_tables.h"

#include "time_core.h"

/* gr_tables_find on a text: its cells. */
static long
find_tables(const GrEnv *env, const char *text, size_t len)
{
	GrTableCell *found = NULL;
	size_t		count = 0;

	if (gr_tables_find(env, text, len, &found, &count) != GR_OK)
		return -1;
	return (long) count;
}

int
main(int argc, char **argv)
{
	return time_core_main(argc, argv,
						  "time_tables_core [-p] [-c] [-r ROUNDS] [-n CALLS] FILE...",
						  NULL, NULL, find_tables, "cell");
}
