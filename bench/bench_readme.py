"""Rewrite one `## Title` section of bench/README.md, leaving the other sections as they are.

Each benchmark's `--readme` flag calls `write_section` with its own section.
"""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent / "README.md"


def write_section(title: str, section: str, readme: Path = README) -> None:
    """Replace the section headed `## {title}` with `section` (which starts with that
    heading), or add it at the end."""
    text = readme.read_text("utf-8") if readme.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    body = section.rstrip("\n") + "\n"
    if pattern.search(text):
        text = pattern.sub(lambda _m: body + "\n", text).rstrip() + "\n"
    else:
        text = text.rstrip() + "\n\n" + body
    readme.write_text(text, "utf-8")
