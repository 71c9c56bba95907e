/*
 * test_number.c
 *		Unit tests of gr_number: every form to_number reads, every error path,
 *		and the public single-number suites in test/data/numbers.
 */
#include "unit.h"
#include "../../src/gr_number.h"

#include <stdlib.h>

/* Parse text; return the value, or "ERROR@offset" / "RANGE" on failure. */
static const char *
parse(const char *text)
{
	static char result[512];
	GrNumber	number;
	size_t		offset = 0;
	GrStatus	status;

	status = gr_number_parse(&gr_malloc_env, text, strlen(text), &number, &offset);
	if (status == GR_OK)
	{
		snprintf(result, sizeof(result), "%s", number.value);
		free(number.value);
	}
	else if (status == GR_SYNTAX)
		snprintf(result, sizeof(result), "ERROR@%zu", offset);
	else if (status == GR_RANGE)
		snprintf(result, sizeof(result), "RANGE");
	else
		snprintf(result, sizeof(result), "STATUS%d", (int) status);
	return result;
}

UNIT_SUITE(number_arabic)
{
	CHECK_STR(parse("0"), "0");
	CHECK_STR(parse("123"), "123");
	CHECK_STR(parse("1,234.5"), "1234.5");
	CHECK_STR(parse("82，225.00"), "82225.00");
	CHECK_STR(parse("１２３"), "123");
	CHECK_STR(parse("６．１３"), "6.13");
	CHECK_STR(parse("-5"), "-5");
	CHECK_STR(parse("－5.5"), "-5.5");
	CHECK_STR(parse("+2"), "2");
	CHECK_STR(parse("负5"), "-5");
	CHECK_STR(parse("  42 "), "42");
	CHECK_STR(parse("007"), "7");
	CHECK_STR(parse("0.05"), "0.05");
}

UNIT_SUITE(number_chinese)
{
	CHECK_STR(parse("一千二百三十四"), "1234");
	CHECK_STR(parse("两万"), "20000");
	CHECK_STR(parse("十万零一千"), "101000");
	CHECK_STR(parse("一百九十万零三千九百七十一"), "1903971");
	CHECK_STR(parse("廿"), "20");
	CHECK_STR(parse("廿五"), "25");
	CHECK_STR(parse("卅"), "30");
	CHECK_STR(parse("〇"), "0");
	CHECK_STR(parse("零"), "0");
	CHECK_STR(parse("十"), "10");
	CHECK_STR(parse("十五"), "15");
	CHECK_STR(parse("一百零五"), "105");
	CHECK_STR(parse("壹贰叁"), "123");
	CHECK_STR(parse("壹仟贰佰叁拾肆"), "1234");
	CHECK_STR(parse("肆佰陸拾"), "460");
	CHECK_STR(parse("二〇二三"), "2023");
	CHECK_STR(parse("二○一九"), "2019");
	CHECK_STR(parse("三点一四"), "3.14");
	CHECK_STR(parse("零点五"), "0.5");
	CHECK_STR(parse("负三十二"), "-32");
	CHECK_STR(parse("一亿二千万"), "120000000");
	CHECK_STR(parse("五亿零六"), "500000006");
	CHECK_STR(parse("千万"), "10000000");
	CHECK_STR(parse("百万"), "1000000");
}

UNIT_SUITE(number_multipliers)
{
	CHECK_STR(parse("3.5亿"), "350000000");
	CHECK_STR(parse("16.4亿"), "1640000000");
	CHECK_STR(parse("3万5千"), "35000");
	CHECK_STR(parse("4.78万亿"), "4780000000000");
	CHECK_STR(parse("1,234.5万"), "12345000");
	CHECK_STR(parse("10万"), "100000");
	CHECK_STR(parse("160.5964万"), "1605964");
	CHECK_STR(parse("0.5万"), "5000");
	CHECK_STR(parse("三万五"), "35000");
	CHECK_STR(parse("两千六"), "2600");
	CHECK_STR(parse("一万二"), "12000");
	CHECK_STR(parse("一百五"), "150");
	CHECK_STR(parse("一万零五"), "10005");
}

