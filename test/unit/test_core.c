/*
 * test_core.c
 *		gr_core: the inline UTF-8 fast path agrees with gr_utf8_decode.
 */
#include "unit.h"
#include "../../src/gr_core.h"

/* Every one- and three-byte sequence, and truncated ones, decode alike. */
UNIT_SUITE(core_utf8_fast)
{
	char		bytes[3];
	unsigned	lead;
	unsigned	b1;
	unsigned	b2;
	long		differ = 0;

	for (lead = 0; lead < 256; lead++)
		for (b1 = 0; b1 < 256; b1++)
			for (b2 = 0; b2 < 256; b2++)
			{
				size_t		len;

				bytes[0] = (char) lead;
				bytes[1] = (char) b1;
				bytes[2] = (char) b2;
				for (len = 1; len <= 3; len++)
				{
					size_t		slow = 0;
					size_t		fast = 0;

					if (gr_utf8_decode(bytes, len, &slow) !=
						gr_utf8_decode_fast(bytes, len, &fast) || slow != fast)
						differ++;
				}
			}
	CHECK_INT(differ, 0);
}

/*
 * GrCharTable gives the position GrCharIndex gives, at every offset of
 * texts of every length around its word and block sizes, of ASCII, Han,
 * four-byte characters and stray continuation bytes, asked in any order.
 */
UNIT_SUITE(core_char_table)
{
	static const char *pieces[] = {"a", "\xE4\xB8\x80", "\xF0\x9F\x98\x80", "\x80", "\xC3\xA9", " | 12"};
	unsigned	seed = 7;
	long		differ = 0;
	long		asked = 0;
	size_t		len;

	for (len = 0; len <= 600; len += (len < 80 ? 1 : 37))
	{
		char		text[700];
		size_t		filled = 0;
		GrCharTable table;
		GrCharIndex index;
		size_t		offset;

		/* pieces at random until len bytes (the last one may be cut) */
		while (filled < len)
		{
			const char *piece;
			size_t		n;

			seed = seed * 1103515245 + 12345;
			piece = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
			n = strlen(piece);
			if (n > len - filled)
				n = len - filled;
			memcpy(text + filled, piece, n);
			filled += n;
		}
		CHECK_INT(gr_char_table_init(&gr_malloc_env, &table, text, len), GR_OK);
		/* every offset, backwards (GrCharIndex walks back as well) */
		gr_char_index_init(&index, text, len);
		for (offset = len + 1; offset-- > 0;)
		{
			asked++;
			if (gr_char_table_position(&table, offset) != gr_char_position(&index, offset))
				differ++;
		}
		/* past the end: the end */
		if (gr_char_table_position(&table, len + 5) != (int64_t) gr_char_count(text, len) + 1)
			differ++;
		gr_release(&gr_malloc_env, table.block_before);
		gr_release(&gr_malloc_env, table.word_before);
	}
	CHECK(asked > 5000);
	CHECK_INT(differ, 0);
}
