#!/usr/bin/env bash
# bench/pollgap.sh [MB]: the longest run between two cancellation polls of
# every core entry point (and every repair step), on MB (16) MB of the bench
# reports and of adversarial shapes; no server needed.  A gap over 50 ms is
# marked SLOW POLL: statement_timeout and cancel could be that late.
# POLLGAP_ONLY=decode (a word of an entry point's name) runs only those;
# POLLGAP_SHAPE=pipes (a word of a shape's name) only those shapes.
# "peak" is the most memory the call held at once (env allocations).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-16}
bin=$(mktemp /tmp/govreport-pollgap.XXXXXX)
trap 'rm -f "$bin"' EXIT
gcc -std=gnu11 -O2 -Isrc $(pkg-config --cflags icu-uc icu-i18n) -o "$bin" bench/pollgap.c \
	src/gr_*.c $(pkg-config --libs icu-uc icu-i18n)
"$bin" "$mb" bench/data/clean.gwr_2008_textworkshop17.txt \
	bench/data/damaged.gwr_2012_textworkshop17.u8_as_gbk.txt \
	bench/data/damaged.gwr_2016_textworkshop17.ruby.txt
