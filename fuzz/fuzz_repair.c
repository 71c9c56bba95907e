/*
 * fuzz_repair.c
 *		libFuzzer target for govreport.repair and explain: the
 *		gr_repair pipeline under two sets of options, then every step of
 *		its registry alone, on the input as text (see fuzz_check_repair).
 */
#include "fuzz_checks.c"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_run("repair", data, size);
	return 0;
}
