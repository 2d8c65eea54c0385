"""small-number-figures: counts from one to nine written as figures in running text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.rules.loader import load_rule_file

RULE_FILE = Path(__file__).resolve().parent.parent / "rules" / "small-number-figures.yaml"


@pytest.fixture(scope="module")
def rule():
    (loaded,) = load_rule_file(RULE_FILE, "newslint", Resources())
    return loaded


def flagged(rule, text: str) -> list[str]:
    document = Document("a.txt", text)
    spans = []
    for finding in check_document(document, [rule], RunSettings()):
        start, end = document.line_index.span(finding.region)
        spans.append(text[start:end])
    return spans


def suggestions(rule, text: str) -> list[tuple[str, ...]]:
    document = Document("a.txt", text)
    return [tuple(f.suggestions) for f in check_document(document, [rule], RunSettings())]


@pytest.mark.parametrize("text, expected", [
    ("The fund offers 7 plans, including 3 new plans and 4 older ones.", ["7", "3", "4"]),
    ("Officials said 2 of the 6 villages were cut off.", ["2", "6"]),
    ("Of the remaining 5 candidates, none spoke.", ["5"]),
    ("The ministry named 3 deputies. 6 more will follow next week.", ["3", "6"]),
])
def test_counts_written_as_figures_are_flagged(rule, text: str, expected: list[str]) -> None:
    assert flagged(rule, text) == expected


def test_the_suggestion_is_the_word_and_capitalised_at_a_sentence_start(rule) -> None:
    assert suggestions(rule, "Police arrested 4 men. 3 others fled.") == [("four",), ("Three",)]


@pytest.mark.parametrize("text", [
    "The storm dropped 5 cm of rain and cost 3 million dollars, up 2% on the year.",
    "A 4-year-old girl and her mother, aged 9 and 35, were rescued at 5 pm.",
    "The motion passed 5 to 4 and the home side won 2-1 after 3.5 hours.",
    "He presents a show on Channel 4 and Radio 1, starting on February 1.",
    "Read page 3 and section 2; the alert is at level 2 and phase 3 begins.",
    "Tickets go on sale between 6 and 12 December, or from 8 to 10 stalls.",
    "Exports grew 6 to 7 times faster than imports.",
    "The concert is on 9 July in Glasgow, with 2 Wikid Records acts.",
])
def test_measures_labels_dates_ranges_and_names_keep_their_figures(rule, text: str) -> None:
    assert flagged(rule, text) == []


def test_headlines_and_list_items_keep_figures(rule) -> None:
    text = "Banks launch 5 new savings plans\n\nThe banks said the plans open in March."
    assert flagged(rule, text) == []


def test_a_figure_beside_a_two_digit_number_in_a_series_is_kept(rule) -> None:
    assert flagged(rule, "The vote drew 12, 9 and 4 abstentions across the chambers.") == []


@pytest.fixture(scope="module")
def currency_rule():
    path = RULE_FILE.parent / "currency-code-after-amount.yaml"
    (loaded,) = load_rule_file(path, "newslint", Resources())
    return loaded


def test_a_currency_code_after_the_amount_is_flagged(currency_rule) -> None:
    assert flagged(currency_rule, "Each bond pays 25 CNY, about 3.4USD, a year.") == [
        "25 CNY", "3.4USD"]


def test_a_currency_code_before_the_amount_or_alone_is_not(currency_rule) -> None:
    assert flagged(currency_rule, "Each bond pays CNY 25 as the USD weakens; 25 yuan in all.") == []
