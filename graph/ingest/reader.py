"""``read_articles``: files and folders in, ``Article``s out, with a report of what was skipped.

Settles what the format readers leave open: the id, the publication date by precedence
(``--published`` > the record's field > HTML metadata > a date in the file name > in the URL),
the language, and exact duplicates.
"""
from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator
from glob import glob
from pathlib import Path

from ..errors import InputError
from ..model import Article
from ..urls import GLOB_CHARS, files_at, is_url
from .dates import date_in_name
from .decode import check_encoding, undecodable
from .fields import Record
from .html import read_html
from .identity import article_id, text_digest
from .language import SUPPORTED, detect_language
from .options import IngestOptions
from .records import read_csv, read_json, read_jsonl
from .report import BadRecord, EmptyInput, IngestReport, InputWarning, SkippedInput, SpecialFile, UnknownType
from .source import STDIN, STDIN_NAME, InputFile, file_type, is_special
from .text import read_text

Reader = Callable[[InputFile, IngestOptions], Iterator[Record | SkippedInput]]
READERS: dict[str, Reader] = {
    ".txt": read_text, ".text": read_text,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".json": read_json,
    ".csv": read_csv, ".tsv": read_csv, ".tab": read_csv,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
}
NOT_INPUT = "not an input file type"
DEFAULT_OPTIONS = IngestOptions()


def read_articles(paths: Iterable[str | Path], options: IngestOptions = DEFAULT_OPTIONS,
                  report: IngestReport | None = None) -> Iterator[Article]:
    """The articles in ``paths`` (files, or folders walked recursively in name order; ``-`` is standard
    input), one at a time.

    Unusable files and records are skipped and added to ``report`` (``report.problems``), and so
    are pipes, sockets and devices, duplicates, and articles in languages other than Arabic and English
    (unless ``options.lang`` forces one); what is left out of a kept article is in ``report.warnings``.
    Raises ``InputError`` at once when a path does not exist, and ``DipgraphError`` when
    ``options.encoding`` is unknown.
    """
    paths = check_inputs(paths)
    if options.encoding:
        check_encoding(options.encoding)
    report = report if report is not None else IngestReport()
    seen_texts: set[bytes] = set()
    seen_ids: set[str] = set()
    for source in input_files(paths, report, options):
        for record in _records(source, options, report):
            article = _article(record, options, source, report)
            if article is None:
                continue
            digest = text_digest(article.text)
            if digest in seen_texts:
                report.duplicates += 1
                continue
            if article.id in seen_ids:
                report.add_problem(BadRecord(record.source, f"id {article.id!r} was already given to another "
                                                            "article; ids must be unique"))
                continue
            seen_texts.add(digest)
            seen_ids.add(article.id)
            report.read += 1
            yield article


def check_inputs(paths: Iterable[str | Path]) -> list[Path | str]:
    """The inputs as paths, URLs kept as strings (``memory://…``, ``s3://…``), local glob patterns expanded;
    ``InputError`` naming the first that does not exist or matches nothing (``-`` is standard input)."""
    checked: list[Path | str] = []
    for name in paths:
        if isinstance(name, str) and is_url(name):
            files_at(name)  # raises InputError when it names nothing
            checked.append(name)
        elif str(name) != STDIN and not Path(name).exists() and GLOB_CHARS & set(str(name)):
            matches = sorted(glob(str(name), recursive=True))
            if not matches:
                raise InputError(str(name), "no file or folder matches this pattern")
            checked += [Path(match) for match in matches]
        elif str(name) != STDIN and not Path(name).exists():
            raise InputError(str(name), "no such file or folder")
        else:
            checked.append(Path(name))
    return checked


