/*
 * fuzz_number.c
 *		libFuzzer target for govreport.to_number and the
 *		extractors' number scanner: gr_number_parse on the raw bytes,
 *		gr_number_scan at every offset (see fuzz_check_number).
 */
#include "fuzz_checks.c"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_run("number", data, size);
	return 0;
}
