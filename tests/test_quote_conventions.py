"""Quotation and punctuation conventions of edited news that must not read as debris.

News style quotes a speaker over several paragraphs by reopening each paragraph and
closing only the last; elisions start with an apostrophe; a lone stray space is a typo
edited copy has too. Each class has a flagged and a not-flagged case.
"""

from __future__ import annotations

import pytest

from newslint.document import Document

from .helpers import builtin_rule, findings, flagged

# -- quotations continued over paragraphs ----------------------------------------------------


@pytest.mark.parametrize("text", [
    # paragraphs joined onto one line: each sentence-initial reopening continues the quote
    "The coach said: \"We played badly. \"The second half was better. \"We go again on Sunday.\"",
    "“We lost the vote. “We will win the next one,” the leader said.",
    "Officials were relieved. \"The water is safe to drink. \"Schools reopen on Monday.\"",
    # the same over real paragraphs
    "The coach said: \"We played badly.\n\n\"The second half was better.\"",
    # British single quotes, joined the same way, and a nested quotation
    "The coach said: 'We played badly. 'The second half was better.'",
    "“She told me ‘we are done’. “Then she left,” he said.",
])
def test_a_quote_reopened_at_a_sentence_start_continues(text: str) -> None:
    assert flagged("unbalanced-quotes", text) == ()


def test_a_quote_reopened_after_a_colon_leaves_the_first_one_open() -> None:
    """A new quotation introduced by "he added:" does not continue the open one."""
    text = 'He said: "The ban is absurd. He added: "We will appeal on Monday."'
    assert flagged("unbalanced-quotes", text) == ('"',)


def test_a_quote_never_closed_at_the_paragraph_end_is_still_reported() -> None:
    text = "The judge ruled that the claim was \"baseless and vexatious.\n\nThe firm will appeal."
    assert flagged("unbalanced-quotes", text) == ('"',)


def test_a_nested_single_quote_after_a_double_one_opens_it() -> None:
    text = "He sighed. \"'Not again,' I told them,\" he said. \"They laughed.\""
    assert flagged("unbalanced-quotes", text) == ()


# -- apostrophes that are not quotation marks ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Fans loved 'em, and they'll keep playing 'til dawn.",
    "The band played rock 'n' roll from the '90s 'cause the crowd wanted it.",
    "He stayed 'cause, he said, nobody else would.",
    "The charity OutRage!'s director and the Yahoo!'s chief spoke.",
    "The agency rated the bonds 'BB+'. Last year it rated them 'BBB-'.",
    "The students' union and the teachers' pay dispute go on.",
])
def test_elisions_and_apostrophes_are_not_quotes(text: str) -> None:
    assert flagged("unbalanced-quotes", text) == ()


def test_an_unclosed_straight_single_quote_is_only_a_hint() -> None:
    """A straight ' may be an unlisted elision ('appen): info, not a warning."""
    [finding] = findings("unbalanced-quotes", "He called the plan 'dead on arrival and left.")
    assert finding.severity == "info"


def test_an_unclosed_curly_single_quote_is_a_warning() -> None:
    [finding] = findings("unbalanced-quotes", "He called the plan ‘dead on arrival and left.")
    assert finding.severity == "warning"


# -- a text ending in a closing quote ---------------------------------------------------------


def test_a_text_ending_in_a_closing_quote_without_newline_does_not_crash() -> None:
    text = ('The minister called the plan "a farce," and the mayor called it "a joke." '
            'Critics said it was "a disgrace"')
    check = builtin_rule("quote-punctuation-placement").check
    assert list(check.run(Document("<t>", text))) == []
    assert list(check.run(Document("<t>", text + ".\n")))[0].end == len(text) + 1


# -- stray spaces and doubled stops ------------------------------------------------------------


def test_one_space_before_punctuation_is_a_hint_two_are_a_warning() -> None:
    [one] = findings("space-before-punctuation", "The talks ended , officials said.")
    assert one.severity == "info"
    two = findings("space-before-punctuation", "The talks ended , officials said . Then rain.")
    assert [f.severity for f in two] == ["warning", "warning"]


@pytest.mark.parametrize("text", [
    "The result was dull :-( and fans left early.",
    "Fans were dull :) but happy.",
])
def test_emoticons_are_not_spaced_punctuation(text: str) -> None:
    assert flagged("space-before-punctuation", text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("Fans left early :( and the club apologised.", ()),
    ("Fans were unhappy &lt;( with the result.", ()),
    ("The list: items:(1 first and more.", ("(",)),
    ("The agency (which is funded by the state said it would appeal.", ("(",)),
])
def test_emoticons_are_not_brackets(text: str, expected: tuple[str, ...]) -> None:
    assert flagged("unbalanced-brackets", text) == expected


def test_two_full_stops_are_a_hint_a_stop_and_comma_a_warning() -> None:
    [dots] = findings("doubled-punctuation", "Nobody has heard of them.. They are good.")
    assert dots.severity == "info"
    [mixed] = findings("doubled-punctuation", "Growth slowed., the bank said.")
    assert mixed.severity == "warning"
