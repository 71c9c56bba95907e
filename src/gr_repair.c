/*
 * gr_repair.c
 *		The repair pipeline and its text-level steps.
 *
 * gr_repair() runs the steps of the registry (gr_repair_steps) in a fixed
 * order, byte-level damage first (gr_mojibake.c), then the text-level
 * steps of this file: HTML entities, page markers, page furniture, PDF
 * line wraps, ruby pinyin, script, width, spaced headings, site chrome and
 * injected spam.  Each step is a detector and a fixer in one scan: it
 * copies nothing until it finds its first fix, so clean text costs one
 * read per step and no allocation, and gr_repair hands clean text back
 * untouched.  Before the steps run, one pass over the text computes which
 * kinds of evidence it holds at all (an '&', a fullwidth digit, a
 * traditional character …), and steps without evidence are skipped.
 *
 * The character tables (traditional -> simplified, readings for ruby) are
 * generated from ICU at build time: see gr_repair_tables.h.
 */
#include "gr_repair.h"
#include "gr_repair_tables.h"

#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Reports
 * ------------------------------------------------------------------------
 */

/* Longest side of an example, in bytes; cut at a character boundary. */
#define EXAMPLE_LIMIT 120

static size_t
utf8_clip(const char *text, size_t len, size_t limit)
{
	size_t		cut;

	if (len <= limit)
		return len;
	cut = limit;
	while (cut > 0 && ((unsigned char) text[cut] & 0xC0) == 0x80)
		cut--;
	return cut;
}

static char *
copy_example(const GrEnv *env, const char *bytes, size_t len, size_t *out_len)
{
	size_t		keep = utf8_clip(bytes, len, EXAMPLE_LIMIT);
	bool		cut = keep < len;
	char	   *copy = gr_alloc(env, keep + 4);

	if (copy == NULL)
	{
		*out_len = 0;
		return NULL;
	}
	memcpy(copy, bytes, keep);
	if (cut)
	{
		memcpy(copy + keep, "\xe2\x80\xa6", 3);	/* … */
		keep += 3;
	}
	copy[keep] = '\0';
	*out_len = keep;
	return copy;
}

/* Record the first fix of a step as its example (copies both sides). */
void
gr_report_example(const GrEnv *env, GrStepReport *report,
				  const char *before, size_t before_len,
				  const char *after, size_t after_len)
{
	if (report->before != NULL)
		return;
	report->before = copy_example(env, before, before_len, &report->before_len);
	report->after = copy_example(env, after, after_len, &report->after_len);
}

/* ------------------------------------------------------------------------
 * The rewriter: how every step of this file writes its output
 *
 * A step scans text left to right and calls rw_replace for each fix, in
 * increasing order; the rewriter copies the unchanged text between fixes.
 * Until the first fix nothing is allocated.
 * ------------------------------------------------------------------------
 */
typedef struct Rewriter
{
	const GrEnv *env;
	const char *text;
	size_t		len;
	GrBuf	   *out;
	GrStepReport *report;
	size_t		copied;			/* text[0, copied) is in out */
} Rewriter;

static void
rw_init(Rewriter *rw, const GrEnv *env, const char *text, size_t len,
		GrBuf *out, GrStepReport *report)
{
	rw->env = env;
	rw->text = text;
	rw->len = len;
	rw->out = out;
	rw->report = report;
	rw->copied = 0;
	memset(report, 0, sizeof(*report));
}

/*
 * Replace text[start, end) by repl.  The example shows text from
 * context_start (<= start) so that a deletion reads "報(bào) → 報".
 */
static void
rw_replace(Rewriter *rw, size_t context_start, size_t start, size_t end,
		   const char *repl, size_t repl_len)
{
	if (start < rw->copied)
		return;					/* overlapping fix: the first one wins */
	if (rw->report->fixes == 0)
	{
		gr_buf_reserve(rw->out, rw->len + 64);
		if (context_start < rw->copied)
			context_start = rw->copied;
		if (context_start + EXAMPLE_LIMIT >= start)
		{
			char		after[EXAMPLE_LIMIT * 2 + 8];
			size_t		prefix = start - context_start;
			size_t		n = utf8_clip(repl, repl_len, EXAMPLE_LIMIT);

			memcpy(after, rw->text + context_start, prefix);
			memcpy(after + prefix, repl, n);
			gr_report_example(rw->env, rw->report, rw->text + context_start,
							  end - context_start, after, prefix + n);
		}
		else
			gr_report_example(rw->env, rw->report, rw->text + start, end - start,
							  repl, repl_len);
	}
	gr_buf_append(rw->out, rw->text + rw->copied, start - rw->copied);
	gr_buf_append(rw->out, repl, repl_len);
	rw->copied = end;
	rw->report->fixes++;
}

static GrStatus
rw_finish(Rewriter *rw)
{
	if (rw->report->fixes == 0)
		return GR_OK;
	gr_buf_append(rw->out, rw->text + rw->copied, rw->len - rw->copied);
	return rw->out->status;
}

/* ------------------------------------------------------------------------
 * Characters
 * ------------------------------------------------------------------------
 */

/* The code point at text[pos] (GR_INVALID_CP at the end), not advancing. */
static inline uint32_t
peek_cp(const char *text, size_t len, size_t pos, size_t *next)
{
	size_t		p = pos;
	uint32_t	cp;

	if (pos >= len)
	{
		if (next)
			*next = pos;
		return GR_INVALID_CP;
	}
	/* the common case inline: a well-formed three-byte character */
	if (pos + 2 < len && ((unsigned char) text[pos] & 0xF0) == 0xE0 &&
		((unsigned char) text[pos + 1] & 0xC0) == 0x80 &&
		((unsigned char) text[pos + 2] & 0xC0) == 0x80 &&
		((unsigned char) text[pos] != 0xE0 || (unsigned char) text[pos + 1] >= 0xA0) &&
		((unsigned char) text[pos] != 0xED || (unsigned char) text[pos + 1] < 0xA0))
	{
		if (next)
			*next = pos + 3;
		return ((uint32_t) ((unsigned char) text[pos] & 0x0F) << 12) |
			((uint32_t) ((unsigned char) text[pos + 1] & 0x3F) << 6) |
			((unsigned char) text[pos + 2] & 0x3F);
	}
	if ((unsigned char) text[pos] < 0x80)
	{
		if (next)
			*next = pos + 1;
		return (unsigned char) text[pos];
	}
	cp = gr_utf8_decode(text, len, &p);
	if (next)
		*next = p;
	return cp;
}

/* The code point that ends before text[pos], and where it starts. */
static uint32_t
prev_cp(const char *text, size_t pos, size_t *start)
{
	size_t		p = pos;
	size_t		q;

	if (pos == 0)
	{
		if (start)
			*start = 0;
		return GR_INVALID_CP;
	}
	/* the common cases inline, as the loop and gr_utf8_decode below read them */
	if ((unsigned char) text[pos - 1] < 0x80)
	{
		if (start)
			*start = pos - 1;
		return (unsigned char) text[pos - 1];
	}
	if (pos >= 3 && ((unsigned char) text[pos - 1] & 0xC0) == 0x80 &&
		((unsigned char) text[pos - 2] & 0xC0) == 0x80 &&
		(unsigned char) text[pos - 3] >= 0xE1 && (unsigned char) text[pos - 3] <= 0xEF &&
		(unsigned char) text[pos - 3] != 0xED)
	{
		if (start)
			*start = pos - 3;
		return ((uint32_t) ((unsigned char) text[pos - 3] & 0x0F) << 12) |
			((uint32_t) ((unsigned char) text[pos - 2] & 0x3F) << 6) |
			((unsigned char) text[pos - 1] & 0x3F);
	}
	p--;
	while (p > 0 && ((unsigned char) text[p] & 0xC0) == 0x80 && pos - p < 4)
		p--;
	if (start)
		*start = p;
	q = p;
	return gr_utf8_decode(text, pos, &q);
}

static inline bool
is_han_table(uint32_t cp)
{
	return cp >= GR_HAN_FIRST && cp <= GR_HAN_LAST;
}

static inline bool
bit_set(const unsigned char *bitmap, uint32_t cp)
{
	uint32_t	i = cp - GR_HAN_FIRST;

	return (bitmap[i >> 3] >> (i & 7)) & 1;
}

/* Traditional -> simplified of one code point (itself when none). */
uint32_t
gr_simplify_char(uint32_t cp)
{
	if (!is_han_table(cp) || gr_t2s_direct[cp - GR_HAN_FIRST] == 0)
		return cp;
	return gr_t2s_direct[cp - GR_HAN_FIRST];
}

/* Whether cp has a simplified form other than itself. */
static inline bool
is_traditional(uint32_t cp)
{
	return is_han_table(cp) && bit_set(gr_t2s_bitmap, cp);
}

/* Sentence-final punctuation: a line that ends so ends a sentence. */
static bool
is_sentence_end(uint32_t cp)
{
	switch (cp)
	{
		case 0x3002:			/* 。 */
		case 0xFF01:			/* ！ */
		case 0xFF1F:			/* ？ */
		case 0xFF1B:			/* ； */
		case 0xFF1A:			/* ： */
		case '!':
		case '?':
		case ';':
		case ':':
		case 0x2026:			/* … */
			return true;
		default:
			return false;
	}
}

/* Spaces inside a line: ASCII, no-break, ideographic, tab. */
static inline bool
is_inline_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0 || cp == '\r';
}

