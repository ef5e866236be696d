"""`python -m desktop.search.build [OUTDIR]`: build the shipped, read-only search index.

OUTDIR defaults to `paths.shipped_index_dir()` (build/index in a checkout).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop import paths
from desktop.library import Library
from desktop.search.index import INFO_NAME, build_index


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else paths.shipped_index_dir()
    library = Library.load()
    t0 = time.perf_counter()
    build_index(library, outdir)
    seconds = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in outdir.iterdir() if p.is_file())
    print(f"built {outdir} ({size / 1024:.0f} KiB, {seconds:.1f} s); see {outdir / INFO_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
