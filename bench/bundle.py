"""Bundle benchmark: size of the frozen app and its start-up time beside a bare Qt window.

    python bench/bundle.py            print the table (builds dist/ first if it is missing)
    python bench/bundle.py --readme   also write it into the `## Bundle` section of bench/README.md

Sizes are those of `make bundle`'s outputs in dist/. Start-up is measured on two builds made
in this run the same way (packaging/rights-at-hand.spec's rules: same Python options, Qt
allow-list, stripping, trimmed ICU): the app itself, and a bare PySide6 window (one
QTextBrowser). Both carry the same extra runtime hook, a probe that lets the event loop turn
once after the first window is shown, prints, and exits; the time is from process start to
that line, offscreen, warm (file cache hot: the first runs are discarded), alternating
between the two programs. Targets: onedir <= 105 MB, .tar.gz <= 43 MB (issue 15, with the
Universal Declaration, the Covenant and SQLCipher in; issue 7 had 110 and 45), start-up
<= 1.3 x the bare window (issue 7).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path[:0] = [str(ROOT), str(PACKAGING)]

from bench_readme import README, write_section  # noqa: E402
from ratios import judge  # noqa: E402

import build as bundle_build  # noqa: E402  (packaging/build.py)
from desktop import APP_ID, __version__  # noqa: E402

WORK = ROOT / "build" / "bench"
RUNS = 15
WARMUP = 2
TARGETS = {"onedir": 105e6, "archive": 43e6, "ratio": 1.3}

PROBE_HOOK = '''
"""bench/bundle.py start-up probe: at the first paint of a shown window, report and exit.

It watches the shown top-level windows only (an application-wide filter would charge the app
for every one of its events), and stops at their first paint, so work an app defers until
after its first paint is not counted, in either program.
"""
def _probe():
    import os, sys
    from PySide6 import QtCore, QtWidgets
    original = QtWidgets.QApplication.exec

    class Watch(QtCore.QObject):
        def eventFilter(self, obj, event):
            if event.type() == QtCore.QEvent.Type.Paint:
                sys.stdout.write("PROBE shown=1\\n")
                sys.stdout.flush()
                os._exit(0)
            return False

    def exec_(*_args):
        shown = [w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible()]
        if not shown:
            sys.stdout.write("PROBE shown=0\\n")
            sys.stdout.flush()
            os._exit(3)
        watch = Watch()
        for w in shown:
            w.installEventFilter(watch)
        QtWidgets.QApplication._rah_probe = watch  # keep it alive
        return original()

    QtWidgets.QApplication.exec = exec_
_probe()
del _probe
'''

BARE_SCRIPT = '''
import sys
from PySide6.QtWidgets import QApplication, QTextBrowser

app = QApplication(sys.argv)
view = QTextBrowser()
view.setHtml("<h1>Article 1</h1><p>Everyone has the right, individually and in association "
             "with others, to promote and to strive for the protection of human rights.</p>")
view.resize(800, 600)
view.show()
sys.exit(app.exec())
'''

# The bare window goes through the same rules as packaging/rights-at-hand.spec.
BARE_SPEC = '''
import sys
sys.path.insert(0, {packaging!r})
import bundle_rules, icu_trim
from pathlib import Path

a = Analysis([{script!r}], excludes=list(bundle_rules.EXCLUDED_MODULES),
             runtime_hooks=[{probe!r}], noarchive=False)
a.binaries = bundle_rules.filter_toc(a.binaries)
a.datas = bundle_rules.filter_toc(a.datas)
if sys.platform.startswith("linux"):
    a.binaries = bundle_rules.prune_unreferenced(a.binaries)
    a.binaries = icu_trim.swap_in_trimmed(a.binaries, Path(workpath) / "icu")
pyz = PYZ(a.pure)
strip = sys.platform.startswith("linux")
exe = EXE(pyz, a.scripts, [("X utf8", None, "OPTION")], exclude_binaries=True,
          name="bare", strip=strip, upx=False, console=True)
coll = COLLECT(exe, a.binaries, a.datas, strip=strip, upx=False, name="bare")
'''


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def freeze_bare(work: Path, probe: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    script = work / "bare.py"
    script.write_text(BARE_SCRIPT, encoding="utf-8")
    spec = work / "bare.spec"
    spec.write_text(BARE_SPEC.format(packaging=str(PACKAGING), script=str(script),
                                     probe=str(probe)), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "work"),
                    str(spec)], check=True, cwd=work, env=env)
    return work / "dist" / "bare" / ("bare.exe" if sys.platform == "win32" else "bare")


def freeze_app_with_probe(work: Path, probe: Path) -> Path:
    onedir = bundle_build.run_pyinstaller(
        work / "dist", work / "work", extra_env={"RIGHTS_AT_HAND_EXTRA_RTHOOKS": str(probe)})
    return onedir / (f"{APP_ID}.exe" if sys.platform == "win32" else APP_ID)


def time_to_window(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to the probe's line (the first shown window)."""
    started = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0 or "PROBE shown=" not in proc.stdout:
        raise RuntimeError(f"{argv[0]} did not show a window (exit {proc.returncode}): "
                           f"{proc.stderr.strip()[-500:]}")
    return elapsed


