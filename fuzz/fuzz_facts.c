/*
 * fuzz_facts.c
 *		libFuzzer target for govreport.facts and dates:
 *		gr_facts_find and gr_dates_find on the input as text
 *		(see fuzz_check_facts).
 */
#include "fuzz_checks.c"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_run("facts", data, size);
	return 0;
}
