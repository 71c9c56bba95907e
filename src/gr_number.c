/*
 * gr_number.c
 *		Reading one number written any way Chinese reports write one.
 *
 * A number is read as a sequence of tokens: Arabic literals (1,234.5),
 * Chinese digits (一, 两, 〇, 壹 …), small units (十百千), big units (万亿),
 * and the contracted tens 廿 卅 卌.  The value is built the way the language
 * builds it: a "section" collects digit × small unit terms below 万, a big
 * unit closes the section into the total, and two big units in a row
 * compound (万亿 = 10^12).  A trailing single digit after a unit is the
 * colloquial elision (三万五 = 35000, 两千六 = 2600).  Prefixes and suffixes
 * make percents (百分之, 千分之, %, ‰, 成) and fractions (三分之一).
 *
 * All arithmetic is exact decimal arithmetic on digit arrays: multipliers
 * are powers of ten, so they only move the exponent, and the only other
 * operation needed is addition (and one long division for fractions).
 */
#include "gr_number.h"

#include <string.h>

/*
 * Digits a decimal holds without allocating: every number a report writes
 * (a value above 10^40 or with 40 decimals is read, but allocates).
 */
#define DEC_LOCAL_DIGITS 40

/*
 * An exact decimal: digit[i] is the coefficient of 10^(low + i).  digit
 * points into local until more room is needed, so a Decimal is never copied
 * by assignment (dec_copy, dec_move).
 */
typedef struct Decimal
{
	uint8_t    *digit;
	int64_t		low;
	size_t		count;
	size_t		cap;
	uint8_t		local[DEC_LOCAL_DIGITS];
} Decimal;

/* What the pending digits before the next unit are. */
typedef enum PendingKind
{
	PENDING_NONE,
	PENDING_ARABIC,				/* an Arabic literal */
	PENDING_DIGIT,				/* one Chinese digit (may elide) */
	PENDING_POSITIONAL,			/* several Chinese digits (二〇二三) */
	PENDING_DECIMAL				/* Chinese digits with 点 */
} PendingKind;

typedef struct Parser
{
	const GrEnv *env;
	const char *text;
	size_t		len;
	size_t		pos;			/* byte offset of the next token */
	size_t		error_offset;
	GrStatus	status;
	size_t		polls;
	unsigned	flags;
	size_t		integer_digits;

	Decimal		total;			/* closed by big units */
	Decimal		section;		/* terms below the current big unit */
	Decimal		pending;		/* digits waiting for their unit */
	PendingKind pending_kind;
	int			last_small;		/* exponent of the last small unit in section */
	int64_t		last_big;		/* exponent of the last big unit, 0 if none */
	int			last_big_token; /* exponent of the last big unit token alone */
	int			last_unit;		/* exponent of the most recent unit */
	bool		after_big;		/* the previous token was a big unit */
	bool		zero_seen;		/* 零 since the last unit: no elision */
	bool		pending_liang;	/* the pending digit is 两, never positional */
	bool		whole;			/* parse mode: the text is one whole number */
	bool		negate;			/* a sign inside a fraction flips the result */
	bool		ambiguous;		/* digits in a row met a unit: no number */
	bool		after_percent_prefix;	/* the body follows 百分之 千分之 万分之 */
	bool		any_value;		/* some digit or unit was read */
} Parser;

/* ---- character classes ---- */

int
gr_chinese_digit_value(uint32_t cp)
{
	switch (cp)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
		case 0x25CB:			/* ○, printed for 〇 in many reports */
			return 0;
		case 0x4E00:			/* 一 */
		case 0x58F9:			/* 壹 */
		case 0x5E7A:			/* 幺 */
			return 1;
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
		case 0x5169:			/* 兩 */
		case 0x5006:			/* 倆 */
		case 0x4FE9:			/* 俩 */
		case 0x8D30:			/* 贰 */
		case 0x8CB3:			/* 貳 */
			return 2;
		case 0x4E09:			/* 三 */
		case 0x53C1:			/* 叁 */
		case 0x53C3:			/* 參 */
			return 3;
		case 0x56DB:			/* 四 */
		case 0x8086:			/* 肆 */
			return 4;
		case 0x4E94:			/* 五 */
		case 0x4F0D:			/* 伍 */
			return 5;
		case 0x516D:			/* 六 */
		case 0x9646:			/* 陆 */
		case 0x9678:			/* 陸 */
			return 6;
		case 0x4E03:			/* 七 */
		case 0x67D2:			/* 柒 */
			return 7;
		case 0x516B:			/* 八 */
		case 0x634C:			/* 捌 */
			return 8;
		case 0x4E5D:			/* 九 */
		case 0x7396:			/* 玖 */
			return 9;
		default:
			return -1;
	}
}

int
gr_chinese_unit_exponent(uint32_t cp)
{
	switch (cp)
	{
		case 0x5341:			/* 十 */
		case 0x62FE:			/* 拾 */
			return 1;
		case 0x767E:			/* 百 */
		case 0x4F70:			/* 佰 */
			return 2;
		case 0x5343:			/* 千 */
		case 0x4EDF:			/* 仟 */
			return 3;
		case 0x4E07:			/* 万 */
		case 0x842C:			/* 萬 */
			return 4;
		case 0x4EBF:			/* 亿 */
		case 0x5104:			/* 億 */
			return 8;
		default:
			return 0;
	}
}

/* 廿 卅 卌: twenty, thirty, forty written as one character. */
static int
contracted_tens(uint32_t cp)
{
	if (cp == 0x5EFF)
		return 2;
	if (cp == 0x5345)
		return 3;
	if (cp == 0x534C)
		return 4;
	return 0;
}

/* An Arabic digit, halfwidth or fullwidth, or -1. */
static int
arabic_digit_value(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int) (cp - '0');
	if (cp >= 0xFF10 && cp <= 0xFF19)
		return (int) (cp - 0xFF10);
	return -1;
}

static bool
is_minus(uint32_t cp)
{
	return cp == '-' || cp == 0xFF0D || cp == 0x2212 ||
		cp == 0x8D1F || cp == 0x8CA0;	/* 负 負 */
}

static bool
is_plus(uint32_t cp)
{
	return cp == '+' || cp == 0xFF0B;
}

bool
gr_number_can_start(uint32_t cp)
{
	return arabic_digit_value(cp) >= 0 || gr_chinese_digit_value(cp) >= 0 ||
		gr_chinese_unit_exponent(cp) > 0 || contracted_tens(cp) > 0 ||
		is_minus(cp) || is_plus(cp);
}

/* ---- exact decimals ---- */

static void
dec_init(Decimal *d)
{
	d->digit = d->local;
	d->low = 0;
	d->count = 0;
	d->cap = DEC_LOCAL_DIGITS;
}

