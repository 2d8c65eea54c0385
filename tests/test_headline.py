"""headline-full-stop: a headline that ends with a full stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.rules.loader import load_rule_file

RULE_FILE = Path(__file__).resolve().parent.parent / "rules" / "headline-full-stop.yaml"
BODY = "\n\nThe council met on Monday and voted to close the road. It reopens in June.\n"


@pytest.fixture(scope="module")
def rule():
    (loaded,) = load_rule_file(RULE_FILE, "newslint", Resources())
    return loaded


def severities(rule, text: str) -> list[str]:
    document = Document("a.txt", text)
    return [f.severity for f in check_document(document, [rule], RunSettings())]


def test_a_short_headline_with_a_full_stop_is_a_warning(rule) -> None:
    assert severities(rule, "Council votes to close the harbour road." + BODY) == ["warning"]


def test_a_long_one_sentence_first_paragraph_is_only_info(rule) -> None:
    headline = ("The city council of the northern port votes to close the harbour road for "
                "six months while engineers repair the sea wall damaged in the winter storms.")
    body = ("\n\nThe council met on Monday and voted by a large majority to close the harbour "
            "road from June, after engineers warned that the sea wall could fail in a storm.\n")
    assert severities(rule, headline + body) == ["info"]


@pytest.mark.parametrize("first", [
    "Council votes to close the harbour road",
    "Council votes to close the road. Traders object.",
    "LONDON, May 3 (Reuters) -- The council voted to close the road.",
    "Council sues a contractor from the U.S.",
    "Council votes to close the road...",
])
def test_headlines_without_a_final_full_stop_or_leads_are_not_reported(rule, first: str) -> None:
    assert severities(rule, first + BODY) == []


def test_a_single_paragraph_is_not_taken_for_a_headline(rule) -> None:
    assert severities(rule, "Council votes to close the harbour road.\n") == []


def test_a_one_or_two_word_label_is_not_a_headline(rule) -> None:
    assert severities(rule, "Update." + BODY) == []


def test_a_short_opening_sentence_over_a_shorter_paragraph_is_prose(rule) -> None:
    assert severities(rule, "The council met to vote on roads.\n\nIt voted no.\n") == []
