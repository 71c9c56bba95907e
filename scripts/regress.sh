#!/usr/bin/env bash
# scripts/regress.sh: pg_regress on a throwaway UTF8 cluster that runs from a
# private installation (scripts/tmp_install.sh), started and stopped here.
# REGRESS_TESTS="a b" runs only those tests.  Expected outputs live in expected/ (test/expected links to it, where
# pg_regress 15 looks).  Prints pg_regress's report and, last, "regress: N passed, N failed".
set -uo pipefail
# PostgreSQL 15 explicitly, whatever else is installed
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
cd "$(dirname "$0")/.."
top=$(pwd)
rm -f regression.diffs
work=$(mktemp -d /tmp/govreport-regress.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
bash scripts/tmp_install.sh "$work/install"
bindir="$work/install$("$PG_CONFIG" --bindir)"
pg_regress="$(dirname "$("$PG_CONFIG" --pgxs)")/../test/regress/pg_regress"
# The tests, their expected outputs and fixtures, copied where the server's
# user can read them (a checkout under /root is closed to it).
mkdir -p "$work/test"
cp -r test/sql test/data "$work/test/"
cp -r expected "$work/test/expected"
# every row of every test formed twice and compared (src/pg_rows.c)
echo "govreport.check_rows = on" > "$work/test/rows.conf"
# REGRESS_TESTS="cancel facts" runs only those (default: every test/sql/*.sql)
tests=${REGRESS_TESTS:-$(ls test/sql/*.sql 2>/dev/null | sed 's|test/sql/||; s|\.sql$||' | sort)}
mkdir -p "$work/out"
run_as=()
if [ "$(id -u)" = 0 ]; then
	chown postgres: "$work"
	chown -R postgres: "$work/out"
	run_as=(runuser -u postgres --)
fi
# from a directory the server's user may enter
(cd "$work" && "${run_as[@]}" "$pg_regress" --temp-instance="$work/instance" \
	--bindir="$bindir" --inputdir="$work/test" \
	--outputdir="$work/out" --encoding=UTF8 --no-locale \
	--load-extension=govreport --temp-config="$work/test/rows.conf" $tests) > "$work/report.txt" 2>&1
status=$?
cat "$work/report.txt"
if [ "${GOVREPORT_ACCEPT:-}" = 1 ]; then
	# Bootstrapping a new test: take its output as expected (read it first!).
	cp "$work"/out/results/*.out expected/
fi
if [ -f "$work/out/regression.diffs" ]; then
	cp "$work/out/regression.diffs" "$top/regression.diffs"
	head -c 20000 "$work/out/regression.diffs"
fi
passed=$(grep -cE '\.\.\. ok ' "$work/report.txt" || true)
failed=$(grep -cE '\.\.\. (FAILED|failed)' "$work/report.txt" || true)
# pg_regress failed before or besides any test: count that as a failure
if [ $status != 0 ] && [ "$failed" = 0 ]; then
	failed=1
fi
echo "regress: $passed passed, $failed failed"
[ $status = 0 ] && [ "$failed" = 0 ]