static void
dec_free(const GrEnv *env, Decimal *d)
{
	if (d->digit != d->local)
		gr_release(env, d->digit);
	dec_init(d);
}

static bool
fail(Parser *p, GrStatus status, size_t offset)
{
	if (p->status == GR_OK)
	{
		p->status = status;
		p->error_offset = offset;
	}
	return false;
}

static bool
dec_reserve(Parser *p, Decimal *d, size_t need)
{
	uint8_t    *grown;
	size_t		cap;

	if (need <= d->cap)
		return true;
	if (need > GR_NUM_MAX_INT_DIGITS + GR_NUM_MAX_SCALE + 16)
		return fail(p, GR_RANGE, p->pos);
	cap = d->cap;
	while (cap < need)
		cap *= 2;
	if (d->digit == d->local)
	{
		grown = gr_alloc(p->env, cap);
		if (grown != NULL)
			memcpy(grown, d->local, DEC_LOCAL_DIGITS);
	}
	else
		grown = gr_grow(p->env, d->digit, cap);
	if (grown == NULL)
		return fail(p, GR_NOMEM, p->pos);
	d->digit = grown;
	d->cap = cap;
	return true;
}

/* Drop zero digits at the top; the written scale (low) is kept. */
static void
dec_trim(Decimal *d)
{
	while (d->count > 0 && d->digit[d->count - 1] == 0)
		d->count--;
}

static bool
dec_is_zero(const Decimal *d)
{
	size_t		i;

	for (i = 0; i < d->count; i++)
		if (d->digit[i] != 0)
			return false;
	return true;
}

/* The exponent just above the highest nonzero digit (low when zero). */
static int64_t
dec_top(const Decimal *d)
{
	return d->low + (int64_t) d->count;
}

static bool
dec_check_range(Parser *p, const Decimal *d)
{
	if (d->count > 0 && dec_top(d) > GR_NUM_MAX_INT_DIGITS)
		return fail(p, GR_RANGE, p->pos);
	if (d->low < -GR_NUM_MAX_SCALE)
		return fail(p, GR_RANGE, p->pos);
	return true;
}

/* d *= 10^k: multipliers only move the exponent. */
static bool
dec_shift(Parser *p, Decimal *d, int64_t k)
{
	d->low += k;
	return dec_check_range(p, d);
}

static bool
dec_set_digit(Parser *p, Decimal *d, int value, int64_t exponent)
{
	if (!dec_reserve(p, d, 1))
		return false;
	d->digit[0] = (uint8_t) value;
	d->count = 1;
	d->low = exponent;
	dec_trim(d);
	return dec_check_range(p, d);
}

static bool
dec_copy(Parser *p, Decimal *to, const Decimal *from)
{
	if (!dec_reserve(p, to, from->count))
		return false;
	if (from->count)
		memcpy(to->digit, from->digit, from->count);
	to->count = from->count;
	to->low = from->low;
	return true;
}

/* to = from, emptying from (its memory moves when it has any). */
static bool
dec_move(Parser *p, Decimal *to, Decimal *from)
{
	if (from->digit == from->local)
	{
		bool		ok = dec_copy(p, to, from);

		dec_init(from);
		return ok;
	}
	dec_free(p->env, to);
	to->digit = from->digit;
	to->cap = from->cap;
	to->count = from->count;
	to->low = from->low;
	dec_init(from);
	return true;
}

/* a += b.  The result keeps the finer of the two written scales. */
static bool
dec_add(Parser *p, Decimal *a, const Decimal *b)
{
	int64_t		low;
	int64_t		top;
	size_t		width;
	size_t		shift;
	size_t		i;
	int			carry = 0;

	if (b->count == 0 && b->low >= a->low)
		return true;
	low = a->low < b->low ? a->low : b->low;
	if (a->count == 0 && b->count == 0)
	{
		a->low = low;
		return true;
	}
	top = dec_top(a) > dec_top(b) ? dec_top(a) : dec_top(b);
	if (a->count == 0)
		top = dec_top(b);
	else if (b->count == 0)
		top = dec_top(a);
	if (top - low + 1 > GR_NUM_MAX_INT_DIGITS + GR_NUM_MAX_SCALE + 16)
		return fail(p, GR_RANGE, p->pos);
	width = (size_t) (top - low) + 1;
	if (!dec_reserve(p, a, width))
		return false;
	/* Move a's digits up to the common low exponent, zero the rest. */
	shift = a->count > 0 ? (size_t) (a->low - low) : 0;
	if (shift > 0 && a->count > 0)
		memmove(a->digit + shift, a->digit, a->count);
	memset(a->digit, 0, shift);
	memset(a->digit + shift + a->count, 0, width - shift - a->count);
	a->low = low;
	a->count = width;
	for (i = 0; i < width; i++)
	{
		int64_t		exponent = low + (int64_t) i;
		int			sum = a->digit[i] + carry;

		if (exponent >= b->low && exponent < dec_top(b))
			sum += b->digit[exponent - b->low];
		a->digit[i] = (uint8_t) (sum % 10);
		carry = sum / 10;
	}
	dec_trim(a);
	return dec_check_range(p, a);
}

/* a += b * 10^k, leaving b as it was. */
static bool
dec_add_shifted(Parser *p, Decimal *a, Decimal *b, int64_t k)
{
	bool		ok;

	b->low += k;
	ok = dec_check_range(p, b) && dec_add(p, a, b);
	b->low -= k;
	return ok;
}

/*
 * numerator / denominator to GR_NUM_FRACTION_SCALE places, rounded half up.
 * The denominator must be a positive integer below 10^18.
 */
static bool
dec_divide(Parser *p, Decimal *result, const Decimal *numerator,
		   const Decimal *denominator)
{
	uint64_t	divisor = 0;
	uint64_t	remainder = 0;
	int64_t		exponent;
	int64_t		stop = -(GR_NUM_FRACTION_SCALE + 1);
	Decimal		quotient;
	Decimal		half;
	uint8_t		five = 5;

	/* The denominator must be a whole number that fits in 64 bits. */
	for (exponent = denominator->low; exponent < 0 && exponent < dec_top(denominator); exponent++)
		if (denominator->digit[exponent - denominator->low] != 0)
			return fail(p, GR_SYNTAX, p->pos);
	if (dec_top(denominator) > 18)
		return fail(p, GR_RANGE, p->pos);
	for (exponent = dec_top(denominator) - 1; exponent >= 0; exponent--)
	{
		int			digit = 0;

		if (exponent >= denominator->low)
			digit = denominator->digit[exponent - denominator->low];
		divisor = divisor * 10 + (uint64_t) digit;
	}
	if (divisor == 0)
		return fail(p, GR_SYNTAX, p->pos);

	/* Long division from the top digit of the numerator down to stop. */
	dec_init(&quotient);
	exponent = dec_top(numerator) > 1 ? dec_top(numerator) - 1 : 0;
	if (!dec_reserve(p, &quotient, (size_t) (exponent - stop) + 1))
		return false;
	quotient.low = stop;
	quotient.count = (size_t) (exponent - stop) + 1;
	for (; exponent >= stop; exponent--)
	{
		int			digit = 0;

		if (exponent >= numerator->low && exponent < dec_top(numerator))
			digit = numerator->digit[exponent - numerator->low];
		remainder = remainder * 10 + (uint64_t) digit;
		quotient.digit[exponent - stop] = (uint8_t) (remainder / divisor);
		remainder %= divisor;
		GR_POLL(p->env, p->polls);
	}
	/* Round half up on the extra digit, then drop it. */
	dec_init(&half);
	half.digit = &five;
	half.count = 1;
	half.cap = 1;
	half.low = stop;
	if (!dec_add(p, &quotient, &half))
	{
		dec_free(p->env, &quotient);
		return false;
	}
	memmove(quotient.digit, quotient.digit + 1, quotient.count - 1);
	quotient.count--;
	quotient.low++;
	dec_trim(&quotient);
	/* Only now replace result: it may be one of the operands. */
	return dec_move(p, result, &quotient);
}

