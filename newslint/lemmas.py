"""Word lemmas and inflections from lemminflect, loaded on first use.

lemminflect costs about half a second to import and load its tables (it brings numpy).
Checks that need it call these functions from ``run``, so a run whose documents never
reach a lemma lookup (a short file, a rule deselected) never pays for it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from types import ModuleType


@cache
def _lemminflect() -> ModuleType:
    import lemminflect

    return lemminflect


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
