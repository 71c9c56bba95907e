#!/usr/bin/env bash
# bench/memory.sh: bounded memory.  One backend runs every govreport function
# that exists over BENCH_MB (25) MB of reports in a single query, then over
# twice as much; a sampler reads the backend's /proc/<pid>/status (pid from
# pg_backend_pid()) every 50 ms.  Per-call memory contexts keep the peak
# flat: the peak of private memory (RssAnon) must not grow with the rows.
# VmHWM (peak RSS) is shown too; it includes the shared buffers the backend
# touched, which grow with the table up to shared_buffers.
# Exits 1 if the peak private memory of the 2x query exceeds the 1x one by
# more than 50% + 16 MB.
set -uo pipefail
export BENCH_MB=${BENCH_MB:-25}
source "$(dirname "$0")/lib.sh"
bench_machine
echo "loading fixtures replicated to $BENCH_MB MB per table ..."
bench_start
sampler="$bench_dir/sampler.sh"
cat > "$sampler" <<'SH'
# sampler.sh PID OUT: peak RssAnon (kB) of PID while it runs a query, every 50 ms
peak=0
while [ -f "$2.run" ] && [ -r "/proc/$1/status" ]; do
	kb=$(awk '/^RssAnon:/ {print $2}' "/proc/$1/status" 2>/dev/null)
	[ -n "$kb" ] && [ "$kb" -gt "$peak" ] && peak=$kb
	sleep 0.05
done
echo "$peak" > "$2"
SH
# The query: every function over every row, SRFs counted, to_number over the
# numbers in each report, decode over the report as GB18030 bytes.
query=$(bench_psql -At <<'SQL'
SELECT 'SELECT count(*)' || string_agg(
	CASE name
		WHEN 'to_number' THEN
			$$, sum((SELECT count(govreport.to_number(m[1])) FROM regexp_matches(t.body, '[0-9０-９]+', 'g') m))$$
		WHEN 'decode' THEN
			format(', count(%s(convert_to(t.body, %L)))', fn, 'GB18030')
		ELSE
			CASE WHEN retset
				THEN format(', sum((SELECT count(*) FROM %s(t.body) x))', fn)
				ELSE format(', count(%s(t.body))', fn)
			END
	END, '' ORDER BY ord) || ' FROM generate_series(1, :copies) copy, bench.clean t'
FROM bench.available;
SQL
)
echo "functions: $(bench_psql -Atc "SELECT string_agg(name, ', ' ORDER BY ord) FROM bench.available")"
echo "query: $query"
mb=$(bench_psql -Atc "SELECT round(sum(octet_length(body)) / 1048576.0, 1) FROM bench.clean")
status=0
bench_psql -v copies=1 -v query="$query" -v out="$bench_dir/peak" -v sampler="$sampler" <<'SQL' > "$bench_dir/memory.out" 2>&1 || status=$?
SELECT pg_backend_pid() AS pid \gset
\setenv BENCH_PID :pid
\setenv BENCH_OUT :out
\setenv BENCH_SAMPLER :sampler
\! awk '/^(VmHWM|RssAnon):/ {printf "before: %s %s kB\n", $1, $2}' /proc/$BENCH_PID/status
\! touch $BENCH_OUT.1.run; bash $BENCH_SAMPLER $BENCH_PID $BENCH_OUT.1 &
\set copies 1
:query;
\! rm -f $BENCH_OUT.1.run; sleep 0.2
\! awk '/^(VmHWM|RssAnon):/ {printf "after 1x: %s %s kB\n", $1, $2}' /proc/$BENCH_PID/status
\! touch $BENCH_OUT.2.run; bash $BENCH_SAMPLER $BENCH_PID $BENCH_OUT.2 &
\set copies 2
:query;
\! rm -f $BENCH_OUT.2.run; sleep 0.2
\! awk '/^(VmHWM|RssAnon):/ {printf "after 2x: %s %s kB\n", $1, $2}' /proc/$BENCH_PID/status
SQL
cat "$bench_dir/memory.out"
[ $status = 0 ] || { echo "memory: the query failed"; exit 1; }
peak1=$(cat "$bench_dir/peak.1" 2>/dev/null || echo 0)
peak2=$(cat "$bench_dir/peak.2" 2>/dev/null || echo 0)
echo "peak private memory (RssAnon) of the backend: ${peak1} kB over $mb MB, ${peak2} kB over 2 x $mb MB"
if [ "$peak2" -gt $((peak1 * 3 / 2 + 16384)) ]; then
	echo "memory: NOT bounded (grows with the rows)"
	exit 1
fi
echo "memory: bounded"
