/*
 * fuzz_decode.c
 *		libFuzzer target for govreport.decode: gr_decode on raw
 *		bytes, the first byte choosing the encoding, and
 *		gr_encoding_from_name (see fuzz_check_decode).
 */
#include "fuzz_checks.c"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_run("decode", data, size);
	return 0;
}
