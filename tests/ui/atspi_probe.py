"""What a screen reader gets from the real window, through the AT-SPI bus (as Orca does).

Run by Debian's /usr/bin/python3 with python3-pyatspi (the project's venv cannot import gi),
inside a private session bus, on an X display (tests/ui/test_atspi.py sets that up):

    dbus-run-session -- /usr/bin/python3 atspi_probe.py QUERY MISSING -- APP COMMAND...

It starts the app (the command after "--") with accessibility on, waits for it on the
bus, and then, as a blind person would with Orca:

1. reads the whole accessible tree (role, name, description, states; the text and caret of
   every text object);
2. opens the Search tab, types QUERY into the search box, presses Enter (a real key, sent
   by the AT-SPI registry through XTest) and records the announcements and caret moves
   the app raises, then reads the text at the reader's caret;
3. bookmarks that passage with Ctrl+D; types MISSING, a reference that does not exist,
   into the go-to box and presses Enter;
4. puts the focus on the reader and presses Tab once.

Prints one JSON object. Objects are found by role and position, never by name, so the
same probe runs in every interface language.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

APP_NAME = "rights-at-hand"
TIMEOUT = 30.0
KEY_RETURN, KEY_TAB, KEY_D = 0xFF0D, 0xFF09, 0x64  # X keysyms
KEY_CONTROL = 37  # the left Control key's code in Xvfb's keymap
MAX_TEXT = 400

events: list[dict[str, Any]] = []


def _on_event(event: Any) -> None:
    try:
        source = {"role": event.source.getRoleName(), "name": event.source.name}
    except Exception:  # the object may be gone already
        source = {}
    events.append({"type": event.type, "detail1": event.detail1,
                   "data": event.any_data if isinstance(event.any_data, str) else "",
                   "source": source})


def pump(seconds: float) -> None:
    """Let events arrive for `seconds` (the main loop delivers them to _on_event)."""
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()


def pump_until(condition: Any, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        pump(0.1)
    return bool(condition())


def states(obj: Any) -> list[str]:
    return sorted(pyatspi.stateToString(s) for s in obj.getState().getStates())


def describe(obj: Any, path: str) -> dict[str, Any]:
    record: dict[str, Any] = {"path": path, "role": obj.getRoleName(), "name": obj.name or "",
                              "description": obj.description or "", "states": states(obj)}
    try:
        text = obj.queryText()
    except NotImplementedError:
        return record
    count = text.characterCount
    record.update(chars=count, caret=text.caretOffset, text=text.getText(0, min(count, MAX_TEXT)))
    return record


def walk(obj: Any, path: str = "0", out: list[dict[str, Any]] | None = None
         ) -> list[dict[str, Any]]:
    out = [] if out is None else out
    try:
        out.append(describe(obj, path))
        count = obj.childCount
    except Exception:  # gone while walking
        return out
    for i in range(count):
        child = obj.getChildAtIndex(i)
        if child is not None:
            walk(child, f"{path}.{i}", out)
    return out


def find_all(obj: Any, role: str, acc: list[Any] | None = None) -> list[Any]:
    acc = [] if acc is None else acc
    try:
        if obj.getRoleName() == role:
            acc.append(obj)
        children = [obj.getChildAtIndex(i) for i in range(obj.childCount)]
    except Exception:
        return acc
    for child in children:
        if child is not None:
            find_all(child, role, acc)
    return acc


def the_app() -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == APP_NAME:
            return app
    return None


def reader_of(app: Any) -> Any:
    """The text of the document: the multi-line, read-only text object with the most text."""
    texts = [t for t in find_all(app, "text") if "multi line" in states(t)
             and "read only" in states(t)]
    return max(texts, key=lambda t: t.queryText().characterCount, default=None)


def entries(app: Any) -> list[Any]:
    """The line edits on screen, in the order of the tree (the tool bar's go-to box first)."""
    return [t for t in find_all(app, "text") if "editable" in states(t)
            and "showing" in states(t) and "multi line" not in states(t)]


def activate(app: Any) -> bool:
    """Make the window the active one, as a window manager does when it opens (Xvfb has
    none): a click on the status bar, which Qt answers by activating the window. Shortcuts
    and focus events (what Orca follows) need an active window."""
    frame = find_all(app, "frame")[0]
    bar = find_all(app, "status bar")[0]
    box = bar.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    return pump_until(lambda: "active" in states(frame), 5.0)


def press(keysym: int) -> None:
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def chord(modifier_keycode: int, keysym: int) -> None:
    """A key with a modifier held (Ctrl+D): the modifier by its key code, the key by its
    symbol, as the registry types them through XTest."""
    registry = pyatspi.Registry
    registry.generateKeyboardEvent(modifier_keycode, None, pyatspi.KEY_PRESS)
    registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    registry.generateKeyboardEvent(modifier_keycode, None, pyatspi.KEY_RELEASE)


def type_into(entry: Any, text: str) -> None:
    entry.queryComponent().grabFocus()
    pump(0.2)
    entry.queryEditableText().setTextContents(text)


def caret_report(reader: Any) -> dict[str, Any]:
    text = reader.queryText()
    caret = text.caretOffset
    return {"caret": caret, "at_caret": text.getText(caret, min(text.characterCount,
                                                               caret + 200))}


def main(argv: list[str]) -> int:
    split = argv.index("--")
    query, missing, command = argv[1], argv[2], argv[split + 1:]
    for kind in ("object:announcement", "object:text-caret-moved",
                 "object:state-changed:focused"):
        pyatspi.Registry.registerEventListener(_on_event, kind)
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    app_process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
    result: dict[str, Any] = {}
    try:
        if not pump_until(lambda: the_app() is not None and reader_of(the_app()) is not None,
                          TIMEOUT):
            result["error"] = "the app did not appear on the accessibility bus"
            return 1
        app = the_app()
        pump(1.5)  # the search panel, bookmarks and printing come just after the first paint
        result["window_active"] = activate(app)
        pump(0.3)
        result["tree"] = walk(app)
        reader = reader_of(app)
        result["reader_before"] = caret_report(reader)

        # Search: the second tab, its first line edit; Enter opens the first result.
        tabs = find_all(app, "page tab")
        tabs[1].queryAction().doAction(0)
        pump(0.3)
        goto, search_box = entries(app)[:2]  # the tool bar comes first
        result["search_box"] = search_box.name
        type_into(search_box, query)
        lists = [x for x in find_all(app, "list") if "showing" in states(x)]
        pump_until(lambda: any(x.childCount for x in lists), 15.0)
        pump(0.5)
        result["results"] = [describe(x.getChildAtIndex(0), "first") for x in lists
                             if x.childCount]
        mark = len(events)
        search_box.queryComponent().grabFocus()
        pump(0.2)
        press(KEY_RETURN)
        pump_until(lambda: any(e["type"] == "object:announcement" and
                               e["source"].get("role") == "text" for e in events[mark:]), 10.0)
        pump(0.5)
        result["after_open"] = {"events": events[mark:], **caret_report(reader),
                                "reader": describe(reader, "reader")}
        result["tree_after_open"] = walk(app)

        # Bookmark the passage just opened (Ctrl+D), as a person keeps it for later.
        mark = len(events)
        chord(KEY_CONTROL, KEY_D)
        pump_until(lambda: any(e["type"] == "object:announcement" for e in events[mark:]), 5.0)
        result["after_bookmark"] = {"events": events[mark:]}

        # Go to: a reference that does not exist.
        mark = len(events)
        type_into(goto, missing)
        press(KEY_RETURN)
        pump(1.0)
        result["after_goto"] = {"box": goto.name, "events": events[mark:]}

        result["tree_at_end"] = walk(app)

        # Tab from the reader: one press leaves it.
        reader.queryComponent().grabFocus()
        pump(0.3)
        mark = len(events)
        press(KEY_TAB)
        pump(1.0)
        focused = [e["source"] for e in events[mark:]
                   if e["type"] == "object:state-changed:focused" and e["detail1"] == 1]
        result["after_tab"] = {"focused": focused, "reader_focused": "focused" in states(reader)}
        return 0
    finally:
        app_process.terminate()
        try:
            _out, err = app_process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()
            _out, err = app_process.communicate()
        result["app_stderr"] = err.decode("utf-8", "replace")[-2000:]
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
