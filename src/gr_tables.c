/*
 * gr_tables.c
 *		Reading the tables of a report back from flattened text.
 *
 * Three passes, each linear in the text:
 *
 *	1. The tokenizer cuts every line into cells.  A line with " | ", "｜" or
 *	   tabs is split there (markdown rules and lines of bare pipes, the
 *	   "||||" residue of page scrapers, give no cells; a line that is one
 *	   "|" is one empty cell, as the one-cell-per-line layout prints an
 *	   empty cell).  A line without separators is PDF text: a run of
 *	   space-separated numbers at its end is a row of cells after a label.
 *	   Every cell is a label, a number (read with gr_number_scan, with a
 *	   unit such as 元 allowed after it) or an empty cell (nothing, "/",
 *	   "-", "—", "无").
 *	2. The national tables are read from the cell stream, whatever the line
 *	   structure was: their row labels are known, so a row is its label and
 *	   the numbers and empty cells that follow it.  Group labels printed on
 *	   a group's first row only ("三、本年度办理结果", "（三）不予公开") are
 *	   carried to the rows below.  Headers (whole lines, one cell per line
 *	   or one character per line) are skipped by position: a table's
 *	   columns are the format's, so the header need not be read.  Rows that
 *	   lost their empty cells are placed with the format's checks.
 *	3. Other tables (old-format statistics sheets, a city's own tables) are
 *	   read as grids from consecutive separated lines: header rows are the
 *	   rows without numbers, labels come from the leading text cells.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "gr_tables.h"
#include "gr_number.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Cells longer than this are prose, never a table label. */
#define LABEL_MAX_BYTES 300
/* Positions kept per row. */
#define MAX_POSITIONS 16
/* Label parts kept per row path. */
#define MAX_PATH 4

#define text_is_digit(c) ((c) >= '0' && (c) <= '9')

/*
 * Whether two NUL-terminated strings (keys, mostly) are equal: their first
 * bytes decide most comparisons without a call.
 */
#define key_equals(a, b) ((a)[0] == (b)[0] && strcmp((a), (b)) == 0)

typedef enum TokenKind
{
	TOKEN_LABEL,
	TOKEN_NUMBER,
	TOKEN_EMPTY
} TokenKind;

/*
 * One cell of the flattened text.  56 bytes: a report's tokens are written
 * once and read by every pass, from memory a server's call finds cold, so
 * the small fields are bytes (the kind too, and the row patterns as their
 * index, see pattern_key).
 */
typedef struct Token
{
	char	   *value;			/* numbers: canonical decimal */
	const char *unit;			/* numbers: unit printed in the cell */
	const char *copy;			/* labels: NUL-terminated copy, made once */
	uint64_t	signature;		/* its characters (known with traditional) */
	/* 32 bits: texts are under 4 GB (gr_tables_find refuses longer ones) */
	uint32_t	start;			/* trimmed span of the cell */
	uint32_t	end;
	uint32_t	line;			/* line number, 0-based */
	/* the small fields together (one store sets several of them) */
	unsigned char kind;			/* a TokenKind */
	/* match_pattern caches: pattern index + 1, 0 none, PATTERN_UNKNOWN */
	unsigned char table3_row;
	unsigned char table3_group;
	bool		separated;		/* its line had | or tab separators */
	bool		emitted;		/* a cell points at value */
	bool		national;		/* read by a national table */
	signed char traditional;	/* has traditional label characters: -1 unknown */
	bool		spaced;			/* has white space inside (known with traditional) */
	signed char prose;			/* is_prose, -1: not asked yet */
	unsigned char probes;		/* token_find's byte tests before the signature */
	unsigned char format_label; /* known_label: 0 not asked, 1 none, else
								 * its index in format_label_info + 2 */
} Token;

_Static_assert(sizeof(Token) == 56, "Token: 56 bytes");

/* "Not looked up yet" for the pattern caches of a token. */
#define PATTERN_UNKNOWN 255

typedef struct TokenList
{
	Token	   *items;
	size_t		count;
	size_t		capacity;
} TokenList;

/* A row found by the national-table reader, before keys are fixed. */
typedef struct Row
{
	int			table;			/* index into the table list */
	int			item;			/* table 2: the 第二十条 item (1, 5, 6, 8, 9) */
	int			block;			/* table 2: block index within the table */
	const char *key;			/* row key (static) */
	int			group;			/* table 4: 0..2 */
	size_t		path[MAX_PATH]; /* token indices of the label path */
	int			path_len;
	size_t		positions[MAX_POSITIONS];	/* token indices */
	int			position_count;
	bool		closed;			/* takes no more positions */
} Row;

typedef struct Table
{
	int			national;		/* 2, 3, 4 or 0 */
	int			form;
	size_t		first_row;
	size_t		row_count;
	size_t		header_start;	/* token range of the table 3 header */
	size_t		header_end;
} Table;

typedef struct Block
{
	int			item;
	size_t		label;			/* token index of "第二十条第（一）项" */
	size_t		headers[8];		/* column header tokens */
	int			header_count;
	int			form;			/* evidence: 2019, 2021 or 0 */
	bool		has_rows;		/* a row points at it */
} Block;

typedef struct Reader
{
	const GrEnv *env;
	const char *text;
	size_t		len;
	TokenList	tokens;
	Row		   *rows;
	size_t		row_count;
	size_t		row_capacity;
	Table	   *tables;
	size_t		table_count;
	size_t		table_capacity;
	Block	   *blocks;
	size_t		block_count;
	size_t		block_capacity;
	GrStatus	status;
	size_t		poll_counter;
	bool		previous_line_ends_in_pipe;	/* the last non-blank line */
	size_t		number_count;	/* number tokens made: at most one cell each */
	size_t		allocated_from;	/* tokens [from, to) may hold allocated values */
	size_t		allocated_to;
	long		search_budget;	/* placement search nodes left for the document */
} Reader;

/* ---------- small helpers ---------- */

static bool grow_one(Reader *reader, void **items, size_t *capacity,
					 size_t element_size);

/* Grow an array of element_size elements to hold one more; false on failure. */
static inline __attribute__((always_inline)) bool
reserve_one(Reader *reader, void **items, size_t count, size_t *capacity,
			size_t element_size)
{
	return count < *capacity || grow_one(reader, items, capacity, element_size);
}

/*
 * Arrays past this size grow by a copy in pieces of this size with a poll
 * between them (a copy of hundreds of megabytes would otherwise hold the
 * reader between two polls).
 */
#define GROW_COPY_PIECE ((size_t) 4 << 20)

/*
 * reserve_one when the array is full: double it, up to GR_MAX_ALLOC bytes.
 * A large array is copied into its new room a piece at a time, polled, and
 * the old one released, instead of one gr_grow that may copy it whole.
 */
static bool
grow_one(Reader *reader, void **items, size_t *capacity, size_t element_size)
{
	size_t		wanted;
	size_t		most = GR_MAX_ALLOC / element_size;
	size_t		bytes = *capacity * element_size;
	void	   *grown;

	if (*capacity >= most)
	{
		reader->status = GR_TOO_LARGE;
		return false;
	}
	wanted = *capacity ? *capacity * 2 : 64;
	if (wanted > most)
		wanted = most;
	if (*items == NULL || bytes <= GROW_COPY_PIECE)
		grown = *items ? gr_grow(reader->env, *items, wanted * element_size)
			: gr_alloc(reader->env, wanted * element_size);
	else
	{
		size_t		done;

		grown = gr_alloc(reader->env, wanted * element_size);
		for (done = 0; grown != NULL && done < bytes; done += GROW_COPY_PIECE)
		{
			if (reader->env->poll)
				reader->env->poll(reader->env->opaque);
			memcpy((char *) grown + done, (const char *) *items + done,
				   bytes - done < GROW_COPY_PIECE ? bytes - done : GROW_COPY_PIECE);
		}
		if (grown != NULL)
			gr_release(reader->env, *items);
	}
	if (grown == NULL)
	{
		reader->status = GR_NOMEM;
		return false;
	}
	*items = grown;
	*capacity = wanted;
	return true;
}

/*
 * A poll every GR_POLL_INTERVAL steps of a loop over indices, cheaper than
 * GR_POLL in a tight loop: `at` is the loop's index, `next` a local that
 * starts at the first index plus GR_POLL_INTERVAL.
 */
#define POLL_AT(reader, at, next) \
	do { \
		if (__builtin_expect((at) == (next), 0)) \
		{ \
			(next) += GR_POLL_INTERVAL; \
			if ((reader)->env->poll) \
				(reader)->env->poll((reader)->env->opaque); \
		} \
	} while (0)

#define is_ascii_space(c) ((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))

/*
 * The byte length of the white space character (gr_is_space) that begins
 * at text[pos], text ending at len; 0 when none does.  Decided on the bytes:
 * ASCII, U+00A0 (C2 A0), U+1680 (E1 9A 80), U+2000-U+200A (E2 80 80-8A),
 * U+2028, U+2029, U+202F (E2 80 A8, A9, AF), U+205F (E2 81 9F), U+3000
 * (E3 80 80) and U+FEFF (EF BB BF) are the spaces, each well formed as
 * written; no other sequence decodes to one.
 */
static inline size_t
space_length(const char *text, size_t len, size_t pos)
{
	const unsigned char *u = (const unsigned char *) text + pos;

	if (u[0] < 0x80)
		return is_ascii_space(u[0]) ? 1 : 0;
	if (u[0] == 0xC2)
		return pos + 2 <= len && u[1] == 0xA0 ? 2 : 0;
	if (pos + 3 > len)
		return 0;
	switch (u[0])
	{
		case 0xE1:
			return u[1] == 0x9A && u[2] == 0x80 ? 3 : 0;
		case 0xE2:
			if (u[1] == 0x80)
				return (u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xA8 ||
					u[2] == 0xA9 || u[2] == 0xAF ? 3 : 0;
			return u[1] == 0x81 && u[2] == 0x9F ? 3 : 0;
		case 0xE3:
			return u[1] == 0x80 && u[2] == 0x80 ? 3 : 0;
		case 0xEF:
			return u[1] == 0xBB && u[2] == 0xBF ? 3 : 0;
		default:
			return 0;
	}
}

/*
 * Whether a white space character begins at text[pos]; *next is past it
 * (set only when it does).
 */
static inline bool
is_space_at(const char *text, size_t len, size_t pos, size_t *next)
{
	size_t		n = space_length(text, len, pos);

	*next = pos + n;
	return n > 0;
}

/*
 * Whether byte c may begin a white space character: ASCII (tested apart),
 * or the lead byte of U+00A0, U+1680, U+2000-U+205F, U+3000 or U+FEFF.  A
 * character beginning with any other byte is no space, well formed or not.
 */
#define may_lead_space(c) ((c) == 0xC2 || ((c) >= 0xE1 && (c) <= 0xE3) || (c) == 0xEF)

/*
 * Whether byte c (not ASCII) may end a white space character: the last
 * byte of U+00A0 (A0), U+1680 (80), U+2000-U+200A (80-8A), U+2028, U+2029,
 * U+202F (A8, A9, AF), U+205F (9F), U+3000 (80) or U+FEFF (BF); a test of
 * bits, not of branches.
 */
#define SPACE_LAST_BYTES UINT64_C(0x80008301800007FF)	/* bit c - 0x80 of each */
#define may_end_space(c) ((c) < 0xC0 && ((SPACE_LAST_BYTES >> ((c) - 0x80)) & 1))

/*
 * Narrow [*start, *end) past white space at both ends.  ASCII and bytes
 * that begin no space character are decided on the byte; the rest are
 * decoded by is_space_at.
 */
static inline __attribute__((always_inline)) void
trim(const char *text, size_t *start, size_t *end)
{
	const unsigned char *u = (const unsigned char *) text;
	size_t		next;

	while (*start < *end)
	{
		unsigned char c = u[*start];

		if (c < 0x80)
		{
			if (!is_ascii_space(c))
				break;
			(*start)++;
			continue;
		}
		if (!may_lead_space(c) || !is_space_at(text, *end, *start, &next))
			break;
		*start = next;
	}
	while (*end > *start)
	{
		size_t		p = *end - 1;
		unsigned char c = u[p];

		if (c < 0x80)
		{
			if (!is_ascii_space(c))
				break;
			*end = p;
			continue;
		}
		/*
		 * The common case, a three-byte character (a lead other than C2,
		 * which the test below reads as two bytes): a space only when its
		 * last byte may end one (most Han characters' do not).
		 */
		if (p >= *start + 2 &&
			(((u[p - 1] & 0xC0) == 0x80) & (u[p - 2] >= 0xC0) & (u[p - 2] != 0xC2) &
			 !may_end_space(c)))
			break;
		while (p > *start && (u[p] & 0xC0) == 0x80)
			p--;
		if (!may_lead_space(u[p]) || !is_space_at(text, *end, p, &next))
			break;
		*end = p;
	}
}

/*
 * Whether keyword occurs in text[start, end), white space in the text
 * skipped (labels are printed "商业 企业" and "本年新 制作数量").  Only the
 * first LABEL_MAX_BYTES are looked at.
 */
static size_t
find_in(const char *text, size_t start, size_t end, const char *keyword)
{
	size_t		klen = strlen(keyword);
	size_t		i;

	if (end - start > LABEL_MAX_BYTES)
		end = start + LABEL_MAX_BYTES;
	for (i = start; i < end; i++)
	{
		size_t		p;
		size_t		k = 0;
		const char *hit = memchr(text + i, keyword[0], end - i);

		/* the next place the keyword's first byte occurs */
		if (hit == NULL)
			break;
		i = (size_t) (hit - text);
		p = i;
		while (p < end && k < klen)
		{
			if (text[p] == keyword[k])
			{
				p++;
				k++;
			}
			else if (text[p] == ' ')
				p++;
			else if (p + 3 <= end && memcmp(text + p, "\xE3\x80\x80", 3) == 0)
				p += 3;
			else
				break;
		}
		if (k == klen)
			return i;
	}
	return SIZE_MAX;
}

/*
 * Traditional forms of the characters in the labels this module matches,
 * and their simplified forms (from ICU's Simplified-Traditional transform,
 * plus the variants 複 製 於 屬 關 係 況 …), sorted: a report in traditional
 * characters still has its national tables read.
 */
static const uint32_t traditional_forms[][2] = {
	{0x4FC2, 0x7CFB},
	{0x5167, 0x5185},
	{0x52D9, 0x52A1},
	{0x55AE, 0x5355},
	{0x570B, 0x56FD},
	{0x57F7, 0x6267},
	{0x5831, 0x62A5},
	{0x5BE9, 0x5BA1},
	{0x5C0D, 0x5BF9},
	{0x5C6C, 0x5C5E},
	{0x5EE2, 0x5E9F},
	{0x5F37, 0x5F3A},
	{0x5F8C, 0x540E},
	{0x5FA9, 0x590D},
	{0x63A1, 0x91C7},
	{0x6578, 0x6570},
	{0x65BC, 0x4E8E},
	{0x6703, 0x4F1A},
	{0x689D, 0x6761},
	{0x696D, 0x4E1A},
	{0x69CB, 0x6784},
	{0x6A5F, 0x673A},
	{0x6B0A, 0x6743},
	{0x6C7A, 0x51B3},
	{0x6CC1, 0x51B5},
	{0x6E1B, 0x51CF},
	{0x7121, 0x65E0},
	{0x7372, 0x83B7},
	{0x73FE, 0x73B0},
	{0x767C, 0x53D1},
	{0x78BA, 0x786E},
	{0x78BC, 0x7801},
	{0x7A69, 0x7A33},
	{0x7BC4, 0x8303},
	{0x7CFE, 0x7EA0},
	{0x7D0D, 0x7EB3},
	{0x7D44, 0x7EC4},
	{0x7D50, 0x7ED3},
	{0x7D93, 0x7ECF},
	{0x7DAD, 0x7EF4},
	{0x7DE8, 0x7F16},
	{0x7E3D, 0x603B},
	{0x7E54, 0x7EC7},
	{0x7E73, 0x7F34},
	{0x7F70, 0x7F5A},
	{0x8209, 0x4E3E},
	{0x842C, 0x4E07},
	{0x8655, 0x5904},
	{0x865F, 0x53F7},
	{0x88DC, 0x8865},
	{0x88FD, 0x5236},
	{0x8907, 0x590D},
	{0x898F, 0x89C4},
	{0x8A08, 0x8BA1},
	{0x8A1F, 0x8BBC},
	{0x8A2A, 0x8BBF},
	{0x8A31, 0x8BB8},
	{0x8A34, 0x8BC9},
	{0x8A62, 0x8BE2},
	{0x8A8D, 0x8BA4},
	{0x8ACB, 0x8BF7},
	{0x8B70, 0x8BAE},
	{0x8B77, 0x62A4},
	{0x8CBB, 0x8D39},
	{0x8CC7, 0x8D44},
	{0x8CFC, 0x8D2D},
	{0x8F49, 0x8F6C},
	{0x8FA6, 0x529E},
	{0x904E, 0x8FC7},
	{0x958B, 0x5F00},
	{0x95DC, 0x5173},
	{0x9805, 0x9879},
	{0x984D, 0x989D},
	{0x985E, 0x7C7B},
};

/* bit (cp & 1023): some traditional form ends so; made on first use */
static uint64_t traditional_filter[16];
static bool traditional_filter_made = false;

static uint32_t fold_traditional_search(uint32_t cp);

/* The simplified form of a traditional character of the labels, or cp. */
static inline uint32_t
fold_traditional(uint32_t cp)
{
	if (cp < 0x4E00)
		return cp;
	if (traditional_filter_made &&
		!(traditional_filter[(cp & 1023) >> 6] & (UINT64_C(1) << (cp & 63))))
		return cp;
	return fold_traditional_search(cp);
}

static uint32_t
fold_traditional_search(uint32_t cp)
{
	size_t		low = 0;
	size_t		high = sizeof(traditional_forms) / sizeof(traditional_forms[0]);

	if (!traditional_filter_made)
	{
		size_t		i;

		for (i = 0; i < high; i++)
			traditional_filter[(traditional_forms[i][0] & 1023) >> 6] |=
				UINT64_C(1) << (traditional_forms[i][0] & 63);
		traditional_filter_made = true;
	}
	if (!(traditional_filter[(cp & 1023) >> 6] & (UINT64_C(1) << (cp & 63))))
		return cp;
	while (low < high)
	{
		size_t		middle = (low + high) / 2;

		if (traditional_forms[middle][0] == cp)
			return traditional_forms[middle][1];
		if (traditional_forms[middle][0] < cp)
			low = middle + 1;
		else
			high = middle;
	}
	return cp;
}

/* contains() for a text with traditional characters: by code point, folded. */
static size_t
find_folded(const char *text, size_t start, size_t end, const char *keyword)
{
	size_t		klen = strlen(keyword);
	size_t		i;

	if (end - start > LABEL_MAX_BYTES)
		end = start + LABEL_MAX_BYTES;
	for (i = start; i < end;)
	{
		size_t		p = i;
		size_t		k = 0;
		size_t		next = i;

		(void) gr_utf8_decode(text, end, &next);
		while (p < end && k < klen)
		{
			size_t		q = p;
			size_t		kq = k;
			uint32_t	cp = gr_utf8_decode(text, end, &q);
			uint32_t	want = gr_utf8_decode(keyword, klen, &kq);

			if (cp != GR_INVALID_CP && fold_traditional(cp) == want)
			{
				p = q;
				k = kq;
			}
			else if (cp == ' ' || cp == 0x3000)
				p = q;
			else
				break;
		}
		if (k == klen)
			return i;
		i = next;
	}
	return SIZE_MAX;
}

static bool
contains(const char *text, size_t start, size_t end, const char *keyword)
{
	return find_in(text, start, end, keyword) != SIZE_MAX;
}

/* Whether text[start, end) is exactly word, ignoring white space. */
static bool
equals(const char *text, size_t start, size_t end, const char *word)
{
	trim(text, &start, &end);
	return end - start == strlen(word) && memcmp(text + start, word, end - start) == 0;
}

/*
 * A character's signature hash: its UTF-8 bytes packed little-endian
 * (byte 0 lowest) into a 32-bit key, multiplied; the top ten bits.  A
 * label's signature has bit (hash >> 4) of each of its characters; the
 * ten bits index traditional_keys, the filter of traditional forms.
 * Hashing the bytes, not the code point, lets label_signature skip the
 * decoding of the well-formed three-byte characters labels are made of.
 */
#define char_hash(key) ((uint32_t) ((key) * 2654435761u) >> 22)
#define hash_bit(hash) (UINT64_C(1) << ((hash) >> 4))

/* The key of bytes[0, n), n <= 4. */
static inline uint32_t
bytes_key(const char *bytes, size_t n)
{
	uint32_t	key = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		key |= (uint32_t) (unsigned char) bytes[i] << (8 * i);
	return key;
}

/* The key of a code point. */
static uint32_t
cp_key(uint32_t cp)
{
	char		bytes[4];

	return bytes_key(bytes, (size_t) gr_utf8_encode(cp, bytes));
}

/*
 * The set of characters in text[start, end) as a 64-bit signature (one bit
 * per hashed character, traditional forms folded when asked): a keyword
 * with a bit the label lacks does not occur in it.
 */
static uint64_t
text_signature(const char *text, size_t start, size_t end, bool fold)
{
	uint64_t	signature = 0;
	size_t		pos = start;

	while (pos < end)
	{
		size_t		at = pos;
		uint32_t	cp = gr_utf8_decode(text, end, &pos);
		uint32_t	folded;

		if (cp == GR_INVALID_CP || cp == ' ' || cp == 0x3000)
			continue;
		folded = fold ? fold_traditional(cp) : cp;
		signature |= hash_bit(char_hash(folded == cp ? bytes_key(text + at, pos - at)
										: cp_key(folded)));
	}
	return signature;
}

/*
 * The signature of a keyword.  Keywords are this file's string literals, so
 * their signatures are kept by address in a small table (computed once per
 * process; a collision just computes again).  What is kept of a keyword
 * shares one cache line: a report asks about some fifty keywords, each
 * first with caches cold from what the server did between two calls.
 */
#define KEYWORD_SLOTS 4096

typedef struct KeywordEntry
{
	const char *key;
	uint64_t	signature;
	uint32_t	length;			/* strlen, made once */
	unsigned char stable_at;	/* see keyword_stable */
	unsigned char stable_len;
} __attribute__((aligned(32))) KeywordEntry;

static KeywordEntry keyword_cache[KEYWORD_SLOTS];

/*
 * Where the first "stable" character of a keyword is, and its byte length
 * (0: none): one no traditional form folds to and that is no traditional
 * form itself, so that a token that lacks its bytes cannot hold the keyword
 * in any way token_find looks for it.
 */
static void
keyword_stable(const char *keyword, size_t slot)
{
	size_t		len = strlen(keyword);
	size_t		pos = 0;
	size_t		forms = sizeof(traditional_forms) / sizeof(traditional_forms[0]);

	keyword_cache[slot].stable_at = 0;
	keyword_cache[slot].stable_len = 0;
	while (pos < len && pos < 255)
	{
		size_t		at = pos;
		uint32_t	cp = gr_utf8_decode(keyword, len, &pos);
		bool		stable = cp != GR_INVALID_CP && cp != ' ' && cp != 0x3000;
		size_t		i;

		for (i = 0; i < forms && stable; i++)
			if (traditional_forms[i][0] == cp || traditional_forms[i][1] == cp)
				stable = false;
		if (stable)
		{
			keyword_cache[slot].stable_at = (unsigned char) at;
			keyword_cache[slot].stable_len = (unsigned char) (pos - at);
			return;
		}
	}
}

/* The keyword's slot in the per-process cache, filled on first use. */
static inline size_t
keyword_slot(const char *keyword)
{
	uintptr_t	address = (uintptr_t) keyword;
	size_t		slot = (size_t) ((address ^ (address >> 12)) % KEYWORD_SLOTS);

	if (keyword_cache[slot].key != keyword)
	{
		keyword_cache[slot].length = (uint32_t) strlen(keyword);
		keyword_cache[slot].signature = text_signature(keyword, 0, keyword_cache[slot].length, false);
		keyword_stable(keyword, slot);
		keyword_cache[slot].key = keyword;
	}
	return slot;
}

static inline uint64_t
keyword_signature(const char *keyword)
{
	return keyword_cache[keyword_slot(keyword)].signature;
}

/*
 * The traditional forms of traditional_forms by char_hash of their keys:
 * the key of the one form in that slot, TRADITIONAL_SHARED where two or
 * more share it, 0 where none does.  Every form is a three-byte character,
 * so a slot's key is never 0 or 1.  Made on first use.
 */
#define TRADITIONAL_SHARED 1
static uint32_t traditional_slots[1024];
static bool traditional_slots_made = false;

static void
make_traditional_slots(void)
{
	size_t		i;

	for (i = 0; i < sizeof(traditional_forms) / sizeof(traditional_forms[0]); i++)
	{
		uint32_t	key = cp_key(traditional_forms[i][0]);
		uint32_t	hash = char_hash(key);

		traditional_slots[hash] = traditional_slots[hash] == 0 ? key : TRADITIONAL_SHARED;
	}
	traditional_slots_made = true;
}

/*
 * Lead bytes of the three-byte characters label_signature's tight loop
 * takes: E1-EC and EE-EF, never overlong or surrogates; not E3, whose
 * characters include U+3000 and 。, which it notes.  As bits of the lead's
 * low four bits (E0-EF): 1, 2, 4-C, E, F.
 */
#define THREE_BYTE_LEADS 0xDFF6u

/* Whether text[start, end) has a traditional form of the labels. */
static bool
has_traditional(const char *text, size_t start, size_t end)
{
	size_t		pos = start;

	while (pos < end)
	{
		uint32_t	cp = gr_utf8_decode(text, end, &pos);

		if (cp != GR_INVALID_CP && fold_traditional(cp) != cp)
			return true;
	}
	return false;
}

/*
 * has_traditional and text_signature of a label: whether text[start, end)
 * has a traditional character of the labels, and its signature, folded if
 * so; and whether it has white space inside (a space or U+3000, which
 * searches skip).  Well-formed three-byte characters (leads E1-EC and
 * EE-EF, never overlong or surrogates), what labels are made of, are read
 * four bytes at a time (len, the length of the whole text, says how far
 * reading is safe) and hashed without decoding; a slot of
 * traditional_slots tells whether one may be a traditional form.  The rest
 * are decoded as text_signature does.  A label that may have a
 * traditional form (rare) is looked at again, by code point.
 */
static void
label_signature(const char *text, size_t len, size_t start, size_t end, Token *token)
{
	const unsigned char *u = (const unsigned char *) text;
	uint64_t	plain = 0;
	bool		maybe_traditional = false;
	bool		spaced = false;
	bool		period = false;
	size_t		pos = start;

	/* where reading four bytes for a three-byte character stays safe */
	size_t		stop = len < 4 || end < 3 ? 0 : len - 3 < end - 2 ? len - 3 : end - 2;

	if (!traditional_slots_made)
		make_traditional_slots();
	while (pos < end)
	{
		unsigned char lead;
		size_t		at;
		uint32_t	key;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__

		/*
		 * The common case in a tight loop: well-formed three-byte characters
		 * (a lead of E1-EC or EE-EF, two continuation bytes) read four bytes
		 * at a time; E3 (U+3000, 。) and anything else go below.
		 */
		{
			while (pos < stop)
			{
				uint32_t	word;
				uint32_t	hash;
				uint32_t	slot;

				memcpy(&word, u + pos, 4);

				/* a lead of THREE_BYTE_LEADS, two continuation bytes */
				if ((word & 0xC0C0F0) != 0x8080E0 || !((THREE_BYTE_LEADS >> (word & 15)) & 1))
					break;
				key = word & 0xFFFFFF;
				pos += 3;
				hash = char_hash(key);
				plain |= hash_bit(hash);
				slot = traditional_slots[hash];
				maybe_traditional |= (slot == key) | (slot == TRADITIONAL_SHARED);
			}
			if (pos >= end)
				break;
		}
#endif
		lead = u[pos];
		at = pos;

		if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && end - pos >= 3)
		{
			uint32_t	hash;
			uint32_t	slot;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			if (pos + 4 <= len)
			{
				memcpy(&key, u + pos, 4);
				key &= 0xFFFFFF;
			}
			else
#endif
				key = lead | (uint32_t) u[pos + 1] << 8 | (uint32_t) u[pos + 2] << 16;
			if ((key & 0xC0C000) == 0x808000)
			{
				pos += 3;
				if (key == 0x8080E3)	/* U+3000 */
				{
					spaced = true;
					continue;
				}
				period |= key == 0x8280E3;	/* 。 */
				hash = char_hash(key);
				plain |= hash_bit(hash);
				slot = traditional_slots[hash];
				maybe_traditional |= slot == key || slot == TRADITIONAL_SHARED;
				continue;
			}
		}
		if (lead < 0x80)
		{
			pos++;
			if (lead == ' ')
				spaced = true;
			else
				plain |= hash_bit(char_hash((uint32_t) lead));
			continue;
		}
		{
			uint32_t	cp = gr_utf8_decode(text, end, &pos);

			if (cp == GR_INVALID_CP)
				continue;
			if (cp == 0x3000)
			{
				spaced = true;
				continue;
			}
			/* two- and four-byte characters, E0 and ED: no traditional forms */
			key = bytes_key(text + at, pos - at);
			plain |= hash_bit(char_hash(key));
		}
	}
	token->traditional = maybe_traditional && has_traditional(text, start, end);
	token->spaced = spaced;
	token->prose = period;
	token->signature = token->traditional ? text_signature(text, start, end, true) : plain;
}

