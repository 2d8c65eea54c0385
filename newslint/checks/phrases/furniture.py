"""``furniture``: page furniture and bylines scraped from the source site into the copy.

The patterns live in plain-text data files (one RE2 pattern a line, ``#`` comments), so a
newsroom extends the list without code: ``lists: [data/page-furniture.txt, my-sites.txt]``
in a rule of its own pack. Neighbouring pieces of furniture ("[Source: X] [Editor: Y]
Font: [Large Medium Small]") are one problem and make one finding, not three.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError
from newslint.document import Document
from newslint.text.regex import PatternError, compile_pattern

# What may separate two pieces of furniture that belong to one run (never a line break).
_GAP = re.compile(r"[ \t\u00a0|/·•,;:\-–—]*\Z")
_MAX_GAP = 12


def load_patterns(path: Path) -> list[str]:
    """The patterns of one list file; a line that is not a valid RE2 pattern is an error
    naming the file and line, so a newsroom's typo cannot silently disable the list."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ParameterError(f"cannot read {path}: {error}", key="lists") from None
    patterns = []
    for number, line in enumerate(lines, 1):
        pattern = line.strip()
        if not pattern or pattern.startswith("#"):
            continue
        try:
            compile_pattern(pattern)
        except PatternError as error:
            raise ParameterError(f"{path}:{number}: {error}", key="lists") from None
        patterns.append(pattern)
    return patterns


def _listed(context: CheckContext, relative: str) -> list[str]:
    """The patterns of one list file, checked once per content of the file: later runs
    read them back from the cache (checking each line with RE2 took milliseconds)."""
    path = context.data_path(relative)
    return context.resources.derived("furniture-patterns", [path], lambda: load_patterns(path))


class FurnitureCheck(Check):
    """Finds the patterns of ``lists`` (and ``patterns``) and reports each run once."""

    parameters = {
        "lists": Param("paths", default=(),
                       help="text files of RE2 patterns, one a line (# comments)"),
        "patterns": Param("regexes", default=(), help="more RE2 patterns"),
        "ignorecase": Param("bool", default=True, help="match regardless of case"),
    }
    default_message = "'{found}' is page furniture from the source site, not part of the article"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        patterns = [p for path in params["lists"] for p in _listed(context, path)]
        patterns += list(params["patterns"])
        if not patterns:
            raise ParameterError("furniture needs 'lists' or 'patterns'", key="check")
        alternation = "|".join(f"(?:{p})" for p in patterns)
        self._pattern = compile_pattern(alternation, params["ignorecase"])

    def run(self, document: Document) -> Iterator[Match]:
        text = document.text
        runs: list[list[int]] = []
        for match in self._pattern.finditer(text):
            start, end = match.span()
            if end <= start:
                continue
            if runs and start - runs[-1][1] <= _MAX_GAP and (
                    start <= runs[-1][1] or _GAP.match(text[runs[-1][1]:start])):
                runs[-1][1] = max(runs[-1][1], end)
            else:
                runs.append([start, end])
        for start, end in runs:
            yield Match(start, end)
