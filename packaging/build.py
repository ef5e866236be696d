"""Build the standalone app and its packages: `make bundle` (and `make bundle-test`).

    python packaging/build.py              # dist/: onedir, archive, .deb (Linux), USB folder
    python packaging/build.py --self-test  # run the frozen app from a copy of the USB folder

The build runs PyInstaller on packaging/rights-at-hand.spec, then packs what it made:

- dist/rights-at-hand/                       the onedir app (executable `rights-at-hand`)
- dist/rights-at-hand-<v>-<os>-<arch>.tar.gz  the same folder, packed (.zip on Windows/macOS)
- dist/rights-at-hand_<v>_<arch>.deb         Linux: /opt/rights-at-hand, menu entry, icon,
                                             AppStream metainfo
- dist/rights-at-hand-<v>-usb/               the app folder, a launcher, the `portable`
                                             marker and a README for the stick

`--self-test` proves the portable promise on the frozen app: it copies the USB folder to a
temporary place, points HOME, the XDG folders and TMPDIR at empty temporary folders, runs the
app's `self-test`, `show`, `search`, `export-pdf` and `verify` through the launcher, and then
checks that those folders are still empty, that the app folder is unchanged, and that the
user data landed in the stick's `data/` folder.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import hashlib
import json
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import bundle_rules  # noqa: E402

from desktop import APP_ID, APP_NAME, __version__  # noqa: E402
from desktop import host_libraries as host_libraries_table  # noqa: E402

SPEC = HERE / "rights-at-hand.spec"
LINUX_FILES = HERE / "linux"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ICONS = ROOT / "build" / "packaging" / "icons"

IS_WINDOWS = sys.platform == "win32"
IS_MACOS = sys.platform == "darwin"
IS_LINUX = sys.platform.startswith("linux")
EXE_SUFFIX = ".exe" if IS_WINDOWS else ""

DESCRIPTION = (
    "Offline reference for human rights defenders: the UN Declaration on Human Rights "
    "Defenders (A/RES/53/144) and General Assembly resolution 64/163, with practical "
    "guidance, in the six UN languages; searchable, citable and printable, without a network."
)


class BuildError(Exception):
    """Something the person running the build must fix; printed as one line."""


def log(message: str) -> None:
    print(f"[bundle] {message}", flush=True)


def os_tag() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def arch_tag() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}.get(machine, machine)


def source_date_epoch() -> int:
    """Timestamp for archive members: SOURCE_DATE_EPOCH, else the last commit, else now."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int(time.time())


@dataclass
class Outputs:
    onedir: Path
    archive: Path | None = None
    deb: Path | None = None
    usb: Path | None = None
    extra: list[Path] = field(default_factory=list)


def onedir_path(dist: Path = DIST) -> Path:
    return dist / APP_ID


def usb_path(dist: Path = DIST) -> Path:
    return dist / f"{APP_ID}-{__version__}-usb"


# --------------------------------------------------------------------------- PyInstaller


def run_pyinstaller(dist: Path, work: Path, extra_env: dict[str, str] | None = None) -> Path:
    """Freeze the app into dist/rights-at-hand (the previous one is replaced)."""
    from icons import make_icons

    make_icons(ICONS)
    env = {**os.environ, **(extra_env or {})}
    # PyInstaller imports Qt in helper processes while analysing; they need no display.
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    log("PyInstaller: " + " ".join(cmd[3:]))
    started = time.monotonic()
    result = subprocess.run(cmd, cwd=ROOT, env=env)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode})")
    log(f"PyInstaller done in {time.monotonic() - started:.0f} s")
    onedir = onedir_path(dist)
    if not (onedir / f"{APP_ID}{EXE_SUFFIX}").is_file():
        raise BuildError(f"PyInstaller made no {onedir / APP_ID}")
    return onedir


def internal_dir(onedir: Path) -> Path:
    return onedir / "_internal"


