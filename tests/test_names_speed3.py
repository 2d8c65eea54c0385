"""The names family's third round of shortcuts answers as the plain computation does.

name-near-miss now asks first what a word or a name alone decides (remembered for the
run) and only then what the article decides; the mentions are found by visiting only the
words that may start a name. Each test puts a shortcut next to the plain form it
replaces, on invented sentences and words, and asks for the same answer.
"""

from __future__ import annotations

from newslint.checks.names import consistency
from newslint.checks.names.mentions import name_mentions
from newslint.checks.names.near_miss import PresentWords
from newslint.document import Document
from newslint.text.folding import fold
from tests.helpers import builtin_rule, findings

ARTICLE = (
    "Treasury Secretary Scott Bescent met Kishida Fumio in Tokyo. Bescent said the "
    "Erdoğan government and Mr. Erdogan's aides disagreed. So Bescent left; Fumio Kishida "
    "stayed. Analysts said Marcco and Marco Rossi spoke, and Giorgia Meloni and Georgia "
    "Meloni, and Khameini, were named. "
)

NAMES = [("Kishida", "Fumio"), ("Fumio", "Kishida"), ("Jinping", "Xi"), ("Xi", "Jinping"),
         ("Von", "der", "Leyen"), ("Marco", "Rossi"), ("Shinzo", "Abe"), ("Abe", "Shinzo"),
         ("Nobody", "Known", "Here")]


def _plain_reordered(check: object, words: tuple[str, ...]) -> object:
    """The reordered-name test as it was written inline, per mention."""
    index = check._index  # type: ignore[attr-defined]
    written = tuple(fold(word) for word in words)
    known = index.reordered.get(tuple(sorted(written)))
    return None if known is None or written in index.written_orders else known


def test_the_remembered_reordered_test_answers_as_the_inline_one() -> None:
    check = builtin_rule("name-near-miss").check
    answers = {words: check._reordered(words) for words in NAMES}
    assert answers == {words: _plain_reordered(check, words) for words in NAMES}
    assert answers[("Kishida", "Fumio")] is not None
    assert answers[("Fumio", "Kishida")] is None


def test_the_words_present_are_the_folded_words_of_every_mention() -> None:
    mentions = name_mentions(Document("<t>", ARTICLE))
    assert PresentWords(mentions).words == {fold(w) for m in mentions for w in m.words}


def test_the_word_target_is_what_the_standalone_test_asks_of_a_word_alone() -> None:
    check = builtin_rule("name-near-miss").check
    for word in ["Bescent", "Khameini", "Marcco", "Analysts", "Tokyo", "Bess", "However"]:
        folded = fold(word)
        plain = None
        if not (len(folded) < 5 or folded in consistency.COMMON_WORDS or folded in check._ordinary):
            plain = check._closest_target(folded)
        assert check._standalone_target(word) == plain, word
    assert check._standalone_target("Bescent") is not None


def test_near_misses_asked_in_the_new_order_are_the_findings_of_the_old_order(
        monkeypatch: object) -> None:
    """The near-miss findings of the article, and of each of its sentences, with the
    article-wide tests first (the old order) and with the word tests first."""
    texts = [ARTICLE, *[s + "." for s in ARTICLE.split(". ") if s]]
    fast = [findings("name-near-miss", text) for text in texts]
    check = builtin_rule("name-near-miss").check

    def old_order(self, document, mentions, stats):  # type: ignore[no-untyped-def]
        present = {fold(w) for m in mentions for w in m.words}
        yield from self._reordered_names(document, mentions)
        own = consistency.own_index(stats)
        anchored = any(self._anchors(m.words) is not None for m in mentions if not m.is_single)
        for word_stats in stats.values():
            if anchored:
                yield from self._anchored_near_misses(document, word_stats, present)
            if (not word_stats.in_full_name and not self._known(word_stats.word)
                    and not self._has_own_look_alike(word_stats, own)):
                yield from self._standalone_near_misses(document, word_stats, present)

    monkeypatch.setattr(type(check), "_near_misses", old_order)  # type: ignore[attr-defined]
    assert [findings("name-near-miss", text) for text in texts] == fast
    assert any(f.rule.endswith("name-near-miss") for f in fast[0])


def _plain_anchors(check: object, words: tuple[str, ...]) -> object:
    """_name_anchors as first written: every slot looked up in the gazetteer's slots."""
    from newslint.checks.names.evidence import korean_respelling
    from newslint.checks.names.words import looks_alike

    if check._gazetteer.by_form.get(" ".join(words)):  # type: ignore[attr-defined]
        return None
    every = [fold(word) for word in words]
    anchors = []
    for slot, folded in enumerate(every):
        anchors.append([(entity, expected)
                        for entity, expected in check._slot_folded(every, slot)  # type: ignore[attr-defined]
                        if looks_alike(folded, fold(expected), strong_context=True)
                        or korean_respelling(folded, fold(expected))])
    return tuple(anchors) if any(anchors) else None


