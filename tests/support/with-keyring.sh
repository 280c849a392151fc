#!/bin/sh
# Runs a command with a real Secret Service: an unlocked GNOME Keyring in a throwaway home,
# inside the D-Bus session that `dbus-run-session` gives it (CTest wraps keychain tests so).
set -e
HOME="$(mktemp -d)"
export HOME
XDG_RUNTIME_DIR="$HOME/run"
export XDG_RUNTIME_DIR
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
printf 'guichet-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
status=0
"$@" || status=$?
rm -rf "$HOME"
exit $status
