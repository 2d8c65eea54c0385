"""Running built-in rules on short texts, shared by the rule tests."""

from __future__ import annotations

from functools import cache

from newslint.check import Resources
from newslint.document import Document
from newslint.engine import Finding, RunSettings, check_document
from newslint.rules.examples import flagged_spans
from newslint.rules.loader import BUILTIN_PACK, Rule, builtin_pack_dir, load_rule_file


@cache
def builtin_rule(name: str) -> Rule:
    """The built-in rule ``newslint/<name>``, loaded once per test session."""
    (rule,) = load_rule_file(builtin_pack_dir() / f"{name}.yaml", BUILTIN_PACK, Resources())
    return rule


def flagged(name: str, text: str) -> tuple[str, ...]:
    """The exact spans the rule reports in ``text``."""
    return flagged_spans(builtin_rule(name), text)


def findings(name: str, text: str, path: str = "<t>") -> list[Finding]:
    return check_document(Document(path, text), [builtin_rule(name)], RunSettings())


def suggestions(name: str, text: str) -> list[tuple[str, ...]]:
    return [finding.suggestions for finding in findings(name, text)]