/*
 * Whether needle (one character) occurs in haystack: memchr for its last
 * byte, rarer in UTF-8 Chinese than the lead byte.
 */
static bool
has_bytes(const char *haystack, size_t n, const char *needle, size_t k)
{
	const char *p = haystack + k - 1;
	const char *end = haystack + n;

	if (k == 0 || n < k)
		return k == 0;
	while (p < end && (p = memchr(p, needle[k - 1], (size_t) (end - p))) != NULL)
	{
		if (memcmp(p - (k - 1), needle, k) == 0)
			return true;
		p++;
	}
	return false;
}

/*
 * Where needle[0, k) first occurs in haystack[0, n), or NULL: memchr for
 * the needle's last byte (a continuation byte in Chinese, rarer than the
 * lead bytes), then a compare.  memmem's set-up costs more on labels.
 */
static const char *
find_bytes(const char *haystack, size_t n, const char *needle, size_t k)
{
	const char *p;
	const char *end = haystack + n;

	if (k == 0)
		return haystack;
	if (n < k)
		return NULL;
	p = haystack + k - 1;
	while (p < end && (p = memchr(p, needle[k - 1], (size_t) (end - p))) != NULL)
	{
		if (memcmp(p - (k - 1), needle, k - 1) == 0)
			return p - (k - 1);
		p++;
	}
	return NULL;
}

/*
 * What token_prepare and match_pattern make of a format label, and the
 * predicates of the national reader that depend on a label's bytes alone.
 * In 32 bytes, two to a cache line: a report looks up most of the format's
 * labels, each entry from far caches in a server's call, so the keys of
 * the row patterns are kept as their index in the pattern list (+ 1, 0 for
 * none) rather than as pointers.
 */
typedef struct FormatLabel
{
	const char *text;
	uint64_t	signature;
	uint16_t	length;
	unsigned char table3_row;	/* as Token.table3_row */
	unsigned char table3_group;
	unsigned char table2_row;	/* match_table2_row: pattern_index */
	signed char traditional;
	bool		spaced;
	signed char prose;
	bool		heading;		/* is_heading */
	bool		table4_start;	/* is_table4_start */
	bool		table4_word;	/* is_table4_word */
	signed char table4_group;	/* table4_group */
	signed char block_item;		/* block_item */
	short		header_form;	/* header_form */
} __attribute__((aligned(32))) FormatLabel;

_Static_assert(sizeof(FormatLabel) == 32, "FormatLabel: two to a cache line");

static bool known_label(const Reader *reader, Token *token);
static const FormatLabel *format_label_of(const Reader *reader, size_t index);

/*
 * The signature of a token, and whether it has white space inside: from
 * the table of the national format's own labels when the token is one of
 * them (most labels of a national table), else made by label_signature.
 */
static void
token_prepare(const Reader *reader, Token *token)
{
	size_t		end = token->end;

	if (known_label(reader, token))
		return;
	/* searches look at the first LABEL_MAX_BYTES only: so does this */
	if (end - token->start > LABEL_MAX_BYTES)
		end = token->start + LABEL_MAX_BYTES;
	label_signature(reader->text, reader->len, token->start, end, token);
	/* is_prose: longer than that, or a 。 in what the signature read */
	if (end < token->end)
		token->prose = true;
}

/* token_find once the signature lets the keyword through. */
static size_t
token_search(const Reader *reader, const Token *token, const char *keyword)
{
	size_t		end = token->end;

	if (token->traditional)
		return find_folded(reader->text, token->start, token->end, keyword);
	if (token->spaced)
		return find_in(reader->text, token->start, token->end, keyword);
	if (end - token->start > LABEL_MAX_BYTES)
		end = token->start + LABEL_MAX_BYTES;
	{
		const char *hit = find_bytes(reader->text + token->start, end - token->start,
									 keyword, keyword_cache[keyword_slot(keyword)].length);

		return hit ? (size_t) (hit - reader->text) : SIZE_MAX;
	}
}

/*
 * Where keyword occurs in a token (traditional forms folded, white space
 * inside skipped), or SIZE_MAX.  Most labels have neither: find_bytes.
 */
static inline __attribute__((always_inline)) size_t
token_find(const Reader *reader, size_t index, const char *keyword)
{
	Token	   *token = &reader->tokens.items[index];

	if (token->traditional < 0)
	{
		/*
		 * Before making the token's signature (a pass over it): a keyword
		 * whose stable character the token lacks is not in it.  Long labels
		 * (mostly prose) are asked a few times and rarely need more; short
		 * ones, table labels, are asked often and get their signature.
		 */
		size_t		slot = keyword_slot(keyword);
		size_t		n = token->end - token->start;

		if (n > 90 && token->probes < 4 && keyword_cache[slot].stable_len > 0)
		{
			token->probes++;
			if (!has_bytes(reader->text + token->start,
						   n > LABEL_MAX_BYTES ? LABEL_MAX_BYTES : n,
						   keyword + keyword_cache[slot].stable_at,
						   keyword_cache[slot].stable_len))
				return SIZE_MAX;
		}
		token_prepare(reader, token);
	}
	/* a character of the keyword the token lacks: no need to search */
	if ((keyword_signature(keyword) & ~token->signature) != 0)
		return SIZE_MAX;
	return token_search(reader, token, keyword);
}

static inline __attribute__((always_inline)) bool
token_contains(const Reader *reader, size_t index, const char *keyword)
{
	return token_find(reader, index, keyword) != SIZE_MAX;
}

/* is_prose the first time a token is asked. */
static bool
is_prose_slow(const Reader *reader, size_t index)
{
	Token	   *token = &reader->tokens.items[index];

	/*
	 * token_contains(reader, index, "。") on a token within LABEL_MAX_BYTES:
	 * one character, which no traditional form folds to, so bytes suffice
	 * (and the token's signature need not be made for it).  Kept per token.
	 * A label of table length gets its signature, which notes 。 too, and
	 * so does a longer one that is a format label (found by known_label).
	 */
	if (token->end - token->start <= 90 && token->traditional < 0)
		token_prepare(reader, token);
	else if (!(token->traditional < 0 && known_label(reader, token)))
		token->prose = token->end - token->start > LABEL_MAX_BYTES ||
			find_bytes(reader->text + token->start, token->end - token->start,
					   "\xE3\x80\x82", 3) != NULL;
	return token->prose;
}

/* A label of prose or a heading rather than a table cell (kept per token). */
static inline __attribute__((always_inline)) bool
is_prose(const Reader *reader, size_t index)
{
	const Token *token = &reader->tokens.items[index];

	return token->prose >= 0 ? token->prose : is_prose_slow(reader, index);
}

/* ---------- pass 1: cells ---------- */

/* Separator at text[pos]: "|", "｜" or tab; its byte length or 0. */
static inline size_t
separator_at(const char *text, size_t len, size_t pos)
{
	unsigned char c = (unsigned char) text[pos];

	/* no separator begins with a byte other than these */
	if (c != '|' && c != '\t' && c != 0xEF)
		return 0;
	if (c == '|' || c == '\t')
		return 1;
	if (pos + 3 <= len && memcmp(text + pos, "\xEF\xBD\x9C", 3) == 0)
		return 3;
	return 0;
}

/*
 * The first separator at or after pos, and its length in *sep; end (and
 * *sep 0) when there is none.  Sixteen bytes at a time with SSE2, else
 * eight (a word trick: a byte equal to one of the three is a zero byte of
 * word ^ that byte in every lane, and the lowest flagged lane is the
 * first), reading past end up to the end of the text, as a piece is mostly
 * shorter; polled per round.
 */
static inline __attribute__((always_inline)) size_t
find_separator(Reader *reader, size_t pos, size_t end, size_t *sep)
{
	const unsigned char *text = (const unsigned char *) reader->text;

	*sep = 0;
	while (pos < end)
	{
		GR_POLL(reader->env, reader->poll_counter);
#ifdef __SSE2__
		/* sixteen bytes at a time where SSE2 is there (every x86-64) */
		if (pos + 16 <= reader->len)
		{
			__m128i		bytes = _mm_loadu_si128((const __m128i *) (text + pos));
			int			found = _mm_movemask_epi8(
												  _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('|')),
																			_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t'))),
															   _mm_cmpeq_epi8(bytes, _mm_set1_epi8((char) 0xEF))));

			if (found == 0)
			{
				pos += 16;
				continue;
			}
			pos += (size_t) __builtin_ctz((unsigned) found);
			if (pos >= end)
				return end;
		}
		else
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		if (pos + 8 <= reader->len)
		{
			uint64_t	word;
			uint64_t	pipe,
						tab,
						lead;
			uint64_t	found;
			const uint64_t ones = UINT64_C(0x0101010101010101);

			memcpy(&word, text + pos, 8);
			pipe = word ^ (ones * '|');
			tab = word ^ (ones * '\t');
			lead = word ^ (ones * 0xEF);
			found = ((pipe - ones) & ~pipe) | ((tab - ones) & ~tab) |
				((lead - ones) & ~lead);
			found &= UINT64_C(0x8080808080808080);
			if (!found)
			{
				pos += 8;
				continue;
			}
			pos += (size_t) (__builtin_ctzll(found) / 8);
			if (pos >= end)
				return end;
		}
		else
#endif
		if (text[pos] != '|' && text[pos] != '\t' && text[pos] != 0xEF)
		{
			pos++;
			continue;
		}
		if ((*sep = separator_at(reader->text, end, pos)) != 0)
			return pos;
		pos++;
	}
	return end;
}

/* Units a table cell may print after its number. */
static const char *const cell_units[] = {
	"万元", "亿元", "元", "件次", "件", "条", "个", "项", "人次", "次", "人",
	"家", "份", "天", "个工作日", "户", "%", "％", "篇", "期", "场", NULL
};

/* Texts that stand for an empty cell, with their byte lengths. */
typedef struct EmptyMark
{
	const char *text;
	size_t		len;
} EmptyMark;

#define EMPTY_MARK(text) {text, sizeof(text) - 1}
static const EmptyMark empty_marks[] = {
	EMPTY_MARK("/"), EMPTY_MARK("／"), EMPTY_MARK("-"), EMPTY_MARK("－"),
	EMPTY_MARK("—"), EMPTY_MARK("——"), EMPTY_MARK("--"), EMPTY_MARK("－－"),
	EMPTY_MARK("\\"), EMPTY_MARK("无"), EMPTY_MARK("—-"), EMPTY_MARK("…"),
	{NULL, 0}
};

/* Whether a trimmed cell beginning with byte c may be a markdown rule. */
#define is_rule_start(c) ((c) == '-' || (c) == ':')

/* Whether [start, end) is a markdown rule cell like ---, :--:, or empty. */
static bool
is_rule_cell(const char *text, size_t start, size_t end)
{
	size_t		dashes = 0;
	size_t		i;

	trim(text, &start, &end);
	for (i = start; i < end; i++)
	{
		if (text[i] == '-')
			dashes++;
		else if (text[i] != ':')
			return false;
	}
	return dashes >= 3;
}

static bool is_small_value(const char *value);

/*
 * A new token at the end of the list, or NULL (reader->status says why):
 * append_token, for a value that is a shared small value or none.
 */
static inline __attribute__((always_inline)) Token *
new_token(Reader *reader, TokenKind kind, size_t start, size_t end,
		  size_t line, bool separated, char *value, const char *unit)
{
	Token	   *token;

	if (!reserve_one(reader, (void **) &reader->tokens.items,
					 reader->tokens.count, &reader->tokens.capacity, sizeof(Token)))
		return NULL;
	token = &reader->tokens.items[reader->tokens.count++];
	reader->number_count += kind == TOKEN_NUMBER;
	token->kind = kind;
	token->start = start;
	token->end = end;
	token->line = line;
	token->separated = separated;
	token->value = value;
	token->unit = unit;
	token->emitted = false;
	token->national = false;
	token->copy = NULL;
	token->traditional = -1;
	token->table3_row = PATTERN_UNKNOWN;
	token->table3_group = PATTERN_UNKNOWN;
	token->prose = -1;
	token->probes = 0;
	token->format_label = 0;
	return token;
}

static inline __attribute__((always_inline)) bool
append_token(Reader *reader, TokenKind kind, size_t start, size_t end,
			 size_t line, bool separated, char *value, const char *unit)
{
	if (new_token(reader, kind, start, end, line, separated, value, unit) == NULL)
		return false;
	/* where values from env are, for reader_free (small values are static) */
	if (value != NULL && !is_small_value(value))
	{
		if (reader->allocated_from > reader->tokens.count - 1)
			reader->allocated_from = reader->tokens.count - 1;
		reader->allocated_to = reader->tokens.count;
	}
	return true;
}

/*
 * The canonical decimals of 0..999, shared by every cell that prints one
 * (most cells of a table): no allocation for them.  Made on first use.
 */
#define SMALL_VALUES 1000
static char small_values[SMALL_VALUES][4];
static bool small_values_made = false;

static bool
is_small_value(const char *value)
{
	uintptr_t	address = (uintptr_t) value;

	return address >= (uintptr_t) small_values[0] &&
		address < (uintptr_t) small_values[SMALL_VALUES];
}

/* Fill small_values, once per process. */
static void
make_small_values(void)
{
	int			n;

	for (n = 0; n < SMALL_VALUES; n++)
	{
		char	   *digits = small_values[n];

		if (n >= 100)
			*digits++ = (char) ('0' + n / 100);
		if (n >= 10)
			*digits++ = (char) ('0' + n / 10 % 10);
		*digits++ = (char) ('0' + n % 10);
		*digits = '\0';
	}
	small_values_made = true;
}

/* Release a number's value unless it is one of the shared small values. */
static void
release_value(Reader *reader, char *value)
{
	if (value != NULL && !is_small_value(value))
		gr_release(reader->env, value);
}

/*
 * A cell of ASCII digits only (at most 64, what gr_number_scan reads the
 * same way): its canonical decimal, the digits without leading zeros, from
 * the shared small values or from env; false for any other cell.
 */
static inline __attribute__((always_inline)) bool
plain_digits(Reader *reader, size_t start, size_t end, char **value)
{
	const char *text = reader->text;
	size_t		first;
	size_t		i;

	if (!small_values_made)
		make_small_values();
	/* up to three digits (most cells): their value is a small value */
	if (end - start <= 3)
	{
		unsigned	n = 0;

		for (i = start; i < end; i++)
		{
			unsigned	digit = (unsigned) ((unsigned char) text[i] - '0');

			if (digit > 9)
				return false;
			n = n * 10 + digit;
		}
		*value = small_values[n];
		return true;
	}
	if (end - start > 64)
		return false;
	for (i = start; i < end; i++)
		if (!text_is_digit(text[i]))
			return false;
	first = start;
	while (first + 1 < end && text[first] == '0')
		first++;
	if (end - first <= 3)
	{
		int			n = 0;

		for (i = first; i < end; i++)
			n = n * 10 + (text[i] - '0');
		*value = small_values[n];
		return true;
	}
	*value = gr_alloc(reader->env, end - first + 1);
	if (*value == NULL)
	{
		reader->status = GR_NOMEM;
		return true;
	}
	memcpy(*value, text + first, end - first);
	(*value)[end - first] = '\0';
	return true;
}

/*
 * gr_number_can_start, remembered for the last code point of each of 256
 * slots (a pure function of the code point; cells begin with few distinct
 * characters).
 */
static uint32_t can_start_cps[256];
static bool can_start_answers[256];
static bool can_start_made = false;

static inline bool
number_can_start(uint32_t cp)
{
	size_t		slot = cp & 255;

	if (!can_start_made)
	{
		size_t		i;

		for (i = 0; i < 256; i++)
			can_start_cps[i] = GR_INVALID_CP;
		can_start_made = true;
	}
	if (can_start_cps[slot] != cp)
	{
		can_start_answers[slot] = gr_number_can_start(cp);
		can_start_cps[slot] = cp;
	}
	return can_start_answers[slot];
}

/*
 * Whether text[start, end) may hold an Arabic digit: an ASCII digit or the
 * bytes of a fullwidth one (０-９, EF BC 90-99).  A number that
 * gr_number_scan flags GR_NUM_ARABIC has one.
 */
static bool
has_arabic_digit(const char *text, size_t start, size_t end)
{
	const unsigned char *u = (const unsigned char *) text;
	size_t		i;

	for (i = start; i < end; i++)
		if ((unsigned char) (u[i] - '0') < 10 ||
			(u[i] == 0xEF && i + 2 < end && u[i + 1] == 0xBC &&
			 (unsigned char) (u[i + 2] - 0x90) < 10))
			return true;
	return false;
}

/*
 * Whether a cell that begins with a digit is a numbered label, "1.属于国家秘密",
 * "2、…": up to 64 ASCII digits, then ".", "、" or "．" not followed by an
 * Arabic digit.  gr_number_scan reads such a cell as the number of its
 * digits, ending at the mark (no decimal point without a digit after it,
 * no suffix it reads begins with one of these), and no unit begins with
 * one: a label, without the scan.
 */
static bool
is_numbered_label(const char *text, size_t start, size_t end)
{
	const unsigned char *u = (const unsigned char *) text;
	size_t		p = start;

	while (p < end && text_is_digit(u[p]))
		p++;
	if (p == start || p - start > 64 || p >= end)
		return false;
	if (u[p] == '.')
		p++;
	else if (end - p >= 3 && memcmp(text + p, "\xE3\x80\x81", 3) == 0)	/* 、 */
		p += 3;
	else if (end - p >= 3 && memcmp(text + p, "\xEF\xBC\x8E", 3) == 0)	/* ． */
		p += 3;
	else
		return false;
	/* not a decimal point: no Arabic digit (0-9, ０-９) after it */
	if (p < end && text_is_digit(u[p]))
		return false;
	if (end - p >= 3 && u[p] == 0xEF && u[p + 1] == 0xBC && u[p + 2] >= 0x90 && u[p + 2] <= 0x99)
		return false;
	return true;
}

/*
 * What the cell text[start, end) holds (trimmed: its callers cut cells at
 * white space or trim them).  For a number, *value is its canonical decimal
 * (from env, or a shared small value) and *unit the unit printed after it.
 */
static inline __attribute__((always_inline)) TokenKind
classify(Reader *reader, size_t start, size_t end, char **value,
		 const char **unit, size_t *number_end)
{
	GrNumber	number;
	GrStatus	status;
	size_t		rest;
	size_t		p;
	uint32_t	cp;
	unsigned char c;
	int			i;

	*value = NULL;
	*unit = NULL;
	if (start == end)
		return TOKEN_EMPTY;
	c = (unsigned char) reader->text[start];
	/* most cells are plain digits: read as gr_number_scan would */
	if (text_is_digit(c))
	{
		if (plain_digits(reader, start, end, value))
		{
			*number_end = end;
			return TOKEN_NUMBER;
		}
		if (is_numbered_label(reader->text, start, end))
			return TOKEN_LABEL;
	}
	/* the longest mark is ——; every mark begins with one of these bytes */
	if (end - start <= 6 &&
		(c == '/' || c == '-' || c == '\\' || c == 0xEF || c == 0xE2 || c == 0xE6))
		for (i = 0; empty_marks[i].text; i++)
			if (end - start == empty_marks[i].len &&
				memcmp(reader->text + start, empty_marks[i].text, end - start) == 0)
				return TOKEN_EMPTY;
	p = start;
	cp = gr_utf8_decode_fast(reader->text, end, &p);
	if (cp == GR_INVALID_CP || !number_can_start(cp))
		return TOKEN_LABEL;
	/* no Arabic digit: the scan could not read a number of Arabic digits */
	if (!has_arabic_digit(reader->text, start, end))
		return TOKEN_LABEL;
	status = gr_number_scan(reader->env, reader->text, end, start, &number);
	if (status == GR_NOMEM || status == GR_TOO_LARGE)
	{
		reader->status = status;
		return TOKEN_LABEL;
	}
	if (status != GR_OK)
		return TOKEN_LABEL;
	/* table cells print Arabic digits; a lone 一 is a header character */
	if (!(number.flags & GR_NUM_ARABIC))
	{
		gr_release(reader->env, number.value);
		return TOKEN_LABEL;
	}
	rest = number.end;
	trim(reader->text, &rest, &end);
	if (rest == end)
	{
		*value = number.value;
		*number_end = number.end;
		/* 10.9% (or ％): the percent sign is the cell's unit */
		if (number.flags & GR_NUM_PERCENT)
			*unit = "%";
		return TOKEN_NUMBER;
	}
	/* the longest unit, 个工作日, is 12 bytes */
	for (i = 0; end - rest <= 12 && cell_units[i]; i++)
		if (end - rest == strlen(cell_units[i]) &&
			memcmp(reader->text + rest, cell_units[i], end - rest) == 0)
		{
			*value = number.value;
			*unit = (key_equals(cell_units[i], "％")) ? "%" : cell_units[i];
			*number_end = end;
			return TOKEN_NUMBER;
		}
	gr_release(reader->env, number.value);
	return TOKEN_LABEL;
}

/* Add the cell text[start, end) of a line, trimmed, as a token. */
static inline __attribute__((always_inline)) bool
add_cell(Reader *reader, size_t start, size_t end, size_t line, bool separated)
{
	char	   *value;
	const char *unit;
	size_t		number_end = end;
	TokenKind	kind;

	kind = classify(reader, start, end, &value, &unit, &number_end);
	if (reader->status != GR_OK)
		return false;
	if (kind == TOKEN_NUMBER)
		end = number_end;
	return append_token(reader, kind, start, end, line, separated, value, unit);
}

/*
 * Drop the tokens from first on (cells of a line that turned out to hold
 * none), releasing their values.
 */
static void
drop_tokens(Reader *reader, size_t first)
{
	while (reader->tokens.count > first)
	{
		Token	   *token = &reader->tokens.items[--reader->tokens.count];

		release_value(reader, token->value);
	}
}

/*
 * The empty pieces of a line from piece start `from` up to the piece that
 * starts at `to`, as empty cells: each is followed by a separator.
 */
static bool
add_empty_pieces(Reader *reader, size_t from, size_t to, size_t line_end, size_t line)
{
	while (from < to)
	{
		size_t		sep = 0;
		size_t		end = find_separator(reader, from, line_end, &sep);
		size_t		s = from;
		size_t		e = end;

		GR_POLL(reader->env, reader->poll_counter);
		trim(reader->text, &s, &e);
		if (!add_cell(reader, s, e, line, true))
			return false;
		from = end + sep;
	}
	return true;
}

/*
 * Whether the piece at text[start, line_end) is spaces, one to three ASCII
 * digits, spaces, then "|", a tab or the end of the line: the start of its
 * digits (SIZE_MAX when it is not such a piece), their end in *digits_end,
 * their value in *value (read as they are passed) and the separator's
 * place (line_end at the end) in *separator.
 */
static inline __attribute__((always_inline)) size_t
small_number_piece(const char *text, size_t start, size_t line_end,
				   size_t *digits_end, size_t *separator, unsigned *value)
{
	size_t		q = start;
	size_t		digits;
	unsigned	n = 0;

	while (q < line_end && text[q] == ' ')
		q++;
	digits = q;
	while (q < line_end && q - digits < 4 && text_is_digit(text[q]))
		n = n * 10 + (unsigned) (text[q++] - '0');
	if (q == digits || q - digits > 3)
		return SIZE_MAX;
	*digits_end = q;
	*value = n;
	while (q < line_end && text[q] == ' ')
		q++;
	if (q < line_end && text[q] != '|' && text[q] != '\t')
		return SIZE_MAX;
	*separator = q;
	return digits;
}

