/*
 * pg_rows.c
 *		The rows of govreport's set-returning functions: InitMaterializedSRF,
 *		and a tuple former for result rows of plain columns that costs about
 *		half the instructions of tuplestore_putvalues.
 *
 * tuplestore_putvalues forms each row with heap_form_minimal_tuple, which
 * walks the tuple descriptor generically twice (heap_compute_data_size,
 * then heap_fill_tuple), deciding per column and per row what kind of
 * column it is.  That is right for any descriptor, and it was the largest
 * single cost of govreport.tables on text that is all table cells: about
 * 1,870 instructions a row of 13 columns, more than reading the cell.  The
 * columns of govreport's results are only integers and varlenas (text,
 * numeric), known when the call starts, so GovreportRows decides the kind
 * of each column once and forms every row by that plan into a buffer it
 * reuses: the minimal tuple heap_form_minimal_tuple would give, byte for
 * byte (header, null bitmap, alignment, 1-byte varlena headers, zeroed
 * padding), which tuplestore_puttuple copies into the store.  A
 * descriptor with any other kind of column or more than 64 columns, and a
 * row holding a TOAST pointer, go to tuplestore_putvalues.  A row of tables then costs about
 * 945 instructions, 205 of them the store's copy.
 *
 * The tuple format is PostgreSQL's, and a minor release may change what
 * its formers write (15.20 began marking composite datums in t_infomask,
 * for one), so the former is checked against the server it runs in:
 * govreport.check_rows (a developer setting, off by default) forms every
 * row both ways and raises an error unless the bytes are equal, and the
 * regression tests run with it on.
 */
#include "pg_glue.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/guc.h"
#include "utils/tuplestore.h"

/* How one column of the result is stored in a row. */
typedef struct RowColumn
{
	int16		len;			/* > 0: by value, that many bytes; -1: varlena */
	bool		packable;		/* a varlena that takes a 1-byte header when short */
	uint8		align;			/* its alignment, in bytes */
} RowColumn;

struct GovreportRows
{
	Tuplestorestate *store;
	TupleDesc	desc;
	bool		planned;		/* at most 64 columns, each one RowColumn
								 * describes */
	int			natts;
	uint8		hoff;			/* where a row's data starts, without a null
								 * bitmap (from the start of the minimal tuple) */
	uint8		hoff_nulls;		/* ... and with one */
	char	   *buffer;			/* MINIMAL_TUPLE_OFFSET bytes, then the minimal
								 * tuple being formed; MAXALIGNed */
	Size		capacity;
	RowColumn	columns[FLEXIBLE_ARRAY_MEMBER];
};

static bool check_rows = false;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomBoolVariable("govreport.check_rows",
							 "Checks every row govreport's functions return against heap_form_minimal_tuple.",
							 "A developer setting, for tests: each row is formed twice and an error "
							 "is raised if the two differ.  Slow.",
							 &check_rows, false, PGC_USERSET, GUC_NOT_IN_SAMPLE,
							 NULL, NULL, NULL);
	MarkGUCPrefixReserved("govreport");
}

/* The alignment in bytes of a pg_attribute.attalign. */
static uint8
alignment(char attalign)
{
	switch (attalign)
	{
		case TYPALIGN_CHAR:
			return 1;
		case TYPALIGN_SHORT:
			return ALIGNOF_SHORT;
		case TYPALIGN_INT:
			return ALIGNOF_INT;
		default:
			return ALIGNOF_DOUBLE;
	}
}

