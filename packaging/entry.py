"""Entry script of the frozen app: the same `main` as `python -m desktop` and `rights-at-hand`."""

from __future__ import annotations

import os
import sys


def _frozen_main() -> int:
    # A windowed build (Windows `rights-at-hand.exe`, the macOS .app) starts without a console:
    # sys.stdout and sys.stderr are None there, and the first print would raise.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    from desktop.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(_frozen_main())