/*
 * Cut a line with separators into cells, in one pass: every piece between
 * separators, trimmed, is a cell, except an empty first or last piece (the
 * line began or ended with a separator).  A line of markdown rules
 * (---, :--:) and empty pieces gives no cells, nor does a line of bare
 * separators, except that a lone "|" is an empty cell after a line that
 * ended in "|" (see below).  Cells are added as the pass meets them and
 * dropped again when the line turns out to be one of those; empty pieces
 * before the first piece with text wait until it comes (add_empty_pieces),
 * so that a long line of bare separators makes no tokens at all.
 */
static bool
split_separated(Reader *reader, size_t line_start, size_t line_end, size_t line)
{
	const char *text = reader->text;
	size_t		first_token = reader->tokens.count;
	size_t		pipes = 0;
	bool		has_text = false;
	bool		all_rules = true;
	size_t		first_sep = line_end;
	size_t		piece_start = line_start;
	size_t		pos = line_start;
	bool		first_piece = true;
	bool		last_piece_empty = false;
	char		last_separator = 0;	/* its first byte */
	size_t		waiting = SIZE_MAX;	/* the first empty piece not yet added */

	for (;;)
	{
		size_t		sep = 0;
		size_t		s = piece_start;
		size_t		e;
		size_t		digits_end;
		unsigned	n;

		GR_POLL(reader->env, reader->poll_counter);

		/*
		 * A line that ends in a separator (most rows of a table) ends with an
		 * empty piece, which the steps below would not add: the last piece.
		 */
		if (piece_start == line_end)
		{
			last_piece_empty = true;
			break;
		}

		/*
		 * Most pieces of a table are a number of one to three digits between
		 * spaces, then "|", a tab or the line's end: what the steps below
		 * would make of such a piece (a number cell of a small value; the
		 * line has text and is no markdown rule), made here without them.
		 */
		s = small_number_piece(text, piece_start, line_end, &digits_end, &pos, &n);
		if (s != SIZE_MAX)
		{
			has_text = true;
			all_rules = false;
			last_piece_empty = false;
			if (waiting != SIZE_MAX &&
				!add_empty_pieces(reader, waiting, piece_start, line_end, line))
				return false;
			waiting = SIZE_MAX;
			if (new_token(reader, TOKEN_NUMBER, s, digits_end, line, true,
						  small_values[n], NULL) == NULL)
				return false;
			if (pos == line_end)
				break;			/* the last piece */
			if (text[pos] != '\t')
				pipes++;
			last_separator = text[pos];
			if (first_piece)
				first_sep = pos;
			first_piece = false;
			pos++;
			piece_start = pos;
			continue;
		}
		s = piece_start;
		pos = find_separator(reader, piece_start, line_end, &sep);
		e = pos;
		trim(text, &s, &e);
		last_piece_empty = s == e;
		if (s < e)
		{
			has_text = true;
			if (all_rules && !(is_rule_start(text[s]) && is_rule_cell(text, s, e)))
				all_rules = false;
			if (waiting != SIZE_MAX &&
				!add_empty_pieces(reader, waiting, piece_start, line_end, line))
				return false;
			waiting = SIZE_MAX;
		}
		if (!(s == e && (first_piece || sep == 0)))
		{
			if (s == e && !has_text)
			{
				if (waiting == SIZE_MAX)
					waiting = piece_start;
			}
			else if (!add_cell(reader, s, e, line, true))
				return false;
		}
		if (sep == 0)
			break;
		if (text[pos] != '\t')
			pipes++;
		last_separator = text[pos];
		if (first_piece)
			first_sep = pos;
		first_piece = false;
		pos += sep;
		piece_start = pos;
	}
	if (!has_text)
	{
		/*
		 * A lone "|" is an empty cell where cells are printed "0 |" one per
		 * line; where they are printed between lines of "|", it is the
		 * separator after a cell, and a second one in a row is empty.
		 */
		bool		empty = pipes == 1 && reader->previous_line_ends_in_pipe;

		drop_tokens(reader, first_token);
		reader->previous_line_ends_in_pipe = pipes == 1;
		if (empty)
			return append_token(reader, TOKEN_EMPTY, first_sep, first_sep + 1,
								line, true, NULL, NULL);
		return true;
	}
	/*
	 * Whether the line, trimmed, ends in "|": not when its last piece has
	 * text (no piece holds a separator), when it ends in a "|" or "｜"
	 * separator as that one says; after a tab, trimming goes on past it.
	 */
	if (!last_piece_empty)
		reader->previous_line_ends_in_pipe = false;
	else if (last_separator != '\t')
		reader->previous_line_ends_in_pipe = last_separator == '|';
	else
	{
		size_t		trimmed_start = line_start;
		size_t		trimmed_end = line_end;

		trim(text, &trimmed_start, &trimmed_end);
		reader->previous_line_ends_in_pipe = text[trimmed_end - 1] == '|';
	}
	if (all_rules)
		drop_tokens(reader, first_token);
	return true;
}

/* Whether text[start, end) may end with a number cell or an empty mark. */
static bool
may_end_cell(const char *text, size_t start, size_t end)
{
	size_t		p = end - 1;
	unsigned char last = (unsigned char) text[end - 1];

	if (last < 0x80)
		return (last >= '0' && last <= '9') || last == '%' || last == '/' ||
			last == '-' || last == '\\';
	while (p > start && ((unsigned char) text[p] & 0xC0) == 0x80)
		p--;
	switch (gr_utf8_decode(text, end, &p))
	{
			/* 元件条个项次人家份天日户篇期场％无—－／…０-９ */
		case 0x5143:
		case 0x4EF6:
		case 0x6761:
		case 0x4E2A:
		case 0x9879:
		case 0x6B21:
		case 0x4EBA:
		case 0x5BB6:
		case 0x4EFD:
		case 0x5929:
		case 0x65E5:
		case 0x6237:
		case 0x7BC7:
		case 0x671F:
		case 0x573A:
		case 0xFF05:
		case 0x65E0:
		case 0x2014:
		case 0xFF0D:
		case 0xFF0F:
		case 0x2026:
		case 0xFF10:
		case 0xFF11:
		case 0xFF12:
		case 0xFF13:
		case 0xFF14:
		case 0xFF15:
		case 0xFF16:
		case 0xFF17:
		case 0xFF18:
		case 0xFF19:
			return true;
		default:
			return false;
	}
}

/*
 * A line without separators: PDF text.  A run of space-separated numbers
 * (and empty marks) at its end is a row of cells, the text before it a
 * label; otherwise the line is one label.
 */
static bool
split_plain(Reader *reader, size_t line_start, size_t line_end, size_t line)
{
	size_t		starts[64];
	size_t		ends[64];
	int			count = 0;
	size_t		pos = line_end;
	int			suffix;
	int			numbers = 0;
	int			i;

	trim(reader->text, &line_start, &line_end);
	if (line_start == line_end)
		return true;
	reader->previous_line_ends_in_pipe = false;
	/* a row of numbers ends in a digit, %, a unit or an empty mark */
	if (!may_end_cell(reader->text, line_start, line_end))
		return append_token(reader, TOKEN_LABEL, line_start, line_end, line,
							false, NULL, NULL);
	/* collect up to 64 whitespace-separated words from the end */
	pos = line_end;
	while (pos > line_start && count < 64)
	{
		size_t		word_end = pos;
		size_t		next;

		GR_POLL(reader->env, reader->poll_counter);
		while (pos > line_start)
		{
			size_t		p = pos - 1;

			GR_POLL(reader->env, reader->poll_counter);	/* words can be long */
			while (p > line_start && (reader->text[p] & 0xC0) == 0x80)
				p--;
			if (is_space_at(reader->text, line_end, p, &next))
				break;
			pos = p;
		}
		starts[count] = pos;
		ends[count] = word_end;
		count++;
		while (pos > line_start)
		{
			size_t		p = pos - 1;

			GR_POLL(reader->env, reader->poll_counter);
			while (p > line_start && (reader->text[p] & 0xC0) == 0x80)
				p--;
			if (!is_space_at(reader->text, line_end, p, &next))
				break;
			pos = p;
		}
		/* a long word is prose: stop looking */
		if (ends[count - 1] - starts[count - 1] > 40)
			break;
	}
	/* how many trailing words are numbers or empty marks */
	for (suffix = 0; suffix < count; suffix++)
	{
		char	   *value;
		const char *unit;
		size_t		number_end;
		TokenKind	kind = classify(reader, starts[suffix], ends[suffix],
									&value, &unit, &number_end);

		if (reader->status != GR_OK)
			return false;
		if (kind == TOKEN_LABEL)
			break;
		if (kind == TOKEN_NUMBER)
		{
			numbers++;
			release_value(reader, value);
		}
	}
	if (numbers == 0)
		return append_token(reader, TOKEN_LABEL, line_start, line_end, line,
							false, NULL, NULL);
	if (suffix < count || pos > line_start)
	{
		/* the label before the numbers */
		size_t		label_end = starts[suffix - 1];

		trim(reader->text, &line_start, &label_end);
		if (line_start < label_end &&
			!append_token(reader, TOKEN_LABEL, line_start, label_end, line,
						  false, NULL, NULL))
			return false;
	}
	for (i = suffix - 1; i >= 0; i--)
		if (!add_cell(reader, starts[i], ends[i], line, false))
			return false;
	return true;
}

/*
 * The end of the line that starts at pos (its '\n', or the end of the
 * text), and in *separated whether the line has a separator: "|", tab or
 * "｜" (EF BD 9C).  One pass, sixteen bytes at a time with SSE2 and no
 * calls: lines are short (a memchr per question cost more in calls than in
 * bytes), polled per round (a line can be the whole text).  A round finds
 * the bytes of each kind by masks, and "｜" by shifting the masks of its
 * three bytes onto each other (an EF or BD at the end of the round before
 * carried in): no branch per byte 9C, the last byte of many other Chinese
 * characters.
 */
static inline __attribute__((always_inline)) size_t
line_scan(Reader *reader, size_t pos, bool *separated)
{
	const unsigned char *text = (const unsigned char *) reader->text;
	size_t		line_start = pos;
	size_t		len = reader->len;
	bool		found = false;

#ifdef __SSE2__
	unsigned	carried_leads = 0;	/* bit 0, 1: EF at byte 14, 15 before */
	unsigned	carried_middle = 0; /* bit 0: BD at byte 15 before */

	while (pos + 16 <= len)
	{
		__m128i		bytes = _mm_loadu_si128((const __m128i *) (text + pos));
		unsigned	newline = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')));
		unsigned	marks = (unsigned) _mm_movemask_epi8(
												_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('|')),
															 _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t'))));
		unsigned	leads = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8((char) 0xEF)));
		unsigned	middles = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8((char) 0xBD)));
		unsigned	lasts = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8((char) 0x9C)));
		/* the bytes of this line among the sixteen: all when no '\n' */
		unsigned	in_line = (newline - 1) & ~newline;
		/* the 9C one byte after a BD and two after an EF: a "｜" ends there */
		unsigned	bars = lasts & ((middles << 1) | carried_middle) &
			((leads << 2) | carried_leads);

		GR_POLL(reader->env, reader->poll_counter);
		found |= ((marks | bars) & in_line) != 0;
		if (newline)
		{
			*separated = found;
			return pos + (size_t) __builtin_ctz(newline);
		}
		carried_leads = leads >> 14;
		carried_middle = middles >> 15;
		pos += 16;
	}
#endif
	for (; pos < len && text[pos] != '\n'; pos++)
		if (!found && (text[pos] == '|' || text[pos] == '\t' ||
					   (text[pos] == 0x9C && pos - line_start >= 2 &&
						text[pos - 2] == 0xEF && text[pos - 1] == 0xBD)))
			found = true;
	*separated = found;
	return pos;
}

/*
 * Room for the tokens up front, from the lines and separators of the text
 * (a pass at memchr speed, polled): growing a large token array by copying
 * it would hold the reader for the length of the copy between two polls.
 * An estimate only; the array still grows past it (a piece at a time
 * between polls, see grow_one), and when the room cannot be had the array
 * grows from nothing as before.  Up to the most one array may hold: one
 * line of text and millions of empty cells (`a` then 8 million `| `) is a
 * row of 8 million tokens, which fits the room reserved for it.
 */
static void
reserve_tokens(Reader *reader)
{
	const unsigned char *text = (const unsigned char *) reader->text;
	size_t		marks = 0;
	bool		after_mark = false;
	size_t		estimate;
	size_t		cap = GR_MAX_ALLOC / sizeof(Token);
	size_t		pos;
	Token	   *items;

	/*
	 * Below a megabyte, copies are short: no pass, but room for a token per
	 * sixteen bytes (tables print one per ten to twenty), so that a table
	 * grows its array once or not at all; below 64 KB (most reports) one per
	 * eight, so that one cell per line ("0" then "|") does not grow it.
	 */
	if (reader->len < 1048576)
	{
		estimate = reader->len / (reader->len < 65536 ? 8 : 16) + 64;
		items = gr_alloc(reader->env, estimate * sizeof(Token));
		if (items != NULL)
		{
			reader->tokens.items = items;
			reader->tokens.capacity = estimate;
		}
		return;
	}
	/*
	 * Marks right after a mark (blank lines, `||||` residue, runs of tabs)
	 * are not counted: they hold no token, and the room is address space
	 * that a server under strict overcommit must be able to commit (16 MB
	 * of line breaks asked for 576 MB).  A line of text whose empty cells
	 * go past the room grows it a piece at a time between polls.
	 */
	for (pos = 0; pos < reader->len;)
	{
		size_t		chunk_end = reader->len - pos > 64 ? pos + 64 : reader->len;

		for (; pos < chunk_end; pos++)
		{
			bool		mark = text[pos] == '\n' || text[pos] == '|' || text[pos] == '\t';

			marks += mark && !after_mark;
			after_mark = mark;
		}
		GR_POLL(reader->env, reader->poll_counter);
	}
	/* a line gives a label and its cells: about two tokens per mark */
	estimate = 2 * marks + 64;
	if (estimate > reader->len / 2 + 64)
		estimate = reader->len / 2 + 64;
	if (estimate > cap)
		estimate = cap;
	items = gr_alloc(reader->env, estimate * sizeof(Token));
	if (items == NULL)
		return;
	reader->tokens.items = items;
	reader->tokens.capacity = estimate;
}

static bool
tokenize(Reader *reader)
{
	size_t		pos = 0;
	size_t		line = 0;

	if (!small_values_made)
		make_small_values();	/* split_separated's small numbers */
	reserve_tokens(reader);

	while (pos < reader->len)
	{
		size_t		line_start = pos;
		size_t		line_end;
		bool		separated = false;

		GR_POLL(reader->env, reader->poll_counter);
		line_end = line_scan(reader, pos, &separated);
		pos = line_end;
		if (line_end > line_start && reader->text[line_end - 1] == '\r')
			line_end--;
		if (separated ? !split_separated(reader, line_start, line_end, line)
			: !split_plain(reader, line_start, line_end, line))
			return false;
		pos++;
		line++;
	}
	return reader->status == GR_OK;
}

/* ---------- pass 2: the national tables ---------- */

typedef struct RowPattern
{
	const char *keyword;
	const char *alternative;	/* or NULL */
	const char *key;
} RowPattern;

/*
 * A key of a pattern list as a token and FormatLabel keep it, in a byte:
 * the index + 1 of the first pattern with that key (the same pointer), 0
 * for none.
 */
static unsigned char
pattern_index(const RowPattern *patterns, const char *key)
{
	int			i;

	if (key != NULL)
		for (i = 0; patterns[i].keyword; i++)
			if (patterns[i].key == key)
				return (unsigned char) (i + 1);
	return 0;
}

/* The key of a pattern index (pattern_index, match_pattern_uncached). */
static inline const char *
pattern_key(const RowPattern *patterns, unsigned char index)
{
	return index ? patterns[index - 1].key : NULL;
}

/* Leaf rows of table 3, in the format's order. */
static const RowPattern table3_rows[] = {
	{"本年新收", NULL, "new"},
	{"上年结转", NULL, "carried_in"},
	{"予以公开", NULL, "granted"},
	{"部分公开", NULL, "partly_granted"},
	{"国家秘密", NULL, "withheld.state_secret"},
	{"禁止公开", NULL, "withheld.prohibited_by_law"},
	{"三安全一稳定", "危及", "withheld.security_stability"},
	{"第三方", NULL, "withheld.third_party"},
	{"内部事务", NULL, "withheld.internal_affairs"},
	{"过程性", NULL, "withheld.process_info"},
	{"执法案卷", NULL, "withheld.enforcement_files"},
	{"查询事项", NULL, "withheld.inquiry_matters"},
	{"不掌握", NULL, "unavailable.not_held"},
	{"另行制作", NULL, "unavailable.needs_creation"},
	{"仍不明确", "补正后", "unavailable.unclear_after_correction"},
	{"信访", NULL, "not_processed.petition"},
	{"重复申请", NULL, "not_processed.repeated"},
	{"出版物", NULL, "not_processed.publications"},
	{"大量反复", NULL, "not_processed.excessive"},
	{"重新出具", NULL, "not_processed.confirmation"},
	{"逾期不补正", NULL, "other.no_correction"},
	{"缴纳费用", "收费通知", "other.unpaid_fee"},

	/*
	 * The first words of long labels, for PDF text whose narrow label column
	 * wrapped a label before its keyword ("2.其他法律行政法规禁止" then
	 * "公开" on the next line).  Each names one row only.
	 */
	{"其他法律", NULL, "withheld.prohibited_by_law"},
	{"属于三类", NULL, "withheld.internal_affairs"},
	{"属于四类", NULL, "withheld.process_info"},
	{"属于行政执法", NULL, "withheld.enforcement_files"},
	{"属于行政查询", NULL, "withheld.inquiry_matters"},
	{"没有现成", NULL, "unavailable.needs_creation"},
	{"要求提供", NULL, "not_processed.publications"},
	{"理由大量", NULL, "not_processed.excessive"},
	{"机关确认", NULL, "not_processed.confirmation"},
	{"申请人无正当", NULL, "other.no_correction"},
	{"申请人逾期", NULL, "other.unpaid_fee"},
	{"其他处理", NULL, "other"},
	{"总计", NULL, "total"},
	{"结转下年度", NULL, "carried_out"},
	{NULL, NULL, NULL}
};

/* Group labels of table 3 and the family of keys they head. */
static const RowPattern table3_groups[] = {
	{"本年度办理结果", "本年度办理", "results"},
	{"不予公开", NULL, "withheld"},
	{"无法提供", NULL, "unavailable"},
	{"不予处理", NULL, "not_processed"},
	{NULL, NULL, NULL}
};

static const char *const table3_columns[7] = {
	"natural_person", "business", "research", "social_org", "legal_service",
	"other_org", "total"
};
static const char *const table3_column_labels[7] = {
	"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"
};

static const char *const table4_columns[5] = {
	"upheld", "corrected", "other", "pending", "total"
};
static const char *const table4_column_labels[5] = {
	"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"
};
static const char *const table4_row_keys[3] = {
	"review", "litigation_direct", "litigation_after_review"
};
static const char *const table4_row_labels[3] = {
	"行政复议", "行政诉讼 / 未经复议直接起诉", "行政诉讼 / 复议后起诉"
};

/* Table 2: rows, and columns per 第二十条 item and form. */
static const RowPattern table2_rows[] = {
	{"规范性文件", NULL, "normative_documents"},
	{"规章", NULL, "rules"},
	{"行政许可", NULL, "licensing"},
	{"对外管理服务", NULL, "other_services"},
	{"行政处罚", NULL, "penalties"},
	{"行政强制", NULL, "enforcement"},
	{"行政事业性收", NULL, "fees"},
	{"集中采购", NULL, "procurement"},
	{NULL, NULL, NULL}
};

typedef struct BlockColumns
{
	int			item;
	int			form;
	int			count;
	const char *keys[3];
	const char *labels[3];
} BlockColumns;

static const BlockColumns block_columns[] = {
	{1, 2021, 3, {"issued", "repealed", "in_force"},
	{"本年制发件数", "本年废止件数", "现行有效件数"}},
	{5, 2021, 1, {"decisions"}, {"本年处理决定数量"}},
	{6, 2021, 1, {"decisions"}, {"本年处理决定数量"}},
	{8, 2021, 1, {"amount_10k_yuan"}, {"本年收费金额（单位：万元）"}},
	{1, 2019, 3, {"made", "published", "total_public"},
	{"本年新制作数量", "本年新公开数量", "对外公开总数量"}},
	{5, 2019, 3, {"prior_items", "change", "decisions"},
	{"上一年项目数量", "本年增/减", "处理决定数量"}},
	{6, 2019, 3, {"prior_items", "change", "decisions"},
	{"上一年项目数量", "本年增/减", "处理决定数量"}},
	{8, 2019, 2, {"prior_items", "change"}, {"上一年项目数量", "本年增/减"}},
	{9, 2019, 2, {"projects", "amount"}, {"采购项目数量", "采购总金额"}},
	{0, 0, 0, {NULL}, {NULL}}
};

static const BlockColumns *
find_block_columns(int item, int form)
{
	int			i;

	for (i = 0; block_columns[i].item; i++)
		if (block_columns[i].item == item && block_columns[i].form == form)
			return &block_columns[i];
	return NULL;
}

/* Words of a column header that only one form prints. */
static int
header_form(const Reader *reader, size_t index)
{
	static const char *const only2019[] = {
		"新制作", "新公开", "对外公开总", "上一年项目", "增/减", "增减", "采购", NULL
	};
	static const char *const only2021[] = {
		"制发", "废止", "现行有效", "收费金额", "本年处理决定", NULL
	};
	const FormatLabel *format = format_label_of(reader, index);
	int			i;

	if (format)
		return format->header_form;
	for (i = 0; only2019[i]; i++)
		if (token_contains(reader, index, only2019[i]))
			return 2019;
	for (i = 0; only2021[i]; i++)
		if (token_contains(reader, index, only2021[i]))
			return 2021;
	return 0;
}

static bool pattern_candidates(const Reader *reader, size_t index,
							   const RowPattern *patterns, uint64_t *candidates,
							   const uint64_t **keyword_signatures);

/*
 * The table 2 row a label names: the row word printed first, since notes
 * after the name ("其他对外管理服务事项（指行政许可以外的…）") name other rows.
 */
static const char *
match_table2_row(const Reader *reader, size_t index)
{
	const char *best = NULL;
	size_t		best_at = SIZE_MAX;
	int			i;

	uint64_t	candidates;
	const uint64_t *keyword_signatures;
	const FormatLabel *format = format_label_of(reader, index);

	if (format)
		return pattern_key(table2_rows, format->table2_row);
	if (is_prose(reader, index))
		return NULL;
	/* the rows whose characters the label has, in order (see match_pattern) */
	if (pattern_candidates(reader, index, table2_rows, &candidates, &keyword_signatures))
	{
		const Token *token = &reader->tokens.items[index];

		for (; candidates; candidates &= candidates - 1)
		{
			size_t		at;

			i = __builtin_ctzll(candidates);
			if ((keyword_signatures[i] & ~token->signature) != 0)
				continue;
			at = token_search(reader, token, table2_rows[i].keyword);
			if (at < best_at)
			{
				best_at = at;
				best = table2_rows[i].key;
			}
		}
		return best;
	}
	for (i = 0; table2_rows[i].keyword; i++)
	{
		size_t		at = token_find(reader, index, table2_rows[i].keyword);

		if (at < best_at)
		{
			best_at = at;
			best = table2_rows[i].key;
		}
	}
	return best;
}

static unsigned char match_pattern_uncached(const Reader *reader, size_t index,
											const RowPattern *patterns);

/* The key of the first pattern a label matches, or NULL. */
static const char *
match_pattern(const Reader *reader, size_t index, const RowPattern *patterns)
{
	Token	   *token = &reader->tokens.items[index];

	/* a format label not looked up yet: its caches are filled by the lookup */
	if (token->traditional < 0)
		known_label(reader, token);
	/* table 3's rows and groups are asked about often: kept per token */
	if (patterns == table3_rows)
	{
		if (token->table3_row == PATTERN_UNKNOWN)
			token->table3_row = match_pattern_uncached(reader, index, patterns);
		return pattern_key(patterns, token->table3_row);
	}
	if (patterns == table3_groups)
	{
		if (token->table3_group == PATTERN_UNKNOWN)
			token->table3_group = match_pattern_uncached(reader, index, patterns);
		return pattern_key(patterns, token->table3_group);
	}
	return pattern_key(patterns, match_pattern_uncached(reader, index, patterns));
}

/*
 * The keyword signatures of a pattern list, in its order, made once per
 * process: match_pattern tests a label against every keyword of a list,
 * and looking each keyword's signature up by address costs more than the
 * test.  Room for the lists of this file (at most 48 patterns each).
 */
#define PATTERN_LISTS 4
#define PATTERN_MAX 48

typedef struct PatternSignatures
{
	const RowPattern *patterns;
	uint64_t	keyword[PATTERN_MAX];
	uint64_t	alternative[PATTERN_MAX];	/* all bits when there is none */
	int			count;
	/*
	 * An index: each keyword and alternative is filed under one bit of its
	 * signature; patterns[bit] is the set of patterns (bit i for pattern
	 * i) filed under that bit, used the bits some pattern is filed under.
	 * A label whose signature lacks a pattern's filed bits cannot match it.
	 */
	uint64_t	filed[64];
	uint64_t	used;
} PatternSignatures;

static PatternSignatures pattern_signatures[PATTERN_LISTS];

/*
 * The bit of signature to file a keyword under: the one fewest keywords of
 * the list have (a character rare among the keywords is likely rare in
 * labels too).
 */
static int
filing_bit(const PatternSignatures *entry, uint64_t signature)
{
	int			best = -1;
	int			best_count = INT32_MAX;
	int			bit;
	int			i;

	for (bit = 0; bit < 64; bit++)
	{
		int			count = 0;

		if (!(signature & (UINT64_C(1) << bit)))
			continue;
		for (i = 0; i < entry->count; i++)
			count += ((entry->keyword[i] >> bit) & 1) + (entry->alternative[i] != ~UINT64_C(0) &&
														 ((entry->alternative[i] >> bit) & 1));
		if (count < best_count)
		{
			best = bit;
			best_count = count;
		}
	}
	return best;
}

/*
 * File pattern i under the bit filing_bit picks for one of its signatures; a
 * keyword of no characters is filed under every bit.
 */
