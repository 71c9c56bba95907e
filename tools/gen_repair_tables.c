/*
 * gen_repair_tables.c
 *		Build-time generator of src/gr_repair_tables.c: the character tables
 *		the repair steps look up on the hot path, taken from ICU's own data.
 *
 *	- traditional -> simplified, one character to one, from ICU's Hant-Hans
 *	  transliterator applied to every Han character of the BMP;
 *	- the phrases of Hant-Hans whose conversion differs from converting
 *	  character by character (乾隆 stays 乾隆), longest first;
 *	- the Mandarin reading (toneless pinyin syllable) of every Han character
 *	  of the BMP, from ICU's Han-Latin transliterator, for the ruby step.
 *
 * ICU's transliterators run at ~15 MB/s, too slow for repair's hot path, so
 * they run once here and the result is compiled in as static arrays.
 * Usage: gen_repair_tables > src/gr_repair_tables.c   (see `make tables`)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <stdbool.h>
#include <stdint.h>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

#define HAN_FIRST 0x3400
#define HAN_LAST 0x9FFF
#define HAN_COUNT (HAN_LAST - HAN_FIRST + 1)
#define MAX_SYLLABLES 1024
#define MAX_PHRASES 8192

static UTransliterator *
open_transliterator(const char *name)
{
	UErrorCode	error = U_ZERO_ERROR;
	UChar		id[64];
	UTransliterator *t;

	u_uastrcpy(id, name);
	t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &error);
	if (U_FAILURE(error))
	{
		fprintf(stderr, "cannot open %s: %s\n", name, u_errorName(error));
		exit(1);
	}
	return t;
}

/* Transliterate a UTF-16 string in place; returns its new length. */
static int32_t
transliterate(UTransliterator *t, UChar *text, int32_t len, int32_t cap)
{
	UErrorCode	error = U_ZERO_ERROR;
	int32_t		limit = len;

	utrans_transUChars(t, text, &len, cap, 0, &limit, &error);
	if (U_FAILURE(error))
	{
		fprintf(stderr, "transliteration failed: %s\n", u_errorName(error));
		exit(1);
	}
	return len;
}

/* Strip pinyin tone marks: the base letter of each Latin character. */
static void
toneless_ascii(const UChar *text, int32_t len, char *out, size_t cap)
{
	size_t		n = 0;
	int32_t		i;

	for (i = 0; i < len && n + 1 < cap; i++)
	{
		UChar		c = text[i];
		UChar		decomposed[8];
		UErrorCode	error = U_ZERO_ERROR;

		if (c < 0x80)
		{
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
				out[n++] = (char) (c | 0x20);
			continue;
		}
		if (c == 0xFC || c == 0x1D6 || c == 0x1D8 || c == 0x1DA || c == 0x1DC)
		{
			out[n++] = 'v';		/* ü and its tones: written v */
			continue;
		}
		if (u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE) == U_DT_CANONICAL)
		{
			const UNormalizer2 *nfd = unorm2_getNFDInstance(&error);
			int32_t		dl = unorm2_getDecomposition(nfd, c, decomposed, 8, &error);

			if (U_SUCCESS(error) && dl > 0 && decomposed[0] < 0x80)
			{
				if (decomposed[0] == 'u' && dl > 1 && decomposed[1] == 0x308)
					out[n++] = 'v';
				else
					out[n++] = (char) (decomposed[0] | 0x20);
			}
		}
	}
	out[n] = '\0';
}

static char *syllables[MAX_SYLLABLES];
static int	syllable_count;

static int
syllable_id(const char *s)
{
	int			i;

	for (i = 0; i < syllable_count; i++)
		if (strcmp(syllables[i], s) == 0)
			return i;
	if (syllable_count == MAX_SYLLABLES)
	{
		fprintf(stderr, "too many syllables\n");
		exit(1);
	}
	syllables[syllable_count] = strdup(s);
	return syllable_count++;
}

