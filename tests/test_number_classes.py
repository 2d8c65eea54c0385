"""Numbers that name rather than count are not ungrouped counts.

Stock codes, tickers, case, model, flight and phone numbers, postcodes, 24-hour times and
years are written without thousands separators in every style; only counts are grouped.
"""

from __future__ import annotations

import pytest

from .helpers import flagged

GROUPED = " Some 1,200 people and 3,400 workers took part."


@pytest.mark.parametrize("text", [
    # stock codes and tickers
    "Shares of the carmaker (600519.SH) rose, and the brewer (9988.HK) fell.",
    "The battery maker (stock code: 300750) said profits doubled.",
    "The chip designer (SZSE: 002371) listed in Shenzhen.",
    "The insurer, ticker 601318, gained.",
    # case, ticket, product and model numbers
    "The court heard case 20231234 on appeal.",
    "File No 54321 was lost, and lottery ticket 123456 won.",
    "The Kirin 9000 chips and Galaxy 5000 phones went on sale.",
    "The iPhone 6000 series was a rumour.",
    "Residents can call the 12345 hotline with complaints.",
    # phone numbers and postcodes
    "Readers can call (010) 62345678 for details.",
    "Write to 8 Harbour Road, 75008 Paris, before Friday.",
    "The office moved to Beijing 100803, near the station.",
    # 24-hour times
    "The blast happened at 2130 local time and the fire was out by 2300 hours.",
    "The raid began at 1430 GMT.",
    # years
    "In 2019 students protested, and since 2008 companies have left the city.",
    "By 2030 households will pay more for power.",
])
def test_numbers_that_name_are_not_ungrouped_counts(text: str) -> None:
    assert flagged("missing-thousands-separator", text) == ()
    assert flagged("thousands-separator", text + GROUPED) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The fund can be held for 1080 days, with a subsidy of 5150 yuan.", ("1080", "5150")),
    ("Some 26000 households and 15000 troops were moved.", ("26000", "15000")),
    ("About 12000 Syrians crossed the border.", ("12000",)),
    ("The total rose to 30500.", ("30500",)),
    ("She flew 1500 hours before retiring.", ("1500",)),
    ("In 1997 2000 people attended the rally.", ("2000",)),
    ("He holds the Shortest Holding 1095 Days plan.", ("1095",)),
    # a capitalised time word before a count is not a product name
    ("Yesterday 3000 people marched, and on Monday 12000 households lost power.",
     ("3000", "12000")),
])
def test_counts_without_separators_are_still_flagged(text: str, expected) -> None:
    assert flagged("missing-thousands-separator", text) == expected


def test_an_hours_count_is_not_a_time_without_a_preposition_of_time() -> None:
    text = "Pilots flew 1500 hours and 2,300 hours, and cabin crew 4,500 hours."
    assert flagged("thousands-separator", text) == ("1500",)
