#!/usr/bin/env bash
# bench/lib.sh: sourced by the bench scripts.  A throwaway cluster running
# this tree's build (scripts/tmp_install.sh, as scripts/regress.sh does),
# loaded with the fixtures of bench/data replicated to BENCH_MB megabytes per
# table, and the function registry of bench/setup.sql.
#
#   bench_start     build, install privately, initdb, start, load
#   bench_psql ...  psql on the bench database
#   (the cluster stops and is removed when the script exits)
set -uo pipefail
bench_top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_MB=${BENCH_MB:-20}
run_as=()
[ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)

bench_stop() {
	if [ -n "${bench_dir:-}" ] && [ -f "$bench_dir/data/postmaster.pid" ]; then
		"${run_as[@]}" "$bench_bindir/pg_ctl" -D "$bench_dir/data" -m immediate stop >/dev/null 2>&1
	fi
	[ -n "${bench_dir:-}" ] && rm -rf "$bench_dir"
}

bench_psql() {
	"$bench_bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$bench_dir" -p 5432 -U postgres -d bench "$@"
}

bench_start() {
	cd "$bench_top" || exit 1
	make -s >/dev/null || { echo "bench: build failed" >&2; exit 1; }
	bench_dir=$(mktemp -d /tmp/govreport-bench.XXXXXX)
	chmod 755 "$bench_dir"
	trap bench_stop EXIT
	bash scripts/tmp_install.sh "$bench_dir/install" || exit 1
	bench_bindir="$bench_dir/install$(pg_config --bindir)"
	[ "$(id -u)" = 0 ] && chown postgres: "$bench_dir"
	"${run_as[@]}" "$bench_bindir/initdb" -D "$bench_dir/data" -E UTF8 --no-locale \
		-A trust -U postgres >/dev/null || exit 1
	# Timings of one backend: no parallel workers, no JIT; the tables fit
	# in shared buffers.
	"${run_as[@]}" "$bench_bindir/pg_ctl" -D "$bench_dir/data" -l "$bench_dir/log" -w \
		-o "-p 5432 -k $bench_dir -c listen_addresses='' -c shared_buffers=512MB -c fsync=off -c synchronous_commit=off -c max_parallel_workers_per_gather=0 -c jit=off -c max_connections=40" \
		start >/dev/null || { cat "$bench_dir/log" >&2; exit 1; }
	"$bench_bindir/createdb" -h "$bench_dir" -p 5432 -U postgres bench
	bench_load
}

# Fixtures into bench.clean_source / bench.damaged_source, then replicated.
bench_load() {
	local f kind
	{
		echo "CREATE EXTENSION govreport;"
		echo "\\set ON_ERROR_STOP 1"
		echo "CREATE SCHEMA bench;"
		echo "CREATE TABLE bench.source (kind text, name text, body text);"
		for f in bench/data/clean.*.txt bench/data/damaged.*.txt bench/data/tables.*.txt; do
			kind=damaged
			case $f in bench/data/clean.*) kind=clean ;; bench/data/tables.*) kind=tables ;; esac
			echo "\\set body \`cat $f\`"
			echo "INSERT INTO bench.source VALUES ('$kind', '$(basename "$f" .txt)', :'body');"
		done
		echo "\\set bench_mb $BENCH_MB"
		cat bench/setup.sql
	} > "$bench_dir/load.sql"
	bench_psql -f "$bench_dir/load.sql" > "$bench_dir/load.log" 2>&1 ||
		{ echo "bench: loading failed:" >&2; tail -20 "$bench_dir/load.log" >&2; exit 1; }
}

# The machine, for the record.
bench_machine() {
	echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(free -g | awk '/Mem:/ {print $2}') GB RAM; $(date -u '+%Y-%m-%d %H:%M UTC'); PostgreSQL $(pg_config --version | awk '{print $2}')"
}
