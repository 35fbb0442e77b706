#!/usr/bin/env bash
# Launches the built app the way ./run.sh does, with a fresh home, on the display of the test run:
# the main window must appear on the sample blog and the app must still run five seconds later
# (as root, Chromium would otherwise abort the app at start). It also checks how the preview engine
# started (PreviewEngine): no GL driver in the app, no zygote with the sandbox off, one renderer,
# and a preview that painted text. Usage: launch-smoke-test.sh BINARY
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

if grep -E 'libLLVM|/dri/|libGLX_mesa' "/proc/$app/maps" | head -3 | grep .; then
    echo "the app loaded a GL driver (above): the preview should composite in software"
    exit 1
fi
descendants() { for child in $(pgrep -P "$1"); do echo "$child"; descendants "$child"; done; }
renderers=0
for process in $(descendants "$app"); do
    command=$(tr '\0' ' ' < "/proc/$process/cmdline" 2>/dev/null || true)
    if [[ $command == *--type=zygote* && $EUID -eq 0 ]]; then
        echo "a zygote runs although the sandbox is off: $command"
        exit 1
    fi
    [[ $command == *--type=renderer* ]] && renderers=$((renderers + 1))
done
[[ $renderers -eq 1 ]] || { echo "expected one preview renderer, found $renderers"; exit 1; }
# The preview is the right part of the window: drawn text makes its pixels vary, a blank page not.
window=$(xwininfo -root -tree | grep 'welcome-to-postwright.md .*Postwright' | awk '{print $1}' | head -1)
spread=$(import -window "$window" -gravity east -crop 35%x60%+0+0 +repage -colorspace gray \
    -format '%[fx:standard_deviation]' info:)
echo "preview pixel spread: $spread"
awk -v spread="$spread" 'BEGIN { exit !(spread > 0.05) }' || { echo "the preview looks blank"; exit 1; }
echo "the app shows the sample blog and keeps running"
