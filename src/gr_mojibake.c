/*
 * gr_mojibake.c
 *		The byte-level repair steps: text whose bytes were decoded with the
 *		wrong encoding (UTF-8 read as Latin-1/CP1252 or as GBK, GBK read as
 *		Big5 and back, GBK byte slips), lost bytes, a badness score, and the
 *		decoding of raw bytes with encoding detection.
 *
 * Every wrong-decoding step works the same way.  The text is turned back
 * into the bytes the wrong decoder saw (its "image": each character's bytes
 * in the encoding that was wrongly applied, U+FFFD standing for a byte the
 * wrong decoder could not read), and a Viterbi pass over those bytes chooses,
 * character by character, between keeping the text as it is and reading the
 * image bytes with the right decoder.  Both readings are scored by how
 * plausible their characters are (the cost of a character is its negative
 * log frequency in clean report text, see gr_mojibake_freq.inc), and reading
 * a stretch differently costs a fixed penalty at each end: a stretch is only
 * repaired when the repaired text is clearly more plausible, as ftfy does.
 * Where a byte was lost, the candidates for it are the bytes that the wrong
 * decoder would also have rejected at that place; the most frequent
 * resulting character is taken when it is clearly the likeliest, else
 * U+FFFD.
 *
 * A cheap detector runs first over the text and allocates nothing; the
 * Viterbi pass (linear, a few arrays as long as the text) only runs when the
 * detector has found a trace of the damage.
 *
 * The code tables (GB18030 two-byte codes, Big5) come from ICU converters,
 * built once per process into static arrays and immutable afterwards; no ICU
 * object is held across GR_POLL.
 */
#include "gr_repair.h"

#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include "gr_mojibake_freq.inc"
#include "gr_mojibake_big5.inc"

/* ---------------------------------------------------------------------
 * Small math (the core does not link libm)
 * --------------------------------------------------------------------- */

#define LN2 0.6931471805599453

/* e^x for the moderate x that scores take, to about 1e-9 relative. */
static double
approx_exp(double x)
{
	int			k;
	double		r;
	double		term = 1.0;
	double		sum = 1.0;
	int			i;

	if (x < -700.0)
		return 0.0;
	if (x > 700.0)
		x = 700.0;
	k = (int) (x / LN2);
	if (k * LN2 > x)
		k--;
	r = x - k * LN2;
	for (i = 1; i <= 14; i++)
	{
		term *= r / i;
		sum += term;
	}
	for (; k > 0; k--)
		sum *= 2.0;
	for (; k < 0; k++)
		sum *= 0.5;
	return sum;
}

/* ln(x) for x > 0, to about 1e-9. */
static double
approx_log(double x)
{
	int			k = 0;
	double		y;
	double		y2;
	double		term;
	double		sum = 0.0;
	int			i;

	while (x >= 2.0)
	{
		x *= 0.5;
		k++;
	}
	while (x < 1.0)
	{
		x *= 2.0;
		k--;
	}
	y = (x - 1.0) / (x + 1.0);
	y2 = y * y;
	term = y;
	for (i = 1; i < 60; i += 2)
	{
		sum += term / i;
		term *= y2;
	}
	return 2.0 * sum + k * LN2;
}

/* ---------------------------------------------------------------------
 * Code tables
 * --------------------------------------------------------------------- */

#define DBCS_LEADS 126			/* 0x81 .. 0xFE */
#define DBCS_TRAILS 191			/* 0x40 .. 0xFE */
#define DBCS_INDEX(lead, trail) (((lead) - 0x81) * DBCS_TRAILS + ((trail) - 0x40))

/*
 * The penalty, in nats, for a candidate byte the wrong decoder would have
 * read rather than rejected.  GBK tables agree between decoders (ICU's
 * GB18030 without private use is Python's GBK), so such a byte is almost
 * surely not the lost one; Big5 decoders differ more.  Image codecs are
 * 0 Latin-1, 1 GBK, 2 Big5.
 */
#define REJECT_PENALTY(image) ((image) == 2 ? 4.0f : 12.0f)

#define PAIR_SLOTS 65536		/* a power of two, over twice the pairs */

typedef struct MojibakeTables
{
	uint16_t	gbk_decode[DBCS_LEADS * DBCS_TRAILS];	/* 0: no character */
	uint16_t	big5_decode[DBCS_LEADS * DBCS_TRAILS];
	uint16_t	gbk_encode[65536];	/* (lead << 8) | trail, or a byte < 0x100 */
	uint16_t	big5_encode[65536];
	float		cost[65536];	/* plausibility cost of each BMP character */
	uint16_t	count[65536];	/* how often clean text shows it */
	float		probability[65536]; /* exp(-cost) */
	uint16_t	fold[65536];	/* simplified form of a traditional one, or 0 */
	uint32_t	pair_slot_key[PAIR_SLOTS];	/* gr_pair_keys hashed; 0: empty */
	uint16_t	pair_slot_count[PAIR_SLOTS];
	float		reject_factor[3];	/* exp(-REJECT_PENALTY) per image codec */
	/* bit y - 0x80: continuation byte y rejected before byte next (256: unknown) */
	uint64_t	reject_mask[3][257];
	/* bit x - 0x80 of [0] (x < 0xC0) or x - 0xC0 of [1]: byte x rejected before next */
	uint64_t	reject_wide[3][257][2];
	/* characters whose two-byte code the image codec rejects, per direction */
	uint16_t	both_lost[3][4096];
	int			both_lost_count[3];
	uint8_t		gbk_class[65536];	/* UTF-8 roles of a character's GBK bytes */
	int8_t		big5_gain[65536];	/* plausibility gained reading Big5 bytes as GBK */
	int8_t		gbk_gain[65536];	/* and GBK bytes as Big5 */
	uint8_t		hint[65536];	/* HINT_* bits: characters worth a closer look */
	float		cheapest;		/* the least char_cost of all */
	/* the least char_cost of unit_utf8_split's candidates: a head's, a tail's */
	float		split_head_cheapest[16][64];	/* [lead & 0x0F][second & 0x3F] */
	float		split_tail_cheapest[64][64];	/* [first & 0x3F][second & 0x3F] */
	uint8_t		bad[65536];		/* BAD_* bits, for gr_badness */
} MojibakeTables;

#define BAD_MARK	0x01		/* C1 control, U+FFFD, private use: bad alone */
#define BAD_RARE	0x02		/* a Han character clean text hardly shows */
#define BAD_LEAD	0x04		/* Latin-1 letter that starts UTF-8 (Â..ô) */
#define BAD_CONT	0x08		/* Latin-1/CP1252 character from 80..BF */
#define BAD_KUN		0x10		/* 锟 */
#define BAD_JIN		0x20		/* 斤 */

/*
 * Characters that clean text almost never has and damaged text is full of
 * (about 2 in 10,000 characters of clean reports, a third or more of
 * damaged ones): the detectors only look closer around them.
 */
#define HINT_UTF8_IN_GBK 0x01	/* GBK bytes E0..EF then 80..BF: a UTF-8 lead */
#define HINT_BIG5_AS_GBK 0x02	/* big5_gain of 4 nats or more */
#define HINT_GBK_AS_BIG5 0x04	/* gbk_gain of 4 nats or more */
#define HINT_LOST	0x08		/* U+FFFD and 锟 */

/* UTF-8 roles of a byte, for the detectors (gbk_class holds two, low first). */
#define ROLE_NONE 0
#define ROLE_CONT 1				/* 80..BF */
#define ROLE_LEAD2 2			/* C2..DF */
#define ROLE_LEAD3 3			/* E0..EF */
#define ROLE_LEAD4 4			/* F0..F4 */
#define ROLE_OTHER 5			/* ASCII or a byte UTF-8 never has */
#define GAIN_NONE (-128)		/* no two-byte code either side */

static MojibakeTables tables;

/* The slot of a pair key in the hash table. */
static inline uint32_t
pair_hash(uint32_t key)
{
	return (key * 2654435761u) >> 16 & (PAIR_SLOTS - 1);
}

#define INFINITE_SPLIT_COST 1e30f	/* INFINITE_COST, defined with the pass */

#define COUNT_CACHE 4096		/* tables_ready: costs of counts below it cached */
#define EXP_CACHE_BITS 12
#define EXP_CACHE (1 << EXP_CACHE_BITS)

static int	tables_state;		/* 0: not built, 1: built, -1: ICU failed */

/* Decode one two-byte sequence with an ICU converter; 0 if it is not a character. */
static uint16_t
icu_decode_pair(UConverter *converter, unsigned char lead, unsigned char trail)
{
	char		bytes[2];
	UChar		result[4];
	UErrorCode	error = U_ZERO_ERROR;
	int32_t		length;

	bytes[0] = (char) lead;
	bytes[1] = (char) trail;
	ucnv_reset(converter);
	length = ucnv_toUChars(converter, result, 4, bytes, 2, &error);
	if (U_FAILURE(error) || length != 1 || result[0] == 0xFFFD || result[0] == 0x1A ||
		(result[0] >= 0xD800 && result[0] <= 0xDFFF) || result[0] < 0x80)
		return 0;
	return result[0];
}

/*
 * Decode every two-byte sequence of one lead byte (trails 0x40..0xFE but
 * 0x7F) with one ICU call: the pairs, each followed by a newline, go in as
 * one buffer with offsets, and a pair stands for a character when exactly
 * one UChar comes from its bytes, from its lead byte, and passes the tests
 * of icu_decode_pair (the codecs are stateless, so a pair reads the same
 * alone and between newlines).  row[trail - 0x40] receives the character
 * or 0.  The converter must skip what it cannot read.  False when ICU
 * fails (the caller then decodes the pairs one by one).
 */
static bool
icu_decode_row(UConverter *converter, unsigned char lead, uint16_t *row)
{
	char		bytes[3 * 191];
	UChar		result[4 * 191];
	int32_t		offsets[4 * 191];
	uint16_t	seen[191];		/* UChars from each pair */
	const char *source = bytes;
	UChar	   *target = result;
	UErrorCode	error = U_ZERO_ERROR;
	size_t		n = 0;
	unsigned	trail;
	int32_t		k;
	int32_t		count;

	for (trail = 0x40; trail <= 0xFE; trail++)
	{
		bytes[n++] = (char) lead;
		bytes[n++] = (char) trail;
		bytes[n++] = '\n';
	}
	ucnv_reset(converter);
	ucnv_toUnicode(converter, &target, result + 4 * 191, &source, bytes + n,
				   offsets, true, &error);
	if (U_FAILURE(error) || source != bytes + n)
		return false;
	count = (int32_t) (target - result);
	memset(seen, 0, sizeof(seen));
	memset(row, 0, 191 * sizeof(uint16_t));
	for (k = 0; k < count; k++)
	{
		int32_t		at = offsets[k];
		int32_t		pair;

		if (at < 0)
			return false;
		pair = at / 3;
		if (at % 3 == 2)
			continue;			/* the newline */
		seen[pair]++;
		if (at % 3 == 0)
			row[pair] = result[k];
		else
			seen[pair] = 2;		/* the lead was rejected, the trail read alone */
	}
	for (trail = 0x40; trail <= 0xFE; trail++)
	{
		unsigned	pair = trail - 0x40;
		UChar		c = row[pair];

		if (seen[pair] != 1 || c == 0xFFFD || c == 0x1A ||
			(c >= 0xD800 && c <= 0xDFFF) || c < 0x80)
			row[pair] = 0;
	}
	return true;
}

/* The default cost of a character that clean report text does not show. */
static float
class_cost(uint32_t cp)
{
	if (cp < 0x80)
	{
		if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r')
			return 1.0f;
		if (cp < 0x20 || cp == 0x7F)
			return 16.0f;
		return 3.0f;
	}
	if (cp < 0xA0)
		return 22.0f;			/* C1 controls */
	if (cp < 0xC0)
		return 12.0f;			/* Latin-1 symbols: ¢ £ ¤ ¦ § ¨ © ... */
	if (cp <= 0xFF)
		return 9.0f;			/* Latin-1 letters */
	if (cp < 0x250)
		return 11.0f;			/* Latin extended */
	if (cp >= 0x4E00 && cp <= 0x9FFF)
		return 14.5f;			/* an unseen Han character */
	if (cp >= 0x3400 && cp <= 0x4DBF)
		return 18.0f;			/* CJK extension A */
	if (cp >= 0xE000 && cp <= 0xF8FF)
		return 24.0f;			/* private use */
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 30.0f;
	if (cp == 0xFFFD)
		return 16.0f;
	if (cp >= 0x300 && cp < 0x370)
		return 16.0f;			/* combining marks */
	if (cp >= 0xAC00 && cp <= 0xD7AF)
		return 15.0f;			/* Hangul */
	return 14.0f;
}

/* Cost of any code point. */
static inline float
char_cost(uint32_t cp)
{
	if (cp < 0x10000)
		return tables.cost[cp];
	if (cp >= 0x20000 && cp <= 0x3FFFF)
		return 24.0f;			/* CJK extensions B and beyond */
	if (cp >= 0x1F000 && cp <= 0x1FAFF)
		return 16.0f;			/* emoji */
	return 40.0f;
}

static inline uint16_t dbcs_decode(const uint16_t *table, unsigned lead, unsigned trail);

/*
 * gr_utf8_decode with the common cases inline: ASCII, and three-byte
 * sequences that cannot be overlong or surrogates (leads E1..EC, EE, EF);
 * everything else goes to gr_utf8_decode.  Same results.
 */
