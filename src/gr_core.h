/*
 * gr_core.h
 *		The contract between govreport's pure C core and its callers.
 *
 * Everything under src/gr_*.c is the core: it never includes postgres.h,
 * never calls palloc or ereport, and can be unit-tested, sanitized and
 * fuzzed without a server.  It takes bytes and lengths, and returns spans,
 * values and status codes.  The caller hands it a GrEnv: how to allocate
 * memory and how to poll for cancellation.  The fmgr glue (src/pg_*.c) hands
 * it palloc in the call's memory context and CHECK_FOR_INTERRUPTS(); the
 * unit tests hand it malloc and a no-op.
 *
 * Conventions every core module follows:
 *	- Text is UTF-8, given as (pointer, byte length); never NUL-terminated.
 *	- Positions returned to callers are byte offsets; the glue converts them
 *	  to 1-based character positions (see gr_char_index).
 *	- Every loop over input calls GR_POLL(env, counter) so that a long input
 *	  can be cancelled.  The poll callback may not return (the glue's
 *	  CHECK_FOR_INTERRUPTS() longjmps); the core therefore holds no resources
 *	  other than memory from env between polls.
 *	- Allocation failure is reported as GR_NOMEM, never a crash.  No single
 *	  allocation may exceed GR_MAX_ALLOC bytes; callers get GR_TOO_LARGE.
 */
#ifndef GR_CORE_H
#define GR_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Largest single allocation, the same as PostgreSQL's MaxAllocSize. */
#define GR_MAX_ALLOC ((size_t) 0x3fffffff)

/* Status codes returned by core entry points. */
typedef enum GrStatus
{
	GR_OK = 0,
	GR_SYNTAX,					/* input is not of the expected form */
	GR_RANGE,					/* a value is out of the representable range */
	GR_BAD_ARGUMENT,			/* an option value is not one we know */
	GR_TOO_LARGE,				/* a result would exceed GR_MAX_ALLOC */
	GR_NOMEM					/* the allocator returned NULL */
} GrStatus;

/*
 * How the core gets memory and polls for cancellation.  alloc and grow may
 * return NULL (malloc does); the glue's versions never do (palloc throws).
 * release may be NULL when memory is reclaimed as a whole by the caller.
 */
typedef struct GrEnv
{
	void	   *(*alloc) (void *opaque, size_t size);
	void	   *(*grow) (void *opaque, void *pointer, size_t size);
	void		(*release) (void *opaque, void *pointer);
	void		(*poll) (void *opaque);
	void	   *opaque;
} GrEnv;

/* How many loop iterations pass between two polls. */
#define GR_POLL_INTERVAL 4096

/*
 * Poll for cancellation every GR_POLL_INTERVAL iterations of a loop;
 * counter is a size_t the loop increments (the macro does it).
 */
#define GR_POLL(env, counter) \
	do { \
		if ((++(counter) & (GR_POLL_INTERVAL - 1)) == 0 && (env)->poll) \
			(env)->poll((env)->opaque); \
	} while (0)

extern void *gr_alloc(const GrEnv *env, size_t size);
extern void *gr_alloc_zero(const GrEnv *env, size_t count, size_t size);
extern void *gr_grow(const GrEnv *env, void *pointer, size_t size);
extern void gr_release(const GrEnv *env, void *pointer);

/* A GrEnv on malloc/realloc/free with no polling, for tests and tools. */
extern const GrEnv gr_malloc_env;

/*
 * A growable byte buffer.  Appends after a failed allocation are no-ops and
 * set failed, so that a long sequence of appends needs one check at the end.
 */
typedef struct GrBuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	GrStatus	status;			/* GR_OK, or the first failure */
	const GrEnv *env;
} GrBuf;

extern void gr_buf_init(GrBuf *buf, const GrEnv *env, size_t initial);
extern bool gr_buf_reserve(GrBuf *buf, size_t extra);
extern void gr_buf_append(GrBuf *buf, const char *bytes, size_t len);
extern void gr_buf_append_char(GrBuf *buf, char c);
extern void gr_buf_append_cp(GrBuf *buf, uint32_t cp);
extern void gr_buf_free(GrBuf *buf);

/*
 * UTF-8.  gr_utf8_decode reads one code point at text[*pos] and advances
 * *pos; a malformed or truncated sequence yields GR_INVALID_CP and advances
 * one byte, so loops always make progress.
 */
#define GR_INVALID_CP 0xFFFFFFFFu
#define GR_REPLACEMENT_CP 0xFFFDu

extern uint32_t gr_utf8_decode(const char *text, size_t len, size_t *pos);

/*
 * gr_utf8_decode with the common cases inline: ASCII, and well-formed
 * three-byte sequences (all of CJK and the fullwidth forms).  Same results
 * as gr_utf8_decode; for the hot loops.
 */
static inline uint32_t
gr_utf8_decode_fast(const char *text, size_t len, size_t *pos)
{
	const unsigned char *s = (const unsigned char *) text + *pos;

	if (*pos < len && s[0] < 0x80)
	{
		*pos += 1;
		return s[0];
	}
	if (*pos < len && (s[0] & 0xF0) == 0xE0 && len - *pos >= 3)
	{
		/* continuation bytes are 0x80..0xBF: below 0x40 once flipped */
		uint32_t	b1 = (uint32_t) s[1] ^ 0x80;
		uint32_t	b2 = (uint32_t) s[2] ^ 0x80;
		uint32_t	cp = ((uint32_t) (s[0] & 0x0F) << 12) | (b1 << 6) | b2;

		/* well formed, not overlong, not a surrogate */
		if ((b1 | b2) < 0x40 && cp >= 0x800 && cp - 0xD800 >= 0x800)
		{
			*pos += 3;
			return cp;
		}
	}
	return gr_utf8_decode(text, len, pos);
}
extern int	gr_utf8_encode(uint32_t cp, char *out);
extern size_t gr_utf8_length(uint32_t cp);

/* The number of code points in text[0, byte_offset). */
extern size_t gr_char_count(const char *text, size_t byte_offset);

/*
 * Maps byte offsets to 1-based character positions for a text that is
 * asked about many times with increasing offsets (as set-returning
 * functions do).  Amortised linear over the whole text.
 */
typedef struct GrCharIndex
{
	const char *text;
	size_t		len;
	size_t		byte_offset;	/* last offset asked about */
	size_t		char_offset;	/* code points before byte_offset */
} GrCharIndex;

extern void gr_char_index_init(GrCharIndex *index, const char *text, size_t len);
extern int64_t gr_char_position(GrCharIndex *index, size_t byte_offset);

/*
 * Maps byte offsets to 1-based character positions in any order, each in a
 * few steps without a branch that depends on the text: the count of
 * characters before every 256-byte block (32 bits) and, within its block,
 * before every 8-byte word (8 bits), made in one pass (an eighth of the
 * text's size in memory).  For the many positions of a table's cells, where
 * GrCharIndex's walk from one offset to the next mispredicts its exits.
 */
typedef struct GrCharTable
{
	const char *text;
	size_t		len;
	uint32_t   *block_before;	/* characters before byte 256 * i */
	uint8_t    *word_before;	/* characters from its block's start to
								 * byte 8 * i */
} GrCharTable;

extern GrStatus gr_char_table_init(const GrEnv *env, GrCharTable *table,
								   const char *text, size_t len);
extern int64_t gr_char_table_position(const GrCharTable *table, size_t byte_offset);

/* Code point classes shared by the modules. */
extern bool gr_is_space(uint32_t cp);
extern bool gr_is_han(uint32_t cp);

#endif							/* GR_CORE_H */
