"""The office-holder, term-consistency and acronym checks' shortcuts answer exactly as the
plain way would (speed never changes a finding), on invented sentences and random texts.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from newslint.check import Resources
from newslint.checks.acronyms import definitions
from newslint.checks.names import offices
from newslint.document import Document
from newslint.rules.loader import BUILTIN_PACK, builtin_pack_dir, load_rule_file
from newslint.text.folding import fold
from tests.helpers import builtin_rule

# -- office-holder: the title before a name -------------------------------------------------


def _plain_title_before(index: offices.OfficeIndex, words: list[str]) -> tuple[str, int] | None:
    """``title_before`` as first written: every size's key folded afresh."""
    longest = min(index.longest_title + 2, len(words))
    folded = [fold(w).strip("'’") for w in words[len(words) - longest:]]
    for size in range(longest, 0, -1):
        key = offices.title_key(folded[-size:])
        if key in index.by_title and folded[-size] not in offices._QUALIFIERS:
            return key, size
    return None


TITLE_WORDS = [
    "Prime", "Minister", "minister", "PRIME", "MINISTER", "Foreign", "Secretary", "of", "State",
    "the", "The", "National", "national", "Defense", "Defence", "President", "Vice", "Japan's",
    "Japanese", "US", "U.S.", "former", "’", "'Minister'", "‘Prime", "Minister’", "Ministér",
    "ℌead", "ℙresident", "Président", "Finance", "Treasury", "Chancellor", "Exchequer", "of'",
    "", "ǅ", "Straße", "'", "Premier", "Governor", "Chief", "Executive", "Speaker", "House",
]


def _title_word_lists(count: int = 400, seed: int = 11) -> Iterator[list[str]]:
    chooser = random.Random(seed)
    for _ in range(count):
        yield chooser.choices(TITLE_WORDS, k=chooser.randint(0, 14))


@pytest.mark.parametrize("words", [
    ["the", "Japanese", "Prime", "Minister"], ["Minister", "of", "National", "Defense"],
    ["Minister", "the"], ["the", "the"], ["ℌead"], ["'Prime", "Minister'"], [],
    ["Secretary", "of", "State", "national"], *_title_word_lists()])
def test_a_title_before_a_name_is_found_as_the_plain_way_finds_it(words: list[str]) -> None:
    index = builtin_rule("office-holder").check._offices
    assert index.title_before(words) == _plain_title_before(index, words)


def test_the_title_test_still_finds_titles() -> None:
    index = builtin_rule("office-holder").check._offices
    assert index.title_before(["said", "Japanese", "Prime", "Minister"]) == ("prime minister", 2)
    assert index.title_before(["Anna", "Berg"]) is None


OFFICE_TEXTS = [
    "Japanese Prime Minister Hiroshi Kishida spoke.",
    "Japan's Prime Minister Hiroshi Kishida spoke.",
    "the Japanese Prime Minister Hiroshi Kishida spoke.",
    "said Prime Minister Hiroshi Kishida in Tokyo.",
    "said Prime Minister Funeo Kishida in Tokyo.",
    "French Prime Minister Funeo Kishida spoke.",
    "US Secretary of State Marco Rubiot landed. The US secretary of state Marco Rubio left.",
    "Prime Minister Shinzo Abe visited on 3 May 2023. Japanese Prime Minister Shinzo Abe left.",
    "Prime Minister bin Salman spoke. Foreign Minister Wang Yi and foreign minister Wang Yii.",
]


def _fresh_office_check():  # noqa: ANN202 - a check of the built-in rule, new
    (loaded,) = load_rule_file(builtin_pack_dir() / "office-holder.yaml", BUILTIN_PACK, Resources())
    return loaded.check


@pytest.mark.parametrize("order", [1, -1])
def test_remembered_judgements_answer_as_a_fresh_check_does(order: int) -> None:
    remembering = _fresh_office_check()
    for text in OFFICE_TEXTS[::order] * 2:
        fresh = _fresh_office_check()
        assert list(remembering.run(Document("t.txt", text))) == list(
            fresh.run(Document("t.txt", text))), text


