"""Application icons for the installers, rendered from one SVG at build time.

The source is the app's own icon, `resources/icons/app.svg` (the window uses it too).
PyInstaller wants an `.ico` on Windows and an `.icns` on macOS, and the .deb ships PNGs beside
the SVG for desktops that do not read SVG. Both container formats may hold plain PNG images,
so they are written here directly (no Pillow, no binary files in git). Rendering uses Qt's
SVG renderer, offscreen.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE_SVG = HERE.parent / "resources" / "icons" / "app.svg"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types that hold PNG data, by pixel size.
ICNS_TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10", 32: b"ic11", 64: b"ic12"}
PNG_SIZES = (48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size x size PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    png_format: Any = "PNG"  # the stubs say bytes; PySide6 6.12 accepts only str here
    image.save(buffer, png_format)
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose images are PNGs (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG elements."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path, svg: Path = SOURCE_SVG, app_id: str = "rights-at-hand") -> list[Path]:
    """Write `<app_id>.ico`, `<app_id>.icns` and `<app_id>-<size>.png` files into out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = set(ICO_SIZES) | set(ICNS_TYPES) | set(PNG_SIZES)
    pngs = {size: render_png(svg, size) for size in sorted(sizes)}
    written = []
    ico = out_dir / f"{app_id}.ico"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    icns = out_dir / f"{app_id}.icns"
    icns.write_bytes(icns_bytes({s: pngs[s] for s in ICNS_TYPES}))
    written += [ico, icns]
    for size in PNG_SIZES:
        path = out_dir / f"{app_id}-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    return written


if __name__ == "__main__":
    default = HERE.parent / "build" / "packaging" / "icons"
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    for path in make_icons(target):
        print(path)
