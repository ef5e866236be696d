"""Portable mode from source: with the `portable` marker, a whole session writes only there.

A subprocess plays a session through the real entry points (`desktop.cli.main` and the
settings and bookmark stores the interface uses) with `desktop.paths.executable_dir` pointed
at a temporary "stick" holding the marker, and with HOME, the XDG folders and TMPDIR pointed
at empty temporary folders. Afterwards those folders must still be empty, and the settings,
bookmarks and exported PDF must be in the stick's `data/` folder. The frozen build gets the
same check from `packaging/build.py --self-test`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

HOST_FOLDERS = ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                "XDG_RUNTIME_DIR", "TMPDIR")

# One step of the session, each in a fresh interpreter as each command is in real use (and
# because a process can hold only one Qt application: export-pdf's, then self-test's).
STEP = r"""
import json, sys
from pathlib import Path
from desktop import cli, paths

stick, step = Path(sys.argv[1]), sys.argv[2]
paths.executable_dir = lambda: stick  # the frozen app's folder, here a folder with the marker

def verb(*argv):
    code = cli.main(list(argv))
    if code != 0:
        raise SystemExit(f"{argv[0]} exited with {code}")

if step == "show":
    verb("show", "declaration:art-12.2", "--lang", "ar")
elif step == "search":
    verb("search", "defenders", "--lang", "en", "--json")
elif step == "settings":
    from desktop.settings import Settings
    settings = Settings.load()
    settings.set("zoom", 130)
    settings.set("ui_language", "fr")
    assert settings.save(), settings.problem
elif step == "bookmark":
    from desktop.bookmarks.store import Store
    with Store.open() as store:
        store.add("declaration:art-12.2", note="Portable note")
elif step == "export-pdf":
    exports = paths.user_paths().exports
    paths.ensure_dir(exports)  # as the interface does before offering it as the place
    verb("export-pdf", "declaration:art-12", "--lang", "zh", "-o", str(exports / "art-12.pdf"))
elif step == "self-test":
    verb("self-test")
up = paths.user_paths()
print("STEP " + json.dumps({"step": step, "mode": up.mode, "data": str(up.data)}))
"""


def _available_steps() -> list[str]:
    steps = []
    verbs = ROOT / "desktop" / "verbs"
    if (verbs / "search.py").is_file():
        steps.append("search")
    if importlib.util.find_spec("desktop.settings"):
        steps.append("settings")
    if (ROOT / "desktop" / "bookmarks" / "store.py").is_file():
        steps.append("bookmark")
    if (verbs / "export_pdf.py").is_file():
        steps.append("export-pdf")
    if (verbs / "self_test.py").is_file():
        steps.append("self-test")
    return steps


def _host(tmp_path: Path) -> dict[str, Path]:
    folders = {name: tmp_path / "host" / name.lower() for name in HOST_FOLDERS}
    for folder in folders.values():
        folder.mkdir(parents=True, mode=0o700)
    return folders


def _run_session(stick: Path, host: dict[str, Path], steps: list[str]) -> list[dict[str, str]]:
    """Run each step in its own process; the report line of each."""
    env = {name: str(path) for name, path in host.items()}
    env.update({
        "PATH": os.environ.get("PATH", os.defpath),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",  # no __pycache__ writes: only the app's own files
        "PYTHONPATH": str(ROOT),
    })
    reports = []
    for step in steps:
        result = subprocess.run([sys.executable, "-c", STEP, str(stick), step], cwd=ROOT,
                                env=env, capture_output=True, text=True, timeout=240)
        assert result.returncode == 0, f"{step}: {result.stderr[-3000:]}"
        line = next(x for x in result.stdout.splitlines() if x.startswith("STEP "))
        reports.append(json.loads(line.removeprefix("STEP ")))
    return reports


def _leftovers(host: dict[str, Path]) -> dict[str, list[str]]:
    found = {name: sorted(str(p.relative_to(path)) for p in path.rglob("*"))
             for name, path in host.items()}
    return {name: files for name, files in found.items() if files}


def test_a_portable_session_leaves_home_xdg_and_temp_empty(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "portable").write_text("", encoding="utf-8")
    host = _host(tmp_path)
    steps = _available_steps()

    reports = _run_session(stick, host, ["show", *steps])

    # self-test runs in a throw-away data folder of its own (under the stick's temp folder).
    own = [r for r in reports if r["step"] != "self-test"]
    assert {r["mode"] for r in own} == {"portable"}
    assert {r["data"] for r in own} == {str(stick / "data")}
    assert _leftovers(host) == {}
    # Nothing beside the marker but the data folder.
    assert sorted(p.name for p in stick.iterdir()) == ["data", "portable"]
    data = stick / "data"
    if "settings" in steps:
        saved = json.loads((data / "config" / "settings.json").read_text(encoding="utf-8"))
        assert saved["zoom"] == 130 and saved["ui_language"] == "fr"
    if "bookmark" in steps:
        assert (data / "bookmarks.sqlite3").is_file()
    if "export-pdf" in steps:
        assert (data / "exports" / "art-12.pdf").read_bytes().startswith(b"%PDF")


def test_without_the_marker_the_same_session_writes_to_the_host(tmp_path: Path) -> None:
    # The check above would prove nothing if the session wrote nowhere: without the marker
    # the same session must land in the (temporary) XDG folders.
    steps = [s for s in _available_steps() if s in ("settings", "bookmark")]
    if not steps:
        pytest.skip("no settings or bookmarks yet")
    stick = tmp_path / "stick"
    stick.mkdir()
    host = _host(tmp_path)

    reports = _run_session(stick, host, steps)

    assert {r["mode"] for r in reports} == {"system"}
    left = _leftovers(host)
    assert "XDG_DATA_HOME" in left or "XDG_CONFIG_HOME" in left
    assert not (stick / "data").exists()
