#!/usr/bin/env bash
# tools/repair_corpus.sh [OUTDIR]: repair every corpus page and the seed with
# the whole pipeline (tools/repair_page), write OUTDIR/<page> and
# OUTDIR/<page>.steps, and report pages where repair is not idempotent.
# Reads /work/shared (not in CI): a developer's tool for reading the output.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/repair_corpus}
shared=${GOVREPORT_SHARED:-/work/shared}
make -s tools/repair_page
mkdir -p "$out"
status=0
for f in "$shared"/seed/*.txt "$shared"/corpus/*/*.txt; do
	name=$(basename "$(dirname "$f")")__$(basename "$f")
	rc=0
	tools/repair_page -v -i <"$f" >"$out/$name" 2>"$out/$name.steps" || rc=$?
	if [ "$rc" != 0 ]; then
		echo "$name: exit $rc ($(tail -1 "$out/$name.steps"))"
		status=1
	fi
done
exit $status