/* ---- tokens ---- */

static size_t skip_inner_space(const Parser *p, size_t pos);

static uint32_t
peek_at(const Parser *p, size_t pos, size_t *next)
{
	size_t		at = pos;
	uint32_t	cp;

	if (pos >= p->len)
	{
		*next = pos;
		return GR_INVALID_CP;
	}
	cp = gr_utf8_decode_fast(p->text, p->len, &at);
	*next = at;
	return cp;
}

static bool
is_decimal_point(uint32_t cp)
{
	return cp == '.' || cp == 0xFF0E;
}

static bool
is_group_separator(uint32_t cp)
{
	return cp == ',' || cp == 0xFF0C;
}

/* Whether exactly three Arabic digits follow pos and no fourth one. */
static bool
three_digit_group(const Parser *p, size_t pos)
{
	size_t		next;
	int			i;

	for (i = 0; i < 3; i++)
	{
		if (arabic_digit_value(peek_at(p, pos, &next)) < 0)
			return false;
		pos = next;
	}
	return arabic_digit_value(peek_at(p, pos, &next)) < 0;
}

/*
 * In parse mode, an Arabic literal may carry an exponent (2e5, -1.2E+3,
 * ２.７８９e－１) or a k/M suffix (40k, 2.5 M).  Returns the power of ten and
 * moves p->pos past it, or returns 0 and leaves p->pos.
 */
static int64_t
read_exponent_suffix(Parser *p)
{
	size_t		next;
	size_t		at;
	uint32_t	cp = peek_at(p, p->pos, &next);
	int64_t		exponent = 0;
	bool		negative = false;
	int			digits = 0;
	int			value;

	if (cp == 'k' || cp == 'K')
	{
		p->pos = next;
		return 3;
	}
	at = skip_inner_space(p, p->pos);
	if (peek_at(p, at, &next) == 'M')
	{
		p->pos = next;
		return 6;
	}
	if (cp != 'e' && cp != 'E')
		return 0;
	at = next;
	cp = peek_at(p, at, &next);
	if (is_minus(cp) || is_plus(cp))
	{
		negative = is_minus(cp);
		at = next;
	}
	while ((value = arabic_digit_value(peek_at(p, at, &next))) >= 0 && digits < 7)
	{
		exponent = exponent * 10 + value;
		digits++;
		at = next;
	}
	if (digits == 0 || arabic_digit_value(peek_at(p, at, &next)) >= 0)
		return 0;
	p->pos = at;
	return negative ? -exponent : exponent;
}

/*
 * Read an Arabic literal at p->pos into pending: digits, thousands
 * separators between groups of three, one decimal point followed by a digit.
 */
static bool
read_arabic(Parser *p)
{
	char		local[64];		/* the digits, on the heap beyond 64 */
	GrBuf		heap;
	bool		on_heap = false;
	const char *digits;
	size_t		ndigits = 0;
	size_t		fraction_digits = 0;
	int64_t		scale_exponent = 0;
	bool		in_fraction = false;
	size_t		next;
	size_t		i;
	uint32_t	cp;

	for (;;)
	{
		int			value;

		GR_POLL(p->env, p->polls);
		cp = peek_at(p, p->pos, &next);
		value = arabic_digit_value(cp);
		if (value >= 0)
		{
			if (on_heap)
				gr_buf_append_char(&heap, (char) value);
			else if (ndigits < sizeof(local))
				local[ndigits++] = (char) value;
			else
			{
				gr_buf_init(&heap, p->env, 2 * sizeof(local));
				gr_buf_append(&heap, local, ndigits);
				gr_buf_append_char(&heap, (char) value);
				on_heap = true;
			}
			if (in_fraction)
				fraction_digits++;
			else
				p->integer_digits++;
			p->pos = next;
			continue;
		}
		if (!in_fraction && is_group_separator(cp) && three_digit_group(p, next))
		{
			p->flags |= GR_NUM_GROUPED;
			p->pos = next;
			continue;
		}
		if (!in_fraction && is_decimal_point(cp))
		{
			size_t		after;

			if (arabic_digit_value(peek_at(p, next, &after)) >= 0)
			{
				in_fraction = true;
				p->flags |= GR_NUM_DECIMAL;
				p->pos = next;
				continue;
			}
		}
		break;
	}
	if (on_heap && heap.status != GR_OK)
	{
		fail(p, heap.status, p->pos);
		gr_buf_free(&heap);
		return false;
	}
	digits = on_heap ? heap.data : local;
	if (on_heap)
		ndigits = heap.len;
	if (fraction_digits > GR_NUM_MAX_SCALE)
	{
		if (on_heap)
			gr_buf_free(&heap);
		return fail(p, GR_RANGE, p->pos);
	}
	if (p->whole && ndigits > 0)
		scale_exponent = read_exponent_suffix(p);
	if (!dec_reserve(p, &p->pending, ndigits))
	{
		if (on_heap)
			gr_buf_free(&heap);
		return false;
	}
	for (i = 0; i < ndigits; i++)
		p->pending.digit[i] = (uint8_t) digits[ndigits - 1 - i];
	p->pending.count = ndigits;
	p->pending.low = scale_exponent - (int64_t) fraction_digits;
	if (on_heap)
		gr_buf_free(&heap);
	dec_trim(&p->pending);
	p->pending_kind = PENDING_ARABIC;
	p->flags |= GR_NUM_ARABIC;
	p->any_value = true;
	return dec_check_range(p, &p->pending);
}

/*
 * Append Chinese decimal digits after 点 to pending, an integer (low 0).
 * The run is measured first and written in one pass, so that a long run
 * costs linear time.
 */
