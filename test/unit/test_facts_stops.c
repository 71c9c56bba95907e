/*
 * test_facts_stops.c
 *		Unit tests of the stop machinery the fact and date finders read the
 *		text with (gr_facts_util.h: fu_skip_plain, fu_stops_record,
 *		fu_stops_next): the stops it finds are exactly the characters the
 *		test says yes to, one by one, whether they were kept by a prescan,
 *		kept in part (the rest found by reading) or not kept at all, on
 *		report text and on malformed bytes; and the date finder gives the
 *		same dates reading its own stops as reading the fact finder's.
 */
#include "unit.h"
#include "../../src/gr_facts_util.h"

#include <stdlib.h>

/* The test of these checks: numerals (the date finder's) and the comma ， */
static bool
test_is_stop(uint32_t cp)
{
	return fu_maybe_numeral(cp) || cp == 0xFF0C;
}

/* The same test, for a map of its own (maps belong to one test). */
static bool
test_is_stop_too(uint32_t cp)
{
	return test_is_stop(cp);
}

/*
 * Whether reading text with fu_stops_next, after keeping at most max_kept
 * stops, finds exactly the stops of a plain character-by-character loop.
 * With numerals_only, the kept stops that are no numeral may be passed
 * over, but never a numeral.
 */
static bool
stops_agree(const char *text, size_t len, size_t max_kept, bool numerals_only,
			FuPlainMap *map, bool (*is_stop) (uint32_t))
{
	FuStops		stops;
	size_t		pos = 0;
	size_t		naive = 0;
	bool		ok = true;

	memset(&stops, 0, sizeof(stops));
	stops.is_stop = is_stop;
	stops.plain = map;
	fu_stops_record(&gr_malloc_env, &stops, text, len, max_kept);
	while (ok)
	{
		size_t		found = fu_stops_next(&gr_malloc_env, &stops, text, len, pos, numerals_only);
		size_t		next;

		/* the next stop of the plain loop at or after pos */
		for (naive = pos; naive < len; naive = next)
		{
			uint32_t	cp = fu_peek(text, len, naive, &next);

			if (is_stop(cp) && (!numerals_only || naive >= stops.covered ||
								fu_maybe_numeral(cp)))
				break;
		}
		if (found != naive)
			ok = false;
		if (found >= len)
			break;
		fu_peek(text, len, found, &pos);
	}
	gr_release(&gr_malloc_env, stops.at);
	return ok;
}

UNIT_SUITE(facts_stops_agree)
{
	static FuPlainMap map;
	static FuPlainMap map_too;
	static const char *const files[] = {
		"seed.txt", "000_e975f1ae8348e743.txt", NULL
	};
	const size_t kept[] = {0, 1, 7, 100, (size_t) 1 << 20};

	for (int f = 0; files[f]; f++)
	{
		size_t		len;
		char	   *text = unit_read_data(files[f], &len);

		CHECK(text != NULL);
		if (!text)
			continue;
		for (size_t k = 0; k < sizeof(kept) / sizeof(kept[0]); k++)
		{
			CHECK(stops_agree(text, len, kept[k], false, &map, test_is_stop));
			CHECK(stops_agree(text, len, kept[k], true, &map, test_is_stop));
		}
		/* a fresh map (nothing learned yet) reads the same */
		CHECK(stops_agree(text, len, 0, false, &map_too, test_is_stop_too));
		free(text);
	}
	/* short texts: below the eight and four bytes the skip reads at once */
	CHECK(stops_agree("", 0, 10, false, &map, test_is_stop));
	CHECK(stops_agree("一", 3, 10, false, &map, test_is_stop));
	CHECK(stops_agree("共有5件，", 13, 10, false, &map, test_is_stop));
	CHECK(stops_agree("共有5件，", 13, 0, true, &map, test_is_stop));
}

UNIT_SUITE(facts_stops_malformed)
{
	static FuPlainMap map;
	unsigned int seed = 12345;
	char		text[4096];

	/*
	 * Malformed UTF-8 (overlong E0 forms, surrogates, lone continuation
	 * and lead bytes) among Han characters and ASCII: the stops are still
	 * those of the character-by-character decoding.
	 */
	for (int round = 0; round < 200; round++)
	{
		static const char *const pieces[] = {
			"年", "一", "的", "，", "5", "a", " ", "\n", "\xE0\x81\xA1", "\xE0\xA4\x80",
			"\xED\xA0\x80", "\x80", "\xE4\xB8", "\xC3\xA9", "\xF0\x9F\x98\x80", "\xFF"
		};
		size_t		len = 0;

		while (len < sizeof(text) - 8)
		{
			const char *piece;

			seed = seed * 1103515245u + 12345u;
			piece = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
			memcpy(text + len, piece, strlen(piece));
			len += strlen(piece);
			if ((seed >> 8) % 97 == 0)
				break;
		}
		CHECK(stops_agree(text, len, round % 3 == 0 ? 0 : 64, round % 2 == 0, &map,
						  test_is_stop));
	}
}

/* The dates of text read by gr_dates_find and through the fact finder's stops. */
UNIT_SUITE(facts_stops_dates)
{
	static const char *const files[] = {
		"seed.txt", "000_e975f1ae8348e743.txt", NULL
	};

	for (int f = 0; files[f]; f++)
	{
		size_t		len;
		char	   *text = unit_read_data(files[f], &len);
		GrDate	   *own;
		GrDate	   *via;
		size_t		nown;
		size_t		nvia;
		FuStops		stops;
		static FuPlainMap map;

		CHECK(text != NULL);
		if (!text)
			continue;
		memset(&stops, 0, sizeof(stops));
		stops.is_stop = test_is_stop;
		stops.plain = &map;
		fu_stops_record(&gr_malloc_env, &stops, text, len, 50);
		CHECK_INT(gr_dates_find(&gr_malloc_env, text, len, &own, &nown), GR_OK);
		CHECK_INT(gr_dates_find_stops(&gr_malloc_env, text, len, &stops, &via, &nvia), GR_OK);
		CHECK(nown > 0);
		CHECK_INT(nvia, nown);
		for (size_t i = 0; i < nown && i < nvia; i++)
		{
			CHECK_INT(via[i].start, own[i].start);
			CHECK_INT(via[i].end, own[i].end);
			CHECK_STR(via[i].value, own[i].value);
		}
		gr_release(&gr_malloc_env, own);
		gr_release(&gr_malloc_env, via);
		gr_release(&gr_malloc_env, stops.at);
		free(text);
	}
}
