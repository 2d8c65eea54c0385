"""Compiling user-supplied regular expressions so that no pattern can hang a run.

Rules are user input (README, Rules). Python's ``re`` backtracks, so a pattern such as
``(a+)+$`` can take exponential time on a long line. RE2 matches in time linear in the
input and rejects the constructs that would need backtracking (backreferences,
lookaround), which we report as a rule error at load time.
"""

from __future__ import annotations

from typing import Any

import re2

_OPTIONS_CACHE: dict[bool, Any] = {}


class PatternError(ValueError):
    """A pattern that RE2 does not accept; the message says why."""


def _options(ignore_case: bool) -> Any:
    if ignore_case not in _OPTIONS_CACHE:
        options = re2.Options()
        options.log_errors = False
        options.case_sensitive = not ignore_case
        _OPTIONS_CACHE[ignore_case] = options
    return _OPTIONS_CACHE[ignore_case]


def compile_pattern(pattern: str, ignore_case: bool = False) -> Any:
    """A linear-time compiled pattern with ``search`` and ``finditer`` like ``re``."""
    try:
        return re2.compile(pattern, _options(ignore_case))
    except re2.error as error:
        reason = error.args[0] if error.args else error
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(
            f"regex {pattern!r} does not compile: {reason} "
            "(newslint uses RE2 syntax, linear time: no lookaround or backreferences)"
        ) from None
