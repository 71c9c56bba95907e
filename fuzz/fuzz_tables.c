/*
 * fuzz_tables.c
 *		libFuzzer target for govreport.tables and table_checks:
 *		gr_tables_find on the input as text, then gr_table_checks on
 *		the cells it found (see fuzz_check_tables).
 */
#include "fuzz_checks.c"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_run("tables", data, size);
	return 0;
}
