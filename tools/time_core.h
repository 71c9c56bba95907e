/*
 * tools/time_core.h
 *		What the timers of the core share (tools/time_tables_core.c,
 *		tools/time_sections_core.c): memory from a bump arena reset per
 *		call, as a memory context is in the server; a monotonic clock; and
 *		the two ways of making a call as cold as in a backend, a scrambled
 *		branch predictor (-p) and evicted caches (-c); and the driver that
 *		reads the options and files and times the rounds (time_core_main).
 */
#ifndef TOOLS_TIME_CORE_H
#define TOOLS_TIME_CORE_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gr_core.h"
#include "read_whole.h"

#define ARENA_BYTES ((size_t) 256 << 20)

/* A bump arena: what one call allocates, released all at once. */
typedef struct Arena
{
	char	   *base;
	size_t		used;
} Arena;

/* Each block keeps its size in the 16 bytes before it, for arena_grow. */
static inline void *
arena_alloc(void *opaque, size_t size)
{
	Arena	   *arena = opaque;
	size_t		need = ((size + 15) & ~(size_t) 15) + 16;
	char	   *block;

	if (arena->used + need > ARENA_BYTES)
		return NULL;
	block = arena->base + arena->used;
	memcpy(block, &size, sizeof(size));
	arena->used += need;
	return block + 16;
}

static inline void *
arena_grow(void *opaque, void *pointer, size_t size)
{
	size_t		old;
	void	   *grown = arena_alloc(opaque, size);

	memcpy(&old, (char *) pointer - 16, sizeof(old));
	if (grown != NULL)
		memcpy(grown, pointer, old < size ? old : size);
	return grown;
}

static inline void
arena_release(void *opaque, void *pointer)
{
	(void) opaque;
	(void) pointer;
}

static inline double
now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

/* Branches the predictor cannot learn, on random bytes; returns a sum. */
static inline unsigned
scramble_predictor(const unsigned char *random_bytes, unsigned seed)
{
	unsigned	x = 0;
	int			i;

	for (i = 0; i < 20000; i++)
	{
		unsigned char b = random_bytes[(i * 7 + seed * 131) & 65535];

		if (b & 1)
			x += b;
		else if (b & 2)
			x ^= b;
		else if (b & 4)
			x -= b;
		else
			x *= 3;
	}
	return x;
}

#define EVICTION_BYTES ((size_t) 8 << 20)

/*
 * Write a line of every 64 bytes of eviction (EVICTION_BYTES), then read
 * the text's lines back: returns a sum.
 */
static inline unsigned
evict_caches(unsigned char *eviction, const char *text, size_t length)
{
	unsigned	sum = 0;
	size_t		at;

	for (at = 0; at < EVICTION_BYTES; at += 64)
		eviction[at]++;
	for (at = 0; at < length; at += 64)
		sum += (unsigned char) text[at];
	return sum;
}

/*
 * One call of the entry point a timer measures, on text[0, len) with memory
 * from env: how many of its units (cells, bytes) the call counts, or -1 if
 * it failed.
 */
typedef long (*TimedCall) (const GrEnv *env, const char *text, size_t len);

/*
 * A timer's main: options -p, -c, -r ROUNDS, -n CALLS and the timer's own
 * flag (own_flag, setting *own_set; NULL for none), then the files.  Each
 * round calls call CALLS times on every file, memory from an arena reset
 * before each call; the minimum round is printed, per set of files and per
 * unit counted.
 */
static inline int
time_core_main(int argc, char **argv, const char *usage, const char *own_flag,
			   bool *own_set, TimedCall call, const char *unit)
{
	int			rounds = 10;
	int			calls = 50;
	bool		scramble = false;
	bool		evict = false;
	unsigned char *eviction = NULL;
	Arena		arena;
	GrEnv		env = {arena_alloc, arena_grow, arena_release, NULL, &arena};
	unsigned char *random_bytes = malloc(65536);
	char	  **texts;
	size_t	   *lengths;
	int			files;
	double		best = -1;
	size_t		units = 0;
	unsigned	sink = 0;
	int			i;
	int			r;

	for (i = 1; i < argc && argv[i][0] == '-'; i++)
	{
		if (strcmp(argv[i], "-p") == 0)
			scramble = true;
		else if (strcmp(argv[i], "-c") == 0)
			evict = true;
		else if (own_flag != NULL && strcmp(argv[i], own_flag) == 0)
			*own_set = true;
		else if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
			rounds = atoi(argv[++i]);
		else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			calls = atoi(argv[++i]);
	}
	files = argc - i;
	if (files <= 0 || rounds <= 0 || calls <= 0 || random_bytes == NULL)
	{
		fprintf(stderr, "usage: %s\n", usage);
		return 2;
	}
	arena.base = malloc(ARENA_BYTES);
	arena.used = 0;
	texts = malloc(sizeof(char *) * (size_t) files);
	lengths = malloc(sizeof(size_t) * (size_t) files);
	if (arena.base == NULL || texts == NULL || lengths == NULL)
		return 1;
	memset(arena.base, 0, ARENA_BYTES);	/* no page faults in the timing */
	if (evict && (eviction = calloc(EVICTION_BYTES, 1)) == NULL)
		return 1;
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

		units = 0;
		for (k = 0; k < calls; k++)
			for (f = 0; f < files; f++)
			{
				long		counted;
				double		start;

				arena.used = 0;
				if (evict)
					sink += evict_caches(eviction, texts[f], lengths[f]);
				if (scramble)
					sink += scramble_predictor(random_bytes, (unsigned) (k * files + f));
				start = now_ns();
				counted = call(&env, texts[f], lengths[f]);
				total += now_ns() - start;
				if (counted < 0)
				{
					fprintf(stderr, "the call failed on %s\n", argv[i + f]);
					return 1;
				}
				units += (size_t) counted;
			}
		if (best < 0 || total < best)
			best = total;
	}
	printf("%.1f us per set of %d files, %.3f ns per %s (%zu a set)%s\n",
		   best / calls / 1000, files, best / (double) units, unit,
		   units / (size_t) calls, sink == 1 ? " " : "");
	return 0;
}

#endif							/* TOOLS_TIME_CORE_H */