UNIT_SUITE(number_percent)
{
	CHECK_STR(parse("80%"), "80");
	CHECK_STR(parse("80％"), "80");
	CHECK_STR(parse("12.50%"), "12.50");
	CHECK_STR(parse("百分之八十"), "80");
	CHECK_STR(parse("百分之三点五"), "3.5");
	CHECK_STR(parse("百分之百"), "100");
	CHECK_STR(parse("七成六"), "76");
	CHECK_STR(parse("千分之三"), "0.3");
	CHECK_STR(parse("万分之五"), "0.05");
	CHECK_STR(parse("3‰"), "0.3");
	CHECK_STR(parse("三成"), "30");
	CHECK_STR(parse("三成五"), "35");
	CHECK_STR(parse("-1.5%"), "-1.5");
}

UNIT_SUITE(number_fractions)
{
	CHECK_STR(parse("三分之一"), "0.3333333333");
	CHECK_STR(parse("三分之二"), "0.6666666667");
	CHECK_STR(parse("四分之三"), "0.7500000000");
	CHECK_STR(parse("零分之一"), "ERROR@12");
	CHECK_STR(parse("负三分之负一"), "0.3333333333");
}

UNIT_SUITE(number_errors)
{
	CHECK_STR(parse(""), "ERROR@0");
	CHECK_STR(parse("   "), "ERROR@3");
	CHECK_STR(parse("abc"), "ERROR@0");
	CHECK_STR(parse("12x"), "ERROR@2");
	CHECK_STR(parse("万"), "ERROR@0");
	CHECK_STR(parse("万万"), "ERROR@0");
	CHECK_STR(parse("一万一万"), "ERROR@9");
	CHECK_STR(parse("一百一百"), "ERROR@9");
	CHECK_STR(parse("三四十"), "ERROR@6");
	CHECK_STR(parse("1..2"), "ERROR@1");
	CHECK_STR(parse("1,23"), "ERROR@1");
	CHECK_STR(parse("3五"), "ERROR@1");
	CHECK_STR(parse("-"), "ERROR@1");
	CHECK_STR(parse("1 2"), "ERROR@2");
	CHECK_STR(parse("12\xff"), "ERROR@2");
}

/* Values that numeric cannot hold are range errors, not syntax errors. */
UNIT_SUITE(number_limits)
{
	size_t		n = 200000;
	char	   *text = malloc(n * 3 + 1);
	size_t		i;

	/* 200,000 digits: more than numeric's 131,072 before the point. */
	memset(text, '9', n);
	text[n] = '\0';
	CHECK_STR(parse(text), "RANGE");
	/* 100,000 digits fit. */
	text[100000] = '\0';
	{
		GrNumber	number;
		size_t		offset;

		CHECK_INT(gr_number_parse(&gr_malloc_env, text, 100000, &number, &offset), GR_OK);
		CHECK_INT(number.value_len, 100000);
		free(number.value);
	}
	/* 亿 repeated compounds past the limit. */
	strcpy(text, "一");
	for (i = 0; i < 40000; i++)
		strcat(text + i * 3, "亿");
	CHECK_STR(parse(text), "RANGE");
	/* Decimals in words after a unit: linear, and bounded by numeric's scale. */
	strcpy(text, "十点");
	for (i = 0; i < 16000; i++)
		memcpy(text + 6 + i * 3, "五", 3);
	text[6 + 16000 * 3] = '\0';
	CHECK(strncmp(parse(text), "10.555", 6) == 0);
	for (i = 16000; i < 17000; i++)
		memcpy(text + 6 + i * 3, "五", 3);
	text[6 + 17000 * 3] = '\0';
	CHECK_STR(parse(text), "RANGE");
	free(text);
	CHECK_STR(parse("两千点零"), "2000.0");
	CHECK_STR(parse("1万亿亿"), "100000000000000000000");
	CHECK_STR(parse("1亿万"), "ERROR@4");
	CHECK_STR(parse("百三"), "130");
	CHECK_STR(parse("百十一"), "ERROR@0");
	CHECK_STR(parse("十多万"), "100000");
	CHECK_STR(parse("500余万"), "5000000");
	CHECK_STR(parse("四万万"), "400000000");
	CHECK_STR(parse("两千三点一"), "2300.1");
	CHECK_STR(parse("7 万5 千4 百"), "75400");
	CHECK_STR(parse("壹拾壹元整"), "11");
	CHECK_STR(parse("玖仟陆佰陆拾伍圆壹角捌分"), "9665.18");
	CHECK_STR(parse("2e5"), "200000");
	CHECK_STR(parse("-.5"), "-0.5");
	CHECK_STR(parse("40k"), "40000");
}

