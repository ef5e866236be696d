"""`rights-at-hand` without a command: open the app."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from desktop.ui.app import run as run_app

    return run_app()
