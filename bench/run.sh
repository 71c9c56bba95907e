#!/usr/bin/env bash
# bench/run.sh (make bench): throughput of every govreport function that
# exists, over tables of BENCH_MB (20) MB or more, in a throwaway cluster.
# For each function, in the same run and interleaved: the floor (detoasting
# and scanning the same rows: sum(length(body))), the function, and the
# plain-SQL peer a user writes today (bench/setup.sql).  Median of RUNS (3)
# runs.  A benchmark, not a test: nothing fails on timing.
#
#   MB/s          input MB / function time
#   x floor       function time / floor time (1.0 would be free)
#   peer/function peer time / function time (above 1: govreport is faster)
#
# FUNCTIONS='^(facts|tables)' times only the functions whose bench name
# matches that regular expression.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-3}
bench_machine
echo "loading fixtures replicated to $BENCH_MB MB per table ..."
bench_start
if [ -n "${FUNCTIONS:-}" ]; then
	bench_psql -v re="$FUNCTIONS" <<<"DELETE FROM bench.functions WHERE name !~ :'re';"
fi
bench_psql -c "SELECT name AS tab, pg_size_pretty(sum(octet_length(body))) AS size, count(*) AS rows FROM (
	SELECT 'bench.clean' AS name, body FROM bench.clean UNION ALL
	SELECT 'bench.damaged', body FROM bench.damaged UNION ALL
	SELECT 'bench.encoded', convert_from(body, 'GB18030') FROM bench.encoded UNION ALL
	SELECT 'bench.tabular', body FROM bench.tabular UNION ALL
	SELECT 'bench.numbers', body FROM bench.numbers) t GROUP BY name ORDER BY name"
echo "functions found: $(bench_psql -Atc "SELECT string_agg(name, ', ' ORDER BY ord) FROM bench.available")"
echo "timing, $RUNS runs ..."
bench_psql -v runs="$RUNS" <<'SQL'
SET client_min_messages = warning;
CREATE TEMP TABLE timings (name text, kind text, run int, ms float8);
SET bench.runs = :runs;
DO $$
DECLARE
	f record;
	r int;
BEGIN
	-- Warm up: every table and function once.
	FOR f IN SELECT * FROM bench.available ORDER BY ord LOOP
		PERFORM bench.time_ms(f.floor_query);
	END LOOP;
	FOR r IN 1 .. current_setting('bench.runs')::int LOOP
		FOR f IN SELECT * FROM bench.available ORDER BY ord LOOP
			INSERT INTO timings VALUES (f.name, 'floor', r, bench.time_ms(f.floor_query));
			INSERT INTO timings VALUES (f.name, 'function', r, bench.time_ms(f.call_query));
			IF f.peer IS NOT NULL THEN
				INSERT INTO timings VALUES (f.name, 'peer', r, bench.time_ms(f.peer));
			END IF;
		END LOOP;
	END LOOP;
END
$$;
\pset footer off
WITH median AS (
	SELECT name, kind, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
	FROM timings GROUP BY name, kind
)
SELECT a.name AS function, a.tab AS input,
	round(bench.table_mb(a.tab)::numeric, 1) AS "MB",
	round((bench.table_mb(a.tab) / (f.ms / 1000))::numeric, 1) AS "MB/s",
	round((bench.table_mb(a.tab) / (fl.ms / 1000))::numeric, 1) AS "floor MB/s",
	round((f.ms / fl.ms)::numeric, 1) AS "x floor",
	round((bench.table_mb(a.tab) / (p.ms / 1000))::numeric, 1) AS "peer MB/s",
	round((p.ms / f.ms)::numeric, 2) AS "peer/function"
FROM bench.available a
JOIN median f ON f.name = a.name AND f.kind = 'function'
JOIN median fl ON fl.name = a.name AND fl.kind = 'floor'
LEFT JOIN median p ON p.name = a.name AND p.kind = 'peer'
ORDER BY a.ord;
SQL