/* gr_number_scan reads the longest number at a position and stops. */
UNIT_SUITE(number_scan)
{
	const char *text = "受理来电12345件，近10万字，3.5亿元，三成以上";
	GrNumber	number;
	size_t		start = strlen("受理来电");

	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), start, &number), GR_OK);
	CHECK_STR(number.value, "12345");
	CHECK_INT(number.end - number.start, 5);
	CHECK_INT(number.integer_digits, 5);
	free(number.value);

	start = strlen("受理来电12345件，近");
	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), start, &number), GR_OK);
	CHECK_STR(number.value, "100000");
	CHECK(number.flags & GR_NUM_MULTIPLIER);
	free(number.value);

	start = strlen("受理来电12345件，近10万字，3.5亿元，");
	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), start, &number), GR_OK);
	CHECK_STR(number.value, "30");
	CHECK(number.flags & GR_NUM_PERCENT);
	free(number.value);

	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), 0, &number), GR_SYNTAX);

	/* In running text: 余 before a measure word is the caller's qualifier. */
	text = "3000余条";
	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), 0, &number), GR_OK);
	CHECK_STR(number.value, "3000");
	CHECK_INT(number.end, 4);
	free(number.value);
	/* ... but before 万 it belongs to the number. */
	text = "500余万元";
	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), 0, &number), GR_OK);
	CHECK_STR(number.value, "5000000");
	CHECK(number.flags & GR_NUM_OVER);
	free(number.value);
	/* 百分之百 in running text; a bare 百 elsewhere is no number (百姓). */
	text = "百分之百的";
	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), 0, &number), GR_OK);
	CHECK_STR(number.value, "100");
	CHECK(number.flags & GR_NUM_PERCENT);
	free(number.value);
	text = "百姓";
	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), 0, &number), GR_SYNTAX);
	/* 兆瓦 is a megawatt: 兆 is no multiplier in running text. */
	text = "100兆瓦";
	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), 0, &number), GR_OK);
	CHECK_STR(number.value, "100");
	free(number.value);
	/* Digits in a row before a unit are a range, not 34: no number. */
	text = "三四十万元";
	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), 0, &number), GR_SYNTAX);
	/* Positional digits stand: a year. */
	text = "二〇二三年";
	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), 0, &number), GR_OK);
	CHECK_STR(number.value, "2023");
	CHECK(number.flags & GR_NUM_POSITIONAL);
	free(number.value);
	/* White space ends a number in running text. */
	text = "12 345";
	CHECK_INT(gr_number_scan(&gr_malloc_env, text, strlen(text), 0, &number), GR_OK);
	CHECK_STR(number.value, "12");
	free(number.value);
}

/* ---- the public suites ---- */

/*
 * Canonical form for comparing values: no '+', exponent notation (1e-05)
 * written out, fractions rounded to GR_NUM_FRACTION_SCALE places as
 * to_number gives them, no trailing fraction zeros.
 */
