"""self-reference: a speaker named again as the object of his own reported clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.rules.loader import load_rule_file

RULE_FILE = Path(__file__).resolve().parent.parent / "rules" / "self-reference.yaml"


@pytest.fixture(scope="module")
def rule():
    (loaded,) = load_rule_file(RULE_FILE, "newslint", Resources())
    return loaded


def flagged(rule, text: str) -> list[tuple[int, str]]:
    """(offset, text) of each finding, so that repeated names can be told apart."""
    document = Document("a.txt", text)
    result = []
    for finding in check_document(document, [rule], RunSettings()):
        start, end = document.line_index.span(finding.region)
        result.append((start, text[start:end]))
    return result


def test_the_seed_swap_is_flagged_at_the_repeated_name(rule) -> None:
    text = ("Ayatollah Khamenei refused to receive the letter, and Trump informed Abe that he "
            "did not consider Trump a valuable interlocutor.")
    assert flagged(rule, text) == [(text.rfind("Trump"), "Trump")]


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan told Putin that he considered Erdogan the guarantor of the deal.",
        "Foreign Minister Ingrid Halvorsen told her Finnish counterpart, Mikko Laine, that "
        "she regarded Halvorsen as the main obstacle.",
        "Union leader Dario Conti wrote to the chief executive, Paula Ried, that he did not "
        "trust Conti to honour the agreement.",
        "Li told Wang he had never met Li before the summit.",
    ],
)
def test_speaker_swapped_into_the_object(rule, text: str) -> None:
    ((_, name),) = flagged(rule, text)
    assert text.count(name) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Klaus Wendt told Aino Virtanen that he considered her a reliable partner.",
        "Conti wrote to Paula Ried that he did not trust Ried to honour the agreement.",
        "Trump told reporters that he would meet Trump supporters in Ohio.",
        "Smith told the court he had lent Smith's car to a friend.",
        "President Joe Biden said he had spoken to Hunter Biden on Sunday.",
        "The minister told parliament that he would not resign, and Johnson later backed him.",
        "Macron said he had invited Scholz and that Scholz had accepted.",
        "Obama wrote that he had asked Biden to run, and that Biden agreed.",
    ],
)
def test_other_parties_possessives_modifiers_and_relatives_pass(rule, text: str) -> None:
    assert flagged(rule, text) == []
