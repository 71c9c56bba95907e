/*
 * fuzz_badness.c
 *		libFuzzer target for govreport.badness: gr_badness on the
 *		input as text (see fuzz_check_badness).
 */
#include "fuzz_checks.c"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_run("badness", data, size);
	return 0;
}
