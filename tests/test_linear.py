"""Every check linear in its input: the work done on pathological input is counted, never
timed (timing lives in benchmarks/pathological.py)."""

from __future__ import annotations

import difflib

import pytest

from newslint.check import Resources
from newslint.checks.characters import encoding
from newslint.checks.contradictions import negation_flip
from newslint.checks.names.name_index import build_name_index
from newslint.document import Document
from newslint.gazetteer import Entity, Gazetteer
from newslint.rules.loader import builtin_pack_dir, load_pack


def rule(name: str):
    (found,) = [r for r in load_pack(builtin_pack_dir(), "newslint", Resources()) if r.name == name]
    return found


def test_mojibake_lines_are_aligned_without_difflib(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("difflib on a whole line")

    monkeypatch.setattr(difflib, "SequenceMatcher", refuse)
    line = "CafÃ© naÃ¯ve (rÃ©sumÃ©) and Iranâ€™s plan. " * 50
    regions = encoding.mojibake_regions(line)
    assert len(regions) == 150  # per repeat: "CafÃ© naÃ¯ve", "rÃ©sumÃ©", "Iranâ€™s"
    assert regions[0][2] == "Café naïve" and regions[1][2] == "résumé"


def test_a_run_of_invisible_characters_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = encoding._is_latin_alnum
    monkeypatch.setattr(encoding, "_is_latin_alnum", lambda c: calls.append(c) or original(c))
    text = "中" + "\u200b" * 5000 + "文 and a\u200bword\n"
    matches = list(rule("invisible-characters").check.run(Document("x.txt", text)))
    assert [text[m.start:m.end] for m in matches] == ["a\u200bword"]
    assert len(calls) <= 4


def test_negation_flip_compares_a_bounded_number_of_earlier_clauses(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = negation_flip._clash
    monkeypatch.setattr(negation_flip, "_clash", lambda a, b: calls.append(1) or original(a, b))
    lines = 400  # one claim repeated: each clause would be compared with every earlier one
    text = "The council approved the plan.\n" * lines
    list(rule("negation-flip").check.run(Document("x.txt", text)))
    assert len(calls) <= lines * negation_flip._MAX_EARLIER


def test_a_huge_gazetteer_name_is_not_indexed_word_by_word() -> None:
    name = " ".join(f"Word{index}" for index in range(20_000))
    index = build_name_index(Gazetteer([Entity(name=name, kind="organization")]))
    assert not index.slots  # 20,000 slots of 19,999 words each would take gigabytes
    short = build_name_index(Gazetteer([Entity(name="Ada Quill", kind="person")]))
    assert len(short.slots) == 2


def test_zero_width_spaces_inside_a_foreign_fragment_join_it() -> None:
    text = "They wrote 中\u200b文\u200b字 on the wall.\n"
    matches = list(rule("untranslated-fragment").check.run(Document("x.txt", text)))
    assert [text[m.start:m.end] for m in matches] == ["中\u200b文\u200b字"]
