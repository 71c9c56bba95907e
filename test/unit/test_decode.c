/*
 * test_decode.c
 *		gr_decode: a NUL in the raw bytes becomes U+FFFD (a PostgreSQL text
 *		cannot hold U+0000) and the rest is still decoded; long inputs are
 *		decoded in chunks exactly as a whole, with or without newlines.
 */
#include "unit.h"
#include "../../src/gr_repair.h"

#include <stdlib.h>
#include <unicode/ucnv.h>

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
 * the converter carries what a chunk end cuts over to the next chunk.
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

/* What ICU makes of the whole input in one call, in gr_decode's UTF-8. */
static void
icu_whole(const char *name, const unsigned char *bytes, size_t len, GrBuf *out)
{
	UErrorCode	error = U_ZERO_ERROR;
	UConverter *converter = ucnv_open(name, &error);
	UChar	   *units = malloc((len + 2) * sizeof(UChar));
	int32_t		count;
	int32_t		i;

	count = ucnv_toUChars(converter, units, (int32_t) (len + 2), (const char *) bytes,
						  (int32_t) len, &error);
	ucnv_close(converter);
	for (i = 0; i < count; i++)
	{
		uint32_t	cp = units[i];

		if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < count &&
			units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF)
		{
			cp = 0x10000 + ((cp - 0xD800) << 10) + (units[i + 1] - 0xDC00);
			i++;
		}
		else if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0x1A || cp == 0)
			cp = 0xFFFD;
		gr_buf_append_cp(out, cp);
	}
	free(units);
}

/* gr_decode of bytes in an encoding is ICU's reading of the whole. */
static bool
decodes_as_whole(GrEncoding encoding, const char *name, const unsigned char *bytes, size_t len)
{
	GrBuf		out;
	GrBuf		expected;
	GrEncoding	detected;
	bool		same;

	gr_buf_init(&expected, &gr_malloc_env, 0);
	icu_whole(name, bytes, len, &expected);
	gr_buf_init(&out, &gr_malloc_env, 0);
	same = gr_decode(&gr_malloc_env, bytes, len, encoding, &out, &detected) == GR_OK &&
		out.len == expected.len && memcmp(out.data, expected.data, expected.len) == 0;
	gr_buf_free(&out);
	gr_buf_free(&expected);
	return same;
}

/*
 * Input with no newline, no space and no ASCII punctuation is converted in
 * chunks like any other, and decodes as the whole would, wherever a chunk
 * end cuts a character: Big5 pairs whose trail bytes look like ASCII, from
 * an even and from an odd byte; GB18030 four-byte sequences whose second
 * and fourth bytes are digits, with malformed sequences among them; UTF-8
 * fullwidth brackets read as Big5 and as GB18030 (every few bytes
 * malformed).
 */
UNIT_SUITE(decode_chunks_without_newlines)
{
	size_t		len = 5 * 1024 * 1024 + 3;
	unsigned char *bytes = malloc(len);
	size_t		i;

	/* Big5 （） = A1 5D A1 5E: pairs from byte 0, then from byte 1 */
	for (i = 0; i + 1 < len; i += 2)
	{
		bytes[i] = 0xA1;
		bytes[i + 1] = (unsigned char) ((i / 2) % 2 ? 0x5E : 0x5D);
	}
	bytes[len - 1] = 0xA1;
	CHECK(decodes_as_whole(GR_ENC_BIG5, "Big5", bytes, len));
	memmove(bytes + 1, bytes, len - 1);
	bytes[0] = 'A';
	CHECK(decodes_as_whole(GR_ENC_BIG5, "Big5", bytes, len));

	/* GB18030: 81 30 81 30 (U+0080) and D5 FE (政), a malformed 81 30 41 */
	for (i = 0; i + 6 <= len; i += 6)
	{
		memcpy(bytes + i, "\x81\x30\x81\x30\xd5\xfe", 6);
		if (i % 700001 == 0)
			memcpy(bytes + i, "\x81\x30\x41\xd5\xfe\x41", 6);
	}
	for (; i < len; i++)
		bytes[i] = 'B';
	CHECK(decodes_as_whole(GR_ENC_GB18030, "gb18030", bytes, len));
	bytes[3] = 0x41;			/* out of step from the start */
	CHECK(decodes_as_whole(GR_ENC_GB18030, "gb18030", bytes, len));

	for (i = 0; i + 3 <= len; i += 3)
		memcpy(bytes + i, "\xef\xbc\x88", 3);	/* （ in UTF-8 */
	CHECK(decodes_as_whole(GR_ENC_BIG5, "Big5", bytes, len));
	CHECK(decodes_as_whole(GR_ENC_GB18030, "gb18030", bytes, len));
	free(bytes);
}
