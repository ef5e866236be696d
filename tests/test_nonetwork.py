"""The app's process never loads the standard library's URL fetching."""

from __future__ import annotations

import subprocess
import sys

from tests.cli_helpers import ROOT

PROBE = """
import sys
from desktop.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in ("urllib.request", "http.client") if m in sys.modules
                and not type(sys.modules[m]).__name__ == "_Refusing")
print("LOADED", loaded)
from urllib.request import urlopen
try:
    urlopen("http://example.invalid/")
except OSError as exc:
    print("REFUSED", exc)
sys.exit(code)
"""


def test_search_runs_without_loading_url_fetching(tmp_path: object) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(tmp_path), "search", "assemble"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "LOADED []" in out.stdout
    assert "REFUSED Rights at Hand never uses the network" in out.stdout
