/*
 * gr_facts.h
 *		The numeric facts and the dates of a report.
 *
 * A fact is a number that states a quantity: a count with a measure word
 * (122条, 2070人次), an amount of money (160.5964万元), a percentage or
 * percentage points, a duration, a physical quantity with its unit.  Each
 * comes with its exact value (after multipliers), its unit as written, its
 * kind, the qualifier words around it (约, 余, 以上 …), the direction of a
 * change (增长, 下降), the noun phrase that names what is counted, and the
 * total it breaks down (其中 …).  Numbers that only look like quantities
 * (hotlines, postcodes, document numbers, article references, ordinals,
 * labels, numerals inside names, URLs, IDs) are not facts; years and dates
 * are reported by gr_dates_find instead.  See docs/facts.md.
 *
 * Offsets are bytes into the text; the glue turns them into 1-based
 * character positions.  Both finders are linear in the length of the text.
 */
#ifndef GR_FACTS_H
#define GR_FACTS_H

#include "gr_core.h"
#include "gr_dates.h"

typedef enum GrFactKind
{
	GR_KIND_COUNT = 0,			/* a count with a measure word: 122条 */
	GR_KIND_MONEY,				/* an amount of money, in 元 unless named */
	GR_KIND_PERCENT,			/* 81%, 百分之八十, 三成 */
	GR_KIND_POINTS,				/* percentage points: 3个百分点 */
	GR_KIND_DURATION,			/* 20个工作日, 24小时, 三年 */
	GR_KIND_MEASURE,			/* a physical quantity: 平方米, 吨 */
	GR_KIND_NUMBER				/* a number with no unit (近14亿人口) */
} GrFactKind;

typedef enum GrQualifier
{
	GR_QUALIFIER_NONE = 0,
	GR_QUALIFIER_APPROX,		/* 约 近 接近 左右 大约 将近 */
	GR_QUALIFIER_OVER,			/* 余 多 超过 逾 以上 超 突破 */
	GR_QUALIFIER_UNDER			/* 不足 不到 以下 未满 以内 不超过 */
} GrQualifier;

typedef enum GrDirection
{
	GR_DIRECTION_NONE = 0,
	GR_DIRECTION_UP,			/* 增长 提高 上升 增加 */
	GR_DIRECTION_DOWN			/* 下降 减少 降低 */
} GrDirection;

typedef struct GrFact
{
	int			ord;			/* 1..n in document order */
	int			parent;			/* ord of the total this item breaks down, 0 if none */
	size_t		start;			/* the span: qualifiers, number, unit */
	size_t		end;
	char	   *value;			/* exact decimal, NUL-terminated, from env */
	char	   *value_max;		/* upper end of a range, or NULL */
	const char *unit;			/* the unit as written (into the text or a
								 * static string), NULL for none */
	size_t		unit_len;
	GrFactKind	kind;
	GrQualifier qualifier;
	GrDirection direction;
	size_t		subject_start;	/* the noun phrase naming what is counted; */
	size_t		subject_end;	/* empty (start == end) when there is none */
	int			paren_depth;	/* bracket depth at the number (internal) */
	int			sentence;		/* sentence number (internal) */
	bool		is_child;		/* has a parent (internal) */
} GrFact;

/* SQL names of the enum values ("count" …); NULL for the NONE values. */
extern const char *gr_fact_kind_name(GrFactKind kind);
extern const char *gr_qualifier_name(GrQualifier qualifier);
extern const char *gr_direction_name(GrDirection direction);

/*
 * Find every numeric fact of text[0, len), in text order.  On GR_OK,
 * *facts is an array of *count facts from env.
 */
extern GrStatus gr_facts_find(const GrEnv *env, const char *text, size_t len,
							  GrFact **facts, size_t *count);

/* Release what gr_facts_find returned (values included). */
extern void gr_facts_free(const GrEnv *env, GrFact *facts, size_t count);

#endif							/* GR_FACTS_H */
