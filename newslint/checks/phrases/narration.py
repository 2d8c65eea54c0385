"""``narration``: words that are wrong in the narrator's voice but fine in a quotation.

Like ``existence`` (``tokens``, ``patterns``, ``exceptions``), but a match inside a
quotation is skipped. Quotations come from the punctuation analysis, which knows the
news conventions the generic quote finder does not: a quote reopened after a full stop
continues the open one, and a quote open at a paragraph's end runs to that end. So "our
country" in a minister's long, paragraph-hopping quote is not reported, while the same
words in the narration are.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from newslint.check import Match, Param
from newslint.checks.phrases.existence import ExistenceCheck
from newslint.checks.punctuation import analyse
from newslint.document import Document
from newslint.text.matching import overlaps_exception


class NarrationCheck(ExistenceCheck):
    parameters = {
        **ExistenceCheck.parameters,
        "ignorecase": Param("bool", default=False, help="match regardless of case"),
    }
    default_message = "'{found}' should not appear in the narration"
    kind = "narration"

    def run(self, document: Document) -> Iterator[Match]:
        text = document.text
        spans = self.spans(text)
        if not spans:
            return
        quoted = analyse(document).quotes.quoted()
        starts = [start for start, _end in quoted]
        for start, end in sorted(spans):
            if _inside(quoted, starts, start, end):
                continue
            if not overlaps_exception(text, start, end, self._exceptions):
                yield Match(start, end)


def _inside(quoted: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies in a quotation (nested ones overlap; look back a few)."""
    index = bisect_right(starts, start)
    return any(q_start <= start and end <= q_end
               for q_start, q_end in quoted[max(0, index - 8):index])
