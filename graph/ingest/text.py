"""Reader of plain-text files: one article a file, the first line its title when a blank line follows."""
from __future__ import annotations

from collections.abc import Iterator

from .decode import open_text
from .fields import Record
from .options import IngestOptions
from .source import InputFile

MAX_TITLE_CHARS = 200
SENTENCE_END = (".", "!", "?", "؟", "…")


def read_text(source: InputFile, options: IngestOptions) -> Iterator[Record]:
    """The file's one article."""
    with open_text(source, options.encoding) as stream:
        title, text = split_title(stream.read())
    yield Record(text=text, source=source.name, title=title)


def split_title(content: str) -> tuple[str | None, str]:
    """``(title, body)`` when the first line is a short headline followed by a blank line, else
    ``(None, content)``; a first line ending like a sentence is taken as the first paragraph.

    >>> split_title("Putin phones Sisi\\n\\nThe two presidents spoke.")
    ('Putin phones Sisi', 'The two presidents spoke.')
    >>> split_title("The presidents spoke.\\n\\nThey agreed.")
    (None, 'The presidents spoke.\\n\\nThey agreed.')
    """
    content = content.strip()
    first, newline, rest = content.partition("\n")
    first = first.strip()
    blank_next = not rest.split("\n", 1)[0].strip()
    if newline and blank_next and rest.strip() and len(first) <= MAX_TITLE_CHARS \
            and not first.endswith(SENTENCE_END):
        return first, rest.strip()
    return None, content
