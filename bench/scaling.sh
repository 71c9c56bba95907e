#!/usr/bin/env bash
# bench/scaling.sh: linear cost.  Every govreport function that exists, on
# inputs of 1 KB, 16 KB, 256 KB, 4 MB and 64 MB (MAX_MB) of several shapes:
# a real report repeated, a damaged one, and the adversarial ones (nested
# brackets, a long run of one character, many tiny sections, a run of
# 锟斤拷, a run of digits, a chain of yearless periods).  Prints the time per call, ns per byte, and the
# ratio to the previous size: 16 is linear, 256 would be quadratic (below a
# millisecond, fixed costs, caches and page faults blur the ratio).  Small
# inputs are called many times and averaged, and each point below 64 MB is
# the best of three.  The floor is octet_length() of the same input through the same
# harness (no scan: what passing the text costs; from 4 MB to 64 MB it grows
# by far more than 16 on a VM, page faults of fresh memory).  A row whose
# time above the floor is 20 ms or more and whose ns per byte above the
# floor is over 4 times that of the previous size (and over 1 ns) is marked
# "QUADRATIC?"; nothing fails.
# FUNCTIONS=repair,sections limits the run; MAX_MB (64) the largest input.
set -uo pipefail
export BENCH_MB=${BENCH_MB:-1}
source "$(dirname "$0")/lib.sh"
MAX_MB=${MAX_MB:-64}
FUNCTIONS=${FUNCTIONS:-}
bench_machine
bench_start
bench_psql -v max_mb="$MAX_MB" -v only="$FUNCTIONS" <<'SQL'
SET client_min_messages = warning;
SET bench.max_mb = :max_mb;
SET bench.pick = :'only';
-- Milliseconds per call of template (with $1) on input, over iterations calls.
CREATE FUNCTION pg_temp.per_call_ms(template text, input text, iterations int) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
	start timestamptz;
	i int;
BEGIN
	start := clock_timestamp();
	FOR i IN 1 .. iterations LOOP
		BEGIN
			EXECUTE format(template, '$1') USING input;
		EXCEPTION WHEN query_canceled THEN
			RAISE;
		WHEN OTHERS THEN
			NULL;				-- an error is a result too: time it
		END;
	END LOOP;
	RETURN extract(epoch FROM clock_timestamp() - start) * 1000 / iterations;
END
$$;
CREATE TEMP TABLE shapes (ord int, shape text, unit text);
INSERT INTO shapes VALUES
	(1, 'report', (SELECT body FROM bench.source WHERE kind = 'clean' ORDER BY name LIMIT 1)),
	(2, 'damaged report', (SELECT body FROM bench.source WHERE name LIKE '%u8_as_gbk' ORDER BY name LIMIT 1)),
	(3, 'nested brackets', NULL),
	(4, 'run of 一', '一'),
	(5, 'tiny sections', E'一、\n'),
	(6, 'run of 锟斤拷', '锟斤拷'),
	(7, 'run of digits', '1'),
	(8, 'chain of periods', '1月1日至');
CREATE TEMP TABLE results (function text, ord int, shape text, bytes bigint, ms float8);
DO $$
DECLARE
	f record;
	s record;
	size bigint;
	input text;
	best float8;
	r int;
	max_bytes bigint := current_setting('bench.max_mb')::bigint * 1048576;
BEGIN
	-- The floor: octet_length() through the same harness (passing a big
	-- text through EXECUTE costs copies and page faults of its own).
	FOR f IN SELECT 0 AS ord, '(floor)' AS name, 'SELECT octet_length(%s)' AS call_template
		UNION ALL
		SELECT ord, name, call_template FROM bench.available
		WHERE current_setting('bench.pick') = '' OR name = ANY (string_to_array(current_setting('bench.pick'), ','))
		ORDER BY ord LOOP
		FOR s IN SELECT * FROM shapes ORDER BY ord LOOP
			size := 1024;
			WHILE size <= max_bytes LOOP
				IF s.unit IS NULL THEN
					input := repeat('（', (size / 6)::int) || repeat('）', (size / 6)::int);
				ELSE
					-- Whole copies of the unit, cut to size in characters.
					input := left(repeat(s.unit, (size / octet_length(s.unit) + 1)::int),
								  (size * length(s.unit) / octet_length(s.unit))::int);
				END IF;
				-- the best of three, against other load on the machine
				best := NULL;
				FOR r IN 1 .. CASE WHEN size < 64 * 1048576 THEN 3 ELSE 1 END LOOP
					best := least(best, pg_temp.per_call_ms(f.call_template, input,
						greatest(1, least(200, (4194304 / size)::int))));
				END LOOP;
				INSERT INTO results VALUES (f.name, s.ord, s.shape, octet_length(input), best);
				size := size * 16;
			END LOOP;
		END LOOP;
	END LOOP;
END
$$;
\pset footer off
SELECT r.function, r.shape, pg_size_pretty(r.bytes) AS input,
	round(r.ms::numeric, 3) AS ms_per_call,
	round(f.ms::numeric, 3) AS floor_ms,
	round(((r.ms - f.ms) * 1e6 / r.bytes)::numeric, 2) AS ns_per_byte_over_floor,
	round((r.ms / lag(r.ms) OVER w)::numeric, 1) AS ratio,
	CASE WHEN r.ms - f.ms >= 20 AND (r.ms - f.ms) / r.bytes >
			4 * greatest(lag((r.ms - f.ms) / r.bytes) OVER w, 1e-6)
		THEN 'QUADRATIC?' ELSE '' END AS flag
FROM results r
JOIN results f ON f.function = '(floor)' AND f.shape = r.shape AND f.bytes = r.bytes
WHERE r.function <> '(floor)'
WINDOW w AS (PARTITION BY r.function, r.shape ORDER BY r.bytes)
ORDER BY r.function, r.ord, r.bytes;
SQL
