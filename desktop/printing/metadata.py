"""What a saved PDF says about itself: no more than its pages show (issue 19).

A PDF carries a document information dictionary and an XMP packet. Left to Qt, they named
the passage (Title), the app (Creator, CreatorTool), Qt's version (Producer), the exact
second of the export (CreationDate, ModDate, xmp:CreateDate...) and a unique document id:
enough to tie a file found on a seized laptop to a time and to this app. The app gives Qt
an empty title and creator and a minimal XMP packet (desktop/ui/printing.py), then this
module blanks what Qt still writes: the dates keep the day (the footer prints it) but lose
the time, and the producer becomes spaces. Every change keeps the byte length, so the
file's cross-reference offsets stay right and the PDF stays valid.
"""

from __future__ import annotations

import re
from pathlib import Path

#: The XMP packet given to Qt instead of its own (no title, tool, dates or document id).
EMPTY_XMP = (
    b"<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'
    b"</x:xmpmeta><?xpacket end='w'?>"
)

_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:(\d{8})(\d{6})")
_PRODUCER = re.compile(rb"/Producer \(([^)]*)\)")


def _blank(match: re.Match[bytes]) -> bytes:
    inner = match.group(1)
    if inner.startswith(b"\xfe\xff"):  # UTF-16BE with its byte order mark: keep the mark
        return b"/Producer (\xfe\xff" + b"\x00 " * ((len(inner) - 2) // 2) + b")"
    return b"/Producer (" + b" " * len(inner) + b")"


def scrub(data: bytes) -> bytes:
    """The PDF with its dates cut to the day and its producer blanked (same length)."""
    out = _DATE.sub(lambda m: b"/" + m.group(1) + b" (D:" + m.group(2) + b"000000", data)
    out = _PRODUCER.sub(_blank, out)
    assert len(out) == len(data)
    return out


def scrub_file(path: Path) -> None:
    path.write_bytes(scrub(path.read_bytes()))
