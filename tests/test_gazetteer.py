"""Gazetteers (README, Gazetteers): loading, located errors, user extensions, the shipped data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslint.gazetteer import load_gazetteers
from newslint.io.yamlsource import YamlError
from newslint.rules.loader import builtin_pack_dir

from .conftest import run_cli, run_json

SHIPPED = sorted((builtin_pack_dir() / "data" / "gazetteer").glob("*.yaml"))


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_gazetteer_indexes_names_forms_and_acronyms(tmp_path: Path) -> None:
    path = write(tmp_path, "g.yaml", """\
entities:
  - name: Ali Khamenei
    kind: person
    aliases: [Ayatollah Ali Khamenei, Khamenei]
    confusable: [Ruhollah Khomeini]
  - name: Ruhollah Khomeini
    kind: person
    aliases: [Khomeini]
    confusable: [Ali Khamenei]
  - name: Macao
    kind: place
    aliases: [Macau]
    variants: [[Macao, Macau]]
  - name: Joint Comprehensive Plan of Action
    kind: agreement
    acronym: JCPOA
""")
    gazetteer = load_gazetteers([path])
    assert len(gazetteer) == 4
    assert gazetteer.by_name["Ali Khamenei"].confusable == ("Ruhollah Khomeini",)
    assert [e.name for e in gazetteer.by_form["Khamenei"]] == ["Ali Khamenei"]
    assert [e.name for e in gazetteer.by_form_lower["macau"]] == ["Macao"]
    assert gazetteer.by_name["Macao"].variants == (("Macao", "Macau"),)
    assert [e.name for e in gazetteer.by_acronym["JCPOA"]] == ["Joint Comprehensive Plan of Action"]


@pytest.mark.parametrize(("text", "where", "message"), [
    ("entities:\n  - name: A\n    kind: person\n  - name: B\n    kind: persn\n",
     "5:11", "kind must be one of"),
    ("entities:\n  - name: A\n    kind: person\n    nickname: Al\n",
     "4:5", "unknown key 'nickname'"),
    ("entities:\n  - name: A\n    aliases: [B]\n",
     "2:5", "entity without 'kind'"),
    ("entities:\n  - name: A\n    kind: person\n    aliases: [B, 3]\n",
     "4:14", "'aliases' must be a list of non-empty strings"),
    ("entities:\n  - name: Macao\n    kind: place\n    variants: [Macao, Macau]\n",
     "4:15", "'variants' must be a list of lists of two or more strings"),
    ("entities:\n  - name: A\n    kind: person\n    confusable: [Ruhollah Khomeiny]\n",
     "4:18", "confusable 'Ruhollah Khomeiny' is not the name of any entity"),
    ("entities:\n  - name: A\n    kind: person\n    as_of: soon\n",
     "4:12", "'as_of' must be a year"),
    ("entities:\n  - name: [A\n", "3:1", "invalid YAML"),
    ("- name: A\n  kind: person\n", "1:1", "a gazetteer is a mapping with a list under 'entities'"),
])
def test_every_bad_entry_is_a_located_one_line_error(tmp_path: Path, text: str, where: str,
                                                     message: str) -> None:
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(YamlError) as raised:
        load_gazetteers([path])
    assert str(raised.value).startswith(f"{path}:{where}: ")
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_bad_user_gazetteer_exits_2_naming_file_and_line(workdir: Path) -> None:
    write(workdir, "ours.yaml", "entities:\n  - name: Gunnar Lindqvist\n    kind: persn\n")
    write(workdir, ".newslint.yaml", "gazetteers: [ours.yaml]\n")
    write(workdir, "a.txt", "Lindqvist spoke.\n")
    result = run_cli("check", "a.txt", cwd=workdir)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert re.search(r"ours\.yaml:3:11: kind must be one of", stderr), stderr
    assert "Traceback" not in stderr


def test_a_bad_gazetteer_named_by_a_rule_exits_2(workdir: Path) -> None:
    pack = workdir / "house"
    pack.mkdir()
    write(pack, "names.yaml", "entities:\n  - name: Gunnar Lindqvist\n    kind: person\n"
                              "    aliases: Lindqvist\n")
    write(pack, "house-names.yaml", """\
id: house-names
check: name-consistency
mode: near-miss
gazetteers: [names.yaml]
category: locale/name-format
description: Near misses of the names our newsroom writes about every day.
examples:
  - text: "Lindquist spoke."
    flags: ["Lindquist"]
""")
    write(workdir, ".newslint.yaml", "packs: [newslint, house]\n")
    write(workdir, "a.txt", "Lindquist spoke.\n")
    result = run_cli("check", "a.txt", cwd=workdir)
    assert result.returncode == 2
    assert "names.yaml:4:14: 'aliases' must be a list" in result.stderr.decode()


def test_user_gazetteers_and_vocabulary_extend_the_known_names(workdir: Path) -> None:
    write(workdir, "ours.yaml", "entities:\n  - name: Gunnar Lindqvist\n    kind: person\n"
                                "    aliases: [Lindqvist]\n    description: Swedish ambassador\n")
    write(workdir, "a.txt", "The talks ended. Lindquist said they would resume.\n")
    args = ("--select", "newslint/name-near-miss", "a.txt")
    _, report = run_json(*args, cwd=workdir)
    assert report["findings"] == []

    write(workdir, ".newslint.yaml", "gazetteers: [ours.yaml]\n")
    _, report = run_json(*args, cwd=workdir)
    [finding] = report["findings"]
    assert finding["suggestions"] == ["Lindqvist"]
    assert "Gunnar Lindqvist, Swedish ambassador" in finding["message"]

    write(workdir, ".newslint.yaml", "gazetteers: [ours.yaml]\nvocabulary: [Lindquist]\n")
    _, report = run_json(*args, cwd=workdir)
    assert report["findings"] == []


# -- the shipped gazetteers ---------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped():
    return load_gazetteers(SHIPPED)


def test_the_shipped_gazetteers_load_and_cover_people_and_places(shipped) -> None:
    assert {p.name for p in SHIPPED} >= {"people.yaml", "places.yaml", "organizations.yaml"}
    kinds = [entity.kind for entity in shipped.entities]
    assert kinds.count("person") + kinds.count("place") >= 400


def test_confusables_are_listed_on_both_entries(shipped) -> None:
    one_sided = [(entity.name, other) for entity in shipped.entities
                 for other in entity.confusable
                 if entity.name not in shipped.by_name[other].confusable]
    assert one_sided == []


def test_variant_groups_are_spellings_not_a_name_and_its_short_form(shipped) -> None:
    """Writing "el-Sisi" then "Sisi" is normal news style; a variant group says otherwise."""
    mixed = []
    for entity in shipped.entities:
        for group in entity.variants:
            for form in group:
                parts = re.split(r"[\s-]+", form)
                if len(parts) > 1 and parts[-1] in group:
                    mixed.append((entity.name, form, parts[-1]))
    assert mixed == []
