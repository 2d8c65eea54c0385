"""Paragraphs, sentences and quoted spans of prose, by rules a news editor would accept.

These are heuristics tuned for English news copy, kept free of any model so that they
are fast and predictable. They work on offsets into one string and return ``(start,
end)`` pairs, so the document model can wrap them without copying text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence

_BLANK_LINES = re.compile(r"(?:\r\n|\r|\n)[ \t\f\v]*(?:(?:\r\n|\r|\n)[ \t\f\v]*)+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# A sentence ends at terminal punctuation, optionally followed by closing quotes or
# brackets, then whitespace. (The look-ahead also captures the first visible character
# after the whitespace, if the paragraph has one: what decides whether a sentence ends.)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+(\S)?)")
_TERMINAL = re.compile(r"[.!?…:][\"'”’»)\]]*\s*$")
_WORD_BEFORE = re.compile(r"([\w.]+)$")

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt maj sgt capt cmdr adm sen rep gov pres amb rev fr st mt
    jr sr no nos vs etc e.g i.e a.m p.m u.s u.k u.n u.s.a e.u jan feb mar apr jun jul aug
    sep sept oct nov dec inc ltd co corp approx est dept univ fig al cf ca op art sec""".split()
)


def split_paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Runs of non-blank lines (README, Input), trimmed of surrounding whitespace."""
    yield from paragraph_spans(text)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``list(split_paragraphs(text))``, each paragraph trimmed in place rather than by a
    generator of its own."""
    spans: list[tuple[int, int]] = []
    start = 0
    for gap in _BLANK_LINES.finditer(text):
        _add_trimmed(spans, text, start, gap.start())
        start = gap.end()
    _add_trimmed(spans, text, start, len(text))
    return spans


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append ``trimmed(text, start, end)``'s stretch to ``spans``, if there is one."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretch ``start``-``end`` of ``text`` without its surrounding whitespace, if
    anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of the paragraph ``text[start:end]``.

    A line that carries no terminal punctuation at all (a headline, a dateline) is a
    sentence of its own; otherwise sentences may wrap across lines.
    """
    yield from sentence_spans(text, start, end)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``list(split_sentences(text, start, end))``, made without a generator per sentence;
    the headline rule is tried only where the paragraph has a line break."""
    spans: list[tuple[int, int]] = []
    _add_sentences(spans, text, start, end, _punctuation_boundaries(text, start, end))
    return spans


