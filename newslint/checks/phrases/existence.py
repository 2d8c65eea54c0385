"""``existence``: words, phrases or patterns that should not appear in the copy.

Built from a rule's ``tokens`` (whole words or phrases) and ``patterns`` (RE2 regexes),
like Vale's existence check. ``exceptions`` lists longer phrases in which a match is fine.

Most articles hold none of a rule's words or patterns, so one RE2 search for all of them at
once (their alternation) tells first whether there is anything to find: only an article
where it finds something is searched pattern by pattern, as before. The alternation finds
a match wherever any one of its parts does, so no article with a match is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError
from newslint.document import Document
from newslint.text.matching import PhraseMatcher, overlaps_exception
from newslint.text.regex import PatternError, compile_pattern


class ExistenceCheck(Check):
    parameters = {
        "tokens": Param("strings", default=(), help="words or phrases to flag (whole words)"),
        "patterns": Param("regexes", default=(), help="RE2 regular expressions to flag"),
        "ignorecase": Param("bool", default=True, help="match regardless of case"),
        "exceptions": Param("strings", default=(), help="phrases in which a match is fine"),
        "nonword": Param("bool", default=False, help="match tokens inside words too"),
    }
    default_message = "'{found}' should not appear here"
    kind = "existence"  # the check's name in its own error messages

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        if not params["tokens"] and not params["patterns"]:
            raise ParameterError(f"{self.kind} needs 'tokens' or 'patterns'", key="check")
        ignore_case = params["ignorecase"]
        self._tokens = PhraseMatcher(params["tokens"], ignore_case, whole_words=not params["nonword"])
        self._patterns = [compile_pattern(p, ignore_case) for p in params["patterns"]]
        self._exceptions = (
            PhraseMatcher(params["exceptions"], ignore_case) if params["exceptions"] else None
        )
        self._any = _alternation([*self._tokens.patterns(), *params["patterns"]], ignore_case)

    def spans(self, text: str) -> set[tuple[int, int]]:
        """Where ``tokens`` and ``patterns`` match (empty matches aside), exceptions not yet
        applied: what a check built on this one filters further."""
        if self._any is not None and self._any.search(text) is None:
            return set()  # nothing of the rule's anywhere in the text
        spans = set(self._tokens.finditer(text))
        for pattern in self._patterns:
            spans.update(m.span() for m in pattern.finditer(text) if m.end() > m.start())
        return spans

    def run(self, document: Document) -> Iterator[Match]:
        text = document.text
        spans = self.spans(text)
        reported_to = -1
        for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
            if start < reported_to:
                continue  # one remark matched by two patterns is one finding
            if not overlaps_exception(text, start, end, self._exceptions):
                reported_to = end
                yield Match(start, end)


def _alternation(patterns: list[str], ignore_case: bool) -> Any:
    """One RE2 pattern that matches where any of ``patterns`` does (each a group of its
    own, so that inline flags such as ``(?m)`` keep to it), or None when they cannot be
    joined (two groups of one name): the rule then searches pattern by pattern."""
    if len(patterns) < 2:
        return None
    try:
        return compile_pattern("|".join(f"(?:{p})" for p in patterns), ignore_case)
    except PatternError:
        return None
