"""A smaller ICU data library for the Linux bundle: the app's languages only.

Qt Core links ICU, and the wheel's `libicudata.so.NN` holds the whole ICU data set (32 MB,
a quarter of the bundle): collation, locale names, currencies, units and time-zone names for
~800 locales, ~200 legacy character-set converters, transliterators and word-break
dictionaries. Qt uses ICU for collation (QCollator), locale-specific case mapping and, when
asked, legacy text codecs; it lays out and breaks text itself. The app's texts are UTF-8 in
six languages.

So this keeps every non-locale item (Unicode properties, normalisation, case mapping, the UCA
collation table, plural and zone metadata, the resource pools), and locale data only for
root and the six languages (with all their regional variants), and drops the character-set
converters, the transliterators and the word-break dictionaries. An ICU lookup of anything
dropped falls back to root, as ICU does for any locale it lacks.

The data is ICU's "common data" package (a table of contents, then items), found through the
library's one exported symbol (`icudtNN_dat`); the trimmed package is linked back into a
shared library with the same soname by the C compiler. Without a C compiler the wheel's
library is kept unchanged.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

from desktop.languages import LANGUAGES

#: Locale data kept: the app's languages (desktop.languages), with their regional variants.
KEEP_LANGUAGES = frozenset(LANGUAGES)
DROP_TREES = frozenset({"translit"})
_LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]+)*$")
_ALIGN = 16


def keep_item(name: str) -> bool:
    """Is this item (`coll/fr.res`, `ibm-943_P15A-2003.cnv`, ...) kept?"""
    parts = name.split("/")
    if len(parts) > 1 and parts[0] in DROP_TREES:
        return False
    stem, _, ext = parts[-1].rpartition(".")
    if ext in ("cnv", "dict"):  # legacy converters; word-break dictionaries
        return False
    if ext == "res":
        match = _LOCALE.match(stem)
        if match and match.group("lang") not in KEEP_LANGUAGES:
            return False
    return True


def _dynamic_symbol(elf: bytes, prefix: bytes) -> tuple[bytes, int, int]:
    """(name, file offset, size) of the first exported symbol starting with prefix (ELF64 LE)."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize)
                for i in range(shnum)]
    for _n, sh_type, _f, _a, offset, size, link, _i, _al, entsize in sections:
        if sh_type != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for pos in range(offset, offset + size, entsize):
            st_name, _info, _other, shndx, value, st_size = struct.unpack_from(
                "<IBBHQQ", elf, pos)
            name = elf[strtab + st_name:elf.index(b"\0", strtab + st_name)]
            if name.startswith(prefix) and shndx:
                home = sections[shndx]
                return name, home[4] + (value - home[3]), st_size
    raise ValueError(f"no exported symbol {prefix.decode()}*")


def trim_common_data(blob: bytes) -> tuple[bytes, int, int]:
    """The package with only kept items; returns (data, items kept, items dropped)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = header_size
    count, = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name_end = blob.index(b"\0", toc + name_offset)
        full_name = blob[toc + name_offset:name_end]
        end = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        items.append((full_name, blob[toc + data_offset:toc + end]))
    kept = [(n, d) for n, d in items
            if keep_item(n.decode("ascii").split("/", 1)[-1])]
    # Same layout as ICU's pkgdata: count, (name offset, data offset) pairs, names, then the
    # items, each starting on a 16-byte boundary; names stay in their sorted order.
    names = b"".join(n + b"\0" for n, _d in kept)
    head = 4 + 8 * len(kept)
    data_start = head + len(names)
    data_start += -(header_size + data_start) % _ALIGN
    table, body = [], bytearray()
    name_pos = head
    for name, data in kept:
        body += b"\0" * (-(header_size + data_start + len(body)) % _ALIGN)
        table.append(struct.pack("<II", name_pos, data_start + len(body)))
        name_pos += len(name) + 1
        body += data
    out = bytearray(blob[:header_size])
    out += struct.pack("<I", len(kept)) + b"".join(table) + names
    out += b"\0" * (data_start - head - len(names))
    out += body
    return bytes(out), len(kept), count - len(kept)


ASSEMBLY = """\t.section .rodata
\t.globl {symbol}
\t.type {symbol}, @object
\t.balign 16
{symbol}:
\t.incbin "{data}"
\t.size {symbol}, . - {symbol}
\t.section .note.GNU-stack,"",@progbits
"""


def find_compiler() -> str | None:
    for name in ("cc", "gcc", "clang"):
        found = shutil.which(name)
        if found:
            return found
    return None


def trim_library(library: Path, out_dir: Path) -> tuple[Path, str] | None:
    """Write a trimmed copy of an ICU data library into out_dir; None without a compiler.

    Returns (path, one-line summary).
    """
    compiler = find_compiler()
    if compiler is None:
        return None
    elf = library.read_bytes()
    symbol, offset, size = _dynamic_symbol(elf, b"icudt")
    trimmed, kept, dropped = trim_common_data(elf[offset:offset + size])
    out_dir.mkdir(parents=True, exist_ok=True)
    data_file = out_dir / "icudata.dat"
    data_file.write_bytes(trimmed)
    source = out_dir / "icudata.S"
    source.write_text(ASSEMBLY.format(symbol=symbol.decode(), data=data_file), encoding="utf-8")
    target = out_dir / library.name
    subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
                    "-Wl,-z,noexecstack", "-o", str(target), str(source)], check=True)
    summary = (f"{library.name}: {size / 1e6:.1f} MB -> {len(trimmed) / 1e6:.1f} MB of ICU data "
               f"({kept} items kept, {dropped} dropped)")
    return target, summary


def swap_in_trimmed(entries: list[tuple[str, str, str]], work: Path,
                    log: Callable[[str], None] = print) -> list[tuple[str, str, str]]:
    """PyInstaller TOC entries with the ICU data library replaced by a trimmed build."""
    out = []
    for dest, src, typecode in entries:
        if re.match(r"libicudata\.so\.\d+$", Path(dest).name):
            made = trim_library(Path(src), work)
            if made is None:
                log("icu_trim: no C compiler found; the full ICU data library is bundled")
            else:
                src = str(made[0])
                log(f"icu_trim: {made[1]}")
        out.append((dest, src, typecode))
    return out