def text_sentence_spans(text: str, paragraphs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``sentence_spans`` of each of ``paragraphs`` (``split_paragraphs(text)``) in
    turn, with one search for sentence ends over the whole text instead of one per
    paragraph. The paragraphs hold every visible character, and a sentence end is
    visible characters followed by whitespace that ends inside its paragraph, except
    at the paragraph's very end, where the paragraph's own search finds no whitespace
    after it: such a match is dropped."""
    spans: list[tuple[int, int]] = []
    ends = _SENTENCE_END.finditer(text)
    match = next(ends, None)
    for start, end in paragraphs:
        boundaries = []
        while match is not None and match.start() < end:
            if match.end() < end and _is_sentence_end(text, start, match):
                boundaries.append(match.end())
            match = next(ends, None)
        _add_sentences(spans, text, start, end, boundaries)
    return spans


def _add_sentences(spans: list[tuple[int, int]], text: str, start: int, end: int,
                   boundaries: list[int]) -> None:
    """Append to ``spans`` the sentences of paragraph ``[start, end)`` between
    ``boundaries`` (its punctuation boundaries, in order) and its headline lines."""
    if text.find("\n", start, end) >= 0 or text.find("\r", start, end) >= 0:
        boundaries = sorted(set(boundaries) | set(_headline_boundaries(text, start, end)))
    previous = start
    boundaries.append(end)
    for boundary in boundaries:
        _add_trimmed(spans, text, previous, boundary)
        previous = boundary


def _punctuation_boundaries(text: str, start: int, end: int) -> list[int]:
    return [match.end() for match in _SENTENCE_END.finditer(text, start, end)
            if _is_sentence_end(text, start, match)]


def _is_sentence_end(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether a ``_SENTENCE_END`` match in the paragraph starting at ``start`` ends a
    sentence: a visible character follows it in the paragraph, not in lower case nor a
    comma, and it is not the full stop of an abbreviation."""
    following = match.group(1)  # the next visible character, None at the paragraph's end
    if following is None or following.islower() or following in ",;":
        return False
    return not (text[match.start()] == "." and _is_abbreviation(text, start, match.start()))


def _next_visible(text: str, position: int, end: int) -> str | None:
    while position < end and text[position].isspace():
        position += 1
    return text[position] if position < end else None


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    if dot - 7 >= start and text[dot - 7:dot].isalnum():
        # a word of seven letters or more: longer than any abbreviation, initial or
        # dotted acronym below (lower case never shortens it), as most sentences end
        return False
    match = _WORD_BEFORE.search(text, max(start, dot - 12), dot)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if word in ABBREVIATIONS:
        return True
    # An initial ("J. K. Rowling") or a dotted acronym ("U.S.", "a.m.")
    return len(word) == 1 and word.isalpha() or "." in word and len(word) <= 6


def _headline_boundaries(text: str, start: int, end: int) -> Iterator[int]:
    line_start = start
    for line_break in _LINE_BREAK.finditer(text, start, end):
        line = text[line_start : line_break.start()]
        following = _next_visible(text, line_break.end(), end)
        if _ends_sentence(line) or _is_headline(line, following):
            yield line_break.end()
        line_start = line_break.end()


def _ends_sentence(line: str) -> bool:
    """Whether ``_TERMINAL`` matches: the line, trailing spaces and then closing quotes
    and brackets removed, ends with terminal punctuation. (Read from the end, not
    searched for along the line, which may be a whole paragraph.)"""
    bare = line.rstrip().rstrip("\"'”’»)]")
    return bare[-1:] in _TERMINAL_MARKS and bare != ""


_TERMINAL_MARKS = frozenset(".!?…:")


def _is_headline(line: str, following: str | None) -> bool:
    """A line with no sentence punctuation followed by a capitalised line: a headline or
    dateline, not a sentence wrapped across lines (which would end mid-phrase)."""
    # the cheap tests first: most lines are long and hold a full stop
    if following is None or any(mark in line for mark in ".!?"):
        return False
    if not (following.isupper() or following in "\"“‘«(["):
        return False
    words = line.split()
    if not words:
        return False
    ends_mid_phrase = line.rstrip().endswith((",", ";", "-", "–", "—"))
    return not (ends_mid_phrase or words[-1].lower() in _CONTINUERS)


# Words a wrapped line can end with but a headline does not.
_CONTINUERS = frozenset(
    """a an the and or but nor of to in on at by for with from as that which who whose
    whom than into onto over under about after before between said says told""".split()
)


# -- quotes --------------------------------------------------------------------------------

_QUOTE_MARK_CHARS = "\"“”‘’«»„‚"
_QUOTE_MARKS = re.compile(f"[{_QUOTE_MARK_CHARS}]")


def text_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``find_quotes`` of each of ``paragraphs`` (``split_paragraphs(text)``) in turn,
    asked only of the paragraphs that hold a quotation mark: in one without, find_quotes
    has no mark to pair and finds nothing. The marks are found with ``str.find`` (a
    search for their class reads every character, several times slower), and from each
    the next paragraph that holds one is reached by bisection (a mark is never
    whitespace, so it lies in a paragraph), not by a call for every paragraph."""
    spans: list[tuple[int, int]] = []
    marks = mark_positions(text, _QUOTE_MARK_CHARS)
    starts = [paragraph[0] for paragraph in paragraphs]
    at, count = 0, len(marks)
    while at < count:
        index = bisect_right(starts, marks[at]) - 1
        start, end = paragraphs[index] if index >= 0 else (0, 0)
        if marks[at] >= end:  # (outside every paragraph: no paragraph's mark)
            at += 1
            continue
        spans.extend(find_quotes(text, start, end, marks))
        at = bisect_left(marks, end, at)
    return spans


def mark_positions(text: str, marks: str) -> list[int]:
    """The offsets of the characters of ``marks`` in ``text``, in order: found with
    ``str.find``, much faster than a regular expression's class where marks are few (a
    class holding a character beyond Latin-1, such as “, is tried at every character)."""
    found: list[int] = []
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def find_quotes(text: str, start: int, end: int,
                marks: list[int] | None = None) -> list[tuple[int, int]]:
    """Quoted spans of one paragraph, marks included.

    Curly double quotes pair by direction, straight double quotes alternate, single curly
    quotes count only where they cannot be apostrophes ("Iran’s", "’90s"). A quote still
    open at the paragraph's end runs to that end: news style leaves a quote open when it
    continues in the next paragraph. ``marks``, the offsets of every quotation mark of
    the text in order (``mark_positions``), spares a search of the paragraph for them.
    """
    spans: list[tuple[int, int]] = []
    open_double: list[int] = []
    open_straight: int | None = None
    open_single: list[int] = []
    open_guillemet: list[int] = []
    if marks is None:
        marks = [match.start() for match in _QUOTE_MARKS.finditer(text, start, end)]
    else:
        marks = marks[bisect_left(marks, start):bisect_left(marks, end)]
    for at in marks:
        mark = text[at]
        if mark in "“„":
            open_double.append(at)
        elif mark == "”":
            if open_double:
                spans.append((open_double.pop(), at + 1))
        elif mark == '"':
            if open_straight is None:
                open_straight = at
            else:
                spans.append((open_straight, at + 1))
                open_straight = None
        elif mark in "‘‚":
            if _opens_single(text, at, start, end):
                open_single.append(at)
        elif mark == "’":
            if open_single and _closes_single(text, at, end):
                spans.append((open_single.pop(), at + 1))
        elif mark == "«":
            open_guillemet.append(at)
        elif mark == "»" and open_guillemet:
            spans.append((open_guillemet.pop(), at + 1))
    still_open = [*open_double, *open_single, *open_guillemet]
    if open_straight is not None:
        still_open.append(open_straight)
    spans.extend((opened, _line_end(text, opened, end)) for opened in still_open)
    return spans


def _line_end(text: str, position: int, end: int) -> int:
    """Where an unclosed quote stops: the end of its line. In copy that puts each
    paragraph on one line with no blank lines between, a line is the paragraph."""
    match = _LINE_BREAK.search(text, position, end)
    return match.start() if match else end


def _opens_single(text: str, at: int, start: int, end: int) -> bool:
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    return not before.isalnum() and (after.isalpha() or after in "“\"")


def _closes_single(text: str, at: int, end: int) -> bool:
    after = text[at + 1] if at + 1 < end else " "
    return not after.isalnum()
