/*
 * pg_repair.c
 *		govreport.repair, govreport.explain, govreport.badness and
 *		govreport.decode: the SQL face of the repair pipeline (gr_repair.c)
 *		and of the encoding work (gr_mojibake.c).
 *
 * Thin glue: arguments to GrRepairOptions, core statuses to errors, rows
 * for explain.  Clean text comes back as the very datum that went in.
 */
#include "pg_glue.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "gr_repair.h"

/* The list of step names, for hints ("entities, page_markers, …"). */
static char *
step_names(void)
{
	StringInfoData names;

	initStringInfo(&names);
	for (int i = 0; i < gr_repair_step_count; i++)
		appendStringInfo(&names, "%s%s", i ? ", " : "", gr_repair_steps[i].name);
	return names.data;
}

/* Read the script argument; an unknown value is error 22023. */
static GrScript
script_argument(text *argument)
{
	GrScript	script;

	if (!gr_script_from_name(VARDATA_ANY(argument), VARSIZE_ANY_EXHDR(argument), &script))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid script \"%s\"", text_to_cstring(argument)),
				 errhint("Valid values are 'auto' (simplify converted mainland documents), "
						 "'hans' (always simplify) and 'keep' (never).")));
	return script;
}

/* Switch off the steps named in a text[] argument; unknown names are 22023. */
static void
skip_argument(ArrayType *array, GrRepairOptions *options)
{
	Datum	   *elements;
	bool	   *nulls;
	int			count;

	if (ARR_NDIM(array) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("skip must be a one-dimensional array of step names")));
	deconstruct_array(array, TEXTOID, -1, false, TYPALIGN_INT, &elements, &nulls, &count);
	for (int i = 0; i < count; i++)
	{
		text	   *name;
		int			index;

		if (nulls[i])
			continue;
		name = DatumGetTextPP(elements[i]);
		index = gr_repair_step_index(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));
		if (index < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown repair step \"%s\"", text_to_cstring(name)),
					 errhint("Valid steps are %s.", step_names())));
		options->disabled |= (uint32) 1 << index;
	}
}

/*
 * govreport.repair(body, script, encoding, entities, ruby, width, layout,
 * boilerplate, skip): the repaired text.
 */
PG_FUNCTION_INFO_V1(govreport_repair);
Datum
govreport_repair(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	GrRepairOptions options = GR_REPAIR_DEFAULTS;
	static const char *const groups[] = {"encoding", "entities", "ruby", "width", "layout",
	"boilerplate"};
	GrBuf		out;
	bool		changed;
	GrStatus	status;

	options.script = script_argument(PG_GETARG_TEXT_PP(1));
	for (int i = 0; i < (int) lengthof(groups); i++)
		if (!PG_GETARG_BOOL(2 + i))
			gr_repair_disable_group(&options, groups[i]);
	skip_argument(PG_GETARG_ARRAYTYPE_P(8), &options);

	gr_buf_init(&out, govreport_env(), 0);
	status = gr_repair(govreport_env(), GOVREPORT_TEXT_BYTES(body), GOVREPORT_TEXT_LENGTH(body),
					   &options, &out, NULL, &changed);
	govreport_raise(status, "repair the text");
	if (!changed)
		PG_RETURN_TEXT_P(body);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out.data, (int) out.len));
}

/* One side of an example, on one line: newlines shown as ↵. */
static void
append_example(StringInfo example, const char *bytes, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		if (bytes[i] == '\n')
			appendStringInfoString(example, "\xe2\x86\xb5");
		else if (bytes[i] == '\r')
			continue;
		else
			appendStringInfoChar(example, bytes[i]);
	}
}

/* govreport.explain(body): the steps that fire, how often, one example each. */
PG_FUNCTION_INFO_V1(govreport_explain);
Datum
govreport_explain(PG_FUNCTION_ARGS)
{
	GovreportRows *result;
	text	   *body = PG_GETARG_TEXT_PP(0);
	GrRepairOptions options = GR_REPAIR_DEFAULTS;
	GrStepReport *reports;
	GrBuf		out;
	bool		changed;
	GrStatus	status;

	result = govreport_init_srf(fcinfo);
	reports = palloc0(sizeof(GrStepReport) * gr_repair_step_count);
	gr_buf_init(&out, govreport_env(), 0);
	status = gr_repair(govreport_env(), GOVREPORT_TEXT_BYTES(body), GOVREPORT_TEXT_LENGTH(body),
					   &options, &out, reports, &changed);
	govreport_raise(status, "repair the text");

	for (int i = 0; i < gr_repair_step_count; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		StringInfoData example;

		if (reports[i].fixes == 0)
			continue;
		values[0] = CStringGetTextDatum(gr_repair_steps[i].name);
		values[1] = Int32GetDatum(reports[i].fixes);
		if (reports[i].before == NULL)
			nulls[2] = true;
		else
		{
			initStringInfo(&example);
			append_example(&example, reports[i].before, reports[i].before_len);
			appendStringInfoString(&example, " \xe2\x86\x92 ");	/* → */
			append_example(&example, reports[i].after, reports[i].after_len);
			values[2] = PointerGetDatum(cstring_to_text_with_len(example.data, example.len));
		}
		govreport_put_row(result, values, nulls);
	}
	return (Datum) 0;
}

/* govreport.badness(body): 0 for clean text up to 1 for garbage. */
PG_FUNCTION_INFO_V1(govreport_badness);
Datum
govreport_badness(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);

	PG_RETURN_FLOAT4((float4) gr_badness(govreport_env(), GOVREPORT_TEXT_BYTES(body),
										  GOVREPORT_TEXT_LENGTH(body)));
}

/* govreport.decode(raw, encoding): the raw bytes of a scraped file as text. */
PG_FUNCTION_INFO_V1(govreport_decode);
Datum
govreport_decode(PG_FUNCTION_ARGS)
{
	bytea	   *raw = PG_GETARG_BYTEA_PP(0);
	text	   *name = PG_GETARG_TEXT_PP(1);
	GrEncoding	encoding;
	GrEncoding	detected;
	GrBuf		out;
	GrStatus	status;

	if (!gr_encoding_from_name(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), &encoding))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown encoding \"%s\"", text_to_cstring(name)),
				 errhint("Valid encodings are 'auto', 'utf-8', 'gb18030' (also 'gbk', 'gb2312'), "
						 "'big5', 'utf-16le' and 'utf-16be'.")));
	gr_buf_init(&out, govreport_env(), 0);
	status = gr_decode(govreport_env(), (const unsigned char *) VARDATA_ANY(raw),
					   VARSIZE_ANY_EXHDR(raw), encoding, &out, &detected);
	govreport_raise(status, "decode the bytes");
	PG_RETURN_TEXT_P(govreport_text_without_nul(out.data ? out.data : "", out.len));
}