/* CJK punctuation and fullwidth forms (not letters or digits). */
static bool
is_cjk_punct(uint32_t cp)
{
	return (cp >= 0x3000 && cp <= 0x303F) ||
		(cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
		(cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
		(cp >= 0x2010 && cp <= 0x206F);
}

/*
 * Whether text at pos starts with pattern (UTF-8, simplified) when every
 * character of text is first simplified: chrome and spam match in either
 * script.  *end gets the end of the match.
 */
static bool
match_folded(const char *text, size_t len, size_t pos, const char *pattern,
			 size_t *end)
{
	size_t		plen = strlen(pattern);
	size_t		p = 0;

	while (p < plen)
	{
		uint32_t	want = gr_utf8_decode(pattern, plen, &p);
		uint32_t	got;

		if (pos >= len)
			return false;
		if ((unsigned char) text[pos] < 0x80)
		{
			got = (unsigned char) text[pos++];
			if (got >= 'A' && got <= 'Z' && want >= 'a' && want <= 'z')
				got |= 0x20;
		}
		else
			got = gr_simplify_char(peek_cp(text, len, pos, &pos));
		if (got != want)
			return false;
	}
	if (end)
		*end = pos;
	return true;
}

/* Whether text[start, end) contains pattern (folded). */
static bool
contains_folded(const char *text, size_t start, size_t end, const char *pattern)
{
	size_t		pos = start;
	size_t		q = 0;
	uint32_t	first = gr_utf8_decode(pattern, strlen(pattern), &q);

	while (pos < end)
	{
		size_t		next;
		uint32_t	cp = peek_cp(text, end, pos, &next);

		if ((cp == first || gr_simplify_char(cp) == first) &&
			match_folded(text, end, pos, pattern, NULL))
			return true;
		pos = next;
	}
	return false;
}

/* ------------------------------------------------------------------------
 * Lines
 * ------------------------------------------------------------------------
 */

/* The end of the line starting at pos (the offset of its '\n' or len). */
static inline size_t
line_end(const char *text, size_t len, size_t pos)
{
	const char *nl = memchr(text + pos, '\n', len - pos);

	return nl ? (size_t) (nl - text) : len;
}

/* The first offset in [start, end) that is not inline space. */
static size_t
skip_spaces(const char *text, size_t start, size_t end)
{
	while (start < end)
	{
		size_t		next;
		uint32_t	cp;
		unsigned char c = (unsigned char) text[start];

		/* ASCII as peek_cp reads it: only ' ', '\t' and '\r' are spaces */
		if (c < 0x80)
		{
			if (c != ' ' && c != '\t' && c != '\r')
				break;
			start++;
			continue;
		}
		cp = peek_cp(text, end, start, &next);
		if (!is_inline_space(cp) && cp != 0x200B && cp != 0xFEFF)
			break;
		start = next;
	}
	return start;
}

/* The offset after the last character of [start, end) that is not space. */
static size_t
trim_spaces_end(const char *text, size_t start, size_t end)
{
	while (end > start)
	{
		size_t		s;
		uint32_t	cp = prev_cp(text, end, &s);

		if (s < start || (!is_inline_space(cp) && cp != 0x200B && cp != 0xFEFF))
			break;
		end = s;
	}
	return end;
}

static inline bool
line_blank(const char *text, size_t start, size_t end)
{
	return skip_spaces(text, start, end) >= end;
}

/* ------------------------------------------------------------------------
 * Step: HTML entities and stray tags
 * ------------------------------------------------------------------------
 */

typedef struct NamedEntity
{
	const char *name;
	uint32_t	cp;
} NamedEntity;

/* The named entities scraped text carries, sorted by name for bsearch. */
static const NamedEntity named_entities[] = {
	{"Alpha", 0x391}, {"Beta", 0x392}, {"Omega", 0x3A9}, {"alpha", 0x3B1},
	{"amp", '&'}, {"apos", '\''}, {"beta", 0x3B2}, {"bull", 0x2022},
	{"cent", 0xA2}, {"copy", 0xA9}, {"deg", 0xB0}, {"divide", 0xF7},
	{"emsp", 0x3000}, {"ensp", ' '}, {"euro", 0x20AC}, {"frac12", 0xBD},
	{"frac14", 0xBC}, {"frac34", 0xBE}, {"ge", 0x2265}, {"gt", '>'},
	{"hellip", 0x2026}, {"lambda", 0x3BB}, {"laquo", 0xAB}, {"larr", 0x2190},
	{"ldquo", 0x201C}, {"le", 0x2264}, {"lsquo", 0x2018}, {"lt", '<'},
	{"mdash", 0x2014}, {"micro", 0xB5}, {"middot", 0xB7}, {"mu", 0x3BC},
	{"nbsp", ' '}, {"ndash", 0x2013}, {"ne", 0x2260}, {"omega", 0x3C9},
	{"permil", 0x2030}, {"pi", 0x3C0}, {"plusmn", 0xB1}, {"pound", 0xA3},
	{"quot", '"'}, {"raquo", 0xBB}, {"rarr", 0x2192}, {"rdquo", 0x201D},
	{"reg", 0xAE}, {"rsquo", 0x2019}, {"sect", 0xA7}, {"sigma", 0x3C3},
	{"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"thinsp", 0x2009},
	{"times", 0xD7}, {"trade", 0x2122}, {"yen", 0xA5}, {"zwj", 0x200D},
	{"zwnj", 0x200C},
};

static uint32_t
lookup_entity(const char *name, size_t len)
{
	int			low = 0;
	int			high = (int) (sizeof(named_entities) / sizeof(named_entities[0])) - 1;

	while (low <= high)
	{
		int			mid = (low + high) / 2;
		const char *candidate = named_entities[mid].name;
		size_t		clen = strlen(candidate);
		int			c = memcmp(name, candidate, len < clen ? len : clen);

		if (c == 0)
			c = (len > clen) - (len < clen);
		if (c == 0)
			return named_entities[mid].cp;
		if (c < 0)
			high = mid - 1;
		else
			low = mid + 1;
	}
	return GR_INVALID_CP;
}

/*
 * An entity at text[pos] == '&': its code point and end, or GR_INVALID_CP.
 * Needs the closing ';' (so "R&D" is text); numeric ones must be valid
 * scalar values other than controls.
 */
static uint32_t
parse_entity(const char *text, size_t len, size_t pos, size_t *end)
{
	size_t		p = pos + 1;
	uint32_t	cp = 0;

	if (p < len && text[p] == '#')
	{
		bool		hex = false;
		size_t		digits = 0;

		p++;
		if (p < len && (text[p] == 'x' || text[p] == 'X'))
		{
			hex = true;
			p++;
		}
		while (p < len && digits < 8)
		{
			char		c = text[p];
			int			v;

			if (c >= '0' && c <= '9')
				v = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				v = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				v = c - 'A' + 10;
			else
				break;
			cp = cp * (hex ? 16 : 10) + (uint32_t) v;
			digits++;
			p++;
		}
		if (digits == 0 || p >= len || text[p] != ';')
			return GR_INVALID_CP;
		if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
			(cp < 0x20 && cp != '\n' && cp != '\t'))
			return GR_INVALID_CP;
		*end = p + 1;
		return cp;
	}
	while (p < len && p - pos <= 8 &&
		   ((text[p] >= 'a' && text[p] <= 'z') || (text[p] >= 'A' && text[p] <= 'Z') ||
			(text[p] >= '0' && text[p] <= '9')))
		p++;
	if (p >= len || text[p] != ';' || p == pos + 1)
		return GR_INVALID_CP;
	cp = lookup_entity(text + pos + 1, p - pos - 1);
	if (cp != GR_INVALID_CP)
		*end = p + 1;
	return cp;
}

/* HTML element names that stray tags in scraped text carry. */
static const char *const html_tags[] = {
	"a", "abbr", "b", "big", "blockquote", "body", "br", "center", "col", "colgroup",
	"dd", "del", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6",
	"head", "hr", "html", "i", "img", "input", "ins", "label", "li", "link", "meta",
	"o:p", "ol", "p", "pre", "s", "section", "small", "span", "strike", "strong",
	"sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
	"u", "ul",
};

/* Tags after which a line ends. */
static bool
is_block_tag(const char *name, size_t len)
{
	static const char *const block[] = {"br", "p", "div", "tr", "li", "h1", "h2", "h3",
	"h4", "h5", "h6", "table", "hr"};

	for (size_t i = 0; i < sizeof(block) / sizeof(block[0]); i++)
		if (strlen(block[i]) == len && memcmp(block[i], name, len) == 0)
			return true;
	return false;
}

/*
 * A tag at text[pos] == '<': its end, or 0.  Only known element names,
 * closed within one line, so that "<100>" or "a<b" stay.  *block says
 * whether a line ends there; comments <!-- … --> are tags too.
 */
static size_t
parse_tag(const char *text, size_t len, size_t pos, bool *block)
{
	size_t		p = pos + 1;
	size_t		name_start;
	size_t		limit = pos + 512 < len ? pos + 512 : len;
	bool		unknown_name = false;

	*block = false;
	if (p + 2 < len && text[p] == '!' && text[p + 1] == '-' && text[p + 2] == '-')
	{
		for (size_t q = p + 3; q + 2 < limit; q++)
			if (text[q] == '-' && text[q + 1] == '-' && text[q + 2] == '>')
				return q + 3;
		return 0;
	}
	if (p < len && text[p] == '/')
		p++;
	name_start = p;
	while (p < limit && ((text[p] >= 'a' && text[p] <= 'z') || (text[p] >= 'A' && text[p] <= 'Z') ||
						 (text[p] >= '0' && text[p] <= '9') || text[p] == ':'))
		p++;
	if (p == name_start || p >= limit)
		return 0;
	{
		char		name[16];
		size_t		n = p - name_start;
		bool		known = false;

		if (n >= sizeof(name))
			return 0;
		for (size_t i = 0; i < n; i++)
			name[i] = (char) (text[name_start + i] | 0x20);
		for (size_t i = 0; i < sizeof(html_tags) / sizeof(html_tags[0]); i++)
			if (strlen(html_tags[i]) == n && memcmp(html_tags[i], name, n) == 0)
				known = true;
		*block = is_block_tag(name, n);
		unknown_name = !known;
	}
	/* an unknown name is a tag only closing ("</samp>") or with attributes */
	if (unknown_name && text[name_start - 1] == '/')
		unknown_name = false;
	if (text[p] != '>' && text[p] != ' ' && text[p] != '/' && text[p] != '\t')
		return 0;
	{
		/* attributes have '=' ("<span style=…>"); "a<b 且 c>d" is no tag */
		bool		attributes = false;
		bool		other = false;

		while (p < limit && text[p] != '>' && text[p] != '<' && text[p] != '\n')
		{
			if (text[p] == '=')
				attributes = true;
			else if (text[p] != ' ' && text[p] != '/' && text[p] != '\t')
				other = true;
			p++;
		}
		if (p >= limit || text[p] != '>' || (other && !attributes) ||
			(unknown_name && !attributes))
			return 0;
	}
	return p + 1;
}

GrStatus
gr_step_entities(const GrEnv *env, const char *text, size_t len,
				 GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	size_t		pos = 0;
	size_t		polls = 0;

	rw_init(&rw, env, text, len, out, report);
	while (pos < len)
	{
		const char *hit = NULL;

		/*
		 * Jump to the next '&' or '<' (memchr for each, the second only
		 * before the first one's hit), 64 KB at a time with a poll between
		 */
		for (size_t p = pos; p < len && hit == NULL;)
		{
			size_t		chunk_end = (p | 0xFFFF) + 1;
			const char *amp;
			const char *tag;

			if (chunk_end > len)
				chunk_end = len;
			amp = memchr(text + p, '&', chunk_end - p);
			tag = memchr(text + p, '<', (amp ? (size_t) (amp - text) : chunk_end) - p);
			hit = tag ? tag : amp;
			p = chunk_end;
			if (hit == NULL && env->poll)
				env->poll(env->opaque);
		}
		if (hit == NULL)
			break;
		pos = (size_t) (hit - text);
		GR_POLL(env, polls);
		if (*hit == '&')
		{
			size_t		end;
			uint32_t	cp = parse_entity(text, len, pos, &end);

			/* escaped twice: "&amp;#25919;" is "&#25919;" is 政 */
			if (cp == '&' && end < len && (text[end] == '#' || (text[end] | 0x20) >= 'a'))
			{
				size_t		inner_end;
				uint32_t	inner = parse_entity(text, len, end - 1, &inner_end);

				if (inner != GR_INVALID_CP)
				{
					cp = inner;
					end = inner_end;
				}
			}
			if (cp != GR_INVALID_CP)
			{
				char		encoded[4];
				int			n = gr_utf8_encode(cp, encoded);

				rw_replace(&rw, pos, pos, end, encoded, (size_t) n);
				pos = end;
				continue;
			}
		}
		else
		{
			bool		block;
			size_t		end = parse_tag(text, len, pos, &block);

			if (end > 0)
			{
				/* a block tag ends a line unless one ends there anyway */
				bool		newline = block && end < len && text[end] != '\n' &&
					pos > 0 && text[pos - 1] != '\n';

				rw_replace(&rw, pos, pos, end, "\n", newline ? 1 : 0);
				pos = end;
				continue;
			}
		}
		pos++;
	}
	return rw_finish(&rw);
}

/* ------------------------------------------------------------------------
 * Step: document-viewer page markers
 *
 * Document sites number the pages of a converted document "1、", "2、" …
 * at the start of a line, wherever the page broke, mostly in mid-sentence:
 * "…中华人民共和国\n2、政府信息…".  A marker is taken when the numbers run
 * 1, 2, 3 … in order, at least 200 bytes apart, and the line before a
 * marker (from 2 on) breaks off in mid-sentence; list items "2、…" after a
 * finished sentence are not markers.  Fix: the marker goes, and the line
 * it starts joins the line before.
 * ------------------------------------------------------------------------
 */

#define MAX_PAGE_MARKERS 4096
#define PAGE_MARKER_GAP 200

/* A marker "N、" at text[pos]: N and the end of the marker, or -1. */
static long
parse_page_marker(const char *text, size_t len, size_t pos, size_t *end)
{
	long		n = 0;
	size_t		p = pos;

	while (p < len && p - pos < 4 && text[p] >= '0' && text[p] <= '9')
		n = n * 10 + (text[p++] - '0');
	if (p == pos || p - pos > 3 || text[pos] == '0')
		return -1;
	if (p + 3 <= len && memcmp(text + p, "\xe3\x80\x81", 3) == 0)	/* 、 */
	{
		*end = p + 3;
		return n;
	}
	return -1;
}

/* A candidate marker: where, which number, whether it reads as one. */
typedef struct PageMarker
{
	size_t		start;			/* the line start, where "N、" begins */
	size_t		end;			/* after "N、" */
	long		number;
	bool		verified;		/* breaks a sentence, or stands apart */
	bool		join;			/* the line before runs on into it */
} PageMarker;

GrStatus
gr_step_page_markers(const GrEnv *env, const char *text, size_t len,
					 GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	PageMarker	candidates[MAX_PAGE_MARKERS];
	int			chain[MAX_PAGE_MARKERS];
	int			count = 0;
	int			taken = 0;
	int			verified = 0;
	int			pending = -1;
	long		expected = 1;
	size_t		pos = 0;
	size_t		prev_start = 0;
	size_t		prev_end = 0;
	bool		have_prev = false;
	size_t		polls = 0;

	rw_init(&rw, env, text, len, out, report);

	/* every line that starts "N、", with what the lines around it say */
	while (pos < len && count < MAX_PAGE_MARKERS)
	{
		size_t		eol = line_end(text, len, pos);
		size_t		marker_end = pos;
		long		n;

		GR_POLL(env, polls);
		n = parse_page_marker(text, eol, pos, &marker_end);
		if (n > 0)
		{
			PageMarker *m = &candidates[count++];
			uint32_t	after = peek_cp(text, eol, marker_end, NULL);

			m->start = pos;
			m->end = marker_end;
			m->number = n;
			m->join = false;
			/*
			 * "2、" alone or before indentation: no list item looks so (Word's
			 * numbering "1、 总体情况" has one space)
			 */
			m->verified = marker_end >= eol || after == 0x200B || after == 0x3000 ||
				(marker_end + 1 < eol && text[marker_end] == ' ' &&
				 (text[marker_end + 1] == ' ' || (unsigned char) text[marker_end + 1] == 0xE3));
			/* a marker that cut into indentation: "\n \n15、   （五）" */
			if (have_prev && prev_end > prev_start && line_blank(text, prev_start, prev_end))
				m->join = true;
			if (have_prev && !line_blank(text, prev_start, prev_end))
			{
				size_t		last_end = trim_spaces_end(text, prev_start, prev_end);
				uint32_t	last = prev_cp(text, last_end, NULL);

				/* inserted into running text: the line before runs on */
				m->join = true;
				if (!is_sentence_end(last))
					m->verified = true;
			}
		}
		have_prev = true;
		prev_start = pos;
		prev_end = eol;
		pos = eol + 1;
	}

	/*
	 * The chain 1, 2, 3 … in text order, PAGE_MARKER_GAP bytes apart at
	 * least.  For each number the first verified candidate is taken; an
	 * unverified one (a page that broke between sentences, or a list item)
	 * only when the next number follows verified.
	 */
	for (int i = 0; i < count && taken < MAX_PAGE_MARKERS; i++)
	{
		PageMarker *m = &candidates[i];
		size_t		last_end = taken ? candidates[chain[taken - 1]].end : 0;

		if (taken && m->start < last_end + PAGE_MARKER_GAP)
			continue;
		if (m->number == expected)
		{
			if (m->verified || (expected == 1 && m->start < 1024))
			{
				chain[taken++] = i;
				if (expected > 1)
					verified++;
				expected++;
				pending = -1;
			}
			else
				pending = i;
		}
		else if (m->number == expected + 1 && m->verified && expected > 1)
		{
			if (pending >= 0 && candidates[pending].start >= last_end + PAGE_MARKER_GAP &&
				m->start >= candidates[pending].end + PAGE_MARKER_GAP)
				chain[taken++] = pending;
			chain[taken++] = i;
			verified++;
			expected += 2;
			pending = -1;
		}
	}
	if (verified == 0)
		return GR_OK;
	for (int k = 0; k < taken; k++)
	{
		PageMarker *m = &candidates[chain[k]];

		/* the first page follows the site's header lines: nothing to join */
		if (m->join && m->start > 0 && m->number > 1)
		{
			size_t		context;

			prev_cp(text, m->start - 1, &context);
			rw_replace(&rw, context, m->start - 1, m->end, "", 0);
		}
		else
			rw_replace(&rw, m->start, m->start, m->end, "", 0);
	}
	return rw_finish(&rw);
}

/* ------------------------------------------------------------------------
 * Step: page furniture (headers and footers of printed pages)
 *
 * A line that is nothing but a page number: "— 3 —", "- 3 -", "第 3 页",
 * "第 3 页 共 12 页", "第3页/共12页", "3/12" is not taken (a fraction).
 * When the page broke inside a paragraph (text on both sides, the line
 * before not finished), the two halves are joined.
 * ------------------------------------------------------------------------
 */

static bool
is_dash(uint32_t cp)
{
	return cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0x2012 ||
		cp == 0xFF0D || cp == 0x2212 || cp == 0x2015;
}

/* Skip ASCII and fullwidth digits; returns how many were skipped. */
static int
skip_digits(const char *text, size_t end, size_t *pos)
{
	int			n = 0;

	while (*pos < end)
	{
		size_t		next;
		uint32_t	cp = peek_cp(text, end, *pos, &next);

		if (!((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19)))
			break;
		*pos = next;
		n++;
	}
	return n;
}

/* Whether the line text[start, end) is only a page number. */
static bool
is_page_furniture(const char *text, size_t start, size_t end)
{
	size_t		p = skip_spaces(text, start, end);
	size_t		e = trim_spaces_end(text, p, end);
	size_t		next;
	uint32_t	cp;

	/* a flip-book's "Page 2 - <the document's title>" may be long */
	if (p >= e || e - p > (text[p] == 'P' ? 200 : 60))
		return false;
	cp = peek_cp(text, e, p, &next);
	if (is_dash(cp))
	{
		/* — 3 — */
		while (p < e && is_dash(peek_cp(text, e, p, &next)))
			p = next;
		p = skip_spaces(text, p, e);
		if (skip_digits(text, e, &p) == 0)
			return false;
		p = skip_spaces(text, p, e);
		if (p >= e || !is_dash(peek_cp(text, e, p, &next)))
			return false;
		while (p < e && is_dash(peek_cp(text, e, p, &next)))
			p = next;
		return p == e;
	}
	if (cp == 'P')
	{
		/* "Page 9", "Page 9 of 12", "Page 9 - 2020年报_审计局", "P. 9" */
		if (e - p >= 4 && memcmp(text + p, "Page", 4) == 0)
			p += 4;
		else if (e - p >= 2 && memcmp(text + p, "P.", 2) == 0)
			p += 2;
		else
			return false;
		p = skip_spaces(text, p, e);
		if (skip_digits(text, e, &p) == 0)
			return false;
		p = skip_spaces(text, p, e);
		if (p == e)
			return true;
		if (e - p >= 3 && memcmp(text + p, "of ", 3) == 0)
		{
			p = skip_spaces(text, p + 3, e);
			return skip_digits(text, e, &p) > 0 && skip_spaces(text, p, e) == e;
		}
		return text[p] == '-' && e - p <= 190;
	}
	if (cp == 0x7B2C)			/* 第 */
	{
		p = skip_spaces(text, next, e);
		if (skip_digits(text, e, &p) == 0)
			return false;
		p = skip_spaces(text, p, e);
		if (peek_cp(text, e, p, &next) != 0x9875)	/* 页 */
			return false;
		p = skip_spaces(text, next, e);
		if (p == e)
			return true;
		cp = peek_cp(text, e, p, &next);
		if (cp == '/' || cp == ',' || cp == 0xFF0C || cp == 0x3001)
			p = skip_spaces(text, next, e);
		if (peek_cp(text, e, p, &next) != 0x5171)	/* 共 */
			return false;
		p = skip_spaces(text, next, e);
		if (skip_digits(text, e, &p) == 0)
			return false;
		p = skip_spaces(text, p, e);
		if (peek_cp(text, e, p, &next) != 0x9875)
			return false;
		return skip_spaces(text, next, e) == e;
	}
	return false;
}

/*
 * "第1页共18页" glued to the start of a line of text (a document site's
 * page counter): where it ends, or 0.  Only the full "page N of M" form.
 */
static size_t
page_counter_prefix(const char *text, size_t start, size_t end)
{
	size_t		p = skip_spaces(text, start, end);
	size_t		next;

	if (peek_cp(text, end, p, &next) != 0x7B2C)	/* 第 */
		return 0;
	p = skip_spaces(text, next, end);
	if (skip_digits(text, end, &p) == 0)
		return 0;
	p = skip_spaces(text, p, end);
	if (peek_cp(text, end, p, &next) != 0x9875)	/* 页 */
		return 0;
	p = skip_spaces(text, next, end);
	if (peek_cp(text, end, p, &next) == '/' || peek_cp(text, end, p, NULL) == 0xFF0C)
		p = skip_spaces(text, next, end);
	if (peek_cp(text, end, p, &next) != 0x5171)	/* 共 */
		return 0;
	p = skip_spaces(text, next, end);
	if (skip_digits(text, end, &p) == 0)
		return 0;
	p = skip_spaces(text, p, end);
	if (peek_cp(text, end, p, &next) != 0x9875)
		return 0;
	return next;
}

GrStatus
gr_step_page_furniture(const GrEnv *env, const char *text, size_t len,
					   GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	size_t		pos = 0;
	size_t		prev_start = 0;
	bool		have_prev = false;
	size_t		polls = 0;

	rw_init(&rw, env, text, len, out, report);
	while (pos < len)
	{
		size_t		eol = line_end(text, len, pos);

		GR_POLL(env, polls);
		if (is_page_furniture(text, pos, eol))
		{
			size_t		next_start = eol < len ? eol + 1 : len;
			size_t		next_end = line_end(text, len, next_start);
			bool		prev_text = have_prev && !line_blank(text, prev_start, pos - 1);
			bool		next_text = next_start < len && !line_blank(text, next_start, next_end);

			if (prev_text && next_text)
			{
				size_t		last_end = trim_spaces_end(text, prev_start, pos - 1);
				uint32_t	last = prev_cp(text, last_end, NULL);
				uint32_t	first = peek_cp(text, next_end, next_start, NULL);

				if (!is_sentence_end(last) && !is_inline_space(first))
				{
					/* the page broke a paragraph: join its halves */
					rw_replace(&rw, pos - 1, pos - 1, next_start, "", 0);
					pos = next_start;
					continue;
				}
			}
			rw_replace(&rw, pos, pos, next_start, "", 0);
			pos = next_start;
			continue;
		}
		{
			size_t		counter_end = page_counter_prefix(text, pos, eol);

			if (counter_end > 0)
				rw_replace(&rw, pos, pos, counter_end, "", 0);
		}
		have_prev = true;
		prev_start = pos;
		pos = eol + 1;
	}
	return rw_finish(&rw);
}

/* ------------------------------------------------------------------------
 * Step: PDF line wraps
 *
 * Text copied out of a PDF breaks every line at the page width, inside
 * sentences and between a number and its unit, while paragraphs stay
 * apart (a blank line, or an indented first line).  The step decides per
 * document: it joins only when most lines of the text are broken off in
 * mid-sentence and run on into the next line, which a text typed with a
 * line per paragraph (or a table, a list) never shows.
 * ------------------------------------------------------------------------
 */

/* Whether a line opens a heading or list item ("一、", "（二）", "3.", "- "). */
static bool
starts_label(const char *text, size_t start, size_t end)
{
	size_t		next;
	uint32_t	cp = peek_cp(text, end, start, &next);
	uint32_t	cp2;

	if (cp == '-' || cp == '|' || cp == 0x2014 || cp == 0x2022 || cp == 0xB7 ||
		cp == '(' || cp == 0xFF08 || cp == 0x3010 || cp == 0x25CF || cp == 0x25A0)
		return true;
	cp2 = peek_cp(text, end, next, NULL);
	{
		static const uint32_t numerals[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D,
		0x4E03, 0x516B, 0x4E5D, 0x5341};

		/* 一、 二是 */
		for (size_t i = 0; i < sizeof(numerals) / sizeof(numerals[0]); i++)
			if (cp == numerals[i] && (cp2 == 0x3001 || cp2 == 0x662F))
				return true;
	}
	if (cp >= '0' && cp <= '9')
	{
		size_t		p = start;

		size_t		after;

		skip_digits(text, end, &p);
		cp2 = peek_cp(text, end, p, &after);
		/* "2." is a label, "67.7万" a number */
		if (cp2 == '.' || cp2 == 0xFF0E)
		{
			uint32_t	cp3 = peek_cp(text, end, after, NULL);

			return !((cp3 >= '0' && cp3 <= '9') || (cp3 >= 0xFF10 && cp3 <= 0xFF19));
		}
		return cp2 == 0x3001 || cp2 == ')' || cp2 == 0xFF09;
	}
	return false;
}

/* Longest line that can be a table row, in bytes. */
#define TABLE_LINE_LIMIT 4096

/* A line of cells spaced apart ("结 结 其 尚", "0 0 0 0"); indentation aside. */
static bool
is_spaced_cells(const char *text, size_t start, size_t end)
{
	size_t		spaces = 0;
	size_t		chars = 0;

	if (end - start > TABLE_LINE_LIMIT)
		return false;
	start = skip_spaces(text, start, end);
	end = trim_spaces_end(text, start, end);
	for (size_t p = start; p < end; p++)
	{
		if (((unsigned char) text[p] & 0xC0) != 0x80)
			chars++;
		if (text[p] == ' ' || ((unsigned char) text[p] == 0xE3 && p + 2 < end &&
							   (unsigned char) text[p + 1] == 0x80 &&
							   (unsigned char) text[p + 2] == 0x80))
			spaces++;
	}
	return spaces >= 3 && spaces * 4 >= chars;
}

/*
 * Lines that are table cells or metadata rather than running text: a '|'
 * or a tab, or cells spaced apart.
 */
static bool
is_tabular(const char *text, size_t start, size_t end)
{
	if (end - start > TABLE_LINE_LIMIT)
		return false;			/* a paragraph, not a table row */
	for (size_t p = start; p < end; p++)
	{
		if (text[p] == '|' || text[p] == '\t')
			return true;
		/* a table of contents: leader dots "……" or "....." */
		if (p + 5 < end && ((memcmp(text + p, "....", 4) == 0) ||
							memcmp(text + p, "\xe2\x80\xa6\xe2\x80\xa6", 6) == 0))
			return true;
	}
	return is_spaced_cells(text, start, end);
}

/* Han, CJK punctuation or a digit: what a wrapped Chinese line ends and starts with. */
static bool
is_chinese_text(uint32_t cp)
{
	return gr_is_han(cp) || is_cjk_punct(cp) || (cp >= '0' && cp <= '9') ||
		(cp >= 0xFF01 && cp <= 0xFF5E) || cp == '%' || cp == '.' || cp == ',' ||
		cp == '"' || cp == '(' || cp == ')';
}

/*
 * Whether the break after line [start, end) and before [next, next_end)
 * can be a wrap: both lines Chinese running text, the next one neither
 * indented nor a heading or list item, neither a table row.
 */
static bool
is_wrap_candidate(const char *text, size_t start, size_t end, size_t next, size_t next_end)
{
	size_t		last_end;
	uint32_t	first;
	uint32_t	last;

	if (line_blank(text, start, end) || line_blank(text, next, next_end))
		return false;
	if (is_tabular(text, start, end) || is_tabular(text, next, next_end))
		return false;
	first = peek_cp(text, next_end, next, NULL);
	if (is_inline_space(first) || starts_label(text, next, next_end) || !is_chinese_text(first))
		return false;
	last_end = trim_spaces_end(text, start, end);
	last = prev_cp(text, last_end, NULL);
	return is_chinese_text(last);
}

/*
 * Longest line length the width histogram tells apart, in bytes: widths
 * are measured in bytes (three per Chinese character), which is cheaper
 * than counting characters and as good for comparing lines of one text.
 */
#define WIDTH_LIMIT 1535

/* The phrases of a report's title that a line break can fall inside. */
static const char *const title_phrases[] = {
	"政府信息公开", "信息公开工作", "工作年度报告", "年度报告", "政府工作报告",
};

/*
 * A title broken over two lines at the top of a text, inside one of the
 * title's fixed phrases ("…2023年度政府\n信息公开工作年度报告"): joined.
 * A two-line title of agency name and report title ("乌海市工业和信息化局
 * \n2019年政府信息公开…") breaks between phrases and stays.
 */
static void
join_split_title(Rewriter *rw, const char *text, size_t len)
{
	size_t		pos = 0;
	int			lines = 0;

	while (pos < len && pos < 512 && lines < 4)
	{
		size_t		eol = line_end(text, len, pos);
		size_t		next_end;

		if (line_blank(text, pos, eol))
		{
			pos = eol + 1;
			continue;
		}
		lines++;
		if (eol >= len)
			break;
		next_end = line_end(text, len, eol + 1);
		if (eol - pos <= 120 && next_end - eol - 1 <= 120 && !line_blank(text, eol + 1, next_end))
		{
			for (size_t i = 0; i < sizeof(title_phrases) / sizeof(title_phrases[0]); i++)
			{
				const char *phrase = title_phrases[i];
				size_t		plen = strlen(phrase);

				/*
				 * every split of the phrase into two words or more each: its
				 * head ends the line, its tail starts the next ("政府工作报\n告"
				 * is a layout of its own, kept)
				 */
				for (size_t cut = 6; cut + 6 <= plen; cut += 3)
				{
					size_t		end = trim_spaces_end(text, pos, eol);

					if (end - pos >= cut && memcmp(text + end - cut, phrase, cut) == 0 &&
						next_end - (eol + 1) >= plen - cut &&
						memcmp(text + eol + 1, phrase + cut, plen - cut) == 0)
					{
						rw_replace(rw, end - cut, end, eol + 1, "", 0);
						return;
					}
				}
			}
		}
		pos = eol + 1;
	}
}

/* Units after which a number never ends a line: "5928\n条" is one quantity. */
static bool
is_unit_start(uint32_t cp)
{
	static const char *const units = "条件项个人次万亿元家所份篇期届天年月日%％";
	size_t		p = 0;
	size_t		n = strlen(units);

	while (p < n)
		if (gr_utf8_decode(units, n, &p) == cp)
			return true;
	return false;
}

/*
 * A break that no layout makes, whatever the document: between a number
 * and its unit ("5928\n条").  (Breaks before "）" or "，" are left to
 * wrapped documents: wiki sources break lines around links and
 * subscripts, "PM\n2.5\n）", and are clean as they are.)
 */
static bool
must_join(const char *text, size_t start, size_t end, size_t next_end)
{
	size_t		last_end = trim_spaces_end(text, start, end);
	uint32_t	last;
	uint32_t	first;

	if (last_end == start || end + 1 >= next_end)
		return false;
	last = prev_cp(text, last_end, NULL);
	first = peek_cp(text, next_end, end + 1, NULL);
	return last >= '0' && last <= '9' && is_unit_start(first);
}

/* Outside a wrapped document: only the breaks that must go. */
static GrStatus
join_always(Rewriter *rw, const GrEnv *env, const char *text, size_t len)
{
	size_t		pos = 0;
	size_t		polls = 0;

	while (pos < len)
	{
		size_t		eol = line_end(text, len, pos);

		GR_POLL(env, polls);
		if (eol < len)
		{
			size_t		next_end = line_end(text, len, eol + 1);

			if (must_join(text, pos, eol, next_end))
			{
				size_t		last_end = trim_spaces_end(text, pos, eol);
				size_t		context;

				prev_cp(text, last_end, &context);
				rw_replace(rw, context, last_end, eol + 1, "", 0);
			}
		}
		pos = eol + 1;
	}
	return rw_finish(rw);
}

GrStatus
gr_step_line_wraps(const GrEnv *env, const char *text, size_t len,
				   GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	size_t		pos = 0;
	size_t		lines = 0;
	size_t		unfinished = 0;
	size_t		polls = 0;
	uint32_t	histogram[WIDTH_LIMIT + 1];
	size_t		width = 0;
	size_t		seen = 0;
	bool		blank_separated;

	rw_init(&rw, env, text, len, out, report);
	join_split_title(&rw, text, len);

	/*
	 * The page width: the length (in bytes) that 95% of the non-blank
	 * lines do not exceed.  A wrapped line is at least 70% of it; a title,
	 * a name or a date line of a text typed a paragraph a line is far
	 * shorter than its paragraphs.
	 */
	memset(histogram, 0, sizeof(histogram));
	while (pos < len)
	{
		size_t		eol = line_end(text, len, pos);

		GR_POLL(env, polls);
		if (!line_blank(text, pos, eol))
		{
			size_t		chars = trim_spaces_end(text, pos, eol) - pos;

			histogram[chars > WIDTH_LIMIT ? WIDTH_LIMIT : chars]++;
			lines++;
		}
		pos = eol + 1;
	}
	if (lines < 6)
		return join_always(&rw, env, text, len);
	for (width = 0; width <= WIDTH_LIMIT; width++)
	{
		seen += histogram[width];
		if (seen * 20 >= lines * 19)
			break;
	}
	if (width >= WIDTH_LIMIT || width < 30)
		return join_always(&rw, env, text, len);	/* paragraph lines, or short lines */

	/* evidence: full-width lines that break off unfinished and run on */
	lines = 0;
	pos = 0;
	while (pos < len)
	{
		size_t		eol = line_end(text, len, pos);

		GR_POLL(env, polls);
		if ((trim_spaces_end(text, pos, eol) - pos) * 2 >= width)
			lines++;			/* a line of running text, not a table cell */
		if (eol < len)
		{
			size_t		next_end = line_end(text, len, eol + 1);

			if (is_wrap_candidate(text, pos, eol, eol + 1, next_end))
			{
				size_t		last_end = trim_spaces_end(text, pos, eol);
				uint32_t	last = prev_cp(text, last_end, NULL);

				if (!is_sentence_end(last) &&
					(last_end - pos) * 10 >= width * 7 &&
					!starts_label(text, skip_spaces(text, pos, eol), eol))
					unfinished++;
			}
		}
		pos = eol + 1;
	}
	if (unfinished < 5 || unfinished * 3 < lines)
		return join_always(&rw, env, text, len);

	/*
	 * Paragraphs apart by blank lines: then every break inside a block of
	 * lines is a wrap, wherever it fell (after "。", inside "——" lines).
	 */
	{
		size_t		blank = 0;
		size_t		filled = 0;

		for (pos = 0; pos < len;)
		{
			size_t		eol = line_end(text, len, pos);

			if (line_blank(text, pos, eol))
				blank++;
			else
				filled++;
			pos = eol + 1;
		}
		blank_separated = blank >= 3 && blank * 20 >= filled;
	}

	/* join every wrap: a line of at least half the width that runs on */
	pos = 0;
	while (pos < len)
	{
		size_t		eol = line_end(text, len, pos);

		GR_POLL(env, polls);
		if (eol < len)
		{
			size_t		next_end = line_end(text, len, eol + 1);
			size_t		last_end = trim_spaces_end(text, pos, eol);
			bool		full = (last_end - pos) * 10 >= width * 9;
			uint32_t	last = prev_cp(text, last_end, NULL);
			uint32_t	first = peek_cp(text, next_end, eol + 1, NULL);

			/* a line never starts with "，" or "。": that is always a wrap */
			bool		punct_next = first == 0xFF0C || first == 0x3002 || first == 0x3001 ||
				first == 0xFF1B || first == 0xFF1A || first == 0xFF09 || first == 0x201D;

			/* the page width fell inside an indentation: "    \n持续提升" */
			if (eol > pos && line_blank(text, pos, eol) && eol + 1 < len &&
				!line_blank(text, eol + 1, next_end) && !is_tabular(text, eol + 1, next_end))
			{
				rw_replace(&rw, pos, eol, eol + 1, "", 0);
				pos = eol + 1;
				continue;
			}

			/*
			 * Join a wrap: always where the paragraphs stand apart by blank
			 * lines, or where the line is full or the next one starts with
			 * "，"; else not after a heading or a finished sentence.
			 */
			if ((is_wrap_candidate(text, pos, eol, eol + 1, next_end) &&
				 (full || punct_next || blank_separated ||
				  (!is_sentence_end(last) && !starts_label(text, skip_spaces(text, pos, eol), eol)))) ||
				must_join(text, pos, eol, next_end))
			{
				size_t		context;

				prev_cp(text, last_end, &context);
				rw_replace(&rw, context, last_end, eol + 1, "", 0);
			}
		}
		pos = eol + 1;
	}
	return rw_finish(&rw);
}

/* ------------------------------------------------------------------------
 * Step: flattened ruby pinyin
 *
 * Pages that showed pinyin above characters (<ruby>) lose the markup when
 * scraped: 報(bào), 報（bào）, bare 報bào, toneless and doubled
 * 政(zheng)(zheng).  The pinyin goes only where it is a syllable that can
 * belong to the character before it: the character's reading (from ICU's
 * Han-Latin, compared without tones) or, in brackets with a tone mark,
 * any syllable (polyphones).  "(FAQ)", "(a)" after a character read
 * otherwise, "(2)" and English in brackets stay.
 * ------------------------------------------------------------------------
 */

/* A pinyin letter: its base ASCII letter ('v' for ü) and whether toned. */
static char
pinyin_letter(uint32_t cp, bool *toned)
{
	*toned = false;
	if (cp >= 'a' && cp <= 'z')
		return (char) cp;
	*toned = true;
	switch (cp)
	{
		case 0x101: case 0xE1: case 0x1CE: case 0xE0:
			return 'a';
		case 0x113: case 0xE9: case 0x11B: case 0xE8: case 0xEA:
			return 'e';
		case 0x12B: case 0xED: case 0x1D0: case 0xEC:
			return 'i';
		case 0x14D: case 0xF3: case 0x1D2: case 0xF2:
			return 'o';
		case 0x16B: case 0xFA: case 0x1D4: case 0xF9:
			return 'u';
		case 0x1D6: case 0x1D8: case 0x1DA: case 0x1DC:
			return 'v';
		case 0xFC:
			*toned = false;
			return 'v';
		case 0x144: case 0x148: case 0x1F9:
			return 'n';
		case 0x1E3F:
			return 'm';
		default:
			*toned = false;
			return 0;
	}
}

/* The syllables' lengths (filled on first use; a racing caller writes the same). */
#define SYLLABLE_MAX 1024
static unsigned char syllable_length[SYLLABLE_MAX];
static volatile bool syllable_lengths_ready;

/* memcmp of short strings, inline (the same sign) */
static inline int
compare_short(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return (int) (unsigned char) a[i] - (int) (unsigned char) b[i];
	return 0;
}

/* The syllable id of a toneless syllable, or 0 when it is not one (binary search). */
static int
syllable_search(const char *syllable, size_t len)
{
	int			low = 1;
	int			high = gr_pinyin_syllable_count - 1;

	while (low <= high)
	{
		int			mid = (low + high) / 2;
		const char *s = gr_pinyin_syllables[mid];
		size_t		slen = (syllable_lengths_ready && syllable_length[mid] < 255) ?
			syllable_length[mid] : strlen(s);
		int			c = compare_short(syllable, s, len < slen ? len : slen);

		if (c == 0)
			c = (len > slen) - (len < slen);
		if (c == 0)
			return mid;
		if (c < 0)
			high = mid - 1;
		else
			low = mid + 1;
	}
	return 0;
}

/*
 * The same answers from a hash of the syllables (letters packed in a
 * uint64_t, 1..8 of them), each mapped to what syllable_search answers for
 * it, so that the lookup costs one probe instead of a search's branches;
 * anything not in it is answered 0, as the search does for a string that
 * is no syllable.  Built on first use (a racing caller writes the same).
 */
#define SYLLABLE_SLOTS 2048
static uint64_t syllable_keys[SYLLABLE_SLOTS];
static int16_t syllable_ids[SYLLABLE_SLOTS];
static volatile int syllable_hash_state;	/* 0: not built, 1: built, -1: unusable */

static inline uint64_t
syllable_key(const char *letters, size_t len)
{
	uint64_t	key = 0;

	for (size_t i = 0; i < len; i++)
		key = (key << 8) | (unsigned char) letters[i];
	return key;
}

static inline unsigned
syllable_slot(uint64_t key)
{
	return (unsigned) ((key * 0x9E3779B97F4A7C15ull) >> 53);	/* 11 bits */
}

static void
fill_syllable_hash(void)
{
	int			state = 1;

	for (int i = 0; i < gr_pinyin_syllable_count && i < SYLLABLE_MAX; i++)
	{
		size_t		n = strlen(gr_pinyin_syllables[i]);

		syllable_length[i] = (unsigned char) (n < 255 ? n : 255);
	}
	if (gr_pinyin_syllable_count <= SYLLABLE_MAX)
		syllable_lengths_ready = true;
	if (gr_pinyin_syllable_count >= SYLLABLE_SLOTS / 2 || gr_pinyin_syllable_count > 32767)
		state = -1;
	for (int i = 1; state == 1 && i < gr_pinyin_syllable_count; i++)
	{
		const char *s = gr_pinyin_syllables[i];
		size_t		n = strlen(s);
		uint64_t	key;
		unsigned	slot;

		if (n == 0 || n > 8)
			continue;			/* never asked: read_syllable asks 1..6 letters */
		for (size_t k = 0; k < n; k++)
			if (s[k] == 0)
				state = -1;
		key = syllable_key(s, n);
		slot = syllable_slot(key);
		while (syllable_keys[slot] != 0 && syllable_keys[slot] != key)
			slot = (slot + 1) & (SYLLABLE_SLOTS - 1);
		syllable_keys[slot] = key;
		syllable_ids[slot] = (int16_t) syllable_search(s, n);
	}
	syllable_hash_state = state;
}

/* The syllable id of a toneless syllable, or 0 when it is not one. */
static int
syllable_id(const char *syllable, size_t len)
{
	uint64_t	key;
	unsigned	slot;

	if (syllable_hash_state == 0)
		fill_syllable_hash();
	if (syllable_hash_state < 0 || len == 0 || len > 8)
		return syllable_search(syllable, len);
	for (size_t k = 0; k < len; k++)
		if (syllable[k] == 0)
			return syllable_search(syllable, len);
	key = syllable_key(syllable, len);
	for (slot = syllable_slot(key); syllable_keys[slot] != 0; slot = (slot + 1) & (SYLLABLE_SLOTS - 1))
		if (syllable_keys[slot] == key)
			return syllable_ids[slot];
	return 0;
}

/*
 * Read a pinyin syllable at text[pos]: lowercase letters and toned vowels,
 * at most 6.  Returns its syllable id (0: not a syllable) and sets *end
 * and *toned.
 */
static int
read_syllable(const char *text, size_t len, size_t pos, size_t *end, bool *toned)
{
	char		letters[8];
	size_t		n = 0;
	size_t		p = pos;

	*toned = false;
	while (p < len)
	{
		size_t		next;
		uint32_t	cp;
		bool		t;
		char		c;
		unsigned char b = (unsigned char) text[p];

		/* peek_cp, with the toned vowels' two bytes inline */
		if (b >= 0xC2 && b <= 0xDF && p + 1 < len && ((unsigned char) text[p + 1] & 0xC0) == 0x80)
		{
			cp = ((uint32_t) (b & 0x1F) << 6) | ((unsigned char) text[p + 1] & 0x3F);
			next = p + 2;
		}
		else
			cp = peek_cp(text, len, p, &next);
		c = pinyin_letter(cp, &t);

		if (c == 0)
			break;
		if (n == 7)
			return 0;
		letters[n++] = c;
		*toned = *toned || t;
		p = next;
	}
	*end = p;
	if (n == 0 || n > 6)
		return 0;
	return syllable_id(letters, n);
}

/* Whether syllable id can be a reading of character cp. */
static bool
reading_of(uint32_t cp, int id)
{
	uint32_t	simple;

	if (!is_han_table(cp))
		return false;
	if (gr_pinyin_reading[cp - GR_HAN_FIRST] == id)
		return true;
	simple = gr_simplify_char(cp);
	return simple != cp && is_han_table(simple) &&
		gr_pinyin_reading[simple - GR_HAN_FIRST] == id;
}

static inline bool
is_open_bracket(uint32_t cp)
{
	return cp == '(' || cp == 0xFF08;
}

static inline bool
is_close_bracket(uint32_t cp)
{
	return cp == ')' || cp == 0xFF09;
}

/*
 * Ruby in brackets after character cp at text[pos]: the end of all the
 * brackets that belong to it (doubled ruby), or pos when there is none.
 */
static size_t
bracket_ruby_end(const char *text, size_t len, size_t pos, uint32_t cp)
{
	size_t		end = pos;

	for (int copies = 0; copies < 3; copies++)
	{
		size_t		p;
		size_t		syllable_end;
		size_t		close_end;
		bool		toned;
		int			id;

		if (!is_open_bracket(peek_cp(text, len, end, &p)))
			break;
		id = read_syllable(text, len, p, &syllable_end, &toned);
		if (id == 0 || !is_close_bracket(peek_cp(text, len, syllable_end, &close_end)))
			break;
		if (!reading_of(cp, id) && !toned)
			break;
		end = close_end;
	}
	return end;
}

/* Bare ruby after character cp at text[pos] (報bào): its end, or pos. */
static size_t
bare_ruby_end(const char *text, size_t len, size_t pos, uint32_t cp)
{
	size_t		syllable_end;
	bool		toned;
	int			id = read_syllable(text, len, pos, &syllable_end, &toned);
	uint32_t	after;

	if (id == 0)
		return pos;
	after = peek_cp(text, len, syllable_end, NULL);

	/*
	 * The syllable must end the Latin run: "報bào告", not "在app中".  A toned
	 * one may run into digits or capitals ("增长zhǎng3.5%", "国产chǎnC919"):
	 * English carries no tone marks.
	 */
	if (after >= 'a' && after <= 'z')
		return pos;
	if (!toned && ((after >= 'A' && after <= 'Z') || (after >= '0' && after <= '9') ||
				   after == '_' || after == '-'))
		return pos;
	{
		bool		t;

		if (after != GR_INVALID_CP && pinyin_letter(after, &t) != 0)
			return pos;
	}
	if (reading_of(cp, id))
	{
		/* toneless bare pinyin only between Chinese characters */
		if (toned || gr_is_han(after) || is_cjk_punct(after))
			return syllable_end;
		return pos;
	}
	if (toned)
		return syllable_end;
	return pos;
}

GrStatus
gr_step_ruby(const GrEnv *env, const char *text, size_t len,
			 GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	size_t		pos = 0;
	size_t		polls = 0;

	rw_init(&rw, env, text, len, out, report);
	while (pos < len)
	{
		unsigned char lead = (unsigned char) text[pos];
		size_t		next;
		uint32_t	cp;
		size_t		end;

		GR_POLL(env, polls);
		/*
		 * A character lost to mojibake ('?', U+FFFD, a stray letter) may
		 * still carry its ruby: "生产?(zǒng)值".  Only toned ruby in
		 * brackets goes there.
		 */
		if (lead == '?' || (lead == 0xEF && pos + 2 < len && (unsigned char) text[pos + 1] == 0xBF &&
							(unsigned char) text[pos + 2] == 0xBD) ||
			(((lead | 0x20) >= 'a' && (lead | 0x20) <= 'z') && pos > 0 &&
			 (unsigned char) text[pos - 1] >= 0x80))
		{
			size_t		after = pos + (lead == 0xEF ? 3 : 1);

			end = after < len ? bracket_ruby_end(text, len, after, GR_INVALID_CP) : after;
			if (end > after)
			{
				rw_replace(&rw, pos, after, end, "", 0);
				pos = end;
				continue;
			}
		}
		/* Han characters of the tables are three bytes, E3..E9 */
		if (lead < 0xE3 || lead > 0xE9)
		{
			pos++;
			continue;
		}
		next = pos + 3;
		if (next >= len)
			break;

		/*
		 * The fast path: ruby starts with '(', '（' (EF BC 88), a lowercase
		 * letter or a toned vowel (C3..C7, E1 B8 BF for ḿ).
		 */
		{
			unsigned char b = (unsigned char) text[next];

			if (!(b == '(' || (b >= 'a' && b <= 'z') || (b >= 0xC3 && b <= 0xC7) ||
				  (b == 0xEF && next + 2 < len && (unsigned char) text[next + 1] == 0xBC &&
				   (unsigned char) text[next + 2] == 0x88) || b == 0xE1))
			{
				pos = next;
				continue;
			}
		}
		cp = peek_cp(text, len, pos, &next);
		if (!is_han_table(cp) || gr_pinyin_reading[cp - GR_HAN_FIRST] == 0 || next >= len)
		{
			pos = next > pos ? next : pos + 1;
			continue;
		}
		end = bracket_ruby_end(text, len, next, cp);
		if (end == next)
			end = bare_ruby_end(text, len, next, cp);
		if (end > next)
			rw_replace(&rw, pos, next, end, "", 0);
		pos = end > next ? end : next;
	}
	return rw_finish(&rw);
}

/* ------------------------------------------------------------------------
 * Step: traditional -> simplified
 *
 * Mainland reports reach the web converted to traditional characters by
 * mirrors, carelessly (面 -> 麵 in 全麵, 制 -> 製 in 法定製度, 复 -> 複 in
 * 答複, 咨 -> 谘): the character table from ICU's Hant-Hans maps 麵, 製,
 * 複 back, and the phrases of Hant-Hans keep 著名, 乾坤 and their kind.
 * 'auto' converts when the text is traditional (at least 2% of its Han
 * characters convert) and reads as a mainland document; a Taiwan or Hong
 * Kong text (行政院, 立法會, 特別行政區政府 … and no mainland marks) stays.
 * ------------------------------------------------------------------------
 */

/* Characters that are also simplified (著名, 乾隆, 沈阳): no evidence. */
static bool
is_shared_form(uint32_t cp)
{
	return cp == 0x8457 || cp == 0x4E7E || cp == 0x6C88 || cp == 0x85C9 ||
		cp == 0x5FB5 || cp == 0x4E48 || cp == 0x5E72 || cp == 0x4F59;
}

static const char *const mainland_marks[] = {
	"中华人民共和国", "国务院", "人民政府", "人民代表大会", "共产党", "党中央",
	"政府信息公开", "政务公开", "习近平", "社会主义", "自治区", "党委", "办公厅",
	"人民法院", "人民检察院", "街道办事处", "全国人大", "政协", "人民代表", "政府工作报告",
	"省委", "市委", "县委", "区委", "国办", "发展改革", "统计局", "县人民", "镇人民",
	"乡人民", "新时代", "十四五", "十三五", "十二五", "十一五", "群众", "改革开放",
};

static const char *const taiwan_marks[] = {
	"行政院", "立法院", "立法会", "特别行政区政府", "中华民国", "民国", "总统府",
	"监察院", "考试院", "资讯公开", "政府资讯", "澳门特别行政区", "香港特别行政区",
};

/*
 * Count the mainland and the Taiwan/Hong Kong marks of a text in one pass;
 * stops early once the mainland is clearly ahead.
 */
static void
count_marks(const GrEnv *env, const char *text, size_t len, size_t *mainland, size_t *taiwan)
{
	const size_t n_mainland = sizeof(mainland_marks) / sizeof(mainland_marks[0]);
	const size_t n_taiwan = sizeof(taiwan_marks) / sizeof(taiwan_marks[0]);
	uint32_t	first_mainland[sizeof(mainland_marks) / sizeof(mainland_marks[0])];
	uint32_t	first_taiwan[sizeof(taiwan_marks) / sizeof(taiwan_marks[0])];
	size_t		pos = 0;
	size_t		polls = 0;

	*mainland = *taiwan = 0;
	for (size_t i = 0; i < n_mainland; i++)
		first_mainland[i] = peek_cp(mainland_marks[i], strlen(mainland_marks[i]), 0, NULL);
	for (size_t i = 0; i < n_taiwan; i++)
		first_taiwan[i] = peek_cp(taiwan_marks[i], strlen(taiwan_marks[i]), 0, NULL);

	/* a mark is tried only where its first character stands */
	while (pos < len && *mainland < *taiwan + 8)
	{
		unsigned char c = (unsigned char) text[pos];
		size_t		next;
		uint32_t	cp;

		GR_POLL(env, polls);
		if (c < 0xE3 || c > 0xE9)
		{
			pos++;
			continue;
		}
		cp = gr_simplify_char(peek_cp(text, len, pos, &next));
		for (size_t i = 0; i < n_mainland; i++)
			if (first_mainland[i] == cp && match_folded(text, len, pos, mainland_marks[i], NULL))
			{
				(*mainland)++;
				break;
			}
		for (size_t i = 0; i < n_taiwan; i++)
			if (first_taiwan[i] == cp && match_folded(text, len, pos, taiwan_marks[i], NULL))
			{
				(*taiwan)++;
				break;
			}
		pos = next > pos ? next : pos + 1;
	}
}

bool
gr_script_from_name(const char *name, size_t len, GrScript *script)
{
	static const struct
	{
		const char *name;
		GrScript	script;
	}			names[] = {{"auto", GR_SCRIPT_AUTO}, {"hans", GR_SCRIPT_HANS},
	{"simplified", GR_SCRIPT_HANS}, {"keep", GR_SCRIPT_KEEP}};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
	{
		size_t		n = strlen(names[i].name);
		size_t		j;

		if (n != len)
			continue;
		for (j = 0; j < n; j++)
			if ((name[j] | 0x20) != names[i].name[j])
				break;
		if (j == n)
		{
			*script = names[i].script;
			return true;
		}
	}
	return false;
}

/*
 * Taiwan vocabulary that converters (OpenCC's s2twp and its kind) put into
 * mainland documents: 门户网站 -> 入口網站, 文件 -> 檔案, 宏观 -> 巨觀,
 * 数据库 -> 資料庫 (only words mainland text never writes so).  In a mainland
 * document 檔案 is 文件 unless it is an archive (檔案館, 檔案局, 檔案室,
 * 檔案管理, 檔案工作, 人事檔案).  Returns the length replaced (0: none) and
 * sets *replacement (as many characters, so as many bytes).
 */
static size_t
taiwan_word(const char *text, size_t len, size_t pos, const char **replacement)
{
	static const char *const words[][2] = {
		{"入口網站", "门户网站"}, {"規範性檔案", "规范性文件"}, {"檔案", "文件"},
		{"巨觀", "宏观"}, {"資料庫", "数据库"}, {"伺服器", "服务器"}, {"印表機", "打印机"},
		{"行動電話", "移动电话"},
	};

	*replacement = NULL;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		size_t		n = strlen(words[i][0]);

		if (pos + n > len || memcmp(text + pos, words[i][0], n) != 0)
			continue;
		if (i == 2)
		{
			static const char *const archive_after[] = {"館", "局", "室", "管理", "工作", "馆"};

			for (size_t k = 0; k < sizeof(archive_after) / sizeof(archive_after[0]); k++)
			{
				size_t		m = strlen(archive_after[k]);

				if (pos + n + m <= len && memcmp(text + pos + n, archive_after[k], m) == 0)
					return 0;
			}
			if (pos >= 6 && (memcmp(text + pos - 6, "人事", 6) == 0 ||
							 memcmp(text + pos - 6, "档案", 6) == 0))
				return 0;
		}
		*replacement = words[i][1];
		return n;
	}
	return 0;
}

/*
 * The converters' Taiwan words that are longer than the mainland ones, in
 * the converted text: 最佳化 -> 优化 (优化 -> 最佳化), 网际网路 -> 互联网.
 * Shortens out in place.
 */
/*
 * find_sequence (below) with a poll at every place its last byte stands
 * and after every 64 KB without one: the same answer.
 */
static size_t
find_sequence_polled(const GrEnv *env, size_t *polls, const char *text, size_t len,
					 size_t from, const char *seq, size_t n)
{
	size_t		pos = from + n - 1;

	while (pos < len)
	{
		size_t		chunk_end = len - pos > 65536 ? pos + 65536 : len;
		const char *hit = memchr(text + pos, seq[n - 1], chunk_end - pos);

		GR_POLL(env, *polls);
		if (hit == NULL)
		{
			pos = chunk_end;
			continue;
		}
		pos = (size_t) (hit - text);
		if (memcmp(text + pos + 1 - n, seq, n) == 0)
			return pos + 1 - n;
		pos++;
	}
	return len;
}

static void
shorten_taiwan_words(const GrEnv *env, GrBuf *out, GrStepReport *report)
{
	static const char *const words[2][2] = {
		{"最佳化", "优化"}, {"网际网路", "互联网"},
	};
	size_t		len = out->len;
	size_t		write = 0;		/* out->data[0, write) is final */
	size_t		copied = 0;		/* out->data[copied, ...) is still the text's */
	size_t		next[2];		/* each word's next place at or after copied */
	size_t		polls = 0;

	/*
	 * From word to word (the words start differently, so at most one
	 * starts at a place; the nearer goes first): what lies between two
	 * words moves down once, in one piece.  Reading goes on only after
	 * what was written, so the text ahead is still the input.
	 */
	for (int i = 0; i < 2; i++)
		next[i] = find_sequence_polled(env, &polls, out->data, len, 0, words[i][0],
									   strlen(words[i][0]));
	while (next[0] < len || next[1] < len)
	{
		int			i = next[0] < next[1] ? 0 : 1;
		size_t		at = next[i];
		size_t		n = strlen(words[i][0]);
		size_t		m = strlen(words[i][1]);

		GR_POLL(env, polls);
		if (write != copied)
			memmove(out->data + write, out->data + copied, at - copied);
		write += at - copied;
		memcpy(out->data + write, words[i][1], m);
		write += m;
		copied = at + n;
		report->fixes++;
		for (int k = 0; k < 2; k++)
			if (next[k] < copied)
				next[k] = find_sequence_polled(env, &polls, out->data, len, copied, words[k][0],
											   strlen(words[k][0]));
	}
	if (write != copied)
		memmove(out->data + write, out->data + copied, len - copied);
	write += len - copied;
	out->len = write;
}

/*
 * The phrases' lengths, and per bucket of their first character a chain
 * of them in table order: built on first use, so that match_phrase tries
 * only the phrases that can start at the character (a phrase that matches
 * starts with the text's character, so the answer is that of trying all).
 * Built in local arrays and then copied: a second caller racing writes
 * the same values.
 */
#define PHRASE_MAX 1024
#define PHRASE_BUCKETS 256
static uint16_t phrase_length[PHRASE_MAX];
static int16_t phrase_next[PHRASE_MAX];
static int16_t phrase_head[PHRASE_BUCKETS];
static volatile bool phrases_ready;

static void
fill_phrase_index(void)
{
	int16_t		head[PHRASE_BUCKETS];
	int16_t		tail[PHRASE_BUCKETS];
	int16_t		next[PHRASE_MAX];
	uint16_t	length[PHRASE_MAX];

	for (int b = 0; b < PHRASE_BUCKETS; b++)
		head[b] = tail[b] = -1;
	for (int i = 0; i < PHRASE_MAX; i++)
	{
		next[i] = -1;
		length[i] = 0;
	}
	for (int i = 0; i < gr_t2s_phrase_count; i++)
	{
		size_t		n = strlen(gr_t2s_phrases[i].from);
		size_t		q = 0;
		uint32_t	first;
		int			b;

		length[i] = (uint16_t) n;
		if (n == 0)
			continue;			/* never matches */
		first = gr_utf8_decode(gr_t2s_phrases[i].from, n, &q);
		b = (int) (first & (PHRASE_BUCKETS - 1));
		if (tail[b] < 0)
			head[b] = (int16_t) i;
		else
			next[tail[b]] = (int16_t) i;
		tail[b] = (int16_t) i;
	}
	memcpy(phrase_length, length, sizeof(length));
	memcpy(phrase_next, next, sizeof(next));
	memcpy(phrase_head, head, sizeof(head));
	phrases_ready = true;
}

/* A phrase of Hant-Hans starting at text[pos] (Han character cp), or -1. */
static int
match_phrase(const char *text, size_t len, size_t pos, uint32_t cp)
{
	int			best = -1;
	size_t		best_len = 0;

	if (gr_t2s_phrase_count > PHRASE_MAX)
	{
		for (int i = 0; i < gr_t2s_phrase_count; i++)
		{
			size_t		n = strlen(gr_t2s_phrases[i].from);

			if (n > best_len && pos + n <= len &&
				memcmp(text + pos, gr_t2s_phrases[i].from, n) == 0)
			{
				best = i;
				best_len = n;
			}
		}
		return best;
	}
	if (!phrases_ready)
		fill_phrase_index();
	for (int i = phrase_head[cp & (PHRASE_BUCKETS - 1)]; i >= 0; i = phrase_next[i])
	{
		size_t		n = phrase_length[i];

		if (n > best_len && pos + n <= len && memcmp(text + pos, gr_t2s_phrases[i].from, n) == 0)
		{
			best = i;
			best_len = n;
		}
	}
	return best;
}

/* The characters that start a Taiwan word taiwan_word knows (入 檔 規 巨 資 伺 印 行). */
static inline bool
taiwan_word_start(uint32_t cp)
{
	return cp == 0x5165 || cp == 0x6A94 || cp == 0x898F || cp == 0x5DE8 ||
		cp == 0x8CC7 || cp == 0x4F3A || cp == 0x5370 || cp == 0x884C;
}

/*
 * Per character of the tables, what gr_step_script asks of it, in one
 * load (filled on first use from the same tests; a racing caller writes
 * the same values): SCRIPT_COUNTS_TRADITIONAL (traditional, not a shared
 * form), SCRIPT_COUNTS_SIMPLIFIED (else simplified-only), SCRIPT_LOOK (the
 * conversion pass must look: traditional, a phrase's or a Taiwan word's
 * start).
 */
#define SCRIPT_COUNTS_TRADITIONAL 0x01
#define SCRIPT_COUNTS_SIMPLIFIED 0x02
#define SCRIPT_LOOK 0x04
#define SCRIPT_PLAIN 0x08		/* traditional, no phrase's or Taiwan word's start,
								 * simplified form three bytes */
static unsigned char script_class[GR_HAN_LAST - GR_HAN_FIRST + 1];
static volatile bool script_class_ready;

static void
fill_script_class(void)
{
	for (uint32_t cp = GR_HAN_FIRST; cp <= GR_HAN_LAST; cp++)
	{
		unsigned char c = 0;

		if (is_traditional(cp) && !is_shared_form(cp))
			c |= SCRIPT_COUNTS_TRADITIONAL;
		else if (bit_set(gr_simplified_bitmap, cp))
			c |= SCRIPT_COUNTS_SIMPLIFIED;
		if (is_traditional(cp) || bit_set(gr_t2s_phrase_bitmap, cp) || taiwan_word_start(cp))
			c |= SCRIPT_LOOK;
		if (is_traditional(cp) && !bit_set(gr_t2s_phrase_bitmap, cp) && !taiwan_word_start(cp) &&
			gr_simplify_char(cp) >= 0x800 && gr_simplify_char(cp) <= 0xFFFF &&
			!(gr_simplify_char(cp) >= 0xD800 && gr_simplify_char(cp) <= 0xDFFF))
			c |= SCRIPT_PLAIN;
		script_class[cp - GR_HAN_FIRST] = c;
	}
	script_class_ready = true;
}

/*
 * The character at text[pos] when it is a well-formed three-byte one
 * (lead E3..E9 checked by the caller), as peek_cp reads it; else
 * GR_INVALID_CP (the caller then asks peek_cp).
 */
static inline uint32_t
three_byte_cp(const char *text, size_t len, size_t pos)
{
	unsigned char b1;
	unsigned char b2;

	if (pos + 2 >= len)
		return GR_INVALID_CP;
	b1 = (unsigned char) text[pos + 1];
	b2 = (unsigned char) text[pos + 2];
	if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80)
		return GR_INVALID_CP;
	return ((uint32_t) ((unsigned char) text[pos] & 0x0F) << 12) |
		((uint32_t) (b1 & 0x3F) << 6) | (b2 & 0x3F);
}

