/*
 * gr_dates.c
 *		The dates, months and years of a report, with ISO values.
 *
 * One pass over the text reads, at every place where a year, a month or a
 * day may begin, the longest date written there:
 *
 *	YEAR [年 [度|底|初|末|上半年|下半年|全年] [MONTH 月 [份] [DAY 日|号]]]
 *	YEAR-MM-DD, YEAR/MM/DD, YEAR.MM.DD
 *	MONTH 月 [份] [DAY 日|号]	(no year: see below)
 *
 * where YEAR is four Arabic digits (1900-2099) or four Chinese digits read
 * positionally (二〇二三), and MONTH and DAY are Arabic or Chinese numerals
 * (十二, 三十一), with blanks allowed between the parts (2010 年 1 月 1 日).
 * A year-range 2019-2021年 gives both years.
 *
 * A date without its year is kept only when its year is certain: it closes
 * a period whose first date has one (2022年1月1日至12月31日), or else the
 * text has a statistical period and the date takes that period's year.
 */
#include "gr_dates.h"

#include <stdio.h>

#include "gr_facts_util.h"
#include "gr_number.h"

#define YEAR_CHAR "\xe5\xb9\xb4"	/* 年 */
#define MONTH_CHAR "\xe6\x9c\x88"	/* 月 */

/* What follows a year and still belongs to the date as written. */
static const char *const year_suffixes[] = {
	"\xe5\xba\xa6",				/* 度 */
	"\xe5\xba\x95",				/* 底 */
	"\xe5\x88\x9d",				/* 初 */
	"\xe6\x9c\xab",				/* 末 */
	"\xe4\xb8\x8a\xe5\x8d\x8a\xe5\xb9\xb4",	/* 上半年 */
	"\xe4\xb8\x8b\xe5\x8d\x8a\xe5\xb9\xb4",	/* 下半年 */
	"\xe5\x85\xa8\xe5\xb9\xb4",	/* 全年 */
	NULL
};

/* Words that join the two ends of a period. */
static const char *const period_joiners[] = {
	"\xe8\xb5\xb7\xe8\x87\xb3",	/* 起至 */
	"\xe8\xb5\xb7\xe5\x88\xb0",	/* 起到 */
	"\xe8\x87\xb3",				/* 至 */
	"\xe5\x88\xb0",				/* 到 */
	"-", "~",
	"\xe2\x80\x94",				/* — */
	"\xe2\x80\x94\xe2\x80\x94",	/* —— */
	"\xef\xbd\x9e",				/* ～ */
	"\xef\xbc\x8d",				/* － */
	"\xe2\x80\x93",				/* – */
	NULL
};

/* A date being built: its span, its parts, whether the year is written. */
typedef struct DateCandidate
{
	size_t		start;
	size_t		end;
	int			year;			/* 0 when not written */
	int			month;			/* 0 when not written */
	int			day;			/* 0 when not written */
} DateCandidate;

/*
 * Four Arabic digits (not part of a longer run) or four Chinese digits read
 * positionally, as a year in 1900-2099; -1 if there is none at pos.
 */
static int
read_year(const char *text, size_t len, size_t pos, size_t *end)
{
	size_t		p = pos;
	size_t		next;
	int			year = 0;
	int			digits = 0;
	bool		arabic = fu_arabic_digit(fu_peek(text, len, pos, NULL)) >= 0;
	uint32_t	before = fu_prev(text, len, pos);

	if (arabic ? (fu_arabic_digit(before) >= 0 || before == '.' ||
				  (before < 128 && fu_is_ascii_alnum(before)))
		: gr_chinese_digit_value(before) >= 0)
		return -1;
	while (digits < 5)
	{
		uint32_t	cp = fu_peek(text, len, p, &next);
		int			d = arabic ? fu_arabic_digit(cp) : gr_chinese_digit_value(cp);

		/* 两 is never read positionally, nor are the financial forms */
		if (d < 0 || (!arabic && (cp == 0x4E24 || cp == 0x5169)))
			break;
		year = year * 10 + d;
		digits++;
		p = next;
	}
	if (digits != 4 || year < 1900 || year > 2099)
		return -1;
	*end = p;
	return year;
}

/*
 * A month or day number: one or two Arabic digits, or a Chinese numeral up
 * to 三十一 (十, 十二, 二十, 三十一).  -1 if there is none at pos.
 */
