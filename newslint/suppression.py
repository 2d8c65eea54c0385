"""Suppression comments in Markdown and HTML (SPEC §7).

``<!-- newslint-disable RULE[, RULE] -->`` … ``<!-- newslint-enable -->`` and
``<!-- newslint-disable-next-line RULE -->``; naming no rule means all rules. A rule may be
named by its id (``newslint/repetition``), its bare name (``repetition``) or an id prefix.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from newslint.config import prefix_matches
from newslint.positions import LineIndex

_DIRECTIVE = re.compile(
    r"<!--\s*newslint-(?P<verb>disable-next-line|disable|enable)(?P<rules>[^>]*?)\s*-->"
)


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


def _names(rules: frozenset[str], rule_id: str) -> bool:
    if not rules:
        return True
    bare = rule_id.split("/", 1)[-1]
    return any(name == bare or prefix_matches(rule_id, name) for name in rules)


def parse_suppressions(source: str, lines: LineIndex) -> Suppressions:
    if "newslint-" not in source:
        return NO_SUPPRESSIONS
    ranges: list[_Range] = []
    open_ranges: list[tuple[int, frozenset[str]]] = []
    for match in _DIRECTIVE.finditer(source):
        line = lines.position(match.start()).line
        rules = frozenset(r.strip() for r in match.group("rules").split(",") if r.strip())
        verb = match.group("verb")
        if verb == "disable-next-line":
            ranges.append(_Range(line + 1, line + 1, rules))
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
