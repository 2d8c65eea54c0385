"""newslint.text.dates: English dates in every common order, with spans, components, weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from newslint.text.dates import find_dates, parse_date_value, weekday_number


def only(text: str):
    (mention,) = list(find_dates(text))
    return mention


@pytest.mark.parametrize(
    ("text", "year", "month", "day", "style"),
    [
        ("March 5, 2025", 2025, 3, 5, "month-day"),
        ("March 5 2025", 2025, 3, 5, "month-day"),
        ("Mar. 5, 2025", 2025, 3, 5, "month-day"),
        ("Sept. 11, 2001", 2001, 9, 11, "month-day"),
        ("March 5th", None, 3, 5, "month-day"),
        ("5 March 2025", 2025, 3, 5, "day-month"),
        ("5th of March, 2025", 2025, 3, 5, "day-month"),
        ("2025-03-05", 2025, 3, 5, "iso"),
        ("13/03/2025", 2025, 3, 13, "numeric-dmy"),
        ("03/13/2025", 2025, 3, 13, "numeric-mdy"),
        ("20.01.2025", 2025, 1, 20, "numeric-dmy"),
    ],
)
def test_each_order_gives_the_same_components(text, year, month, day, style) -> None:
    mention = only(f"It happened on {text}, officials said.")
    assert (mention.year, mention.month, mention.day, mention.style) == (year, month, day, style)
    start = len("It happened on ")
    assert (mention.date_start, mention.date_end) == (start, start + len(text))


def test_an_ambiguous_numeric_date_offers_both_readings() -> None:
    mention = only("The law took effect on 04/03/2025.")
    assert mention.style == "numeric-ambiguous"
    assert set(mention.readings()) == {(4, 3), (3, 4)}


@pytest.mark.parametrize(
    ("text", "weekday_text"),
    [
        ("On Tuesday, March 5, 2025, they met.", "Tuesday"),
        ("On Tuesday 5 March 2025 they met.", "Tuesday"),
        ("On Tuesday the 5th of March they met.", "Tuesday"),
        ("On Tue., Mar. 5 they met.", "Tue."),
        ("On Tuesday (March 5) they met.", "Tuesday"),
        ("On March 5 (Tuesday) they met.", "Tuesday"),
        ("March 5, a Tuesday, was cold.", "Tuesday"),
    ],
)
def test_a_weekday_before_or_after_the_date_is_attached(text: str, weekday_text: str) -> None:
    mention = only(text)
    assert mention.weekday == 1
    assert text[mention.weekday_start : mention.weekday_end] == weekday_text
    assert mention.start <= mention.weekday_start and mention.weekday_end <= mention.end


def test_the_mention_spans_weekday_and_date() -> None:
    text = "On Tuesday, March 5, 2025, the bank met."
    mention = only(text)
    assert text[mention.start : mention.end] == "Tuesday, March 5, 2025"
    assert text[mention.date_start : mention.date_end] == "March 5, 2025"


def test_a_weekday_that_is_not_next_to_the_date_is_not_attached() -> None:
    mention = only("First planned for Thursday, the vote moved to Sunday after June 1, 2025.")
    assert mention.weekday is None


@pytest.mark.parametrize(
    "text",
    ["in May 2025", "You may 5 times try", "Room 512/2025", "call 555-0123", "release 10.2.5.2025"],
)
def test_things_that_are_not_dates(text: str) -> None:
    assert list(find_dates(text)) == []


def test_a_day_range_yields_its_first_day() -> None:
    mention = only("The summit runs March 5-7, 2025 in Geneva.")
    assert (mention.month, mention.day, mention.year) == (3, 5, 2025)


def test_impossible_days_are_found_but_are_no_date() -> None:
    mention = only("Due on February 30, 2025.")
    assert mention.to_date() is None
    assert only("Due on February 28, 2025.").to_date() == dt.date(2025, 2, 28)


def test_dates_are_found_in_a_slice_of_the_text() -> None:
    text = "March 1, 2025 and March 2, 2025"
    assert [m.day for m in find_dates(text, 5)] == [2]


def test_weekday_names_and_abbreviations() -> None:
    assert weekday_number("Wednesday") == 2
    assert weekday_number("Thurs.") == 3
    assert weekday_number("Funday") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2025, 3, 5), dt.date(2025, 3, 5)),
        (dt.datetime(2025, 3, 5, 10, 30), dt.date(2025, 3, 5)),
        ("2025-03-05T10:00:00Z", dt.date(2025, 3, 5)),
        ("March 5, 2025", dt.date(2025, 3, 5)),
        ("2025", 2025),
        (2025, 2025),
        ("yesterday", None),
        (None, None),
    ],
)
def test_front_matter_values(value, expected) -> None:
    assert parse_date_value(value) == expected
