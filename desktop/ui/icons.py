"""The app icon: `resources/icons/app.svg`, and PNG sizes rendered from it.

    python -m desktop.ui.icons      # re-render resources/icons/app-<size>.png

The PNGs are committed (installers and window managers want bitmaps, and rendering SVG at
start-up would cost time); run this after editing the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from desktop.paths import resources_dir

SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_dir() -> Path:
    return resources_dir() / "icons"


def render_pngs(folder: Path | None = None) -> list[Path]:
    folder = folder or icons_dir()
    renderer = QSvgRenderer(str(folder / "app.svg"))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {folder / 'app.svg'}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"app-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"cannot write {path}")
        written.append(path)
    return written


def main() -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import desktop.ui  # noqa: F401  (the PySide6 reference-count workaround first)

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in render_pngs():
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