/*
 * What the evidence count of gr_step_script reads of text[from, to): the
 * Han characters of the tables, how many count as traditional and as
 * simplified, stepping as its loop steps (to is where such a step ends).
 */
typedef struct ScriptCounts
{
	size_t		han;
	size_t		traditional;
	size_t		simplified;
} ScriptCounts;

static void
script_count(const char *text, size_t len, size_t from, size_t to, ScriptCounts *counts)
{
	size_t		pos = from;

	while (pos < to)
	{
		unsigned char lead = (unsigned char) text[pos];
		size_t		next;
		uint32_t	cp;

		if (lead < 0xE3 || lead > 0xE9)
		{
			pos++;
			continue;
		}
		/* the common case in one load: a well-formed character of the tables */
		cp = three_byte_cp(text, len, pos);
		if (is_han_table(cp))
		{
			unsigned char c = script_class[cp - GR_HAN_FIRST];

			counts->han++;
			counts->traditional += c & SCRIPT_COUNTS_TRADITIONAL;
			counts->simplified += (c & SCRIPT_COUNTS_SIMPLIFIED) >> 1;
			pos += 3;
			continue;
		}
		cp = peek_cp(text, len, pos, &next);
		if (is_han_table(cp))
		{
			counts->han++;
			if (is_traditional(cp) && !is_shared_form(cp))
				counts->traditional++;
			else if (bit_set(gr_simplified_bitmap, cp))
				counts->simplified++;
		}
		pos = next > pos ? next : pos + 1;
	}
}