static bool
read_chinese_fraction(Parser *p)
{
	size_t		next;
	size_t		pos = p->pos;
	size_t		count = 0;
	size_t		index;
	int			value;

	while (gr_chinese_digit_value(peek_at(p, pos, &next)) >= 0)
	{
		GR_POLL(p->env, p->polls);
		if (count >= GR_NUM_MAX_SCALE)
		{
			p->pos = pos;
			return fail(p, GR_RANGE, p->pos);
		}
		count++;
		pos = next;
	}
	/* Move the integer up; the fraction goes below it. */
	if (!dec_reserve(p, &p->pending, p->pending.count + count))
		return false;
	if (p->pending.count > 0)
		memmove(p->pending.digit + count, p->pending.digit, p->pending.count);
	index = count;
	while (index > 0)
	{
		value = gr_chinese_digit_value(peek_at(p, p->pos, &next));
		GR_POLL(p->env, p->polls);
		p->pending.digit[--index] = (uint8_t) value;
		p->pos = next;
	}
	p->pending.count += count;
	p->pending.low -= (int64_t) count;
	dec_trim(&p->pending);
	p->pending_kind = PENDING_DECIMAL;
	p->flags |= GR_NUM_DECIMAL;
	return true;
}

/* 点 (and 點): the decimal point of numbers written in words. */
static bool
is_point_word(uint32_t cp)
{
	return cp == 0x70B9 || cp == 0x9EDE;
}

/* 两 counts things; it is never a digit of a positional number. */
static bool
is_liang(uint32_t cp)
{
	return cp == 0x4E24 || cp == 0x5169 || cp == 0x5006 || cp == 0x4FE9;
}

/*
 * Append the run of Chinese digits at p->pos to the integer in pending,
 * read positionally (二〇二三); *next becomes the offset after the run.  The
 * run is measured first and written in one pass: linear in its length.
 */
static bool
read_positional_run(Parser *p, size_t *next)
{
	size_t		pos = p->pos;
	size_t		after;
	size_t		count = 0;
	size_t		index;
	int			value;
	uint32_t	cp;

	/* Leading zeros of a number that is still zero hold no place. */
	while ((value = gr_chinese_digit_value(cp = peek_at(p, pos, &after))) >= 0 &&
		   !is_liang(cp))
	{
		GR_POLL(p->env, p->polls);
		if (count > 0 || p->pending.count > 0 || value != 0)
			count++;
		if (p->pending.count + count > GR_NUM_MAX_INT_DIGITS)
			return fail(p, GR_RANGE, pos);
		pos = after;
	}
	*next = pos;
	if (count == 0)
		return true;
	if (!dec_reserve(p, &p->pending, p->pending.count + count))
		return false;
	if (p->pending.count > 0)
		memmove(p->pending.digit + count, p->pending.digit, p->pending.count);
	/* Fill from the most significant new digit down. */
	index = count;
	pos = p->pos;
	while (index > 0)
	{
		value = gr_chinese_digit_value(peek_at(p, pos, &after));
		GR_POLL(p->env, p->polls);
		pos = after;
		if (index == count && p->pending.count == 0 && value == 0)
			continue;
		p->pending.digit[--index] = (uint8_t) value;
	}
	p->pending.count += count;
	return true;
}

/* A Chinese digit cp at p->pos (of value value, ending at next). */
static bool
take_chinese_digit(Parser *p, uint32_t cp, int value, size_t next)
{
	size_t		after;
	size_t		after_point;

	p->flags |= GR_NUM_CHINESE;
	if (value == 0 && p->last_unit > 0)
	{
		/* 零 after a unit only holds a place: 一百零五. */
		if (p->pending_kind != PENDING_NONE)
			return fail(p, GR_SYNTAX, p->pos);
		p->zero_seen = true;
		p->pos = next;
		p->after_big = false;
		return true;
	}
	if (p->pending_kind == PENDING_ARABIC || p->pending_kind == PENDING_DECIMAL)
		return fail(p, GR_SYNTAX, p->pos);
	if (p->pending_kind != PENDING_NONE)
	{
		/* Digits in a row with no unit anywhere: read positionally. */
		if (p->last_unit > 0 || p->pending_liang || is_liang(cp))
			return fail(p, GR_SYNTAX, p->pos);
		if (!read_positional_run(p, &next))
			return false;
		p->pending_kind = PENDING_POSITIONAL;
		p->flags |= GR_NUM_POSITIONAL;
	}
	else
	{
		if (!dec_set_digit(p, &p->pending, value, 0))
			return false;
		p->pending_kind = PENDING_DIGIT;
		p->pending_liang = is_liang(cp);
	}
	p->pos = next;
	p->any_value = true;
	p->after_big = false;

	/*
	 * 点 followed by a digit continues with a fraction: 三点五.  After a unit
	 * the decimals wait until the integer is complete (两千三点一).
	 */
	if ((p->pending_kind == PENDING_DIGIT || p->pending_kind == PENDING_POSITIONAL) &&
		p->last_unit == 0)
	{
		if (is_point_word(peek_at(p, p->pos, &after)) &&
			gr_chinese_digit_value(peek_at(p, after, &after_point)) >= 0)
		{
			p->pos = after;
			return read_chinese_fraction(p);
		}
	}
	return true;
}

/*
 * Digits in a row before a unit (三四十万, 一二万) are an approximate range,
 * not a number: reading 三四 positionally would give 34.  The whole number
 * is refused, also in scan mode, and the caller sees GR_SYNTAX.
 */
static bool
ambiguous(Parser *p)
{
	p->ambiguous = true;
	return fail(p, GR_SYNTAX, p->pos);
}

/* A small unit 十百千 of exponent e. */
static bool
take_small_unit(Parser *p, int e, size_t next)
{
	bool		at_start = !p->any_value;

	p->flags |= GR_NUM_CHINESE | GR_NUM_MULTIPLIER;
	if (p->pending_kind == PENDING_POSITIONAL)
		return ambiguous(p);
	if (p->last_small > 0 && e >= p->last_small)
		return fail(p, GR_SYNTAX, p->pos);
	if (p->pending_kind == PENDING_NONE)
	{
		/*
		 * 十 stands for 一十.  百 and 千 alone only open a number, before a
		 * big unit (百万, 千万) or a digit (百三 is 130): 百十一 is no number.
		 */
		size_t		after;
		uint32_t	following = peek_at(p, skip_inner_space(p, next), &after);

		bool		ends_number = gr_chinese_unit_exponent(following) == 0 &&
			gr_chinese_digit_value(following) < 0;

		/* A bare 百 is 100 after 百分之 (百分之百) and as a whole number. */
		if (!(e == 1 || (at_start && (gr_chinese_unit_exponent(following) >= 4 ||
									  gr_chinese_digit_value(following) > 0 ||
									  (ends_number && (p->whole || p->after_percent_prefix))))))
			return fail(p, GR_SYNTAX, p->pos);
		if (!dec_set_digit(p, &p->pending, 1, 0))
			return false;
	}
	if (!dec_add_shifted(p, &p->section, &p->pending, e))
		return false;
	p->pending.count = 0;
	p->pending.low = 0;
	p->pending_kind = PENDING_NONE;
	p->pending_liang = false;
	p->last_small = e;
	p->last_unit = e;
	p->zero_seen = false;
	p->after_big = false;
	p->any_value = true;
	p->pos = next;
	return true;
}

