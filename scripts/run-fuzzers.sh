#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in BUILD_DIR and runs each from a generated
# seed corpus, for SECONDS, or with "ci" for a fixed seed and a fixed number of inputs per target
# (about 20 s each). Exits non-zero when any target finds a crash: the input is kept in
# BUILD_DIR/crashes and printed in base64, so a crash in CI can be replayed from its log.
# Usage: scripts/run-fuzzers.sh SECONDS|ci [BUILD_DIR]
set -euo pipefail
seconds="${1:-20}"
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build="${2:-$source_dir/build-fuzz}"
CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build" -DPOSTWRIGHT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$build.configure.log" 2>&1 \
    || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j"$(nproc)" > "$build.build.log" 2>&1 || { tail -50 "$build.build.log"; exit 1; }
python3 "$source_dir/scripts/make-fuzz-corpus.py" "$build/seeds" > /dev/null
mkdir -p "$build/crashes"
failed=0
declare -A ci_runs=([frontmatter]=200000 [markdown]=40000 [readingtime]=300000 [slug]=2000000 [templates]=30000)
for target in frontmatter markdown readingtime slug templates; do
    mkdir -p "$build/corpus/$target"
    log="$build/fuzz_$target.log"
    if [[ "$seconds" == "ci" ]]; then
        limit=(-seed=1 -runs="${ci_runs[$target]}")
    else
        limit=(-max_total_time="$seconds")
    fi
    if "$build/tests/fuzz/fuzz_$target" "${limit[@]}" -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" \
        "$build/corpus/$target" "$build/seeds/$target" > "$log" 2>&1; then
        echo "fuzz_$target: $(grep -o 'number_of_executed_units: [0-9]*' "$log" | cut -d' ' -f2) inputs, no crash"
    else
        echo "fuzz_$target: CRASH"; grep -A3 "ERROR" "$log" | head -20
        # The frames in our code, and the input itself: a CI log is all there is to replay from.
        grep -E "in (LLVMFuzzerTestOneInput|Postwright)" "$log" | head -10 || true
        for input in "$build/crashes/$target-"*; do
            [[ -f "$input" ]] && echo "input (base64 -d > crash; fuzz_$target crash): $(base64 -w0 "$input")"
        done
        failed=1
    fi
done
exit $failed
