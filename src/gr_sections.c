/*
 * gr_sections.c
 *		The numbered section tree of a report.
 *
 * A report's headings are numbered the GB/T 9704 way (一、 （一） 1. （1）),
 * or a variant of it (1、 ① 第一章), or a damaged form of either ((a) for
 * (一), 四. for 四、, a bare 1 before the title).  Scraped copies add traps:
 * page markers that document viewers put at line starts (…共和国\n2、政府…),
 * flattened ruby pinyin, tables flattened into "cell | cell" lines, tables
 * of contents, numbered items inside sentences, and headings that run
 * straight into their paragraph with no punctuation at all.
 *
 * The work is done in five linear passes:
 *	1. page markers: line-initial "N、" whose numbers follow the page
 *	   sequence and that cut sentences are found and dropped;
 *	2. a normalised view: one code point per character of the text with its
 *	   byte offset, fullwidth forms folded to ASCII, traditional characters
 *	   folded to simplified ones, ruby pinyin and page markers left out;
 *	3. candidate labels in the view, each with its style, value and the
 *	   context it stands in (line start, after a sentence, after a comma …);
 *	   candidates in table rows, tables of contents, dates and enumerations
 *	   are rejected here;
 *	4. acceptance: a stack of open levels, one per numbering style in use;
 *	   a candidate is placed where its number continues a sibling sequence,
 *	   or opens a new level when it is a first item; mid-line candidates
 *	   need more evidence than line-initial ones;
 *	5. heading ends, bodies, section ends and topics.
 */
#include "gr_sections.h"

#include <string.h>

#include "gr_repair.h"
#include "gr_repair_tables.h"

/* ---------------------------------------------------------------------
 * Numbering styles
 * --------------------------------------------------------------------- */

typedef enum Style
{
	ST_CN = 1,					/* 一、 一. */
	ST_PAREN_CN,				/* （一） (一) */
	ST_PAREN_LATIN,				/* (a): damaged (一) */
	ST_PAREN_AR,				/* （1） (1) ⑴ */
	ST_AR_DOT,					/* 1. 1． ⒈ */
	ST_AR_DUN,					/* 1、 */
	ST_AR_BARE,					/* 1领导重视: damaged, needs siblings */
	ST_CIRCLE,					/* ① */
	ST_CHAPTER,					/* 第一章, 第一部分 */
	ST_JIE						/* 第一节 */
} Style;

/* Styles a damaged label may stand for: siblings across styles of a group. */
static int
style_group(int style)
{
	switch (style)
	{
		case ST_PAREN_CN:
		case ST_PAREN_LATIN:
		case ST_PAREN_AR:
			return 2;
		case ST_AR_DOT:
		case ST_AR_DUN:
		case ST_AR_BARE:
			return 3;
		default:
			return 10 + style;
	}
}

/* GB/T 9704 rank: smaller is higher in the hierarchy. */
static int
style_rank(int style)
{
	switch (style)
	{
		case ST_CHAPTER:
			return 0;
		case ST_JIE:
			return 1;
		case ST_CN:
			return 2;
		case ST_PAREN_CN:
		case ST_PAREN_LATIN:
			return 3;
		case ST_AR_DOT:
		case ST_AR_DUN:
		case ST_AR_BARE:
			return 4;
		case ST_PAREN_AR:
			return 5;
		default:
			return 6;
	}
}

/* What stands before a candidate label. */
typedef enum Context
{
	CTX_LINE = 1,				/* only spaces before it on its line */
	CTX_TERMINAL,				/* after 。！？ (or 如下：) */
	CTX_COMMA,					/* after ， */
	CTX_LIST,					/* after ： or ；: an enumeration */
	CTX_OTHER					/* after a word: only right after a heading */
} Context;

typedef struct Cand
{
	size_t		pos;			/* label start, index into the view */
	size_t		label_end;		/* just past the label */
	size_t		text;			/* first character of the heading */
	size_t		line_start;		/* view index of the start of its line */
	int			number;
	unsigned char style;
	unsigned char context;
	bool		dead;			/* rejected by a filter */
	bool		plausible;		/* may end the heading before it */
	bool		has_next;		/* a label numbered one more follows in its family */
} Cand;

/* An accepted section, in view indices. */
typedef struct Sec
{
	size_t		pos;
	size_t		label_end;
	size_t		heading_start;
	size_t		heading_end;
	size_t		body_start;
	int			level;
	int			parent;			/* index into secs, -1 at the top */
	int			number;
	GrTopic		topic;
	size_t		label_extra;	/* span_extra of the label, of the heading */
	size_t		heading_extra;
} Sec;

#define MAX_DEPTH 12
#define NO_POS ((size_t) -1)
#define HEADING_WINDOW 200		/* longest stretch searched for a heading end */

typedef struct View
{
	uint32_t   *cp;				/* normalised code points */
	uint32_t   *off;			/* byte offset of each in the text; off[n] = len */
	size_t		n;

	/*
	 * Bit k (of word k / 64) set when a digit stands at k - 1 and cp[k]
	 * may end the number of a label: '.', ')' or not ASCII (digit_end).
	 * The candidate scan looks at the digits before these bits instead of
	 * at every digit, so none may be missing; one too many only costs it a
	 * look.  The view notes them as it writes, some before it has read
	 * what follows the digit (at the end of a run of ASCII, after a
	 * fullwidth digit): those may be too many.
	 */
	uint64_t   *digit_ends;
} View;

/* Does c, after a digit, possibly end the number of a label (parse_label)? */
static inline bool
digit_end(uint32_t c)
{
	return c >= 0x80 || c == '.' || c == ')';
}

/* Note view index n, after a digit, as a possible end of a label's number. */
#define NOTE_DIGIT_END(bits, n) ((bits)[(n) >> 6] |= UINT64_C(1) << ((n) & 63))

/* Clear the digit ends of a view of text[0, len) from index from on. */
static void
clear_digit_ends(uint64_t *bits, size_t len, size_t from)
{
	bits[from >> 6] &= (UINT64_C(1) << (from & 63)) - 1;
	memset(bits + (from >> 6) + 1, 0, (len / 64 - (from >> 6)) * sizeof(uint64_t));
}

/* ---------------------------------------------------------------------
 * Character classes
 * --------------------------------------------------------------------- */

/* Value of a Chinese numeral digit, -1 if cp is not one. */
static int
cn_digit_slow(uint32_t cp)
{
	switch (cp)
	{
		case 0x4E00: return 1;	/* 一 */
		case 0x4E8C: return 2;	/* 二 */
		case 0x4E09: return 3;	/* 三 */
		case 0x56DB: return 4;	/* 四 */
		case 0x4E94: return 5;	/* 五 */
		case 0x516D: return 6;	/* 六 */
		case 0x4E03: return 7;	/* 七 */
		case 0x516B: return 8;	/* 八 */
		case 0x4E5D: return 9;	/* 九 */
		case 0x5341: return 10; /* 十 */
		default: return -1;
	}
}

/* cn_digit_slow over U+4E00 (一) .. U+56DB (四), built once, immutable. */
static int8_t cn_digit_table[0x56DB - 0x4E00 + 1];
static bool cn_digit_built = false;

static inline int
cn_digit(uint32_t cp)
{
	if (cp < 0x4E00 || cp > 0x56DB)
		return -1;
	if (!cn_digit_built)
	{
		for (uint32_t c = 0x4E00; c <= 0x56DB; c++)
			cn_digit_table[c - 0x4E00] = (int8_t) cn_digit_slow(c);
		cn_digit_built = true;
	}
	return cn_digit_table[cp - 0x4E00];
}

static bool
is_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

static bool
is_ascii_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/* Spaces inside a line (the view keeps '\n' as the only line break). */
static bool
is_blank(uint32_t cp)
{
	return cp == ' ';
}

/* Sentence ends. */
static bool
is_terminal(uint32_t cp)
{
	return cp == 0x3002 || cp == '!' || cp == '?' || cp == 0xFF61;
}

/* Punctuation that ends a heading when body text follows on its line. */
static bool
ends_heading(uint32_t cp)
{
	return is_terminal(cp) || cp == ':' || cp == ';';
}

/* Punctuation trimmed from the end of a heading. */
static bool
is_trailing_punct(uint32_t cp)
{
	return cp == ' ' || cp == ',' || cp == 0x3001 || cp == 0x3002 ||
		cp == ':' || cp == ';' || cp == '!' || cp == '?' || cp == '.' ||
		cp == '-' || cp == 0x2014 || cp == 0x2026 || cp == '|';
}

/* Closing quotes and brackets that may stand between 。 and a label. */
static bool
is_closer(uint32_t cp)
{
	return cp == ')' || cp == '"' || cp == 0x201D || cp == 0x2019 ||
		cp == 0x300D || cp == 0x300F || cp == 0x3011 || cp == 0x300B;
}

/* Pinyin letters, with tone marks. */
static bool
is_tone_letter(uint32_t cp)
{
	switch (cp)
	{
		case 0x0101: case 0x00E1: case 0x01CE: case 0x00E0:
		case 0x0113: case 0x00E9: case 0x011B: case 0x00E8:
		case 0x012B: case 0x00ED: case 0x01D0: case 0x00EC:
		case 0x014D: case 0x00F3: case 0x01D2: case 0x00F2:
		case 0x016B: case 0x00FA: case 0x01D4: case 0x00F9:
		case 0x01D6: case 0x01D8: case 0x01DA: case 0x01DC:
		case 0x00FC: case 0x0144: case 0x0148: case 0x01F9:
		case 0x1E3F:
			return true;
		default:
			return false;
	}
}

static inline bool
is_pinyin_letter(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return cp >= 0xE0 && cp <= 0x1E3F && is_tone_letter(cp);
}

/* Measure words and date units: a bare number before one is a quantity. */
static bool
is_measure(uint32_t cp)
{
	static const uint32_t measures[] = {
		0x4E2A, 0x6761, 0x4EF6, 0x4EBA, 0x540D, 0x5BB6, 0x9879, 0x7BC7,
		0x671F, 0x573A, 0x5E74, 0x6708, 0x65E5, 0x53F7, 0x4E07, 0x4EBF,
		0x5143, 0x5C81, 0x5929, 0x6B21, 0x500D, 0x6279, 0x8F6E, 0x5C4A,
		0x7C7B, 0x79CD, 0x4EFD, 0x4F4D, 0x5904, 0x6240, 0x53F0, 0x8F86,
		0x5957, 0x5F20, 0x518C, 0x672C, 0x90E8, 0x7EA7, 0x5C42, 0x5468,
		0x8D77, 0x5C0F, 0x5206, 0x7C73, 0x5428, 0x4EA9, 0x6237, 0x680B,
		0x5E45, 0x9875, 0x5B57, 0x7AE0, 0x8282, 0x6B3E, 0x65F6, 0x70B9,
		0x6237, 0x4E2A, 0x8F7D, 0x58F0, 0x7968, 0x5EA7, 0x95F4, 0x5BA4
	};

	for (size_t i = 0; i < sizeof(measures) / sizeof(measures[0]); i++)
		if (measures[i] == cp)
			return true;
	return false;
}

/* ---------------------------------------------------------------------
 * Pass 1: page markers
 * --------------------------------------------------------------------- */

typedef struct Marker
{
	size_t		line;			/* byte offset of the line start */
	size_t		end;			/* past the marker and the spaces after it */
	size_t		join;			/* where to drop from: line, or its line break */
	int			number;
	int			chain;
	bool		evidence;
} Marker;

typedef struct Drop
{
	size_t		start;
	size_t		end;
} Drop;

/* Is cp a character after which a line has ended its sentence? */
static bool
ends_sentence(uint32_t cp)
{
	return is_terminal(cp) || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B ||
		cp == 0xFF1A || cp == ';' || cp == ':' || cp == 0x201D || cp == '"' ||
		cp == 0x300D || cp == '|';
}

/*
 * Does the line text[start, end) start with a label (一、 （一） （1）)?
 * A heading line may end without punctuation and is no cut sentence.
 * (A line that starts with 1、 may start with the previous page marker.)
 */
static bool
starts_with_label(const char *text, size_t len, size_t start, size_t end)
{
	size_t		p = start;
	uint32_t	c = 0;

	while (p < end)
	{
		c = gr_utf8_decode(text, len, &p);
		if (!gr_is_space(c))
			break;
	}
	if (p >= end)
		return false;
	if (c == '(' || c == 0xFF08)
		c = gr_utf8_decode(text, len, &p);
	else if (cn_digit(c) <= 0)
		return false;
	if (cn_digit(c) > 0 || (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19))
	{
		while (p < end)
		{
			size_t		q = p;

			c = gr_utf8_decode(text, len, &q);
			if (!(cn_digit(c) >= 0 || (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19)))
				break;
			p = q;
		}
		if (p < end)
		{
			c = gr_utf8_decode(text, len, &p);
			return c == 0x3001 || c == '.' || c == 0xFF0E || c == ')' || c == 0xFF09;
		}
	}
	return false;
}

/*
 * Does the 、 at text[at] end a possible page marker: one to three digits,
 * not all zero, at the start of a line?  The view is built on the
 * assumption that the text has no page marker and tests each 、 it meets
 * so; only when one of them is such a marker are the page markers looked
 * for, and the view built again when some are dropped.  On table text,
 * which has none, that costs no pass over the text.
 */
