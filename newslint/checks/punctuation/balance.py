"""Quotation marks and brackets that must pair up within a paragraph (or a line that is one).

What counts as a paragraph: a run of non-blank lines. Copy that puts one paragraph on each
line without blank lines between (common in CMS exports and in translation output) would
make the whole article one paragraph, and a quote opened in one line and never closed
would go unnoticed. So a paragraph whose line breaks all fall between sentences (no line
ends mid-sentence and continues in lower case on the next) is checked line by line;
hard-wrapped prose stays one unit.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from newslint.document import Document
from newslint.formats import PLACEHOLDER
from newslint.records import NamedTuple
from newslint.text.segmentation import mark_positions, trimmed

# -- units: paragraphs, or lines when each line is a paragraph ------------------------------

_NEWLINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*")
_ENDS_PARAGRAPH = set(".!?:…\"”’)]»")


def units(document: Document) -> list[tuple[int, int]]:
    """The stretches of text that must balance their quotes and brackets on their own."""
    text = document.text
    result: list[tuple[int, int]] = []
    for paragraph in document.paragraphs:
        if text.find("\n", *paragraph) < 0 and text.find("\r", *paragraph) < 0:
            result.append((paragraph.start, paragraph.end))  # one line: no break to judge
            continue
        breaks = _line_breaks(text, paragraph.start, paragraph.end)
        if not breaks or (
            not _has_paragraph_lines(breaks, paragraph.start, paragraph.end)
            and any(_is_wrap(text, line_break) for line_break in breaks)
        ):
            result.append((paragraph.start, paragraph.end))
            continue
        start = paragraph.start
        for line_break in breaks:
            result.extend(trimmed(text, start, line_break[0]))
            start = line_break[1]
        result.extend(trimmed(text, start, paragraph.end))
    return result


def has_mark(positions: list[int], start: int, end: int) -> bool:
    """Whether one of ``positions`` (sorted) lies in ``[start, end)``."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def units_with_marks(unit_spans: list[tuple[int, int]],
                     positions: list[int]) -> Iterator[tuple[int, int, int]]:
    """``(index, start, end)`` of each of ``unit_spans`` (in order, not overlapping) that
    holds one of ``positions`` (sorted), in order: the units ``has_mark`` accepts,
    reached from the marks (the unit of the next mark, then the first mark past that
    unit, both by bisection) instead of tried one by one, so that the many units
    without a mark cost nothing."""
    starts = [unit[0] for unit in unit_spans]
    at, count = 0, len(positions)
    while at < count:
        position = positions[at]
        index = bisect_right(starts, position) - 1
        if index < 0 or position >= unit_spans[index][1]:  # (between units)
            at += 1
            continue
        start, end = unit_spans[index]
        yield index, start, end
        at = bisect_left(positions, end, at)