static void
file_keyword(PatternSignatures *entry, int i, uint64_t signature)
{
	int			bit = filing_bit(entry, signature);

	if (bit < 0)
	{
		for (bit = 0; bit < 64; bit++)
			entry->filed[bit] |= UINT64_C(1) << i;
		entry->used = ~UINT64_C(0);
	}
	else
	{
		entry->filed[bit] |= UINT64_C(1) << i;
		entry->used |= UINT64_C(1) << bit;
	}
}

static const PatternSignatures *signatures_make(const RowPattern *patterns);

/*
 * The signatures of patterns, or NULL for a list there is no room for.
 * The lists made are looked for inline first (asked once per label).
 */
static inline __attribute__((always_inline)) const PatternSignatures *
signatures_of(const RowPattern *patterns)
{
	int			list;

	for (list = 0; list < PATTERN_LISTS; list++)
		if (pattern_signatures[list].patterns == patterns)
			return &pattern_signatures[list];
	return signatures_make(patterns);
}

/* signatures_of for a list not made yet: make it. */
static const PatternSignatures *
signatures_make(const RowPattern *patterns)
{
	int			list;
	int			i;

	for (list = 0; list < PATTERN_LISTS; list++)
	{
		PatternSignatures *entry = &pattern_signatures[list];

		if (entry->patterns == patterns)
			return entry;
		if (entry->patterns != NULL)
			continue;
		for (i = 0; patterns[i].keyword; i++)
		{
			if (i == PATTERN_MAX)
				return NULL;
			entry->keyword[i] = keyword_signature(patterns[i].keyword);
			/* no alternative: bits no label signature has all of */
			entry->alternative[i] = patterns[i].alternative ?
				keyword_signature(patterns[i].alternative) : ~UINT64_C(0);
		}
		entry->count = i;
		memset(entry->filed, 0, sizeof(entry->filed));
		entry->used = 0;
		for (i = 0; i < entry->count; i++)
		{
			file_keyword(entry, i, entry->keyword[i]);
			if (patterns[i].alternative)
				file_keyword(entry, i, entry->alternative[i]);
		}
		entry->patterns = patterns;
		return entry;
	}
	return NULL;
}

/*
 * The patterns of a list whose filed bit a label has (bit i for pattern
 * i), the label's signature made, and the keyword signatures to test them
 * with; false when the list has no index.  A pattern outside candidates
 * does not occur in the label.
 */
static bool
pattern_candidates(const Reader *reader, size_t index, const RowPattern *patterns,
				   uint64_t *candidates, const uint64_t **keyword_signatures)
{
	Token	   *token = &reader->tokens.items[index];
	const PatternSignatures *signatures = signatures_of(patterns);
	uint64_t	bits;

	if (signatures == NULL)
		return false;
	if (token->traditional < 0)
		token_prepare(reader, token);
	*candidates = 0;
	for (bits = token->signature & signatures->used; bits; bits &= bits - 1)
		*candidates |= signatures->filed[__builtin_ctzll(bits)];
	*keyword_signatures = signatures->keyword;
	return true;
}

/* match_pattern's answer as pattern_index gives it: the index + 1, 0 none. */
static unsigned char
match_pattern_uncached(const Reader *reader, size_t index, const RowPattern *patterns)
{
	Token	   *token = &reader->tokens.items[index];
	const PatternSignatures *signatures;
	int			i;

	if (is_prose(reader, index))
		return 0;

	/*
	 * The label's signature once, then the patterns filed under its bits,
	 * in the list's order, each keyword searched only when every character
	 * it has is in the label (what token_find does per keyword).  A label
	 * that is not prose is at most LABEL_MAX_BYTES long, and a list asks
	 * token_find more often than its probes spare the signature.
	 */
	signatures = signatures_of(patterns);
	if (signatures != NULL)
	{
		uint64_t	label;		/* the bits the label lacks */
		uint64_t	bits;
		uint64_t	candidates = 0;

		if (token->traditional < 0)
			token_prepare(reader, token);
		label = ~token->signature;
		for (bits = token->signature & signatures->used; bits; bits &= bits - 1)
			candidates |= signatures->filed[__builtin_ctzll(bits)];
		for (; candidates; candidates &= candidates - 1)
		{
			i = __builtin_ctzll(candidates);
			if ((signatures->keyword[i] & label) == 0 &&
				token_search(reader, token, patterns[i].keyword) != SIZE_MAX)
				return (unsigned char) (i + 1);
			if ((signatures->alternative[i] & label) == 0 &&
				patterns[i].alternative &&
				token_search(reader, token, patterns[i].alternative) != SIZE_MAX)
				return (unsigned char) (i + 1);
		}
		return 0;
	}
	for (i = 0; patterns[i].keyword; i++)
		if (token_contains(reader, index, patterns[i].keyword) ||
			(patterns[i].alternative &&
			 token_contains(reader, index, patterns[i].alternative)))
			return (unsigned char) (i + 1);
	return 0;
}

/*
 * equals() for a token and a word of four characters (信息内容): a token
 * shorter than the word, trimmed or not, is not it.
 */
static inline bool
is_info_content(const Reader *reader, const Token *token, const char *word)
{
	const unsigned char *u = (const unsigned char *) reader->text;
	size_t		n = token->end - token->start;
	unsigned char first;
	unsigned char last;

	if (n < 12)
		return false;
	if (n == 12)
		return memcmp(reader->text + token->start, word, 12) == 0;
	/* longer: equal only when white space at an end is trimmed */
	first = u[token->start];
	last = u[token->end - 1];
	if (!(first < 0x80 ? is_ascii_space(first) : may_lead_space(first)) &&
		!(last < 0x80 ? is_ascii_space(last) : (last <= 0x8A || last == 0x9F ||
												last == 0xA0 || last == 0xA8 ||
												last == 0xA9 || last == 0xAF ||
												last == 0xBF)))
		return false;
	return equals(reader->text, token->start, token->end, word);
}

/* The 第二十条 item a table 2 row belongs to. */
static int
row_item(const char *key)
{
	if (key_equals(key, "rules") || key_equals(key, "normative_documents"))
		return 1;
	if (key_equals(key, "licensing") || key_equals(key, "other_services"))
		return 5;
	if (key_equals(key, "penalties") || key_equals(key, "enforcement"))
		return 6;
	if (key_equals(key, "fees"))
		return 8;
	return 9;
}

/* The item of a "第二十条第（一）项" label: 1..9, or 0. */
static int
block_item(const Reader *reader, size_t index)
{
	Token	   *token = &reader->tokens.items[index];
	const char *text = reader->text;
	size_t		pos = token->start;
	size_t		end = token->end;
	const FormatLabel *format;

	if (end - pos > 60)
		return 0;
	if ((format = format_label_of(reader, index)) != NULL)
		return format->block_item;
	/* 第, 二 and 十 have no traditional forms: all three bits, or no 第二十 */
	if (token->traditional < 0)
		token_prepare(reader, token);
	if ((keyword_signature("第二十") & ~token->signature) != 0)
		return 0;
	for (; pos + 12 <= end; pos++)
		if (memcmp(text + pos, "第二十", 9) == 0 &&
			(memcmp(text + pos + 9, "条", 3) == 0 ||
			 memcmp(text + pos + 9, "條", 3) == 0))
			break;
	if (pos + 12 > end)
		return 0;
	pos += 12;
	/* after 第, skip brackets and read one numeral */
	while (pos < end)
	{
		size_t		p = pos;
		uint32_t	cp = gr_utf8_decode(text, end, &p);
		int			digit = gr_chinese_digit_value(cp);

		if (digit > 0)
			return digit;
		if (cp >= '1' && cp <= '9')
			return (int) (cp - '0');
		if (cp == 0x9879)		/* 项 */
			break;
		pos = p;
	}
	return 0;
}

/* The table 3 key of a leaf label, with 3.其他 read under （六）其他处理. */
static const char *
table3_leaf(const Reader *reader, size_t index, bool under_other)
{
	const Token *token = &reader->tokens.items[index];
	size_t		start = token->start;
	size_t		end = token->end;

	if (under_other)
	{
		/* "3.其他", "3、其他", "其他" */
		size_t		p = start;

		while (p < end && ((text_is_digit(reader->text[p])) ||
						   reader->text[p] == '.' || reader->text[p] == ' '))
			p++;
		if (p + 3 <= end && memcmp(reader->text + p, "\xE3\x80\x81", 3) == 0)
			p += 3;			/* 、 */
		else if (p + 3 <= end && memcmp(reader->text + p, "\xEF\xBC\x8E", 3) == 0)
			p += 3;			/* ． */
		if (equals(reader->text, p, end, "其他"))
			return "other.other";
	}
	return match_pattern(reader, index, table3_rows);
}

/*
 * Whether the label at index heads a row of numbers: it names something (a
 * Han character; "P. 9" of a page footer does not) and a number comes
 * among the next few cells before any label.
 */
static bool
positions_follow(const Reader *reader, size_t index)
{
	const Token *token = &reader->tokens.items[index];
	size_t		pos = token->start;
	bool		named = false;
	size_t		i;

	while (pos < token->end && pos < token->start + LABEL_MAX_BYTES && !named)
		named = gr_is_han(gr_utf8_decode(reader->text, token->end, &pos));
	if (!named)
		return false;

	/* a number among the next few cells, before any label */
	for (i = index + 1; i < reader->tokens.count && i <= index + 8; i++)
	{
		if (reader->tokens.items[i].kind == TOKEN_LABEL)
			return false;
		if (reader->tokens.items[i].kind == TOKEN_NUMBER)
			return true;
	}
	return false;
}

/* A label that ends the table being read: prose or a section heading. */
static bool
is_heading(const Reader *reader, size_t index)
{
	const Token *token = &reader->tokens.items[index];
	size_t		p = token->start;
	uint32_t	cp;
	const FormatLabel *format = format_label_of(reader, index);

	if (format)
		return format->heading;
	if (is_prose(reader, index))
		return true;
	cp = gr_utf8_decode_fast(reader->text, token->end, &p);
	if (p + 3 <= token->end && memcmp(reader->text + p, "\xE3\x80\x81", 3) == 0 &&
		gr_chinese_digit_value(cp) > 0 &&
		token_contains(reader, index, "情况"))
		return true;
	return false;
}

/*
 * The start of table 3: its header, or its first row; with cut_table, also
 * any of its row labels that numbers follow (a page break cut the table).
 */
static bool
is_table3_start(const Reader *reader, size_t index, bool cut_table)
{
	const char *leaf;

	if (is_prose(reader, index))
		return false;
	if (token_contains(reader, index, "申请人情况") ||
		token_contains(reader, index, "勾稽关系"))
		return true;
	leaf = match_pattern(reader, index, table3_rows);
	if (leaf == NULL)
		return false;
	if (key_equals(leaf, "new"))
		return true;
	/* a page break cut the table: a row label that numbers follow */
	/* (two positions at least: "部分公开 | 3" of an old sheet is no table 3) */
	return cut_table && !key_equals(leaf, "total") && !key_equals(leaf, "other") &&
		reader->tokens.items[index].end - reader->tokens.items[index].start >= 12 &&
		index + 2 < reader->tokens.count &&
		reader->tokens.items[index + 1].kind == TOKEN_NUMBER &&
		reader->tokens.items[index + 2].kind != TOKEN_LABEL;
}

/* The start of table 4: a short cell naming 行政复议, not the heading. */
static bool
is_table4_start(const Reader *reader, size_t index)
{
	const Token *token = &reader->tokens.items[index];
	const FormatLabel *format;

	if (token->end - token->start > 90)
		return false;
	if ((format = format_label_of(reader, index)) != NULL)
		return format->table4_start;
	return !is_prose(reader, index) &&
		token_contains(reader, index, "行政复议") &&
		!token_contains(reader, index, "情况") &&
		!token_contains(reader, index, "、");
}

/* Table 4 group named by a label: 0..2, or -1. */
static int
table4_group(const Reader *reader, size_t index)
{
	const FormatLabel *format;

	if (reader->tokens.items[index].kind != TOKEN_LABEL)
		return -1;
	if ((format = format_label_of(reader, index)) != NULL)
		return format->table4_group;
	if (token_contains(reader, index, "未经复议"))
		return 1;
	if (token_contains(reader, index, "复议后"))
		return 2;
	if (token_contains(reader, index, "行政复议") &&
		!token_contains(reader, index, "行政诉讼"))
		return 0;
	return -1;
}

/* A word of table 4's headers, which may stand between its rows. */
static bool
is_table4_word(const Reader *reader, size_t index)
{
	static const char *const words[] = {
		"行政复议", "行政诉讼", "起诉", "结果", "审结", "总计", "维持", "纠正", NULL
	};
	const FormatLabel *format = format_label_of(reader, index);
	int			i;

	if (format)
		return format->table4_word;
	if (is_prose(reader, index))
		return false;
	for (i = 0; words[i]; i++)
		if (token_contains(reader, index, words[i]))
			return true;
	return false;
}

/* ---------- the national format's own labels ---------- */

/*
 * The texts the national format prints in its tables and headings (formats
 * of 2019 and 2021, dev/STANDARD_TABLES.md), which most labels of a
 * national table are, byte for byte.  What token_prepare, match_pattern
 * and the national reader's predicates on a label (FormatLabel) make of it
 * is a function of its bytes alone: for these it is made once per process
 * (by the same functions) and looked up by the label's bytes, instead of a
 * pass over each label and a search per keyword in every report.  The
 * lookup, once per token, costs a hash of the label's length and its first
 * and last eight bytes and one compare; a label not in the table is read
 * as before.
 */
static const char *const format_labels[] = {
	/* section headings */
	"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
	"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
	"六、其他需要报告的事项",
	/* table 2: blocks, headers, rows */
	"第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项",
	"第二十条第（八）项", "第二十条第（九）项", "信息内容",
	"本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量",
	"本年收费金额（单位：万元）", "本年新制作数量", "本年新公开数量",
	"对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量",
	"采购项目数量", "采购总金额",
	"规章", "行政规范性文件", "规范性文件", "行政许可", "其他对外管理服务事项",
	"行政处罚", "行政强制", "行政事业性收费", "政府集中采购",
	/* table 3: header */
	"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
	"申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构",
	"社会公益组织", "法律服务机构", "其他", "总计",
	/* table 3: rows and groups */
	"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
	"三、本年度办理结果", "（一）予以公开",
	"（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
	"（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开",
	"3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
	"6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
	"（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
	"3.补正后申请内容仍不明确", "（五）不予处理", "1.信访举报投诉类申请",
	"2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
	"5.要求行政机关确认或重新出具已获取信息", "（六）其他处理",
	"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
	"3.其他", "（七）总计", "四、结转下年度继续办理",
	/* table 4 */
	"行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持",
	"结果纠正", "其他结果", "尚未审结",
	NULL
};

#define FORMAT_LABELS (sizeof(format_labels) / sizeof(format_labels[0]) - 1)
#define FORMAT_LABEL_SLOTS 256	/* a power of two, over twice FORMAT_LABELS */

/* Token.format_label and the slots hold an index + 2 in a byte */
_Static_assert(FORMAT_LABELS <= 253 && 2 * FORMAT_LABELS < FORMAT_LABEL_SLOTS,
			   "format_labels: too many for the slots");
/*
 * Tokens and FormatLabel keep a pattern's index + 1 in a byte, below
 * PATTERN_UNKNOWN (the lists' sizes count their NULL end)
 */
_Static_assert(sizeof(table3_rows) / sizeof(table3_rows[0]) <= PATTERN_UNKNOWN &&
			   sizeof(table3_groups) / sizeof(table3_groups[0]) <= PATTERN_UNKNOWN &&
			   sizeof(table2_rows) / sizeof(table2_rows[0]) <= PATTERN_UNKNOWN,
			   "row patterns: too many for a byte");

static FormatLabel format_label_info[FORMAT_LABELS] __attribute__((aligned(64)));
/* open addressing by format_label_hash: index + 1 into format_label_info, 0 empty */
static unsigned char format_label_slots[FORMAT_LABEL_SLOTS];
static bool format_labels_made = false;

/*
 * The slot of a label's bytes text[0, n): its length, and its first and
 * last eight bytes (every byte when shorter), multiplied and folded.
 */
static inline uint32_t
format_label_hash(const char *text, size_t n)
{
	uint64_t	first = 0;
	uint64_t	last;

	if (n >= 8)
	{
		memcpy(&first, text, 8);
		memcpy(&last, text + n - 8, 8);
	}
	else
	{
		size_t		i;

		for (i = 0; i < n; i++)
			first |= (uint64_t) (unsigned char) text[i] << (8 * i);
		last = first;
	}
	return (uint32_t) (((first * UINT64_C(0x9E3779B97F4A7C15)) ^
						((last + n) * UINT64_C(0xC2B2AE3D27D4EB4F))) >> 56) &
		(FORMAT_LABEL_SLOTS - 1);
}

/*
 * Fill format_label_info and its slots, once per process: each label read
 * as a one-token text by the functions whose answers are kept, the token
 * marked as no format label so that they work it out.
 */
static void
make_format_labels(void)
{
	size_t		i;

	for (i = 0; i < FORMAT_LABELS; i++)
	{
		FormatLabel *info = &format_label_info[i];
		Token		token;
		Reader		reader;
		uint32_t	slot;

		memset(&token, 0, sizeof(token));
		memset(&reader, 0, sizeof(reader));
		reader.text = format_labels[i];
		reader.len = strlen(format_labels[i]);
		reader.tokens.items = &token;
		reader.tokens.count = reader.tokens.capacity = 1;
		token.kind = TOKEN_LABEL;
		token.start = 0;
		token.end = (uint32_t) reader.len;
		token.format_label = 1;
		label_signature(reader.text, reader.len, 0, reader.len, &token);
		info->text = format_labels[i];
		info->length = (uint16_t) token.end;
		info->signature = token.signature;
		info->traditional = token.traditional;
		info->spaced = token.spaced;
		info->prose = token.prose;
		info->heading = is_heading(&reader, 0);
		info->table4_start = is_table4_start(&reader, 0);
		info->table4_word = is_table4_word(&reader, 0);
		info->table4_group = (signed char) table4_group(&reader, 0);
		info->block_item = (signed char) block_item(&reader, 0);
		info->header_form = (short) header_form(&reader, 0);
		info->table3_row = match_pattern_uncached(&reader, 0, table3_rows);
		info->table3_group = match_pattern_uncached(&reader, 0, table3_groups);
		info->table2_row = pattern_index(table2_rows, match_table2_row(&reader, 0));
		slot = format_label_hash(reader.text, reader.len);
		while (format_label_slots[slot] != 0)
			slot = (slot + 1) & (FORMAT_LABEL_SLOTS - 1);
		format_label_slots[slot] = (unsigned char) (i + 1);
	}
	format_labels_made = true;
}

/*
 * token_prepare for a token that is a format label, with its table 3
 * caches filled as well: true when it is one.  Asked once per token (the
 * answer is kept in format_label).
 */
static bool
known_label(const Reader *reader, Token *token)
{
	const char *text = reader->text + token->start;
	size_t		n = token->end - token->start;
	uint32_t	slot;
	unsigned	index;

	if (token->format_label != 0)
		return token->format_label > 1;
	if (!format_labels_made)
		make_format_labels();
	token->format_label = 1;
	if (n > LABEL_MAX_BYTES)
		return false;
	slot = format_label_hash(text, n);
	while ((index = format_label_slots[slot]) != 0)
	{
		const FormatLabel *info = &format_label_info[index - 1];

		if (info->length == n && memcmp(info->text, text, n) == 0)
		{
			token->signature = info->signature;
			token->traditional = info->traditional;
			token->spaced = info->spaced;
			token->prose = info->prose;
			token->table3_row = info->table3_row;
			token->table3_group = info->table3_group;
			token->format_label = (unsigned char) (index + 1);
			return true;
		}
		slot = (slot + 1) & (FORMAT_LABEL_SLOTS - 1);
	}
	return false;
}

/* The format label a label token is, or NULL. */
static const FormatLabel *
format_label_of(const Reader *reader, size_t index)
{
	Token	   *token = &reader->tokens.items[index];

	if (token->format_label == 0)
		known_label(reader, token);
	return token->format_label > 1 ? &format_label_info[token->format_label - 2] : NULL;
}


/*
 * Whether a word only table 4's header prints (结果维持, 尚未审结,
 * 未经复议直接起诉 …) stands among the labels before position (a header
 * printed one character per line is long):
 * "行政复议数 | 件 | 32" of an old statistics sheet is no table 4.
 */
static bool
table4_header_near(const Reader *reader, size_t position)
{
	static const char *const words[] = {
		"结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议", "复议后起诉",
		"直接起诉", "行政诉讼", NULL
	};
	size_t		i;
	size_t		seen = 0;

	for (i = position; i > 0 && seen < 400; i--)
	{
		int			w;

		if (reader->tokens.items[i - 1].kind != TOKEN_LABEL)
			continue;
		seen++;
		for (w = 0; words[w]; w++)
			if (token_contains(reader, i - 1, words[w]))
				return true;
	}
	return false;
}

static int
new_table(Reader *reader, int national)
{
	Table	   *table;

	/* a table that found no rows gives nothing: reuse it */
	if (reader->table_count > 0 &&
		reader->tables[reader->table_count - 1].row_count == 0)
	{
		table = &reader->tables[reader->table_count - 1];
		memset(table, 0, sizeof(*table));
		table->national = national;
		table->first_row = reader->row_count;
		return (int) reader->table_count - 1;
	}
	if (!reserve_one(reader, (void **) &reader->tables, reader->table_count,
					 &reader->table_capacity, sizeof(Table)))
		return -1;
	table = &reader->tables[reader->table_count];
	memset(table, 0, sizeof(*table));
	table->national = national;
	table->first_row = reader->row_count;
	return (int) reader->table_count++;
}

static Row *
new_row(Reader *reader, int table, const char *key)
{
	Row		   *row;

	/* a row of the same table that took no numbers gives nothing: reuse it */
	if (reader->row_count > 0 &&
		reader->rows[reader->row_count - 1].table == table &&
		reader->rows[reader->row_count - 1].position_count == 0)
		row = &reader->rows[reader->row_count - 1];
	else
	{
		if (!reserve_one(reader, (void **) &reader->rows, reader->row_count,
						 &reader->row_capacity, sizeof(Row)))
			return NULL;
		row = &reader->rows[reader->row_count++];
		reader->tables[table].row_count++;
	}
	memset(row, 0, sizeof(*row));
	row->table = table;
	row->key = key;
	return row;
}

static int
new_block(Reader *reader, int item, size_t label)
{
	Block	   *block;

	/* the last block, if no row points at it, is reused */
	if (reader->block_count > 0)
	{
		if (!reader->blocks[reader->block_count - 1].has_rows)
		{
			block = &reader->blocks[reader->block_count - 1];
			memset(block, 0, sizeof(*block));
			block->item = item;
			block->label = label;
			return (int) reader->block_count - 1;
		}
	}
	if (!reserve_one(reader, (void **) &reader->blocks, reader->block_count,
					 &reader->block_capacity, sizeof(Block)))
		return -1;
	block = &reader->blocks[reader->block_count];
	memset(block, 0, sizeof(*block));
	block->item = item;
	block->label = label;
	return (int) reader->block_count++;
}

/* Whether a table 3 key belongs under 三、本年度办理结果. */
static bool
is_result_key(const char *key)
{
	return !key_equals(key, "new") && !key_equals(key, "carried_in") &&
		!key_equals(key, "carried_out");
}

/* The family of a table 3 key ("withheld" for withheld.x), length or 0. */
static size_t
key_family(const char *key)
{
	const char *dot = strchr(key, '.');

	return dot ? (size_t) (dot - key) : 0;
}

/* Whether count positions (numbers or empty cells) start at index. */
static bool
is_position_run(const Reader *reader, size_t index, size_t count)
{
	size_t		i;

	if (index + count > reader->tokens.count)
		return false;
	for (i = index; i < index + count; i++)
		if (reader->tokens.items[i].kind == TOKEN_LABEL)
			return false;
	return true;
}

static bool regroup_table4(const Reader *reader, const size_t *numbers,
						   int count, size_t placed[3][5]);

/*
 * Fewer than fifteen numbers under table 4's heading, then a label or the
 * end: table 4 that left its zeros blank (its header printed one character
 * per line), when a word of its header stands before them and the numbers
 * cut into groups that each end at their total.  The search for the header
 * word is tried a few times per heading (*tries), so it stays linear.
 */
static bool
is_short_table4(const Reader *reader, size_t index, int *tries)
{
	size_t		numbers[15];
	size_t		placed[3][5];
	int			count = 0;
	size_t		i;

	for (i = index; i < reader->tokens.count && i < index + 15; i++)
	{
		const Token *token = &reader->tokens.items[i];

		if (token->kind == TOKEN_LABEL)
			break;
		if (token->kind == TOKEN_NUMBER)
			numbers[count++] = i;
	}
	if ((i < reader->tokens.count && reader->tokens.items[i].kind != TOKEN_LABEL) ||
		count < 2 || *tries <= 0 || !regroup_table4(reader, numbers, count, placed))
		return false;
	--*tries;
	return table4_header_near(reader, index);
}

/*
 * A label that is a table 2 row name ("行政许可", "规章") at its start, short,
 * with numbers after it: table 2 even when its block label and header were
 * lost (or printed one character per line).
 */
static bool
is_table2_row_start(const Reader *reader, size_t index)
{
	const Token *token = &reader->tokens.items[index];
	int			i;

	if (token->end - token->start > 90 || !positions_follow(reader, index) ||
		is_table3_start(reader, index, false) || is_table4_start(reader, index) ||
		is_heading(reader, index))
		return false;
	for (i = 0; table2_rows[i].keyword; i++)
	{
		size_t		at = token_find(reader, index, table2_rows[i].keyword);

		if (at != SIZE_MAX && at <= token->start + 3)
			return true;
	}
	return false;
}

typedef enum State
{
	STATE_NONE,
	STATE_TABLE2,
	STATE_TABLE3_HEADER,
	STATE_TABLE3,
	STATE_TABLE4
} State;