static bool
may_end_marker(const char *text, size_t at)
{
	size_t		first = at;		/* back over the digits before the 、 */
	bool		nonzero = false;

	while (first > 0 && at - first < 4 && is_digit((unsigned char) text[first - 1]))
	{
		first--;
		nonzero |= text[first] != '0';
	}
	return at - first >= 1 && at - first <= 3 && nonzero &&
		(first == 0 || text[first - 1] == '\n');
}

/*
 * Find page markers: line-initial "N、" where N follows the previous
 * marker's number and the marker cuts a sentence (the line before it stops
 * mid-sentence, or punctuation follows the marker).  A chain of markers is
 * dropped when at least two of them show that evidence.
 */
static GrStatus
find_page_markers(const GrEnv *env, const char *text, size_t len,
				  Drop **drops_out, size_t *ndrops_out)
{
	Marker	   *markers = NULL;
	size_t		nmarkers = 0,
				cap = 0;
	int		   *last_of = NULL;
	int		   *chain_evidence = NULL;
	int		   *chain_tail = NULL;	/* by chain: its latest marker */
	Drop	   *drops = NULL;
	size_t		ndrops = 0;
	size_t		counter = 0;
	size_t		prev_line = NO_POS;

	*drops_out = NULL;
	*ndrops_out = 0;
	for (size_t line = 0; line < len;)
	{
		size_t		next = line;
		size_t		p = line;
		int			number = 0,
					digits = 0;

		GR_POLL(env, counter);
		{
			const char *nl = memchr(text + line, '\n', len - line);

			next = nl ? (size_t) (nl - text) : len;
		}
		/* most lines do not start with a digit: one test passes them */
		if (is_digit((unsigned char) text[line]))
			while (p < len && is_digit((unsigned char) text[p]) && digits < 4)
			{
				number = number * 10 + (text[p] - '0');
				p++;
				digits++;
			}
		if (digits >= 1 && digits <= 3 && number > 0 && p + 3 <= len &&
			memcmp(text + p, "\xE3\x80\x81", 3) == 0)
		{
			Marker		m;
			size_t		q = p + 3;
			uint32_t	after;
			size_t		at;

			memset(&m, 0, sizeof(m));
			m.line = line;
			m.number = number;
			m.join = line;
			/* spaces (and zero-width spaces) after the marker go with it */
			for (;;)
			{
				at = q;
				if (q >= len)
					break;
				after = gr_utf8_decode_fast(text, len, &q);
				if (!(after == ' ' || after == 0x3000 || after == 0x200B ||
					  after == 0xFEFF || after == '\t'))
				{
					q = at;
					break;
				}
			}
			m.end = q;
			/* evidence: punctuation right after the marker */
			if (q >= len || text[q] == '\n' || text[q] == '\r')
				m.evidence = true;
			else
			{
				size_t		r = q;

				after = gr_utf8_decode_fast(text, len, &r);
				if (after == 0xFF0C || after == ',' || after == 0x3002 ||
					after == 0x3001 || after == 0xFF1B || after == 0xFF1A ||
					after == ')' || after == 0xFF09 || after == 0x201D ||
					after == 0x300D || after == ';' || after == ':' ||
					after == '.' || is_tone_letter(after) ||
					(after >= 'a' && after <= 'z'))
					m.evidence = true;
			}
			/* evidence: the line before stops in mid-sentence */
			if (prev_line != NO_POS)
			{
				size_t		e = line - 1;	/* the '\n' */
				size_t		s = prev_line;
				size_t		last = NO_POS;
				size_t		chars = 0;

				for (size_t r = s; r < e;)
				{
					size_t		at2 = r;
					uint32_t	c = gr_utf8_decode_fast(text, len, &r);

					if (!gr_is_space(c))
						last = at2;
					chars++;
				}
				if (last != NO_POS)
				{
					size_t		r = last;
					uint32_t	c = gr_utf8_decode_fast(text, len, &r);

					if (!ends_sentence(c))
					{
						/* long enough to be a cut sentence, and not a title */
						if (chars >= 12 && !starts_with_label(text, len, s, e))
							m.evidence = true;
						m.join = (e > 0 && text[e - 1] == '\r') ? e - 1 : e;
					}
				}
			}
			if (nmarkers == cap)
			{
				size_t		ncap = cap ? cap * 2 : 16;
				Marker	   *grown = gr_grow(env, markers, ncap * sizeof(Marker));

				if (!grown)
					goto nomem;
				markers = grown;
				cap = ncap;
			}
			markers[nmarkers++] = m;
		}
		prev_line = line;
		line = next + 1;
	}
	if (nmarkers == 0)
		return GR_OK;

	/* chain markers: each links to the latest marker numbered one less */
	last_of = gr_alloc(env, 1001 * sizeof(int));
	chain_evidence = gr_alloc(env, nmarkers * sizeof(int));
	chain_tail = gr_alloc(env, nmarkers * sizeof(int));
	if (!last_of || !chain_evidence || !chain_tail)
		goto nomem;
	for (int k = 0; k <= 1000; k++)
		last_of[k] = -1;
	for (size_t i = 0; i < nmarkers; i++)
	{
		Marker	   *m = &markers[i];
		int			pred = m->number > 1 ? last_of[m->number - 1] : -1;

		GR_POLL(env, counter);
		/* pages only go forward: link to a chain's latest marker only */
		if (pred >= 0 && chain_tail[markers[pred].chain] != pred)
			pred = -1;
		m->chain = pred >= 0 ? markers[pred].chain : (int) i;
		if (pred < 0)
			chain_evidence[i] = 0;
		chain_evidence[m->chain] += m->evidence ? 1 : 0;
		chain_tail[m->chain] = (int) i;
		last_of[m->number] = (int) i;
	}
	drops = gr_alloc(env, nmarkers * sizeof(Drop));
	if (!drops)
		goto nomem;
	for (size_t i = 0; i < nmarkers; i++)
	{
		Marker	   *m = &markers[i];
		bool		punct_after = false;

		if (m->end >= len || text[m->end] == '\n')
			punct_after = true;
		if (chain_evidence[m->chain] >= 2 || punct_after)
		{
			drops[ndrops].start = m->join;
			drops[ndrops].end = m->end;
			ndrops++;
		}
	}
	gr_release(env, markers);
	gr_release(env, last_of);
	gr_release(env, chain_evidence);
	gr_release(env, chain_tail);
	*drops_out = drops;
	*ndrops_out = ndrops;
	return GR_OK;

nomem:
	gr_release(env, markers);
	gr_release(env, last_of);
	gr_release(env, chain_evidence);
	gr_release(env, chain_tail);
	gr_release(env, drops);
	return GR_NOMEM;
}

/* ---------------------------------------------------------------------
 * Pass 2: the normalised view
 * --------------------------------------------------------------------- */

#define RUBY_GATES 32

/* Kept out of line: a hot loop with few variables, inside one with many */
#if defined(__GNUC__)
#define GR_NOINLINE __attribute__((noinline))
#else
#define GR_NOINLINE
#endif

/*
 * U+4000..U+9FFF folded to simplified (gr_t2s_direct, or the character
 * itself): one load per Han character in the view's tight loop.  Built
 * once, immutable.
 */
static uint16_t han_fold[0x6000];
static bool han_fold_built = false;

static const uint16_t *
han_fold_table(void)
{
	if (!han_fold_built)
	{
		for (uint32_t c = 0x4000; c <= 0x9FFF; c++)
		{
			uint16_t	simple = gr_t2s_direct[c - GR_HAN_FIRST];

			han_fold[c - 0x4000] = simple != 0 ? simple : (uint16_t) c;
		}
		han_fold_built = true;
	}
	return han_fold;
}

/*
 * ASCII the view's tight loop does not just copy: tab, CR, letters a-z, and
 * '.' and ')', which may end the number of a label (digit_end)
 */
static const bool ascii_odd[128] = {
	['\t'] = true, ['\r'] = true, ['.'] = true, [')'] = true,
	['a'] = true, ['b'] = true, ['c'] = true, ['d'] = true, ['e'] = true,
	['f'] = true, ['g'] = true, ['h'] = true, ['i'] = true, ['j'] = true,
	['k'] = true, ['l'] = true, ['m'] = true, ['n'] = true, ['o'] = true,
	['p'] = true, ['q'] = true, ['r'] = true, ['s'] = true, ['t'] = true,
	['u'] = true, ['v'] = true, ['w'] = true, ['x'] = true, ['y'] = true,
	['z'] = true,
};

/*
 * What the view holds for character c (GR_REPLACEMENT_CP for malformed
 * bytes), or GR_INVALID_CP when it leaves c out: traditional Han folded to
 * simplified, fullwidth ASCII folded, spaces made ' ', zero-width
 * characters, soft hyphens and CRs left out.
 */
static inline uint32_t
view_char(uint32_t c)
{
	if (c >= 0x3400 && c <= 0x9FFF)
	{
		/* gr_simplify_char inline: the repair step's table */
		uint32_t	simple = gr_t2s_direct[c - GR_HAN_FIRST];

		return simple != 0 ? simple : c;
	}
	if (c >= 0xFF01 && c <= 0xFF5E)
		return c - 0xFEE0;		/* fullwidth ASCII */
	if (c == 0x3000 || c == 0xA0 || c == '\t' || c == 0x2002 ||
		c == 0x2003 || c == 0x2009 || c == 0x202F)
		return ' ';
	if (c == 0x200B || c == 0xFEFF || c == 0xAD || c == 0x200C ||
		c == 0x200D || c == '\r')
		return GR_INVALID_CP;
	if (c == 0xFE50 || c == 0xFE51)
		return (c == 0xFE50) ? ',' : 0x3001;
	return c;
}

/*
 * Whether c is past the eighth of a run of one character: a long run says
 * nothing more after 8 of it.  *last and *run follow the raw characters
 * (before view_char).  The ASCII and Han loops of view_fast keep this
 * written out, fused with their stores.
 */
static inline bool
run_past_eight(uint32_t c, uint32_t *last, size_t *run)
{
	if (c != *last)
	{
		*last = c;
		*run = 1;
		return false;
	}
	return ++*run > 8;
}

/*
 * The view's tight loop, from text[pos] on, up to end (at most the text's
 * length - 2: a character's first three bytes are read without a check):
 * the steps of build_view's general loop, with a path of its own for each
 * common kind of character: ASCII, Han with lead bytes E4..E9
 * (U+4000..U+9FFF), the punctuation of Chinese text (U+2000..203F,
 * U+3000..303F, U+FF00..FF7F), then the rest of the three-byte range, two-
 * and four-byte characters and single malformed bytes (a tab becomes a
 * space, a CR and a zero-width space are left out, fullwidth forms are
 * folded, a letter is looked at for ruby).  It returns where it stopped: at
 * end, at one of the few malformed forms it leaves to the general loop, or,
 * when check_markers, at a 、 that may end a page marker (may_end_marker:
 * the general loop sees to it).  The view has a slot per byte, so no slot
 * check is needed (n <= pos).  A function of its own, so that its few
 * variables stay in registers.
 */
