"""Running a rule's embedded examples: the rule documents and tests itself (README, Rules)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from newslint.document import Document
from newslint.engine import RunSettings, check_document
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
