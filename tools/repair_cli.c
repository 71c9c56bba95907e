/*
 * repair_cli.c
 *		Run the byte-level repair steps of gr_mojibake.c over a file, without
 *		a server: for measuring them on the dev sets (tools/score_mojibake.py).
 *
 * Usage: repair_cli [-v] [-b] [STEP ...] < damaged.txt > repaired.txt
 * STEP is latin1, gbk, big5, slip or lost, run in the order given (default:
 * all, in that order);
 * -v prints each step's fixes and example to stderr; -b prints the badness
 * of the input and the output to stderr.
 */
#include "gr_repair.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct
{
	const char *name;
	GrRepairStep step;
}			steps[] = {
	{"latin1", gr_step_utf8_as_latin1},
	{"gbk", gr_step_utf8_as_gbk},
	{"big5", gr_step_gbk_big5},
	{"slip", gr_step_gbk_slip},
	{"lost", gr_step_lost_bytes},
};

#define STEP_COUNT (sizeof(steps) / sizeof(steps[0]))

int
main(int argc, char **argv)
{
	GrBuf		text;
	char		chunk[65536];
	size_t		got;
	bool		verbose = false;
	bool		badness = false;
	size_t		order[64];
	size_t		order_count = 0;
	size_t		i;
	int			a;

	for (a = 1; a < argc; a++)
	{
		if (strcmp(argv[a], "-v") == 0)
			verbose = true;
		else if (strcmp(argv[a], "-b") == 0)
			badness = true;
		else
		{
			for (i = 0; i < STEP_COUNT; i++)
				if (strcmp(argv[a], steps[i].name) == 0)
					break;
			if (i < STEP_COUNT && order_count < 64)
				order[order_count++] = i;
			else
			{
				fprintf(stderr, "unknown step %s\n", argv[a]);
				return 2;
			}
		}
	}
	gr_buf_init(&text, &gr_malloc_env, 0);
	while ((got = fread(chunk, 1, sizeof(chunk), stdin)) > 0)
		gr_buf_append(&text, chunk, got);
	if (badness)
		fprintf(stderr, "badness before %.4f\n", gr_badness(&gr_malloc_env, text.data, text.len));
	if (order_count == 0)
		for (i = 0; i < STEP_COUNT; i++)
			order[order_count++] = i;
	for (a = 0; a < (int) order_count; a++)
	{
		GrBuf		out;
		GrStepReport report;
		GrStatus	status;

		i = order[a];
		gr_buf_init(&out, &gr_malloc_env, 0);
		status = steps[i].step(&gr_malloc_env, text.data ? text.data : "", text.len,
							   &out, &report);
		if (status != GR_OK)
		{
			fprintf(stderr, "%s: status %d\n", steps[i].name, (int) status);
			return 1;
		}
		if (verbose && report.fixes > 0)
			fprintf(stderr, "%s: %d fixes, e.g. %.*s -> %.*s\n", steps[i].name, report.fixes,
					(int) report.before_len, report.before ? report.before : "",
					(int) report.after_len, report.after ? report.after : "");
		free(report.before);
		free(report.after);
		if (report.fixes > 0)
		{
			gr_buf_free(&text);
			text = out;
		}
		else
			gr_buf_free(&out);
	}
	if (badness)
		fprintf(stderr, "badness after %.4f\n", gr_badness(&gr_malloc_env, text.data, text.len));
	fwrite(text.data ? text.data : "", 1, text.len, stdout);
	gr_buf_free(&text);
	return 0;
}
