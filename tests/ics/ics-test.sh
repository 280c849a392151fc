#!/usr/bin/env bash
# The exported .ics, read by an independent reader (python3-icalendar from Debian): every
# active appointment of the practitioner is there, at the right time.
# Usage: ics-test.sh GUICHET_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/ics.db"
# Signed in as the demo's administrator (its password is public), from an owner-only file.
printf '%s\n' 'Guichet-Demo-2026' >"$work/password"
chmod 600 "$work/password"
export GUICHET_USER=admin GUICHET_PASSWORD_FILE="$work/password"
now=2026-11-23T08:00:00+01:00
"$cli" --db "$db" --now "$now" demo --patients 200 --practitioners 2 --weeks 2 >/dev/null
dr=$("$cli" --db "$db" --json practitioner list | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
"$cli" --db "$db" --now "$now" --json appointment list --practitioner "$dr" --from 2026-11-09 --to 2026-12-06 > "$work/list.json"
"$cli" --db "$db" --now "$now" export-ics --practitioner "$dr" --from 2026-11-09 --to 2026-12-06 "$work/agenda.ics" >/dev/null
/usr/bin/python3 - "$work/list.json" "$work/agenda.ics" <<'PY'
import json, sys, datetime
import icalendar
appointments = json.load(open(sys.argv[1]))
calendar = icalendar.Calendar.from_ical(open(sys.argv[2], 'rb').read())
events = {str(e['UID']).split('@')[0]: e for e in calendar.walk('VEVENT')}
active = [a for a in appointments if a['status'] not in ('cancelled', 'entered-in-error')]
assert active, 'no active appointment to check'
for a in active:
    e = events.get(a['id'])
    assert e is not None, 'missing ' + a['id']
    start = datetime.datetime.fromisoformat(a['start'])
    end = datetime.datetime.fromisoformat(a['end'])
    assert e.decoded('DTSTART') == start, (a['id'], e.decoded('DTSTART'), start)
    assert e.decoded('DTEND') == end, (a['id'], e.decoded('DTEND'), end)
inactive = {a['id'] for a in appointments} - {a['id'] for a in active}
assert not (inactive & set(events)), 'a cancelled appointment was exported'
assert len(events) == len(active), (len(events), len(active))
print(f'{len(active)} active appointments found in the .ics at the right time')
PY