FULL_NAMES = [("Georgia", "Meloni"), ("Giorgia", "Meloni"), ("Shinzo", "Abbey"), ("Donalt", "Trump"),
              ("Mun", "Jae-in"), ("Moon", "Jae-yin"), ("Scott", "Bescent"), ("Scott", "Bessent"),
              ("Emanuel", "Macron"), ("Marco", "Rossi"), ("Ursula", "von", "der", "Leyen"),
              ("Ursula", "von", "der", "Leyan"), ("Xi", "Jinpin"), ("Unknown", "Person"),
              ("Keir", "Starmr"), ("Vladimir", "Putin"), ("Vladimr", "Putin")]


def test_anchors_of_names_with_unknown_words_answer_as_every_slot_looked_up() -> None:
    check = builtin_rule("name-near-miss").check
    answers = {words: check._name_anchors(words) for words in FULL_NAMES}
    assert answers == {words: _plain_anchors(check, words) for words in FULL_NAMES}
    assert answers[("Georgia", "Meloni")] is not None
    assert answers[("Donalt", "Trump")] is not None
    assert answers[("Unknown", "Person")] is None


ORGANIZATION_WORDS = ["Ministry", "Agency", "IAEA", "U.N.", "EVs", "MoU", "AfD", "G7", "P5+1",
                      "R&D", "Unicef", "Xinhua", "D-Calif.", "of", "the", "Covid19", "McDonald",
                      "Organisation", "ÉLYSÉE", "Élysée", "İstanbul", "X", "7", "O'Brien", "ǅemal"]


def test_the_name_content_test_answers_as_the_acronym_shape_test() -> None:
    from newslint.checks.acronyms.definitions import is_content
    from newslint.checks.acronyms.forms import is_acronym_shaped, starts_capital_or_digit
    from newslint.checks.names.organization_near_miss import _is_name_content

    for word in ORGANIZATION_WORDS:
        plain = is_content(word) and starts_capital_or_digit(word) and not is_acronym_shaped(word)
        assert _is_name_content(word) == plain, word


def test_the_facts_of_a_word_are_its_content_test_key_and_synonym_set() -> None:
    from newslint.checks.names.organization_near_miss import _is_name_content

    check = builtin_rule("organization-near-miss").check
    forms = check._index.forms
    for word in ORGANIZATION_WORDS:
        plain = ((forms.key(word), forms.has_synonyms(forms.key(word)))
                 if _is_name_content(word) else None)
        assert check._word_facts(word) == plain, word
    assert check._word_facts("Agency") == (forms.key("Agency"), True)


SLOT_ARTICLE = (
    "Fang Fang wrote the diary. Fan Fang said later that Fang Fang was tired. Shinzo Abe "
    "met Shinzo Abbey and Shinzo Abe's aide. Hsia Liyan and Li-Yen Hsia spoke, as did "
    "Marco Rossi and Marco Rossa. Erdoğan Erdogan and Mun Jae-in met Moon Jae-in. "
)


def _plain_same_slot_pairs(stats: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    """_same_slot_pairs as first written: each word's key case-folded again."""
    from collections import defaultdict

    from newslint.checks.names.evidence import korean_respelling
    from newslint.checks.names.variants import _slot_key
    from newslint.checks.names.words import looks_alike

    slots: dict = defaultdict(set)  # type: ignore[type-arg]
    for word_stats in stats.values():
        for mention, slot in word_stats.occurrences:
            if mention.is_single:
                continue
            key = _slot_key(mention.words, slot)
            if key is not None:
                slots[key].add(word_stats.word.casefold())
    found = []
    for keys in slots.values():
        ordered = sorted(keys)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if not (stats[a].ordinary and stats[b].ordinary) and (
                        looks_alike(fold(a), fold(b), strong_context=True)
                        or korean_respelling(fold(a), fold(b)) or korean_respelling(fold(b), fold(a))):
                    found.append((a, b))
    return found


def test_same_slot_pairs_answer_as_when_each_key_was_case_folded_again() -> None:
    check = builtin_rule("name-variant").check
    for text in [SLOT_ARTICLE, ARTICLE]:
        document = Document("<t>", text)
        stats = check._word_stats(document, check._mentions(document))
        assert sorted(check._same_slot_pairs(stats)) == sorted(_plain_same_slot_pairs(stats))
    document = Document("<t>", SLOT_ARTICLE)
    stats = check._word_stats(document, check._mentions(document))
    assert ("abbey", "abe") in set(check._same_slot_pairs(stats))


def test_word_stats_properties_answer_as_by_is_single() -> None:
    check = builtin_rule("name-variant").check
    for text in [SLOT_ARTICLE, ARTICLE, "Abe. Abe spoke. Shinzo Abe left. Speaking, Abe said."]:
        document = Document("<t>", text)
        for word_stats in check._word_stats(document, check._mentions(document)).values():
            pairs = word_stats.occurrences
            assert word_stats.in_full_name == any(not m.is_single for m, _ in pairs)
            assert word_stats.standalone == any(m.is_single for m, _ in pairs)
            assert word_stats.only_initial == all(m.is_single and m.initial for m, _ in pairs)
