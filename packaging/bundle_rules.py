"""What goes into a frozen build: shared by the app's spec and bench/bundle.py's bare window.

PyInstaller's Qt hooks collect every plugin type a Qt module can use and every Qt translation
in every language. Most of that is dead weight here (a reader that never draws with OpenGL,
never talks to the network, never runs QML), and some of it is risky: `platforms/qvnc` opens a
network server, `tls/*` and `networkinformation/*` exist only for networking, and the GTK
platform theme alone drags in cairo, pango and gdk-pixbuf. So the spec keeps an explicit
allow-list of plugins, drops whole Qt libraries by name, and keeps Qt's own translations for
the app's languages only (desktop.languages).

Pure data plus small functions on PyInstaller TOC tuples, so it is importable (and testable)
without PyInstaller.
"""

from __future__ import annotations

import os
import posixpath
import re
import struct
from collections.abc import Callable, Iterable

from desktop.languages import LANGUAGES as APP_LANGUAGES
from desktop.languages import qt_name

#: The interface languages (Qt's names, from desktop.languages); Qt's stock dialogs
#: (print, file) are translated for these.
LANGUAGES = tuple(qt_name(code) for code in APP_LANGUAGES)

#: Python modules never needed at run time. The networking ones are left out on purpose: the
#: app never opens a connection, and a bundle without TLS, HTTP, mail or URL-fetching code
#: cannot be talked into it. (`socket` itself stays: whoosh needs `cached_property`, which
#: imports asyncio, and `uuid` imports socket lazily. `urllib.request` is replaced by a stub,
#: see hooks/rthook_no_network.py.)
EXCLUDED_MODULES = (
    # networking
    "ssl", "_ssl", "_hashlib", "http", "urllib.request", "urllib.response", "xmlrpc",
    "ftplib", "smtplib", "poplib", "imaplib", "nntplib", "telnetlib", "socketserver",
    "webbrowser", "mailbox", "email", "mimetypes", "multiprocessing",
    "concurrent.futures.process",
    # legacy East Asian codecs: every text here is UTF-8
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    "_multibytecodec",
    # development and packaging tools
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc", "pydoc_data", "doctest",
    "unittest", "lib2to3", "distutils", "setuptools", "pkg_resources", "pip", "ensurepip",
    "venv", "pytest", "_pytest", "hypothesis", "mypy", "ruff", "PyInstaller",
    "curses", "_curses", "readline", "dbm", "xml.dom", "xml.sax",
    # Qt bindings we do not use, and the parts of PySide6 that are not Widgets
    "PyQt5", "PyQt6", "PySide2",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest", "PySide6.QtQmlFeatures",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtXml",
    "PySide6.QtHelp", "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtConcurrent",
    "PySide6.QtLabsStyleKit", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtPdf",
    "PySide6.QtPdfWidgets", "PySide6.QtDBus",
)

#: Qt plugins kept, by plugin folder; base names without `lib` prefix or extension. Covers the
#: three desktop platforms: only the names present on the build platform are collected anyway.
KEEP_PLUGINS: dict[str, frozenset[str]] = {
    # xcb and wayland for Linux desktops, cocoa/windows elsewhere, offscreen for self-test.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    # Dead keys and input methods (ibus is how most Linux users type Chinese or Arabic).
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # Portal file dialogs on sandboxed/Wayland desktops; only Qt and D-Bus, no GTK.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "iconengines": frozenset({"qsvgicon"}),
    "imageformats": frozenset({"qsvg"}),
    "printsupport": frozenset({"cupsprintersupport", "cocoaprintersupport"}),
    # The native look on Windows (Qt >= 6.7 modern style, the older Vista one) and macOS.
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    # Window decorations where the compositor leaves them to the client (GNOME on Wayland).
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
}

