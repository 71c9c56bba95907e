/*
 * gr_facts_util.h
 *		Small text helpers shared by the fact and date finders (internal).
 *
 * All take the text as (pointer, byte length) and byte offsets into it;
 * none reads outside [0, len).
 */
#ifndef GR_FACTS_UTIL_H
#define GR_FACTS_UTIL_H

#include <string.h>

#include "gr_core.h"
#include "gr_dates.h"

/*
 * The smallest helpers are forced inline: a call to fu_at with a literal
 * costs a strlen and a memcmp call that inlining folds to a compare, and
 * the compiler's own budget drops them as gr_facts.c grows.
 */
#define FU_INLINE static inline __attribute__((always_inline))

/* The code point at pos (GR_INVALID_CP at the end), and where the next starts. */
FU_INLINE uint32_t
fu_peek(const char *text, size_t len, size_t pos, size_t *next)
{
	size_t		p = pos;
	uint32_t	cp;

	if (pos >= len)
	{
		if (next)
			*next = len;
		return GR_INVALID_CP;
	}
	cp = gr_utf8_decode_fast(text, len, &p);
	if (next)
		*next = p;
	return cp;
}

/* The offset where the code point before pos starts (0 at the start). */
FU_INLINE size_t
fu_back(const char *text, size_t pos)
{
	if (pos == 0)
		return 0;
	pos--;
	while (pos > 0 && ((unsigned char) text[pos] & 0xC0) == 0x80)
		pos--;
	return pos;
}

/* The code point before pos, GR_INVALID_CP at the start. */
FU_INLINE uint32_t
fu_prev(const char *text, size_t len, size_t pos)
{
	if (pos == 0)
		return GR_INVALID_CP;
	return fu_peek(text, len, fu_back(text, pos), NULL);
}

/* Whether text[pos..] starts with the UTF-8 literal. */
FU_INLINE bool
fu_at(const char *text, size_t len, size_t pos, const char *literal)
{
	size_t		n = strlen(literal);

	return pos <= len && len - pos >= n && memcmp(text + pos, literal, n) == 0;
}

/* Whether text[..pos) ends with the UTF-8 literal. */
FU_INLINE bool
fu_before(const char *text, size_t pos, const char *literal)
{
	size_t		n = strlen(literal);

	return pos >= n && memcmp(text + pos - n, literal, n) == 0;
}

/*
 * The byte lengths of a NULL-terminated list of literals, computed on first
 * use and kept (word lists are static), or NULL when the cache is full or
 * the list too long; callers then fall back to strlen.
 */
#define FU_CACHED_LISTS 64
#define FU_CACHED_WORDS 255

/*
 * What is cached per list of literals: the byte lengths, two filters that
 * rule out most positions before the list is scanned, and two bucket
 * indexes that name the only literals worth comparing.  A filter has a bit
 * per hashed pair of bytes (the first two of a literal, the last two) and a
 * bit per byte for literals of one byte, whose second byte is free.  A
 * bucket (by another hash of the same pair) lists, in list order, the
 * literals of its pair and every literal of one byte that could match;
 * when the entries do not fit, the index is not used (whole list scanned).
 */
#define FU_BUCKETS 256
#define FU_BUCKET_ENTRIES 1024

typedef struct FuBuckets
{
	bool		usable;
	uint16_t	off[FU_BUCKETS + 1];
	uint8_t		idx[FU_BUCKET_ENTRIES];
} FuBuckets;

typedef struct FuListInfo
{
	const char *const *list;
	uint8_t		len[FU_CACHED_WORDS];
	uint8_t		first_pair[512];
	uint8_t		last_pair[512];
	uint8_t		first_single[32];
	uint8_t		last_single[32];
	FuBuckets	first;
	FuBuckets	last;
} FuListInfo;

static inline unsigned
fu_pair_hash(unsigned char a, unsigned char b)
{
	return ((unsigned) (a & 0x3F) << 6 | (b & 0x3F)) ^ ((unsigned) (a & 0xC0) << 4) ^ (b >> 6);
}

