"""Start-up integrity check: time of desktop.integrity.check_content on the bundled content.

Baseline, in the same run: reading the same files' bytes without hashing or comparing them, so
the table shows what the check adds over the I/O the app needs anyway.

    python bench/integrity.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.integrity import check_content  # noqa: E402
from desktop.manifest import content_files  # noqa: E402

RUNS = 50


def _read_all(root: Path) -> int:
    return sum(len(p.read_bytes()) for p in content_files(root))


def _times(fn: object, runs: int = RUNS) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> int:
    root = ROOT / "content"
    size = _read_all(root)
    report = check_content(root)
    check = _times(lambda: check_content(root))
    read = _times(lambda: _read_all(root))
    print(f"content: {report.files_checked} files, {size / 1024:.0f} KiB, "
          f"{'ok' if report.ok else 'MISMATCH'}; {RUNS} warm runs each")
    print("| | median | p95 |")
    print("|---|---|---|")
    for name, t in (("check_content (hash + compare)", check), ("read the files (baseline)", read)):
        p95 = statistics.quantiles(t, n=20)[-1]
        print(f"| {name} | {statistics.median(t):.2f} ms | {p95:.2f} ms |")
    print(f"ratio of medians: {statistics.median(check) / statistics.median(read):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