static int
read_small(const char *text, size_t len, size_t pos, size_t *end)
{
	size_t		next;
	uint32_t	cp = fu_peek(text, len, pos, &next);
	int			d = fu_arabic_digit(cp);
	int			value;

	if (d >= 0)
	{
		size_t		after;
		int			d2 = fu_arabic_digit(fu_peek(text, len, next, &after));

		if (fu_arabic_digit(fu_prev(text, len, pos)) >= 0)
			return -1;
		if (d2 >= 0)
		{
			if (fu_arabic_digit(fu_peek(text, len, after, NULL)) >= 0)
				return -1;
			*end = after;
			return d * 10 + d2;
		}
		*end = next;
		return d;
	}
	/* Chinese: [D]十[D] or D */
	if (cp == 0x5341)			/* 十 */
		value = 10;
	else
	{
		d = gr_chinese_digit_value(cp);
		if (d <= 0)
			return -1;
		value = d;
		if (fu_peek(text, len, next, NULL) == 0x5341)
		{
			value = d * 10;
			fu_peek(text, len, next, &next);
		}
		else
		{
			*end = next;
			return value;
		}
	}
	d = gr_chinese_digit_value(fu_peek(text, len, next, NULL));
	if (d > 0)
	{
		fu_peek(text, len, next, &next);
		value += d;
	}
	*end = next;
	return value;
}

/*
 * MONTH 月 [份] [DAY 日|号] at pos, into c (which may already hold a year).
 * Returns false when no month is written there.
 */
static bool
read_month_day(const char *text, size_t len, size_t pos, DateCandidate *c)
{
	size_t		p;
	size_t		q;
	int			month = read_small(text, len, pos, &p);
	int			day;

	if (month < 1 || month > 12)
		return false;
	p = fu_skip_blanks(text, len, p);
	if (!fu_at(text, len, p, MONTH_CHAR))
		return false;
	p += 3;
	c->month = month;
	c->end = p;
	if (fu_at(text, len, p, "\xe4\xbb\xbd"))	/* 份 */
	{
		c->end = p + 3;
		return true;
	}
	q = fu_skip_blanks(text, len, p);
	day = read_small(text, len, q, &p);
	if (day < 1 || day > 31)
		return true;
	p = fu_skip_blanks(text, len, p);
	if (fu_at(text, len, p, "\xe6\x97\xa5") ||	/* 日 */
		fu_at(text, len, p, "\xe5\x8f\xb7"))	/* 号 */
	{
		c->day = day;
		c->end = p + 3;
	}
	return true;
}

/* Characters after a bare four-digit number that make it a count, not a year. */
static bool
bare_year_blocked(uint32_t cp)
{
	static const uint32_t measure[] = {
		0x4EF6, 0x6761, 0x4E2A, 0x9879, 0x4EBA, 0x6B21, 0x7BC7, 0x671F, 0x573A,
		0x5BB6, 0x4EFD, 0x5143, 0x4E07, 0x4EBF, 0x5343, 0x767E, 0x540D, 0x6237,
		0x5E74, 0x53F7, 0x5E74, 0x7C73, 0x5428, 0x4EA9, 0x5C81, 0x5929, 0x5BA4,
		0x697C, 0x5E62, 0x5C42, 0x8DEF, 0x8857, 0x5904, 0x6240, 0x5EA7, 0x5F20, 0x672C,
		0x4F59, 0x591A, 0x4EE5, 0x5DE6
	};	/* 件条个项人次篇期场家份元万亿千百名户年号米吨亩岁天室楼幢层路街处所座张本余多以左 */

	for (size_t i = 0; i < sizeof(measure) / sizeof(measure[0]); i++)
		if (cp == measure[i])
			return true;
	return false;
}

/*
 * The longest date that starts at pos, into c.  *second_year is set when a
 * year range (2019-2021年) was read: c is then the first year alone.
 */