static GR_NOINLINE size_t
view_fast(const char *text, size_t len, size_t pos, size_t end, const uint16_t *fold,
		  uint32_t *vcp, uint32_t *voff, size_t *n_io, uint32_t *raw_last_io,
		  size_t *run_io, size_t *first_tone, size_t *paren_gate, int *ngates,
		  bool *paren_many, bool check_markers, uint64_t *digit_ends)
{
	size_t		n = *n_io;
	uint32_t	raw_last = *raw_last_io;
	size_t		run = *run_io;
	size_t		block_end = end;
	size_t		at;
	uint32_t	c;

	while (pos < block_end)
	{
		uint32_t	b0 = (unsigned char) text[pos];

		at = pos;
		if (b0 < 0x80)
		{
			/* ASCII, as long as it goes on */
			for (;;)
			{
				at = pos;
				pos++;
				if (b0 != raw_last)
				{
					run = 1;
					raw_last = b0;
				}
				else if (++run > 8)
					goto ascii_next;
				if (ascii_odd[b0])
				{
					if (b0 == '\r')
						goto ascii_next;
					if (b0 == '\t')
						b0 = ' ';
					else if (b0 == '.' || b0 == ')')
					{
						if (n > 0 && vcp[n - 1] - '0' < 10)
							NOTE_DIGIT_END(digit_ends, n);
					}
					/* a letter after "(" after a character: maybe ruby */
					else if (n > 1 && vcp[n - 1] == '(' && gr_is_han(vcp[n - 2]))
					{
						if (*ngates < RUBY_GATES)
							paren_gate[(*ngates)++] = n;
						else
							*paren_many = true;
					}
				}
				vcp[n] = b0;
				voff[n] = (uint32_t) at;
				n++;
		ascii_next:
				if (pos >= block_end)
					break;
				b0 = (unsigned char) text[pos];
				if (b0 >= 0x80)
					break;
			}
			/* what follows a number is not ASCII, or not known */
			if (n > 0 && vcp[n - 1] - '0' < 10)
				NOTE_DIGIT_END(digit_ends, n);
		}
		else if (b0 - 0xE4 <= 5)
		{
			/* Han (U+4000..U+9FFF), as long as they go on */
			for (;;)
			{
				uint32_t	b1 = (unsigned char) text[pos + 1];
				uint32_t	b2 = (unsigned char) text[pos + 2];

				/* continuation bytes are 10xxxxxx */
				if ((((b1 << 8) | b2) & 0xC0C0) != 0x8080)
					goto stop;
				/* the marker bits of the three bytes taken off at once */
				c = (b0 << 12) + (b1 << 6) + b2 - ((0xE0u << 12) + (0x80u << 6) + 0x80u);
				at = pos;
				pos += 3;
				if (c != raw_last)
				{
					run = 1;
					raw_last = c;
					vcp[n] = fold[c - 0x4000];
					voff[n] = (uint32_t) at;
					n++;
				}
				else if (++run <= 8)
				{
					vcp[n] = fold[c - 0x4000];
					voff[n] = (uint32_t) at;
					n++;
				}
				if (pos >= block_end)
					break;
				b0 = (unsigned char) text[pos];
				if (b0 - 0xE4 > 5)
					break;
			}
		}
		else if (b0 - 0xE0 <= 15)
		{
			uint32_t	b1 = (unsigned char) text[pos + 1];
			uint32_t	b2 = (unsigned char) text[pos + 2];
			uint32_t	out;

			/* three bytes, continuation bytes 10xxxxxx */
			if ((((b1 << 8) | b2) & 0xC0C0) != 0x8080)
				break;
			/* the marker bits of the three bytes taken off at once */
			c = (b0 << 12) + (b1 << 6) + b2 - ((0xE0u << 12) + (0x80u << 6) + 0x80u);
			if (c - 0x3000 < 0x40)
			{
				if (c == 0x3001 && check_markers && may_end_marker(text, pos))
					break;
				out = c == 0x3000 ? ' ' : c;	/* 、。《》 … and U+3000 */
			}
			else if (c - 0xFF00 < 0x80)
			{
				/* fullwidth ASCII folded: ，：；（） … */
				out = c - 0xFF01 < 0x5E ? c - 0xFEE0 : c;
			}
			else if (c - 0x2000 < 0x40)
			{
				/* “” — …, spaces, zero-width characters left out */
				if (c - 0x200B < 3)
					out = GR_INVALID_CP;
				else if (c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x202F)
					out = ' ';
				else
					out = c;
			}
			else if (c >= 0x800 && c - 0xD800 >= 0x800)
				out = view_char(c); /* the rest: kana, halfwidth forms … */
			else
				break;	/* overlong forms, surrogates */
			pos += 3;
			if (run_past_eight(c, &raw_last, &run))
				continue;
			if (out - 'a' < 26)
			{
				/* a folded letter after "(" after a character: maybe ruby */
				if (n > 1 && vcp[n - 1] == '(' && gr_is_han(vcp[n - 2]))
				{
					if (*ngates < RUBY_GATES)
						paren_gate[(*ngates)++] = n;
					else
						*paren_many = true;
				}
			}
			else if (out == GR_INVALID_CP)
				continue;
			else if (out == 0x1E3F && *first_tone == SIZE_MAX)
				*first_tone = n;	/* the one three-byte tone letter */
			vcp[n] = out;
			voff[n] = (uint32_t) at;
			n++;
			/* a fullwidth digit: what follows is not known yet */
			if (out - '0' < 10)
				NOTE_DIGIT_END(digit_ends, n);
		}
		else if (b0 - 0xC2 <= 0xDF - 0xC2)
		{
			/*
			 * two bytes (U+0080..U+07FF): pinyin with tone marks, no-break
			 * and soft hyphen; ruby text has one every few characters
			 */
			uint32_t	b1 = (unsigned char) text[pos + 1];

			if ((b1 & 0xC0) != 0x80)
				break;
			c = ((b0 & 0x1F) << 6) | (b1 & 0x3F);
			at = pos;
			pos += 2;
			if (run_past_eight(c, &raw_last, &run))
				continue;
			if (c == 0xAD)
				continue;		/* a soft hyphen is left out */
			if (c == 0xA0)
				c = ' ';
			else if (is_pinyin_letter(c) && *first_tone == SIZE_MAX)
				*first_tone = n;	/* ruby may start here */
			vcp[n] = c;
			voff[n] = (uint32_t) at;
			n++;
		}
		else
		{
			at = pos;
			if (b0 - 0xF0 <= 4 && len - pos >= 4)
			{
				/* four bytes (U+10000..U+10FFFF: emoji, rare Han), as they are */
				uint32_t	b1 = (unsigned char) text[pos + 1];
				uint32_t	b2 = (unsigned char) text[pos + 2];
				uint32_t	b3 = (unsigned char) text[pos + 3];

				if ((((b1 << 16) | (b2 << 8) | b3) & 0xC0C0C0) != 0x808080)
					break;
				c = ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
				if (c < 0x10000 || c > 0x10FFFF)
					break;
				pos += 4;
			}
			else
			{
				/* malformed bytes: a replacement character, as gr_utf8_decode reads them */
				size_t		next = pos;

				if (gr_utf8_decode(text, len, &next) != GR_INVALID_CP)
					break;		/* (cannot happen: every valid form is taken above) */
				c = GR_REPLACEMENT_CP;
				pos = next;
			}
			if (run_past_eight(c, &raw_last, &run))
				continue;
			vcp[n] = c;
			voff[n] = (uint32_t) at;
			n++;
		}
	}
stop:
	*n_io = n;
	*raw_last_io = raw_last;
	*run_io = run;
	return pos;
}

/*
 * Build the view of text[0, len).  The page markers to leave out are found
 * on the way (*drops, *ndrops, for the caller to release): the view is
 * built as if there were none until a 、 may end one (may_end_marker),
 * then they are looked for over the whole text (find_page_markers) and,
 * when some are to be dropped, the view is built again from the start
 * without them.
 */
