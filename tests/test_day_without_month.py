"""A day with no month nearby ("on the 8th"): the month must be in the sentence or the one
before, not anywhere in the article."""

from __future__ import annotations

import pytest

from .helpers import findings, flagged


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry announced the plan on the 8th.", ("the 8th",)),
    ("On the 12th, the agency said revenue rose. It was the best March in a decade.",
     ("the 12th",)),
    ("The budget was cut in March.\n\nSales rose and stores expanded. Officials met on the "
     "15th to review it.", ("the 15th",)),
])
def test_a_day_far_from_any_month_is_flagged(text: str, expected) -> None:
    assert flagged("day-without-month", text) == expected


@pytest.mark.parametrize("text", [
    "The talks opened on March 7 and ended on the 10th.",
    "The talks opened on March 7. They ended on the 10th, officials said.",
    "The court will rule on the 8th of April.",
    "The delegates met on the 9th floor before the 20th Party Congress.",
])
def test_a_month_in_the_sentence_or_the_one_before_carries_over(text: str) -> None:
    assert flagged("day-without-month", text) == ()


def test_no_month_anywhere_is_a_warning_and_a_month_elsewhere_is_info() -> None:
    (alone,) = findings("day-without-month", "The bank issued a call on the 9th.")
    assert alone.severity == "warning"
    text = ("Prices were cut in March.\n\nSales rose. Stores expanded. The offer ended on "
            "the 10th.")
    (elsewhere,) = findings("day-without-month", text)
    assert elsewhere.severity == "info"


@pytest.mark.parametrize(("text", "expected"), [
    ("Pensions are paid on the 1st of each month.", ()),
    ("Rent is due by the 15th of every month, and wages on the 25th of the month.", ()),
    ("The ministry announced on the 8th of this month that fees would rise.", ("the 8th",)),
])
def test_a_recurring_day_of_the_month_is_not_a_date(text: str, expected) -> None:
    assert flagged("day-without-month", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He dropped a shot at the 17th but made a birdie on the 18th.", ()),
    ("The Briton took the lead on lap 10 and lost it on the 22nd.", ()),
    ("The ministry announced on the 8th that fees would rise.", ("the 8th",)),
])
def test_an_ordinal_that_counts_holes_or_laps_is_not_a_day(text: str, expected) -> None:
    assert flagged("day-without-month", text) == expected
