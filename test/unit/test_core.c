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
