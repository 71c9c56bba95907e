/*
 * repair_page.c
 *		Run the whole repair pipeline (gr_repair with its defaults) over a
 *		file, without a server: for reading what repair does to the corpus
 *		pages (tools/repair_corpus.sh) and checking that it is idempotent.
 *
 * Usage: repair_page [-v] [-i] < damaged.txt > repaired.txt
 * -v prints each step's fixes and example to stderr; -i also repairs the
 * output again and exits 3 when that changes it (repair must be idempotent).
 */
#include "gr_repair.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Repair text[0, len) with the defaults into *result; false on failure. */
static bool
repair_once(const char *text, size_t len, GrBuf *result, bool verbose)
{
	GrRepairOptions options = GR_REPAIR_DEFAULTS;
	GrStepReport reports[64];
	GrBuf		out;
	bool		changed = false;
	GrStatus	status;
	int			i;

	memset(reports, 0, sizeof(reports));
	gr_buf_init(&out, &gr_malloc_env, 0);
	status = gr_repair(&gr_malloc_env, text, len, &options, &out, reports, &changed);
	if (status != GR_OK)
	{
		fprintf(stderr, "repair: status %d\n", (int) status);
		return false;
	}
	for (i = 0; i < gr_repair_step_count; i++)
	{
		if (verbose && reports[i].fixes > 0)
			fprintf(stderr, "%s: %d fixes, e.g. %.*s -> %.*s\n", gr_repair_steps[i].name,
					reports[i].fixes,
					(int) reports[i].before_len, reports[i].before ? reports[i].before : "",
					(int) reports[i].after_len, reports[i].after ? reports[i].after : "");
		free(reports[i].before);
		free(reports[i].after);
	}
	gr_buf_init(result, &gr_malloc_env, 0);
	if (changed)
	{
		gr_buf_free(result);
		*result = out;
	}
	else
	{
		gr_buf_free(&out);
		gr_buf_append(result, text, len);
	}
	return true;
}

int
main(int argc, char **argv)
{
	GrBuf		text;
	GrBuf		once;
	char		chunk[65536];
	size_t		got;
	bool		verbose = false;
	bool		idempotence = false;
	int			a;

	for (a = 1; a < argc; a++)
	{
		if (strcmp(argv[a], "-v") == 0)
			verbose = true;
		else if (strcmp(argv[a], "-i") == 0)
			idempotence = true;
		else
		{
			fprintf(stderr, "usage: repair_page [-v] [-i] < in > out\n");
			return 2;
		}
	}
	gr_buf_init(&text, &gr_malloc_env, 0);
	while ((got = fread(chunk, 1, sizeof(chunk), stdin)) > 0)
		gr_buf_append(&text, chunk, got);
	if (!repair_once(text.data ? text.data : "", text.len, &once, verbose))
		return 1;
	fwrite(once.data ? once.data : "", 1, once.len, stdout);
	if (idempotence)
	{
		GrBuf		twice;

		if (!repair_once(once.data ? once.data : "", once.len, &twice, false))
			return 1;
		if (twice.len != once.len || memcmp(twice.data, once.data, once.len) != 0)
		{
			fprintf(stderr, "not idempotent\n");
			return 3;
		}
		gr_buf_free(&twice);
	}
	gr_buf_free(&once);
	gr_buf_free(&text);
	return 0;
}
