"""negation-flip reads in full only the clauses that can clash; the shortcuts it takes
(sketches, the negator search) give what the full reading gives."""

from __future__ import annotations

import pytest

from newslint.check import Resources
from newslint.checks.contradictions.clause_words import _NEGATOR
from newslint.checks.contradictions.clauses import ClauseReader, Sketch
from newslint.checks.contradictions.lexicon import sentences_with_negators
from newslint.checks.contradictions.negation_flip import _clash
from newslint.document import Document
from newslint.rules.loader import builtin_pack_dir, load_pack

TEXT = (
    "The ministry said it sent a letter to the council on Monday.\n\n"
    "Officials did not confirm whether the letter had not yet been sent.\n\n"
    "Nobody knows. Annotations by Bono cannot be found; it isn't clear, NOT NEVER no-one.\n\n"
    "The council, which has not met since May, never received the letter.\n\n"
    "Will the council meet? It won’t, the mayor said, and no letter was sent.\n"
)


def _reference_negated(document: Document) -> list[int]:
    found = {document.sentence_index(m.start()) for m in _NEGATOR.finditer(document.text)}
    found.discard(None)
    return sorted(i for i in found if i is not None)


@pytest.mark.parametrize("text", [
    TEXT, "no", "No.", "xno not", "annotate cannot", "didn't", "can’t", "NEVER", "non-no",
    "Snot nothing knot", "no_", "_no", "n't", "nn't", "cannot't", "ñno", "2no", "no2",
])
def test_the_negator_search_finds_what_the_negator_expression_finds(text: str) -> None:
    document = Document("x.txt", text)
    assert sentences_with_negators(document) == _reference_negated(document)


def test_sketches_are_the_clauses_without_their_arguments() -> None:
    document = Document("x.txt", TEXT)
    reader = ClauseReader()
    read = 0
    for index, sentence in enumerate(document.sentences):
        reading = reader.reading(document, index, sentence)
        clauses = reader.clauses(document, index, sentence)
        assert [(c.sentence, c.lemma, c.tense, c.modal, c.negative, c.end) for c in clauses] == [
            tuple(sketch) for sketch in reading.sketches]
        assert reading.clauses() == clauses
        lazy = reading.clauses(lambda sketch: sketch.negative)
        assert [c.negative for c in lazy if not isinstance(c, Sketch)] == [
            True for c in clauses if c.negative]
        read += len(clauses)
    assert read >= 8


def test_a_sketch_never_clashes() -> None:
    document = Document("x.txt", TEXT)
    reader = ClauseReader()
    clauses = [c for index, sentence in enumerate(document.sentences)
               for c in reader.reading(document, index, sentence).clauses(lambda s: False)]
    assert clauses and all(isinstance(c, Sketch) for c in clauses)
    assert not any(_clash(a, b) for a in clauses for b in clauses)


def test_a_claim_and_its_denial_far_apart_are_still_found() -> None:
    (rule,) = [r for r in load_pack(builtin_pack_dir(), "newslint", Resources())
               if r.name == "negation-flip"]
    filler = "The weather was mild and markets rose in early trading.\n\n" * 30
    text = ("The ministry sent the letter to Tehran.\n\n" + filler
            + "The letter was not sent to Tehran, officials insisted.\n")
    document = Document("x.txt", text)
    (match,) = list(rule.check.run(document))
    assert text[match.start:match.end] == "was not sent"


def test_a_nouns_lemma_starts_with_the_words_own_letter() -> None:
    """What the search for sentences naming a head relies on, on the whole word table."""
    import json

    from newslint.checks.contradictions.lexicon import Lexicon
    from newslint.text.wordtable import open_table

    table = open_table()
    if table is None:
        pytest.skip("no word table in this environment")
    rows = table._db.execute("SELECT key, value FROM lemmas").fetchall()
    assert len(rows) > 10_000
    wrong = [key for key, value in rows if any(
        lemmas[:1] and lemmas[0][:1].lower() != key[:1].lower()
        for upos, lemmas in json.loads(value).items() if upos in ("NOUN", "PROPN"))]
    assert wrong == []
    lexicon = Lexicon()
    for word in ("mice", "women", "geese", "children", "letters", "criteria", "went", "data"):
        assert lexicon.noun_lemma(word)[:1] == word[:1]
