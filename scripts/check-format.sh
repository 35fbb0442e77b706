#!/usr/bin/env bash
# Fails when any C++ source differs from what clang-format (with the project's .clang-format) writes.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src tests installer -name '*.cpp' -o -name '*.h' | sort)
clang-format --dry-run --Werror "${sources[@]}"
echo "clang-format: ${#sources[@]} files clean"
