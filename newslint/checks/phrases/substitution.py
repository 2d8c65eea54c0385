"""``substitution``: a wrong form and the right one, with the right one as the suggestion.

``swap`` maps each wrong word or phrase to its replacement. The suggestion keeps the
capitalisation of what was found ("Kiev" → "Kyiv", "kiev" → "kyiv" only when the right
form is lower-case to begin with).

A style change has a date: "Kiev" was the standard English spelling until the wire
services switched in 2019. With ``in_force_from``, a document whose front matter dates it
earlier (``date``, ``published``...) is archive copy written to the style of its day and
is left alone; a document without a date is checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import chain
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError
from newslint.document import Document
from newslint.text.dates import parse_date_value
from newslint.text.matching import PhraseMatcher, overlaps_exception


class SubstitutionCheck(Check):
    parameters = {
        "swap": Param("mapping", required=True, help="wrong form → right form"),
        "ignorecase": Param("bool", default=True, help="match regardless of case"),
        "exceptions": Param("strings", default=(), help="phrases in which a match is fine"),
        "in_force_from": Param("string", default=None,
                               help="a date (YYYY-MM-DD): documents dated earlier in their "
                                    "front matter are not checked"),
        "date_keys": Param("strings", default=("date", "published", "pubdate", "pub_date",
                                               "date_published", "datepublished", "created"),
                           help="front-matter keys (case-insensitive) that date a document"),
    }
    default_message = "Use '{expected}' instead of '{found}'"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        if not params["swap"]:
            raise ParameterError("'swap' must not be empty", key="swap")
        self._ignore_case = params["ignorecase"]
        self._swap = {self._key(k): v for k, v in params["swap"].items()}
        self._matcher = PhraseMatcher(params["swap"], self._ignore_case)
        self._exceptions = (
            PhraseMatcher(params["exceptions"], self._ignore_case) if params["exceptions"] else None
        )
        self._in_force_from = _parse_day(params["in_force_from"])
        self._date_keys = tuple(key.lower() for key in params["date_keys"])

    def _key(self, phrase: str) -> str:
        normal = " ".join(phrase.split())
        return normal.casefold() if self._ignore_case else normal

    def _predates_rule(self, document: Document) -> bool:
        """Dated in its front matter before the style took force: archive copy."""
        if self._in_force_from is None:
            return False
        metadata = {str(key).lower(): value for key, value in document.metadata.items()}
        for key in self._date_keys:
            value = parse_date_value(metadata.get(key))
            if isinstance(value, dt.date):
                return value < self._in_force_from
            if isinstance(value, int):
                return value < self._in_force_from.year
        return False

    def run(self, document: Document) -> Iterator[Match]:
        text = document.text
        spans = self._matcher.finditer(text)
        first = next(spans, None)
        # The front matter's date is read only where there is something to report (most
        # articles have nothing): archive copy reports nothing either way.
        if first is None or self._predates_rule(document):
            return
        for start, end in chain((first,), spans):
            if overlaps_exception(text, start, end, self._exceptions):
                continue
            found = text[start:end]
            expected = self._swap.get(self._key(found))
            if expected is None or expected == found:
                continue
            expected = _match_case(found, expected)
            yield Match(start, end, {"expected": expected}, suggestions=(expected,))


def _parse_day(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ParameterError(f"'in_force_from' must be a date (YYYY-MM-DD), not {value!r}",
                             key="in_force_from") from None


def _match_case(found: str, expected: str) -> str:
    if found.isupper() and len(found) > 1 and expected.lower() == expected:
        return expected.upper()
    if found[:1].isupper() and expected[:1].islower():
        return expected[:1].upper() + expected[1:]
    return expected