static bool
read_date(const char *text, size_t len, size_t pos, DateCandidate *c)
{
	size_t		p;
	size_t		q;
	int			year;

	memset(c, 0, sizeof(*c));
	c->start = pos;
	year = read_year(text, len, pos, &p);
	if (year > 0)
	{
		uint32_t	sep;
		size_t		after_sep;
		int			which = 0;
		size_t		n;

		c->year = year;
		q = fu_skip_blanks(text, len, p);
		if (fu_at(text, len, q, YEAR_CHAR))
		{
			size_t		after_year = q + 3;

			c->end = after_year;
			n = fu_at_any(text, len, after_year, year_suffixes, &which);
			if (n > 0)
			{
				c->end = after_year + n;
				return true;
			}
			read_month_day(text, len, fu_skip_blanks(text, len, after_year), c);
			return true;
		}
		/* 2019-06-01, 2019/6/1, 2019.06.01 */
		sep = fu_peek(text, len, p, &after_sep);
		if (sep == '-' || sep == '/' || sep == '.')
		{
			size_t		r;
			int			month = read_small(text, len, after_sep, &r);

			if (month >= 1 && month <= 12 && fu_arabic_digit(fu_peek(text, len, after_sep, NULL)) >= 0 &&
				fu_peek(text, len, r, &q) == sep)
			{
				int			day = read_small(text, len, q, &r);

				if (day >= 1 && day <= 31 && fu_arabic_digit(fu_peek(text, len, q, NULL)) >= 0)
				{
					c->month = month;
					c->day = day;
					c->end = r;
					return true;
				}
			}
		}
		/* 2019-2021年: the first year of a range */
		n = fu_at_any(text, len, p, period_joiners, &which);
		if (n > 0)
		{
			size_t		r;

			q = fu_skip_blanks(text, len, p + n);
			if (read_year(text, len, q, &r) > 0 &&
				fu_at(text, len, fu_skip_blanks(text, len, r), YEAR_CHAR))
			{
				c->end = p;
				return true;
			}
		}
		/*
		 * A bare Arabic year: in brackets (【2019】, (2012)), or opening a line
		 * or a title before a word that is no measure word (2012政府工作报告)
		 */
		if (fu_arabic_digit(fu_peek(text, len, pos, NULL)) >= 0)
		{
			uint32_t	before = fu_prev(text, len, pos);
			uint32_t	after = fu_peek(text, len, p, NULL);

			size_t		past;

			fu_peek(text, len, p, &past);
			/* not a document number: 侯政办[2011]7号, 闽政办(2012)99号 */
			if (((before == 0x3010 || before == '(' || before == 0xFF08) &&
				 (after == 0x3011 || after == ')' || after == 0xFF09) &&
				 fu_arabic_digit(fu_peek(text, len, fu_skip_blanks(text, len, past), NULL)) < 0) ||
				((before == GR_INVALID_CP || before == '\n' || before == 0x300A ||
				  before == 0x201C) &&
				 gr_is_han(after) && !bare_year_blocked(after)))
			{
				c->end = p;
				return true;
			}
		}
		return false;
	}
	/* a month (and day) with no year; the caller decides whether to keep it */
	{
		uint32_t	before = fu_prev(text, len, pos);

		/* 个月 is a duration, 第3月 an ordinal */
		if (before == 0x4E2A || before == 0x7B2C || fu_arabic_digit(before) >= 0 ||
			gr_chinese_digit_value(before) >= 0)
			return false;
	}
	return read_month_day(text, len, pos, c);
}

/* Write c's ISO value. */
static void
render(const DateCandidate *c, int year, char *out)
{
	if (c->month && c->day)
		snprintf(out, 11, "%04d-%02d-%02d", year, c->month, c->day);
	else if (c->month)
		snprintf(out, 11, "%04d-%02d", year, c->month);
	else
		snprintf(out, 11, "%04d", year);
}

/*
 * Whether cp may follow the first Chinese numeral of a date: a year has
 * four Chinese digits, a month is [D]十[D] or D before its 月 (blanks
 * allowed).  Most 一 and 三 of running text are followed by none of these,
 * and need not be read.
 */
static inline bool
chinese_may_continue(uint32_t cp)
{
	return gr_chinese_digit_value(cp) >= 0 || cp == 0x5341 || cp == 0x6708 ||
		fu_is_blank(cp);
}

/*
 * Whether the run of Arabic digits at pos may begin a date: a year has four
 * digits, a month one or two before its 月 (blanks allowed).  Table cells
 * and amounts (0, 158, 12345) need not be read.
 */
static bool
arabic_may_start(const char *text, size_t len, size_t pos)
{
	size_t		next;
	int			digits = 0;

	while (digits < 5 && fu_arabic_digit(fu_peek(text, len, pos, &next)) >= 0)
	{
		digits++;
		pos = next;
	}
	if (digits == 4)
		return true;
	if (digits > 2)
		return false;
	return fu_at(text, len, fu_skip_blanks(text, len, pos), MONTH_CHAR);
}

/*
 * The characters the loop of gr_dates_find_stops looks at: the first
 * characters of a date.  (The fact finder hands it its own stops, a
 * superset.)
 */