def check_onedir(onedir: Path) -> list[str]:
    """What the frozen folder must and must not contain; returns problems found."""
    problems = []
    internal = internal_dir(onedir)
    for required in ("content/manifest.json", "index/index-info.json", "resources/fonts"):
        if not (internal / required).exists():
            problems.append(f"missing from the bundle: {required}")
    for path in internal.rglob("*"):
        rel = path.relative_to(internal).as_posix()
        name = path.name
        if bundle_rules.EXCLUDED_QT_LIBS.search(name) and not rel.startswith(("content", "index")):
            problems.append(f"excluded Qt library in the bundle: {rel}")
        if re.match(r"(_ssl|libssl|libcrypto|QtNetwork|libQt6Network)\b", name):
            problems.append(f"networking code in the bundle: {rel}")
        if rel.startswith("PySide6/Qt/plugins/") and path.is_file():
            folder = rel.split("/")[3]
            if bundle_rules.plugin_name(name) not in bundle_rules.KEEP_PLUGINS.get(folder, ()):
                problems.append(f"Qt plugin not on the allow-list: {rel}")
    return problems


#: Python modules that must not be in the frozen app (see bundle_rules.EXCLUDED_MODULES).
FORBIDDEN_MODULES = re.compile(
    r"^(ssl|_ssl|http|urllib\.request|email|ftplib|smtplib|poplib|imaplib|xmlrpc|"
    r"socketserver|webbrowser|PySide6\.QtNetwork)(\.|$)")


def check_pyz(work: Path) -> list[str]:
    """Python modules in the frozen archive that the bundle promises to leave out."""
    toc = work / APP_ID / "PYZ-00.toc"
    if not toc.is_file():
        return []
    names = ast.literal_eval(toc.read_text(encoding="utf-8"))[1]
    return [f"left-out module in the bundle: {name}" for name, _src, _kind in names
            if FORBIDDEN_MODULES.match(name)]


def host_libraries(onedir: Path) -> dict[str, list[str]]:
    """Shared libraries the frozen app expects from the host: soname -> bundled users."""
    bundled = {p.name for p in onedir.rglob("*") if p.is_file() or p.is_symlink()}
    needed: dict[str, list[str]] = {}
    for path in onedir.rglob("*"):
        if path.is_file() and not path.is_symlink():
            for soname in bundle_rules.elf_needed(path):
                if soname not in bundled:
                    needed.setdefault(soname, []).append(path.relative_to(onedir).as_posix())
    return needed


#: The C library's own parts: present wherever anything runs at all.
LIBC = re.compile(r"^(libc|libm|libpthread|libdl|librt|libresolv|libutil|libmvec)\.so|^ld-linux")


def unexplained_host_libraries(onedir: Path) -> list[str]:
    """Libraries the app's core (not an optional plugin) takes from the host that
    desktop/host_libraries.py cannot name a package for: on a computer without one, the frozen
    app could only say that something is missing, not what to install."""
    return [f"host library with no package in desktop/host_libraries.py: {soname} "
            f"(needed by {users[0]})"
            for soname, users in sorted(host_libraries(onedir).items())
            if not LIBC.match(soname) and host_libraries_table.package_of(soname) is None
            and not all(OPTIONAL_USERS.search(user) for user in users)]


# --------------------------------------------------------------------------- archives


def _tar_filter(epoch: int):  # type: ignore[no-untyped-def]
    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = epoch
        if info.isdir() or info.mode & stat.S_IXUSR:
            info.mode = 0o755
        elif info.isfile():
            info.mode = 0o644
        return info

    return normalise


def walk_sorted(folder: Path) -> Iterator[Path]:
    """Every entry under folder, parents first, in a stable order."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        base = Path(dirpath)
        for name in sorted(filenames):
            yield base / name
        for name in dirnames:
            yield base / name


def make_tar_gz(folder: Path, archive: Path, arcroot: str) -> Path:
    """A .tar.gz of folder under `arcroot/`, with stable order, owners and times."""
    epoch = source_date_epoch()
    normalise = _tar_filter(epoch)
    archive.unlink(missing_ok=True)
    import gzip

    with archive.open("wb") as raw, gzip.GzipFile(
        filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=epoch
    ) as gz, tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(folder, arcname=arcroot, recursive=False, filter=normalise)
        for path in sorted(walk_sorted(folder), key=lambda p: p.relative_to(folder).parts):
            arcname = f"{arcroot}/{path.relative_to(folder).as_posix()}"
            tar.add(path, arcname=arcname, recursive=False, filter=normalise)
    return archive


def make_zip(folder: Path, archive: Path, arcroot: str) -> Path:
    archive.unlink(missing_ok=True)
    if IS_MACOS and shutil.which("ditto"):
        # ditto keeps the symlinks inside Qt's frameworks (zipfile would copy their targets);
        # --keepParent roots the archive at the folder's own name, which is arcroot here.
        assert folder.name == arcroot
        subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent",
                        str(folder), str(archive)], check=True)
        return archive
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(walk_sorted(folder), key=lambda p: p.relative_to(folder).parts):
            if path.is_file():
                zf.write(path, f"{arcroot}/{path.relative_to(folder).as_posix()}")
    return archive


# --------------------------------------------------------------------------- USB layout

LAUNCHER_SH = """#!/bin/sh
# Start Rights at Hand from this folder (a USB stick). The `portable` file beside this script
# keeps everything the app writes (bookmarks, settings, exports) in the `data` folder here.
here=$(cd "$(dirname "$0")" && pwd)
app="$here/{app_id}/{app_id}"
if [ -x "$app" ]; then
    exec "$app" "$@"