static void
canonical(const char *in, char *out, size_t size)
{
	char		mantissa[256];
	char		digits[512];
	const char *e;
	int			exponent = 0;
	int			point;
	int			n = 0;
	int			i;
	bool		negative = false;
	size_t		len;

	if (*in == '+')
		in++;
	if (*in == '-')
		negative = true, in++;
	e = strpbrk(in, "eE");
	snprintf(mantissa, sizeof(mantissa), "%.*s", e ? (int) (e - in) : (int) strlen(in), in);
	if (e)
		exponent = atoi(e + 1);
	/* digits without the point; point = digits before it, moved by exponent */
	point = -1;
	for (i = 0; mantissa[i] && n < 400; i++)
	{
		if (mantissa[i] == '.')
			point = n;
		else
			digits[n++] = mantissa[i];
	}
	digits[n] = '\0';
	if (point < 0)
		point = n;
	point += exponent;
	out[0] = '\0';
	len = 0;
	if (negative)
		out[len++] = '-';
	if (point <= 0)
	{
		out[len++] = '0';
		out[len++] = '.';
		for (i = 0; i < -point && len < size - 2; i++)
			out[len++] = '0';
		for (i = 0; i < n && len < size - 2; i++)
			out[len++] = digits[i];
	}
	else
	{
		for (i = 0; i < point && len < size - 3; i++)
			out[len++] = i < n ? digits[i] : '0';
		if (point < n)
		{
			out[len++] = '.';
			for (i = point; i < n && len < size - 2; i++)
				out[len++] = digits[i];
		}
	}
	out[len] = '\0';
	/* Round to GR_NUM_FRACTION_SCALE places when the value has more. */
	{
		char	   *dot = strchr(out, '.');

		if (dot && strlen(dot + 1) > GR_NUM_FRACTION_SCALE)
		{
			int			k = (int) (dot - out) + GR_NUM_FRACTION_SCALE;
			bool		up = dot[1 + GR_NUM_FRACTION_SCALE] >= '5';

			out[k + 1] = '\0';
			for (i = k; up && i >= 0; i--)
			{
				if (out[i] == '.' || out[i] == '-')
					continue;
				if (out[i] == '9')
					out[i] = '0';
				else
				{
					out[i]++;
					up = false;
				}
			}
		}
	}
	/* No trailing zeros after the point, no leading zeros before it. */
	if (strchr(out, '.'))
	{
		len = strlen(out);
		while (len > 0 && out[len - 1] == '0')
			out[--len] = '\0';
		if (len > 0 && out[len - 1] == '.')
			out[--len] = '\0';
	}
	{
		char	   *start = out + (out[0] == '-');

		while (start[0] == '0' && start[1] != '\0' && start[1] != '.')
			memmove(start, start + 1, strlen(start));
	}
}

/* Is input listed in rejected.tsv (cases refused on purpose)? */
static bool
rejected_on_purpose(const char *input)
{
	static char *list;
	char		path[1024];
	char		needle[4200];

	if (list == NULL)
	{
		FILE	   *f;

		snprintf(path, sizeof(path), "%s/numbers/rejected.tsv", unit_data_dir());
		f = fopen(path, "rb");
		list = calloc(1, 1 << 20);
		if (f)
		{
			size_t		n = fread(list + 1, 1, (1 << 20) - 2, f);

			list[0] = '\n';
			list[n + 1] = '\0';
			fclose(f);
		}
	}
	snprintf(needle, sizeof(needle), "\n%s\t", input);
	return strstr(list, needle) != NULL;
}

static void
run_suite_file(const char *name)
{
	char		path[1024];
	char		line[4096];
	FILE	   *f;
	int			total = 0;
	int			agree = 0;
	int			rejected = 0;

	snprintf(path, sizeof(path), "%s/numbers/%s", unit_data_dir(), name);
	f = fopen(path, "rb");
	CHECK(f != NULL);
	if (!f)
		return;
	while (fgets(line, sizeof(line), f))
	{
		char	   *tab = strchr(line, '\t');
		char		got[512];
		char		expected[512];
		const char *result;
		bool		ok;

		if (line[0] == '#' || !tab)
			continue;
		*tab = '\0';
		tab[1 + strcspn(tab + 1, "\r\n")] = '\0';
		result = parse(line);
		canonical(result, got, sizeof(got));
		canonical(tab + 1, expected, sizeof(expected));
		if (strcmp(expected, "ERROR") == 0)
			ok = strncmp(result, "ERROR", 5) == 0;
		else
			ok = strcmp(got, expected) == 0;
		total++;
		agree += ok;
		if (rejected_on_purpose(line))
		{
			/* The list must stay true: a listed case really is refused. */
			rejected++;
			if (ok)
				fprintf(stderr, "listed as rejected but passes: %s\n", line);
			CHECK(!ok);
		}
		else
		{
			if (!ok)
				fprintf(stderr, "%s: %s -> %s, expected %s\n", name, line,
						result, tab + 1);
			CHECK(ok);
		}
	}
	fclose(f);
	printf("# %s: %d of %d cases agree (%.1f%%), %d rejected on purpose\n",
		   name, agree, total, total ? 100.0 * agree / total : 0.0, rejected);
}

UNIT_SUITE(number_public_suites)
{
	run_suite_file("recognizers_number.tsv");
	run_suite_file("cn2an.tsv");
}
