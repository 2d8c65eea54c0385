"""Suppression comments in Markdown, HTML and plain text (docs/suppression.md).

``<!-- newslint-disable RULE[, RULE] -->`` … ``<!-- newslint-enable -->``,
``<!-- newslint-disable-next-line RULE -->`` and ``<!-- newslint-disable-line RULE -->``
(the line the comment is on); naming no rule means all rules. A rule may be named by its
id (``newslint/doubled-word``), its bare name (``doubled-word``) or an id prefix.

Plain text has no comment syntax of its own, so it takes the same HTML comment: a news
article never contains ``<!-- newslint-``, and the comment is blanked out of the prose the
checks read (``blank_directives``) so no rule flags the comment itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from newslint.config.settings import prefix_matches
from newslint.positions import LineIndex
from newslint.records import NamedTuple

_DIRECTIVE = re.compile(
    r"<!--\s*newslint-(?P<verb>disable-next-line|disable-line|disable|enable)"
    r"(?P<rules>[^>]*?)\s*-->"
)
_NAME = re.compile(r"[^\s,]+")


class Directive(NamedTuple):
    """One suppression comment: its verb, the rule names it gives (with their source
    offsets) and the source offset where it starts."""

    verb: str
    names: tuple[tuple[str, int, int], ...]
    start: int
    end: int

    @property
    def rules(self) -> frozenset[str]:
        return frozenset(name for name, _, _ in self.names)


class _Range(NamedTuple):
    first_line: int
    last_line: float
    rules: frozenset[str]  # empty: every rule


class Suppressions:
    """Which rules are silenced on which lines of one file."""

    def __init__(self, ranges: list[_Range]) -> None:
        self._ranges = ranges

    def __bool__(self) -> bool:
        return bool(self._ranges)

    def suppresses(self, rule_id: str, line: int) -> bool:
        return any(
            r.first_line <= line <= r.last_line and _names(r.rules, rule_id)
            for r in self._ranges
        )


NO_SUPPRESSIONS = Suppressions([])


def names_rule(name: str, rule_id: str) -> bool:
    """Whether a name in a suppression comment refers to ``rule_id``."""
    return name == rule_id.split("/", 1)[-1] or prefix_matches(rule_id, name)


def _names(rules: frozenset[str], rule_id: str) -> bool:
    return not rules or any(names_rule(name, rule_id) for name in rules)


def directives(source: str) -> list[Directive]:
    """Every suppression comment in ``source``, in order."""
    if "newslint-" not in source:
        return []
    found = []
    for match in _DIRECTIVE.finditer(source):
        offset = match.start("rules")
        names = tuple((m.group(), offset + m.start(), offset + m.end())
                      for m in _NAME.finditer(match.group("rules")))
        found.append(Directive(match.group("verb"), names, match.start(), match.end()))
    return found


def blank_directives(source: str) -> str:
    """``source`` with each suppression comment replaced by spaces (offsets unchanged)."""
    return _DIRECTIVE.sub(lambda m: " " * len(m.group()), source)


def parse_suppressions(source: str, lines: LineIndex) -> Suppressions:
    return suppressions_from(directives(source), lines)


def suppressions_from(found: Iterable[Directive], lines: LineIndex) -> Suppressions:
    ranges: list[_Range] = []
    open_ranges: list[tuple[int, frozenset[str]]] = []
    for directive in found:
        line = lines.position(directive.start).line
        rules, verb = directive.rules, directive.verb
        if verb == "disable-next-line":
            ranges.append(_Range(line + 1, line + 1, rules))
        elif verb == "disable-line":
            end_line = lines.position(directive.end).line
            ranges.append(_Range(line, end_line, rules))
        elif verb == "disable":
            open_ranges.append((line, rules))
        else:
            still_open = []
            for first, open_rules in open_ranges:
                if not rules or open_rules == rules or (open_rules and open_rules <= rules):
                    ranges.append(_Range(first, line, open_rules))
                else:
                    still_open.append((first, open_rules))
            open_ranges = still_open
    ranges.extend(_Range(first, math.inf, rules) for first, rules in open_ranges)
    return Suppressions(ranges)
