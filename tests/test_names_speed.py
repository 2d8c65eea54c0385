"""The names family's shortcuts answer as the slow way would (speed never changes a finding).

The name checks remember per-word work for a whole run and share per-document work among
their rules; these tests pin that the shortcuts give the answers of the direct computation,
and that a name seen in one article is judged afresh in another article's context.
"""

from __future__ import annotations

import itertools

import pytest

from newslint.checks.names import term_consistency
from newslint.checks.names import words as words_module
from newslint.checks.names.mentions import (
    all_caps_sentences,
    distinct_words,
    is_all_caps,
    lowercase_words,
    positions_of,
)
from newslint.checks.names.words import LookAlikeIndex, LookAlikePairs, squash
from newslint.document import Document
from tests.helpers import builtin_rule, findings

WORDS = ["wang", "wong", "tang", "bessent", "bescent", "abe", "abbey", "yining", "yi-ning",
         "khamenei", "khameini", "khomeini", "erdogan", "erdoğan", "obama", "obamas",
         "fangfang", "fang", "fan", "mingong", "mingeng", "zelensky", "zelenskyy",
         "schwarzenegger", "schwarzeneger", "al-assad", "assad", "london", "lindon"]


@pytest.fixture(params=["all against all", "shared keys"])
def comparison(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways LookAlikePairs finds pairs: all against all, and by shared deletion keys."""
    if request.param == "shared keys":
        monkeypatch.setattr(words_module, "_ALL_AGAINST_ALL", 0)


@pytest.mark.usefixtures("comparison")
def test_look_alike_pairs_answer_as_the_index_does() -> None:
    words = {squash(word) for word in WORDS}
    index, pairs = LookAlikeIndex(words), LookAlikePairs(words)
    for word in sorted(words):
        assert pairs.near(word) == index.near(word), word


@pytest.mark.usefixtures("comparison")
def test_look_alike_pairs_answer_as_the_index_does_on_many_short_and_long_words() -> None:
    # Every pair of short words (one deletion each) and of mid-length words (two).
    words = ["ab", "abc", "abd", "ba", "a", "b", "abcd", "abdc", "acbd", "bcda", "abcde",
             "abxde", "axcye", "abcdefghij", "abcdefghik", "abcdefghijk", "abdcefghij",
             "abcdefgh", "abcdefgi", "bcdefgh", "abcxefgy", "abcdefghi"]
    index, pairs = LookAlikeIndex(words), LookAlikePairs(words)
    for word in words:
        assert pairs.near(word) == index.near(word), word


@pytest.mark.usefixtures("comparison")
def test_look_alike_pairs_answer_unindexed_words_as_the_index_does() -> None:
    words = WORDS[:12]
    index, pairs = LookAlikeIndex(words), LookAlikePairs(words)
    for word in ("wing", "bessant", "ABE", "Yi ning", "nothing-alike", *WORDS[12:]):
        assert pairs.near(word) == index.near(word), word


@pytest.mark.usefixtures("comparison")
def test_look_alike_pairs_are_symmetric_and_exclude_the_word() -> None:
    pairs = LookAlikePairs(WORDS)
    for a, b in itertools.permutations(WORDS, 2):
        assert (b in pairs.near(a)) == (a in pairs.near(b))
    assert all(word not in pairs.near(word) for word in WORDS)
    assert "wong" in pairs.near("wang") and "bescent" in pairs.near("bessent")
    assert "london" not in pairs.near("bessent")


def test_near_returns_a_copy() -> None:
    pairs = LookAlikePairs(["wang", "wong"])
    pairs.near("wang").add("intruder")
    assert pairs.near("wang") == {"wong"}


def _spans(rule: str, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[f.column - 1:f.end_column - 1], f.suggestions) for f in findings(rule, text)]


def test_an_organisation_near_miss_remembered_from_one_article_is_placed_in_the_next() -> None:
    first = "He met the head of the World Health Agency on Monday."
    second = "On Tuesday, officials of the World Health Agency spoke in Geneva."
    expected = [("World Health Agency", ("World Health Organization",))]
    assert _spans("organization-near-miss", first) == expected
    assert _spans("organization-near-miss", second) == expected  # remembered, other offsets
    assert _spans("organization-near-miss", first) == expected


def test_a_remembered_organisation_verdict_still_sees_the_words_after_the_run() -> None:
    # The run is the same; what follows it decides ("for the ..." continues the name).
    assert _spans("organization-near-miss", "The World Health Agency met.") != []
    assert _spans("organization-near-miss", "The World Health Agency for the elderly met.") == []


def test_a_remembered_office_verdict_weighs_each_articles_own_dates() -> None:
    # One name after one title in three articles: the verdict on the name is remembered,
    # the article's dates and the words before the title are not.
    late = "Prime Minister Shinzo Abe opened the forum, the ministry said on May 2, 2024."
    early = "Prime Minister Shinzo Abe opened the forum on May 2, 2015."
    looking_back = "Former Prime Minister Shinzo Abe was recalled on May 2, 2024."
    for _ in range(2):
        assert _spans("office-holder", late) == [("Shinzo Abe", ())]
        assert _spans("office-holder", early) == []
        assert _spans("office-holder", looking_back) == []


def test_a_remembered_office_verdict_keeps_the_country_before_the_title() -> None:
    for _ in range(2):
        assert [f.severity for f in findings(
            "office-holder", "Japanese Prime Minister Hiroshi Kishida spoke.")] == ["info"]
        assert _spans("office-holder", "Prime Minister Hiroshi Kishida spoke.") == []


def test_the_cheap_test_for_capitals_agrees_with_the_token_test() -> None:
    text = ("BREAKING: PRESIDENT VISITS KYIV FOR TALKS. The president visits Kyiv. "
            "UN CHIEF Says Talks Go On. US, EU AND UK LEADERS MEET in Rome.")
    document = Document("<t>", text)
    direct = [s for s in document.sentences
              if (tokens := document.tokens_in(s.start, s.end)) and is_all_caps(tokens)]
    assert all_caps_sentences(document) == direct
    assert [text[s.start:s.end] for s in direct][:1] == ["BREAKING: PRESIDENT VISITS KYIV FOR TALKS."]


def _compared_words(text: str) -> set[str]:
    check = builtin_rule("name-variant").check
    document = Document("<t>", text)
    return set(check._word_stats(document, check._mentions(document)))


def test_a_name_word_remembered_from_one_article_is_judged_by_the_next_articles_words() -> None:
    # "Brook" after a title is a name word to compare, unless the article also writes
    # "brook" in lower case: the word-only tests are remembered, the article's are not.
    named = "Mr Brook spoke on Monday in Leeds."
    ordinary = "Mr Brook spoke on Monday. The brook by the road was cold."
    for _ in range(2):
        assert "brook" in _compared_words(named)
        assert "brook" not in _compared_words(ordinary)


def test_positions_of_finds_every_use_in_order() -> None:
    texts = ["US", "and", "U.S.", "US", "US's", "US"]
    assert list(positions_of(texts, "US")) == [0, 3, 5]
    assert list(positions_of(texts, "EU")) == []


def test_distinct_words_and_lower_case_words() -> None:
    document = Document("<t>", "The cat's Cat and the CAT, and the cat.")
    assert distinct_words(document) == {"The", "cat's", "Cat", "and", "the", "CAT", "cat"}
    assert document.token_texts == ["The", "cat's", "Cat", "and", "the", "CAT", "and", "the", "cat"]
    assert lowercase_words(document) == {"cat", "and", "the"}


def test_term_forms_remembered_across_articles_and_after_the_record_restarts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    mixed = "Tourism in Macao grew fast. Macao hotels were full, and Macau casinos said so."
    plain = "Macau casinos reported record revenue. Macau hotels were full."
    www = "See www.macau.example/Macao for Macao and Macau."
    assert _spans("term-consistency", mixed) == [("Macau", ("Macao",))]
    assert _spans("term-consistency", plain) == []
    monkeypatch.setattr(term_consistency, "_LOOKED_UP", 3)  # forget after every article
    for _ in range(2):
        assert _spans("term-consistency", mixed) == [("Macau", ("Macao",))]
        assert _spans("term-consistency", plain) == []
        assert _spans("term-consistency", www) == [("Macau", ("Macao",))]


def test_a_remembered_near_miss_target_is_weighed_in_each_article() -> None:
    # The nearest known name of "Bescent" is remembered; whether the article supports it,
    # writes the known name too, or writes the word in lower case is not.
    titled = 'Treasury Secretary Bescent met officials on Friday. "We will act," Bescent said.'
    bare = 'Officials met Bescent on Friday. "We will act," Bescent said.'
    known = "Treasury Secretary Bessent met Bescent on Friday."
    for _ in range(2):
        assert [(f.severity, f.suggestions) for f in findings("name-near-miss", titled)] == [
            ("warning", ("Bessent",)), ("warning", ("Bessent",))]
        assert [f.severity for f in findings("name-near-miss", bare)] == ["info"]
        assert findings("name-near-miss", known) == []


def test_a_remembered_full_name_anchor_is_weighed_in_each_article() -> None:
    # "Shinzo Abbey" is anchored on Shinzo Abe; an article that also writes "Abe" has a
    # variant, not a near miss.
    for _ in range(2):
        assert _spans("name-near-miss", "Former Prime Minister Shinzo Abbey visited Tehran.") == [
            ("Abbey", ("Abe",))]
        assert _spans("name-near-miss", "Shinzo Abbey met Abe in Tokyo.") == []


RUNS = [
    "International Atomic Energy Organization", "International Atomic Energy Agency",
    "Islamic Revolutionary Guard Army", "Islamic Revolutionary Guards Corps",
    "World Health Agency", "World Health Organization", "World Health Body",
    "World World Health Agency", "Health World Agency", "International Energy Energy Agency",
    "Atomic Energy Organization of Iran", "Atomic Energy Agency of Iran",
    "United Nations Security Assembly", "Federal Bureau of Intelligence", "Red Cross Society",
]


def test_the_synonym_filter_of_organization_near_miss_drops_no_verdict(
        monkeypatch: pytest.MonkeyPatch) -> None:
    check = builtin_rule("organization-near-miss").check
    filtered = {run: check._near_miss(tuple(run.split())) for run in RUNS}
    monkeypatch.setattr(type(check), "_synonym_swapped", lambda self, keys, known, mine=None: True)
    assert {run: check._near_miss(tuple(run.split())) for run in RUNS} == filtered
    assert filtered["World Health Agency"] is not None
    assert filtered["International Atomic Energy Agency"] is None


def test_the_synonyms_of_a_key_are_the_keys_it_shares_a_set_with() -> None:
    check = builtin_rule("organization-near-miss").check
    forms = check._index.forms
    keys = sorted(forms.keys_with_synonyms())[:60] + [forms.key("Agency"), forms.key("Zebra")]
    for key in keys:
        assert check._synonym_keys(key) == {other for other in forms.keys_with_synonyms()
                                            if forms.synonyms(key, other)}
    assert forms.key("Organization") in check._synonym_keys(forms.key("Agency"))
    assert check._synonym_keys(forms.key("Zebra")) == frozenset()
