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