GovreportRows *
govreport_init_srf(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	bits32		flags = 0;
	GovreportRows *rows;
	TupleDesc	desc;
	int			i;

	/*
	 * The result's descriptor is copied from the one the executor expects,
	 * when it gives one (a call in FROM or in a select list does), instead
	 * of being rebuilt from pg_proc on every call.  InitMaterializedSRF
	 * itself raises the error for a caller that cannot take a set.
	 */
	if (rsinfo != NULL && IsA(rsinfo, ReturnSetInfo) &&
		rsinfo->expectedDesc != NULL)
		flags = MAT_SRF_USE_EXPECTED_DESC;
	InitMaterializedSRF(fcinfo, flags);
	desc = rsinfo->setDesc;
	rows = palloc(offsetof(GovreportRows, columns) +
				  sizeof(RowColumn) * Max(desc->natts, 1));
	rows->store = rsinfo->setResult;
	rows->desc = desc;
	rows->natts = desc->natts;
	/* up to 64 columns: the null bitmap is formed in one word */
	rows->planned = desc->natts <= 64;
	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);
		RowColumn  *column = &rows->columns[i];

		column->len = att->attlen;
		column->packable = att->attlen == -1 && att->attstorage != TYPSTORAGE_PLAIN;
		column->align = alignment(att->attalign);
		if (att->attisdropped ||
			!(att->attlen == -1 ||
			  (att->attbyval && (att->attlen == 1 || att->attlen == 2 ||
								 att->attlen == 4 || att->attlen == 8))))
			rows->planned = false;
	}
	/* as heap_form_minimal_tuple places them */
	rows->hoff = MAXALIGN(SizeofMinimalTupleHeader);
	rows->hoff_nulls = MAXALIGN(SizeofMinimalTupleHeader + BITMAPLEN(desc->natts));
	rows->capacity = 1024;
	rows->buffer = palloc(rows->capacity);
	return rows;
}

/* The minimal tuple being formed in rows->buffer. */
static inline MinimalTuple
row_tuple(const GovreportRows *rows)
{
	return (MinimalTuple) (rows->buffer + MINIMAL_TUPLE_OFFSET);
}

/* Make rows->buffer hold at least need bytes; the buffer, moved. */
static pg_noinline char *
row_grow(GovreportRows *rows, Size need)
{
	/* repalloc raises the error heap_form_minimal_tuple would for a row this large */
	rows->capacity = AllocSizeIsValid(need) ?
		Max(need, Min(rows->capacity * 2, MaxAllocSize)) : need;
	rows->buffer = repalloc(rows->buffer, rows->capacity);
	return rows->buffer;
}

/*
 * Raise an error unless the row formed in rows->buffer is the one
 * heap_form_minimal_tuple forms, which tuplestore_putvalues would store.
 */
static void
row_check(const GovreportRows *rows, const Datum *values, const bool *nulls)
{
	MinimalTuple reference = heap_form_minimal_tuple(rows->desc, (Datum *) values,
													  (bool *) nulls);
	const char *expected = (const char *) reference;
	const char *formed = (const char *) row_tuple(rows);
	uint32		length = row_tuple(rows)->t_len;
	uint32		at = 0;

	while (at < length && at < reference->t_len && expected[at] == formed[at])
		at++;
	if (reference->t_len != length || at < length)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("govreport formed a row unlike heap_form_minimal_tuple's"),
				 errdetail("The row has %u bytes, heap_form_minimal_tuple's %u; they differ first at byte %u.",
						   length, reference->t_len, at),
				 errhint("src/pg_rows.c does not know this server's tuple format: build govreport against this server's headers, or report the server's version.")));
	heap_free_minimal_tuple(reference);
}