static inline unsigned
fu_bucket_hash(unsigned char a, unsigned char b)
{
	return (unsigned) (a * 7u + b) & (FU_BUCKETS - 1);
}

#define FU_BIT_SET(map, i) ((map)[(i) >> 3] |= (uint8_t) (1u << ((i) & 7)))
#define FU_BIT_TEST(map, i) (((map)[(i) >> 3] >> ((i) & 7)) & 1)

/*
 * Whether the n bytes at a and b are the same: memcmp for the short words
 * of the lists, without a call.
 */
static inline bool
fu_same(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/*
 * Fill buckets for count words: word i has the pair (a[i], b[i]), or only
 * the byte a[i] (first) / b[i] (last) when single[i].  Two passes over the
 * same rule: count, then place.
 */
static inline void
fu_buckets_build(FuBuckets *buckets, int count, const unsigned char *a,
				 const unsigned char *b, const bool *single, bool single_is_last)
{
	uint16_t	fill[FU_BUCKETS];
	size_t		total = 0;

	memset(buckets->off, 0, sizeof(buckets->off));
	buckets->usable = false;
	if (count > 256)
		return;				/* indexes are bytes */
	for (int pass = 0; pass < 2; pass++)
	{
		if (pass == 1)
		{
			uint16_t	at = 0;

			if (total > FU_BUCKET_ENTRIES)
			{
				buckets->usable = false;
				return;
			}
			for (int h = 0; h < FU_BUCKETS; h++)
			{
				uint16_t	n = buckets->off[h];

				buckets->off[h] = at;
				fill[h] = at;
				at = (uint16_t) (at + n);
			}
			buckets->off[FU_BUCKETS] = at;
		}
		for (int i = 0; i < count; i++)
		{
			uint8_t		seen[FU_BUCKETS / 8];

			if (!single[i])
			{
				unsigned	h = fu_bucket_hash(a[i], b[i]);

				if (pass == 0)
					buckets->off[h]++, total++;
				else
					buckets->idx[fill[h]++] = (uint8_t) i;
				continue;
			}
			/* a literal of one byte: every bucket its byte can fall in */
			memset(seen, 0, sizeof(seen));
			for (unsigned other = 0; other < 256; other++)
			{
				unsigned	h = single_is_last ? fu_bucket_hash((unsigned char) other, b[i])
					: fu_bucket_hash(a[i], (unsigned char) other);

				if (FU_BIT_TEST(seen, h))
					continue;
				FU_BIT_SET(seen, h);
				if (pass == 0)
					buckets->off[h]++, total++;
				else
					buckets->idx[fill[h]++] = (uint8_t) i;
			}
		}
	}
	buckets->usable = true;
}

/* The cache of fu_list_info. */
static FuListInfo fu_list_cache[FU_CACHED_LISTS];

/*
 * Fill the free cache entry info for list; NULL if the list does not fit.
 * Once per list: out of line, so that the lookup stays small.
 */
static __attribute__((noinline)) const FuListInfo *
fu_list_info_build(FuListInfo *info, const char *const *list)
{
	int			i;
	unsigned char fa[FU_CACHED_WORDS],
				fb[FU_CACHED_WORDS],
				la[FU_CACHED_WORDS],
				lb[FU_CACHED_WORDS];
	bool		single[FU_CACHED_WORDS];

	memset(info, 0, sizeof(*info));
	for (i = 0; list[i]; i++)
	{
		size_t		n;
		const unsigned char *w = (const unsigned char *) list[i];

		if (i >= FU_CACHED_WORDS)
			return NULL;
		n = strlen(list[i]);
		if (n > 255 || n == 0)
			return NULL;
		info->len[i] = (uint8_t) n;
		single[i] = n == 1;
		fa[i] = w[0];
		fb[i] = n > 1 ? w[1] : 0;
		la[i] = n > 1 ? w[n - 2] : 0;
		lb[i] = w[n - 1];
		if (n == 1)
		{
			FU_BIT_SET(info->first_single, w[0]);
			FU_BIT_SET(info->last_single, w[0]);
			continue;
		}
		FU_BIT_SET(info->first_pair, fu_pair_hash(w[0], w[1]));
		FU_BIT_SET(info->last_pair, fu_pair_hash(w[n - 2], w[n - 1]));
	}
	fu_buckets_build(&info->first, i, fa, fb, single, false);
	fu_buckets_build(&info->last, i, la, lb, single, true);
	info->list = list;
	return info;
}

static inline const FuListInfo *
fu_list_info(const char *const *list)
{
	size_t		start = ((uintptr_t) list >> 4) % FU_CACHED_LISTS;

	for (int k = 0; k < FU_CACHED_LISTS; k++)
	{
		FuListInfo *info = &fu_list_cache[(start + k) % FU_CACHED_LISTS];

		if (info->list == list)
			return info;
		if (info->list == NULL)
			return fu_list_info_build(info, list);
	}
	return NULL;
}

/*
 * The longest of a NULL-terminated list of literals that text[pos..] starts
 * with; its index in *which, its byte length as the result (0 for none).
 * Literals of equal length: the first in the list.
 */
static inline size_t
fu_at_any(const char *text, size_t len, size_t pos, const char *const *list,
		  int *which)
{
	size_t		best = 0;
	const FuListInfo *info = fu_list_info(list);

	if (pos >= len)
		return 0;
	if (info)
	{
		unsigned char c0 = (unsigned char) text[pos];

		/* no literal of one byte starts with this byte, none of two with these */
		if (!FU_BIT_TEST(info->first_single, c0) &&
			(pos + 1 >= len ||
			 !FU_BIT_TEST(info->first_pair, fu_pair_hash(c0, (unsigned char) text[pos + 1]))))
			return 0;
		if (pos + 1 < len && info->first.usable)
		{
			unsigned	h = fu_bucket_hash(c0, (unsigned char) text[pos + 1]);

			for (unsigned e = info->first.off[h]; e < info->first.off[h + 1]; e++)
			{
				int			i = info->first.idx[e];
				size_t		n = info->len[i];

				if (list[i][0] != text[pos] ||
					(list[i][1] != '\0' && list[i][1] != text[pos + 1]))
					continue;
				if (n > best && n <= len - pos && fu_same(text + pos, list[i], n))
				{
					best = n;
					if (which)
						*which = i;
				}
			}
			return best;
		}
	}
	for (int i = 0; list[i]; i++)
	{
		size_t		n;

		/* the first two bytes decide quickly (the lead byte of CJK is not enough) */
		if (list[i][0] != text[pos] ||
			(list[i][1] != '\0' && (pos + 1 >= len || list[i][1] != text[pos + 1])))
			continue;
		n = info ? info->len[i] : strlen(list[i]);
		if (n > best && n <= len - pos && fu_same(text + pos, list[i], n))
		{
			best = n;
			if (which)
				*which = i;
		}
	}
	return best;
}

/*
 * Whether text[..pos) ends with word (n bytes, not 0), longer than *best:
 * then *best becomes n and *which i.  The last bytes decide quickly.
 */
static inline void
fu_longer_suffix(const char *text, size_t pos, const char *word, size_t n, int i,
				 size_t *best, int *which)
{
	if (n == 0 || n > pos || n <= *best || word[n - 1] != text[pos - 1] ||
		(n > 1 && word[n - 2] != text[pos - 2]))
		return;
	if (fu_same(text + pos - n, word, n))
	{
		*best = n;
		if (which)
			*which = i;
	}
}

/* The same for literals that text[..pos) ends with. */
static inline size_t
fu_before_any(const char *text, size_t pos, const char *const *list, int *which)
{
	size_t		best = 0;
	const FuListInfo *info = fu_list_info(list);

	if (pos == 0)
		return 0;
	if (info)
	{
		unsigned char c1 = (unsigned char) text[pos - 1];

		if (!FU_BIT_TEST(info->last_single, c1) &&
			(pos < 2 ||
			 !FU_BIT_TEST(info->last_pair, fu_pair_hash((unsigned char) text[pos - 2], c1))))
			return 0;
		if (pos >= 2 && info->last.usable)
		{
			unsigned	h = fu_bucket_hash((unsigned char) text[pos - 2], c1);

			for (unsigned e = info->last.off[h]; e < info->last.off[h + 1]; e++)
			{
				int			i = info->last.idx[e];

				fu_longer_suffix(text, pos, list[i], info->len[i], i, &best, which);
			}
			return best;
		}
	}
	for (int i = 0; list[i]; i++)
		fu_longer_suffix(text, pos, list[i], info ? info->len[i] : strlen(list[i]), i,
						 &best, which);
	return best;
}

/* An Arabic digit (halfwidth or fullwidth) as its value, else -1. */
static inline int
fu_arabic_digit(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int) (cp - '0');
	if (cp >= 0xFF10 && cp <= 0xFF19)
		return (int) (cp - 0xFF10);
	return -1;
}