/*
 * Traditional to simplified, when the text is a converted mainland document
 * ('auto') or always ('hans').  The evidence (how many Han characters, how
 * many convert, the mainland and Taiwan marks) decides; the marks come
 * first, and the characters are counted in the same pass that converts
 * them (the conversion is dropped when the counts say no): one pass over
 * the text instead of two.
 */
GrStatus
gr_step_script(const GrEnv *env, const char *text, size_t len,
			   const GrRepairOptions *options, GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	size_t		pos = 0;
	ScriptCounts counts = {0, 0, 0};	/* of the characters off the common path */
	size_t		han = 0;		/* and of those on it */
	size_t		traditional = 0;
	size_t		simplified = 0;
	size_t		polls = 0;
	bool		mainland_document = false;
	GrScript	script = options ? options->script : GR_SCRIPT_AUTO;
	size_t		out_start = out->len;

	rw_init(&rw, env, text, len, out, report);
	if (script == GR_SCRIPT_KEEP)
		return GR_OK;
	if (!script_class_ready)
		fill_script_class();

	/* the marks: 'auto' converts only a mainland document */
	{
		size_t		mainland;
		size_t		taiwan;

		count_marks(env, text, len, &mainland, &taiwan);
		/* flattened ruby comes from mainland pages put through a converter */
		if (options && options->mirrored)
			mainland++;
		mainland_document = mainland > taiwan;
		if (script == GR_SCRIPT_AUTO && !mainland_document)
			return GR_OK;		/* no sign of a mainland document */
	}

	/*
	 * Every character of the tables is three bytes in UTF-8, and so is its
	 * simplified form: the converted text has the input's length.  It is
	 * copied once at the first fix and patched in place.
	 */
	while (pos < len)
	{
		unsigned char lead = (unsigned char) text[pos];
		size_t		next;
		uint32_t	cp;
		const char *replacement = NULL;
		size_t		replaced = 0;
		char		encoded[4];

		GR_POLL(env, polls);
		if (lead < 0xE3 || lead > 0xE9)
		{
			pos++;
			continue;
		}
		/* the common cases in one load: nothing to look at, or a plain conversion */
		cp = three_byte_cp(text, len, pos);
		if (is_han_table(cp))
		{
			unsigned char c = script_class[cp - GR_HAN_FIRST];

			if (!(c & SCRIPT_LOOK))
			{
				han++;
				traditional += c & SCRIPT_COUNTS_TRADITIONAL;
				simplified += (c & SCRIPT_COUNTS_SIMPLIFIED) >> 1;
				pos += 3;
				continue;
			}
			if ((c & SCRIPT_PLAIN) && report->fixes > 0)
			{
				/* what the conversion below writes, without its detours */
				uint32_t	simple = gr_simplify_char(cp);
				unsigned char *d = (unsigned char *) out->data + out_start + pos;

				han++;
				traditional += c & SCRIPT_COUNTS_TRADITIONAL;
				simplified += (c & SCRIPT_COUNTS_SIMPLIFIED) >> 1;
				d[0] = (unsigned char) (0xE0 | (simple >> 12));
				d[1] = (unsigned char) (0x80 | ((simple >> 6) & 0x3F));
				d[2] = (unsigned char) (0x80 | (simple & 0x3F));
				report->fixes++;
				pos += 3;
				continue;
			}
		}
		else if (cp != GR_INVALID_CP)
		{
			/* a three-byte character outside the tables (、。《》): nothing */
			pos += 3;
			continue;
		}
		cp = peek_cp(text, len, pos, &next);
		/* a mainland document put through a Taiwan converter: its words back */
		if (mainland_document && taiwan_word_start(cp))
			replaced = taiwan_word(text, len, pos, &replacement);
		if (replacement == NULL && is_han_table(cp) && bit_set(gr_t2s_phrase_bitmap, cp))
		{
			int			phrase = match_phrase(text, len, pos, cp);

			if (phrase >= 0)
			{
				replaced = strlen(gr_t2s_phrases[phrase].from);
				if (strcmp(gr_t2s_phrases[phrase].from, gr_t2s_phrases[phrase].to) != 0)
					replacement = gr_t2s_phrases[phrase].to;
				else
				{
					script_count(text, len, pos, pos + replaced, &counts);
					pos += replaced;
					continue;
				}
			}
		}
		if (replacement == NULL && is_traditional(cp))
		{
			gr_utf8_encode(gr_simplify_char(cp), encoded);
			replacement = encoded;
			replaced = 3;
		}
		if (replacement != NULL)
		{
			if (report->fixes == 0)
			{
				gr_report_example(env, report, text + pos, replaced, replacement, replaced);
				gr_buf_append(out, text, len);
				if (out->status != GR_OK)
					return out->status;
			}
			memcpy(out->data + out_start + pos, replacement, replaced);
			report->fixes++;
			script_count(text, len, pos, pos + replaced, &counts);
			pos += replaced;
			continue;
		}
		script_count(text, len, pos, next > pos ? next : pos + 1, &counts);
		pos = next > pos ? next : pos + 1;
	}

	/*
	 * A traditional text uses few simplified-only characters (国, 们); a
	 * simplified one with stray traditional characters, or with mojibake
	 * that reads as traditional, uses many.  'hans' converts any text with
	 * a traditional character.
	 */
	counts.han += han;
	counts.traditional += traditional;
	counts.simplified += simplified;
	if (counts.traditional == 0 ||
		(script == GR_SCRIPT_AUTO &&
		 (counts.traditional < 2 || counts.traditional * 50 < counts.han ||
		  counts.traditional < counts.simplified * 3)))
	{
		/* not converted after all */
		gr_release(env, report->before);
		gr_release(env, report->after);
		memset(report, 0, sizeof(*report));
		out->len = out_start;
		return GR_OK;
	}
	if (mainland_document && report->fixes > 0)
		shorten_taiwan_words(env, out, report);
	return GR_OK;
}

/* ------------------------------------------------------------------------
 * Step: fullwidth letters and digits
 *
 * Ａ-Ｚ, ａ-ｚ, ０-９ (U+FF21.., U+FF41.., U+FF10..) become ASCII.  Chinese
 * punctuation, fullwidth brackets and punctuation (（），．％), U+3000 and
 * curly quotes are Chinese typography and stay.
 * ------------------------------------------------------------------------
 */
GrStatus
gr_step_width(const GrEnv *env, const char *text, size_t len,
			  GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	size_t		pos = 0;
	size_t		polls = 0;

	rw_init(&rw, env, text, len, out, report);
	while (pos + 2 < len)
	{
		const char *hit = memchr(text + pos, 0xEF, len - pos - 2);
		unsigned char b1;
		unsigned char b2;
		size_t		start;
		size_t		end;
		char		ascii[64];
		size_t		n = 0;

		if (hit == NULL)
			break;
		GR_POLL(env, polls);
		pos = (size_t) (hit - text);
		start = pos;
		end = pos;
		/* a run of fullwidth letters and digits becomes one fix */
		while (end + 2 < len + 0 || end + 3 == len)
		{
			if (end + 3 > len || (unsigned char) text[end] != 0xEF)
				break;
			b1 = (unsigned char) text[end + 1];
			b2 = (unsigned char) text[end + 2];
			if (b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99)
				ascii[n] = (char) ('0' + (b2 - 0x90));
			else if (b1 == 0xBC && (b2 == 0x8E || b2 == 0x85) && n > 0 &&
					 ascii[n - 1] >= '0' && ascii[n - 1] <= '9' &&
					 (b2 == 0x85 || (end + 5 < len && (unsigned char) text[end + 3] == 0xEF &&
									 (unsigned char) text[end + 4] == 0xBC &&
									 (unsigned char) text[end + 5] >= 0x90 &&
									 (unsigned char) text[end + 5] <= 0x99)))
				ascii[n] = b2 == 0x8E ? '.' : '%';	/* ５．２％: a fullwidth number */
			else if (b1 == 0xBC && b2 >= 0xA1 && b2 <= 0xBA)
				ascii[n] = (char) ('A' + (b2 - 0xA1));
			else if (b1 == 0xBD && b2 >= 0x81 && b2 <= 0x9A)
				ascii[n] = (char) ('a' + (b2 - 0x81));
			else
				break;
			n++;
			end += 3;
			if (n == sizeof(ascii))
				break;
		}
		/* a lone small letter (ｏ in "脚ｏ拷") is mojibake's, not a word */
		if (n == 1 && ascii[0] >= 'a' && ascii[0] <= 'z')
			n = 0;
		if (n > 0)
		{
			rw_replace(&rw, start, start, end, ascii, n);
			pos = end;
		}
		else
			pos++;
	}
	return rw_finish(&rw);
}

/* ------------------------------------------------------------------------
 * Step: spaced-out headings
 *
 * A line of two to six Han characters with a space between each (概 述,
 * 前　言) is a heading spread out for the page; it is written together.
 * ------------------------------------------------------------------------
 */
GrStatus
gr_step_spaced_headings(const GrEnv *env, const char *text, size_t len,
						GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	size_t		pos = 0;
	size_t		polls = 0;

	rw_init(&rw, env, text, len, out, report);
	while (pos < len)
	{
		size_t		eol = line_end(text, len, pos);
		size_t		p = skip_spaces(text, pos, eol);
		size_t		e = trim_spaces_end(text, p, eol);
		size_t		chars[8];
		size_t		char_ends[8];
		int			n = 0;
		bool		ok = e > p && e - p <= 64;

		GR_POLL(env, polls);
		while (ok && p < e)
		{
			size_t		next;
			uint32_t	cp = peek_cp(text, e, p, &next);

			if (!gr_is_han(cp) || n == 6)
			{
				ok = false;
				break;
			}
			chars[n] = p;
			char_ends[n] = next;
			n++;
			p = next;
			if (p >= e)
				break;
			/* exactly one or two spaces between characters */
			{
				size_t		q = skip_spaces(text, p, e);

				if (q == p || gr_char_count(text + p, q - p) > 2)
				{
					ok = false;
					break;
				}
				p = q;
			}
		}
		/* a row of a table header spread over lines is no heading */
		if (ok && n >= 2 && pos > 0)
		{
			size_t		prev_start = pos - 1;

			while (prev_start > 0 && text[prev_start - 1] != '\n')
				prev_start--;
			if (is_spaced_cells(text, prev_start, pos - 1))
				ok = false;
		}
		if (ok && n >= 2 && eol < len && is_spaced_cells(text, eol + 1, line_end(text, len, eol + 1)))
			ok = false;
		/* two characters spaced apart are often a name (李　强): headings only */
		if (ok && n == 2)
		{
			static const char *const two[] = {"概述", "引言", "前言", "目录", "总则", "附则",
				"附件", "说明", "结语", "序言", "摘要", "正文", "总结", "背景", "后记", "附录",
			"绪论", "概况", "简介", "导言"};
			bool		heading = false;

			for (size_t i = 0; i < sizeof(two) / sizeof(two[0]); i++)
			{
				if (gr_simplify_char(peek_cp(text, eol, chars[0], NULL)) ==
					peek_cp(two[i], strlen(two[i]), 0, NULL) &&
					gr_simplify_char(peek_cp(text, eol, chars[1], NULL)) ==
					peek_cp(two[i], strlen(two[i]), 3, NULL))
					heading = true;
			}
			ok = heading;
		}
		if (ok && n >= 2)
		{
			char		joined[32];
			size_t		jn = 0;

			for (int i = 0; i < n; i++)
			{
				memcpy(joined + jn, text + chars[i], char_ends[i] - chars[i]);
				jn += char_ends[i] - chars[i];
			}
			rw_replace(&rw, chars[0], chars[0], char_ends[n - 1], joined, jn);
		}
		pos = eol + 1;
	}
	return rw_finish(&rw);
}

/*
 * The first occurrence of seq (n bytes, its last byte rarer in Chinese text
 * than its first) in text[from, len), or len: memchr on the last byte.
 */
static size_t
find_sequence(const char *text, size_t len, size_t from, const char *seq, size_t n)
{
	size_t		pos = from + n - 1;

	while (pos < len)
	{
		const char *hit = memchr(text + pos, seq[n - 1], len - pos);

		if (hit == NULL)
			return len;
		pos = (size_t) (hit - text);
		if (memcmp(text + pos + 1 - n, seq, n) == 0)
			return pos + 1 - n;
		pos++;
	}
	return len;
}

/* ------------------------------------------------------------------------
 * Step: site chrome
 *
 * Lines that a document site or a web page adds around a report: document
 * sites' 版权说明 / 文档简介 / 温馨提示 / 最新文档 / 评论 blocks, web pages'
 * breadcrumbs, 上一篇/下一篇, 打印本页, 关闭窗口, font-size and view-count
 * bars.  Matched in either script (each character is simplified before it
 * is compared), on whole lines only, never inside the report's text.
 * ------------------------------------------------------------------------
 */

/* A line that starts so is chrome (when short enough, see below). */
static const char *const chrome_prefixes[] = {
	"版权说明", "本资料仅供学习参考", "本文档由用户提供", "文档简介", "下载本文档",
	"收藏 分享", "收藏分享", "提交评论", "上一篇", "下一篇", "打印本页", "【打印本页】",
	"[打印本页]", "关闭窗口", "【关闭窗口】", "[关闭窗口]", "【打印】", "[打印]", "当前位置",
	"您现在的位置", "您当前的位置", "你的位置", "字号", "【字号", "【字体", "字体:", "字体：",
	"浏览次数", "阅读次数", "访问次数", "点击数", "分享到", "扫一扫", "我要纠错",
	"发布时间", "来源:", "来源：", "【大 中 小】", "[大 中 小]", "相关文档", "相关推荐",
	"猜你喜欢", "热门文档", "免费下载", "立即下载", "文档格式", "文档页数", "下载积分",
	"原创力文档", "人人文库", "豆丁网", "道客巴巴", "百度文库", "点击下载", "文章来源",
	"信息来源:", "信息来源：", "作者:", "作者：", "责任编辑", "【字体", "[字体", "打印 关闭",
	"【我要打印】", "【关闭】", "[关闭]", "分享:", "分享：", "附件下载:", "相关链接",
	"发布日期:", "发布日期：", "点击率", "访问量", "相关文章", "网站地图", "网站标识码",
	"发表日期:", "发表日期：", "发表时间:", "发表时间：", "更新时间:", "更新时间：",
	"今天是:", "今天是：", "【发表评论】", "[发表评论]", "无障碍浏览", "长者模式",
};

/* Lines that are chrome only when they are all the line holds. */
static const char *const chrome_lines[] = {
	"评论", "0/150", "温馨提示", "最新文档", "相关文档推荐", "首页", "返回顶部", "打印",
	"关闭", "收藏", "分享", "举报", "顶部", "返回", "选择特殊符号", "选择搜索类型", "请输入搜索",
	"请输入关键词", "请输入关键字", "站内搜索", "搜索", "高级搜索", "附件列表", "今天是",
};

/* Block headings whose following "- …" lines are chrome too. */
static const char *const chrome_blocks[] = {
	"温馨提示", "最新文档", "相关文档推荐", "相关文档", "相关推荐", "猜你喜欢", "热门文档",
};

/* Longest chrome line, in bytes. */
#define CHROME_LINE_LIMIT 160

