"""Files named by URL, read and written through fsspec: ``file://``, ``memory://``, and object stores
or shared folders whose fsspec filesystem is installed (``s3://`` with s3fs, ``gs://`` with gcsfs…).

A URL may hold a glob pattern (``s3://bucket/2017/*.jsonl.gz``, ``**`` for any depth); a URL of a
folder stands for every file under it, in name order, hidden ones left out.
"""
from __future__ import annotations

import gzip
from typing import Any, BinaryIO, TextIO, cast

from .errors import DipgraphError, InputError

URL_MARK = "://"
GLOB_CHARS = frozenset("*?[")


def is_url(name: str) -> bool:
    """Whether an input or output name is a URL (``scheme://…``) rather than a local path."""
    return URL_MARK in name


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        from fsspec.core import url_to_fs
    except ImportError as err:  # pragma: no cover - fsspec is a dependency
        raise DipgraphError("reading or writing URLs needs fsspec: pip install fsspec") from err
    try:
        return url_to_fs(url)  # type: ignore[no-any-return]
    except (ImportError, ValueError) as err:
        raise InputError(url, f"cannot open this kind of URL ({err}); install the fsspec filesystem for it") from err


def files_at(url: str) -> list[str]:
    """The URLs of the files ``url`` names: itself, the files its pattern matches, or those under it when
    it is a folder. ``InputError`` when there are none."""
    fs, path = _filesystem(url)
    matches = sorted(fs.glob(path)) if GLOB_CHARS & set(path) else [path] if fs.exists(path) else []
    files: list[str] = []
    for match in matches:
        if fs.isdir(match):
            files += sorted(f for f in fs.find(match) if not _hidden(f[len(match.rstrip("/")):]))
        else:
            files.append(match)
    if not files:
        raise InputError(url, "no such file or folder" if not matches else "holds no file")
    return [fs.unstrip_protocol(f) for f in files]


def open_url(url: str) -> BinaryIO:
    """The file at ``url``, open for reading bytes; read through gzip when its name ends in ``.gz``."""
    fs, path = _filesystem(url)
    try:
        raw = fs.open(path, "rb")
    except OSError as err:
        raise InputError(url, f"cannot be opened: {err}") from err
    if path.lower().endswith(".gz"):
        return cast(BinaryIO, _OwningGzip(raw))
    return cast(BinaryIO, raw)


def open_for_writing(url: str) -> TextIO:
    """A text file at ``url`` (UTF-8), written when it is closed."""
    fs, path = _filesystem(url)
    try:
        return cast(TextIO, fs.open(path, "w", encoding="utf-8"))
    except OSError as err:
        raise DipgraphError(f"cannot write {url}: {err}") from err


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/"))


class _OwningGzip(gzip.GzipFile):
    """A gzip reader that closes the file it reads when it is closed."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__(fileobj=raw, mode="rb")
        self.raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.raw.close()
