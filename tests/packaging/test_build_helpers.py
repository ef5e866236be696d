"""The pieces of the build that run without PyInstaller: what the bundle keeps, the trimmed
ICU data, the icon files, the archives, the USB folder and the .deb."""

from __future__ import annotations

import os
import shutil
import stat
import struct
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from desktop import APP_ID

LINUX = sys.platform.startswith("linux")


# --------------------------------------------------------------------------- bundle_rules


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),  # a network server
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
    ("PySide6/QtNetwork.abi3.so", False),
    ("PySide6/QtWidgets.abi3.so", True),
    ("PySide6\\Qt6Network.dll", False),
    ("libcups.so.2", False),  # the host's CUPS, not the build machine's
    # The host's own (bundle_rules.HOST_LIBRARIES says why for each):
    ("libdbus-1.so.3", False),
    ("libfontconfig.so.1", False),
    ("libfreetype.so.6", False),
    ("libstdc++.so.6", False),
    ("libgcc_s.so.1", False),
    ("libX11.so.6", False),
    ("libX11-xcb.so.1", False),
    ("libglib-2.0.so.0", False),
    ("libgthread-2.0.so.0", False),
    # ... but the xcb helpers a desktop may lack travel with the app.
    ("libxcb-cursor.so.0", True),
    ("libxcb-icccm.so.4", True),
    ("libxkbcommon-x11.so.0", True),
    ("libzstd.so.1", True),
])
def test_keep_binary(bundle_rules: ModuleType, dest: str, kept: bool) -> None:
    assert bundle_rules.keep_binary(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_ar.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_fr.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_fr.qm", False),
    ("content/declaration/fr.txt", True),
    ("resources/translations/rights_at_hand_fr.qm", True),
    ("resources/languages/fr.json", True),
])
def test_keep_data(bundle_rules: ModuleType, dest: str, kept: bool) -> None:
    assert bundle_rules.keep_data(dest) is kept


def test_filter_toc_drops_links_to_dropped_libraries(bundle_rules: ModuleType) -> None:
    toc = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/x/libQt6Network.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("content/manifest.json", "/x/manifest.json", "DATA"),
    ]
    kept = [dest for dest, _src, _type in bundle_rules.filter_toc(toc)]
    assert kept == ["PySide6/Qt/lib/libQt6Core.so.6", "content/manifest.json", "libQt6Core.so.6"]


def test_prune_unreferenced_follows_links_transitively(bundle_rules: ModuleType) -> None:
    needs = {
        "/q/libqxcb.so": ["libX11.so.6"],
        "/s/libX11.so.6": ["libxcb.so.1"],
        "/s/libxcb.so.1": [],
        "/s/libcairo.so.2": ["libpixman-1.so.0"],  # only the dropped GTK theme used these
        "/s/libpixman-1.so.0": [],
        "/s/libpython3.11.so.1.0": [],  # opened by the bootloader, linked by nothing
    }
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
        ("libX11.so.6", "/s/libX11.so.6", "BINARY"),
        ("libxcb.so.1", "/s/libxcb.so.1", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/s/libpixman-1.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
    ]
    kept = {dest for dest, _s, _t in bundle_rules.prune_unreferenced(toc, needs.__getitem__)}
    assert kept == {"PySide6/Qt/plugins/platforms/libqxcb.so", "libX11.so.6", "libxcb.so.1",
                    "libpython3.11.so.1.0"}


@pytest.mark.skipif(not LINUX, reason="ELF")
def test_elf_needed_reads_the_interpreter(bundle_rules: ModuleType) -> None:
    needed = bundle_rules.elf_needed(os.path.realpath(sys.executable))
    assert any(name.startswith("libc.so") for name in needed)
    assert bundle_rules.elf_needed(__file__) == []


def test_every_excluded_module_is_really_absent_from_the_app(bundle_rules: ModuleType) -> None:
    # The app's own code must not need what the bundle leaves out.
    root = Path(__file__).resolve().parents[2] / "desktop"
    excluded = set(bundle_rules.EXCLUDED_MODULES) - {"PySide6.QtDBus"}
    offenders = []
    for path in root.rglob("*.py"):
        if "tools" in path.relative_to(root).parts:
            continue  # build-time tools, not in the bundle
        for line in path.read_text(encoding="utf-8").splitlines():
            words = line.split()
            if len(words) >= 2 and words[0] in ("import", "from"):
                module = words[1].rstrip(",")
                if any(module == m or module.startswith(m + ".") for m in excluded):
                    offenders.append(f"{path.relative_to(root)}: {line.strip()}")
    assert offenders == []


