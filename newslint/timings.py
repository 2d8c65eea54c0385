"""``--timings``: where a run's time went, by phase and by rule, printed to stderr.

A newsroom that adds its own rules can see which one is slow. Times are wall-clock
seconds summed over files (over all worker processes with ``--jobs``); ``parse`` includes
segmenting each document into sentences and words, so each rule's figure is its own work.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TextIO

from newslint.rules.loader import Rule

PHASES = ("cache", "read", "parse", "checks", "output")


def print_timings(timings: Mapping[str, float], rules: Sequence[Rule], stream: TextIO) -> None:
    """Phases in run order, then rules from the slowest, each with its share of the checks."""
    rule_ids = {rule.id for rule in rules} | {k for k in timings if k not in PHASES}
    by_rule = {rule_id: timings.get(rule_id, 0.0) for rule_id in rule_ids}
    checks = sum(by_rule.values())
    phases = {**{p: timings[p] for p in PHASES if p in timings}, "checks": checks}
    total = sum(phases.values())
    print("newslint timings (seconds):", file=stream)
    for phase in PHASES:
        if phase in phases:
            print(f"  {phases[phase]:9.3f}  {_share(phases[phase], total)}  {phase}", file=stream)
    print(f"  {total:9.3f}  100.0%  total", file=stream)
    if by_rule:
        print("by rule:", file=stream)
    for rule_id, seconds in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {seconds:9.3f}  {_share(seconds, checks)}  {rule_id}", file=stream)


def _share(part: float, whole: float) -> str:
    return f"{100 * part / whole:5.1f}%" if whole > 0 else "    -"
