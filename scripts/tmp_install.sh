#!/usr/bin/env bash
# scripts/tmp_install.sh DIR: a private copy of PostgreSQL 15 in DIR with this
# tree's govreport installed into it, as PostgreSQL's own "make check" does.
#
# The server finds its share and lib directories relative to its binary, so a
# copy of the installation under DIR/usr runs with our extension without
# touching the system's installation; several checkouts can test at once.
set -euo pipefail
dir=$1
pg_bindir=$(pg_config --bindir)
pg_sharedir=$(pg_config --sharedir)
pg_pkglibdir=$(pg_config --pkglibdir)
mkdir -p "$dir$pg_bindir" "$dir$pg_sharedir" "$dir$pg_pkglibdir"
cp -a "$pg_bindir/." "$dir$pg_bindir/"
cp -a "$pg_sharedir/." "$dir$pg_sharedir/"
cp -a "$pg_pkglibdir/." "$dir$pg_pkglibdir/"
make -s install DESTDIR="$dir" >/dev/null
chmod -R a+rX "$dir"
