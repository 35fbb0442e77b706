#!/usr/bin/env bash
# Installs what Postwright needs, builds it, and launches it on PATH (or on the sample blog).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)" --target postwright
exec scripts/launch.sh build/src/app/postwright "$@"