fi
# Sticks formatted FAT32/exFAT are often mounted without the executable bit: let the system's
# program loader start the app instead.
for loader in /lib64/ld-linux-x86-64.so.2 /lib/ld-linux-aarch64.so.1; do
    if [ -x "$loader" ]; then
        exec "$loader" "$app" "$@"
    fi
done
echo "Cannot start $app: this stick does not allow running programs." >&2
exit 126
"""

LAUNCHER_CMD = """@echo off
rem Start Rights at Hand from this folder (a USB stick). The `portable` file beside this
rem script keeps everything the app writes in the `data` folder here.
start "" "%~dp0{app_id}\\{app_id}.exe" %*
"""

USB_README = """{name} {version} - portable copy
{underline}

This folder runs {name} without installing it, for example from a USB stick. The app
writes nothing outside this folder: bookmarks, settings and saved PDFs go into the "data"
folder beside this file (it is created on first use). The computer's own system may still
note that a program was run; "Using this app safely" in the app's library says more.

Start it
  {start}
{needs}
Keep the files together
  portable          this empty file switches the app to portable mode; without it the
                    app keeps its data in your user folder on the computer instead.
  {app_id}    the app itself.
  data              your bookmarks, settings and exports. Copy this folder to keep them.

Check the copy
  {verify}
  compares the bundled texts and search index with their manifest and names any file
  that was changed.

Bookmarks and notes on this stick can be read by anyone who has the stick, unless you
protect them with a passphrase (File menu, "Protect bookmarks with a passphrase"). Even
then, that the file exists, its size and when it changed can be seen, and a stick may keep
old copies of what was written before: protect before writing anything sensitive.
"""

START = {
    "linux": 'Run ./start-rights-at-hand.sh (or "{app_id}/{app_id}" directly).',
    "windows": 'Double-click "Start Rights at Hand.cmd" (or "{app_id}\\{app_id}.exe").',
    "macos": "Open Terminal in this folder and run ./{app_id}/{app_id}",
}
#: What the computer must have, where the app uses the system's own copy
#: (packaging/bundle_rules.py, HOST_LIBRARIES). An empty line where nothing needs saying.
NEEDS = {
    "linux": (
        "  It uses the computer's own D-Bus, fontconfig, FreeType, GLib, X11, OpenGL and C++\n"
        "  libraries, which every Linux desktop has. Where one is missing, the app does not\n"
        "  open and names the package to install when started from a terminal.\n"
    ),
    "windows": "",
    "macos": "",
}
VERIFY = {
    "linux": "{app_id}/{app_id} verify",
    "windows": "{app_id}\\{app_id}-cli.exe verify",
    "macos": "{app_id}/{app_id} verify",
}


def make_usb_layout(onedir: Path, target: Path) -> Path:
    """The stick folder: the app, launchers, the `portable` marker and a README."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copytree(onedir, target / APP_ID, symlinks=True)
    (target / "portable").write_text("", encoding="utf-8")
    if not IS_WINDOWS:
        sh = target / "start-rights-at-hand.sh"
        sh.write_text(LAUNCHER_SH.format(app_id=APP_ID), encoding="utf-8", newline="\n")
        sh.chmod(0o755)
    if IS_WINDOWS:
        (target / "Start Rights at Hand.cmd").write_text(
            LAUNCHER_CMD.format(app_id=APP_ID), encoding="utf-8", newline="\r\n"
        )
    title = f"{APP_NAME} {__version__} - portable copy"
    readme = USB_README.format(
        name=APP_NAME, version=__version__, underline="=" * len(title), app_id=APP_ID,
        start=START[os_tag()].format(app_id=APP_ID), needs=NEEDS[os_tag()],
        verify=VERIFY[os_tag()].format(app_id=APP_ID),
    )
    (target / "README.txt").write_text(
        readme, encoding="utf-8", newline="\r\n" if IS_WINDOWS else "\n"
    )
    return target