/* A big unit 万亿 of exponent e: closes the section into the total. */
static bool
take_big_unit(Parser *p, int e, size_t next)
{
	p->flags |= GR_NUM_CHINESE | GR_NUM_MULTIPLIER;
	if (p->pending_kind == PENDING_POSITIONAL)
		return ambiguous(p);
	if (p->after_big && p->pending_kind == PENDING_NONE && e >= p->last_big_token)
	{
		/* 万亿, 万万, 亿亿: the units compound. */
		if (!dec_shift(p, &p->total, e))
			return false;
		p->last_big += e;
		p->last_big_token = e;
	}
	else
	{
		if (p->pending_kind != PENDING_NONE &&
			!dec_add(p, &p->section, &p->pending))
			return false;
		if (p->pending_kind == PENDING_NONE && p->last_small == 0)
			return fail(p, GR_SYNTAX, p->pos);	/* 万 with nothing before it */
		if (p->last_big == 0 || e < p->last_big)
		{
			if (!dec_add_shifted(p, &p->total, &p->section, e))
				return false;
		}
		else if (e > p->last_big)
		{
			if (!dec_add(p, &p->total, &p->section) || !dec_shift(p, &p->total, e))
				return false;
		}
		else
			return fail(p, GR_SYNTAX, p->pos);
		p->last_big = e;
		p->last_big_token = e;
	}
	p->section.count = 0;
	p->section.low = 0;
	p->pending.count = 0;
	p->pending.low = 0;
	p->pending_kind = PENDING_NONE;
	p->pending_liang = false;
	p->last_small = 0;
	p->last_unit = e;
	p->zero_seen = false;
	p->after_big = true;
	p->any_value = true;
	p->pos = next;
	return true;
}

/* 廿 卅 卌 open a section with its tens. */
static bool
take_contracted_tens(Parser *p, int tens, size_t next)
{
	Decimal		term;
	bool		ok;

	if (p->pending_kind != PENDING_NONE || p->last_small > 0)
		return fail(p, GR_SYNTAX, p->pos);
	dec_init(&term);
	ok = dec_set_digit(p, &term, tens, 1) && dec_add(p, &p->section, &term);
	dec_free(p->env, &term);
	if (!ok)
		return false;
	p->flags |= GR_NUM_CHINESE | GR_NUM_MULTIPLIER;
	p->last_small = 1;
	p->last_unit = 1;
	p->zero_seen = false;
	p->after_big = false;
	p->any_value = true;
	p->pos = next;
	return true;
}

/* 余 多 几 来 between a number and its unit: 500余万, 十多万, 二十几万. */
static bool
is_inexact_marker(uint32_t cp)
{
	return cp == 0x4F59 || cp == 0x9918 || cp == 0x591A || cp == 0x51E0 ||
		cp == 0x5E7E || cp == 0x6765;	/* 余 餘 多 几 幾 来 */
}

/*
 * In parse mode (one whole number), white space may stand between the
 * tokens of a number (7 万5 千, 三百 五): skip it when a token follows.  In
 * scan mode white space always ends a number.
 */
static size_t
skip_inner_space(const Parser *p, size_t pos)
{
	size_t		next;

	if (!p->whole)
		return pos;
	while (pos < p->len && gr_is_space(peek_at(p, pos, &next)))
		pos = next;
	return pos;
}

/* The exponent of a big unit, including 兆 (10^12) in parse mode only. */
static int
big_unit_exponent(const Parser *p, uint32_t cp)
{
	if (cp == 0x5146 && p->whole)	/* 兆; in running text 兆瓦 is a megawatt */
		return 12;
	return gr_chinese_unit_exponent(cp);
}

/* Dispatch one token at p->pos; false when it cannot continue the number. */
static bool
take_token(Parser *p, uint32_t cp, size_t next)
{
	int			value;

	if (arabic_digit_value(cp) >= 0 ||
		(p->whole && !p->any_value && is_decimal_point(cp)))
	{
		/* Digits may follow a unit (3万5千), never other pending digits. */
		if (p->pending_kind != PENDING_NONE)
			return fail(p, GR_SYNTAX, p->pos);
		if (!read_arabic(p))
			return false;
		p->after_big = false;
		return true;
	}
	if ((value = gr_chinese_digit_value(cp)) >= 0)
		return take_chinese_digit(p, cp, value, next);
	if ((value = big_unit_exponent(p, cp)) > 0)
		return value < 4 ? take_small_unit(p, value, next) : take_big_unit(p, value, next);
	if ((value = contracted_tens(cp)) > 0)
		return take_contracted_tens(p, value, next);
	if (is_inexact_marker(cp) && p->any_value && p->pending_kind != PENDING_POSITIONAL)
	{
		size_t		after = skip_inner_space(p, next);
		size_t		unit_end;

		/* Only before a unit; 3000余条 ends at 3000 and 余 is the caller's. */
		if (big_unit_exponent(p, peek_at(p, after, &unit_end)) > 0)
		{
			p->flags |= GR_NUM_OVER;
			p->pos = after;
			return true;
		}
	}
	return fail(p, GR_SYNTAX, p->pos);
}

/*
 * 点 after an integer written with Chinese numerals starts its decimals:
 * 十点二三三, 两千万点五五四四, 两千三点一 (after the elision: 2300.1).
 */
