#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time and prints how many inputs each one executed.
# Usage: scripts/run-fuzzers.sh [SECONDS_PER_TARGET] [ENTRY...]
#   SECONDS_PER_TARGET  default $EBA_FUZZ_SECONDS, else 25
#   ENTRY               answers, idlist, httprequest, options, servertext (default: every folder in
#                       tests/fuzz/corpus)
# The targets come from the `asan` preset (cmake --preset asan && cmake --build --preset asan), or from
# $EBA_FUZZ_BUILD_DIR. Each run starts from the checked-in seeds (tests/fuzz/corpus/ENTRY, never
# written to) plus what earlier runs in the same build folder found (BUILD/fuzz-runs/ENTRY/corpus).
# A crash, a leak, a timeout or a broken property fails the script; the input that did it is left in
# BUILD/fuzz-runs/ENTRY/artifacts/, and the script says how to replay it and turn it into a
# regression test (docs/sanitizers-and-fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-${EBA_FUZZ_SECONDS:-25}}
shift || true
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS_PER_TARGET] [ENTRY...]" >&2
    exit 2
fi
build=${EBA_FUZZ_BUILD_DIR:-build/asan}
fuzz_dir=tests/fuzz

entries=("$@")
if ((${#entries[@]} == 0)); then
    for folder in "$fuzz_dir"/corpus/*/; do
        entries+=("$(basename "$folder")")
    done
fi

# Leaks are findings too; a finding stops the run at once (libFuzzer then writes the input).
export ASAN_OPTIONS=${EBA_FUZZ_ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${EBA_FUZZ_UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
summary=()
for entry in "${entries[@]}"; do
    exe="$build/tests/fuzz/fuzz_$entry"
    seeds="$fuzz_dir/corpus/$entry"
    if [[ ! -x $exe || ! -d $seeds ]]; then
        echo "run-fuzzers: no fuzz_$entry in $build or no $seeds (build the asan preset first)" >&2
        exit 2
    fi
    work="$build/fuzz-runs/$entry"
    mkdir -p "$work/corpus" "$work/artifacts"
    log="$work/last-run.log"
    options=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
        -artifact_prefix="$work/artifacts/")
    if [[ -f $fuzz_dir/dictionaries/$entry.dict ]]; then
        options+=(-dict="$fuzz_dir/dictionaries/$entry.dict")
    fi
    echo "== fuzz_$entry for ${seconds}s"
    status=0
    "$exe" "${options[@]}" "$work/corpus" "$seeds" >"$log" 2>&1 || status=$?
    executed=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
    added=$(sed -n 's/^stat::new_units_added: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
    corpus_size=$(find "$work/corpus" -type f | wc -l)
    if ((status != 0)); then
        failed+=("$entry")
        summary+=("$(printf '%-12s FAILED (exit %s) after %s executions' "$entry" "$status" "${executed:-?}")")
        echo "fuzz_$entry FAILED (exit $status). The end of its log ($log):"
        tail -n 40 "$log"
        for artifact in "$work"/artifacts/*; do
            [[ -f $artifact ]] || continue
            echo "  input: $artifact"
        done
        echo "  replay:  $exe <input>"
        echo "  keep it: copy the input to $fuzz_dir/regressions/$entry/<what-it-shows> (tst_fuzzregressions"
        echo "           replays it in every build), then fix the code."
    else
        summary+=("$(printf '%-12s %10s executions, %4s new inputs (corpus %s), peak RSS %s MB' \
            "$entry" "${executed:-?}" "${added:-?}" "$corpus_size" "${rss:-?}")")
    fi
done

echo
echo "== Fuzzing summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
    echo "run-fuzzers: ${#failed[@]} of ${#entries[@]} targets failed: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers: ${#entries[@]} targets ran clean"
