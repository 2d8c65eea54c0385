"""Evidence gates of the contradictions, phrases, typography and numbers families: each
lets through every article, sentence or clause its check could report in, so a gated
check answers exactly as its plain, ungated form does. On invented sentences; no timing
here (benchmarks/rules_cpu.py measures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import CheckContext, Match, Resources
from newslint.checks.contradictions.polarity_clash import PolarityClashCheck, may_clash
from newslint.checks.phrases.repetition import (
    RepetitionCheck,
    _clause_ranges,
    may_repeat_a_head,
)
from newslint.document import Document
from newslint.text.stemming import stem
from tests.helpers import builtin_rule

# -- polarity-clash: an article or sentence without two polar words that can disagree ------

POLARITY_TEXTS = [
    "Khamenei called the talks wise, intelligent and dishonorable.",
    "Inspectors found the tender transparent and not corrupt. The tender was fair.",
    "The minister called the plan fair and honest and wise.",
    "Critics called the play clumsy and dull. Others said it was long and boring.",
    "Officials called the deal good and not bad; others called it never good and fair.",
    "The report was balanced and hardly fair, the panel said.",
    "Reviewers called the drama disturbing and compelling, but safe and less honest.",
    "The talks were long and detailed. Nobody called them good.",
    "The court called the ruling fair. It called the appeal dishonest and cruel.",
    "Good and good and good.",
    "The count was transparent and illegitimate, and it was fair and legitimate.",
    "The weather was sunny and warm.",
    "",
]


def _plain_clashes(check: PolarityClashCheck, document: Document) -> list[Match]:
    """Every sentence read, with no test before."""
    found: list[Match] = []
    for sentence in document.sentences:
        tokens = document.tokens_in(sentence.start, sentence.end)
        words = document.words_in(sentence.start, sentence.end)
        found.extend(check._sentence(document, sentence, tokens, words))
    return found


@pytest.mark.parametrize("text", POLARITY_TEXTS)
def test_polarity_clash_finds_with_its_gates_what_every_sentence_read_finds(text: str) -> None:
    check = builtin_rule("polarity-clash").check
    assert isinstance(check, PolarityClashCheck)
    document = Document("x.txt", text)
    assert list(check.run(Document("x.txt", text))) == _plain_clashes(check, document)


@pytest.mark.parametrize("text", POLARITY_TEXTS)
def test_a_text_refused_by_may_clash_has_no_clash_in_any_sentence(text: str) -> None:
    check = builtin_rule("polarity-clash").check
    assert isinstance(check, PolarityClashCheck)
    document = Document("x.txt", text)
    plain = _plain_clashes(check, document)
    if not may_clash(document.words_in(0, len(text)), check._polarity):
        assert plain == []
    for sentence in document.sentences:
        if not may_clash(document.words_in(sentence.start, sentence.end), check._polarity):
            assert [m for m in plain if sentence.start <= m.start < sentence.end] == []


@pytest.mark.parametrize(("words", "expected"), [
    (["good", "and", "fair"], False),  # two polar words of one sign, no negator
    (["good", "and", "bad"], True),
    (["good", "and", "not", "fair"], True),  # a negator may turn one round
    (["good", "and", "hardly", "fair"], True),
    (["good"], False),
    (["good", "good"], False),  # one sign
    (["good", "not", "good"], True),
    (["the", "talks"], False),
    ([], False),
])
def test_may_clash_wants_two_polar_words_of_both_signs_or_a_negator(
        words: list[str], expected: bool) -> None:
    assert may_clash(words, {"good": 1, "fair": 1, "bad": -1}) is expected


# -- stem-repetition: a clause whose compound heads start no other word there ---------------

STEM_TEXTS = [
    "The deep-rooted distrust between the two sides is rooted in history.",
    "The long-standing dispute stands in the way of a deal.",
    "The war-torn city was torn apart, residents said.",
    "The deep-rooted distrust has deep roots, and the war-torn city mourned.",
    "A hard-won peace, which was won at a cost; the hard-won peace held.",
    "The sun-dried tomatoes dried quickly. The sun-dried fish was dry.",
    "The state-owned firm, which the state owns, said the state-owned bank owns it.",
    "A well-known author, known for rock'n'roll, wrote about the well-rolled rolls.",
    "The ΣΟΦΙΑ-backed group was backed by Σοφία; the army-backed Σ-backed units backed off.",
    "The man-made lake was made in 1990; the man-made island was MADE later.",
    "The tax-cutting plan cuts taxes; the cost-cutting drive cut costs.",
    "The flood-hit village was hit again; the storm-hit coast’s hit-list was long.",
    "The two-year plan, a year-long effort, lasted a year.",
    "The oil-rich state is rich; an İstanbul-based firm is based in İstanbul.",
    "The sun-İlluminated hall was İlluminated; the war-İİİs İİİ İİİs met “war-torn” torn.",
    "The ΣΟΦΟΣ-led ΣΟΦΟΣ list led; the army-ΣΑΣ ΣΑΣ units; the ΑΣ-backed backers’ backs.",
    "The city’s long-standing dispute “stands” in the way; the hard-won title was won.",
    "The crème-brûléed desserts were brûléed again; some naïve-seeming plans seemed naïve.",
    "The işçi-backed işçis backed it; the çelik-plated çeliks were plated and ΣΟΦΟΣ left.",
    "",
]


def _stem_check(min_stem: int) -> RepetitionCheck:
    params = dict(builtin_rule("stem-repetition").check.params)
    params["min_stem"] = min_stem
    return RepetitionCheck(params, CheckContext("test/stem", Path("."), Resources()))


def _plain_repeats(check: RepetitionCheck, document: Document) -> list[Match]:
    """Every clause of every sentence read, with no test before."""
    found: list[Match] = []
    for sentence in document.sentences:
        for start, end in _clause_ranges(document.text, sentence):
            found.extend(check._stem_repeats(document, document.tokens_in(start, end)))
    return sorted(found)


@pytest.mark.parametrize("min_stem", [1, 2, 3, 4, 5, 7])
@pytest.mark.parametrize("text", STEM_TEXTS)
def test_stem_repetition_finds_with_its_gates_what_every_clause_read_finds(
        text: str, min_stem: int) -> None:
    check = _stem_check(min_stem)
    gated = sorted(check.run(Document("x.txt", text)))
    assert gated == _plain_repeats(check, Document("x.txt", text))


def test_the_stem_repeats_are_still_found() -> None:
    check = _stem_check(4)
    found = list(check.run(Document("x.txt", STEM_TEXTS[0])))
    assert [STEM_TEXTS[0][m.start:m.end] for m in found] == ["rooted"]


@pytest.mark.parametrize("word", [
    "rooted", "roots", "stopped", "cities", "flies", "dying", "tied", "studied", "Taxes",
    "classes", "uses", "made", "MADE", "buses", "analyses", "hoped", "hopping", "bed",
    "seeing", "agreed", "fizzed", "Iran's", "ties", "lies", "skiing", "eyed", "being",
])
def test_a_stem_of_n_letters_starts_with_the_words_first_n_minus_one_letters(word: str) -> None:
    """What ``may_repeat_a_head`` relies on: ``stem`` cuts a word short and may add one
    letter at its end, nothing else."""
    lowered = word.lower()
    stemmed = stem(word)
    assert stemmed[:-1] == lowered[: len(stemmed) - 1]


@pytest.mark.parametrize(("clause", "heads", "expected"), [
    ("the deep-rooted distrust is rooted in", {"rooted"}, True),
    ("the deep-rooted distrust is strong", {"rooted"}, False),
    ("The DEEP-ROOTED distrust is Rooted", {"ROOTED"}, True),
    ("the Σ-rooted distrust", {"rooted"}, True),  # a capital sigma: let through
    ("the “deep-rooted” distrust is strong", {"rooted"}, False),
    ("the İstanbul-based firm is based", {"based"}, True),
    ("the sun-İlluminated hall was İlluminated", {"İlluminated"}, True),
    ("the sun-İlluminated hall was lit", {"İlluminated"}, False),
    ("", {"rooted"}, False),
])
def test_may_repeat_a_head_counts_the_heads_first_letters(
        clause: str, heads: set[str], expected: bool) -> None:
    assert may_repeat_a_head(clause, heads, 4) is expected


# -- dates: tried only where a date's first characters and what follows them stand ---------

_DATE_WORDS = ["March", "Mar.", "Marchers", "Mayor", "May", "Sept.", "Septic", "September",
               "Jun", "Junior", "Octavia", "October", "Dec.", "Decade", "of", "off", "the",
               "5", "05", "5th", "31st", "2nd", "123", "2025", "2025-03-05", "12.03.2024",
               "04/03/2025", "5-7", "people", "\u2009", "\u00a0", "\n", "\n\n", " ", ",", "."]


def _date_sentences(count: int = 400) -> list[str]:
    import random

    chooser = random.Random(11)
    return ["".join(word + chooser.choice(("", " ", " ", "\n", "\u00a0"))
                    for word in chooser.choices(_DATE_WORDS, k=chooser.randint(1, 25)))
            for _ in range(count)]


def test_every_place_a_date_starts_is_a_candidate() -> None:
    """Each place where ``_DATE`` matches at all (not only where finditer meets one) is
    one the narrowed ``_DATE_START`` finds, so ``date_matches`` passes over none."""
    from newslint.text import dates

    texts = [*_date_sentences(), "On 5 of\nMarch, on the 5th  of March and March\u2009 5th.",
             "Mayor May 5 said Sept. 30 or Sept 3, 2025, and 2025-03-05 or 04/03/2025."]
    matched = 0
    for text in texts:
        starts = {m.start() for m in dates._DATE_START.finditer(text)}
        for at in range(len(text)):
            if dates._DATE.match(text, at) is not None:
                matched += 1
                assert at in starts, (text, at)
    assert matched > 300


# -- number-format: tried only where four digits, or a group of three, can follow ----------

_NUMBER_WORDS = ["1", "5", "12", "123", "1234", "20665", "1,000", "12,500,000", "1.500", "12 500",
                 "1\u00a0500", "1\u202f500", "1\u2009500", "1'500", "1’500", "1’50", "0", "07",
                 "+", "#", "/", ":", "-", ".", ",", "people", "No.", "x", "٣٤٥٦", "1٢٣٤", " "]


def test_every_place_a_number_pattern_matches_is_a_number_start() -> None:
    import random

    from newslint.checks.numbers import number_format

    chooser = random.Random(3)
    texts = ["".join(word + chooser.choice(("", " ", " ", "\u00a0"))
                     for word in chooser.choices(_NUMBER_WORDS, k=chooser.randint(1, 20)))
             for _ in range(400)]
    matched = 0
    patterns = (number_format._GROUPED, number_format._UNGROUPED, number_format._BARE_NUMBER)
    for text in texts:
        starts = set(number_format.number_starts(text))
        for at in range(len(text)):
            if any(pattern.match(text, at) is not None for pattern in patterns):
                matched += 1
                assert at in starts, (text, at)
    assert matched > 300


# -- self-reference: a capitalised word twice, found by iterators in C ---------------------


@pytest.mark.parametrize("text", [
    "Trump informed Abe that he did not consider Trump a valuable partner.",
    "Trump told Abe he would meet Abe's aides; TRUMP and trump are not Trump.",
    "ǅemal met ǅemal; Σ and Σ; 5 and 5; İzmir and İzmir; élan and Élan.",
    "no capitals here at all",
    "",
])
def test_a_capitalised_word_twice_as_the_plain_loop_tells_it(text: str) -> None:
    from newslint.checks.contradictions.self_reference import _a_capitalised_word_twice

    tokens = Document("x.txt", text).tokens
    capitalised = [token.text for token in tokens if token.text[:1].isupper()]
    assert _a_capitalised_word_twice(tokens) is (len(set(capitalised)) < len(capitalised))


# -- the sentences of a few offsets, found by iterators in C -------------------------------


@pytest.mark.parametrize("text", [
    "He did not go.  She never did!\n\nNo one knows. Why not?",
    "  Leading space. Trailing space.   ",
    "No sentence end here",
    "",
])
def test_the_sentences_of_offsets_are_those_sentence_index_gives(text: str) -> None:
    from newslint.checks.contradictions.lexicon import sentences_of

    document = Document("x.txt", text)
    offsets = [*range(-1, len(text) + 2), 0, 0, len(text) - 1]
    plain = sorted({document.sentence_index(at) for at in offsets} - {None})
    assert sentences_of(document, iter(offsets)) == plain
    assert sentences_of(document, []) == []
