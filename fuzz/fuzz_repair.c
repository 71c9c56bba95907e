/*
 * fuzz_repair.c
 *		libFuzzer target for govreport.repair and explain: the
 *		gr_repair pipeline under two sets of options, then every step of
 *		its registry alone, on the input as text (see fuzz_check_repair);
 *		then the pipeline's fast path against the steps alone.
 */
#include "fuzz_checks.c"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * gr_repair hands utf8_as_gbk, gbk_big5, lost_bytes and spam what its
 * evidence scan found (test_repair_fast.c): with only that step on, the
 * result must be the step's own.  The pipeline skips spam without evidence
 * of it, so there only a repair it makes is compared.
 */
static void
fuzz_fast_path(const uint8_t *data, size_t size)
{
	static const struct
	{
		const char *name;
		GrRepairStep step;
	}			steps[] = {
		{"utf8_as_gbk", gr_step_utf8_as_gbk}, {"gbk_big5", gr_step_gbk_big5},
		{"lost_bytes", gr_step_lost_bytes}, {"spam", gr_step_spam},
	};
	size_t		len;
	char	   *text = fuzz_as_text(data, size, &len);

	for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++)
	{
		int			index = gr_repair_step_index(steps[i].name, strlen(steps[i].name));
		GrRepairOptions options = GR_REPAIR_DEFAULTS;
		GrStepReport report = {0, NULL, 0, NULL, 0};
		GrBuf		piped;
		GrBuf		alone;
		bool		changed = false;
		bool		spam = strcmp(steps[i].name, "spam") == 0;

		if (index < 0)
			continue;
		options.disabled = ~((uint32_t) 1 << index);
		gr_buf_init(&piped, &gr_malloc_env, 0);
		gr_buf_init(&alone, &gr_malloc_env, 0);
		if (gr_repair(&gr_malloc_env, text, len, &options, &piped, NULL, &changed) == GR_OK &&
			steps[i].step(&gr_malloc_env, text, len, &alone, &report) == GR_OK &&
			(changed || !spam))
		{
			bool		same = changed ?
				(report.fixes > 0 && piped.len == alone.len &&
				 (piped.len == 0 || memcmp(piped.data, alone.data, piped.len) == 0)) :
				report.fixes == 0;

			if (!same)
			{
				fprintf(stderr, "fuzz_repair: check failed: the pipeline's %s differs from the step alone\n",
						steps[i].name);
				abort();
			}
		}
		free(report.before);
		free(report.after);
		gr_buf_free(&piped);
		gr_buf_free(&alone);
	}
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_run("repair", data, size);
	fuzz_fast_path(data, size);
	return 0;
}
