"""Readers of record files: JSON Lines, JSON (one object or a list), CSV and TSV.

Each yields a ``Record`` per article and a ``BadRecord`` per record it cannot use (then goes on);
a problem with the whole file is raised.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any

from .decode import open_text
from .fields import Record, field_names, missing_text_field, record_from_mapping
from .options import IngestOptions
from .report import BadRecord, SkippedInput
from .source import InputFile

Item = Record | SkippedInput


def read_jsonl(source: InputFile, options: IngestOptions) -> Iterator[Item]:
    """One JSON object a line; blank lines are ignored."""
    names = field_names(options)
    with open_text(source, options.encoding) as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                yield BadRecord(source.name, f"not valid JSON: {err.msg} (column {err.colno})", number)
                continue
            yield _record(data, names, options, source.name, number)


def read_json(source: InputFile, options: IngestOptions) -> Iterator[Item]:
    """A JSON file holding one object or a list of objects."""
    names = field_names(options)
    with open_text(source, options.encoding) as stream:
        try:
            data = json.load(stream)
        except json.JSONDecodeError as err:
            raise BadRecord(source.name, f"not valid JSON: {err.msg} (column {err.colno})", err.lineno) from err
    if isinstance(data, list):
        for index, item in enumerate(data, start=1):
            yield _record(item, names, options, f"{source.name}[{index}]", None)
    else:
        yield _record(data, names, options, source.name, None)


def read_csv(source: InputFile, options: IngestOptions) -> Iterator[Item]:
    """A CSV (or, for ``.tsv`` and ``.tab`` names, tab-separated) table with a header row."""
    names = field_names(options)
    delimiter = "\t" if source.suffix in (".tsv", ".tab") else ","
    with open_text(source, options.encoding, newline="") as stream:
        rows = csv.DictReader(stream, delimiter=delimiter)
        header = [name.casefold() for name in rows.fieldnames or []]
        if not any(name.casefold() in header for name in names["text"]):
            raise BadRecord(source.name, missing_text_field(names, list(rows.fieldnames or [])), 1)
        start = rows.line_num + 1
        try:
            for row in rows:
                yield _record(row, names, options, source.name, start)
                start = rows.line_num + 1
        except csv.Error as err:
            raise BadRecord(source.name, f"not valid CSV: {err}", rows.line_num) from err


def _record(data: Any, names: dict[str, tuple[str, ...]], options: IngestOptions, source: str,
            line: int | None) -> Item:
    """The Record that ``data`` gives, or the BadRecord saying why there is none."""
    where = f"{source}:{line}" if line is not None else source
    try:
        return record_from_mapping(data, names, where, read_date=options.published is None)
    except ValueError as err:
        return BadRecord(source, str(err), line)
