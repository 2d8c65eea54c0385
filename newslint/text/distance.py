"""Edit distances between short words, without loading rapidfuzz for a few of them.

The name checks compare words by Levenshtein distance and by Indel distance (insertions
and deletions only). rapidfuzz computes both in C, but importing it maps several
megabytes of compiled code: about 10 ms and 800 page faults, a tenth of checking one
article, which asks for a few dozen distances. So the first ``_BEFORE_RAPIDFUZZ``
distances of a process are computed here in Python (exactly: the same integers, the same
similarity), and the later ones by rapidfuzz, which a run over many articles then pays for
once.
"""

from __future__ import annotations

from typing import Any

# Distances computed in Python before rapidfuzz is imported: about what the import costs.
_BEFORE_RAPIDFUZZ = 400
_asked = 0
_rapidfuzz: Any = None  # (Levenshtein, Indel) once imported


def levenshtein(a: str, b: str) -> int:
    """The Levenshtein distance of ``a`` and ``b`` (as ``Levenshtein.distance``)."""
    fast = _fast()
    if fast is not None:
        return int(fast[0].distance(a, b))
    return _levenshtein(a, b)


def indel(a: str, b: str) -> int:
    """The Indel distance of ``a`` and ``b``: insertions and deletions only."""
    fast = _fast()
    if fast is not None:
        return int(fast[1].distance(a, b))
    return len(a) + len(b) - 2 * _common_subsequence(a, b)


def indel_similarity(a: str, b: str) -> float:
    """``Indel.normalized_similarity(a, b)``: 1 - distance / (len(a) + len(b))."""
    fast = _fast()
    if fast is not None:
        return float(fast[1].normalized_similarity(a, b))
    total = len(a) + len(b)
    if not total:
        return 1.0
    return 1.0 - (total - 2 * _common_subsequence(a, b)) / total


def rapidfuzz_loaded() -> bool:
    """Whether distances now come from rapidfuzz (a caller with many words to compare
    may then hand them all to it at once)."""
    return _rapidfuzz is not None


def _fast() -> Any:
    """rapidfuzz's metrics once this process has asked for enough distances."""
    global _asked, _rapidfuzz
    if _rapidfuzz is None:
        _asked += 1
        if _asked <= _BEFORE_RAPIDFUZZ:
            return None
        from rapidfuzz.distance import Indel, Levenshtein

        _rapidfuzz = (Levenshtein, Indel)
    return _rapidfuzz


def _levenshtein(a: str, b: str) -> int:
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char != other)))
        previous = current
    return previous[-1]


def _common_subsequence(a: str, b: str) -> int:
    """The length of the longest common subsequence (bit-parallel, Hyyrö 2004)."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for position, char in enumerate(a):
        masks[char] = masks.get(char, 0) | (1 << position)
    full = (1 << len(a)) - 1
    row = full
    for char in b:
        matches = masks.get(char, 0)
        low = row & matches
        row = ((row + low) | (row - low)) & full
    return len(a) - bin(row).count("1")
