/*
 * tools/time_core.h
 *		What the timers of the core share (tools/time_tables_core.c,
 *		tools/time_sections_core.c): memory from a bump arena reset per
 *		call, as a memory context is in the server; a monotonic clock; and
 *		the two ways of making a call as cold as in a backend, a scrambled
 *		branch predictor (-p) and evicted caches (-c).
 */
#ifndef TOOLS_TIME_CORE_H
#define TOOLS_TIME_CORE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

#endif							/* TOOLS_TIME_CORE_H */
