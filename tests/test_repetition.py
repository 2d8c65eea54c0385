"""The repetition rules: doubled words and one stem twice in a clause."""

from __future__ import annotations

import pytest

from newslint.check import Resources
from newslint.rules.examples import flagged_spans
from newslint.rules.loader import BUILTIN_PACK, builtin_pack_dir, load_pack
from newslint.text.stemming import stem

RULES = {r.name: r for r in load_pack(builtin_pack_dir(), BUILTIN_PACK, Resources())}


def stem_repeats(text: str) -> tuple[str, ...]:
    return flagged_spans(RULES["stem-repetition"], text)


def doubled(text: str) -> tuple[str, ...]:
    return flagged_spans(RULES["doubled-word"], text)


def test_seed_sentence_is_flagged_at_the_second_use() -> None:
    text = ("The deep-rooted distrust of the United States of Iranians is rooted in decades "
            "of American interference in Iranian issues.")
    assert stem_repeats(text) == ("rooted",)


@pytest.mark.parametrize("text", [
    "Talks advanced step by step and day after day.",
    "Prices rose more and more quickly, year after year.",
    "Barack Obama and Michelle Obama spoke after Obama's speech.",
    "The 2015 agreement replaced the 2013 agreement.",
    "The agreement was signed; agreements like it are rare.",  # different clauses
    "Rooted in history, the dispute is old.",
])
def test_ordinary_repeats_are_not_flagged(text: str) -> None:
    assert stem_repeats(text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The war-torn city was torn apart by shelling.", ("torn",)),
    ("The well-known author is known for her novels.", ("known",)),
    ("The far-reaching reforms are reaching every ministry.", ("reaching",)),
])
def test_a_compound_and_its_own_head_in_one_clause_are_flagged(text, expected) -> None:
    assert stem_repeats(text) == expected


# Found on expert-annotated MT news, where the broader test was mostly noise.
@pytest.mark.parametrize("text", [
    "A large delegation visits tourist attractions in Macau to attract tourists.",
    "The forum included the main forum and four sub-forums on energy efficiency.",
    "China achieved long-term high-speed development and entered high-quality development.",
    "They stressed self-reliance and self-improvement.",
    "He thanked the search and rescue workers who rescued him.",
    "Exports recorded a record high in March.",
    "Miraculous rescues lifted the search-and-rescue effort.",
])
def test_two_forms_of_one_word_are_not_a_tautology(text: str) -> None:
    assert stem_repeats(text) == ()


def test_repeats_far_apart_in_a_long_clause_are_not_flagged() -> None:
    text = ("The planned reform of the pension system that the government has discussed with "
            "unions and employers for many months plans to raise the retirement age")
    assert stem_repeats(text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("He said the the talks failed.", ("the the",)),
    ("The The minister spoke.", ("The The",)),
    ("It is is a problem.", ()),  # listed exception
    ("They visited Walla Walla last week.", ()),
    ("In 2020 2020 was a hard year.", ()),
    ("He said no. No one came.", ()),
])
def test_doubled_words(text: str, expected: tuple[str, ...]) -> None:
    assert doubled(text) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("rooted", "root"), ("stopped", "stop"), ("tried", "try"), ("countries", "country"),
    ("based", "bas"), ("base", "bas"), ("crisis", "crisis"), ("news", "new"),
])
def test_stemmer(word: str, expected: str) -> None:
    assert stem(word) == expected
