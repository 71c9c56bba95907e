#!/usr/bin/env bash
# bench/minratio.sh: facts and tables against the detoast floor, the minimum
# of 12 interleaved runs each (robust on a loaded machine), on the national
# reports of bench/data (11 copies, 2.6 MB) and the table-heavy reports
# (61 copies, 3.5 MB).  Run it on two checkouts to compare them.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
BENCH_MB=1
bench_machine
bench_start
bench_psql <<'SQL'
CREATE TABLE cleanr AS SELECT s.name, s.body FROM bench.source s, generate_series(1, 11) WHERE s.kind = 'clean';
CREATE TABLE tabular AS SELECT s.name, s.body FROM bench.source s, generate_series(1, 61) WHERE s.kind = 'tables';
VACUUM ANALYZE cleanr;
VACUUM ANALYZE tabular;
CREATE FUNCTION pg_temp.t(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE s timestamptz; BEGIN s := clock_timestamp(); EXECUTE q; RETURN extract(epoch FROM clock_timestamp() - s) * 1000; END $$;
CREATE TEMP TABLE tm (name text, ms float8);
DO $$
DECLARE i int;
BEGIN
  FOR i IN 1..12 LOOP
    INSERT INTO tm VALUES ('floor, national reports', pg_temp.t('SELECT sum(length(body)) FROM cleanr'));
    INSERT INTO tm VALUES ('facts, national reports', pg_temp.t('SELECT count(*) FROM cleanr t, govreport.facts(t.body) x'));
    INSERT INTO tm VALUES ('tables, national reports', pg_temp.t('SELECT count(*) FROM cleanr t, govreport.tables(t.body) x'));
    INSERT INTO tm VALUES ('floor, table-heavy reports', pg_temp.t('SELECT sum(length(body)) FROM tabular'));
    INSERT INTO tm VALUES ('facts, table-heavy reports', pg_temp.t('SELECT count(*) FROM tabular t, govreport.facts(t.body) x'));
    INSERT INTO tm VALUES ('tables, table-heavy reports', pg_temp.t('SELECT count(*) FROM tabular t, govreport.tables(t.body) x'));
  END LOOP;
END $$;
\pset footer off
WITH m AS (SELECT name, min(ms) AS ms FROM tm GROUP BY name)
SELECT m.name AS query, round(m.ms::numeric, 1) AS min_ms,
	round((m.ms / f.ms)::numeric, 1) AS x_floor
FROM m JOIN m f ON f.name = CASE WHEN m.name LIKE '%national%' THEN 'floor, national reports'
	ELSE 'floor, table-heavy reports' END
ORDER BY m.name;
SQL
