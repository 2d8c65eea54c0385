"""``substitution``: a wrong form and the right one, with the right one as the suggestion.

``swap`` maps each wrong word or phrase to its replacement. The suggestion keeps the
capitalisation of what was found ("Kiev" → "Kyiv", "kiev" → "kyiv" only when the right
form is lower-case to begin with).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError
from newslint.document import Document
from newslint.matching import PhraseMatcher, overlaps_exception


class SubstitutionCheck(Check):
    parameters = {
        "swap": Param("mapping", required=True, help="wrong form → right form"),
        "ignorecase": Param("bool", default=True, help="match regardless of case"),
        "exceptions": Param("strings", default=(), help="phrases in which a match is fine"),
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

    def _key(self, phrase: str) -> str:
        normal = " ".join(phrase.split())
        return normal.casefold() if self._ignore_case else normal

    def run(self, document: Document) -> Iterator[Match]:
        text = document.text
        for start, end in self._matcher.finditer(text):
            if overlaps_exception(text, start, end, self._exceptions):
                continue
            found = text[start:end]
            expected = self._swap.get(self._key(found))
            if expected is None or expected == found:
                continue
            expected = _match_case(found, expected)
            yield Match(start, end, {"expected": expected}, suggestions=(expected,))


def _match_case(found: str, expected: str) -> str:
    if found.isupper() and len(found) > 1 and expected.lower() == expected:
        return expected.upper()
    if found[:1].isupper() and expected[:1].islower():
        return expected[:1].upper() + expected[1:]
    return expected
