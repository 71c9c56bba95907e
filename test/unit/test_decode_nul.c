/*
 * test_decode_nul.c
 *		gr_decode never writes U+0000, which a PostgreSQL text cannot hold:
 *		a NUL in the raw bytes becomes U+FFFD and the rest is still decoded.
 */
#include "unit.h"
#include "../../src/gr_repair.h"

UNIT_SUITE(decode_nul)
{
	static const unsigned char utf8[] = "\xe6\x94\xbf\x00\xe5\xba\x9c";	/* 政 NUL 府 */
	static const unsigned char utf16le[] = {0x3f, 0x65, 0x00, 0x00, 0x9c, 0x5e};
	GrBuf		out;
	GrEncoding	detected;

	gr_buf_init(&out, &gr_malloc_env, 0);
	CHECK_INT(gr_decode(&gr_malloc_env, utf8, sizeof(utf8) - 1, GR_ENC_UTF8, &out, &detected), GR_OK);
	gr_buf_append_char(&out, '\0');
	CHECK_STR(out.data, "政\xef\xbf\xbd府");
	gr_buf_free(&out);

	gr_buf_init(&out, &gr_malloc_env, 0);
	CHECK_INT(gr_decode(&gr_malloc_env, utf16le, sizeof(utf16le), GR_ENC_UTF16LE, &out, &detected), GR_OK);
	gr_buf_append_char(&out, '\0');
	CHECK_STR(out.data, "政\xef\xbf\xbd府");
	gr_buf_free(&out);
}
