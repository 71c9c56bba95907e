/*
 * test_decode.c
 *		gr_decode: a NUL in the raw bytes becomes U+FFFD (a PostgreSQL text
 *		cannot hold U+0000) and the rest is still decoded; long inputs are
 *		decoded in chunks exactly as a whole.
 */
#include "unit.h"
#include "../../src/gr_repair.h"

#include <stdlib.h>

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

/*
 * GB18030 input longer than a conversion chunk decodes as a whole would:
 * the chunks end after newlines, which no GBK character contains.
 */
UNIT_SUITE(decode_chunks)
{
	static const unsigned char line[] = "\xd5\xfe\xb8\xae\xd0\xc5\xcf\xa2\n";	/* 政府信息 */
	static const char expected[] = "政府信息\n";
	size_t		lines = 300000;	/* 2.7 MB of GBK */
	size_t		line_len = sizeof(line) - 1;
	unsigned char *bytes = malloc(lines * line_len);
	GrBuf		out;
	GrEncoding	detected;
	size_t		i;
	bool		same = true;

	for (i = 0; i < lines; i++)
		memcpy(bytes + i * line_len, line, line_len);
	gr_buf_init(&out, &gr_malloc_env, 0);
	CHECK_INT(gr_decode(&gr_malloc_env, bytes, lines * line_len, GR_ENC_GB18030, &out, &detected), GR_OK);
	CHECK_INT(out.len, lines * (sizeof(expected) - 1));
	for (i = 0; i < lines && same; i++)
		same = memcmp(out.data + i * (sizeof(expected) - 1), expected, sizeof(expected) - 1) == 0;
	CHECK(same);
	gr_buf_free(&out);
	free(bytes);
}