static bool
read_decimals_after_point(Parser *p)
{
	size_t		at = skip_inner_space(p, p->pos);
	size_t		next;
	size_t		first;
	size_t		count = 0;
	size_t		index;
	Decimal		fraction;
	bool		ok;

	if ((p->flags & GR_NUM_CHINESE) == 0 || (p->flags & GR_NUM_DECIMAL) != 0 ||
		!is_point_word(peek_at(p, at, &next)))
		return true;
	first = skip_inner_space(p, next);

	/* Measure the run of digits first, then write it in one pass. */
	at = first;
	for (;;)
	{
		uint32_t	cp = peek_at(p, at, &next);

		if (gr_chinese_digit_value(cp) < 0 &&
			!(p->whole && arabic_digit_value(cp) >= 0))
			break;
		GR_POLL(p->env, p->polls);
		if (++count > GR_NUM_MAX_SCALE)
			return fail(p, GR_RANGE, at);
		at = skip_inner_space(p, next);
	}
	if (count == 0)
		return true;
	dec_init(&fraction);
	if (!dec_reserve(p, &fraction, count))
		return false;
	fraction.count = count;
	fraction.low = -(int64_t) count;
	at = first;
	for (index = count; index > 0; index--)
	{
		uint32_t	cp = peek_at(p, at, &next);
		int			digit = gr_chinese_digit_value(cp);

		GR_POLL(p->env, p->polls);
		fraction.digit[index - 1] = (uint8_t) (digit >= 0 ? digit : arabic_digit_value(cp));
		p->pos = next;
		at = skip_inner_space(p, next);
	}
	/* Keep the written scale even for trailing zeros: 两千点零 is 2000.0. */
	dec_trim(&fraction);
	ok = dec_add(p, &p->total, &fraction);
	dec_free(p->env, &fraction);
	if (!ok)
		return false;
	p->flags |= GR_NUM_DECIMAL;
	return true;
}

/*
 * Read the body of a number (no sign, no percent forms) from p->pos, and
 * stop before the first token that cannot continue it.  Leaves the value in
 * p->total.
 */
static bool
read_body(Parser *p)
{
	for (;;)
	{
		size_t		next;
		uint32_t	cp;
		size_t		saved_pos = p->pos;

		GR_POLL(p->env, p->polls);
		p->pos = skip_inner_space(p, p->pos);
		if (p->pos >= p->len)
		{
			p->pos = saved_pos;
			break;
		}
		cp = peek_at(p, p->pos, &next);
		if (!take_token(p, cp, next))
		{
			if (p->status != GR_SYNTAX)
				return false;
			/* This token ends the number; what came before stands. */
			p->status = GR_OK;
			if (!p->whole)
				p->pos = saved_pos;
			break;
		}
	}
	if (p->ambiguous)
		return fail(p, GR_SYNTAX, p->pos);
	if (!p->any_value || (p->pending_kind == PENDING_NONE && p->last_unit == 0))
		return fail(p, GR_SYNTAX, p->pos);

	/* Colloquial elision: 三万五 is 三万五千, 两千六 is 两千六百. */
	if (p->pending_kind == PENDING_DIGIT && p->last_unit > 1 && !p->zero_seen &&
		!dec_is_zero(&p->pending))
	{
		int			e = p->last_unit == 4 ? 3 : p->last_unit == 8 ? 7 : p->last_unit - 1;

		if (!dec_shift(p, &p->pending, e))
			return false;
		p->flags |= GR_NUM_ELIDED;
	}
	if (!dec_add(p, &p->total, &p->section) || !dec_add(p, &p->total, &p->pending))
		return false;
	return read_decimals_after_point(p);
}

/* Reset the body state so that the parser can read a second number. */
static void
reset_body(Parser *p)
{
	p->total.count = p->section.count = p->pending.count = 0;
	p->total.low = p->section.low = p->pending.low = 0;
	p->pending_kind = PENDING_NONE;
	p->last_small = 0;
	p->last_big = 0;
	p->last_big_token = 0;
	p->last_unit = 0;
	p->after_big = false;
	p->zero_seen = false;
	p->pending_liang = false;
	p->any_value = false;
	p->status = GR_OK;
	p->integer_digits = 0;
}

/* Whether text at pos starts with the UTF-8 string literal. */
static bool
starts_with(const Parser *p, size_t pos, const char *literal)
{
	size_t		n = strlen(literal);

	return p->len - pos >= n && memcmp(p->text + pos, literal, n) == 0;
}

/* Render a decimal as the canonical string numeric_in reads. */
static bool
dec_render(Parser *p, const Decimal *d, bool negative, GrNumber *number)
{
	int64_t		exponent;
	int64_t		top = dec_top(d);
	bool		zero = dec_is_zero(d);
	bool		sign = negative && !zero;
	bool		lead_zero = top <= 0 || d->count == 0;
	size_t		size = (size_t) sign + (size_t) lead_zero + (size_t) (top > 0 ? top : 0) +
		(d->low < 0 ? 1 + (size_t) (-d->low) : 0) + 1;
	char	   *out = gr_alloc(p->env, size);
	char	   *w = out;

	if (out == NULL)
	{
		fail(p, GR_NOMEM, p->pos);
		return false;
	}
	if (sign)
		*w++ = '-';
	if (lead_zero)
		*w++ = '0';
	for (exponent = top - 1; exponent >= 0; exponent--)
	{
		int			digit = 0;

		if (exponent >= d->low)
			digit = d->digit[exponent - d->low];
		*w++ = (char) ('0' + digit);
		GR_POLL(p->env, p->polls);
	}
	if (d->low < 0)
	{
		*w++ = '.';
		for (exponent = -1; exponent >= d->low; exponent--)
		{
			int			digit = 0;

			if (exponent < top)
				digit = d->digit[exponent - d->low];
			*w++ = (char) ('0' + digit);
			GR_POLL(p->env, p->polls);
		}
	}
	*w = '\0';
	number->value = out;
	number->value_len = (size_t) (w - out);
	return true;
}

/*
 * Whether the UTF-8 word starts at pos (in parse mode white space may come
 * before it and between its characters: 三分  之一).  Returns the offset
 * just past it, or 0.
 */
static size_t
match_word(const Parser *p, size_t pos, const char *word)
{
	size_t		word_len = strlen(word);
	size_t		i = 0;

	/* Scan mode reads no white space inside a number: one comparison. */
	if (!p->whole)
		return pos < p->len && p->text[pos] == word[0] && p->len - pos >= word_len &&
			memcmp(p->text + pos, word, word_len) == 0 ? pos + word_len : 0;
	while (i < word_len)
	{
		size_t		char_len = 1;
		size_t		at = skip_inner_space(p, pos);

		while (i + char_len < word_len && ((unsigned char) word[i + char_len] & 0xC0) == 0x80)
			char_len++;
		if (p->len - at < char_len || memcmp(p->text + at, word + i, char_len) != 0)
			return 0;
		pos = at + char_len;
		i += char_len;
	}
	return pos;
}

/*
 * After a number X has been read into whole (as the denominator when
 * mixed is false), read the "分之Y" that follows and leave Y / X in result;
 * for 又 (mixed fractions, 一又二分之一) whole is added to the fraction.
 */
static bool
read_fraction_tail(Parser *p, Decimal *denominator, Decimal *result)
{
	size_t		before = p->pos;
	size_t		next;
	uint32_t	cp;

	p->pos = match_word(p, p->pos, "\xe5\x88\x86\xe4\xb9\x8b");	/* 分之 */
	reset_body(p);
	/* A signed numerator (负三分之负一) flips the sign. */
	p->pos = skip_inner_space(p, p->pos);
	cp = peek_at(p, p->pos, &next);
	if (is_minus(cp))
	{
		p->negate = !p->negate;
		p->pos = next;
	}
	if (!read_body(p))
	{
		p->pos = before;
		return fail(p, GR_SYNTAX, before);
	}
	if (!dec_divide(p, result, &p->total, denominator))
		return false;
	p->flags |= GR_NUM_FRACTION;
	return true;
}

