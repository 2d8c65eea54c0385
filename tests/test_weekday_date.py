"""weekday-date: a weekday that the calendar (or the article itself) contradicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.document import Document
from newslint.engine import Finding, RunSettings, check_document
from newslint.formats import build_document
from newslint.rules.loader import load_rule_file

RULE_FILE = Path(__file__).resolve().parent.parent / "rules" / "weekday-date.yaml"


@pytest.fixture(scope="module")
def rule():
    (loaded,) = load_rule_file(RULE_FILE, "newslint", Resources())
    return loaded


def findings(rule, text: str, path: str = "a.txt") -> list[tuple[str, Finding]]:
    document = build_document(path, text) if path.endswith(".md") else Document(path, text)
    result = []
    for finding in check_document(document, [rule], RunSettings()):
        start, end = document.line_index.span(finding.region)
        result.append((text[start:end], finding))
    return result


def flagged(rule, text: str, path: str = "a.txt") -> list[str]:
    return [span for span, _ in findings(rule, text, path)]


def test_a_wrong_weekday_names_the_right_one_and_suggests_it(rule) -> None:
    ((span, finding),) = findings(rule, "On Tuesday, March 5, 2025, the bank met.")
    assert span == "Tuesday, March 5, 2025"
    assert "Wednesday" in finding.message and "March 5, 2025" in finding.message
    assert finding.suggestions == ("Wednesday, March 5, 2025",)


def test_an_abbreviated_weekday_gets_an_abbreviated_suggestion(rule) -> None:
    ((_, finding),) = findings(rule, "Kick-off is on Sun., May 31, 2025.")
    assert finding.suggestions == ("Sat., May 31, 2025",)


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, March 5, 2025, the bank met.",
        "Results are due on Friday 14 February 2025.",
        "Fireworks were cancelled on Tue., Dec. 31, 2024.",
        "Talks resumed on Friday (February 14, 2025) in Cairo.",
        "The toll applies from Tuesday, 22.04.2025.",
        "The referendum, first planned for Thursday, was moved to Sunday, June 1, 2025.",
    ],
)
def test_right_weekdays_pass(rule, text: str) -> None:
    assert flagged(rule, text) == []


def test_an_ambiguous_numeric_date_passes_when_either_reading_fits(rule) -> None:
    # 04/03/2025: 3 April (Thursday) or 4 March (Tuesday)
    assert flagged(rule, "The hearing is on Tuesday, 04/03/2025.") == []
    assert flagged(rule, "The hearing is on Thursday, 04/03/2025.") == []
    assert flagged(rule, "The hearing is on Sunday, 04/03/2025.") == ["Sunday, 04/03/2025"]


def test_an_impossible_date_is_not_a_weekday_matter(rule) -> None:
    assert flagged(rule, "Payment is due on Monday, February 30, 2025.") == []


def test_a_date_without_year_is_skipped_when_the_article_gives_none(rule) -> None:
    assert flagged(rule, "Talks resume on Tuesday, March 6, officials said.") == []


def test_a_date_without_year_takes_the_front_matter_date(rule) -> None:
    text = "---\ntitle: Talks\ndate: 2025-03-01\n---\n\nTalks resume on Tuesday, March 6.\n"
    assert flagged(rule, text, "a.md") == ["Tuesday, March 6"]
    ((_, finding),) = findings(rule, text, "a.md")
    assert "2025" in finding.message and "date" in finding.message


def test_the_nearest_year_is_taken_across_new_year(rule) -> None:
    head = "---\ndate: 2025-01-02\n---\n\n"
    assert flagged(rule, head + "Fireworks on Tuesday, December 31, drew crowds.\n", "a.md") == []
    assert flagged(rule, head + "Fireworks on Wednesday, December 31, drew crowds.\n",
                   "a.md") == ["Wednesday, December 31"]


def test_a_dateline_gives_the_year(rule) -> None:
    text = ("BEIJING, Feb. 6, 2023 -- The quake struck on Monday, Feb. 6.\n\n"
            "Rescuers worked through Wednesday, Feb. 9.")
    assert flagged(rule, text) == ["Wednesday, Feb. 9"]


def test_full_dates_elsewhere_give_the_year_only_when_they_agree(rule) -> None:
    agreeing = ("The plan was adopted on June 3, 2025.\n\n"
                "Talks resumed on Monday, June 10.")  # 10 June 2025 was a Tuesday
    assert flagged(rule, agreeing) == ["Monday, June 10"]
    disagreeing = ("The treaty of June 3, 2019 was replaced on June 3, 2025.\n\n"
                   "Talks resumed on Monday, June 10.")
    assert flagged(rule, disagreeing) == []


def test_one_date_given_two_weekdays_is_reported_at_the_later(rule) -> None:
    text = ("The vote is set for March 5 (Wednesday).\n\n"
            "Opposition leaders called March 5 (Thursday) a day of mourning.")
    ((span, finding),) = findings(rule, text)
    assert span == "March 5 (Thursday)"
    assert "Wednesday" in finding.message
    assert finding.related and finding.related[0].line == 1


def test_the_same_weekday_twice_is_fine(rule) -> None:
    text = "The vote is on Wednesday, March 5. On Wednesday, March 5, polls open at 7."
    assert flagged(rule, text) == []
