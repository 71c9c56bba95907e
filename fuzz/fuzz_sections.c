/*
 * fuzz_sections.c
 *		libFuzzer target for govreport.sections: gr_sections_find
 *		on the input as text (see fuzz_check_sections).
 */
#include "fuzz_checks.c"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_run("sections", data, size);
	return 0;
}
