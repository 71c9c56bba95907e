#!/usr/bin/env bash
# scripts/tmp_install.sh DIR: a private copy of PostgreSQL 15 in DIR with this
# tree's govreport installed into it, as PostgreSQL's own "make check" does.
#
# The server finds its share and lib directories relative to its binary, so a
# copy of the installation under DIR/usr runs with our extension without
# touching the system's installation; several checkouts can test at once.
set -euo pipefail
# PostgreSQL 15 explicitly, whatever else is installed
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
dir=$1
pg_bindir=$("$PG_CONFIG" --bindir)
pg_sharedir=$("$PG_CONFIG" --sharedir)
pg_pkglibdir=$("$PG_CONFIG" --pkglibdir)
mkdir -p "$dir$pg_bindir" "$dir$pg_sharedir" "$dir$pg_pkglibdir"
cp -a "$pg_bindir/." "$dir$pg_bindir/"
cp -a "$pg_sharedir/." "$dir$pg_sharedir/"
cp -a "$pg_pkglibdir/." "$dir$pg_pkglibdir/"
make -s install DESTDIR="$dir" >/dev/null
chmod -R a+rX "$dir"
