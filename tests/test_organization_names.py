"""One organisation named several ways: full-name consistency and near misses."""

from __future__ import annotations

from newslint.checks.names.term_consistency import full_name_groups
from newslint.gazetteer import Entity
from tests.helpers import findings, flagged


def test_full_name_groups_leave_out_short_forms_acronyms_and_spellings() -> None:
    entity = Entity("Office of the Ruritanian Refugee Commissioner", "organization", aliases=(
        "Ruritanian Refugee Commissioner", "Ruritania Displaced Persons Office",
        "RU Refugee Office", "Refugees", "Ruritania Displaced-Persons Office"))
    [group] = full_name_groups([entity])
    assert group.forms == ("Office of the Ruritanian Refugee Commissioner",
                           "Ruritania Displaced Persons Office")


def test_people_and_places_make_no_groups() -> None:
    person = Entity("Ann Maria Example", "person", aliases=("Ann Maria Exemplar Smith",))
    assert full_name_groups([person]) == []


def test_two_full_names_of_one_body_are_reported_where_the_minority_is() -> None:
    text = ("Xinhua News Agency said so. Xinhua News Agency added details. "
            "The New China News Agency later denied it.")
    [finding] = findings("organization-name-variant", text)
    assert text[finding.column - 1:finding.end_column - 1] == "New China News Agency"
    assert finding.suggestions == ("Xinhua News Agency",)


def test_a_name_and_its_short_form_are_consistent() -> None:
    text = "The Islamic Revolutionary Guard Corps fired missiles. The Revolutionary Guards said so."
    assert flagged("organization-name-variant", text) == ()


def test_a_synonym_swapped_in_a_known_name_is_a_near_miss() -> None:
    text = "He met the head of the World Health Agency on Monday."
    [finding] = findings("organization-near-miss", text)
    assert text[finding.column - 1:finding.end_column - 1] == "World Health Agency"
    assert finding.suggestions == ("World Health Organization",)


def test_known_names_reordered_names_and_unrelated_words_are_not_near_misses() -> None:
    for text in ("He met the head of the World Health Organization on Monday.",
                 "He met the head of the World Trade Organization on Monday.",
                 "The Ministry of Foreign Affairs and the Foreign Affairs Ministry met.",
                 "The World Bank Group and the International Finance Corporation met."):
        assert flagged("organization-near-miss", text) == (), text


def test_no_known_name_in_the_gazetteer_is_a_near_miss() -> None:
    from newslint.check import Resources
    from newslint.rules.loader import builtin_pack_dir

    gazetteer = Resources().gazetteer(
        [builtin_pack_dir() / "data" / "gazetteer" / name
         for name in ("people.yaml", "places.yaml", "organizations.yaml")])
    wrong = [form for entity in gazetteer.entities for form in entity.forms
             if flagged("organization-near-miss", f"On Monday the {form} said it would act.")]
    assert wrong == []