static GrStatus
build_view(const GrEnv *env, const char *text, size_t len, View *view,
		   Drop **drops_out, size_t *ndrops_out)
{
	size_t		n = 0,
				d = 0,
				counter = 0,
				pos = 0;
	Drop	   *drops = NULL;
	size_t		ndrops = 0;
	bool		check_markers = true;
	size_t		w;
	size_t		cap = 16;
	/*
	 * Where ruby may start: a tone letter (first_tone), or a letter right
	 * after a character's "(" (paren_gate, the letter's index; up to
	 * RUBY_GATES of them, then paren_many).
	 */
	size_t		first_tone = SIZE_MAX;
	size_t		paren_gate[RUBY_GATES];
	int			ngates = 0;
	bool		paren_many = false;
	bool		moved = false;	/* the ruby pass has dropped some */
	size_t		start;
	uint32_t	raw_last = GR_INVALID_CP;
	size_t		run = 0;
	size_t		next_drop = SIZE_MAX;
	uint32_t   *vcp;
	uint32_t   *voff;
	const uint16_t *fold = han_fold_table();

	*drops_out = NULL;
	*ndrops_out = 0;

	if (len >= UINT32_MAX || (len + 1) > GR_MAX_ALLOC / sizeof(uint32_t))
		return GR_TOO_LARGE;
	/*
	 * One slot per byte is always enough; only a text too large for that
	 * counts the bytes that start a character (untouched memory costs
	 * nothing, so the smaller size is not worth a pass otherwise).
	 */
	if ((len + 1) <= GR_MAX_ALLOC / sizeof(uint32_t) / 4)
		cap = len + 1;
	else
	{
		for (size_t pos = 0; pos < len; pos++)
			cap += ((unsigned char) text[pos] & 0xC0) != 0x80;
		if (cap > len + 1)
			cap = len + 1;
	}
	view->cp = gr_alloc(env, cap * sizeof(uint32_t));
	view->off = gr_alloc(env, cap * sizeof(uint32_t));
	/* a bit per slot the view may reach (len + 1) */
	view->digit_ends = gr_alloc_zero(env, len / 64 + 1, sizeof(uint64_t));
	if (!view->cp || !view->off || !view->digit_ends)
		return GR_NOMEM;
	/* locals: stores through them cannot change what the loop reads */
	vcp = view->cp;
	voff = view->off;

	while (pos < len)
	{
		size_t		at = pos;
		uint32_t	c;
		const unsigned char *u = (const unsigned char *) text + pos;

		GR_POLL(env, counter);
		if (pos >= next_drop)
		{
			if (pos < drops[d].end)
				pos = drops[d].end;
			d++;
			next_drop = d < ndrops ? drops[d].start : SIZE_MAX;
			continue;
		}
		/*
		 * A run of ASCII, of Han characters with lead bytes E4..E9
		 * (U+4000..U+9FFF) and of the punctuation of Chinese text
		 * (U+2000..203F, U+3000..303F, U+FF00..FF7F): the steps below for
		 * them alone, in a tight loop (a tab becomes a space, a CR and a
		 * zero-width space are left out, fullwidth forms are folded, a
		 * letter is looked at for ruby).  With a slot per byte (cap == len + 1) no slot check is
		 * needed: n <= at.  It polls once per block of 4096 bytes.
		 */
		if (cap == len + 1 && len >= 3)
		{
			size_t		fast_end = next_drop < len - 2 ? next_drop : len - 2;

			while (pos < fast_end)
			{
				size_t		block_end = fast_end - pos > 4096 ? pos + 4096 : fast_end;

				pos = view_fast(text, len, pos, block_end, fold, vcp, voff, &n, &raw_last,
								&run, &first_tone, paren_gate, &ngates, &paren_many,
								check_markers, view->digit_ends);
				if (pos < block_end)
					break;
				if (env->poll)
					env->poll(env->opaque);
			}
			u = (const unsigned char *) text + pos;
		}
		if (pos >= len || pos >= next_drop)
			continue;
		at = pos;
		/* gr_utf8_decode_fast, with the common cases first */
		if (u[0] < 0x80)
		{
			c = u[0];
			pos++;
		}
		else if (u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED && len - pos >= 3 &&
				 (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
		{
			/* lead bytes that cannot make an overlong form or a surrogate */
			c = ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) |
				(u[2] & 0x3F);
			pos += 3;
		}
		else
		{
			/* a copy: pos itself is never address-taken, so stays in a register */
			size_t		q = pos;

			c = gr_utf8_decode_fast(text, len, &q);
			pos = q;
		}
		if (c == GR_INVALID_CP)
			c = GR_REPLACEMENT_CP;
		if (c == 0x3001 && check_markers && may_end_marker(text, at))
		{
			GrStatus	status = find_page_markers(env, text, len, &drops, &ndrops);

			if (status != GR_OK)
				return status;
			*drops_out = drops;
			*ndrops_out = ndrops;
			check_markers = false;
			if (ndrops > 0)
			{
				/* again from the start, without the markers */
				clear_digit_ends(view->digit_ends, len, 0);
				n = d = 0;
				pos = 0;
				next_drop = drops[0].start;
				first_tone = SIZE_MAX;
				ngates = 0;
				paren_many = false;
				raw_last = GR_INVALID_CP;
				run = 0;
				continue;
			}
		}
		if (run_past_eight(c, &raw_last, &run))
			continue;
		c = view_char(c);
		if (c == GR_INVALID_CP)
			continue;
		/* malformed bytes decode one by one: more characters than counted */
		if (n + 1 >= cap)
		{
			size_t		ncap = cap * 2 < len + 1 ? cap * 2 : len + 1;
			uint32_t   *cp = gr_grow(env, view->cp, ncap * sizeof(uint32_t));
			uint32_t   *off;

			if (!cp)
				return GR_NOMEM;
			view->cp = vcp = cp;
			off = gr_grow(env, view->off, ncap * sizeof(uint32_t));
			if (!off)
				return GR_NOMEM;
			view->off = voff = off;
			cap = ncap;
		}
		/*
		 * Ruby to drop: the pass below drops a run of letters with a tone
		 * mark, or letters in "(" ")" after a character; so a tone letter,
		 * or a letter right after a character's "(", must be there.
		 */
		if (c < 0x1E40 && is_pinyin_letter(c))
		{
			if (c >= 0x80)
			{
				if (first_tone == SIZE_MAX)
					first_tone = n;
			}
			else if (n > 1 && vcp[n - 1] == '(' && gr_is_han(vcp[n - 2]))
			{
				if (ngates < RUBY_GATES)
					paren_gate[ngates++] = n;
				else
					paren_many = true;
			}
		}
		vcp[n] = c;
		voff[n] = (uint32_t) at;
		n++;
		/* what follows a digit is not known yet */
		if (is_digit(c))
			NOTE_DIGIT_END(view->digit_ends, n);
	}
	view->n = n;
	view->off[n] = (uint32_t) len;

	/*
	 * Drop flattened ruby: 领(lǐng)导, 报bào告.  Before the first drop the
	 * pass below changes nothing, and the first drop needs a gate: a run
	 * with a tone letter within its first 7 letters, or "(" + letters + ")"
	 * right after a character (later drops may follow a dropped ruby).
	 * Without tone letters and with few gates, the gates are tried one by
	 * one and the pass starts at the first "(" that is dropped, if any.
	 */
	if (first_tone != SIZE_MAX || paren_many)
	{
		start = SIZE_MAX;
		if (first_tone != SIZE_MAX)
			start = first_tone > 8 ? first_tone - 8 : 0;
		if (ngates > 0 && paren_gate[0] - 1 < start)
			start = paren_gate[0] - 1;
	}
	else
	{
		start = SIZE_MAX;
		for (int g = 0; g < ngates && start == SIZE_MAX; g++)
		{
			size_t		r = paren_gate[g] - 1;	/* the "(" */
			size_t		k = r + 1;

			while (k < n && k - r <= 8 && is_pinyin_letter(vcp[k]))
				k++;
			if (k > r + 1 && k < n && k - r <= 8 && vcp[k] == ')')
				start = r;
		}
		if (start == SIZE_MAX)
			return GR_OK;
	}
	/*
	 * From the first drop on, the characters move: their digit ends are
	 * cleared there, and noted again as they move (moved)
	 */
	w = start;
	for (size_t r = start; r < n;)
	{
		GR_POLL(env, counter);
		if ((view->cp[r] == '(' || is_pinyin_letter(view->cp[r])) &&
			w > 0 && gr_is_han(view->cp[w - 1]))
		{
			if (view->cp[r] == '(')
			{
				size_t		k = r + 1;

				while (k < n && k - r <= 8 && is_pinyin_letter(view->cp[k]))
					k++;
				if (k > r + 1 && k < n && k - r <= 8 && view->cp[k] == ')')
				{
					if (!moved)
						clear_digit_ends(view->digit_ends, len, w);
					moved = true;
					r = k + 1;
					continue;
				}
			}
			else if (is_pinyin_letter(view->cp[r]))
			{
				size_t		k = r;
				bool		tone = false;

				while (k < n && k - r <= 7 && is_pinyin_letter(view->cp[k]))
				{
					tone |= is_tone_letter(view->cp[k]);
					k++;
				}
				if (tone && k - r <= 7 &&
					(k == n || !(is_ascii_letter(view->cp[k]) || is_digit(view->cp[k]))))
				{
					if (!moved)
						clear_digit_ends(view->digit_ends, len, w);
					moved = true;
					r = k;
					continue;
				}
			}
		}
		view->cp[w] = view->cp[r];
		view->off[w] = view->off[r];
		if (moved && is_digit(view->cp[w - 1]) && digit_end(view->cp[w]))
			NOTE_DIGIT_END(view->digit_ends, w);
		w++;
		r++;
	}
	view->n = w;
	view->off[w] = (uint32_t) len;
	return GR_OK;
}

/* ---------------------------------------------------------------------
 * Words
 * --------------------------------------------------------------------- */

/*
 * The few words looked for one by one, as code points (a word of two
 * characters is two compares, not two UTF-8 decodes per call).
 */
static const uint32_t word_part[] = {0x90E8, 0x5206};	/* 部分 */
static const uint32_t word_column_data[] = {0x672C, 0x5217, 0x6570, 0x636E};	/* 本列数据 */
static const uint32_t word_as_follows[] = {0x5982, 0x4E0B};	/* 如下 */

#define WORD(w) (w), (sizeof(w) / sizeof((w)[0]))

/*
 * Are the n code points at a and b the same?  Words are a few characters:
 * a loop, not a call of memcmp.
 */
static inline bool
same_cps(const uint32_t *a, const uint32_t *b, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (a[k] != b[k])
			return false;
	return true;
}

/* Does the view hold word[0, length) at index i (before limit)? */
static bool
word_at(const View *v, size_t i, size_t limit, const uint32_t *word, size_t length)
{
	for (size_t k = 0; k < length; k++, i++)
		if (i >= limit || v->cp[i] != word[k])
			return false;
	return true;
}

/* Does the view hold word[0, length) ending just before index i (not before floor)? */
static bool
word_before(const View *v, size_t i, size_t floor, const uint32_t *word, size_t length)
{
	if (i < floor + length)
		return false;
	return word_at(v, i - length, i, word, length);
}

/* Words a heading of this genre ends with. */
static const char *const heading_finals[] = {
	"情况", "方面", "工作", "建设", "措施", "信息", "概述", "概况", "事项",
	"问题", "处理", "答复", "公开", "渠道", "内容", "机制", "制度", "领导",
	"管理", "保障", "平台", "培训", "宣传", "监督", "考核", "服务", "解读",
	"回应", "体系", "队伍", "落实", "成效", "要求", "申请", "咨询", "收费",
	"减免", "复议", "诉讼", "申诉", "改进", "不足", "经验", "做法", "规范",
	"健全", "推进", "创新", "网站", "载体", "形式", "范围", "亮点", "举措",
	"部署", "开展", "投诉", "举报", "结果", "目录", "指南", "审查", "保密",
	"职责", "机构", "人员", "设置", "更新", "发布", "力度", "水平", "质量",
	"意识", "作用", "基础", "格局", "环境", "能力", "效能", "透明度",
	"回顾", "回忆", "打算", "安排", "任务", "思路", "取向", "成绩",
	"支出", "概要", "简介", "数量", "类别", "总数",
	NULL
};

/* Words a paragraph of this genre starts with, that a title never ends on. */
static const char *const body_initials_strong[] = {
	"我局", "我委", "我市", "我区", "我县", "我镇", "我乡", "我办", "我厅",
	"我部", "我署", "我院", "我所", "我站", "我中心", "我单位", "我们",
	"我街道", "我校", "我司", "本局", "本委", "本机关", "本单位", "本部门",
	"根据", "按照", "依据", "截至", "截止", "一年来", "今年以来", "全年",
	"本年度", "年内", "近年来", "一是", "第二十条", "过去一年",
	NULL
};

static const char *const body_initials_weak[] = {
	"自", "从", "在", "通过", "围绕", "坚持", "为了", "为进一步", "为", "对",
	"针对", "结合", "街道", "今年", "本年", "去年", "市政府", "区政府",
	"县政府", "各级", "各部门", "目前", "由于", "经", "全市", "全区", "全县",
	"全省", "该局", "局", "严格", "认真", "积极", "进一步", "已", "共", "主要",
	"各地", "面对",
	"《", "“",
	NULL
};

/*
 * A word list decoded once into code points, for the matching loops: the
 * lists are immutable, so the decoded form is cached for the process.
 */
#define WORD_MAX 12
#define LIST_MAX 128

typedef struct DecodedList
{
	int			count;
	bool		filtered;		/* the filters below may rule words out */
	uint8_t		length[LIST_MAX];
	uint32_t	cp[LIST_MAX][WORD_MAX];
	uint64_t	first[16];		/* bit (cp & 1023): some word starts so */
	uint64_t	last[16];		/* bit (cp & 1023): some word ends so */
	/*
	 * The words chained by (first cp & 1023) and by (last cp & 1023): a
	 * lookup compares only the words of one chain (-1 ends a chain).
	 */
	int16_t		first_head[1024];
	int16_t		last_head[1024];
	int16_t		first_next[LIST_MAX];
	int16_t		last_next[LIST_MAX];
} DecodedList;

#define LIST_BIT(map, cp) (((map)[((cp) & 1023) >> 6] >> ((cp) & 63)) & 1)

static const DecodedList *
decoded(const char *const *words, DecodedList *cache)
{
	if (cache->count > 0)
		return cache;
	for (int k = 0; words[k] && k < LIST_MAX; k++)
	{
		size_t		wl = strlen(words[k]);
		int			n = 0;

		for (size_t p = 0; p < wl && n < WORD_MAX;)
			cache->cp[k][n++] = gr_utf8_decode(words[k], wl, &p);
		cache->length[k] = (uint8_t) n;
		cache->count = k + 1;
	}
	cache->filtered = true;
	for (int b = 0; b < 1024; b++)
		cache->first_head[b] = cache->last_head[b] = -1;
	/* backwards, so that each chain lists its words in list order */
	for (int k = cache->count - 1; k >= 0; k--)
	{
		int			n = cache->length[k];
		uint32_t	f,
					l;

		if (n == 0)
		{
			cache->filtered = false;
			continue;
		}
		f = cache->cp[k][0] & 1023;
		l = cache->cp[k][n - 1] & 1023;
		cache->first[f >> 6] |= UINT64_C(1) << (f & 63);
		cache->last[l >> 6] |= UINT64_C(1) << (l & 63);
		cache->first_next[k] = cache->first_head[f];
		cache->first_head[f] = (int16_t) k;
		cache->last_next[k] = cache->last_head[l];
		cache->last_head[l] = (int16_t) k;
	}
	return cache;
}

/* Does one of the words stand at view index i (before limit)? */
static bool
list_at(const View *v, size_t i, size_t limit, const DecodedList *list)
{
	if (i >= limit)
		return false;
	if (list->filtered)
	{
		uint32_t	c = v->cp[i];

		for (int k = list->first_head[c & 1023]; k >= 0; k = list->first_next[k])
		{
			int			n = list->length[k];

			if (list->cp[k][0] == c && i + n <= limit &&
				same_cps(list->cp[k], v->cp + i, n))
				return true;
		}
		return false;
	}
	for (int k = 0; k < list->count; k++)
	{
		int			n = list->length[k];

		if (list->cp[k][0] != v->cp[i] || i + n > limit)
			continue;
		if (same_cps(list->cp[k], v->cp + i, n))
			return true;
	}
	return false;
}

/* Does one of the words end just before view index i (not before floor)? */
static bool
list_before(const View *v, size_t i, size_t floor, const DecodedList *list)
{
	if (i <= floor)
		return false;
	if (list->filtered)
	{
		uint32_t	c = v->cp[i - 1];

		for (int k = list->last_head[c & 1023]; k >= 0; k = list->last_next[k])
		{
			int			n = list->length[k];

			if (list->cp[k][n - 1] == c && i >= floor + n &&
				same_cps(list->cp[k], v->cp + i - n, n))
				return true;
		}
		return false;
	}
	for (int k = 0; k < list->count; k++)
	{
		int			n = list->length[k];

		if (list->cp[k][n - 1] != v->cp[i - 1] || i < floor + n)
			continue;
		if (same_cps(list->cp[k], v->cp + i - n, n))
			return true;
	}
	return false;
}

static DecodedList finals_cache,
			strong_cache,
			weak_cache,
			rows_cache;

/* ---------------------------------------------------------------------
 * Pass 3: candidate labels
 * --------------------------------------------------------------------- */

/*
 * A Chinese number of one to three numerals at v[i] (一, 十, 十二, 二十,
 * 二十三): its value and end, or 0.
 */
static int
parse_cn_number(const View *v, size_t i, size_t *end)
{
	int			a,
				b,
				c;

	if (i >= v->n || (a = cn_digit(v->cp[i])) < 0)
		return 0;
	b = i + 1 < v->n ? cn_digit(v->cp[i + 1]) : -1;
	if (a == 10)
	{
		if (b > 0 && b < 10)
		{
			*end = i + 2;
			return 10 + b;
		}
		*end = i + 1;
		return 10;
	}
	if (b == 10)
	{
		c = i + 2 < v->n ? cn_digit(v->cp[i + 2]) : -1;
		if (c > 0 && c < 10)
		{
			*end = i + 3;
			return a * 10 + c;
		}
		*end = i + 2;
		return a * 10;
	}
	if (b >= 0)
		return 0;				/* 一二: not a number label */
	*end = i + 1;
	return a;
}

/* Can a label start with cp?  A cheap test before parse_label. */
static inline bool
may_start_label(uint32_t cp)
{
	if (cp < 0x80)
		return cp == '(' || is_digit(cp);
	if (cp >= 0x2460 && cp <= 0x249B)
		return true;
	return cp == 0x7B2C || cn_digit(cp) > 0;
}

/* The context before view index i on its line; line_start is its line's. */
static int
context_before(const View *v, size_t i, size_t line_start)
{
	size_t		p = i;
	uint32_t	c;

	while (p > line_start && is_blank(v->cp[p - 1]))
		p--;
	if (p == line_start)
		return CTX_LINE;
	c = v->cp[p - 1];
	if (is_terminal(c))
		return CTX_TERMINAL;
	if (is_closer(c) && p - 1 > line_start && is_terminal(v->cp[p - 2]))
		return CTX_TERMINAL;
	/* …电话:22068832)一、工作情况: a closed bracket ends a sentence too */
	if (is_closer(c) && cn_digit(v->cp[i]) > 0)
		return CTX_TERMINAL;
	if (c == ':')
	{
		if (word_before(v, p - 1, line_start, WORD(word_as_follows)))
			return CTX_TERMINAL;
		return CTX_LIST;
	}
	if (c == ';')
		return CTX_LIST;
	if (c == ',')
		return CTX_COMMA;
	return CTX_OTHER;
}

/*
 * Read a label at view index i, if one starts there: its style, value and
 * end.  Only the label's own shape is checked here.
 */
static bool
parse_label(const View *v, size_t i, int *style, int *number, size_t *end)
{
	uint32_t	c = v->cp[i];
	uint32_t	prev = i > 0 ? v->cp[i - 1] : '\n';
	size_t		e;
	int			value;

	if (c == '(')
	{
		size_t		j = i + 1;

		if (j >= v->n)
			return false;
		if ((value = parse_cn_number(v, j, &e)) > 0 && e < v->n && v->cp[e] == ')')
		{
			*style = ST_PAREN_CN;
			*number = value;
			*end = e + 1;
			return true;
		}
		if (is_digit(v->cp[j]))
		{
			value = 0;
			while (j < v->n && is_digit(v->cp[j]) && j - i <= 2)
				value = value * 10 + (int) (v->cp[j++] - '0');
			if (j < v->n && v->cp[j] == ')' && value > 0)
			{
				*style = ST_PAREN_AR;
				*number = value;
				*end = j + 1;
				return true;
			}
			return false;
		}
		if (is_ascii_letter(v->cp[j]) && j + 1 < v->n && v->cp[j + 1] == ')')
		{
			uint32_t	l = v->cp[j];

			*style = ST_PAREN_LATIN;
			*number = (int) ((l >= 'a') ? l - 'a' + 1 : l - 'A' + 1);
			*end = j + 2;
			return true;
		}
		return false;
	}
	if (cn_digit(c) > 0)
	{
		if (cn_digit(prev) >= 0 || prev == 0x7B2C)	/* 十一 inside, 第一 */
			return false;
		if ((value = parse_cn_number(v, i, &e)) > 0 && e < v->n &&
			(v->cp[e] == 0x3001 || v->cp[e] == '.'))
		{
			*style = ST_CN;
			*number = value;
			*end = e + 1;
			return true;
		}
		return false;
	}
	if (is_digit(c))
	{
		size_t		j = i;

		if (is_digit(prev) || is_ascii_letter(prev) || prev == '.' ||
			prev == '-' || prev == '/' || prev == '+' || prev == '%')
			return false;
		value = 0;
		while (j < v->n && is_digit(v->cp[j]) && j - i < 3)
			value = value * 10 + (int) (v->cp[j++] - '0');
		if (j - i > 2 || (j < v->n && is_digit(v->cp[j])) || value == 0)
			return false;
		if (j >= v->n)
			return false;
		if (v->cp[j] == '.' || v->cp[j] == 0x3001)
		{
			*style = v->cp[j] == '.' ? ST_AR_DOT : ST_AR_DUN;
			*number = value;
			*end = j + 1;
			return true;
		}
		if (v->cp[j] == ')')	/* 1) as a variant of (1) */
		{
			*style = ST_PAREN_AR;
			*number = value;
			*end = j + 1;
			return true;
		}
		if (gr_is_han(v->cp[j]) && value <= 20 && !is_measure(v->cp[j]))
		{
			*style = ST_AR_BARE;
			*number = value;
			*end = j;
			return true;
		}
		return false;
	}
	if (c >= 0x2460 && c <= 0x2473)
	{
		*style = ST_CIRCLE;
		*number = (int) (c - 0x2460 + 1);
		*end = i + 1;
		return true;
	}
	if (c >= 0x2474 && c <= 0x2487)
	{
		*style = ST_PAREN_AR;
		*number = (int) (c - 0x2474 + 1);
		*end = i + 1;
		return true;
	}
	if (c >= 0x2488 && c <= 0x249B)
	{
		*style = ST_AR_DOT;
		*number = (int) (c - 0x2488 + 1);
		*end = i + 1;
		return true;
	}
	if (c == 0x7B2C)			/* 第 */
	{
		if ((value = parse_cn_number(v, i + 1, &e)) > 0 && e < v->n)
		{
			if (v->cp[e] == 0x7AE0)	/* 章 */
			{
				*style = ST_CHAPTER;
				*number = value;
				*end = e + 1;
				return true;
			}
			if (v->cp[e] == 0x8282)	/* 节 */
			{
				*style = ST_JIE;
				*number = value;
				*end = e + 1;
				return true;
			}
			if (word_at(v, e, v->n, WORD(word_part)))
			{
				*style = ST_CHAPTER;
				*number = value;
				*end = e + 2;
				return true;
			}
		}
		return false;
	}
	return false;
}

/* Is what follows a label at view index t a possible heading? */
static bool
heading_follows(const View *v, size_t t, int style)
{
	uint32_t	c;

	if (t >= v->n)
		return false;
	c = v->cp[t];
	/* a title starts with a word, a number or an opening quote or bracket */
	if (!(gr_is_han(c) || is_digit(c) || is_ascii_letter(c) || c == 0x201C ||
		  c == 0x300A || c == '"' || c == 0x2018 || c == '(' || c == 0x3010 ||
		  c == 0x300C || c == 0x300E || c == 0x3008 || c == '*' ||
		  (c >= 0x2460 && c <= 0x249B)))
		return false;
	switch (style)
	{
		case ST_AR_DOT:
		case ST_AR_DUN:
		case ST_AR_BARE:
			if (is_digit(c))
				return false;
			break;
		case ST_CN:
			{
				size_t		e;

				/* 一、二、三 is a list of numerals */
				if (parse_cn_number(v, t, &e) > 0 && e < v->n &&
					(v->cp[e] == 0x3001 || v->cp[e] == ','))
					return false;
				break;
			}
		case ST_PAREN_CN:
		case ST_PAREN_AR:
		case ST_PAREN_LATIN:
			/* 第(一)项, (一)款 */
			if (c == 0x9879 || c == 0x6761 || c == 0x6B3E || c == 0x76EE)
				return false;
			break;
		default:
			break;
	}
	return true;
}

/*
 * The row labels of the standard tables of the 2019 and 2021 report
 * formats (table 三): a numbered line that starts with one is a table row,
 * whatever its cells look like.
 */
static const char *const table_rows[] = {
	"本年新收", "上年结转", "本年度办理结果", "结转下年度", "予以公开", "部分公开",
	"无法提供", "不予处理", "其他处理", "总计",
	"属于国家秘密", "其他法律行政法规", "危及“三安全", "危及\"三安全", "保护第三方",
	"属于三类内部", "属于四类过程", "属于行政执法案卷", "属于行政查询", "本机关不掌握",
	"没有现成信息", "补正后申请", "信访举报投诉类", "重复申请", "要求提供公开出版物",
	"无正当理由大量", "要求行政机关确认", "申请人无正当理由", "申请人逾期未按",
	NULL
};

/* What a line holds that decides about the candidates on it. */
typedef struct LineInfo
{
	size_t		start;
	size_t		end;			/* index of its '\n', or n */
	size_t		last_pipe;		/* NO_POS if none */
	size_t		numeric_tail;	/* start of trailing numeric cells, or NO_POS */
	bool		leaders;		/* dot leaders: a table of contents */
	bool		next_is_cells;	/* the next line is "|" or "| 12 |" */
} LineInfo;

/* The ASCII line_info looks at: '\n', '.', '|'. */
static const bool line_marks[128] = {['\n'] = true, ['.'] = true, ['|'] = true};

static void
line_info(const GrEnv *env, size_t *counter, const View *v, size_t start,
		  LineInfo *info)
{
	size_t		i,
				dots = 0,
				ellipses = 0,
				middots = 0;

	info->start = start;
	info->last_pipe = NO_POS;
	info->numeric_tail = NO_POS;
	info->leaders = false;
	info->next_is_cells = false;
	for (i = start;;)
	{
		size_t		stop = v->n - i > GR_POLL_INTERVAL ? i + GR_POLL_INTERVAL : v->n;

		for (; i < stop; i++)
		{
			uint32_t	c = v->cp[i];

			/* Han and most else: none of '\n' '.' '|' U+00B7 U+2026 U+22EF */
			if (c > 0x22EF || (c < 0x80 && !line_marks[c]))
			{
				dots = 0;
				continue;
			}
			if (c == '\n')
				break;
			if (c == '.')
			{
				if (++dots >= 4)
					info->leaders = true;
				continue;
			}
			dots = 0;
			if (c == '|')
				info->last_pipe = i;
			else if (c == 0x2026)
			{
				if (++ellipses >= 2)
					info->leaders = true;
			}
			else if ((c == 0xB7 || c == 0x22EF) && ++middots >= 3)
				info->leaders = true;
		}
		if (i < stop || i == v->n)
			break;
		if (env->poll)
			env->poll(env->opaque);
	}
	info->end = i;
	/* the characters of this line count toward the caller's next poll */
	{
		size_t		before = *counter;

		*counter += i - start;
		if ((before ^ *counter) >= GR_POLL_INTERVAL && env->poll)
			env->poll(env->opaque);
	}

	/* trailing numeric cells: "结转下年度继续办理 0 0 0" */
	{
		size_t		p = info->end;
		int			tokens = 0;
		size_t		first = NO_POS;

		for (;;)
		{
			size_t		tok_end;

			while (p > start && is_blank(v->cp[p - 1]))
				p--;
			tok_end = p;
			while (p > start && (is_digit(v->cp[p - 1]) || v->cp[p - 1] == '.' ||
								 v->cp[p - 1] == '%' || v->cp[p - 1] == '-' ||
								 v->cp[p - 1] == '/' || v->cp[p - 1] == ','))
				p--;
			if (p == tok_end)
				break;
			if (p > start && !is_blank(v->cp[p - 1]))
				break;
			tokens++;
			first = p;
		}
		if (tokens >= 2)
			info->numeric_tail = first;
	}

	/* the next line is a cell of a one-cell-per-line table */
	if (info->end < v->n)
	{
		size_t		j = info->end + 1;
		bool		only_cells = true;
		bool		starts_pipe;
		size_t		first;
		bool		digit = false;

		while (j < v->n && is_blank(v->cp[j]))
			j++;
		first = j;
		starts_pipe = j < v->n && v->cp[j] == '|';
		for (; j < v->n && v->cp[j] != '\n'; j++)
		{
			if (!(v->cp[j] == '|' || is_blank(v->cp[j]) || is_digit(v->cp[j]) ||
				  v->cp[j] == '.' || v->cp[j] == '/' || v->cp[j] == '-' ||
				  v->cp[j] == '%'))
			{
				only_cells = false;
				break;
			}
			digit |= is_digit(v->cp[j]);
		}
		/* "|" lines, or a lone number: one cell per line */
		info->next_is_cells = only_cells &&
			(starts_pipe || (digit && j - first <= 12));
	}
}

/* Grow an array of elements of size elem to hold one more. */
static bool
reserve(const GrEnv *env, void **array, size_t *cap, size_t count, size_t elem)
{
	if (count < *cap)
		return true;
	{
		size_t		ncap = *cap ? *cap * 2 : 64;
		void	   *grown;

		if (ncap > GR_MAX_ALLOC / elem)
			return false;
		grown = gr_grow(env, *array, ncap * elem);
		if (!grown)
			return false;
		*array = grown;
		*cap = ncap;
	}
	return true;
}

/*
 * The first digit at or after view index from that may start a label, or
 * v->n: the start of a run of one or two digits before a digit end
 * (View.digit_ends).  parse_label turns every other digit down: one after
 * a digit, one of a run of three or more, one whose run is followed by
 * ASCII other than '.' and ')'.  A scan's calls go forward (from goes
 * back no further than the label before, a few characters), so they read
 * the bits about once in all: linear.
 */
static size_t
next_digit_label(const GrEnv *env, const View *v, size_t from)
{
	size_t		k = from + 1;	/* a digit end lies past its digit */
	size_t		counter = 0;	/* its own: the scan's stays in a register */

	while (k < v->n)
	{
		uint64_t	word = v->digit_ends[k >> 6] >> (k & 63);
		size_t		start;

		GR_POLL(env, counter);
		if (word == 0)
		{
			k = (k | 63) + 1;	/* the next word */
			continue;
		}
		k += (size_t) __builtin_ctzll(word);
		if (k >= v->n)
			break;
		start = k - 1;
		if (start > 0 && is_digit(v->cp[start - 1]))
			start--;
		if (start >= from && is_digit(v->cp[start]) &&
			!(start > 0 && is_digit(v->cp[start - 1])))
			return start;
		k++;
	}
	return v->n;
}

static GrStatus
find_candidates(const GrEnv *env, const View *v, Cand **out, size_t *count)
{
	/*
	 * The characters that are neither a line break nor a possible label
	 * start (a byte each, 1 when plain), learned as they are met (the same
	 * bytes every time): most of a text is passed over with one load each.
	 */
	static uint8_t plain[0x10000];
	Cand	   *cands = NULL;
	size_t		ncands = 0,
				cap = 0,
				counter = 0;
	size_t		line_start = 0;
	size_t		line_known = 0;	/* line_start is that of view index line_known */
	size_t		digit_at;		/* the next digit that may start a label */

	/*
	 * Line breaks are passed over with the plain characters: line_start is
	 * found at a candidate, by reading back to the last line break or to
	 * where it was last found (each character read back at most once).
	 * So are digits: the scan stops at the few that may start a label
	 * (next_digit_label), not at every number of a table.
	 */
	plain['\n'] = 1;
	for (uint32_t d = '0'; d <= '9'; d++)
		plain[d] = 1;
	digit_at = next_digit_label(env, v, 0);
	for (size_t i = 0; i < v->n; i++)
	{
		int			style,
					number;
		size_t		end;
		Cand		c;
		uint32_t	cp;
		size_t		stop = v->n - i > 4096 ? i + 4096 : v->n;

		/* a digit inside the label before: passed over with it */
		if (digit_at < i)
			digit_at = next_digit_label(env, v, i);
		if (digit_at < stop)
			stop = digit_at;

		/*
		 * plain characters, up to a block of them or the next digit that
		 * may start a label, four at a time, then one by one; a code point
		 * above U+FFFF that lands on a plain entry is passed over too,
		 * which is right: it is neither a line break nor a label start
		 */
		while (i + 4 <= stop && plain[v->cp[i] & 0xFFFF] & plain[v->cp[i + 1] & 0xFFFF] &
			   plain[v->cp[i + 2] & 0xFFFF] & plain[v->cp[i + 3] & 0xFFFF])
			i += 4;
		while (i < stop && plain[v->cp[i] & 0xFFFF])
			i++;
		if (i == digit_at)
			digit_at = next_digit_label(env, v, i + 1);
		else if (i == stop)
		{
			if (env->poll)
				env->poll(env->opaque);
			i = stop - 1;		/* the loop's i++ takes it to stop */
			continue;
		}
		cp = v->cp[i];
		GR_POLL(env, counter);
		if (!may_start_label(cp))
		{
			if (cp <= 0xFFFF)
				plain[cp] = 1;
			continue;
		}
		/*
		 * What parse_label wants after the first character, checked here
		 * first: a numeral, digit or letter after "(", a numeral after 第,
		 * a numeral, 、 or '.' after a numeral (most 一 are in words)
		 */
		if (cp >= 0x80 || cp == '(')
		{
			uint32_t	next = i + 1 < v->n ? v->cp[i + 1] : '\n';
			int			next_digit = cn_digit(next);

			if (cp == '(' ? !(next_digit > 0 || is_digit(next) || is_ascii_letter(next)) :
				cp == 0x7B2C ? next_digit <= 0 :
				cp >= 0x4E00 ? next_digit < 0 && next != 0x3001 && next != '.' :
				false)
				continue;
		}
		if (!parse_label(v, i, &style, &number, &end))
			continue;
		memset(&c, 0, sizeof(c));
		c.text = end;
		if (style != ST_AR_BARE)
			while (c.text < v->n && is_blank(v->cp[c.text]))
				c.text++;
		if (!heading_follows(v, c.text, style))
			continue;
		/* (i > line_start: a line break is neither '|' nor 第) */
		if (i > 0 && (v->cp[i - 1] == '|' || v->cp[i - 1] == 0x7B2C))
			continue;
		for (size_t p = i; p > line_known; p--)
		{
			if (v->cp[p - 1] == '\n')
			{
				line_start = p;
				break;
			}
		}
		line_known = i;
		c.pos = i;
		c.label_end = end;
		c.style = (unsigned char) style;
		c.number = number;
		c.line_start = line_start;
		c.context = (unsigned char) context_before(v, i, line_start);
		if (style == ST_AR_BARE && c.context == CTX_COMMA)
			continue;
		if ((style == ST_CHAPTER || style == ST_JIE) &&
			c.context != CTX_LINE && c.context != CTX_TERMINAL)
			continue;
		c.plausible = true;
		if (!reserve(env, (void **) &cands, &cap, ncands, sizeof(Cand)))
		{
			gr_release(env, cands);
			return GR_NOMEM;
		}
		cands[ncands++] = c;
		if (style != ST_AR_BARE)
			i = end - 1;		/* no labels inside a label */
	}
	*out = cands;
	*count = ncands;
	return GR_OK;
}

/*
 * Filters that look at whole lines: table rows, tables of contents; and at
 * sequences: a bare number is a label only when its siblings are there.
 */
static GrStatus
filter_candidates(const GrEnv *env, const View *v, Cand *cands, size_t ncands)
{
	LineInfo	info = {0};
	size_t		counter = 0;
	size_t		info_line = NO_POS;
	size_t		i;
	size_t	   *next_bare;		/* by number: view pos of the nearest later one */
	size_t	   *prev_bare;

	for (i = 0; i < ncands; i++)
	{
		Cand	   *c = &cands[i];

		GR_POLL(env, counter);

		/*
		 * the row label of a standard table: dead whatever its line holds
		 * (so the line is not read for it; no word holds a line break, so
		 * the end of the text bounds the match as well as the line's end)
		 */
		if (list_at(v, c->text, v->n, decoded(table_rows, &rows_cache)))
		{
			c->dead = true;
			continue;
		}
		if (c->line_start != info_line)
		{
			line_info(env, &counter, v, c->line_start, &info);
			info_line = c->line_start;
		}
		if (info.leaders)
			c->dead = true;
		if (info.last_pipe != NO_POS && info.last_pipe > c->pos)
		{
			/* a cell follows the label before any sentence ends: a row */
			for (size_t k = c->label_end; k < info.end && k < c->label_end + 120; k++)
			{
				if (v->cp[k] == '|')
				{
					c->dead = true;
					break;
				}
				if (is_terminal(v->cp[k]))
					break;
				/* 第二十条第(一)项 | or (本列数据的勾稽关系…) | start a table */
				if (v->cp[k] == 0x7B2C && k + 1 < info.end &&
					(cn_digit(v->cp[k + 1]) > 0 || is_digit(v->cp[k + 1])))
					break;
				if (v->cp[k] == '(' && word_at(v, k + 1, info.end, WORD(word_column_data)))
					break;
			}
		}
		if (info.numeric_tail != NO_POS && info.numeric_tail > c->pos &&
			c->context == CTX_LINE)
			c->dead = true;
		if (info.next_is_cells && c->context == CTX_LINE)
			c->dead = true;
	}

	/* a line of four or more labels close together is a table of contents */
	for (i = 0; i < ncands;)
	{
		size_t		j = i + 1;
		size_t		max_gap = 0;

		GR_POLL(env, counter);
		while (j < ncands && cands[j].line_start == cands[i].line_start)
		{
			size_t		gap = cands[j].pos - cands[j - 1].pos;

			if (gap > max_gap)
				max_gap = gap;
			j++;
		}
		if (j - i >= 4 && max_gap <= 30)
		{
			/* entries are titles: no sentence goes on after a 。 */
			bool		sentences = false;

			for (size_t p = cands[i].pos; p + 1 < cands[j - 1].pos && !sentences; p++)
				if (is_terminal(v->cp[p]) && v->cp[p + 1] != ',' && !is_blank(v->cp[p + 1]) &&
					v->cp[p + 1] != '(' && cn_digit(v->cp[p + 1]) < 0)
					sentences = true;
			if (!sentences)
				for (size_t k = i; k < j; k++)
					cands[k].dead = true;
		}
		i = j;
	}

	/* does the next sibling follow (same family, number + 1, not too far)? */
	{
		size_t	   *next_of = gr_alloc(env, 16 * 100 * sizeof(size_t));
		unsigned	rows_set = 0;	/* bit row: its 100 slots are set */

		if (!next_of)
			return GR_NOMEM;
		for (i = ncands; i-- > 0;)
		{
			Cand	   *c = &cands[i];
			int			row = style_group(c->style) % 16;

			GR_POLL(env, counter);
			if (c->dead || c->number >= 99)
				continue;
			if (!(rows_set & (1u << row)))
			{
				for (int k = 0; k < 100; k++)
					next_of[row * 100 + k] = NO_POS;
				rows_set |= 1u << row;
			}
			c->has_next = next_of[row * 100 + c->number + 1] != NO_POS &&
				next_of[row * 100 + c->number + 1] - c->pos < 5000;
			next_of[row * 100 + c->number] = c->pos;
		}
		gr_release(env, next_of);
	}

	/* bare numbers: plausible only with a sibling before or after */
	next_bare = gr_alloc(env, 22 * sizeof(size_t));
	prev_bare = gr_alloc(env, 22 * sizeof(size_t));
	if (!next_bare || !prev_bare)
	{
		gr_release(env, next_bare);
		gr_release(env, prev_bare);
		return GR_NOMEM;
	}
	for (int k = 0; k < 22; k++)
		next_bare[k] = prev_bare[k] = NO_POS;
	for (i = ncands; i-- > 0;)
	{
		Cand	   *c = &cands[i];

		GR_POLL(env, counter);
		if (c->style != ST_AR_BARE || c->dead)
			continue;
		c->plausible = next_bare[c->number + 1] != NO_POS &&
			next_bare[c->number + 1] - c->pos < 3000;
		if (c->context != CTX_OTHER)
			next_bare[c->number] = c->pos;
	}
	for (i = 0; i < ncands; i++)
	{
		Cand	   *c = &cands[i];

		GR_POLL(env, counter);
		if (c->style != ST_AR_BARE || c->dead)
			continue;
		if (c->number > 1 && prev_bare[c->number - 1] != NO_POS &&
			c->pos - prev_bare[c->number - 1] < 3000)
			c->plausible = true;
		prev_bare[c->number] = c->pos;
		if (c->context == CTX_OTHER && c->number > 1)
			c->plausible = false;
	}
	gr_release(env, next_bare);
	gr_release(env, prev_bare);
	return GR_OK;
}

/* ---------------------------------------------------------------------
 * Pass 5 helpers: heading ends and topics
 * --------------------------------------------------------------------- */

typedef enum EndCause
{
	END_LINE = 1,				/* end of line */
	END_PUNCT,					/* 。 or ： */
	END_LABEL,					/* the next label */
	END_WORDS,					/* where the body's first words start */
	END_SPACE,					/* spaces, then the body */
	END_FALLBACK				/* nothing clear: cut at a comma */
} EndCause;

typedef struct HeadingEnd
{
	size_t		end;			/* view index just past the heading text */
	size_t		body;			/* view index where the body starts */
	int			cause;
} HeadingEnd;

/*
 * Does the body at view index i (just after a heading word) restate the
 * heading hs..i, as the subject of its first sentence: its first or last
 * four characters again within two characters (一、报告内容年度报告内容，…,
 * 一、统计范围和内容统计范围：…)?  Han characters only.
 */
static bool
restates(const View *v, size_t hs, size_t i, size_t line_end)
{
	if (i < hs + 4)
		return false;
	for (size_t at = i; at <= i + 2 && at + 4 <= line_end && at + 4 <= v->n; at++)
	{
		const uint32_t *body = v->cp + at;

		/* one test for most positions: neither four-character end starts here */
		if (body[0] != v->cp[hs] && body[0] != v->cp[i - 4])
			continue;
		if (!gr_is_han(body[0]) || !gr_is_han(body[1]) ||
			!gr_is_han(body[2]) || !gr_is_han(body[3]))
			continue;
		if (same_cps(body, v->cp + hs, 4) ||
			same_cps(body, v->cp + i - 4, 4))
			return true;
	}
	return false;
}

/*
 * Where does the heading starting at view index hs end?  next_label is the
 * start of the next plausible label on the same line (or NO_POS).
 */
static HeadingEnd
heading_end(const View *v, size_t hs, size_t line_end, size_t next_label,
			bool line_start)
{
	HeadingEnd	r;
	size_t		limit = line_end;
	size_t		i,
				e;

	if (next_label != NO_POS && next_label < limit)
		limit = next_label;
	if (limit > hs + HEADING_WINDOW)
		limit = hs + HEADING_WINDOW;
	r.cause = (limit == next_label) ? END_LABEL : END_LINE;
	e = limit;
	for (i = hs; i < limit; i++)
	{
		uint32_t	c = v->cp[i];

		if (ends_heading(c))
		{
			e = i;
			r.cause = END_PUNCT;
			break;
		}
		if (c == ' ' && i > hs + 1 && gr_is_han(v->cp[i - 1]))
		{
			size_t		j = i,
						rest = 0;

			while (j < line_end && is_blank(v->cp[j]))
				j++;
			for (size_t k = j; k < line_end && rest < 12; k++)
				rest++;
			if (rest >= 12 && (gr_is_han(v->cp[j]) || is_digit(v->cp[j])))
			{
				e = i;
				r.cause = END_SPACE;
				break;
			}
		}
	}

	/* a heading that runs into its body: find where the body starts */
	{
		bool		long_span = (e - hs > 25);
		size_t		stop = e < hs + 40 ? e : hs + 40;

		for (i = hs + 2; i < stop; i++)
		{
			uint32_t	c = v->cp[i];

			if (!list_before(v, i, hs, decoded(heading_finals, &finals_cache)))
				continue;
			if (is_digit(c) && gr_is_han(v->cp[i - 1]))
			{
				size_t		j = i;

				while (j < v->n && is_digit(v->cp[j]))
					j++;
				if (j < v->n && v->cp[j] == 0x5E74 && j - i >= 2)	/* 年 */
				{
					e = i;
					r.cause = END_WORDS;
					break;
				}
			}
			if (list_at(v, i, line_end, decoded(body_initials_strong, &strong_cache)) ||
				(long_span && list_at(v, i, line_end, decoded(body_initials_weak, &weak_cache))) ||
				restates(v, hs, i, line_end))
			{
				e = i;
				r.cause = END_WORDS;
				break;
			}
		}
	}

	/*
	 * A long run with nothing to go by: cut at a comma.  Not at the start
	 * of a line when a 。 or ： ends it (a numbered sentence is its own
	 * heading, however long: ANNOTATION.md), nor for a title line of up
	 * to 60 characters.
	 */
	if ((r.cause == END_PUNCT || r.cause == END_LINE) && e - hs > 40 &&
		!(line_start && (r.cause == END_PUNCT || e - hs <= 60)))
	{
		for (i = hs + 2; i < hs + 40 && i < e; i++)
			if (v->cp[i] == ',')
			{
				e = i;
				r.cause = END_FALLBACK;
				break;
			}
	}

	r.body = e;
	if (r.cause == END_PUNCT || r.cause == END_FALLBACK)
		r.body = e + 1;
	while (r.body < v->n && (is_blank(v->cp[r.body]) || v->cp[r.body] == '\n'))
		r.body++;
	while (e > hs && is_trailing_punct(v->cp[e - 1]))
		e--;
	r.end = e;
	return r;
}

/*
 * A title's shape: a short heading (2 to 12 characters, no digit) closed by
 * 。 with a paragraph after it on the same line, as (四)明确责任。各… that
 * a scrape joined to the paragraph before it.  Rarely asked: out of line.
 */
__attribute__((noinline, cold)) static bool
short_titled(const View *v, size_t hs, const HeadingEnd *he, size_t line_end)
{
	size_t		len = he->end - hs;

	if (he->cause != END_PUNCT || len < 2 || len > 12 ||
		he->end >= v->n || v->cp[he->end] != 0x3002 || he->body + 10 > line_end)
		return false;
	for (size_t i = hs; i < he->end; i++)
		if (is_digit(v->cp[i]) || !(gr_is_han(v->cp[i]) || v->cp[i] == 0x3001))
			return false;
	return true;
}

/* Does the heading h (code points, spaces left out) contain a word of list? */
static bool
heading_has_any(const uint32_t *h, size_t hl, const DecodedList *list)
{
	if (list->filtered)
	{
		for (size_t i = 0; i < hl; i++)
		{
			uint32_t	c = h[i];

			if (!LIST_BIT(list->first, c))
				continue;
			for (int k = list->first_head[c & 1023]; k >= 0; k = list->first_next[k])
			{
				size_t		n = list->length[k];

				if (list->cp[k][0] == c && i + n <= hl &&
					same_cps(h + i, list->cp[k], n))
					return true;
			}
		}
		return false;
	}
	for (int k = 0; k < list->count; k++)
	{
		size_t		n = list->length[k];

		for (size_t i = 0; i + n <= hl; i++)
			if (h[i] == list->cp[k][0] &&
				same_cps(h + i, list->cp[k], n))
				return true;
	}
	return false;
}

/*
 * Is the heading the full title of one of the standard parts of the 2019
 * and 2021 report formats (not just a word of one)?
 */
static bool
is_part_title(const View *v, size_t hs, size_t he)
{
	static const char *const titles[] = {"主动公开政府信息情况", "主动公开政府信息的情况",
		"收到和处理政府信息公开申请", "依申请公开政府信息情况", "行政复议、行政诉讼",
		"行政复议和行政诉讼", "行政复议行政诉讼", "存在的主要问题", "其他需要报告的事项",
	NULL};
	static DecodedList titles_w;
	uint32_t	h[64];
	size_t		hl = 0;

	for (size_t i = hs; i < he && hl < 64; i++)
		if (!is_blank(v->cp[i]))
			h[hl++] = v->cp[i];
	return heading_has_any(h, hl, decoded(titles, &titles_w));
}

/* Which standard part of the report a heading names. */
static GrTopic
classify(const View *v, size_t hs, size_t he)
{
	static const char *const other[] = {"其他需要报告", "其它需要报告", "其他事项",
	"其它事项", "需要说明的事项", "需要报告的事项", "其他相关工作", "其它相关工作", NULL};
	static const char *const problems[] = {"存在", "主要问题", "问题及", "问题和",
	"问题与", "不足", "改进措施", "改进情况", "工作计划", "努力方向", "下一步", NULL};
	static const char *const appeals[] = {"复议", "诉讼", "申诉", "举报", "投诉", NULL};
	static const char *const fees[] = {"收费", "减免", "收支", "费用", "支出", NULL};
	static const char *const consultation[] = {"咨询", NULL};
	static const char *const requests[] = {"依申请", "申请公开", "收到和处理", "申请情况",
	"依法申请", "申请的情况", "不予公开", NULL};
	static const char *const proactive[] = {"主动公开", "政府信息公开情况",
	"政府信息公开的情况", NULL};
	static const char *const overview[] = {"概述", "概况", "总体情况", "基本情况",
	"基本信息", "总体工作", "主要工作", "工作情况", "工作概述", NULL};
	static const char *const *const lists[] = {other, problems, appeals, fees,
	consultation, requests, proactive, overview};
	static const GrTopic list_topics[] = {GR_TOPIC_OTHER, GR_TOPIC_PROBLEMS,
		GR_TOPIC_APPEALS, GR_TOPIC_FEES, GR_TOPIC_CONSULTATION, GR_TOPIC_REQUESTS,
	GR_TOPIC_PROACTIVE, GR_TOPIC_OVERVIEW};

	/*
	 * The lists one after the other, in the order they are tried: the
	 * topic is that of the first word (by this order) found anywhere in
	 * the heading, found in one pass over the heading.
	 */
	static const char *all_words[LIST_MAX + 1];
	static GrTopic all_topics[LIST_MAX];
	static DecodedList all_w;
	const DecodedList *list;
	uint32_t	h[64];
	size_t		hl = 0;
	int			best = LIST_MAX;

	if (all_w.count == 0)
	{
		int			k = 0;

		for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++)
			for (int w = 0; lists[l][w] && k < LIST_MAX; w++)
			{
				all_words[k] = lists[l][w];
				all_topics[k] = list_topics[l];
				k++;
			}
		all_words[k] = NULL;
	}
	list = decoded(all_words, &all_w);
	for (size_t i = hs; i < he && hl < 64; i++)
		if (!is_blank(v->cp[i]))
			h[hl++] = v->cp[i];
	for (size_t i = 0; i < hl; i++)
	{
		uint32_t	c = h[i];

		if (!LIST_BIT(list->first, c))
			continue;
		/* a chain lists its words in order: its first match is its best */
		for (int k = list->first_head[c & 1023]; k >= 0 && k < best; k = list->first_next[k])
		{
			size_t		n = list->length[k];

			if (list->cp[k][0] == c && i + n <= hl &&
				same_cps(h + i, list->cp[k], n))
			{
				best = k;
				break;
			}
		}
	}
	return best < list->count ? all_topics[best] : GR_TOPIC_NONE;
}

