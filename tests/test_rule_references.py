"""A typo in a rule id must never turn checking off silently.

An id or prefix in --select/--ignore or in the configuration's select, ignore, severity
and per-file-ignores that names no rule is exit 2 with the nearest ids; a prefix matches at
a ``/`` or ``-`` boundary only; a suppression comment naming an unknown rule is a finding
of its own (newslint/unknown-suppression).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.config.settings import is_selected, prefix_matches

from .conftest import run_cli, run_json

HOUSE_RULE = """\
id: {name}
check: existence
severity: warning
category: style/house
enabled: {enabled}
tokens: [{token}]
description: |
  House style bans this word in copy; a test rule with enough words to explain itself.
examples:
  - text: "It was {token}."
    flags: ["{token}"]
  - text: "It was fine."
    flags: []
"""


@pytest.fixture
def house(workdir: Path) -> Path:
    pack = workdir / "house"
    pack.mkdir()
    (pack / "banned-word.yaml").write_text(
        HOUSE_RULE.format(name="banned-word", enabled="true", token="awesome"))
    (pack / "banned-words.yaml").write_text(
        HOUSE_RULE.format(name="banned-words", enabled="true", token="amazing"))
    (pack / "opt-in.yaml").write_text(
        HOUSE_RULE.format(name="opt-in", enabled="false", token="epic"))
    (workdir / ".newslint.yaml").write_text("packs: [newslint, house]\n")
    (workdir / "story.txt").write_text("It was awesome, amazing and epic.\n")
    return workdir


def rules_reported(report: dict) -> list[str]:
    return sorted({f["rule"] for f in report["findings"]})


@pytest.mark.parametrize(("rule_id", "prefix", "expected"), [
    ("house/banned-words", "house/banned-word", False),
    ("house/banned-word", "house/banned-word", True),
    ("newslint/name-variant", "newslint/name", True),
    ("newslint/name-variant", "newslint/name-", True),
    ("newslint/name-variant", "newslint/name-var", False),
    ("newslint/name-variant", "newslint", True),
    ("newslint/name-variant", "newslint/", True),
    ("newslintx/name-variant", "newslint", False),
    ("newslint/name-variant", "", False),
])
def test_a_prefix_matches_at_a_boundary_only(rule_id, prefix, expected) -> None:
    assert prefix_matches(rule_id, prefix) is expected


def test_selecting_one_word_does_not_select_its_plural(house: Path) -> None:
    code, report = run_json("--select", "house/banned-word", "story.txt", cwd=house)
    assert rules_reported(report) == ["house/banned-word"]
    assert not is_selected("house/banned-words", True, ["house/banned-word"], [])


def test_rules_off_by_default_stay_selectable_by_id(house: Path) -> None:
    _, report = run_json("story.txt", cwd=house)
    assert "house/opt-in" not in rules_reported(report)
    _, report = run_json("--select", "house/opt-in", "story.txt", cwd=house)
    assert rules_reported(report) == ["house/opt-in"]


@pytest.mark.parametrize(("option", "typo", "nearest"), [
    ("--select", "newslint/name-varient", "newslint/name-variant"),
    ("--ignore", "newslint/doubled-wrod", "newslint/doubled-word"),
    ("--select", "house/banned-wrd", "house/banned-word"),
    ("--ignore", "hose/", "house/"),
])
def test_an_unknown_id_on_the_command_line_is_an_error_with_the_nearest_ids(
        house: Path, option, typo, nearest) -> None:
    result = run_cli("check", option, f"newslint/doubled-word,{typo}", "story.txt", cwd=house)
    error = result.stderr.decode()
    assert result.returncode == 2, error
    assert f"unknown rule '{typo}'" in error and f"'{nearest}'" in error, error
    assert error.count("\n") == 1 and "Traceback" not in error


@pytest.mark.parametrize(("setting", "typo"), [
    ("select: [newslint/doubled-word, newslint/name-varient]", "newslint/name-varient"),
    ("ignore: [newslint/name-varient]", "newslint/name-varient"),
    ("severity: {newslint/name-varient: error}", "newslint/name-varient"),
    ("severity: {newslint/name-: error}", "newslint/name-"),  # severity takes whole ids
    ('per-file-ignores: {"archive/*.md": [newslint/name-varient]}', "newslint/name-varient"),
])
def test_an_unknown_id_in_the_configuration_is_an_error_located_in_the_file(
        workdir: Path, setting, typo) -> None:
    (workdir / ".newslint.yaml").write_text(f"fail-on: never\n{setting}\n")
    (workdir / "story.txt").write_text("It rained.\n")
    result = run_cli("check", "story.txt", cwd=workdir)
    error = result.stderr.decode()
    assert result.returncode == 2, error
    assert ".newslint.yaml:2:" in error and f"unknown rule '{typo}'" in error, error
    assert "did you mean" in error


def test_an_unknown_id_in_pyproject_names_the_table(workdir: Path) -> None:
    (workdir / "pyproject.toml").write_text('[tool.newslint]\nignore = ["newslint/dubled-word"]\n')
    result = run_cli("rules", cwd=workdir)
    error = result.stderr.decode()
    assert result.returncode == 2
    assert "[tool.newslint] ignore: unknown rule 'newslint/dubled-word'" in error, error


def test_languagetool_ids_are_known_though_they_come_from_the_server(workdir: Path) -> None:
    (workdir / "story.txt").write_text("The the vote.\n")
    code, report = run_json("--ignore", "languagetool/EN_QUOTES", "--select",
                            "newslint/doubled-word,languagetool/", "story.txt", cwd=workdir)
    assert code == 1 and rules_reported(report) == ["newslint/doubled-word"]


# -- suppression comments -----------------------------------------------------------------

DISABLE_LINE = {
    "story.md": "Intro.\n\nThe the vote. <!-- newslint-disable-line doubled-word -->\n\nThe the end.\n",
    "story.html": "<p>Intro.</p>\n<p>The the vote.</p> <!-- newslint-disable-line doubled-word -->\n"
                  "<p>The the end.</p>\n",
    "story.txt": "Intro.\n\nThe the vote. <!-- newslint-disable-line doubled-word -->\n\nThe the end.\n",
}


@pytest.mark.parametrize("name", sorted(DISABLE_LINE))
def test_disable_line_silences_its_own_line_in_every_format(workdir: Path, name) -> None:
    (workdir / name).write_text(DISABLE_LINE[name])
    _, report = run_json(name, cwd=workdir)
    lines = [(f["line"], f["rule"]) for f in report["findings"]]
    assert lines == [(3 if name == "story.html" else 5, "newslint/doubled-word")], report


def test_a_comment_in_plain_text_is_not_prose(workdir: Path) -> None:
    (workdir / "story.txt").write_text("The vote passed. <!-- newslint-disable-line , ,, -->\n")
    _, report = run_json("story.txt", cwd=workdir)
    assert report["findings"] == []


@pytest.mark.parametrize("name", ["story.md", "story.html", "story.txt"])
def test_a_suppression_naming_an_unknown_rule_is_a_finding(workdir: Path, name) -> None:
    text = DISABLE_LINE[name].replace("doubled-word", "doubled-wrd")
    (workdir / name).write_text(text)
    _, report = run_json(name, cwd=workdir)
    unknown = [f for f in report["findings"] if f["rule"] == "newslint/unknown-suppression"]
    assert len(unknown) == 1, report
    finding = unknown[0]
    line = text.splitlines()[finding["line"] - 1]
    assert line[finding["column"] - 1:finding["end_column"] - 1] == "doubled-wrd"
    assert finding["severity"] == "warning"
    assert finding["suggestions"] == ["newslint/doubled-word"]
    # the misspelt comment silences nothing: the doubled word on its line is reported
    assert any(f["rule"] == "newslint/doubled-word" and f["line"] == finding["line"]
               for f in report["findings"])


def test_known_names_in_every_form_are_not_findings(house: Path) -> None:
    (house / "story.md").write_text(
        "<!-- newslint-disable newslint/doubled-word, doubled-word, newslint/name-, house/opt-in, "
        "banned-words, languagetool/EN_QUOTES -->\nIt was awesome.\n")
    _, report = run_json("story.md", cwd=house)
    assert [f["rule"] for f in report["findings"]] == ["house/banned-word"]