# --------------------------------------------------------------------------- ICU


def _common_data(items: dict[str, bytes]) -> bytes:
    """A small ICU common data package laid out as ICU's tools write it."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes([1, 0, 0, 0]) + bytes(4)
    header = header.ljust(32, b"\0")
    names = sorted(items)
    encoded = b"".join(f"icudt73l/{n}".encode() + b"\0" for n in names)
    head = 4 + 8 * len(names)
    offset = head + len(encoded)
    offset += -(32 + offset) % 16
    table, body = b"", b""
    pos = head
    for n in names:
        body += b"\0" * (-(32 + offset + len(body)) % 16)
        table += struct.pack("<II", pos, offset + len(body))
        pos += len(f"icudt73l/{n}") + 1
        body += items[n]
    pad = b"\0" * (offset - head - len(encoded))
    return header + struct.pack("<I", len(names)) + table + encoded + pad + body


def _read_items(blob: bytes) -> dict[str, bytes]:
    header_size = struct.unpack_from("<H", blob, 0)[0]
    count = struct.unpack_from("<I", blob, header_size)[0]
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    out = {}
    for i, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = blob[start:blob.index(b"\0", start)].decode().split("/", 1)[1]
        end = entries[i + 1][1] if i + 1 < count else len(blob) - header_size
        assert (header_size + data_offset) % 16 == 0
        out[name] = blob[header_size + data_offset:header_size + end].rstrip(b"\0")
    return out


def test_icu_trim_keeps_the_six_languages_and_every_non_locale_item(icu_trim: ModuleType) -> None:
    items = {
        "root.res": b"root", "pool.res": b"pool", "fr.res": b"fr", "fr_CA.res": b"frca",
        "de.res": b"de", "zh_Hant_TW.res": b"zhtw", "yue.res": b"yue", "ar_EG.res": b"areg",
        "supplementalData.res": b"supp", "uprops.icu": b"props", "cnvalias.icu": b"alias",
        "ibm-943_P15A-2003.cnv": b"sjis", "coll/ucadata.icu": b"uca", "coll/ru.res": b"ru",
        "coll/sv.res": b"sv", "brkitr/char.brk": b"brk", "brkitr/thaidict.dict": b"thai",
        "translit/root.res": b"tr", "zone/tzdbNames.res": b"tzdb", "unit/en_GB.res": b"engb",
    }
    trimmed, kept, dropped = icu_trim.trim_common_data(_common_data(items))
    back = _read_items(trimmed)
    assert set(back) == {
        "root.res", "pool.res", "fr.res", "fr_CA.res", "zh_Hant_TW.res", "ar_EG.res",
        "supplementalData.res", "uprops.icu", "cnvalias.icu", "coll/ucadata.icu",
        "coll/ru.res", "brkitr/char.brk", "zone/tzdbNames.res", "unit/en_GB.res",
    }
    assert all(back[name] == items[name] for name in back)
    assert (kept, dropped) == (14, 6)


def test_icu_trim_refuses_something_else(icu_trim: ModuleType) -> None:
    with pytest.raises(ValueError):
        icu_trim.trim_common_data(b"\x20\x00\xda\x27" + bytes(60))


# --------------------------------------------------------------------------- icons


def test_ico_and_icns_hold_the_pngs(icons: ModuleType) -> None:
    pngs = {16: b"\x89PNG-16", 32: b"\x89PNG-32", 256: b"\x89PNG-256"}
    ico = icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind, count) == (0, 1, 3)
    for i, size in enumerate(sorted(pngs)):
        width, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i)
        assert width == (0 if size == 256 else size)
        assert ico[offset:offset + length] == pngs[size]
    icns = icons.icns_bytes({128: b"\x89PNG-128", 512: b"\x89PNG-512"})
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert icns[8:12] == b"ic07" and b"ic09" in icns


# --------------------------------------------------------------------------- packages


@pytest.fixture()
def fake_onedir(tmp_path: Path) -> Path:
    """A stand-in for PyInstaller's folder: a program that prints its arguments."""
    onedir = tmp_path / "dist" / APP_ID
    (onedir / "_internal" / "content").mkdir(parents=True)
    (onedir / "_internal" / "content" / "manifest.json").write_text("{}", encoding="utf-8")
    program = onedir / APP_ID
    program.write_text('#!/bin/sh\necho "args: $*"\n', encoding="utf-8")
    program.chmod(0o755)
    return onedir