static bool
line_is(const char *text, size_t start, size_t end, const char *pattern)
{
	size_t		match_end;

	return match_folded(text, end, start, pattern, &match_end) &&
		skip_spaces(text, match_end, end) == end;
}

/* Whether a line is a breadcrumb: 首页 > 政务公开 > 年报. */
static bool
is_breadcrumb(const char *text, size_t start, size_t end)
{
	int			arrows = 0;

	if (!match_folded(text, end, start, "首页", NULL) &&
		!match_folded(text, end, start, "网站首页", NULL))
		return false;
	for (size_t p = start; p < end; p++)
		if (text[p] == '>' || memcmp(text + p, "\xc2\xbb", 2) == 0 ||
			memcmp(text + p, "\xef\xbc\x9e", 3) == 0 || memcmp(text + p, "\xe2\x86\x92", 3) == 0)
			arrows++;
	return arrows >= 1;
}

/*
 * Whether a line is a site's name: "法搜网--中国法律信息搜索网", "欢迎访问某某县
 * 人民政府门户网": a welcome, or two names ending in 网 joined by dashes.
 */
static bool
is_site_name(const char *text, size_t start, size_t end)
{
	size_t		chars = 0;
	size_t		dash = 0;		/* offset of a "--" or " - " */

	for (size_t p = start; p < end; chars++)
	{
		size_t		next;
		uint32_t	cp = peek_cp(text, end, p, &next);

		if (cp == '-' && dash == 0 && p + 1 < end && text[p + 1] == '-')
			dash = p;
		if (cp == 0x3002 || cp == 0xFF0C || cp == ',' || cp == 0xFF1B || cp == 0x3001)
			return false;		/* a sentence */
		p = next;
	}
	if (chars > 40)
		return false;
	if (match_folded(text, end, start, "欢迎访问", NULL) ||
		match_folded(text, end, start, "欢迎来到", NULL) ||
		match_folded(text, end, start, "欢迎光临", NULL))
		return contains_folded(text, start, end, "网");
	if (dash > start)
	{
		size_t		before = trim_spaces_end(text, start, dash);
		size_t		after = dash;

		while (after < end && text[after] == '-')
			after++;
		return before >= start + 3 && end >= after + 3 &&
			memcmp(text + before - 3, "\xe7\xbd\x91", 3) == 0 &&	/* 网 */
			memcmp(text + end - 3, "\xe7\xbd\x91", 3) == 0;
	}
	return false;
}

/*
 * Whether a line is a bar of bracketed links, each a chrome word:
 * "【发表评论】 【互动社区】", "[打印] [关闭]"; or pagination links
 * "第 [1] [2] [3] 页 共[4]页".
 */
static bool
is_link_bar(const char *text, size_t start, size_t end)
{
	static const char *const words[] = {
		"评论", "打印", "关闭", "收藏", "纠错", "社区", "分享", "推荐", "返回", "字体", "字号",
		"顶部", "论坛", "留言",
	};
	int			links = 0;
	int			numbers = 0;
	size_t		p = start;

	while (p < end)
	{
		size_t		next;
		uint32_t	cp = peek_cp(text, end, p, &next);
		uint32_t	close;
		size_t		inner;
		size_t		q;
		bool		chrome_word = false;
		bool		digits = true;

		if (is_inline_space(cp) || cp == '|')
		{
			p = next;
			continue;
		}
		if (cp == 0x7B2C || cp == 0x9875 || cp == 0x5171)	/* 第 页 共 of pagination */
		{
			p = next;
			continue;
		}
		if (cp == 0x3010)
			close = 0x3011;		/* 【】 */
		else if (cp == '[')
			close = ']';
		else
			return false;
		inner = next;
		q = inner;
		while (q < end)
		{
			size_t		after;
			uint32_t	c = peek_cp(text, end, q, &after);

			if (c == close)
				break;
			if (c < '0' || c > '9')
				digits = false;
			q = after;
		}
		if (q >= end || q == inner || q - inner > 24)
			return false;
		for (size_t i = 0; !digits && i < sizeof(words) / sizeof(words[0]); i++)
			if (contains_folded(text, inner, q, words[i]))
				chrome_word = true;
		if (digits)
			numbers++;
		else if (chrome_word)
			links++;
		else
			return false;
		p = q + (close == ']' ? 1 : 3);
	}
	return links >= 1 || (numbers >= 2 && contains_folded(text, start, end, "页"));
}

/* Whether a line is an attachment link: "…年度报告.pdf", "附件1.docx". */
static bool
is_attachment_link(const char *text, size_t start, size_t end)
{
	static const char *const extensions[] = {
		".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".zip", ".rar", ".ofd",
	};

	bool		extension = false;

	if (end - start > 120 || end - start < 8)
		return false;
	if (text[end - 4] != '.' && text[end - 5] != '.')
		return false;			/* no ".pdf" or ".docx" at the end: the common case */
	for (size_t i = 0; i < sizeof(extensions) / sizeof(extensions[0]); i++)
	{
		size_t		n = strlen(extensions[i]);
		size_t		k;

		if (end - start <= n + 3)
			continue;
		for (k = 0; k < n; k++)
			if ((text[end - n + k] | 0x20) != extensions[i][k])
				break;
		if (k == n)
			extension = true;
	}
	if (!extension)
		return false;
	for (size_t p = start; p + 2 < end; p++)
		if ((unsigned char) text[p] == 0xE3 && (unsigned char) text[p + 1] == 0x80 &&
			((unsigned char) text[p + 2] == 0x82 || (unsigned char) text[p + 2] == 0x81))
			return false;		/* 。 or 、 : a sentence or a list */
	return true;
}

/*
 * Whether a line is only the residue of a page's layout table: runs of
 * '|' (hundreds of them where a layout table's empty cells were flattened);
 * a table's own empty rows ("| | |", "||||") are shorter.
 */
#define PIPE_RESIDUE_RUN 16

static bool
has_pipe_residue(const char *text, size_t start, size_t end)
{
	size_t		run = 0;

	for (size_t p = start; p < end; p++)
	{
		run = text[p] == '|' ? run + 1 : 0;
		if (run >= PIPE_RESIDUE_RUN)
			return true;
	}
	return false;
}

/* Only '|' and spaces, at least one '|'. */
static bool
is_pipe_line(const char *text, size_t start, size_t end)
{
	bool		pipe = false;

	for (size_t p = start; p < end; p++)
	{
		if (text[p] == '|')
			pipe = true;
		else if (text[p] != ' ' && text[p] != '\t' && text[p] != '\r')
			return false;
	}
	return pipe;
}

/*
 * Where the layout residue at the end of a line starts ("标题 | ||||…||"):
 * the start of its last stretch of '|' and spaces when that holds a long
 * run of '|', else end.
 */
static size_t
pipe_residue_tail(const char *text, size_t start, size_t end)
{
	size_t		from = end;

	while (from > start && (text[from - 1] == '|' || text[from - 1] == ' ' ||
							text[from - 1] == '\t' || text[from - 1] == '\r'))
		from--;
	if (from == end || !has_pipe_residue(text, from, end))
		return end;
	return from;
}

/*
 * Whether the line [start, end) of text is layout residue: only '|' and
 * spaces, and a long run of '|' on it or on the line before or after (the
 * lone '|' lines between runs go with them).
 */
/* Whether text[start, end) holds a '|' or a tab: a table's row. */
static bool
holds_cells(const char *text, size_t start, size_t end)
{
	return memchr(text + start, '|', end - start) != NULL ||
		memchr(text + start, '\t', end - start) != NULL;
}

/*
 * A row of empty cells ("| | | |") outside any table: the lines next to it
 * that are not blank (up to three blank lines away) are no table rows.
 * What a page's table left when its cells were dropped.
 */
static bool
is_lone_cells(const char *text, size_t len, size_t start, size_t end)
{
	int			pipes = 0;
	size_t		p;
	int			blanks;

	for (p = start; p < end; p++)
		pipes += text[p] == '|';
	if (pipes < 2)
		return false;
	/* the line before */
	p = start;
	for (blanks = 0;; blanks++)
	{
		size_t		ls;

		if (p == 0 || blanks > 3)
			return false;		/* the text's first line: no context */
		ls = p - 1;
		while (ls > 0 && text[ls - 1] != '\n')
			ls--;
		if (!line_blank(text, ls, p - 1))
		{
			if (holds_cells(text, ls, p - 1))
				return false;
			break;
		}
		p = ls;
	}
	/* the line after */
	p = end;
	for (blanks = 0;; blanks++)
	{
		size_t		le;

		if (p >= len || blanks > 3)
			return false;
		le = line_end(text, len, p + 1);
		if (!line_blank(text, p + 1, le))
			return !holds_cells(text, p + 1, le);
		p = le;
	}
}

static bool
is_pipe_residue_line(const char *text, size_t len, size_t start, size_t end)
{
	if (!is_pipe_line(text, start, end))
		return false;
	if (has_pipe_residue(text, start, end))
		return true;
	if (start >= 2)
	{
		size_t		prev_start = start - 1;

		while (prev_start > 0 && text[prev_start - 1] != '\n')
			prev_start--;
		if (has_pipe_residue(text, pipe_residue_tail(text, prev_start, start - 1), start - 1))
			return true;
	}
	if (end < len)
	{
		size_t		next_end = line_end(text, len, end + 1);

		if (is_pipe_line(text, end + 1, next_end) && has_pipe_residue(text, end + 1, next_end))
			return true;
	}
	return is_lone_cells(text, len, start, end);
}

/*
 * Fast path of is_chrome_line: a line's signature, a 256-bit set of the
 * characters it holds (each as it is and simplified, by a hash), so that a
 * pattern whose first character is not in it is not looked for
 * (contains_folded only tries where that character stands).
 */
typedef struct LineSignature
{
	uint64_t	bits[4];
} LineSignature;

static inline unsigned
signature_slot(uint32_t cp)
{
	return (unsigned) ((cp * 0x9E3779B1u) >> 24);
}

static inline void
signature_add(LineSignature *sig, uint32_t cp)
{
	unsigned	slot = signature_slot(cp);

	sig->bits[slot >> 6] |= (uint64_t) 1 << (slot & 63);
}

static inline bool
signature_has(const LineSignature *sig, uint32_t cp)
{
	unsigned	slot = signature_slot(cp);

	return (sig->bits[slot >> 6] >> (slot & 63)) & 1;
}

/* The signature of text[start, end), read as contains_folded reads it. */
static void
line_signature(const char *text, size_t start, size_t end, LineSignature *sig)
{
	size_t		pos = start;

	memset(sig, 0, sizeof(*sig));
	while (pos < end)
	{
		size_t		next;
		uint32_t	cp = peek_cp(text, end, pos, &next);

		signature_add(sig, cp);
		if (cp >= 0x80)
			signature_add(sig, gr_simplify_char(cp));
		pos = next;
	}
}

/* contains_folded, after a look at the line's signature. */
static bool
line_contains(const LineSignature *sig, const char *text, size_t start, size_t end,
			  const char *pattern)
{
	size_t		q = 0;
	uint32_t	first = gr_utf8_decode(pattern, strlen(pattern), &q);

	return signature_has(sig, first) && contains_folded(text, start, end, pattern);
}

/* The first code point of each pattern of a list, cached (first use fills). */
static void
pattern_firsts(const char *const *patterns, size_t count, uint32_t *firsts)
{
	for (size_t i = 0; i < count; i++)
	{
		size_t		q = 0;

		firsts[i] = gr_utf8_decode(patterns[i], strlen(patterns[i]), &q);
	}
}

/*
 * Whether a line starting at text[p] (up to e) can match a pattern
 * starting with want, as match_folded compares the first character: an
 * ASCII byte as it is or lowercased for a lowercase want, anything else
 * simplified (folded: that, computed once by the caller).
 */
static inline bool
first_may_match(unsigned char c, uint32_t folded, uint32_t want)
{
	if (c < 0x80)
		return c == want || (c >= 'A' && c <= 'Z' && want >= 'a' && want <= 'z' &&
							 (uint32_t) (c | 0x20) == want);
	return folded == want;
}

/* Whether a line is chrome; *block says it opens a "- …" list of chrome. */
static bool
is_chrome_line(const char *text, size_t start, size_t end, bool *block)
{
	size_t		p = skip_spaces(text, start, end);
	size_t		e = trim_spaces_end(text, p, end);
	char		folded_first[4];
	static uint32_t block_firsts[sizeof(chrome_blocks) / sizeof(chrome_blocks[0])];
	static uint32_t line_firsts[sizeof(chrome_lines) / sizeof(chrome_lines[0])];
	static volatile bool firsts_ready;
	LineSignature sig;
	unsigned char c0;
	uint32_t	folded0;

	*block = false;
	if (p >= e || e - p > CHROME_LINE_LIMIT)
		return false;			/* running text: the common case */
	if (!firsts_ready)
	{
		pattern_firsts(chrome_blocks, sizeof(chrome_blocks) / sizeof(chrome_blocks[0]),
					   block_firsts);
		pattern_firsts(chrome_lines, sizeof(chrome_lines) / sizeof(chrome_lines[0]),
					   line_firsts);
		firsts_ready = true;
	}
	c0 = (unsigned char) text[p];
	folded0 = c0 < 0x80 ? c0 : gr_simplify_char(peek_cp(text, e, p, NULL));
	for (size_t i = 0; e - p <= 32 && i < sizeof(chrome_blocks) / sizeof(chrome_blocks[0]); i++)
		if (first_may_match(c0, folded0, block_firsts[i]) && line_is(text, p, e, chrome_blocks[i]))
		{
			*block = true;
			return true;
		}
	for (size_t i = 0; e - p <= 32 && i < sizeof(chrome_lines) / sizeof(chrome_lines[0]); i++)
		if (first_may_match(c0, folded0, line_firsts[i]) && line_is(text, p, e, chrome_lines[i]))
			return true;
	if (is_breadcrumb(text, p, e))
		return true;
	/* the line's first character, simplified: prefixes must start with it */
	{
		size_t		q = p;
		uint32_t	cp = gr_simplify_char(gr_utf8_decode(text, e, &q));

		if (cp == GR_INVALID_CP)
			cp = '?';
		gr_utf8_encode(cp, folded_first);
		if (cp >= 'A' && cp <= 'Z')
			folded_first[0] = (char) (cp | 0x20);
	}
	for (size_t i = 0; i < sizeof(chrome_prefixes) / sizeof(chrome_prefixes[0]); i++)
		if ((unsigned char) chrome_prefixes[i][0] == (unsigned char) folded_first[0] &&
			match_folded(text, e, p, chrome_prefixes[i], NULL))
		{
			/* a date line "发布时间:2011-03-25" is chrome; a header table row is not */
			if (is_tabular(text, p, e))
				return false;
			return true;
		}
	line_signature(text, p, e, &sig);
	/* a site footer: 京ICP备05070218号, 网站标识码, 京公网安备 */
	if (line_contains(&sig, text, p, e, "ICP备") || line_contains(&sig, text, p, e, "公网安备"))
		return true;
	/* a bar of login links: "公务安全邮箱登录 | 政务服务门户登录 |" */
	if (line_contains(&sig, text, p, e, "登录 |") || line_contains(&sig, text, p, e, "登录|"))
		return true;
	if (is_site_name(text, p, e) || is_link_bar(text, p, e) || is_attachment_link(text, p, e))
		return true;
	if (e - p <= 120 && find_sequence(text, e, p, "查看全文", strlen("查看全文")) < e &&
		contains_folded(text, p, e, "点击"))
		return true;
	/* a bar of chrome words: "收藏 分享 举报", "打印 关闭" */
	if (line_contains(&sig, text, p, e, "打印本页") || line_contains(&sig, text, p, e, "关闭窗口") ||
		(line_contains(&sig, text, p, e, "收藏") && line_contains(&sig, text, p, e, "举报")) ||
		(line_contains(&sig, text, p, e, "浏览次数") && line_contains(&sig, text, p, e, "发布时间")))
		return true;
	return false;
}

/* A line in a chrome list: "- …" or "1. 本站…". */
static bool
is_chrome_list_item(const char *text, size_t start, size_t end)
{
	size_t		p = skip_spaces(text, start, end);

	if (p >= end)
		return false;
	return text[p] == '-' || text[p] == '*' ||
		memcmp(text + p, "\xe2\x80\xa2", 3) == 0 || memcmp(text + p, "\xc2\xb7", 2) == 0;
}

/* skip_spaces, answering at once for a line that starts with a Han character or ASCII text. */
static inline size_t
skip_spaces_quick(const char *text, size_t start, size_t end)
{
	unsigned char c;

	if (start >= end)
		return start;
	c = (unsigned char) text[start];
	if ((c >= 0xE4 && c <= 0xE9) || (c < 0x80 && c != ' ' && c != '\t' && c != '\r'))
		return start;
	return skip_spaces(text, start, end);
}

/*
 * Page metadata: the field table a government site (and every mirror of
 * it) prints above a document, "索 引 号 | 014416330/2018-04736 | 分 类 |
 * …", "发布机构: … 文号: …", "生成日期 2024-01-26 是否有效".  A line is
 * such a row when it starts with a field label and holds two labels with
 * at most two values each (META_ROW), or one label, a ':' or '|' and at
 * most two values (META_FIELD).  Rows go wherever they are; single fields
 * only in a block of three or more (consecutive lines, chrome lines
 * between them allowed).  A title field ("标题: …", "信息名称 | …") is
 * kept: it may be the only place the title is written (META_TITLE), but it
 * does not end a block.
 */
#define META_LINE_LIMIT 300
enum
{
	META_NONE, META_FIELD, META_ROW, META_TITLE
};

static const char *const meta_labels[] = {
	"索引号", "主题分类", "组配分类", "信息分类", "体裁分类", "分类", "发布机构", "发文机关",
	"发文机构", "所属机构", "发文日期", "成文日期", "发布日期", "生成日期", "发文字号",
	"发布文号", "文号", "有效性", "是否有效", "时效", "关键字", "关键词", "主题词", "公开形式",
	"公开方式", "公开范围", "责任部门", "公开时限", "主题导航", "所属主题", "信息来源",
};
static const char *const meta_titles[] = {"标题", "信息名称", "名称"};

/* A separator between fields: inline space, '|', ':' or '：'. */
static bool
meta_separator(const char *text, size_t end, size_t p, size_t *next)
{
	uint32_t	cp = peek_cp(text, end, p, next);

	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '|' || cp == ':' || cp == 0xFF1A ||
		cp == 0x3000 || cp == 0xA0;
}

/*
 * Whether a label of the list starts at p, its characters perhaps spaced
 * ("索 引 号"), followed by a separator or the line's end; *after gets the
 * end of the label, *strong whether ':' or '|' follows it.
 */
static bool
meta_label_at(const char *text, size_t end, size_t p, const char *const *labels, size_t n,
			  size_t *after, bool *strong)
{
	char		first[4];
	uint32_t	cp0 = peek_cp(text, end, p, NULL);

	if (cp0 < 0x3400 || cp0 == GR_INVALID_CP)
		return false;			/* every label starts with a Han character */
	if (gr_utf8_encode(gr_simplify_char(cp0), first) != 3)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		const char *l = labels[i];
		size_t		ll;
		size_t		q = 0;
		size_t		pos = p;
		bool		ok = true;

		if (memcmp(l, first, 3) != 0)
			continue;
		ll = strlen(l);

		while (q < ll)
		{
			uint32_t	want = gr_utf8_decode(l, ll, &q);
			size_t		next;
			uint32_t	got;

			if (q > 3)			/* spaces between the characters */
				while (pos < end && (text[pos] == ' ' || text[pos] == '\t'))
					pos++;
			got = peek_cp(text, end, pos, &next);
			if (got != want && (got < 0x80 || gr_simplify_char(got) != want))
			{
				ok = false;
				break;
			}
			pos = next;
		}
		if (!ok)
			continue;
		*strong = false;
		if (pos < end)
		{
			size_t		s = pos;
			size_t		next;

			if (!meta_separator(text, end, s, &next))
				continue;
			while (s < end && meta_separator(text, end, s, &next))
			{
				if (text[s] == '|' || text[s] == ':' || memcmp(text + s, "\xef\xbc\x9a", 3) == 0)
					*strong = true;
				s = next;
			}
		}
		*after = pos;
		return true;
	}
	return false;
}


/*
 * Whether cp (simplified) can start a field label or a title field: the
 * first code points of meta_labels and meta_titles (first use fills them).
 */
static bool
meta_first_char(uint32_t cp)
{
	enum
	{
		NLABELS = sizeof(meta_labels) / sizeof(meta_labels[0]),
		NTITLES = sizeof(meta_titles) / sizeof(meta_titles[0])
	};
	static uint32_t firsts[NLABELS + NTITLES];
	static volatile bool firsts_ready;

	if (!firsts_ready)
	{
		pattern_firsts(meta_labels, NLABELS, firsts);
		pattern_firsts(meta_titles, NTITLES, firsts + NLABELS);
		firsts_ready = true;
	}
	for (size_t i = 0; i < NLABELS + NTITLES; i++)
		if (firsts[i] == cp)
			return true;
	return false;
}

static int
meta_line_kind(const char *text, size_t start, size_t end)
{
	size_t		p;
	size_t		e;
	int			labels = 0;
	int			values = 0;
	bool		first_strong = false;

	if (end - start > META_LINE_LIMIT + 64)
		return META_NONE;		/* running text */
	p = skip_spaces_quick(text, start, end);
	if (p >= end || (unsigned char) text[p] < 0x80 ||
		!meta_first_char(gr_simplify_char(peek_cp(text, end, p, NULL))))
		return META_NONE;
	e = trim_spaces_end(text, p, end);
	if (e - p > META_LINE_LIMIT)
		return META_NONE;
	{
		size_t		after;
		bool		strong;

		if (meta_label_at(text, e, p, meta_titles, sizeof(meta_titles) / sizeof(meta_titles[0]),
						  &after, &strong))
			return strong ? META_TITLE : META_NONE;
	}
	while (p < e)
	{
		size_t		after;
		bool		strong;
		size_t		next;

		if (meta_label_at(text, e, p, meta_labels, sizeof(meta_labels) / sizeof(meta_labels[0]),
						  &after, &strong))
		{
			if (labels++ == 0)
				first_strong = strong;
			p = after;
		}
		else if (labels == 0)
			return META_NONE;	/* a row starts with a label */
		else
		{
			/* a value: up to the next space or '|' (a time's ':' stays in it) */
			values++;
			while (p < e)
			{
				uint32_t	cp = peek_cp(text, e, p, &next);

				if (cp == ' ' || cp == '\t' || cp == '|' || cp == 0x3000 || cp == 0xA0)
					break;
				if (cp == 0x3002)
					return META_NONE;	/* a sentence */
				p = next;
			}
		}
		while (p < e && meta_separator(text, e, p, &next))
			p = next;
	}
	if (labels >= 2 && values <= 2 * labels)
		return META_ROW;
	if (labels == 1 && first_strong && values <= 2)
		return META_FIELD;
	return META_NONE;
}

/*
 * Whether the lines from pos on (up to a blank line or a line that is
 * neither chrome nor a field) make a metadata block; *block_end gets the
 * offset after its last line.
 */
