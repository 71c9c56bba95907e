/*
 * bench/rowfloor.c
 *		rowfloor13(n): n constant rows of govreport.tables' shape, formed
 *		by PostgreSQL's general former (InitMaterializedSRF and one
 *		tuplestore_putvalues per row, Datums made once), and
 *		rowfloor13copy(n): the same row formed once and copied in n times.
 *		A bench-only library built and loaded by bench/rowfloor.sh; not
 *		part of the extension.  The first is what a tables() that found its
 *		cells for free cost with tuplestore_putvalues, the second what it
 *		costs at least with any former (src/pg_rows.c).
 */
#include "postgres.h"

#include "fmgr.h"
#include "access/htup_details.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

PG_MODULE_MAGIC;

/* Typical values of a cell of the national tables, as tables returns it. */
static void
typical_row(Datum *values, bool *nulls)
{
	memset(nulls, 0, sizeof(bool) * 13);
	values[0] = Int32GetDatum(2);
	values[1] = Int32GetDatum(5);
	values[2] = Int32GetDatum(1);
	values[3] = Int32GetDatum(3);
	values[4] = CStringGetTextDatum("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密");
	values[5] = CStringGetTextDatum("法人或其他组织 / 商业企业");
	values[6] = CStringGetTextDatum("withheld.state_secret");
	values[7] = CStringGetTextDatum("business");
	values[8] = NumericGetDatum(int64_to_numeric(12));
	values[9] = (Datum) 0;
	nulls[9] = true;
	values[10] = CStringGetTextDatum("12");
	values[11] = Int32GetDatum(1000);
	values[12] = Int32GetDatum(1002);
}

PG_FUNCTION_INFO_V1(rowfloor13);
Datum
rowfloor13(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int32		n = PG_GETARG_INT32(0);
	Datum		values[13];
	bool		nulls[13];
	int32		i;

	InitMaterializedSRF(fcinfo, 0);
	typical_row(values, nulls);
	for (i = 1; i <= n; i++)
	{
		values[2] = Int32GetDatum(i);
		values[11] = Int32GetDatum(1000 + i);
		values[12] = Int32GetDatum(1002 + i);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		CHECK_FOR_INTERRUPTS();
	}
	return (Datum) 0;
}

/*
 * rowfloor13copy(n): the same rows, formed once and copied into the
 * tuplestore n times (tuplestore_puttuple): what returning a row costs
 * when forming it costs nothing.
 */
PG_FUNCTION_INFO_V1(rowfloor13copy);
Datum
rowfloor13copy(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int32		n = PG_GETARG_INT32(0);
	Datum		values[13];
	bool		nulls[13];
	HeapTuple	tuple;
	int32		i;

	InitMaterializedSRF(fcinfo, 0);
	typical_row(values, nulls);
	tuple = heap_form_tuple(rsinfo->setDesc, values, nulls);
	for (i = 1; i <= n; i++)
	{
		tuplestore_puttuple(rsinfo->setResult, tuple);
		CHECK_FOR_INTERRUPTS();
	}
	return (Datum) 0;
}
