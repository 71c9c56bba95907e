#!/usr/bin/env bash
# tools/dump_outputs.sh OUT: what every function gives on every text we
# have, one file per text, to diff two trees (`diff -r A B`).  Speed work
# must keep these byte-identical: dump before the first change, again after
# each one.
#
#   OUT/repair/<text>         repair's output (tools/repair_page, no server)
#   OUT/repair/<text>.steps   the steps that fired (explain)
#   OUT/sql/<text>            facts, dates, sections, tables and
#                             table_checks rows (a scripts/devdb.sh cluster
#                             of this tree, stopped at the end)
#
# Texts: ../shared (seed, corpus, dev) when it is beside the checkout (or
# $GOVREPORT_SHARED, e.g. from a git worktree elsewhere), and bench/data and
# test/data.  A tree without it says so: its dump is much smaller.
# ONLY=repair or ONLY=sql does one half.
set -euo pipefail
out=$(realpath -m "${1:?usage: tools/dump_outputs.sh OUT}")
cd "$(dirname "$0")/.."
top=$(pwd)
shared=$(realpath -m "${GOVREPORT_SHARED:-../shared}")
[ -d "$shared/corpus" ] || echo "no shared data at $shared: bench/data and test/data only" >&2
mkdir -p "$out"
{
	for d in "$shared/seed" "$shared/corpus" "$shared/dev"; do
		[ -d "$d" ] && find "$d" -type f -name '*.txt'
	done
	find "$top/bench/data" "$top/test/data" -type f -name '*.txt'
} | sort > "$out/_texts"
echo "$(wc -l < "$out/_texts") texts" >&2

if [ "${ONLY:-repair}" = repair ]; then
	make -s tools >&2
	mkdir -p "$out/repair"
	while read -r f; do
		n=$(echo "${f#/}" | tr '/' '_')
		tools/repair_page -v < "$f" > "$out/repair/$n" 2> "$out/repair/$n.steps" ||
			echo "exit $? $f" >> "$out/repair/_errors"
	done < "$out/_texts"
fi

if [ "${ONLY:-sql}" = sql ]; then
	eval "$(bash scripts/devdb.sh start 2>/dev/null)"
	trap 'bash scripts/devdb.sh stop >/dev/null 2>&1' EXIT
	mkdir -p "$out/sql"
	while read -r f; do
		n=$(echo "${f#/}" | tr '/' '_')
		psql -Atq -v f="$f" > "$out/sql/$n" 2>&1 <<'SQL' || echo "exit $f" >> "$out/sql/_errors"
SELECT 'F', f.* FROM govreport.facts(pg_read_file(:'f')) f;
SELECT 'D', d.* FROM govreport.dates(pg_read_file(:'f')) d;
SELECT 'S', s.* FROM govreport.sections(pg_read_file(:'f')) s;
SELECT 'T', t.* FROM govreport.tables(pg_read_file(:'f')) t;
SELECT 'C', c.* FROM govreport.table_checks(pg_read_file(:'f')) c;
SQL
	done < "$out/_texts"
fi
