"""``weekday-date``: a weekday that does not match its date.

"On Tuesday, March 5, 2025" cannot be right: that day was a Wednesday. Translation
engines copy the weekday and the date separately, and a slip in either (or a source that
was already wrong) produces a sentence that contradicts the calendar. Two findings:

- calendar: the weekday is not the date's weekday. A date written without a year
  ("Tuesday, March 5") takes the article's year: the front-matter date, else a dateline
  (a full date in the first sentence), else the year of the full dates elsewhere in the
  article when they all agree. With none of these the date is skipped, not guessed.
- consistency: one date stated twice in an article with two different weekdays (which
  needs no year at all).

A numeric date whose order is ambiguous ("04/03/2025") passes when either reading fits.
Impossible dates ("February 30") are left to date-format rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, Related
from newslint.document import Document
from newslint.text.dates import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    DateMention,
    document_dates,
    make_date,
    parse_date_value,
)

_DEFAULT_KEYS = ("date", "published", "pubdate", "pub_date", "date_published",
                 "datepublished", "created")


class WeekdayDateCheck(Check):
    parameters = {
        "metadata_keys": Param("strings", default=_DEFAULT_KEYS,
                               help="front-matter keys (case-insensitive) that give the "
                                    "article's date, used for dates written without a year"),
        "consistency": Param("bool", default=True,
                             help="also report one date given two different weekdays"),
    }
    default_message = "'{weekday}' does not match {date}, which is a {actual}"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self._metadata_keys = tuple(key.lower() for key in params["metadata_keys"])

    def run(self, document: Document) -> Iterator[Match]:
        mentions = document_dates(document)
        if not any(mention.weekday is not None for mention in mentions):
            return
        reference, source = self._reference(document, mentions)
        flagged: set[int] = set()
        for mention in mentions:
            if mention.weekday is None:
                continue
            match = _calendar_mismatch(document, mention, reference, source)
            if match is not None:
                flagged.add(mention.start)
                yield match
        if self.params["consistency"]:
            yield from _inconsistent_weekdays(document, mentions, reference, flagged)

    # -- the article's own date -------------------------------------------------------------
    def _reference(
        self, document: Document, mentions: list[DateMention]
    ) -> tuple[dt.date | int | None, str]:
        """The article's date (or year) for dates written without a year, and its source."""
        metadata = {str(key).lower(): value for key, value in document.metadata.items()}
        for key in self._metadata_keys:
            value = parse_date_value(metadata.get(key))
            if value is not None:
                return value, f"the article's {key}"
        full = [m for m in mentions if m.has_year and m.style != "numeric-ambiguous"
                and m.to_date() is not None]
        first_sentence = document.sentences[0] if document.sentences else None
        for mention in full:
            if first_sentence and mention.start < first_sentence.end:
                return mention.to_date(), "the dateline"
        years = {mention.year for mention in full}
        if len(years) == 1:
            return years.pop(), "the article's other dates"
        return None, ""


def _year_for(mention: DateMention, reference: dt.date | int | None) -> int | None:
    """The stated year, else the reference year; a full reference date picks the year that
    puts the day nearest to it ("Tuesday, December 31" in an article of January 2)."""
    if mention.year is not None:
        return mention.year
    if isinstance(reference, int):
        return reference
    if reference is None:
        return None
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        day = make_date(year, mention.month, mention.day)
        if day is not None:
            distance = abs((day - reference).days)
            if best is None or distance < best[0]:
                best = (distance, year)
    return best[1] if best else reference.year


def _calendar_mismatch(
    document: Document, mention: DateMention, reference: dt.date | int | None, source: str
) -> Match | None:
    year = _year_for(mention, reference)
    if year is None or mention.weekday is None:
        return None
    actual: list[dt.date] = []
    readings = list(mention.readings())
    if mention.range_end is not None:
        # "Monday to Friday, March 3-7": the weekday may name the range's last day
        readings.append((mention.month, mention.range_end))
    for month, day in readings:
        date = make_date(year, month, day)
        if date is None:
            continue
        if date.weekday() == mention.weekday:
            return None
        actual.append(date)
    if not actual:
        return None  # no such day: a date-format matter, not a weekday one
    date = actual[0]
    weekday_text = document.text[mention.weekday_start : mention.weekday_end]
    assumed = "" if mention.has_year else f" (year {year} from {source})"
    right = WEEKDAY_NAMES[date.weekday()]
    message = (f"'{weekday_text}' does not match {_spoken(date)}{assumed}, "
               f"which is a {right}: the weekday or the date is wrong")
    return Match(
        mention.start, mention.end,
        {"weekday": weekday_text, "date": _spoken(date), "actual": right},
        suggestions=(_with_weekday(document, mention, right),),
        message=message,
    )


def _inconsistent_weekdays(
    document: Document, mentions: list[DateMention], reference: dt.date | int | None,
    flagged: set[int],
) -> Iterator[Match]:
    """One day given two weekdays in one article: report the later mention."""
    first_seen: dict[tuple[int | None, int, int], DateMention] = {}
    for mention in mentions:
        if mention.weekday is None or mention.style == "numeric-ambiguous":
            continue
        key = (_year_for(mention, reference), mention.month, mention.day)
        earlier = first_seen.setdefault(key, mention)
        if earlier is mention or earlier.weekday == mention.weekday:
            continue
        if mention.start in flagged:
            continue  # already reported against the calendar
        said = document.text[mention.weekday_start : mention.weekday_end]
        before = document.text[earlier.weekday_start : earlier.weekday_end]
        day = f"{MONTH_NAMES[mention.month]} {mention.day}"
        yield Match(
            mention.start, mention.end,
            {"weekday": said, "date": day, "actual": before},
            related=(Related(earlier.start, earlier.end, f"{day} is a {before} here"),),
            message=f"'{said}' contradicts '{before}' given for {day} earlier in the article",
        )


def _spoken(date: dt.date) -> str:
    return f"{MONTH_NAMES[date.month]} {date.day}, {date.year}"


def _with_weekday(document: Document, mention: DateMention, weekday: str) -> str:
    """The mention with its weekday replaced, abbreviated if the original was."""
    written = document.text[mention.weekday_start : mention.weekday_end]
    if written.endswith("."):
        weekday = weekday[:3] + "."
    return (document.text[mention.start : mention.weekday_start] + weekday
            + document.text[mention.weekday_end : mention.end])