def measure(app: Path, bare: Path, data_dir: Path) -> tuple[list[float], list[float]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app_times, bare_times = [], []
    for i in range(WARMUP + RUNS):
        # Alternate, so drift in the machine's load hits both the same.
        a = time_to_window([str(app), "--data-dir", str(data_dir)], env)
        b = time_to_window([str(bare)], env)
        if i >= WARMUP:
            app_times.append(a)
            bare_times.append(b)
    return app_times, bare_times


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def table(sizes: dict[str, int], bare_size: int, app_times: list[float],
          bare_times: list[float]) -> str:
    # app_times[i] and bare_times[i] were measured one after the other (see ratios.py).
    started = judge(app_times, bare_times, TARGETS["ratio"])

    def mark(ok: bool) -> str:
        return "yes" if ok else "**no**"

    rows = [
        "| | Rights at Hand | bare QTextBrowser window | target | met |",
        "|---|---|---|---|---|",
        f"| onedir folder | {sizes['onedir'] / 1e6:.1f} MB | {bare_size / 1e6:.1f} MB | "
        f"≤ {TARGETS['onedir'] / 1e6:.0f} MB | {mark(sizes['onedir'] <= TARGETS['onedir'])} |",
        f"| .tar.gz | {sizes['archive'] / 1e6:.1f} MB | | ≤ {TARGETS['archive'] / 1e6:.0f} MB | "
        f"{mark(sizes['archive'] <= TARGETS['archive'])} |",
    ]
    if "deb" in sizes:
        rows.append(f"| .deb | {sizes['deb'] / 1e6:.1f} MB | | | |")
    rows += [
        f"| start-up to first window, warm median | {_ms(app_times)} | {_ms(bare_times)} | "
        f"≤ 1.3 × bare (ratio of the medians and median paired ratio) | "
        f"{'**no**' if started.verdict == 'NO' else started.verdict} ({started.describe()}) |",
        f"| … p90 / min | {_p90(app_times) * 1000:.0f} / {min(app_times) * 1000:.0f} ms | "
        f"{_p90(bare_times) * 1000:.0f} / {min(bare_times) * 1000:.0f} ms | | |",
    ]
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--readme", action="store_true", help="update bench/README.md")
    parser.add_argument("--rebuild", action="store_true", help="run `make bundle`'s build first")
    args = parser.parse_args()

    onedir = bundle_build.onedir_path()
    stem = f"{APP_ID}-{__version__}-{bundle_build.os_tag()}-{bundle_build.arch_tag()}"
    archive = bundle_build.DIST / f"{stem}.tar.gz"
    if args.rebuild or not onedir.is_dir() or not archive.is_file():
        print("building dist/ (packaging/build.py) ...", flush=True)
        subprocess.run([sys.executable, str(PACKAGING / "build.py")], check=True)
    sizes = {"onedir": folder_size(onedir), "archive": archive.stat().st_size}
    debs = sorted(bundle_build.DIST.glob(f"{APP_ID}_{__version__}_*.deb"))
    if debs:
        sizes["deb"] = debs[0].stat().st_size

    WORK.mkdir(parents=True, exist_ok=True)
    probe = WORK / "rthook_startup_probe.py"
    probe.write_text(textwrap.dedent(PROBE_HOOK), encoding="utf-8")
    print("freezing the app and a bare window with the start-up probe ...", flush=True)
    started = time.monotonic()
    app = freeze_app_with_probe(WORK / "app", probe)
    bare = freeze_bare(WORK / "bare", probe)
    bare_size = folder_size(bare.parent)
    print(f"  frozen in {time.monotonic() - started:.0f} s; timing {RUNS} runs each ...",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="rah-bench-") as data_dir:
        app_times, bare_times = measure(app, bare, Path(data_dir))

    result = table(sizes, bare_size, app_times, bare_times)
    machine = (f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
               f"{platform.system()}; PyInstaller onedir, offscreen; {RUNS} warm runs each "
               f"after {WARMUP} discarded.")
    print()
    print(result)
    print()
    print(machine)
    if args.readme:
        write_readme(result, machine)
        print(f"\nwrote the Bundle section of {README}")
    return 0


def write_readme(result: str, machine: str) -> None:
    section = (
        "## Bundle\n\n"
        "`python bench/bundle.py` (after `make bundle`; `--readme` rewrites this section). "
        f"Targets: onedir ≤ {TARGETS['onedir'] / 1e6:.0f} MB, .tar.gz ≤ "
        f"{TARGETS['archive'] / 1e6:.0f} MB (issue 15), frozen start-up ≤ 1.3 × a bare "
        "PySide6 window frozen the same way (issue 7).\n\n"
        f"{machine}\n\n"
        f"{result}\n\n"
        "Notes. Start-up is process start to the first paint of the first shown window, "
        "measured by the same probe hook in both programs; for the app that "
        "covers importing its modules and building the main window (the integrity check, "
        "bookmarks, printing and the search index come after the first paint). The app/bare "
        "ratio is close to the one measured from source (bench/startup.py), so the gap is the "
        "app's own start-up work, not the freezing; where it goes is in the Start-up section "
        "(mostly PySide6 making the Python classes and enums of the Qt classes the window "
        "uses, and laying out the first page). It was 1.74–1.97× before the second round of "
        "start-up work described there. What keeps the folder small (packaging/bundle_rules.py, "
        "packaging/icu_trim.py): a Qt plugin allow-list (no network, QML, OpenGL, VNC or GTK "
        "plugins), Qt translations for the six UN languages only, system libraries that only "
        "the dropped plugins needed pruned, ELF files stripped, and ICU's data cut to root and "
        "the six languages (32 MB → 6 MB), and the libraries every Linux desktop has taken "
        "from the computer, not the build machine (D-Bus, fontconfig, FreeType, GLib, libX11, "
        "the C++ runtime: bundle_rules.HOST_LIBRARIES says why for each; 10.1 MB of the folder, "
        "4.4 MB of the .tar.gz, measured with and without them on the same commit). Before the "
        "pruning and the ICU cut the same app froze to 134 MB / 54.5 MB; a bare window frozen "
        "with PyInstaller's defaults (no allow-list, no strip) is 160 MB. Since then the "
        "Universal Declaration and the Covenant added about 1.6 MB (content 0.45 MB, index "
        "1.1 MB) and SQLCipher's module 8.4 MB.\n"
    )
    write_section("Bundle", section)


if __name__ == "__main__":
    sys.exit(main())