/* Spaces inside a line: ASCII blank, tab, no-break and ideographic space. */
FU_INLINE bool
fu_is_blank(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0x00A0 || cp == 0x3000;
}

/* Skip blanks (not line breaks) from pos. */
FU_INLINE size_t
fu_skip_blanks(const char *text, size_t len, size_t pos)
{
	size_t		next;

	while (pos < len && fu_is_blank(fu_peek(text, len, pos, &next)))
		pos = next;
	return pos;
}

/* Skip blanks backwards from pos. */
FU_INLINE size_t
fu_skip_blanks_back(const char *text, size_t len, size_t pos)
{
	while (pos > 0 && fu_is_blank(fu_prev(text, len, pos)))
		pos = fu_back(text, pos);
	return pos;
}

/*
 * Whether cp may be part of a number: a cheap filter in front of the number
 * reader's own classes (Arabic digits, signs, Chinese digits and units in
 * all their forms).  False positives are fine, false negatives are not.
 * CJK characters are looked up in a bitmap built on first use (the same
 * bits every time, so a race between two first uses is harmless).
 */
#define FU_CJK_FIRST 0x4E00
#define FU_CJK_LAST 0x9FFF

static inline bool
fu_maybe_numeral(uint32_t cp)
{
	static uint8_t map[(FU_CJK_LAST - FU_CJK_FIRST + 1) / 8];
	static bool ready;

	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || cp == '+' || cp == '-';
	if (cp >= FU_CJK_FIRST && cp <= FU_CJK_LAST)
	{
		if (!ready)
		{
			static const uint32_t numerals[] = {
				0x96F6, 0x4E00, 0x58F9, 0x5E7A, 0x4E8C, 0x4E24, 0x5169, 0x8D30,
				0x8CB3, 0x4E09, 0x53C1, 0x53C3, 0x56DB, 0x8086, 0x4E94, 0x4F0D,
				0x516D, 0x9646, 0x9678, 0x4E03, 0x67D2, 0x516B, 0x634C, 0x4E5D,
				0x7396, 0x5341, 0x62FE, 0x767E, 0x4F70, 0x5343, 0x4EDF, 0x4E07,
				0x842C, 0x4EBF, 0x5104, 0x5EFF, 0x5345, 0x534C, 0x8D1F, 0x8CA0,
				0x5146, 0x4FE9, 0x5006
			};

			for (size_t i = 0; i < sizeof(numerals) / sizeof(numerals[0]); i++)
				map[(numerals[i] - FU_CJK_FIRST) >> 3] |= (uint8_t) (1u << ((numerals[i] - FU_CJK_FIRST) & 7));
			ready = true;
		}
		return (map[(cp - FU_CJK_FIRST) >> 3] >> ((cp - FU_CJK_FIRST) & 7)) & 1;
	}
	if (cp >= 0xFF0B && cp <= 0xFF19)
		return true;			/* fullwidth signs and digits */
	return cp == 0x3007 || cp == 0x25CB || cp == 0x2212 || cp > 0xFFFF;
}

