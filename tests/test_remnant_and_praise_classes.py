"""translation-artifacts: a note that the text was machine translated, not prose about
machine translation; polarity-clash: faint praise among negatives is criticism."""

from __future__ import annotations

import pytest

from .helpers import flagged


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister resigned. This article was machine translated from Persian.",
     ("This article was machine translated",)),
    ("The minister resigned.\n\nMachine translated by an online service.",
     ("Machine translated by",)),
    ("The minister resigned. (machine translation)", ("(machine translation)",)),
])
def test_a_machine_translation_note_is_a_remnant(text: str, expected) -> None:
    assert flagged("translation-artifacts", text) == expected


@pytest.mark.parametrize("text", [
    "These reports are not machine-translated: editors wrote every line.",
    "The agency compared machine-translated news with its own copy.",
    "Courts have rejected machine translated contracts as evidence.",
])
def test_prose_about_machine_translation_is_not_a_remnant(text: str) -> None:
    assert flagged("translation-artifacts", text) == ()


@pytest.mark.parametrize("text", [
    "Critics called the ballad mediocre, sentimental and safe.",
    "The film is bland, predictable and inoffensive.",
    "Reviewers found the show tired, formulaic and pleasant.",
])
def test_faint_praise_among_negatives_is_not_a_clash(text: str) -> None:
    assert flagged("polarity-clash", text) == ()


@pytest.mark.parametrize("text", [
    "Critics found the memoir raw, honest and painful.",
    "The album is angry and joyful.",
    "Reviewers called the drama disturbing and compelling.",
])
def test_tone_words_describe_rather_than_judge(text: str) -> None:
    assert flagged("polarity-clash", text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry called the vaccine safe, effective and dangerous.",
     ("safe, effective and dangerous",)),
    ("He called the talks wise, intelligent and dishonorable.",
     ("wise, intelligent and dishonorable",)),
])
def test_a_strong_positive_among_negatives_still_clashes(text: str, expected) -> None:
    assert flagged("polarity-clash", text) == expected
