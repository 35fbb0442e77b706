#!/usr/bin/env bash
# Launches the built app the way ./run.sh does, with a fresh home, on the display of the test run:
# the main window must appear on the sample blog and the app must still run five seconds later
# (as root, Chromium would otherwise abort the app at start). Usage: launch-smoke-test.sh BINARY
set -euo pipefail
binary="$1"
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
home=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$home"' EXIT
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
    "$source_dir/scripts/launch.sh" "$binary" > "$home/app.log" 2>&1 &
app=$!
for _ in $(seq 120); do
    if xwininfo -root -tree 2>/dev/null | grep -q 'welcome-to-postwright.md .*Postwright'; then
        break
    fi
    kill -0 "$app" 2>/dev/null || { echo "the app exited at start:"; tail -20 "$home/app.log"; exit 1; }
    sleep 0.5
done
xwininfo -root -tree | grep -q 'welcome-to-postwright.md .*Postwright' || { echo "no main window"; tail -20 "$home/app.log"; exit 1; }
sleep 5
kill -0 "$app" 2>/dev/null || { echo "the app died after showing its window:"; tail -20 "$home/app.log"; exit 1; }
echo "the app shows the sample blog and keeps running"