const char *
gr_topic_name(GrTopic topic)
{
	switch (topic)
	{
		case GR_TOPIC_OVERVIEW:
			return "overview";
		case GR_TOPIC_PROACTIVE:
			return "proactive";
		case GR_TOPIC_REQUESTS:
			return "requests";
		case GR_TOPIC_CONSULTATION:
			return "consultation";
		case GR_TOPIC_FEES:
			return "fees";
		case GR_TOPIC_APPEALS:
			return "appeals";
		case GR_TOPIC_PROBLEMS:
			return "problems";
		case GR_TOPIC_OTHER:
			return "other";
		case GR_TOPIC_NONE:
			break;
	}
	return NULL;
}

/* ---------------------------------------------------------------------
 * Pass 4: acceptance
 * --------------------------------------------------------------------- */

typedef struct Level
{
	int			style;
	int			last;			/* number of the latest sibling */
	int			sec;			/* index into secs of the latest sibling */
} Level;

/* The last non-space character before view index i, or NO_POS. */
static size_t
prev_visible(const View *v, size_t i)
{
	while (i > 0)
	{
		i--;
		if (!is_blank(v->cp[i]) && v->cp[i] != '\n')
			return i;
	}
	return NO_POS;
}

/*
 * After a line that ends with a colon, is the candidate cands[i] an item of
 * an enumeration rather than a heading?  Items are short lines that end
 * with ； ， 、 or that are followed directly by the next item; a heading
 * that has its paragraph on its own line or after it is not an item.
 */
