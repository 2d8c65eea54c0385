"""The false-alarm classes of the name rules on edited copy, each flagged and not flagged.

Edited news names many real people and places a letter or two apart; machine translation
respells one name. Each class below has sentences where the rules must stay quiet and a
close sentence where they must still speak. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from newslint.checks.names.evidence import (
    demonym_family,
    differs_by_syllable,
    is_compound_of,
    korean_given_name,
)

from .test_names import NEAR_MISS, VARIANT, run, spans


def flagged(rule, text: str) -> list[tuple[str, str]]:
    """(text, severity) of each finding of ``rule`` on one-line ``text``."""
    return [(text[f.column - 1 : f.end_column - 1], f.severity) for f in run(rule, text)]


def warned(rule, text: str) -> list[str]:
    return [found for found, severity in flagged(rule, text) if severity != "info"]


# -- 1. two full, different names -----------------------------------------------------------


def test_two_full_names_a_letter_apart_are_two_people() -> None:
    text = ("The comedian Harold Walliams opened the show. The singer Peter Williams "
            "closed it, and Williams thanked the crowd.")
    assert spans(VARIANT, text) == []


def test_a_surname_after_its_own_full_name_is_still_compared() -> None:
    text = ("Envoy Harold Lindqvist met the delegation. Lindqvist spoke first, then "
            "Lindquist left early. Lindqvist stayed.")
    assert spans(VARIANT, text) == ["Lindquist"]


# -- 2. demonyms, plurals, clubs, a first name against a place ------------------------------


@pytest.mark.parametrize("text", [
    "Kenya won the vote. Kenyans celebrated in Nairobi, and Kenya's president spoke.",
    "Mexico raised rates. Mexican exporters complained, and Mexico held firm.",
    "A Dane led the panel. Danes voted on Sunday, and the Dane spoke again.",
    "Lord Walsh visited Cardiff. The Welsh side lost, and Walsh left early.",
    "Liberia held elections. Liberians queued for hours; Liberia counted on Monday.",
    "Britain signed the deal. A Briton was hurt, and Britain sent help.",
])
def test_demonyms_and_plurals_of_places_are_not_variants(text: str) -> None:
    assert spans(VARIANT, text) == []


def test_a_club_and_its_nickname_are_not_a_player() -> None:
    text = ("Everton beat the Hammers. Ryan Hamer scored for West Ham, and Evert Janssen "
            "missed. Hamer said the Hammers deserved more.")
    assert warned(VARIANT, text) == []


def test_a_first_name_against_a_known_place() -> None:
    text = "Parisa Karimi flew to Paris. Karimi said Paris was cold, and Paris was busy."
    assert spans(VARIANT, text) == []


def test_a_respelt_place_is_still_a_variant() -> None:
    text = "Kenya won the vote. Kenia's rivals lost, and Kenya celebrated; Kenya spent."
    assert spans(VARIANT, text) == ["Kenia"]
    text = ("Kahramanmaras was hit first. Rescuers reached Kahramanmaras on Monday and "
            "Kahramanmarash on Tuesday.")
    assert spans(VARIANT, text) == ["Kahramanmarash"]


def test_demonym_family() -> None:
    assert demonym_family("kenya", "kenyans")
    assert demonym_family("mexico", "mexican")
    assert demonym_family("britain", "briton")
    assert not demonym_family("zelensky", "zelenskyy")
    assert not demonym_family("bessent", "bescent")


# -- 3. lists of surnames -------------------------------------------------------------------


def test_a_team_line_up_is_not_a_set_of_variants() -> None:
    text = ("The team: Hanley, Henley, Morris, Norris, Batley, Bately, Carver and Garver. "
            "Hanley captained the side.")
    assert spans(VARIANT, text) == []


def test_outside_a_list_the_same_pair_is_reported() -> None:
    text = ("Coach Robert Hanley picked the side. Hanley spoke to reporters, and Henley "
            "said the side was ready. Hanley left.")
    assert spans(VARIANT, text) == ["Henley"]


# -- 4. romanized names that differ by a whole syllable -------------------------------------


@pytest.mark.parametrize("text", [
    "Flights from Changsha to Changchun doubled. Changsha said Changchun agreed.",
    "Jinan and Jining signed a pact. Officials in Jining said Jinan would pay.",
    "Haiphong and Haiyang are ports. Haiyang grew faster than Haiphong last year.",
    "Factories in Dongguan shut. Dongguan officials met Donggang officials, and Dongguan "
    "reopened.",
])
def test_romanized_names_a_syllable_apart_are_different_places(text: str) -> None:
    assert spans(VARIANT, text) == []


def test_a_slip_inside_one_syllable_is_one_name_respelt() -> None:
    text = ("Prime Minister Tran Minh Chinh met envoys. Minister Tran Minh Chin said the "
            "talks went well. Tran Minh Chinh left.")
    assert spans(VARIANT, text) == ["Chin"]
    assert not differs_by_syllable("mingong", "mingeng")
    assert differs_by_syllable("changsha", "changchun")


# -- 5. hyphenated compounds of places ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Russia-U.S. talks resumed. Russia said the U.S. side agreed, and Russia left.",
    "Sino-Indian trade grew. India said China agreed, and Indian firms gained.",
    "The Franco-German plan passed. France and Germany signed it; German banks gained.",
    "German-US trade fell. German exporters blamed tariffs, and German banks agreed.",
    "The UK-based fund and the US-based bank merged. UK-based staff moved.",
])
def test_compounds_of_places_are_their_parts(text: str) -> None:
    assert spans(VARIANT, text) == []


def test_compounds_are_not_variants_of_their_parts() -> None:
    assert is_compound_of("German-US", "German")
    assert is_compound_of("JPMorgan", "Morgan")
    assert not is_compound_of("Abbey", "Abe")


# -- 6. an ordinary place or word one edit from a known name --------------------------------


@pytest.mark.parametrize("text", [
    "Floods hit Siberia again. Roads in Siberia closed on Monday.",
    "The bank's Halifax branch closed. Halifax staff moved to Leeds.",
    "Prices rose in Dallas. Dallas traders said demand was strong.",
])
def test_a_place_like_a_known_name_is_at_most_info(text: str) -> None:
    assert warned(NEAR_MISS, text) == []


def test_a_known_first_name_or_office_makes_the_near_miss_a_warning() -> None:
    assert warned(NEAR_MISS, "Treasury Secretary Bescent met bankers. Bescent spoke.") == [
        "Bescent", "Bescent"]
    assert warned(NEAR_MISS, "Scott Bessent's deputy met Bescent's staff on Monday.") == []
    text = "Kaja arrived first. EU envoy Kallas and Dallas officials met; Kalas spoke."
    assert warned(NEAR_MISS, text) == []  # the known name itself is written: a variant
    text = "Rachel arrived on Monday. Reevez said the budget was fair. Reevez left."
    assert warned(NEAR_MISS, text) == ["Reevez", "Reevez"]  # her first name is in the article


# -- one finding per pair, honest suggestions, no mixed people ------------------------------


def test_a_variant_pair_is_one_finding_with_the_other_mentions_related() -> None:
    text = ("Envoy Harold Lindqvist arrived. Lindquist spoke, Lindquist smiled, and "
            "Lindqvist left. Lindqvist returned.")
    [finding] = run(VARIANT, text)
    assert text[finding.column - 1 : finding.end_column - 1] == "Lindquist"
    assert "2 mentions" in finding.message and "3 mentions" in finding.message
    assert len(finding.related) == 4  # the other Lindquist and the three Lindqvists
    assert finding.suggestions == ()  # no gazetteer form: the majority is not the fix


def test_a_message_never_cites_another_person_of_the_same_name() -> None:
    text = ("The striker Marco Rossi scored twice. Rossi said Marcco played well, and "
            "Marco Rossi thanked Marco's fans.")
    for finding in run(VARIANT, text) + run(NEAR_MISS, text):
        assert "Rubio" not in finding.message
    # the lone "Marcco" is the article's own pair, reported once, not a near miss too
    assert spans(NEAR_MISS, text) == []
    assert spans(VARIANT, text) == ["Marcco"]


# -- Korean names whatever the spacing ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Moon Jae-in met officials. Moon Jae In said talks would go on, and Moon Jaein left.",
    "Kim Min-jun won the race. Kim Min Jun said he was tired; Kim Minjun left.",
])
def test_a_korean_given_name_however_spaced_is_one_name(text: str) -> None:
    assert spans(VARIANT, text) == []
    assert spans(NEAR_MISS, text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Former president Mun Jae-in met officials in Seoul.", "Mun"),
    ("Former president Moon Jae-yin met officials in Seoul.", "Jae-yin"),
])
def test_mt_respellings_of_a_korean_name_are_near_misses(text: str, found: str) -> None:
    assert spans(NEAR_MISS, text) == [found]


def test_korean_given_name_slots() -> None:
    assert korean_given_name(("Moon", "Jae", "In")) == (1, 3)
    assert korean_given_name(("Moon", "Jaein")) == (1, 2)
    assert korean_given_name(("Wang", "Yining")) is None


def test_a_title_word_of_a_known_name_is_no_support_for_a_near_miss() -> None:
    # "King" belongs to "King Hamad", but a king elsewhere does not make a lender a person
    text = "Research from Halifax showed prices rising. Stephen King signed books in Leeds."
    assert warned(NEAR_MISS, text) == []


def test_a_near_miss_in_an_edited_list_of_names_is_at_most_info() -> None:
    text = ("The squad: Morris, Norris, Hanley, Henley, Batley and Carver. Morris captained "
            "the side.")
    assert warned(NEAR_MISS, text) == []
    assert warned(VARIANT, text) == []
