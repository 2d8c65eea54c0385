"""Whole-word phrase matching shared by checks that look for lists of words.

All phrases of a rule compile into one RE2 alternation (one pass over the text however
many phrases there are). Word boundaries are checked in Python with Unicode-aware
``isalnum``, because RE2's ``\\b`` only knows ASCII letters ("café" must not match "caf").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from newslint.text.regex import compile_pattern


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def at_word_boundaries(text: str, start: int, end: int) -> bool:
    before_ok = start == 0 or not (is_word_char(text[start - 1]) and is_word_char(text[start]))
    after_ok = end >= len(text) or not (is_word_char(text[end - 1]) and is_word_char(text[end]))
    return before_ok and after_ok


class PhraseMatcher:
    """Finds any of ``phrases`` as whole words; whitespace in a phrase matches any run."""

    def __init__(self, phrases: Iterable[str], ignore_case: bool = True, whole_words: bool = True) -> None:
        unique = sorted(set(phrases), key=lambda p: (-len(p), p))
        self.whole_words = whole_words
        self._pattern: Any = None
        if unique:
            alternation = "|".join(_phrase_pattern(p) for p in unique)
            self._pattern = compile_pattern(f"(?:{alternation})", ignore_case=ignore_case)

    def patterns(self) -> list[str]:
        """The RE2 pattern the phrases compile to (none without phrases), whole-word
        tests aside: it matches wherever ``finditer`` finds something, and more."""
        return [] if self._pattern is None else [self._pattern.pattern]

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        if self._pattern is None:
            return
        for match in self._pattern.finditer(text):
            start, end = match.span()
            if end > start and (not self.whole_words or at_word_boundaries(text, start, end)):
                yield start, end


def _phrase_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(part) for part in phrase.split())


def overlaps_exception(text: str, start: int, end: int, exceptions: PhraseMatcher | None) -> bool:
    """True when an exception phrase occurs around ``[start, end)`` and covers it."""
    if exceptions is None:
        return False
    window_start = max(0, start - 80)
    window = text[window_start : end + 80]
    return any(
        a + window_start <= start and end <= b + window_start
        for a, b in exceptions.finditer(window)
    )
