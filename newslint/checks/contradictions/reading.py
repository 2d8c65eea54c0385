"""One sentence read as clause sketches first and in full only where needed, for
``negation-flip``: reading a clause's subject and object is the costly part of the
analysis (clauses.py), and most clauses have no partner of the other polarity to clash with.
"""

from __future__ import annotations

from collections.abc import Callable

from newslint.checks.contradictions.clause_words import REPORTING
from newslint.checks.contradictions.clauses import (
    Clause,
    ClauseReader,
    Draft,
    Sketch,
    VerbGroup,
    breaking_gaps,
    subject_start,
)
from newslint.document import Document, Span


class SentenceReading:
    """One sentence read as far as its clause sketches; ``clauses`` reads the subjects and
    objects (the costly part) of the clauses a caller needs, and of their speakers."""

    def __init__(self, reader: ClauseReader, document: Document, index: int,
                 sentence: Span) -> None:
        self._reader, self._document, self._sentence = reader, document, sentence
        text = document.text
        self._drafts: list[Draft | None] = []
        if text[sentence.start : sentence.end].rstrip("\"'”’») ").endswith("?"):
            self._groups: list[VerbGroup] = []
            return
        tokens = self._tokens = document.tokens_in(sentence.start, sentence.end)
        words = self._words = document.words_in(sentence.start, sentence.end)
        breaks = self._breaks = breaking_gaps(text, tokens)
        groups = self._groups = list(reader.verb_groups(text, sentence, tokens, words, breaks))
        starts = self._starts = [
            subject_start(breaks, words, groups[n - 1].last + 1 if n else 0, g.first)
            for n, g in enumerate(groups)
        ]
        for number, group in enumerate(groups):
            following = starts[number + 1] if number + 1 < len(groups) else len(tokens)
            self._drafts.append(reader.draft(document, index, tokens, words, group,
                                              starts[number], following,
                                              groups[number - 1].last if number else -1,
                                              breaks))
        self._built: dict[int, Clause] = {}

    @property
    def sketches(self) -> list[Sketch]:
        """The asserted clauses' sketches, in order (those ``clauses`` would return)."""
        return [draft.sketch for draft in self._drafts if draft is not None]

    def clauses(self, needed: Callable[[Sketch], bool] | None = None) -> list[Clause | Sketch]:
        """The asserted clauses, each read in full where ``needed`` (default: all) says so,
        else left as its sketch. A clause is attributed to the subject of a reporting
        verb right before it ('the firm says it has not paid') or after it ('…, its lawyer
        said')."""
        drafts, words = self._drafts, getattr(self, "_words", [])
        result: list[Clause | Sketch] = []
        for number, draft in enumerate(drafts):
            if draft is None:
                continue
            if needed is not None and not needed(draft.sketch):
                result.append(draft.sketch)
                continue
            clause = self._full(number)
            reporter = None
            speaker = drafts[number - 1] if number > 0 else None
            if speaker is not None:
                between = words[self._groups[number - 1].last + 1 : self._starts[number]]
                if speaker.sketch.lemma in REPORTING and all(w == "that" for w in between):
                    reporter = self._full(number - 1).agent
            speaker = drafts[number + 1] if number + 1 < len(drafts) else None
            if (reporter is None and speaker is not None and speaker.sketch.lemma in REPORTING
                    and self._breaks_before(self._starts[number + 1])):
                reporter = self._full(number + 1).agent
            result.append(clause._replace(reporter=reporter) if reporter else clause)
        return result

    def _full(self, number: int) -> Clause:
        clause = self._built.get(number)
        if clause is None:
            draft = self._drafts[number]
            assert draft is not None
            clause = self._built[number] = self._reader.clause(
                self._document, self._sentence, self._tokens, self._words, draft)
        return clause

    def _breaks_before(self, token: int) -> bool:
        return token in self._breaks
