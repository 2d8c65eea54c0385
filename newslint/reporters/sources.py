"""Articles read back for the reporters that show them (the text excerpts, the HTML report).

Findings carry positions in the file as stored; a reporter that shows the article reads
the file again, once, and maps those positions with the document's own ``LineIndex``, so
no reporter re-derives a position. A file that is gone, unreadable, or was read from
standard input (its name may be another file's on disk) has no source: its findings are
shown without an excerpt.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

from newslint.document import Document
from newslint.engine import read_document
from newslint.io.decoding import DecodeError
from newslint.positions import Region


class Sources:
    """Documents by the path findings name, read at most once each."""

    def __init__(self, unavailable: Iterable[str] = ()) -> None:
        self._documents: dict[str, Document | None] = {name: None for name in unavailable}

    def document(self, path: str) -> Document | None:
        if path not in self._documents:
            try:
                self._documents[path] = read_document(path, Path(path).read_bytes())
            except (OSError, DecodeError, ValueError):
                self._documents[path] = None
        return self._documents[path]


def source_span(document: Document, region: Region) -> tuple[int, int] | None:
    """The source offsets ``[start, end)`` of a region, or None when it is not in the file
    (the file changed since it was checked)."""
    try:
        start, end = document.line_index.span(region)
    except IndexError:
        return None
    if not 0 <= start <= end <= len(document.source):
        return None
    return start, end


def text_offset(document: Document, source_offset: int) -> int:
    """The first prose offset whose source offset is at or after ``source_offset``."""
    if document.text is document.source:
        return source_offset
    return bisect_left(range(len(document.text)), source_offset, key=document.source_offset)


def text_span(document: Document, region: Region) -> tuple[int, int] | None:
    """The prose ``[start, end)`` of a region: the characters whose source lies inside it."""
    span = source_span(document, region)
    if span is None:
        return None
    start, end = (text_offset(document, offset) for offset in span)
    return start, max(start, end)


def line_bounds(document: Document, line: int) -> tuple[int, int]:
    """Source offsets of 1-based ``line``, without its line break."""
    index = document.line_index
    start = index.line_start(line)
    following = index.line_start(line + 1) if line < index.line_count else len(document.source)
    end = following
    while end > start and document.source[end - 1] in "\r\n":
        end -= 1
    return start, end
