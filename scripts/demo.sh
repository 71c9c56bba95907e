#!/usr/bin/env bash
# scripts/demo.sh: set everything up on a fresh Debian 12 machine (as root)
# and run the demo: install the packages, build and install govreport, start
# a throwaway cluster (pg_virtualenv), load the seed report of demo/seed.txt
# into a table and run every govreport function over it (demo/demo.sql).
set -euo pipefail
# PostgreSQL 15 explicitly, whatever else is installed
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
cd "$(dirname "$0")/.."
bash scripts/deps.sh
make -s
make -s install >/dev/null
# pg_virtualenv makes a temporary cluster, runs the command against it with
# PG* variables set, and drops the cluster afterwards.
pg_virtualenv -v 15 psql -X -q -v ON_ERROR_STOP=1 -P pager=off -f demo/demo.sql
