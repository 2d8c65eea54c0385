"""docs/writing-checks.md shows the very package tests/test_plugins.py installs and runs,
so the guide cannot drift from a check that works."""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_plugins import FIXTURE, RULE

GUIDE = Path(__file__).parent.parent / "docs" / "writing-checks.md"


def _blocks(language: str) -> list[str]:
    return [b + "\n" for b in re.findall(rf"```{language}\n(.*?)\n```", GUIDE.read_text(), re.S)]


def test_the_guide_quotes_the_installed_plugin_package() -> None:
    assert _blocks("toml") == [(FIXTURE / "pyproject.toml").read_text()]
    assert _blocks("python") == [(FIXTURE / "shouting_check" / "__init__.py").read_text()]


def test_the_guide_quotes_the_rule_the_plugin_test_runs() -> None:
    assert _blocks("yaml") == [RULE]


def test_every_parameter_kind_the_loader_accepts_is_documented() -> None:
    loader = (Path(__file__).parent.parent / "newslint" / "rules" / "loader.py").read_text()
    kinds = set(re.findall(r'"(\w+)"', loader[loader.index("def _convert_param"):
                                              loader.index("def _compile")]))
    table = GUIDE.read_text()
    for kind in kinds & {"any", "string", "strings", "int", "float", "bool", "regex", "regexes",
                         "mapping", "path", "paths"}:
        assert f"`{kind}`" in table, kind