def _line_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The line breaks of ``text[start:end]`` with the spaces and tabs around them: the
    spans ``re.finditer(r"[ \t]*(?:\r\n|\r|\n)[ \t]*", text, start, end)`` gives, found
    from the line break (to which ``re`` skips) rather than tried at every character."""
    spans = []
    position = start
    for match in _NEWLINE.finditer(text, start, end):
        begin = match.start()
        while begin > position and text[begin - 1] in " \t":
            begin -= 1
        spans.append((begin, match.end()))
        position = match.end()
    return spans


# Hard-wrapped prose keeps its lines short; a line this long is a whole paragraph.
_PARAGRAPH_LINE = 160


def _has_paragraph_lines(breaks: list[tuple[int, int]], start: int, end: int) -> bool:
    edges = [start, *(b[0] for b in breaks), end]
    return any(b - a > _PARAGRAPH_LINE for a, b in zip(edges, edges[1:], strict=False))


def _is_wrap(text: str, line_break: tuple[int, int]) -> bool:
    """A line break inside a sentence: no closing mark before it, and the next line does
    not open a quote, a list item or a bracket. (A capital after it proves nothing:
    wrapped lines often continue with a name.)"""
    before = text[line_break[0] - 1]
    after = text[line_break[1]] if line_break[1] < len(text) else "A"
    return before not in _ENDS_PARAGRAPH and after not in "“\"‘'«([-–—•*#>|"


# -- quotation marks -----------------------------------------------------------------------

class QuotePair(NamedTuple):
    open: int
    close: int  # offset of the closing mark


class _Opener(NamedTuple):
    at: int
    kind: str  # "curly", "low" („), "straight", "guillemet"


class QuoteAnalysis(NamedTuple):
    pairs: list[QuotePair]
    unmatched: list[int]  # offsets of marks without a partner
    # Quotations that end with their paragraph (continued in the next one, or reopened
    # after a full stop), or never close: (opening mark, end of the quoted words).
    open_spans: list[tuple[int, int]]

    def quoted(self) -> list[tuple[int, int]]:
        """Every stretch of quoted words, marks included, in text order."""
        return sorted([(pair.open, pair.close + 1) for pair in self.pairs] + self.open_spans)


_DOUBLE_MARK_CHARS = "\"“”„«»"
_DOUBLE_MARKS = re.compile(f"[{_DOUBLE_MARK_CHARS}]")
_FEET_INCHES = re.compile(r"\d\s?['′]\s?\d{1,2}(?:\.\d+)?\Z")
_OPEN_BEFORE = set(" \t\n\r\u00a0([{—–-/" + PLACEHOLDER)
_CLOSE_AFTER = set(" \t\n\r\u00a0,.;:!?)]}—–-…/" + PLACEHOLDER)


def analyse_quotes(text: str, unit_spans: list[tuple[int, int]]) -> QuoteAnalysis:
    """Pair the double quotation marks of each unit; continued quotes are not unmatched."""
    pairs: list[QuotePair] = []
    unmatched: list[int] = []
    open_spans: list[tuple[int, int]] = []
    marks = mark_positions(text, _DOUBLE_MARK_CHARS)
    # (a unit without a quotation mark has nothing paired, nothing left open)
    for index, start, end in units_with_marks(unit_spans, marks):
        inside = marks[bisect_left(marks, start):bisect_left(marks, end)]
        open_at_end = _pair_unit(text, start, end, inside, pairs, unmatched, open_spans)
        open_spans.extend((opener.at, end) for opener in open_at_end)
        if not open_at_end:
            continue
        following = unit_spans[index + 1] if index + 1 < len(unit_spans) else None
        if following and text[following[0]] in "“\"„«":
            continue  # the quote continues in the next paragraph, as news style does
        unmatched.extend(opener.at for opener in open_at_end)
    unmatched.sort()
    return QuoteAnalysis(pairs, unmatched, open_spans)


def _pair_unit(text: str, start: int, end: int, marks: Iterable[int], pairs: list[QuotePair],
               unmatched: list[int], open_spans: list[tuple[int, int]]) -> list[_Opener]:
    """Pair the double quotation marks at ``marks`` (the offsets of every one in the unit
    ``[start, end)``, in order); the openers still open at the unit's end are returned."""
    stack: list[_Opener] = []
    for at in marks:
        mark = text[at]
        if at > start and text[at - 1] == "€":
            continue  # "â€œ", "â€\x9d": mojibake of a curly quote, not a quote
        if mark == '"':
            role = _straight_role(text, at, start, end, bool(stack))
            if role == "open" or role == "either" and not (stack and stack[-1].kind == "straight"):
                _open(stack, _Opener(at, "straight"), text, start, open_spans)
            elif role in ("close", "either"):
                _close(stack, at, pairs, unmatched)
        elif mark == "„":
            stack.append(_Opener(at, "low"))
        elif mark == "«":
            stack.append(_Opener(at, "guillemet"))
        elif mark == "»":
            if stack and stack[-1].kind == "guillemet":
                pairs.append(QuotePair(stack.pop().at, at))
            # else: German-style »...« or a stray mark; neither is an English quotation
        elif mark == "“":
            if stack and stack[-1].kind == "low":
                pairs.append(QuotePair(stack.pop().at, at))
            else:
                _open(stack, _Opener(at, "curly"), text, start, open_spans)
        elif mark == "”":
            _close(stack, at, pairs, unmatched)
    return stack


_SENTENCE_END = re.compile(r"[.!?…][)\]]?[ \t\u00a0]+\Z")


def _open(stack: list[_Opener], opener: _Opener, text: str, start: int,
          open_spans: list[tuple[int, int]]) -> None:
    """Push ``opener``; a quote reopened at a sentence start continues the open one.

    News style quotes a speaker over several paragraphs by opening each with a quotation
    mark and closing only the last. When those paragraphs are joined onto one line, the
    open quotation meets a new opening mark right after a full stop: the earlier one
    ended with its paragraph, it is not left open.
    """
    if stack and stack[-1].kind in ("curly", "straight") and _SENTENCE_END.search(
            text, max(start, opener.at - 4), opener.at):
        open_spans.append((stack.pop().at, opener.at))
    stack.append(opener)


def _close(stack: list[_Opener], at: int, pairs: list[QuotePair], unmatched: list[int]) -> None:
    if stack:
        pairs.append(QuotePair(stack.pop().at, at))
    else:
        unmatched.append(at)


def _straight_role(text: str, at: int, start: int, end: int, quote_open: bool) -> str:
    """"open", "close", "either" or "prime" for a straight double quote at ``at``."""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if before.isdigit() and (_FEET_INCHES.search(text, max(start, at - 12), at) or not quote_open):
        return "prime"  # 5'11", a 12" pipe
    opens = before in _OPEN_BEFORE or before in "“‘'"
    closes = after in _CLOSE_AFTER or after in "’”'" and not (
        opens and at + 2 < end and text[at + 2].isalpha())  # "'Oh no,' she said": nested
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"  # between two spaces, two words, or a space and a full stop


