"""Map character offsets in a decoded file to (line, column) positions (docs/output.md, Positions).

Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``; columns are 1-based code points. The
decoder has already removed a leading BOM, so offsets here never count it. A position is
looked up with one binary search over the line starts, so a whole article's findings map
in O(findings · log lines).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from newslint.records import NamedTuple

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PLUS_ONE = (1).__add__  # a line's length and its "\n"


class Position(NamedTuple):
    line: int
    column: int


class Region(NamedTuple):
    """A span as docs/output.md describes it: end is the position just after the last character."""

    line: int
    column: int
    end_line: int
    end_column: int


class LineIndex:
    """Line starts of one text, for offset → position lookups."""

    __slots__ = ("_starts", "_length")

    def __init__(self, text: str) -> None:
        if "\r" in text:
            self._starts = [0]
            self._starts.extend(match.end() for match in _LINE_BREAK.finditer(text))
        else:  # every line ends at "\n": its start is the running total of the lines' lengths
            self._starts = list(accumulate(map(_PLUS_ONE, map(len, text.split("\n")[:-1])),
                                           initial=0))
        self._length = len(text)

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._starts[line - 1]

    def position(self, offset: int) -> Position:
        """The 1-based (line, column) of the character at ``offset``.

        An offset at the very end of the text maps just after its last character.
        """
        if offset < 0 or offset > self._length:
            raise ValueError(f"offset {offset} outside text of length {self._length}")
        line = bisect_right(self._starts, offset)
        return Position(line, offset - self._starts[line - 1] + 1)

    def offset(self, line: int, column: int) -> int:
        """The offset of 1-based (``line``, ``column``): the inverse of ``position``."""
        return self._starts[line - 1] + column - 1

    def span(self, region: Region) -> tuple[int, int]:
        """The offsets ``[start, end)`` of a region: the inverse of ``region``."""
        line, column, end_line, end_column = region
        return self.offset(line, column), self.offset(end_line, end_column)

    def region(self, start: int, end: int) -> Region:
        begin = self.position(start)
        finish = self.position(end) if end != start else begin
        return Region(begin.line, begin.column, finish.line, finish.column)
