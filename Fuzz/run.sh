#!/usr/bin/env bash
# Runs the fuzz targets built by `make fuzz` (Fuzz/.build/release/fuzz-<target>), each for a bounded
# time, and prints one line per target: executions, seconds, new corpus entries and the outcome.
# Exits 1 when any target found a crash, a timeout or an out-of-memory input.
#
#   Fuzz/run.sh [target ...]        default: every target in Fuzz/corpus/
#   FUZZ_SECONDS=60                 time per target (libFuzzer -max_total_time)
#   FUZZ_FLAGS="-jobs=2 ..."        more libFuzzer flags
#   FUZZ_OUT=build/fuzz             artifacts, logs and each target's growing corpus
set -u
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
out=${FUZZ_OUT:-build/fuzz}
bin=Fuzz/.build/release
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for dir in Fuzz/corpus/*/; do targets+=("$(basename "$dir")"); done
fi

# No leak checks: Foundation's FileManager.contents(atPath:) leaks 4 KB for every empty file it
# reads (swift-foundation 6.3.1, not begroot), which would stop the file-based targets at once.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# Swift's own crash handler (the backtracer) would take a trap (a force-unwrapped nil, an overflow)
# before libFuzzer, which then writes no reproducer; with it off libFuzzer reports and saves it.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

failed=0
summary=()
for target in "${targets[@]}"; do
    exe=$bin/fuzz-$target
    if [ ! -x "$exe" ]; then
        echo "fuzz: no $exe; build it with 'make fuzz' (or 'make fuzz-build')" >&2
        exit 2
    fi
    dir=$out/$target
    # New inputs libFuzzer finds go to $dir/corpus, never into the checked-in seeds.
    mkdir -p "$dir/corpus"
    rm -f "$dir"/crash-* "$dir"/timeout-* "$dir"/oom-* "$dir"/leak-* "$dir"/slow-unit-*
    dict=()
    [ -f "Fuzz/dict/$target.dict" ] && dict=("-dict=Fuzz/dict/$target.dict")
    echo "== fuzz-$target: ${seconds}s (log: $dir/log.txt)"
    start=$(date +%s)
    # shellcheck disable=SC2086
    "$exe" "$dir/corpus" "Fuzz/corpus/$target" "${dict[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
        -artifact_prefix="$dir/" -print_final_stats=1 ${FUZZ_FLAGS:-} >"$dir/log.txt" 2>&1
    status=$?
    elapsed=$(($(date +%s) - start))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log.txt" | tail -1)
    added=$(sed -n 's/^stat::new_units_added: *//p' "$dir/log.txt" | tail -1)
    coverage=$(grep -o 'cov: [0-9]*' "$dir/log.txt" | tail -1 | cut -d' ' -f2)
    artifacts=$(ls "$dir"/crash-* "$dir"/timeout-* "$dir"/oom-* "$dir"/leak-* 2>/dev/null | tr '\n' ' ')
    if grep -q 'no interesting inputs were found' "$dir/log.txt"; then
        # libFuzzer saw no coverage: the Swift code was built without -sanitize=fuzzer.
        failed=1
        outcome="FAILED: not instrumented for coverage (see fuzz-build in the Makefile)"
    elif [ "$status" -eq 0 ] && [ -z "$artifacts" ]; then
        outcome="ok"
    else
        failed=1
        outcome="FAILED (exit $status) ${artifacts:-see the log}"
        # The sanitizer's or Swift's report, for the CI log.
        grep -E -m 1 -A 24 'Fatal error|Swift runtime failure|ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)' "$dir/log.txt" | head -40
    fi
    line=$(printf '%-12s %10s execs %5ss %8s new %6s cov  %s' "$target" "${runs:-?}" "$elapsed" "${added:-?}" "${coverage:-?}" "$outcome")
    echo "$line"
    summary+=("$line")
done

echo
echo "fuzz summary (FUZZ_SECONDS=$seconds):"
printf '%s\n' "${summary[@]}"
exit $failed