static bool
is_list_item(const View *v, const Cand *cands, size_t ncands, size_t i,
			 size_t line_end)
{
	const Cand *c = &cands[i];
	size_t		last = line_end;
	size_t		chars = 0;
	bool		body_on_line = false;

	while (last > c->text && is_blank(v->cp[last - 1]))
		last--;
	if (last == c->text)
		return true;
	if (v->cp[last - 1] == ';' || v->cp[last - 1] == ',' || v->cp[last - 1] == 0x3001)
		return true;
	for (size_t k = c->text; k < last; k++)
	{
		chars++;
		if (is_terminal(v->cp[k]) && k + 1 < last)
			body_on_line = true;
	}
	if (body_on_line || chars > 60)
		return false;
	/* the next line holds the next item */
	if (i + 1 < ncands)
	{
		const Cand *n = &cands[i + 1];
		size_t		j = line_end;

		while (j < v->n && (v->cp[j] == '\n' || is_blank(v->cp[j])))
			j++;
		if (n->pos == j && style_group(n->style) == style_group(c->style) &&
			n->number == c->number + 1)
			return true;
	}
	return false;
}

/*
 * Kept out of line (noinline): inlined into gr_sections_find it took the
 * inlining budget of the candidate pass's helpers; out of line the finder
 * runs 1.4% fewer instructions on table text (callgrind, bench/data).
 */
