#!/bin/sh
# Runs a test inside its own D-Bus session with an unlocked GNOME keyring (the Secret Service
# QtKeychain uses), so keychain tests talk to a real keychain. Start it with dbus-run-session.
set -e
eval "$(printf 'postwright-test\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
exec "$@"
