"""Publication dates from record fields, file names and URLs (not the dates inside article text).

Only the calendar date is kept: ``2017-11-21T23:30:00-05:00`` is 2017-11-21, the day as written. Machine
formats (ISO 8601, RFC 2822) are read first; a date written in words is read by the extractor's date rules
(Arabic month names of every region, English), then by ``dateparser`` for other languages and forms. A day,
a month and a year are required, and dates written only in digits other than ISO (``03/04/2017``) are
refused rather than guessed.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from ..text import script_of

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
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).date()  # RFC 2822, as in RSS feeds
    except (TypeError, ValueError, IndexError):
        pass
    written = _in_words(text)
    if written is None:
        raise ValueError(f"unreadable date {text!r} (expected YYYY-MM-DD, optionally with a time, "
                         "or a day, month name and year)")
    return written


def _in_words(text: str) -> date | None:
    """A date written with a month name: "الثلاثاء 21 تشرين الثاني 2017", "21 نونبر 2017", "mardi 21 novembre 2017".

    >>> _in_words("الأربعاء، 22 تشرين الثاني/نوفمبر 2017 - 18:03"), _in_words("21. November 2017")
    (datetime.date(2017, 11, 22), datetime.date(2017, 11, 21))
    """
    if not any(c.isalpha() for c in text):
        return None
    from ..extract.dates import DAY, find_dates  # the extractor's date rules, loaded when first needed

    lang = "ar" if script_of(text) == "ar" else "en"
    days = [m.date for m in find_dates(text, lang, None) if m.precision == DAY and m.date is not None]
    if days:
        return days[0]
    import dateparser  # only for what the rules do not read: it takes a while to load its languages

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "PARSERS": ["absolute-time"],
                                              "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


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
