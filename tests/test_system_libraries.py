"""`make run` names the system packages Qt's window system needs before Qt aborts without
them (on a bare Debian it said only "Could not load the Qt platform plugin xcb")."""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.host_libraries import PACKAGES
from desktop.tools import system_libraries as syslibs

ROOT = Path(__file__).resolve().parent.parent
ON_LINUX = sys.platform.startswith("linux")


def test_the_two_missing_on_a_bare_debian_are_named_with_their_packages() -> None:
    present = set(PACKAGES) - {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    packages = syslibs.missing_packages(present)
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    text = syslibs.message(packages)
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in text
    assert syslibs.missing_packages(set(PACKAGES)) == []


def test_without_a_linker_cache_each_library_is_looked_up() -> None:
    asked: list[str] = []

    def found(soname: str) -> bool:
        asked.append(soname)
        return soname != "libxcb-cursor.so.0"

    assert syslibs.missing_packages(None, found) == ["libxcb-cursor0"]
    assert sorted(asked) == sorted(PACKAGES)


def test_only_where_qt_will_use_xcb() -> None:
    assert syslibs.needs_xcb({}, "linux")
    assert syslibs.needs_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not syslibs.needs_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not syslibs.needs_xcb({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux")
    assert not syslibs.needs_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not syslibs.needs_xcb({}, "win32")
    assert not syslibs.needs_xcb({}, "darwin")


def _plugin_needs(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines()
            if "(NEEDED)" in line}


@pytest.mark.skipif(not ON_LINUX or shutil.which("readelf") is None, reason="ELF, readelf")
def test_the_table_covers_what_the_installed_xcb_plugin_loads() -> None:
    """Read from the installed PySide6 (without importing Qt): a Qt upgrade that needs one
    more system library fails here instead of on someone's bare system."""
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    qt = Path(spec.origin).parent / "Qt"
    needed: set[str] = set()
    for lib in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
                qt / "lib" / "libQt6Gui.so.6"):
        needed |= _plugin_needs(lib)
    base = ("libQt6", "libicu", "libc.so", "libm.so", "libstdc++", "libgcc_s", "libpthread",
            "libdl.so", "librt.so", "ld-linux")
    system = {name for name in needed if not name.startswith(base)}
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= system
    assert system <= set(PACKAGES), system - set(PACKAGES)


def _fake_ldconfig(folder: Path, names: set[str]) -> dict[str, str]:
    folder.mkdir()
    lines = [f"{len(names)} libs found in cache `/etc/ld.so.cache'"]
    lines += [f"\t{n} (libc6,x86-64) => /lib/x86_64-linux-gnu/{n}" for n in sorted(names)]
    script = folder / "ldconfig"
    script.write_text("#!/bin/sh\ncat <<'END'\n" + "\n".join(lines) + "\nEND\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["PATH"] = f"{folder}{os.pathsep}{env.get('PATH', '')}"
    return env


@pytest.mark.skipif(not ON_LINUX, reason="the xcb platform is Linux's")
def test_the_command_make_run_calls_says_it_and_exits_1(tmp_path: Path) -> None:
    env = _fake_ldconfig(tmp_path / "bin",
                         set(PACKAGES) - {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"})
    out = subprocess.run([sys.executable, "-m", "desktop.tools.system_libraries"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert out.stdout == ""
    assert "libxcb-icccm4 libxcb-keysyms1" in out.stderr
    assert "Traceback" not in out.stderr
    # Qt is not loaded for the check: it is what aborts.
    assert "PySide6" not in Path(syslibs.__file__).read_text(encoding="utf-8").split('"""')[2]


@pytest.mark.skipif(not ON_LINUX, reason="the xcb platform is Linux's")
def test_with_everything_there_it_is_silent(tmp_path: Path) -> None:
    env = _fake_ldconfig(tmp_path / "bin", set(PACKAGES))
    out = subprocess.run([sys.executable, "-m", "desktop.tools.system_libraries"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=60)
    assert (out.returncode, out.stdout, out.stderr) == (0, "", "")


@pytest.mark.skipif(shutil.which("make") is None, reason="make")
def test_make_run_checks_before_it_starts_the_app() -> None:
    out = subprocess.run(["make", "-n", "-W", "pyproject.toml", "run", "PY=python-stub"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    lines = [line for line in out.stdout.splitlines() if line.startswith("python-stub -m ")]
    runs = [line.split()[2] for line in lines]
    assert runs.index("desktop.tools.system_libraries") < runs.index("desktop")


def test_the_readme_lists_every_package() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = readme.split("sudo apt-get install ", 1)[1].split("```", 1)[0].split()
    assert set(PACKAGES.values()) <= set(listed)