#: Qt shared libraries that must not be in the bundle even if a hook pulls them in.
EXCLUDED_QT_LIBS = re.compile(
    r"Qt6?(Network|Qml\w*|Quick\w*|OpenGL\w*|EglFS\w*|EglFs\w*|WlShellIntegration|"
    r"WaylandCompositor\w*|WaylandEgl\w*|Designer\w*|Help|Sql|Pdf\w*|WebEngine\w*|"
    r"WebChannel|WebSockets|Multimedia\w*|Labs\w*|Lottie\w*|VirtualKeyboard\w*|"
    r"Concurrent|Xml|UiTools|ShaderTools|3D\w*|Charts|DataVisualization|Graphs\w*|"
    r"Positioning\w*|Location|Sensors|SerialPort|SerialBus|Bluetooth|Nfc|RemoteObjects|"
    r"Scxml|StateMachine|TextToSpeech|HttpServer|SpatialAudio|NetworkAuth)"
    r"(\.|d?\.dll|\.dylib|$)"
)

#: Libraries of the build machine that the host provides itself, for two kinds of reason.
#:
#: Tied to a host service or configuration, so the build machine's copy would be the wrong one:
#:   - CUPS (and through it gnutls, kerberos and avahi, ~8 MB): the wheel's print plugin is
#:     linked against the system libcups; without libcups on the host the plugin is skipped and
#:     printing to PDF still works.
#:   - libdbus-1: the client of the host's own buses (the accessibility bus screen readers use,
#:     the desktop portals). The build machine's copy also brought its libsystemd, libgcrypt,
#:     libgpg-error, liblz4 and libcap (~3.5 MB), none of which the app uses.
#:   - fontconfig and FreeType: the host's /etc/fonts is written for the host's fontconfig; an
#:     older bundled one can fail to read it and then finds none of the system's fonts.
#:   - libstdc++ and libgcc_s: the host's graphics driver (Mesa, loaded through the host's libGL,
#:     which PyInstaller already leaves to the host) needs the host's C++ runtime; a bundled,
#:     older libstdc++ loaded first stops it with "GLIBCXX_3.4.NN not found" (PyInstaller
#:     issue 5573, where the advice is to drop the bundled copy from onedir builds).
#:   - libX11 and libX11-xcb: PyInstaller already takes libxcb and libGL from the host, and
#:     those are linked against the host's libX11; a bundled copy mixed the two.
#: Part of every Linux desktop, listed as such by AppImage's exclude list: GLib (Qt's event
#: loop runs on it) with libgthread.
#:
#: Everything here but CUPS's family is what `make run` already needs from the host
#: (desktop/host_libraries.py names the package of each); the .deb declares them
#: (packaging/build.py reads its Depends off the frozen folder), and the frozen app names the
#: package when one is missing. The xcb helper libraries (libxcb-cursor, -icccm, -keysyms,
#: ...) stay in the bundle: they are the ones a desktop may lack.
HOST_LIBRARIES = re.compile(
    r"^lib(cups|gnutls|krb5|k5crypto|gssapi_krb5|krb5support|com_err|keyutils|avahi-\w+|"
    r"nettle|hogweed|gmp|p11-kit|tasn1|idn2|unistring|"
    r"dbus-1|fontconfig|freetype|stdc\+\+|gcc_s|X11|X11-xcb|glib-2\.0|gthread-2\.0)\.so"
)

_PLUGIN_PATH = re.compile(r"(?:^|/)plugins/([^/]+)/([^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)translations/([a-z_]+?)_([a-z]{2}(?:_[A-Z]{2})?)\.qm$")


def _normalise(dest: str) -> str:
    return dest.replace("\\", "/")


def plugin_name(filename: str) -> str:
    """`libqxcb.so` -> `qxcb`, `qwindows.dll` -> `qwindows`, `libxdg-shell.so` -> `xdg-shell`."""
    name = filename.rsplit("/", 1)[-1]
    for suffix in (".so", ".dll", ".dylib"):
        name = name.removesuffix(suffix)
    return name.removeprefix("lib")


def keep_binary(dest: str) -> bool:
    """Should this collected binary (destination path inside the bundle) be kept?"""
    dest = _normalise(dest)
    base = dest.rsplit("/", 1)[-1]
    if dest.startswith("PySide6/"):
        match = _PLUGIN_PATH.search(dest)
        if match:
            folder, filename = match.groups()
            return plugin_name(filename) in KEEP_PLUGINS.get(folder, frozenset())
        # PySide6 extension modules of the Qt modules left out (QtNetwork.abi3.so, ...).
        if _is_excluded_pyside_module(base):
            return False
    if EXCLUDED_QT_LIBS.search(base):
        return False
    return not HOST_LIBRARIES.match(base)