static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static void
print_utf8_literal(const UChar *text, int32_t len)
{
	char		utf8[256];
	int32_t		n;
	UErrorCode	error = U_ZERO_ERROR;

	u_strToUTF8(utf8, sizeof utf8, &n, text, len, &error);
	printf("\"");
	for (int32_t i = 0; i < n; i++)
		printf("\\x%02x", (unsigned char) utf8[i]);
	printf("\"");
}

int
main(void)
{
	UTransliterator *han_latin = open_transliterator("Han-Latin");
	UTransliterator *hant_hans = open_transliterator("Hant-Hans");
	UTransliterator *hans_hant = open_transliterator("Hans-Hant");
	static unsigned char simplified_only[HAN_COUNT / 8 + 1];
	static uint16_t reading[HAN_COUNT];
	static uint32_t simplified[HAN_COUNT];
	UChar		buf[512];
	int32_t		n;
	int			cp;
	int			mapped = 0;
	UErrorCode	error = U_ZERO_ERROR;
	UChar	   *rules;
	int32_t		rules_len;
	static UChar *phrase_from[MAX_PHRASES];
	static UChar *phrase_to[MAX_PHRASES];
	static int32_t phrase_len[MAX_PHRASES];
	int			phrase_count = 0;

	syllable_id("");			/* id 0: no reading */
	for (cp = HAN_FIRST; cp <= HAN_LAST; cp++)
	{
		char		ascii[64];

		if (!u_hasBinaryProperty(cp, UCHAR_IDEOGRAPHIC))
			continue;
		buf[0] = (UChar) cp;
		n = transliterate(han_latin, buf, 1, 512);
		if (!(n == 1 && buf[0] == cp))
		{
			toneless_ascii(buf, n, ascii, sizeof ascii);
			if (strlen(ascii) > 0 && strlen(ascii) <= 6)
				reading[cp - HAN_FIRST] = (uint16_t) syllable_id(ascii);
		}
		/* simplified-only: Hans-Hant changes it (国 -> 國), 面 and 制 stay */
		buf[0] = (UChar) cp;
		n = transliterate(hans_hant, buf, 1, 512);
		if (!(n == 1 && buf[0] == cp))
			simplified_only[(cp - HAN_FIRST) / 8] |= (unsigned char) (1 << ((cp - HAN_FIRST) % 8));
		buf[0] = (UChar) cp;
		n = transliterate(hant_hans, buf, 1, 512);
		if (n == 1 && buf[0] != cp && buf[0] >= HAN_FIRST && buf[0] <= HAN_LAST)
		{
			simplified[cp - HAN_FIRST] = buf[0];
			mapped++;
		}
	}

	/*
	 * Characters that standard simplified text uses itself (they are in
	 * GB2312) convert only when they are surely traditional forms: ICU maps
	 * 俱 -> 具 and 跤 -> 交, which would damage 与时俱进 and 摔跤.
	 */
	{
		UConverter *gb2312 = ucnv_open("GB2312", &error);
		const UChar *convert_anyway = u"乾夥後徵摺於菸著麽";

		if (U_FAILURE(error))
		{
			fprintf(stderr, "cannot open GB2312: %s\n", u_errorName(error));
			return 1;
		}
		ucnv_setFromUCallBack(gb2312, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
		for (int i = 0; i < HAN_COUNT; i++)
		{
			UChar		c = (UChar) (HAN_FIRST + i);
			char		bytes[8];
			UErrorCode	e = U_ZERO_ERROR;

			if (!simplified[i] || u_strchr(convert_anyway, c) != NULL)
				continue;
			ucnv_fromUChars(gb2312, bytes, sizeof bytes, &c, 1, &e);
			if (U_SUCCESS(e))
			{
				simplified[i] = 0;
				mapped--;
			}
		}
		ucnv_close(gb2312);
	}

	/*
	 * Variant forms that ICU leaves alone or maps otherwise than mainland
	 * usage (as OpenCC's t2s does): 鉅 -> 巨 (艰巨), 峯 -> 峰, 甦 -> 苏 (复苏).
	 */
	{
		static const UChar *const overrides[] = {
			u"鉅巨", u"峯峰", u"甦苏", u"蔘参", u"敍叙", u"麪面", u"噁恶", u"痺痹",
			u"衹只", u"靑青", u"淸清", u"値值", u"衞卫", u"卽即", u"旣既", u"槪概",
			u"緖绪", u"彫雕", u"妬妒", u"諮咨", u"谘咨", u"擡抬", u"冑胄",
		};

		for (size_t i = 0; i < sizeof(overrides) / sizeof(overrides[0]); i++)
		{
			int			from = overrides[i][0] - HAN_FIRST;

			if (!simplified[from])
				mapped++;
			simplified[from] = overrides[i][1];
		}
	}

	/* Phrases of Hant-Hans that differ from the character-wise conversion. */
	rules = malloc(sizeof(UChar) * (1 << 22));
	rules_len = utrans_toRules(hant_hans, 0, rules, 1 << 22, &error);
	if (U_FAILURE(error))
	{
		fprintf(stderr, "toRules failed: %s\n", u_errorName(error));
		return 1;
	}
	for (int32_t start = 0; start < rules_len;)
	{
		int32_t		end = start;
		int32_t		arrow = -1;

		while (end < rules_len && rules[end] != '\n')
			end++;
		for (int32_t i = start; i + 2 < end; i++)
			if (rules[i] == ' ' && rules[i + 1] == '>' && rules[i + 2] == ' ')
			{
				arrow = i;
				break;
			}
		if (arrow > start + 1 && end > arrow + 3 && rules[end - 1] == ';')
		{
			int32_t		from_len = arrow - start;
			int32_t		to_len = end - 1 - (arrow + 3);
			bool		plain = from_len == to_len && from_len <= 8;
			UChar		charwise[16];

			for (int32_t i = 0; plain && i < from_len; i++)
			{
				UChar		c = rules[start + i];

				if (c < HAN_FIRST || c > HAN_LAST || rules[arrow + 3 + i] < HAN_FIRST ||
					rules[arrow + 3 + i] > HAN_LAST)
					plain = false;
				else
					charwise[i] = simplified[c - HAN_FIRST] ? (UChar) simplified[c - HAN_FIRST] : c;
			}
			/*
			 * Keep a phrase only when it converts traditional text (its
			 * source changes character by character: 巡察 and 份子 are
			 * mainland words and stay) and leaves no traditional character
			 * in its result except those simplified text also uses.
			 */
			for (int32_t i = 0; plain && i < from_len; i++)
			{
				UChar		t = rules[arrow + 3 + i];

				if (simplified[t - HAN_FIRST] && u_strchr(u"乾著藉徵", t) == NULL)
					plain = false;
			}
			if (plain && from_len == 2 && u_memcmp(rules + start, u"單幹", 2) == 0)
				plain = false;	/* ICU's 單幹 > 调干 is a slip */
			if (plain && u_memcmp(charwise, rules + start, from_len) == 0)
				plain = false;
			if (plain && u_memcmp(charwise, rules + arrow + 3, from_len) != 0 &&
				phrase_count < MAX_PHRASES)
			{
				phrase_from[phrase_count] = rules + start;
				phrase_to[phrase_count] = rules + arrow + 3;
				phrase_len[phrase_count] = from_len;
				phrase_count++;
			}
		}
		start = end + 1;
	}

	printf("/*\n * gr_repair_tables.c\n *\t\tGENERATED by tools/gen_repair_tables.c from ICU %s "
		   "(Han-Latin, Hant-Hans).\n *\t\tDo not edit; run `make tables` to regenerate.\n */\n",
		   U_ICU_VERSION);
	printf("#include \"gr_repair_tables.h\"\n\n");

	/* syllables, sorted so that ids are stable across runs */
	{
		char	   *sorted[MAX_SYLLABLES];
		int			remap[MAX_SYLLABLES];

		memcpy(sorted, syllables, sizeof(char *) * syllable_count);
		qsort(sorted + 1, syllable_count - 1, sizeof(char *), compare_strings);
		for (int i = 0; i < syllable_count; i++)
			for (int j = 0; j < syllable_count; j++)
				if (syllables[i] == sorted[j])
					remap[i] = j;
		printf("const int gr_pinyin_syllable_count = %d;\n", syllable_count);
		printf("const char *const gr_pinyin_syllables[] = {");
		for (int i = 0; i < syllable_count; i++)
			printf("%s\"%s\",", i % 10 == 0 ? "\n\t" : " ", sorted[i]);
		printf("\n};\n\n");
		printf("/* reading of U+%04X + i: an index into gr_pinyin_syllables, 0 for none */\n", HAN_FIRST);
		printf("const uint16_t gr_pinyin_reading[%d] = {", HAN_COUNT);
		for (int i = 0; i < HAN_COUNT; i++)
			printf("%s%d,", i % 16 == 0 ? "\n\t" : " ", remap[reading[i]]);
		printf("\n};\n\n");
	}

	printf("/* traditional -> simplified: U+%04X + i becomes gr_t2s_direct[i] (0: stays); %d convert */\n",
		   HAN_FIRST, mapped);
	printf("const uint16_t gr_t2s_direct[%d] = {", HAN_COUNT);
	for (int i = 0; i < HAN_COUNT; i++)
		printf("%s%u,", i % 12 == 0 ? "\n\t" : " ", (unsigned) simplified[i]);
	printf("\n};\n\n");

	/* bitmaps: which characters convert, which start a phrase */
	{
		static unsigned char converts[HAN_COUNT / 8 + 1];
		static unsigned char starts[HAN_COUNT / 8 + 1];

		for (int i = 0; i < HAN_COUNT; i++)
			if (simplified[i])
				converts[i / 8] |= (unsigned char) (1 << (i % 8));
		for (int i = 0; i < phrase_count; i++)
		{
			int			c = phrase_from[i][0] - HAN_FIRST;

			starts[c / 8] |= (unsigned char) (1 << (c % 8));
		}
		printf("/* bit (i %% 8) of byte i / 8: U+%04X + i has a simplified form */\n", HAN_FIRST);
		printf("const unsigned char gr_t2s_bitmap[%d] = {", HAN_COUNT / 8 + 1);
		for (int i = 0; i < HAN_COUNT / 8 + 1; i++)
			printf("%s0x%02x,", i % 16 == 0 ? "\n\t" : " ", converts[i]);
		printf("\n};\n\n");
		printf("/* the same for characters only simplified text uses (国, 们; not 面) */\n");
		printf("const unsigned char gr_simplified_bitmap[%d] = {", HAN_COUNT / 8 + 1);
		for (int i = 0; i < HAN_COUNT / 8 + 1; i++)
			printf("%s0x%02x,", i % 16 == 0 ? "\n\t" : " ", simplified_only[i] & ~converts[i]);
		printf("\n};\n\n");
		printf("/* the same for the first characters of gr_t2s_phrases */\n");
		printf("const unsigned char gr_t2s_phrase_bitmap[%d] = {", HAN_COUNT / 8 + 1);
		for (int i = 0; i < HAN_COUNT / 8 + 1; i++)
			printf("%s0x%02x,", i % 16 == 0 ? "\n\t" : " ", starts[i]);
		printf("\n};\n\n");
	}

	printf("/* Hant-Hans phrases that differ from the character-wise conversion (UTF-8) */\n");
	printf("const int gr_t2s_phrase_count = %d;\n", phrase_count);
	printf("const GrPhrasePair gr_t2s_phrases[] = {\n");
	for (int i = 0; i < phrase_count; i++)
	{
		printf("\t{");
		print_utf8_literal(phrase_from[i], phrase_len[i]);
		printf(", ");
		print_utf8_literal(phrase_to[i], phrase_len[i]);
		printf(", %d},\n", phrase_len[i]);
	}
	printf("};\n");
	utrans_close(han_latin);
	utrans_close(hant_hans);
	utrans_close(hans_hant);
	return 0;
}