void
govreport_put_row(GovreportRows *rows, const Datum *values, const bool *nulls)
{
	/* locals: the stores into the buffer could alias rows' fields */
	const int	natts = rows->natts;
	const RowColumn *columns = rows->columns;
	char	   *buffer = rows->buffer;
	bool		hasnull = memchr(nulls, true, natts) != NULL;
	uint8		hoff = hasnull ? rows->hoff_nulls : rows->hoff;
	Size		at = MINIMAL_TUPLE_OFFSET + hoff;	/* in the buffer */
	uint16		infomask = hasnull ? HEAP_HASNULL : 0;
	uint64		present = 0;	/* the columns that are not null, a bit each */
	MinimalTuple tuple;
	HeapTupleData heap;
	int			i;

	if (!rows->planned)
	{
		tuplestore_putvalues(rows->store, rows->desc, (Datum *) values, (bool *) nulls);
		return;
	}

	/*
	 * The header, zeros as in palloc0's tuple.  With up to 64 columns it is
	 * at most 32 bytes with MINIMAL_TUPLE_OFFSET: zeroing 64 (the buffer
	 * holds 1024 or more) is a few vector stores, where a memset of the
	 * exact size was a rep stos that took an eighth of the former's time.
	 */
	Assert(at <= 64 && rows->capacity >= 64);
	memset(buffer, 0, 64);

	/*
	 * The values, as heap_fill_tuple writes them.  Padding before an
	 * aligned value is zeroed by storing eight zero bytes where it starts
	 * (the value overwrites the rest); offsets in the buffer align as
	 * offsets in the tuple's data, both MAXALIGNed.
	 */
	for (i = 0; i < natts; i++)
	{
		const RowColumn *column = &columns[i];
		Pointer		value;
		Size		len;

		if (nulls[i])
			continue;
		present |= UINT64CONST(1) << i;
		if (column->len > 0)
		{
			if (at + column->len + 8 > rows->capacity)
				buffer = row_grow(rows, at + column->len + 8);
			memset(buffer + at, 0, 8);
			at = TYPEALIGN(column->align, at);
			store_att_byval(buffer + at, values[i], column->len);
			at += column->len;
			continue;
		}
		value = DatumGetPointer(values[i]);
		if (VARATT_IS_EXTERNAL(value))
		{
			/* a TOAST pointer or an expanded object: the general former's */
			tuplestore_putvalues(rows->store, rows->desc, (Datum *) values, (bool *) nulls);
			return;
		}
		infomask |= HEAP_HASVARWIDTH;
		if (VARATT_IS_SHORT(value))
		{
			len = VARSIZE_SHORT(value);
			if (at + len > rows->capacity)
				buffer = row_grow(rows, at + len);
			memcpy(buffer + at, value, len);
		}
		else if (column->packable && VARATT_CAN_MAKE_SHORT(value))
		{
			/* a 1-byte header instead of 4, unaligned */
			len = VARATT_CONVERTED_SHORT_SIZE(value);
			if (at + len > rows->capacity)
				buffer = row_grow(rows, at + len);
			SET_VARSIZE_SHORT(buffer + at, len);
			memcpy(buffer + at + 1, VARDATA(value), len - 1);
		}
		else
		{
			len = VARSIZE(value);
			if (at + len + 8 > rows->capacity)
				buffer = row_grow(rows, at + len + 8);
			memset(buffer + at, 0, 8);
			at = TYPEALIGN(column->align, at);
			memcpy(buffer + at, value, len);
		}
		at += len;
	}
	tuple = (MinimalTuple) (buffer + MINIMAL_TUPLE_OFFSET);
	/* the null bitmap: a bit per column, set when it is not null */
	for (i = 0; hasnull && i < natts; i += 8)
		tuple->t_bits[i >> 3] = (bits8) (present >> i);
	tuple->t_len = (uint32) (at - MINIMAL_TUPLE_OFFSET);
	HeapTupleHeaderSetNatts(tuple, natts);
	tuple->t_infomask = infomask;
	tuple->t_hoff = hoff + MINIMAL_TUPLE_OFFSET;
	if (check_rows)
		row_check(rows, values, nulls);

	/*
	 * A minimal tuple passes for a heap tuple whose header starts
	 * MINIMAL_TUPLE_OFFSET bytes before it (htup_details.h); the store
	 * copies the minimal tuple out of it.
	 */
	heap.t_len = (uint32) at;
	ItemPointerSetInvalid(&heap.t_self);
	heap.t_tableOid = InvalidOid;
	heap.t_data = (HeapTupleHeader) buffer;
	tuplestore_puttuple(rows->store, &heap);
}
