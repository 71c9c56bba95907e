/*
 * gr_repair.h
 *		The repair pipeline: named steps, each with a detector and a fixer.
 *
 * repair() runs the steps in a fixed order over the text; each step reads
 * the text as the previous step left it and either finds nothing to do
 * (the fast path: no copy is made) or writes a repaired copy.  Every step
 * reports how often it fired and one before -> after example, which is what
 * govreport.explain() returns.
 *
 * Steps live in two files: gr_mojibake.c (the byte-level damage: encodings
 * read wrongly, lost bytes) and gr_repair.c (the pipeline and the text-level
 * damage: entities, ruby pinyin, script, width, layout, boilerplate).
 */
#ifndef GR_REPAIR_H
#define GR_REPAIR_H

#include "gr_core.h"

/* What a step did: how often it fired and its first fix, as an example. */
typedef struct GrStepReport
{
	int			fixes;			/* 0: the step found nothing, out untouched */
	char	   *before;			/* first fix, as it was (from env), or NULL */
	size_t		before_len;
	char	   *after;			/* and as the step left it */
	size_t		after_len;
} GrStepReport;

/*
 * A step.  Reads text[0, len); when it finds something to fix, appends the
 * whole repaired text to out and sets report->fixes > 0; when it finds
 * nothing, leaves out empty and report->fixes == 0 (the caller then keeps
 * text as it is).  Returns GR_OK or an allocation status.
 */
typedef GrStatus (*GrRepairStep) (const GrEnv *env, const char *text, size_t len,
								  GrBuf *out, GrStepReport *report);

/* Record the first fix of a step as its example (copies both sides). */
extern void gr_report_example(const GrEnv *env, GrStepReport *report,
							  const char *before, size_t before_len,
							  const char *after, size_t after_len);

/* ---- the pipeline (gr_repair.c) ---- */

/* What to do with traditional characters. */
typedef enum GrScript
{
	GR_SCRIPT_AUTO,				/* simplify a converted mainland document */
	GR_SCRIPT_HANS,				/* always simplify */
	GR_SCRIPT_KEEP				/* never */
} GrScript;

/* 'auto', 'hans', 'keep' (any case); false if unknown. */
extern bool gr_script_from_name(const char *name, size_t len, GrScript *script);

/* How gr_repair runs: the script choice and the steps switched off. */
typedef struct GrRepairOptions
{
	GrScript	script;
	uint32_t	disabled;		/* bit i: step i of gr_repair_steps is off */
	bool		mirrored;		/* set by gr_repair: an earlier step found a
								 * mirror's damage (ruby), evidence of a
								 * converted mainland document for 'auto' */
} GrRepairOptions;

/* The defaults: every step on, script 'auto'. */
#define GR_REPAIR_DEFAULTS {GR_SCRIPT_AUTO, 0, false}

/* A step that also reads the options (the script step does). */
typedef GrStatus (*GrRepairStepWithOptions) (const GrEnv *env, const char *text, size_t len,
											 const GrRepairOptions *options,
											 GrBuf *out, GrStepReport *report);

/* One entry of the step registry, in the order gr_repair runs them. */
typedef struct GrRepairStepInfo
{
	const char *name;			/* as explain reports it: "ruby", "script" … */
	const char *group;			/* the switch that turns it off: "encoding" … */
	GrRepairStep run;			/* exactly one of run and run_with_options */
	GrRepairStepWithOptions run_with_options;
	const char *description;	/* one line, for docs and tests */
} GrRepairStepInfo;

extern const GrRepairStepInfo gr_repair_steps[];
extern const int gr_repair_step_count;

/* The index of a step by name, or -1. */
extern int	gr_repair_step_index(const char *name, size_t len);

/* Switch a step group ("encoding", "entities", "ruby", "script", "width",
 * "layout", "boilerplate") off; false if no step is in such a group. */
extern bool gr_repair_disable_group(GrRepairOptions *options, const char *group);

/*
 * Repair text: run every step that options leave on, in registry order.
 * When no step finds anything, *changed is false and out is left empty:
 * the caller keeps text as it is (clean text passes through byte for
 * byte, without a copy).  Otherwise *changed is true and out holds the
 * repaired text.  reports, when not NULL, has gr_repair_step_count
 * entries and receives what each step did (explain).
 */
extern GrStatus gr_repair(const GrEnv *env, const char *text, size_t len,
						  const GrRepairOptions *options, GrBuf *out,
						  GrStepReport *reports, bool *changed);

/* ---- text-level steps (gr_repair.c) ---- */

/* HTML entities (numeric and named) and stray tags. */
extern GrStatus gr_step_entities(const GrEnv *env, const char *text, size_t len,
								 GrBuf *out, GrStepReport *report);

/* Document-viewer page markers ("…共和国\n2、政府…"): joined. */
extern GrStatus gr_step_page_markers(const GrEnv *env, const char *text, size_t len,
									 GrBuf *out, GrStepReport *report);

/* Page headers and footers (— 3 —, 第 3 页 共 12 页): removed. */
extern GrStatus gr_step_page_furniture(const GrEnv *env, const char *text, size_t len,
									   GrBuf *out, GrStepReport *report);

/* PDF line wraps inside a paragraph: joined. */
extern GrStatus gr_step_line_wraps(const GrEnv *env, const char *text, size_t len,
								   GrBuf *out, GrStepReport *report);

