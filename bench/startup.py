"""Start-up: time from process start to the first shown main window, and peak memory.

Compared, in the same run and alternating, with a bare PySide6 window holding one
QTextBrowser (what any Qt reader costs at least). Each start is a fresh Python process
with a fresh data folder (a first start: no settings yet). Issue 4's targets:

    time to first window   <= 1.3 x the bare window
    peak memory            <= the bare window's + 60 MB

    python bench/startup.py [--runs N] [--readme]

"Shown" is the moment the window's first expose event has been handled (Qt paints the
whole window then). Peak memory is the process's maximum resident set size, read once the
app has settled: for the app, after the search index has been opened in the background
(that is part of starting up), for the bare window after the same pause.
The platform is the one Qt picks (offscreen when there is no display; set
QT_QPA_PLATFORM=xcb under Xvfb to measure with a real window system).
"""

from __future__ import annotations

import time

_PYTHON_READY = time.time()  # the interpreter is up and this script is running

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SETTLE_S = 0.5  # idle time after the window is shown (and the index is open) before exit


# -- the child processes ---------------------------------------------------------------------


def _peak_rss_mib() -> float | None:
    try:
        import resource
    except ImportError:  # Windows: no getrusage
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _child(kind: str, data_dir: str) -> None:
    report: dict[str, object] = {"python_ready_at": _PYTHON_READY}

    # Same way of noticing "shown" for both: the first expose of a top-level window.
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QWindow

    class FirstExpose(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.done = False
            self.on_shown: list[object] = []

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if (not self.done and event.type() == QEvent.Type.Expose
                    and isinstance(obj, QWindow) and obj.isExposed()):
                self.done = True
                # Runs once the expose (and the painting it triggers) has been handled.
                QTimer.singleShot(0, self._shown)
            return False

        def _shown(self) -> None:
            report["shown_at"] = time.time()
            for callback in self.on_shown:
                callback()  # type: ignore[operator]

    watcher = FirstExpose()

    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QTextBrowser

        app = QApplication([sys.argv[0]])
        app.installEventFilter(watcher)
        browser = QTextBrowser()
        browser.setPlainText("Rights at Hand")
        browser.resize(1000, 700)
        browser.show()

        def settle() -> None:
            QTimer.singleShot(int(SETTLE_S * 1000), app.quit)

        watcher.on_shown.append(settle)
        app.exec()
    else:
        # As `rights-at-hand` does it: the CLI module, the paths, then the app.
        import desktop.cli  # noqa: F401
        from desktop import paths

        paths.configure(data_dir)
        import desktop.ui  # noqa: F401
        from desktop.ui.app import application, finish, start

        app = application()
        app.installEventFilter(watcher)
        window = start()
        service = window.ctx.search

        def settle() -> None:
            def done(ok: bool = True, _message: str = "") -> None:
                report["index_ready_at"] = time.time()
                report["index_ok"] = ok
                QTimer.singleShot(int(SETTLE_S * 1000), app.quit)

            if service.is_ready:
                done()
            else:
                service.ready.connect(done)

        watcher.on_shown.append(settle)
        app.exec()
        window.quitting_quickly = True  # write nothing on the way out
        finish(window)
    report["peak_rss_mib"] = _peak_rss_mib()
    print(json.dumps(report), flush=True)
    os._exit(0)


# -- the parent ------------------------------------------------------------------------------


def _run_once(kind: str) -> dict[str, float]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as data:
        started = time.time()
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--data-dir", data],
            env=env, capture_output=True, text=True, timeout=300, cwd=ROOT,
        )
    if done.returncode != 0:
        raise SystemExit(f"{kind} start failed:\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    result = {"shown_s": report["shown_at"] - started,
              "python_s": report["python_ready_at"] - started,
              "peak_mib": report["peak_rss_mib"] or float("nan")}
    if "index_ready_at" in report:
        result["index_s"] = report["index_ready_at"] - started
    return result


def _index_note() -> str:
    sys.path.insert(0, str(ROOT))
    from desktop import paths

    shipped = paths.shipped_index_dir()
    if (shipped / "index-info.json").is_file():
        return f"the shipped index ({shipped.relative_to(ROOT)})"
    return "no shipped index: the app builds one in the data folder at each first start"


def measure(runs: int) -> dict[str, object]:
    results: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
    for kind in ("bare", "app"):
        _run_once(kind)  # warm the file cache; not counted
    for _ in range(runs):
        for kind in ("bare", "app"):  # alternating, so drift hits both alike
            results[kind].append(_run_once(kind))

    def median(kind: str, key: str) -> float:
        values = [r[key] for r in results[kind] if key in r]
        return statistics.median(values) if values else float("nan")

    summary = {
        kind: {key: median(kind, key)
               for key in ("shown_s", "python_s", "peak_mib", "index_s")}
        for kind in results
    }
    summary["runs"] = runs  # type: ignore[assignment]
    return summary


