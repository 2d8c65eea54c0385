"""office-holder: a name after an office's title judged against the office's holders."""

from __future__ import annotations

import pytest

from newslint.checks.names.offices import OfficeIndex, names_country, parse_role, title_forms
from newslint.gazetteer import Entity, Gazetteer
from tests.helpers import findings, flagged

RULE = "office-holder"


def severities(text: str) -> list[tuple[str, str]]:
    return [(f.severity, text[f.column - 1:f.end_column - 1]) for f in findings(RULE, text)]


@pytest.mark.parametrize(("role", "title", "country"), [
    ("Prime Minister of Japan", "prime minister", "japan"),
    ("Secretary of State, United States", "secretary of state", "united states"),
    ("Premier, State Council of China", "premier", "china"),
    ("Minister of National Defense, Taiwan", "minister of defense", "taiwan"),
])
def test_roles_split_into_title_and_country(role: str, title: str, country: str) -> None:
    [parsed] = parse_role(role)
    assert (parsed.title, parsed.country) == (title, country)


def test_titles_are_also_written_with_the_field_first() -> None:
    assert {"finance minister", "minister of finance"} <= title_forms("minister of finance")
    assert "foreign minister" in title_forms("minister for foreign affairs")
    assert "treasury secretary" in title_forms("secretary of treasury")


def test_demonyms_and_abbreviations_name_their_country() -> None:
    assert names_country(["Japanese"], "japan")
    assert names_country(["Japan's"], "japan")
    assert names_country(["U.S."], "united states")
    assert names_country(["South", "Korean"], "south korea")
    assert not names_country(["North", "Korean"], "south korea")
    assert not names_country(["Nepalese"], "japan")


def test_succession_follows_as_of() -> None:
    older = Entity("Ann Older", "person", role="Prime Minister of Ruritania", as_of=2001)
    newer = Entity("Ben Newer", "person", role="Prime Minister of Ruritania", as_of=2009)
    index = OfficeIndex(Gazetteer([newer, older]))
    [holding] = [h for h in index.by_title["prime minister"] if h.entity is older]
    successor = index.successor(holding)
    assert successor is not None and successor.entity is newer


def test_a_misspelt_holder_is_a_warning_with_the_holder_as_suggestion() -> None:
    text = "Secretary of State Marco Rubiot landed in Doha."
    [finding] = findings(RULE, text)
    assert finding.severity == "warning"
    assert finding.suggestions == ("Marco Rubio",)


def test_three_part_name_with_one_part_replaced_is_a_warning() -> None:
    text = "Vietnamese Prime Minister Pham Minh Quang chaired the meeting."
    assert severities(text) == [("warning", "Pham Minh Quang")]


def test_two_part_name_with_the_given_name_replaced_is_info_only_with_a_country() -> None:
    assert severities("Japanese Prime Minister Hiroshi Kishida spoke.") == [
        ("info", "Hiroshi Kishida")]
    assert flagged(RULE, "Prime Minister Hiroshi Kishida spoke.") == ()


def test_sharing_only_the_given_name_is_another_person() -> None:
    assert flagged(RULE, "Ukraine's President Viktor Yuschenko spoke.") == ()


def test_known_people_and_other_countries_are_left_alone() -> None:
    text = ("Prime Minister Fumio Kishida met President Xi Jinping. Nepal's Prime Minister "
            "Pushpa Kamal Dahal and Foreign Minister Wang Yi spoke.")
    assert flagged(RULE, text) == ()


def test_a_past_holder_is_info_only_when_the_dates_are_later() -> None:
    late = "Prime Minister Shinzo Abe opened the forum, the ministry said on May 2, 2024."
    assert severities(late) == [("info", "Shinzo Abe")]
    assert flagged(RULE, "Prime Minister Shinzo Abe opened the forum on May 2, 2015.") == ()
    assert flagged(RULE, "Former Prime Minister Shinzo Abe was recalled on May 2, 2024.") == ()
    assert flagged(RULE, "Prime Minister Shinzo Abe opened the forum.") == ()
    assert flagged(RULE, "In 2015 Prime Minister Shinzo Abe spoke, it said on May 2, 2024.") == ()


def test_long_names_without_a_title() -> None:
    assert severities("Luiz Inacio Lula da Silvo arrived.") == [
        ("warning", "Luiz Inacio Lula da Silvo")]
    assert flagged(RULE, "Luiz Inacio Lula da Silva arrived.") == ()


def test_a_replaced_part_without_a_title_is_a_namesake() -> None:
    assert flagged(RULE, "Investor Alwaleed bin Talal bought the shares.") == ()


def test_a_garbled_given_name_with_the_holders_surname_is_a_near_miss() -> None:
    """The same initial, about as long: the given name transliterated anew."""
    assert severities("Prime Minister Fumeo Kishida met the envoy.") == [
        ("warning", "Fumeo Kishida")]
    assert flagged(RULE, "Prime Minister Hiroshi Kishida met the envoy.") == ()


def test_a_role_without_a_title_is_ignored() -> None:
    odd = Entity("Ann Odd", "person", role=", Ruritania", as_of=2001)
    index = OfficeIndex(Gazetteer([odd]))
    assert "" not in index.by_title
    assert index.title_before(["the"]) is None


def test_hyphenated_titles_and_a_comma_before_the_name() -> None:
    assert flagged(RULE, "UN Secretary-General Antonio Guterez spoke.") == ("Antonio Guterez",)
    assert flagged(RULE, "The Secretary of State, Marco Rubiot, spoke.") == ("Marco Rubiot",)


def test_the_countries_named_before_titles_are_remembered_within_a_bound(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A long archive run meets endless words before titles: the memo starts again when
    full, and answers stay the same."""
    from newslint.checks.names import offices

    monkeypatch.setattr(offices, "_NAMED_MAX", 2)
    index = OfficeIndex(Gazetteer([
        Entity("Ann Older", "person", role="Prime Minister of Ruritania", as_of=2001),
        Entity("Cy Other", "person", role="President of Freedonia", as_of=2005)]))
    asked = [("Ruritania",), ("Freedonia",), ("Ruritanian",), ("Ruritania",)]
    answers = [index.countries_named(words) for words in asked]
    assert len(index._named) <= 2
    assert answers[0] == answers[3] == frozenset({"ruritania"})  # folded country names
    assert answers[1] == frozenset({"freedonia"})