/* Read the national tables from the token stream into tables and rows. */
static bool
read_national(Reader *reader)
{
	State		state = STATE_NONE;
	int			table = -1;
	long		row = -1;		/* index into rows */
	int			block = -1;
	bool		block_has_rows = false;
	size_t		results_token = SIZE_MAX;
	size_t		family_token = SIZE_MAX;
	const char *family = NULL;
	int			table4_count = 0;
	long		table4_rows[3] = {-1, -1, -1};
	int			hops;
	int			last_item = 0;	/* table 2: the last 第二十条 item read */
	bool		table3_has_new = false; /* table 3: its 新收 row was read */
	bool		table4_heading = false;	/* under 四、…行政复议、行政诉讼情况 */
	bool		table4_forced = false;	/* table 4 found by its numbers */
	int			table4_tries = 0;	/* short runs left to try under the heading */
	size_t		i;

	for (i = 0; i < reader->tokens.count; i++)
	{
		Token	   *token = &reader->tokens.items[i];
		int			item;

		GR_POLL(reader->env, reader->poll_counter);
		hops = 0;
again:
		/* a token may move the reader between states a few times, no more */
		if (++hops > 4)
		{
			state = STATE_NONE;
			continue;
		}
		token->national = state != STATE_NONE;
		switch (state)
		{
			case STATE_NONE:
				if (token->kind == TOKEN_NUMBER && table4_heading &&
					(is_position_run(reader, i, 15) ||
					 is_short_table4(reader, i, &table4_tries)))
				{
					/* fifteen numbers under table 4's heading, header lost */
					if ((table = new_table(reader, 4)) < 0)
						return false;
					table4_count = 0;
					table4_rows[0] = table4_rows[1] = table4_rows[2] = -1;
					table4_forced = true;
					table4_heading = false;
					state = STATE_TABLE4;
					goto again;
				}
				if (token->kind != TOKEN_LABEL)
					break;
				if (is_heading(reader, i) || token_contains(reader, i, "行政复议"))
				{
					table4_heading = token_contains(reader, i, "行政复议") &&
						token_contains(reader, i, "情况");
					table4_tries = 4;
				}
				if ((item = block_item(reader, i)) > 0)
				{
					if ((table = new_table(reader, 2)) < 0 ||
						(block = new_block(reader, item, i)) < 0)
						return false;
					last_item = item;
					block_has_rows = false;
					row = -1;
					state = STATE_TABLE2;
				}
				else if (is_info_content(reader, token, "信息内容") ||
						 is_info_content(reader, token, "信息內容"))
				{
					/* a block of table 2 whose 第二十条 label was lost */
					if ((table = new_table(reader, 2)) < 0 ||
						(block = new_block(reader, 0, SIZE_MAX)) < 0)
						return false;
					last_item = 0;
					block_has_rows = false;
					row = -1;
					state = STATE_TABLE2;
				}
				else if (is_table3_start(reader, i, true))
				{
					if ((table = new_table(reader, 3)) < 0)
						return false;
					row = -1;
					results_token = family_token = SIZE_MAX;
					family = NULL;
					table3_has_new = false;
					state = STATE_TABLE3_HEADER;
					reader->tables[table].header_start = i;
					reader->tables[table].header_end = i;
					goto again;
				}
				else if (is_table4_start(reader, i))
				{
					if ((table = new_table(reader, 4)) < 0)
						return false;
					table4_count = 0;
					table4_rows[0] = table4_rows[1] = table4_rows[2] = -1;
					table4_forced = false;
					state = STATE_TABLE4;
				}
				else if (is_table2_row_start(reader, i))
				{
					/* a table 2 row whose block label and header were lost */
					if ((table = new_table(reader, 2)) < 0 ||
						(block = new_block(reader, 0, SIZE_MAX)) < 0)
						return false;
					last_item = 0;
					block_has_rows = false;
					row = -1;
					state = STATE_TABLE2;
					goto again;
				}
				break;

			case STATE_TABLE2:
				if (token->kind == TOKEN_LABEL)
				{
					const char *key;

					if ((item = block_item(reader, i)) > 0)
					{
						/* an item again that came before: the next report's table */
						if (item <= last_item && reader->tables[table].row_count > 0)
						{
							state = STATE_NONE;
							goto again;
						}
						if ((block = new_block(reader, item, i)) < 0)
							return false;
						last_item = item;
						block_has_rows = false;
						row = -1;
						break;
					}
					if (is_table3_start(reader, i, false) || is_table4_start(reader, i) ||
						is_heading(reader, i))
					{
						state = STATE_NONE;
						goto again;
					}
					if (block_has_rows &&
						is_info_content(reader, token, "信息内容"))
					{
						if ((block = new_block(reader, 0, SIZE_MAX)) < 0)
							return false;
						block_has_rows = false;
						row = -1;
						break;
					}
					key = match_table2_row(reader, i);
					if (key && !token_contains(reader, i, "信息内容"))
					{
						Row		   *r = new_row(reader, table, key);

						if (r == NULL)
							return false;
						r->item = row_item(key);
						r->block = block;
						reader->blocks[block].has_rows = true;
						r->path_len = 0;
						if (reader->blocks[block].label != SIZE_MAX)
							r->path[r->path_len++] = reader->blocks[block].label;
						r->path[r->path_len++] = i;
						row = (long) (r - reader->rows);
						block_has_rows = true;
						break;
					}
					if ((block_has_rows || reader->blocks[block].header_count > 0) &&
						(row < 0 || reader->rows[row].position_count > 0) &&
						positions_follow(reader, i))
					{
						/* a row the format does not have: kept, without a key */
						Row		   *r = new_row(reader, table, "");

						if (r == NULL)
							return false;
						r->item = reader->blocks[block].item;
						if (r->item == 0 && row >= 0)
							r->item = reader->rows[row].item;
						r->block = block;
						reader->blocks[block].has_rows = true;
						r->path_len = 0;
						if (reader->blocks[block].label != SIZE_MAX)
							r->path[r->path_len++] = reader->blocks[block].label;
						r->path[r->path_len++] = i;
						row = (long) (r - reader->rows);
						block_has_rows = true;
						break;
					}
					if (row >= 0 && reader->rows[row].position_count > 0)
						reader->rows[row].closed = true;
					else if (!block_has_rows &&
							 !token_contains(reader, i, "信息内容") &&
							 reader->blocks[block].header_count < 8)
					{
						Block	   *b = &reader->blocks[block];

						b->headers[b->header_count++] = i;
						if (!b->form)
							b->form = header_form(reader, i);
					}
				}
				else if (row >= 0 && !reader->rows[row].closed &&
						 reader->rows[row].position_count < 4)
				{
					Row		   *r = &reader->rows[row];

					r->positions[r->position_count++] = i;
				}
				break;

			case STATE_TABLE3_HEADER:
			case STATE_TABLE3:
				if (token->kind == TOKEN_LABEL)
				{
					bool		under_other = family && key_equals(family, "other");
					const char *leaf = table3_leaf(reader, i, under_other);
					const char *group;

					if (leaf && state == STATE_TABLE3_HEADER &&
						key_equals(leaf, "total"))
						leaf = NULL;	/* the 总计 column */
					/* the header, or 新收 again, after rows: the next report's table */
					if (state == STATE_TABLE3 && !is_prose(reader, i) &&
						((leaf && key_equals(leaf, "new") && table3_has_new) ||
						 (!leaf && (token_contains(reader, i, "申请人情况") ||
									token_contains(reader, i, "勾稽关系")))))
					{
						state = STATE_NONE;
						goto again;
					}
					if (leaf && key_equals(leaf, "new"))
						table3_has_new = true;
					if (leaf)
					{
						Row		   *r;
						size_t		fam = key_family(leaf);

						if (state == STATE_TABLE3_HEADER)
							reader->tables[table].header_end = i;
						state = STATE_TABLE3;
						/* （六）其他处理 followed by its items was a group */
						if (row >= 0 && reader->rows[row].position_count == 0 &&
							key_equals(reader->rows[row].key, "other") && fam)
						{
							r = &reader->rows[row];
							r->key = leaf;
						}
						else
						{
							if ((r = new_row(reader, table, leaf)) == NULL)
								return false;
							row = (long) (r - reader->rows);
						}
						/* a PDF label may carry its groups: "（三）不予公开 1.属于国家秘密" */
						if (token_contains(reader, i, "本年度办理结果"))
							results_token = i;
						if (fam)
						{
							const char *own = match_pattern(reader, i, table3_groups);

							if (own && !key_equals(own, "results"))
							{
								family = own;
								family_token = i;
							}
							else if (token_contains(reader, i, "其他处理"))
							{
								family = "other";
								family_token = i;
							}
						}
						r->path_len = 0;
						if (is_result_key(leaf) && results_token != SIZE_MAX)
							r->path[r->path_len++] = results_token;
						if (fam && family && strlen(family) == fam &&
							strncmp(family, leaf, fam) == 0 && family_token != SIZE_MAX)
							r->path[r->path_len++] = family_token;
						if (key_equals(leaf, "other"))
						{
							family = "other";
							family_token = i;
						}
						else if (!fam)
						{
							family = NULL;
							family_token = SIZE_MAX;
						}
						if (r->path_len == 0 || r->path[r->path_len - 1] != i)
							r->path[r->path_len++] = i;
						break;
					}
					if (state == STATE_TABLE3_HEADER)
					{
						if (is_prose(reader, i))
							state = STATE_NONE;
						break;
					}
					group = match_pattern(reader, i, table3_groups);
					if (group)
					{
						if (key_equals(group, "results"))
							results_token = i;
						else
						{
							family = group;
							family_token = i;
						}
						if (row >= 0)
							reader->rows[row].closed = true;
						break;
					}
					if (block_item(reader, i) > 0 || is_table4_start(reader, i) ||
						is_heading(reader, i))
					{
						state = STATE_NONE;
						goto again;
					}
					if (row >= 0 && reader->rows[row].position_count > 0 &&
						positions_follow(reader, i))
					{
						/* a row the format does not have: kept, without a key */
						Row		   *r = new_row(reader, table, "");

						if (r == NULL)
							return false;
						r->path[r->path_len++] = i;
						row = (long) (r - reader->rows);
						break;
					}
					if (row >= 0 && reader->rows[row].position_count > 0)
						reader->rows[row].closed = true;
				}
				else if (state == STATE_TABLE3 && row >= 0 &&
						 !reader->rows[row].closed &&
						 reader->rows[row].position_count < 8)
				{
					Row		   *r = &reader->rows[row];

					/* room for one empty cell under a label spanning two columns */
					r->positions[r->position_count++] = i;
					if (key_equals(r->key, "carried_out") &&
						(r->position_count == 8 ||
						 (r->position_count == 7 &&
						  reader->tokens.items[r->positions[0]].kind != TOKEN_EMPTY)))
						state = STATE_NONE;
				}
				break;

			case STATE_TABLE4:
				if (token->kind == TOKEN_LABEL)
				{
					if (is_heading(reader, i) ||
						(table4_count > 0 && !is_table4_word(reader, i)))
					{
						state = STATE_NONE;
						goto again;
					}
				}
				else
				{
					int			group;

					/* numbers before any word of table 4's header: not table 4 */
					if (table4_count == 0 && !table4_forced &&
						!table4_header_near(reader, i))
					{
						state = STATE_NONE;
						break;
					}
					if (i > 0 && (group = table4_group(reader, i - 1)) >= 0 &&
						group * 5 >= table4_count)
						table4_count = group * 5;
					group = table4_count / 5;
					if (table4_rows[group] < 0)
					{
						Row		   *r = new_row(reader, table, table4_row_keys[group]);

						if (r == NULL)
							return false;
						r->group = group;
						table4_rows[group] = (long) (r - reader->rows);
					}
					{
						Row		   *r = &reader->rows[table4_rows[group]];

						while (r->position_count < table4_count % 5)
							r->positions[r->position_count++] = SIZE_MAX;
						r->positions[r->position_count++] = i;
					}
					if (++table4_count >= 15)
						state = STATE_NONE;
				}
				break;
		}
	}
	return reader->status == GR_OK;
}

/* ---------- emitting cells ---------- */

static bool is_result_row(const char *key);

typedef struct Output
{
	GrTableCell *cells;
	size_t		count;
	size_t		capacity;
} Output;

/*
 * A NUL-terminated copy of parts joined by " / ", from env; NULL when there
 * are no parts.  Sized first, then copied: one allocation per label.
 */
static const char *
join_label(Reader *reader, const size_t *tokens, int count, const char *tail)
{
	size_t		length = 0;
	int			parts = 0;
	char	   *label;
	char	   *at;
	int			i;

	for (i = 0; i < count; i++)
		if (tokens[i] != SIZE_MAX)
		{
			const Token *token = &reader->tokens.items[tokens[i]];

			length += (parts++ ? 3 : 0) + (token->end - token->start);
		}
	if (tail)
		length += (parts++ ? 3 : 0) + strlen(tail);
	if (parts == 0)
		return NULL;
	label = gr_alloc(reader->env, length + 1);
	if (label == NULL)
	{
		reader->status = GR_NOMEM;
		return NULL;
	}
	at = label;
	parts = 0;
	for (i = 0; i < count; i++)
		if (tokens[i] != SIZE_MAX)
		{
			const Token *token = &reader->tokens.items[tokens[i]];

			if (parts++)
			{
				memcpy(at, " / ", 3);
				at += 3;
			}
			memcpy(at, reader->text + token->start, token->end - token->start);
			at += token->end - token->start;
		}
	if (tail)
	{
		if (parts++)
		{
			memcpy(at, " / ", 3);
			at += 3;
		}
		memcpy(at, tail, strlen(tail));
		at += strlen(tail);
	}
	*at = '\0';
	return label;
}

/* A copy of the token's text, from env. */
static const char *
token_text(Reader *reader, size_t index)
{
	Token	   *token = &reader->tokens.items[index];

	if (token->copy == NULL)
		token->copy = join_label(reader, &index, 1, NULL);
	return token->copy;
}

static inline __attribute__((always_inline)) bool
emit(Reader *reader, Output *out, int table_no, int national, int form,
	 int row_no, int col_no, const char *row_label, const char *col_label,
	 const char *row_key, const char *col_key, size_t position,
	 const char *header_unit)
{
	Token	   *token;
	GrTableCell *cell;

	if (position == SIZE_MAX)
		return true;
	token = &reader->tokens.items[position];
	token->emitted = true;
	if (token->kind != TOKEN_NUMBER)
		return true;
	if (!reserve_one(reader, (void **) &out->cells, out->count, &out->capacity,
					 sizeof(GrTableCell)))
		return false;
	cell = &out->cells[out->count++];
	cell->table_no = table_no;
	cell->national = national;
	cell->form = form;
	cell->row_no = row_no;
	cell->col_no = col_no;
	cell->row_label = row_label;
	cell->col_label = col_label;
	cell->row_key = row_key && row_key[0] ? row_key : NULL;
	cell->col_key = col_key && col_key[0] ? col_key : NULL;
	cell->value = token->value;
	cell->unit = token->unit ? token->unit : header_unit;
	cell->start = token->start;
	cell->end = token->end;
	return true;
}

/* An integer value of a canonical decimal, if it is one that fits. */
static bool
decimal_to_int(const char *value, int64_t *result)
{
	int64_t		n = 0;
	bool		negative = false;
	const char *p = value;

	if (*p == '-')
	{
		negative = true;
		p++;
	}
	if (!*p)
		return false;
	for (; *p; p++)
	{
		if (*p < '0' || *p > '9' || n > INT64_MAX / 20)
			return false;
		n = n * 10 + (*p - '0');
	}
	*result = negative ? -n : n;
	return true;
}

static int
count_numbers(const Reader *reader, const Row *row)
{
	int			i;
	int			last = 0;

	for (i = 0; i < row->position_count; i++)
		if (row->positions[i] != SIZE_MAX &&
			reader->tokens.items[row->positions[i]].kind == TOKEN_NUMBER)
			last = i + 1;
	return last;
}

/* The form of table 2 from its headers and rows. */
static int
table2_form(Reader *reader, const Table *table)
{
	size_t		r;
	int			votes2019 = 0;
	int			votes2021 = 0;

	for (r = table->first_row; r < table->first_row + table->row_count; r++)
	{
		const Row  *row = &reader->rows[r];
		const Block *block = &reader->blocks[row->block];
		const Token *label = &reader->tokens.items[row->path[row->path_len - 1]];

		if (block->form == 2019 || row->item == 9 ||
			key_equals(row->key, "other_services") ||
			key_equals(row->key, "procurement"))
			votes2019++;
		else if (block->form == 2021)
			votes2021++;
		if (key_equals(row->key, "normative_documents"))
		{
			if (contains(reader->text, label->start, label->end, "行政规范性"))
				votes2021++;
			else
				votes2019++;
		}
		if ((row->item == 5 || row->item == 6 || row->item == 8) &&
			block->form == 0)
		{
			int			numbers = count_numbers(reader, row);

			if (numbers >= 2)
				votes2019++;
			else if (numbers == 1)
				votes2021++;
		}
	}
	return votes2019 > votes2021 ? 2019 : 2021;
}

/*
 * The index of the first position of a row that holds a number printed
 * with a sign (+2, -1, ＋3, －1), or -1.  Only the rows of a block with
 * fewer numbers than three are looked at, so this is off the main path.
 */
static int
signed_position(const Reader *reader, const Row *row)
{
	int			i;

	for (i = 0; i < row->position_count && i < 3; i++)
	{
		const Token *token = &reader->tokens.items[row->positions[i]];
		const unsigned char *p = (const unsigned char *) reader->text + token->start;

		if (token->kind != TOKEN_NUMBER || token->end == token->start)
			continue;
		if (p[0] == '+' || p[0] == '-' ||
			(token->end - token->start >= 3 && p[0] == 0xEF && p[1] == 0xBC &&
			 (p[2] == 0x8B || p[2] == 0x8D)))
			return i;
	}
	return -1;
}

/*
 * The columns of a table 2 row.  A row that printed only numbers, fewer
 * than its block's columns, left its zeros blank and they were dropped
 * (PDF text): its numbers keep their order, and the format places them:
 * a signed number is the 本年增/减 cell (the number before it is the
 * 上一年项目数量, the one after it the 处理决定数量).  Else they stay
 * leftmost (no check of the format pins them down).
 */
static void
place_table2(const Reader *reader, const Row *row, const BlockColumns *columns,
			 size_t placed[3])
{
	int			count = columns->count < 3 ? columns->count : 3;
	int			k = row->position_count;
	int			i;
	int			sign;

	for (i = 0; i < 3; i++)
		placed[i] = i < count && i < k ? row->positions[i] : SIZE_MAX;
	if (k == 0 || k >= count)
		return;
	for (i = 0; i < k; i++)
		if (reader->tokens.items[row->positions[i]].kind != TOKEN_NUMBER)
			return;
	if (count >= 2 && key_equals(columns->keys[1], "change") &&
		(sign = signed_position(reader, row)) >= 0 && sign <= 1 &&
		k - sign - 1 <= count - 2)
	{
		for (i = 0; i < 3; i++)
			placed[i] = SIZE_MAX;
		if (sign == 1)
			placed[0] = row->positions[0];
		placed[1] = row->positions[sign];
		if (sign + 1 < k)
			placed[2] = row->positions[sign + 1];
	}
}

static inline __attribute__((always_inline)) bool
emit_table2(Reader *reader, Output *out, const Table *table, int table_no)
{
	size_t		placed[3];
	int			form = table2_form(reader, table);
	size_t		r;
	int			row_no = 0;
	int		   *most_numbers;	/* per block and item: numbers in the fullest row */
	int		   *most_positions;
	bool	   *signs;			/* per block and item: a signed number (+2, -1) */

	/* (blocks whose labels were lost hold the rows of several items) */
	most_numbers = gr_alloc_zero(reader->env, (reader->block_count + 1) * 10, sizeof(int));
	most_positions = gr_alloc_zero(reader->env, (reader->block_count + 1) * 10, sizeof(int));
	signs = gr_alloc_zero(reader->env, (reader->block_count + 1) * 10, sizeof(bool));
	if (most_numbers == NULL || most_positions == NULL || signs == NULL)
	{
		reader->status = GR_NOMEM;
		return false;
	}
	for (r = table->first_row; r < table->first_row + table->row_count; r++)
	{
		const Row  *row = &reader->rows[r];
		int			numbers = count_numbers(reader, row);

		int			slot = row->block * 10 + row->item % 10;

		if (numbers > most_numbers[slot])
			most_numbers[slot] = numbers;
		if (row->position_count > most_positions[slot])
			most_positions[slot] = row->position_count;
		if (numbers < 3 && signed_position(reader, row) >= 0)
			signs[slot] = true;
	}
	for (r = table->first_row; r < table->first_row + table->row_count; r++)
	{
		const Row  *row = &reader->rows[r];
		const Block *block = &reader->blocks[row->block];
		int			block_form = block->form ? block->form : form;
		const BlockColumns *columns;
		const char *row_label;
		int			c;

		/*
		 * Items 五, 六 and 八 have one column in 2021 and two or three in
		 * 2019: the block's numbers decide (a 2019 header over 2021 rows is
		 * an older layout's header); the header only when empty cells are
		 * printed beside a single number.
		 */
		if (row->item == 5 || row->item == 6 || row->item == 8)
		{
			int			slot = row->block * 10 + row->item;

			/* a signed number is a 本年增/减 cell: only 2019 has it */
			if (most_numbers[slot] >= 2 || signs[slot])
				block_form = 2019;
			else if (most_numbers[slot] == 1 && most_positions[slot] == 1)
				block_form = 2021;
		}
		if (row->item == 9)
			block_form = 2019;
		columns = find_block_columns(row->item, block_form);
		if (columns == NULL)
			columns = find_block_columns(row->item, block_form == 2019 ? 2021 : 2019);
		if (columns == NULL || count_numbers(reader, row) == 0)
			continue;
		row_no++;
		row_label = join_label(reader, row->path, row->path_len, NULL);
		if (reader->status != GR_OK)
			return false;
		place_table2(reader, row, columns, placed);
		for (c = 0; c < columns->count; c++)
		{
			const char *col_label;
			const char *unit = NULL;

			if (block->header_count == columns->count)
				col_label = token_text(reader, block->headers[c]);
			else
				col_label = columns->labels[c];
			if (reader->status != GR_OK)
				return false;
			if (strstr(col_label, "万元") ||
				key_equals(columns->keys[c], "amount_10k_yuan"))
				unit = "万元";
			if (!emit(reader, out, table_no, 2, block_form, row_no, c + 1,
					  row_label, col_label, row->key, columns->keys[c],
					  placed[c], unit))
				return false;
		}
	}
	gr_release(reader->env, most_numbers);
	gr_release(reader->env, most_positions);
	gr_release(reader->env, signs);
	return true;
}

/* Whether a position holds a number other than zero. */
static bool
is_nonzero(const Reader *reader, size_t position)
{
	const Token *token;

	if (position == SIZE_MAX)
		return false;
	token = &reader->tokens.items[position];
	return token->kind == TOKEN_NUMBER && !key_equals(token->value, "0");
}

/*
 * Whether a table 3 row that printed fewer than seven positions ends with
 * the sum of the numbers before it: the table shows its 总计 column.
 */
static bool
row_adds_up(const Reader *reader, const Row *row)
{
	int64_t		sum = 0;
	int64_t		v;
	int			i;

	for (i = 0; i < row->position_count; i++)
	{
		const Token *token = &reader->tokens.items[row->positions[i]];

		if (token->kind != TOKEN_NUMBER || !decimal_to_int(token->value, &v))
			return false;
		if (i < row->position_count - 1)
			sum += v;
	}
	return sum == v;
}

/*
 * The columns of a table 3 row that printed fewer than seven positions
 * (its empty cells were dropped, so later values shifted left).  The last
 * number is the total when the others add up to it (or it is alone), or,
 * when the table shows its total column and the row printed only numbers,
 * whenever all are integers.  The
 * others go, in order, to the applicant columns: a non-zero number to the
 * next column that is non-zero in the table's complete rows (active), as
 * the checks make the columns of the result rows add up; else leftmost.
 */
static inline __attribute__((always_inline)) bool
place_table3(const Reader *reader, const Row *row, const bool active[6],
			 bool any_active, bool total_column, size_t placed[7])
{
	int			k = row->position_count;
	int			i;
	int			m;
	int			column;
	int64_t		sum = 0;
	int64_t		last;
	bool		sums = true;	/* the last number is the row's total */
	bool		dropped = true; /* only numbers: the empty cells were dropped */

	for (i = 0; i < 7; i++)
		placed[i] = SIZE_MAX;
	if (k >= 7)
	{
		for (i = 0; i < 7; i++)
			placed[i] = row->positions[i];
		return true;
	}
	if (k == 0)
		return false;
	for (i = 0; i < k - 1; i++)
	{
		const Token *token = &reader->tokens.items[row->positions[i]];
		int64_t		v;

		if (token->kind == TOKEN_NUMBER)
		{
			if (decimal_to_int(token->value, &v))
				sum += v;
			else
				sums = false;
		}
		else
			dropped = false;
	}
	{
		const Token *token = &reader->tokens.items[row->positions[k - 1]];

		/*
		 * the 总计 column is last, and printed whenever a cell of the row
		 * is not zero: in a table that shows that column (total_column),
		 * the last of two or more numbers is the total even when the
		 * others do not add up to it (a report whose total is wrong).  A
		 * row that prints its empty cells lost cells at its end instead
		 * (a page cut): its total is the last only when the others add up.
		 */
		if (token->kind != TOKEN_NUMBER || !decimal_to_int(token->value, &last))
			sums = false;
		else if (k > 1 && sum != last && !(total_column && dropped))
			sums = false;
	}
	m = k;
	if (sums)
	{
		placed[6] = row->positions[k - 1];
		m = k - 1;
	}
	column = 0;
	for (i = 0; i < m && column < 6; i++)
	{
		int			latest = 6 - (m - i);	/* leave room for the rest */

		if (any_active && is_nonzero(reader, row->positions[i]))
		{
			int			c;

			for (c = column; c <= latest; c++)
				if (active[c])
					break;
			if (c <= latest)
				column = c;
		}
		placed[column++] = row->positions[i];
	}
	return sums;
}

/* The integer in a position, 0 for an empty or non-integer one. */
static int64_t
position_value(const Reader *reader, size_t position)
{
	int64_t		v = 0;

	if (position != SIZE_MAX &&
		reader->tokens.items[position].kind == TOKEN_NUMBER &&
		decimal_to_int(reader->tokens.items[position].value, &v))
		return v;
	return 0;
}

/* The columns a placement uses, as a bit mask. */
static unsigned
placement_mask(const size_t placed[7])
{
	unsigned	mask = 0;
	int			c;

	for (c = 0; c < 7; c++)
		if (placed[c] != SIZE_MAX)
			mask |= 1u << c;
	return mask;
}

/* Place a row's positions, in order, in the columns of mask. */
static void
apply_mask(const Row *row, unsigned mask, size_t placed[7])
{
	int			i = 0;
	int			c;

	for (c = 0; c < 7; c++)
		placed[c] = (mask & (1u << c)) && i < row->position_count
			? row->positions[i++] : SIZE_MAX;
}