# -- single quotation marks ----------------------------------------------------------------

_ELISIONS = frozenset(
    "n em til tis twas cause cos coz bout round nuff kay im er ere ow ello ave ome alf".split())
# An opening quote follows a space, a bracket, a dash or a double quote ("OutRage!'s" is
# an apostrophe); a closing one follows anything but a space or an opening mark ('BB+').
# (Each starts with the mark and looks behind it from there: a pattern that starts with a
# look-behind is tried at every character, one that starts with a class of characters
# is skipped to the next mark.)
_SINGLE_OPEN = re.compile("[‘'](?<![^\\s(\\[{—–/\"“-][‘'])(?=[^\\W\\d_])")
_SINGLE_CLOSE = re.compile("[’'](?<=\\S[’'])(?<![‘'\"“(\\[{][’'])(?!\\w)")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def single_openers(text: str) -> list[int]:
    """The offset of every opening single quote of ``text`` (a ``_SINGLE_OPEN`` match), in
    order: the ‘ and ' (found with ``str.find``: a search with the pattern itself reads
    every character, several times slower) where the pattern matches. Inside a unit they
    are the openers ``unmatched_single_openers`` starts from: a unit is trimmed, so what
    follows it is whitespace or nothing, where no letter can open a quotation."""
    match = _SINGLE_OPEN.match
    return [at for at in mark_positions(text, "‘'") if match(text, at)]


def unmatched_single_openers(text: str, start: int, end: int,
                             singles: list[int] | None = None) -> list[int]:
    """Opening single quotes with no possible closing quote after them in the unit.

    A closing single quote cannot be told from an apostrophe ("the students’ union"), so
    only openers are judged, and any later word-final ’ (for ‘) or ' (for ') counts as
    their partner. ``singles``, the offsets of every ‘ and ' in the text in order
    (``mark_positions``), spares a scan of the unit: an opener is one of them.
    """
    if singles is None:
        openers = [match.start() for match in _SINGLE_OPEN.finditer(text, start, end)]
    else:  # each a match of _SINGLE_OPEN, one character wide: as finditer would find them
        openers = [at for at in singles[bisect_left(singles, start):bisect_left(singles, end)]
                   if _SINGLE_OPEN.match(text, at, end)]
    if not openers:
        return []  # (closing quotes matter only to an opener)
    last_close = {"’": -1, "'": -1}
    for match in _SINGLE_CLOSE.finditer(text, start, end):
        last_close[match.group()] = match.start()
    result = []
    for at in openers:
        word = _LETTER_RUN.match(text, at + 1, end)
        if word and word.group().lower() in _ELISIONS and (
                word.end() >= end or not text[word.end()].isalnum()):
            continue  # 'n', 'em, 'til: elisions, not quotations
        if last_close["’" if text[at] == "‘" else "'"] < at:
            result.append(at)
    return result


# -- brackets ------------------------------------------------------------------------------

_BRACKETS = re.compile(r"[()\[\]{}]")
_PARTNER = {")": "(", "]": "[", "}": "{"}
_LIST_MARKER = re.compile(r"(?:^|[\s(:;,])(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{2,4})\Z")
# ":-(", ";)", "=(", ">:(" and "&lt;(" (an escaped "<(") are faces, not brackets.
_EMOTICON = re.compile(r"(?:[:;=]['-]?|[<>]|&lt;|&gt;)[()\[\]]\Z")
# What an _EMOTICON match has right before the bracket (no face without one of them).
_EMOTICON_LAST = frozenset(":;='-<>")


def unmatched_brackets(text: str, start: int, end: int) -> list[int]:
    stack: list[int] = []
    unmatched: list[int] = []
    for match in _BRACKETS.finditer(text, start, end):
        at, mark = match.start(), match.group()
        if at > start and text[at - 1] in _EMOTICON_LAST and _EMOTICON.search(
                text, max(start, at - 4), at + 1) and not (
                at + 1 < end and text[at + 1].isalnum()):
            continue
        if mark in "([{":
            stack.append(at)
            continue
        if _is_list_marker(text, at, start, stack):
            continue
        partner = _PARTNER[mark]
        depth = next((i for i in range(len(stack) - 1, -1, -1) if text[stack[i]] == partner), None)
        if depth is None:
            unmatched.append(at)
            continue
        unmatched.extend(stack[depth + 1:])
        del stack[depth:]
    unmatched.extend(stack)
    return sorted(unmatched)


def _is_list_marker(text: str, at: int, start: int, stack: list[int]) -> bool:
    """"1)", "a)", "iv)" opening a list item, with no bracket open that it could close."""
    if any(text[s] == "(" for s in stack):
        return False
    window = max(start, at - 6)
    line_start = max(window, text.rfind("\n", window, at) + 1)
    return _LIST_MARKER.search(text[line_start:at]) is not None