/* X/Y with plain Arabic integers on both sides: 3/5, １６/5. */
static bool
read_slash_fraction(Parser *p, Decimal *result)
{
	size_t		next;
	size_t		after;
	Decimal		denominator;
	bool		ok;

	if (peek_at(p, p->pos, &next) != '/' && peek_at(p, p->pos, &next) != 0xFF0F)
		return true;
	if ((p->flags & (GR_NUM_CHINESE | GR_NUM_DECIMAL | GR_NUM_GROUPED)) != 0 ||
		arabic_digit_value(peek_at(p, next, &after)) < 0)
		return true;
	dec_init(&denominator);
	p->pos = next;
	reset_body(p);
	ok = read_arabic(p) && p->pending.low >= 0 &&
		dec_copy(p, &denominator, &p->pending) &&
		dec_divide(p, result, result, &denominator);
	dec_free(p->env, &denominator);
	if (ok)
		p->flags |= GR_NUM_FRACTION;
	return ok ? true : fail(p, GR_SYNTAX, p->pos);
}

/* The percent suffixes %, ‰ and 成 (三成 is 30 percent, 三成五 35). */
static bool
read_percent_suffix(Parser *p, Decimal *result, bool *percent, int64_t *shift)
{
	size_t		next;
	size_t		after;
	uint32_t	cp = peek_at(p, p->pos, &next);
	int			digit;

	if (cp == '%' || cp == 0xFF05)
		*percent = true;
	else if (cp == 0x2030)
	{
		*percent = true;
		*shift = -1;
	}
	else if (cp == 0x6210)
	{
		*percent = true;
		*shift = 1;
		digit = gr_chinese_digit_value(peek_at(p, next, &after));
		if (digit > 0 && (p->flags & GR_NUM_ARABIC) == 0)
		{
			Decimal		term;
			bool		ok;

			dec_init(&term);
			ok = dec_set_digit(p, &term, digit, -1) && dec_add(p, result, &term);
			dec_free(p->env, &term);
			if (!ok)
				return false;
			next = after;
		}
	}
	else
		return true;
	p->pos = next;
	return true;
}

/*
 * An amount in the financial style (parse mode only; in running text 元 is
 * a unit, which facts reads): 壹拾壹元整, 玖仟陆佰陆拾伍圆壹角捌分.  Adds the
 * 角 and 分 digits to result; true when a 元/圆 was read.
 */
static bool
read_money_units(Parser *p, Decimal *result)
{
	static const char *const yuan[] = {"\xe5\x85\x83", "\xe5\x9c\x86", "\xe5\x9c\x93"};	/* 元 圆 圓 */
	static const char *const tail[] = {"\xe6\x95\xb4", "\xe6\xad\xa3"};	/* 整 正 */
	static const char jiao[] = "\xe8\xa7\x92";	/* 角 */
	static const char fen[] = "\xe5\x88\x86";	/* 分 */
	size_t		at = 0;
	size_t		next;
	int			i;
	int			digit;

	for (i = 0; i < 3 && at == 0; i++)
		at = match_word(p, p->pos, yuan[i]);
	if (at == 0)
		return false;
	for (i = 0; i < 2; i++)
	{
		const char *unit = i == 0 ? jiao : fen;
		size_t		unit_end;

		digit = gr_chinese_digit_value(peek_at(p, at, &next));
		if (digit < 0 || (unit_end = match_word(p, next, unit)) == 0)
			continue;
		{
			Decimal		term;
			bool		ok;

			dec_init(&term);
			ok = dec_set_digit(p, &term, digit, -1 - i) && dec_add(p, result, &term);
			dec_free(p->env, &term);
			if (!ok)
				return true;
		}
		at = unit_end;
	}
	for (i = 0; i < 2; i++)
		if ((next = match_word(p, at, tail[i])) != 0)
			at = next;
	p->pos = at;
	return true;
}

/*
 * Read sign, percent prefixes, body, and fraction or percent suffixes from
 * p->pos.  This is the whole grammar; parse and scan differ only in what
 * they do with the characters that follow.
 */
static bool
read_number(Parser *p, GrNumber *number)
{
	static const char hundredth[] = "\xe7\x99\xbe\xe5\x88\x86\xe4\xb9\x8b";	/* 百分之 */
	static const char thousandth[] = "\xe5\x8d\x83\xe5\x88\x86\xe4\xb9\x8b";	/* 千分之 */
	static const char ten_thousandth[] = "\xe4\xb8\x87\xe5\x88\x86\xe4\xb9\x8b"; /* 万分之 */
	static const char parts_of[] = "\xe5\x88\x86\xe4\xb9\x8b"; /* 分之 */
	static const char and_also[] = "\xe5\x8f\x88";	/* 又 */
	bool		negative = false;
	int64_t		percent_shift = 0;
	bool		percent = false;
	size_t		next;
	uint32_t	cp;
	Decimal		result;
	Decimal		whole;
	bool		ok = false;

	dec_init(&result);
	dec_init(&whole);
	number->start = p->pos;
	cp = peek_at(p, p->pos, &next);
	if (is_minus(cp) || is_plus(cp))
	{
		negative = is_minus(cp);
		p->flags |= GR_NUM_SIGNED | (negative ? GR_NUM_NEGATIVE : 0);
		p->pos = next;
	}

	/* 百分之 千分之 万分之: the value that follows is a percent. */
	if (starts_with(p, p->pos, hundredth))
		percent = true;
	else if (starts_with(p, p->pos, thousandth))
		percent = true, percent_shift = -1;
	else if (starts_with(p, p->pos, ten_thousandth))
		percent = true, percent_shift = -2;
	if (percent)
	{
		p->pos += sizeof(hundredth) - 1;
		p->after_percent_prefix = true;
	}

	if (!read_body(p) || !dec_copy(p, &result, &p->total))
		goto done;

	if (!percent && match_word(p, p->pos, and_also))
	{
		/* W又X分之Y: a whole number and a fraction. */
		size_t		before = p->pos;

		if (!dec_copy(p, &whole, &result))
			goto done;
		p->pos = match_word(p, p->pos, and_also);
		reset_body(p);
		if (!read_body(p) || !dec_copy(p, &result, &p->total) ||
			!match_word(p, p->pos, parts_of))
		{
			p->pos = before;
			fail(p, GR_SYNTAX, before);
			goto done;
		}
		if (!read_fraction_tail(p, &result, &result) || !dec_add(p, &result, &whole))
			goto done;
	}
	else if (!percent && match_word(p, p->pos, parts_of))
	{
		if (!read_fraction_tail(p, &result, &result))
			goto done;
	}
	else if (!percent && p->whole && read_money_units(p, &result))
	{
		if (p->status != GR_OK)
			goto done;
	}
	else if (!percent)
	{
		if (!read_slash_fraction(p, &result) ||
			!read_percent_suffix(p, &result, &percent, &percent_shift))
			goto done;
	}
	if (percent)
	{
		p->flags |= GR_NUM_PERCENT;
		if (!dec_shift(p, &result, percent_shift))
			goto done;
	}
	number->end = p->pos;
	number->flags = p->flags;
	number->integer_digits = p->integer_digits;
	ok = dec_render(p, &result, negative != p->negate, number);
done:
	dec_free(p->env, &result);
	dec_free(p->env, &whole);
	return ok;
}

