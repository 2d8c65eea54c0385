"""The archive's false-alarm classes: house-style spellings, rival full names, lone words
near names the archive writes only inside longer names, consonants of another sound, and
given names. Each class has a case that is reported and one that is not (invented text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.archive.style import same_word_in_house_styles
from newslint.cli import main


def _write(root: Path, articles: list[str]) -> None:
    for index, text in enumerate(articles):
        (root / f"a{index:03d}.txt").write_text(text, encoding="utf-8")


def _house_findings(root: Path, capsys) -> list[tuple[str, str, str]]:
    """(file, severity, message up to the dash) of every archive finding."""
    main(["archive", "--format", "json", "--fail-on", "never", str(root)])
    report = json.loads(capsys.readouterr().out)
    return [(Path(f["path"]).name, f["severity"], f["message"].split(" —")[0])
            for f in report["findings"] if f["rule"].startswith("archive/")]


# -- house-style spellings ---------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("toward", "towards"), ("afterward", "afterwards"), ("co-operation", "cooperation"),
    ("on-line", "online"), ("health care", "healthcare"), ("organisation", "organization"),
    ("World Trade Organisation", "World Trade Organization"), ("analyse", "analyze"),
    ("colour", "color"), ("favourite", "favorite"), ("travelled", "traveled"),
    ("counsellor", "counselor"), ("fulfil", "fulfill"), ("centre", "center"),
    ("manoeuvre", "maneuver"), ("catalogue", "catalog"), ("programme", "program"),
    ("judgement", "judgment"), ("defence", "defense"), ("paediatric", "pediatric"),
    ("Viet Nam", "Vietnam"), ("Kim Jong Un", "Kim Jong-un"), ("COVID-19", "Covid-19"),
])
def test_standard_spellings_of_one_word_are_a_house_style(a: str, b: str) -> None:
    assert same_word_in_house_styles(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Kyiv", "Kiev"), ("CCP", "CPC"), ("Macao", "Macau"), ("Yanukovych", "Yanukovich"),
    ("Bombay", "Mumbai"), ("toward", "toward"),
])
def test_two_names_are_not_a_house_style(a: str, b: str) -> None:
    assert not same_word_in_house_styles(a, b)


def _towards(root: Path, house: int, other: int) -> None:
    _write(root, [f"The committee moved towards a vote on the harbour budget ({i}).\n"
                  for i in range(house)] +
           [f"The committee moved toward a vote on the school budget ({i}).\n" for i in range(other)])


def test_a_house_style_the_house_keeps_almost_always_is_an_info(tmp_path: Path, capsys) -> None:
    _towards(tmp_path, house=20, other=1)
    assert _house_findings(tmp_path, capsys) == [
        ("a020.txt", "info", "'toward' (1 article)")]


def test_a_house_style_the_house_only_mostly_keeps_is_not_reported(tmp_path: Path, capsys) -> None:
    # 12 of 14 articles (86 %): a house that writes both, or runs copy of two styles
    _towards(tmp_path, house=12, other=2)
    assert _house_findings(tmp_path, capsys) == []


def test_a_name_written_another_way_is_still_a_warning_at_five_to_one(tmp_path: Path, capsys) -> None:
    _write(tmp_path, [f"Talks in Kyiv resumed on day {i} of the ceasefire.\n" for i in range(5)] +
           ["Talks in Kiev resumed after the ceasefire.\n"])
    assert _house_findings(tmp_path, capsys) == [
        ("a005.txt", "warning", "'Kiev' (1 article)")]


# -- full names -----------------------------------------------------------------------------------

def _ibanez(root: Path, house: int, other: int) -> None:
    """"Ibáñez" is common (many articles on Luis Ibáñez); Marta's name is written with and
    without the accents."""
    _write(root, [f"The coach, Luis Ibáñez, praised the squad after match {i}. Ibáñez smiled.\n"
                  for i in range(20)] +
           [f"The prosecutor, Marta Ibáñez, filed charge {i}.\n" for i in range(house)] +
           [f"The prosecutor, Marta Ibanez, filed a charge (note {i}).\n" for i in range(other)])


def test_a_full_name_respelt_in_a_few_articles_is_found(tmp_path: Path, capsys) -> None:
    _ibanez(tmp_path, house=6, other=1)
    assert _house_findings(tmp_path, capsys) == [("a026.txt", "warning", "'Ibanez' (1 article)")]


def test_a_full_name_the_archive_writes_both_ways_is_not_a_variant(tmp_path: Path, capsys) -> None:
    # the word is rare ("Ibanez" 2, "Ibáñez" 23 articles) but the person's name is not:
    # "Marta Ibáñez" 3, "Marta Ibanez" 2 articles; no house form for her to be held to
    _ibanez(tmp_path, house=3, other=2)
    assert _house_findings(tmp_path, capsys) == []


HALVORSEN = ["Inspector Margit Halvorsen said the ferry would be inspected. Halvorsen agreed.\n",
             "The mayor, Tobias Kranefeld, thanked Margit Halvorsen. Halvorsen smiled.\n"]


def test_another_person_called_by_the_surname_alone_is_not_a_variant(tmp_path: Path, capsys) -> None:
    # the archive never writes "Jonas Halvorsen": Jonas Halvorson is someone else, also
    # where the article goes on to call him "Halvorson"
    _write(tmp_path, HALVORSEN * 4 + ["The skipper, Jonas Halvorson, said the ferry was safe. "
                                      "Halvorson then left the quay.\n"])
    assert _house_findings(tmp_path, capsys) == []


def test_the_house_person_respelt_and_then_called_by_the_surname_is_found(tmp_path: Path, capsys) -> None:
    _write(tmp_path, HALVORSEN * 4 + ["Inspector Margit Halvorson said the ferry was safe. "
                                      "Halvorson then left the quay.\n"])
    assert _house_findings(tmp_path, capsys) == [("a008.txt", "warning", "'Halvorson' (1 article)")]


# -- lone words ----------------------------------------------------------------------------------

QUILLFEATHER = [
    "Councillor Evander Quillfeather opened the library. Quillfeather thanked the builders.\n",
    "The councillor, Evander Quillfeather, closed the pool. Quillfeather blamed the budget.\n",
]


def test_a_lone_word_near_a_name_written_only_in_full_is_not_a_variant(tmp_path: Path, capsys) -> None:
    # "Evander" is only ever the first word of a full name: a lone "Evandor" is not it
    _write(tmp_path, QUILLFEATHER * 3 + ["Evandor spoke to the reporters on the quay.\n"])
    assert _house_findings(tmp_path, capsys) == []


def test_a_lone_word_near_a_name_written_alone_is_an_info(tmp_path: Path, capsys) -> None:
    # "Quillfeather" stands alone in the archive: a lone "Quilfeather" may be it respelt
    _write(tmp_path, QUILLFEATHER * 3 + ["Quilfeather spoke to the reporters on the quay.\n"])
    assert _house_findings(tmp_path, capsys) == [("a006.txt", "info", "'Quilfeather' (1 article)")]


TOLVANGER = [f"Shares of Tolvanger rose on day {i}. Tolvanger makes ferries.\n" for i in range(8)]


def test_a_lone_word_a_consonant_of_another_sound_away_is_another_name(tmp_path: Path, capsys) -> None:
    _write(tmp_path, TOLVANGER + ["Shares of Tolvanher rose. Tolvanher makes buses.\n"])
    assert _house_findings(tmp_path, capsys) == []


@pytest.mark.parametrize("variant", ["Tolvenger", "Tolvanjer", "Tolvangger"])
def test_a_lone_word_respelt_with_the_sound_kept_is_an_info(tmp_path: Path, capsys, variant: str) -> None:
    # a vowel for a vowel, "j" for "g" (one sound in many transliterations), a doubled letter
    _write(tmp_path, TOLVANGER + [f"Shares of {variant} rose. {variant} makes buses.\n"])
    assert _house_findings(tmp_path, capsys) == [("a008.txt", "info", f"'{variant}' (1 article)")]


# -- given names ---------------------------------------------------------------------------------

FAMILY = [  # "Quillfeather" is shared by a family: the context "Quillfeather" is common
    "Evander Quillfeather opened the library.\n", "Maris Quillfeather closed the pool.\n",
    "Tobin Quillfeather paved the road.\n", "Evander Mosk sold the farm.\n",
    "Evander Pellow bought the mill.\n", "Evander Quillfeather cut the ribbon.\n",
    "Brightwater Gazette reported the vote.\n", "Quorvale Gazette reported the fire.\n",
    "Ashmoreton Gazette reported the storm.\n",
    *(f"Brightwater Gazette reported story {i}.\n" for i in range(5)),
]


def test_a_given_name_many_people_share_is_not_respelt_by_one_letter(tmp_path: Path, capsys) -> None:
    # "Evander" starts three full names: "Evandor Quillfeather" may be another family member
    _write(tmp_path, FAMILY + ["Evandor Quillfeather painted the hall.\n"])
    assert _house_findings(tmp_path, capsys) == []


def test_the_first_word_of_one_name_is_not_a_given_name(tmp_path: Path, capsys) -> None:
    # "Brightwater" starts one name only ("Brightwater Gazette"): a respelling is found
    _write(tmp_path, FAMILY + ["Brightwatter Gazette reported the vote.\n"])
    assert _house_findings(tmp_path, capsys) == [("a014.txt", "info", "'Brightwatter' (1 article)")]


# -- word families --------------------------------------------------------------------------------

MARWICKSON = [f"Marwickson said on day {i} that the ferries would run. Tolvania agreed.\n"
              for i in range(8)]


def test_a_letter_dropped_before_the_ending_is_a_respelling_not_a_word_family(tmp_path: Path, capsys) -> None:
    # "-son" / "-sn" look like two demonym endings; the ending kept, it is one name respelt
    _write(tmp_path, MARWICKSON + ["Marwicksn said the ferries would run.\n"])
    assert _house_findings(tmp_path, capsys) == [("a008.txt", "info", "'Marwicksn' (1 article)")]


def test_a_place_and_its_people_are_a_word_family(tmp_path: Path, capsys) -> None:
    _write(tmp_path, MARWICKSON + ["Tolvanian officials said the ferries would run.\n"])
    assert _house_findings(tmp_path, capsys) == []