static inline bool
fu_is_ascii_alnum(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		(cp >= 'A' && cp <= 'Z');
}

/*
 * The characters a scanning loop passes over without a second look, learned
 * as the loop meets them: one bit per BMP code point, set (fu_plain_learn)
 * when the loop's own test said a character needs nothing.  fu_skip_plain
 * then passes over a run of such characters in a tight loop (no call, no
 * per-character bookkeeping), which is most of a report: the loops spend
 * their time on the few characters that matter.  Each loop keeps its own
 * map (a static array: the same bits every time, so a race between two
 * first uses only costs a second look).
 */
typedef struct FuPlainMap
{
	uint8_t		bits[0x10000 / 8];	/* plain */
	uint8_t		stop[0x10000 / 8];	/* learned too: not plain */
} FuPlainMap;

static inline void
fu_plain_learn(FuPlainMap *map, uint32_t cp)
{
	if (cp <= 0xFFFF)
		FU_BIT_SET(map->bits, cp);
}

/*
 * The offset of the first character at or after pos that is not known to
 * be plain, or limit.  Reads ASCII and well-formed three-byte sequences as
 * gr_utf8_decode_fast does and stops before anything else (a malformed or
 * longer sequence, and the last two bytes before limit, are for the
 * caller's own decoding).  Polls once every block of 4096 bytes.
 */
