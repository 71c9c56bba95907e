/*
 * gr_number.h
 *		Reading one number written any way Chinese reports write one.
 *
 * Arabic digits (halfwidth or fullwidth, with thousands separators and a
 * decimal point), Chinese numerals (一千二百三十四, 两万, 十万零一千, 廿, 〇,
 * the financial forms 壹贰叁 and their traditional shapes), multipliers mixed
 * with digits (3.5亿, 3万5千, 4.78万亿), colloquial elision (三万五 = 35000),
 * percent forms (80%, 百分之八十, 千分之三, 三成) and fractions (三分之一).
 *
 * Values are exact: the core computes in decimal digits, never in floating
 * point, and hands back a canonical decimal string that numeric_in reads.
 */
#ifndef GR_NUMBER_H
#define GR_NUMBER_H

#include "gr_core.h"

/* What a number was written with; bits of GrNumber.flags. */
#define GR_NUM_ARABIC		0x0001	/* has Arabic digits */
#define GR_NUM_CHINESE		0x0002	/* has Chinese numerals */
#define GR_NUM_MULTIPLIER	0x0004	/* has a unit 十百千万亿 */
#define GR_NUM_POSITIONAL	0x0008	/* Chinese digits read positionally (二〇二三) */
#define GR_NUM_DECIMAL		0x0010	/* has a decimal point */
#define GR_NUM_GROUPED		0x0020	/* has thousands separators */
#define GR_NUM_NEGATIVE		0x0040	/* has a sign that makes it negative */
#define GR_NUM_SIGNED		0x0080	/* has an explicit sign, + or - */
#define GR_NUM_PERCENT		0x0100	/* value is a percent (%, 百分之, 千分之, 成) */
#define GR_NUM_FRACTION		0x0200	/* X分之Y other than 百分之 */
#define GR_NUM_ELIDED		0x0400	/* colloquial elision (三万五) */
#define GR_NUM_OVER			0x0800	/* 余 多 几 before a unit (500余万, 十多万) */

/* Numbers beyond numeric's limits are GR_RANGE. */
#define GR_NUM_MAX_INT_DIGITS	131072
#define GR_NUM_MAX_SCALE		16383
/* Fractions (三分之一) are given to this many decimal places. */
#define GR_NUM_FRACTION_SCALE	10

typedef struct GrNumber
{
	char	   *value;			/* canonical decimal ("-1234.50"), from env */
	size_t		value_len;
	size_t		start;			/* byte offset of the first character read */
	size_t		end;			/* byte offset just past the last one */
	size_t		integer_digits; /* Arabic digits before any decimal point */
	unsigned	flags;			/* GR_NUM_* */
} GrNumber;

/*
 * Read text[0, len) as exactly one number, ignoring surrounding white space.
 * On GR_SYNTAX, *error_offset is the byte offset of the first character that
 * cannot belong to the number (len when the text ends too early).
 */
extern GrStatus gr_number_parse(const GrEnv *env, const char *text, size_t len,
								GrNumber *number, size_t *error_offset);

/*
 * Read the longest number that starts at text[start] and stop before the
 * first character that cannot continue it.  Used by extractors on running
 * text.  GR_SYNTAX when no number starts there.  Percent and fraction forms
 * are read too; the caller sees them in flags.
 */
extern GrStatus gr_number_scan(const GrEnv *env, const char *text, size_t len,
							   size_t start, GrNumber *number);

/* Whether cp can begin a number (a digit, a Chinese numeral or a sign). */
extern bool gr_number_can_start(uint32_t cp);

/* The value of a Chinese digit 零..九 (all forms), or -1. */
extern int	gr_chinese_digit_value(uint32_t cp);

/* The power of ten of a unit 十百千万亿 (all forms), or 0. */
extern int	gr_chinese_unit_exponent(uint32_t cp);

#endif							/* GR_NUMBER_H */