# --------------------------------------------------------------------------- .deb

#: Debian packages for libraries the bundle leaves to the host, where `dpkg -S` on the build
#: machine cannot tell (the library is not installed here).
DEB_PACKAGE_OF = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libcups.so.2": "libcups2",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-client.so.0": "libwayland-client0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libc.so.6": "libc6",
}

#: Host libraries only some optional plugin uses (input methods, CUPS printing, GL, Wayland:
#: libQt6WaylandClient is loaded by the wayland plugins alone, and Qt falls back to xcb without
#: them): the app runs without them, so the .deb recommends instead of depending.
OPTIONAL_USERS = re.compile(
    r"plugins/(printsupport|platforminputcontexts|xcbglintegrations|platformthemes|"
    r"wayland-[\w-]+|iconengines|imageformats)/|"
    r"plugins/platforms/libqwayland|/libQt6Wayland\w*\.so"
)


def debian_package_of(soname: str) -> str | None:
    if soname in DEB_PACKAGE_OF:
        return DEB_PACKAGE_OF[soname]
    try:
        out = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True)
    except OSError:
        return None
    for line in out.stdout.splitlines():
        package = line.split(":", 1)[0].strip()
        if package and "," not in package:
            return package
    return None


def deb_dependencies(onedir: Path) -> tuple[list[str], list[str], list[str]]:
    """(Depends, Recommends, sonames with no known package) for the frozen folder."""
    needed = host_libraries(onedir)
    depends, recommends, unknown = set(), set(), []
    for soname, users in sorted(needed.items()):
        if soname.startswith(("ld-linux", "linux-vdso")):
            continue
        package = debian_package_of(soname)
        if package is None:
            unknown.append(soname)
            continue
        if all(OPTIONAL_USERS.search(u) for u in users):
            recommends.add(package)
        else:
            depends.add(package)
    recommends -= depends
    return sorted(depends), sorted(recommends), unknown


def deb_arch() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "arm64": "arm64"}.get(arch_tag(), arch_tag())


