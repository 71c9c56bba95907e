/*
 * gr_sections.h
 *		The numbered section tree of a report.
 *
 * Finds the headings of a report (GB/T 9704 numbering and its damaged
 * variants, headings inline in running text), their levels, parents,
 * headings, bodies and the genre's canonical topics.  Offsets are bytes
 * into the text; the glue turns them into 1-based character positions.
 */
#ifndef GR_SECTIONS_H
#define GR_SECTIONS_H

#include "gr_core.h"

/* The standard parts of an annual disclosure report. */
typedef enum GrTopic
{
	GR_TOPIC_NONE = 0,
	GR_TOPIC_OVERVIEW,			/* 概述, 总体情况 */
	GR_TOPIC_PROACTIVE,			/* 主动公开政府信息情况 */
	GR_TOPIC_REQUESTS,			/* 依申请公开, 收到和处理政府信息公开申请情况 */
	GR_TOPIC_CONSULTATION,		/* 咨询处理 */
	GR_TOPIC_FEES,				/* 收费及减免 */
	GR_TOPIC_APPEALS,			/* 行政复议、行政诉讼, 申诉 */
	GR_TOPIC_PROBLEMS,			/* 存在的主要问题及改进措施 */
	GR_TOPIC_OTHER				/* 其他需要报告的事项 */
} GrTopic;

/* The SQL name of a topic ("overview" …), or NULL for GR_TOPIC_NONE. */
extern const char *gr_topic_name(GrTopic topic);

typedef struct GrSection
{
	int			ord;			/* 1..n in document order */
	int			parent;			/* ord of the enclosing section, 0 at the top */
	int			level;			/* 0 for the preamble row, 1 = top level used */
	int			number;			/* value of the label (二 -> 2), 0 if none */
	GrTopic		topic;			/* inherited by subsections */
	size_t		label_start;	/* the label as written (一、), empty for level 0 */
	size_t		label_end;
	size_t		heading_start;	/* the title after the label, no trailing punctuation */
	size_t		heading_end;
	size_t		body_start;		/* own text: after the heading, before the first subsection */
	size_t		body_end;
	size_t		start;			/* label start (0 for the preamble) */
	size_t		end;			/* just past the section, subsections included */

	/*
	 * The label and the heading as written, but without what document
	 * viewers and scrapers inserted into them: page markers (存在\n8、问题 ->
	 * 存在问题) and flattened ruby pinyin (领(lǐng)导 -> 领导).  They point
	 * into text when nothing was removed, else into the memory of the
	 * sections array (one release frees both).  NULL (length 0) for level 0.
	 */
	const char *label;
	size_t		label_len;
	const char *heading;
	size_t		heading_len;
} GrSection;

/*
 * Find the sections of text[0, len).  On GR_OK, *sections is an array of
 * *count sections from env (row 1 is the level-0 preamble when the text
 * has one).  Linear in len.
 */
extern GrStatus gr_sections_find(const GrEnv *env, const char *text, size_t len,
								 GrSection **sections, size_t *count);

/*
 * gr_sections_find for callers that only place spans in the tree (tables'
 * section column): the same rows with their ord, parent, level, number,
 * topic, start, end and label_start, the other fields zero (label and
 * heading NULL).  It skips working out the labels, headings and bodies as
 * written.  gr_sections_at works on its rows.
 */
extern GrStatus gr_sections_bounds(const GrEnv *env, const char *text, size_t len,
								   GrSection **sections, size_t *count);

/*
 * The index (0-based, into sections) of the innermost section that holds
 * byte offset, or -1 if none does.  For callers that label spans of the same
 * text (facts, tables) with their section.  O(log count + depth).
 */
extern long gr_sections_at(const GrSection *sections, size_t count, size_t offset);

#endif							/* GR_SECTIONS_H */
