"""Prose of a Markdown file, mapped back to the source (README, Input).

markdown-it-py finds the block structure (which lines are paragraphs, headings, list
items, table rows; which are fenced or indented code, raw HTML, rules). Inside prose
blocks a small line scanner drops inline markup (code spans, link targets, URLs, raw
HTML, emphasis markers, escapes) while copying every prose character with its source
offset. YAML front matter is skipped except the prose values of a few keys; it is read
as data of the article, without implicit typing (every value a string), and a front matter
that cannot be read is reported for this file alone (``FrontMatter.problem``).
"""

from __future__ import annotations

import re
from array import array
from typing import Any

from newslint.formats import PLACEHOLDER, ProseBuilder
from newslint.io.yamlsource import YamlError, load_plain_yaml

FRONT_MATTER_PROSE_KEYS = ("title", "subtitle", "summary", "description")

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_FRONT_MATTER_FENCE = re.compile(r"---\s*$")
_FRONT_MATTER_END = re.compile(r"(?:---|\.\.\.)\s*$")
_FRONT_MATTER_PROSE = re.compile(
    r"(?P<key>" + "|".join(FRONT_MATTER_PROSE_KEYS) + r")\s*:[ \t]*(?P<value>.*?)\s*$"
)
_BLOCKQUOTE_PREFIX = re.compile(r"[ \t]*>[ \t]?")
_FIRST_LINE_PREFIX = re.compile(
    r"[ \t]*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+|#{1,6}(?:[ \t]+|$))"
)
_LEADING_SPACE = re.compile(r"[ \t]*")


def _after_spaces(source: str, start: int, end: int) -> int:
    """Where the spaces and tabs from ``start`` end (the pattern matches even none)."""
    found = _LEADING_SPACE.match(source, start, end)
    return found.end() if found else start
_ATX_CLOSING = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"[ \t]*(?:=+|-+)[ \t]*$")
_TABLE_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")

_INLINE = re.compile(
    r"""
    (?P<code>(?P<ticks>`+).+?(?P=ticks))
    |(?P<comment><!--.*?(?:-->|$))
    |(?P<autolink><(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>@\s]+@[^<>@\s]+)>)
    |(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
    |(?P<link>!?\[(?P<label>[^\[\]]*)\]
        (?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\)|\[[^\[\]]*\]))
    |(?P<url>(?:https?://|ftp://|www\.)[^\s<>]*[^\s<>.,;:!?'"”’)\]])
    |(?P<email>(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    |(?P<escape>\\[!-/:-@\[-`{-~])
    |(?P<emphasis>\*+|~~|(?<![^\W_])_+|_+(?![^\W_]))
    |(?P<pipe>\|)
    """,
    re.VERBOSE,
)


def extract_markdown(source: str) -> tuple[str, array, dict[str, Any]]:
    """The prose of ``source``, each character's source offset, and the front matter."""
    lines = _split_lines(source)
    builder = ProseBuilder()
    metadata: dict[str, Any] = {}
    body_start = 0
    front_end = _front_matter_end(source, lines)
    if front_end is not None:
        metadata = _front_matter_metadata(source, lines, front_end)
        _front_matter_prose(source, lines, front_end, builder)
        body_start = front_end + 1
    # Line numbers are all we take from the parser: hand it the body with front matter
    # lines blanked, so that its line numbers are the file's.
    body = "\n" * body_start + "\n".join(_text(source, line) for line in lines[body_start:])
    for block in _prose_blocks(body):
        _scan_block(source, lines, block, builder)
    text, offsets = builder.build()
    return text, offsets, metadata


class _Line:
    __slots__ = ("start", "end", "next")

    def __init__(self, start: int, end: int, following: int) -> None:
        self.start, self.end, self.next = start, end, following


def _split_lines(source: str) -> list[_Line]:
    lines = []
    for match in _LINE.finditer(source):
        lines.append(_Line(match.start(1), match.end(1), match.end()))
        if not match.group(2):
            break
    return lines


def _text(source: str, line: _Line) -> str:
    return source[line.start : line.end]


# -- front matter ----------------------------------------------------------------------------


def _front_matter_end(source: str, lines: list[_Line]) -> int | None:
    """Index of the closing fence line of YAML front matter, if the file starts with it."""
    if not lines or not _FRONT_MATTER_FENCE.match(_text(source, lines[0])):
        return None
    for index in range(1, len(lines)):
        if _FRONT_MATTER_END.match(_text(source, lines[index])):
            return index
    return None


