#!/bin/sh
# The agenda read through AT-SPI (issue 36): inside an X server and a D-Bus session (the caller's
# xvfb-run and dbus-run-session), the accessibility bus, the tour's main window on the demo
# clinic (a small one made here, on a fixed Monday), then the reader. Usage: run.sh TOUR CLI
set -eu
tour=$1
cli=$2
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$scratch"' EXIT
now=2026-11-23T09:00:00+01:00
"$cli" --db "$scratch/demo.db" --now "$now" demo --patients 300 --weeks 2 > /dev/null
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 XDG_RUNTIME_DIR="$scratch"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
mkfifo "$scratch/said"
"$tour" --db "$scratch/demo.db" --stay --language fr --now "$now" > "$scratch/said" &
# The window is up and the day read when the tour says "ready": a blocking read, no guessing.
exec 3< "$scratch/said"
read -r ready <&3
[ "$ready" = ready ] || { echo "FAIL: the tour did not start: $ready"; exit 1; }
/usr/bin/python3 "$here/read_agenda.py" guichet-tour
