#!/usr/bin/env bash
# Builds the app and the whole test suite with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (POSTWRIGHT_SANITIZE) in BUILD_DIR (default build-sanitize), and runs
# every test but the benchmarks. Any sanitizer report fails the test that caused it; UBSan
# reports are fatal (-fno-sanitize-recover=all).
#
# Two ASan checks are off, for code that is not ours: leak detection (Qt, fontconfig and Chromium
# keep process-lifetime allocations) and new/delete size mismatches, which Chromium inside
# QtWebEngineCore makes when a page is destroyed (reported in libQt6WebEngineCore.so.6 only).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build-sanitize}
CC=clang CXX=clang++ cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" -DPOSTWRIGHT_SANITIZE=ON -DPOSTWRIGHT_WERROR=ON
cmake --build "$build_dir" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=0:new_delete_type_mismatch=0:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build_dir" --output-on-failure --label-exclude benchmark --timeout 900
# A report in a test that still passed (a child process's, say) fails the run too.
if grep -E "ERROR: AddressSanitizer|runtime error:" "$build_dir/Testing/Temporary/LastTest.log"; then
    echo "sanitizer reports above" >&2
    exit 1
fi
echo "sanitizers: no reports"
