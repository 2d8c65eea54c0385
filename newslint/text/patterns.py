"""Helpers for writing regular expressions that Python's ``re`` runs fast over a whole
article.

``re`` finds a match by trying the pattern at every character, unless the pattern starts
with a literal or a class of characters, which it skips to in C. A pattern that starts
with a look-behind, a word boundary or a case-insensitive literal gets no such help, and
a dozen of them over every article added up to a large share of a run. The helpers
rewrite such patterns into forms that match exactly the same text.
"""

from __future__ import annotations

import re
import sys

# A possessive repeat ("*+", "++": Python 3.11+) never gives back what it matched, which
# spares ``re`` its backtracking records where nothing could be given back anyway; on
# Python 3.10, whose ``re`` rejects it ("multiple repeat"), the plain repeat, which
# matches the same text. Written after a quantifier: f"[a-z]*{POSSESSIVE}".
POSSESSIVE = "+" if sys.version_info >= (3, 11) else ""

# Characters besides a letter's two cases that ``re.IGNORECASE`` matches to it.
_FOLDED = {"i": "İı", "k": "\u212a", "s": "ſ"}


def caseless(literal: str) -> str:
    """A pattern matching ``literal`` as ``re.IGNORECASE`` would, without the flag:
    "www." becomes "[wW][wW][wW]\\.". With the flag every comparison in the pattern
    is slower, and a pattern that starts with a letter loses the fast skip."""
    return "".join(f"[{c.lower()}{c.upper()}{_FOLDED.get(c.lower(), '')}]" if c.isalpha()
                   else re.escape(c) for c in literal)


def is_word_char(char: str) -> bool:
    """What ``\\w`` matches: a letter or digit (``str.isalnum``) or an underscore."""
    return char.isalnum() or char == "_"


def finditer_after_boundary(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``\\b`` + ``pattern`` (``pattern`` starting with a word character)
    that ``re.finditer`` would give, found with ``pattern`` alone so that ``re`` can skip
    to its first character. A candidate preceded by a word character is refused and the
    search resumes one character later, so no match is hidden behind a refused one."""
    found = []
    position, search = 0, pattern.search
    while (match := search(text, position)) is not None:
        start = match.start()
        if start and is_word_char(text[start - 1]):
            position = start + 1
            continue
        found.append(match)
        position = match.end() if match.end() > start else start + 1
    return found
