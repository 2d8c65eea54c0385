"""Finding English calendar dates in prose, with their spans and components.

News copy writes one date in many orders: "March 5, 2025", "5 March 2025", "5th of March",
"Mar. 5", "2025-03-05", "05/03/2025", often with a weekday in front ("Tuesday, March 5")
or, in copy translated from Chinese or Japanese, after it ("March 5 (Tuesday)"). Checks
that reason about dates (a weekday that does not match its date, one article writing dates
in two styles) need the same parsing, so it lives here, free of any check.

The entry point is ``find_dates``; it returns ``DateMention`` records in text order.
Nothing here decides whether a date is *right*: a mention keeps what the text says
(``February 30`` included) and ``DateMention.to_date`` tells whether it is a real day.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from newslint.records import NamedTuple

if TYPE_CHECKING:
    from newslint.document import Document

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name[1:], start=1):
    MONTHS[_name.lower()] = _number
    MONTHS[_name[:3].lower()] = _number
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _number, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _number
for _abbreviation, _number in (("mon", 0), ("tue", 1), ("tues", 1), ("wed", 2), ("thu", 3),
                               ("thur", 3), ("thurs", 3), ("fri", 4), ("sat", 5), ("sun", 6)):
    WEEKDAYS[_abbreviation] = _number

WEEKDAY_NAMES = tuple(calendar.day_name)
MONTH_NAMES = tuple(calendar.month_name)

# Month names are matched capitalised only: "may" and "march" are also common words, and
# lower-case months in news copy are rare enough to leave alone. Abbreviations may carry a
# full stop ("Sept.").
_MONTH = (r"(?P<{g}>January|February|March|April|May|June|July|August|September|October"
          r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DAY = r"(?P<{g}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>1[5-9][0-9]{{2}}|2[0-9]{{3}})"
_RANGE_END = (r"(?:[^\S\n]*[-–—][^\S\n]*(?P<r1>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
              r"\b)?")

# Space inside a date: a line may wrap, but a blank line (a paragraph break) ends the date:
# "held in May\n\n12 people died" is not May 12.
_SP = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
_MONTH_DAY_YEAR = (
    _MONTH.format(g="m1") + _SP + _DAY.format(g="d1") + r"\b" + _RANGE_END
    + r"(?:,?" + _SP + _YEAR.format(g="y1") + r"\b)?"
)
_DAY_MONTH_YEAR = (
    _DAY.format(g="d2") + r"(?:" + _SP + "of)?" + _SP + _MONTH.format(g="m2")
    + r"(?:,?" + _SP + _YEAR.format(g="y2") + r"\b)?"
)
_ISO = (r"(?P<y3>[12][0-9]{3})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12][0-9]|3[01])"
        r"(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?\b")
_NUMERIC = (r"(?P<a4>[0-3]?[0-9])(?P<s4>[/.])(?P<b4>[0-3]?[0-9])(?P=s4)"
            r"(?P<y4>[12][0-9]{3})\b")

# The look-ahead names every character a date can start with (a digit or a month's
# capital): it changes no match, but lets re give up at most characters at once instead
# of entering the alternation, three times faster over a whole article.
_DATE = re.compile(
    r"(?=[0-9JFMASOND])(?<![\w/.-])(?:"
    + "|".join((_ISO, _NUMERIC, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR)) + r")"
    r"(?![\w/-]|\.\d)"
)

# Where a date can start: a digit or a month's capital, with _DATE's look-behind, and
# with what must follow there in every date of _DATE. After a capital: the rest of a
# month's name (spelled out or cut short), then space and the day's first digit. After
# the first digit: the date's other digits and the separator of an ISO or numeric date,
# or an ordinal suffix, space (an "of" in it) and a month's capital (a day before its
# month). Each is looser than its part of _DATE (any space, any capital, any digits), so
# no place where a date starts is passed over; what it leaves out are the places where
# most numbers and capitalised words stand ("5 people", "Mayor"). A class of characters
# first, which re skips to; the rest in a look-ahead. _DATE is then tried only there.
_DATE_START = re.compile(
    r"[0-9JFMASOND](?<![\w/.-][0-9JFMASOND])(?="
    r"(?<=[JFMASOND])(?:anuary|ebruary|arch|pril|ay|une|uly|ugust|eptember|ctober|ovember"
    r"|ecember|an|eb|ar|pr|un|ul|ug|ept|ep|ct|ov|ec)\.?\s+[0-9]"
    r"|(?<=[0-9])[0-9]{0,3}(?:[-/.]|(?:st|nd|rd|th)?\s+(?:of\s+)?[JFMASOND]))"
)


def date_matches(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The matches ``_DATE.finditer(text, start, end)`` gives, in its order: tried at each
    place ``_DATE_START`` finds, and after a match from its end on, as finditer does."""
    end = len(text) if end is None else end
    position = start
    for candidate in _DATE_START.finditer(text, start, end):
        at = candidate.start()
        if at < position:
            continue  # inside the previous date
        match = _DATE.match(text, at, end)
        if match is not None:
            position = match.end()
            yield match


