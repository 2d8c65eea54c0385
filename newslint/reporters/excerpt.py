"""The excerpt under a finding: its sentence on its line, cut to fit, with the span marked.

A terminal shows characters in cells: CJK and most emoji take two, combining marks none,
and control or invisible characters (which newslint itself flags) would show nothing or
move the cursor. So every character is first turned into what is printed for it, and the
underline is measured in cells of that printed form, never in code points.
"""

from __future__ import annotations

import unicodedata

from newslint.document import Document
from newslint.positions import Region
from newslint.records import NamedTuple
from newslint.reporters.sources import line_bounds, source_span, text_offset

ELLIPSIS = "…"
DEFAULT_WIDTH = 100


class Excerpt(NamedTuple):
    """One line to print and the marker line under it (both already measured in cells)."""

    line: int
    text: str
    marker: str


def shown(character: str) -> str:
    """What a terminal is sent for one character of the article."""
    code = ord(character)
    if character == "\t":
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ … ␟
    if code == 0x7F:
        return "\u2421"
    category = unicodedata.category(character)
    if category in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
        return f"<U+{code:04X}>"
    return character


def cells(text: str) -> int:
    """How many terminal cells ``text`` (already ``shown``) takes."""
    total = 0
    for character in text:
        if unicodedata.combining(character) or unicodedata.category(character) in ("Mn", "Me"):
            continue
        total += 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1
    return total


def excerpt(document: Document, region: Region, width: int = DEFAULT_WIDTH) -> Excerpt | None:
    """The sentence holding ``region`` on the region's first line, cut to ``width`` cells
    around the span, with ``^`` under the span (one ``^`` for an empty span)."""
    span = source_span(document, region)
    if span is None:
        return None
    begin, end = span
    line_start, line_end = line_bounds(document, region.line)
    continues = end > line_end and document.source[line_end:end].strip() != ""
    end = min(end, line_end)
    window_start, window_end = _sentence_window(document, begin, end, line_start, line_end)
    before = [shown(c) for c in document.source[window_start:begin]]
    inside = [shown(c) for c in document.source[begin:end]]
    after = [shown(c) for c in document.source[end:window_end]]
    before, inside, after, cut_left, cut_right = _fit(before, inside, after, width)
    prefix = (ELLIPSIS if cut_left else "") + "".join(before)
    marked = "".join(inside)
    text = prefix + marked + "".join(after) + (ELLIPSIS if cut_right else "")
    marker = " " * cells(prefix) + "^" * max(1, cells(marked))
    if continues:
        marker += ELLIPSIS  # the span goes on over the next line
    return Excerpt(region.line, text.rstrip(), marker)


def _sentence_window(document: Document, begin: int, end: int,
                     line_start: int, line_end: int) -> tuple[int, int]:
    """Source offsets of the sentence around ``[begin, end)``, kept within its line."""
    start, finish = line_start, line_end
    sentence = document.sentence_at(text_offset(document, begin))
    if sentence is not None:
        sentence_start, sentence_end = document.source_span(sentence.start, sentence.end)
        if sentence_start <= begin:
            start = max(start, sentence_start)
        if sentence_end >= end:
            finish = min(finish, sentence_end)
    return min(start, begin), max(finish, end)


def _fit(before: list[str], inside: list[str], after: list[str], width: int
         ) -> tuple[list[str], list[str], list[str], bool, bool]:
    """Drop characters from both ends (and, for a span wider than the line, from the span's
    end) until the excerpt fits ``width`` cells, ellipses included."""
    total = sum(map(cells, before)) + sum(map(cells, inside)) + sum(map(cells, after))
    if total <= width:
        return before, inside, after, False, False
    span_cells = sum(map(cells, inside))
    room = width - 2 - span_cells
    if room < 0:  # the span alone is too wide: show its beginning
        kept, used = [], 0
        for piece in inside:
            if used + cells(piece) > width - 2:
                break
            kept.append(piece)
            used += cells(piece)
        return [], kept, [], bool(before), True
    left_room = max(room // 2, room - sum(map(cells, after)))
    left = _take(before[::-1], left_room)[::-1]
    right = _take(after, room - sum(map(cells, left)))
    cut_left, cut_right = len(left) < len(before), len(right) < len(after)
    if cut_left:
        left = _snap(left[::-1])[::-1]
    if cut_right:
        right = _snap(right)
    return left, inside, right, cut_left, cut_right


def _snap(kept: list[str], reach: int = 16) -> list[str]:
    """Drop the part-word at the cut end of ``kept`` (its last pieces), so the excerpt is cut
    between words, unless no space is within ``reach`` pieces."""
    for back in range(min(reach, len(kept))):
        if kept[len(kept) - 1 - back].isspace():
            return kept[: len(kept) - back]
    return kept


def _take(pieces: list[str], room: int) -> list[str]:
    kept, used = [], 0
    for piece in pieces:
        if used + cells(piece) > room:
            break
        kept.append(piece)
        used += cells(piece)
    return kept
