"""Where an input's bytes come from: a regular file (gzipped or not), a file named by URL (read through
fsspec), or standard input (``-``).

Standard input is read whole, decompressed when it is gzip, and its type is told from its first
bytes unless ``IngestOptions.stdin_type`` names it: ``[`` starts JSON, a first line holding a JSON
object starts JSON Lines (else the object spans lines: JSON), ``<`` starts HTML, anything else is
plain text.
"""
from __future__ import annotations

import gzip
import io
import json
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..urls import open_url

STDIN = "-"
STDIN_NAME = "<stdin>"
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class InputFile:
    """One input: ``name`` is what messages call it, ``suffix`` its type (``.jsonl``, ``.csv``…)."""

    name: str
    suffix: str
    path: Path | None = None  # None for standard input
    data: bytes | None = None  # the bytes of standard input
    url: str | None = None  # a file named by URL (``memory://…``, ``s3://…``)

    @classmethod
    def of_path(cls, path: Path) -> InputFile:
        return cls(str(path), file_type(path), path)

    @classmethod
    def of_url(cls, url: str) -> InputFile:
        return cls(url, file_type(Path(url)), url=url)

    @classmethod
    def of_stdin(cls, stream: BinaryIO | None = None, kind: str | None = None) -> InputFile:
        """Standard input (or ``stream``), read whole; its type is ``kind`` (``"jsonl"``…) or sniffed."""
        data = (stream or sys.stdin.buffer).read()
        if data.startswith(GZIP_MAGIC):
            data = gzip.decompress(data)
        return cls(STDIN_NAME, f".{kind}" if kind else sniff_type(data), None, data)

    @property
    def compressed(self) -> bool:
        return self.path is not None and self.path.name.lower().endswith(".gz")

    def open_binary(self) -> BinaryIO:
        """The input's bytes, decompressed when its name ends in ``.gz``."""
        if self.url is not None:
            return open_url(self.url)
        if self.path is None:
            return io.BytesIO(self.data or b"")
        if self.compressed:
            return gzip.open(self.path, "rb")  # type: ignore[return-value]
        return open(self.path, "rb")

    def date_name(self) -> str | None:
        """The name in which a publication date may be written (the file's; none for standard input)."""
        if self.url is not None:
            return Path(self.url).name
        return self.path.name if self.path is not None else None


def file_type(path: Path) -> str:
    """The type of a file by its extension, the one before ``.gz`` for compressed files: ``.jsonl``."""
    return Path(path.name.lower().removesuffix(".gz")).suffix


def is_special(path: Path) -> bool:
    """Whether ``path`` is a pipe, socket or device, whose reading could wait forever."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def sniff_type(data: bytes) -> str:
    """The input type that content starting with ``data`` most likely has."""
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"["):
        return ".json"
    if text.startswith(b"{"):
        try:
            json.loads(text.split(b"\n", 1)[0])
            return ".jsonl"
        except ValueError:
            return ".json"
    if text.startswith(b"<"):
        return ".html"
    return ".txt"