_WEEKDAY_WORD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                 r"|Mon\.|Tues?\.|Wed\.|Thu(?:rs?)?\.|Fri\.|Sat\.|Sun\.)")
# A weekday right before the date: "Tuesday, March 5", "Tuesday 5 March", "Tuesday the 5th
# of March", "Tuesday (March 5)". Anchored at the end so it is searched backwards.
_WEEKDAY_BEFORE = re.compile(r"\b(?P<weekday>" + _WEEKDAY_WORD + r")(?:,?" + _SP + r"(?:the"
                             + _SP + r")?|[^\S\n]*\([^\S\n]*)\Z")
# A weekday right after the date: "March 5 (Tuesday)", "March 5, a Tuesday,".
_WEEKDAY_AFTER = re.compile(
    r"[^\S\n]*(?:\([^\S\n]*(?P<paren>" + _WEEKDAY_WORD + r")[^\S\n]*\)|,[^\S\n]+a[^\S\n]+"
    r"(?P<apposed>" + _WEEKDAY_WORD + r")\b)"
)
_LOOKBEHIND = 16


class DateMention(NamedTuple):
    """One date written in the text.

    ``start``/``end`` cover the whole mention, weekday included; ``date_start``/``date_end``
    the date alone. ``weekday`` is 0 (Monday) … 6 (Sunday) or None, and ``weekday_start``/
    ``weekday_end`` its span (both -1 without one). ``year`` is None when the text gives
    none. ``style`` names the written order: ``month-day`` ("March 5, 2025"), ``day-month``
    ("5 March 2025"), ``iso`` ("2025-03-05"), ``numeric-dmy`` / ``numeric-mdy`` (a numeric
    date whose order its numbers settle) or ``numeric-ambiguous`` ("04/03/2025"; ``month``
    and ``day`` then hold the month-first reading, ``readings`` gives both).
    """

    start: int
    end: int
    date_start: int
    date_end: int
    year: int | None
    month: int
    day: int
    weekday: int | None
    weekday_start: int
    weekday_end: int
    style: str
    range_end: int | None = None  # "March 3-7": 7, the range's last day

    @property
    def has_year(self) -> bool:
        return self.year is not None

    def readings(self) -> tuple[tuple[int, int], ...]:
        """The (month, day) pairs the text allows: two for an ambiguous numeric date."""
        if self.style == "numeric-ambiguous" and self.month != self.day:
            return ((self.month, self.day), (self.day, self.month))
        return ((self.month, self.day),)

    def to_date(self, year: int | None = None) -> _dt.date | None:
        """The calendar day in ``year`` (default: the stated year); None if no such day."""
        return make_date(self.year if year is None else year, self.month, self.day)


