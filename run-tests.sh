#!/usr/bin/env bash
# Installs what the tests need, builds everything, and runs the whole test suite (benchmarks
# excluded) under a private Xvfb display. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh --with-tests
# In CI the suite also builds the .deb, installs it and runs the installed program, runs each
# fuzzer for a fixed number of inputs, and runs the whole suite again built with ASan and UBSan.
package_test=OFF
[[ "${CI:-}" == "true" ]] && package_test=ON
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOSTWRIGHT_WERROR=ON -DPOSTWRIGHT_PACKAGE_TEST=$package_test \
    -DPOSTWRIGHT_FUZZ_TEST=$package_test -DPOSTWRIGHT_SANITIZE_TEST=$package_test
cmake --build build -j"$(nproc)"

if [[ -z "${DISPLAY:-}" ]]; then
    display_number=$((90 + RANDOM % 400))
    Xvfb ":$display_number" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
    export DISPLAY=":$display_number"
    for _ in $(seq 50); do
        xdpyinfo -display "$DISPLAY" >/dev/null 2>&1 && break
        sleep 0.1
    done
fi

ctest --test-dir build --output-on-failure --label-exclude benchmark --timeout 600 "$@"
