"""newslint's word table answers as lemminflect does (newslint.text.lemmas, newslint.text.wordtable)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import lemminflect
import pytest
from lemminflect.core.Inflections import Inflections
from lemminflect.core.Lemmatizer import Lemmatizer

from newslint.text import lemmas, wordtable

VERB_TAGS = ("VB", "VBD", "VBN", "VBG", "VBZ", "VBP")


@pytest.fixture(scope="module")
def table() -> wordtable.WordTable:
    found = wordtable.open_table()
    assert found is not None, "the tests run with a cache directory (conftest.py)"
    return found


def _lemma_vocabulary() -> list[str]:
    lemmatizer = Lemmatizer()
    return sorted({*lemmatizer._getLemmaDict(), *lemmatizer._getOverridesDict()})


def _inflection_vocabulary() -> list[str]:
    inflector = Inflections()
    return sorted({*inflector._getInflDict(), *inflector._getOverridesDict()})


def test_every_word_of_the_dictionary_has_lemminflects_lemmas(table: wordtable.WordTable) -> None:
    vocabulary = _lemma_vocabulary()
    assert len(vocabulary) > 50_000
    wrong = [w for w in vocabulary if lemmas.all_lemmas(w) != lemminflect.getAllLemmas(w)]
    assert wrong == []


def test_capitalised_and_unknown_words_are_answered_alike(table: wordtable.WordTable) -> None:
    words = ["Sent", "SENT", "Abbey", "Kyiv", "xqzzt", "", "don't", "Bessent's", "élan"]
    for word in words:
        assert lemmas.all_lemmas(word) == lemminflect.getAllLemmas(word), word


def test_every_dictionary_lemma_inflects_for_the_past_as_lemminflect_does(
        table: wordtable.WordTable) -> None:
    vocabulary = _inflection_vocabulary()
    assert len(vocabulary) > 30_000
    wrong = [w for w in vocabulary
             if lemmas.inflections(w, ("VBD",)) != {"VBD": lemminflect.getInflection(w, tag="VBD")}]
    assert wrong == []


def test_a_sample_of_lemmas_inflects_in_every_form_as_lemminflect_does(
        table: wordtable.WordTable) -> None:
    sample = random.Random(7).sample(_inflection_vocabulary(), 1500)
    sample += ["blorf", "Snargle", "zizz", "tweet", "Abbey"]  # not in the dictionary
    tags = (*VERB_TAGS, "NN", "NNS", "NNP", "NNPS", "JJR", "RBS", "RP", "MD")
    for word in sample:
        expected = {tag: lemminflect.getInflection(word, tag=tag) for tag in tags}
        assert lemmas.inflections(word, tags) == expected, word


def test_the_guessing_network_answers_as_lemminflects(table: wordtable.WordTable) -> None:
    """The model for unknown words, evaluated in plain Python, picks lemminflect's rule."""
    sample = random.Random(11).sample(_lemma_vocabulary(), 1500)
    sample += ["tweeted", "Zoomed", "blorfed", "unfriended", "x", "e-mailed"]
    for word in sample:
        for upos in ("VERB", "NOUN", "ADJ", "ADV", "AUX"):
            assert lemmas.all_lemmas_oov(word, upos) == lemminflect.getAllLemmasOOV(word, upos), (
                word, upos)


def test_a_table_is_written_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "words.sqlite"

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE lemmas (key TEXT PRIMARY KEY, value TEXT)")
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(wordtable, "_fill", broken)
    with pytest.raises(sqlite3.OperationalError):
        wordtable.build(target)
    assert list(tmp_path.iterdir()) == []


def test_without_a_cache_directory_lemminflect_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lemmas, "open_table", lambda: None)
    for function in (lemmas.all_lemmas, lemmas.all_lemmas_oov, lemmas.inflections):
        function.cache_clear()
    try:
        assert lemmas.all_lemmas("sent") == lemminflect.getAllLemmas("sent")
        assert lemmas.inflections("send", ("VBD",)) == {"VBD": ("sent",)}
    finally:
        for function in (lemmas.all_lemmas, lemmas.all_lemmas_oov, lemmas.inflections):
            function.cache_clear()
