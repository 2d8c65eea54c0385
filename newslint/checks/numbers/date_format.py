"""``date-format``: one article, one way of writing dates.

Translated copy mixes date styles because each sentence is translated on its own, and
wire templates, datelines and timestamps add their own: "February 11", "11 February",
"Feb. 11", "2023-02-11", "February 11th" in one article. Readers notice, and an ambiguous
numeric date ("04/03/2023") can be read two ways. Two modes:

- ``style``: a date whose order (month-day, day-month, ISO, numeric), month form
  (abbreviated or full) or ordinal suffix ("February 11th") differs from the article's
  majority; one finding per date, whose suggestion rewrites it in the majority style.
  Month form follows AP practice: Jan., Feb., Aug., Sept., Oct., Nov. and Dec. may be
  abbreviated with a day, March to July never, so "Feb. 11" and "March 3" are one style.
  Ties are broken towards what news copy uses: spelled-out dates beat numeric and ISO
  ones, and dates without a suffix beat "11th"; a suffix is never suggested. A date that
  names a day or an event ("the July 4th holiday", "the September 11 attacks", "the May
  4th Movement") keeps its conventional form and is not compared.
- ``day-only``: "on the 9th" with no month in its sentence or the sentence before, a
  convention of Chinese and Japanese news ("9日") that leaves an English reader unable to
  tell the date. A month named in that sentence or the one before carries over ("opened
  on March 7 and ended on the 9th"); one named paragraphs away does not.

Dates are found by ``newslint.text.dates.find_dates``, shared with the weekday check.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from newslint.check import CheckContext, Match, ModeCheck, Param
from newslint.document import Document
from newslint.records import NamedTuple
from newslint.text.dates import MONTH_NAMES, DateMention, document_dates

MODES = ("style", "day-only")

# AP style abbreviates these months when a day follows; March to July stay in full.
AP_ABBREVIATIONS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.",
                    12: "Dec."}
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_MONTH_WORD = re.compile(r"[A-Z][a-z]+\.?")
_DAY_ONLY = re.compile(
    r"\b(?i:on|since|from|until|till|by|before|after|of)\s+the\s+"
    r"(?P<day>(?P<number>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th))\b(?P<after>[^\w]{0,3}\w*)"
)
# What every _DAY_ONLY match holds ("the 9th"): a pattern that starts with a literal,
# which re skips to, where _DAY_ONLY's first word boundary is tried at every character.
_THE_ORDINAL = re.compile(r"the\s+(?:3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)\b")
# Words that say what an ordinal counts when they share its sentence: golf holes, laps,
# overs, floors, minutes ("a birdie on the 18th", "lost his lead on the 52nd").
_ORDINAL_UNITS = re.compile(
    r"\b(?:holes?|birdied|birdies?|bogeyed|bogeys?|eagled?|fairways?|putts?|putted|tee"
    r"|laps?|innings|overs|floors?|storeys?|minutes?)\b", re.IGNORECASE)
# Words that may follow "on the 9th" when it is a date, not "the 9th floor".
_AFTER_DAY = frozenset(
    """and or to that when for in at with as while after before but this he she it they
    we i the a an his her its their by local of under from said""".split()
)


class DateStyle(NamedTuple):
    order: str  # month-day | day-month | iso | numeric
    month_form: str | None  # abbreviated | full | None (no evidence: ISO, numeric, March)
    ordinal: bool


def date_style(text: str, mention: DateMention) -> DateStyle:
    written = text[mention.date_start:mention.date_end]
    order = mention.style if mention.style in ("month-day", "day-month", "iso") else "numeric"
    month_form = None
    if order in ("month-day", "day-month"):
        words = [w for w in _MONTH_WORD.findall(written) if w.rstrip(".").lower() != "of"]
        month_word = words[0] if words else ""
        full = month_word.rstrip(".") == MONTH_NAMES[mention.month]
        if not full:
            month_form = "abbreviated"
        elif mention.month in AP_ABBREVIATIONS:
            month_form = "full"
    return DateStyle(order, month_form, bool(_ORDINAL.search(written)))


def format_date(mention: DateMention, order: str, month_form: str | None, month: int | None = None,
                day: int | None = None) -> str:
    """The date written in ``order`` with the month ``month_form`` ("abbreviated" = AP)."""
    month = mention.month if month is None else month
    day = mention.day if day is None else day
    name = MONTH_NAMES[month]
    if month_form == "abbreviated":
        name = AP_ABBREVIATIONS.get(month, name)
    if order == "day-month":
        return f"{day} {name}" + (f" {mention.year}" if mention.year else "")
    return f"{name} {day}" + (f", {mention.year}" if mention.year else "")


class DateFormatCheck(ModeCheck):
    parameters = {
        "mode": Param("string", required=True, choices=MODES, help=", ".join(MODES)),
        "min_majority": Param("int", default=2,
                              help="style: fewest dates in the majority style before "
                                   "the minority is reported (ties: see the module docs)"),
        "month_scope": Param("string", default="sentence", choices=("sentence", "article"),
                             help="day-only: where a month must be named for the day to be "
                                  "clear: the sentence or the one before it, or anywhere"),
        "monthless_severity": Param("string", default=None,
                                    choices=("error", "warning", "info"),
                                    help="day-only: severity when the article names no month "
                                         "at all (default: the rule's)"),
    }

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self._min_majority = params["min_majority"]

    def run(self, document: Document) -> Iterator[Match]:
        if self.mode == "day-only":
            yield from _days_without_month(document, self.params["month_scope"],
                                           self.params["monthless_severity"])
            return
        text = document.text
        mentions = [m for m in document_dates(document)
                    if _in_prose(text, m) and not _names_an_event(text, m)]
        if len(mentions) < 2:
            return  # every problem of style is a difference from the article's other dates
        styles = [date_style(text, m) for m in mentions]
        yield from self._style(text, mentions, styles)

    def _style(self, text: str, mentions: list[DateMention],
               styles: list[DateStyle]) -> Iterator[Match]:
        order = _majority(Counter(s.order for s in styles), self._min_majority,
                          prefer=("month-day", "day-month"))
        form = _majority(Counter(s.month_form for s in styles if s.month_form),
                         self._min_majority)
        suffixes = Counter(s.ordinal for s in styles if s.order in ("month-day", "day-month"))
        drop_suffix = 0 < suffixes[True] <= suffixes[False]
        for mention, style in zip(mentions, styles, strict=True):
            wrong_order = order is not None and style.order != order
            wrong_form = form is not None and style.month_form not in (None, form)
            wrong_suffix = drop_suffix and style.ordinal
            if not (wrong_order or wrong_form or wrong_suffix):
                continue
            target_order = order if order is not None else style.order
            target_form = form if form is not None else style.month_form
            if target_order in ("iso", "numeric"):
                target_order = "month-day"  # spell it out; never suggest a numeric date
            readings = mention.readings() if style.order == "numeric" else (
                (mention.month, mention.day),)
            suggestions = tuple(format_date(mention, target_order, target_form, m, d)
                                for m, d in readings)
            problems = []
            if wrong_order or wrong_form:
                problems.append(f"the article writes dates {_describe(order, form)}")
            if wrong_suffix:
                problems.append(f"the article's other dates have no ordinal suffix "
                                f"({suffixes[False]})")
            if style.order == "numeric" and len(readings) > 1:
                problems.append("this numeric date can be read two ways")
            yield Match(mention.date_start, mention.date_end, {"problem": "; ".join(problems)},
                        suggestions=suggestions)


def _days_without_month(document: Document, scope: str,
                        monthless_severity: str | None) -> Iterator[Match]:
    text = document.text
    if not _THE_ORDINAL.search(text):
        return  # every day _DAY_ONLY finds follows "the", which re finds much faster
    any_month = _ANY_MONTH.search(text) is not None
    if any_month and scope == "article":
        return
    severity = None if any_month else monthless_severity
    sentences = document.sentences
    starts = [sentence.start for sentence in sentences]
    for match in _DAY_ONLY.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if _month_nearby(text, sentences, index):
            continue  # "Talks opened on March 7 ... and ended on the 9th": the month is there
        if index >= 0 and _ORDINAL_UNITS.search(text, sentences[index].start,
                                                sentences[index].end):
            continue  # "a birdie on the 18th", "a goal in the 89th minute": not a day
        after = match.group("after")
        word = re.sub(r"^\W+", "", after).lower()
        punctuated = bool(re.match(r"\s*[,.;:)]", after))
        if not (punctuated or not after.strip() or word in _AFTER_DAY):
            continue  # "the 9th floor", "the 20th Party Congress"
        if re.match(r"\s+of\s+(?:January|February|March|April|May|June|July|August|September"
                    r"|October|November|December)", text[match.end("day"):]):
            continue  # "the 9th of March" is a full date
        if re.match(r"\s+of\s+(?:each|every|the|a)\s+month\b", text[match.end("day"):]):
            continue  # "paid on the 1st of each month": a recurring day, not a date
        yield Match(text.rfind("the", 0, match.start("day")), match.end("day"),
                    {"problem": "a day of the month without its month"},
                    message=f"'{match.group('day')}' without a month"
                            f"{'' if any_month else ' (the article names none)'}: name the "
                            f"month (\"Feb. {match.group('number')}\") or the weekday",
                    severity=severity)


# (The look-ahead, a month's capital, changes no match; it makes the search faster.)
_ANY_MONTH = re.compile(r"(?=[JFMASOND])\b(?:January|February|March|April|June|July|August|September|October"
                        r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
                        r"|May(?=\s+\d))")


def _month_nearby(text: str, sentences: list, index: int) -> bool:
    """Whether the sentence at ``index`` or the one before it names a month.

    A reader carries a month over from the previous sentence ("The talks opened on March
    7. They ended on the 9th."), not from a paragraph further up: a month anywhere in the
    article does not tell which month "on the 8th" means.
    """
    first = max(0, index - 1)
    start = sentences[first].start if index >= 0 else 0
    end = sentences[index].end if index >= 0 else len(text)
    return _ANY_MONTH.search(text, start, end) is not None


# A date that names a day or an event keeps its conventional form whatever the article's
# style: "the July 4th holiday", "the September 11 attacks", "the May 4th Movement".
_EVENT_AFTER = re.compile(
    r"[\"'’”]?\s+(?:holidays?|weekend|attacks?|anniversary|celebrations?|parade|fireworks"
    r"|bombings?|protests?|crackdown|Movement|Incident|Massacre|Revolution|Uprising|Day"
    r"|Agreement|Accords?|Declaration|Group|Memorial|Coup)\b",
    re.IGNORECASE)


def _names_an_event(text: str, mention: DateMention) -> bool:
    return _EVENT_AFTER.match(text, mention.date_end) is not None


def _in_prose(text: str, mention: DateMention) -> bool:
    """Not part of a URL or a file name (the date parser already skips most of those)."""
    before = text[max(0, mention.date_start - 1):mention.date_start]
    after = text[mention.date_end:mention.date_end + 1]
    return before not in ("/", "=", "_") and after not in ("/", "_")


def _majority(counts: Counter, minimum: int, prefer: tuple[str, ...] = ()) -> Any:
    """The form used most, if the article has more than one and one clearly leads.

    A tie is broken only in favour of a ``prefer`` form over a non-preferred one.
    """
    if len(counts) < 2:
        return None
    ranked = counts.most_common()
    (first, first_count), (_second, second_count) = ranked[0], ranked[1]
    if first_count > second_count and first_count >= minimum:
        return first
    tied = [form for form, count in ranked if count == first_count]
    preferred = [form for form in tied if form in prefer]
    if len(preferred) == 1:
        return preferred[0]
    return None


def _describe(order: str | None, form: str | None) -> str:
    samples = {"month-day": "month first (March 5)", "day-month": "day first (5 March)",
               "iso": "ISO (2025-03-05)", "numeric": "numbers (05/03/2025)"}
    parts = [samples[order]] if order else []
    if form:
        parts.append("with abbreviated months (Feb. 11)" if form == "abbreviated"
                     else "with months in full (February 11)")
    return " ".join(parts) or "in another style"
