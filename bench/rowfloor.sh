#!/usr/bin/env bash
# bench/rowfloor.sh: how much of govreport.tables' time on table-heavy text
# is returning its rows at all.  On the table-heavy reports of bench/data
# (61 copies, 3.5 MB, a cell every 27 bytes), the minimum of 12 interleaved
# runs of:
#
#   floor                 sum(length(body)): detoasting, as make bench
#   rows, 1 column        generate_series over as many rows as tables gives
#                         per report (a set-returning function's own cost)
#   rows, 13 columns, SQL a plain SQL set-returning function of tables' row
#                         shape (constants): an upper bound, the SQL
#                         function's own executor runs per row
#   rows, 13 columns, C   bench/rowfloor.c: the same rows from C by
#                         PostgreSQL's general former (InitMaterializedSRF,
#                         tuplestore_putvalues of Datums made once), as
#                         govreport returned them before src/pg_rows.c
#   rows, 13 columns, C, copied
#                         the same row formed once and copied into the
#                         store per row (tuplestore_puttuple): what is left
#                         when forming a row costs nothing, the floor of
#                         govreport_put_row
#   table_checks          govreport.table_checks: detoasting and the table
#                         reader, with few rows
#   sections              govreport.sections: the section finder that
#                         tables runs for its section column, few rows
#   tables                govreport.tables
#
# All as x floor.  A tables that did no work of its own would still pay the
# rows it returns: the "copied" line is that floor.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
BENCH_MB=1
bench_machine
bench_start
# the C row floor, built against the server's headers into the throwaway
# cluster's directory (readable by the server's user)
cc -O2 -fPIC -shared -I"$(pg_config --includedir-server)" \
	-o "$bench_dir/rowfloor.so" "$bench_top/bench/rowfloor.c" ||
	{ echo "rowfloor: cannot build bench/rowfloor.c" >&2; exit 1; }
bench_psql -v lib="$bench_dir/rowfloor.so" <<'SQL'
CREATE TABLE tabular AS SELECT s.name, s.body FROM bench.source s, generate_series(1, 61) WHERE s.kind = 'tables';
CREATE TABLE tabular_rows AS SELECT (SELECT count(*) FROM govreport.tables(body))::int AS n FROM tabular;
VACUUM ANALYZE tabular;
VACUUM ANALYZE tabular_rows;
-- govreport.tables' row shape with typical values, not inlined (VOLATILE)
CREATE FUNCTION pg_temp.rows13(n int) RETURNS TABLE (
	table_no int, section int, row_no int, col_no int, row_label text,
	col_label text, row_key text, col_key text, value numeric, unit text,
	raw text, start_pos int, end_pos int)
LANGUAGE sql STRICT VOLATILE AS $$
SELECT 2, 5, i, 3, '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密',
	'法人或其他组织 / 商业企业', 'withheld.state_secret', 'business', 12::numeric,
	NULL::text, '12', 1000 + i, 1002 + i
FROM generate_series(1, n) i
$$;
CREATE FUNCTION rowfloor13(n int) RETURNS TABLE (
	table_no int, section int, row_no int, col_no int, row_label text,
	col_label text, row_key text, col_key text, value numeric, unit text,
	raw text, start_pos int, end_pos int)
AS :'lib', 'rowfloor13' LANGUAGE C STRICT VOLATILE;
CREATE FUNCTION rowfloor13copy(n int) RETURNS TABLE (
	table_no int, section int, row_no int, col_no int, row_label text,
	col_label text, row_key text, col_key text, value numeric, unit text,
	raw text, start_pos int, end_pos int)
AS :'lib', 'rowfloor13copy' LANGUAGE C STRICT VOLATILE;
CREATE FUNCTION pg_temp.t(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE s timestamptz; BEGIN s := clock_timestamp(); EXECUTE q; RETURN extract(epoch FROM clock_timestamp() - s) * 1000; END $$;
CREATE TEMP TABLE tm (ord int, name text, ms float8);
-- the same rows again and again: no Memoize
SET enable_memoize = off;
DO $$
DECLARE i int;
BEGIN
  FOR i IN 1..12 LOOP
    INSERT INTO tm VALUES (1, 'floor', pg_temp.t('SELECT sum(length(body)) FROM tabular'));
    INSERT INTO tm VALUES (2, 'rows, 1 column', pg_temp.t('SELECT count(*) FROM tabular_rows t, generate_series(1, t.n) x'));
    INSERT INTO tm VALUES (3, 'rows, 13 columns, SQL', pg_temp.t('SELECT count(*) FROM tabular_rows t, pg_temp.rows13(t.n) x'));
    INSERT INTO tm VALUES (4, 'rows, 13 columns, C', pg_temp.t('SELECT count(*) FROM tabular_rows t, rowfloor13(t.n) x'));
    INSERT INTO tm VALUES (5, 'rows, 13 columns, C, copied', pg_temp.t('SELECT count(*) FROM tabular_rows t, rowfloor13copy(t.n) x'));
    INSERT INTO tm VALUES (6, 'table_checks', pg_temp.t('SELECT count(*) FROM tabular t, govreport.table_checks(t.body) x'));
    INSERT INTO tm VALUES (7, 'sections', pg_temp.t('SELECT count(*) FROM tabular t, govreport.sections(t.body) x'));
    INSERT INTO tm VALUES (8, 'tables', pg_temp.t('SELECT count(*) FROM tabular t, govreport.tables(t.body) x'));
  END LOOP;
END $$;
\pset footer off
SELECT sum(n) AS rows, round(sum(n) * 1024.0 / (SELECT sum(octet_length(body)) FROM tabular), 1) AS rows_per_kb
FROM tabular_rows;
WITH m AS (SELECT ord, name, min(ms) AS ms FROM tm GROUP BY ord, name)
SELECT m.name AS query, round(m.ms::numeric, 1) AS min_ms,
	round((m.ms / f.ms)::numeric, 1) AS x_floor
FROM m JOIN m f ON f.name = 'floor'
ORDER BY m.ord;
SQL
