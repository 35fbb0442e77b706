#!/usr/bin/env bash
# Starts a built Postwright: scripts/launch.sh BINARY [PATH]. Chromium (the preview) refuses to
# start as root with its sandbox on; where this runs as root (a container, a CI machine) the
# launcher turns the sandbox off. The app itself never does.
set -euo pipefail
binary="$1"
shift
if [[ $EUID -eq 0 ]]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec "$binary" "$@"
