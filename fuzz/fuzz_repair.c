/*
 * fuzz_repair.c
 *		libFuzzer target for the byte-level repair steps of
 *		gr_repair.h, each on the input as text (see fuzz_check_repair).
 */
#include "fuzz_checks.c"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_run("repair", data, size);
	return 0;
}