__attribute__((noinline)) static GrStatus
accept_candidates(const GrEnv *env, const View *v, Cand *cands, size_t ncands,
				  Sec **out, size_t *count)
{
	Level		stack[MAX_DEPTH];
	int			depth = 0;
	Sec		   *secs = NULL;
	size_t		nsecs = 0,
				cap = 0,
				counter = 0;
	size_t		last_heading_end = NO_POS;	/* when cut by the next label */
	size_t		last_heading_span_end = NO_POS;
	int			list_style = 0,
				list_next = 0;
	size_t		line_end = 0,
				line_end_for = NO_POS;
	size_t		shift_from = 0;	/* sections a higher level may still enclose */

	for (size_t i = 0; i < ncands; i++)
	{
		Cand	   *c = &cands[i];
		int			context = c->context;
		int			group = style_group(c->style);
		int			at = -1;	/* stack index to become a sibling at */
		bool		child = false;
		bool		weak;
		size_t		next_label = NO_POS;
		HeadingEnd	he;
		Sec			s;

		GR_POLL(env, counter);
		if (c->dead || !c->plausible)
			continue;
		if (c->line_start != line_end_for)
		{
			line_end = c->line_start;
			while (line_end < v->n && v->cp[line_end] != '\n')
			{
				GR_POLL(env, counter);
				line_end++;
			}
			line_end_for = c->line_start;
		}
		if (context == CTX_OTHER)
		{
			if (c->pos != last_heading_end)
				continue;
		}
		weak = context != CTX_LINE && c->pos != last_heading_end;

		/* the next label on the line that could end this heading */
		for (size_t j = i + 1; j < ncands && cands[j].pos < c->text + HEADING_WINDOW; j++)
		{
			if (cands[j].line_start != c->line_start)
				break;
			/* 统一、 after a word: its own family's number that does not follow */
			if (cands[j].context == CTX_OTHER &&
				style_group(cands[j].style) == group &&
				cands[j].number != c->number + 1)
				continue;
			if (!cands[j].dead && cands[j].plausible && cands[j].pos > c->text)
			{
				next_label = cands[j].pos;
				break;
			}
		}
		he = heading_end(v, c->text, line_end, next_label, context == CTX_LINE);
		if (he.end <= c->text)
			continue;

		/* where in the tree: a sibling whose number it continues ... */
		for (int d = depth - 1; d >= 0 && at < 0; d--)
			if (stack[d].style == c->style && c->number == stack[d].last + 1)
				at = d;

		/*
		 * One style on two levels, and the number fits both (1、 under 1、):
		 * a heading that names another standard part of the report than
		 * the enclosing section belongs to the upper level.
		 */
		if (at > 0)
		{
			for (int d = at - 1; d >= 0; d--)
				if (stack[d].style == c->style && c->number == stack[d].last + 1)
				{
					GrTopic		own = classify(v, c->text, he.end);
					GrTopic		enclosing = secs[stack[at - 1].sec].topic;

					if (own != GR_TOPIC_NONE && own != enclosing &&
						is_part_title(v, c->text, he.end))
						at = d;
					break;
				}
		}
		for (int d = depth - 1; d >= 0 && at < 0; d--)
			if (style_group(stack[d].style) == group && c->number == stack[d].last + 1)
				at = d;
		/* ... or the first of a new level ... */
		if (at < 0 && c->number == 1 && context != CTX_COMMA)
		{
			int			same = -1;

			for (int d = depth - 1; d >= 0 && same < 0; d--)
				if (stack[d].style == c->style)
					same = d;
			if (same >= 0 && same < depth - 1)
				at = same;		/* numbering restarts: a level was missed */
			else if (same >= 0 && style_rank(c->style) <= style_rank(ST_PAREN_CN))
				at = same;		/* 一、 again: a table of contents, or a restart */
			else
				child = true;	/* 1、 under 1、: one style for two levels */
		}
		/* ... or, on a line of its own, a sibling after a gap */
		if (at < 0 && !child && context == CTX_LINE)
		{
			for (int d = depth - 1; d >= 0 && at < 0; d--)
				if (stack[d].style == c->style && c->number > stack[d].last &&
					c->number <= stack[d].last + 3)
					at = d;
			if (at < 0 && c->style != ST_AR_BARE)
			{
				bool		above = true;

				for (int d = 0; d < depth; d++)
					if (style_rank(stack[d].style) <= style_rank(c->style))
						above = false;
				if (above)
				{
					/*
					 * An excerpt that starts inside a section: what came
					 * before lies one level below this heading's level.
					 */
					for (size_t k = shift_from; k < nsecs; k++)
						secs[k].level++;
					shift_from = nsecs;
					depth = 0;
					child = true;
				}
			}
		}
		/* ... or, in flattened text, the first heading of an excerpt */
		if (at < 0 && !child && context == CTX_TERMINAL && depth == 0 &&
			(c->style == ST_CN || c->style == ST_PAREN_CN) &&
			(c->has_next || classify(v, c->text, he.end) != GR_TOPIC_NONE ||
			 short_titled(v, c->text, &he, line_end)))
			child = true;
		/* 一、 never lies below （一） or 1.: the excerpt started inside one */
		if (child && at < 0 && depth > 0 && c->style == ST_CN && c->number == 1)
		{
			bool		above = true;

			for (int d = 0; d < depth; d++)
				if (style_rank(stack[d].style) <= style_rank(c->style))
					above = false;
			if (above)
			{
				for (size_t k = shift_from; k < nsecs; k++)
					secs[k].level++;
				shift_from = nsecs;
				depth = 0;
			}
		}
		if (at < 0 && !child)
			continue;

		/* enumerations after a colon are not headings */
		if (context == CTX_LIST)
		{
			if (c->number == 1)
			{
				list_style = c->style;
				list_next = 2;
			}
			continue;
		}
		if (context == CTX_LINE && list_style == c->style && c->number == list_next)
		{
			list_next++;
			continue;
		}
		if (context == CTX_LINE && child && c->style != ST_CHAPTER)
		{
			size_t		p = prev_visible(v, c->line_start);

			if (p != NO_POS && v->cp[p] == ':' &&
				!word_before(v, p, 0, WORD(word_as_follows)) &&
				!(last_heading_span_end != NO_POS && p < last_heading_span_end + 1 &&
				  nsecs > 0 && p >= secs[nsecs - 1].pos) &&
				is_list_item(v, cands, ncands, i, line_end))
			{
				list_style = c->style;
				list_next = c->number + 1;
				continue;
			}
		}

		/* mid-line labels need a heading's shape */
		if (weak)
		{
			size_t		hl = he.end - c->text;

			if (context == CTX_COMMA)
			{
				if (at < 0 || stack[at].style != c->style || c->number < 2 ||
					c->pos - secs[stack[at].sec].pos < 20 ||
					he.cause != END_PUNCT || hl > 40)
					continue;
			}
			else if (child)
			{
				/*
				 * A guessed end (the first comma) will do for the first
				 * heading after a sentence when the next number of its
				 * family follows: the sequence vouches for the label.
				 */
				bool		vouched = context == CTX_TERMINAL && depth == 0 &&
					c->has_next && he.cause == END_FALLBACK;

				if (hl > 30 || he.cause == END_LINE ||
					(he.cause == END_FALLBACK && !vouched))
					continue;
				/* 一、加强领导；二、…: an enumeration in a paragraph */
				if (he.cause == END_PUNCT && he.body > 0 && v->cp[he.body - 1] == ';')
					continue;
			}
			else if (hl > 40)
				continue;
		}
		list_style = 0;

		/* place it */
		if (child)
		{
			if (depth >= MAX_DEPTH)
				continue;
			at = depth;
		}
		memset(&s, 0, sizeof(s));
		s.pos = c->pos;
		s.label_end = c->label_end;
		s.heading_start = c->text;
		s.heading_end = he.end;
		s.body_start = he.body;
		s.level = at + 1;
		s.parent = at > 0 ? stack[at - 1].sec : -1;
		s.number = c->number;
		/* inherited, else its own (classify is only asked when needed) */
		if (s.parent >= 0 && secs[s.parent].topic != GR_TOPIC_NONE)
			s.topic = secs[s.parent].topic;
		else
			s.topic = classify(v, c->text, he.end);
		if (!reserve(env, (void **) &secs, &cap, nsecs, sizeof(Sec)))
		{
			gr_release(env, secs);
			return GR_NOMEM;
		}
		secs[nsecs] = s;
		stack[at].style = c->style;
		stack[at].last = c->number;
		stack[at].sec = (int) nsecs;
		depth = at + 1;
		nsecs++;
		last_heading_end = (he.cause == END_LABEL || he.cause == END_WORDS) ?
			he.body : NO_POS;
		if (he.cause == END_LABEL)
			last_heading_end = next_label;
		last_heading_span_end = he.body;
	}
	*out = secs;
	*count = nsecs;
	return GR_OK;
}

