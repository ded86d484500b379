"""Reading articles from the files users have into ``Article`` records: plain text, JSON Lines, JSON
(news-please records included), CSV/TSV and HTML pages, in folders, gzipped or not, in UTF-8, UTF-16
or Windows-1256. ``read_articles`` streams them and fills an ``IngestReport`` with what it skipped.
"""
from .options import IngestOptions
from .reader import check_inputs, read_articles
from .report import IngestReport

__all__ = ["IngestOptions", "IngestReport", "check_inputs", "read_articles"]
