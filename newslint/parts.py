"""Checking a very large file in parts, so memory stays proportional to a part.

An article is a few kilobytes; a file of many megabytes (an export, a concatenated
archive, a generated file) would hold millions of tokens, sentences and clauses at once.
A file longer than ``PART_CHARS`` is checked in parts of about that size, cut at blank
lines (in Markdown, never inside a fenced code block nor before a line that would read
as front matter), and each finding's lines are shifted back to the file's. Checks that
compare mentions (name and term consistency, repetition) then compare within a part.
HTML is never cut: its elements can span any blank line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

PART_CHARS = 1_000_000
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_parts(source: str, kind: str, limit: int | None = None) -> Iterator[tuple[int, str]]:
    """(number of lines before the part, the part's source) for each part, in order."""
    limit = limit or PART_CHARS
    if len(source) <= limit or kind == "html":
        yield 0, source
        return
    start, lines_before = 0, 0
    while start < len(source):
        end = _cut(source, start, limit, kind)
        yield lines_before, source[start:end]
        lines_before += sum(1 for _ in _LINE_BREAK.finditer(source, start, end))
        start = end


def _cut(source: str, start: int, limit: int, kind: str) -> int:
    """Where the part that begins at ``start`` ends: after the last good blank line in its
    second half, else the first good one after it, else after a line break (plain text)."""
    if len(source) - start <= limit:
        return len(source)
    low, high = start + limit // 2, start + limit
    for match in reversed(list(_BLANK_LINE.finditer(source, low, high))):
        if kind != "markdown" or _good_markdown_cut(source, start, match.end()):
            return match.end()
    if kind == "markdown":  # a long fenced block: the part grows until it ends
        fences, counted = sum(1 for _ in _FENCE.finditer(source, start, high)), high
        for match in _BLANK_LINE.finditer(source, high):  # fences counted once: linear
            fences += sum(1 for _ in _FENCE.finditer(source, counted, match.end()))
            counted = match.end()
            if fences % 2 == 0 and not source.startswith("---", counted):
                return counted
        return len(source)
    newline = source.rfind("\n", low, high)
    if newline != -1:
        return newline + 1
    following = source.find("\n", high)
    return len(source) if following == -1 else following + 1


def _good_markdown_cut(source: str, start: int, cut: int) -> bool:
    inside_fence = sum(1 for _ in _FENCE.finditer(source, start, cut)) % 2 == 1
    return not inside_fence and not source.startswith("---", cut)
