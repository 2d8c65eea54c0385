"""The pair-finding modes' shortcuts answer as the plain computation does.

name-variant finds its pairs from the look-alike index's own pairs and groups full names
once per distinct name; organization-near-
miss asks a run's verdict before whether its name goes on, remembers a word's facts and
takes the candidate names per key and size. Each test puts the shortcut next to the plain
form it replaces (the code as it was), on invented articles and on runs made from the
gazetteer's own organisation names with one word swapped, and asks for the same answer.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from newslint.checks.acronyms.forms import LONG_FORM_TOKEN
from newslint.checks.names import variants
from newslint.checks.names import words as words_module
from newslint.checks.names.evidence import korean_respelling
from newslint.checks.names.organization_near_miss import (
    _CONTINUED,
    _RUN,
    _Verdict,
)
from newslint.checks.names.variants import WordStats, _slot_groups, _slot_key
from newslint.checks.names.words import LookAlikePairs, looks_alike
from newslint.document import Document
from newslint.rules.loader import builtin_pack_dir
from newslint.text.folding import fold
from tests.helpers import builtin_rule

# -- name-variant -------------------------------------------------------------------------

ARTICLES = [
    "Prime Minister Shinzo Abe met Shinzo Abbey. Abe said Abbey was late. Fang Fang wrote "
    "and Fan Fang answered; Fang Fang left. Erdoğan and Erdogan spoke, as did Yi-ning and "
    "Yining. Marco Rossi and Marco Rossa met Marcco. Hsia Liyan and Li-Yen Hsia spoke.",
    "Fangfang said Fang Fang was right. Lifeng and Li Feng met in Jinan and Jining. "
    "Mun Jae-in met Moon Jae-in and Moon Jae In. Kenya and Kenyans cheered Bescent and "
    "Bessent. Zhang and Zheng, Zhang Wei and Zheng Wei, argued.",
    "Olga Petrova beat Olga Petrowa and Petrova. Ivan Markov, Ivan Marko and Markov ran. "
    "Koslov Anton met Kozlov Anton. China Japan talks: China-Japan. Tomas Berdych and "
    "Tomáš Berdych; Berdych won. Gloria Estefan visited Florida and Paris; Parisa Khan too.",
    "Nobody here has two spellings. Only Warsaw, Berlin and Madrid are named, with Anna "
    "Nowak and Peter Schmidt.",
]


def _stats(text: str) -> tuple[Any, Document, list[Any], dict[str, WordStats]]:
    check: Any = builtin_rule("name-variant").check
    document = Document("<t>", text)
    mentions = check._mentions(document)
    return check, document, mentions, check._word_stats(document, mentions)


def _plain_same_slot_pairs(stats: dict[str, WordStats]) -> Iterator[tuple[str, str]]:
    """``_same_slot_pairs`` as it was: a group per (full name, slot) occurrence."""
    slots: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    for key, word_stats in stats.items():
        for mention, slot in word_stats.occurrences:
            if len(mention.words) > 1:
                group = _slot_key(mention.words, slot)
                if group is not None:
                    slots[group].add(key)
    for keys in slots.values():
        ordered = sorted(keys)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if not (stats[a].ordinary and stats[b].ordinary) and (
                        looks_alike(fold(a), fold(b), strong_context=True)
                        or korean_respelling(fold(a), fold(b))
                        or korean_respelling(fold(b), fold(a))):
                    yield a, b


def _plain_surname_pairs(check: Any, stats: dict[str, WordStats]) -> Iterator[tuple[str, str]]:
    """``_surname_pairs`` as it was: every squashed key asked for its look-alikes."""
    folded_keys: dict[str, list[str]] = defaultdict(list)
    for key, word_stats in stats.items():
        folded_keys[word_stats.squashed].append(key)
    index = variants.own_index(stats)
    for folded, keys in folded_keys.items():
        for other in index.near(folded):
            if other < folded:
                continue
            for a in keys:
                for b in folded_keys[other]:
                    if check._surname_pair(stats[a], stats[b]):
                        yield (a, b) if a < b else (b, a)


def _plain_variant_pairs(check: Any, stats: dict[str, WordStats]) -> dict[tuple[str, str], str]:
    """``_variant_pairs`` as it was, from the plain pair finders."""
    pairs: dict[tuple[str, str], str] = {}
    folded_keys: dict[str, list[str]] = defaultdict(list)
    for key, word_stats in stats.items():
        folded_keys[word_stats.squashed].append(key)
    for keys in folded_keys.values():
        pairs.update(((a, b), "spelling") for a in keys for b in keys if a < b)
    for pair in _plain_same_slot_pairs(stats):
        pairs.setdefault(pair, "slot")
    for pair in _plain_surname_pairs(check, stats):
        pairs.setdefault(pair, "surname")
    result = {}
    for (a, b), evidence in pairs.items():
        if check._gazetteer_ties(stats[a], stats[b]) or check._gazetteer_ties(stats[b], stats[a]):
            evidence = "tie"
        elif check._known(a) and check._known(b):
            continue
        if not check._different_names(stats[a], stats[b], evidence):
            result[(a, b)] = evidence
    return result


@pytest.mark.parametrize("text", ARTICLES)
def test_variant_pairs_are_the_plain_ones(text: str) -> None:
    check, _, _, stats = _stats(text)
    assert check._variant_pairs(stats) == _plain_variant_pairs(check, stats)
    assert sorted(check._same_slot_pairs(stats)) == sorted(_plain_same_slot_pairs(stats))
    assert sorted(check._surname_pairs(stats, variants._keys_by_squashed(stats))) == sorted(
        _plain_surname_pairs(check, stats))


def test_the_invented_articles_have_pairs_of_every_kind() -> None:
    """The equality above is no accident of empty answers."""
    evidence: Counter[str] = Counter()
    for text in ARTICLES:
        check, _, _, stats = _stats(text)
        evidence.update(check._variant_pairs(stats).values())
    assert {"spelling", "slot", "surname"} <= set(evidence), evidence


@pytest.mark.parametrize("text", ARTICLES)
def test_the_findings_are_those_of_the_plain_pair_finders(text: str, monkeypatch: Any) -> None:
    check, document, mentions, stats = _stats(text)
    fast = [(m.start, m.end, m.values, m.suggestions) for m in check.run(document)]
    monkeypatch.setattr(type(check), "_variant_pairs",
                        lambda self, s, mentions=None: _plain_variant_pairs(self, s))
    plain = [(m.start, m.end, m.values, m.suggestions) for m in check.run(document)]
    assert fast == plain


SLOT_TEXTS = [
    *ARTICLES, "Shinzo Abe met Shinzo Abbey.", "Fang Fang wrote; Fang Fang left.",
    "Anna Nowak and Peter Schmidt met Anna Nowak.", "Hsia Liyan and Li-Yen Hsia.",
    "Li Wei met Zhang Wei and Li Na.", "Ursula von der Leyen and Ursula von der Layen.",
    "Jean-Claude Juncker, Jean Claude Junker and Juncker.", "Marco Rossi, MARCO ROSSI.",
]


@pytest.mark.parametrize("text", SLOT_TEXTS)
def test_the_slot_gate_never_drops_a_pair(text: str) -> None:
    check, _, mentions, stats = _stats(text)
    gated = sorted(check._same_slot_pairs(stats, mentions))
    assert gated == sorted(check._same_slot_pairs(stats)) == sorted(_plain_same_slot_pairs(stats))
    if gated:
        assert variants._slots_may_pair(mentions)


def test_the_slot_gate_lets_through_what_may_pair_and_stops_the_rest() -> None:
    may = [variants._slots_may_pair(_stats(text)[2]) for text in SLOT_TEXTS]
    assert may[SLOT_TEXTS.index("Shinzo Abe met Shinzo Abbey.")]
    assert not may[SLOT_TEXTS.index("Anna Nowak and Peter Schmidt met Anna Nowak.")]
    assert not may[SLOT_TEXTS.index(ARTICLES[3])]


@pytest.mark.parametrize("words", [("Fang", "Fang"), ("Hsia", "Liyan"), ("Li-Yen", "Hsia"),
                                   ("Moon", "Jae", "In"), ("The", "Of", "Li"), ("A", "B"),
                                   ("Ursula", "von", "der", "Leyen"), ("Erdoğan", "Erdogan"),
                                   ("Li", "Na"), ("Al", "Gore"), ("The", "Times"), ("Ab", "Cd")])
def test_slot_groups_are_each_slots_key(words: tuple[str, ...]) -> None:
    assert _slot_groups(words) == tuple(_slot_key(words, slot) for slot in range(len(words)))


def test_the_two_occurrence_tests_answer_as_any() -> None:
    _, _, _, stats = _stats(ARTICLES[0])
    for word_stats in stats.values():
        occurrences = word_stats.occurrences
        assert word_stats.standalone == any(len(m.words) == 1 for m, _ in occurrences)
        assert word_stats.in_full_name == any(len(m.words) > 1 for m, _ in occurrences)
    assert any(s.standalone for s in stats.values()) and any(s.in_full_name for s in stats.values())


def test_keys_by_squashed_form_group_the_keys_in_order() -> None:
    for text in ARTICLES:
        _, _, _, stats = _stats(text)
        plain: dict[str, list[str]] = defaultdict(list)
        for key, word_stats in stats.items():
            plain[word_stats.squashed].append(key)
        fast = variants._keys_by_squashed(stats)
        assert len(fast) == len(plain)
        assert {folded: fast[folded] for folded in plain} == dict(plain)
        assert list(fast.values()) == list(plain.values())


def test_the_index_pairs_are_its_near_words() -> None:
    words = ["wang", "wong", "abe", "abbey", "bessent", "bescent", "fang", "fan", "paris"]
    index = LookAlikePairs(words, ["wang", "abe", "bescent", "fan"])
    plain = {(a, b) for a in words for b in index.near(a) if a < b}
    assert set(index.pairs()) == plain and ("bescent", "bessent") in plain


# -- organization-near-miss ---------------------------------------------------------------


def _plain_near_miss(check: Any, words: tuple[str, ...]) -> _Verdict | None:
    """``_near_miss`` as it was: every candidate of every size, facts per word asked."""
    forms = check._index.forms

    def facts_of(word: str) -> tuple[str, bool] | None:
        return check._facts_of_word(word)

    facts = [facts_of(w) for w in words]
    known = {i: fact for i, fact in enumerate(facts) if fact is not None}
    content = list(known)
    if len(content) < 3 or not any(fact[1] for fact in known.values()):
        return None
    keys = {i: fact[0] for i, fact in known.items()}
    starts = [k for k, i in enumerate(content) if k == 0 or fold(words[i - 1]) in ("of", "the")]
    by_size = {len(content) - k: content[k:] for k in starts
               if any(forms.has_synonyms(keys[i]) for i in content[k:])}
    if not by_size:
        return None
    candidates: dict[str, Any] = {}
    for i in content:
        for form in check._index.by_key.get(keys[i], ()):
            candidates.setdefault(form.text, form)
    swappable = {size: frozenset().union(*(check._keys_synonymous_with(keys[i]) for i in window))
                 for size, window in by_size.items()}
    for form in candidates.values():
        window = by_size.get(len(form.content))
        if window is not None and not swappable[len(form.content)].isdisjoint(form.content):
            verdict = check._compare(words, window, keys, form)
            if verdict is not None:
                return verdict
    return None


def _swapped_runs(count: int) -> list[str]:
    """Runs made from the gazetteer's organisation names: each with one content word
    replaced by a word of its synonym set, some behind "the" or a place, some as is."""
    check: Any = builtin_rule("organization-near-miss").check
    forms = check._index.forms
    data = yaml.safe_load((builtin_pack_dir() / "data" / "acronym-synonyms.yaml").read_text())
    groups = [[w.title() for w in group] for group in data["synonyms"]]
    names = sorted({form.text for known in check._index.by_key.values() for form in known})
    rng = random.Random(7)
    runs: list[str] = []
    for text in rng.sample(names, min(count, len(names))):
        words = text.split()
        runs.append(text)
        for position, word in enumerate(words):
            key = forms.key(word)
            for group in groups:
                if any(forms.key(other) == key for other in group):
                    for other in group:
                        swapped = " ".join([*words[:position], other, *words[position + 1 :]])
                        runs += [swapped, f"The {swapped}", f"Iran's {swapped}"]
    return runs


def test_near_miss_verdicts_are_the_plain_ones_on_swapped_gazetteer_names() -> None:
    check: Any = builtin_rule("organization-near-miss").check
    runs = _swapped_runs(150)
    verdicts = 0
    for run in runs:
        words = tuple(LONG_FORM_TOKEN.findall(run))
        fast = check._near_miss(words)
        assert fast == _plain_near_miss(check, words), run
        verdicts += fast is not None
    assert verdicts > 20  # the runs do make near misses, not only None


ORG_TEXT = (
    "The International Atomic Energy Organization said on Monday that the Islamic "
    "Revolutionary Guard Army had met the International Criminal Tribunal for the former "
    "Yugoslavia. The World Health Agency and the World Health Organization agreed."
)


def test_the_run_findings_are_those_of_the_old_order() -> None:
    """The continuation test after the verdict, not before: the same matches."""
    check: Any = builtin_rule("organization-near-miss").check
    for text in [ORG_TEXT, *ORG_TEXT.split(". ")]:
        plain = []
        for run in _RUN.finditer(text):
            if _CONTINUED.match(text, run.end()):
                continue
            found = check._verdict(run.group())
            if found is not None:
                plain.append((run.start() + found.first, run.start() + found.last, found.expected))
        fast = [(m.start, m.end, m.values["expected"]) for m in check.run(Document("<t>", text))]
        assert fast == plain
    assert len(list(check.run(Document("<t>", ORG_TEXT)))) == 2  # the Tribunal goes on


def test_the_index_answers_for_words_with_no_look_alike_and_words_not_indexed() -> None:
    from newslint.checks.names.words import LookAlikeIndex

    words = ["wang", "wong", "abe", "abbey", "paris", "london", "lindon", "erdogan"]
    full = LookAlikeIndex(words)
    for queried in (None, ["wang", "paris"], words):
        index = LookAlikePairs(words, queried)
        assert index.near("paris") == set() == full.near("paris")  # indexed, alone
        for other in ["wung", "londan", "abbe", "zzzzz"]:  # not indexed: compared afresh
            assert index.near(other) == full.near(other), (queried, other)
    assert LookAlikePairs(words, None).near("wung") == {"wang", "wong"}


def test_squash_removes_what_the_deletion_table_removed() -> None:
    from newslint.checks.names.words import squash

    table = str.maketrans("", "", "-' ")
    rng = random.Random(5)
    alphabet = "aZ-' .b9Q’éŁß\u0301İ"
    for _ in range(3000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        assert squash.__wrapped__(word) == fold(word).translate(table), word


def _deletions_plain(word: str) -> frozenset[str]:
    """The deletion keys as first written: one letter off, then one more off each of those."""
    once = {word[:i] + word[i + 1 :] for i in range(len(word))}
    if 3 < len(word) <= 9:
        once |= {w[:i] + w[i + 1 :] for w in once for i in range(len(w))}
    once.add(word)
    return frozenset(once)


@pytest.mark.parametrize("word", ["", "a", "ab", "abc", "abcd", "anna", "bessent", "mississip",
                                  "aaaaaaaaa", "khamenei", "tenletters", "zelenskyy", "ōtani"])
def test_deletion_keys_are_every_pair_of_positions_removed_once(word: str) -> None:
    assert words_module._deletions(word) == _deletions_plain(word)


@given(st.text(alphabet="abcdeéxyz", max_size=11))
def test_deletion_keys_match_the_plain_form_on_any_word(word: str) -> None:
    assert words_module._deletions(word) == _deletions_plain(word)
