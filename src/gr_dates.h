/*
 * gr_dates.h
 *		The dates, months and years of a report, with ISO values.
 *
 * 2010年1月1日, 2010 年 12 月 31 日, 二〇二三年, 2019年度, 2010年底,
 * 2019年6月份, 2019-06-01: each as written, with its ISO value (2010-01-01,
 * 2010-01 for a month, 2010 for a year).  A period (2010年1月1日至12月31日)
 * gives two dates.  Relative words (今年, 去年, 上年度) are not dates.
 * Offsets are bytes into the text.
 */
#ifndef GR_DATES_H
#define GR_DATES_H

#include "gr_core.h"

typedef struct GrDate
{
	size_t		start;			/* the date as written */
	size_t		end;
	char		value[11];		/* ISO: 2010-01-01, 2010-01 or 2010 */
} GrDate;

/*
 * Find every date of text[0, len), in text order.  A date written without
 * its year takes the year of the date that opens its period
 * (2022年1月1日至12月31日), else the year of the report's statistical
 * period (the first period in the text), and is left out when neither
 * exists.  On GR_OK, *dates is an array of *count dates from env.  Linear
 * in len.
 */
extern GrStatus gr_dates_find(const GrEnv *env, const char *text, size_t len,
							  GrDate **dates, size_t *count);

#endif							/* GR_DATES_H */
