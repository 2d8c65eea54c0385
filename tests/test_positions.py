"""Positions (docs/output.md): line and column of every offset, whatever the line endings and characters."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newslint.io.decoding import decode
from newslint.positions import LineIndex

PIECES = st.sampled_from(
    ["a", "é", "\t", " ", "\n", "\r\n", "\r", "𝒜", "😀", "e\u0301", "中", "\u2028", "\f"]
)
TEXTS = st.lists(PIECES, max_size=60).map("".join)


def naive_position(text: str, offset: int) -> tuple[int, int]:
    """Reference implementation: count line breaks before ``offset`` one by one."""
    line, line_start = 1, 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        if match.end() <= offset:
            line, line_start = line + 1, match.end()
    return line, offset - line_start + 1


@given(TEXTS, st.data())
def test_position_matches_a_naive_count(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    assert tuple(LineIndex(text).position(offset)) == naive_position(text, offset)


@given(TEXTS)
def test_bom_is_not_counted(text: str) -> None:
    decoded = decode(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert decoded == text
    assert LineIndex(decoded).position(0) == (1, 1)


def test_crlf_is_one_line_break() -> None:
    index = LineIndex("ab\r\ncd")
    assert index.position(4) == (2, 1)
    assert index.line_count == 2


def test_lone_cr_ends_a_line_but_form_feed_and_u2028_do_not() -> None:
    index = LineIndex("a\rb\u2028c\fd")
    assert index.position(2) == (2, 1)
    assert index.position(6) == (2, 5)


def test_astral_characters_and_combining_marks_count_one_code_point_each() -> None:
    text = "𝒜e\u0301 Abe"
    assert LineIndex(text).position(text.index("Abe")) == (1, 5)


def test_tab_counts_as_one_column() -> None:
    assert LineIndex("\tAbe").position(1) == (1, 2)


def test_region_end_is_exclusive_and_zero_width_regions_have_end_equal_start() -> None:
    index = LineIndex("one\ntwo")
    assert tuple(index.region(4, 7)) == (2, 1, 2, 4)
    assert tuple(index.region(5, 5)) == (2, 2, 2, 2)


@given(TEXTS, st.data())
def test_span_inverts_region(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    index = LineIndex(text)
    assert index.span(index.region(start, end)) == (start, end)
