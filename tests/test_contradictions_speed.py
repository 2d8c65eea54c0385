"""The shortcuts of the contradictions, phrases and acronyms checks answer as the plain
forms do (speed never changes a finding): each fast path is run next to the plain
computation it replaces, on invented sentences written to reach its corner cases."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from newslint.check import CheckContext, Resources
from newslint.checks.contradictions import polarity_clash, self_reference
from newslint.checks.contradictions.clause_words import _NEGATOR
from newslint.checks.contradictions.lexicon import lowered_text, sentences_with_negators
from newslint.checks.phrases.existence import ExistenceCheck
from newslint.document import Document
from newslint.text.regex import compile_pattern
from tests.helpers import builtin_rule

# Sentences with the words the searches look for in every case and place: inside other
# words, after digits and underscores, with both apostrophes, a long s, a dotted capital I
# (lowering it moves the characters after it, so the plain search must be taken).
TEXTS = [
    "He said she would not go. SHE never did; Ashe and Shea cannot stay, he's sure.",
    "No. Nobody knows. Annotations by Bono can't be found; it isn’t clear, NOT NEVER no-one.",
    "Sandy and Andy went AND came back; hand-and-foot, and_so, _and, 2and, and2.",
    "ſhe left and he stayed; the-he and she-wolf, theʼs she’s HE’D.",
    "İstanbul said no. He did not know and she cannot say.",
    "Xno not, annotate cannot, didn't, nn't, cannot't, ñno 2no no2 no_ _no non-no.",
    "The Σ index rose and fell; the firm did NOT say so, he noted.",
    "",
    "n't",
]


def _sentences(document: Document, pattern: re.Pattern[str]) -> list[int]:
    """The plain form: the sentences of the case-blind pattern's matches, in the text."""
    found = {document.sentence_index(m.start()) for m in pattern.finditer(document.text)}
    return sorted(i for i in found if i is not None)


