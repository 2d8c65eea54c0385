"""Checking a very large file in parts, so memory stays proportional to a part.

An article is a few kilobytes; a file of many megabytes (an export, a concatenated
archive, a generated file) would hold millions of tokens, sentences and clauses at once.
A file longer than ``PART_CHARS`` is checked in parts of about that size, cut at blank
lines (in Markdown, never inside a fenced code block nor before a line that would read
as front matter; in HTML, after a line that closes a block element, never inside
``<pre>``, ``<script>``, ``<style>``, ``<textarea>`` or a comment), and each finding's
lines are shifted back to the file's. Checks that compare mentions (name and term
consistency, repetition) then compare within a part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

PART_CHARS = 1_000_000
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_HTML_BLOCK_END = re.compile(
    r"</(?:p|li|h[1-6]|blockquote|div|section|article|tr|table|ul|ol|dl|figure)>[ \t]*\r?\n",
    re.IGNORECASE)
_HTML_RAW_OPEN = re.compile(r"<(?:pre|script|style|textarea)\b|<!--", re.IGNORECASE)
_HTML_RAW_CLOSE = re.compile(r"</(?:pre|script|style|textarea)\s*>|-->", re.IGNORECASE)


def split_parts(source: str, kind: str, limit: int | None = None) -> Iterator[tuple[int, str]]:
    """(number of lines before the part, the part's source) for each part, in order."""
    limit = limit or PART_CHARS
    if len(source) <= limit:
        yield 0, source
        return
    start, lines_before = 0, 0
    while start < len(source):
        end = _cut(source, start, limit, kind)
        yield lines_before, source[start:end]
        lines_before += sum(1 for _ in _LINE_BREAK.finditer(source, start, end))
        start = end


def _cut(source: str, start: int, limit: int, kind: str) -> int:
    """Where the part that begins at ``start`` ends: after the last good boundary in its
    second half, else (Markdown, HTML) the first good one after it, else after a line
    break (plain text). Fences and raw HTML are counted once, so cutting stays linear."""
    if len(source) - start <= limit:
        return len(source)
    low, high = start + limit // 2, start + limit
    if kind == "text":
        blanks = list(_BLANK_LINE.finditer(source, low, high))
        if blanks:
            return blanks[-1].end()
        newline = source.rfind("\n", low, high)
        if newline != -1:
            return newline + 1
        following = source.find("\n", high)
        return len(source) if following == -1 else following + 1
    boundary = _HTML_BLOCK_END if kind == "html" else _BLANK_LINE
    balance, counted, best = 0, start, None
    for match in boundary.finditer(source, low):
        change = _balance_change(source, counted, match.end(), kind)
        counted = match.end()
        if kind == "html":  # a stray closing tag must not keep every later cut closed
            balance = max(0, balance + change)
            good = balance == 0
        else:  # fences toggle
            balance += change
            good = balance % 2 == 0 and not source.startswith("---", counted)
        if good and counted <= high:
            best = counted
        elif good:
            return best if best is not None else counted
    return best if best is not None else len(source)


def _balance_change(source: str, start: int, end: int, kind: str) -> int:
    """How many raw blocks open (+) or close (-) in ``[start, end)``: Markdown fences
    toggle (odd counts leave one open), HTML raw elements and comments open and close."""
    if kind == "markdown":
        return sum(1 for _ in _FENCE.finditer(source, start, end))
    opened = sum(1 for _ in _HTML_RAW_OPEN.finditer(source, start, end))
    return opened - sum(1 for _ in _HTML_RAW_CLOSE.finditer(source, start, end))
