"""Evidence gates (newslint.evidence): each is a superset of what its check can find.

Every test compares a gate with the plain answer: the check run without the gate, or the
condition written out character by character. No timing here (benchmarks/rules_cpu.py).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.check import Resources
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.evidence import (
    ASCII_LETTERS,
    adjacent,
    all_of,
    character_class,
    characters,
    substring,
)
from newslint.rules.loader import BUILTIN_PACK, builtin_pack_dir, load_rule_file, pack_files

# Invented copy with some of everything the light rules look for (and copy that has none).
TEXTS = [
    "The minister said , however , that talks would resume .",
    "Prices rose 5% this year.The central bank,however,held rates.",
    "Wait.. what happened?! He left,, and then;; nothing.",
    "He called it “a fresh start” , and she said \"no\".",
    "The report (published on Monday said the plan [was] late.",
    "A closing bracket) without its partner, and a {brace.",
    "She said: “We will stay. “We have no choice.",
    "'Tis the season, said the ‘ever hopeful mayor.",
    "The mayor’s office said the vote was “fair”, the council said it was “rigged.”",
    "Officials said “yes.” Others said “no”. Critics said \"maybe\".",
    "Beijing，China。The 【news】 came late.",
    "The café’s owner, Ms Dupont, said the soufflé was “magnifique”…",
    "Kiev\u200b reported a ceasefire and the govern\u00a0ment fell.",
    "The file had a bad byte \ufffd here and a bell \x07 there.",
    "An escape \x1b[31mred\x1b[0m in copy, and a C1 control \x85 too.",
    "CafÃ© owners said Iranâ€™s talks were â€œcrucialâ€\x9d.",
    "Moscow (Москва) is not Кyiv; Tokyo is 東京.",
    "<!-- newslint-disable-next-line newslint/doubled-wrod -->\nThe the end.",
    "A line with a tab\t; and a narrow no-break space\u202f: both before marks.",
    "Numbers like 3.5, 10:30 and 1,000 are fine, as is U.S. policy and e.g. this.",
    "Plain copy with nothing unusual in it at all.",
    "",
    "\u00a0, a no-break space first, then an ellipsis... and a lone surrogate \ud800.",
]


def _rules():
    """Every built-in rule whose check declares evidence."""
    rules = []
    for path in pack_files(builtin_pack_dir()):
        for rule in load_rule_file(path, BUILTIN_PACK, Resources()):
            if rule.check.evidence is not None:
                rules.append(rule)
    return rules


RULES = _rules()


def _texts() -> list[str]:
    """TEXTS and the examples of every built-in rule (each rule's own invented sentences,
    which are where its findings are)."""
    examples = [example.text for path in pack_files(builtin_pack_dir())
                for rule in load_rule_file(path, BUILTIN_PACK, Resources())
                for example in rule.examples]
    return TEXTS + examples


def test_the_light_rules_declare_evidence() -> None:
    names = {rule.name for rule in RULES}
    assert {"unbalanced-quotes", "unbalanced-brackets", "space-before-punctuation",
            "doubled-punctuation", "missing-space-after-punctuation", "mixed-quote-style",
            "quote-punctuation-placement", "cjk-punctuation", "mojibake",
            "replacement-character", "control-characters", "invisible-characters",
            "no-break-space", "untranslated-fragment", "unknown-suppression"} <= names


def test_a_check_finds_nothing_where_its_evidence_is_missing() -> None:
    """Run every gated check without the gate: wherever it finds something, the gate
    lets the document through. (And the gates do skip some of these texts.)"""
    skipped = 0
    fired: set[str] = set()
    for text in _texts():
        for rule in RULES:
            document = Document("t.txt", text)
            found = list(rule.check.run(document))
            present = rule.check.evidence.present(document)
            assert present or not found, (rule.id, text)
            skipped += not present
            if found:
                fired.add(rule.id)
    assert skipped > len(RULES)
    assert fired == {rule.id for rule in RULES}  # each gate was tested where it matters


def test_the_engine_reports_the_same_with_and_without_gates() -> None:
    ungated = [rule._replace(check=_Ungated(rule.check)) for rule in RULES]
    for text in _texts():
        gated_findings = check_document(Document("t.txt", text), RULES, RunSettings())
        plain = check_document(Document("t.txt", text), ungated, RunSettings())
        assert gated_findings == plain, text


class _Ungated:
    """A check as it is, but with no evidence: the engine always runs it."""

    evidence = None

    def __init__(self, check: object) -> None:
        self._check = check

    def __getattr__(self, name: str) -> object:
        return getattr(self._check, name)


def test_engine_skips_a_check_without_its_evidence() -> None:
    calls: list[str] = []

    class Counting:
        evidence = characters("¶")
        offsets_in_source = False
        honours_vocabulary = False

        def run(self, document: Document) -> list[object]:
            calls.append(document.text)
            return []

    (rule,) = [RULES[0]._replace(check=Counting())]
    check_document(Document("a.txt", "No pilcrow here."), [rule, rule], RunSettings())
    check_document(Document("b.txt", "A pilcrow ¶ here."), [rule], RunSettings())
    assert calls == ["A pilcrow ¶ here."]


# -- the constructors, against the plain condition -------------------------------------------

_ALPHABET = st.sampled_from(list(
    "aZ09 \t\n,;:.!?-'\"()[]{}%\x00\x07\x1b\x7f\x85\x9f\u00a0\u202f\u2007\u200b\ufffd"
    "éÄ€â’“”‘«»„…—，。【ёЖ東\U0001f600\ud800"))
_TEXT = st.lists(_ALPHABET, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_adjacent_is_a_superset_of_the_pair(text: str) -> None:
    cases = [(" \t\u00a0\u202f", ",;:!?.", False), (",;:.", ",;:.", False),
             (".?!,;:", ASCII_LETTERS, True), ("’”", "“é", False)]
    for first, second, non_ascii in cases:
        def wanted(char: str, second: str = second, non_ascii: bool = non_ascii) -> bool:
            return char in second or non_ascii and not char.isascii()

        plain = any(a in first and wanted(b) for a, b in zip(text, text[1:], strict=False))
        if plain:
            assert adjacent(first, second, non_ascii).test(text), (first, second, text)


def test_adjacent_on_ascii_is_exact() -> None:
    gate = adjacent(" ", ",.")
    assert gate.test("said , then") and gate.test("the end .")
    assert not gate.test("said, then the end.")
    assert adjacent(",;:.", ",;:.").test("wait.. what") and not adjacent(",;:.", ",;:.").test("a, b.")


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_characters_and_classes_are_exact(text: str) -> None:
    for chars in ("()[]{}", "\ufffd", "\"“”„«»‘'", "abcdefghij\u00a0"):
        assert characters(chars).test(text) == any(c in text for c in chars)
    for body in ("\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f", "\u3000-\u303f\uff01-\uff0f",
                 "\u200b-\u200d\u00ad", "^\x00-\u02af"):
        assert character_class(body).test(text) == bool(re.search(f"[{body}]", text))


def test_substring_may_look_at_the_source() -> None:
    gate = substring("newslint-", in_source=True)
    document = Document("a.md", "<!-- newslint-disable -->", text="                         ")
    assert gate.present(document) and not substring("newslint-").present(document)


def test_all_of_needs_every_part() -> None:
    gate = all_of(characters('"'), characters("“”„"))
    assert gate.test('He said "yes" and she said “no”.')
    assert not gate.test('He said "yes" and she said "no".')
    assert not gate.test("He said “yes” and she said “no”.")


def test_mojibake_matches_hold_ascii_only_after_the_listed_first_characters() -> None:
    """has_mojibake_evidence tries its patterns on the runs of non-ASCII characters alone
    unless the text holds one of ASCII_SECOND: so every pattern that can match with an
    ASCII character in it must start with one of them. Its two-character patterns are
    tried with every first character they can start with and every ASCII character;
    the longer one (a UTF-8 lead byte and continuation bytes) holds no ASCII at all."""
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10: re's parser is a module of its own
        import sre_parse as _parser

    from newslint.checks.characters import mojibake_evidence as evidence

    for pattern in [*evidence._PAIRS, evidence.MOJIBAKE_CANDIDATE.pattern]:
        low, high = _parser.parse(pattern).getwidth()
        assert high <= 2 or pattern == evidence.MOJIBAKE_CANDIDATE.pattern
    assert all(not c.isascii() for c in evidence.CONTINUATION)
    firsts = [chr(code) for code in range(0x80, 0x10000) if evidence._FIRST.match(chr(code))]
    ascii_after = {first for first in firsts for code in range(128)
                   if (found := evidence._EVIDENCE.match(first + chr(code))) and found.end() > 1}
    assert ascii_after <= set(evidence.ASCII_SECOND)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aZ .,-\n\"'’“”€™šžŸÃÂÅÐÑØÙàâäåçéïðñœŒ°±²³µ·»¼½¾×÷ДЖЯ中\x85\ud800")),
                max_size=12).map("".join))
def test_mojibake_evidence_on_runs_is_the_evidence_on_the_text(text: str) -> None:
    from newslint.checks.characters import mojibake_evidence as evidence

    plain = not text.isascii() and any(
        evidence._EVIDENCE.match(text, m.start()) for m in evidence._FIRST.finditer(text))
    assert evidence.has_mojibake_evidence(text) == plain


_WORDY = st.lists(st.sampled_from(list("aZé9ß_ -'’‐.\n,Ж中²½\u0301\u00a0")), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_WORDY)
def test_tokens_split_as_the_plain_word_pattern_does(text: str) -> None:
    """Document.tokens splits with possessive quantifiers where Python has them: the
    same words, at the same offsets, as the plain pattern finds."""
    plain = [(m.start(), m.end(), m.group())
             for m in re.finditer(r"[^\W_]+(?:[-'’][^\W_]+)*", text)]
    assert [tuple(token) for token in Document("t.txt", text).tokens] == plain
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    plain = [(m.start(), m.end(), m.group())
             for m in re.finditer(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*", ascii_text)]
    assert [tuple(token) for token in Document("t.txt", ascii_text).tokens] == plain


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("ab \n\r\t")), max_size=30).map("".join))
def test_line_starts_as_the_line_break_pattern_finds_them(text: str) -> None:
    from newslint.positions import LineIndex

    index = LineIndex(text)
    starts = [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]
    assert [index.line_start(line) for line in range(1, index.line_count + 1)] == starts


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("ab .\n\n \"“”‘’«»„‚'")), max_size=40).map("".join))
def test_quotes_found_from_the_marks_are_every_paragraphs_quotes(text: str) -> None:
    from newslint.text.segmentation import find_quotes, split_paragraphs

    plain = sorted(span for paragraph in split_paragraphs(text)
                   for span in find_quotes(text, *paragraph))
    assert [tuple(span) for span in Document("t.txt", text).quotes] == plain


def test_quotes_skip_marks_outside_the_given_paragraphs() -> None:
    from newslint.text.segmentation import text_quotes

    text = '"a" x "b"'
    assert text_quotes(text, [(4, 5)]) == []
    assert text_quotes(text, [(6, 9)]) == [(6, 9)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=12), st.lists(st.integers(0, 60), max_size=12))
def test_units_with_marks_are_the_units_has_mark_accepts(cuts: list[int], marks: list[int]) -> None:
    from newslint.checks.punctuation.balance import has_mark, units_with_marks

    edges = sorted(set(cuts))
    units = [(a, b) for a, b in zip(edges[::2], edges[1::2], strict=False)]  # apart, in order
    positions = sorted(set(marks))
    plain = [(index, start, end) for index, (start, end) in enumerate(units)
             if has_mark(positions, start, end)]
    assert list(units_with_marks(units, positions)) == plain


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("ab  .\n\n\n'‘’\"“”(-—é")), max_size=40).map("".join))
def test_unbalanced_quotes_from_the_openers_as_from_every_single_mark(text: str) -> None:
    """The unbalanced-quotes mode reads only the units with an opening single quote: it
    reports what it reports when it tries every unit with a ‘ or '."""
    import pytest

    from newslint.checks.punctuation import balance
    from newslint.checks.punctuation import check as punctuation

    (rule,) = [rule for rule in RULES if rule.name == "unbalanced-quotes"]
    fast = list(rule.check.run(Document("t.txt", text)))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(punctuation, "single_openers",
                      lambda text: balance.mark_positions(text, "‘'"))
        plain = list(rule.check.run(Document("t.txt", text)))
    assert fast == plain
