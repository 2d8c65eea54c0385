"""Every built-in rule documents itself with examples, and every example holds."""

from __future__ import annotations

import pytest

from newslint.check import Resources
from newslint.rules.examples import flagged_spans
from newslint.rules.loader import BUILTIN_PACK, builtin_pack_dir, load_pack

RULES = load_pack(builtin_pack_dir(), BUILTIN_PACK, Resources())
CASES = [
    pytest.param(rule, example, id=f"{rule.name}-{index + 1}")
    for rule in RULES
    for index, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example) -> None:
    assert sorted(flagged_spans(rule, example.text)) == sorted(example.flags)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_every_rule_has_a_flagged_and_a_clean_example(rule) -> None:
    assert any(example.flags for example in rule.examples), "no flagged example"
    assert any(not example.flags for example in rule.examples), "no clean example"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_every_rule_explains_itself(rule) -> None:
    assert len(rule.description.split()) >= 12, "a description says what, why, what instead"
