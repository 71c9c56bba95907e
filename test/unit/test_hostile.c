/*
 * test_hostile.c
 *		Hostile input for the core entry points: huge, repetitive and
 *		malformed texts must give a documented result in linear time, and
 *		every input the fuzzers ever crashed on (test/data/fuzz-regressions)
 *		must now pass the fuzzers' own checks (fuzz/fuzz_checks.c).
 *
 * The regression replay covers every entry point that is linked in: the
 * checks refer to modules that have not landed yet through weak symbols.
 */
#include "unit.h"
#include "../../src/gr_dates.h"
#include "../../src/gr_number.h"

#include <dirent.h>
#include <stdlib.h>
#include <time.h>

#include "../../fuzz/fuzz_checks.c"

/* Seconds of CPU time since an earlier call. */
static double
cpu_seconds(void)
{
	return (double) clock() / CLOCKS_PER_SEC;
}

/* count copies of unit after prefix, in malloc'd memory; *len set. */
static char *
repeat_text(const char *prefix, const char *unit, size_t count, size_t *len)
{
	size_t		prefix_len = strlen(prefix);
	size_t		unit_len = strlen(unit);
	char	   *text = malloc(prefix_len + unit_len * count + 1);
	size_t		i;

	memcpy(text, prefix, prefix_len);
	for (i = 0; i < count; i++)
		memcpy(text + prefix_len + i * unit_len, unit, unit_len);
	*len = prefix_len + unit_len * count;
	text[*len] = '\0';
	return text;
}

/* Parse a hostile text; the status, and the value's length on success. */
static GrStatus
parse_length(const char *text, size_t len, size_t *value_len)
{
	GrNumber	number;
	size_t		offset = 0;
	GrStatus	status;

	status = gr_number_parse(&gr_malloc_env, text, len, &number, &offset);
	*value_len = 0;
	if (status == GR_OK)
	{
		*value_len = number.value_len;
		free(number.value);
	}
	return status;
}

/*
 * Long runs of one character: each must be read in linear time.  Before
 * the fix, 131072 一 took 12 s (every digit re-added the whole number).
 */
UNIT_SUITE(hostile_number_runs)
{
	static const struct
	{
		const char *prefix;
		const char *unit;
		size_t		count;
		GrStatus	status;
		size_t		value_len;
	}			cases[] = {
		{"", "一", GR_NUM_MAX_INT_DIGITS, GR_OK, GR_NUM_MAX_INT_DIGITS},
		{"", "一", GR_NUM_MAX_INT_DIGITS + 1, GR_RANGE, 0},
		{"", "〇", 1000000, GR_OK, 1},
		{"一", "〇", 100000, GR_OK, 100001},
		{"三点", "五", GR_NUM_MAX_SCALE, GR_OK, GR_NUM_MAX_SCALE + 2},
		{"三点", "五", GR_NUM_MAX_SCALE + 1, GR_RANGE, 0},
		{"", "1", 1000000, GR_RANGE, 0},
		{"", "１", 100000, GR_OK, 100000},
		{"0.", "0", 1000000, GR_RANGE, 0},
		{"一", "万", 100000, GR_RANGE, 0},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		size_t		len;
		size_t		value_len;
		char	   *text = repeat_text(cases[i].prefix, cases[i].unit, cases[i].count, &len);
		double		start = cpu_seconds();
		GrStatus	status = parse_length(text, len, &value_len);

		CHECK_INT(status, cases[i].status);
		CHECK_INT(value_len, cases[i].value_len);
		/* Linear: well under a second even under the sanitizers. */
		CHECK(cpu_seconds() - start < 2.0);
		free(text);
	}
}

/*
 * A long chain of periods whose dates have no year (1月1日至2月2日至…):
 * every date takes the year the chain began with, in one pass.  Before the
 * fix each date looked back along the whole chain for it, without a poll:
 * 40 000 links took 0.6 s, 64 MB would have taken hours.
 */
UNIT_SUITE(hostile_date_chains)
{
	static const struct
	{
		const char *prefix;
		size_t		dates;
		const char *last;
	}			cases[] = {
		{"", 0, NULL},			/* no year anywhere: no date */
		{"2019年", 200000, "2019-01-01"},	/* 2019年1月1日 and 199 999 more */
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		size_t		len;
		char	   *text = repeat_text(cases[i].prefix, "1月1日至", 200000, &len);
		double		start = cpu_seconds();
		GrDate	   *found = NULL;
		size_t		count = 0;

		CHECK_INT(gr_dates_find(&gr_malloc_env, text, len, &found, &count), GR_OK);
		CHECK_INT(count, cases[i].dates);
		if (cases[i].last && count > 0)
			CHECK_STR(found[count - 1].value, cases[i].last);
		CHECK(cpu_seconds() - start < 2.0);
		free(found);
		free(text);
	}
}

/* Every input under test/data/fuzz-regressions/<target>/ passes its check. */
UNIT_SUITE(hostile_fuzz_regressions)
{
	char		path[4096];
	size_t		t;

	for (t = 0; t < sizeof(fuzz_targets) / sizeof(fuzz_targets[0]); t++)
	{
		DIR		   *dir;
		struct dirent *entry;

		if (!fuzz_targets[t].linked())
			continue;
		snprintf(path, sizeof(path), "%s/fuzz-regressions/%s",
				 unit_data_dir(), fuzz_targets[t].name);
		dir = opendir(path);
		if (dir == NULL)
			continue;
		while ((entry = readdir(dir)) != NULL)
		{
			char	   *data;
			size_t		size;
			const char *failure;

			if (entry->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/fuzz-regressions/%s/%s",
					 unit_data_dir(), fuzz_targets[t].name, entry->d_name);
			data = unit_read_file(path, &size);
			if (data == NULL)
				continue;
			failure = fuzz_targets[t].check((const uint8_t *) data, size);
			if (failure)
				fprintf(stderr, "%s: %s\n", path, failure);
			CHECK(failure == NULL);
			free(data);
		}
		closedir(dir);
	}
}