def _is_excluded_pyside_module(base: str) -> bool:
    stem = base.split(".", 1)[0]
    return f"PySide6.{stem}" in EXCLUDED_MODULES or stem in ("libpyside6qml",)


def keep_data(dest: str) -> bool:
    """Should this collected data file be kept? Drops Qt translations outside LANGUAGES."""
    dest = _normalise(dest)
    match = _QT_TRANSLATION.search(dest)
    if match and dest.startswith("PySide6/"):
        catalogue, lang = match.groups()
        # qtbase holds the strings of the stock dialogs; the other catalogues belong to
        # modules that are not in the bundle.
        return catalogue == "qtbase" and lang in LANGUAGES
    return not (dest.startswith("PySide6/") and "/qml/" in dest)


Entry = tuple[str, str, str]


def elf_needed(path: str | os.PathLike[str]) -> list[str]:
    """The DT_NEEDED sonames of an ELF shared object or executable; [] for anything else.

    A small reader (section headers -> SHT_DYNAMIC -> its string table) so the build needs
    neither readelf nor ldd, and never runs the binary's own loader.
    """
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return []
    if data[:4] != b"\x7fELF":
        return []
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section = order + "IIQQQQIIQQ"
        dyn, dynsize = order + "qQ", 16
    else:
        shoff, = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section = order + "IIIIIIIIII"
        dyn, dynsize = order + "iI", 8
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    needed = []
    for _name, sh_type, _flags, _addr, offset, size, link, *_rest in sections:
        if sh_type != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][4]
        for pos in range(offset, offset + size, dynsize):
            tag, value = struct.unpack_from(dyn, data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab + value)
                needed.append(data[strtab + value:end].decode("utf-8", "replace"))
    return needed


#: Loaded with dlopen, not linked: the bootloader opens libpython itself.
DLOPENED = re.compile(r"^libpython\d")


def prune_unreferenced(
    entries: list[Entry], needed: Callable[[str], list[str]] = elf_needed
) -> list[Entry]:
    """Drop system libraries that no kept binary needs any more (Linux).

    PyInstaller collects the link-time dependencies of every plugin before the allow-list
    runs; the GTK theme plugin alone drags in cairo, pango, gdk-pixbuf and gio (~10 MB).
    Libraries in the top folder stay only if something kept links to them, transitively.
    """
    top = {_normalise(dest): entry for entry in entries
           for dest in [entry[0]] if "/" not in _normalise(dest)
           and entry[2] == "BINARY" and not DLOPENED.match(_normalise(dest))}
    roots = [entry for entry in entries
             if entry[2] in ("BINARY", "EXTENSION") and _normalise(entry[0]) not in top]
    reached: set[str] = set()
    stack = [src for _dest, src, _typecode in roots]
    while stack:
        for soname in needed(stack.pop()):
            if soname in top and soname not in reached:
                reached.add(soname)
                stack.append(top[soname][1])
    return [e for e in entries if _normalise(e[0]) not in top or _normalise(e[0]) in reached]


def filter_toc(entries: Iterable[Entry]) -> list[Entry]:
    """Entries of a PyInstaller TOC (dest, source, typecode) that the bundle keeps."""
    out: list[Entry] = []
    links: list[Entry] = []
    for entry in entries:
        dest, _src, typecode = entry
        if typecode in ("BINARY", "EXTENSION"):
            if keep_binary(dest):
                out.append(entry)
        elif typecode == "DATA":
            if keep_data(dest):
                out.append(entry)
        elif typecode == "SYMLINK":
            links.append(entry)
        else:
            out.append(entry)
    # PyInstaller links each Qt library into the top folder too ("libQt6Core.so.6 ->
    # PySide6/Qt/lib/..."); a link whose target was dropped would dangle.
    kept = {_normalise(dest) for dest, _src, _typecode in out}
    for dest, target, typecode in links:
        parent = _normalise(dest).rpartition("/")[0]
        resolved = posixpath.normpath(posixpath.join(parent, _normalise(target)))
        if resolved in kept:
            out.append((dest, target, typecode))
    return out
