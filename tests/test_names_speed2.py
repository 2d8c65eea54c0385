"""The names family's second round of shortcuts answers as the plain computation does.

Each shortcut here skips work on cheap evidence or does per distinct word (or once per
article) what was done per token or per pair. Each test puts the shortcut next to the plain
form it replaces, on invented sentences and words, and asks for the same answer.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest

from newslint.checks.acronyms.forms import LONG_FORM_TOKEN
from newslint.checks.names import consistency, offices, organization_near_miss, variants
from newslint.checks.names import mentions as mentions_module
from newslint.checks.names.evidence import korean_given_name, korean_respelling, list_sentences
from newslint.checks.names.mentions import (
    NameMention,
    all_caps_sentences,
    distinct_words,
    is_all_caps,
    lowercase_words,
    name_mentions,
)
from newslint.checks.names.variants import WordStats
from newslint.checks.names.words import (
    COMMON_WORDS,
    LookAlikeIndex,
    LookAlikePairs,
    bare,
    looks_alike,
    may_be_name_word,
    squash,
)
from newslint.document import Document
from newslint.text.folding import fold
from newslint.text.lemmas import all_lemmas
from tests.helpers import builtin_rule, findings
from tests.names_oracles import MENTION_KINDS, plain_list_sentences, plain_word_stats

# -- organization-near-miss ----------------------------------------------------------------

RUNS = [
    "World Health Agency", "World Health Organization", "Prime Minister", "White House",
    "International Atomic Energy Organization", "Atomic Energy Organization of Iran",
    "Islamic Revolutionary Guard Army", "Red Cross Society", "Federal Bureau of Intelligence",
    "United Nations Security Assembly", "World World Health Agency", "Health World Agency",
    "World_Health Agency", "World--Health Agency", "World-'Health Agency", "World-Health Agency",
    "O'Brien Smith", "Health Agency", "Agency", "Foo'’Bar Baz", "World Health  Agency",
    "World\nHealth Agency", "International Energy Energy Agency",
]


def _plain_synonym_swapped(check: object, keys: list[str], known: tuple[str, ...]) -> bool:
    """The synonym filter as it was written first: counters and pairwise synonym tests."""
    forms = check._index.forms  # type: ignore[attr-defined]
    unpaired = Counter(keys) - Counter(known)
    if not any(map(forms.has_synonyms, unpaired)):
        return False
    missing = Counter(known) - Counter(keys)
    return any(forms.synonyms(key, other) for key in unpaired for other in missing)


def test_the_synonym_filter_answers_as_the_pairwise_test() -> None:
    check = builtin_rule("organization-near-miss").check
    key = check._index.forms.key
    words = ["World", "Health", "Agency", "Organization", "Body", "Energy", "Atomic",
             "International", "Bureau", "Office", "Army", "Corps", "Guard", "Zebra"]
    keys = [key(word) for word in words]
    for size in (2, 3):
        for mine in itertools.product(keys[:8], repeat=size):
            for theirs in itertools.combinations(keys[::2], size):
                assert check._synonym_swapped(list(mine), theirs) == _plain_synonym_swapped(
                    check, list(mine), theirs), (mine, theirs)
    assert check._synonym_swapped([key("World"), key("Health"), key("Agency")],
                                  (key("World"), key("Health"), key("Organization")))


def test_a_run_of_fewer_than_three_words_is_passed_over_only_when_it_has_fewer_tokens() -> None:
    # The cheap test (whitespace-separated words, no underscore or double mark) must never
    # pass over a run that the tokenizer makes three words of.
    rng = random.Random(13)
    alphabet = ["A", "b", "C", "d", "-", "'", "’", "_", " ", "7"]
    for _ in range(5000):
        run = "W" + "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12)))
        cheap = len(run.split()) < 3 and organization_near_miss._SPLIT_WORD.search(run) is None
        if cheap:
            assert len(LONG_FORM_TOKEN.findall(run)) < 3, run


@pytest.mark.parametrize("run", RUNS)
def test_a_run_verdict_is_the_plain_one(run: str) -> None:
    check = builtin_rule("organization-near-miss").check
    words = [(m.start(), m.end()) for m in LONG_FORM_TOKEN.finditer(run)]
    plain = check._near_miss(tuple(run[start:end] for start, end in words))
    if plain is not None:
        plain = plain._replace(first=words[plain.first][0], last=words[plain.last][1])
    assert check._run_verdict(run) == plain


def test_the_runs_include_near_misses() -> None:
    check = builtin_rule("organization-near-miss").check
    assert check._run_verdict("World Health Agency") is not None
    assert check._run_verdict("World Health Organization") is None


# -- confusable-names ----------------------------------------------------------------------

CONFUSABLE_TEXTS = [
    "Trump wrote to Khomeini, the leader. Ayatollah Khamenei refused. Khamenei spoke on.",
    "Ayatollah Khomeini was cited. Supreme Leader Khamenei and Khamenei's aides disagreed. "
    "Khamenei left.",
    "Khamenei succeeded Khomeini in 1989. Khamenei has led Iran since.",
    "Ali Khamenei marked the death of Ruhollah Khomeini. Khamenei spoke for an hour.",
    "Khamenei spoke. Khomeini was quoted. London and Paris agreed with Khamenei and Khamenei.",
    "Nothing here is confusable: Emmanuel Macron met Olaf Scholz in Berlin.",
]


def _confusables(check: object, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    document = Document("<t>", text)
    mentions = check._mentions(document)  # type: ignore[attr-defined]
    return [(m.start, m.end, m.suggestions)
            for m in check._confusables(document, mentions)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", CONFUSABLE_TEXTS)
def test_only_forms_of_confusable_entities_are_resolved(text: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    check = builtin_rule("confusable-names").check
    fast = _confusables(check, text)
    every_form = frozenset(check._gazetteer.by_form) | {text[i:j] for i in range(len(text))
                                                         for j in range(i, len(text) + 1)}
    monkeypatch.setattr(check, "_confusable_forms", every_form)  # every mention resolved
    assert _confusables(check, text) == fast


def test_the_confusable_forms_are_those_of_listed_entities() -> None:
    check = builtin_rule("confusable-names").check
    forms = check._confusable_forms
    assert "Khamenei" in forms and "Khomeini" in forms
    assert "London" not in forms
    assert _confusables(check, CONFUSABLE_TEXTS[0]) != []


# -- name-variant and name-near-miss -------------------------------------------------------

WORDS = ["wang", "wong", "tang", "bessent", "bescent", "abe", "abbey", "yining", "yiing",
         "khamenei", "khameini", "khomeini", "erdogan", "erdogn", "obama", "obamas", "fang",
         "fan", "mingong", "mingeng", "london", "lindon", "schwarzenegger", "schwarzeneger"]


@pytest.mark.parametrize("queried", [set(), {"wang"}, {"wang", "wong", "abbey"},
                                     set(WORDS[::3]), set(WORDS)])
def test_look_alike_pairs_for_queried_words_answer_as_the_index_does(queried: set[str]) -> None:
    index, pairs = LookAlikeIndex(WORDS), LookAlikePairs(WORDS, queried)
    for word in WORDS:
        expected = index.near(word)
        if word not in queried:
            expected &= queried  # another word: only its queried look-alikes
        assert pairs.near(word) == expected, word
    assert ("wong" in LookAlikePairs(WORDS, {"wang"}).near("wang")
            and "wang" in LookAlikePairs(WORDS, {"wang"}).near("wong"))


VARIANT_TEXTS = [
    "Fang Fang, a blogger, runs a store. Fan Fang said sales doubled. Fang Fang hired staff.",
    "Gunnar Lindqvist spoke on Monday. Lindquist left, and Lindqvist stayed.",
    "Marco Rossi scored twice. Marcco celebrated with the fans; Rossi left early.",
    "Boris Johnson met Tom Johnston. Johnson urged sanctions and Johnston asked for aid.",
    "Anna Kovalenko met Anna Kovalenco. Kovalenko and Kovalenco spoke.",
    "Treasury Secretary Bescent met officials. Bessent said it. Bescent left.",
    "Italian Prime Minister Giorgia Meloni met Macron. Georgia Meloni said Italy agreed.",
    "Italian Prime Minister Georgia Meloni met Emmanuel Macron in Rome.",
    "Trump commissioned former Prime Minister Shinzo Abbey in 2019. Abe agreed. Abbey left.",
]


def _full_own_index(stats: dict[str, WordStats]) -> LookAlikePairs:
    return LookAlikePairs({squash(key) for key in stats})  # every pair, as before


@pytest.mark.parametrize("text", VARIANT_TEXTS)
def test_name_rules_find_the_same_with_only_pairs_of_lone_words(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = ("name-variant", "name-near-miss")
    fast = {rule: _spans(rule, text) for rule in rules}
    monkeypatch.setattr(variants, "own_index", _full_own_index)
    monkeypatch.setattr(consistency, "own_index", _full_own_index)
    assert {rule: _spans(rule, text) for rule in rules} == fast


def test_the_texts_have_variants_and_near_misses() -> None:
    assert _spans("name-variant", VARIANT_TEXTS[0]) != []
    assert _spans("name-variant", VARIANT_TEXTS[2]) != []
    assert _spans("name-near-miss", VARIANT_TEXTS[7]) != []


@pytest.mark.parametrize("text", VARIANT_TEXTS)
def test_anchored_near_misses_need_a_full_name_with_anchors(text: str) -> None:
    # The shortcut: when no full name of the article has anchors, no word has an
    # anchored near miss, and the search is skipped.
    check = builtin_rule("name-near-miss").check
    document = Document("<t>", text)
    mentions = check._mentions(document)
    stats = check._word_stats(document, mentions)
    present = {fold(word) for m in mentions for word in m.words}
    found = [match for word_stats in stats.values()
             for match in check._anchored_near_misses(document, word_stats, present)]
    if not any(check._anchors(m.words) is not None for m in mentions if not m.is_single):
        assert found == []
    if "Georgia Meloni met Emmanuel" in text:
        assert found != []


def _spans(rule: str, text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    return [(f.column, f.end_column, f.message, f.suggestions) for f in findings(rule, text)]


# -- shared per-document work --------------------------------------------------------------

LIST_TEXTS = [
    "The squad: Anna Berg, Lena Borg, Maja Lind, Ella Lund and Sara Strand, coach Olsen said.",
    "Berg, Borg and Lind scored; Lund saved twice, and Strand missed on Monday.",
    "Monday, Tuesday, Wednesday and Thursday, March and April were cold.",
    "Anna Berg met Lena Borg. Maja Lind, Ella Lund; Sara Strand. Olsen left.",
    "Moon Jae In met Moon Jae-in and Moon Jaein in Seoul, with Kim Jong Un, Park Geun-hye.",
    "No names here at all, only words.",
]


@pytest.mark.parametrize("text", LIST_TEXTS)
def test_list_sentences_weighs_only_sentences_of_four_mentions_or_more(text: str) -> None:
    document = Document("<t>", text)
    mentions = name_mentions(document)
    assert list_sentences(document, mentions) == plain_list_sentences(document, mentions)


def test_the_list_texts_have_lists() -> None:
    document = Document("<t>", LIST_TEXTS[0])
    assert list_sentences(document, name_mentions(document)) != set()


@pytest.mark.parametrize("text", LIST_TEXTS + VARIANT_TEXTS)
def test_korean_names_are_joined_as_before(text: str) -> None:
    check = builtin_rule("name-variant").check
    document = Document("<t>", text)
    assert check._mentions(document) == [check._korean_mention(m) for m in name_mentions(document)]
    for mention in name_mentions(document):
        assert korean_given_name(mention.words) == korean_given_name.__wrapped__(mention.words)


def test_korean_given_names_are_found() -> None:
    check = builtin_rule("name-variant").check
    words = [m.words for m in check._mentions(Document("<t>", LIST_TEXTS[4]))]
    assert ("Moon", "Jae-in") in words


CAPITALS_TEXTS = [
    "BREAKING: PRESIDENT VISITS KYIV FOR TALKS. The president visits Kyiv. "
    "UN CHIEF Says Talks Go On. US, EU AND UK LEADERS MEET in Rome.",
    "A B C D. I saw X-RAY RESULTS. THE 2024 BUDGET: 3D PLANS. 12-15 MAY.",
    "ÉTATS-UNIS ET CANADA SIGNENT. The deal is done. ÖVP LEADER QUITS.",
    "Nothing in capitals here. Not one word. Only I and A.",
    "O'NEILL'S TEAM WINS. Man U LOSE AGAIN, SAYS BBC.",
]


@pytest.mark.parametrize("text", CAPITALS_TEXTS)
def test_only_sentences_with_a_word_in_capitals_are_tested_for_capitals(text: str) -> None:
    document = Document("<t>", text)
    plain = [s for s in document.sentences
             if (tokens := document.tokens_in(s.start, s.end)) and is_all_caps(tokens)]
    assert all_caps_sentences(document) == plain
    assert set(plain) <= set(mentions_module._sentences_with_capitals(document))


def test_the_capitals_texts_have_sentences_in_capitals() -> None:
    assert all_caps_sentences(Document("<t>", CAPITALS_TEXTS[0])) != []


LOWER_TEXTS = [
    "The cat's toy and the dog's bone; cats' beds, o'clock, rock'n'roll and the USA's plan.",
    "the CAT's Cat cat Cat's cat's",
    "Nothing Lower Here At All",
    "the café’s owner and the naïve o’clock crowd",
    "dogs' and dogs'' and it's its",
    "it''s cats''' and o'''s x's' y'S z'' don't",
]


@pytest.mark.parametrize("text", LOWER_TEXTS)
def test_lower_case_words_are_folded_and_bared_as_one_by_one(text: str) -> None:
    document = Document("<t>", text)
    plain = frozenset(fold(bare(word)) for word in distinct_words(document) if word[0].islower())
    assert lowercase_words(document) == plain


def test_lower_case_words_of_an_ascii_article() -> None:
    document = Document("<t>", LOWER_TEXTS[0])
    assert {"cat", "dog", "o'clock", "rock'n'roll"} <= lowercase_words(document)
    assert "cat's" not in lowercase_words(document)
    assert lowercase_words(Document("<t>", LOWER_TEXTS[2])) == frozenset()


# -- name mentions -------------------------------------------------------------------------

MENTION_TEXTS = [
    *MENTION_KINDS,
    "See https://example.org/Abbey-Abe for Abbey Road.",
    "Trump well-known critics, Biden de facto; Macron el-Sisi, Salman bin Abdulaziz and Lee."
    " Moon\nJae-in. Putin's aides. Xi",
]


def _plain_extract(document: Document) -> list[NameMention]:
    """Name mentions as first written: every run through _mentions_of_run."""
    text = document.text
    excluded = [m.span() for m in mentions_module._URL.finditer(text)]
    shouting = set(all_caps_sentences(document))
    found: list[NameMention] = []
    for sentence in document.sentences:
        if sentence in shouting:
            continue
        tokens = [t for t in document.tokens_in(sentence.start, sentence.end)
                  if not mentions_module._inside_any(t, excluded)]
        if not tokens:
            continue
        headline = mentions_module._is_title_case_headline(text, sentence, tokens)
        index = 0
        while index < len(tokens):
            word = tokens[index].text
            if (word[0].islower() and "-" not in word) or not may_be_name_word(word):
                index += 1
                continue
            end = mentions_module._run_end(text, tokens, index)
            opening = index == 0 or mentions_module._opens_clause(
                text[tokens[index - 1].end : tokens[index].start])
            found.extend(mentions_module._mentions_of_run(tokens, index, end, sentence,
                                                          headline, opening))
            index = end
    return found


@pytest.mark.parametrize("text", MENTION_TEXTS + VARIANT_TEXTS + LIST_TEXTS + CAPITALS_TEXTS)
def test_name_mentions_are_those_of_the_plain_extraction(text: str) -> None:
    assert name_mentions(Document("<t>", text)) == _plain_extract(Document("<t>", text))


def test_lone_words_make_mentions_where_they_are_names() -> None:
    words = [m.words for m in name_mentions(Document("<t>", MENTION_TEXTS[0]))]
    assert ("Trump",) in words and ("Bescent",) in words
    assert ("The",) not in words and ("President",) not in words and ("So",) not in words


ANCHOR_NAMES = [("Georgia", "Meloni"), ("Giorgia", "Meloni"), ("Shinzo", "Abbey"), ("Mun", "Jae-in"),
                ("Donalt", "Trump"), ("Li", "Kim"), ("Emmanuel", "Macronn"), ("Fumio", "Kishida"),
                ("Ali", "Khameini"), ("Xi", "Jinpin"), ("Olaf", "Scholz", "Junior")]


def _plain_anchors(check: object, words: tuple[str, ...]) -> object:
    """_name_anchors as first written, folding the words again for each slot."""
    if check._gazetteer.by_form.get(" ".join(words)):  # type: ignore[attr-defined]
        return None
    anchors = []
    for slot, word in enumerate(words):
        folded = fold(word)
        anchors.append([(entity, expected)
                        for entity, expected in check._slot_words(words, slot)  # type: ignore[attr-defined]
                        if looks_alike(folded, fold(expected), strong_context=True)
                        or korean_respelling(folded, fold(expected))])
    return tuple(anchors) if any(anchors) else None


@pytest.mark.parametrize("words", ANCHOR_NAMES)
def test_name_anchors_fold_once_and_answer_as_before(words: tuple[str, ...]) -> None:
    check = builtin_rule("name-near-miss").check
    assert check._name_anchors(words) == _plain_anchors(check, words)


def test_some_names_have_anchors() -> None:
    check = builtin_rule("name-near-miss").check
    assert check._name_anchors(("Georgia", "Meloni")) is not None
    assert check._name_anchors(("Giorgia", "Meloni")) is None


def test_an_ascii_word_squashed_is_its_own_squash() -> None:
    rng = random.Random(11)
    alphabet = "aZ-' .b9Q’é"
    for _ in range(3000):
        word = squash("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 10))))
        if word.isascii():
            assert squash(word) == word


@pytest.mark.parametrize("queried", [None, {"wang", "abbey"}])
def test_look_alike_pairs_of_squashed_words_answer_as_of_the_words(queried: set[str] | None) -> None:
    words = {squash(word) for word in [*WORDS, "Erdoğan", "Yi-ning", "O’Neill"]}
    plain, given = LookAlikePairs(words, queried), LookAlikePairs(words, queried, squashed=True)
    for word in words:
        assert given.near(word) == plain.near(word)


@pytest.mark.parametrize("text", VARIANT_TEXTS + ["Erdoğan met Erdogan; Yi-ning and Yining met."])
def test_word_stats_carry_their_keys_squashed(text: str) -> None:
    check = builtin_rule("name-variant").check
    document = Document("<t>", text)
    stats = check._word_stats(document, check._mentions(document))
    assert stats and all(word_stats.squashed == squash(key) for key, word_stats in stats.items())


STANDALONE_TEXTS = [
    'Treasury Secretary Bescent met officials. "We will act," Bescent said.',
    "The Greek talks went on. Greer spoke. Thank you, said Thani.",
    "Kenya and Kenyans met. MacOSX and WebIDL shipped. Khameini spoke; Erdogann left.",
    "Officials said Bessent and Bescent met; Netanyahoo spoke in Jerusalem.",
]


@pytest.mark.parametrize("text", STANDALONE_TEXTS)
def test_a_lone_word_is_judged_as_with_the_english_test_first(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    check = builtin_rule("name-near-miss").check
    fast = _spans("name-near-miss", text)
    method = type(check)._standalone_near_misses

    def english_test_first(self, document, word_stats, present):  # type: ignore[no-untyped-def]
        folded = fold(word_stats.word)
        if (len(folded) >= 5 and folded not in lowercase_words(document)
                and folded not in COMMON_WORDS and folded not in self._ordinary
                and not all_lemmas(folded)
                and sum(char.isupper() for char in word_stats.word[1:]) < 2):
            yield from method(self, document, word_stats, present)

    monkeypatch.setattr(type(check), "_standalone_near_misses", english_test_first)
    assert _spans("name-near-miss", text) == fast


def test_lone_near_misses_are_still_found() -> None:
    assert _spans("name-near-miss", STANDALONE_TEXTS[0]) != []


@pytest.mark.parametrize("text", VARIANT_TEXTS + LIST_TEXTS + MENTION_TEXTS + LOWER_TEXTS)
def test_word_stats_ask_each_distinct_word_once_and_answer_as_before(text: str) -> None:
    check = builtin_rule("name-variant").check
    document = Document("<t>", text)
    mentions = check._mentions(document)
    assert check._compute_word_stats(document, mentions) == plain_word_stats(check, document,
                                                                              mentions)


# -- office-holder --------------------------------------------------------------------------

@pytest.mark.parametrize("before", [("Japanese",), ("Japan's",), ("US",), ("South", "Korean"),
                                    ("The",), ("French",), ("",), ("Chinese",), ("U.S.",)])
def test_countries_named_before_a_title_are_those_of_all_countries(before: tuple[str, ...]) -> None:
    index = builtin_rule("office-holder").check._offices
    last = offices._country_word(before[-1]) if before else ""
    candidates = {c for c in index.countries if c.split()[-1][:2] == last[:2]}
    candidates |= offices._COUNTRY_WORDS.keys() & index.countries
    plain = frozenset(c for c in candidates if offices.names_country(before, c))
    assert index.countries_named(before) == plain


def test_some_countries_are_named() -> None:
    index = builtin_rule("office-holder").check._offices
    assert index.countries_named(("Japanese",)) != frozenset()


@pytest.mark.parametrize("words", [
    ["the", "Japanese", "Prime", "Minister"], ["said", "former", "US", "Secretary", "of", "State"],
    ["Minister", "of", "National", "Defense"], [], ["Prime"], ["a", "b", "c", "d", "e", "f", "g",
    "h", "i", "Deputy", "Prime", "Minister"], ["Japan's", "Prime", "Minister"]])
def test_a_title_is_found_among_the_last_words_only(words: list[str]) -> None:
    index = builtin_rule("office-holder").check._offices
    folded = [fold(w).strip("'’") for w in words]  # every word, as first written
    plain = None
    for size in range(min(index.longest_title + 2, len(words)), 0, -1):
        key = offices.title_key(folded[-size:])
        if key in index.by_title and folded[-size] not in offices._QUALIFIERS:
            plain = (key, size)
            break
    assert index.title_before(words) == plain
    if words[-2:] == ["Prime", "Minister"]:
        assert plain is not None
