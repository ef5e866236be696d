"""Run the real command line with every message box it shows recorded and closed.

    python cli_with_dialogs.py OUT.json ARG...    `rights-at-hand ARG...` offscreen; the text
                                                  of each message box goes to OUT.json (a
                                                  list), the exit code is the command's

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
