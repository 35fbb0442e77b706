#!/bin/sh
# Runs a test with a home folder of its own, emptied first: in-fresh-home.sh DIR COMMAND...
# Nothing the test reads comes from the user's home (git identity and config, SSH keys, Qt's
# settings, a keyring, a trash) or from an earlier run, and nothing it writes lands there.
set -e
home="$1"
shift
case "$home" in
*/test-home/*) ;;
*) echo "in-fresh-home.sh: refusing to empty $home (not a test home)" >&2; exit 2 ;;
esac
rm -rf "$home"
mkdir -p "$home"
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
exec "$@"
