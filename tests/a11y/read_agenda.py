#!/usr/bin/python3
"""Reads Guichet's agenda as a screen reader does, through AT-SPI (issue 36).

Run inside a D-Bus session with the AT-SPI bus, beside `guichet-tour --stay` under X.
Checks: the agenda's painted grid is a list whose items are the practitioners' columns and
the appointment blocks, each named with its time and patient, in the order of the day, exactly
the day's appointments `guichet-cli --json appointment list` lists (APPOINTMENTS, with the names
of `patient list` in PATIENTS; cancelled ones left out, as the grid leaves them); the keyboard cursor
moves the focused child; Enter on a free time opens the booking dialog; every push button and
toggle button of the main window (every page) and of the booking dialog has a name with a word
in it. Prints what it read; exits 1 on a failure.

Usage: read_agenda.py APPLICATION APPOINTMENTS.json PATIENTS.json
"""
import json
import re
import sys
import time

import pyatspi

TIME = re.compile(r"\d\d:\d\d")
FREE = "Libre"  # the free-time cell under the keyboard cursor (the reader runs in French)


def find_app(name, wait=30.0):
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)  # the application registers itself on the bus: polled, with a deadline
    return None


def walk(node, depth=0):
    yield node, depth
    if depth > 40:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def focused_child(grid):
    for i in range(grid.childCount):
        child = grid.getChildAtIndex(i)
        if child is not None and child.getState().contains(pyatspi.STATE_FOCUSED):
            return child.name
    return None


def press(keycode):
    pyatspi.Registry.generateKeyboardEvent(keycode, None, pyatspi.KEY_PRESSRELEASE)  # X keycodes


DOWN, ENTER = 116, 36


def wait_for(condition, seconds=5.0):
    """The key travels through the X server, the answer through D-Bus: polled, with a deadline."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    return condition()


def unnamed_buttons(root):
    """(buttons read, the unnamed ones described with where they are)."""
    unnamed = []
    buttons = 0
    for node, _ in walk(root):
        role = node.getRoleName()
        if role in ("push button", "toggle button", "push button menu"):
            buttons += 1
            if not re.search(r"[^\W\d_]", node.name or ""):
                where = []
                up = node.parent
                while up is not None and len(where) < 4:
                    where.append("%s '%s'" % (up.getRoleName(), (up.name or "")[:30]))
                    up = up.parent
                unnamed.append("%s '%s' in %s" % (role, node.name, " < ".join(where)))
    return buttons, unnamed


def follow_the_keyboard(grid):
    """Down arrow on the grid: the focused child changes, as a screen reader follows it."""
    component = grid.queryComponent()
    if not component.grabFocus():
        return ["the grid does not take the keyboard focus"]
    seen = [focused_child(grid)]
    for _ in range(8):
        press(DOWN)
        seen.append(wait_for(lambda: focused_child(grid) != seen[-1] and focused_child(grid)))
    print("  focus followed:", seen)
    if None in seen or len(set(seen)) < 3:
        return ["the focused child does not follow the keyboard cursor: %s" % seen]
    return []


def dialogs(app):
    return [app.getChildAtIndex(i) for i in range(app.childCount)
            if app.getChildAtIndex(i) is not None and app.getChildAtIndex(i).getRoleName() == "dialog"]


def read_the_booking_dialog(app, grid):
    """Down to a free time, Enter: the booking dialog opens; its buttons are read, then it is
    cancelled through its own button's action, as a screen reader user would."""
    for _ in range(40):
        name = focused_child(grid) or ""
        if name.startswith(FREE):
            break
        before = name
        press(DOWN)
        wait_for(lambda: focused_child(grid) != before)
    else:
        return ["no free time under the keyboard cursor after 40 steps"]
    print("  Enter on:", focused_child(grid))
    press(ENTER)
    found = wait_for(lambda: dialogs(app), 10)
    if not found:
        return ["Enter on a free time opened no dialog"]
    dialog = found[0]
    print("dialog:", dialog.name)
    failures = []
    if "endez-vous" not in dialog.name:
        failures.append("the dialog opened is not the booking dialog: %s" % dialog.name)
    buttons, unnamed = unnamed_buttons(dialog)
    print("  buttons read:", buttons)
    if buttons < 3:
        failures.append("fewer than 3 buttons in the booking dialog: the tree was not walked")
    failures += ["a button of the booking dialog without a name: " + u for u in unnamed]
    cancel = [n for n, _ in walk(dialog) if n.getRoleName() == "push button" and n.name == "Annuler"]
    if not cancel:
        return failures + ["the booking dialog has no button 'Annuler'"]
    cancel[0].queryAction().doAction(0)
    if wait_for(lambda: not dialogs(app), 10) is False:
        failures.append("'Annuler' did not close the booking dialog")
    return failures


