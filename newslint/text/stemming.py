"""A small inflectional stemmer: regular inflection only ("decides"/"decided",
"rooted"/"root", "stopped"/"stops").

Deliberately conservative. A derivational stemmer (Porter) would make "national" and
"nation" one stem and turn repetition findings into noise.
"""

from __future__ import annotations

from functools import lru_cache

_KEEP_S = ("ss", "us", "is", "ous", "ics")
_VOWELS = set("aeiouy")


@lru_cache(maxsize=65536)  # once per distinct word per run
def stem(word: str) -> str:
    """The regular-inflection stem of a lower-cased word, final 'e' removed."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(_KEEP_S):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and _VOWELS & set(w[: -len(suffix)]):
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz" and w[-1] not in _VOWELS:
                w = w[:-1]
            elif w.endswith("i"):
                w = w[:-1] + "y"
            break
    return w[:-1] if len(w) > 3 and w.endswith("e") else w
