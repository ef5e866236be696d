"""Issue 20 through the real accessibility bus: the window as Orca gets it, over AT-SPI.

The real app (`python -m desktop`) runs on Xvfb inside a private D-Bus session with Qt's
accessibility on; tests/ui/atspi_probe.py, run by Debian's /usr/bin/python3 with pyatspi,
reads the accessible tree, opens a search hit with the Enter key, bookmarks it with Ctrl+D,
types a reference that does not exist and presses Tab in the text, and prints what it got
as JSON. Once in English, once in Arabic (about 14 s each).

Needs Xvfb, dbus-run-session, and /usr/bin/python3 with python3-pyatspi and
gir1.2-atspi-2.0 (at-spi2-core brings the bus): .ci/run installs them; where they cannot be
had the tests are skipped and say which is missing.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop import APP_NAME, paths
from desktop.languages import NATIVE_NAMES

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
#: A query whose first hit is art. 5(a) of the Declaration in the interface's language.
QUERIES = {"en": "assemble peacefully", "ar": "التجمع سلميا"}
#: Passage text at the caret after opening the first hit.
HIT_TEXT = {"en": "To meet or assemble peacefully", "ar": "الالتقاء أو التجمع سلميا"}
#: A reference to a passage that does not exist, as a person would type it.
MISSING = {"en": "art 99", "ar": "المادة 99"}
STATUS = {"en": "Official UN text", "ar": "ترجمة غير رسمية"}


def _missing() -> str:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus-daemon)"
    if not Path(SYSTEM_PYTHON).is_file():
        return f"{SYSTEM_PYTHON} is not there (Debian's Python runs the pyatspi probe)"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if check.returncode:
        return "pyatspi cannot be imported by /usr/bin/python3 (Debian: python3-pyatspi, " \
               "gir1.2-atspi-2.0, at-spi2-core)"
    return ""


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display: it writes the display number it took to a pipe."""
    import os

    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    return server, f":{number}"


def _run_probe(lang: str, data: Path) -> dict[str, Any]:
    import os

    previous = paths._current
    paths.configure(data)  # the app's settings, in the interface language to test
    try:
        from desktop.settings import Settings

        settings = Settings.load()
        settings.set("ui_language", lang)
        assert settings.save()
    finally:
        paths._current = previous
    server, display = _start_xvfb()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
    env.update(DISPLAY=display, LANG="C.UTF-8", PYTHONUTF8="1")
    app = [sys.executable, "-m", "desktop", "--data-dir", str(data)]
    try:
        run = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(PROBE),
                              QUERIES[lang], MISSING[lang], "--", *app],
                             capture_output=True, env=env, timeout=180,
                             cwd=Path(__file__).resolve().parents[2])
    finally:
        server.terminate()
        server.wait(10)
    # The bus's registry daemon writes a line of its own on stdout: the JSON is the last.
    lines = run.stdout.decode("utf-8", "replace").strip().splitlines()
    assert lines, run.stderr.decode("utf-8", "replace")[-3000:]
    result: dict[str, Any] = json.loads(lines[-1])
    assert "error" not in result, result
    return result


@pytest.fixture(scope="module", params=["en", "ar"])
def seen(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
         ) -> dict[str, Any]:
    reason = _missing()
    if reason:
        pytest.skip(f"no accessibility bus to test on: {reason}")
    result = _run_probe(request.param, tmp_path_factory.mktemp(f"atspi-{request.param}"))
    result["lang"] = request.param
    _report(result)
    return result


def _focusable(tree: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for o in tree if "focusable" in o["states"]]


def _report(result: dict[str, Any]) -> None:
    """The figures, for the log (pytest -s shows them)."""
    for key in ("tree", "tree_after_open", "tree_at_end"):
        focusable = _focusable(result[key])
        named = [o for o in focusable if o["name"].strip()]
        showing = [o for o in focusable if "showing" in o["states"]]
        print(f"\nAT-SPI {result['lang']} {key}: {len(named)}/{len(focusable)} focusable "
              f"objects named ({len([o for o in showing if o['name'].strip()])}/"
              f"{len(showing)} on screen)")


def test_every_focusable_object_has_a_name(seen: dict[str, Any]) -> None:
    assert seen["window_active"]
    # Before and after a search (results, the hit opened), and after a bookmark.
    for key in ("tree", "tree_after_open", "tree_at_end"):
        focusable = _focusable(seen[key])
        assert len(focusable) > 40, key  # the whole window was read, not a stub
        unnamed = [(o["role"], o["path"]) for o in focusable if not o["name"].strip()]
        assert not unnamed, (key, unnamed)


def _by_description(tree: list[dict[str, Any]], role: str) -> dict[str, str]:
    return {o["description"]: o["name"] for o in tree if o["role"] == role}


def test_status_and_citation_are_readable(seen: dict[str, Any]) -> None:
    lang = seen["lang"]
    tree = seen["tree_after_open"]
    labels = [o for o in tree if o["role"] == "label" and "showing" in o["states"]]
    names = [o["name"] for o in labels]
    # The status line is named by what it says (its description says what it is).
    assert any(STATUS[lang] in n for n in names), names
    # The citation of the hit just opened, in the status bar, is readable as its name.
    citation = [o["name"] for o in labels if o["path"].startswith(_status_bar_path(tree))]
    assert any("53/144" in n and ("5(a)" in n or "5(أ)" in n) for n in citation), citation
    reader = seen["after_open"]["reader"]
    assert reader["role"] == "text" and "read only" in reader["states"]
    assert reader["name"] and reader["chars"] > 1000  # named by its title, the text inside


