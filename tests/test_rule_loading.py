"""README, Rules: every mistake in a rule file is one line, `file:line:column: message`, exit 2."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.io.yamlsource import YamlError
from newslint.rules.loader import load_pack

from .conftest import run_cli

GOOD = """\
id: no-tk
check: existence
severity: error
category: accuracy/omission
description: Placeholder left in copy.
tokens: [TK]
examples:
  - text: "TK people died."
    flags: ["TK"]
  - text: "Ten people died."
    flags: []
"""


def load(tmp_path: Path, text: str) -> list:
    pack = tmp_path / "house"
    pack.mkdir(exist_ok=True)
    (pack / "rule.yaml").write_text(textwrap.dedent(text))
    return load_pack(pack, "house", Resources())


def error_of(tmp_path: Path, text: str) -> str:
    with pytest.raises(YamlError) as caught:
        load(tmp_path, text)
    return str(caught.value)


def test_a_good_rule_loads_with_pack_prefixed_id(tmp_path: Path) -> None:
    (rule,) = load(tmp_path, GOOD)
    assert rule.id == "house/no-tk"
    assert rule.severity == "error" and rule.in_quotes is True


def test_unknown_key_points_at_the_key(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD + "colour: red\n")
    assert message.endswith("rule.yaml:12:1: unknown key 'colour' for check 'existence' "
                            "(its parameters: exceptions, ignorecase, nonword, patterns, tokens)")


def test_wrong_type_points_at_the_value(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD.replace("tokens: [TK]", "tokens: TK"))
    assert message.endswith("rule.yaml:6:9: 'tokens': must be a list of strings")


def test_bad_severity(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD.replace("severity: error", "severity: fatal"))
    assert message.endswith("rule.yaml:3:11: severity must be one of error, warning, info")


def test_missing_required_key(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD.replace("description: Placeholder left in copy.\n", ""))
    assert message.endswith("rule.yaml:1:1: rule without 'description'")


def test_unknown_check(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD.replace("check: existence", "check: telepathy"))
    assert "rule.yaml:2:8: unknown check 'telepathy' (known: " in message


def test_regex_that_does_not_compile(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD.replace("tokens: [TK]", "patterns: ['(unclosed']"))
    assert "rule.yaml:6:11: 'patterns': regex '(unclosed' does not compile" in message


def test_backtracking_constructs_are_rejected_not_run(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD.replace("tokens: [TK]", r"patterns: ['(a)\1']"))
    assert "RE2 syntax, linear time" in message


def test_catastrophic_pattern_runs_in_linear_time(tmp_path: Path) -> None:
    (rule,) = load(tmp_path, GOOD.replace("tokens: [TK]", "patterns: ['(a+)+$']")
                   .replace('"TK people died."', '"aaa!"').replace('["TK"]', "[]"))
    from newslint.document import Document

    document = Document("x", "a" * 50_000 + "!")
    assert list(rule.check.run(document)) == []  # returns at once; re would take ages


def test_bad_category(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD.replace("accuracy/omission", "grammar"))
    assert "rule.yaml:4:11: category must be an MQM dimension" in message


def test_invalid_yaml_syntax(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD.replace("tokens: [TK]", "tokens: [TK"))
    assert "rule.yaml:7:" in message and "invalid YAML" in message


def test_bad_message_template(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD + "message: 'found {found'\n")
    assert "rule.yaml:12:10: bad message template" in message


def test_example_flag_must_occur_in_its_text(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD.replace('flags: ["TK"]', 'flags: ["XX"]'))
    assert "flag 'XX' is not in the text" in message


def test_uppercase_rule_id_is_rejected(tmp_path: Path) -> None:
    message = error_of(tmp_path, "id: NoTK\n" + GOOD.split("\n", 1)[1])
    assert "rule.yaml:1:5: rule id 'NoTK' must be lower-case kebab-case" in message


def test_broken_rule_pack_exits_2_with_file_and_line(tmp_path: Path) -> None:
    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "rule.yaml").write_text(GOOD.replace("severity: error", "severity: fatal"))
    (tmp_path / ".newslint.yaml").write_text("packs: [house]\n")
    (tmp_path / "a.txt").write_text("TK people died.\n")
    result = run_cli("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().strip().endswith(
        "rule.yaml:3:11: severity must be one of error, warning, info")
    assert b"Traceback" not in result.stderr


def test_rules_file_may_hold_a_list_under_rules(tmp_path: Path) -> None:
    body = textwrap.indent(GOOD, "    ").replace("    id:", "  - id:", 1)
    rules = load(tmp_path, "rules:\n" + body)
    assert [r.id for r in rules] == ["house/no-tk"]