def test_tar_gz_is_stable_and_owned_by_root(build: ModuleType, fake_onedir: Path,
                                            tmp_path: Path) -> None:
    first = build.make_tar_gz(fake_onedir, tmp_path / "a.tar.gz", APP_ID)
    os.utime(fake_onedir / APP_ID, (1, 1))  # a different mtime must not change the archive
    second = build.make_tar_gz(fake_onedir, tmp_path / "b.tar.gz", APP_ID)
    assert first.read_bytes() == second.read_bytes()
    with tarfile.open(first) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert set(members) == {APP_ID, f"{APP_ID}/{APP_ID}", f"{APP_ID}/_internal",
                            f"{APP_ID}/_internal/content",
                            f"{APP_ID}/_internal/content/manifest.json"}
    assert members[f"{APP_ID}/{APP_ID}"].mode == 0o755
    assert members[f"{APP_ID}/_internal/content/manifest.json"].mode == 0o644
    assert {m.uname for m in members.values()} == {"root"}


@pytest.mark.skipif(not LINUX, reason="the POSIX launcher")
def test_usb_layout_starts_the_app_through_its_launcher(build: ModuleType, fake_onedir: Path,
                                                         tmp_path: Path) -> None:
    usb = build.make_usb_layout(fake_onedir, tmp_path / "usb")
    assert (usb / "portable").is_file() and (usb / "portable").read_bytes() == b""
    assert (usb / APP_ID / APP_ID).is_file()
    readme = (usb / "README.txt").read_text(encoding="utf-8")
    assert "portable" in readme and "data" in readme
    launcher = usb / "start-rights-at-hand.sh"
    assert launcher.stat().st_mode & stat.S_IXUSR
    out = subprocess.run([str(launcher), "show", "art 1"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "args: show art 1"


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")
def test_deb_installs_the_app_menu_entry_icon_and_metainfo(build: ModuleType, fake_onedir: Path,
                                                            tmp_path: Path) -> None:
    deb = build.make_deb(fake_onedir, tmp_path, tmp_path / "deb-root")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    for path in (f"./opt/{APP_ID}/{APP_ID}", f"./usr/bin/{APP_ID}",
                 f"./usr/share/applications/{APP_ID}.desktop",
                 f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"./usr/share/doc/{APP_ID}/copyright"):
        assert path in listing, path
    assert "root/root" in listing
    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Architecture"],
                          capture_output=True, text=True, check=True).stdout
    assert f"Package: {APP_ID}" in info and f"Version: {build.__version__}" in info
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    wrapper = (unpacked / "usr" / "bin" / APP_ID).read_text(encoding="utf-8")
    assert f"exec /opt/{APP_ID}/{APP_ID}" in wrapper
    assert (unpacked / "opt" / APP_ID / APP_ID).stat().st_mode & stat.S_IXOTH


def test_a_host_library_the_app_could_not_name_stops_the_build(
        build: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Whatever the app's core takes from the host must have a package in
    desktop/host_libraries.py, or the frozen app could not say what to install."""
    needed = {
        "libc.so.6": ["_internal/libpython3.11.so.1.0"],
        "libdbus-1.so.3": ["_internal/PySide6/Qt/lib/libQt6DBus.so.6"],
        "libwayland-client.so.0": ["_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
                                   "_internal/PySide6/Qt/lib/libQt6WaylandClient.so.6"],
        "libcups.so.2": ["_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"],
    }
    monkeypatch.setattr(build, "host_libraries", lambda onedir: needed)
    assert build.unexplained_host_libraries(tmp_path) == []
    needed["libfoo.so.1"] = ["_internal/PySide6/Qt/lib/libQt6Gui.so.6"]
    assert build.unexplained_host_libraries(tmp_path) == [
        "host library with no package in desktop/host_libraries.py: libfoo.so.1 "
        "(needed by _internal/PySide6/Qt/lib/libQt6Gui.so.6)"]