/* The placement masks of seven columns, by their number of columns, in order. */
static const unsigned char masks_by_count[8][35] = {
	{0},
	{1, 2, 4, 8, 16, 32, 64},
	{3, 5, 6, 9, 10, 12, 17, 18, 20, 24, 33, 34, 36, 40, 48, 65, 66, 68,
	 72, 80, 96},
	{7, 11, 13, 14, 19, 21, 22, 25, 26, 28, 35, 37, 38, 41, 42, 44, 49, 50,
	 52, 56, 67, 69, 70, 73, 74, 76, 81, 82, 84, 88, 97, 98, 100, 104, 112},
	{15, 23, 27, 29, 30, 39, 43, 45, 46, 51, 53, 54, 57, 58, 60, 71, 75,
	 77, 78, 83, 85, 86, 89, 90, 92, 99, 101, 102, 105, 106, 108, 113, 114,
	 116, 120},
	{31, 47, 55, 59, 61, 62, 79, 87, 91, 93, 94, 103, 107, 109, 110, 115,
	 117, 118, 121, 122, 124},
	{63, 95, 111, 119, 123, 125, 126},
	{127},
};
static const int masks_by_count_n[8] = {0, 7, 21, 35, 35, 21, 7, 1};

/* A search for placements of shifted rows that make the checks hold. */
typedef struct Search
{
	const Reader *reader;
	const Table *table;
	size_t		(*placement)[7];
	const bool *fixed_total;
	size_t	   *rows;			/* table-relative indices of shifted rows */
	int			row_count;
	int64_t		residual[7];	/* what the rows still have to add up to */
	long		budget;			/* nodes left to visit */
	size_t		poll_counter;
	int64_t    *remaining;		/* per depth: sum of the rows from there on */
	int			columns;		/* 7, or 6 when every total is placed already */
	int64_t		(*values)[7];	/* per depth: the row's numbers, in order */
} Search;

/* Whether a placement mask fits a row: as many columns as positions. */
static bool
mask_fits(const Search *search, size_t r, unsigned mask)
{
	const Row  *row = &search->reader->rows[search->table->first_row + r];

	return __builtin_popcount(mask) == row->position_count &&
		(!search->fixed_total[r] || (mask & 64));
}

/*
 * Depth-first over the shifted result rows: each takes a placement (its
 * first guess first) that keeps every column's remainder non-negative;
 * success when all remainders reach zero.  Bounded by search->budget.
 */
static bool
search_results(Search *search, int depth)
{
	size_t		r;
	unsigned	first;
	unsigned	mask;
	int			c;

	{
		int64_t		left = 0;

		/* every number lands in some column: the remainders must match */
		for (c = 0; c < search->columns; c++)
			left += search->residual[c];
		if (left != search->remaining[depth])
			return false;
	}
	if (depth == search->row_count)
	{
		for (c = 0; c < search->columns; c++)
			if (search->residual[c] != 0)
				return false;
		return true;
	}
	r = search->rows[depth];
	first = placement_mask(search->placement[r]);
	{
		const Row  *row = &search->reader->rows[search->table->first_row + r];
		const int64_t *values = search->values[depth];
		int			k = row->position_count;
		int			n;

		/* its first guess, then the other masks of its size in order */
		for (n = -1; n < masks_by_count_n[k]; n++)
		{
			int64_t		placed[7];
			bool		fits = true;
			int			i = 0;

			mask = n < 0 ? first : masks_by_count[k][n];
			if ((n >= 0 && mask == first) || !mask_fits(search, r, mask))
				continue;
			if (--search->budget < 0)
				return false;
			GR_POLL(search->reader->env, search->poll_counter);
			for (c = 0; c < 7; c++)
				placed[c] = (mask & (1u << c)) ? values[i++] : 0;
			for (c = 0; c < search->columns; c++)
			{
				search->residual[c] -= placed[c];
				if (search->residual[c] < 0)
					fits = false;
			}
			if (fits && search_results(search, depth + 1))
			{
				apply_mask(row, mask, search->placement[r]);
				return true;
			}
			for (c = 0; c < search->columns; c++)
				search->residual[c] += placed[c];
		}
	}
	return false;
}

/*
 * Place the shifted result rows so that every column's results add up to
 * the 总计 row as placed (a bounded depth-first search, first guesses
 * first).  True when the results add up, as placed or after the search.
 */
static bool
place_results(Reader *reader, const Table *table, size_t (*placement)[7],
			  const bool *fixed_total, size_t *scratch, size_t total_row)
{
	Search		search;
	int64_t		remaining[41];
	int64_t		values[41][7];
	size_t		r;
	int			c;
	bool		consistent = true;

	memset(&search, 0, sizeof(search));
	search.reader = reader;
	search.table = table;
	search.placement = placement;
	search.fixed_total = fixed_total;
	search.rows = scratch;
	for (c = 0; c < 7; c++)
		search.residual[c] = position_value(reader, placement[total_row][c]);
	for (r = 0; r < table->row_count; r++)
	{
		const Row  *row = &reader->rows[table->first_row + r];

		if (!is_result_row(row->key) || row->position_count == 0)
			continue;
		if (row->position_count < 7)
			search.rows[search.row_count++] = r;
		else
			for (c = 0; c < 7; c++)
				search.residual[c] -= position_value(reader, placement[r][c]);
	}
	/*
	 * when every shifted row has its total placed (the 总计 column), that
	 * column is decided: leave it out, so a wrong total printed in it
	 * does not keep the other columns from being placed
	 */
	search.columns = 6;
	for (r = 0; r < (size_t) search.row_count; r++)
		if (!fixed_total[search.rows[r]])
			search.columns = 7;
	for (c = 0; c < search.columns; c++)
		if (search.residual[c] < 0)
			consistent = false;
	if (search.row_count == 0 || !consistent)
	{
		for (c = 0; c < search.columns; c++)
			if (search.residual[c] != 0)
				return false;
		return true;
	}
	/* each search is bounded, and all of a document's searches together */
	search.budget = reader->search_budget < 20000 ? reader->search_budget : 20000;
	search.remaining = remaining;
	{
		int			d;

		remaining[search.row_count] = 0;
		for (d = search.row_count - 1; d >= 0; d--)
		{
			const Row  *row = &reader->rows[table->first_row + search.rows[d]];
			int			i;

			remaining[d] = remaining[d + 1];
			for (i = 0; i < row->position_count; i++)
			{
				values[d][i] = position_value(reader, row->positions[i]);
				if (search.columns == 7 || i < row->position_count - 1)
					remaining[d] += values[d][i];
			}
		}
	}
	search.values = values;
	if (search.budget > 0)
	{
		long		granted = search.budget;
		bool		found = search_results(&search, 0);

		reader->search_budget -= granted - (search.budget > 0 ? search.budget : 0);
		return found;
	}
	return false;
}

/*
 * Place the shifted 新收/结转 rows so that new + carried_in = total +
 * carried_out holds in every column, the 总计 row as placed (at most three
 * rows: try all their placements, first guesses first).  True when the
 * relation holds, as placed or after the search.
 */
static bool
place_flows(Reader *reader, const Table *table, size_t (*placement)[7],
			const bool *fixed_total, size_t total_row)
{
	Search		search;
	size_t		rows[3];
	int			count = 0;
	int			shifted = 0;
	unsigned	masks[3];
	unsigned	first[3];
	unsigned	candidates[3][128];
	int			candidate_count[3];
	long		combinations = 1;
	long		n;
	size_t		r;
	int			c;
	int			columns = 6;	/* as in place_results */

	memset(&search, 0, sizeof(search));
	search.reader = reader;
	search.table = table;
	search.fixed_total = fixed_total;
	for (r = 0; r < table->row_count && count < 3; r++)
	{
		const char *key = reader->rows[table->first_row + r].key;

		if (key_equals(key, "new") || key_equals(key, "carried_in") ||
			key_equals(key, "carried_out"))
		{
			rows[count] = r;
			first[count] = placement_mask(placement[r]);
			candidate_count[count] = 0;
			if (reader->rows[table->first_row + r].position_count > 0 &&
				reader->rows[table->first_row + r].position_count < 7)
			{
				unsigned	mask;

				for (mask = 1; mask < 128; mask++)
					if (mask_fits(&search, r, mask))
						candidates[count][candidate_count[count]++] = mask;
				shifted++;
				combinations *= candidate_count[count];
				if (!fixed_total[r])
					columns = 7;
			}
			count++;
		}
	}
	if (count == 0)
		return false;
	if (shifted == 0)
		combinations = 0;		/* only the placement as printed */
	else if (combinations > reader->search_budget)
		return false;
	reader->search_budget -= combinations;
	/* combination 0 is every first guess; then all masks in order */
	for (n = 0; n <= combinations; n++)
	{
		long		rest = n == 0 ? 0 : n - 1;
		bool		fits = true;
		int			i;
		int64_t		sum[7];

		GR_POLL(reader->env, reader->poll_counter);
		for (i = 0; i < count; i++)
		{
			const Row  *row = &reader->rows[table->first_row + rows[i]];

			if (row->position_count > 0 && row->position_count < 7 && n > 0)
			{
				masks[i] = candidates[i][rest % candidate_count[i]];
				rest /= candidate_count[i];
			}
			else
				masks[i] = first[i];
		}
		for (c = 0; c < 7; c++)
			sum[c] = -position_value(reader, placement[total_row][c]);
		for (i = 0; i < count; i++)
		{
			const Row  *row = &reader->rows[table->first_row + rows[i]];
			size_t		placed[7];
			int64_t		sign = key_equals(row->key, "carried_out") ? -1 : 1;

			if (masks[i] == first[i])
				memcpy(placed, placement[rows[i]], sizeof(placed));
			else
				apply_mask(row, masks[i], placed);
			for (c = 0; c < 7; c++)
				sum[c] += sign * position_value(reader, placed[c]);
		}
		for (c = 0; c < columns; c++)
			if (sum[c] != 0)
				fits = false;
		if (fits)
		{
			for (i = 0; i < count; i++)
				if (masks[i] != first[i])
					apply_mask(&reader->rows[table->first_row + rows[i]], masks[i],
							   placement[rows[i]]);
			return true;
		}
	}
	return false;
}

/*
 * Rows that lost their empty cells can sit in several columns.  With the
 * 总计 row printed in full, place the shifted result rows so that every
 * column's results add up to it, then the shifted 新收/结转 rows so that
 * new + carried_in = total + carried_out holds in every column.  When the
 * 总计 row lost cells too, try its placements (its first guess, then the
 * leftmost columns first) and keep the first under which both relations
 * hold, else the first under which the results add up.  Without a
 * solution, the first guesses stay.
 */
static bool
refine_table3(Reader *reader, const Table *table, size_t (*placement)[7],
			  const bool *fixed_total, size_t *scratch)
{
	size_t		(*saved)[7];
	long		total_row = -1;
	unsigned	first;
	unsigned	mask;
	unsigned	fallback = 0;
	size_t		r;

	for (r = 0; r < table->row_count; r++)
		if (key_equals(reader->rows[table->first_row + r].key, "total") &&
			reader->rows[table->first_row + r].position_count > 0)
			total_row = (long) r;
	if (total_row < 0)
		return true;
	if (reader->rows[table->first_row + total_row].position_count >= 7)
	{
		(void) place_results(reader, table, placement, fixed_total, scratch,
							 (size_t) total_row);
		(void) place_flows(reader, table, placement, fixed_total, (size_t) total_row);
		return true;
	}
	/* the 总计 row is shifted too: each of its placements is an anchor */
	saved = gr_alloc(reader->env, sizeof(*saved) * table->row_count);
	if (saved == NULL)
	{
		reader->status = GR_NOMEM;
		return false;
	}
	memcpy(saved, placement, sizeof(*saved) * table->row_count);
	first = placement_mask(placement[total_row]);
	{
		Search		fits;
		unsigned	n;
		long		start = reader->search_budget;

		memset(&fits, 0, sizeof(fits));
		fits.reader = reader;
		fits.table = table;
		fits.fixed_total = fixed_total;

		for (n = 0; n < 128; n++)
		{
			bool		results;

			/* its first guess, then every other placement in order */
			mask = n == 0 ? first : n;
			if (n > 0 && (mask == first ||
						  !mask_fits(&fits, (size_t) total_row, mask)))
				continue;
			/* all the placements of one table: two searches' worth at most */
			if (reader->search_budget <= 0 || start - reader->search_budget > 40000)
				break;
			GR_POLL(reader->env, reader->poll_counter);
			memcpy(placement, saved, sizeof(*saved) * table->row_count);
			apply_mask(&reader->rows[table->first_row + total_row], mask,
					   placement[total_row]);
			results = place_results(reader, table, placement, fixed_total, scratch,
									(size_t) total_row);
			if (results && place_flows(reader, table, placement, fixed_total,
									   (size_t) total_row))
			{
				gr_release(reader->env, saved);
				return true;
			}
			if (results && fallback == 0)
				fallback = mask;
		}
	}
	memcpy(placement, saved, sizeof(*saved) * table->row_count);
	if (fallback != 0)
	{
		apply_mask(&reader->rows[table->first_row + total_row], fallback,
				   placement[total_row]);
		(void) place_results(reader, table, placement, fixed_total, scratch,
							 (size_t) total_row);
		(void) place_flows(reader, table, placement, fixed_total, (size_t) total_row);
	}
	gr_release(reader->env, saved);
	return true;
}

/*
 * A table 3 row has seven columns: an eighth position is an empty cell
 * under a label that spans two columns (dropped when it leads) or residue
 * after the row (ignored).
 */
static void
trim_table3_rows(Reader *reader, const Table *table)
{
	size_t		r;

	for (r = table->first_row; r < table->first_row + table->row_count; r++)
	{
		Row		   *row = &reader->rows[r];

		if (row->position_count > 7 &&
			reader->tokens.items[row->positions[0]].kind == TOKEN_EMPTY)
		{
			memmove(row->positions, row->positions + 1,
					sizeof(size_t) * (size_t) (row->position_count - 1));
			row->position_count--;
		}
		if (row->position_count > 7)
			row->position_count = 7;
	}
}

static inline __attribute__((always_inline)) bool
emit_table3(Reader *reader, Output *out, const Table *table, int table_no)
{
	const char *col_labels[7];
	size_t		(*placement)[7];
	bool	   *fixed_total;
	bool		shifted = false;
	bool		active[6];
	bool		any_active = false;
	bool		total_column = false;	/* a row shows the 总计 column */
	size_t		parent = SIZE_MAX;
	size_t		found[7];
	size_t		r;
	int			c;
	int			form = 2019;
	int			row_no = 0;

	trim_table3_rows(reader, table);
	/* column labels as printed in the header, else the format's */
	for (c = 0; c < 7; c++)
		found[c] = SIZE_MAX;
	for (r = table->header_start; r < table->header_end; r++)
	{
		const Token *token = &reader->tokens.items[r];

		if (token->kind != TOKEN_LABEL || is_prose(reader, r))
			continue;
		if (token_contains(reader, r, "法人或其他组织"))
			parent = r;
		for (c = 0; c < 7; c++)
			if (found[c] == SIZE_MAX &&
				(c == 5 ? equals(reader->text, token->start, token->end, "其他")
				 : token_contains(reader, r, table3_column_labels[c])))
				found[c] = r;
	}
	for (c = 0; c < 7; c++)
	{
		GrBuf		buf;

		gr_buf_init(&buf, reader->env, 64);
		if (c >= 1 && c <= 5)
		{
			if (parent == SIZE_MAX)
				gr_buf_append(&buf, "法人或其他组织", strlen("法人或其他组织"));
			else
				gr_buf_append(&buf, reader->text + reader->tokens.items[parent].start,
							  reader->tokens.items[parent].end -
							  reader->tokens.items[parent].start);
			gr_buf_append(&buf, " / ", 3);
		}
		if (found[c] == SIZE_MAX)
			gr_buf_append(&buf, table3_column_labels[c],
						  strlen(table3_column_labels[c]));
		else
			gr_buf_append(&buf, reader->text + reader->tokens.items[found[c]].start,
						  reader->tokens.items[found[c]].end -
						  reader->tokens.items[found[c]].start);
		gr_buf_append_char(&buf, '\0');
		if (buf.status != GR_OK)
		{
			reader->status = buf.status;
			return false;
		}
		col_labels[c] = buf.data;
	}
	for (r = table->first_row; r < table->first_row + table->row_count; r++)
		if (strncmp(reader->rows[r].key, "other.", 6) == 0)
			form = 2021;
	/* the applicant columns in use, from the rows printed in full */
	for (c = 0; c < 6; c++)
		active[c] = false;
	for (r = table->first_row; r < table->first_row + table->row_count; r++)
		if (reader->rows[r].position_count >= 7)
		{
			total_column = true;
			for (c = 0; c < 6; c++)
				if (is_nonzero(reader, reader->rows[r].positions[c]))
					active[c] = any_active = true;
		}
		else if (!total_column && reader->rows[r].position_count >= 2)
			total_column = row_adds_up(reader, &reader->rows[r]);
	placement = gr_alloc(reader->env, sizeof(*placement) * (table->row_count + 1));
	fixed_total = gr_alloc(reader->env, sizeof(bool) * (table->row_count + 1));
	if (placement == NULL || fixed_total == NULL)
	{
		reader->status = GR_NOMEM;
		return false;
	}
	for (r = 0; r < table->row_count; r++)
	{
		const Row  *row = &reader->rows[table->first_row + r];

		fixed_total[r] = place_table3(reader, row, active, any_active, total_column,
									  placement[r]);
		if (row->position_count > 0 && row->position_count < 7)
			shifted = true;
	}
	/* a real table 3 has at most 26 rows: search only tables of that size */
	if (shifted && table->row_count <= 40)
	{
		size_t	   *scratch = gr_alloc(reader->env, sizeof(size_t) * (table->row_count + 1));

		if (scratch == NULL)
		{
			reader->status = GR_NOMEM;
			return false;
		}
		if (!refine_table3(reader, table, placement, fixed_total, scratch))
			return false;
		gr_release(reader->env, scratch);
	}
	for (r = 0; r < table->row_count; r++)
	{
		const Row  *row = &reader->rows[table->first_row + r];
		const char *row_label;

		if (count_numbers(reader, row) == 0)
			continue;
		row_no++;
		row_label = join_label(reader, row->path, row->path_len, NULL);
		if (reader->status != GR_OK)
			return false;
		for (c = 0; c < 7; c++)
			if (!emit(reader, out, table_no, 3, form, row_no, c + 1, row_label,
					  col_labels[c], row->key, table3_columns[c],
					  placement[r][c], NULL))
				return false;
	}
	gr_release(reader->env, placement);
	gr_release(reader->env, fixed_total);
	return true;
}

/*
 * Table 4 printed fewer than fifteen positions (empty cells dropped): cut
 * the numbers into groups at each number that is the sum of the numbers
 * before it in its group (that one is the group's 总计), the parts from the
 * left.  False when the numbers do not cut that way.
 */
static bool
regroup_table4(const Reader *reader, const size_t *numbers, int count,
			   size_t placed[3][5])
{
	int			group = 0;
	int			parts = 0;
	int64_t		sum = 0;
	int			i;

	for (i = 0; i < 15; i++)
		placed[i / 5][i % 5] = SIZE_MAX;
	for (i = 0; i < count && group < 3; i++)
	{
		const Token *token = &reader->tokens.items[numbers[i]];
		int64_t		v;

		if (token->kind != TOKEN_NUMBER || !decimal_to_int(token->value, &v))
			return false;
		if (parts >= 1 && v == sum)
		{
			placed[group][4] = numbers[i];
			group++;
			parts = 0;
			sum = 0;
			continue;
		}
		if (parts == 4)
			return false;
		placed[group][parts++] = numbers[i];
		sum += v;
	}
	return i == count && parts == 0;
}

static inline __attribute__((always_inline)) bool
emit_table4(Reader *reader, Output *out, const Table *table, int table_no)
{
	size_t		placed[3][5];
	size_t		numbers[15];
	int			count = 0;
	size_t		r;
	int			g;
	int			c;
	bool		full = false;

	for (g = 0; g < 15; g++)
		placed[g / 5][g % 5] = SIZE_MAX;
	for (r = table->first_row; r < table->first_row + table->row_count; r++)
	{
		const Row  *row = &reader->rows[r];

		for (c = 0; c < 5 && c < row->position_count; c++)
		{
			placed[row->group][c] = row->positions[c];
			if (row->positions[c] != SIZE_MAX && count < 15)
				numbers[count++] = row->positions[c];
		}
		if (row->group == 2 && row->position_count == 5)
			full = true;
	}
	if (!full && count >= 2 && count % 5 == 0)
	{
		/* whole groups that add up, as printed: a table cut short */
		bool		adds_up = true;

		for (g = 0; g < count / 5; g++)
		{
			int64_t		v[5];

			for (c = 0; c < 5; c++)
				v[c] = position_value(reader, numbers[g * 5 + c]);
			if (v[0] + v[1] + v[2] + v[3] != v[4])
				adds_up = false;
		}
		if (adds_up)
			full = true;
	}
	if (!full && count >= 2)
	{
		size_t		regrouped[3][5];

		if (regroup_table4(reader, numbers, count, regrouped))
			memcpy(placed, regrouped, sizeof(placed));
	}
	for (g = 0; g < 3; g++)
		for (c = 0; c < 5; c++)
			if (!emit(reader, out, table_no, 4, 0, g + 1, c + 1,
					  table4_row_labels[g], table4_column_labels[c],
					  table4_row_keys[g], table4_columns[c], placed[g][c], NULL))
				return false;
	return true;
}

/* ---------- pass 3: other tables ---------- */

/* Column headers whose numbers are codes, not values. */
static bool
is_code_header(const Reader *reader, size_t index)
{
	const Token *token = &reader->tokens.items[index];

	return equals(reader->text, token->start, token->end, "序号") ||
		equals(reader->text, token->start, token->end, "编号") ||
		equals(reader->text, token->start, token->end, "行次") ||
		token_contains(reader, index, "代码") ||
		token_contains(reader, index, "代号");
}

/* A unit column ("计量单位", "单位"). */
static bool
is_unit_header(const Reader *reader, size_t index)
{
	const Token *token = &reader->tokens.items[index];

	return token->end - token->start <= 12 && token_contains(reader, index, "单位");
}

/* Whether a label ends in a colon: a key of page chrome ("发布日期:"). */
static bool
ends_in_colon(const Reader *reader, size_t index)
{
	const Token *token = &reader->tokens.items[index];
	size_t		end = token->end;

	return (end >= token->start + 1 && reader->text[end - 1] == ':') ||
		(end >= token->start + 3 && memcmp(reader->text + end - 3, "\xEF\xBC\x9A", 3) == 0);
}

/* The unit a header names: "（单位：万元）" -> 万元. */
static const char *
header_unit(const Reader *reader, size_t index)
{
	if (index == SIZE_MAX)
		return NULL;
	if (token_contains(reader, index, "万元"))
		return "万元";
	if (token_contains(reader, index, "亿元"))
		return "亿元";
	if (token_contains(reader, index, "单位：元") || token_contains(reader, index, "单位:元") ||
		token_contains(reader, index, "（元）") || token_contains(reader, index, "(元)"))
		return "元";
	return NULL;
}

/*
 * What lies between the end of a row (byte `from`, inside its last line)
 * and the next token (at `to`): GAP_ADJACENT when the token is on the next
 * line; GAP_RULES when only lines of separators and markdown rules
 * (|---|) lie between; GAP_RESIDUE when one of them is bare separators
 * (`||||`, printed after every row of a table flattened one cell per
 * line); GAP_OTHER for a blank line or anything else.  Polled: a gap can
 * be the whole text.
 */
typedef enum Gap
{
	GAP_SAME_LINE,
	GAP_ADJACENT,
	GAP_RULES,
	GAP_RESIDUE,
	GAP_OTHER
} Gap;

static Gap
gap_between(Reader *reader, size_t from, size_t to)
{
	const char *text = reader->text;
	const char *newline = memchr(text + from, '\n', to - from);
	size_t		pos;
	size_t		next_poll;
	Gap			gap = GAP_ADJACENT;

	if (newline == NULL)
		return GAP_SAME_LINE;
	pos = (size_t) (newline - text) + 1;
	next_poll = pos + GR_POLL_INTERVAL;
	for (;;)
	{
		size_t		pipes = 0;
		bool		rule = false;
		bool		other = false;
		size_t		line_start = pos;

		/* the line from pos: the next token's own line ends the gap */
		for (; pos < to && text[pos] != '\n'; pos++)
		{
			unsigned char c = (unsigned char) text[pos];

			POLL_AT(reader, pos, next_poll);
			if (c == '|')
				pipes++;
			else if (c == '-' || c == ':')
				rule = true;
			else if (c == 0xEF && pos + 2 < to && text[pos + 1] == '\xBD' &&
					 text[pos + 2] == '\x9C')
			{
				pipes++;		/* ｜ */
				pos += 2;
			}
			else if (!is_ascii_space(c))
				other = true;
		}
		if (pos >= to)
			return other ? GAP_OTHER : gap;
		pos++;					/* the newline */
		if (other || (pipes == 0 && !rule) || pos - line_start <= 1)
			return GAP_OTHER;	/* text, or a blank line */
		if (rule)
		{
			if (gap == GAP_ADJACENT)
				gap = GAP_RULES;
		}
		else if (pipes >= 2)
			gap = GAP_RESIDUE;
		else
			return GAP_OTHER;
	}
}

/*
 * Whether the line after the one holding byte `from` is bare separators
 * (`||||`, two or more), before byte `to`: the end of a row printed one
 * cell per line.
 */
static bool
residue_follows(Reader *reader, size_t from, size_t to)
{
	const char *text = reader->text;
	const char *newline = memchr(text + from, '\n', to - from);
	size_t		pos;
	size_t		pipes = 0;
	size_t		next_poll;

	if (newline == NULL)
		return false;
	pos = (size_t) (newline - text) + 1;
	next_poll = pos + GR_POLL_INTERVAL;
	for (; pos < to && text[pos] != '\n'; pos++)
	{
		unsigned char c = (unsigned char) text[pos];

		POLL_AT(reader, pos, next_poll);
		if (c == '|')
			pipes++;
		else if (c == 0xEF && pos + 2 < to && text[pos + 1] == '\xBD' && text[pos + 2] == '\x9C')
		{
			pipes++;
			pos += 2;
		}
		else if (!is_ascii_space(c))
			return false;
	}
	return pipes >= 2;
}