static inline size_t
fu_skip_plain(const GrEnv *env, const FuPlainMap *map,
			  const char *text, size_t limit, size_t pos)
{
	const unsigned char *u = (const unsigned char *) text;
	const uint8_t *bits = map->bits;

	if (limit < 8)
		return pos;
	while (pos < limit - 7)
	{
		/* a block: no eight bytes read in it go past limit */
		size_t		block_end = limit - 7 - pos > 4096 ? pos + 4096 : limit - 7;

		while (pos < block_end)
		{
			uint32_t	w;
			uint32_t	cp;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			uint64_t	w2;

			/* two three-byte characters at once, the first lowest */
			memcpy(&w2, u + pos, 8);
			if ((w2 & UINT64_C(0xC0C0F0C0C0F0)) == UINT64_C(0x8080E08080E0))
			{
				uint32_t	cp1 = (uint32_t) ((w2 & 0x0F) << 12 | (w2 >> 2 & 0xFC0) | (w2 >> 16 & 0x3F));
				uint32_t	cp2 = (uint32_t) ((w2 >> 12 & 0xF000) | (w2 >> 26 & 0xFC0) | (w2 >> 40 & 0x3F));

				if (cp1 >= 0x800 && cp2 >= 0x800 && FU_BIT_TEST(bits, cp1) &&
					FU_BIT_TEST(bits, cp2))
				{
					pos += 6;
					continue;
				}
			}
			w = (uint32_t) w2;
#else
			w = (uint32_t) u[pos] | (uint32_t) u[pos + 1] << 8 |
				(uint32_t) u[pos + 2] << 16;
#endif
			if (!(w & 0x80))
			{
				if (!FU_BIT_TEST(bits, w & 0x7F))
					return pos;
				pos++;
				continue;
			}

			/*
			 * A lead byte E0..EF and two continuation bytes, not overlong
			 * (E0 below U+0800).  Surrogates are never learned.
			 */
			if ((w & 0xC0C0F0) != 0x8080E0)
				return pos;
			cp = (w & 0x0F) << 12 | (w >> 2 & 0xFC0) | (w >> 16 & 0x3F);
			if (cp < 0x800 || !FU_BIT_TEST(bits, cp))
				return pos;
			pos += 3;
		}
		/* a block is as much work as GR_POLL_INTERVAL turns of a loop */
		if (env->poll)
			env->poll(env->opaque);
	}
	return pos;
}

/*
 * Where a scanning loop has something to do: the positions of the
 * characters its test (is_stop) says yes to, in text order; every other
 * character the loop would only step over.  A prescan (fu_stops_record)
 * keeps them for a text that two loops read (the date finder, then the fact
 * finder, whose stops include the date finder's); past what it kept, or
 * without a prescan, fu_stops_next finds them itself, as the loop would.
 */
typedef struct FuStops
{
	bool		(*is_stop) (uint32_t cp);
	FuPlainMap *plain;			/* the characters is_stop said no to */
	uint32_t   *at;				/* kept positions: every stop in [0, covered),
								 * with FU_STOP_NUMERAL or'ed in */
	size_t		n;
	size_t		covered;
	size_t		k;				/* the reader's place in at */
	size_t		polls;
} FuStops;