static inline uint32_t
utf8_decode_inline(const char *text, size_t len, size_t *pos)
{
	const unsigned char *s = (const unsigned char *) text + *pos;
	size_t		left = len - *pos;

	if (left > 0 && s[0] < 0x80)
	{
		*pos += 1;
		return s[0];
	}
	if (left >= 3 && s[0] >= 0xE1 && s[0] <= 0xEF && s[0] != 0xED &&
		(s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
	{
		*pos += 3;
		return ((uint32_t) (s[0] & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) |
			(s[2] & 0x3F);
	}
	return gr_utf8_decode(text, len, pos);
}
static int	latin_byte(uint32_t cp);

/*
 * Build the tables once per process.  Returns false when ICU lacks a
 * converter (the steps then find nothing to do).
 */
static bool
tables_ready(void)
{
	UConverter *gbk;
	UConverter *big5;
	UErrorCode	error = U_ZERO_ERROR;
	unsigned	lead;
	unsigned	trail;
	size_t		i;
	uint32_t	cp;

	if (tables_state != 0)
		return tables_state > 0;
	gbk = ucnv_open("gb18030", &error);
	big5 = U_SUCCESS(error) ? ucnv_open("Big5", &error) : NULL;
	if (U_FAILURE(error))
	{
		if (gbk)
			ucnv_close(gbk);
		tables_state = -1;
		return false;
	}
	for (lead = 0x81; lead <= 0xFE; lead++)
	{
		uint16_t	gbk_row[191];
		uint16_t	big5_row[191];
		bool		rows;

		ucnv_setToUCallBack(gbk, UCNV_TO_U_CALLBACK_SKIP, NULL, NULL, NULL, &error);
		ucnv_setToUCallBack(big5, UCNV_TO_U_CALLBACK_SKIP, NULL, NULL, NULL, &error);
		rows = U_SUCCESS(error) &&
			icu_decode_row(gbk, (unsigned char) lead, gbk_row) &&
			icu_decode_row(big5, (unsigned char) lead, big5_row);
		if (!rows)
		{
			error = U_ZERO_ERROR;
			ucnv_setToUCallBack(gbk, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
			ucnv_setToUCallBack(big5, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
			error = U_ZERO_ERROR;
		}
		for (trail = 0x40; trail <= 0xFE; trail++)
		{
			uint16_t	g;
			uint16_t	b;

			if (trail == 0x7F)
				continue;
			g = rows ? gbk_row[trail - 0x40] : icu_decode_pair(gbk, lead, trail);
			b = rows ? big5_row[trail - 0x40] : icu_decode_pair(big5, lead, trail);
			tables.gbk_decode[DBCS_INDEX(lead, trail)] = g;
			tables.big5_decode[DBCS_INDEX(lead, trail)] = b;
			if (g && tables.gbk_encode[g] == 0)
				tables.gbk_encode[g] = (uint16_t) ((lead << 8) | trail);
			if (b && tables.big5_encode[b] == 0)
				tables.big5_encode[b] = (uint16_t) ((lead << 8) | trail);
		}
	}
	ucnv_close(gbk);
	ucnv_close(big5);

	/* Big5 as Python's codec reads it (the ETEN extensions ICU leaves to private use) */
	for (i = 0; i < sizeof(gr_big5_extra) / sizeof(gr_big5_extra[0]); i++)
	{
		unsigned	code = gr_big5_extra[i].code;
		uint16_t   *slot = &tables.big5_decode[DBCS_INDEX(code >> 8, code & 0xFF)];

		if (*slot == 0 || (*slot >= 0xE000 && *slot <= 0xF8FF))
			*slot = gr_big5_extra[i].cp;
		if (tables.big5_encode[gr_big5_extra[i].cp] == 0)
			tables.big5_encode[gr_big5_extra[i].cp] = (uint16_t) code;
	}

	/* Variants that other GBK decoders (Python's, Windows code page 936) produce. */
	if (tables.gbk_encode[0x2015] == 0)
		tables.gbk_encode[0x2015] = tables.gbk_encode[0x2014];
	if (tables.gbk_encode[0x30FB] == 0)
		tables.gbk_encode[0x30FB] = tables.gbk_encode[0x00B7];
	tables.gbk_encode[0x20AC] = 0x80;	/* code page 936 reads byte 0x80 as the euro sign */

	for (cp = 0; cp < 65536; cp++)
		tables.cost[cp] = class_cost(cp);
	for (i = 0; i < sizeof(gr_freq_table) / sizeof(gr_freq_table[0]); i++)
		tables.count[gr_freq_table[i].cp] = gr_freq_table[i].count;
	{
		/*
		 * The cost of a count and exp(-cost) are pure functions of their
		 * argument, and most arguments repeat (rare characters share small
		 * counts, most characters a class cost): each is computed once and
		 * looked up after, in small caches built here and dropped.
		 */
		static float count_cost[COUNT_CACHE];
		static bool count_cost_ready[COUNT_CACHE];
		static uint32_t exp_key[EXP_CACHE];
		static float exp_value[EXP_CACHE];
		static bool exp_ready[EXP_CACHE];

		for (i = 0; i < sizeof(gr_freq_table) / sizeof(gr_freq_table[0]); i++)
		{
			unsigned	count = gr_freq_table[i].count;
			float		cost;

			if (count < COUNT_CACHE && count_cost_ready[count])
				cost = count_cost[count];
			else
			{
				cost = (float) -approx_log(((double) count + 0.5) / (double) GR_FREQ_TOTAL);
				if (count < COUNT_CACHE)
				{
					count_cost[count] = cost;
					count_cost_ready[count] = true;
				}
			}
			tables.cost[gr_freq_table[i].cp] = cost;
		}
		for (cp = 0; cp < 65536; cp++)
		{
			float		cost = tables.cost[cp];
			uint32_t	bits;
			uint32_t	slot;

			memcpy(&bits, &cost, sizeof(bits));
			slot = (bits * 2654435761u) >> (32 - EXP_CACHE_BITS);
			if (!exp_ready[slot] || exp_key[slot] != bits)
			{
				exp_key[slot] = bits;
				exp_value[slot] = (float) approx_exp(-(double) cost);
				exp_ready[slot] = true;
			}
			tables.probability[cp] = exp_value[slot];
		}
	}

	/* what the detectors look up per character */
	for (cp = 0x80; cp < 65536; cp++)
	{
		uint16_t	code = tables.gbk_encode[cp];
		int			k;

		if (code >= 0x100)
		{
			unsigned	bytes[2] = {code >> 8, code & 0xFF};
			uint8_t		roles = 0;

			for (k = 0; k < 2; k++)
			{
				unsigned	b = bytes[k];
				int			role = (b >= 0x80 && b <= 0xBF) ? ROLE_CONT :
					(b >= 0xC2 && b <= 0xDF) ? ROLE_LEAD2 :
					(b >= 0xE0 && b <= 0xEF) ? ROLE_LEAD3 :
					(b >= 0xF0 && b <= 0xF4) ? ROLE_LEAD4 : ROLE_OTHER;

				roles |= (uint8_t) (role << (4 * k));
			}
			tables.gbk_class[cp] = roles;
		}
		else if (code == 0x80)
			tables.gbk_class[cp] = ROLE_CONT;
		tables.big5_gain[cp] = GAIN_NONE;
		tables.gbk_gain[cp] = GAIN_NONE;
		for (k = 0; k < 2; k++)
		{
			uint16_t	from = k ? tables.gbk_encode[cp] : tables.big5_encode[cp];
			uint16_t	other;
			float		gain;

			if (from < 0x100)
				continue;
			other = dbcs_decode(k ? tables.big5_decode : tables.gbk_decode, from >> 8, from & 0xFF);
			if (other == 0)
				continue;
			gain = (tables.cost[cp] - tables.cost[other]) * 4.0f;
			if (gain > 127.0f)
				gain = 127.0f;
			if (gain < -127.0f)
				gain = -127.0f;
			if (k)
				tables.gbk_gain[cp] = (int8_t) gain;
			else
				tables.big5_gain[cp] = (int8_t) gain;
			if (gain >= 16.0f)
				tables.hint[cp] |= k ? HINT_GBK_AS_BIG5 : HINT_BIG5_AS_GBK;
		}
		if ((tables.gbk_class[cp] & 0x0F) == ROLE_LEAD3 && (tables.gbk_class[cp] >> 4) == ROLE_CONT)
			tables.hint[cp] |= HINT_UTF8_IN_GBK;
	}
	tables.hint[0xFFFD] |= HINT_LOST;
	tables.hint[0x951F] |= HINT_LOST;
	/* a lower bound of char_cost: BMP from the table, the rest 16 or more */
	tables.cheapest = 16.0f;
	for (uint32_t cp = 0; cp < 65536; cp++)
		if (tables.cost[cp] < tables.cheapest)
			tables.cheapest = tables.cost[cp];
	/* the candidates unit_utf8_split enumerates, cheapest first */
	for (unsigned a = 0; a < 64; a++)
		for (unsigned b = 0; b < 64; b++)
		{
			float		head = INFINITE_SPLIT_COST;
			float		tail = INFINITE_SPLIT_COST;

			for (unsigned x = 0xAA; a < 16 && x <= 0xAF; x++)
				if (tables.cost[(a << 12) | (b << 6) | (x & 0x3F)] < head)
					head = tables.cost[(a << 12) | (b << 6) | (x & 0x3F)];
			for (unsigned x = 0xE1; x <= 0xEF; x++)
				if (x != 0xED && tables.cost[((x & 0x0F) << 12) | (a << 6) | b] < tail)
					tail = tables.cost[((x & 0x0F) << 12) | (a << 6) | b];
			if (a < 16)
				tables.split_head_cheapest[a][b] = head;
			tables.split_tail_cheapest[a][b] = tail;
		}
	for (cp = 0x80; cp < 65536; cp++)
	{
		int			byte = latin_byte(cp);
		uint8_t		bits = 0;

		if (cp < 0xA0 || cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF) ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			bits |= BAD_MARK;
		if (cp >= 0x2E80 && tables.cost[cp] >= 13.0f)
			bits |= BAD_RARE;
		if (byte >= 0xC2 && byte <= 0xF4)
			bits |= BAD_LEAD;
		if (byte >= 0x80 && byte <= 0xBF)
			bits |= BAD_CONT;
		if (cp == 0x951F)
			bits |= BAD_KUN;
		if (cp == 0x65A4)
			bits |= BAD_JIN;
		tables.bad[cp] = bits;
	}
	for (i = 0; i < sizeof(gr_pair_keys) / sizeof(gr_pair_keys[0]); i++)
	{
		uint32_t	slot = pair_hash(gr_pair_keys[i]);

		while (tables.pair_slot_key[slot] != 0)
			slot = (slot + 1) & (PAIR_SLOTS - 1);
		tables.pair_slot_key[slot] = gr_pair_keys[i];
		tables.pair_slot_count[slot] = gr_pair_counts[i];
	}
	for (i = 0; i < 3; i++)
		tables.reject_factor[i] = (float) approx_exp(-(double) REJECT_PENALTY((int) i));
	for (i = 0; i < sizeof(gr_fold_table) / sizeof(gr_fold_table[0]); i++)
		tables.fold[gr_fold_table[i].traditional] = gr_fold_table[i].simplified;
	tables_state = 1;
	return true;
}

/* A two-byte code of table, or 0. */
static inline uint16_t
dbcs_decode(const uint16_t *table, unsigned lead, unsigned trail)
{
	if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE || trail == 0x7F)
		return 0;
	return table[DBCS_INDEX(lead, trail)];
}

/* Is (lead, trail) a character for a strict decoder of table (no private use)? */
static inline bool
dbcs_pair_valid(const uint16_t *table, unsigned lead, unsigned trail)
{
	uint16_t	cp = dbcs_decode(table, lead, trail);

	return cp != 0 && !(cp >= 0xE000 && cp <= 0xF8FF);
}

#define PAIR_NONE 0xFFFFFFFFu

/*
 * A character as the pairs know it (digits as '0'; traditional text read
 * as such counts with its simplified pairs), or PAIR_NONE: no pair has it.
 */
static inline uint32_t
pair_side(uint32_t cp, bool fold)
{
	if (cp >= '0' && cp <= '9')
		cp = '0';
	if ((cp < 0x80 && cp != '0' && cp != '\n') || cp > 0xFFFF)
		return PAIR_NONE;
	if (fold && tables.fold[cp])
		cp = tables.fold[cp];
	return cp;
}

/* How often clean text shows the pair of two pair_side()s (neither PAIR_NONE). */
static inline unsigned
pair_lookup(uint32_t first, uint32_t second)
{
	uint32_t	key = first << 16 | second;
	uint32_t	slot;

	for (slot = pair_hash(key);; slot = (slot + 1) & (PAIR_SLOTS - 1))
	{
		if (tables.pair_slot_key[slot] == key)
			return tables.pair_slot_count[slot];
		if (tables.pair_slot_key[slot] == 0)
			return 0;
	}
}

/* How often clean text shows the pair (first, second). */
static inline unsigned
pair_count(uint32_t first, uint32_t second, bool fold)
{
	uint32_t	a = pair_side(first, fold);
	uint32_t	b = pair_side(second, fold);

	if (a == PAIR_NONE || b == PAIR_NONE)
		return 0;
	return pair_lookup(a, b);
}

#define CONTEXT_WEIGHT 20.0		/* pseudo-count of the unigram in a pair estimate */

/* How often clean text shows an ASCII class the pairs know (digits, newline); 0 else. */
static inline double
ascii_class_count(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (double) GR_DIGIT_COUNT;
	if (cp == '\n')
		return (double) GR_NEWLINE_COUNT;
	return 0;
}

/* exp(-cost) of any code point. */
static inline double
char_probability(uint32_t cp)
{
	return cp < 65536 ? (double) tables.probability[cp] : approx_exp(-(double) char_cost(cp));
}

/*
 * How likely candidate c is between its neighbours prev and next (0:
 * unknown), context_probability(prev, c, next): P(c | prev) * P(next | c),
 * each a pair estimate smoothed towards the single-character frequency.
 * Used to choose among the candidates for a lost byte, where the
 * neighbours decide (第十一 rather than 第协一).  Products, not logs: this
 * runs for every candidate, in chooser_add, with the terms of prev and next
 * computed once per unit by chooser_init.
 */

/* Windows-1252 bytes 0x80..0x9F; 0 where it has no character. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* The byte that Latin-1 or (sloppy) Windows-1252 decodes to cp, or -1. */
static int
latin_byte(uint32_t cp)
{
	if (cp < 0x100)
		return (int) cp;
	if (cp < 0x152 || cp > 0x2122)
		return -1;
	/* cp1252_high inverted (the compiler searches the cases) */
	switch (cp)
	{
		case 0x0152:
			return 0x8C;
		case 0x0153:
			return 0x9C;
		case 0x0160:
			return 0x8A;
		case 0x0161:
			return 0x9A;
		case 0x0178:
			return 0x9F;
		case 0x017D:
			return 0x8E;
		case 0x017E:
			return 0x9E;
		case 0x0192:
			return 0x83;
		case 0x02C6:
			return 0x88;
		case 0x02DC:
			return 0x98;
		case 0x2013:
			return 0x96;
		case 0x2014:
			return 0x97;
		case 0x2018:
			return 0x91;
		case 0x2019:
			return 0x92;
		case 0x201A:
			return 0x82;
		case 0x201C:
			return 0x93;
		case 0x201D:
			return 0x94;
		case 0x201E:
			return 0x84;
		case 0x2020:
			return 0x86;
		case 0x2021:
			return 0x87;
		case 0x2022:
			return 0x95;
		case 0x2026:
			return 0x85;
		case 0x2030:
			return 0x89;
		case 0x2039:
			return 0x8B;
		case 0x203A:
			return 0x9B;
		case 0x20AC:
			return 0x80;
		case 0x2122:
			return 0x99;
		default:
			return -1;
	}
}

/* ---------------------------------------------------------------------
 * The image: the bytes a wrong decoder saw
 * --------------------------------------------------------------------- */

typedef enum ImageCodec
{
	IMAGE_LATIN,				/* Latin-1 / Windows-1252, one byte per character */
	IMAGE_GBK,
	IMAGE_BIG5,
	IMAGE_LATIN_WIDE			/* for image_bytes only: a character U+0800..U+FFFF
								 * beside Latin text, its UTF-8 bytes */
} ImageCodec;

typedef enum TargetCodec
{
	TARGET_UTF8,
	TARGET_GBK,
	TARGET_BIG5
} TargetCodec;

/* Flags of an image byte. */
#define IB_BOUNDARY 0x01		/* a character of the text starts here */
#define IB_WILD		0x02		/* an unknown byte (U+FFFD in the text) */
#define IB_BARRIER	0x04		/* a character the image codec cannot encode */
#define IB_MAYWILD	0x08		/* '?': maybe a byte replaced on encoding */

/*
 * The bytes of one character in the image codec: returns their number (1 or
 * 2), or 0 when the codec has no bytes for it; *wild when it stands for a
 * lost byte.
 */
static int
image_bytes(ImageCodec codec, uint32_t cp, unsigned char *out, bool *wild)
{
	uint16_t	code;

	*wild = false;
	if (cp == 0xFFFD)
	{
		*wild = true;
		out[0] = 0;
		return 1;
	}
	if (cp < 0x80)
	{
		out[0] = (unsigned char) cp;
		return 1;
	}
	if (codec == IMAGE_LATIN)
	{
		int			byte = latin_byte(cp);

		if (byte >= 0)
		{
			out[0] = (unsigned char) byte;
			return 1;
		}
		/*
		 * Decoders that try UTF-8 first and fall back to Latin-1 byte by
		 * byte read GBK 文件 (CE C4 BC FE) as Îļþ: a two-byte UTF-8
		 * character among them stands for its own two bytes.
		 */
		if (cp >= 0x100 && cp < 0x800)
		{
			out[0] = (unsigned char) (0xC0 | (cp >> 6));
			out[1] = (unsigned char) (0x80 | (cp & 0x3F));
			return 2;
		}
		return 0;
	}
	if (codec == IMAGE_LATIN_WIDE)
	{
		/* a three-byte UTF-8 character beside such text (第Î岿分 is 第五部分) */
		out[0] = (unsigned char) (0xE0 | (cp >> 12));
		out[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp >= 0x10000)
		return 0;
	code = (codec == IMAGE_GBK) ? tables.gbk_encode[cp] : tables.big5_encode[cp];
	if (code == 0)
		return 0;
	if (code < 0x100)
	{
		out[0] = (unsigned char) code;
		return 1;
	}
	out[0] = (unsigned char) (code >> 8);
	out[1] = (unsigned char) (code & 0xFF);
	return 2;
}

/*
 * Was byte x, followed by next (-1: unknown or end), one that the wrong
 * decoder rejects, so that it could have been lost there?
 */
static inline bool
image_rejects(ImageCodec codec, unsigned x, int next)
{
	if (x < 0x80)
		return false;
	switch (codec)
	{
		case IMAGE_LATIN:
		case IMAGE_LATIN_WIDE:
			return x == 0x81 || x == 0x8D || x == 0x8F || x == 0x90 || x == 0x9D;
		case IMAGE_GBK:
			if (x == 0x80 || x == 0xFF)
				return true;
			if (next < 0)
				return true;
			return !dbcs_pair_valid(tables.gbk_decode, x, (unsigned) next);
		case IMAGE_BIG5:
			if (x < 0xA1 || x > 0xF9)
				return true;
			if (next < 0)
				return true;
			return !dbcs_pair_valid(tables.big5_decode, x, (unsigned) next);
	}
	return true;
}

/* The continuation bytes each image codec rejects before each next byte, once. */
static void
reject_masks_ready(void)
{
	static bool ready;
	int			image;
	int			next;
	unsigned	y;

	if (ready)
		return;
	for (image = 0; image < 3; image++)
		for (next = -1; next < 256; next++)
		{
			uint64_t   *wide = tables.reject_wide[image][next < 0 ? 256 : next];

			for (y = 0x80; y <= 0xFF; y++)
				if (image_rejects((ImageCodec) image, y, next))
					wide[(y - 0x80) >> 6] |= (uint64_t) 1 << ((y - 0x80) & 63);
			/* the continuation bytes 80..BF are the first word */
			tables.reject_mask[image][next < 0 ? 256 : next] = wide[0];
		}
	ready = true;
}

/* ---------------------------------------------------------------------
 * Reports
 * --------------------------------------------------------------------- */

/* Copy a span into env memory. */
static char *
copy_span(const GrEnv *env, const char *text, size_t len)
{
	char	   *copy = gr_alloc(env, len + 1);

	if (copy)
	{
		memcpy(copy, text, len);
		copy[len] = '\0';
	}
	return copy;
}

/* Byte length of at most max_chars characters of text. */
static size_t
clip_chars(const char *text, size_t len, size_t max_chars)
{
	size_t		pos = 0;
	size_t		chars = 0;

	while (pos < len && chars < max_chars)
	{
		(void) gr_utf8_decode(text, len, &pos);
		chars++;
	}
	return pos;
}

/*
 * Record the first repair of a step as its example, both sides cut to a
 * readable length (the first 24 characters of the repaired side and as
 * much of the damaged side).
 */
static void
report_example_clip(const GrEnv *env, GrStepReport *report, const char *before,
					size_t before_len, const char *after, size_t after_len)
{
	size_t		after_cut = clip_chars(after, after_len, 24);
	size_t		before_cut = before_len;

	if (report->before != NULL)
		return;
	/* the characters both sides share at either end are no part of the fix */
	{
		size_t		prefix = 0;
		size_t		suffix = 0;

		while (prefix < before_len && prefix < after_len && before[prefix] == after[prefix])
			prefix++;
		while (prefix > 0 && prefix < before_len &&
			   ((unsigned char) before[prefix] & 0xC0) == 0x80)
			prefix--;			/* back to a character boundary */
		before += prefix;
		after += prefix;
		before_len -= prefix;
		after_len -= prefix;
		while (suffix < before_len && suffix < after_len &&
			   before[before_len - 1 - suffix] == after[after_len - 1 - suffix])
			suffix++;
		while (suffix > 0 && ((unsigned char) before[before_len - suffix] & 0xC0) == 0x80)
			suffix--;
		before_len -= suffix;
		after_len -= suffix;
	}
	after_cut = clip_chars(after, after_len, 24);
	before_cut = before_len;
	if (after_cut < after_len)
		before_cut = clip_chars(before, before_len,
								(size_t) (gr_char_count(after, after_cut) * 3 / 2 + 1));
	report->before = copy_span(env, before, before_cut);
	report->after = copy_span(env, after, after_cut);
	report->before_len = report->before ? before_cut : 0;
	report->after_len = report->after ? after_cut : 0;
}

/* ---------------------------------------------------------------------
 * The Viterbi pass
 * --------------------------------------------------------------------- */

/* Penalties, in the same unit as character costs (nats). */
#define ENTER_COST	7.0f		/* start reading a stretch differently */
#define EXIT_COST	1.0f		/* and come back */
#define GUESS_COST	2.0f		/* a character rebuilt around a lost byte */
#define MAYWILD_COST 3.0f		/* a '?' taken as a lost byte */
#define DROPPED_COST 2.0f		/* bytes taken as dropped without a mark */
#define GUESS_SHARE 0.25		/* rebuild only when the likeliest has this share */
#define INFINITE_COST 1e30f

typedef struct Pass
{
	const GrEnv *env;
	ImageCodec	image;
	TargetCodec target;
	const char *text;
	size_t		len;
	size_t		nbytes;			/* image bytes */
	unsigned char *bytes;
	unsigned char *flags;
	uint32_t   *text_offset;	/* at boundaries: byte offset in text */
	uint32_t   *text_cp;		/* at boundaries: the text's character */
	float	   *clean_cost;		/* best cost at a boundary, reading as is */
	float	   *moji_cost;		/* best cost with a re-read unit ending here */
	uint32_t   *moji_from;		/* where that unit starts; high bit: entered */
	uint32_t   *moji_cp;		/* and what it reads as */
	uint8_t    *clean_from_moji;	/* boundary reached by leaving a stretch */
	uint8_t    *taint;			/* TAINT_*: the best way here has a split unscored */
	size_t		poll_counter;
	bool		slip;			/* the GBK slip pass: '?' may be a lost lead */
	struct PassLazy *lazy;		/* see pass_forward */
} Pass;

/*
 * The first forward pass over a window scores unit_utf8_split's units by a
 * lower bound of their cost instead of their candidates (see pass_forward);
 * a unit that reads context then from a boundary whose value rests on one
 * fails that pass.  Mutable through the const Pass the units see.
 */
typedef struct PassLazy
{
	bool		splits;			/* score the splits by their lower bound */
	bool		base_tainted;	/* the unit being read starts from a tainted value */
	bool		failed;			/* a unit read context from a tainted boundary */
} PassLazy;

#define TAINT_CLEAN 0x01
#define TAINT_MOJI 0x02

#define FROM_ENTER 0x80000000u

/* One decoded unit of the target codec. */
typedef struct Unit
{
	int			length;			/* image bytes, 0: none */
	uint32_t	cp;
	float		cost;
	bool		guessed;		/* rebuilt around a lost byte */
	bool		lazy;			/* cost is a lower bound, cp unknown (pass_forward) */
} Unit;

#define GUESSED_FLAG 0x80000000u	/* marks guessed units in Pass.moji_cp */
#define DBCS_FLAG 0x40000000u		/* and units read as GBK or Big5 */
#define CP_MASK 0x001FFFFFu

static inline int
byte_or_unknown(const Pass *pass, size_t q)
{
	if (q >= pass->nbytes || (pass->flags[q] & (IB_WILD | IB_BARRIER)))
		return -1;
	return pass->bytes[q];
}

/*
 * The candidates for a unit with lost bytes: each scored in its context;
 * a candidate that the wrong decoder would not have rejected there is only
 * penalized, not excluded, since decoders differ at the edges of their
 * tables (Python's Big5 rejects what ICU's accepts).
 */
typedef struct Chooser
{
	uint32_t	prev;			/* neighbours, 0: unknown */
	uint32_t	next;
	float		reject_factor;	/* exp(-penalty) for a byte not rejected */
	bool		exact;			/* some candidate had all bytes rejected */
	uint32_t	best_cp;
	double		best;			/* its probability in context */
	float		best_cost;		/* its context-free cost, for the pass */
	double		total;			/* sum of probabilities over candidates */
	double		unseen_factor;	/* context factor of a character clean text lacks */
	bool		fold;			/* traditional output: pairs of simplified forms */
	/* context_probability's terms that depend on prev and next only */
	bool		left;			/* prev counts */
	double		left_denominator;
	bool		right;			/* next counts */
	double		right_addend;
	uint32_t	prev_side;		/* pair_side() of prev and next */
	uint32_t	next_side;
} Chooser;


static void
chooser_init(Chooser *chooser, ImageCodec image, uint32_t prev, uint32_t next, bool fold)
{
	chooser->prev = prev;
	chooser->next = next;
	chooser->reject_factor = tables.reject_factor[image];
	chooser->fold = fold;
	chooser->prev_side = pair_side(prev, fold);
	chooser->next_side = pair_side(next, fold);
	chooser->exact = false;
	chooser->best_cp = 0;
	chooser->best = 0;
	chooser->best_cost = INFINITE_COST;
	chooser->total = 0;
	/*
	 * A character clean text never shows has no pairs either: its context
	 * factor is the same for all of them, (0 + K P(c)) / (n(prev) + K) over
	 * P(c) on the left and (0 + K P(next)) / (0 + K) on the right, as
	 * context_probability computes them.
	 */
	chooser->left = (prev >= 0x80 && prev <= 0xFFFF) || ascii_class_count(prev) > 0;
	chooser->left_denominator = chooser->left ?
		(ascii_class_count(prev) > 0 ? ascii_class_count(prev) : (double) tables.count[prev]) +
		CONTEXT_WEIGHT : 0;
	chooser->right = (next >= 0x80 && next <= 0xFFFF) || ascii_class_count(next) > 0;
	chooser->right_addend = chooser->right ?
		CONTEXT_WEIGHT * (ascii_class_count(next) > 0 ? ascii_class_count(next) / GR_FREQ_TOTAL :
						  char_probability(next)) : 0;
	chooser->unseen_factor = 1.0;
	if ((prev >= 0x80 && prev <= 0xFFFF) || ascii_class_count(prev) > 0)
		chooser->unseen_factor *= CONTEXT_WEIGHT /
			((ascii_class_count(prev) > 0 ? ascii_class_count(prev) : (double) tables.count[prev]) +
			 CONTEXT_WEIGHT);
	if ((next >= 0x80 && next <= 0xFFFF) || ascii_class_count(next) > 0)
		chooser->unseen_factor *= ascii_class_count(next) > 0 ?
			ascii_class_count(next) / GR_FREQ_TOTAL : char_probability(next);
}

/*
 * A candidate whose lost bytes the wrong decoder would all have rejected
 * there (misses == 0), or not (misses bytes it would have read).  Once one
 * of the first kind is seen, the others no longer count.
 */
/*
 * A candidate's probability in context, before any miss
 * (context_probability, see above).
 */
static inline double
chooser_probability(const Chooser *chooser, uint32_t cp)
{
	double		probability;
	uint32_t	side;

	if (cp < 65536 && tables.count[cp] == 0)
		return (double) tables.probability[cp] * chooser->unseen_factor;

	/*
	 * (n(prev cp) + K P(cp)) / (n(prev) + K) * (n(cp next) + K P(next)) /
	 * (n(cp) + K); pair_count(prev, cp) with prev's side read once
	 */
	side = pair_side(cp, chooser->fold);
	if (chooser->left && cp <= 0xFFFF)
		probability = ((side == PAIR_NONE || chooser->prev_side == PAIR_NONE ? 0 :
						pair_lookup(chooser->prev_side, side)) +
					   CONTEXT_WEIGHT * char_probability(cp)) / chooser->left_denominator;
	else
		probability = char_probability(cp);
	if (chooser->right && cp <= 0xFFFF)
		probability *= ((side == PAIR_NONE || chooser->next_side == PAIR_NONE ? 0 :
						 pair_lookup(side, chooser->next_side)) + chooser->right_addend) /
			((double) tables.count[cp] + CONTEXT_WEIGHT);
	return probability;
}

/*
 * chooser_add for a candidate without a miss, once the chooser is exact
 * (the same operations in the same order).
 */
static inline void
chooser_add_exact(Chooser *chooser, uint32_t cp, const ImageCodec image)
{
	double		probability;

	/* chooser_probability, its first case (most candidates) inline */
	if (cp < 65536 && tables.count[cp] == 0)
		probability = (double) tables.probability[cp] * chooser->unseen_factor;
	else
		probability = chooser_probability(chooser, cp);

	chooser->total += probability;
	if (probability > chooser->best)
	{
		chooser->best = probability;
		chooser->best_cp = cp;
		chooser->best_cost = char_cost(cp) + 0 * REJECT_PENALTY(image);
	}
}

static inline void
chooser_add(Chooser *chooser, uint32_t cp, int misses, const ImageCodec image)
{
	double		probability;
	int			k;

	if (misses > 0 && chooser->exact)
		return;
	if (misses == 0 && !chooser->exact)
	{
		/* the first exact candidate: forget the inexact ones */
		chooser->exact = true;
		chooser->best_cp = 0;
		chooser->best = 0;
		chooser->total = 0;
	}
	/* chooser_probability, its first case (most candidates) inline */
	if (cp < 65536 && tables.count[cp] == 0)
		probability = (double) tables.probability[cp] * chooser->unseen_factor;
	else
		probability = chooser_probability(chooser, cp);
	for (k = 0; k < misses; k++)
		probability *= chooser->reject_factor;
	chooser->total += probability;
	if (probability > chooser->best)
	{
		chooser->best = probability;
		chooser->best_cp = cp;
		chooser->best_cost = char_cost(cp) + misses * REJECT_PENALTY(image);
	}
}

/* Finish a unit whose candidates were enumerated: the likeliest, or U+FFFD. */
static void
unit_choose(Unit *unit, const Chooser *chooser, float extra)
{
	if (chooser->best_cp == 0 || chooser->total <= 0)
	{
		unit->length = 0;
		return;
	}
	unit->cp = (chooser->best >= GUESS_SHARE * chooser->total) ? chooser->best_cp : 0xFFFD;
	unit->guessed = true;
	unit->cost = chooser->best_cost + GUESS_COST + extra;
}

/* Is b usable as a continuation byte at q: known, or wild? */
static inline bool
continuation_at(const Pass *pass, size_t q, bool *is_wild, float *extra)
{
	unsigned char f;

	if (q >= pass->nbytes)
		return false;
	f = pass->flags[q];
	if (f & IB_BARRIER)
		return false;
	if (f & IB_WILD)
	{
		*is_wild = true;
		return true;
	}
	if ((f & IB_MAYWILD) && pass->bytes[q] == '?')
	{
		*is_wild = true;
		*extra += MAYWILD_COST;
		return true;
	}
	*is_wild = false;
	return pass->bytes[q] >= 0x80 && pass->bytes[q] <= 0xBF;
}

static void unit_at(const Pass *pass, size_t p, uint32_t prev, Unit *unit, bool peek);
static void unit_utf8_lost(const Pass *pass, size_t p, uint32_t prev, Unit *unit, bool peek,
						   int length, unsigned min_second, unsigned max_second, bool dropped);

/*
 * The length of the UTF-8 sequence a lead byte begins (2 to 4; 0: none),
 * and the range its second byte must fall in (no overlong forms, no
 * surrogates, nothing past U+10FFFF); the caller sets 0x80..0xBF first.
 */
static inline int
utf8_lead(unsigned lead, unsigned *min_second, unsigned *max_second)
{
	int			length;

	if (lead >= 0xC2 && lead <= 0xDF)
		length = 2;
	else if (lead >= 0xE0 && lead <= 0xEF)
		length = 3;
	else if (lead >= 0xF0 && lead <= 0xF4)
		length = 4;
	else
		return 0;
	if (lead == 0xE0)
		*min_second = 0xA0;
	else if (lead == 0xED)
		*max_second = 0x9F;
	else if (lead == 0xF0)
		*min_second = 0x90;
	else if (lead == 0xF4)
		*max_second = 0x8F;
	return length;
}

/*
 * Whether the three-byte lead at image byte p may have lost both its
 * continuation bytes without a mark: a lead that ends a GBK character read
 * (鍏紑 is E5 85 AC E5, 开's BC 80 rejected as a pair and dropped),
 * followed by no continuation byte, inside a stretch (p is no boundary).
 */
static inline bool
continuations_dropped(const Pass *pass, size_t p)
{
	return pass->image == IMAGE_GBK && p + 1 < pass->nbytes &&
		!(pass->flags[p] & IB_BOUNDARY) &&
		!(pass->flags[p + 1] & (IB_WILD | IB_BARRIER)) &&
		(pass->bytes[p + 1] < 0x80 || pass->bytes[p + 1] > 0xBF);
}

/*
 * unit_utf8_lost for the units without a lost byte, inline: the same
 * checks in the same order; at the first byte that is or may be lost
 * (IB_WILD, or '?' with IB_MAYWILD), or a lead whose continuation bytes
 * were dropped, the whole unit goes to unit_utf8_lost with what was read.
 */
static inline void
unit_utf8(const Pass *pass, size_t p, uint32_t prev, Unit *unit, bool peek)
{
	unsigned	lead = pass->bytes[p];
	int			length;
	unsigned	min_second = 0x80;
	unsigned	max_second = 0xBF;
	uint32_t	cp;

	unit->length = 0;
	unit->guessed = false;
	unit->lazy = false;
	if (pass->flags[p] & (IB_WILD | IB_BARRIER))
		return;
	if (lead < 0x80)
	{
		unit->length = 1;
		unit->cp = lead;
		unit->cost = char_cost(lead);
		return;
	}
	length = utf8_lead(lead, &min_second, &max_second);
	if (length == 0)
		return;
	/* both continuation bytes dropped unmarked: unit_utf8_lost's guess */
	if (length == 3 && !peek && continuations_dropped(pass, p))
	{
		unit_utf8_lost(pass, p, prev, unit, peek, length, min_second, max_second, true);
		return;
	}
	cp = lead & (0xFF >> (length + 1));
	for (int k = 1; k < length; k++)
	{
		size_t		q = p + k;
		unsigned char f;
		unsigned	b;

		/* continuation_at, without the lost bytes */
		if (q >= pass->nbytes)
			return;
		f = pass->flags[q];
		if (f & IB_BARRIER)
			return;
		b = pass->bytes[q];
		if ((f & IB_WILD) || ((f & IB_MAYWILD) && b == '?'))
		{
			unit_utf8_lost(pass, p, prev, unit, peek, length, min_second, max_second, false);
			return;
		}
		if (b < 0x80 || b > 0xBF)
			return;
		if (k == 1 && (b < min_second || b > max_second))
			return;
		cp = (cp << 6) | (b & 0x3F);
	}
	unit->length = length;
	unit->cp = cp;
	unit->cost = char_cost(cp) + 0.0f;	/* as unit_utf8_lost: extra is 0 */
}

/* The character after a unit ending at q, for context; 0 if unknown or ASCII. */
static uint32_t
peek_next(const Pass *pass, size_t q)
{
	Unit		next;

	if (q >= pass->nbytes)
		return 0;
	unit_at(pass, q, 0, &next, true);
	return (next.length > 0 && (next.cp >= 0x80 || ascii_class_count(next.cp) > 0)) ?
		next.cp : 0;
}

/*
 * Decode the UTF-8 sequence at image byte p that unit_utf8 found to have a
 * lost byte, or (dropped) a three-byte lead whose continuation bytes were
 * dropped without a mark; unit_utf8 read its lead: length and the range of
 * its second byte.  prev is the character before it.  peek: do not
 * enumerate lost bytes.
 */
static void
unit_utf8_lost(const Pass *pass, size_t p, uint32_t prev, Unit *unit, bool peek,
			   int length, unsigned min_second, unsigned max_second, bool dropped)
{
	Chooser		chooser;
	unsigned	lead = pass->bytes[p];
	int			k;
	bool		wild[4] = {false, false, false, false};
	int			wild_count = 0;
	int			wild_at[2] = {0, 0};
	float		extra = 0;
	unsigned	x;
	unsigned	y;

	/* both continuation bytes dropped without a mark: taken as a guess */
	if (dropped)
	{
		wild[1] = wild[2] = true;
		wild_at[0] = 1;
		wild_at[1] = 2;
		wild_count = 2;
		dropped = true;
		extra += DROPPED_COST;
	}
	for (k = 1; !dropped && k < length; k++)
	{
		if (!continuation_at(pass, p + k, &wild[k], &extra))
			return;
		if (wild[k])
		{
			if (wild_count == 2)
				return;
			wild_at[wild_count++] = k;
		}
		else if (k == 1 && (pass->bytes[p + 1] < min_second || pass->bytes[p + 1] > max_second))
			return;
	}
	if (wild_count == 0)
	{
		uint32_t	cp = lead & (0xFF >> (length + 1));

		for (k = 1; k < length; k++)
			cp = (cp << 6) | (pass->bytes[p + k] & 0x3F);
		unit->length = length;
		unit->cp = cp;
		unit->cost = char_cost(cp) + extra;
		return;
	}

	/*
	 * Enumerate the lost bytes: each one the wrong decoder rejects there.
	 * A peek (the right neighbour of another unit) takes the likeliest on
	 * its own, without looking further.
	 */
	{
		uint32_t	next = peek ? 0 : peek_next(pass, p + (dropped ? 1 : length));

		/*
		 * After dropped bytes the stretch may end: the text's own character
		 * is the neighbour when reading on gives no Chinese (小 of 领导小组,
		 * its GBK bytes read as UTF-8, is Cyrillic).
		 */
		if (dropped && (pass->flags[p + 1] & IB_BOUNDARY) &&
			!(next >= 0x3000 && next <= 0x9FFF) && pass->text_cp[p + 1] >= 0x3000 &&
			pass->text_cp[p + 1] <= 0x9FFF)
			next = pass->text_cp[p + 1];
		/* prev comes from a boundary whose best value may be a bound */
		if (!peek && pass->lazy->base_tainted)
			pass->lazy->failed = true;
		chooser_init(&chooser, pass->image, peek ? 0 : prev, next, false);
	}
	if (dropped)
	{
		/*
		 * The two dropped bytes were read as one GBK pair and rejected:
		 * candidates whose pair a strict decoder rejects are exact, the
		 * others misses.
		 */
		for (y = 0x80; y <= 0xBF; y++)
			for (x = min_second; x <= max_second; x++)
			{
				uint32_t	cp = ((lead & 0x0F) << 12) | ((x & 0x3F) << 6) | (y & 0x3F);
				int			misses = dbcs_pair_valid(tables.gbk_decode, x, y) ? 1 : 0;

				if (misses > 0 && chooser.exact)
					continue;
				chooser_add(&chooser, cp, misses, pass->image);
			}
	}
	else
	{
		/*
		 * The bytes the last lost one can be: those the wrong decoder
		 * rejects before what follows it (for GBK, before E6 only 80 and
		 * AA..AF); all of them, as misses, when none is.
		 */
		int			last = wild_at[wild_count - 1];
		int			after_last = (last + 1 < length) ? pass->bytes[p + last + 1] :
			byte_or_unknown(pass, p + last + 1);
		unsigned char last_bytes[64];
		int			last_count = 0;
		int			last_misses = 0;
		int			i;

		uint64_t	mask = tables.reject_mask[pass->image][after_last < 0 ? 256 : after_last];
		unsigned char seq[4];
		int			first = wild_at[0];
		uint32_t	stayed_cp;
		int			last_shift = 6 * (length - 1 - last);
		int			first_shift = 6 * (length - 1 - first);
		bool		check_second = (first == 1 || last == 1);
		uint64_t	first_range = ~(uint64_t) 0;	/* first's bytes allowed */

		{
			uint64_t	bits = mask;

			while (bits != 0)
			{
				last_bytes[last_count++] = (unsigned char) (0x80 + __builtin_ctzll(bits));
				bits &= bits - 1;
			}
		}
		if (last_count == 0)
		{
			for (y = 0x80; y <= 0xBF; y++)
				last_bytes[last_count++] = (unsigned char) y;
			last_misses = 1;
		}
		/*
		 * The bytes that stay; the lost ones are set per candidate.  A
		 * candidate's code point is the stayed bits with the lost bytes'
		 * bits in their places; its second byte needs checking only when
		 * lost (a byte that stayed was checked above).
		 */
		stayed_cp = lead & (0xFF >> (length + 1));
		for (k = 0; k < length; k++)
			seq[k] = pass->bytes[p + k];
		for (k = 1; k < length; k++)
			stayed_cp = (stayed_cp << 6) |
				((k == first || k == last) ? 0 : (seq[k] & 0x3F));
		/* the second byte's range as a mask of first's bytes, when first is it */
		if (first == 1)
		{
			first_range = (max_second >= 0xBF ? ~(uint64_t) 0 :
						   (((uint64_t) 1 << (max_second - 0x80 + 1)) - 1));
			first_range &= ~(((uint64_t) 1 << (min_second - 0x80)) - 1);
		}
		for (i = 0; i < last_count; i++)
		{
			unsigned	x_low = 0x80;
			unsigned	x_high = 0x80;
			uint64_t	first_mask = 0;

			seq[last] = last_bytes[i];
			if (wild_count == 1)
			{
				/* the loop below with one x and nothing of first: one candidate */
				if (last_misses > 0 && chooser.exact)
					continue;
				if (check_second && (seq[1] < min_second || seq[1] > max_second))
					continue;
				chooser_add(&chooser, stayed_cp | ((uint32_t) (seq[last] & 0x3F) << last_shift),
							last_misses, pass->image);
				continue;
			}
			x_high = 0xBF;
			first_mask = tables.reject_mask[pass->image][seq[first + 1]];
			if (chooser.exact)
			{
				/*
				 * The loop below once exact: only first's rejected bytes,
				 * in order, those of the second byte's range (last is
				 * after first, so only first can be the second byte).
				 */
				uint64_t	bits = last_misses > 0 ? 0 : first_mask & first_range;
				uint32_t	last_bits = stayed_cp | ((uint32_t) (seq[last] & 0x3F) << last_shift);

				while (bits != 0)
				{
					x = 0x80 + (unsigned) __builtin_ctzll(bits);
					bits &= bits - 1;
					chooser_add_exact(&chooser, last_bits | ((uint32_t) (x & 0x3F) << first_shift),
									  pass->image);
				}
				continue;
			}
			for (x = x_low; x <= x_high; x++)
			{
				uint32_t	cp;
				int			misses = last_misses;

				if (wild_count == 2)
				{
					if (chooser.exact)
					{
						/* only candidates without a miss count: jump to the next */
						uint64_t	rest = last_misses > 0 ? 0 : first_mask >> (x - 0x80);

						if (rest == 0)
							break;
						x += (unsigned) __builtin_ctzll(rest);
					}
					seq[first] = (unsigned char) x;
					if (!(first_mask >> (x - 0x80) & 1))
						misses++;
				}
				if (misses > 0 && chooser.exact)
					continue;
				if (check_second && (seq[1] < min_second || seq[1] > max_second))
					continue;
				cp = stayed_cp | ((uint32_t) (seq[last] & 0x3F) << last_shift);
				if (wild_count == 2)
					cp |= (uint32_t) (seq[first] & 0x3F) << first_shift;
				chooser_add(&chooser, cp, misses, pass->image);
			}
		}
	}
	unit->length = dropped ? 1 : length;
	unit_choose(unit, &chooser, extra);
}

/*
 * A GBK pair dropped whole between two characters (a strict decoder drops
 * the user-defined codes AA..AF xx): 公开 is E5 85 AC E5 BC 80, read as
 * 鍏 (E5 85), AC E5 dropped, 紑 (BC 80).  Two units rebuild it, each read
 * from one image character of two bytes: the head of a character whose
 * last byte (AA..AF) was dropped (E5 85 -> 公), and the tail of one whose
 * lead byte was dropped (BC 80 -> 开).  Only where the GBK image is read
 * as UTF-8; *unit gets length 0 when neither fits at p.
 */
static void
unit_utf8_split(const Pass *pass, size_t p, uint32_t prev, Unit *unit, float base)
{
	Chooser		chooser;
	unsigned	first = pass->bytes[p];
	unsigned	second;
	unsigned	x;
	float		cheapest = INFINITE_COST;

	unit->length = 0;
	unit->guessed = false;
	unit->lazy = false;
	if (p + 2 > pass->nbytes || !(pass->flags[p] & IB_BOUNDARY) ||
		(pass->flags[p] & (IB_WILD | IB_BARRIER)) ||
		(pass->flags[p + 1] & (IB_WILD | IB_BARRIER | IB_BOUNDARY)) ||
		!(pass->flags[p + 2] & IB_BOUNDARY))
		return;
	second = pass->bytes[p + 1];
	if (second < 0x80 || second > 0xBF)
		return;

	/*
	 * The pass only keeps the unit when base + its cost beats what already
	 * reaches p + 2; its cost is at least the cheapest candidate's plus the
	 * same two penalties (added in the same order, float addition being
	 * monotonic), so when even that does not beat it, the unit need not be
	 * scored: the pass would drop it.
	 */
	if (!(first >= 0xE1 && first <= 0xEF && first != 0xED) && !(first >= 0x80 && first <= 0xBF))
		return;
	if (pass->lazy->splits)
	{
		/*
		 * The lower bound of the cost below (the cheapest candidate, the
		 * same two penalties added in the same order), not read in context.
		 */
		cheapest = (first >= 0x80 && first <= 0xBF) ?
			tables.split_tail_cheapest[first & 0x3F][second & 0x3F] :
			tables.split_head_cheapest[first & 0x0F][second & 0x3F];
		unit->length = 2;
		unit->cp = 0xFFFD;
		unit->guessed = true;
		unit->lazy = true;
		unit->cost = cheapest + GUESS_COST + DROPPED_COST;
		return;
	}
	if (pass->moji_cost[p + 2] < INFINITE_COST)
	{
		/* first with the cheapest character of all (tables.cheapest) */
		if (base + (tables.cheapest + GUESS_COST + DROPPED_COST) >= pass->moji_cost[p + 2])
			return;
		if (first >= 0x80 && first <= 0xBF)
		{
			for (x = 0xE1; x <= 0xEF; x++)
				if (x != 0xED)
				{
					float		c = char_cost(((x & 0x0F) << 12) | ((first & 0x3F) << 6) | (second & 0x3F));

					if (c < cheapest)
						cheapest = c;
				}
		}
		else
		{
			for (x = 0xAA; x <= 0xAF; x++)
			{
				float		c = char_cost(((first & 0x0F) << 12) | ((second & 0x3F) << 6) | (x & 0x3F));

				if (c < cheapest)
					cheapest = c;
			}
		}
		if (base + (cheapest + GUESS_COST + DROPPED_COST) >= pass->moji_cost[p + 2])
			return;
	}
	chooser_init(&chooser, pass->image, prev, peek_next(pass, p + 2), false);
	if (first >= 0xE1 && first <= 0xEF && first != 0xED)
	{
		/* a head: lead, second byte, the dropped last byte AA..AF */
		for (x = 0xAA; x <= 0xAF; x++)
			chooser_add(&chooser, ((first & 0x0F) << 12) | ((second & 0x3F) << 6) | (x & 0x3F),
						0, pass->image);
	}
	else if (first >= 0x80 && first <= 0xBF)
	{
		/* a tail: the dropped lead E1..EF (not ED: surrogates), two bytes */
		for (x = 0xE1; x <= 0xEF; x++)
			if (x != 0xED)
				chooser_add(&chooser, ((x & 0x0F) << 12) | ((first & 0x3F) << 6) | (second & 0x3F),
							0, pass->image);
	}
	else
		return;
	unit->length = 2;
	unit_choose(unit, &chooser, DROPPED_COST);
}

#define BOTH_LOST_MAX 384

/*
 * The characters clean text shows whose two-byte code (in encode) the
 * image codec rejects as a pair: the candidates where both bytes of a
 * character were lost.  Built once per image codec, then immutable.
 */
static int
both_lost_candidates(ImageCodec image, const uint16_t *encode, const uint16_t **candidates)
{
	static bool ready[3];

	if (!ready[image])
	{
		size_t		i;
		int			count = 0;

		int			k;

		for (i = 0; i < sizeof(gr_freq_table) / sizeof(gr_freq_table[0]) && count < 4096; i++)
		{
			uint32_t	cp = gr_freq_table[i].cp;
			uint16_t	code = encode[cp];

			if (code >= 0x100 && cp >= 0x2E80 && image_rejects(image, code >> 8, code & 0xFF))
				tables.both_lost[image][count++] = (uint16_t) cp;
		}
		/*
		 * The most frequent first, and only the first BOTH_LOST_MAX: a
		 * rare character rebuilt from nothing but its neighbours would be
		 * a guess too far anyway (insertion sort; built once).
		 */
		for (k = 1; k < count; k++)
		{
			uint16_t	cp = tables.both_lost[image][k];
			int			j = k;

			while (j > 0 && tables.count[tables.both_lost[image][j - 1]] < tables.count[cp])
			{
				tables.both_lost[image][j] = tables.both_lost[image][j - 1];
				j--;
			}
			tables.both_lost[image][j] = cp;
		}
		tables.both_lost_count[image] = count < BOTH_LOST_MAX ? count : BOTH_LOST_MAX;
		ready[image] = true;
	}
	*candidates = tables.both_lost[image];
	return tables.both_lost_count[image];
}

/*
 * The GBK slip pass: a '?' that stands for a lead byte a converter lost
 * (with the byte after it, '(' of a ruby annotation it cut into), the
 * annotation's rest ("cè)") to drop, and the trail byte after it:
 * ?cè)诰€ is D4 DA BE 80 shifted, 在線.  The candidates are the GBK
 * characters with that trail byte, in context.
 */
static void
unit_slip(const Pass *pass, size_t p, uint32_t prev, Unit *unit)
{
	size_t		q = p + 1;
	size_t		letters = 0;
	unsigned	trail;
	unsigned	x;
	Chooser		chooser;

	/*
	 * "??傮w" is A1 A3 BF 82 F3 77 (。總體) read one byte late: A1 alone
	 * became '?', A3 BF became '？' (written '?' since), 82 F3 傮.  The
	 * first '?' is then the character whose trail was A3 (。 in context);
	 * the second is a lost lead as below.
	 */
	if (p + 2 < pass->nbytes && pass->bytes[p + 1] == '?' &&
		(pass->flags[p + 1] & IB_MAYWILD) &&
		!(pass->flags[p + 2] & (IB_BARRIER | IB_WILD)) && pass->bytes[p + 2] >= 0x80)
	{
		chooser_init(&chooser, pass->image, prev, 0, true);
		for (x = 0x81; x <= 0xFE; x++)
		{
			uint16_t	cp = dbcs_decode(tables.gbk_decode, x, 0xA3);

			if (cp != 0 && !(cp >= 0xE000 && cp <= 0xF8FF))
				chooser_add(&chooser, cp, 0, pass->image);
		}
		unit->length = 1;
		unit_choose(unit, &chooser, 0);
		if (unit->length > 0)
		{
			/* against '?' kept (3) and the slip entered one '?' later */
			unit->cp = chooser.best_cp;
			unit->cost -= GUESS_COST + 3.0f;
		}
		return;
	}

	/* the rest of a ruby annotation: letters, GBK pinyin letters (A8A1..A8C0), ')' */
	while (q < pass->nbytes && !(pass->flags[q] & IB_BARRIER))
	{
		unsigned char b = pass->bytes[q];

		if (b >= 'a' && b <= 'z')
			q++;
		else if (b == 0xA8 && q + 1 < pass->nbytes && pass->bytes[q + 1] >= 0xA1 &&
				 pass->bytes[q + 1] <= 0xC0)
			q += 2;
		else
			break;
		letters++;
	}
	if (letters > 0)
	{
		if (letters > 7 || q >= pass->nbytes || pass->bytes[q] != ')')
			return;
		q++;
	}
	if (q >= pass->nbytes || (pass->flags[q] & (IB_BARRIER | IB_WILD)))
		return;
	trail = pass->bytes[q];
	if (trail < 0x40 || trail == 0x7F || trail == 0xFF)
		return;
	/* the character after, for context, starts past the trail */
	chooser_init(&chooser, pass->image, prev, peek_next(pass, q + 1),
				 pass->target == TARGET_BIG5 || pass->slip);
	for (x = 0x81; x <= 0xFE; x++)
	{
		uint16_t	cp = dbcs_decode(tables.gbk_decode, x, trail);

		if (cp != 0 && !(cp >= 0xE000 && cp <= 0xF8FF))
			chooser_add(&chooser, cp, 0, pass->image);
	}
	unit->length = (int) (q + 1 - p);
	unit_choose(unit, &chooser, 0);
	/*
	 * The slip pass takes the likeliest: its stretches must gain much
	 * anyway.  A cut-in annotation is evidence of its own: '?', pinyin
	 * and ')' inside Chinese text is no accident.
	 */
	if (unit->length > 0)
	{
		unit->cp = chooser.best_cp;
		unit->cost -= GUESS_COST + (letters > 0 ? 4.0f : 0.0f);
	}
}

/* Decode one GBK or Big5 character starting at image byte p; as unit_utf8. */
static void
unit_dbcs(const Pass *pass, size_t p, uint32_t prev, Unit *unit, bool peek)
{
	Chooser		chooser;
	const uint16_t *table = (pass->target == TARGET_BIG5) ? tables.big5_decode : tables.gbk_decode;
	bool		lead_wild = (pass->flags[p] & IB_WILD) != 0;
	bool		trail_wild;
	unsigned	lead = pass->bytes[p];
	unsigned	trail;
	float		extra = 0;
	unsigned	x;

	unit->length = 0;
	unit->guessed = false;
	unit->lazy = false;
	if (pass->flags[p] & IB_BARRIER)
		return;
	if (pass->slip && (pass->flags[p] & IB_MAYWILD) && !peek)
	{
		unit_slip(pass, p, prev, unit);
		if (unit->length > 0)
			return;
	}
	if (!lead_wild && lead < 0x80)
	{
		unit->length = 1;
		unit->cp = lead;
		unit->cost = char_cost(lead);
		return;
	}
	if (p + 1 >= pass->nbytes || (pass->flags[p + 1] & IB_BARRIER))
		return;
	trail_wild = (pass->flags[p + 1] & IB_WILD) != 0;
	trail = pass->bytes[p + 1];
	if (lead_wild && trail_wild)
	{
		/*
		 * Both bytes lost (Big5 rejects C8 and FD of 三, C8FD): only the
		 * neighbours are left to go by, so the candidates are the
		 * characters clean text shows, each with a code the wrong decoder
		 * would have rejected here.
		 */
		const uint16_t *encode = (pass->target == TARGET_BIG5) ? tables.big5_encode :
			tables.gbk_encode;
		int			next = byte_or_unknown(pass, p + 2);
		const uint16_t *candidates;
		int			count;
		int			i;

		if (peek)
			return;
		count = both_lost_candidates(pass->image, encode, &candidates);
		chooser_init(&chooser, pass->image, prev, peek_next(pass, p + 2),
					 pass->target == TARGET_BIG5 || pass->slip);
		for (i = 0; i < count; i++)
		{
			uint32_t	cp = candidates[i];
			uint16_t	code = encode[cp];

			if (image_rejects(pass->image, code & 0xFF, next))
				chooser_add(&chooser, cp, 0, pass->image);
		}
		unit->length = 2;
		unit_choose(unit, &chooser, extra + GUESS_COST);
		return;
	}
	if (!lead_wild && !trail_wild)
	{
		uint16_t	cp = dbcs_decode(table, lead, trail);

		if (cp == 0)
			return;
		unit->length = 2;
		unit->cp = cp;
		unit->cost = char_cost(cp);
		return;
	}
	chooser_init(&chooser, pass->image, peek ? 0 : prev, peek ? 0 : peek_next(pass, p + 2),
				 pass->target == TARGET_BIG5 || pass->slip);
	/*
	 * One byte lost (bytes below 0x81 are never lost): the known byte must
	 * be in the table's range for any candidate, so the row or column of
	 * the table is read directly.
	 */
	{
		unsigned	known = lead_wild ? trail : lead;
		bool		known_ok = lead_wild ?
			(known >= 0x40 && known <= 0xFE && known != 0x7F) : (known >= 0x81 && known <= 0xFE);
		int			reject_next = lead_wild ? (int) trail : byte_or_unknown(pass, p + 2);
		const uint64_t *rejected = tables.reject_wide[pass->image][reject_next < 0 ? 256 : reject_next];

		for (x = 0x81; known_ok && x <= 0xFE; x++)
		{
			uint16_t	cp;
			int			misses = 0;

			if (chooser.exact)
			{
				/* only candidates without a miss count now: jump to the next */
				unsigned	at = x - 0x80;
				uint64_t	rest = at < 64 ? rejected[0] >> at : 0;

				if (rest != 0)
					x += (unsigned) __builtin_ctzll(rest);
				else
				{
					rest = at < 64 ? rejected[1] : rejected[1] >> (at - 64);
					if (rest == 0)
						break;
					x = (at < 64 ? 0xC0 : x) + (unsigned) __builtin_ctzll(rest);
				}
				if (x > 0xFE)
					break;
			}
			cp = lead_wild ? table[DBCS_INDEX(x, known)] : table[DBCS_INDEX(known, x)];
			if (cp == 0 || (cp >= 0xE000 && cp <= 0xF8FF))
				continue;
			if (!(rejected[(x - 0x80) >> 6] >> ((x - 0x80) & 63) & 1))
				misses++;
			if (misses > 0 && chooser.exact)
				continue;
			chooser_add(&chooser, cp, misses, pass->image);
		}
	}
	unit->length = 2;
	unit_choose(unit, &chooser, extra);
}

static void
unit_at(const Pass *pass, size_t p, uint32_t prev, Unit *unit, bool peek)
{
	if (pass->target == TARGET_UTF8)
		unit_utf8(pass, p, prev, unit, peek);
	else
		unit_dbcs(pass, p, prev, unit, peek);
}

/*
 * Relax the pass's state with a unit read at p from base (tainted: base
 * rests on a split unit scored by its bound); the pass's arrays are
 * handed over as pass_forward holds them.
 */
static inline void
relax_unit(float *moji_cost, uint32_t *moji_from, uint32_t *moji_cp, uint8_t *taint,
		   size_t p, float base, const Unit *unit, bool dbcs, bool tainted)
{
	size_t		q = p + unit->length;

	if (base + unit->cost < moji_cost[q])
	{
		taint[q] = (uint8_t) ((taint[q] & TAINT_CLEAN) |
							  ((tainted || unit->lazy) ? TAINT_MOJI : 0));
		moji_cost[q] = base + unit->cost;
		moji_from[q] = (uint32_t) p | ((base == moji_cost[p]) ? 0 : FROM_ENTER);
		moji_cp[q] = unit->cp | (unit->guessed ? GUESSED_FLAG : 0) |
			(dbcs ? DBCS_FLAG : 0);
	}
}

/*
 * Is a re-read stretch plausible text on its own?  The pass compares it
 * only with the text it replaces, and text damaged in another way is so
 * implausible that almost any reading beats it; so a stretch of Chinese
 * must also read like Chinese: characters of ordinary frequency, and
 * neighbours that clean text shows together.
 */
static bool
stretch_plausible(const Pass *pass, size_t text_start, size_t text_end,
				  const uint32_t *cps, size_t count)
{
	ImageCodec	image = pass->image;
	TargetCodec target = pass->target;
	double		kept_cost = 0;
	double		read_cost = 0;
	bool		bounded;
	size_t		han = 0;
	size_t		solid = 0;
	size_t		guessed = 0;
	size_t		pairs = 0;
	size_t		seen = 0;
	size_t		non_ascii = 0;
	uint32_t	single = 0;
	double		cost = 0;
	size_t		i;
	uint32_t	previous = 0;
	uint32_t	previous_side = PAIR_NONE;
	bool		fold = pass->target == TARGET_BIG5 || pass->slip;
	bool		chinese_bytes = (image != IMAGE_LATIN || target == TARGET_GBK ||
								 target == TARGET_BIG5);

	if (pass->slip)
	{
		/* a slip repaired: clearly more plausible than the garble */
		size_t		pos = text_start;
		bool		annotation = false;

		for (i = 0; i < count; i++)
		{
			read_cost += char_cost(cps[i] & CP_MASK);
			guessed += (cps[i] & GUESSED_FLAG) != 0;
			if ((cps[i] & CP_MASK) == 0xFFFD)
				return false;
		}

		while (pos < text_end)
		{
			uint32_t	cp = gr_utf8_decode(pass->text, pass->len, &pos);

			kept_cost += char_cost(cp);
			annotation |= (cp == ')');
		}
		return guessed >= 1 && guessed <= 2 &&
			kept_cost - read_cost >= (annotation ? 0.0 : 6.0);
	}

	for (i = 0; i < count; i++)
		if (cps[i] & DBCS_FLAG)
			chinese_bytes = true;
	for (i = 0; i < count; i++)
	{
		uint32_t	cp = cps[i] & CP_MASK;

		if (cps[i] & GUESSED_FLAG)
			guessed++;
		read_cost += char_cost(cp);
		if (cp >= 0x80)
		{
			non_ascii++;
			single = cp;
		}
		/* text read from GBK or Big5 bytes is Chinese, not Hebrew or plane 13 */
		if (chinese_bytes && cp >= 0x80 && cp != 0xFFFD &&
			!(cp >= 0x2E80 && cp <= 0xFFFF) && !(cp >= 0x2000 && cp <= 0x206F) &&
			cp != 0xB7 && cp != 0xD7 && cp != 0xF7)
			return false;
		if (cp >= 0x2E80 && cp <= 0xFFFF && cp != 0xFFFD && !(cp >= 0xAC00 && cp <= 0xD7AF))
		{
			/* pair_count(previous, cp, fold), previous's side kept */
			uint32_t	side = pair_side(cp, fold);

			han++;
			if (!(cps[i] & GUESSED_FLAG))
				solid++;
			cost += char_cost(cp);
			if (previous)
			{
				pairs++;
				if (side != PAIR_NONE && previous_side != PAIR_NONE &&
					pair_lookup(previous_side, side) > 0)
					seen++;
			}
			previous = cp;
			previous_side = side;
		}
		else if (cp != 0xFFFD)
			previous = 0;
	}
	if (!chinese_bytes)
	{
		/*
		 * UTF-8 read as Latin-1: the structure of UTF-8 is evidence enough
		 * for two characters or more; a single one must be a letter or a
		 * mark that such text has (VOCÊ… is no Ʌ, Brontë…” no Korean).
		 */
		if (guessed >= non_ascii)
			return false;		/* nothing read from bytes that are there */
		if (non_ascii == 1)
			return (single >= 0xC0 && single <= 0x17F && single != 0xD7 && single != 0xF7 &&
					!(single > 0xFF && (single & 0x3F) == 0x20)) ||	/* SELKÄ\xa0 */
				(single >= 0x386 && single <= 0x3CE) || (single >= 0x401 && single <= 0x451) ||
				(single >= 0x2000 && single <= 0x203A) || single == 0x20AC ||
				single == 0x2122 || (single >= 0x3000 && single <= 0x303F) ||
				(single >= 0x4E00 && single <= 0x9FFF) || (single >= 0xFF00 && single <= 0xFFEF);
		return true;
	}
	if (han == 0)
		return false;
	/* mostly read from bytes that are there, not rebuilt */
	if (solid < 2 || guessed > solid + 1)
		return false;
	if (cost / (double) han > 11.0)
		return false;
	if (pairs > 0 && seen * 2 >= pairs && cost / (double) han <= 9.0)
		return true;

	/*
	 * Pairs clean text never showed: still take a stretch that is a word of
	 * its own (001鍥炴棫 is 001回旧), read from bytes that are all there and
	 * far more plausible than what it replaces; not a piece of a run of
	 * other garbage.
	 */
	{
		size_t		pos = text_start;
		size_t		before = text_start;
		size_t		after = text_end;
		uint32_t	left = 0;
		uint32_t	right = 0;

		while (pos < text_end)
			kept_cost += char_cost(gr_utf8_decode(pass->text, pass->len, &pos));
		if (before > 0)
		{
			do
				before--;
			while (before > 0 && ((unsigned char) pass->text[before] & 0xC0) == 0x80);
			left = gr_utf8_decode(pass->text, pass->len, &before);
		}
		if (after < pass->len)
			right = gr_utf8_decode(pass->text, pass->len, &after);
		bounded = (left < 0x80 || (left >= 0x3000 && left <= 0x303F) ||
				   (left >= 0xFF00 && left <= 0xFF65)) &&
			(right < 0x80 || (right >= 0x3000 && right <= 0x303F) ||
			 (right >= 0xFF00 && right <= 0xFF65));
	}
	return bounded && guessed == 0 && kept_cost - read_cost >= 6.0 * (double) han;
}

/* Free what a pass allocated. */
static void
pass_free(Pass *pass)
{
	gr_release(pass->env, pass->bytes);
	gr_release(pass->env, pass->flags);
	gr_release(pass->env, pass->text_offset);
	gr_release(pass->env, pass->text_cp);
	gr_release(pass->env, pass->clean_cost);
	gr_release(pass->env, pass->moji_cost);
	gr_release(pass->env, pass->moji_from);
	gr_release(pass->env, pass->moji_cp);
	gr_release(pass->env, pass->clean_from_moji);
	gr_release(pass->env, pass->taint);
}

/* Build the image of the text. */
static GrStatus
pass_build_image(Pass *pass, bool maywild)
{
	size_t		pos = 0;
	size_t		n = 0;
	size_t		cap = pass->len * 2 + 2;
	uint32_t	previous = 0;	/* the character before, for the wide image */
	const char *text = pass->text;
	size_t		len = pass->len;
	ImageCodec	image = pass->image;
	size_t		polls = pass->poll_counter;
	unsigned char *bytes;
	unsigned char *flags;
	uint32_t   *text_offset;
	uint32_t   *text_cp;

	if (pass->len > GR_MAX_ALLOC / 8)
		return GR_TOO_LARGE;
	pass->bytes = gr_alloc(pass->env, cap);
	pass->flags = gr_alloc(pass->env, cap);
	pass->text_offset = gr_alloc(pass->env, cap * sizeof(uint32_t));
	pass->text_cp = gr_alloc(pass->env, cap * sizeof(uint32_t));
	if (!pass->bytes || !pass->flags || !pass->text_offset || !pass->text_cp)
		return GR_NOMEM;
	/* in locals: a store through a byte array could change *pass, for the compiler */
	bytes = pass->bytes;
	flags = pass->flags;
	text_offset = pass->text_offset;
	text_cp = pass->text_cp;
	while (pos < len)
	{
		size_t		start = pos;
		uint32_t	cp;
		unsigned char b[3];
		bool		wild;
		int			count = 0;
		const unsigned char *s = (const unsigned char *) text + pos;

		GR_POLL(pass->env, polls);

		/*
		 * The common case of the two-byte images inline: a three-byte
		 * character (as utf8_decode_inline reads it) with a two-byte code,
		 * what image_bytes and the general case below make of it.
		 */
		if (image != IMAGE_LATIN && pos + 3 <= len && s[0] >= 0xE1 && s[0] <= 0xEF &&
			s[0] != 0xED && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
		{
			uint16_t	code;

			cp = ((uint32_t) (s[0] & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
			code = (image == IMAGE_GBK) ? tables.gbk_encode[cp] : tables.big5_encode[cp];
			if (code >= 0x100 && cp != 0xFFFD)
			{
				pos += 3;
				previous = cp;
				text_offset[n] = (uint32_t) start;
				text_cp[n] = cp;
				bytes[n] = (unsigned char) (code >> 8);
				flags[n] = IB_BOUNDARY;
				text_offset[n + 1] = (uint32_t) start;
				bytes[n + 1] = (unsigned char) (code & 0xFF);
				flags[n + 1] = 0;
				n += 2;
				continue;
			}
		}
		/* ASCII, in every image its own byte (as image_bytes and below) */
		if (s[0] < 0x80)
		{
			pos++;
			previous = s[0];
			text_offset[n] = (uint32_t) start;
			text_cp[n] = s[0];
			bytes[n] = s[0];
			flags[n] = IB_BOUNDARY | ((maywild && s[0] == '?') ? IB_MAYWILD : 0);
			n++;
			continue;
		}
		cp = utf8_decode_inline(text, len, &pos);
		if (cp != GR_INVALID_CP)
			count = image_bytes(image, cp, b, &wild);
		/*
		 * Decoders that try UTF-8 first read some GBK pairs with the byte
		 * after as a three-byte character: beside Latin text (U+0080..
		 * U+07FF), such a character stands for its own bytes too.
		 */
		if (count == 0 && image == IMAGE_LATIN && cp >= 0x800 && cp < 0x10000 &&
			!(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFD)
		{
			size_t		after = pos;
			uint32_t	next = pos < len ? utf8_decode_inline(text, len, &after) : 0;

			if ((previous >= 0x80 && previous < 0x800) || (next >= 0x80 && next < 0x800))
				count = image_bytes(IMAGE_LATIN_WIDE, cp, b, &wild);
		}
		previous = cp;
		text_offset[n] = (uint32_t) start;
		text_cp[n] = cp;
		if (count == 0)
		{
			bytes[n] = 0;
			flags[n++] = IB_BOUNDARY | IB_BARRIER;
			continue;
		}
		bytes[n] = b[0];
		flags[n] = IB_BOUNDARY | (wild ? IB_WILD : 0) |
			((maywild && cp == '?') ? IB_MAYWILD : 0);
		n++;
		for (int k = 1; k < count; k++)
		{
			bytes[n] = b[k];
			text_offset[n] = (uint32_t) start;
			flags[n++] = 0;
		}
	}
	text_offset[n] = (uint32_t) len;
	flags[n] = IB_BOUNDARY;
	bytes[n] = 0;
	pass->nbytes = n;
	pass->poll_counter = polls;
	return GR_OK;
}

/*
 * Write count units' characters (moji_cp values, flags masked off) to
 * data[len, ...), reserved: gr_utf8_encode with the three-byte case
 * inline.  Returns the new length.
 */
static size_t
write_units(char *data, size_t len, const uint32_t *cps, size_t count)
{
	unsigned char *d = (unsigned char *) data + len;

	for (size_t i = 0; i < count; i++)
	{
		uint32_t	cp = cps[i] & CP_MASK;

		if (cp >= 0x800 && cp < 0x10000 && !(cp >= 0xD800 && cp <= 0xDFFF))
		{
			d[0] = (unsigned char) (0xE0 | (cp >> 12));
			d[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
			d[2] = (unsigned char) (0x80 | (cp & 0x3F));
			d += 3;
		}
		else
			d += gr_utf8_encode(cp, (char *) d);
	}
	return (size_t) (d - (unsigned char *) data);
}

/*
 * Write the stretch image[start, end) (units cps, in text order) to out
 * piece by piece, its pieces split at the ASCII characters it read as
 * themselves: each piece that is plausible on its own is written re-read,
 * the rest as it was.  Returns the number of pieces re-read; when 0, out
 * is left as it was.
 */
static size_t
write_plausible_pieces(Pass *pass, size_t start, size_t end, const uint32_t *cps,
					   size_t units, GrBuf *out, GrStepReport *report, int *stretches)
{
	size_t	   *unit_start;
	size_t		q;
	size_t		i;
	size_t		piece = 0;		/* first unit of the current piece */
	size_t		written = 0;
	size_t		out_mark = out->len;
	size_t		cursor;

	if (units < 2)
		return 0;
	unit_start = gr_alloc(pass->env, units * sizeof(size_t));
	if (!unit_start)
		return 0;
	i = units;
	for (q = end; q > start; q = pass->moji_from[q] & ~FROM_ENTER)
		unit_start[--i] = pass->moji_from[q] & ~FROM_ENTER;
	cursor = pass->text_offset[start];
	for (i = 0; i <= units; i++)
	{
		bool		ascii = i < units && (cps[i] & CP_MASK) < 0x80 && !(cps[i] & GUESSED_FLAG) &&
			(pass->flags[unit_start[i]] & IB_BOUNDARY);
		size_t		piece_start;
		size_t		piece_end;

		if (i < units && !ascii)
			continue;
		/* units [piece, i) form a piece between ASCII characters */
		if (i > piece && (piece == 0 || (pass->flags[unit_start[piece]] & IB_BOUNDARY)))
		{
			piece_start = pass->text_offset[unit_start[piece]];
			piece_end = i < units ? pass->text_offset[unit_start[i]] : pass->text_offset[end];
			if ((i == units || (pass->flags[unit_start[i]] & IB_BOUNDARY)) &&
				stretch_plausible(pass, piece_start, piece_end, cps + piece, i - piece))
			{
				size_t		out_start;

				gr_buf_append(out, pass->text + cursor, piece_start - cursor);
				out_start = out->len;
				if (gr_buf_reserve(out, (i - piece) * 4))
					out->len = write_units(out->data, out->len, cps + piece, i - piece);
				if (*stretches == 0 && report)
					report_example_clip(pass->env, report, pass->text + piece_start,
										piece_end - piece_start, out->data + out_start,
										out->len - out_start);
				(*stretches)++;
				written++;
				cursor = piece_end;
			}
		}
		piece = i + 1;
	}
	if (written > 0)
		gr_buf_append(out, pass->text + cursor, pass->text_offset[end] - cursor);
	else
		out->len = out_mark;
	gr_release(pass->env, unit_start);
	return written;
}

/*
 * The forward part of the Viterbi pass: the best cost of every boundary,
 * reading as is (clean) and re-read (moji), and where it came from.
 *
 * With pass->lazy->splits, unit_utf8_split's units (a GBK pair dropped
 * whole, tried at every other character of damaged text and almost never
 * taken) are not scored in context: each costs the lower bound of its
 * cost, the cheapest of its candidates.  Every value whose best way runs
 * through such a unit is tainted (taint[]).  That pass equals the exact
 * one wherever nothing is tainted: a value that is not tainted is at most
 * the exact one by induction (the bounds are at most the costs, float
 * addition is monotonic), reached the same first way (the relaxations
 * come in the same order, and a way the exact pass takes in its place
 * would be at least as cheap in this pass too, so it would come first
 * there as well).  The units that read context (prev: those with a lost
 * byte) differ when prev comes from a tainted value; reading one fails the
 * pass.  So when the end is not tainted and nothing failed, the best path
 * and everything on it is the exact pass's; else pass_run runs it exactly.
 */
static void
pass_forward(Pass *pass, float enter_cost)
{
	/*
	 * The arrays in locals: stores through the byte arrays could change
	 * any field of *pass as far as the compiler knows
	 */
	size_t		n = pass->nbytes;
	const unsigned char *bytes = pass->bytes;
	const unsigned char *byte_flags = pass->flags;
	const uint32_t *text_cp = pass->text_cp;
	float	   *clean_cost = pass->clean_cost;
	float	   *moji_cost = pass->moji_cost;
	uint32_t   *moji_from = pass->moji_from;
	uint32_t   *moji_cp = pass->moji_cp;
	uint8_t    *clean_from_moji = pass->clean_from_moji;
	uint8_t    *taint = pass->taint;
	PassLazy   *lazy = pass->lazy;
	size_t		polls = pass->poll_counter;
	const GrEnv *env = pass->env;
	bool		slip = pass->slip;
	bool		utf8 = pass->target == TARGET_UTF8;
	bool		splits = pass->image == IMAGE_GBK && pass->target == TARGET_UTF8;
	size_t		p;
	size_t		q;
	uint32_t	previous_text_cp;

	for (p = 0; p <= n; p++)
	{
		clean_cost[p] = INFINITE_COST;
		moji_cost[p] = INFINITE_COST;
	}
	memset(moji_cp, 0, (n + 1) * sizeof(uint32_t));
	memset(moji_from, 0, (n + 1) * sizeof(uint32_t));
	memset(clean_from_moji, 0, n + 1);
	memset(taint, 0, n + 1);
	clean_cost[0] = 0;
	previous_text_cp = 0;
	lazy->failed = false;

	for (p = 0; p <= n; p++)
	{
		float		base;
		Unit		unit;
		uint32_t	prev;
		bool		tainted;
		unsigned char flags;
		unsigned	byte;

		GR_POLL(env, polls);
		if (byte_flags[p] & IB_BOUNDARY)
		{
			/* leave a re-read stretch here */
			if (moji_cost[p] + EXIT_COST < clean_cost[p])
			{
				clean_cost[p] = moji_cost[p] + EXIT_COST;
				clean_from_moji[p] = 1;
				taint[p] = (uint8_t) ((taint[p] & TAINT_MOJI) |
									  ((taint[p] & TAINT_MOJI) ? TAINT_CLEAN : 0));
			}
			if (p == n)
				break;
			/* keep the character as it is */
			q = p + 1;
			while (!(byte_flags[q] & IB_BOUNDARY))
				q++;
			{
				uint32_t	cp = text_cp[p];
				float		cost = clean_cost[p] +
					(cp == GR_INVALID_CP ? 16.0f : char_cost(cp));

				if (cost < clean_cost[q])
				{
					clean_cost[q] = cost;
					clean_from_moji[q] = 0;
					taint[q] = (uint8_t) ((taint[q] & TAINT_MOJI) | (taint[p] & TAINT_CLEAN));
				}
			}
		}
		if (p == n)
			break;
		base = moji_cost[p];
		prev = moji_cp[p] & CP_MASK;
		tainted = (taint[p] & TAINT_MOJI) != 0;
		if ((byte_flags[p] & IB_BOUNDARY) && clean_cost[p] + enter_cost < base)
		{
			base = clean_cost[p] + enter_cost;
			prev = previous_text_cp;
			tainted = (taint[p] & TAINT_CLEAN) != 0;
		}
		if (byte_flags[p] & IB_BOUNDARY)
			previous_text_cp = text_cp[p];
		if (base >= INFINITE_COST)
			continue;
		lazy->base_tainted = tainted;
		flags = byte_flags[p];
		byte = bytes[p];

		/*
		 * Read as UTF-8, a byte that no unit starts with (a continuation
		 * byte: two in three of UTF-8 read as GBK; a lost or unencodable
		 * one) gives none: unit_utf8's first tests, without the call.
		 */
		if (utf8 && !slip && byte >= 0xE1 && byte <= 0xEF && byte != 0xED &&
			!(flags & (IB_WILD | IB_BARRIER)) && p + 2 < n &&
			!(byte_flags[p + 1] & (IB_WILD | IB_BARRIER)) &&
			!(byte_flags[p + 2] & (IB_WILD | IB_BARRIER)) &&
			(bytes[p + 1] & 0xC0) == 0x80 && (bytes[p + 2] & 0xC0) == 0x80)
		{
			/*
			 * unit_utf8 on a three-byte character read whole (a lead
			 * without limits on its second byte), without the call
			 */
			unit.length = 3;
			unit.cp = ((byte & 0x0F) << 12) | ((bytes[p + 1] & 0x3Fu) << 6) |
				(bytes[p + 2] & 0x3Fu);
			unit.cost = char_cost(unit.cp) + 0.0f;
			unit.guessed = false;
			unit.lazy = false;
			relax_unit(moji_cost, moji_from, moji_cp, taint, p, base, &unit, false, tainted);
		}
		else if (!utf8 ||
				 !((flags & (IB_WILD | IB_BARRIER)) || (byte >= 0x80 && byte < 0xC2) || byte > 0xF4))
		{
			unit_at(pass, p, prev, &unit, false);

			/*
			 * The slip pass reads GBK as GBK: away from a slip that is the
			 * text itself, which a stretch must not swallow (stretches are
			 * judged whole), so re-reading costs a little more there.
			 */
			if (unit.length > 0)
			{
				if (slip)
					unit.cost += 0.5f;
				relax_unit(moji_cost, moji_from, moji_cp, taint, p, base, &unit, !utf8, tainted);
			}
		}
		/* and a GBK pair dropped between two characters (only at a boundary) */
		if (splits && (flags & (IB_BOUNDARY | IB_WILD | IB_BARRIER)) == IB_BOUNDARY)
		{
			unit_utf8_split(pass, p, prev, &unit, base);
			if (unit.length > 0)
				relax_unit(moji_cost, moji_from, moji_cp, taint, p, base, &unit, false, tainted);
		}
	}
	pass->poll_counter = polls;
}

/*
 * Run the Viterbi pass over the image; on a repair, append the repaired text
 * to out and count the repaired stretches in report.
 */
static GrStatus
pass_run(Pass *pass, GrBuf *out, GrStepReport *report, int *stretches)
{
	size_t		n = pass->nbytes;
	size_t		p;
	size_t		q;
	size_t		cursor;
	size_t		choice_count = 0;
	/* a slip is only tried where a '?' is, so entering costs less there */
	float		enter_cost = pass->slip ? 2.0f : ENTER_COST;

	*stretches = 0;
	pass->clean_cost = gr_alloc(pass->env, (n + 1) * sizeof(float));
	pass->moji_cost = gr_alloc(pass->env, (n + 1) * sizeof(float));
	pass->moji_from = gr_alloc(pass->env, (n + 1) * sizeof(uint32_t));
	pass->moji_cp = gr_alloc(pass->env, (n + 1) * sizeof(uint32_t));
	pass->clean_from_moji = gr_alloc(pass->env, n + 1);
	pass->taint = gr_alloc(pass->env, n + 1);
	if (!pass->clean_cost || !pass->moji_cost || !pass->moji_from || !pass->moji_cp ||
		!pass->clean_from_moji || !pass->taint)
		return GR_NOMEM;
	pass_forward(pass, enter_cost);
	if (pass->lazy->splits && (pass->lazy->failed || (pass->taint[n] & TAINT_CLEAN)))
	{
		/* the best path may take a split: score them all */
		pass->lazy->splits = false;
		pass_forward(pass, enter_cost);
	}

	/* Trace back: collect the boundaries where stretches start and end. */
	{
		/* walk backwards from n, recording (start, end) of stretches */
		uint32_t   *ends;
		size_t		ends_cap = 64;

		ends = gr_alloc(pass->env, ends_cap * sizeof(uint32_t));
		if (!ends)
			return GR_NOMEM;
		p = n;
		while (p > 0)
		{
			GR_POLL(pass->env, pass->poll_counter);
			if (pass->clean_from_moji[p])
			{
				size_t		end = p;

				/* follow units back to the boundary where the stretch started */
				for (;;)
				{
					uint32_t	from = pass->moji_from[p];

					p = from & ~FROM_ENTER;
					if (from & FROM_ENTER)
						break;
				}
				if (choice_count + 2 > ends_cap)
				{
					uint32_t   *grown;

					ends_cap *= 2;
					grown = gr_grow(pass->env, ends, ends_cap * sizeof(uint32_t));
					if (!grown)
					{
						gr_release(pass->env, ends);
						return GR_NOMEM;
					}
					ends = grown;
				}
				ends[choice_count++] = (uint32_t) end;
				ends[choice_count++] = (uint32_t) p;
			}
			else
			{
				/* step back one character */
				p--;
				while (p > 0 && !(pass->flags[p] & IB_BOUNDARY))
					p--;
			}
		}
		if (choice_count == 0)
		{
			gr_release(pass->env, ends);
			return GR_OK;
		}

		/* Write the text, stretches re-read, from first to last. */
		cursor = 0;
		gr_buf_reserve(out, pass->len);
		while (choice_count > 0)
		{
			size_t		start = ends[--choice_count];
			size_t		end = ends[--choice_count];
			size_t		text_start = pass->text_offset[start];
			size_t		text_end = pass->text_offset[end];
			size_t		out_start;
			size_t		units = 0;
			uint32_t   *cps;

			gr_buf_append(out, pass->text + cursor, text_start - cursor);
			out_start = out->len;
			/* the units of the stretch, collected backwards */
			for (q = end; q > start; q = pass->moji_from[q] & ~FROM_ENTER)
				units++;
			cps = gr_alloc(pass->env, units * sizeof(uint32_t) + 1);
			if (!cps)
			{
				gr_release(pass->env, ends);
				return GR_NOMEM;
			}
			units = 0;
			for (q = end; q > start; q = pass->moji_from[q] & ~FROM_ENTER)
				cps[units++] = pass->moji_cp[q];
			/* in text order */
			for (q = 0; q < units / 2; q++)
			{
				uint32_t	swap = cps[q];

				cps[q] = cps[units - 1 - q];
				cps[units - 1 - q] = swap;
			}
			if (!stretch_plausible(pass, text_start, text_end, cps, units))
			{
				/*
				 * A stretch that ran across ASCII ("…政策瑙ｈ495973561\",\"鍥藉…")
				 * may join a piece that reads well to one that does not: its
				 * pieces between ASCII characters are judged each on its own.
				 */
				size_t		written = write_plausible_pieces(pass, start, end, cps, units, out,
															 report, stretches);

				gr_release(pass->env, cps);
				if (written == 0)
					gr_buf_append(out, pass->text + text_start, text_end - text_start);
				cursor = text_end;
				continue;
			}
			if (gr_buf_reserve(out, units * 4))
				out->len = write_units(out->data, out->len, cps, units);
			gr_release(pass->env, cps);
			if (*stretches == 0 && report)
			{
				report_example_clip(pass->env, report, pass->text + text_start,
									text_end - text_start, out->data + out_start,
									out->len - out_start);
			}
			(*stretches)++;
			cursor = text_end;
		}
		gr_buf_append(out, pass->text + cursor, pass->len - cursor);
		gr_release(pass->env, ends);
	}
	return out->status;
}

/*
 * Run one pass (image codec read as target codec) over text when the
 * detector found something.  On a repair, *result holds the repaired text
 * (from env) and the return is the number of repaired stretches.
 */
/* The image as the plausibility test reads it (by value, in registers). */
typedef struct ImageView
{
	const unsigned char *bytes;
	const unsigned char *flags;
	size_t		nbytes;
} ImageView;

/*
 * The shape of the UTF-8 unit unit_utf8 reads at image byte q, without
 * choosing among lost bytes: its length (0: none can start there), its
 * code point when no byte of it is lost (*lost false).  The same tests as
 * unit_utf8 and continuation_at, in the same order.
 */
static int
unit_shape(ImageView view, size_t q, uint32_t *cp, bool *lost)
{
	unsigned	lead;
	int			length;
	unsigned	min_second = 0x80;
	unsigned	max_second = 0xBF;

	*lost = false;
	if (q >= view.nbytes || (view.flags[q] & (IB_WILD | IB_BARRIER)))
		return 0;
	lead = view.bytes[q];
	if (lead < 0x80)
	{
		*cp = lead;
		return 1;
	}
	length = utf8_lead(lead, &min_second, &max_second);
	if (length == 0)
		return 0;
	*cp = lead & (0xFF >> (length + 1));
	for (int k = 1; k < length; k++)
	{
		size_t		r = q + k;
		unsigned char f;
		unsigned	b;

		if (r >= view.nbytes)
			return 0;
		f = view.flags[r];
		if (f & IB_BARRIER)
			return 0;
		b = view.bytes[r];
		if ((f & IB_WILD) || ((f & IB_MAYWILD) && b == '?'))
		{
			*lost = true;		/* (unit_utf8 allows two; more is fewer units) */
			continue;
		}
		if (b < 0x80 || b > 0xBF)
			return 0;
		if (k == 1 && (b < min_second || b > max_second))
			return 0;
		*cp = (*cp << 6) | (b & 0x3F);
	}
	return length;
}

/* A character stretch_plausible counts as Han (solid when read whole). */
static inline bool
plausible_han(uint32_t cp)
{
	return cp >= 0x2E80 && cp <= 0xFFFF && cp != 0xFFFD && !(cp >= 0xAC00 && cp <= 0xD7AF);
}

/*
 * Whether a stretch that stretch_plausible takes can exist in the image
 * of UTF-8 read as GBK.  Such a stretch holds two Han characters read
 * whole ("solid") and, between them, only units of characters text read
 * from GBK bytes may have (ASCII, U+2000..U+206F, · × ÷, other Han, or a
 * unit with a lost byte; Hangul passes there and is not Han).  The units
 * the pass may relax are unit_utf8's (a lead fixes its length), a lead
 * whose continuation bytes were dropped (one byte) and a GBK pair dropped
 * whole (unit_utf8_split, two bytes): plausible_stretch_possible follows
 * them all backwards in one linear pass.  Without such a pair the pass can
 * repair nothing and need not run (Chinese text read from GBK as itself,
 * where the detector's hints were false alarms).
 */
/*
 * Whether unit_utf8_split may read a unit at image byte q (its tests of
 * boundaries and bytes, before the candidates).
 */
static inline bool
split_possible(ImageView view, size_t q)
{
	unsigned	first;

	if (q + 2 > view.nbytes || !(view.flags[q] & IB_BOUNDARY) ||
		(view.flags[q] & (IB_WILD | IB_BARRIER)) ||
		(view.flags[q + 1] & (IB_WILD | IB_BARRIER | IB_BOUNDARY)) ||
		!(view.flags[q + 2] & IB_BOUNDARY))
		return false;
	if (view.bytes[q + 1] < 0x80 || view.bytes[q + 1] > 0xBF)
		return false;
	first = view.bytes[q];
	return (first >= 0xE1 && first <= 0xEF && first != 0xED) || (first >= 0x80 && first <= 0xBF);
}

/* What stretch_plausible lets a unit read whole be, in text read from GBK bytes. */
static inline bool
gbk_stretch_allows(uint32_t cp)
{
	return cp < 0x80 || cp == 0xFFFD || (cp >= 0x2E80 && cp <= 0xFFFF) ||
		(cp >= 0x2000 && cp <= 0x206F) || cp == 0xB7 || cp == 0xD7 || cp == 0xF7;
}

/*
 * Whether unit_utf8 may guess a lead at image byte q whose two
 * continuation bytes were dropped unmarked (its tests before the
 * candidates): a unit of one byte.
 */
static inline bool
dropped_possible(ImageView view, size_t q)
{
	return q + 1 < view.nbytes && view.bytes[q] >= 0xE0 && view.bytes[q] <= 0xEF &&
		!(view.flags[q] & (IB_BOUNDARY | IB_WILD | IB_BARRIER)) &&
		!(view.flags[q + 1] & (IB_WILD | IB_BARRIER)) &&
		(view.bytes[q + 1] < 0x80 || view.bytes[q + 1] > 0xBF);
}

/*
 * One backward pass: reach[q] says a chain of units that may stand in a
 * kept stretch, starting at q, comes to a solid Han character (one there
 * counts); every unit the pass may relax is followed (unit_utf8's, with
 * lost bytes taken as anything; a dropped lead; unit_utf8_split's pair).
 * A solid Han character at p with reach[p + 3] is the pair.
 */
static bool
plausible_stretch_possible(Pass *pass)
{
	size_t		n = pass->nbytes;
	unsigned char *reach = gr_alloc(pass->env, n + 4);
	bool		found = false;

	/* by value: a store to reach could change *pass, for the compiler */
	ImageView	view = {pass->bytes, pass->flags, pass->nbytes};
	size_t		polls = pass->poll_counter;

	if (reach == NULL)
		return true;			/* the pass will say */
	memset(reach, 0, n + 4);
	for (size_t q = n; q-- > 0 && !found;)
	{
		uint32_t	cp = 0;
		bool		lost = false;
		int			length;
		bool		solid;
		bool		on = false;

		GR_POLL(pass->env, polls);
		length = unit_shape(view, q, &cp, &lost);
		solid = length == 3 && !lost && plausible_han(cp);
		if (solid)
		{
			if (q + 3 <= n && reach[q + 3])
				found = true;
			on = true;
		}
		else if (length > 0 && q + (size_t) length <= n && reach[q + length] &&
				 (lost || gbk_stretch_allows(cp)))
			on = true;
		if (!on && q + 2 <= n && reach[q + 2] && split_possible(view, q))
			on = true;
		if (!on && reach[q + 1] && dropped_possible(view, q))
			on = true;
		reach[q] = on;
	}
	pass->poll_counter = polls;
	gr_release(pass->env, reach);
	return found;
}

/*
 * counter: the caller's poll counter, carried across its windows (a
 * paragraph each is far fewer than GR_POLL_INTERVAL steps, so counting
 * afresh in each window would never poll).
 */
static GrStatus
run_pass_whole(const GrEnv *env, ImageCodec image, TargetCodec target, const char *text,
			   size_t len, GrBuf *result, GrStepReport *report, int *stretches, bool slip,
			   size_t *counter)
{
	Pass		pass;
	PassLazy	lazy;
	GrStatus	status;

	reject_masks_ready();
	memset(&pass, 0, sizeof(pass));
	/* splits exist only where the GBK image is read as UTF-8 */
	lazy.splits = image == IMAGE_GBK && target == TARGET_UTF8;
	lazy.base_tainted = false;
	lazy.failed = false;
	pass.lazy = &lazy;
	pass.poll_counter = *counter;
	pass.env = env;
	pass.image = image;
	pass.target = target;
	pass.text = text;
	pass.len = len;
	pass.slip = slip;
	*stretches = 0;
	status = pass_build_image(&pass, (image == IMAGE_GBK && target == TARGET_UTF8) || slip);
	if (status == GR_OK &&
		!(image == IMAGE_GBK && target == TARGET_UTF8 && !slip &&
		  !plausible_stretch_possible(&pass)))
		status = pass_run(&pass, result, report, stretches);
	*counter = pass.poll_counter;
	pass_free(&pass);
	return status;
}

static size_t next_hint(const unsigned char *bytes, size_t len, size_t pos, uint8_t bit,
						const GrHints *hints, const GrEnv *env, size_t *counter);
static void report_reset(GrStepReport *report);

/*
 * Where the next trace of a pass's damage is, at or after pos (len: none):
 * the same traces the detectors look for.
 */
static size_t
next_trace(const unsigned char *bytes, size_t len, size_t pos, ImageCodec image,
		   TargetCodec target, bool slip, const GrHints *hints, const GrEnv *env,
		   size_t *counter)
{
	if (slip)
	{
		const unsigned char *hit = memchr(bytes + pos, '?', len - pos);

		return hit ? (size_t) (hit - bytes) : len;
	}
	if (image == IMAGE_LATIN)
	{
		size_t		found = len;
		const unsigned char *hit;

		hit = memchr(bytes + pos, 0xC2, len - pos);
		if (hit)
			found = (size_t) (hit - bytes);
		hit = memchr(bytes + pos, 0xC3, (found < len ? found : len) - pos);
		if (hit)
			found = (size_t) (hit - bytes);
		return found;
	}
	if (image == IMAGE_GBK && target == TARGET_UTF8)
		return next_hint(bytes, len, pos, HINT_UTF8_IN_GBK, hints, env, counter);
	return next_hint(bytes, len, pos,
					 image == IMAGE_BIG5 ? HINT_BIG5_AS_GBK : HINT_GBK_AS_BIG5, hints, env,
					 counter);
}

/* Longest window a pass reads at once; longer lines are cut. */
#define WINDOW_MAX ((size_t) 1 << 22)

/*
 * The first newline at or after end, or len, or start + WINDOW_MAX,
 * whichever comes first (end <= that limit unless already past it).
 */
static inline size_t
line_end(const unsigned char *bytes, size_t len, size_t end, size_t start)
{
	size_t		limit = (len - start > WINDOW_MAX) ? start + WINDOW_MAX : len;
	const unsigned char *hit;

	if (end >= limit)
		return end;
	hit = memchr(bytes + end, '\n', limit - end);
	return hit ? (size_t) (hit - bytes) : limit;
}

/*
 * Run a pass over the lines that show a trace of its damage, each line on
 * its own, and splice the results into result: partly damaged text costs
 * in proportion to its damage, and memory in proportion to its longest
 * damaged line.  The Viterbi pass keeps what it finds nothing in.
 */
static GrStatus
run_pass_slip(const GrEnv *env, ImageCodec image, TargetCodec target, const char *text,
			  size_t len, GrBuf *result, GrStepReport *report, int *stretches, bool slip,
			  const GrHints *hints)
{
	const unsigned char *bytes = (const unsigned char *) text;
	size_t		counter = 0;
	size_t		cursor = 0;		/* text before it is in result */
	size_t		pos = 0;
	GrStatus	status = GR_OK;

	*stretches = 0;
	report_reset(report);
	while (pos < len && status == GR_OK)
	{
		size_t		hit = next_trace(bytes, len, pos, image, target, slip, hints, env, &counter);
		size_t		start;
		size_t		end;
		GrBuf		piece;
		GrStepReport piece_report;
		int			piece_stretches = 0;

		if (hit >= len)
			break;
		/* the line around it, after what was read already */
		start = hit;
		while (start > cursor && bytes[start - 1] != '\n' && hit - start < WINDOW_MAX / 2)
			start--;
		while (start > cursor && (bytes[start] & 0xC0) == 0x80)
			start--;
		end = line_end(bytes, len, hit, start);
		while (end < len && (bytes[end] & 0xC0) == 0x80)
			end++;
		if (end < len && bytes[end] == '\n')
			end++;
		/* take in the following lines while they have traces too */
		for (;;)
		{
			size_t		next = (end < len) ?
				next_trace(bytes, len, end, image, target, slip, hints, env, &counter) : len;
			size_t		line_start = end;

			if (next >= len || end - start >= WINDOW_MAX)
				break;
			/* only when the next trace is on the very next line */
			if (memchr(bytes + line_start, '\n', next - line_start) != NULL)
				break;
			end = line_end(bytes, len, end, start);
			while (end < len && (bytes[end] & 0xC0) == 0x80)
				end++;
			if (end < len && bytes[end] == '\n')
				end++;
		}
		gr_buf_init(&piece, env, 0);
		report_reset(&piece_report);
		/* only the first repaired piece's example is kept: later ones make none */
		status = run_pass_whole(env, image, target, text + start, end - start, &piece,
								report->before == NULL ? &piece_report : NULL,
								&piece_stretches, slip, &counter);
		if (status == GR_OK && piece_stretches > 0)
		{
			if (*stretches == 0)
				gr_buf_reserve(result, len);
			gr_buf_append(result, text + cursor, start - cursor);
			gr_buf_append(result, piece.data, piece.len);
			cursor = end;
			if (report->before == NULL)
				*report = piece_report;
			else
			{
				gr_release(env, piece_report.before);
				gr_release(env, piece_report.after);
			}
			*stretches += piece_stretches;
		}
		else
		{
			gr_release(env, piece_report.before);
			gr_release(env, piece_report.after);
		}
		gr_buf_free(&piece);
		pos = end > hit ? end : hit + 1;
	}
	if (status == GR_OK && *stretches > 0)
	{
		gr_buf_append(result, text + cursor, len - cursor);
		status = result->status;
	}
	report->fixes = 0;			/* the callers count stretches */
	return status;
}

static GrStatus
run_pass(const GrEnv *env, ImageCodec image, TargetCodec target, const char *text,
		 size_t len, GrBuf *result, GrStepReport *report, int *stretches)
{
	return run_pass_slip(env, image, target, text, len, result, report, stretches, false, NULL);
}

/* ---------------------------------------------------------------------
 * Detectors: one cheap scan each, no allocation
 * --------------------------------------------------------------------- */

/*
 * Read one code point fast, for the detectors: no validation beyond what
 * keeps the reads in bounds (the passes validate what a detector finds).
 */
static inline uint32_t
fast_decode(const unsigned char *text, size_t len, size_t *pos)
{
	size_t		p = *pos;
	unsigned char c = text[p];

	if (c < 0x80)
	{
		*pos = p + 1;
		return c;
	}
	if (c >= 0xE0 && c < 0xF0 && p + 2 < len)
	{
		*pos = p + 3;
		return ((uint32_t) (c & 0x0F) << 12) | ((uint32_t) (text[p + 1] & 0x3F) << 6) |
			(text[p + 2] & 0x3F);
	}
	if (c >= 0xC0 && c < 0xE0 && p + 1 < len)
	{
		*pos = p + 2;
		return ((uint32_t) (c & 0x1F) << 6) | (text[p + 1] & 0x3F);
	}
	return gr_utf8_decode((const char *) text, len, pos);
}

/*
 * UTF-8 or GBK read as Latin-1/CP1252.  UTF-8: a Latin-1 letter that starts
 * a UTF-8 sequence (Â..ô, always bytes C3 82..C3 B4) followed by a
 * character read from a continuation byte (LATIN_UTF8).  GBK: two Latin-1
 * letters in a row that UTF-8 cannot explain, both from bytes C0..FF
 * (Õþ; LATIN_GBK).  Clean Chinese text rarely has bytes C2 or C3 at all, so
 * the scan looks for them with memchr.  Returns the bits found.
 */
#define LATIN_UTF8 0x01
#define LATIN_GBK 0x02

static int
detect_latin(const char *text, size_t len, const GrEnv *env)
{
	const unsigned char *bytes = (const unsigned char *) text;
	size_t		pos = 0;
	size_t		counter = 0;
	size_t		next_c2 = 0;
	size_t		next_c3 = 0;
	bool		first_round = true;
	int			found = 0;

	while (pos + 2 < len && found != (LATIN_UTF8 | LATIN_GBK))
	{
		uint32_t	first;
		uint32_t	second;
		size_t		next;
		int			byte;

		GR_POLL(env, counter);
		/* the next byte C2 or C3, by memchr, each position kept until passed */
		if (first_round || next_c2 < pos)
		{
			const unsigned char *hit = memchr(bytes + pos, 0xC2, len - pos);

			next_c2 = hit ? (size_t) (hit - bytes) : len;
		}
		if (first_round || next_c3 < pos)
		{
			const unsigned char *hit = memchr(bytes + pos, 0xC3, len - pos);

			next_c3 = hit ? (size_t) (hit - bytes) : len;
		}
		first_round = false;
		pos = next_c2 < next_c3 ? next_c2 : next_c3;
		if (pos + 2 >= len)
			break;
		next = pos;
		first = fast_decode(bytes, len, &next);
		pos = next;
		if (next >= len)
			break;
		second = fast_decode(bytes, len, &next);
		if (second == 0xFFFD)
			byte = 0x80;
		else
			byte = (second == GR_INVALID_CP) ? -1 : latin_byte(second);
		if (first >= 0xC2 && first <= 0xF4 && byte >= 0x80 && byte <= 0xBF)
			found |= LATIN_UTF8;
		if (first >= 0xC0 && first <= 0xFF && second >= 0xC0 && second <= 0xFF)
			found |= LATIN_GBK;
	}
	return found;
}

/*
 * UTF-8 read as GBK: the GBK bytes of the text hold two aligned three-byte
 * UTF-8 sequences in a row.  Each character's bytes' UTF-8 roles come from
 * a table, so the scan is a decode and a lookup per character.
 */
static bool
detect_utf8_in_gbk_here(const char *text, size_t len, const GrEnv *env)
{
	const unsigned char *bytes = (const unsigned char *) text;
	size_t		pos = 0;
	size_t		counter = 0;
	int			need = 0;
	bool		counts = false;
	int			sequences = 0;

	while (pos < len)
	{
		uint32_t	cp;
		uint8_t		roles;
		int			k;

		GR_POLL(env, counter);
		if (bytes[pos] < 0x80)
		{
			need = 0;
			if (bytes[pos] != '?')
				sequences = 0;
			pos++;
			continue;
		}
		cp = fast_decode(bytes, len, &pos);
		if (cp == 0xFFFD)
			roles = ROLE_CONT;	/* a lost byte: any continuation */
		else
			roles = (cp < 65536) ? tables.gbk_class[cp] : 0;
		if (roles == 0)
		{
			need = 0;
			sequences = 0;
			continue;
		}
		for (k = 0; k < 2; k++)
		{
			int			role = (roles >> (4 * k)) & 0x0F;

			if (role == ROLE_NONE)
				break;
			if (need > 0 && role == ROLE_CONT)
			{
				/* only three-byte sequences (CJK) count, and only in a row */
				if (--need == 0)
				{
					if (!counts)
						sequences = 0;
					else if (++sequences >= 2)
						return true;
				}
				continue;
			}
			if (need > 0)
				sequences = 0;	/* a sequence broken off */
			need = 0;
			counts = false;
			if (role == ROLE_LEAD3)
			{
				need = 2;
				counts = true;
			}
			else if (role == ROLE_LEAD2)
				need = 1;
			else if (role == ROLE_LEAD4)
				need = 3;
			else
				sequences = 0;
		}
	}
	return false;
}

/*
 * A stretch of characters that read more plausibly when their bytes in
 * one codec are decoded with the other (gains from a table): the best
 * running sum of gains passes a threshold.
 */
static bool
detect_dbcs_here(const char *text, size_t len, const GrEnv *env, bool big5_as_gbk_bytes)
{
	const unsigned char *bytes = (const unsigned char *) text;
	const int8_t *gains = big5_as_gbk_bytes ? tables.big5_gain : tables.gbk_gain;
	size_t		pos = 0;
	size_t		counter = 0;
	int			sum = 0;

	while (pos < len)
	{
		uint32_t	cp;
		int			gain;

		GR_POLL(env, counter);
		if (bytes[pos] < 0x80)
		{
			pos++;
			continue;
		}
		cp = fast_decode(bytes, len, &pos);
		if (cp == 0xFFFD)
			continue;			/* a byte the wrong decoder lost: part of the damage */
		gain = (cp < 65536) ? gains[cp] : GAIN_NONE;
		if (gain == GAIN_NONE)
		{
			sum = 0;
			continue;
		}
		sum += gain;
		if (sum < 0)
			sum = 0;
		else if (sum > 24 * 4)
			return true;
	}
	return false;
}

/*
 * The next three-byte character at or after pos with a hint bit, or len.
 * Bytes below E0 are skipped one by one: the hinted characters are all
 * three-byte sequences, and E0..EF never continue one.
 */
#define HINT_BLOCK 256

static size_t
next_hint(const unsigned char *bytes, size_t len, size_t pos, uint8_t bit,
		  const GrHints *hints, const GrEnv *env, size_t *counter)
{
	if (hints)
	{
		/* the hinted characters were found already: the first at or after pos */
		size_t		low = 0;
		size_t		high = hints->count;

		while (low < high)
		{
			size_t		middle = low + (high - low) / 2;

			if (hints->at[middle] < pos)
				low = middle + 1;
			else
				high = middle;
		}
		for (; low < hints->count; low++)
		{
			GR_POLL(env, *counter);
			if (hints->bits[low] & bit)
				return hints->at[low];
		}
		return len;
	}
	/* polled once per block of HINT_BLOCK bytes: the scan is the clean path */
	while (pos + 2 < len)
	{
		size_t		block_end = (len - 2 - pos > HINT_BLOCK) ? pos + HINT_BLOCK : len - 2;

		GR_POLL(env, *counter);
		while (pos < block_end)
		{
			unsigned char c = bytes[pos];

			if (c < 0xE0 || c >= 0xF0)
			{
				pos++;
				continue;
			}
			if (tables.hint[((uint32_t) (c & 0x0F) << 12) |
							((uint32_t) (bytes[pos + 1] & 0x3F) << 6) |
							(bytes[pos + 2] & 0x3F)] & bit)
				return pos;
			pos += 3;
		}
	}
	return len;
}

/* The hint bits of U+0000..U+FFFF (for gr_repair's evidence scan), or NULL. */
const uint8_t *
gr_mojibake_hint_table(void)
{
	return tables_ready() ? tables.hint : NULL;
}

/* Run a detailed detector over a window around each hinted character. */
static bool
detect_around_hints(const char *text, size_t len, const GrEnv *env, uint8_t bit,
					bool (*here) (const char *, size_t, const GrEnv *, bool), bool flag,
					const GrHints *hints)
{
	const unsigned char *bytes = (const unsigned char *) text;
	size_t		counter = 0;
	size_t		pos = 0;
	size_t		checked_to = 0;

	for (;;)
	{
		size_t		hit = next_hint(bytes, len, pos, bit, hints, env, &counter);
		size_t		start;
		size_t		end;

		if (hit >= len)
			return false;
		pos = hit + 3;
		if (hit < checked_to)
			continue;			/* already inside a window that said no */
		start = hit > 24 ? hit - 24 : 0;
		while (start > 0 && (bytes[start] & 0xC0) == 0x80)
			start--;
		end = hit + 96 < len ? hit + 96 : len;
		while (end < len && (bytes[end] & 0xC0) == 0x80)
			end++;
		if (here(text + start, end - start, env, flag))
			return true;
		checked_to = end > 48 ? end - 48 : 0;
	}
}

static bool
utf8_in_gbk_here(const char *text, size_t len, const GrEnv *env, bool unused)
{
	(void) unused;
	return detect_utf8_in_gbk_here(text, len, env);
}

static bool
detect_utf8_in_gbk(const char *text, size_t len, const GrEnv *env, const GrHints *hints)
{
	return detect_around_hints(text, len, env, HINT_UTF8_IN_GBK, utf8_in_gbk_here, false,
							   hints);
}

static bool
detect_dbcs(const char *text, size_t len, const GrEnv *env, bool big5_as_gbk_bytes,
			const GrHints *hints)
{
	return detect_around_hints(text, len, env,
							   big5_as_gbk_bytes ? HINT_BIG5_AS_GBK : HINT_GBK_AS_BIG5,
							   detect_dbcs_here, big5_as_gbk_bytes, hints);
}

/* ---------------------------------------------------------------------
 * The steps
 * --------------------------------------------------------------------- */

/*
 * Apply one pass to *current (text, len), chaining buffers: when it repairs,
 * the repaired text becomes current.  fixes counts the stretches.
 */
static GrStatus
chain_pass(const GrEnv *env, ImageCodec image, TargetCodec target, GrBuf *holder,
		   const char **current, size_t *current_len, GrStepReport *report,
		   const GrHints *hints)
{
	GrBuf		result;
	GrStatus	status;
	int			stretches = 0;

	gr_buf_init(&result, env, 0);
	status = run_pass_slip(env, image, target, *current, *current_len, &result, report,
						   &stretches, false, hints);
	if (status != GR_OK || stretches == 0)
	{
		gr_buf_free(&result);
		return status;
	}
	report->fixes += stretches;
	gr_buf_free(holder);
	*holder = result;
	*current = holder->data;
	*current_len = holder->len;
	return GR_OK;
}

/* Hand the final text of a chain of passes to the caller's out. */
static GrStatus
chain_finish(GrBuf *holder, GrBuf *out, GrStepReport *report, GrStatus status)
{
	if (status == GR_OK && report->fixes > 0)
	{
		gr_buf_append(out, holder->data, holder->len);
		status = out->status;
	}
	gr_buf_free(holder);
	return status;
}

static void
report_reset(GrStepReport *report)
{
	memset(report, 0, sizeof(*report));
}

/* Summed plausibility cost of a text's characters. */
static double
text_cost(const char *text, size_t len)
{
	size_t		pos = 0;
	double		cost = 0;

	while (pos < len)
	{
		uint32_t	cp = gr_utf8_decode(text, len, &pos);

		cost += (cp == GR_INVALID_CP) ? 16.0 : char_cost(cp);
	}
	return cost;
}

/*
 * C1 control characters left over (U+0080..U+009F, which no text means):
 * the Windows-1252 characters whose bytes a Latin-1 decoder read (parlé\x85
 * is parlé…), as ftfy's fix_c1_controls does.
 */
static GrStatus
fix_c1_controls(const GrEnv *env, GrBuf *holder, const char **current,
				size_t *current_len, GrStepReport *report)
{
	const char *text = *current;
	size_t		len = *current_len;
	size_t		pos = 0;
	size_t		cursor = 0;
	size_t		counter = 0;
	GrBuf		result;
	bool		found = false;

	while (pos + 1 < len)
	{
		unsigned char c = (unsigned char) text[pos];
		unsigned char d = (unsigned char) text[pos + 1];

		GR_POLL(env, counter);
		/* U+0080..U+009F is C2 80..C2 9F */
		if (c == 0xC2 && d >= 0x80 && d <= 0x9F && cp1252_high[d - 0x80] != 0)
		{
			if (!found)
			{
				found = true;
				gr_buf_init(&result, env, len + 16);
			}
			gr_buf_append(&result, text + cursor, pos - cursor);
			gr_buf_append_cp(&result, cp1252_high[d - 0x80]);
			if (report->before == NULL)
			{
				char		after[4];
				int			n = gr_utf8_encode(cp1252_high[d - 0x80], after);

				report_example_clip(env, report, text + pos, 2, after, (size_t) n);
			}
			report->fixes++;
			pos += 2;
			cursor = pos;
			continue;
		}
		pos++;
	}
	if (!found)
		return GR_OK;
	gr_buf_append(&result, text + cursor, len - cursor);
	if (result.status != GR_OK)
	{
		GrStatus	status = result.status;

		gr_buf_free(&result);
		return status;
	}
	gr_buf_free(holder);
	*holder = result;
	*current = holder->data;
	*current_len = holder->len;
	return GR_OK;
}

/*
 * UTF-8 read as Latin-1 or Windows-1252 (also sloppy, with C1 controls,
 * and twice in a row), and GBK read the same way.
 */
GrStatus
gr_step_utf8_as_latin1(const GrEnv *env, const char *text, size_t len,
					   GrBuf *out, GrStepReport *report)
{
	GrBuf		holder;
	const char *current = text;
	size_t		current_len = len;
	GrStatus	status = GR_OK;
	int			round;
	int			evidence;

	report_reset(report);
	evidence = detect_latin(text, len, env);
	if (evidence == 0 || !tables_ready())
		return GR_OK;
	gr_buf_init(&holder, env, 0);
	/*
	 * Each round reads the text once as UTF-8 and once as GBK, and keeps
	 * the reading that leaves the more plausible text (Õþ¸® is GBK, æ”¿ is
	 * UTF-8); text encoded twice needs a second round over the first one's
	 * output.  The fixes are those of the first round; its example is
	 * shown fully repaired.
	 */
	for (round = 0; round < 3 && status == GR_OK; round++)
	{
		GrStepReport round_report;
		GrBuf		as_utf8;
		GrBuf		as_gbk;
		GrStepReport gbk_report;
		int			utf8_fixes = 0;
		int			gbk_fixes = 0;
		bool		take_gbk;

		report_reset(&round_report);
		report_reset(&gbk_report);
		gr_buf_init(&as_utf8, env, 0);
		gr_buf_init(&as_gbk, env, 0);
		if (evidence & LATIN_UTF8)
			status = run_pass(env, IMAGE_LATIN, TARGET_UTF8, current, current_len, &as_utf8,
							  &round_report, &utf8_fixes);
		if (status == GR_OK && (evidence & LATIN_GBK))
			status = run_pass(env, IMAGE_LATIN, TARGET_GBK, current, current_len, &as_gbk,
							  &gbk_report, &gbk_fixes);
		take_gbk = gbk_fixes > 0 &&
			(utf8_fixes == 0 || text_cost(as_gbk.data, as_gbk.len) <
			 text_cost(as_utf8.data, as_utf8.len));
		if (take_gbk)
		{
			gr_release(env, round_report.before);
			gr_release(env, round_report.after);
			round_report = gbk_report;
			round_report.fixes = gbk_fixes;
			gr_buf_free(&as_utf8);
			as_utf8 = as_gbk;
		}
		else
		{
			gr_release(env, gbk_report.before);
			gr_release(env, gbk_report.after);
			gr_buf_free(&as_gbk);
			round_report.fixes = utf8_fixes;
		}
		if (status != GR_OK || round_report.fixes == 0)
		{
			gr_release(env, round_report.before);
			gr_release(env, round_report.after);
			gr_buf_free(&as_utf8);
			break;
		}
		gr_buf_free(&holder);
		holder = as_utf8;
		current = holder.data;
		current_len = holder.len;
		if (round == 0)
			*report = round_report;
		else
		{
			GrBuf		again;
			GrStepReport scratch;
			int			stretches = 0;

			gr_release(env, round_report.before);
			gr_release(env, round_report.after);
			gr_buf_init(&again, env, 0);
			report_reset(&scratch);
			if (report->after &&
				run_pass(env, IMAGE_LATIN, take_gbk ? TARGET_GBK : TARGET_UTF8, report->after,
						 report->after_len, &again, &scratch, &stretches) == GR_OK &&
				stretches > 0)
			{
				gr_release(env, report->after);
				report->after = copy_span(env, again.data, again.len);
				report->after_len = report->after ? again.len : 0;
			}
			gr_release(env, scratch.before);
			gr_release(env, scratch.after);
			gr_buf_free(&again);
		}
		evidence = detect_latin(current, current_len, env);
		if (evidence == 0)
			break;
	}
	if (status == GR_OK)
		status = fix_c1_controls(env, &holder, &current, &current_len, report);
	return chain_finish(&holder, out, report, status);
}

/* UTF-8 read as GBK/GB18030, whole or partial, also lossy. */
GrStatus
gr_step_utf8_as_gbk_hinted(const GrEnv *env, const char *text, size_t len,
						   const GrHints *hints, GrBuf *out, GrStepReport *report)
{
	GrBuf		holder;
	const char *current = text;
	size_t		current_len = len;
	GrStatus	status;

	report_reset(report);
	if (!tables_ready() || !detect_utf8_in_gbk(text, len, env, hints))
		return GR_OK;
	gr_buf_init(&holder, env, 0);
	status = chain_pass(env, IMAGE_GBK, TARGET_UTF8, &holder, &current, &current_len, report,
						hints);
	return chain_finish(&holder, out, report, status);
}

GrStatus
gr_step_utf8_as_gbk(const GrEnv *env, const char *text, size_t len,
					GrBuf *out, GrStepReport *report)
{
	return gr_step_utf8_as_gbk_hinted(env, text, len, NULL, out, report);
}

/* GBK read as Big5, and Big5 read as GBK. */
GrStatus
gr_step_gbk_big5_hinted(const GrEnv *env, const char *text, size_t len,
						const GrHints *hints, GrBuf *out, GrStepReport *report)
{
	GrBuf		holder;
	const char *current = text;
	size_t		current_len = len;
	GrStatus	status = GR_OK;

	report_reset(report);
	if (!tables_ready())
		return GR_OK;
	/* one scan for either direction's hints first: clean text has none */
	{
		size_t		counter = 0;

		if (next_hint((const unsigned char *) text, len, 0, HINT_BIG5_AS_GBK | HINT_GBK_AS_BIG5,
					  hints, env, &counter) >= len)
			return GR_OK;
	}
	gr_buf_init(&holder, env, 0);
	if (detect_dbcs(current, current_len, env, true, hints))
		status = chain_pass(env, IMAGE_BIG5, TARGET_GBK, &holder, &current,
							&current_len, report, hints);
	/* the hints are the input's: not of a text the first pass repaired */
	if (current != text)
		hints = NULL;
	if (status == GR_OK && detect_dbcs(current, current_len, env, false, hints))
	{
		GrStepReport second;

		report_reset(&second);
		status = chain_pass(env, IMAGE_GBK, TARGET_BIG5, &holder, &current,
							&current_len, &second, hints);
		if (second.fixes > 0)
		{
			if (report->before == NULL)
				*report = second;
			else
			{
				report->fixes += second.fixes;
				gr_release(env, second.before);
				gr_release(env, second.after);
			}
		}
	}
	return chain_finish(&holder, out, report, status);
}

GrStatus
gr_step_gbk_big5(const GrEnv *env, const char *text, size_t len,
				 GrBuf *out, GrStepReport *report)
{
	return gr_step_gbk_big5_hinted(env, text, len, NULL, out, report);
}

/* ---------------------------------------------------------------------
 * Lost bytes: runs of U+FFFD and 锟斤拷
 * --------------------------------------------------------------------- */

#define CP_KUN 0x951F			/* 锟 */
#define CP_JIN 0x65A4			/* 斤 */
#define CP_KAO 0x62F7			/* 拷 */

/*
 * Length of a run of lost-byte marks at text[pos]: 锟斤拷 (two U+FFFD
 * encoded in UTF-8 and read as GBK) including its cut forms 锟斤 and a 锟
 * or 拷 right beside them, with the U+FFFD beside it.  *marks counts the
 * U+FFFD the run stands for; returns 0 when there is no run or the run is
 * U+FFFD only.
 */
static size_t
lost_run(const char *text, size_t len, size_t pos, int *marks)
{
	size_t		start = pos;
	int			fffd = 0;
	int			kunjin = 0;
	bool		any_kunjin = false;

	*marks = 0;
	while (pos < len)
	{
		size_t		next = pos;
		uint32_t	cp = gr_utf8_decode(text, len, &next);

		if (cp == 0xFFFD)
		{
			fffd++;
			pos = next;
			continue;
		}
		if (cp == CP_KUN || cp == CP_JIN || cp == CP_KAO)
		{
			size_t		after = next;
			uint32_t	following = (after < len) ? gr_utf8_decode(text, len, &after) : 0;

			/* 锟 must start 锟斤; 斤 must follow 锟; 拷 must follow 斤 */
			if (cp == CP_KUN && following != CP_JIN)
				break;
			if (cp != CP_KUN && (pos == start || !any_kunjin))
				break;
			if (cp == CP_KUN)
				kunjin++;
			any_kunjin = true;
			pos = next;
			continue;
		}
		break;
	}
	/*
	 * A run of U+FFFD alone stays: it is what this step writes, one mark
	 * per lost character, and how many bytes a decoder marked per character
	 * cannot be told; collapsing it again would not be idempotent.
	 */
	if (pos == start || !any_kunjin)
		return 0;
	/* a GBK character lost is two bytes, each one U+FFFD; 锟斤拷 is two U+FFFD */
	*marks = (fffd + 2 * kunjin + 1) / 2;
	if (*marks < 1)
		*marks = 1;
	return pos - start;
}

/* Runs of U+FFFD and 锟斤拷: one U+FFFD per lost character. */
GrStatus
gr_step_lost_bytes_hinted(const GrEnv *env, const char *text, size_t len,
						  const GrHints *hints, GrBuf *out, GrStepReport *report)
{
	size_t		pos = 0;
	size_t		cursor = 0;
	size_t		counter = 0;
	bool		found = false;

	report_reset(report);
	if (!tables_ready())
		return GR_OK;
	/* fast path: a scan for U+FFFD and 锟; nothing to do without them */
	while (pos < len)
	{
		int			marks;
		size_t		run;

		pos = next_hint((const unsigned char *) text, len, pos, HINT_LOST, hints, env, &counter);
		if (pos >= len)
			break;
		run = lost_run(text, len, pos, &marks);
		if (run == 0)
		{
			pos += 3;
			continue;
		}
		/* collapse only when it shortens the run */
		{
			size_t		replaced = (size_t) marks * 3;

			if (replaced == run)
			{
				pos += run;
				continue;
			}
		}
		if (!found)
		{
			found = true;
			gr_buf_reserve(out, len);
		}
		gr_buf_append(out, text + cursor, pos - cursor);
		{
			size_t		out_start = out->len;
			int			k;

			for (k = 0; k < marks; k++)
				gr_buf_append_cp(out, 0xFFFD);
			if (report->fixes == 0)
				report_example_clip(env, report, text + pos, run, out->data + out_start,
									out->len - out_start);
		}
		report->fixes++;
		pos += run;
		cursor = pos;
	}
	if (found)
		gr_buf_append(out, text + cursor, len - cursor);
	return found ? out->status : GR_OK;
}

GrStatus
gr_step_lost_bytes(const GrEnv *env, const char *text, size_t len,
				   GrBuf *out, GrStepReport *report)
{
	return gr_step_lost_bytes_hinted(env, text, len, NULL, out, report);
}

/* ---------------------------------------------------------------------
 * GBK byte slips
 * --------------------------------------------------------------------- */

/*
 * A GB18030 four-byte code read as GBK: each of its two bytes >= 0x81 is
 * rejected (a '?' or U+FFFD) and its digits stay: "?6?7" for U+200B.  Only
 * the form where the lead bytes are lost is handled, choosing the likeliest
 * code with those digits; and a GBK character whose bytes were shifted by
 * one is left to the next version.
 */
/*
 * The likeliest BMP character whose GB18030 four-byte code has the digits
 * d2 and d4 (b1 d2 b3 d4, b1 in 81..84 and b3 in 81..FE), or 0: what a
 * "?d?d" stands for.  ICU's converter reads the 504 codes once per digit
 * pair (opened and closed there, nothing polls meanwhile); the answers are
 * kept, immutable afterwards.
 */
static uint32_t
four_byte_best(int d2, int d4)
{
	static uint32_t best_of[10][10];
	static bool known[10][10];
	UErrorCode	error = U_ZERO_ERROR;
	UConverter *converter;
	float		best_cost = INFINITE_COST;
	uint32_t	best = 0;
	unsigned	b1;
	unsigned	b3;

	if (known[d2][d4])
		return best_of[d2][d4];
	converter = ucnv_open("gb18030", &error);
	if (U_FAILURE(error))
		return 0;
	for (b1 = 0x81; b1 <= 0x84; b1++)
		for (b3 = 0x81; b3 <= 0xFE; b3++)
		{
			char		bytes[4];
			UChar		result[4];
			int32_t		got;

			bytes[0] = (char) b1;
			bytes[1] = (char) ('0' + d2);
			bytes[2] = (char) b3;
			bytes[3] = (char) ('0' + d4);
			error = U_ZERO_ERROR;
			got = ucnv_toUChars(converter, result, 4, bytes, 4, &error);
			if (U_SUCCESS(error) && got == 1 && result[0] != 0xFFFD &&
				result[0] != 0x1A && char_cost(result[0]) < best_cost)
			{
				best_cost = char_cost(result[0]);
				best = result[0];
			}
		}
	ucnv_close(converter);
	best_of[d2][d4] = best;
	known[d2][d4] = true;
	return best;
}

static GrStatus
fix_four_byte_codes(const GrEnv *env, const char *text, size_t len,
					GrBuf *out, GrStepReport *report)
{
	size_t		pos = 0;
	size_t		cursor = 0;
	size_t		counter = 0;
	bool		found = false;

	report_reset(report);
	while (pos + 4 <= len)
	{
		const char *question = memchr(text + pos, '?', len - pos);

		GR_POLL(env, counter);
		if (question == NULL)
			break;
		pos = (size_t) (question - text);
		if (pos + 4 > len)
			break;
		if (text[pos] == '?' && text[pos + 1] >= '0' && text[pos + 1] <= '9' &&
			text[pos + 2] == '?' && text[pos + 3] >= '0' && text[pos + 3] <= '9' &&
			(pos + 4 == len || !(text[pos + 4] >= '0' && text[pos + 4] <= '9')) &&
			(pos == 0 || (unsigned char) text[pos - 1] >= 0x80 || text[pos - 1] == '\n') &&
			/* a line or word of its own, as a zero-width or odd space is */
			(pos == 0 || text[pos - 1] == '\n' || text[pos - 1] == ' ' ||
			 pos + 4 == len || text[pos + 4] == '\n' || text[pos + 4] == ' ') &&
			tables_ready())
		{
			uint32_t	best = four_byte_best(text[pos + 1] - '0', text[pos + 3] - '0');
			float		best_cost = best ? char_cost(best) : INFINITE_COST;

			/* only characters that clean text shows */
			if (best != 0 && best_cost < 13.0f)
			{
				size_t		out_start;

				if (!found)
				{
					found = true;
					gr_buf_reserve(out, len);
				}
				gr_buf_append(out, text + cursor, pos - cursor);
				out_start = out->len;
				gr_buf_append_cp(out, best);
				if (report->fixes == 0)
					report_example_clip(env, report, text + pos, 4, out->data + out_start,
										out->len - out_start);
				report->fixes++;
				pos += 4;
				cursor = pos;
				continue;
			}
		}
		pos++;
	}
	if (found)
		gr_buf_append(out, text + cursor, len - cursor);
	return found ? out->status : GR_OK;
}

/*
 * Where a converter may have lost a lead byte to '?': a '?' followed by a
 * cut-in annotation (pinyin letters and ')': ?cè)), by another '?' and
 * Chinese (??傮), or by a character clean text hardly shows (?傮).  Plain
 * question marks in Chinese text are common and do not count.
 */
static bool
detect_slip(const char *text, size_t len, const GrEnv *env)
{
	const unsigned char *bytes = (const unsigned char *) text;
	size_t		pos = 0;
	size_t		counter = 0;

	while (pos < len)
	{
		const char *question = memchr(text + pos, '?', len - pos);
		size_t		next;
		size_t		letters = 0;
		uint32_t	cp = 0;

		GR_POLL(env, counter);
		if (question == NULL)
			return false;
		pos = (size_t) (question - text) + 1;
		next = pos;
		if (next < len && bytes[next] == '?')
			next++;
		/* pinyin letters: a-z and the toned vowels U+00E0..U+01DC */
		while (next < len && letters < 8)
		{
			size_t		after = next;

			cp = fast_decode(bytes, len, &after);
			if (!((cp >= 'a' && cp <= 'z') || (cp >= 0xE0 && cp <= 0x1DC)))
				break;
			next = after;
			letters++;
		}
		if (letters > 0)
		{
			if (next < len && bytes[next] == ')')
				return true;
			continue;
		}
		if (next >= len || bytes[next] < 0x80)
			continue;
		if (next > pos)
			return true;		/* ?? then Chinese */
		cp = fast_decode(bytes, len, &next);
		if (cp < 65536 && (tables.bad[cp] & BAD_RARE))
			return true;
	}
	return false;
}

/*
 * Lead bytes lost without a '?' to mark them.  GBK text read from one byte
 * late pairs each character's trail with the next one's lead until a trail
 * below 0x80 comes out as ASCII: 各省（自治區 (B8F7 CAA1 A3A8 D7D4 D6CE
 * 855E) with CA lost reads 各。ㄗ灾螀^ (A1A3 A8D7 D4D6 CE85, then 5E).  The
 * trace is that ASCII: a sign that Chinese text does not put after a
 * character (^ ` @ [ \ ] { } ~).  Before it, the run is read again one byte
 * earlier, from each start that leaves every pair a GBK character, the lost
 * lead chosen in context; the best reading is taken when its bigrams (with
 * the characters around) cost 8 nats less than the run's and the sign's.
 */
#define UNMARKED_RUN_MAX 12		/* characters read again before the sign */

static bool
is_exposed_trail(unsigned char c)
{
	return c == '^' || c == '`' || c == '@' || c == '[' || c == '\\' || c == ']' ||
		c == '{' || c == '}' || c == '~';
}

/* -ln P(b | a) from the pairs, smoothed towards P(b); char_cost(b) without a Chinese a. */
static float
bigram_cost(uint32_t a, uint32_t b)
{
	/* fullwidth ASCII as ASCII: clean text writes either, the pairs know ASCII little */
	if (a >= 0xFF01 && a <= 0xFF5E)
		a -= 0xFEE0;
	if (b >= 0xFF01 && b <= 0xFF5E)
		b -= 0xFEE0;
	if (a < 0x3000 || a > 0xFFFF || b > 0xFFFF || tables.count[a] == 0)
		return char_cost(b);
	return (float) -approx_log((pair_count(a, b, true) + CONTEXT_WEIGHT * char_probability(b)) /
							   ((double) tables.count[a] + CONTEXT_WEIGHT));
}

/* Cost of the sequence seq[0, n) after its first character, as bigrams. */
static float
sequence_cost(const uint32_t *seq, size_t n)
{
	float		cost = 0;

	for (size_t i = 1; i < n; i++)
		cost += bigram_cost(seq[i - 1], seq[i]);
	return cost;
}

/* Read the run cps[from, count) and the sign one byte earlier into read[]; its cost, or INFINITE_COST. */
static float
read_unmarked(const uint32_t *cps, size_t from, size_t count, unsigned char sign,
			  uint32_t before, uint32_t *read)
{
	unsigned char bytes[2 * UNMARKED_RUN_MAX + 2];
	size_t		n = 0;
	size_t		i;
	size_t		pairs;
	float		cost = 0;
	unsigned	x;

	for (i = from; i < count; i++)
	{
		uint16_t	code = cps[i] < 65536 ? tables.gbk_encode[cps[i]] : 0;

		if (code < 0x100)
			return INFINITE_COST;
		bytes[n++] = (unsigned char) (code >> 8);
		bytes[n++] = (unsigned char) (code & 0xFF);
	}
	bytes[n++] = sign;
	/* bytes[0] is the trail of the lost lead; then pairs */
	pairs = (n - 1) / 2;
	for (i = 0; i < pairs; i++)
	{
		uint16_t	cp = dbcs_decode(tables.gbk_decode, bytes[1 + 2 * i], bytes[2 + 2 * i]);

		if (cp == 0 || (cp >= 0xE000 && cp <= 0xF8FF))
			return INFINITE_COST;
		read[1 + i] = cp;
		cost += char_cost(cp);
	}
	/*
	 * The lost lead: the likeliest character between its neighbours when
	 * it holds a quarter of the probability, else U+FFFD.
	 */
	{
		float		best = INFINITE_COST;
		double		total = 0;

		read[0] = 0;
		for (x = 0x81; x <= 0xFE; x++)
		{
			uint16_t	cp = dbcs_decode(tables.gbk_decode, x, bytes[0]);
			float		c;

			if (cp < 0x4E00 || cp > 0x9FFF)
				continue;		/* a character, not a sign */
			c = bigram_cost(before, cp) + bigram_cost(cp, read[1]);
			total += approx_exp(-(double) c);
			if (c < best)
			{
				best = c;
				read[0] = cp;
			}
		}
		if (read[0] == 0)
			return INFINITE_COST;
		if (approx_exp(-(double) best) < GUESS_SHARE * total)
			read[0] = 0xFFFD;
		cost += char_cost(read[0]) + GUESS_COST;
	}
	return cost;
}

static GrStatus
fix_unmarked_slips(const GrEnv *env, const char *text, size_t len, GrBuf *out,
				   GrStepReport *report, int *fixes)
{
	size_t		pos;
	size_t		cursor = 0;
	size_t		counter = 0;
	bool		any = false;

	*fixes = 0;
	/* the common case: no such sign right after a non-ASCII character */
	{
		static const char signs[] = "^`@[\\]{}~";

		pos = len;
		for (const char *sign = signs; *sign; sign++)
		{
			const char *hit = len > 1 ? memchr(text + 1, *sign, len - 1) : NULL;

			while (hit != NULL && (size_t) (hit - text) < pos)
			{
				GR_POLL(env, counter);
				if ((unsigned char) hit[-1] >= 0x80)
				{
					pos = (size_t) (hit - text);
					any = true;
					break;
				}
				hit = memchr(hit + 1, *sign, len - (size_t) (hit + 1 - text));
			}
		}
	}
	if (!any)
		return GR_OK;
	for (; pos < len; pos++)
	{
		uint32_t	cps[UNMARKED_RUN_MAX + 1];
		size_t		starts[UNMARKED_RUN_MAX + 1];
		size_t		count = 0;
		size_t		at = pos;
		uint32_t	after = 0;
		uint32_t	best_read[UNMARKED_RUN_MAX + 2];
		size_t		best_from = 0;
		float		best_gain = 0;
		size_t		from;
		size_t		next;

		GR_POLL(env, counter);
		if (!is_exposed_trail((unsigned char) text[pos]) || (unsigned char) text[pos - 1] < 0x80 ||
			pos < cursor + 1)
			continue;
		/* the run of GBK characters before the sign, backwards */
		while (at > cursor && count < UNMARKED_RUN_MAX)
		{
			size_t		s = at - 1;
			size_t		q;
			uint32_t	cp;

			while (s > cursor && ((unsigned char) text[s] & 0xC0) == 0x80)
				s--;
			q = s;
			cp = gr_utf8_decode(text, len, &q);
			if (cp < 0x80 || cp >= 65536 || tables.gbk_encode[cp] < 0x100)
				break;
			cps[count] = cp;
			starts[count] = s;
			count++;
			at = s;
		}
		if (count < 2)
			continue;
		/* in text order */
		for (size_t i = 0; i < count / 2; i++)
		{
			uint32_t	c = cps[i];
			size_t		o = starts[i];

			cps[i] = cps[count - 1 - i];
			cps[count - 1 - i] = c;
			starts[i] = starts[count - 1 - i];
			starts[count - 1 - i] = o;
		}
		next = pos + 1;
		if (next < len)
			after = gr_utf8_decode(text, len, &next);
		{
			/* the run as it is, with the sign and the character after */
			uint32_t	kept_seq[UNMARKED_RUN_MAX + 3];
			size_t		kept_n = 0;
			float		kept;
			bool		rare = false;

			for (size_t i = 0; i < count; i++)
			{
				kept_seq[kept_n++] = cps[i];
				rare |= char_cost(cps[i]) >= 12.0f;
			}
			kept_seq[kept_n++] = (unsigned char) text[pos];
			if (after != 0)
				kept_seq[kept_n++] = after;
			kept = sequence_cost(kept_seq, kept_n);
			for (from = 1; rare && from < count; from++)
			{
				uint32_t	read[UNMARKED_RUN_MAX + 2];
				uint32_t	seq[UNMARKED_RUN_MAX + 4];
				size_t		n = 0;
				size_t		i;
				float		cost;

				if (read_unmarked(cps, from, count, (unsigned char) text[pos], cps[from - 1],
								  read) >= INFINITE_COST)
					continue;
				for (i = 0; i < from; i++)
					seq[n++] = cps[i];
				for (i = 0; i < count - from + 1; i++)
				{
					if (char_cost(read[i]) > 11.0f && read[i] != 0xFFFD)
						break;
					seq[n++] = read[i];
				}
				if (i < count - from + 1)
					continue;
				if (after != 0)
					seq[n++] = after;
				cost = sequence_cost(seq, n) + GUESS_COST;
				if (kept - cost >= 8.0f && kept - cost > best_gain)
				{
					best_gain = kept - cost;
					best_from = from;
					memcpy(best_read, read, (count - from + 1) * sizeof(uint32_t));
				}
			}
		}
		if (best_gain > 0)
		{
			size_t		start = starts[best_from];
			size_t		out_start;

			if (*fixes == 0)
				gr_buf_reserve(out, len + 8);
			gr_buf_append(out, text + cursor, start - cursor);
			out_start = out->len;
			for (size_t i = 0; i < count - best_from + 1; i++)
				gr_buf_append_cp(out, best_read[i]);
			if (*fixes == 0 && report->before == NULL)
				report_example_clip(env, report, text + start, pos + 1 - start,
									out->data + out_start, out->len - out_start);
			(*fixes)++;
			cursor = pos + 1;
		}
	}
	if (*fixes > 0)
		gr_buf_append(out, text + cursor, len - cursor);
	return *fixes > 0 ? out->status : GR_OK;
}

/*
 * GBK byte slips: GB18030 four-byte codes read as GBK (?6?7), then lead
 * bytes lost to a '?' with the rest of a ruby annotation cut in
 * (?cè)诰€ for 在線, ?xì)v for 歷, ?傮w for 總體), read again from the
 * bytes that are left.
 */
GrStatus
gr_step_gbk_slip(const GrEnv *env, const char *text, size_t len,
				 GrBuf *out, GrStepReport *report)
{
	GrBuf		holder;
	const char *current = text;
	size_t		current_len = len;
	GrStatus	status;

	report_reset(report);
	gr_buf_init(&holder, env, 0);
	status = fix_four_byte_codes(env, text, len, &holder, report);
	if (status == GR_OK && report->fixes > 0)
	{
		current = holder.data;
		current_len = holder.len;
	}
	if (status == GR_OK && tables_ready() && detect_slip(current, current_len, env))
	{
		GrBuf		result;
		GrStepReport slip_report;
		int			stretches = 0;

		gr_buf_init(&result, env, 0);
		report_reset(&slip_report);
		status = run_pass_slip(env, IMAGE_GBK, TARGET_GBK, current, current_len, &result,
							   &slip_report, &stretches, true, NULL);
		if (status == GR_OK && stretches > 0)
		{
			gr_buf_free(&holder);
			holder = result;
			if (report->before == NULL)
				*report = slip_report;
			else
			{
				gr_release(env, slip_report.before);
				gr_release(env, slip_report.after);
			}
			report->fixes += stretches;
		}
		else
		{
			gr_release(env, slip_report.before);
			gr_release(env, slip_report.after);
			gr_buf_free(&result);
		}
	}
	if (status == GR_OK && tables_ready())
	{
		GrBuf		result;
		int			fixes = 0;

		if (holder.len > 0)
		{
			current = holder.data;
			current_len = holder.len;
		}
		gr_buf_init(&result, env, 0);
		status = fix_unmarked_slips(env, current, current_len, &result, report, &fixes);
		if (status == GR_OK && fixes > 0)
		{
			gr_buf_free(&holder);
			holder = result;
			report->fixes += fixes;
		}
		else
			gr_buf_free(&result);
	}
	return chain_finish(&holder, out, report, status);
}

/* ---------------------------------------------------------------------
 * Badness
 * --------------------------------------------------------------------- */

/*
 * Share of characters typical of mojibake: C1 controls, U+FFFD, 锟斤拷,
 * private use, a Latin-1 character that starts a UTF-8 sequence followed by
 * one that continues it (Ã©, æ”¿), and rare Han characters next to each
 * other (鏀垮簻).  Scaled so that a text that is all mojibake scores 1.
 */
double
gr_badness(const GrEnv *env, const char *text, size_t len)
{
	const unsigned char *bytes = (const unsigned char *) text;
	size_t		pos = 0;
	size_t		counter = 0;
	size_t		chars = 0;
	double		bad = 0;
	uint8_t		previous = 0;

	if (!tables_ready())
		return 0;
	while (pos < len)
	{
		unsigned char c = bytes[pos];
		uint32_t	cp;
		uint8_t		bits;

		GR_POLL(env, counter);
		if (c < 0x80)
		{
			pos++;
			chars += (c > ' ');
			previous = 0;
			continue;
		}
		cp = fast_decode(bytes, len, &pos);
		chars++;
		bits = (cp < 65536) ? tables.bad[cp] : (cp == GR_INVALID_CP ? BAD_MARK : 0);
		if (bits == 0)
		{
			previous = 0;
			continue;
		}
		if (bits & BAD_MARK)
			bad += 1;
		if ((bits & BAD_JIN) && (previous & BAD_KUN))
			bad += 2;			/* 锟斤 */
		if ((bits & BAD_CONT) && (previous & BAD_LEAD))
			bad += 2;			/* Ã© */
		if ((bits & BAD_RARE) && (previous & BAD_RARE))
			bad += 1.5;			/* 鏀垮 */
		previous = bits;
	}
	if (chars == 0)
		return 0;
	bad /= (double) chars;
	return bad > 1.0 ? 1.0 : bad;
}

/* ---------------------------------------------------------------------
 * Raw bytes to text
 * --------------------------------------------------------------------- */

/* An encoding name as users write it: case, '-' and '_' do not matter. */
bool
gr_encoding_from_name(const char *name, size_t len, GrEncoding *encoding)
{
	static const struct
	{
		const char *name;
		GrEncoding	encoding;
	}			names[] = {
		{"auto", GR_ENC_AUTO},
		{"utf8", GR_ENC_UTF8}, {"unicode", GR_ENC_UTF8},
		{"gb18030", GR_ENC_GB18030}, {"gbk", GR_ENC_GB18030},
		{"gb2312", GR_ENC_GB18030}, {"cp936", GR_ENC_GB18030},
		{"windows936", GR_ENC_GB18030}, {"euccn", GR_ENC_GB18030},
		{"big5", GR_ENC_BIG5}, {"cp950", GR_ENC_BIG5}, {"windows950", GR_ENC_BIG5},
		{"big5hkscs", GR_ENC_BIG5},
		{"utf16le", GR_ENC_UTF16LE}, {"utf16be", GR_ENC_UTF16BE},
		{"utf16", GR_ENC_UTF16LE},
	};
	char		folded[16];
	size_t		n = 0;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		char		c = name[i];

		if (c == '-' || c == '_' || c == ' ')
			continue;
		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (n + 1 >= sizeof(folded))
			return false;
		folded[n++] = c;
	}
	folded[n] = '\0';
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(folded, names[i].name) == 0)
		{
			*encoding = names[i].encoding;
			return true;
		}
	return false;
}

/* UTF-8 with an optional BOM: invalid bytes become U+FFFD, one each. */
static void
decode_utf8(const GrEnv *env, const unsigned char *bytes, size_t len, GrBuf *out)
{
	size_t		pos = 0;
	size_t		counter = 0;
	const char *text = (const char *) bytes;

	if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
		pos = 3;
	gr_buf_reserve(out, len);
	while (pos < len)
	{
		size_t		start = pos;
		uint32_t	cp;

		GR_POLL(env, counter);
		if (bytes[pos] < 0x80)
		{
			/* a NUL cannot be held in a text: it is an undecodable byte */
			if (bytes[pos] == 0)
				gr_buf_append_cp(out, 0xFFFD);
			else
				gr_buf_append_char(out, (char) bytes[pos]);
			pos++;
			continue;
		}
		cp = gr_utf8_decode(text, len, &pos);
		if (cp == GR_INVALID_CP)
			gr_buf_append_cp(out, 0xFFFD);
		else
			gr_buf_append(out, text + start, pos - start);
	}
}

/* UTF-16, either order, BOM skipped; a lone surrogate or odd byte becomes U+FFFD. */
static void
decode_utf16(const GrEnv *env, const unsigned char *bytes, size_t len, bool big_endian,
			 GrBuf *out)
{
	size_t		pos = 0;
	size_t		counter = 0;

	if (len >= 2 && ((big_endian && bytes[0] == 0xFE && bytes[1] == 0xFF) ||
					 (!big_endian && bytes[0] == 0xFF && bytes[1] == 0xFE)))
		pos = 2;
	gr_buf_reserve(out, len + len / 2);
	while (pos + 1 < len)
	{
		uint32_t	unit;

		GR_POLL(env, counter);
		unit = big_endian ? ((uint32_t) bytes[pos] << 8 | bytes[pos + 1]) :
			((uint32_t) bytes[pos + 1] << 8 | bytes[pos]);
		pos += 2;
		if (unit >= 0xD800 && unit <= 0xDBFF && pos + 1 < len)
		{
			uint32_t	low = big_endian ? ((uint32_t) bytes[pos] << 8 | bytes[pos + 1]) :
				((uint32_t) bytes[pos + 1] << 8 | bytes[pos]);

			if (low >= 0xDC00 && low <= 0xDFFF)
			{
				pos += 2;
				gr_buf_append_cp(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
				continue;
			}
		}
		if ((unit >= 0xD800 && unit <= 0xDFFF) || unit == 0)
			unit = 0xFFFD;		/* a lone surrogate, or a NUL no text can hold */
		gr_buf_append_cp(out, unit);
	}
	if (pos < len)
		gr_buf_append_cp(out, 0xFFFD);
}

/* How many bytes decode_icu converts between two polls. */
#define ICU_CHUNK ((size_t) 1 << 20)

/*
 * One converter per encoding for the life of the process, reset before each
 * use.  decode_icu polls between chunks and a poll may not return (in the
 * server it can end the call with an error): a converter opened per call
 * would then never be closed, a cached one is simply reset by the next
 * call.  Like the rest of the core this assumes one thread per process, as
 * PostgreSQL backends are.
 */
static UConverter *icu_converters[2];

/*
 * GB18030 or Big5 through ICU, streamed: the input goes to one converter in
 * chunks of ICU_CHUNK bytes with a poll between them, and the converter
 * carries a character cut by a chunk end over to the next chunk, so the
 * result is what one conversion of the whole gives, wherever the cuts fall
 * (even in text without a newline or a single ASCII byte).  Unreadable bytes
 * become U+FFFD.
 */
static GrStatus
decode_icu(const GrEnv *env, const unsigned char *bytes, size_t len, const char *name,
		   GrBuf *out)
{
	UConverter **slot = &icu_converters[strcmp(name, "Big5") == 0];
	size_t		cap = (len < ICU_CHUNK ? len : ICU_CHUNK) + 8;
	UChar	   *units;
	uint32_t	high = 0;		/* a high surrogate waiting for its pair */
	size_t		start = 0;
	size_t		polls = 0;

	if (len > (size_t) INT32_MAX / 2 - 2 || len > GR_MAX_ALLOC / 4)
		return GR_TOO_LARGE;
	if (*slot == NULL)
	{
		UErrorCode	error = U_ZERO_ERROR;

		*slot = ucnv_open(name, &error);
		if (U_FAILURE(error))
		{
			*slot = NULL;
			return GR_BAD_ARGUMENT;
		}
	}
	ucnv_reset(*slot);
	units = gr_alloc(env, cap * sizeof(UChar));
	if (units == NULL)
		return GR_NOMEM;
	gr_buf_reserve(out, len + len / 2);
	do
	{
		size_t		end = len - start > ICU_CHUNK ? start + ICU_CHUNK : len;
		const char *source = (const char *) bytes + start;
		UErrorCode	error;

		do
		{
			UChar	   *target = units;
			UChar	   *unit;

			error = U_ZERO_ERROR;
			ucnv_toUnicode(*slot, &target, units + cap, &source, (const char *) bytes + end,
						   NULL, end == len, &error);
			for (unit = units; unit < target; unit++)
			{
				uint32_t	cp = *unit;

				GR_POLL(env, polls);
				if (high)
				{
					if (cp >= 0xDC00 && cp <= 0xDFFF)
					{
						gr_buf_append_cp(out, 0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00));
						high = 0;
						continue;
					}
					gr_buf_append_cp(out, 0xFFFD);
					high = 0;
				}
				if (cp >= 0xD800 && cp <= 0xDBFF)
					high = cp;
				else if ((cp >= 0xDC00 && cp <= 0xDFFF) || cp == 0x1A || cp == 0)
					gr_buf_append_cp(out, 0xFFFD);	/* unreadable, or a NUL no text can hold */
				else
					gr_buf_append_cp(out, cp);
			}
		} while (error == U_BUFFER_OVERFLOW_ERROR);
		if (U_FAILURE(error))
		{
			gr_release(env, units);
			return GR_NOMEM;
		}
		start = end;
		if (start < len && env->poll)
			env->poll(env->opaque);
	} while (start < len);
	if (high)
		gr_buf_append_cp(out, 0xFFFD);
	gr_release(env, units);
	return out->status;
}

/*
 * How well bytes read as an encoding: errors (bytes it cannot read) and the
 * summed cost of the characters.  Strict: private-use characters count as
 * errors.
 */
typedef struct TrialScore
{
	size_t		errors;
	size_t		chars;
	double		cost;
} TrialScore;

static void
trial_utf8(const GrEnv *env, const unsigned char *bytes, size_t len, TrialScore *score)
{
	size_t		pos = 0;
	size_t		counter = 0;

	memset(score, 0, sizeof(*score));
	while (pos < len)
	{
		uint32_t	cp;

		GR_POLL(env, counter);
		if (bytes[pos] < 0x80)
		{
			score->cost += char_cost(bytes[pos++]);
			score->chars++;
			continue;
		}
		cp = gr_utf8_decode((const char *) bytes, len, &pos);
		score->chars++;
		if (cp == GR_INVALID_CP)
			score->errors++;
		else
			score->cost += char_cost(cp);
	}
}

static void
trial_dbcs(const GrEnv *env, const unsigned char *bytes, size_t len, bool gbk,
		   TrialScore *score)
{
	const uint16_t *table = gbk ? tables.gbk_decode : tables.big5_decode;
	size_t		pos = 0;
	size_t		counter = 0;

	memset(score, 0, sizeof(*score));
	while (pos < len)
	{
		uint16_t	cp;

		GR_POLL(env, counter);
		score->chars++;
		if (bytes[pos] < 0x80)
		{
			score->cost += char_cost(bytes[pos++]);
			continue;
		}
		/* GB18030 four-byte codes */
		if (gbk && pos + 3 < len && bytes[pos + 1] >= 0x30 && bytes[pos + 1] <= 0x39 &&
			bytes[pos + 2] >= 0x81 && bytes[pos + 2] <= 0xFE &&
			bytes[pos + 3] >= 0x30 && bytes[pos + 3] <= 0x39)
		{
			score->cost += 15.0;
			pos += 4;
			continue;
		}
		if (pos + 1 < len && (cp = dbcs_decode(table, bytes[pos], bytes[pos + 1])) != 0 &&
			!(cp >= 0xE000 && cp <= 0xF8FF))
		{
			score->cost += char_cost(cp);
			pos += 2;
			continue;
		}
		score->errors++;
		pos++;
	}
}

static void
trial_utf16(const GrEnv *env, const unsigned char *bytes, size_t len, bool big_endian,
			TrialScore *score)
{
	size_t		pos = 0;
	size_t		counter = 0;

	memset(score, 0, sizeof(*score));
	if (len % 2)
		score->errors++;
	while (pos + 1 < len)
	{
		uint32_t	unit;

		GR_POLL(env, counter);
		unit = big_endian ? ((uint32_t) bytes[pos] << 8 | bytes[pos + 1]) :
			((uint32_t) bytes[pos + 1] << 8 | bytes[pos]);
		pos += 2;
		score->chars++;
		if (unit >= 0xD800 && unit <= 0xDFFF)
			score->errors++;	/* good enough for a plausibility score */
		else
			score->cost += char_cost(unit);
	}
}

/*
 * Detect the encoding of bytes: a BOM decides; else strict trial decodes of
 * UTF-8, GB18030, Big5 and UTF-16 scored by errors (each one as costly as
 * 20 implausible characters) and by the plausibility of what they read.
 * UTF-8 that decodes without an error wins outright.
 */
static GrEncoding
detect_encoding(const GrEnv *env, const unsigned char *bytes, size_t len)
{
	TrialScore	score;
	GrEncoding	best = GR_ENC_UTF8;
	double		best_value;
	struct
	{
		GrEncoding	encoding;
		int			kind;
	}			trials[] = {
		{GR_ENC_GB18030, 0}, {GR_ENC_BIG5, 1}, {GR_ENC_UTF16LE, 2}, {GR_ENC_UTF16BE, 3}
	};
	size_t		i;

	if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
		return GR_ENC_UTF8;
	if (len >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
		return GR_ENC_UTF16LE;
	if (len >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
		return GR_ENC_UTF16BE;
	trial_utf8(env, bytes, len, &score);
	if (score.errors == 0)
		return GR_ENC_UTF8;
	if (!tables_ready())
		return GR_ENC_UTF8;
	best_value = score.cost + 20.0 * 16.0 * (double) score.errors;
	for (i = 0; i < sizeof(trials) / sizeof(trials[0]); i++)
	{
		double		value;

		if (trials[i].kind <= 1)
			trial_dbcs(env, bytes, len, trials[i].kind == 0, &score);
		else
			trial_utf16(env, bytes, len, trials[i].kind == 3, &score);
		value = score.cost + 20.0 * 16.0 * (double) score.errors;
		if (value < best_value)
		{
			best_value = value;
			best = trials[i].encoding;
		}
	}
	return best;
}

/*
 * A text cannot hold U+0000: each NUL that a decoder wrote from out[start]
 * on becomes U+FFFD, like any other character that cannot be kept.  NULs
 * are rare, so the common case is one memchr.
 */
static GrStatus
replace_nul(const GrEnv *env, GrBuf *out, size_t start)
{
	GrBuf		fixed;
	size_t		i;

	if (out->status != GR_OK || out->len == start ||
		memchr(out->data + start, '\0', out->len - start) == NULL)
		return out->status;
	gr_buf_init(&fixed, env, out->len + 16);
	gr_buf_append(&fixed, out->data, start);
	for (i = start; i < out->len; i++)
	{
		if (out->data[i] == '\0')
			gr_buf_append_cp(&fixed, GR_REPLACEMENT_CP);
		else
			gr_buf_append_char(&fixed, out->data[i]);
	}
	if (fixed.status != GR_OK)
	{
		gr_buf_free(&fixed);
		return fixed.status;
	}
	gr_buf_free(out);
	*out = fixed;
	return GR_OK;
}

/* Raw bytes of a scraped file to UTF-8 text. */
GrStatus
gr_decode(const GrEnv *env, const unsigned char *bytes, size_t len,
		  GrEncoding encoding, GrBuf *out, GrEncoding *detected)
{
	size_t		start = out->len;
	GrStatus	status;

	if (encoding == GR_ENC_AUTO)
		encoding = detect_encoding(env, bytes, len);
	if (detected)
		*detected = encoding;
	switch (encoding)
	{
		case GR_ENC_AUTO:
		case GR_ENC_UTF8:
			decode_utf8(env, bytes, len, out);
			status = out->status;
			break;
		case GR_ENC_UTF16LE:
		case GR_ENC_UTF16BE:
			decode_utf16(env, bytes, len, encoding == GR_ENC_UTF16BE, out);
			status = out->status;
			break;
		case GR_ENC_GB18030:
			status = decode_icu(env, bytes, len, "gb18030", out);
			break;
		case GR_ENC_BIG5:
			status = decode_icu(env, bytes, len, "Big5", out);
			break;
		default:
			return GR_BAD_ARGUMENT;
	}
	if (status != GR_OK)
		return status;
	return replace_nul(env, out, start);
}