/* ---------------------------------------------------------------------
 * Pass 5: the rows
 * --------------------------------------------------------------------- */

/* Byte length of the character at text[at]. */
static inline size_t
char_len(const char *text, size_t len, size_t at)
{
	size_t		p = at;

	gr_utf8_decode_fast(text, len, &p);
	return p - at;
}

/* Trim whitespace from both ends of text[*start, *end). */
static void
trim_span(const GrEnv *env, size_t *counter, const char *text, size_t len,
		  size_t *start, size_t *end)
{
	while (*start < *end)
	{
		size_t		p = *start;
		uint32_t	c = gr_utf8_decode(text, len, &p);

		GR_POLL(env, *counter);

		if (!gr_is_space(c) && c != 0x200B)
			break;
		*start = p;
	}
	while (*end > *start)
	{
		size_t		p = *end - 1;
		uint32_t	c;
		size_t		q;

		GR_POLL(env, *counter);
		while (p > *start && ((unsigned char) text[p] & 0xC0) == 0x80)
			p--;
		q = p;
		c = gr_utf8_decode(text, len, &q);
		if (!gr_is_space(c) && c != 0x200B)
			break;
		*end = p;
	}
}

/*
 * Bytes needed to hold view[from, to) as text when it is not one span of
 * the text (something the view left out lies inside it), else 0.
 */
static size_t
span_extra(const View *view, const char *text, size_t len, size_t from, size_t to)
{
	size_t		extra = 0;

	for (size_t i = from; i + 1 < to; i++)
		if (view->off[i] + char_len(text, len, view->off[i]) != view->off[i + 1])
		{
			for (size_t j = from; j < to; j++)
				extra += char_len(text, len, view->off[j]);
			return extra;
		}
	return 0;
}

/*
 * view[from, to) as written: a pointer into the text when it is one span,
 * else a copy at *heap without what the view left out; extra is
 * span_extra(view, text, len, from, to).
 */
static void
span_text(const View *view, const char *text, size_t len, size_t from, size_t to,
		  size_t extra, char **heap, const char **out, size_t *out_len)
{
	if (from >= to)
	{
		*out = text + (from < view->n ? view->off[from] : len);
		*out_len = 0;
		return;
	}
	if (extra == 0)
	{
		size_t		last = view->off[to - 1];

		*out = text + view->off[from];
		*out_len = last + char_len(text, len, last) - view->off[from];
		return;
	}
	*out = *heap;
	for (size_t i = from; i < to; i++)
	{
		size_t		cl = char_len(text, len, view->off[i]);

		memcpy(*heap, text + view->off[i], cl);
		*heap += cl;
	}
	*out_len = (size_t) (*heap - *out);
}

/*
 * gr_sections_find, and gr_sections_bounds when !full: then the rows'
 * labels, headings and bodies are not worked out (their spans, their text
 * without what the view left out, the trimmed body).
 */
static GrStatus
find_sections(const GrEnv *env, const char *text, size_t len, bool full,
			  GrSection **sections, size_t *count)
{
	Drop	   *drops = NULL;
	size_t		ndrops = 0;
	View		view;
	Cand	   *cands = NULL;
	size_t		ncands = 0;
	Sec		   *secs = NULL;
	size_t		nsecs = 0;
	GrSection  *rows = NULL;
	size_t		nrows = 0,
				first = 0;
	bool		preamble = false;
	GrStatus	status;
	size_t		counter = 0;

	*sections = NULL;
	*count = 0;
	memset(&view, 0, sizeof(view));

	status = build_view(env, text, len, &view, &drops, &ndrops);
	if (status != GR_OK)
		goto done;
	status = find_candidates(env, &view, &cands, &ncands);
	if (status != GR_OK)
		goto done;
	status = filter_candidates(env, &view, cands, ncands);
	if (status != GR_OK)
		goto done;
	status = accept_candidates(env, &view, cands, ncands, &secs, &nsecs);
	if (status != GR_OK)
		goto done;

	/* is there a preamble? */
	{
		size_t		s = 0,
					e = nsecs > 0 ? view.off[secs[0].pos] : len;

		trim_span(env, &counter, text, len, &s, &e);
		preamble = e > s;
	}
	nrows = nsecs + (preamble ? 1 : 0);
	if (nrows == 0)
		goto done;

	/*
	 * One allocation holds the rows and, after them, the headings that are
	 * not a contiguous span of the text (a page marker or ruby removed).
	 */
	{
		size_t		extra = 0;
		size_t		rows_size = nrows * sizeof(GrSection);
		char	   *heap;

		for (size_t k = 0; k < nsecs && full; k++)
		{
			Sec		   *s = &secs[k];

			GR_POLL(env, counter);
			s->heading_extra = span_extra(&view, text, len, s->heading_start, s->heading_end);
			s->label_extra = span_extra(&view, text, len, s->pos, s->label_end);
			extra += s->heading_extra + s->label_extra;
		}
		if (extra > GR_MAX_ALLOC - rows_size)
		{
			status = GR_TOO_LARGE;
			goto done;
		}
		rows = gr_alloc(env, rows_size + extra);
		if (!rows)
		{
			status = GR_NOMEM;
			goto done;
		}
		memset(rows, 0, rows_size);
		heap = (char *) rows + rows_size;

		if (preamble)
		{
			GrSection  *r = &rows[0];

			r->ord = 1;
			r->level = 0;
			r->start = 0;
			r->end = nsecs > 0 ? view.off[secs[0].pos] : len;
			if (full)
			{
				r->body_start = 0;
				r->body_end = r->end;
				trim_span(env, &counter, text, len, &r->body_start, &r->body_end);
			}
			first = 1;
		}
		for (size_t k = 0; k < nsecs; k++)
		{
			Sec		   *s = &secs[k];
			GrSection  *r = &rows[first + k];
			size_t		hs,
						last,
						he;

			GR_POLL(env, counter);
			r->ord = (int) (first + k + 1);
			r->parent = s->parent >= 0 ? (int) (first + s->parent + 1) : 0;
			r->level = s->level;
			r->number = s->number;
			r->topic = s->topic;
			r->start = view.off[s->pos];
			r->label_start = r->start;
			if (!full)
				continue;
			hs = view.off[s->heading_start];
			last = view.off[s->heading_end - 1];
			he = last + char_len(text, len, last);
			r->label_end = view.off[s->label_end - 1] +
				char_len(text, len, view.off[s->label_end - 1]);
			r->heading_start = hs;
			r->heading_end = he;
			r->body_start = s->body_start < view.n ? view.off[s->body_start] : len;
			r->body_end = k + 1 < nsecs ? view.off[secs[k + 1].pos] : len;
			if (r->body_start > r->body_end)
				r->body_start = r->body_end;
			trim_span(env, &counter, text, len, &r->body_start, &r->body_end);

			/* label and heading as written, minus what the view left out */
			span_text(&view, text, len, s->pos, s->label_end, s->label_extra, &heap,
					  &r->label, &r->label_len);
			span_text(&view, text, len, s->heading_start, s->heading_end,
					  s->heading_extra, &heap, &r->heading, &r->heading_len);
		}
	}

	/* a section ends where the next one of its level or above starts */
	{
		int			open[MAX_DEPTH + 1];
		int			nopen = 0;

		for (size_t k = first; k < nrows; k++)
		{
			GR_POLL(env, counter);
			while (nopen > 0 && rows[open[nopen - 1]].level >= rows[k].level)
				rows[open[--nopen]].end = rows[k].start;
			if (nopen <= MAX_DEPTH)
				open[nopen++] = (int) k;
		}
		while (nopen > 0)
			rows[open[--nopen]].end = len;
	}
	*sections = rows;
	*count = nrows;
	rows = NULL;

done:
	gr_release(env, drops);
	gr_release(env, view.cp);
	gr_release(env, view.off);
	gr_release(env, view.digit_ends);
	gr_release(env, cands);
	gr_release(env, secs);
	gr_release(env, rows);
	return status;
}

GrStatus
gr_sections_find(const GrEnv *env, const char *text, size_t len,
				 GrSection **sections, size_t *count)
{
	return find_sections(env, text, len, true, sections, count);
}

GrStatus
gr_sections_bounds(const GrEnv *env, const char *text, size_t len,
				   GrSection **sections, size_t *count)
{
	return find_sections(env, text, len, false, sections, count);
}

long
gr_sections_at(const GrSection *sections, size_t count, size_t offset)
{
	size_t		lo = 0,
				hi = count;
	long		k;

	/* the last section that starts at or before offset */
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (sections[mid].start <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return -1;
	k = (long) lo - 1;
	/* climb to the innermost one that still holds it */
	while (k >= 0 && offset >= sections[k].end)
	{
		if (sections[k].level == 0 || sections[k].parent == 0)
			return -1;
		k = sections[k].parent - 1;
	}
	return k;
}
