#!/usr/bin/env bash
# scripts/deps.sh: install what building, testing and benchmarking govreport
# needs on Debian 12, as root.  Installs only what is missing, so it is cheap
# to run again.
set -euo pipefail

packages=(
	build-essential pkg-config clang-14 libclang-rt-14-dev libfuzzer-14-dev
	postgresql-15 postgresql-server-dev-15 postgresql-contrib
	postgresql-15-icu-ext libicu-dev
	python3 python3-psycopg2 python3-levenshtein
)
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" != 0 ]; then
		echo "deps.sh: missing packages: ${missing[*]}; run as root to install them" >&2
		exit 1
	fi
	echo "deps.sh: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# Do not let the package start a cluster of its own: we make throwaway ones.
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
