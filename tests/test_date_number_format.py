"""Document-level consistency of dates, percentages and thousands separators.

The minority form is reported with the majority form as the suggestion; an article that
is consistent, in whatever style, stays quiet.
"""

from __future__ import annotations

import pytest

from .helpers import builtin_rule, flagged, suggestions

NAMES = ("date-format-consistency", "day-without-month", "percent-style", "thousands-separator")
RULES = {name: builtin_rule(name) for name in NAMES}


# -- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "flag", "fix"), [
    ("It struck on February 6. A survivor was found on February 11.\n\n"
     "Convoys crossed on 11 February.", "11 February", ("February 11",)),
    ("Voting began on Feb. 11 and ended on February 14; results came on February 20.",
     "Feb. 11", ("February 11",)),
    ("The recall came on March 3, 2023. A notice followed on 2023-03-17. An inquiry opened "
     "on March 21, 2023.", "2023-03-17", ("March 17, 2023",)),
    ("The strike began on March 3 and was extended on March 5th. Talks resumed on March 9.",
     "March 5th", ("March 5",)),
    ("Parliament was dissolved on 30 May. Polling was on 4 July; the cabinet met on July 6.",
     "July 6", ("6 July",)),
    ("Applications opened on January 9, 2023, and close on February 28, 2023. Results come "
     "on 04/03/2023.", "04/03/2023", ("April 3, 2023", "March 4, 2023")),
    ("The vote was on Feb. 11. Turnout was counted on Feb. 12. Results came on February 14.",
     "February 14", ("Feb. 14",)),
])
def test_the_minority_date_style_is_reported_in_the_majority_style(
        text: str, flag: str, fix: tuple[str, ...]) -> None:
    assert flagged("date-format-consistency", text) == (flag,)
    assert suggestions("date-format-consistency", text) == [fix]


@pytest.mark.parametrize("text", [
    "It struck on February 6. A survivor was found on February 11 and on February 14.",
    "The bill passed the House on Feb. 11, cleared the Senate on March 3 and was signed on Aug. 30.",
    "Parliament was dissolved on 30 May 2024. Polling was on 4 July; the cabinet met on 6 July.",
    "On March 3, the 11th Circuit upheld the ruling; the 21st-century law takes effect on March 9.",
    "The quake struck on February 6, 2023. The report (https://example.org/reports/2023-02-06/q) "
    "was updated on February 11, 2023.",
    "BEIJING, Feb. 11 (Xinhua) -- Talks opened on 11 February.",  # a tie: no majority
    "All dates were in February 2023 and March 2024.",
])
def test_consistent_dates_are_not_reported(text: str) -> None:
    assert flagged("date-format-consistency", text) == ()


def test_a_numeric_timestamp_loses_a_tie_against_a_spelled_out_date() -> None:
    text = "2023-02-11 13:07:20 [Source: Xinhua]\n\nOn February 10, the seminar opened."
    assert flagged("date-format-consistency", text) == ("2023-02-11",)
    assert suggestions("date-format-consistency", text) == [("February 11, 2023",)]


def test_an_ordinal_suffix_loses_a_tie_and_is_never_suggested() -> None:
    assert flagged("date-format-consistency", "On February 10th and on February 11, 2023.") == (
        "February 10th",)
    # Suffixes as the majority: nothing to suggest, since news style has none.
    assert flagged("date-format-consistency",
                   "On February 10, February 11th and February 19th.") == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The sperm bank issued a call on the 9th, soliciting donations.", ("the 9th",)),
    ("Reporters found in an interview on the 10th that prices had returned.", ("the 10th",)),
    ("The seminar ended on the afternoon of the 10th.", ("the 10th",)),
    ("The delegation stayed on the 9th floor during the 20th Party Congress.", ()),
    # a month in the next sentence does not say which month "the 9th" was; "the 28th" has
    # its month in its own sentence
    ("They met on the 9th. The deal signed on February 1 runs to the 28th.", ("the 9th",)),
    ("Tehran marked the 44th anniversary of the revolution on Saturday.", ()),
])
def test_a_day_without_any_month(text: str, expected: tuple[str, ...]) -> None:
    assert flagged("day-without-month", text) == expected


