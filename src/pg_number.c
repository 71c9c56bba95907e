/*
 * pg_number.c
 *		govreport.to_number(text): one number, written any way Chinese
 *		reports write one, as an exact numeric.
 */
#include "pg_glue.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "gr_number.h"

/* Longest excerpt of the input quoted in an error message, in bytes. */
#define QUOTE_LIMIT 60

/* The input as quoted in a message: cut at a character boundary. */
static char *
quote_input(const char *text, size_t len)
{
	if (len > QUOTE_LIMIT)
	{
		int			cut = pg_mbcliplen(text, (int) len, QUOTE_LIMIT);

		return psprintf("%s...", pnstrdup(text, cut));
	}
	return pnstrdup(text, len);
}

PG_FUNCTION_INFO_V1(govreport_to_number);
Datum
govreport_to_number(PG_FUNCTION_ARGS)
{
	text	   *input = PG_GETARG_TEXT_PP(0);
	const char *bytes = GOVREPORT_TEXT_BYTES(input);
	size_t		len = GOVREPORT_TEXT_LENGTH(input);
	GrNumber	number;
	size_t		error_offset = 0;
	GrStatus	status;

	status = gr_number_parse(govreport_env(), bytes, len, &number, &error_offset);
	if (status == GR_SYNTAX)
	{
		int			position = (int) gr_char_count(bytes, error_offset) + 1;

		if (error_offset >= len)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid number \"%s\": it ends at character %d before a number is complete",
							quote_input(bytes, len), position),
					 errhint("govreport.to_number reads one number, such as 1,234.5, 3.5亿, 一千二百 or 百分之八十.")));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid number \"%s\": unexpected \"%s\" at character %d",
						quote_input(bytes, len),
						pnstrdup(bytes + error_offset,
								 pg_mblen(bytes + error_offset)),
						position),
				 errhint("govreport.to_number reads one number, such as 1,234.5, 3.5亿, 一千二百 or 百分之八十; "
						 "use govreport.facts to find numbers in running text.")));
	}
	if (status == GR_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("number \"%s\" is out of range for type numeric",
						quote_input(bytes, len))));
	govreport_raise(status, "read a number");

	PG_RETURN_DATUM(govreport_numeric_datum(number.value));
}