static bool
meta_block(const GrEnv *env, const char *text, size_t len, size_t pos, size_t *block_end)
{
	int			rows = 0;
	int			fields = 0;
	size_t		polls = 0;

	while (pos < len)
	{
		size_t		eol = line_end(text, len, pos);
		size_t		next = eol < len ? eol + 1 : len;
		bool		block;
		int			kind;

		GR_POLL(env, polls);
		if (line_blank(text, pos, eol))
			break;
		if (!is_pipe_residue_line(text, len, pos, eol) && !is_chrome_line(text, pos, eol, &block))
		{
			kind = meta_line_kind(text, pos, eol);
			if (kind == META_NONE)
				break;
			rows += kind == META_ROW;
			fields += kind == META_FIELD;
		}
		pos = next;
	}
	*block_end = pos;
	return rows >= 1 || fields >= 3;
}

/*
 * Whether the title field on [start, end) ("标题: X") repeats a title that
 * a line among the next eight that are not blank holds whole: then the
 * field is a copy.
 */
static bool
meta_title_repeated(const GrEnv *env, const char *text, size_t len, size_t start, size_t end)
{
	size_t		p = skip_spaces(text, start, end);
	size_t		after;
	bool		strong;
	size_t		vs;
	size_t		ve;
	size_t		pos = end < len ? end + 1 : len;
	int			lines = 0;
	size_t		polls = 0;

	if (!meta_label_at(text, end, p, meta_titles, sizeof(meta_titles) / sizeof(meta_titles[0]),
					   &after, &strong))
		return false;
	vs = after;
	while (vs < end)
	{
		size_t		next;

		if (!meta_separator(text, end, vs, &next))
			break;
		vs = next;
	}
	ve = trim_spaces_end(text, vs, end);
	if (ve - vs < 6)
		return false;
	while (pos < len && lines < 8)
	{
		size_t		eol = line_end(text, len, pos);
		size_t		s = skip_spaces(text, pos, eol);
		size_t		e = trim_spaces_end(text, s, eol);

		GR_POLL(env, polls);
		if (s < e)
		{
			if (e - s == ve - vs && memcmp(text + s, text + vs, ve - vs) == 0)
				return true;
			lines++;
		}
		pos = eol < len ? eol + 1 : len;
	}
	return false;
}

/* Names of a site's channels, printed over a report's title. */
static const char *const channel_names[] = {
	"政府信息公开", "信息公开", "政务公开", "政府信息公开年报", "信息公开年报", "通知公告",
	"政府信息公开年度报告专栏",
};

/* Whether a line is a channel's name alone. */
static bool
is_channel_name(const char *text, size_t start, size_t end)
{
	size_t		s;
	size_t		e;

	if (end - start > 64)
		return false;
	s = skip_spaces_quick(text, start, end);
	if (end - s > 40 || s >= end)
		return false;
	e = trim_spaces_end(text, s, end);
	for (size_t i = 0; i < sizeof(channel_names) / sizeof(channel_names[0]); i++)
		if (e - s == strlen(channel_names[i]) && memcmp(text + s, channel_names[i], e - s) == 0)
			return true;
	return false;
}

static bool line_has_spam_anchor(const GrEnv *env, const char *text, size_t start, size_t end);
static void fill_spam_bits(void);
static volatile bool spam_bits_ready;

/*
 * The first line of the text that is neither blank nor chrome nor a short
 * line of spam (which the spam step, after this one, removes), from pos on.
 */
static size_t
first_content_line(const GrEnv *env, const char *text, size_t len, size_t pos, size_t *eol_out)
{
	if (!spam_bits_ready)
		fill_spam_bits();
	while (pos < len && pos < 8192)
	{
		size_t		eol = line_end(text, len, pos);
		bool		block;

		if (!line_blank(text, pos, eol) && !is_chrome_line(text, pos, eol, &block) &&
			!(eol - pos <= 120 && line_has_spam_anchor(env, text, pos, eol)))
		{
			*eol_out = eol;
			return pos;
		}
		pos = eol < len ? eol + 1 : len;
	}
	*eol_out = len;
	return len;
}

/*
 * A name over the report's title, its line's offsets (start == end: none):
 * the first line that is neither blank nor chrome, when it is a channel's
 * name (政府信息公开) and a title of eight Han characters or more follows,
 * or when it is a short agency name (珠海市审计局: no digit, ends in 局, 委,
 * 厅, 办, 院, 政府, 办公室) and a breadcrumb follows it directly.
 */
static void
head_name(const GrEnv *env, const char *text, size_t len, size_t *start, size_t *end)
{
	size_t		eol;
	size_t		pos = first_content_line(env, text, len, 0, &eol);
	size_t		s;
	size_t		e;
	size_t		next;

	*start = *end = 0;
	if (pos >= len)
		return;
	s = skip_spaces(text, pos, eol);
	e = trim_spaces_end(text, s, eol);
	next = eol < len ? eol + 1 : len;
	for (size_t i = 0; i < sizeof(channel_names) / sizeof(channel_names[0]); i++)
		if (e - s == strlen(channel_names[i]) && memcmp(text + s, channel_names[i], e - s) == 0)
		{
			size_t		teol;
			size_t		t = first_content_line(env, text, len, next, &teol);
			size_t		han = 0;

			if (t >= len || match_folded(text, teol, skip_spaces(text, t, teol), "工作", NULL) ||
				match_folded(text, teol, skip_spaces(text, t, teol), "年度", NULL))
				return;			/* a title broken after 政府信息公开 */
			for (size_t q = t; q < teol && han < 8;)
			{
				size_t		n;

				if (gr_is_han(peek_cp(text, teol, q, &n)))
					han++;
				q = n;
			}
			if (han >= 8)
			{
				*start = pos;
				*end = next;
			}
			return;
		}
	/* a site's name before a breadcrumb */
	if (e - s <= 45 && next < len)
	{
		size_t		beol = line_end(text, len, next);
		size_t		b = skip_spaces(text, next, beol);
		size_t		q;
		static const char *const suffixes[] = {"局", "委", "厅", "办", "院", "政府", "办公室"};
		bool		agency = false;

		if (!(match_folded(text, beol, b, "当前位置", NULL) ||
			  match_folded(text, beol, b, "您现在的位置", NULL) ||
			  match_folded(text, beol, b, "您当前的位置", NULL) ||
			  is_breadcrumb(text, b, trim_spaces_end(text, b, beol))))
			return;
		for (q = s; q < e;)
		{
			size_t		n;
			uint32_t	cp = peek_cp(text, e, q, &n);

			if (!gr_is_han(cp))
				return;			/* digits, punctuation, spaces: not a bare name */
			q = n;
		}
		for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++)
		{
			size_t		sl = strlen(suffixes[i]);

			if (e - s > sl && memcmp(text + e - sl, suffixes[i], sl) == 0)
				agency = true;
		}
		if (agency)
		{
			*start = pos;
			*end = next;
		}
	}
}

/*
 * A title printed twice at the head of a page (the page's title, then the
 * document's own, perhaps broken over two or three lines): the offsets of
 * the first copy's line (start == end: none).  Only the text's first line
 * that is not blank, of 8 to 200 bytes and no sentence, repeated whole by
 * the lines that follow it.
 */
static void
duplicate_title(const char *text, size_t len, size_t from, size_t *start, size_t *end)
{
	size_t		pos = from;
	size_t		s1;
	size_t		e1;
	size_t		next;
	size_t		matched;
	int			lines = 0;
	size_t		line0;

	*start = *end = 0;
	while (pos < len)
	{
		size_t		eol = line_end(text, len, pos);
		bool		block;

		if (!line_blank(text, pos, eol) && !is_chrome_line(text, pos, eol, &block))
			break;
		pos = eol < len ? eol + 1 : len;
		if (pos > 4096)
			return;
	}
	if (pos >= len)
		return;
	line0 = pos;
	{
		size_t		eol = line_end(text, len, pos);

		s1 = skip_spaces(text, pos, eol);
		e1 = trim_spaces_end(text, s1, eol);
		next = eol < len ? eol + 1 : len;
	}
	if (e1 - s1 < 8 || e1 - s1 > 200 || find_sequence(text, e1, s1, "\xe3\x80\x82", 3) < e1 ||
		holds_cells(text, s1, e1))
		return;					/* a sentence, a table row */
	{
		size_t		q;
		uint32_t	cp = peek_cp(text, e1, s1, &q);

		uint32_t	second = peek_cp(text, e1, q, NULL);
		bool		alnum = (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');

		if ((!gr_is_han(cp) && !alnum) || second == 0x3001 || second == '.' || second == 0xFF0E)
			return;				/* a heading "一、…", "(一)…", "1.…" */
	}
	matched = s1;
	pos = next;
	while (pos < len && lines < 3)
	{
		size_t		eol = line_end(text, len, pos);
		size_t		s = skip_spaces(text, pos, eol);
		size_t		e = trim_spaces_end(text, s, eol);
		bool		block;

		if (s >= e)
		{
			if (lines > 0)
				return;			/* a copy is not broken by blank lines */
			pos = eol < len ? eol + 1 : len;
			continue;
		}
		if (lines == 0 && is_chrome_line(text, pos, eol, &block))
		{
			pos = eol < len ? eol + 1 : len;
			continue;			/* a date line between the copies */
		}
		pos = eol < len ? eol + 1 : len;
		if (e - s > e1 - matched || memcmp(text + s, text + matched, e - s) != 0)
			return;
		matched += e - s;
		lines++;
		if (matched == e1)
		{
			*start = line0;
			*end = next;
			return;
		}
	}
}

GrStatus
gr_step_chrome(const GrEnv *env, const char *text, size_t len,
			   GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	size_t		pos = 0;
	bool		in_block = false;
	size_t		polls = 0;
	size_t		content_end = 0;	/* after the last line that is content */
	bool		tail_chrome = false;	/* chrome after content_end */
	bool		any_chrome = false; /* a chrome line at all */
	size_t		meta_until = 0; /* the end of the metadata block looked at last */
	bool		meta_ok = false;	/* whether it is one */
	size_t		dup_start;		/* a title's first copy */
	size_t		dup_end;
	size_t		head_start;		/* a channel's or site's name over the title */
	size_t		head_end;

	rw_init(&rw, env, text, len, out, report);
	head_name(env, text, len, &head_start, &head_end);
	duplicate_title(text, len, head_end, &dup_start, &dup_end);
	if (dup_end > dup_start || head_end > head_start)
		any_chrome = true;

	/*
	 * First pass: where the report's own text ends.  A site's footer
	 * (下载本文档, 评论 …) and the blank lines around it go as one block, so
	 * that the text ends as the report did.
	 */
	while (pos < len)
	{
		size_t		eol = line_end(text, len, pos);
		size_t		next = eol < len ? eol + 1 : len;
		bool		block;

		GR_POLL(env, polls);
		if (in_block && is_chrome_list_item(text, pos, eol))
			tail_chrome = true;
		else if (is_pipe_residue_line(text, len, pos, eol))
			tail_chrome = any_chrome = true;
		else if (is_chrome_line(text, pos, eol, &block))
		{
			in_block = block;
			tail_chrome = true;
			any_chrome = true;
		}
		else if (content_end > 0 && is_channel_name(text, pos, eol))
		{
			/* a channel's name after the text: chrome only at the end */
			in_block = false;
			tail_chrome = true;
			any_chrome = true;
		}
		else
		{
			in_block = false;
			if (!line_blank(text, pos, eol))
			{
				content_end = next;
				tail_chrome = false;
				if (pos >= meta_until && meta_line_kind(text, pos, eol) != META_NONE &&
					meta_block(env, text, len, pos, &meta_until))
					any_chrome = true;
			}
		}
		pos = next;
	}
	if (!any_chrome)
		return rw_finish(&rw);	/* the second pass would find what this one did */

	pos = 0;
	in_block = false;
	meta_until = 0;
	while (pos < len)
	{
		size_t		eol = line_end(text, len, pos);
		size_t		next = eol < len ? eol + 1 : len;
		bool		block;

		GR_POLL(env, polls);
		if (pos == head_start && head_end > head_start)
		{
			rw_replace(&rw, pos, pos, head_end, "", 0);
			pos = head_end;
			continue;
		}
		if (pos == dup_start && dup_end > dup_start)
		{
			rw_replace(&rw, pos, pos, dup_end, "", 0);
			pos = dup_end;
			continue;
		}
		if (tail_chrome && pos >= content_end)
		{
			/* the footer block: keep the newline that ended the text */
			size_t		from = content_end;

			if (content_end > 0 && text[content_end - 1] != '\n' && content_end < len)
				from = content_end;
			rw_replace(&rw, from, from, len, "", 0);
			break;
		}
		if ((in_block && is_chrome_list_item(text, pos, eol)) ||
			is_pipe_residue_line(text, len, pos, eol))
		{
			rw_replace(&rw, pos, pos, next, "", 0);
			pos = next;
			continue;
		}
		in_block = false;
		{
			/* a line that ends in layout residue keeps its text */
			size_t		tail = pipe_residue_tail(text, pos, eol);

			if (tail < eol)
				rw_replace(&rw, pos, tail, eol, "", 0);
		}
		if (is_chrome_line(text, pos, eol, &block))
		{
			size_t		after = next;

			/* between blank lines it takes one of them along */
			if (pos > 0 && (pos == 1 || text[pos - 2] == '\n') && text[pos - 1] == '\n' &&
				next < len && text[next] == '\n')
				after = next + 1;
			in_block = block;
			rw_replace(&rw, pos, pos, after, "", 0);
			pos = after;
			continue;
		}
		{
			int			kind = meta_line_kind(text, pos, eol);

			if (kind != META_NONE && pos >= meta_until)
				meta_ok = meta_block(env, text, len, pos, &meta_until);
			if (meta_ok && pos < meta_until &&
				(kind == META_ROW || kind == META_FIELD ||
				 (kind == META_TITLE && meta_title_repeated(env, text, len, pos, eol))))
			{
				rw_replace(&rw, pos, pos, next, "", 0);
				pos = next;
				continue;
			}
		}
		pos = next;
	}
	return rw_finish(&rw);
}

/* ------------------------------------------------------------------------
 * Step: spam injected by hijacked mirrors
 *
 * Hijacked government sites inject gambling and porn brands into the page
 * title and into the text, even inside an agency's name:
 * "北京市滚球体育app_188篮球比分-直播|官网:发展和改革委员会".  A run of
 * spam vocabulary (Han words and ASCII brand names, joined by _ | - : ,
 * and spaces) that holds at least one unmistakable word (比分, 彩票, 365bet,
 * 成人 …) is removed; a line that is mostly spam goes as a whole.  Digits
 * before a measure word (2024年) are not spam.
 * ------------------------------------------------------------------------
 */

/*
 * Per code point of U+0000..U+FFFF: the evidence a character is on its own
 * (EVIDENCE_TRADITIONAL, EVIDENCE_SPACE) and what a scan must look at
 * further (FLAG_HAN, FLAG_SPAM_FIRST: starts a word of spam weight,
 * FLAG_SPAM_WORD: starts any spam word); filled on first use by
 * fill_spam_bits.
 */
#define FLAG_HAN 0x01
#define FLAG_SPAM_FIRST 0x02
#define FLAG_SPAM_WORD 0x04
#define FLAG_HINT 0x08			/* a byte-level detector's hint (HintScan) */
static unsigned char char_flags[65536];
static volatile bool spam_bits_ready;
static void fill_spam_bits(void);

typedef struct SpamWord
{
	const char *word;
	int			weight;			/* a run of weight 2 or more is spam */
} SpamWord;

/* Longest first where one word starts another (官方网站 before 官方). */
static const SpamWord spam_words[] = {
	{"比分", 2}, {"滚球", 2}, {"彩票", 1}, {"博彩", 2}, {"投注", 2},
	{"棋牌", 2}, {"赌场", 2}, {"赌博", 2}, {"真人娱乐", 2}, {"百家乐", 2},
	{"中文字幕", 2}, {"无码", 2}, {"菠萝视频", 2}, {"在线观看", 2},
	{"新葡京", 2}, {"威尼斯人", 2}, {"太阳城", 2}, {"亚博", 2}, {"九游", 2},
	{"华体会", 2}, {"爱游戏", 2}, {"必威", 2}, {"欧宝", 2}, {"开云", 2}, {"乐鱼", 2},
	{"六合彩", 2}, {"时时彩", 2}, {"老虎机", 2}, {"真人视讯", 2}, {"电子游艺", 2},
	{"威廉希尔", 2}, {"金宝博", 2}, {"雷火电竞", 2}, {"沙巴体育", 2},
	{"万博体育", 2}, {"澳门葡京", 2}, {"葡京", 2}, {"银河娱乐", 2}, {"电竞", 0},
	{"色情", 2}, {"偷拍", 2}, {"自拍偷拍", 2}, {"伦理片", 2}, {"成人影院", 2},
	{"成人", 1}, {"精品", 1}, {"久久", 1}, {"一区", 1}, {"二区", 1},
	{"三区", 1}, {"激情", 1}, {"乱码", 1}, {"国产", 1}, {"欧美", 1},
	{"日韩", 1}, {"韩日", 1}, {"官网", 1}, {"打不开了", 1}, {"打不开", 1}, {"亚洲版", 0},
	{"亚洲", 0}, {"一级", 0}, {"视频", 0}, {"免费", 0},
	{"直播", 0}, {"篮球", 0}, {"足球", 0}, {"体育", 0},
	{"官方网站", 0}, {"官方", 0}, {"网站", 0}, {"大全", 0}, {"旧版", 0},
	{"下载", 0}, {"娱乐", 0}, {"平台", 0}, {"最新", 0}, {"入口", 0},
	{"登录", 0}, {"注册", 0}, {"手机版", 0}, {"网页版", 0}, {"在线", 0},
	{"中国", 0}, {"国语", 0}, {"大陆", 0}, {"小说", 0}, {"公司", 0},
	{"菠萝", 0}, {"观看", 0}, {"精", 0}, {"久", 0},
	{"app", 0}, {"aⅴ", 0}, {"av", 0},
};

/* Each word's first code point, filled by fill_spam_bits. */
static uint32_t spam_word_first[sizeof(spam_words) / sizeof(spam_words[0])];

/*
 * Gambling brands in ASCII words.  (The evidence scan's spam candidates
 * rely on every word of weight holding one of them, the numbers 365 and
 * 188 included: see spam_keys.)
 */
static const SpamWord brands[] = {{"bet", 2}, {"bwin", 2}, {"dafa", 2}, {"casino", 2},
{"365", 1}, {"188", 1}, {"bob", 1}, {"leyu", 1}, {"kaiyun", 1}};

/* The spam weight of an ASCII word: gambling brands (365bet: 2, bob: 1). */
static int
ascii_weight(const char *word, size_t len)
{
	int			weight = 0;
	bool		letters = false;

	/*
	 * A number is a brand only as 365 or 188 alone, or a long run holding
	 * 365 (365365051); 13650 and 1880 are numbers.  (Before a measure word,
	 * 365天, spam_token never asks.)
	 */
	for (size_t i = 0; i < len; i++)
		if (word[i] > '9')
			letters = true;
	if (!letters)
	{
		if (len == 3 && (memcmp(word, "365", 3) == 0 || memcmp(word, "188", 3) == 0))
			return 1;
		if (len >= 8)
			for (size_t i = 0; i + 3 <= len; i++)
				if (memcmp(word + i, "365", 3) == 0)
					return 1;
		return 0;
	}
	for (size_t i = 0; i < sizeof(brands) / sizeof(brands[0]); i++)
	{
		size_t		n = strlen(brands[i].word);

		for (size_t p = 0; p + n <= len; p++)
		{
			size_t		k;

			for (k = 0; k < n; k++)
				if ((word[p + k] | 0x20) != brands[i].word[k])
					break;
			if (k == n && brands[i].weight > weight)
				weight = brands[i].weight;
		}
	}
	return weight;
}

/* Measure words after which digits are a quantity, not a spam brand. */
static bool
is_measure_word(uint32_t cp)
{
	/*
	 * 年月日号条件个项次人万亿元家所份篇期届天座台名户% and ％ . ．, as a
	 * switch: this runs for every number a spam scan meets
	 */
	switch (cp)
	{
		case 0x5E74:			/* 年 */
		case 0x6708:			/* 月 */
		case 0x65E5:			/* 日 */
		case 0x53F7:			/* 号 */
		case 0x6761:			/* 条 */
		case 0x4EF6:			/* 件 */
		case 0x4E2A:			/* 个 */
		case 0x9879:			/* 项 */
		case 0x6B21:			/* 次 */
		case 0x4EBA:			/* 人 */
		case 0x4E07:			/* 万 */
		case 0x4EBF:			/* 亿 */
		case 0x5143:			/* 元 */
		case 0x5BB6:			/* 家 */
		case 0x6240:			/* 所 */
		case 0x4EFD:			/* 份 */
		case 0x7BC7:			/* 篇 */
		case 0x671F:			/* 期 */
		case 0x5C4A:			/* 届 */
		case 0x5929:			/* 天 */
		case 0x5EA7:			/* 座 */
		case 0x53F0:			/* 台 */
		case 0x540D:			/* 名 */
		case 0x6237:			/* 户 */
		case '%':
		case 0xFF05:			/* ％ */
		case '.':
		case 0xFF0E:			/* ． */
			return true;
		default:
			return false;
	}
}

/*
 * One spam token at text[pos] within [pos, end): its end, or pos when
 * there is none.  *weight gets its spam weight.
 */
static size_t
spam_token(const char *text, size_t end, size_t pos, int *weight)
{
	unsigned char c = (unsigned char) text[pos];

	*weight = 0;
	if (c < 0x80)
	{
		size_t		p = pos;

		if (c == '_' || c == '|' || c == '-' || c == ':' || c == ',' || c == ' ' ||
			c == '(' || c == ')')
			return pos + 1;
		while (p < end && (((text[p] | 0x20) >= 'a' && (text[p] | 0x20) <= 'z') ||
						   (text[p] >= '0' && text[p] <= '9')))
			p++;
		if (p == pos)
			return pos;
		/* digits before a measure word are a quantity (long runs are ids) */
		{
			bool		letters = false;

			for (size_t q = pos; q < p; q++)
				if (text[q] > '9')
					letters = true;
			if (!letters && p - pos < 8 && is_measure_word(peek_cp(text, end, p, NULL)))
				return pos;
		}
		*weight = ascii_weight(text + pos, p - pos);
		return p;
	}
	{
		uint32_t	first = gr_simplify_char(peek_cp(text, end, pos, NULL));

		if (!spam_bits_ready)
			fill_spam_bits();
		for (size_t i = 0; i < sizeof(spam_words) / sizeof(spam_words[0]); i++)
		{
			size_t		match_end;

			if (spam_word_first[i] != first)
				continue;
			if (match_folded(text, end, pos, spam_words[i].word, &match_end))
			{
				*weight = spam_words[i].weight;
				return match_end;
			}
		}
	}
	{
		size_t		next;
		uint32_t	cp = peek_cp(text, end, pos, &next);

		if (cp == 0xFF08 || cp == 0xFF09 || cp == 0x3000 || cp == 0xFF5C || cp == 0xFF1A ||
			cp == 0x2174)
			return next;
	}
	return pos;
}

/* Whether a run of tokens is only separators (never removed on its own). */
static bool
is_separator(char c)
{
	return c == '_' || c == '|' || c == '-' || c == ':' || c == ',' || c == ' ' ||
		c == '(' || c == ')';
}

/*
 * The first two characters of every word of weight >= 1 (simplified), and
 * bitmaps over the BMP of them in either script: built from spam_words by
 * fill_spam_bits on first use.
 */
#define MAX_SPAM_PAIRS 128
static uint32_t spam_pairs[MAX_SPAM_PAIRS][2];
static int	spam_pair_count;
static unsigned char spam_first_bits[8192];
static unsigned char spam_second_bits[8192];

static inline bool
spam_bit(const unsigned char *bits, uint32_t cp)
{
	return cp < 0x10000 && ((bits[cp >> 3] >> (cp & 7)) & 1);
}

/*
 * Whether a line holds a word of spam weight at all (比分, 成人, 365bet …):
 * the quick test that clean lines pass with one look per character.
 */
static bool
line_has_spam_anchor(const GrEnv *env, const char *text, size_t start, size_t end)
{
	size_t		p = start;
	size_t		polls = 0;

	while (p < end)
	{
		unsigned char c = (unsigned char) text[p];

		GR_POLL(env, polls);
		if (c < 0x80)
		{
			/* bet, bwin, bob, casino, dafa, kaiyun, leyu, 365, 188 */
			if (c == 'b' || c == 'B' || c == 'c' || c == 'd' || c == 'k' || c == 'l' ||
				c == '3' || c == '1')
			{
				int			weight;
				size_t		q = spam_token(text, end, p, &weight);

				if (q > p && weight > 0)
					return true;
				p = q > p ? q : p + 1;
				continue;
			}
			p++;
			continue;
		}
		if (c >= 0xE3 && c <= 0xE9 && p + 2 < end)
		{
			uint32_t	cp = ((uint32_t) (c & 0x0F) << 12) |
				((uint32_t) ((unsigned char) text[p + 1] & 0x3F) << 6) |
				((unsigned char) text[p + 2] & 0x3F);
			uint32_t	second = GR_INVALID_CP;

			if ((char_flags[cp] & FLAG_SPAM_FIRST) == 0 ||
				!spam_bit(spam_second_bits, peek_cp(text, end, p + 3, NULL)))
			{
				p += 3;
				continue;
			}

			cp = gr_simplify_char(cp);
			for (int i = 0; i < spam_pair_count; i++)
			{
				if (spam_pairs[i][0] != cp)
					continue;
				if (second == GR_INVALID_CP)
					second = gr_simplify_char(peek_cp(text, end, p + 3, NULL));
				if (spam_pairs[i][1] == second)
				{
					int			weight;

					if (spam_token(text, end, p, &weight) > p && weight > 0)
						return true;
				}
			}
			p += 3;
			continue;
		}
		p++;
	}
	return false;
}

/* Characters that can start a spam token (a quick filter). */
static bool
may_start_spam(uint32_t cp)
{
	if (cp < 0x80)
		return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
	cp = gr_simplify_char(cp);
	return cp < 0x10000 && (char_flags[cp] & FLAG_SPAM_WORD) != 0;
}

/*
 * The spam step; candidates (when not NULL): the offsets, ascending, where
 * the evidence scan saw the start of an anchor line_has_spam_anchor may
 * find (a spam pair, or an ASCII brand's first three letters), so that
 * lines without one are not read again.
 */
/*
 * Whether the spam run [start, end) stood where a title had 关于: inside
 * 《…》, after an agency (…办公厅, …人民政府, …委员会, …办公室, …局) and
 * before 印发 ("《国务院办公厅<spam>印发2015年要点的通知》"); a title of
 * that form always reads 关于印发.
 */
static bool
spam_took_guanyu(const char *text, size_t line, size_t start, size_t end, size_t eol)
{
	static const char *const agencies[] = {"办公厅", "政府", "委员会", "办公室", "局"};
	bool		agency = false;
	size_t		open = start;

	if (end + 6 > eol || memcmp(text + end, "印发", 6) != 0)
		return false;
	for (size_t i = 0; i < sizeof(agencies) / sizeof(agencies[0]); i++)
	{
		size_t		al = strlen(agencies[i]);

		if (start >= line + al && memcmp(text + start - al, agencies[i], al) == 0)
			agency = true;
	}
	if (!agency)
		return false;
	/* an open 《 before it on the line */
	while (open > line)
	{
		size_t		s;
		uint32_t	cp = prev_cp(text, open, &s);

		if (s < line || cp == 0x300B)
			return false;
		if (cp == 0x300A)
			return true;
		open = s;
	}
	return false;
}

static GrStatus
spam_run(const GrEnv *env, const char *text, size_t len, const size_t *candidates,
		 size_t candidate_count, GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	size_t		pos = 0;
	size_t		polls = 0;
	size_t		candidate = 0;

	rw_init(&rw, env, text, len, out, report);
	if (!spam_bits_ready)
		fill_spam_bits();
	while (pos < len)
	{
		size_t		eol;
		size_t		next_line;
		size_t		p = pos;
		size_t		spam_bytes = 0;
		size_t		text_bytes = 0;
		size_t		runs[64][2];
		int			run_count = 0;

		GR_POLL(env, polls);
		if (candidates)
		{
			while (candidate < candidate_count && candidates[candidate] < pos)
				candidate++;
			if (candidate == candidate_count)
				break;			/* no anchor in the rest */
		}
		eol = line_end(text, len, pos);
		next_line = eol < len ? eol + 1 : len;
		if (candidates && candidates[candidate] >= eol)
		{
			pos = next_line;
			continue;
		}
		if (!line_has_spam_anchor(env, text, pos, eol))
		{
			pos = next_line;
			continue;
		}

		/* find the spam runs of this line */
		while (p < eol)
		{
			size_t		next;
			uint32_t	cp = peek_cp(text, eol, p, &next);

			GR_POLL(env, polls);
			if (may_start_spam(cp))
			{
				size_t		run_start = p;
				size_t		q = p;
				int			weight = 0;
				size_t		last_word_end = p;

				while (q < eol)
				{
					int			w;
					size_t		t = spam_token(text, eol, q, &w);

					if (t == q)
						break;
					if (!is_separator(text[q]) || t - q > 1)
						last_word_end = t;
					weight += w;
					q = t;
				}
				if (weight >= 2 && last_word_end > run_start)
				{
					size_t		run_end = last_word_end;

					/* take the separators that glued the run to the text */
					while (run_end < q && is_separator(text[run_end]) && text[run_end] != '(')
						run_end++;
					if (run_count < 64)
					{
						runs[run_count][0] = run_start;
						runs[run_count][1] = run_end;
						run_count++;
					}
					spam_bytes += run_end - run_start;
				}
				p = q > p ? q : next;
				continue;
			}
			p = next;
		}
		if (run_count > 0)
		{
			for (size_t q = pos; q < eol;)
			{
				size_t		next;
				uint32_t	cp = peek_cp(text, eol, q, &next);

				if (!is_inline_space(cp))
					text_bytes += next - q;
				q = next;
			}
			if (spam_bytes * 100 >= text_bytes * 85)
			{
				/* the line is spam: it goes as a whole */
				rw_replace(&rw, pos, pos, next_line, "", 0);
			}
			else
			{
				for (int i = 0; i < run_count; i++)
				{
					size_t		context;

					prev_cp(text, runs[i][0], &context);
					if (runs[i][0] == pos)
						context = pos;
					if (spam_took_guanyu(text, pos, runs[i][0], runs[i][1], eol))
						rw_replace(&rw, context, runs[i][0], runs[i][1], "关于", strlen("关于"));
					else
						rw_replace(&rw, context, runs[i][0], runs[i][1], "", 0);
				}
			}
		}
		pos = next_line;
	}
	return rw_finish(&rw);
}

GrStatus
gr_step_spam(const GrEnv *env, const char *text, size_t len,
			 GrBuf *out, GrStepReport *report)
{
	return spam_run(env, text, len, NULL, 0, out, report);
}

/* ------------------------------------------------------------------------
 * Step: what a mirror dropped
 *
 * Hijacked mirrors run word filters and ruby converters that drop
 * characters.  Where the dropped text is fixed by the form, it comes back:
 * a document number whose ruby-carrying 〕 and 号 were dropped
 * ("国办公开办函〔202130" is 〔2021〕30号; never written so); in a document
 * whose ruby showed it a mirror's, a date line whose 年 月 日 were dropped
 * ("2021926" alone on its line, when only one reading is a date); and the
 * fixed phrase 习近平新时代中国特色社会主义思想 with 近平 or 中国 filtered
 * out ("以习新时代…", "新时代特色社会主义", never written so).
 * ------------------------------------------------------------------------
 */

#define UTF8_LEFT_TORTOISE "\xe3\x80\x94"	/* 〔 */
#define UTF8_NEW_ERA "\xe6\x96\xb0\xe6\x97\xb6\xe4\xbb\xa3"	/* 新时代 */

/* Digits at text[pos, end): how many (at most max). */
static size_t
digit_run(const char *text, size_t end, size_t pos, size_t max)
{
	size_t		n = 0;

	while (pos + n < end && n <= max && text[pos + n] >= '0' && text[pos + n] <= '9')
		n++;
	return n;
}

/* Whether four digits at text[pos] are a year 1949..2099. */
static bool
is_year_digits(const char *text, size_t pos)
{
	int			year = (text[pos] - '0') * 1000 + (text[pos + 1] - '0') * 100 +
		(text[pos + 2] - '0') * 10 + (text[pos + 3] - '0');

	return year >= 1949 && year <= 2099;
}

/*
 * The month and day of the digits after a year ("926": 9, 26), when
 * exactly one split is a date; false otherwise ("111": 1/11 or 11/1).
 */
static bool
split_month_day(const char *digits, size_t n, int *month, int *day)
{
	int			found = 0;

	for (size_t m = 1; m <= 2 && m < n; m++)
	{
		size_t		d = n - m;
		int			mm = 0;
		int			dd = 0;

		if (d > 2 || digits[0] == '0' || digits[m] == '0')
			continue;
		for (size_t i = 0; i < m; i++)
			mm = mm * 10 + (digits[i] - '0');
		for (size_t i = m; i < n; i++)
			dd = dd * 10 + (digits[i] - '0');
		if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31)
		{
			*month = mm;
			*day = dd;
			found++;
		}
	}
	return found == 1;
}