def make_date(year: int | None, month: int, day: int) -> _dt.date | None:
    """``datetime.date`` or None when the day does not exist (or no year is known)."""
    if year is None:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, start: int = 0, end: int | None = None,
               breaks: Sequence[int] = ()) -> Iterator[DateMention]:
    """Every date with a day in ``text[start:end]``, in text order.

    Month-and-year alone ("March 2025") and bare weekdays ("on Tuesday") are not dates
    here. A day range ("March 5-7, 2025") yields its first day, with its last day in
    ``range_end``. ``breaks`` are sorted
    offsets where a sentence or paragraph starts: no date spans one, and a weekday on the
    other side of one is not the date's weekday ("... on Sunday\n\nMarch 5 marks ...": a
    headline and a new sentence).
    """
    end = len(text) if end is None else end
    for match in date_matches(text, start, end):
        parsed = _components(match)
        if parsed is None or _crosses(breaks, match.start(), match.end()):
            continue
        year, month, day, style = parsed
        weekday, weekday_start, weekday_end = None, -1, -1
        mention_start, mention_end = match.start(), match.end()
        before = _WEEKDAY_BEFORE.search(text, max(start, match.start() - _LOOKBEHIND),
                                        match.start())
        if before and _crosses(breaks, before.start(), match.start() + 1):
            before = None
        after = _WEEKDAY_AFTER.match(text, match.end(), end)
        if after and _crosses(breaks, match.end(), after.end()):
            after = None
        if before:
            weekday_start, weekday_end = before.span("weekday")
            mention_start = weekday_start
            closing = re.match(r"\s*\)", text[match.end():end]) if "(" in before.group() else None
            if closing:
                mention_end = match.end() + closing.end()
        elif after:
            group = "paren" if after.group("paren") else "apposed"
            weekday_start, weekday_end = after.span(group)
            mention_end = after.end()
        if weekday_start >= 0:
            weekday = weekday_number(text[weekday_start:weekday_end])
        range_end = int(match.group("r1")) if match.group("r1") else None
        yield DateMention(mention_start, mention_end, match.start(), match.end(), year,
                          month, day, weekday, weekday_start, weekday_end, style, range_end)


def document_dates(document: Document) -> list[DateMention]:
    """``find_dates`` over a document's text with its sentence starts as breaks, computed
    once for every check that reads the article's dates."""
    return document.memo("dates.sentence-bounded", lambda: list(find_dates(
        document.text, breaks=[sentence.start for sentence in document.sentences])))


def _crosses(breaks: Sequence[int], start: int, end: int) -> bool:
    """Whether a sentence or paragraph starts strictly inside ``text[start:end]``."""
    index = bisect.bisect_right(breaks, start)
    return index < len(breaks) and breaks[index] < end


def weekday_number(word: str) -> int | None:
    """0 (Monday) … 6 (Sunday) for a weekday name or abbreviation, else None."""
    return WEEKDAYS.get(word.lower().rstrip("."))


def _components(match: re.Match[str]) -> tuple[int | None, int, int, str] | None:
    groups = match.groupdict()
    if groups["m1"]:
        return _year(groups["y1"]), _month(groups["m1"]), int(groups["d1"]), "month-day"
    if groups["m2"]:
        return _year(groups["y2"]), _month(groups["m2"]), int(groups["d2"]), "day-month"
    if groups["y3"]:
        return int(groups["y3"]), int(groups["m3"]), int(groups["d3"]), "iso"
    first, second = int(groups["a4"]), int(groups["b4"])
    if not (1 <= first <= 31 and 1 <= second <= 31) or (first > 12 and second > 12):
        return None
    if first > 12:
        return int(groups["y4"]), second, first, "numeric-dmy"
    if second > 12:
        return int(groups["y4"]), first, second, "numeric-mdy"
    return int(groups["y4"]), first, second, "numeric-ambiguous"


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _year(digits: str | None) -> int | None:
    return int(digits) if digits else None


def parse_date_value(value: object) -> _dt.date | int | None:
    """A date from a front-matter value: a YAML date, an ISO or written date, or a year.

    Returns a ``date`` when the value names a day, an ``int`` when it names only a year,
    None when it is not a date.
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, int) and 1500 <= value <= 2999:
        return value
    if not isinstance(value, str):
        return None
    for mention in find_dates(value):
        day = mention.to_date()
        if day is not None and mention.style != "numeric-ambiguous":
            return day
    year = re.search(r"(?<!\d)(1[5-9]\d\d|2\d{3})(?!\d)", value)
    return int(year.group(1)) if year else None
