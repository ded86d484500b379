"""Opening input files as text: gzip, byte-order marks, UTF-8, and detected legacy encodings.

Nothing is decoded leniently: a file whose encoding cannot be told, or that does not decode in the
encoding chosen, raises ``Undecodable`` so that it is reported and skipped, never mangled.
"""
from __future__ import annotations

import codecs
import io
from typing import TextIO

from ..errors import DipgraphError
from .report import Undecodable
from .source import InputFile

HEAD_BYTES = 1 << 20  # the encoding is told from this much of a file
BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
LIKELY = ["cp1256", "cp1252", "iso8859_6"]  # Arabic and Western legacy encodings, tried before any other


def check_encoding(name: str) -> str:
    """The canonical name of encoding ``name``; DipgraphError when Python does not know it."""
    try:
        return codecs.lookup(name).name
    except LookupError as err:
        raise DipgraphError(f"unknown encoding {name!r} (try utf-8, utf-16, cp1256 or latin-1)") from err


def open_text(source: InputFile, encoding: str | None = None, newline: str | None = None) -> TextIO:
    """Open ``source`` for reading text, in ``encoding`` or in the encoding told from its first bytes.

    Decoding is strict: a byte sequence invalid in the encoding raises UnicodeDecodeError while
    reading. Raises ``Undecodable`` when no encoding can be told.
    """
    raw = source.open_binary()
    try:
        head = raw.read(HEAD_BYTES)
        complete = len(head) < HEAD_BYTES
        raw.seek(0)
        chosen = _with_bom(head, encoding) if encoding else detect_encoding(head, complete)
        if chosen is None:
            raise Undecodable(source.name, "cannot tell the text encoding (not UTF-8 or UTF-16, and no "
                                         "Arabic or Western encoding fits); pass --encoding NAME")
    except BaseException:
        raw.close()
        raise
    return io.TextIOWrapper(raw, encoding=chosen, errors="strict", newline=newline)


def detect_encoding(head: bytes, complete: bool = True) -> str | None:
    """The encoding of data starting with ``head`` (all of it when ``complete``), or None."""
    for bom, name in BOMS:
        if head.startswith(bom):
            return name
    if b"\x00" in head:  # binary, or UTF-16/32 without a byte-order mark
        return None
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # loaded for the first file that is not UTF-8 or UTF-16

    match = from_bytes(head, cp_isolation=LIKELY).best() or from_bytes(head).best()
    return match.encoding if match else None


def _with_bom(head: bytes, encoding: str) -> str:
    """The chosen encoding, made to skip a UTF-8 byte-order mark when there is one."""
    name = check_encoding(encoding)
    return "utf-8-sig" if name == "utf-8" and head.startswith(codecs.BOM_UTF8) else name


def undecodable(source: InputFile, err: UnicodeDecodeError) -> Undecodable:
    """The report for a file that stopped decoding part-way (what came before it was read)."""
    return Undecodable(source.name, f"not valid {err.encoding} ({err.reason}); the rest of the file was "
                                  "skipped: pass the right --encoding")