/* Whether the 习 at text[pos] ends a word (学习新时代 is no filtered name). */
static bool
ends_word_with_xi(const char *text, size_t pos)
{
	static const char *const before = "学學复復研实實练練温溫见見自演补補讲講传傳修预預积積";
	size_t		q = 0;
	size_t		n = strlen(before);

	if (pos < 3)
		return false;
	while (q < n)
	{
		size_t		at = q;

		gr_utf8_decode(before, n, &q);
		if (q - at == 3 && memcmp(text + pos - 3, before + at, 3) == 0)
			return true;
	}
	return false;
}

GrStatus
gr_step_dropped(const GrEnv *env, const char *text, size_t len,
				const GrRepairOptions *options, GrBuf *out, GrStepReport *report)
{
	Rewriter	rw;
	size_t		pos = 0;
	size_t		polls = 0;
	bool		mirrored = options && options->mirrored;
	size_t		next_tortoise;	/* the next 〔 at or after pos, each found once */
	size_t		next_era;		/* the next 新时代 */

	rw_init(&rw, env, text, len, out, report);
	next_tortoise = find_sequence(text, len, 0, UTF8_LEFT_TORTOISE, 3);
	next_era = find_sequence(text, len, 0, UTF8_NEW_ERA, 9);
	while (pos < len)
	{
		unsigned char c;

		GR_POLL(env, polls);
		/* jump to the next place any form can start: 〔, 新时代, a line start */
		{
			size_t		next;

			if (next_tortoise < pos)
				next_tortoise = find_sequence(text, len, pos, UTF8_LEFT_TORTOISE, 3);
			if (next_era < pos)
				next_era = find_sequence(text, len, pos, UTF8_NEW_ERA, 9);
			next = next_tortoise < next_era ? next_tortoise : next_era;
			if (mirrored && pos > 0 && text[pos - 1] != '\n')
			{
				const char *newline = memchr(text + pos, '\n', next - pos);

				if (newline)
					next = (size_t) (newline - text) + 1 < next ? (size_t) (newline - text) + 1 : next;
			}
			else if (mirrored)
				next = pos;
			if (next >= len)
				break;
			pos = next;
		}
		c = (unsigned char) text[pos];
		/* 〔202130 -> 〔2021〕30号 */
		if (c == 0xE3 && pos + 3 + 5 <= len && memcmp(text + pos, UTF8_LEFT_TORTOISE, 3) == 0)
		{
			size_t		digits = digit_run(text, len, pos + 3, 9);
			size_t		after = pos + 3 + digits;

			if (digits >= 5 && digits <= 8 && is_year_digits(text, pos + 3) &&
				text[pos + 7] != '0' &&
				!(after + 3 <= len && memcmp(text + after, "\xe3\x80\x95", 3) == 0))
			{
				char		fixed[32];
				bool		has_hao = after + 3 <= len && memcmp(text + after, "\xe5\x8f\xb7", 3) == 0;
				int			n = snprintf(fixed, sizeof fixed, "〔%.4s〕%.*s%s", text + pos + 3,
										 (int) (digits - 4), text + pos + 7, has_hao ? "" : "号");

				rw_replace(&rw, pos, pos, after, fixed, (size_t) n);
				pos = after;
				continue;
			}
		}
		/* 以习新时代 -> 以习近平新时代; 新时代特色社会主义 -> 新时代中国特色社会主义 */
		if (c == 0xE6 && pos + 9 <= len && memcmp(text + pos, UTF8_NEW_ERA, 9) == 0)
		{
			static const char *const rest = "\xe7\x89\xb9\xe8\x89\xb2\xe7\xa4\xbe\xe4\xbc\x9a\xe4\xb8\xbb\xe4\xb9\x89";	/* 特色社会主义 */
			bool		xi_alone = pos >= 3 && memcmp(text + pos - 3, "\xe4\xb9\xa0", 3) == 0 &&	/* 习 */
				!ends_word_with_xi(text, pos - 3);
			bool		no_china = pos + 9 + 18 <= len && memcmp(text + pos + 9, rest, 18) == 0;
			bool		follows = no_china ||
				(pos + 9 + 24 <= len && memcmp(text + pos + 9, "\xe4\xb8\xad\xe5\x9b\xbd", 6) == 0 &&
				 memcmp(text + pos + 15, rest, 18) == 0);

			if (follows && (xi_alone || no_china))
			{
				char		fixed[64];
				size_t		n = 0;

				if (xi_alone)
				{
					memcpy(fixed, "\xe8\xbf\x91\xe5\xb9\xb3", 6);	/* 近平 */
					n = 6;
				}
				memcpy(fixed + n, UTF8_NEW_ERA, 9);
				n += 9;
				if (no_china)
				{
					memcpy(fixed + n, "\xe4\xb8\xad\xe5\x9b\xbd", 6);	/* 中国 */
					n += 6;
				}
				rw_replace(&rw, xi_alone ? pos - 3 : pos, pos, pos + 9, fixed, n);
				pos += 9;
				continue;
			}
		}
		/* a date line "2021926" in a mirror's document */
		if (mirrored && (c == '1' || c == '2') && (pos == 0 || text[pos - 1] == '\n'))
		{
			size_t		eol = line_end(text, len, pos);
			size_t		e = trim_spaces_end(text, pos, eol);
			size_t		p = skip_spaces(text, pos, e);
			size_t		digits = digit_run(text, e, p, 9);
			int			month;
			int			day;

			if (p == pos && digits >= 6 && digits <= 8 && p + digits == e &&
				is_year_digits(text, p) &&
				split_month_day(text + p + 4, digits - 4, &month, &day))
			{
				char		fixed[32];
				int			n = snprintf(fixed, sizeof fixed, "%.4s年%d月%d日", text + p, month, day);

				rw_replace(&rw, pos, p, e, fixed, (size_t) n);
				pos = eol;
				continue;
			}
		}
		pos++;
	}
	return rw_finish(&rw);
}

/* ------------------------------------------------------------------------
 * The registry and the pipeline
 * ------------------------------------------------------------------------
 */

const GrRepairStepInfo gr_repair_steps[] = {
	{"utf8_as_latin1", "encoding", gr_step_utf8_as_latin1, NULL,
	"UTF-8 read as Latin-1 or CP1252 (also double encoding)"},
	{"utf8_as_gbk", "encoding", gr_step_utf8_as_gbk, NULL,
	"UTF-8 read as GBK/GB18030, whole or partial, also lossy"},
	{"gbk_big5", "encoding", gr_step_gbk_big5, NULL,
	"GBK read as Big5 and Big5 read as GBK"},
	{"gbk_slip", "encoding", gr_step_gbk_slip, NULL,
	"GBK byte slips (??傮w for 。總體)"},
	{"lost_bytes", "encoding", gr_step_lost_bytes, NULL,
	"runs of U+FFFD and 锟斤拷: one U+FFFD per lost character"},
	{"entities", "entities", gr_step_entities, NULL,
	"HTML entities (numeric and named) and stray tags"},
	{"page_markers", "layout", gr_step_page_markers, NULL,
	"document-viewer page markers in mid-sentence (…共和国\\n2、政府…)"},
	{"page_furniture", "layout", gr_step_page_furniture, NULL,
	"page headers and footers (— 3 —, 第 3 页 共 12 页)"},
	{"line_wraps", "layout", gr_step_line_wraps, NULL,
	"PDF line wraps inside paragraphs"},
	{"ruby", "ruby", gr_step_ruby, NULL,
	"flattened ruby pinyin (報(bào), 報（bào）, 報bào, 政(zheng)(zheng))"},
	{"script", "script", NULL, gr_step_script,
	"traditional to simplified for converted mainland documents"},
	{"width", "width", gr_step_width, NULL,
	"fullwidth ASCII letters and digits to halfwidth"},
	{"spaced_headings", "layout", gr_step_spaced_headings, NULL,
	"spaced-out headings (概 述)"},
	{"chrome", "boilerplate", gr_step_chrome, NULL,
	"document-site and web-page chrome lines"},
	{"spam", "boilerplate", gr_step_spam, NULL,
	"gambling and porn spam injected by hijacked mirrors"},
	{"dropped", "boilerplate", NULL, gr_step_dropped,
	"what mirrors dropped from fixed forms (〔202130 → 〔2021〕30号, 习新时代 → 习近平新时代)"},
};

const int	gr_repair_step_count = sizeof(gr_repair_steps) / sizeof(gr_repair_steps[0]);

int
gr_repair_step_index(const char *name, size_t len)
{
	for (int i = 0; i < gr_repair_step_count; i++)
		if (strlen(gr_repair_steps[i].name) == len &&
			memcmp(gr_repair_steps[i].name, name, len) == 0)
			return i;
	return -1;
}

bool
gr_repair_disable_group(GrRepairOptions *options, const char *group)
{
	bool		found = false;

	for (int i = 0; i < gr_repair_step_count; i++)
		if (strcmp(gr_repair_steps[i].group, group) == 0)
		{
			options->disabled |= (uint32_t) 1 << i;
			found = true;
		}
	return found;
}

/* Evidence one pass finds, so that steps without any are skipped. */
enum
{
	EVIDENCE_HIGH_BYTES = 1 << 0,	/* any non-ASCII: byte-level steps */
	EVIDENCE_MARKUP = 1 << 1,	/* '&' or '<' */
	EVIDENCE_NEWLINE = 1 << 2,	/* line-based steps */
	EVIDENCE_FULLWIDTH = 1 << 3,	/* U+FF10.. letters and digits */
	EVIDENCE_TRADITIONAL = 1 << 4,	/* a character that simplifies */
	EVIDENCE_RUBY = 1 << 5,		/* a bracket, a letter or a toned vowel after Han */
	EVIDENCE_SPAM = 1 << 6,		/* the start of a spam word (比分, 365bet) */
	EVIDENCE_SPACE = 1 << 7,	/* spaces (spaced headings) */
};

/*
 * Fill the spam tables and char_flags on first use (every caller writes the
 * same values, so a race is harmless).  A character is marked in both
 * scripts: the text may still be traditional when spam is looked for.
 */
static void
mark_both_scripts(unsigned char *bits, uint32_t simplified)
{
	bits[simplified >> 3] |= (unsigned char) (1 << (simplified & 7));
	for (uint32_t cp = GR_HAN_FIRST; cp <= GR_HAN_LAST; cp++)
		if (gr_t2s_direct[cp - GR_HAN_FIRST] == simplified)
			bits[cp >> 3] |= (unsigned char) (1 << (cp & 7));
}

static void
fill_spam_bits(void)
{
	spam_pair_count = 0;
	for (size_t i = 0; i < sizeof(spam_words) / sizeof(spam_words[0]); i++)
	{
		const char *word = spam_words[i].word;
		size_t		n = strlen(word);
		size_t		q = 0;
		uint32_t	first = gr_utf8_decode(word, n, &q);
		uint32_t	second = q < n ? gr_utf8_decode(word, n, &q) : GR_INVALID_CP;

		q = 0;
		spam_word_first[i] = gr_utf8_decode(word, 4, &q);	/* as spam_token read it */

		if (first < 0x80 || first >= 0x10000)
			continue;			/* ASCII words are brands, see ascii_weight */
		char_flags[first] |= FLAG_SPAM_WORD;
		if (spam_words[i].weight == 0 || second == GR_INVALID_CP ||
			spam_pair_count == MAX_SPAM_PAIRS)
			continue;
		spam_pairs[spam_pair_count][0] = first;
		spam_pairs[spam_pair_count][1] = second;
		spam_pair_count++;
		mark_both_scripts(spam_first_bits, first);
		mark_both_scripts(spam_second_bits, second);
	}
	for (uint32_t cp = GR_HAN_FIRST; cp <= GR_HAN_LAST; cp++)
	{
		unsigned char flags = FLAG_HAN | (char_flags[cp] & (FLAG_SPAM_WORD | FLAG_HINT));

		if (bit_set(gr_t2s_bitmap, cp) && !is_shared_form(cp))
			flags |= EVIDENCE_TRADITIONAL;
		if (spam_bit(spam_first_bits, cp))
			flags |= FLAG_SPAM_FIRST;
		char_flags[cp] = flags;
	}
	char_flags[0x3000] = EVIDENCE_SPACE;
	spam_bits_ready = true;
}

/*
 * The pairs again as an open-addressing set of (first << 16 | second),
 * both simplified, 0 for empty (filled on first use, like the others).
 */
#define SPAM_PAIR_SLOTS 512
static uint32_t spam_pair_set[SPAM_PAIR_SLOTS];
static volatile bool spam_pair_set_ready;

static inline unsigned
spam_pair_slot(uint32_t key)
{
	return (key * 0x9E3779B1u) >> 23;	/* 9 bits */
}