static bool
date_loop_char(uint32_t cp)
{
	return fu_maybe_numeral(cp);
}

GrStatus
gr_dates_find(const GrEnv *env, const char *text, size_t len,
			  GrDate **dates, size_t *count)
{
	static FuPlainMap date_plain;
	FuStops		stops;

	memset(&stops, 0, sizeof(stops));
	stops.is_stop = date_loop_char;
	stops.plain = &date_plain;
	return gr_dates_find_stops(env, text, len, &stops, dates, count);
}

/*
 * gr_dates_find, reading only where stops says there is something to read:
 * every other character is no numeral, so the loop would step over it.
 */
GrStatus
gr_dates_find_stops(const GrEnv *env, const char *text, size_t len,
					FuStops *stops, GrDate **dates, size_t *count)
{
	DateCandidate *found = NULL;
	size_t		nfound = 0;
	size_t		cap = 0;
	bool	   *inherits = NULL;
	size_t		pos = 0;
	size_t		polls = 0;
	int			report_year = 0;
	int			chain_year = 0; /* the year the date before has or inherits */
	GrDate	   *out;
	size_t		nout = 0;

	*dates = NULL;
	*count = 0;
	while (pos < len)
	{
		size_t		next;
		uint32_t	cp;
		DateCandidate c;

		GR_POLL(env, polls);
		/* a date starts with a numeral: other stops are stepped over */
		pos = fu_stops_next(env, stops, text, len, pos, true);
		if (pos >= len)
			break;
		cp = fu_peek(text, len, pos, &next);
		if (fu_maybe_numeral(cp) &&
			((fu_arabic_digit(cp) >= 0 && arabic_may_start(text, len, pos)) ||
			 ((gr_chinese_digit_value(cp) >= 0 || cp == 0x5341) &&
			  chinese_may_continue(fu_peek(text, len, next, NULL)))) &&
			read_date(text, len, pos, &c))
		{
			if (nfound == cap)
			{
				size_t		newcap = cap ? cap * 2 : 16;
				DateCandidate *grown = gr_grow(env, found, newcap * sizeof(DateCandidate));
				bool	   *grown_inherits;

				if (!grown)
					goto nomem;
				found = grown;
				grown_inherits = gr_grow(env, inherits, newcap * sizeof(bool));
				if (!grown_inherits)
					goto nomem;
				inherits = grown_inherits;
				cap = newcap;
			}
			/* does a period join this date to the one before? */
			inherits[nfound] = false;
			if (nfound > 0)
			{
				size_t		gap_end = fu_skip_blanks_back(text, len, c.start);
				size_t		prev_end = found[nfound - 1].end;
				int			which = 0;
				size_t		n = fu_before_any(text, gap_end, period_joiners, &which);

				if (n > 0 && fu_skip_blanks_back(text, len, gap_end - n) == prev_end)
				{
					inherits[nfound] = true;
					if (report_year == 0 && found[nfound - 1].year > 0 && found[nfound - 1].day > 0)
						report_year = found[nfound - 1].year;
				}
			}
			found[nfound++] = c;
			pos = c.end > pos ? c.end : next;
			continue;
		}
		/* skip the rest of a digit run: dates do not start inside numbers */
		if (fu_arabic_digit(cp) >= 0)
		{
			while (pos < len && fu_arabic_digit(fu_peek(text, len, pos, &next)) >= 0)
				pos = next;
			continue;
		}
		pos = next;
	}

	out = gr_alloc(env, (nfound ? nfound : 1) * sizeof(GrDate));
	if (!out)
		goto nomem;
	for (size_t i = 0; i < nfound; i++)
	{
		int			year = found[i].year;

		GR_POLL(env, polls);
		/*
		 * A date without its year takes the year of the period it ends (the
		 * one before it, itself perhaps inherited), carried along in one pass:
		 * looking back along the chain for every date was quadratic in a long
		 * chain of yearless dates (1月1日至2月2日至…).
		 */
		if (year == 0 && inherits[i])
			year = chain_year;
		chain_year = year;
		if (year == 0)
			year = report_year;
		if (year == 0)
			continue;
		out[nout].start = found[i].start;
		out[nout].end = found[i].end;
		render(&found[i], year, out[nout].value);
		nout++;
	}
	gr_release(env, found);
	gr_release(env, inherits);
	*dates = out;
	*count = nout;
	return GR_OK;

nomem:
	gr_release(env, found);
	gr_release(env, inherits);
	return GR_NOMEM;
}