def check_blocks(blocks, expected):
    """Every appointment of the day the command line lists, and no other, by time and patient."""
    failures = []
    named = {}
    for b in blocks:
        parts = b.name.split(", ")
        key = (TIME.search(b.name).group(0), parts[1] if len(parts) > 1 else "")
        named[key] = named.get(key, 0) + 1
    wanted = {}
    for a in expected:
        key = (a["start"], a["patient"])
        wanted[key] = wanted.get(key, 0) + 1
    for key, count in sorted(wanted.items()):
        if named.get(key, 0) != count:
            failures.append("the grid reads %d block(s) at %s for %s, the command line lists %d"
                            % (named.get(key, 0), key[0], key[1], count))
    for key in sorted(set(named) - set(wanted)):
        failures.append("a block the command line does not list: %s %s" % key)
    return failures


def main():
    app = find_app(sys.argv[1] if len(sys.argv) > 1 else "guichet-tour")
    with open(sys.argv[2], encoding="utf-8") as f:
        appointments = json.load(f)
    with open(sys.argv[3], encoding="utf-8") as f:
        names = {p["id"]: p["display_name"] for p in json.load(f)}
    # The command line writes times in the site's zone ("2026-11-23T09:15:00+01:00").
    expected = [{"start": a["start"][11:16], "patient": names[a["patient_id"]]}
                for a in appointments if a["status"] not in ("cancelled", "entered-in-error")]
    if len(expected) < 10:
        print("FAIL: the demo's day has fewer than 10 appointments: nothing worth reading")
        return 1
    if app is None:
        print("FAIL: the application is not on the AT-SPI bus")
        return 1
    failures = []
    grids = [n for n, _ in walk(app) if n.getRoleName() == "list" and n.name.startswith("Agenda")]
    if not grids:
        failures.append("no agenda grid (a list named 'Agenda …') in the tree")
    for grid in grids:
        print("grid:", grid.name)
        items = [grid.getChildAtIndex(i) for i in range(grid.childCount)]
        blocks = [c for c in items if c.getRoleName() == "list item" and TIME.search(c.name)
                  and not c.name.startswith(FREE)]
        columns = [c for c in items if c.getRoleName() in ("column header", "table column header")]
        print("  columns:", len(columns), "blocks:", len(blocks))
        if not columns:
            failures.append("the grid has no practitioner column")
        if not blocks:
            failures.append("the grid lists no appointment block")
        times = []
        for b in blocks:
            print("   ", b.name)
            parts = b.name.split(", ")
            if len(parts) < 3 or not re.search(r"[A-Z]{2}", parts[1]):
                failures.append("a block without its patient: " + b.name)
            times.append(TIME.search(b.name).group(0))
        if times != sorted(times):
            failures.append("the blocks are not in the order of the day")
        failures += check_blocks(blocks, expected)
        failures += follow_the_keyboard(grid)
        failures += read_the_booking_dialog(app, grid)
    # Every button of the window, those of the pages not shown too.
    buttons, unnamed = unnamed_buttons(app)
    print("buttons read:", buttons)
    if buttons < 30:
        failures.append("fewer than 30 buttons read: the tree was not walked")
    failures += ["a button without a name: " + u for u in unnamed]
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