/* A NUL-terminated copy of text[start, end), from env. */
static const char *
copy_text(Reader *reader, size_t start, size_t end)
{
	char	   *copy = gr_alloc(reader->env, end - start + 1);

	if (copy == NULL)
	{
		reader->status = GR_NOMEM;
		return NULL;
	}
	memcpy(copy, reader->text + start, end - start);
	copy[end - start] = '\0';
	return copy;
}

/*
 * Whether text[start, end) holds sentence punctuation (，。；！？ , ;): a
 * label holding it is prose, not a row name.  One pass over the bytes.
 */
static bool
has_sentence_mark(const char *text, size_t start, size_t end)
{
	const unsigned char *u = (const unsigned char *) text;
	size_t		p;

	for (p = start; p < end; p++)
	{
		if (u[p] == ',' || u[p] == ';')
			return true;
		if (p + 2 < end && u[p] == 0xEF && u[p + 1] == 0xBC &&
			(u[p + 2] == 0x8C || u[p + 2] == 0x9B || u[p + 2] == 0x81 || u[p + 2] == 0x9F))
			return true;
		if (p + 2 < end && u[p] == 0xE3 && u[p + 1] == 0x80 && u[p + 2] == 0x82)
			return true;
	}
	return false;
}

/* What separated_row found. */
typedef enum RowShape
{
	ROW_LINE,					/* the cells of one line */
	ROW_CELLS,					/* one cell per line, up to a line of `||||` */
	ROW_SINGLES					/* lines of one cell that make no row */
} RowShape;

/*
 * One row of another table starting at token `first` (a line with
 * separators): the tokens of its line; or, when the line has one cell, the
 * run of one-cell lines that follows, a row when a line of bare separators
 * ends it (one cell per line, `||||` after each row), else lines that make
 * no row (taken as a whole, so that a long run is looked at once).  The
 * row's end is returned; *taken when a national table read one of its
 * cells.
 */
static size_t
separated_row(Reader *reader, size_t first, bool *taken, RowShape *shape)
{
	const Token *tokens = reader->tokens.items;
	size_t		n = reader->tokens.count;
	size_t		end = first + 1;
	size_t		next_poll = first + GR_POLL_INTERVAL;

	*shape = ROW_LINE;
	*taken = tokens[first].emitted;
	while (end < n && tokens[end].line == tokens[first].line)
	{
		POLL_AT(reader, end, next_poll);
		*taken |= tokens[end].emitted;
		end++;
	}
	if (end == first + 1 && !*taken)
	{
		size_t		e = end;

		while (e < n && tokens[e].separated && !tokens[e].emitted &&
			   (e + 1 == n || tokens[e + 1].line != tokens[e].line) &&
			   gap_between(reader, tokens[e - 1].end, tokens[e].start) == GAP_ADJACENT)
		{
			POLL_AT(reader, e, next_poll);
			e++;
		}
		*shape = e - first >= 2 &&
			residue_follows(reader, tokens[e - 1].end, e < n ? tokens[e].start : reader->len)
			? ROW_CELLS : ROW_SINGLES;
		return e;
	}
	return end;
}

static bool is_empty_mark(const char *text, size_t start, size_t end);

/* Whether token index is a number or an empty cell (—, /, a lone |). */
static inline bool
is_position_token(const Reader *reader, size_t index)
{
	const Token *token = &reader->tokens.items[index];

	return token->kind != TOKEN_LABEL ||
		is_empty_mark(reader->text, token->start, token->end);
}

/*
 * The width of the rows of a run of one-cell lines [first, end) that no
 * line of `||||` cuts into rows (one cell per line without residue), or 0
 * when it is no table.  A width w fits when the run is a header of w
 * labels and rows of w cells, each row labels (after a serial number)
 * then numbers and empty cells, with a number in one row or more; the
 * smallest width that fits is the table's.  The run is looked at once per
 * width up to MAX_SINGLE_COLUMNS, so the cost is linear.
 */
#define MAX_SINGLE_COLUMNS 12
static size_t
singles_period(Reader *reader, size_t first, size_t end)
{
	const Token *tokens = reader->tokens.items;
	size_t		count = end - first;
	size_t		width;

	for (width = 2; width <= MAX_SINGLE_COLUMNS && 2 * width <= count; width++)
	{
		size_t		next_poll = first + GR_POLL_INTERVAL;
		size_t		row;
		size_t		k;
		bool		any_number = false;
		bool		fits = true;

		if (count % width != 0)
			continue;
		for (k = first; k < first + width; k++)
			if (tokens[k].kind != TOKEN_LABEL || is_position_token(reader, k))
				break;
		if (k < first + width)
			return 0;			/* no header of labels: no width fits */
		for (row = first + width; fits && row < end; row += width)
		{
			size_t		cell = row;
			bool		in_numbers = false;

			POLL_AT(reader, row, next_poll);
			/* a serial number before the label */
			if (tokens[cell].kind == TOKEN_NUMBER && !is_position_token(reader, cell + 1))
				cell++;
			if (is_position_token(reader, cell))
				fits = false;
			for (; fits && cell < row + width; cell++)
			{
				if (is_position_token(reader, cell))
				{
					in_numbers = true;
					any_number |= tokens[cell].kind == TOKEN_NUMBER;
				}
				else if (in_numbers)
					fits = false;	/* a label after the numbers */
			}
			if (!in_numbers)
				fits = false;
		}
		if (fits && any_number)
			return width;
	}
	return 0;
}

/*
 * The row of another table in tokens [i, line_end) (one line, or one cell
 * per line): a header row (no numbers, two labels or more: it becomes
 * *header_start, *header_count) or a data row (numbers and a label), whose
 * cells are emitted under the header's columns.
 */
static inline __attribute__((always_inline)) bool
separated_cells(Reader *reader, Output *out, int *table_no, bool *has_table, int *row_no,
				size_t i, size_t line_end, size_t *header_start_out, size_t *header_count_out)
{
	const Token *tokens = reader->tokens.items;
	size_t		header_start = *header_start_out;
	size_t		header_count = *header_count_out;
	size_t		cells_in_line = line_end - i;
	size_t		numbers = 0;
	size_t		labels = 0;
	size_t		next_poll;
	size_t		j;

	next_poll = i + GR_POLL_INTERVAL;
	for (j = i; j < line_end; j++)
	{
		POLL_AT(reader, j, next_poll);
		if (tokens[j].kind == TOKEN_NUMBER)
			numbers++;
		else if (tokens[j].kind == TOKEN_LABEL)
			labels++;
	}
	if (numbers == 0 && labels >= 2)
	{
		header_start = i;
		header_count = cells_in_line;
	}
	else if (numbers > 0 && labels > 0 && cells_in_line >= 2)
	{
		size_t		label_tokens[MAX_PATH];
		int			label_count = 0;
		const char *row_label;
		const char *row_unit = NULL;

		/* the row's labels and unit */
		next_poll = i + GR_POLL_INTERVAL;
		for (j = i; j < line_end; j++)
		{
			size_t		column = j - i;
			size_t		header = header_start != SIZE_MAX && column < header_count
				? header_start + column : SIZE_MAX;

			POLL_AT(reader, j, next_poll);
			if (tokens[j].kind != TOKEN_LABEL)
				continue;
			if (header != SIZE_MAX && is_unit_header(reader, header))
			{
				size_t		k;

				for (k = 0; cell_units[k]; k++)
					if (equals(reader->text, tokens[j].start, tokens[j].end, cell_units[k]))
						row_unit = cell_units[k];
				continue;
			}
			if (label_count < MAX_PATH)
				label_tokens[label_count++] = j;
		}
		if (!(label_count > 0 && ends_in_colon(reader, label_tokens[label_count - 1])))
		{
			if (!*has_table)
			{
				*has_table = true;
				(*table_no)++;
			}
			(*row_no)++;
			row_label = join_label(reader, label_tokens, label_count, NULL);
			if (reader->status != GR_OK)
				return false;
			next_poll = i + GR_POLL_INTERVAL;
			for (j = i; j < line_end; j++)
			{
				size_t		column = j - i;
				size_t		header = header_start != SIZE_MAX && column < header_count
					? header_start + column : SIZE_MAX;
				const char *col_label = NULL;
				const char *unit;

				POLL_AT(reader, j, next_poll);
				if (tokens[j].kind != TOKEN_NUMBER)
					continue;
				if (header != SIZE_MAX && (tokens[header].kind != TOKEN_LABEL ||
										   is_code_header(reader, header)))
					continue;
				/* a serial number before the first label */
				if (j == i && j + 1 < line_end && tokens[j + 1].kind == TOKEN_LABEL &&
					header == SIZE_MAX)
					continue;
				if (header != SIZE_MAX)
				{
					col_label = token_text(reader, header);
					if (reader->status != GR_OK)
						return false;
				}
				unit = row_unit ? row_unit : header_unit(reader, header);
				if (!emit(reader, out, *table_no, 0, 0, *row_no, (int) column + 1,
						  row_label, col_label, NULL, NULL, j, unit))
					return false;
			}
		}
	}
	*header_start_out = header_start;
	*header_count_out = header_count;
	return true;
}

/*
 * Tables that are not national: runs of rows with separators (lines, or
 * one cell per line with `||||` after each row) that no national table
 * read, lines of separators and markdown rules between them.  A row without
 * numbers and with two cells or more is a header row; a row with numbers
 * and a label is a data row.  Labels are the text cells of the row; codes
 * (序号, 代码) are skipped; a 计量单位 column gives the unit of its row.
 * PDF text is read_plain_block's.
 */
static bool
read_separated_block(Reader *reader, Output *out, int *table_no, size_t *at)
{
	size_t		n = reader->tokens.count;
	const Token *tokens = reader->tokens.items;
	size_t		i = *at;
	size_t		header_start = SIZE_MAX;
	size_t		header_count = 0;
	int			row_no = 0;
	bool		has_table = false;
	size_t		line_end;

	for (;;)
	{
		bool		taken;
		RowShape	shape;
		Gap			gap;

		GR_POLL(reader->env, reader->poll_counter);
		line_end = separated_row(reader, i, &taken, &shape);
		if (reader->status != GR_OK)
			return false;
		if (taken)
		{
			/* a row of a national table: it ends the run */
			*at = i == *at ? line_end : i;
			return true;
		}
		if (shape != ROW_SINGLES)
		{
			if (!separated_cells(reader, out, table_no, &has_table, &row_no, i, line_end,
								 &header_start, &header_count))
				return false;
		}
		else
		{
			size_t		period = singles_period(reader, i, line_end);
			size_t		r;

			/* one cell per line without `||||`: rows of `period` cells */
			for (r = i; period > 0 && r < line_end; r += period)
				if (!separated_cells(reader, out, table_no, &has_table, &row_no, r, r + period,
									 &header_start, &header_count))
					return false;
		}
		/* the run goes on over lines of separators and rules */
		if (line_end >= n || !tokens[line_end].separated)
			break;
		gap = gap_between(reader, tokens[line_end - 1].end, tokens[line_end].start);
		if (gap != GAP_ADJACENT && gap != GAP_RULES && gap != GAP_RESIDUE)
			break;
		i = line_end;
	}
	*at = line_end;
	return true;
}

/* The white-space separated words of text[start, end): their count, and
 * the spans of the first max of them. */
static int
split_words(const char *text, size_t start, size_t end, size_t *starts,
			size_t *ends, int max)
{
	int			count = 0;
	size_t		pos = start;
	size_t		next;

	while (pos < end)
	{
		size_t		word;

		while (pos < end && is_space_at(text, end, pos, &next))
			pos = next;
		if (pos >= end)
			break;
		word = pos;
		while (pos < end && !is_space_at(text, end, pos, &next))
		{
			pos++;
			while (pos < end && ((unsigned char) text[pos] & 0xC0) == 0x80)
				pos++;
		}
		if (count < max)
		{
			starts[count] = word;
			ends[count] = pos;
		}
		count++;
	}
	return count;
}

/* Whether text[start, end) is one UTF-8 character. */
static bool
is_one_char(const char *text, size_t start, size_t end)
{
	size_t		p = start + 1;

	while (p < end && ((unsigned char) text[p] & 0xC0) == 0x80)
		p++;
	return p == end;
}

/*
 * Whether text[start, end) ends in a dot leader ("总体情况........", "……"):
 * a line of a table of contents, whose number is a page.
 */
static bool
ends_in_leader(const char *text, size_t start, size_t end)
{
	if (end - start >= 2 && text[end - 1] == '.' && text[end - 2] == '.')
		return true;
	return end - start >= 3 &&
		(memcmp(text + end - 3, "\xE2\x80\xA6", 3) == 0 ||	/* … */
		 memcmp(text + end - 3, "\xE2\x8B\xAF", 3) == 0 ||	/* ⋯ */
		 (end - start >= 4 && memcmp(text + end - 4, "\xC2\xB7\xC2\xB7", 4) == 0));	/* ·· */
}

/* Whether token index, alone on its line, may name a row or head a column. */
static bool
is_plain_label(const Reader *reader, size_t index)
{
	const Token *token = &reader->tokens.items[index];

	return token->kind == TOKEN_LABEL && !token->emitted && !token->separated &&
		token->end - token->start <= 120 && !is_prose(reader, index) &&
		!ends_in_colon(reader, index) &&
		!ends_in_leader(reader->text, token->start, token->end) &&
		!has_sentence_mark(reader->text, token->start, token->end);
}

/*
 * Whether the label token k, alone on its line, has its numbers on the
 * next line (PDF text that put a row's label and its numbers on lines of
 * their own): a line of numbers and empty marks only, one number at least,
 * that no national table read and that no other line of numbers follows
 * (cells one per line); *end is then the token after that line.
 */
static inline bool
numbers_line_after(const Reader *reader, size_t k, size_t *end)
{
	const Token *tokens = reader->tokens.items;
	size_t		n = reader->tokens.count;
	size_t		q = k + 1;
	bool		number = false;

	if (q >= n || tokens[q].kind == TOKEN_LABEL || tokens[k].kind != TOKEN_LABEL ||
		tokens[q].line != tokens[k].line + 1 || tokens[q].separated ||
		(k > 0 && tokens[k - 1].line == tokens[k].line))
		return false;
	for (; q < n && tokens[q].line == tokens[k + 1].line; q++)
	{
		if (tokens[q].emitted || tokens[q].kind == TOKEN_LABEL)
			return false;
		number |= tokens[q].kind == TOKEN_NUMBER;
	}
	/* numbers on the line after too: one cell per line, not this */
	if (q < n && tokens[q].line == tokens[q - 1].line + 1 && tokens[q].kind != TOKEN_LABEL)
		return false;
	if (number)
		*end = q;
	return number;
}

/*
 * Whether the line of PDF text at token first (ending at token *end) is a
 * row: a label, then numbers and empty marks that no national table read,
 * and no sentence going on into the next line ("申请 7" then "件，其中…").
 */
static bool
is_plain_row(Reader *reader, size_t first, size_t *end)
{
	const Token *tokens = reader->tokens.items;
	size_t		n = reader->tokens.count;
	size_t		q = first + 1;
	bool		number = false;

	while (q < n && tokens[q].line == tokens[first].line)
		q++;
	*end = q;
	if (q == first + 1 && numbers_line_after(reader, first, end))
		q = *end;				/* the numbers on the next line */
	if (q == first + 1 || !is_plain_label(reader, first))
		return false;
	for (q = first + 1; q < *end; q++)
	{
		if (tokens[q].emitted || tokens[q].kind == TOKEN_LABEL)
			return false;
		number |= tokens[q].kind == TOKEN_NUMBER;
	}
	if (!number)
		return false;
	/* the next line goes on with the sentence: a unit and punctuation */
	if (*end < n && tokens[*end].line == tokens[first].line + 1 &&
		tokens[*end].kind == TOKEN_LABEL &&
		(has_sentence_mark(reader->text, tokens[*end].start,
						   tokens[*end].end - tokens[*end].start > 16
						   ? tokens[*end].start + 16 : tokens[*end].end) ||
		 find_bytes(reader->text + tokens[*end].start,
					tokens[*end].end - tokens[*end].start > 16
					? 16 : tokens[*end].end - tokens[*end].start, "、", 3) != NULL))
	{
		static const char *const marks[] = {"，", "。", "；", "、", "）", ")", NULL};
		const Token *next = &tokens[*end];
		int			u;

		for (u = 0; cell_units[u]; u++)
		{
			size_t		len = strlen(cell_units[u]);
			int			m;

			if (next->end - next->start <= len ||
				memcmp(reader->text + next->start, cell_units[u], len) != 0)
				continue;
			for (m = 0; marks[m]; m++)
				if (next->end - next->start >= len + strlen(marks[m]) &&
					memcmp(reader->text + next->start + len, marks[m], strlen(marks[m])) == 0)
					return false;
		}
	}
	return true;
}

#define MAX_PLAIN_COLUMNS 32
#define MAX_HEADER_LINES 16

/* Whether the line above token k is one label (of PDF text) alone. */
static bool
label_line_above(const Reader *reader, size_t k)
{
	const Token *tokens = reader->tokens.items;

	return k > 0 && tokens[k - 1].line + 1 == tokens[k].line &&
		!(k > 1 && tokens[k - 2].line == tokens[k - 1].line) &&
		is_plain_label(reader, k - 1);
}

/* Whether text[start, end) is an empty mark (—, /, 无 …). */
static bool
is_empty_mark(const char *text, size_t start, size_t end)
{
	int			i;

	for (i = 0; empty_marks[i].text; i++)
		if (end - start == empty_marks[i].len &&
			memcmp(text + start, empty_marks[i].text, end - start) == 0)
			return true;
	return false;
}

/* Whether the character bytes[0, length) opens a bracket: （ ( */
static bool
is_open_bracket(const char *bytes, size_t length)
{
	return (length == 1 && bytes[0] == '(') ||
		(length == 3 && memcmp(bytes, "\xEF\xBC\x88", 3) == 0);
}

/* Whether the character bytes[0, length) closes a bracket: ） ) */
static bool
is_close_bracket(const char *bytes, size_t length)
{
	return (length == 1 && bytes[0] == ')') ||
		(length == 3 && memcmp(bytes, "\xEF\xBC\x89", 3) == 0);
}

/*
 * Characters a column label ends in: the head nouns and measure words that
 * close the headers of statistics sheets (名称, 单位, 年度, 件数, 项目, 序号,
 * 指标, 增减, 比率, 情况, 类别, 次, 数值, 类型, 增长).  Characters that also
 * begin or go on in headers (计: 统计数 and 累计; 年: 本年 and 历年累计; 量:
 * 数量 and 计量单位; 额: 金额（万元）; 比: 占比 and 同比增长) are not among
 * them.
 */
static const char *const header_final_chars[] = {
	"称", "位", "度", "数", "目", "号", "标", "减", "率", "况", "别",
	"次", "值", "型", "长", NULL
};

/*
 * On a line of a header printed one character per line that has `ending`
 * characters fewer than the columns still going on (buffer, length: their
 * text so far; last: where its last character starts), which columns ended
 * on the line above: a column inside brackets (金额（万 of 金额（万元）) goes on;
 * the columns that end are those whose text ends in a header's last
 * character, when that gives exactly `ending` of them, or else the columns
 * not inside brackets when they are exactly `ending`.  Marks them not
 * active and returns true; false when it cannot be known.
 */
static bool
header_column_ends(char buffer[][MAX_HEADER_LINES * 4 + 1], const size_t *length,
				   const size_t *last, bool *active, const bool *open, int columns,
				   int ending)
{
	bool		final[MAX_PLAIN_COLUMNS];
	int			finals = 0;
	int			closed = 0;
	int			c;

	for (c = 0; c < columns; c++)
	{
		int			f;

		final[c] = false;
		if (!active[c] || open[c])
			continue;
		closed++;
		for (f = 0; header_final_chars[f]; f++)
			if (length[c] - last[c] == strlen(header_final_chars[f]) &&
				memcmp(buffer[c] + last[c], header_final_chars[f], length[c] - last[c]) == 0)
				final[c] = true;
		finals += final[c];
	}
	if (finals != ending && closed != ending)
		return false;
	for (c = 0; c < columns; c++)
		if (active[c] && !open[c] && (finals != ending || final[c]))
			active[c] = false;
	return true;
}

/*
 * The column labels printed right above token k (see plain_header): their
 * count, 0 when there are none, -1 on no memory; with labels NULL, only
 * their count.
 */
static int
header_above(Reader *reader, size_t k, const char **labels)
{
	const Token *tokens = reader->tokens.items;
	size_t		lines[MAX_HEADER_LINES];
	int			counts[MAX_HEADER_LINES];
	int			line_count = 0;
	size_t		starts[MAX_PLAIN_COLUMNS];
	size_t		ends[MAX_PLAIN_COLUMNS];
	int			columns;
	int			c;
	int			l;

	/* lines of single characters right above, bottom up */
	while (line_count < MAX_HEADER_LINES && label_line_above(reader, k))
	{
		size_t		above = k - 1;
		int			words = split_words(reader->text, tokens[above].start, tokens[above].end,
										starts, ends, MAX_PLAIN_COLUMNS);
		int			w;

		if (words < 1 || words > MAX_PLAIN_COLUMNS)
			break;
		for (w = 0; w < words; w++)
			if (!is_one_char(reader->text, starts[w], ends[w]))
				break;
		if (w < words)
			break;
		lines[line_count] = above;
		counts[line_count++] = words;
		k = above;
	}
	/* its top line has a character of every column */
	while (line_count > 0 && counts[line_count - 1] < 2)
	{
		line_count--;
		k = lines[line_count] + 1;
	}
	if (line_count == 0)
	{
		/* one line of words, none of them an empty mark */
		if (!label_line_above(reader, k) || is_heading(reader, k - 1))
			return 0;
		columns = split_words(reader->text, tokens[k - 1].start, tokens[k - 1].end,
							  starts, ends, MAX_PLAIN_COLUMNS);
		if (columns < 2 || columns > MAX_PLAIN_COLUMNS)
			return 0;
		for (c = 0; c < columns; c++)
			if (is_empty_mark(reader->text, starts[c], ends[c]))
				return 0;
		for (c = 0; labels != NULL && c < columns; c++)
			if ((labels[c] = copy_text(reader, starts[c], ends[c])) == NULL)
				return -1;
		return columns;
	}
	/*
	 * read down from the top line: while every column has a character on
	 * the line, in order; on a line with fewer, the columns that ended are
	 * known when the count fits (header_column_ends), else reading stops
	 */
	columns = counts[line_count - 1];
	if (labels != NULL)
	{
		char		buffer[MAX_PLAIN_COLUMNS][MAX_HEADER_LINES * 4 + 1];
		size_t		length[MAX_PLAIN_COLUMNS];
		size_t		last[MAX_PLAIN_COLUMNS];	/* the start of its last character */
		bool		active[MAX_PLAIN_COLUMNS];
		bool		open[MAX_PLAIN_COLUMNS];	/* inside （ … ） */
		int			active_count = columns;

		for (c = 0; c < columns; c++)
		{
			length[c] = 0;
			last[c] = 0;
			active[c] = true;
			open[c] = false;
		}
		for (l = line_count - 1; l >= 0 && counts[l] <= active_count; l--)
		{
			const Token *line = &tokens[lines[l]];
			int			w = 0;

			if (counts[l] < active_count &&
				!header_column_ends(buffer, length, last, active, open, columns,
									active_count - counts[l]))
				break;
			active_count = counts[l];
			split_words(reader->text, line->start, line->end, starts, ends, MAX_PLAIN_COLUMNS);
			for (c = 0; c < columns; c++)
			{
				if (!active[c])
					continue;
				last[c] = length[c];
				memcpy(buffer[c] + length[c], reader->text + starts[w], ends[w] - starts[w]);
				length[c] += ends[w] - starts[w];
				if (is_open_bracket(buffer[c] + last[c], length[c] - last[c]))
					open[c] = true;
				else if (is_close_bracket(buffer[c] + last[c], length[c] - last[c]))
					open[c] = false;
				w++;
			}
		}
		for (c = 0; c < columns; c++)
		{
			char	   *copy = gr_alloc(reader->env, length[c] + 1);

			if (copy == NULL)
			{
				reader->status = GR_NOMEM;
				return -1;
			}
			memcpy(copy, buffer[c], length[c]);
			copy[length[c]] = '\0';
			labels[c] = copy;
		}
	}
	return columns;
}

/*
 * The column labels of a table of PDF text whose first row is at token
 * first, from the lines above it, past up to two group labels
 * (一、主动公开情况 — —): a header printed one character per line (columns
 * side by side, read down as long as every column has a character on the
 * line: below that, which column a character belongs to is not known), or
 * one line of words.  Their count (0: none found; -1: no memory).
 */
static int
plain_header(Reader *reader, size_t first, const char **labels)
{
	size_t		k = first;
	int			skipped;

	for (skipped = 0; skipped <= 2; skipped++)
	{
		int			columns = header_above(reader, k, labels);

		if (columns != 0 || !label_line_above(reader, k))
			return columns;
		k--;
	}
	return 0;
}

/* Whether a label begins as an item of a list: 一、 （一） (1) 1. 第 */
static bool
starts_enumerated(const char *text, size_t start, size_t end)
{
	size_t		p = start;
	uint32_t	cp;

	if (start == end)
		return false;
	if (text_is_digit((unsigned char) text[start]) || text[start] == '(')
		return true;
	cp = gr_utf8_decode(text, end, &p);
	if (cp == 0xFF08 || cp == 0x7B2C)	/* （ 第 */
		return true;
	return gr_chinese_digit_value(cp) > 0 && p + 3 <= end &&
		memcmp(text + p, "\xE3\x80\x81", 3) == 0;	/* 一、 */
}

/*
 * The rest of a row label that wrapped in its narrow column of PDF text:
 * the line at token k right after the row, one word alone on its line that
 * is no item of its own (not 一、 （二） 1.); SIZE_MAX when there is none.
 */
static size_t
label_tail(const Reader *reader, size_t k)
{
	const Token *tokens = reader->tokens.items;
	size_t		n = reader->tokens.count;
	size_t		starts[2];
	size_t		ends[2];
	size_t		end;

	if (k == 0 || k >= n || tokens[k].line != tokens[k - 1].line + 1 ||
		(k + 1 < n && tokens[k + 1].line == tokens[k].line) ||
		tokens[k].end - tokens[k].start > 60 || !is_plain_label(reader, k) ||
		starts_enumerated(reader->text, tokens[k].start, tokens[k].end) ||
		split_words(reader->text, tokens[k].start, tokens[k].end, starts, ends, 2) != 1 ||
		numbers_line_after(reader, k, &end))
		return SIZE_MAX;
	return k;
}