static void
fill_spam_pair_set(void)
{
	uint32_t	set[SPAM_PAIR_SLOTS];

	memset(set, 0, sizeof(set));
	for (int i = 0; i < spam_pair_count; i++)
	{
		uint32_t	key = (spam_pairs[i][0] << 16) | (spam_pairs[i][1] & 0xFFFF);
		unsigned	slot = spam_pair_slot(key);

		if (spam_pairs[i][1] >= 0x10000)
			continue;			/* never a query's pair (they are BMP) */

		while (set[slot] != 0 && set[slot] != key)
			slot = (slot + 1) & (SPAM_PAIR_SLOTS - 1);
		set[slot] = key;
	}
	memcpy(spam_pair_set, set, sizeof(set));
	spam_pair_set_ready = true;
}

/* Whether two characters start a spam word (国产 does, 国家 does not). */
static bool
is_spam_pair(uint32_t first, uint32_t second)
{
	first = gr_simplify_char(first);
	second = gr_simplify_char(second);
	if (first < 0x10000 && second < 0x10000 && first != 0 && spam_pair_count < SPAM_PAIR_SLOTS / 2)
	{
		uint32_t	key = (first << 16) | second;
		unsigned	slot = spam_pair_slot(key);

		if (!spam_pair_set_ready)
			fill_spam_pair_set();
		while (spam_pair_set[slot] != 0)
		{
			if (spam_pair_set[slot] == key)
				return true;
			slot = (slot + 1) & (SPAM_PAIR_SLOTS - 1);
		}
		return false;
	}
	for (int i = 0; i < spam_pair_count; i++)
		if (spam_pairs[i][0] == first && spam_pairs[i][1] == second)
			return true;
	return false;
}

/*
 * The characters the byte-level detectors look for first (GrHints), as
 * the evidence scan meets them: the encoding steps then need not read
 * clean text again.  The list is given up (usable false: the steps scan
 * themselves) when it would hold more than a few per cent of the text,
 * when the text is not well-formed where a detector's scan would read it
 * otherwise than this one, or when memory runs out.
 */
typedef struct HintScan
{
	const GrEnv *env;
	const uint8_t *table;		/* gr_mojibake_hint_table(), asked on first need */
	bool		asked;
	bool		usable;
	size_t	   *at;
	uint8_t    *bits;
	size_t		count;
	size_t		capacity;
	size_t		limit;
	/* and the spam step's candidates (spam_run), under the same limit */
	bool		spam_usable;
	size_t	   *spam_at;
	size_t		spam_count;
	size_t		spam_capacity;
} HintScan;

static void
hint_scan_init(HintScan *hs, const GrEnv *env, size_t len)
{
	memset(hs, 0, sizeof(*hs));
	hs->env = env;
	hs->usable = true;
	hs->spam_usable = true;
	hs->limit = len / 64 + 64;
}

static void
hint_scan_free(HintScan *hs)
{
	gr_release(hs->env, hs->at);
	gr_release(hs->env, hs->bits);
	gr_release(hs->env, hs->spam_at);
	hs->at = NULL;
	hs->bits = NULL;
	hs->spam_at = NULL;
	hs->count = hs->capacity = 0;
	hs->spam_count = hs->spam_capacity = 0;
	hs->usable = false;
	hs->spam_usable = false;
}

static void
spam_candidate_add(HintScan *hs, size_t pos)
{
	if (hs->spam_count > 0 && hs->spam_at[hs->spam_count - 1] == pos)
		return;
	if (hs->spam_count == hs->limit)
	{
		hs->spam_usable = false;
		return;
	}
	if (hs->spam_count == hs->spam_capacity)
	{
		size_t		capacity = hs->spam_capacity ? hs->spam_capacity * 2 : 16;
		size_t	   *at;

		if (capacity > hs->limit)
			capacity = hs->limit;
		at = gr_grow(hs->env, hs->spam_at, capacity * sizeof(size_t));
		if (at == NULL)
		{
			hs->spam_usable = false;
			return;
		}
		hs->spam_at = at;
		hs->spam_capacity = capacity;
	}
	hs->spam_at[hs->spam_count++] = pos;
}

/*
 * The ASCII brands' first (up to) three bytes, folded as ascii_weight
 * folds them (| 0x20), as keys of the last three bytes at an ASCII byte: a word
 * of spam weight holds a brand, so a line without any key has no ASCII
 * anchor.  spam_key_last marks the bytes keys end with.
 */
#define MAX_SPAM_KEYS 32
static uint32_t spam_keys[MAX_SPAM_KEYS];
static uint32_t spam_key_masks[MAX_SPAM_KEYS];
static int	spam_key_count = -1;	/* -1: not built; MAX_SPAM_KEYS + 1: too many */
static unsigned char spam_key_last[256];

static void
fill_spam_keys(void)
{
	int			count = 0;

	for (size_t i = 0; i < sizeof(brands) / sizeof(brands[0]); i++)
	{
		size_t		n = strlen(brands[i].word);
		uint32_t	key = 0;

		if (n > 3)
			n = 3;
		if (n == 0 || count == MAX_SPAM_KEYS)
		{
			count = MAX_SPAM_KEYS + 1;	/* an empty brand matches anywhere */
			break;
		}
		for (size_t k = 0; k < n; k++)
			key = (key << 8) | ((unsigned char) brands[i].word[k] | 0x20);
		spam_keys[count] = key;
		spam_key_masks[count] = n == 3 ? 0xFFFFFF : n == 2 ? 0xFFFF : 0xFF;
		spam_key_last[key & 0xFF] = 1;
		count++;
	}
	spam_key_count = count;
}

/* Whether the window (the last three bytes, folded) ends a key. */
static inline bool
ends_spam_key(uint32_t window)
{
	for (int i = 0; i < spam_key_count; i++)
		if ((window & spam_key_masks[i]) == spam_keys[i])
			return true;
	return false;
}

static void
hint_add(HintScan *hs, size_t pos, uint8_t bits)
{
	if (hs->count == hs->limit)
	{
		hs->usable = false;		/* damaged text: the steps scan for themselves */
		return;
	}
	if (hs->count == hs->capacity)
	{
		size_t		capacity = hs->capacity ? hs->capacity * 2 : 64;
		size_t	   *at;
		uint8_t    *more_bits;

		if (capacity > hs->limit)
			capacity = hs->limit;
		at = gr_grow(hs->env, hs->at, capacity * sizeof(size_t));
		if (at == NULL)
		{
			hs->usable = false;
			return;
		}
		hs->at = at;
		more_bits = gr_grow(hs->env, hs->bits, capacity);
		if (more_bits == NULL)
		{
			hs->usable = false;
			return;
		}
		hs->bits = more_bits;
		hs->capacity = capacity;
	}
	hs->at[hs->count] = pos;
	hs->bits[hs->count] = bits;
	hs->count++;
}

/*
 * At the first byte above ASCII: the hint table, and FLAG_HINT in
 * char_flags for the characters it marks (once; every caller writes the
 * same bits, and fill_spam_bits keeps them).
 */
static void
hint_scan_start(HintScan *hs)
{
	static volatile bool flags_ready;

	hs->asked = true;
	hs->table = gr_mojibake_hint_table();
	if (hs->table == NULL)
	{
		hs->usable = false;
		return;
	}
	if (!flags_ready)
	{
		for (uint32_t cp = 0; cp < 65536; cp++)
			if (hs->table[cp])
				char_flags[cp] |= FLAG_HINT;
		flags_ready = true;
	}
}

/*
 * A byte E0..EF at text[pos] with two more after it, where the evidence
 * scan reads on byte by byte (not E3..E9, not EF): a detector's scan reads
 * the three as one character there.  The scans meet again after it while
 * both bytes after it continue it; otherwise they could part ways.
 */
static void
hint_look_checked(HintScan *hs, const char *text, size_t pos, uint32_t cp)
{
	if (((unsigned char) text[pos + 1] & 0xC0) != 0x80 ||
		((unsigned char) text[pos + 2] & 0xC0) != 0x80)
	{
		hs->usable = false;
		return;
	}
	if (hs->table[cp])
		hint_add(hs, pos, hs->table[cp]);
}

/* What scan_evidence's tight ASCII loop looks at per byte (filled once). */
#define ASCII_ALNUM 0x01
#define ASCII_KEY_LAST 0x02		/* spam_key_last: may end a brand's key */
#define ASCII_TRIGGER 0x04		/* may start an ASCII spam word */
static unsigned char ascii_look[128];
static volatile bool ascii_look_ready;

/*
 * One pass over the text: which kinds of evidence it holds (and, with hs,
 * the byte-level detectors' hints).
 */
static unsigned
scan_evidence(const GrEnv *env, const char *text, size_t len, HintScan *hs)
{
	static unsigned char ascii_class[128];
	static bool ready;
	unsigned	found = 0;
	size_t		pos = 0;
	size_t		polls = 0;
	bool		after_han = false;	/* the character before was Han */
	bool		word_start = true;	/* the byte before was no ASCII alnum */
	unsigned char all_or = 0;	/* of the bytes after E0..EF leads: */
	unsigned char all_and = 0xFF;	/* continuation bytes all, or not */

	if (!ready)
	{
		ascii_class['&'] = ascii_class['<'] = EVIDENCE_MARKUP;
		ascii_class['\n'] = EVIDENCE_NEWLINE;
		ascii_class[' '] = ascii_class['\t'] = EVIDENCE_SPACE;
		ready = true;
	}
	if (!spam_bits_ready)
		fill_spam_bits();
	if (spam_key_count < 0)
		fill_spam_keys();
	if (hs && spam_key_count > MAX_SPAM_KEYS)
		hs->spam_usable = false;
	if (!ascii_look_ready)
	{
		for (int b = 0; b < 128; b++)
		{
			unsigned char a = 0;

			if (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9'))
				a |= ASCII_ALNUM;
			if (spam_key_last[b | 0x20])
				a |= ASCII_KEY_LAST;
			/* the bytes that may start an ASCII spam word (as below): alnum ones */
			if ((a & ASCII_ALNUM) && (b == 'b' || b == 'B' || b == 'c' || b == 'd' || b == 'k' ||
									  b == 'l' || b == '3' || b == '1'))
				a |= ASCII_TRIGGER;
			ascii_look[b] = a;
		}
		ascii_look_ready = true;
	}
	while (pos < len)
	{
		unsigned char c = (unsigned char) text[pos];

		GR_POLL(env, polls);
		if (c < 0x80)
		{
			bool		alnum = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');

			if (spam_key_last[c | 0x20] && hs && hs->spam_usable)
			{
				/* the last three bytes, folded (bytes above ASCII never match) */
				uint32_t	window = ((uint32_t) (pos >= 2 ? (unsigned char) text[pos - 2] | 0x20 : 0) << 16) |
					((uint32_t) (pos >= 1 ? (unsigned char) text[pos - 1] | 0x20 : 0) << 8) | (c | 0x20);

				if (ends_spam_key(window))
					spam_candidate_add(hs, pos);
			}

			found |= ascii_class[c];
			/* ruby starts after a Han character: "報(bào)", "報bào" */
			if (after_han && (c >= 'a' && c <= 'z'))
				found |= EVIDENCE_RUBY;
			if (after_han && c == '(' && pos + 1 < len &&
				((text[pos + 1] >= 'a' && text[pos + 1] <= 'z') ||
				 ((unsigned char) text[pos + 1] >= 0xC3 && (unsigned char) text[pos + 1] <= 0xC7)))
				found |= EVIDENCE_RUBY;
			if (word_start && alnum && (found & EVIDENCE_SPAM) == 0 &&
				(c == 'b' || c == 'B' || c == 'c' || c == 'd' || c == 'k' || c == 'l' ||
				 c == '3' || c == '1'))
			{
				int			weight;

				if (spam_token(text, len, pos, &weight) > pos && weight > 0)
					found |= EVIDENCE_SPAM;
			}
			word_start = !alnum;
			after_han = false;
			pos++;

			/*
			 * The rest of a run of ASCII, in a tight loop: after_han is
			 * false there, so only the spam tests above remain, and
			 * ascii_look says where they can hold.
			 */
			while (pos < len && (unsigned char) text[pos] < 0x80)
			{
				unsigned char a;

				c = (unsigned char) text[pos];
				a = ascii_look[c];
				GR_POLL(env, polls);
				found |= ascii_class[c];
				if ((a & ASCII_KEY_LAST) && hs && hs->spam_usable)
				{
					/* pos >= 1 here; the byte two back exists from pos 2 */
					uint32_t	window = ((uint32_t) (pos >= 2 ? (unsigned char) text[pos - 2] | 0x20 : 0) << 16) |
						((uint32_t) ((unsigned char) text[pos - 1] | 0x20) << 8) | (c | 0x20);
					if (ends_spam_key(window))
						spam_candidate_add(hs, pos);
				}
				if ((a & ASCII_TRIGGER) && word_start && (found & EVIDENCE_SPAM) == 0)
				{
					int			weight;

					if (spam_token(text, len, pos, &weight) > pos && weight > 0)
						found |= EVIDENCE_SPAM;
				}
				word_start = !(a & ASCII_ALNUM);
				pos++;
			}
			continue;
		}
		word_start = true;
		found |= EVIDENCE_HIGH_BYTES;
		if (hs && !hs->asked)
			hint_scan_start(hs);
		if (c >= 0xE3 && c <= 0xE9 && pos + 2 < len)
		{
			unsigned char flags;

			/*
			 * What makes a character worth more than the load (a quick
			 * superset of the tests below; both only ever turn off)
			 */
			unsigned char rare = (unsigned char) (((hs && hs->usable) ? FLAG_HINT : 0) |
												  (((found & EVIDENCE_SPAM) && !(hs && hs->spam_usable)) ?
												   0 : FLAG_SPAM_FIRST));

			/* a run of such characters (Chinese text), in a tight loop */
			for (;;)
			{
				unsigned char b1 = (unsigned char) text[pos + 1];
				unsigned char b2 = (unsigned char) text[pos + 2];
				uint32_t	cp = ((uint32_t) (c & 0x0F) << 12) | ((uint32_t) (b1 & 0x3F) << 6) |
					(b2 & 0x3F);

				all_or |= b1 | b2;
				all_and &= b1 & b2;
				flags = char_flags[cp];

				/*
				 * One load tells all: Han, traditional, U+3000, a spam
				 * word's start, a hint (read as a detector reads it: three
				 * bytes at a time from any E0..EF)
				 */
				found |= flags & (EVIDENCE_TRADITIONAL | EVIDENCE_SPACE);
				if (flags & rare)
				{
					if ((flags & FLAG_HINT) && hs && hs->usable)
						hint_add(hs, pos, hs->table[cp]);
					if ((flags & FLAG_SPAM_FIRST) &&
						((found & EVIDENCE_SPAM) == 0 || (hs && hs->spam_usable)))
					{
						uint32_t	next = peek_cp(text, len, pos + 3, NULL);

						/* a spam pair: evidence, and an anchor for the spam step */
						if (spam_bit(spam_second_bits, next) && is_spam_pair(cp, next))
						{
							found |= EVIDENCE_SPAM;
							if (hs && hs->spam_usable)
								spam_candidate_add(hs, pos);
						}
					}
					rare = (unsigned char) (((hs && hs->usable) ? FLAG_HINT : 0) |
											(((found & EVIDENCE_SPAM) && !(hs && hs->spam_usable)) ?
											 0 : FLAG_SPAM_FIRST));
				}
				pos += 3;
				if (pos + 2 >= len)
					break;
				c = (unsigned char) text[pos];
				if (c < 0xE3 || c > 0xE9)
					break;
				GR_POLL(env, polls);
			}
			after_han = (flags & FLAG_HAN) != 0;
			continue;
		}
		if (c == 0xEF && pos + 2 < len)
		{
			unsigned char b1 = (unsigned char) text[pos + 1];
			unsigned char b2 = (unsigned char) text[pos + 2];

			all_or |= b1 | b2;
			all_and &= b1 & b2;
			if (hs && hs->usable)
			{
				uint32_t	cp = 0xF000 | ((uint32_t) (b1 & 0x3F) << 6) | (b2 & 0x3F);

				if (hs->table[cp])
					hint_add(hs, pos, hs->table[cp]);
			}
			if ((b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) || (b1 == 0xBC && b2 >= 0xA1) ||
				(b1 == 0xBD && b2 >= 0x81 && b2 <= 0x9A))
				found |= EVIDENCE_FULLWIDTH;
			if (after_han && b1 == 0xBC && b2 == 0x88 && pos + 3 < len &&
				((text[pos + 3] >= 'a' && text[pos + 3] <= 'z') ||
				 ((unsigned char) text[pos + 3] >= 0xC3 && (unsigned char) text[pos + 3] <= 0xC7)))
				found |= EVIDENCE_RUBY;
			after_han = false;
			pos += 3;
			continue;
		}
		if (after_han && ((c >= 0xC3 && c <= 0xC7) || c == 0xE1))
			found |= EVIDENCE_RUBY;
		if (c == 0xC2)
			found |= EVIDENCE_SPACE;
		/* E0..E2, EA..EE (E3..E9 and EF above): the rest of them comes byte by byte */
		if (c >= 0xE0 && c <= 0xEF && pos + 2 < len)
		{
			all_or |= (unsigned char) text[pos + 1] | (unsigned char) text[pos + 2];
			all_and &= (unsigned char) text[pos + 1] & (unsigned char) text[pos + 2];
		}
		if (c >= 0xE0 && c <= 0xEF && pos + 2 < len && hs && hs->usable)
			hint_look_checked(hs, text, pos,
					  ((uint32_t) (c & 0x0F) << 12) |
					  ((uint32_t) ((unsigned char) text[pos + 1] & 0x3F) << 6) |
					  ((unsigned char) text[pos + 2] & 0x3F));
		after_han = false;
		pos++;
	}
	/*
	 * The spam step's scan reads each line on its own, one byte at a time
	 * over anything but E3..E9: it meets the characters this scan met only
	 * where every lead E0..EF has its two continuation bytes.
	 */
	if (hs && ((all_or & 0x40) || !(all_and & 0x80)))
		hs->spam_usable = false;
	return found;
}

/* Which evidence a step needs before it is worth running. */
static unsigned
step_needs(const char *name)
{
	if (strcmp(name, "entities") == 0)
		return EVIDENCE_MARKUP;
	if (strcmp(name, "page_furniture") == 0)
		return EVIDENCE_NEWLINE | EVIDENCE_HIGH_BYTES;	/* 第1页共18页 leads a line */
	if (strcmp(name, "page_markers") == 0 || strcmp(name, "line_wraps") == 0 ||
		strcmp(name, "chrome") == 0)
		return EVIDENCE_NEWLINE;
	if (strcmp(name, "ruby") == 0)
		return EVIDENCE_RUBY;
	if (strcmp(name, "script") == 0)
		return EVIDENCE_TRADITIONAL;
	if (strcmp(name, "width") == 0)
		return EVIDENCE_FULLWIDTH;
	if (strcmp(name, "spaced_headings") == 0)
		return EVIDENCE_SPACE;
	if (strcmp(name, "spam") == 0)
		return EVIDENCE_SPAM;
	return EVIDENCE_HIGH_BYTES;
}

GrStatus
gr_repair(const GrEnv *env, const char *text, size_t len,
		  const GrRepairOptions *options, GrBuf *out,
		  GrStepReport *reports, bool *changed)
{
	GrRepairOptions defaults = GR_REPAIR_DEFAULTS;
	GrRepairOptions run_options;
	GrBuf		buffers[2];
	int			current = -1;	/* which buffer holds the text, -1: the input */
	const char *cur_text = text;
	size_t		cur_len = len;
	unsigned	evidence;
	GrStatus	status = GR_OK;
	HintScan	hints;			/* of the text as it was when evidence was found */
	unsigned	generation = 0;	/* counts the texts the steps made */
	unsigned	hints_generation = 0;

	static unsigned needs[32];
	static volatile bool needs_ready;

	if (!needs_ready)
	{
		for (int i = 0; i < gr_repair_step_count && i < 32; i++)
			needs[i] = step_needs(gr_repair_steps[i].name);
		needs_ready = true;
	}
	if (options == NULL)
		options = &defaults;
	run_options = *options;
	run_options.mirrored = false;
	options = &run_options;
	*changed = false;
	hint_scan_init(&hints, env, len);
	evidence = scan_evidence(env, text, len, &hints);
	gr_buf_init(&buffers[0], env, 0);
	gr_buf_init(&buffers[1], env, 0);

	for (int i = 0; i < gr_repair_step_count; i++)
	{
		const GrRepairStepInfo *step = &gr_repair_steps[i];
		GrStepReport local = {0, NULL, 0, NULL, 0};
		GrStepReport *report = reports ? &reports[i] : &local;
		int			target = current == 0 ? 1 : 0;

		if (reports)
			memset(report, 0, sizeof(*report));
		if (options->disabled & ((uint32_t) 1 << i))
			continue;
		if ((evidence & needs[i]) == 0)
			continue;
		buffers[target].len = 0;
		buffers[target].status = GR_OK;
		if (hints.usable && hints_generation == generation &&
			(step->run == gr_step_utf8_as_gbk || step->run == gr_step_gbk_big5 ||
			 step->run == gr_step_lost_bytes))
		{
			GrHints		found = {hints.at, hints.bits, hints.count};

			if (step->run == gr_step_utf8_as_gbk)
				status = gr_step_utf8_as_gbk_hinted(env, cur_text, cur_len, &found,
													&buffers[target], report);
			else if (step->run == gr_step_gbk_big5)
				status = gr_step_gbk_big5_hinted(env, cur_text, cur_len, &found,
												 &buffers[target], report);
			else
				status = gr_step_lost_bytes_hinted(env, cur_text, cur_len, &found,
												   &buffers[target], report);
		}
		else if (step->run == gr_step_spam && hints.spam_usable && hints_generation == generation)
			status = spam_run(env, cur_text, cur_len, hints.spam_at, hints.spam_count,
							  &buffers[target], report);
		else if (step->run)
			status = step->run(env, cur_text, cur_len, &buffers[target], report);
		else
			status = step->run_with_options(env, cur_text, cur_len, options,
											&buffers[target], report);
		if (status == GR_OK && report->fixes > 0)
			status = buffers[target].status;
		if (status != GR_OK)
			break;
		if (report->fixes > 0)
		{
			if (strcmp(step->name, "ruby") == 0)
				run_options.mirrored = true;
			current = target;
			cur_text = buffers[target].data;
			cur_len = buffers[target].len;
			generation++;

			/*
			 * Decoding (mojibake, entities) brings new characters and so new
			 * evidence; the later steps only remove or simplify, and the
			 * evidence found before still covers what they leave.
			 */
			if (strcmp(step->group, "encoding") == 0 || strcmp(step->group, "entities") == 0)
			{
				hint_scan_free(&hints);
				hint_scan_init(&hints, env, cur_len);
				hints_generation = generation;
				evidence = scan_evidence(env, cur_text, cur_len, &hints);
			}
		}
		if (reports == NULL)
		{
			gr_release(env, local.before);
			gr_release(env, local.after);
		}
	}
	if (status == GR_OK && current >= 0)
	{
		*changed = true;
		gr_buf_append(out, cur_text, cur_len);
		status = out->status;
	}
	gr_buf_free(&buffers[0]);
	gr_buf_free(&buffers[1]);
	hint_scan_free(&hints);
	return status;
}
