"""Word lemmas and inflections from lemminflect, loaded on first use.

lemminflect costs about half a second to import and load its tables (it brings numpy).
Checks that need it call these functions from ``run``, so a run whose documents never
reach a lemma lookup (a short file, a rule deselected) never pays for it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType

from newslint.shards import sharded


@cache
def _lemminflect() -> ModuleType:
    import lemminflect

    _prime_tables()
    return lemminflect


def _prime_tables() -> None:
    """Give lemminflect its lookup tables from newslint's cache, split into shards that
    load as words need them (the whole tables cost 0.3 s to read from lemminflect's
    gzipped CSV). It sets the attributes lemminflect's own lazy loaders check for, and
    lemminflect only calls ``.get`` on them; if a release names them differently,
    lemminflect loads as usual."""
    try:
        from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
        from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
        from lemminflect.core.Inflections import Inflections
        from lemminflect.core.Lemmatizer import Lemmatizer

        lemmatizer, inflector = Lemmatizer(), Inflections()
        if not hasattr(lemmatizer, "lemma_dict"):
            lemmatizer.lemma_dict = sharded(
                "lemminflect-lemmas", Path(lemmatizer.lemma_lu_fn), LemmaLUCodec.load)
        if not hasattr(inflector, "infl_dict"):
            inflector.infl_dict = sharded(
                "lemminflect-inflections", Path(inflector.infl_lu_fn), InflectionLUCodec.load)
    except (ImportError, AttributeError, TypeError):
        return


@lru_cache(maxsize=65536)
def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Universal POS tag → lemmas of ``word`` from the dictionary ({} when unknown)."""
    return _lemminflect().getAllLemmas(word)


@lru_cache(maxsize=16384)
def all_lemmas_oov(word: str, upos: str) -> dict[str, tuple[str, ...]]:
    """Lemmas guessed by lemminflect's model for a word the dictionary lacks."""
    return _lemminflect().getAllLemmasOOV(word, upos)


@lru_cache(maxsize=16384)
def inflections(lemma: str, tags: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Penn tag → spellings of ``lemma`` in that form, for each of ``tags``."""
    module = _lemminflect()
    return {tag: module.getInflection(lemma, tag=tag) for tag in tags}
