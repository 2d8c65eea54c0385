"""Repetition classes that edited news uses on purpose (and the MT tautologies kept)."""

from __future__ import annotations

import pytest

from .helpers import flagged


@pytest.mark.parametrize("text", [
    # a bound prefix: the compound is a different thing from its head
    "The prize honours fiction and non-fiction books and fiction in translation.",
    "The band will not re-release the album or release new songs.",
    "She will co-star in the film while another star is lined up.",
    "Customers can pre-order the phone before the order books close.",
    "The charity is a non-profit group although its shop makes a profit.",
    "The co-chairman will become chairman next year.",
    "The anti-fraud unit fights fraud in online shops.",
    "He sent an e-mail and mailed a letter to the regulator.",
    # a quantity or rank before the head
    "Exports hit a six-year high this year.",
    "Imports fell to a ten-year low as lows spread across the region.",
    "The film slipped from sixth-place to seventh place at the box office.",
    "The one-million lira note will become the one-lira coin.",
    "The 24-hour strike lasted longer than an hour.",
    # a measure adjective as head, a degree word as modifier
    "The economy is not long out of a decade-long trough.",
    "The less-than-successful debut was followed by a successful tour.",
    # a particle as head
    "Passengers must check in early at the check-in desk.",
    # the repeated word has its own, different modifier: another kind of the same thing
    "The left-wing faction clashed with the party's right wing over the budget.",
    "The long-term plan replaced the short term fixes that officials favoured.",
    "The middle-class voters and the working class backed the party.",
])
def test_ordinary_compounds_whose_head_recurs_are_not_flagged(text: str) -> None:
    assert flagged("stem-repetition", text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The deep-rooted distrust is rooted in decades of interference.", ("rooted",)),
    ("The war-torn city was torn apart by shelling.", ("torn",)),
    ("The hard-fought deal was fought over for months.", ("fought",)),
    ("The long-awaited report was awaited by investors.", ("awaited",)),
])
def test_a_content_modifier_restating_its_head_is_flagged(text: str, expected) -> None:
    assert flagged("stem-repetition", text) == expected


@pytest.mark.parametrize("text", [
    "\"I'm always really really nervous before a final,\" she said.",
    "It was very very cold, a long long time ago.",
    "He waved and said bye bye to the crowd.",
    "Ha ha, the audience laughed along.",
    # a phrasal verb's particle, then the same word as a preposition
    "The strike went on on Monday, and staff logged in in the morning.",
    "The show sold out out of town.",
])
def test_emphatic_doubling_in_speech_is_not_flagged(text: str) -> None:
    assert flagged("doubled-word", text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("Another part of the the firm's business was sold.", ("the the",)),
    ("The report was driven by his hostility hostility to rivals.", ("hostility hostility",)),
    ("Music pumped out of of a speaker.", ("of of",)),
    ("He sat on on the chair.", ("on on",)),
    ("They will meet in in Geneva.", ("in in",)),
])
def test_doubled_words_that_are_slips_are_flagged(text: str, expected) -> None:
    assert flagged("doubled-word", text) == expected
