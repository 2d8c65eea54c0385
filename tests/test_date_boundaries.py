"""A date never spans a paragraph break or a sentence start; a weekday in another sentence
(or a headline above) is not the date's weekday."""

from __future__ import annotations

import pytest

from newslint.text.dates import find_dates

from .helpers import flagged


@pytest.mark.parametrize("text", [
    "Protest set for Sunday\n\nMarch 5, 2025 marks the anniversary. On Wednesday, March 5, "
    "2025, crowds gathered.",
    "Protest set for Sunday\nMarch 5, 2025 marks the anniversary. On Wednesday, March 5, "
    "2025, crowds gathered.",
    "The column ran in the Sun. March 5, 2025 was the day it appeared, a Wednesday.",
    "Talks resumed on Friday. March 5, 2025 was the turning point.",
])
def test_a_weekday_in_another_sentence_is_not_the_dates_weekday(text: str) -> None:
    assert flagged("weekday-date", text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("On Tuesday, March 5, 2025, the ministers met.", ("Tuesday, March 5, 2025",)),
    ("The meeting on Tuesday\n5 March 2025 was cancelled.", ("Tuesday\n5 March 2025",)),
    ("The vote is set for March 5 (Thursday), 2025.", ()),
])
def test_a_weekday_in_the_same_sentence_is_still_checked(text: str, expected) -> None:
    assert flagged("weekday-date", text) == expected


@pytest.mark.parametrize("text", [
    "The vote was on 4 July and the count on 6 July. Turnout fell in May\n\n12 people died.",
    "The vote was held on March 3, 2025, and the count on March 5.\n\nShe scored 3\n\n"
    "March figures were up.",
])
def test_a_date_never_spans_a_paragraph_break(text: str) -> None:
    assert flagged("date-format-consistency", text) == ()


def test_the_parser_keeps_a_date_wrapped_on_one_line_break() -> None:
    (mention,) = find_dates("It opened on March\n5, 2025, at noon.")
    assert (mention.month, mention.day, mention.year) == (3, 5, 2025)
    assert list(find_dates("It opened in March\n\n5 people came.")) == []


def test_the_parser_drops_a_date_that_crosses_a_given_break() -> None:
    text = "Turnout was low in May\n12 people died."
    assert [m.day for m in find_dates(text)] == [12]
    assert list(find_dates(text, breaks=[text.index("12")])) == []


@pytest.mark.parametrize("text", [
    "The film opens on 2 July, ahead of the July 4th holiday. It was previewed on 28 June.",
    "The film opens on 2 July, before the 4th of July weekend. It was previewed on 28 June.",
    "A memorial opened on 10 September, before the September 11 anniversary, and again on "
    "12 September.",
    "Students marked the May 4th Movement. The forum met on February 10 and February 12.",
])
def test_a_date_that_names_an_event_keeps_its_form(text: str) -> None:
    assert flagged("date-format-consistency", text) == ()


def test_the_same_date_as_a_plain_date_is_still_compared() -> None:
    text = "The talks began on 2 July and ended on July 4th. They resumed on 28 June."
    assert flagged("date-format-consistency", text) == ("July 4th",)


@pytest.mark.parametrize(("text", "expected"), [
    ("The fair runs Monday to Friday, March 3-7, 2025, in Leipzig.", ()),
    ("The talks run Thursday and Friday, March 6-7, 2025.", ()),
    ("The fair runs Saturday, March 3-7, 2025, in Leipzig.", ("Saturday, March 3-7, 2025",)),
])
def test_a_weekday_before_a_day_range_may_name_its_last_day(text: str, expected) -> None:
    assert flagged("weekday-date", text) == expected


def test_the_parser_keeps_a_ranges_last_day() -> None:
    (mention,) = find_dates("It runs March 3-7, 2025.")
    assert (mention.day, mention.range_end) == (3, 7)
