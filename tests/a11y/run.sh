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
# What the grid must read: the day's appointments and the patients' names, by the command line
# signed in as the demo's administrator (its password is public).
printf 'Guichet-Demo-2026\n' > "$scratch/password"
chmod 600 "$scratch/password"
export GUICHET_USER=admin GUICHET_PASSWORD_FILE="$scratch/password"
"$cli" --db "$scratch/demo.db" --now "$now" --json appointment list --from 2026-11-23 --to 2026-11-23 \
    > "$scratch/appointments.json"
"$cli" --db "$scratch/demo.db" --now "$now" --json patient list --limit 10000 > "$scratch/patients.json"
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 XDG_RUNTIME_DIR="$scratch"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
mkfifo "$scratch/said"
"$tour" --db "$scratch/demo.db" --stay --language fr --now "$now" > "$scratch/said" &
# The window is up and the day read when the tour says "ready": a blocking read, no guessing.
exec 3< "$scratch/said"
read -r ready <&3
[ "$ready" = ready ] || { echo "FAIL: the tour did not start: $ready"; exit 1; }
/usr/bin/python3 "$here/read_agenda.py" guichet-tour "$scratch/appointments.json" "$scratch/patients.json"
