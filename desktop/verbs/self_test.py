"""`rights-at-hand self-test`: drive the real main window offscreen, step by step.

The steps, their order and the runner live in `desktop.ui.selftest` (see its `steps.STEPS`);
this verb only chooses where user data goes: to `--data-dir` when given, otherwise to a
temporary folder removed afterwards, so a self-test never touches the person's own settings
or bookmarks. Exit 0 when every step passed, 1 at the first that failed (it is named).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    # Offscreen: no display is needed, nothing appears on screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop import paths

    temporary = None
    if args.data_dir:
        data_dir = paths.user_paths().data
    else:
        temporary = tempfile.mkdtemp(prefix="rights-at-hand-self-test-")
        paths.configure(temporary)
        data_dir = Path(temporary)
    paths.ensure_dir(data_dir)
    try:
        # desktop.ui comes first, before any Qt call (see desktop/ui/__init__.py).
        from desktop.ui.selftest.runner import run_all
        from desktop.ui.selftest.steps import STEPS

        return 0 if run_all(data_dir, STEPS) else 1
    finally:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
