#!/usr/bin/python3
"""Reads Guichet's agenda as a screen reader does, through AT-SPI (issue 36).

Run inside a D-Bus session with the AT-SPI bus, beside `guichet-tour --stay` under X.
Checks: the agenda's painted grid is a list whose items are the practitioners' columns and
the appointment blocks, each named with its time and patient, in the order of the day; every
push button and toggle button of the main window (every page) has a name with a word in it. Prints what it read; exits 1 on a failure.
"""
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


def follow_the_keyboard(grid):
    """Down arrow on the grid: the focused child changes, as a screen reader follows it."""
    component = grid.queryComponent()
    if not component.grabFocus():
        return ["the grid does not take the keyboard focus"]
    seen = [focused_child(grid)]
    for _ in range(8):
        pyatspi.Registry.generateKeyboardEvent(116, None, pyatspi.KEY_PRESSRELEASE)  # Down (X keycode)
        deadline = time.monotonic() + 5
        while focused_child(grid) == seen[-1] and time.monotonic() < deadline:
            time.sleep(0.05)  # the key travels through the X server: polled, with a deadline
        seen.append(focused_child(grid))
    print("  focus followed:", seen)
    if None in seen or len(set(seen)) < 3:
        return ["the focused child does not follow the keyboard cursor: %s" % seen]
    return []


def main():
    app = find_app(sys.argv[1] if len(sys.argv) > 1 else "guichet-tour")
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
        failures += follow_the_keyboard(grid)
    # Every button of the window, those of the pages not shown too.
    unnamed = []
    buttons = 0
    for node, _ in walk(app):
        role = node.getRoleName()
        if role in ("push button", "toggle button"):
            buttons += 1
            if not re.search(r"[^\W\d_]", node.name or ""):
                where = []
                up = node.parent
                while up is not None and len(where) < 4:
                    where.append("%s '%s'" % (up.getRoleName(), (up.name or "")[:30]))
                    up = up.parent
                unnamed.append("%s '%s' in %s" % (role, node.name, " < ".join(where)))
    print("buttons read:", buttons)
    if buttons < 30:
        failures.append("fewer than 30 buttons read: the tree was not walked")
    failures += ["a button without a name: " + u for u in unnamed]
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
