/*
 * unit_main.c
 *		Runs every registered unit-test suite of the govreport core.
 *
 * Usage: unit [SUITE ...]  runs the named suites, or all of them.
 */
#include "unit.h"

#include <stdlib.h>

#define MAX_SUITES 256

static struct
{
	const char *name;
	UnitSuiteFunction function;
}			suites[MAX_SUITES];
static int	suite_count;
static long passed;
static long failed;
static const char *current_suite = "";

void
unit_register(const char *name, UnitSuiteFunction function)
{
	if (suite_count < MAX_SUITES)
	{
		suites[suite_count].name = name;
		suites[suite_count].function = function;
		suite_count++;
	}
}

void
unit_check(bool ok, const char *file, int line, const char *what)
{
	if (ok)
		passed++;
	else
	{
		failed++;
		fprintf(stderr, "FAIL %s %s:%d: %s\n", current_suite, file, line, what);
	}
}

void
unit_check_str(const char *got, const char *expected, const char *file,
			   int line, const char *what)
{
	bool		ok = (got == NULL && expected == NULL) ||
		(got != NULL && expected != NULL && strcmp(got, expected) == 0);

	if (ok)
		passed++;
	else
	{
		failed++;
		fprintf(stderr, "FAIL %s %s:%d: %s is \"%s\", expected \"%s\"\n",
				current_suite, file, line, what, got ? got : "(null)",
				expected ? expected : "(null)");
	}
}

void
unit_check_int(long long got, long long expected, const char *file, int line,
			   const char *what)
{
	if (got == expected)
		passed++;
	else
	{
		failed++;
		fprintf(stderr, "FAIL %s %s:%d: %s is %lld, expected %lld\n",
				current_suite, file, line, what, got, expected);
	}
}

const char *
unit_data_dir(void)
{
	const char *dir = getenv("GOVREPORT_TEST_DATA");

	return dir ? dir : "test/data";
}

char *
unit_read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *data;
	long		size;

	*len = 0;
	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, 0, SEEK_SET);
	if (size < 0)
		size = 0;
	data = malloc((size_t) size + 1);
	if (data != NULL && fread(data, 1, (size_t) size, f) != (size_t) size)
		size = 0;
	fclose(f);
	if (data == NULL)
		return NULL;
	data[size] = '\0';
	*len = (size_t) size;
	return data;
}

char *
unit_read_data(const char *relpath, size_t *len)
{
	char		path[1024];

	snprintf(path, sizeof(path), "%s/%s", unit_data_dir(), relpath);
	return unit_read_file(path, len);
}

int
main(int argc, char **argv)
{
	int			i;
	int			j;

	for (i = 0; i < suite_count; i++)
	{
		bool		selected = argc < 2;

		for (j = 1; j < argc; j++)
			if (strcmp(argv[j], suites[i].name) == 0)
				selected = true;
		if (!selected)
			continue;
		current_suite = suites[i].name;
		suites[i].function();
	}
	printf("%ld passed, %ld failed\n", passed, failed);
	return failed == 0 ? 0 : 1;
}