class FrontMatter(dict):
    """The front matter's keys and (string) values; ``problem`` is a one-line located
    reason when it could not be read (the mapping is then empty)."""

    problem: str | None = None


def _front_matter_metadata(source: str, lines: list[_Line], end: int) -> FrontMatter:
    metadata = FrontMatter()
    if end <= 1:
        return metadata
    try:
        data = load_plain_yaml(source[lines[1].start : lines[end].start], "front matter",
                               first_line=2)
    except YamlError as error:
        where = f" (line {error.mark.line}, column {error.mark.column})" if error.mark else ""
        metadata.problem = f"front matter cannot be read{where}: {error.message}"
        return metadata
    if isinstance(data, dict):
        metadata.update(data)
    return metadata


def _front_matter_prose(source: str, lines: list[_Line], end: int, builder: ProseBuilder) -> None:
    """Copy the values of ``title:``, ``summary:`` … (one line or a block scalar) as prose."""
    index = 1
    while index < end:
        line = lines[index]
        match = _FRONT_MATTER_PROSE.match(source, line.start, line.end)
        index += 1
        if not match:
            continue
        value_start, value_end = match.span("value")
        value = match.group("value")
        if value[:1] in "|>" and value.rstrip("-+0123456789") in ("|", ">"):
            while index < end and (
                not _text(source, lines[index]).strip()
                or _text(source, lines[index])[:1] in " \t"
            ):
                inner = lines[index]
                stripped = _after_spaces(source, inner.start, inner.end)
                builder.paragraph_break(inner.start)
                builder.copy(source, stripped, inner.end)
                index += 1
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value_start, value_end = value_start + 1, value_end - 1
        builder.paragraph_break(value_start)
        builder.copy(source, value_start, value_end)


# -- blocks ------------------------------------------------------------------------------------


class _Block:
    """Lines ``first``..``last`` (exclusive) of one prose block and what kind it is."""

    __slots__ = ("first", "last", "heading", "table")

    def __init__(self, first: int, last: int, heading: bool, table: bool) -> None:
        self.first, self.last, self.heading, self.table = first, last, heading, table


def _prose_blocks(body: str) -> list[_Block]:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table")
    blocks: list[_Block] = []
    seen: set[tuple[int, int]] = set()
    heading = table = False
    for token in parser.parse(body):
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "table_open":
            table = True
        elif token.type == "table_close":
            table = False
        elif token.type == "inline" and token.map:
            first, last = token.map
            if (first, last) not in seen:
                seen.add((first, last))
                blocks.append(_Block(first, last, heading, table))
    return blocks


def _scan_block(source: str, lines: list[_Line], block: _Block, builder: ProseBuilder) -> None:
    builder.paragraph_break(lines[block.first].start)
    for index in range(block.first, min(block.last, len(lines))):
        line = lines[index]
        start = _content_start(source, line, first=index == block.first)
        end = line.end
        text = source[start:end]
        if block.heading:
            if index > block.first and _SETEXT_UNDERLINE.match(text):
                continue
            closing = _ATX_CLOSING.search(text)
            if closing and index == block.first:
                end = start + closing.start()
        if block.table and _TABLE_DELIMITER.match(text):
            continue
        if index > block.first:
            builder.insert("\n", lines[index - 1].end)
        _scan_inline(source, start, end, builder, table=block.table)


def _content_start(source: str, line: _Line, first: bool) -> int:
    position = line.start
    while True:
        quote = _BLOCKQUOTE_PREFIX.match(source, position, line.end)
        if quote and quote.end() > position:
            position = quote.end()
            continue
        if first:
            marker = _FIRST_LINE_PREFIX.match(source, position, line.end)
            if marker and marker.end() > position:
                position = marker.end()
                continue
        break
    return _after_spaces(source, position, line.end)


def _scan_inline(source: str, start: int, end: int, builder: ProseBuilder, table: bool) -> None:
    position = start
    for match in _INLINE.finditer(source, start, end):
        kind = match.lastgroup
        if kind == "pipe" and not table:
            continue
        builder.copy(source, position, match.start())
        position = match.end()
        if kind in ("code", "autolink", "url", "email"):
            builder.insert(PLACEHOLDER, match.start())
        elif kind == "link":
            label_start, label_end = match.span("label")
            _scan_inline(source, label_start, label_end, builder, table=False)
        elif kind == "escape":
            builder.copy(source, match.start() + 1, match.end())
        elif kind == "pipe":
            builder.paragraph_break(match.start())
    builder.copy(source, position, end)