def table(summary: dict[str, object], runs: int) -> str:
    bare, app = summary["bare"], summary["app"]
    assert isinstance(bare, dict) and isinstance(app, dict)
    ratio = app["shown_s"] / bare["shown_s"]
    extra = app["peak_mib"] - bare["peak_mib"]
    time_ok = "yes" if ratio <= 1.3 else "NO"
    mem_ok = "yes" if extra <= 60 else "NO"
    lines = [
        "| | bare PySide6 window (one QTextBrowser) | Rights at Hand main window | target | met |",
        "|---|---|---|---|---|",
        f"| process start to first shown window (median of {runs}) "
        f"| {bare['shown_s'] * 1000:.0f} ms "
        f"| {app['shown_s'] * 1000:.0f} ms ({ratio:.2f}×) | ≤ 1.3× | {time_ok} |",
        f"| … of which Python start-up (same in both) | {bare['python_s'] * 1000:.0f} ms "
        f"| {app['python_s'] * 1000:.0f} ms | | |",
        f"| peak memory (max RSS) | {bare['peak_mib']:.0f} MiB | {app['peak_mib']:.0f} MiB "
        f"(+{extra:.0f} MiB) | ≤ +60 MiB | {mem_ok} |",
        f"| search index open (in the background) | – | {app['index_s'] * 1000:.0f} ms after "
        "process start | | |",
    ]
    return "\n".join(lines)


def machine() -> str:
    qpa = os.environ.get("QT_QPA_PLATFORM") or (
        "offscreen" if not os.environ.get("DISPLAY") else "default (display present)")
    return (f"{os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"{platform.system()}, Qt platform: {qpa}")


def readme_section(summary: dict[str, object], runs: int) -> str:
    return "\n".join([
        "## Start-up",
        "",
        "`python bench/startup.py` (`--readme` rewrites this section). Targets (issue 4): time "
        "to first window ≤ 1.3 × a bare PySide6 window holding one QTextBrowser; peak memory ≤ "
        "the bare window's + 60 MB.",
        "",
        f"Each start is a fresh process with a fresh data folder, alternating bare / app, one "
        f"warm-up start of each not counted. Search index: {_index_note()}. "
        f"Machine: {machine()}.",
        "",
        table(summary, runs),
        "",
        "Notes. *Shown* is when the first expose of the window has been handled, i.e. the "
        "window is painted with its content: for the app, the Declaration laid out in the "
        "reader, the library tree, menus and toolbar, in the interface language. Deferred "
        "until just after that first paint (not counted above): the content integrity check, "
        "bookmarks and printing, the search panel, and opening (or building) the search index "
        "in the search thread; peak memory is read after all of that, so it includes the index.",
        "",
        "**The time target is not met.** Where the app's extra time goes, measured in-process "
        "with phase timestamps on this machine under light load (bare window: ~100 ms from "
        "Python ready to painted; app: ~300 ms): importing the app's own modules and the Qt "
        "classes they use ~110 ms (PySide6 6.12 creates a Python enum class for each Qt enum "
        "type on first use, and `enum` is slow on CPython 3.11: the Qt namespace and QEvent "
        "alone cost tens of ms), `desktop.paths` (platformdirs) ~20 ms, parsing the content "
        "~11 ms, bundled fonts ~7 ms, building the window ~20 ms, laying out the document "
        "~14 ms, show and first paint ~22 ms. Already done to get here: everything above "
        "deferred past the first paint, the library tree built lazily, no `viewport()` call "
        "before the paint (its first call alone set up PySide types for ~20 ms), lazy imports. "
        "Further gains would need fewer Qt types touched before the first paint (e.g. menus "
        "built when first opened). The machine was shared with other work while measuring: "
        "the bare window's median ranged from 230 to 460 ms between runs of this script, the "
        "ratio from 1.6× to 2.3×.",        "",
    ])


def write_readme(section: str) -> None:
    path = ROOT / "bench" / "README.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    start = text.find("## Start-up")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + ("" if end < 0 else text[end + 1:])
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--readme", action="store_true", help="rewrite bench/README.md")
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.data_dir or tempfile.mkdtemp())
        return 0
    summary = measure(args.runs)
    print(table(summary, args.runs))
    if args.readme:
        write_readme(readme_section(summary, args.runs))
        print("bench/README.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