/* The unit a column label names, as header_unit: 金额（万元） -> 万元. */
static const char *
label_unit(const char *label)
{
	if (label == NULL)
		return NULL;
	if (strstr(label, "万元"))
		return "万元";
	if (strstr(label, "亿元"))
		return "亿元";
	if (strstr(label, "单位：元") || strstr(label, "单位:元") ||
		strstr(label, "（元）") || strstr(label, "(元)"))
		return "元";
	return NULL;
}

/* The number of UTF-8 characters of text[start, end). */
static size_t
char_count(const char *text, size_t start, size_t end)
{
	size_t		n = 0;

	for (; start < end; start++)
		n += ((unsigned char) text[start] & 0xC0) != 0x80;
	return n;
}

/*
 * The row label of a row of PDF text: the label from label_start to
 * label_end, whose words (when starts is not NULL) are its words; words of
 * two characters or more each are label cells side by side (信息发布
 * 政府网站发布信息, as a row of pipes prints them), joined with " / " like
 * the labels of other layouts; a single-character word (2019 年) keeps the
 * label whole.  The rest of a wrapped label (token tail, or SIZE_MAX)
 * follows without a space.
 */
static const char *
plain_row_label(Reader *reader, size_t label_start, size_t label_end,
				const size_t *starts, const size_t *ends, int words, size_t tail)
{
	const Token *tokens = reader->tokens.items;
	size_t		rest = tail == SIZE_MAX ? 0 : tokens[tail].end - tokens[tail].start;
	bool		cells = starts != NULL && words >= 2;
	size_t		length;
	char	   *label;
	char	   *at;
	int			w;

	for (w = 0; cells && w < words; w++)
		if (char_count(reader->text, starts[w], ends[w]) < 2)
			cells = false;
	length = label_end - label_start + rest + (cells ? 3 * (size_t) words : 0);
	label = gr_alloc(reader->env, length + 1);
	if (label == NULL)
	{
		reader->status = GR_NOMEM;
		return NULL;
	}
	at = label;
	if (!cells)
	{
		memcpy(at, reader->text + label_start, label_end - label_start);
		at += label_end - label_start;
	}
	else
		for (w = 0; w < words; w++)
		{
			if (w > 0)
			{
				memcpy(at, " / ", 3);
				at += 3;
			}
			memcpy(at, reader->text + starts[w], ends[w] - starts[w]);
			at += ends[w] - starts[w];
		}
	if (rest > 0)
	{
		memcpy(at, reader->text + tokens[tail].start, rest);
		at += rest;
	}
	*at = '\0';
	return label;
}

/*
 * Another table flattened to PDF text: two rows or more on consecutive
 * lines, each a label then numbers (read_generic's rows, as split_plain
 * cut them), with at most three lines of label between rows (a group label,
 * the rest of a label that wrapped in its column) and no header of a table
 * of its own.  The row label is the
 * label as printed, less a leading serial number and a trailing unit word
 * (主动公开政府信息数 条 14 52: unit 条), with the rest of it when it wrapped
 * (label_tail); column labels come from the header above (plain_header),
 * the numbers filling its last columns.
 */
static bool
read_plain_block(Reader *reader, Output *out, int *table_no, size_t *at)
{
	const Token *tokens = reader->tokens.items;
	size_t		n = reader->tokens.count;
	size_t		first = *at;
	size_t		p = first;
	size_t		q;
	size_t		block_end = first;
	size_t		rows = 0;
	int			between = 0;
	const char *headers[MAX_PLAIN_COLUMNS];
	int			columns;
	int			row_no = 0;

	if (!is_plain_row(reader, first, &q))
	{
		*at = q;
		return true;
	}
	while (p < n && !tokens[p].separated)
	{
		GR_POLL(reader->env, reader->poll_counter);
		if (p > first && tokens[p].line != tokens[p - 1].line + 1)
			break;
		if (is_plain_row(reader, p, &q))
		{
			/* a header of its own above: the next table */
			if (between > 0 && header_above(reader, p, NULL) != 0)
				break;
			rows++;
			block_end = q;
			between = 0;
		}
		else if (q == p + 1 && between < 3 && is_plain_label(reader, p))
			between++;
		else
			break;
		p = q;
	}
	if (rows == 1)
	{
		size_t		starts[MAX_PLAIN_COLUMNS];
		size_t		ends[MAX_PLAIN_COLUMNS];
		int			words;

		/*
		 * A table of one row: only under a header that has a column for
		 * each of its words and numbers (项目 本年度 上年度 增减 over
		 * 主动公开政府信息 1,235 1,107 +128), not a line such as
		 * 联系电话 0591 22982541 alone.
		 */
		is_plain_row(reader, first, &q);
		words = split_words(reader->text, tokens[first].start, tokens[first].end,
							starts, ends, MAX_PLAIN_COLUMNS);
		columns = header_above(reader, first, NULL);
		if (columns < 0)
			return false;
		if (columns < 2 || words < 1 || columns != words + (int) (q - first - 1))
		{
			*at = q;
			return true;
		}
	}
	else if (rows < 2)
	{
		is_plain_row(reader, first, &q);
		*at = q;
		return true;
	}
	columns = plain_header(reader, first, headers);
	if (columns < 0)
		return false;
	if (columns == 0)
	{
		/*
		 * rows whose numbers are on the next line need a header: without
		 * one, label and number lines taking turns are too often a list
		 * (联系电话 / 12345678 / 传真 / 87654321)
		 */
		for (p = first; p < block_end; p = q)
		{
			GR_POLL(reader->env, reader->poll_counter);
			if (is_plain_row(reader, p, &q) && tokens[q - 1].line != tokens[p].line)
			{
				*at = block_end;
				return true;
			}
		}
	}
	(*table_no)++;
	for (p = first; p < block_end; p = q)
	{
		size_t		starts[MAX_PLAIN_COLUMNS];
		size_t		ends[MAX_PLAIN_COLUMNS];
		size_t		label_start = tokens[p].start;
		size_t		label_end = tokens[p].end;
		const char *unit = NULL;
		const char *row_label;
		size_t		tail;
		int			count;
		int			first_word = 0;
		int			last_word = 0;
		int			positions;
		int			k;
		int			u;

		GR_POLL(reader->env, reader->poll_counter);
		if (!is_plain_row(reader, p, &q))
			continue;
		/* a leading serial number, a trailing unit word */
		count = split_words(reader->text, label_start, label_end, starts, ends,
							MAX_PLAIN_COLUMNS);
		if (count >= 2 && count <= MAX_PLAIN_COLUMNS)
		{
			size_t		d = starts[0];

			last_word = count - 1;
			while (d < ends[0] && text_is_digit((unsigned char) reader->text[d]))
				d++;
			if (d == ends[0] && ends[0] - starts[0] <= 3)
				first_word = 1;
			for (u = 0; last_word > first_word && cell_units[u]; u++)
				if (equals(reader->text, starts[last_word], ends[last_word], cell_units[u]))
				{
					unit = cell_units[u];
					last_word--;
					break;
				}
			label_start = starts[first_word];
			label_end = ends[last_word];
		}
		tail = label_tail(reader, q);
		row_label = plain_row_label(reader, label_start, label_end,
									count >= 2 && count <= MAX_PLAIN_COLUMNS
									? starts + first_word : NULL,
									count >= 2 && count <= MAX_PLAIN_COLUMNS
									? ends + first_word : NULL,
									count >= 2 && count <= MAX_PLAIN_COLUMNS
									? last_word - first_word + 1 : 1, tail);
		if (row_label == NULL)
			return false;
		row_no++;
		positions = (int) (q - p - 1);
		for (k = 0; k < positions; k++)
		{
			int			column = columns >= positions ? columns - positions + k : -1;

			const char *col_label = column >= 0 ? headers[column] : NULL;

			if (!emit(reader, out, *table_no, 0, 0, row_no,
					  column >= 0 ? column + 1 : k + 2, row_label, col_label, NULL, NULL,
					  p + 1 + (size_t) k, unit ? unit : label_unit(col_label)))
				return false;
		}
	}
	*at = block_end;
	return true;
}

static bool
read_generic(Reader *reader, Output *out, int *table_no)
{
	size_t		i = 0;
	size_t		n = reader->tokens.count;
	const Token *tokens = reader->tokens.items;

	while (i < n)
	{
		const Token *token = &tokens[i];
		size_t		end;

		GR_POLL(reader->env, reader->poll_counter);
		if (token->emitted ||
			(token->national && i + 1 < n && tokens[i + 1].emitted))
			i++;				/* a cell or the label of a national row */
		else if (token->separated)
		{
			if (!read_separated_block(reader, out, table_no, &i))
				return false;
		}
		else if (token->kind == TOKEN_LABEL && i + 1 < n && !tokens[i + 1].emitted &&
				 (tokens[i + 1].line == token->line ||
				  (tokens[i + 1].line == token->line + 1 &&
				   numbers_line_after(reader, i, &end))))
		{
			if (!read_plain_block(reader, out, table_no, &i))
				return false;
		}
		else
			i++;
	}
	return reader->status == GR_OK;
}

/* Cells ordered by table, tables by their first cell, then as emitted. */
static int
compare_cells(const void *a, const void *b)
{
	const GrTableCell *x = a;
	const GrTableCell *y = b;

	if (x->table_no != y->table_no)
		return x->table_no < y->table_no ? -1 : 1;
	/* row_no and col_no do not order table 2's blocks; the span does */
	if (x->row_no != y->row_no)
		return x->row_no < y->row_no ? -1 : 1;
	return x->start < y->start ? -1 : (x->start > y->start);
}

typedef struct TableStart
{
	size_t		start;
	int			table;
} TableStart;

static int
compare_starts(const void *a, const void *b)
{
	const TableStart *x = a;
	const TableStart *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->table < y->table ? -1 : (x->table > y->table);
}

/*
 * Number the tables 1..n in document order (national tables were numbered
 * before the others were found) and put the cells in that order.
 */
/*
 * The cells sorted by compare_cells without qsort, when each table's cells
 * are one run already in order (as the readers emit them): the runs are
 * moved into table order, in linear time with polls (qsort of a large
 * text's cells would hold the reader between two polls).  False, with
 * nothing changed, when the cells are not so (or on no memory, with
 * reader->status set).
 */
static bool
order_runs(Reader *reader, Output *out, int tables)
{
	size_t	   *run_start;
	size_t	   *run_end;
	GrTableCell *sorted;
	size_t		i;
	size_t		w = 0;
	int			t;

	run_start = gr_alloc(reader->env, sizeof(size_t) * (size_t) (tables + 1));
	run_end = gr_alloc(reader->env, sizeof(size_t) * (size_t) (tables + 1));
	if (run_start == NULL || run_end == NULL)
	{
		reader->status = GR_NOMEM;
		return false;
	}
	for (t = 0; t <= tables; t++)
		run_start[t] = run_end[t] = SIZE_MAX;
	for (i = 0; i < out->count; i++)
	{
		int			table = out->cells[i].table_no;

		GR_POLL(reader->env, reader->poll_counter);
		if (table < 1 || table > tables)
			goto unordered;
		if (run_start[table] == SIZE_MAX)
			run_start[table] = i;
		else if (run_end[table] != i ||
				 compare_cells(&out->cells[i - 1], &out->cells[i]) >= 0)
			goto unordered;		/* a second run, or out of order */
		run_end[table] = i + 1;
	}
	sorted = gr_alloc(reader->env, sizeof(GrTableCell) * (out->count ? out->count : 1));
	if (sorted == NULL)
	{
		reader->status = GR_NOMEM;
		return false;
	}
	for (t = 1; t <= tables; t++)
		for (i = run_start[t]; run_start[t] != SIZE_MAX && i < run_end[t]; i++)
		{
			GR_POLL(reader->env, reader->poll_counter);
			sorted[w++] = out->cells[i];
		}
	gr_release(reader->env, out->cells);
	out->cells = sorted;
	out->capacity = out->count;
	gr_release(reader->env, run_start);
	gr_release(reader->env, run_end);
	return true;
unordered:
	gr_release(reader->env, run_start);
	gr_release(reader->env, run_end);
	return false;
}

static bool
order_tables(Reader *reader, Output *out, int tables)
{
	size_t	   *first;
	int		   *rank;
	TableStart *order;
	int			t;
	size_t		i;
	bool		ordered = true;
	bool		starts_ascend = true;	/* first[] ascends with t */

	if (tables == 0)
		return true;
	first = gr_alloc(reader->env, sizeof(size_t) * (size_t) (tables + 1));
	rank = gr_alloc(reader->env, sizeof(int) * (size_t) (tables + 1));
	order = gr_alloc(reader->env, sizeof(TableStart) * (size_t) (tables + 1));
	if (first == NULL || rank == NULL || order == NULL)
	{
		reader->status = GR_NOMEM;
		return false;
	}
	for (t = 0; t <= tables; t++)
		first[t] = SIZE_MAX;
	/* in pieces with a poll between them, the inner loop kept tight */
	for (i = 0; i < out->count;)
	{
		size_t		stop = out->count - i > 65536 ? i + 65536 : out->count;

		for (; i < stop; i++)
			if (out->cells[i].start < first[out->cells[i].table_no])
				first[out->cells[i].table_no] = out->cells[i].start;
		if (reader->env->poll)
			reader->env->poll(reader->env->opaque);
	}
	/*
	 * Rank the tables by their first cell (qsort: O(t log t)).  Most
	 * reports number them in document order already: then the list is
	 * sorted as it stands (its tables ascend, which breaks ties), and
	 * qsort, its code cold at each call, is not run.
	 */
	for (t = 1; t <= tables; t++)
	{
		order[t - 1] = (TableStart) {first[t], t};
		if (t > 1 && first[t] < first[t - 1])
			starts_ascend = false;
	}
	if (!starts_ascend)
		qsort(order, (size_t) tables, sizeof(TableStart), compare_starts);
	for (t = 0; t < tables; t++)
	{
		rank[order[t].table] = t + 1;
		if (order[t].table != t + 1)
			ordered = false;
	}
	if (!ordered)
	{
		for (i = 0; i < out->count; i++)
		{
			GR_POLL(reader->env, reader->poll_counter);
			out->cells[i].table_no = rank[out->cells[i].table_no];
		}
		if (!order_runs(reader, out, tables))
		{
			if (reader->status != GR_OK)
				return false;
			qsort(out->cells, out->count, sizeof(GrTableCell), compare_cells);
		}
	}
	gr_release(reader->env, first);
	gr_release(reader->env, rank);
	gr_release(reader->env, order);
	return true;
}

/*
 * Release the reader's own arrays, and the values of numbers that no cell
 * took.  Labels and the values of cells stay: the cells point at them.
 */
static void
reader_free(Reader *reader)
{
	size_t		i;

	/* only where append_token saw a value from env */
	for (i = reader->allocated_from;
		 i < reader->allocated_to && i < reader->tokens.count; i++)
	{
		GR_POLL(reader->env, reader->poll_counter);
		if (!reader->tokens.items[i].emitted)
			release_value(reader, reader->tokens.items[i].value);
	}
	gr_release(reader->env, reader->tokens.items);
	gr_release(reader->env, reader->rows);
	gr_release(reader->env, reader->tables);
	gr_release(reader->env, reader->blocks);
}

GrStatus
gr_tables_find(const GrEnv *env, const char *text, size_t len,
			   GrTableCell **cells, size_t *count)
{
	Reader		reader;
	Output		out;
	size_t		t;
	int			table_no = 0;

	*cells = NULL;
	*count = 0;
	memset(&reader, 0, sizeof(reader));
	memset(&out, 0, sizeof(out));
	reader.env = env;
	reader.text = text;
	reader.len = len;
	if (len > UINT32_MAX)
		return GR_TOO_LARGE;	/* Token offsets are 32 bits */
	reader.status = GR_OK;
	reader.search_budget = 400000;
	reader.allocated_from = SIZE_MAX;
	if (!tokenize(&reader) || !read_national(&reader))
		return reader.status == GR_OK ? GR_NOMEM : reader.status;
	/* room for the cells up front: a cell is a number token (an estimate) */
	if (reader.number_count > 0 && reader.number_count < GR_MAX_ALLOC / sizeof(GrTableCell))
	{
		out.cells = gr_alloc(env, reader.number_count * sizeof(GrTableCell));
		if (out.cells != NULL)
			out.capacity = reader.number_count;
	}
	for (t = 0; t < reader.table_count; t++)
	{
		const Table *table = &reader.tables[t];
		size_t		before = out.count;
		bool		ok = true;

		GR_POLL(env, reader.poll_counter);
		if (table->national == 2)
			ok = emit_table2(&reader, &out, table, table_no + 1);
		else if (table->national == 3)
			ok = emit_table3(&reader, &out, table, table_no + 1);
		else if (table->national == 4)
			ok = emit_table4(&reader, &out, table, table_no + 1);
		if (!ok)
			return reader.status == GR_OK ? GR_NOMEM : reader.status;
		if (out.count > before)
			table_no++;
	}
	if (!read_generic(&reader, &out, &table_no) ||
		!order_tables(&reader, &out, table_no))
		return reader.status == GR_OK ? GR_NOMEM : reader.status;
	reader_free(&reader);
	/* no cells: no array (the room made up front goes back) */
	if (out.count == 0 && out.cells != NULL)
	{
		gr_release(env, out.cells);
		out.cells = NULL;
	}
	*cells = out.cells;
	*count = out.count;
	return GR_OK;
}

/* ---------- checks ---------- */

typedef struct CheckList
{
	GrTableCheck *items;
	size_t		count;
	size_t		capacity;
} CheckList;

/* The decimal of value, as "%lld" prints it, into out; its length. */
static size_t
format_int64(int64_t value, char *out)
{
	char		digits[24];
	size_t		n = 0;
	size_t		length = 0;
	uint64_t	magnitude = value < 0 ? (uint64_t) 0 - (uint64_t) value : (uint64_t) value;

	do
	{
		digits[n++] = (char) ('0' + magnitude % 10);
		magnitude /= 10;
	} while (magnitude > 0);
	if (value < 0)
		out[length++] = '-';
	while (n > 0)
		out[length++] = digits[--n];
	out[length] = '\0';
	return length;
}

/* A NUL-terminated copy of bytes[0, length), from env; NULL on no memory. */
static char *
copy_bytes(Reader *reader, const char *bytes, size_t length)
{
	char	   *copy = gr_alloc(reader->env, length + 1);

	if (copy != NULL)
	{
		memcpy(copy, bytes, length);
		copy[length] = '\0';
	}
	return copy;
}

static bool
add_check(Reader *reader, CheckList *list, int table_no, const char *subject,
		  const char *relation, int64_t expected, int64_t actual)
{
	GrTableCheck *check;
	char		number[32];
	char	   *copy;
	size_t		subject_length = strlen(subject);
	size_t		relation_length = strlen(relation);
	size_t		length;

	if (!reserve_one(reader, (void **) &list->items, list->count,
					 &list->capacity, sizeof(GrTableCheck)))
		return false;
	check = &list->items[list->count];
	check->table_no = table_no;
	/* "<subject> <relation>" */
	if ((copy = gr_alloc(reader->env, subject_length + relation_length + 2)) == NULL)
		goto nomem;
	memcpy(copy, subject, subject_length);
	copy[subject_length] = ' ';
	memcpy(copy + subject_length + 1, relation, relation_length + 1);
	check->relation = copy;
	length = format_int64(expected, number);
	if ((check->expected = copy_bytes(reader, number, length)) == NULL)
		goto nomem;
	length = format_int64(actual, number);
	if ((check->actual = copy_bytes(reader, number, length)) == NULL)
		goto nomem;
	check->holds = expected == actual;
	list->count++;
	return true;
nomem:
	reader->status = GR_NOMEM;
	return false;
}

/* A sum over some cells: how many were printed, and their total. */
typedef struct Sum
{
	int			printed;
	int64_t		total;
	bool		exact;			/* every printed value was an integer */
} Sum;

static void
sum_add(Sum *sum, const GrTableCell *cell)
{
	int64_t		v;

	if (cell == NULL)
		return;
	sum->printed++;
	if (decimal_to_int(cell->value, &v))
		sum->total += v;
	else
		sum->exact = false;
}

/* Add the sum of some cells to another. */
static inline void
sum_merge(Sum *sum, const Sum *more)
{
	sum->printed += more->printed;
	sum->total += more->total;
	sum->exact = sum->exact && more->exact;
}

static bool
is_result_row(const char *key)
{
	return key_equals(key, "granted") || key_equals(key, "partly_granted") ||
		key_equals(key, "other") || strchr(key, '.') != NULL;
}

/* The table 3 column of a key (static, or a copy of one): 0..6, or -1. */
static int
table3_column(const char *key)
{
	int			c;

	for (c = 0; c < 7; c++)
		if (key == table3_columns[c])
			return c;
	for (c = 0; c < 7; c++)
		if (key_equals(key, table3_columns[c]))
			return c;
	return -1;
}

/* What a table 3 row adds to in its column's checks. */
typedef enum Table3Side
{
	SIDE_NONE,
	SIDE_LEFT,					/* new, carried_in */
	SIDE_TOTAL,					/* total: the right side and the total */
	SIDE_RIGHT,					/* carried_out */
	SIDE_RESULT					/* granted … other.* */
} Table3Side;

static Table3Side
table3_side(const char *row_key)
{
	if (key_equals(row_key, "new") || key_equals(row_key, "carried_in"))
		return SIDE_LEFT;
	if (key_equals(row_key, "total"))
		return SIDE_TOTAL;
	if (key_equals(row_key, "carried_out"))
		return SIDE_RIGHT;
	if (is_result_row(row_key))
		return SIDE_RESULT;
	return SIDE_NONE;
}

/*
 * Check table 3 of table_no: cells[first, last).  One pass sums every
 * column's sides (each cell's value read once); the checks are then made
 * column by column, in the order of table3_columns.
 */
static bool
check_table3(Reader *reader, CheckList *list, const GrTableCell *cells,
			 size_t first, size_t last)
{
	Sum			left[7],
				right[7],
				results[7],
				total[7];
	int			c;
	size_t		i;

	for (c = 0; c < 7; c++)
	{
		left[c] = right[c] = results[c] = total[c] = (Sum) {0, 0, true};
	}
	for (i = first; i < last; i++)
	{
		const GrTableCell *cell = &cells[i];
		Table3Side	side;
		Sum			one = {0, 0, true};

		GR_POLL(reader->env, reader->poll_counter);
		if (cell->row_key == NULL || cell->col_key == NULL ||
			(c = table3_column(cell->col_key)) < 0 ||
			(side = table3_side(cell->row_key)) == SIDE_NONE)
			continue;
		sum_add(&one, cell);
		switch (side)
		{
			case SIDE_LEFT:
				sum_merge(&left[c], &one);
				break;
			case SIDE_TOTAL:
				sum_merge(&right[c], &one);
				sum_merge(&total[c], &one);
				break;
			case SIDE_RIGHT:
				sum_merge(&right[c], &one);
				break;
			case SIDE_RESULT:
				sum_merge(&results[c], &one);
				break;
			case SIDE_NONE:
				break;
		}
	}
	for (c = 0; c < 7; c++)
	{
		const char *column = table3_columns[c];

		if (left[c].printed && right[c].printed && left[c].exact && right[c].exact &&
			!add_check(reader, list, cells[first].table_no, column,
					   "column: new + carried_in = total + carried_out",
					   left[c].total, right[c].total))
			return false;
		if (results[c].printed && total[c].printed && results[c].exact && total[c].exact &&
			!add_check(reader, list, cells[first].table_no, column,
					   "column: total = sum of results", results[c].total, total[c].total))
			return false;
	}
	/* rows are numbered in order, cells of a row are adjacent */
	for (i = first; i < last;)
	{
		size_t		j = i;
		Sum			parts = {0, 0, true},
					row_total = {0, 0, true};

		while (j < last && cells[j].row_no == cells[i].row_no)
		{
			GR_POLL(reader->env, reader->poll_counter);
			if (cells[j].row_key == NULL || cells[j].col_key == NULL)
				;				/* a row the format does not have */
			else if (cells[j].col_key == table3_columns[6] ||
					 key_equals(cells[j].col_key, "total"))
				sum_add(&row_total, &cells[j]);
			else
				sum_add(&parts, &cells[j]);
			j++;
		}
		if (parts.printed && row_total.printed && parts.exact && row_total.exact &&
			!add_check(reader, list, cells[i].table_no, cells[i].row_key,
					   "row: total = sum of the applicant columns", parts.total,
					   row_total.total))
			return false;
		i = j;
	}
	return true;
}

static bool
check_table4(Reader *reader, CheckList *list, const GrTableCell *cells,
			 size_t first, size_t last)
{
	int			g;
	size_t		i;

	for (g = 0; g < 3; g++)
	{
		Sum			parts = {0, 0, true},
					total = {0, 0, true};

		for (i = first; i < last; i++)
		{
			GR_POLL(reader->env, reader->poll_counter);
			if (cells[i].row_key == NULL || cells[i].col_key == NULL ||
				!key_equals(cells[i].row_key, table4_row_keys[g]))
				continue;
			if (key_equals(cells[i].col_key, "total"))
				sum_add(&total, &cells[i]);
			else
				sum_add(&parts, &cells[i]);
		}
		if (parts.printed && total.printed && parts.exact && total.exact &&
			!add_check(reader, list, cells[first].table_no, table4_row_keys[g],
					   "group: total = upheld + corrected + other + pending",
					   parts.total, total.total))
			return false;
	}
	return true;
}

GrStatus
gr_table_checks(const GrEnv *env, const GrTableCell *cells, size_t count,
				GrTableCheck **checks, size_t *check_count)
{
	Reader		reader;
	CheckList	list;
	size_t		i;

	*checks = NULL;
	*check_count = 0;
	memset(&reader, 0, sizeof(reader));
	memset(&list, 0, sizeof(list));
	reader.env = env;
	reader.status = GR_OK;
	for (i = 0; i < count;)
	{
		size_t		j = i;
		bool		ok = true;

		GR_POLL(env, reader.poll_counter);
		/* a table's cells: a tight loop, a poll every 65536 of them */
		for (;;)
		{
			size_t		stop = count - j > 65536 ? j + 65536 : count;

			while (j < stop && cells[j].table_no == cells[i].table_no)
				j++;
			if (j < stop || j == count)
				break;
			if (env->poll)
				env->poll(env->opaque);
		}
		if (cells[i].national == 3)
			ok = check_table3(&reader, &list, cells, i, j);
		else if (cells[i].national == 4)
			ok = check_table4(&reader, &list, cells, i, j);
		if (!ok)
			return reader.status == GR_OK ? GR_NOMEM : reader.status;
		i = j;
	}
	*checks = list.items;
	*check_count = list.count;
	return GR_OK;
}
