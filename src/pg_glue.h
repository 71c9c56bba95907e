/*
 * pg_glue.h
 *		What every govreport fmgr file shares: the core's environment on
 *		palloc and CHECK_FOR_INTERRUPTS, and core status codes as errors.
 *
 * The glue files (src/pg_*.c) own Datums, memory contexts, errors and tuple
 * building, and nothing else; the work is done by the core (src/gr_*.c).
 */
#ifndef PG_GLUE_H
#define PG_GLUE_H

#include "postgres.h"

#include "fmgr.h"

#include "gr_core.h"

/*
 * Raise 0A000 (feature_not_supported) unless the database encoding is UTF8.
 * govreport_env() calls it, so every function that runs the core checks;
 * a function that does not use govreport_env() calls it itself.
 */
extern void govreport_require_utf8(void);

/*
 * A GrEnv that allocates in CurrentMemoryContext (palloc, huge allocations
 * allowed up to the core's limit) and polls CHECK_FOR_INTERRUPTS().  Memory
 * is reclaimed with the context, so release is a no-op.
 */
extern const GrEnv *govreport_env(void);

/*
 * Raise the error that a failed core status stands for.  what names the
 * operation in the message ("read a number").  Never returns for a status
 * other than GR_OK.
 */
extern void govreport_raise(GrStatus status, const char *what);

/*
 * A text datum of bytes[0, len), which the core wrote: a NUL, which a text
 * cannot hold, becomes U+FFFD (decode meets NUL in the raw bytes of files).
 */
extern text *govreport_text_without_nul(const char *bytes, size_t len);

/*
 * gr_char_position that polls CHECK_FOR_INTERRUPTS() every megabyte it
 * walks: a row whose span covers a 64 MB text would otherwise ignore a
 * cancel for as long as the walk takes.
 */
extern int64 govreport_char_position(GrCharIndex *index, size_t byte_offset);

/*
 * The rows of a set-returning function's result (src/pg_rows.c).
 * govreport_init_srf is InitMaterializedSRF with the result's tuple
 * descriptor copied from the one the executor expects, when it gives one,
 * instead of rebuilt from pg_proc on every call; govreport_put_row is
 * tuplestore_putvalues with a row former planned once per call for the
 * descriptor's columns, about half the instructions per row.
 */
typedef struct GovreportRows GovreportRows;

extern GovreportRows *govreport_init_srf(FunctionCallInfo fcinfo);
extern void govreport_put_row(GovreportRows *rows, const Datum *values,
							  const bool *nulls);

/*
 * The slot of a direct-mapped cache of `slots` entries (a power of two)
 * that a string of the core goes to, by its address: the glue's caches of
 * Datums and label tails are keyed by address, since the core shares one
 * string among the cells that print it.  grain is log2 of the smallest
 * distance between two strings (3 for strings from env, 2 for the core's
 * static small numbers, four bytes apart).
 */
static inline size_t
govreport_address_slot(const void *string, int grain, size_t slots)
{
	uintptr_t	address = (uintptr_t) string;

	return (size_t) ((address >> grain) ^ (address >> 11)) % slots;
}

/* A text Datum of text[start, end), bytes the core pointed at. */
extern Datum govreport_span_datum(const char *text, size_t start, size_t end);

/*
 * Whether digits[0, len) is an integer written plainly: ASCII digits after
 * an optional '-', no leading zero (except "0" itself), at most 18 digits;
 * *result is its value.  "007" is not (its text is not that of 7).
 */
extern bool govreport_plain_integer(const char *digits, size_t len, int64 *result);

/*
 * A numeric Datum from an exact decimal string of len bytes, NUL-terminated
 * or not: a plain integer through int64_to_numeric (the numeric numeric_in
 * gives, for less work), anything else through numeric_in.
 */
extern Datum govreport_decimal_datum(const char *value, size_t len);

/* govreport_decimal_datum of a NUL-terminated decimal the core wrote. */
extern Datum govreport_numeric_datum(const char *value);

/* A text argument's bytes and length, detoasted (packed headers allowed). */
#define GOVREPORT_TEXT_BYTES(t) VARDATA_ANY(t)
#define GOVREPORT_TEXT_LENGTH(t) ((size_t) VARSIZE_ANY_EXHDR(t))

#endif							/* PG_GLUE_H */
