"""acronym-expansion: a known expansion with a word replaced, and another body's name,
even when the letters still spell the acronym."""

from __future__ import annotations

from tests.helpers import findings, flagged

RULE = "acronym-expansion"


def test_a_replaced_word_is_a_warning_when_the_letters_still_fit() -> None:
    text = "Agents of the Federal Bureau of Intelligence (FBI) searched the house."
    [finding] = findings(RULE, text)
    assert text[finding.column - 1:finding.end_column - 1] == "Federal Bureau of Intelligence"
    assert finding.severity == "warning"
    assert finding.suggestions == ("Federal Bureau of Investigation",)
    assert "'Intelligence' in place of 'Investigation'" in finding.message


def test_a_replaced_word_is_an_error_when_the_letters_do_not_fit() -> None:
    text = "The United Nations High Commissioner for Migrants (UNHCR) opened a camp."
    assert [f.severity for f in findings(RULE, text)] == ["error"]


def test_the_first_word_places_and_word_forms_are_not_replacements() -> None:
    for text in ("The Ruritanian Bureau of Investigation (RBI) searched the house.",
                 "On Monday the Harmonized Indices of Consumer Prices (HICP) rose.",
                 "The Federal Bureau of Investigation (FBI) searched the house."):
        assert flagged(RULE, text) == (), text


def test_another_bodys_name_flags_the_acronym_even_when_its_letters_fit() -> None:
    text = "The United Nations Human Rights Council (UNHCR) met in Geneva."
    [finding] = findings(RULE, text)
    assert text[finding.column - 1:finding.end_column - 1] == "UNHCR"
    assert finding.suggestions == ("UNHRC",)
    text = "The World Trade Organization (WHO) ruled on the dispute."
    assert flagged(RULE, text) == ("WHO",)