/* Flattened ruby pinyin (報(bào), 報（bào）, 報bào, 政(zheng)(zheng)). */
extern GrStatus gr_step_ruby(const GrEnv *env, const char *text, size_t len,
							 GrBuf *out, GrStepReport *report);

/* Traditional -> simplified, as options->script says. */
extern GrStatus gr_step_script(const GrEnv *env, const char *text, size_t len,
							   const GrRepairOptions *options,
							   GrBuf *out, GrStepReport *report);

/* Fullwidth ASCII letters and digits -> halfwidth (punctuation kept). */
extern GrStatus gr_step_width(const GrEnv *env, const char *text, size_t len,
							  GrBuf *out, GrStepReport *report);

/* Spaced-out headings (概 述): joined. */
extern GrStatus gr_step_spaced_headings(const GrEnv *env, const char *text, size_t len,
										GrBuf *out, GrStepReport *report);

/* Document-site and web-page chrome lines: removed. */
extern GrStatus gr_step_chrome(const GrEnv *env, const char *text, size_t len,
							   GrBuf *out, GrStepReport *report);

/* Spam injected by hijacked mirrors (gambling and porn brands): removed. */
extern GrStatus gr_step_spam(const GrEnv *env, const char *text, size_t len,
							 GrBuf *out, GrStepReport *report);

/* What mirrors dropped from fixed forms (〔202130 -> 〔2021〕30号). */
extern GrStatus gr_step_dropped(const GrEnv *env, const char *text, size_t len,
								const GrRepairOptions *options,
								GrBuf *out, GrStepReport *report);

/* Traditional -> simplified of one code point (itself when none). */
extern uint32_t gr_simplify_char(uint32_t cp);

/* ---- byte-level steps (gr_mojibake.c) ---- */

/* UTF-8 read as Latin-1 / CP1252 (also sloppy CP1252 and double encoding). */
extern GrStatus gr_step_utf8_as_latin1(const GrEnv *env, const char *text, size_t len,
									   GrBuf *out, GrStepReport *report);

/* UTF-8 read as GBK/GB18030, whole or partial, also lossy. */
extern GrStatus gr_step_utf8_as_gbk(const GrEnv *env, const char *text, size_t len,
									GrBuf *out, GrStepReport *report);

/* GBK read as Big5 and Big5 read as GBK. */
extern GrStatus gr_step_gbk_big5(const GrEnv *env, const char *text, size_t len,
								 GrBuf *out, GrStepReport *report);

/* GBK byte slips (??傮w for 。總體). */
extern GrStatus gr_step_gbk_slip(const GrEnv *env, const char *text, size_t len,
								 GrBuf *out, GrStepReport *report);

/* Runs of U+FFFD and 锟斤拷: one U+FFFD per lost character. */
extern GrStatus gr_step_lost_bytes(const GrEnv *env, const char *text, size_t len,
								   GrBuf *out, GrStepReport *report);

/*
 * The clean path of the pipeline: the detectors of utf8_as_gbk, gbk_big5
 * and lost_bytes look first for characters whose entry in
 * gr_mojibake_hint_table() is not 0 (three-byte characters, by the code
 * point their bytes make).  gr_repair's evidence scan finds them while it
 * reads the text anyway and hands them over, so that those steps do not
 * read clean text again: at[] the offsets of every such character (every
 * byte E0..EF with two more bytes after it, read three bytes at a time as
 * a scan from offset 0 reads them), ascending, bits[] their entries.
 * With hints NULL, the steps scan themselves (the plain functions above).
 */
typedef struct GrHints
{
	const size_t *at;
	const uint8_t *bits;
	size_t		count;
} GrHints;

extern const uint8_t *gr_mojibake_hint_table(void);	/* NULL: no tables (ICU failed) */
extern GrStatus gr_step_utf8_as_gbk_hinted(const GrEnv *env, const char *text, size_t len,
										   const GrHints *hints, GrBuf *out,
										   GrStepReport *report);
extern GrStatus gr_step_gbk_big5_hinted(const GrEnv *env, const char *text, size_t len,
										const GrHints *hints, GrBuf *out,
										GrStepReport *report);
extern GrStatus gr_step_lost_bytes_hinted(const GrEnv *env, const char *text, size_t len,
										  const GrHints *hints, GrBuf *out,
										  GrStepReport *report);

/*
 * Badness of a text: 0 for clean text up to 1 for garbage, from the share
 * of characters and character pairs typical of mojibake.  One linear pass.
 */
extern double gr_badness(const GrEnv *env, const char *text, size_t len);

/* Encodings that gr_decode knows. */
typedef enum GrEncoding
{
	GR_ENC_AUTO,
	GR_ENC_UTF8,
	GR_ENC_GB18030,				/* also GBK and GB2312, its subsets */
	GR_ENC_BIG5,
	GR_ENC_UTF16LE,
	GR_ENC_UTF16BE
} GrEncoding;

/* An encoding name as users write it ('gbk', 'GB2312', 'utf-8' …); false if unknown. */
extern bool gr_encoding_from_name(const char *name, size_t len, GrEncoding *encoding);

/*
 * Raw bytes of a scraped file to UTF-8 text.  GR_ENC_AUTO detects; bytes
 * that cannot be decoded become U+FFFD, and the rest is still decoded.
 */
extern GrStatus gr_decode(const GrEnv *env, const unsigned char *bytes, size_t len,
						  GrEncoding encoding, GrBuf *out, GrEncoding *detected);

#endif							/* GR_REPAIR_H */
