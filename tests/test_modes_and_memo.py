"""Modes are an explicit table, and what checks derive from a document is memoised on it."""

from __future__ import annotations

from newslint.checks.punctuation import check as punctuation
from newslint.checks.typography import check as typography
from newslint.document import Document


def test_every_declared_mode_has_exactly_one_method() -> None:
    assert set(punctuation.PunctuationCheck.BY_MODE) == set(punctuation.MODES)
    assert set(typography.TypographyCheck.BY_MODE) == set(typography.MODES)


def test_memo_computes_once_per_document_and_key() -> None:
    calls: list[str] = []
    first, second = Document("a.txt", "One."), Document("b.txt", "One.")
    assert first.memo("k", lambda: calls.append("a") or 1) == 1
    assert first.memo("k", lambda: calls.append("b") or 2) == 1
    assert first.memo(("k", 2), lambda: calls.append("c") or 3) == 3
    assert second.memo("k", lambda: calls.append("d") or 4) == 4
    assert calls == ["a", "c", "d"]