# -- acronyms: the words before a definition --------------------------------------------------


def _plain_words_before(text: str, position: int, paragraph_starts: list[int], max_words: int
                        ) -> tuple[definitions.Word, ...]:
    """``_words_before`` as first written: every token of the window made a ``Word``."""
    index = definitions.bisect_right(paragraph_starts, position) - 1
    paragraph_start = paragraph_starts[index] if index >= 0 else 0
    window_start = max(paragraph_start, position - definitions._LOOKBACK_CHARS)
    words: list[definitions.Word] = []
    previous_end = window_start
    for match in definitions._TOKEN.finditer(text, window_start, position):
        if match.group("barrier") is not None:
            words.clear()
        else:
            comma = "," in text[previous_end:match.start()]
            words.append(definitions.Word(match.start(), match.end(), match.group(), comma))
        previous_end = match.end()
    if window_start > paragraph_start and words and words[0].start == window_start:
        words.pop(0)
    return tuple(words[-max_words:])


def _plain_is_dateline(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return (len(definitions.LONG_FORM_TOKEN.findall(text, line_start, start)) <= 3
            and definitions._DATELINE_DASH.match(text, end) is not None)


ACRONYM_PIECES = [
    "the", "Joint", "Comprehensive", "Plan", "of", "Action", "(JCPOA)", "(", ")", "U.S.", "R&D",
    "&", "Workers'", "O’Neill", "al-Sham", ",", ";", ":", ".", "!", "?", "[", "]", "{", "}",
    "\"", "“", "”", "«", "»", "|", "–", "—", " - ", "-", "x" * 40, "Ünal", "9", "2024", "G7",
    "\n", "\n\n", "  ", " " * 60, "(WHO)", "HANOI", "(VNA)", "Bank", "Central", "Europe",
    "(ECB)", ", or", "EU", "Banco", "Überseebank", "'s", "’",
]


def _acronym_texts(count: int = 250, seed: int = 5) -> Iterator[str]:
    chooser = random.Random(seed)
    for _ in range(count):
        pieces = chooser.choices(ACRONYM_PIECES, k=chooser.randint(1, 90))
        yield "".join(piece + (" " if chooser.random() < 0.7 else "") for piece in pieces)


ACRONYM_SAMPLES = [
    "The International Atomic Energy Agency (IAEA) met.",
    "HANOI (VNA) – The Central Bank of Europe (ECB) said, in Frankfurt, that research and "
    "development (R&D) grew.",
    "Workers' Party (PT) and the O’Neill Institute for National and Global Health Law (ONI).",
    "x" * 290 + "tail Word Here (WH)",
    "first paragraph.\n\nSecond (SP) paragraph – with a dash – EU officials, or EUO, said.",
    "U.S. Agency for International Development (USAID) " * 8,
    "",
]


@pytest.mark.parametrize("text", ACRONYM_SAMPLES + list(_acronym_texts()))
def test_the_words_before_a_definition_are_those_the_plain_way_finds(text: str) -> None:
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
    for position in range(0, len(text) + 1, 7):
        for max_words in (1, 3, 14):
            assert definitions._words_before(text, position, starts, max_words) == \
                _plain_words_before(text, position, starts, max_words)
    for match in re.finditer(r"\(", text):
        close = text.find(")", match.start())
        if close > 0:
            assert definitions._is_dateline(text, match.start(), close + 1) == \
                _plain_is_dateline(text, match.start(), close + 1)


def test_the_words_before_a_definition_are_still_found() -> None:
    text = "Talks ended. Officials said, in Vienna, the International Atomic Energy Agency (IAEA) met."
    words = definitions._words_before(text, text.index("("), [0], 14)
    assert [w.text for w in words] == ["Officials", "said", "in", "Vienna", "the",
                                       "International", "Atomic", "Energy", "Agency"]
    assert [w.comma_before for w in words][:5] == [False, False, True, False, True]
    assert text[words[0].start:words[0].end] == "Officials"
    assert [w.text for w in definitions._words_before(text, text.index("("), [0], 2)] == [
        "Energy", "Agency"]

