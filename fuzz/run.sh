#!/usr/bin/env bash
# fuzz/run.sh SECONDS TARGET...: replay each target's regression inputs
# (test/data/fuzz-regressions/TARGET/), then fuzz it for SECONDS seconds
# from its seed corpus (corpus/TARGET/, read only) and what earlier runs
# found (work/TARGET/, not in git).  A target fails on any crash, leak,
# sanitizer report, slow input (quadratic corners show as timeouts) or failed
# check; its input is kept in artifacts/.  Prints "fuzz: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
seconds=$1
shift
passed=0
failed=0
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p artifacts build/logs
for target in "$@"; do
	binary=build/fuzz_$target
	log=build/logs/$target.log
	regressions=../test/data/fuzz-regressions/$target
	# Numbers are short; texts need room for nesting and long runs.
	max_len=16384
	[ "$target" = number ] && max_len=4096
	ok=1
	: > "$log"
	if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
		if ! "$binary" -timeout=25 "$regressions"/* >> "$log" 2>&1; then
			echo "fuzz_$target: a regression input fails again (see fuzz/$log)"
			ok=0
		fi
	fi
	if [ $ok = 1 ]; then
		mkdir -p "work/$target" "corpus/$target"
		if "$binary" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
			-max_len=$max_len -print_final_stats=1 \
			-artifact_prefix="artifacts/$target-" \
			"work/$target" "corpus/$target" >> "$log" 2>&1; then
			runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
			echo "fuzz_$target: ok, ${runs:-?} inputs in ${seconds} s"
		else
			ok=0
			echo "fuzz_$target: FAILED (log: fuzz/$log)"
			grep -E 'ERROR|SUMMARY|check failed|runtime error|Test unit written' "$log" | head -20 | sed 's/^/  /'
			echo "  keep the input as a regression: cp fuzz/artifacts/$target-* test/data/fuzz-regressions/$target/"
		fi
	fi
	if [ $ok = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "fuzz: $passed passed, $failed failed"
[ $failed = 0 ]
