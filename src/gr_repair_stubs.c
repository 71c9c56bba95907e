/*
 * gr_repair_stubs.c
 *		TEMPORARY: weak no-op stand-ins for the byte-level steps, gr_badness
 *		and gr_decode of gr_mojibake.c (the mojibake branch), so that the
 *		pipeline links and is tested before that branch is merged.
 *
 * THE LEAD DELETES THIS FILE AT MERGE.  The definitions are weak, so the
 * real ones in gr_mojibake.c win even while it is still here.
 */
#include "gr_repair.h"

#include <string.h>

#define WEAK __attribute__((weak))

/* Each stand-in finds nothing: out stays empty, no fixes. */
#define NO_OP_STEP(name) \
	WEAK GrStatus \
	name(const GrEnv *env, const char *text, size_t len, GrBuf *out, GrStepReport *report) \
	{ \
		(void) env; (void) text; (void) len; (void) out; \
		report->fixes = 0; \
		return GR_OK; \
	}

NO_OP_STEP(gr_step_utf8_as_latin1)
NO_OP_STEP(gr_step_utf8_as_gbk)
NO_OP_STEP(gr_step_gbk_big5)
NO_OP_STEP(gr_step_gbk_slip)
NO_OP_STEP(gr_step_lost_bytes)

WEAK double
gr_badness(const GrEnv *env, const char *text, size_t len)
{
	(void) env;
	(void) text;
	(void) len;
	return 0.0;
}

WEAK bool
gr_encoding_from_name(const char *name, size_t len, GrEncoding *encoding)
{
	static const struct
	{
		const char *name;
		GrEncoding	encoding;
	}			names[] = {{"auto", GR_ENC_AUTO}, {"utf8", GR_ENC_UTF8}, {"utf-8", GR_ENC_UTF8},
	{"gb18030", GR_ENC_GB18030}, {"gbk", GR_ENC_GB18030}, {"gb2312", GR_ENC_GB18030},
	{"big5", GR_ENC_BIG5}, {"utf-16le", GR_ENC_UTF16LE}, {"utf-16be", GR_ENC_UTF16BE}};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
	{
		size_t		j;

		if (strlen(names[i].name) != len)
			continue;
		for (j = 0; j < len; j++)
			if ((name[j] | 0x20) != names[i].name[j] && name[j] != names[i].name[j])
				break;
		if (j == len)
		{
			*encoding = names[i].encoding;
			return true;
		}
	}
	return false;
}

/* Passes UTF-8 through (invalid bytes become U+FFFD); the real one decodes. */
WEAK GrStatus
gr_decode(const GrEnv *env, const unsigned char *bytes, size_t len,
		  GrEncoding encoding, GrBuf *out, GrEncoding *detected)
{
	size_t		pos = 0;

	(void) env;
	(void) encoding;
	if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
		pos = 3;
	while (pos < len)
	{
		size_t		start = pos;
		uint32_t	cp = gr_utf8_decode((const char *) bytes, len, &pos);

		if (cp == GR_INVALID_CP)
			gr_buf_append_cp(out, GR_REPLACEMENT_CP);
		else
			gr_buf_append(out, (const char *) bytes + start, pos - start);
	}
	if (detected)
		*detected = GR_ENC_UTF8;
	return out->status;
}