# -- percentages ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "flag", "fix"), [
    ("Unemployment fell to 5.2 per cent from 5.6 per cent. Youth unemployment rose to 14.5%.",
     "14.5%", "14.5 per cent"),
    ("Inflation slowed to 3.1 percent. Core inflation was 3.8 percent; food rose 6 per cent.",
     "6 per cent", "6 percent"),
    ("Turnout was 61%, up from 58% in 2019. In the capital it reached 70 percent.",
     "70 percent", "70%"),
])
def test_percent_style(text: str, flag: str, fix: str) -> None:
    assert flagged("percent-style", text) == (flag,)
    assert suggestions("percent-style", text) == [(fix,)]


@pytest.mark.parametrize("text", [
    "Inflation eased to 4.5 per cent, down 0.25 percentage points; core rose 3.9 per cent. "
    "Data: https://example.org/search?q=cpi%20june.",
    "Sales rose 5 percent in one quarter and 7% in another.",  # a tie
])
def test_consistent_or_undecided_percentages_are_not_reported(text: str) -> None:
    assert flagged("percent-style", text) == ()


# -- thousands separators ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "flag", "fix"), [
    ("About 3,000 troops and 1,200 police were deployed. Some 12 500 civilians fled.",
     "12 500", "12,500"),
    ("The ministry reported 4,500 cases and 2,100 recoveries, with 15\u00a0000 tests.",
     "15\u00a0000", "15,000"),
    ("More than 2.500 people were detained, and 1,300 remain in custody.", "2.500", "2,500"),
    ("The quake killed 20,665 people in Turkey and 31,643 in all; 30172 buildings fell.",
     "30172", "30,172"),
])
def test_thousands_separators(text: str, flag: str, fix: str) -> None:
    assert flagged("thousands-separator", text) == (flag,)
    assert suggestions("thousands-separator", text) == [(fix,)]


@pytest.mark.parametrize("text", [
    "About 3,000 people called +44 20 7946 0958 in 2023, and 12,500 wrote in.",
    "The session ran 3.5 hours; 3,000 delegates and 1,250,000 viewers followed it.",
    "The rate rose to 1.125 percent and the index gained 2.345 points; 3,000 traders watched.",
    "Products held for 365 days, 540 days and 1080 days. In 2019 1,200 firms took part.",
    "About 1500 troops and 20,000 police were deployed.",  # grouping only from five digits
    "The court ruled 5-4, COVID-19 rules were lifted, and the Boeing 737 MAX returned.",
    "Flight 1549 landed on March 3 500 metres from the shore, and 1,200 people watched.",
])
def test_numbers_that_are_not_inconsistent(text: str) -> None:
    assert flagged("thousands-separator", text) == ()


# -- counts written without a thousands separator ----------------------------------------------

@pytest.mark.parametrize(("text", "flag", "fix"), [
    ("Products can be held for 720 or 1080 days.", "1080", ("1,080",)),
    ("Families receive a subsidy of 5150 yuan a year.", "5150", ("5,150",)),
    ("Some 26000 households lost power.", "26000", ("26,000",)),
    ("It ended 2500 years of monarchy.", "2500", ("2,500",)),
    ("About 12 500 people fled, and 1800 troops arrived.", "1800", ("1 800",)),  # the article's own separator
])
def test_ungrouped_counts_are_flagged_with_the_grouped_form(text, flag, fix) -> None:
    assert flagged("missing-thousands-separator", text) == (flag,)
    assert suggestions("missing-thousands-separator", text) == [fix]


@pytest.mark.parametrize("text", [
    "In 2023 the 2024 budget was drafted, and by 1999 standards it was large.",
    "The fund, No. 1095, and Resolution 2231 were discussed in Room 1402.",
    "Call 0800 123456 or write to 10 Downing Street, London SW1A 2AA.",
    "The office is at 350 Fifth Avenue, New York, NY 10118.",
    "The rate was 3.14159, and the session began at 10:30.",
    "About 1,080 people and 26,000 households were affected.",
    "The A330-300 and the ISBN 9780306406157 were mentioned.",
])
def test_years_codes_phone_numbers_and_grouped_numbers_stay_quiet(text: str) -> None:
    assert flagged("missing-thousands-separator", text) == ()
