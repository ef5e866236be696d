"""`rights-at-hand verify`: content and index against the manifest; exit 1 on any mismatch."""

from __future__ import annotations

import argparse
import sys

from desktop import paths
from desktop.integrity import check_all


def run(args: argparse.Namespace) -> int:
    report = check_all(paths.content_dir(), check_index=True)
    for line in report.problems:
        print(line, file=sys.stderr)
    if report.ok:
        print(
            f"ok: {report.files_checked} content files match the manifest "
            f"(content version {report.content_version}); {report.index_note}"
        )
        return 0
    print(f"verify: {len(report.problems)} problem(s) found", file=sys.stderr)
    return 1
