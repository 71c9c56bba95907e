/*
 * pg_glue.c
 *		The core's environment inside the server, and core errors as ereport.
 */
#include "pg_glue.h"

#include "commands/dbcommands.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

PG_MODULE_MAGIC;

static void *
palloc_alloc(void *opaque, size_t size)
{
	return MemoryContextAllocHuge(CurrentMemoryContext, size ? size : 1);
}

static void *
palloc_grow(void *opaque, void *pointer, size_t size)
{
	return repalloc_huge(pointer, size ? size : 1);
}

static void
palloc_release(void *opaque, void *pointer)
{
	pfree(pointer);
}

/* Called by the core's loops every GR_POLL_INTERVAL iterations. */
static void
poll_interrupts(void *opaque)
{
	CHECK_FOR_INTERRUPTS();
}

static const GrEnv palloc_env = {
	palloc_alloc, palloc_grow, palloc_release, poll_interrupts, NULL
};

/*
 * Every function reads and writes UTF-8, so it refuses to run in a database
 * of any other encoding (SQL_ASCII could hold anything, the others cannot
 * hold Chinese or would need conversions on every call).
 */
void
govreport_require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("govreport requires a UTF8 database"),
				 errdetail("The encoding of database \"%s\" is %s.",
						   get_database_name(MyDatabaseId),
						   GetDatabaseEncodingName()),
				 errhint("Create a database with ENCODING 'UTF8' (CREATE DATABASE ... ENCODING 'UTF8' TEMPLATE template0) and use govreport there.")));
}

/* SQL: govreport.require_utf8(), which the install script calls first. */
PG_FUNCTION_INFO_V1(govreport_require_utf8_sql);
Datum
govreport_require_utf8_sql(PG_FUNCTION_ARGS)
{
	govreport_require_utf8();
	PG_RETURN_VOID();
}

text *
govreport_text_without_nul(const char *bytes, size_t len)
{
	const char *nul = len > 0 ? memchr(bytes, '\0', len) : NULL;
	StringInfoData fixed;

	if (nul == NULL)
		return cstring_to_text_with_len(bytes, (int) len);
	initStringInfo(&fixed);
	while (nul != NULL)
	{
		CHECK_FOR_INTERRUPTS();
		appendBinaryStringInfo(&fixed, bytes, (int) (nul - bytes));
		appendBinaryStringInfo(&fixed, "\xEF\xBF\xBD", 3);
		len -= (size_t) (nul - bytes) + 1;
		bytes = nul + 1;
		nul = len > 0 ? memchr(bytes, '\0', len) : NULL;
	}
	appendBinaryStringInfo(&fixed, bytes, (int) len);
	return cstring_to_text_with_len(fixed.data, fixed.len);
}

Datum
govreport_span_datum(const char *text, size_t start, size_t end)
{
	return PointerGetDatum(cstring_to_text_with_len(text + start, (int) (end - start)));
}

bool
govreport_plain_integer(const char *digits, size_t len, int64 *result)
{
	bool		negative = len > 0 && digits[0] == '-';
	int64		value = 0;
	size_t		i = negative ? 1 : 0;

	if (len - i == 0 || len - i > 18 || (digits[i] == '0' && len - i > 1))
		return false;
	for (; i < len; i++)
	{
		if (digits[i] < '0' || digits[i] > '9')
			return false;
		value = value * 10 + (digits[i] - '0');
	}
	*result = negative ? -value : value;
	return true;
}

/* numeric_in of a NUL-terminated decimal. */
static Datum
numeric_from_cstring(const char *value)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(value),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

Datum
govreport_decimal_datum(const char *value, size_t len)
{
	int64		integer;

	if (govreport_plain_integer(value, len, &integer))
		return NumericGetDatum(int64_to_numeric(integer));
	return numeric_from_cstring(pnstrdup(value, len));
}

Datum
govreport_numeric_datum(const char *value)
{
	int64		integer;

	if (govreport_plain_integer(value, strlen(value), &integer))
		return NumericGetDatum(int64_to_numeric(integer));
	return numeric_from_cstring(value);
}

/* How far govreport_char_position walks between two polls. */
#define CHAR_POSITION_CHUNK ((size_t) 1 << 20)

int64
govreport_char_position(GrCharIndex *index, size_t byte_offset)
{
	while (index->byte_offset + CHAR_POSITION_CHUNK < byte_offset)
	{
		gr_char_position(index, index->byte_offset + CHAR_POSITION_CHUNK);
		CHECK_FOR_INTERRUPTS();
	}
	while (index->byte_offset > byte_offset + CHAR_POSITION_CHUNK)
	{
		gr_char_position(index, index->byte_offset - CHAR_POSITION_CHUNK);
		CHECK_FOR_INTERRUPTS();
	}
	return gr_char_position(index, byte_offset);
}

/* The environment of a call; checks the database encoding on the way. */
const GrEnv *
govreport_env(void)
{
	govreport_require_utf8();
	return &palloc_env;
}

void
govreport_raise(GrStatus status, const char *what)
{
	switch (status)
	{
		case GR_OK:
			return;
		case GR_SYNTAX:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("could not %s: the input is not of the expected form", what)));
			break;
		case GR_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("could not %s: a value is out of range", what)));
			break;
		case GR_BAD_ARGUMENT:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("could not %s: invalid argument", what)));
			break;
		case GR_TOO_LARGE:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("could not %s: the result would exceed 1 GB", what),
					 errhint("Split the input into smaller texts.")));
			break;
		case GR_NOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory while trying to %s", what)));
			break;
	}
	elog(ERROR, "unexpected govreport status %d", (int) status);
}