def metainfo_xml() -> str:
    """packaging/linux's AppStream file with this release's version and date filled in."""
    date = time.strftime("%Y-%m-%d", time.gmtime(source_date_epoch()))
    text = (LINUX_FILES / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    return text.replace("@VERSION@", __version__).replace("@DATE@", date)


def _install(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def make_deb(onedir: Path, out_dir: Path, staging: Path) -> Path:
    """A .deb: the app in /opt, a command in /usr/bin, menu entry, icons, metainfo."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb not found: install dpkg to build the .deb")
    if staging.exists():
        shutil.rmtree(staging)
    opt = staging / "opt" / APP_ID
    shutil.copytree(onedir, opt, symlinks=True)
    for path in opt.rglob("*"):
        if not path.is_symlink():
            # Debian's usual modes: folders and the programs beside _internal/ 0755,
            # libraries and data 0644.
            program = path.parent == opt and path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if path.is_dir() or program else 0o644)

    usr = staging / "usr"
    wrapper = usr / "bin" / APP_ID
    wrapper.parent.mkdir(parents=True, exist_ok=True)
    # A script, not a symlink: the frozen app finds its files relative to its own folder.
    wrapper.write_text(f'#!/bin/sh\nexec /opt/{APP_ID}/{APP_ID} "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    _install(LINUX_FILES / f"{APP_ID}.desktop", usr / "share/applications" / f"{APP_ID}.desktop")
    metainfo = usr / "share/metainfo" / f"{APP_ID}.metainfo.xml"
    metainfo.parent.mkdir(parents=True, exist_ok=True)
    metainfo.write_text(metainfo_xml(), encoding="utf-8")
    metainfo.chmod(0o644)
    from icons import SOURCE_SVG

    _install(SOURCE_SVG, usr / "share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg")
    for png in sorted(ICONS.glob(f"{APP_ID}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        _install(png, usr / f"share/icons/hicolor/{size}x{size}/apps" / f"{APP_ID}.png")
    doc = usr / "share/doc" / APP_ID
    doc.mkdir(parents=True, exist_ok=True)
    (doc / "copyright").write_text(DEB_COPYRIGHT.format(app_id=APP_ID, name=APP_NAME),
                                   encoding="utf-8")
    for path in staging.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)

    depends, recommends, unknown = deb_dependencies(onedir)
    if unknown:
        log("host libraries with no known Debian package (not declared): " + ", ".join(unknown))
    installed_kb = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file()) // 1024
    control = [
        f"Package: {APP_ID}",
        f"Version: {__version__}",
        f"Architecture: {deb_arch()}",
        f"Maintainer: {APP_NAME} project",
        f"Installed-Size: {installed_kb}",
        "Section: misc",
        "Priority: optional",
    ]
    if depends:
        control.append("Depends: " + ", ".join(depends))
    if recommends:
        control.append("Recommends: " + ", ".join(recommends))
    control.append(f"Description: {APP_NAME}: UN Declaration on Human Rights Defenders, offline")
    control += [" " + line for line in _wrap(DESCRIPTION, 72)]
    (staging / "DEBIAN").mkdir()
    (staging / "DEBIAN" / "control").write_text("\n".join(control) + "\n", encoding="utf-8")
    (staging / "DEBIAN").chmod(0o755)

    deb = out_dir / f"{APP_ID}_{__version__}_{deb_arch()}.deb"
    deb.unlink(missing_ok=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(source_date_epoch())}
    # xz, not zstd: every dpkg (Debian's included) can unpack it.
    result = subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging),
                             str(deb)], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise BuildError(f"dpkg-deb failed: {result.stderr.strip()}")
    return deb


DEB_COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {name}

Files: *
License: GPL-3.0-or-later
 On Debian systems the full text of the GNU General Public License version 3 is in
 /usr/share/common-licenses/GPL-3.

Files: opt/{app_id}/_internal/content/*
Comment: The official UN texts are reproduced verbatim from the United Nations documents
 named in each file's header; translations marked "unofficial translation" and the
 guidance were written for this project.

Files: opt/{app_id}/_internal/resources/fonts/*
License: OFL-1.1
 The Noto fonts are under the SIL Open Font License 1.1; its text is in
 /opt/{app_id}/_internal/resources/fonts/OFL.txt.

Files: opt/{app_id}/_internal/PySide6/* opt/{app_id}/_internal/shiboken6/*
License: LGPL-3.0-only
 Qt and Qt for Python (PySide6) are used under the GNU Lesser General Public License 3.
"""


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


# --------------------------------------------------------------------------- Windows installer


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def make_windows_installer(dist: Path) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        log("Inno Setup (iscc) not found: no Windows installer made")
        return None
    iss = HERE / "windows" / f"{APP_ID}.iss"
    cmd = [iscc, f"/DAppVersion={__version__}", f"/DSourceDir={onedir_path(dist)}",
           f"/DOutputDir={dist}", f"/DIconFile={ICONS / (APP_ID + '.ico')}", str(iss)]
    if subprocess.run(cmd).returncode != 0:
        raise BuildError("Inno Setup failed")
    return dist / f"{APP_ID}-{__version__}-setup.exe"


# --------------------------------------------------------------------------- build


def build(dist: Path = DIST, work: Path = WORK, skip_freeze: bool = False) -> Outputs:
    dist.mkdir(parents=True, exist_ok=True)
    onedir = onedir_path(dist) if skip_freeze else run_pyinstaller(dist, work)
    problems = check_onedir(onedir) + ([] if skip_freeze else check_pyz(work))
    if IS_LINUX:
        problems += unexplained_host_libraries(onedir)
    if problems:
        raise BuildError("the frozen folder is not what the spec promises:\n  "
                         + "\n  ".join(problems))
    outputs = Outputs(onedir=onedir)
    stem = f"{APP_ID}-{__version__}-{os_tag()}-{arch_tag()}"
    if IS_LINUX:
        # dpkg-deb's xz takes over a minute on two cores; gzip runs beside it (zlib releases
        # the GIL), so the archive costs no extra time.
        with ThreadPoolExecutor(max_workers=2) as pool:
            deb = pool.submit(make_deb, onedir, dist, work.parent / "deb-root")
            outputs.archive = make_tar_gz(onedir, dist / f"{stem}.tar.gz", APP_ID)
            outputs.deb = deb.result()
    else:
        outputs.archive = make_zip(onedir, dist / f"{stem}.zip", APP_ID)
    app_bundle = dist / f"{APP_NAME}.app"
    if IS_MACOS and app_bundle.is_dir():
        outputs.extra.append(make_zip(app_bundle, dist / f"{stem}-app.zip", app_bundle.name))
    outputs.usb = make_usb_layout(onedir, usb_path(dist))
    if IS_WINDOWS:
        installer = make_windows_installer(dist)
        if installer:
            outputs.extra.append(installer)
    write_checksums(outputs, dist)
    return outputs


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def write_checksums(outputs: Outputs, dist: Path) -> Path:
    """SHA256SUMS for the files a person downloads or passes on."""
    files = [p for p in (outputs.archive, outputs.deb, *outputs.extra) if p is not None]
    lines = []
    for path in files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.name}")
    out = dist / "SHA256SUMS"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def summary(outputs: Outputs) -> str:
    rows = [("onedir", outputs.onedir, folder_size(outputs.onedir))]
    for label, path in (("archive", outputs.archive), ("deb", outputs.deb)):
        if path is not None:
            rows.append((label, path, path.stat().st_size))
    if outputs.usb is not None:
        rows.append(("usb", outputs.usb, folder_size(outputs.usb)))
    rows += [("extra", p, p.stat().st_size) for p in outputs.extra]
    return "\n".join(f"  {label:8} {size / 1e6:7.1f} MB  {_shown(path)}"
                     for label, path, size in rows)


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


# --------------------------------------------------------------------------- self-test


def _files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under folder (files, folders, links) with its size and mtime."""
    return {p.relative_to(folder).as_posix(): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*") if not p.is_dir() or p.is_symlink()} | {
            p.relative_to(folder).as_posix() + "/": (0, 0) for p in folder.rglob("*")
            if p.is_dir() and not p.is_symlink()}


def _verb_available(verb: str) -> bool:
    return (ROOT / "desktop" / "verbs" / f"{verb.replace('-', '_')}.py").is_file()


@dataclass
class Step:
    name: str
    argv: list[str]
    check: str = ""  # what the output must show, described for the failure message
    env: dict[str, str] = field(default_factory=dict)  # on top of the empty-host environment
    ok: bool = False
    detail: str = ""
    seconds: float = 0.0


def self_test(dist: Path = DIST, keep: bool = False) -> int:
    """Run the frozen app from a temporary copy of the USB folder; 0 when every check holds."""
    usb = usb_path(dist)
    if not (usb / "portable").is_file():
        raise BuildError(f"no USB folder at {usb}: run `make bundle` first")
    scratch = Path(tempfile.mkdtemp(prefix="rah-bundle-test-"))
    try:
        with virtual_display() as display:
            return _self_test_in(usb, scratch, display)
    finally:
        if keep:
            log(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


@contextlib.contextmanager
def virtual_display() -> Iterator[str | None]:
    """An Xvfb display (":N") for the duration, or None where there is no Xvfb."""
    xvfb = shutil.which("Xvfb") if IS_LINUX else None
    if xvfb is None:
        yield None
        return
    read_end, write_end = os.pipe()
    # -displayfd: Xvfb picks a free display and writes its number; -nolisten tcp: no port.
    proc = subprocess.Popen([xvfb, "-displayfd", str(write_end), "-nolisten", "tcp",
                             "-screen", "0", "1280x800x24"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}" if number else None
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def host_env(scratch: Path) -> tuple[dict[str, str], dict[str, Path]]:
    """An environment whose home, XDG and temp folders are empty folders under scratch."""
    folders = {name: scratch / "host" / name.lower() for name in (
        "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
        "XDG_RUNTIME_DIR", "TMPDIR", "TEMP", "TMP", "APPDATA", "LOCALAPPDATA", "USERPROFILE")}
    if not IS_WINDOWS:
        for name in ("TEMP", "TMP", "APPDATA", "LOCALAPPDATA", "USERPROFILE"):
            folders.pop(name)
    for folder in folders.values():
        folder.mkdir(parents=True, mode=0o700)  # XDG_RUNTIME_DIR must be private
    env = {name: str(path) for name, path in folders.items()}
    env["PATH"] = os.environ.get("PATH", os.defpath)
    if IS_WINDOWS:
        for name in ("SYSTEMROOT", "WINDIR"):
            env[name] = os.environ.get(name, r"C:\Windows")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LANG"] = "C.UTF-8"
    return env, folders


def _self_test_in(usb: Path, scratch: Path, display: str | None = None) -> int:
    stick = scratch / "stick"
    shutil.copytree(usb, stick, symlinks=True)
    app_folder = stick / APP_ID
    before = _snapshot(app_folder)
    env, host = host_env(scratch)
    exports = stick / "exports-from-test"
    exports.mkdir()

    if IS_WINDOWS:
        launch = [str(app_folder / f"{APP_ID}-cli.exe")]
    else:
        launch = ["/bin/sh", str(stick / "start-rights-at-hand.sh")]

    steps = [Step("version", ["--version"], f"prints {__version__}")]
    if _verb_available("self-test"):
        steps.append(Step("self-test", ["self-test"], "exit 0"))
    else:
        log("the self-test verb does not exist yet: skipped")
    steps += [
        Step("show", ["show", "declaration:art-12.2", "--lang", "fr", "--json"],
             "a JSON passage in French with a citation"),
        Step("verify", ["verify"], "content and index match the manifest"),
    ]
    if _verb_available("search"):
        steps.append(Step("search", ["search", "défenseurs", "--lang", "fr", "--json"],
                          "JSON with at least one hit"))
    if _verb_available("export-pdf"):
        pdf = exports / "art-12.pdf"
        steps.append(Step("export-pdf", ["export-pdf", "declaration:art-12", "--lang", "zh",
                                         "--parallel", "ar", "-o", str(pdf)],
                          "a PDF file is written"))

    for step in steps:
        started = time.monotonic()
        try:
            result = subprocess.run([*launch, *step.argv], env={**env, **step.env},
                                    cwd=scratch, capture_output=True, timeout=300)
        except subprocess.TimeoutExpired:
            step.detail = "timed out after 300 s"
            continue
        step.seconds = time.monotonic() - started
        out = result.stdout.decode("utf-8", "replace")
        err = result.stderr.decode("utf-8", "replace")
        step.ok, step.detail = _judge(step, result.returncode, out, err, exports)
    if display:
        steps.append(_window_on_x11(launch, {**env, "DISPLAY": display}, scratch))
    steps.append(_refused_data_folder(usb, scratch, env))

    leftovers = {name: _files_under(path) for name, path in host.items()}
    leftovers = {name: files for name, files in leftovers.items() if files}
    after = _snapshot(app_folder)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    data_files = _files_under(stick / "data") if (stick / "data").is_dir() else []

    failed = False
    for step in steps:
        mark = "ok  " if step.ok else "FAIL"
        failed |= not step.ok
        print(f"  {mark} {step.name:13} {step.seconds:5.1f} s  {step.detail}")
    for name, files in leftovers.items():
        failed = True
        print(f"  FAIL {name} is not empty: {', '.join(files[:8])}")
    if changed:
        failed = True
        print(f"  FAIL the app folder changed: {', '.join(changed[:8])}")
    if not data_files:
        failed = True
        print("  FAIL nothing was written under the stick's data/ folder")
    if not failed:
        print(f"  ok   portable: {', '.join(sorted(host))} untouched; app folder unchanged; "
              f"{len(data_files)} entries under data/")
    return 1 if failed else 0


def _window_on_x11(launch: list[str], env: dict[str, str], cwd: Path) -> Step:
    """Open the app for real on an X server (self-test is always offscreen): the xcb plugin
    and every library it needs must load, and the main window must appear."""
    step = Step("window-x11", [], "the main window appears on an X server")
    env = {**env, "QT_QPA_PLATFORM": "xcb"}
    xwininfo = shutil.which("xwininfo")
    started = time.monotonic()
    with subprocess.Popen(launch, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE) as app:
        seen = ""
        while time.monotonic() - started < 30 and app.poll() is None:
            time.sleep(0.5)
            if xwininfo is None:
                seen = "running (xwininfo missing: window not looked for)"
                if time.monotonic() - started > 5:
                    break
                continue
            tree = subprocess.run([xwininfo, "-root", "-tree"], env=env, capture_output=True,
                                  text=True).stdout
            if f'"{APP_NAME}' in tree:
                seen = f"window shown after {time.monotonic() - started:.1f} s"
                break
        code = app.poll()
        if code is None:
            app.terminate()
            try:
                app.wait(timeout=15)
            except subprocess.TimeoutExpired:
                app.kill()
        err = app.stderr.read().decode("utf-8", "replace") if app.stderr else ""
    step.seconds = time.monotonic() - started
    if code is not None:
        step.detail = f"exited {code}: {err.strip()[-300:]}"
    else:
        step.ok, step.detail = bool(seen), seen or "no window within 30 s"
    return step


def _refused_data_folder(usb: Path, scratch: Path, env: dict[str, str]) -> Step:
    """A stick whose `data` is a file: the frozen app refuses it with one line and exit 2,
    as from source. (Its runtime hook once raised there: a traceback, exit 1, and for a
    double-click nothing at all instead of the message box the CLI shows.)"""
    step = Step("refused-data", ["show", "art 1"], "one line and exit 2, no traceback")
    stick = scratch / "stick-with-a-data-file"
    shutil.copytree(usb, stick, symlinks=True)
    (stick / "data").write_text("someone's file\n", encoding="utf-8")
    launch = ([str(stick / APP_ID / f"{APP_ID}-cli.exe")] if IS_WINDOWS
              else ["/bin/sh", str(stick / "start-rights-at-hand.sh")])
    started = time.monotonic()
    try:
        result = subprocess.run([*launch, *step.argv], env=env, cwd=scratch,
                                capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        step.detail = "timed out after 120 s"
        return step
    step.seconds = time.monotonic() - started
    lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
    step.ok = (result.returncode == 2 and len(lines) == 1 and "is a file, not a folder" in
               lines[0] and result.stdout == b"")
    step.detail = f"exit {result.returncode}: {lines[-1][:110] if lines else '(nothing said)'}"
    return step


def _judge(step: Step, code: int, out: str, err: str, exports: Path) -> tuple[bool, str]:
    first_err = err.strip().splitlines()[-1] if err.strip() else ""
    if code != 0:
        return False, f"exit {code}: {first_err or out.strip()[-200:]}"
    if step.name == "version":
        return (__version__ in out), out.strip()
    if step.name in ("show", "search"):
        try:
            data = json.loads(out.splitlines()[0])
        except (json.JSONDecodeError, IndexError):
            return False, f"not JSON: {out[:120]!r}"
        if step.name == "show":
            good = data.get("lang") == "fr" and data.get("text") and data.get("citation")
            return bool(good), str(data.get("citation", ""))
        hits = data.get("hits", [])
        return bool(hits), f"{len(hits)} hits, first {hits[0]['doc']}:{hits[0]['passage']}" \
            if hits else "no hits"
    if step.name == "export-pdf":
        pdf = Path(step.argv[step.argv.index("-o") + 1])
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            return False, "no PDF written"
        return True, f"{pdf.stat().st_size} bytes"
    return True, out.strip().splitlines()[-1][:110] if out.strip() else ""


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--self-test", action="store_true",
                        help="test the frozen app in dist/ instead of building it")
    parser.add_argument("--keep", action="store_true", help="keep the self-test's temp folder")
    parser.add_argument("--skip-freeze", action="store_true",
                        help="reuse dist/rights-at-hand and only make the packages")
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            started = time.monotonic()
            code = self_test(keep=args.keep)
            log(f"self-test {'passed' if code == 0 else 'FAILED'} in "
                f"{time.monotonic() - started:.0f} s")
            return code
        outputs = build(skip_freeze=args.skip_freeze)
        log("made:\n" + summary(outputs))
        return 0
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
