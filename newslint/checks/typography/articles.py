""""a" or "an": chosen by the sound of the next word, not its first letter.

"an hour", "an honest", "a European", "a one-off", "a university", "a US envoy", "an FBI
agent", "an MP", "an 8% rise", "an 18-year-old". Where the sound cannot be told from the
spelling (an acronym read as a word or as letters, "an historic"), nothing is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# "a" or "an" as a word of its own, then the next word. (The word boundary is tested
# after the first letter, as ``finditer_after_boundary(_ARTICLE, text)`` would find
# the same matches, so that re skips from "a" to "a" in C.)
_ARTICLE = re.compile(r"([aA](?<!\w[aA])n?)[ \t\u00a0]+[‘'\"“(]?([\w][\w.&’'-]*)")
# The same pattern from "a" and from "A": a literal first character, which re finds much
# faster than a class (``article_matches``).
_AFTER_LETTER = _ARTICLE.pattern[len("([aA]"):]
_ARTICLE_LOWER = re.compile("(a" + _AFTER_LETTER)
_ARTICLE_UPPER = re.compile("(A" + _AFTER_LETTER)


def article_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_ARTICLE.finditer(text)``, found as the matches from "a" and from
    "A" merged in text order.

    At any place the three patterns match alike. When the two lists' matches do not
    overlap, they are what finditer gives: it takes the first place where one matches,
    goes on from its end, and no match of the other list starts before that end, so
    each list's next match is still the first after it. When two overlap, finditer
    would have dropped one, and the answer is taken from it directly.
    """
    lower = list(_ARTICLE_LOWER.finditer(text))
    upper = list(_ARTICLE_UPPER.finditer(text)) if "A" in text else []
    if not upper or not lower:
        return lower or upper
    merged = sorted(lower + upper, key=re.Match.start)
    if any(one.end() > following.start()
           for one, following in zip(merged, merged[1:], strict=False)):
        return list(_ARTICLE.finditer(text))
    return merged
_SENTENCE_START = re.compile(r"(?:\A|[.!?:]['\"’”)]?\s+|\n\s*|[\"“‘(]\s*)\Z")

# Letters whose names start with a vowel sound: an A, an F, an H, an L, an MP, an S, an X.
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
_VOWELS = frozenset("aeiou")
# Words spelled with a vowel but said with a consonant: a one-off, a European, a union.
_CONSONANT_SOUND_PREFIXES = (
    "eu", "ewe", "uni", "use", "usa", "usu", "uti", "ute", "uto", "ura", "ure",
    "uri", "uro", "uru", "uk", "uig", "uy", "ubiq", "ufo", "ugand", "utah", "ouija", "uvul",
)
# ... except these un- words, said with a vowel: an unidentified, an unimportant.
_UN_PREFIXES = ("unid", "unim", "unin", "unill")
_ONE = re.compile(r"one(?:\Z|-|self|time|ness)|once\Z")
# Abbreviations read out as the name they stand for: "a RMB 100 note" (renminbi).
_READ_AS_NAMES = frozenset({"RMB", "HK", "HKD", "NZ", "NY", "NYC", "LA", "SF"})
# Silent h: an hour, an honest, an heir.
_SILENT_H = ("hour", "honest", "honor", "honour", "heir", "herb", "hors d")
# An older style still writes "an" before these; neither article is reported.
_EITHER_H = ("histor", "hotel", "heroic", "hyster", "heredit", "habitual", "hypothe",
             "horrif", "herald", "homage")


def article_mismatches(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, found, fixed) for each "a"/"an" that does not fit the next word."""
    for match in article_matches(text):
        article, word = match.group(1), match.group(2).rstrip(".’'-")
        if not word or article[0] == "A" and not _SENTENCE_START.search(
                text, max(0, match.start() - 4), match.start()):
            continue  # "Grade A", "Nguyen Van An": a letter or a name, not the article
        expected = expected_article(word)
        if expected is None or expected == article.lower():
            continue
        fixed = expected if article[0].islower() else expected.capitalize()
        start, end = match.start(1), match.start(2) + len(word)
        yield start, end, text[start:end], fixed + text[match.end(1):end]


@lru_cache(maxsize=8192)  # articles come before the same words again and again
def expected_article(word: str) -> str | None:
    """"a" or "an" for ``word``, or None when its sound cannot be told from its spelling."""
    if word[0].isdigit():
        return _number_article(word)
    letters = word.replace(".", "")
    head = re.match(r"[A-Z]+(?:&[A-Z]+)*", letters)  # "UFJ-MTFG", "M&S", "US-based"
    if head and (head.end() == len(letters) or not letters[head.end()].isalpha()):
        acronym = head.group().replace("&", "")
        if len(acronym) >= 2:
            return None if acronym in _READ_AS_NAMES else _acronym_article(acronym)
    if len(letters) == 1 or re.match(r"[A-Z](?:-|\d)", word):
        if not letters[0].isupper():
            return None  # "a b c" lists, "a)": not an article before a word
        return "an" if letters[0] in _VOWEL_LETTERS else "a"
    if any(c.isupper() for c in word[1:]):
        return None  # MoD, PhD, iPhone, McDonald's: read as letters or as a name
    return _word_article(word.lower())


def _number_article(word: str) -> str | None:
    """an 8, an 80s, an 11, an 18-year-old, an 18,000-seat; a 1, a 7, a 100."""
    if word[0] == "8":
        return "an"
    head = re.match(r"\d*", word).group()  # type: ignore[union-attr]  # "*" always matches
    grouped = re.match(r"\d+(?:,\d{3})+", word)
    if word[len(head):len(head) + 1] == "," and grouped:
        head = grouped.group().replace(",", "")
    if head[:2] not in ("11", "18"):
        return "a"
    if len(head) == 4:
        return None  # 1100 is "eleven hundred" or "one thousand one hundred"
    if len(head) in (2, 5, 8):
        return "an"  # eleven, eleven thousand, eighteen million
    return "a"


def _acronym_article(letters: str) -> str | None:
    """Letters read one by one (an FBI, a US) when the acronym cannot be said as a word."""
    first = letters[0]
    if first in "AEIO":
        return "an"
    if first == "U":
        return "a"  # a UN envoy, a UNESCO site, a UK firm
    if first in _VOWEL_LETTERS:
        # FBI, MP, NHS are spelled out (an); NATO, FIFA, FTSE, SWAT are said as words (a).
        said_as_word = letters[1] in "AEIOUY" or len(letters) >= 4 and any(
            c in "AEIOUY" for c in letters)
        return None if said_as_word else "an"
    return "a"


def _word_article(lower: str) -> str | None:
    first = lower[0]
    if first == "h":
        if lower.startswith(_SILENT_H):
            return "an"
        return None if lower.startswith(_EITHER_H) else "a"
    if first in _VOWELS:
        if _ONE.match(lower):
            return "a"  # a one-off, a once-great club (but an onerous task)
        if lower.startswith(_UN_PREFIXES):
            return "an"
        if lower.startswith(_CONSONANT_SOUND_PREFIXES):
            return "a"
        if lower.startswith("uz"):
            return None  # "an Uzbek" and "a Uzbek" are both heard
        return "an"
    if not first.isalpha() or not first.isascii():
        return None
    return "a"
