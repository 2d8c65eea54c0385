"""negation-flip: a claim and a denial about different subjects, objects or predicates are
not a contradiction; the same claim denied still is."""

from __future__ import annotations

import pytest

from .helpers import flagged


def flips(text: str) -> tuple[str, ...]:
    return flagged("negation-flip", text)


@pytest.mark.parametrize("text", [
    # different subjects
    "The bank sent the letter on Monday. The ministry did not send one.",
    "The bank sent the letter to clients. The ministry did not send the letter.",
    "The bank sent a letter. He did not send a letter.",
    "The minister sent a letter. It did not send a letter.",
    # different objects, told apart by their specifiers
    "Singer Jo Hart collected the best album prize on stage. However, he did not collect "
    "his prize.",
    "The ministry has awarded the first post-war oilfield contracts to a Danish firm. The "
    "contract to develop the Kora field has not yet been awarded.",
    "The central bank has plans to boost holdings of gold. It has no plans to change its "
    "reserves.",
    # different shares of a group
    "Most (68%) have no pension plans for their staff. Only about 9% of employers have "
    "formal pension plans, the survey found.",
    # a copula with a different predicate
    "The minister said the tax was entirely up to parliament. But she made clear that the "
    "tax had not been on the agenda.",
    "The album is without doubt a great record. The album isn't really that bold a record.",
    # a first time presupposes no earlier one
    "The veteran band won the first award of its career. In 2003 the band said it had never "
    "won an award.",
])
def test_different_participants_are_not_a_contradiction(text: str) -> None:
    assert flips(text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The central bank raised its benchmark rate on Wednesday. The bank did not raise rates, "
     "leaving borrowing costs unchanged.", ("did not raise",)),
    ("The ministry sent the letter to the embassy. The letter had not yet been sent, an "
     "official said.", ("had not yet been sent",)),
    ("The inflation target is on the agenda. The inflation target is not on the agenda, "
     "the governor said.", ("is not",)),
    ("The minister sent a letter. She did not send a letter.", ("did not send",)),
    ("The central bank has plans to boost holdings of gold. It has no plans to boost "
     "holdings of gold.", ("has",)),
    ("The regulator approved the new vaccine for children. The new vaccine has not been "
     "approved for children, doctors warned.", ("has not been approved",)),
])
def test_the_same_claim_denied_is_still_reported(text: str, expected) -> None:
    assert flips(text) == expected
