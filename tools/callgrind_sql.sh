#!/usr/bin/env bash
# tools/callgrind_sql.sh FUNCTION 'SQL;' [callgrind_annotate options]: the
# instructions a query spends inside one C function of the server (glue,
# core and the tuples it forms), counted by callgrind on a single-user
# backend of this tree's development cluster (scripts/devdb.sh).
#
#   bash tools/callgrind_sql.sh govreport_tables \
#       'SELECT count(*) FROM t, govreport.tables(t.body) x;' --inclusive=yes
#
# The cluster is stopped while the backend runs (single-user mode needs its
# data directory to itself) and left stopped; tables made in a devdb
# session stay in it.  Counts are exact and do not move with the machine's
# load, unlike timings: use them to see where a call's instructions go and
# what a change saved, then confirm in time (bench/, bench/rowfloor.sh).
# The profile stays in ${CALLGRIND_OUT:-/tmp/govreport-callgrind.out}.
# CALLGRIND_OPTIONS passes options to valgrind, e.g. --branch-sim=yes
# (mispredicted branches, Bcm/Bim, by a simple predictor model: where a
# cold call's time goes better than instructions do).
set -euo pipefail
function=${1:?usage: tools/callgrind_sql.sh FUNCTION 'SQL;' [annotate options]}
sql=${2:?usage: tools/callgrind_sql.sh FUNCTION 'SQL;' [annotate options]}
shift 2
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || apt-get install -y -q valgrind >&2
out=${CALLGRIND_OUT:-/tmp/govreport-callgrind.out}
# (re)builds and installs this tree, then frees the data directory
devdb=$(bash scripts/devdb.sh start 2>"$out.devdb.log") ||
	{ echo "callgrind_sql: scripts/devdb.sh start failed, see $out.devdb.log" >&2; exit 1; }
eval "$devdb"
bash scripts/devdb.sh stop >/dev/null 2>&1
dir=$PGHOST
bindir=$(dirname "$(find "$dir/install" -path '*/bin/postgres' | head -1)")
run_as=()
[ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)
rm -f "$out"
touch "$out" && chmod 666 "$out"
echo "$sql" | "${run_as[@]}" valgrind --tool=callgrind --callgrind-out-file="$out" ${CALLGRIND_OPTIONS:-} \
	--toggle-collect="$function" "$bindir/postgres" --single -D "$dir/data" \
	"$PGDATABASE" > "$out.log" 2>&1 ||
	{ echo "callgrind_sql: the backend failed, see $out.log" >&2; exit 1; }
callgrind_annotate "$@" "$out" | sed -n '/PROGRAM TOTALS/,$p' | head -40