static void
parser_init(Parser *p, const GrEnv *env, const char *text, size_t len, size_t start)
{
	memset(p, 0, sizeof(*p));
	p->env = env;
	p->text = text;
	p->len = len;
	p->pos = start;
	dec_init(&p->total);
	dec_init(&p->section);
	dec_init(&p->pending);
}

static void
parser_free(Parser *p)
{
	dec_free(p->env, &p->total);
	dec_free(p->env, &p->section);
	dec_free(p->env, &p->pending);
}

GrStatus
gr_number_parse(const GrEnv *env, const char *text, size_t len,
				GrNumber *number, size_t *error_offset)
{
	Parser		p;
	size_t		start = 0;
	size_t		end = len;
	size_t		next;
	GrStatus	status;

	memset(number, 0, sizeof(*number));
	/* Surrounding white space is not part of the number. */
	while (start < len)
	{
		next = start;
		if (!gr_is_space(gr_utf8_decode(text, len, &next)))
			break;
		start = next;
	}
	while (end > start)
	{
		size_t		back = end - 1;

		while (back > start && ((unsigned char) text[back] & 0xC0) == 0x80)
			back--;
		next = back;
		if (!gr_is_space(gr_utf8_decode(text, len, &next)) || next != end)
			break;
		end = back;
	}

	parser_init(&p, env, text, end, start);
	p.whole = true;
	if (!read_number(&p, number))
		status = p.status == GR_OK ? GR_SYNTAX : p.status;
	else if (p.pos != end)
	{
		status = GR_SYNTAX;
		p.error_offset = p.pos;
		gr_release(env, number->value);
		number->value = NULL;
	}
	else
		status = GR_OK;
	/* The offending character is where reading stopped. */
	if (error_offset)
		*error_offset = status == GR_OK ? 0 : (p.pos < end ? p.pos : end);
	parser_free(&p);
	return status;
}

/*
 * Whether cp, right after a run of ASCII digits in running text, may
 * continue the number (or make it no number); when it may not, the number
 * is the run itself.  Conservative: anything the grammar looks at after an
 * Arabic literal.
 */
static bool
may_continue_arabic(uint32_t cp)
{
	if (cp < 0x80)
		return cp == '.' || cp == ',' || cp == '%' || cp == '/' ||
			(cp >= '0' && cp <= '9');
	return arabic_digit_value(cp) >= 0 || is_decimal_point(cp) ||
		is_group_separator(cp) || cp == 0xFF0F || cp == 0xFF05 ||
		cp == 0x2030 || cp == 0x6210 || cp == 0x53C8 || cp == 0x5206 ||
		is_point_word(cp) || gr_chinese_digit_value(cp) >= 0 ||
		gr_chinese_unit_exponent(cp) > 0 || cp == 0x5146 ||
		contracted_tens(cp) > 0 || is_inexact_marker(cp) ||
		cp == GR_INVALID_CP;
}

/*
 * The common case of running text and table cells, without the parser: a
 * run of up to 64 ASCII digits followed by nothing that could continue it
 * (余 万 % . , 分之 …).  Its value is the run without leading zeros.  False
 * when the general reader must decide.
 */
static bool
scan_plain_digits(const GrEnv *env, const char *text, size_t len, size_t start,
				  GrNumber *number, GrStatus *status)
{
	size_t		end = start;
	size_t		first;
	size_t		next;
	char	   *value;

	while (end < len && text[end] >= '0' && text[end] <= '9')
		end++;
	if (end == start || end - start > 64)
		return false;
	if (end < len)
	{
		next = end;
		if (may_continue_arabic(gr_utf8_decode_fast(text, len, &next)))
			return false;
	}
	first = start;
	while (first + 1 < end && text[first] == '0')
		first++;
	value = gr_alloc(env, end - first + 1);
	if (value == NULL)
	{
		*status = GR_NOMEM;
		return true;
	}
	memcpy(value, text + first, end - first);
	value[end - first] = '\0';
	number->value = value;
	number->value_len = end - first;
	number->start = start;
	number->end = end;
	number->integer_digits = end - start;
	number->flags = GR_NUM_ARABIC;
	*status = GR_OK;
	return true;
}

/*
 * The other common case: one Chinese digit followed by nothing that could
 * continue it (一些, 统一, 三类): its value.  False when the general reader
 * must decide.
 */
static bool
scan_lone_chinese_digit(const GrEnv *env, const char *text, size_t len, size_t start,
						GrNumber *number, GrStatus *status)
{
	size_t		next = start;
	size_t		after;
	int			value = gr_chinese_digit_value(gr_utf8_decode_fast(text, len, &next));
	char	   *out;

	if (value < 0)
		return false;
	if (next < len)
	{
		after = next;
		if (may_continue_arabic(gr_utf8_decode_fast(text, len, &after)))
			return false;
	}
	out = gr_alloc(env, 2);
	if (out == NULL)
	{
		*status = GR_NOMEM;
		return true;
	}
	out[0] = (char) ('0' + value);
	out[1] = '\0';
	number->value = out;
	number->value_len = 1;
	number->start = start;
	number->end = next;
	number->integer_digits = 0;
	number->flags = GR_NUM_CHINESE;
	*status = GR_OK;
	return true;
}

GrStatus
gr_number_scan(const GrEnv *env, const char *text, size_t len, size_t start,
			   GrNumber *number)
{
	Parser		p;
	GrStatus	status = GR_OK;

	memset(number, 0, sizeof(*number));
	if (start >= len)
		return GR_SYNTAX;
	if (scan_plain_digits(env, text, len, start, number, &status) ||
		scan_lone_chinese_digit(env, text, len, start, number, &status))
		return status;
	parser_init(&p, env, text, len, start);
	if (!read_number(&p, number))
		status = p.status == GR_OK ? GR_SYNTAX : p.status;
	parser_free(&p);
	return status;
}
