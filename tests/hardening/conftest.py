"""Fixtures for the hardening tests: private copies of the content, and a data folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop import manifest
from tests.cli_helpers import ROOT, run_cli

CONTENT = ROOT / "content"


def copy_content(dest: Path) -> Path:
    """A copy of the bundled content with a manifest that matches it exactly.

    The manifest is written fresh for the copy so these tests speak about tampering with the
    copy, not about whether the checked-in manifest happens to be up to date while content
    is being edited.
    """
    shutil.copytree(CONTENT, dest, ignore=shutil.ignore_patterns("__pycache__"))
    old = manifest.load_manifest(CONTENT)
    data = manifest.build_manifest(dest, str(old.get("content-version", "")))
    (dest / manifest.MANIFEST_NAME).write_text(
        json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return dest


def damage_header(content: Path, doc: str = "declaration", lang: str = "fr") -> Path:
    """`order: 1` becomes `ordre 1` (line 3), as a slip of the keyboard would leave it."""
    path = content / doc / f"{lang}.txt"
    text = path.read_text(encoding="utf-8")
    assert "\norder: " in text
    path.write_text(text.replace("\norder: ", "\nordre ", 1), encoding="utf-8")
    return path


def run_on(content: Path, tmp_path: Path, *args: str) -> tuple[int, str, str]:
    """The real command line reading `content`, with a data folder in `tmp_path`: (exit
    code, stdout, stderr), after checking no traceback was printed."""
    out = run_cli(*args, data_dir=tmp_path / "data",
                  env={"RIGHTS_AT_HAND_CONTENT_DIR": str(content)})
    assert "Traceback" not in out.stderr, out.stderr
    return out.returncode, out.stdout, out.stderr


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    return copy_content(tmp_path / "content")


def own_home(root: Path, *names: str) -> tuple[dict[str, Path], dict[str, str]]:
    """Folders `home`, `tmp` and `names` under `root`, and an environment in which a
    process has that HOME and temporary folder, the usual per-user folders under it (no
    XDG_*), no session bus and no data folder given: what a person's first run sees, kept
    apart so every byte it leaves can be looked at afterwards."""
    import os

    places = {name: root / name for name in ("home", "tmp", *names)}
    for folder in places.values():
        folder.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "DBUS_", "RIGHTS_AT_HAND_"))}
    env.update(HOME=str(places["home"]), TMPDIR=str(places["tmp"]), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    return places, env