def _status_bar_path(tree: list[dict[str, Any]]) -> str:
    return next(o["path"] for o in tree if o["role"] == "status bar") + "."


def test_opening_a_hit_puts_the_caret_on_it_and_is_announced(seen: dict[str, Any]) -> None:
    lang = seen["lang"]
    opened = seen["after_open"]
    assert seen["reader_before"]["caret"] != opened["caret"]
    assert HIT_TEXT[lang] in opened["at_caret"][:80], opened["at_caret"][:80]
    spoken = [e for e in opened["events"] if e["type"] == "object:announcement"]
    assert spoken, opened["events"]
    said = spoken[-1]["data"]
    assert ("5(a)" in said or "5(أ)" in said) and STATUS[lang] in said, said
    caret_moves = [e for e in opened["events"] if e["type"] == "object:text-caret-moved"
                   and e["source"] == {"role": "text", "name": opened["reader"]["name"]}]
    assert caret_moves and caret_moves[-1]["detail1"] == opened["caret"]


def test_a_reference_not_found_is_announced(seen: dict[str, Any]) -> None:
    spoken = [e["data"] for e in seen["after_goto"]["events"]
              if e["type"] == "object:announcement"]
    assert spoken and MISSING[seen["lang"]] in spoken[-1], seen["after_goto"]
    assert "art-99" not in spoken[-1]  # no internal id


def test_a_bookmark_is_announced_and_its_undo_names_the_passage(seen: dict[str, Any]) -> None:
    spoken = [e["data"] for e in seen["after_bookmark"]["events"]
              if e["type"] == "object:announcement"]
    assert spoken and ("5(a)" in spoken[-1] or "5(أ)" in spoken[-1]), seen["after_bookmark"]
    undo = [o for o in seen["tree_at_end"] if o["role"] == "push button"
            and ("5(a)" in o["description"] or "5(أ)" in o["description"])]
    assert undo, "the Undo button does not say what it undoes"


#: How a passage or document is named inside the app ("declaration:art-5.a", "art-5.a",
#: "guide-plain-words"): never what a person hears.
_INTERNAL_ID = re.compile(r"\b(?:declaration|res-64-163|udhr|iccpr):|\bguide-[a-z]|"
                          r"\b(?:art|op|pp|fn)-\d")


def test_no_internal_id_is_said(seen: dict[str, Any]) -> None:
    said = [e["data"] for key in ("after_open", "after_bookmark", "after_goto")
            for e in seen[key]["events"] if e["type"] == "object:announcement"]
    named = [o[field] for o in seen["tree_at_end"] if o["role"] != "application"
             for field in ("name", "description")]
    ids = [t[:100] for t in said + named if _INTERNAL_ID.search(t)]
    assert not ids, ids


def test_tab_leaves_the_text(seen: dict[str, Any]) -> None:
    after = seen["after_tab"]
    assert not after["reader_focused"]
    assert after["focused"] and after["focused"][-1]["role"] != "label"


#: What may stay in Latin letters in an Arabic interface: the app's own name, the names of
#: the languages in their own language, key names, "PDF", UN symbols, values isolated from
#: the sentence (a translator's name), and the "(Language)" every language menu carries.
_ALLOWED = re.compile(
    "|".join([r"\u2068[^\u2069]*\u2069", re.escape(APP_NAME), r"\(Language\)",
              r"A/RES/\d+/\d+",
              r"(?<![A-Za-z])(?:PDF|Ctrl|Shift|Alt|Enter|Esc|Tab|Delete|F\d+)(?![A-Za-z])",
              *map(re.escape, NATIVE_NAMES.values())]))


@pytest.mark.parametrize("seen", ["ar"], indirect=True)
def test_the_arabic_interface_speaks_arabic(seen: dict[str, Any]) -> None:
    from desktop.library import Library

    # A document that has no Arabic version is named by its title in the language it has,
    # as the contents show it (the ICCPR is in English only).
    titles = [re.escape(v.short_title) for d in Library.load() if "ar" not in d.versions
              for v in d.versions.values()]
    allowed = re.compile("|".join([_ALLOWED.pattern, *titles]))
    english = []
    for o in seen["tree_at_end"]:
        if o["role"] == "application" or not ("focusable" in o["states"] or
                                              o["role"] in ("label", "page tab", "tool bar")):
            continue
        if o["role"] == "list item" and "\n" in o["name"]:
            continue  # a search hit: its citation and words in the hit's own language
        for field in ("name", "description"):
            rest = allowed.sub("", o[field])
            if re.search(r"[A-Za-z]{3,}", rest):
                english.append((o["role"], field, o[field][:80]))
    assert not english, english
    arabic = re.compile("[\u0600-\u06ff]")
    for name in (seen["search_box"], seen["after_goto"]["box"],
                 seen["after_open"]["reader"]["description"]):
        assert arabic.search(name), name
    for event in (seen["after_open"]["events"] + seen["after_bookmark"]["events"] +
                  seen["after_goto"]["events"]):
        if event["type"] == "object:announcement":
            assert not re.search(r"[A-Za-z]{3,}", _ALLOWED.sub("", event["data"])), event
