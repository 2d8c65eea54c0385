"""What ``newslint test-rules`` checks: a rule documents and tests itself (README, Rules).

Each embedded example must flag exactly its ``flags``, and each description must give its
three parts, what, why and instead (``rules/description.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.records import NamedTuple
from newslint.rules.description import description_problem
from newslint.rules.loader import Example, Rule


class ExampleResult(NamedTuple):
    rule: Rule
    index: int  # type: ignore[assignment]  # shadows tuple.index, which nothing calls
    example: Example
    flagged: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return sorted(self.flagged) == sorted(self.example.flags)

    def describe(self) -> str:
        return (f"{self.rule.id}: example {self.index + 1} ({self.example.mark}) "
                f"expected {list(self.example.flags)}, got {list(self.flagged)}: "
                f"{self.example.text!r}")


def flagged_spans(rule: Rule, text: str) -> tuple[str, ...]:
    """The exact texts ``rule`` reports in ``text`` (as plain text, default settings)."""
    document = Document("<example>", text)
    spans = []
    for finding in check_document(document, [rule], RunSettings()):
        start, end = document.line_index.span(finding.region)
        spans.append(text[start:end])
    return tuple(spans)


def run_examples(rules: Iterable[Rule]) -> list[ExampleResult]:
    return [
        ExampleResult(rule, index, example, flagged_spans(rule, example.text))
        for rule in rules
        for index, example in enumerate(rule.examples)
    ]


def description_problems(rules: Iterable[Rule]) -> list[str]:
    """One line for each rule whose description lacks a part: the rule and what it lacks.
    Every pack is held to this, the built-in ones and a newsroom's own alike."""
    return [problem for rule in rules
            if (problem := description_problem(rule.id, rule.parts)) is not None]
