#!/usr/bin/env bash
# scripts/test.sh: every test of govreport, on a machine that may have none
# of the packages yet.  Installs what is missing (as root), builds, then runs
#   1. the core's unit tests,
#   2. the same under AddressSanitizer + UndefinedBehaviorSanitizer,
#   3. a short libFuzzer pass over every fuzz target (when fuzz/ exists),
#   4. pg_regress on a throwaway UTF8 cluster from a private installation,
# and ends with one line "N passed, N failed" summing all of them.
set -uo pipefail
# PostgreSQL 15 explicitly, whatever else is installed
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
cd "$(dirname "$0")/.."

bash scripts/deps.sh || exit 1
make -s 2>&1 | grep -v '^$' || true
if [ ! -f govreport.so ]; then
	echo "build failed"
	echo "0 passed, 1 failed"
	exit 1
fi

total_passed=0
total_failed=0
# Add the "N passed, N failed" line of a step's output to the totals.
count() {
	local line
	line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$1" | tail -1)
	if [ -z "$line" ]; then
		echo "$2: no result line; counted as one failure"
		total_failed=$((total_failed + 1))
		return
	fi
	total_passed=$((total_passed + $(sed -E 's/.*\b([0-9]+) passed.*/\1/' <<<"$line")))
	total_failed=$((total_failed + $(sed -E 's/.*\b([0-9]+) failed.*/\1/' <<<"$line")))
}

log=$(mktemp -d /tmp/govreport-test.XXXXXX)
trap 'rm -rf "$log"' EXIT

echo "== unit tests"
make -s unit > "$log/unit" 2>&1
tail -n 40 "$log/unit" | sed 's/^/  /'
count "$log/unit" unit

echo "== unit tests under ASan + UBSan"
make -s unit-asan > "$log/asan" 2>&1
asan_status=$?
tail -n 40 "$log/asan" | sed 's/^/  /'
count "$log/asan" unit-asan
if [ $asan_status != 0 ] && grep -q 'Sanitizer' "$log/asan"; then
	echo "  sanitizer report: counted as one failure"
	total_failed=$((total_failed + 1))
fi

if [ -f fuzz/Makefile ]; then
	echo "== short fuzz pass"
	make -s -C fuzz check FUZZ_SECONDS="${FUZZ_SECONDS:-5}" > "$log/fuzz" 2>&1
	tail -n 20 "$log/fuzz" | sed 's/^/  /'
	count "$log/fuzz" fuzz
fi

echo "== pg_regress"
if ! bash scripts/regress.sh > "$log/regress" 2>&1; then
	# pg_regress's own report, then the differences (also in regression.diffs)
	sed 's/^/  /' "$log/regress" | head -c 30000
else
	grep -E '\.\.\. ' "$log/regress" | sed 's/^/  /'
fi
count "$log/regress" regress

echo "$total_passed passed, $total_failed failed"
[ "$total_failed" = 0 ]
