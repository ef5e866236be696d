"""Run the real command line with every message box it shows recorded and closed.

    python cli_with_dialogs.py OUT.json ARG...    `rights-at-hand ARG...` offscreen; the text
                                                  of each message box goes to OUT.json (a
                                                  list), the exit code is the command's
    python cli_with_dialogs.py --stick DIR OUT.json ARG...
                                                  the same, run as if from a USB stick at DIR
                                                  (its `portable` marker, its `data` folder):
                                                  DIR stands for the frozen app's folder, as
                                                  in tests/packaging/test_portable.py

A person who starts the app from a launcher sees its windows, not stderr: this shows what
they would see, without a box left open waiting for a click.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import desktop.ui  # noqa: F401  (before any Qt call: see desktop/ui/__init__.py)
    from desktop import cli
    from desktop.ui.app import application
    from tests.hardening.gui_probe import DialogCloser

    if argv[0] == "--stick":
        from desktop import paths

        stick = Path(argv[1])
        paths.executable_dir = lambda: stick  # type: ignore[assignment]
        argv = argv[2:]
    application()  # the one the command will use: the closer's timer runs in its dialogs
    closer = DialogCloser()
    try:
        code = cli.main(argv[1:])
    finally:
        closer.stop()
        Path(argv[0]).write_text(json.dumps(closer.seen, ensure_ascii=False), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
