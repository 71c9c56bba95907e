#!/usr/bin/env bash
# scripts/devdb.sh start|stop [DIR]: a private development cluster running
# this tree's build, for psql sessions and the scoring tools.
#
#   eval "$(bash scripts/devdb.sh start)"   # prints export PGHOST=... lines
#   psql -c 'SELECT govreport.to_number($$3.5亿$$)'
#   bash scripts/devdb.sh stop
#
# DIR defaults to /tmp/govreport-devdb-<hash of this checkout>, so checkouts
# side by side get clusters of their own.  "start" rebuilds and reinstalls
# into the private installation and restarts the cluster.
set -euo pipefail
# PostgreSQL 15 explicitly, whatever else is installed
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
cd "$(dirname "$0")/.."
top=$(pwd)
dir=${2:-/tmp/govreport-devdb-$(echo "$top" | md5sum | cut -c1-8)}
port=$((50000 + 0x$(echo "$top" | md5sum | cut -c1-3) % 5000))
bindir="$dir/install$("$PG_CONFIG" --bindir)"
run_as=()
[ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)

case "${1:-}" in
start)
	make -s >&2
	if [ -f "$dir/data/postmaster.pid" ]; then
		"${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
	fi
	rm -rf "$dir/install"
	mkdir -p "$dir"
	bash scripts/tmp_install.sh "$dir/install" >&2
	[ "$(id -u)" = 0 ] && chown postgres: "$dir"
	if [ ! -d "$dir/data" ]; then
		"${run_as[@]}" "$bindir/initdb" -D "$dir/data" -E UTF8 --no-locale -A trust -U postgres >/dev/null
	fi
	"${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
		-o "-p $port -k $dir -c listen_addresses=''" start >&2
	"$bindir/psql" -h "$dir" -p "$port" -U postgres -d postgres -q \
		-c 'DROP EXTENSION IF EXISTS govreport CASCADE' -c 'CREATE EXTENSION govreport' >&2
	echo "export PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres"
	;;
stop)
	[ -f "$dir/data/postmaster.pid" ] && "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast stop >&2
	;;
*)
	echo "usage: scripts/devdb.sh start|stop [DIR]" >&2
	exit 2
	;;
esac