def test_lowering_moves_no_character_into_or_out_of_the_word_characters() -> None:
    """What the searches in the lowered text rely on, on every code point."""
    word = re.compile(r"[^\W_]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1:
            continue  # lowered_text is None for a text with such a character
        assert bool(word.match(char)) == bool(word.match(lower)), hex(code)
        if lower != char and lower.isascii() and not char.isascii():
            assert char == "\u212a" and lower == "k"  # the Kelvin sign: no word has a k


def test_lowered_text_keeps_every_character_in_its_place_or_is_none() -> None:
    assert lowered_text(Document("x.txt", "He SAID No.")) == "he said no."
    assert lowered_text(Document("x.txt", "İstanbul")) is None


@pytest.mark.parametrize("text", TEXTS)
def test_the_negator_search_finds_what_the_case_blind_expression_finds(text: str) -> None:
    document = Document("x.txt", text)
    assert sentences_with_negators(document) == _sentences(document, _NEGATOR)


@pytest.mark.parametrize("text", TEXTS)
def test_the_pronoun_search_finds_what_the_case_blind_expression_finds(text: str) -> None:
    document = Document("x.txt", text)
    expected = [document.sentences[i] for i in _sentences(document, self_reference._PRONOUN)]
    assert self_reference._sentences_with_pronouns(document) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_the_and_search_finds_what_the_case_blind_expression_finds(text: str) -> None:
    document = Document("x.txt", text)
    lowered = lowered_text(document)
    if lowered is None:
        return
    plain = _sentences(document, polarity_clash._AND)
    fast = sorted({document.sentence_index(m.start())
                   for m in polarity_clash._AND_LOWER.finditer(lowered)} - {None})
    assert fast == plain


# -- existence: one search for all of a rule's words and patterns first -------------------


def _existence(tokens: list[str], patterns: list[str], ignorecase: bool = True) -> ExistenceCheck:
    params = {"tokens": tuple(tokens), "patterns": tuple(patterns), "ignorecase": ignorecase,
              "exceptions": (), "nonword": False}
    return ExistenceCheck(params, CheckContext("test/existence", Path("."), Resources()))


def _plain_spans(check: ExistenceCheck, text: str) -> set[tuple[int, int]]:
    saved, check._any = check._any, None
    try:
        return check.spans(text)
    finally:
        check._any = saved


EXISTENCE_TEXTS = [
    "Here is the translation of the article. TK to come.",
    "The minister resigned. Machine translated from Persian.\nmachine translated by a tool",
    "Prices rose 5 USD and 10EUR; [insert quote here] {{name}} XXX",
    "Nothing to see in this short story about a quiet day.",
    "",
]


@pytest.mark.parametrize("rule", ["translation-artifacts", "unfinished-copy",
                                  "currency-code-after-amount", "source-voice"])
@pytest.mark.parametrize("text", EXISTENCE_TEXTS)
def test_a_rule_searched_at_once_finds_what_it_finds_pattern_by_pattern(
        rule: str, text: str) -> None:
    check = builtin_rule(rule).check
    assert isinstance(check, ExistenceCheck)
    assert check.spans(text) == _plain_spans(check, text)


def test_inline_flags_keep_to_their_own_pattern_in_the_alternation() -> None:
    check = _existence([], ["(?m)^draft\\b", "final$"], ignorecase=False)
    assert check._any is not None
    for text in ("a\ndraft here", "draft", "a draft\nfinal copy", "the final", "Draft\nFINAL"):
        assert check.spans(text) == _plain_spans(check, text)
    assert check.spans("a\ndraft here") == {(2, 7)}
    assert check.spans("a draft\nfinal copy") == set()


def test_patterns_that_cannot_be_joined_are_searched_one_by_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint.checks.phrases import existence

    def refuse_alternations(pattern: str, ignore_case: bool = False) -> object:
        if pattern.startswith("(?:(?:"):
            raise existence.PatternError("too large")
        return compile_pattern(pattern, ignore_case)

    monkeypatch.setattr(existence, "compile_pattern", refuse_alternations)
    check = _existence(["tk"], ["(?P<x>foo)", "(?P<y>bar)"])
    assert check._any is None
    assert check.spans("foo and bar, TK") == {(0, 3), (8, 11), (13, 15)}


def test_an_empty_match_does_not_hide_the_others() -> None:
    check = _existence(["stop"], ["x*"])
    for text in ("", "full stop", "no match"):
        assert check.spans(text) == _plain_spans(check, text)
    assert check.spans("full stop") == {(5, 9)}


# -- negation-flip: the words that name a head, once per distinct word ----------------------


def test_the_words_naming_a_head_are_those_the_word_by_word_test_finds() -> None:
    from newslint.checks.contradictions.lexicon import Lexicon
    from newslint.checks.contradictions.negation_flip import _naming_words

    lexicon = Lexicon()
    text = ("The letters were sent. Two ministers signed the letter. Lettering is an art. "
            "The ministry wrote. Nobody saw the envoys or their LETTERS.")
    document = Document("x.txt", text)
    sentences = [(i, s, document.words_in(s.start, s.end))
                 for i, s in enumerate(document.sentences)]
    heads = {"letter", "minister", "envoy"}
    initials = {head[:1] for head in heads}

    def names_a_head(words: list[str]) -> bool:  # the plain form, word by word
        return any(w in heads for w in words) or any(
            w[:1] in initials and lexicon.noun_lemma(w) in heads for w in words)

    naming = _naming_words(sentences, heads, lexicon.noun_lemma)
    assert [not naming.isdisjoint(words) for _i, _s, words in sentences] == [
        names_a_head(words) for _i, _s, words in sentences]
    assert {"letters", "ministers", "letter", "envoys"} <= naming
    assert "lettering" not in naming and "ministry" not in naming


# -- polarity-clash: two polar words, counted from the set of distinct ones ---------------


@pytest.mark.parametrize("words", [
    [], ["good"], ["good", "good"], ["good", "bad"], ["good", "and", "fair"],
    ["the", "talks", "and", "more"], ["bad", "and", "bad", "news"], ["good", "good", "bad"],
])
def test_two_polar_words_are_counted_as_the_plain_sum_counts_them(words: list[str]) -> None:
    polarity = {"good": 1, "bad": -1, "fair": 1}
    assert polarity_clash._two_polar_words(words, polarity) == (
        sum(1 for word in words if word in polarity) >= 2)


# -- doubled-word: the pairs of equal neighbours first ------------------------------------


@pytest.mark.parametrize("text", [
    "The the report said that that was was fine.",
    "He went on on Monday; Bora Bora, THE The, don’t don't, it's it’s, 5 5 days.",
    "İİ ii the the Σσ ΣΣ, and and.",
    "",
])
def test_neighbours_with_equal_lower_cases_have_equal_words(text: str) -> None:
    """The fast path tests in full only the neighbours whose words are equal: every pair
    the plain loop would test further (equal lower cases) is among them."""
    document = Document("x.txt", text)
    tokens, words = document.tokens, document.words_in(0, len(text))
    assert len(words) == len(tokens)
    for index in range(1, len(tokens)):
        if tokens[index].text.lower() == tokens[index - 1].text.lower():
            assert words[index] == words[index - 1]


def test_doubled_words_are_still_found() -> None:
    from tests.helpers import flagged

    assert flagged("doubled-word", "The the report said it was was fine.") == (
        "The the", "was was")
    assert flagged("doubled-word", "They don’t don't agree.") == ()


# -- acronym-expansion: the dash pattern only where there is a dash -----------------------


@pytest.mark.parametrize("text", [
    "The agency – IAEA – said so. The bank, or BIS, agreed.",
    "The International Atomic Energy Agency — IAEA.",
    "The Bank for International Settlements, or BIS, agreed.",
    "No dash here - just a hyphen - IAEA.",
])
def test_acronym_candidates_without_a_dash_are_those_of_the_full_search(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint.checks.acronyms import definitions

    fast = list(definitions.candidates(Document("x.txt", text), 8))

    class AlwaysDash(str):  # a text that claims every dash, so nothing is skipped
        def __contains__(self, item: object) -> bool:
            return True

    document = Document("x.txt", text)
    document.text = AlwaysDash(text)
    assert list(definitions.candidates(document, 8)) == fast


# -- the word table's network: its answers remembered -------------------------------------


def test_the_remembered_network_answers_as_the_network_does() -> None:
    from newslint.text import lemmas
    from newslint.text.wordtable import open_table

    table = open_table()
    if table is None:
        pytest.skip("no word table in this environment")
    for word in ("frobnicate", "glorp", "zizzed", "blorbing", "frobnicate"):
        for name in ("inflection", "lemma"):
            assert lemmas._predict(table, name, word, "VERB") == lemmas._predict.__wrapped__(
                table, name, word, "VERB")


@pytest.mark.parametrize("style", ["all_upper", "first_upper", "lower", "other"])
def test_caps_on_a_whole_entry_are_those_on_each_form(style: str) -> None:
    from newslint.text import lemmas

    forms = {"VERB": ("send", "Sent", "SENDS", "o'neill", "éclair", "ǅemal", "straße"),
             "NOUN": (), "ADJ": ("İzmir", "ΣΟΦΙΑ")}
    assert lemmas._caps_dict(forms, style) == {
        key: tuple(lemmas._apply_caps(word, style) for word in words)
        for key, words in forms.items()}


def test_the_lexicons_memos_are_bounded_and_answer_alike_after_a_reset(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint.checks.contradictions import lexicon as lexicon_module

    monkeypatch.setattr(lexicon_module, "_MAX_WORDS", 3)
    words = ["sent", "letters", "signed", "ministers", "was", "sent", "letters", "runs"]
    small, plain = lexicon_module.Lexicon(), lexicon_module.Lexicon()
    for word in words:
        assert small.verb_lemma(word) == plain._find_verb_lemma(word)
        assert small.noun_lemma(word) == plain._find_noun_lemma(word)
        lemma = small.verb_lemma(word)
        assert small.verb_tags(word, lemma) == plain._find_verb_tags(word, lemma)
        assert len(small._verb_lemmas) <= 3 and len(small._noun_lemmas) <= 3
        assert len(small._verb_tags) <= 3


# -- russian-place-names: the front matter read only where there is something to report ---


@pytest.mark.parametrize("front", ["date: 2005-01-10\n", "date: 2023-01-10\n", "published: 2004\n",
                                   "date: not a date\n", ""])
@pytest.mark.parametrize("body", ["Talks were held in Kiev and Kharkov.", "Talks were held.", ""])
def test_substitution_answers_as_when_the_date_was_read_first(front: str, body: str) -> None:
    from newslint.checks.phrases.substitution import SubstitutionCheck
    from newslint.formats import build_document
    from newslint.text.matching import overlaps_exception

    check = builtin_rule("russian-place-names").check
    assert isinstance(check, SubstitutionCheck)
    document = build_document("a.md", f"---\ntitle: Gas deal\n{front}---\n{body}\n")
    text = document.text
    plain = [] if check._predates_rule(document) else [  # the plain order: the date first
        (start, end) for start, end in check._matcher.finditer(text)
        if not overlaps_exception(text, start, end, check._exceptions)
        and check._swap.get(check._key(text[start:end])) not in (None, text[start:end])]
    assert [(m.start, m.end) for m in check.run(document)] == plain
