"""Lead-ins, the passage card and the presentation view: how long they take (issue 16).

    QT_QPA_PLATFORM=offscreen python bench/passage_card.py

Prints a table; asserts nothing (tests never time anything). Figures are medians of
several runs in this process, after one run not counted (fonts loaded, caches filled).
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RUNS = 15


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> tuple[float, float, float]:
    """(median, min, max) in milliseconds, after one run not counted."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop.lead_ins import lead_in
    from desktop.library import Library
    from desktop.printing.card import build_card
    from desktop.printing.printout import build, select
    from desktop.ui.fonts import load_bundled_fonts
    from desktop.ui.presentation import PresentationView
    from desktop.ui.printing import export_pdf
    from desktop.verbs.show import show

    load_bundled_fonts()
    library = Library.load()
    versions = [v for d in library for v in d.versions.values()]
    count = sum(len(v.ids()) for v in versions)

    def every_lead_in() -> None:
        for v in versions:
            for pid in v.ids():
                lead_in(v, pid)

    out = Path(tempfile.mkdtemp()) / "bench.pdf"
    part = select(library, "declaration:art-5.a")
    rows: list[tuple[str, tuple[float, float, float]]] = [
        (f"lead_in of every passage ({count} in {len(versions)} texts)",
         median_ms(every_lead_in)),
        ("show declaration:art-5.a --json (in process)",
         median_ms(lambda: show("declaration:art-5.a", "ar", library))),
        ("export-pdf art-5.a --lang ar --parallel en (build + write, one page)",
         median_ms(lambda: export_pdf(build(library, [part], "ar", "en"), out), 7)),
        ("export-pdf art-12.2 --lang ar --card (one page)",
         median_ms(lambda: export_pdf(build_card(library, select(library, "art 12(2)"),
                                                 "ar", "en"), out), 7)),
        ("export-pdf art 9 --lang fr --parallel ru --card (shrunk to one page)",
         median_ms(lambda: export_pdf(build_card(library, select(library, "art 9"),
                                                 "fr", "ru"), out), 7)),
    ]
    for size in ((1366, 768), (800, 600)):
        def open_view(size: tuple[int, int] = size) -> None:
            view = PresentationView(library, "declaration", ["art-12.2"], "ar")
            view.resize(*size)
            view.show()
            app.processEvents()
            view.close()
            view.deleteLater()
            app.processEvents()

        rows.append((f"presentation view, art. 12(2) ar beside en, open to laid out at "
                     f"{size[0]}x{size[1]}", median_ms(open_view, 7)))

    print(f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()}, Qt platform: {os.environ['QT_QPA_PLATFORM']}.\n")
    print("| | median | min – max |")
    print("|---|---|---|")
    for name, (med, lo, hi) in rows:
        print(f"| {name} | {med:.2f} ms | {lo:.2f} – {hi:.2f} ms |")


if __name__ == "__main__":
    main()
