"""Publication dates from record fields, file names and URLs (not the dates inside article text).

Only the calendar date is kept: ``2017-11-21T23:30:00-05:00`` is 2017-11-21, the day as written.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

ISO_START = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
OTHER_FORMATS = ("%Y%m%d", "%Y/%m/%d",
                 "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
# 2017-11-21, 2017_11_21, 2017/11/21, 2017.11.21 or 20171121, not inside a longer number
DATE_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_/.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def parse_date(value: object) -> date | None:
    """The date of a record's date field, read leniently; None when empty; ValueError when unreadable.

    >>> parse_date("2017-11-21 10:00:00"), parse_date("2017-11-21T23:30:00+03:00")
    (datetime.date(2017, 11, 21), datetime.date(2017, 11, 21))
    """
    if value is None or value == "":
        return None
    text = str(value).strip()
    iso = ISO_START.match(text)
    try:
        if iso:
            return date(*(int(part) for part in iso.groups()))
        for fmt in OTHER_FORMATS:
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        return parsedate_to_datetime(text).date()  # RFC 2822, as in RSS feeds
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"unreadable date {text!r} (expected YYYY-MM-DD, optionally with a time)")


def date_in_name(name: str) -> date | None:
    """The last valid date written in a file path or URL, e.g. ``/2017/11/21/`` or ``20171121``.

    >>> date_in_name("https://example.org/politics/2016/09/21/talks")
    datetime.date(2016, 9, 21)
    """
    for match in reversed(list(DATE_IN_NAME.finditer(name))):
        try:
            return date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:  # 2017-02-30
            continue
    return None