/* A kept stop whose character may be a numeral (fu_maybe_numeral). */
#define FU_STOP_NUMERAL 0x80000000u
#define FU_STOP_POSITION 0x7FFFFFFFu

/*
 * The first stop at or after pos, by reading the text, its character
 * (*cp) and where the character after it starts (*next); len (and len) if
 * none.
 */
static inline size_t
fu_stops_scan(const GrEnv *env, FuStops *stops, const char *text, size_t len,
			  size_t pos, uint32_t *cp, size_t *next)
{
	FuPlainMap *map = stops->plain;

	while (pos < len)
	{
		pos = fu_skip_plain(env, map, text, len, pos);
		if (pos >= len)
			break;
		*cp = fu_peek(text, len, pos, next);
		if (*cp <= 0xFFFF && FU_BIT_TEST(map->stop, *cp))
			return pos;
		if (stops->is_stop(*cp))
		{
			if (*cp <= 0xFFFF)
				FU_BIT_SET(map->stop, *cp);
			return pos;
		}
		fu_plain_learn(map, *cp);
		pos = *next;
		GR_POLL(env, stops->polls);
	}
	*cp = GR_INVALID_CP;
	*next = len;
	return len;
}

/*
 * Keep the stops of text (at most max_kept of them) for fu_stops_next.
 * Keeping is only a saving: when memory or max_kept runs out, the rest is
 * found by reading.
 */
static inline void
fu_stops_record(const GrEnv *env, FuStops *stops, const char *text, size_t len,
				size_t max_kept)
{
	size_t		cap = 0;
	size_t		pos = 0;

	stops->at = NULL;
	stops->n = stops->k = stops->covered = 0;
	if (len > FU_STOP_POSITION)
		return;
	while (pos < len)
	{
		size_t		next;
		uint32_t	cp;

		pos = fu_stops_scan(env, stops, text, len, pos, &cp, &next);
		if (pos >= len)
			break;
		if (stops->n == cap)
		{
			size_t		newcap = cap ? cap * 2 : 1024;
			uint32_t   *grown;

			if (newcap > max_kept)
				break;
			grown = gr_grow(env, stops->at, newcap * sizeof(uint32_t));
			if (!grown)
				break;
			stops->at = grown;
			cap = newcap;
		}
		stops->at[stops->n++] = (uint32_t) pos |
			(fu_maybe_numeral(cp) ? FU_STOP_NUMERAL : 0);
		pos = next;
	}
	stops->covered = pos < len ? pos : len;
}

/*
 * The first stop at or after pos, or len; with numerals_only, kept stops
 * that are no numeral are passed over (a reader that only acts at numerals
 * may be handed them all the same, past what was kept).  The positions
 * asked about must not decrease (set k to 0 to read the kept stops again).
 */
static inline size_t
fu_stops_next(const GrEnv *env, FuStops *stops, const char *text, size_t len,
			  size_t pos, bool numerals_only)
{
	size_t		next;
	uint32_t	cp;

	if (pos < stops->covered)
	{
		uint32_t	need = numerals_only ? FU_STOP_NUMERAL : 0;

		while (stops->k < stops->n &&
			   ((stops->at[stops->k] & FU_STOP_POSITION) < pos ||
				(stops->at[stops->k] & need) != need))
			stops->k++;
		if (stops->k < stops->n)
			return stops->at[stops->k] & FU_STOP_POSITION;
		pos = stops->covered;
	}
	return fu_stops_scan(env, stops, text, len, pos, &cp, &next);
}

/*
 * gr_dates_find (gr_dates.h) reading only at stops, whose is_stop must say
 * yes to every character a date may start with (an Arabic or Chinese digit,
 * 十); the fact finder hands it the stops it keeps for its own loop (the
 * characters a number may start with, and more).
 */
extern GrStatus gr_dates_find_stops(const GrEnv *env, const char *text, size_t len,
									FuStops *stops, GrDate **dates, size_t *count);

#endif							/* GR_FACTS_UTIL_H */
