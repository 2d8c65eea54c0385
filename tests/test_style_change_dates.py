"""russian-place-names: archive copy dated before the style change keeps its spelling."""

from __future__ import annotations

import pytest

from newslint.check import Resources
from newslint.engine import RunSettings, check_document
from newslint.formats import build_document
from newslint.rules.loader import BUILTIN_PACK, load_rule_file

from .helpers import builtin_rule


def rules_found(source: str, path: str = "a.md") -> list[str]:
    document = build_document(path, source)
    findings = check_document(document, [builtin_rule("russian-place-names")], RunSettings())
    return [source[slice(*document.line_index.span(f.region))] for f in findings]


@pytest.mark.parametrize("front", ["date: 2005-01-10", "published: 'March 3, 2018'", "date: 2004"])
def test_copy_dated_before_the_switch_is_left_alone(front: str) -> None:
    assert rules_found(f"---\ntitle: Gas deal\n{front}\n---\nTalks were held in Kiev.\n") == []


@pytest.mark.parametrize("source", [
    "---\ntitle: Gas deal\ndate: 2023-01-10\n---\nTalks were held in Kiev.\n",
    "---\ntitle: Gas deal\n---\nTalks were held in Kiev.\n",
    "Talks were held in Kiev.\n",
])
def test_current_or_undated_copy_is_checked(source: str) -> None:
    path = "a.md" if source.startswith("---") else "a.txt"
    assert rules_found(source, path) == ["Kiev"]


def test_a_malformed_date_is_a_rule_error(tmp_path) -> None:
    rule = tmp_path / "swap.yaml"
    rule.write_text("id: swap\ncheck: substitution\nseverity: info\ncategory: style/other\n"
                    "message: x\ndescription: x\nswap: {a: b}\n"
                    "examples: [{text: a, flags: [a]}]\n"
                    "in_force_from: 'next spring'\n")
    with pytest.raises(Exception, match="in_force_from"):
        load_rule_file(rule, BUILTIN_PACK, Resources())