def input_files(paths: Iterable[Path | str], report: IngestReport,
                options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[InputFile]:
    """The inputs to read: named files as given, folders walked in name order without hidden entries,
    standard input for ``-``.

    A named file of an unknown type is a problem; inside a folder it is only counted. Pipes, sockets
    and devices are problems wherever they are: reading one could wait forever.
    """
    for path in paths:
        if isinstance(path, str):
            yield from _url_files(path, report)
        elif str(path) == STDIN:
            yield from _stdin(options, report)
        elif path.is_dir():
            yield from _walk(path, report)
        elif is_special(path):
            report.add_problem(_special(path))
        elif reader_for(path):
            yield InputFile.of_path(path)
        else:
            report.add_problem(UnknownType(str(path), f"unknown file type; expected {_known_types()}"))


def reader_for(path: Path | InputFile) -> Reader | None:
    """The reader for a file by its extension (the one before ``.gz`` for compressed files)."""
    return READERS.get(path.suffix if isinstance(path, InputFile) else file_type(path))


def _stdin(options: IngestOptions, report: IngestReport) -> Iterator[InputFile]:
    """Standard input, unless it cannot be read (a broken gzip stream), which is a problem."""
    try:
        yield InputFile.of_stdin(kind=options.stdin_type)
    except (OSError, EOFError, zlib.error) as err:
        report.add_problem(SkippedInput(STDIN_NAME, f"cannot be read: {err}"))


def _special(path: Path) -> SpecialFile:
    return SpecialFile(str(path), f"not a regular file (a pipe, socket or device), skipped; to read a stream, "
                                  f"send it to standard input and name the input {STDIN}")


def _url_files(url: str, report: IngestReport) -> Iterator[InputFile]:
    """The files a URL names, of the types there are readers for; a named file of another type is a problem."""
    files = files_at(url)
    named = len(files) == 1 and not GLOB_CHARS & set(url) and Path(files[0]).name == Path(url).name
    for name in files:
        source = InputFile.of_url(name)
        if reader_for(source):
            yield source
        elif named:
            report.add_problem(UnknownType(name, f"unknown file type; expected {_known_types()}"))
        else:
            report.skipped[NOT_INPUT] += 1


def _walk(folder: Path, report: IngestReport) -> Iterator[InputFile]:
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, report)
        elif is_special(entry):
            report.add_problem(_special(entry))
        elif reader_for(entry):
            yield InputFile.of_path(entry)
        else:
            report.skipped[NOT_INPUT] += 1


def _records(source: InputFile, options: IngestOptions, report: IngestReport) -> Iterator[Record]:
    """The file's records; its problems go to ``report``."""
    reader = reader_for(source)
    if reader is None:  # standard input of a type named without a reader
        report.add_problem(UnknownType(source.name, f"unknown input type {source.suffix!r}; expected "
                                                    f"{_known_types()}"))
        return
    items = 0
    try:
        for items, item in enumerate(reader(source, options), start=1):  # noqa: B007 (counted)
            if isinstance(item, SkippedInput):
                report.add_problem(item)
            else:
                yield item
        if not items:
            report.add_problem(EmptyInput(source.name, "holds no record (an empty file, or an empty list)"))
    except SkippedInput as err:
        report.add_problem(err)
    except UnicodeDecodeError as err:
        report.add_problem(undecodable(source, err))
    except (OSError, EOFError) as err:  # unreadable, or a truncated .gz
        report.add_problem(SkippedInput(source.name, f"cannot be read: {err}"))
    except zlib.error as err:  # a .gz whose compressed data is corrupt
        report.add_problem(SkippedInput(source.name, f"cannot be read: corrupt gzip data ({err})"))


def _article(record: Record, options: IngestOptions, source: InputFile, report: IngestReport) -> Article | None:
    """The finished article, or None when it is skipped (counted in ``report``)."""
    if not record.text:
        report.add_problem(BadRecord(record.source, "the article text is empty"))
        return None
    report.warnings.extend(InputWarning(record.source, warning) for warning in record.warnings)
    lang = options.lang or record.lang or detect_language(record.text)
    if lang not in SUPPORTED:
        report.other_language[lang or "unknown"] += 1
        return None
    published, date_source = record.published, record.date_source
    if options.published:
        published, date_source = options.published, "cli"
    for name, origin in ((source.date_name(), "filename"), (record.url, "url")):
        if published is None and name:
            published = date_in_name(name)
            date_source = origin if published else None
    return Article(id=article_id(record.id, record.url, record.text), text=record.text, lang=lang,
                   published=published, url=record.url, title=record.title, date_source=date_source,
                   source=record.source)


def _known_types() -> str:
    return ", ".join(sorted(READERS)) + " (or any of them .gz)"
