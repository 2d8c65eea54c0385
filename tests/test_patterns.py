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


_NUMBER_TEXTS = ["1,000 and 12 500 people, 2.500 cars", "a5 1080 days", "x 26000 households",
                 "5 per cent, 3 PERCENT and 4 pct", "+1234 or #1234 or -5678", "4.5%",
                 "on the 9th and March 5, 2024 or 5 March", "2024-03-05 and 05/03/2024",
                 "Tuesday, May 4 ſ 7", *_texts(seed=12)]
_LOOK_BEHIND_FIRST = {
    "_PERCENT": (r"(?<![\w.,])(?P<number>\d+(?:[.,]\d+)*)(?P<space>[ \u00a0]?)"
                 r"(?P<form>%|percent\b|per[ -]cent\b|pct\b)", re.IGNORECASE),
    "_GROUPED": (r"(?<![\w.,'’\u00a0\u202f\u2009+-])(?P<head>[1-9]\d{0,2})"
                 r"(?P<groups>(?:(?P<sep>[,. \u00a0\u202f\u2009'’])\d{3})(?:(?P=sep)\d{3})*)"
                 r"(?![\w]|[.,]\d)", 0),
    "_UNGROUPED": (r"(?<![\w.,'’\u00a0\u202f\u2009+#-])(?P<digits>[1-9]\d{3,})"
                   r"(?![\w]|[.,'’/-]\d)(?=\s+(?P<word>[a-z]+))", 0),
    "_BARE_NUMBER": (r"(?<![\w.,'’\u00a0\u202f\u2009+#/:-])(?P<digits>[1-9]\d{3,})"
                     r"(?![\w]|[.,'’/:-]\d)(?:[ \u00a0](?P<word>[A-Za-z]+))?", 0),
}


@pytest.mark.parametrize("name", sorted(_LOOK_BEHIND_FIRST))
def test_number_expressions_match_their_look_behind_first_forms(name: str) -> None:
    from newslint.checks.numbers import number_format

    plain = re.compile(*_LOOK_BEHIND_FIRST[name])
    fast = getattr(number_format, name)
    for text in _NUMBER_TEXTS:
        assert ([(m.span(), m.groupdict()) for m in fast.finditer(text)]
                == [(m.span(), m.groupdict()) for m in plain.finditer(text)]), text


def test_the_figure_expression_matches_its_look_behind_first_form() -> None:
    from newslint.checks.numbers import number_style

    plain = re.compile(r"(?<![\w.,:/$£€¥#+(\-–'’])(?P<digit>[1-9])(?![\w.,:/%)\-–'’]|\.\d)")
    for text in _NUMBER_TEXTS:
        assert ([m.span() for m in number_style._FIGURE.finditer(text)]
                == [m.span() for m in plain.finditer(text)]), text


def test_date_expressions_with_a_first_character_look_ahead_match_as_before() -> None:
    from newslint.checks.numbers import date_format
    from newslint.text import dates

    plain_date = re.compile(dates._DATE.pattern.replace("(?=[0-9JFMASOND])", "", 1))
    plain_month = re.compile(date_format._ANY_MONTH.pattern.replace("(?=[JFMASOND])", "", 1))
    for text in _NUMBER_TEXTS:
        assert ([m.span() for m in dates._DATE.finditer(text)]
                == [m.span() for m in plain_date.finditer(text)]), text
        assert ([m.span() for m in date_format._ANY_MONTH.finditer(text)]
                == [m.span() for m in plain_month.finditer(text)]), text


@pytest.mark.parametrize("text", ["", " ", "a", "deep-rooted Iran’s 'x' _y_ é—b", "\n\n a b ",
                                  *_texts(seed=13)])
def test_tokens_from_a_split_are_the_words_the_expression_finds(text: str) -> None:
    from newslint.document import _WORD, Token

    tokens = Document("x.txt", text).tokens
    assert tokens == [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    assert all(type(token) is Token for token in tokens)


@pytest.mark.parametrize("line", ['end." )', 'end. "', 'end.")  ', "", "  ", "a:", "…", "x”",
                                  "no stop", "a. b"])
def test_a_line_ends_a_sentence_as_the_terminal_expression_says(line: str) -> None:
    from newslint.text import segmentation

    assert segmentation._ends_sentence(line) == bool(segmentation._TERMINAL.search(line))


@pytest.mark.parametrize("text", ["She said he did; ſhe and SHE, xhe, he_ and _she", "the",
                                  *_texts(seed=14)])
def test_the_pronoun_expression_matches_its_case_insensitive_form(text: str) -> None:
    from newslint.checks.contradictions import self_reference

    plain = re.compile(r"(?<![^\W_])s?he(?![^\W_])", re.IGNORECASE)
    assert ([m.span() for m in self_reference._PRONOUN.finditer(text)]
            == [m.span() for m in plain.finditer(text)])


@pytest.mark.parametrize("text", ["Bread AND butter, sand and, andy ſand _and and_",
                                  *_texts(seed=15)])
def test_the_and_expression_matches_its_case_insensitive_form(text: str) -> None:
    from newslint.checks.contradictions import polarity_clash

    plain = re.compile(r"(?<![^\W_])and(?![^\W_])", re.IGNORECASE)
    assert ([m.span() for m in polarity_clash._AND.finditer(text)]
            == [m.span() for m in plain.finditer(text)])


@pytest.mark.parametrize("text", ["ΑΣ.Β ΑΣ and ΣΑ", "İstanbul İzmir", "Iran’s plan, x’y", "a-b c",
                                  "", "ǅemal ß", *_texts(seed=16)])
def test_words_in_are_the_tokens_lowered_with_straight_apostrophes(text: str) -> None:
    document = Document("x.txt", text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 3):
            tokens = [t for t in document.tokens if start <= t.start < end and t.end <= end]
            assert document.tokens_in(start, end) == tokens
            assert document.words_in(start, end) == [
                t.text.lower().replace("’", "'") for t in tokens]
