#!/usr/bin/env bash
# bench/pgbench.sh: concurrency.  pgbench with CLIENTS (8) clients for
# DURATION (60) seconds; each transaction calls every govreport function
# that exists on a random row of its table (bench/setup.sql).  Reports
# transactions, failures (must be 0) and each backend's private memory
# (RssAnon) early in the run and at its end (must be stable).
# Exits 1 on any failed transaction or a backend growing by more than 16 MB.
set -uo pipefail
export BENCH_MB=${BENCH_MB:-20}
source "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-60}
CLIENTS=${CLIENTS:-8}
bench_machine
echo "loading fixtures replicated to $BENCH_MB MB per table ..."
bench_start
script="$bench_dir/pgbench.sql"
bench_psql -At > "$script" <<'SQL'
SELECT format('\set id_%s random(1, %s)', s.short, s.rows)
FROM (SELECT DISTINCT split_part(tab, '.', 2) AS short FROM bench.available) t
CROSS JOIN LATERAL (SELECT t.short,
	(xpath('/row/c/text()', query_to_xml(format('SELECT max(id) AS c FROM bench.%I', t.short), false, true, '')))[1]::text AS rows) s
UNION ALL
SELECT q FROM (
	SELECT ord, call_query || format(' WHERE t.id = :id_%s;', split_part(tab, '.', 2)) AS q
	FROM bench.available ORDER BY ord) c;
SQL
echo "functions: $(bench_psql -Atc "SELECT string_agg(name, ', ' ORDER BY ord) FROM bench.available")"
echo "transaction:"; sed 's/^/  /' "$script"
PGAPPNAME=govreport-pgbench "$bench_bindir/pgbench" -n -h "$bench_dir" -p 5432 -U postgres \
	-c "$CLIENTS" -j 2 -T "$DURATION" -f "$script" bench > "$bench_dir/pgbench.out" 2>&1 &
pgbench_pid=$!
# Private memory of every pgbench backend, early and near the end.
rss() {
	local pid
	for pid in $(bench_psql -Atc "SELECT pid FROM pg_stat_activity WHERE application_name = 'govreport-pgbench' ORDER BY pid"); do
		echo "$pid $(awk '/^RssAnon:/ {print $2}' /proc/$pid/status 2>/dev/null)"
	done
}
early=$((DURATION / 6 > 2 ? DURATION / 6 : 2))
sleep "$early"
rss > "$bench_dir/rss.early"
sleep $((DURATION - early - 1 > 0 ? DURATION - early - 1 : 0))
rss > "$bench_dir/rss.late"
wait $pgbench_pid
status=$?
grep -E 'number of (transactions actually processed|failed transactions)|latency average|^tps|aborted|ERROR' "$bench_dir/pgbench.out"
failed=0
[ $status = 0 ] || { echo "pgbench exited with $status"; failed=1; }
grep -qE 'number of failed transactions: 0 ' "$bench_dir/pgbench.out" || failed=1
echo "backend private memory (RssAnon, kB): pid early late growth"
grown=0
while read -r pid kb; do
	late=$(awk -v p="$pid" '$1 == p {print $2}' "$bench_dir/rss.late")
	[ -z "$late" ] && continue
	echo "  $pid $kb $late $((late - kb))"
	[ $((late - kb)) -gt 16384 ] && grown=1
done < "$bench_dir/rss.early"
[ $grown = 0 ] && echo "memory: stable" || { echo "memory: GROWING"; failed=1; }
[ $failed = 0 ] && echo "pgbench: ok" || echo "pgbench: FAILED"
exit $failed
