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

/* The code point at pos (GR_INVALID_CP at the end), and where the next starts. */
static inline uint32_t
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
	cp = gr_utf8_decode(text, len, &p);
	if (next)
		*next = p;
	return cp;
}

/* The offset where the code point before pos starts (0 at the start). */
static inline size_t
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
static inline uint32_t
fu_prev(const char *text, size_t len, size_t pos)
{
	if (pos == 0)
		return GR_INVALID_CP;
	return fu_peek(text, len, fu_back(text, pos), NULL);
}

/* Whether text[pos..] starts with the UTF-8 literal. */
static inline bool
fu_at(const char *text, size_t len, size_t pos, const char *literal)
{
	size_t		n = strlen(literal);

	return pos <= len && len - pos >= n && memcmp(text + pos, literal, n) == 0;
}

/* Whether text[..pos) ends with the UTF-8 literal. */
static inline bool
fu_before(const char *text, size_t pos, const char *literal)
{
	size_t		n = strlen(literal);

	return pos >= n && memcmp(text + pos - n, literal, n) == 0;
}

/*
 * The longest of a NULL-terminated list of literals that text[pos..] starts
 * with; its index in *which, its byte length as the result (0 for none).
 */
static inline size_t
fu_at_any(const char *text, size_t len, size_t pos, const char *const *list,
		  int *which)
{
	size_t		best = 0;

	for (int i = 0; list[i]; i++)
	{
		size_t		n = strlen(list[i]);

		if (n > best && fu_at(text, len, pos, list[i]))
		{
			best = n;
			if (which)
				*which = i;
		}
	}
	return best;
}

/* The same for literals that text[..pos) ends with. */
static inline size_t
fu_before_any(const char *text, size_t pos, const char *const *list, int *which)
{
	size_t		best = 0;

	for (int i = 0; list[i]; i++)
	{
		size_t		n = strlen(list[i]);

		if (n > best && fu_before(text, pos, list[i]))
		{
			best = n;
			if (which)
				*which = i;
		}
	}
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
static inline bool
fu_is_blank(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0x00A0 || cp == 0x3000;
}

/* Skip blanks (not line breaks) from pos. */
static inline size_t
fu_skip_blanks(const char *text, size_t len, size_t pos)
{
	size_t		next;

	while (pos < len && fu_is_blank(fu_peek(text, len, pos, &next)))
		pos = next;
	return pos;
}

/* Skip blanks backwards from pos. */
static inline size_t
fu_skip_blanks_back(const char *text, size_t len, size_t pos)
{
	while (pos > 0 && fu_is_blank(fu_prev(text, len, pos)))
		pos = fu_back(text, pos);
	return pos;
}

static inline bool
fu_is_ascii_alnum(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		(cp >= 'A' && cp <= 'Z');
}

#endif							/* GR_FACTS_UTIL_H */
