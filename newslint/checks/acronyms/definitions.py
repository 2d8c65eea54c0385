"""Where an article defines an acronym ("Long Form (ACR)", "ACR (Long Form)", "Long
Form, or ACR," and "Long Form – ACR"), the words that may hold each long form, and the
definitions that disagree with one another (the ``inconsistent`` mode).

A long form before "(ACR)" has no marked beginning, so the words of the clause before the
bracket are all kept (at most ``max_words``); the ``acronym`` check judges every suffix.
Datelines ("HANOI (VNA) –") are not definitions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate

from newslint.check import Match, Related
from newslint.checks.acronyms.forms import (
    CONNECTORS,
    LONG_FORM_TOKEN,
    is_acronym_shaped,
    is_function_word,
    starts_capital_or_digit,
)
from newslint.document import Document
from newslint.gazetteer import Entity
from newslint.records import NamedTuple
from newslint.text.folding import fold

# A word of the text, or a mark that ends a clause (a long form never crosses one).
_TOKEN = re.compile(
    rf"(?P<word>{LONG_FORM_TOKEN.pattern})|(?P<barrier>[.;:!?()\[\]{{}}\"“”«»|–—]|\s-\s)"
)
# The same tokens as one group, for ``re.split``: gaps and tokens alternate.
_TOKEN_SPLIT = re.compile(
    rf"((?:{LONG_FORM_TOKEN.pattern})|[.;:!?()\[\]{{}}\"“”«»|–—]|\s-\s)"
)
_PARENTHESIS = re.compile(r"\(([^()\n]{1,160})\)")
_OR_ACRONYM = re.compile(r",\s+or\s+([^\s,;:()]+?)(?=[,;:)]|\.?\s*$|\.\s|\s+[–—])", re.MULTILINE)
_DASH_ACRONYM = re.compile(r"\s[–—]\s+([^\s,;:()]+?)(?=\s*(?:[,;:)]|\.\s|\.?$|[–—]))", re.MULTILINE)
_DATELINE_DASH = re.compile(r"\s*[-–—]")
_POSSESSIVE_WORD = re.compile(r"(.+?)['’]s?")
_LOOKBACK_CHARS = 300

class Word(NamedTuple):
    start: int
    end: int
    text: str
    comma_before: bool


class Candidate(NamedTuple):
    """A place where a long form and an acronym stand together as a definition."""

    pattern: str  # "after" (Long Form (ACR)), "before" (ACR (Long Form)), "or", "dash"
    acronym: str
    acronym_start: int
    acronym_end: int
    words: tuple[Word, ...]  # the words that may hold the long form


def is_content(word: str) -> bool:
    return word != "&" and not is_function_word(word)


def can_start(word: str) -> bool:
    return word != "&" and fold(word) not in CONNECTORS




def candidates(document: Document, max_words: int) -> Iterator[Candidate]:
    """Every "Long Form (ACR)", "ACR (Long Form)", "Long Form, or ACR" and "– ACR" place."""
    text = document.text
    paragraph_starts = [p.start for p in document.paragraphs]
    for match in _PARENTHESIS.finditer(text):
        inner = match.group(1).strip()
        if is_acronym_shaped(inner):
            if _is_dateline(text, match.start(), match.end()):
                continue
            start = match.start(1) + match.group(1).index(inner)
            words = _words_before(text, match.start(), paragraph_starts, max_words)
            if words:
                yield Candidate("after", inner, start, start + len(inner), words)
            continue
        before = _acronym_before(text, match.start())
        if before is not None:
            words = _without_shared_start(
                _words_within(text, match.start(1), match.end(1)),
                _words_before(text, before, paragraph_starts, 3))
            if len(words) >= 2:
                yield Candidate("before", text[before:match.start()].rstrip(), before,
                                before + len(text[before:match.start()].rstrip()), words)
    for pattern, name in ((_OR_ACRONYM, "or"), (_DASH_ACRONYM, "dash")):
        if pattern is _DASH_ACRONYM and "–" not in text and "—" not in text:
            continue  # it opens on any space: a text without a dash is not searched
        for match in pattern.finditer(text):
            acronym = match.group(1)
            if not is_acronym_shaped(acronym):
                continue
            words = _words_before(text, match.start(), paragraph_starts, max_words)
            if words:
                yield Candidate(name, acronym, match.start(1), match.end(1), words)


def _is_dateline(text: str, start: int, end: int) -> bool:
    """"HANOI (VNA) –", "Beijing (AP) —": a place and an agency at the start of a line."""
    if _DATELINE_DASH.match(text, end) is None:
        return False  # (first: the words before are counted only where a dash follows)
    line_start = text.rfind("\n", 0, start) + 1
    return len(LONG_FORM_TOKEN.findall(text, line_start, start)) <= 3


def _words_before(text: str, position: int, paragraph_starts: list[int], max_words: int
                  ) -> tuple[Word, ...]:
    """The words of the clause before ``position``, at most ``max_words`` of them.

    The window is split by ``_TOKEN`` in one C-level pass (``_TOKEN_SPLIT``: gaps and
    tokens alternate, as ``finditer`` would find the tokens); only the words after the
    last barrier are kept, and only the last ``max_words`` of them are made ``Word``s."""
    index = bisect_right(paragraph_starts, position) - 1
    paragraph_start = paragraph_starts[index] if index >= 0 else 0
    window_start = max(paragraph_start, position - _LOOKBACK_CHARS)
    parts = _TOKEN_SPLIT.split(text[window_start:position])
    # parts: gap, token, gap, token, ..., gap; the words after the last barrier
    first = len(parts) - 2
    while first >= 1 and not _is_barrier(parts[first]):
        first -= 2
    first += 2  # the first word's index in parts
    if first == 1 and window_start > paragraph_start and len(parts) > 2 and not parts[0]:
        first = 3  # no barrier, and a word at the window's start: may be the tail of a longer one
    first = max(first, len(parts) - 2 * max_words)  # (the last max_words words)
    if first >= len(parts):
        return ()
    offsets = list(accumulate(map(len, parts), initial=window_start))
    return tuple([Word(offsets[i], offsets[i + 1], parts[i], "," in parts[i - 1])
                  for i in range(first, len(parts), 2)])


def _is_barrier(token: str) -> bool:
    """Whether a token of ``_TOKEN`` is its barrier: a word begins with a letter or a
    digit, or is "&"; a barrier is a mark or a spaced hyphen."""
    return not (token[0].isalnum() or token == "&")


def _words_within(text: str, start: int, end: int) -> tuple[Word, ...]:
    words: list[Word] = []
    previous_end = start
    for match in _TOKEN.finditer(text, start, end):
        if match.group("barrier") is not None:
            return ()
        words.append(Word(match.start(), match.end(), match.group(), "," in text[previous_end:match.start()]))
        previous_end = match.end()
    while words and not can_start(words[0].text):
        words.pop(0)
    return tuple(words)


def _without_shared_start(inside: tuple[Word, ...], before: tuple[Word, ...]) -> tuple[Word, ...]:
    """"New START (New Strategic Arms Reduction Treaty)": the words written before the
    acronym are part of it, so the long form for START begins after them."""
    for size in range(min(len(before), len(inside) - 1), 0, -1):
        if [w.text for w in before[-size:]] == [w.text for w in inside[:size]]:
            return inside[size:]
    return inside


def _acronym_before(text: str, paren: int) -> int | None:
    """The start of an acronym written just before the bracket at ``paren``, if any."""
    end = paren
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".&+-/"):
        start -= 1
    token = text[start:end]
    return start if token and is_acronym_shaped(token) else None


def title_run(words: Sequence[Word], pattern: str, places: frozenset[str] = frozenset()
               ) -> list[int]:
    """Indexes of the capitalised run that ends the words (function words inside it).

    A known place in the possessive ends the run from outside: "Iran's Foreign Ministry"
    is Iran's ministry, while "People's" in "People's Bank of China" is part of the name.
    """
    if pattern == "before":
        indexes = list(range(len(words)))
        content = [i for i in indexes if is_content(words[i].text)]
        return indexes if all(starts_capital_or_digit(words[i].text) for i in content) else []
    run: list[int] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        function = is_function_word(word.text)
        owner = _POSSESSIVE_WORD.fullmatch(word.text)
        if owner is not None and fold(owner.group(1)) in places:
            break
        if (starts_capital_or_digit(word.text) and not function) or (function and run):
            run.insert(0, i)
        else:
            break
        if word.comma_before:
            break
    while run and not is_content(words[run[0]].text):
        run.pop(0)
    return run


class Definition(NamedTuple):
    """A definition in the article: the acronym, where its expansion is, and what it is.

    ``accepted`` is False for a long form the article already gave another acronym: not
    a definition to trust, but the evidence the inconsistent mode reports.
    """

    key: str
    acronym: str
    acronym_start: int
    acronym_end: int
    start: int
    end: int
    exact: str
    entity: Entity | None
    accepted: bool = True


# -- one acronym, two expansions --------------------------------------------------------------


def inconsistencies(document: Document, definitions: list[Definition]) -> Iterator[Match]:
    """A definition that disagrees with an earlier one: other words, or another acronym."""
    first_by_acronym: dict[str, Definition] = {}
    first_by_expansion: dict[str, Definition] = {}
    for definition in definitions:
        earlier = first_by_acronym.get(definition.key)
        if definition.accepted and earlier is not None and earlier.exact != definition.exact:
            if not _both_known(earlier, definition):
                yield _two_expansions(document, earlier, definition)
            continue
        earlier = first_by_expansion.get(definition.exact)
        if earlier is not None and earlier.key != definition.key:
            yield _two_acronyms(document, earlier, definition)
            continue
        if definition.accepted:
            first_by_acronym.setdefault(definition.key, definition)
            first_by_expansion.setdefault(definition.exact, definition)


def _two_expansions(document: Document, first: Definition, later: Definition) -> Match:
    expansion = document.text[first.start:first.end]
    line = document.region(first.start, first.end).line
    return Match(
        later.start, later.end, {"acronym": later.acronym, "first": expansion, "line": line},
        suggestions=(expansion,),
        related=(Related(first.start, first.end, f"{first.acronym} first defined as '{expansion}'"),),
    )


def _two_acronyms(document: Document, first: Definition, later: Definition) -> Match:
    expansion = document.text[later.start:later.end]
    line = document.region(first.acronym_start, first.acronym_end).line
    return Match(
        later.acronym_start, later.acronym_end,
        {"acronym": later.acronym, "first": first.acronym, "line": line},
        suggestions=(first.acronym,),
        message=f"'{expansion}' is abbreviated {later.acronym} here but {first.acronym} on line {line}",
        related=(Related(first.acronym_start, first.acronym_end,
                         f"'{expansion}' first abbreviated {first.acronym}"),),
    )


def _both_known(a: Definition, b: Definition) -> bool:
    """Both are known names: of one body, or of two real bodies that share the acronym
    (RSF: Rapid Support Forces, Reporters Without Borders)."""
    return a.entity is not None and b.entity is not None
