"""The fast forms of regular expressions (newslint.text.patterns) match what the plain
forms match, including the characters ``re.IGNORECASE`` folds and refused candidates that
overlap a real match."""

from __future__ import annotations

import random
import re

import pytest

from newslint.checks.punctuation import balance
from newslint.checks.typography import articles
from newslint.checks.typography import check as typography
from newslint.document import Document
from newslint.text import urls
from newslint.text.patterns import caseless, finditer_after_boundary

_ALPHABET = list("aAnNtTeEhHiIsSkKwWmMoO ‘’'\"“”\t\n\r.,;:@/%-_5é") + [
    "İ", "ı", "ſ", "\u212a", " a ", " an ", "Santa a apple", "www.", ".com", "://", " The ",
    " It ", "\r\n", "  \n  "]


def _texts(count: int = 150, seed: int = 7) -> list[str]:
    chooser = random.Random(seed)
    return ["".join(chooser.choice(_ALPHABET) for _ in range(chooser.randint(1, 40)))
            for _ in range(count)]


def test_caseless_matches_what_ignorecase_matches() -> None:
    for word in ("www.", "mailto:", "kiss", "news"):
        fast, slow = re.compile(caseless(word)), re.compile(re.escape(word), re.IGNORECASE)
        for text in (word, word.upper(), word.replace("i", "İ"), word.replace("i", "ı"),
                     word.replace("s", "ſ"), word.replace("k", "\u212a"), "x" + word):
            assert bool(fast.match(text)) == bool(slow.match(text)), (word, text)


@pytest.mark.parametrize("text", ["Santa a apple", "a an a", "banana an egg", "_a x", "éa x",
                                  "a", "A Grade A", *_texts()])
def test_a_boundary_found_by_hand_gives_the_matches_of_backslash_b(text: str) -> None:
    plain = re.compile(r"\b" + articles._ARTICLE.pattern)
    expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert [(m.span(), m.groups()) for m in finditer_after_boundary(
        articles._ARTICLE, text)] == expected


@pytest.mark.parametrize("text", ["see WWW.x.COM or mail@x.org", "mailto:a", "x.İnfo y",
                                  "a.ſub", *_texts(seed=8)])
def test_the_url_hint_finds_what_the_case_insensitive_expression_finds(text: str) -> None:
    plain = re.compile(r"://|www\.|mailto:|@|\." + urls._TLDS + r"\b", re.IGNORECASE)
    assert ([m.span() for m in urls._URL_HINT.finditer(text)]
            == [m.span() for m in plain.finditer(text)])


@pytest.mark.parametrize("text", ["from The minimum", "ab5 It is", "éab The x", "ab% It a",
                                  "aab There is", "ab Theo x", *_texts(seed=9)])
def test_run_ons_found_from_the_starter_are_those_of_the_expression(text: str) -> None:
    expected = [(m.start(1), m.end()) for m in typography._RUN_ON.finditer(text)]
    assert list(typography._run_ons(text)) == expected


@pytest.mark.parametrize("text", ["a 'b' c ‘d’ 'e", "x\u2019y 'z", "(‘a’) [‘b", *_texts(seed=10)])
def test_single_quote_expressions_match_their_look_behind_first_forms(text: str) -> None:
    opening = re.compile("(?<![^\\s(\\[{—–/\"“-])[‘'](?=[^\\W\\d_])")
    closing = re.compile("(?<=\\S)(?<![‘'\"“(\\[{])[’'](?!\\w)")
    for start in range(len(text)):
        assert ([m.span() for m in balance._SINGLE_OPEN.finditer(text, start)]
                == [m.span() for m in opening.finditer(text, start)])
        assert ([m.span() for m in balance._SINGLE_CLOSE.finditer(text, start)]
                == [m.span() for m in closing.finditer(text, start)])


@pytest.mark.parametrize("text", ["a \n b", "a\r\n\tb", "a  \r \n\n b", "\n", "a\rb \n",
                                  *_texts(seed=11)])
def test_line_breaks_are_those_of_the_spaces_and_break_expression(text: str) -> None:
    plain = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
    for start in range(len(text)):
        assert balance._line_breaks(text, start, len(text)) == [
            m.span() for m in plain.finditer(text, start, len(text))]
    assert balance.units(Document("x.txt", text)) is not None
