"""Prose of an HTML file, mapped back to the source (README, Input).

Visible text nodes, ``<title>``, and ``alt``/``title`` attributes are prose; ``<script>``,
``<style>``, ``<code>`` and ``<pre>`` are skipped. The standard library's parser reports
where each event starts, which is all the mapping needs.
"""

from __future__ import annotations

import html
import re
from array import array
from html.parser import HTMLParser
from typing import Any

from newslint.formats import ProseBuilder

SKIPPED_ELEMENTS = frozenset({"script", "style", "code", "pre", "template", "svg", "math"})
BLOCK_ELEMENTS = frozenset(
    """address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2
    h3 h4 h5 h6 header hr li main nav ol p section table td th title tr ul caption""".split()
)
_PROSE_ATTRIBUTE = re.compile(r"""\s(alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


class _ProseParser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.builder = ProseBuilder()
        self.skip_depth = 0
        self._line_starts = [0] + [i + 1 for i, char in enumerate(source) if char == "\n"]

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_ELEMENTS:
            self.skip_depth += 1
        if tag in BLOCK_ELEMENTS:
            self.builder.paragraph_break(self._offset())
        self._attribute_prose()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_ELEMENTS:
            self.builder.paragraph_break(self._offset())
        self._attribute_prose()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_ELEMENTS and self.skip_depth:
            self.skip_depth -= 1
        if tag in BLOCK_ELEMENTS:
            self.builder.paragraph_break(self._offset())

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            start = self._offset()
            self.builder.copy(self.source, start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        if not self.skip_depth:
            self.builder.insert(html.unescape(f"&{name};"), self._offset())

    def handle_charref(self, name: str) -> None:
        if not self.skip_depth:
            self.builder.insert(html.unescape(f"&#{name};"), self._offset())

    def _attribute_prose(self) -> None:
        raw = self.get_starttag_text() or ""
        start = self._offset()
        for match in _PROSE_ATTRIBUTE.finditer(raw):
            group = 2 if match.group(2) is not None else 3
            value_start, value_end = match.span(group)
            if value_end > value_start:
                self.builder.paragraph_break(start + value_start)
                self.builder.copy(self.source, start + value_start, start + value_end)
                self.builder.paragraph_break(start + value_end)


def extract_html(source: str) -> tuple[str, array, dict[str, Any]]:
    parser = _ProseParser(source)
    parser.feed(source)
    parser.close()
    text, offsets = parser.builder.build()
    return text, offsets, {}

