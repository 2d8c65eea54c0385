"""``headline``: a headline that ends with a full stop.

English news headlines never end with a full stop ("Relief efforts continue day and
night", not "... day and night."). Chinese headlines do not either, but machine
translation turns a headline into a sentence and adds one, and copy built from
translated segments often ends every line with a full stop.

The headline is the article's first paragraph when it is a single short sentence (of
three words or more: "Intro." is a label) and a longer paragraph follows. A first paragraph
that is a dateline lead ("BEIJING, Feb. 11 (Xinhua) -- ..."), that holds more than one
sentence, or that ends with an abbreviation ("... in the U.S.", "... Co.") is not
reported: it is prose, or the full stop is the abbreviation's own. A one-sentence lead
of 20 to 30 words looks like a long headline, so a long first paragraph is reported at
the rule's severity (``info`` by default) and only a short one (``short_words``, 12) at
``short_severity``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from newslint.check import Check, CheckContext, Match, Param
from newslint.document import Document

_FINAL_STOP = re.compile(r"(?<![.\s])\.[\"”’')\]]*\s*\Z")
_INNER_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+\S")
# "U.S.", "Co.", "Jr." and similar: the full stop belongs to the word.
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Co|Corp|Inc|Ltd|Jr|Sr|St|etc|No|"
                           r"Bros|Dept|Gov|Govt|Mt|Ave|Rd|vs|al)\.)\s*\Z")
# A wire dateline opens a lead, not a headline: "BEIJING, Feb. 11 (Xinhua) --".
_DATELINE = re.compile(r"^\W*[A-Z][A-Z .'-]{2,},|\((?:Xinhua|AP|AFP|Reuters|UPI|dpa)\)|--"
                       r"|^\W*[A-Z]{3,}\s*[–—-]\s")


_CLOSERS = "\"”’')]"
# "Intro.", "Update." or "Summary." opening a text is a label, not a headline.
_MIN_WORDS = 3


class HeadlineCheck(Check):
    parameters = {
        "max_words": Param("int", default=30,
                           help="longest first paragraph taken for a headline, in words"),
        "short_words": Param("int", default=12,
                             help="a first paragraph of at most this many words is surely a "
                                  "headline: reported at short_severity"),
        "short_severity": Param("string", default="warning", choices=("error", "warning", "info"),
                                help="severity for a short headline"),
    }
    default_message = "'{found}': {problem}"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self._max_words = params["max_words"]

    def run(self, document: Document) -> Iterator[Match]:
        paragraphs = document.paragraphs
        if len(paragraphs) < 2:
            return  # a single paragraph is a note or a fragment, not a headline and body
        first, second = paragraphs[0], paragraphs[1]
        text = document.text[first.start:first.end]
        if not self._is_headline(text):
            return
        if len(document.text[second.start:second.end].split()) <= len(text.split()):
            return  # a headline stands over a longer body paragraph; this is prose
        stop = _FINAL_STOP.search(text)
        if stop is None:
            return
        at = first.start + stop.start()
        short = len(text.split()) <= self.params["short_words"]
        yield Match(at, at + 1, {"problem": "a headline takes no full stop: delete it"},
                    severity=self.params["short_severity"] if short else None)

    def _is_headline(self, text: str) -> bool:
        """One short sentence that is not a dateline lead and ends with its own full stop."""
        words = text.split()
        if not _MIN_WORDS <= len(words) <= self._max_words:
            return False
        body = text.rstrip()
        if not body.rstrip(_CLOSERS).endswith("."):
            return False  # (what _FINAL_STOP needs, told from the end: most headlines)
        if _INNER_BREAK.search(body) or _DATELINE.search(body) or _ABBREVIATION.search(body):
            return False
        return _FINAL_STOP.search(body) is not None
