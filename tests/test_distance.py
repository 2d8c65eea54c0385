"""Edit distances computed in Python answer exactly as rapidfuzz does."""

from __future__ import annotations

import random

import pytest
from rapidfuzz.distance import Indel, Levenshtein

from newslint.text import distance

NAMES = ["khamenei", "khomeini", "abe", "abbey", "bescent", "bessent", "zelensky",
         "zelenskyy", "", "a", "müller", "muller", "jae-in", "jaein", "ñañez", "xi"]


def _pairs() -> list[tuple[str, str]]:
    rng = random.Random(7)
    letters = "abcdeéiouñxyz-'"
    pairs = [(a, b) for a in NAMES for b in NAMES]
    for _ in range(3000):
        a = "".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
        b = list(a)
        for _ in range(rng.randint(0, 4)):  # a few edits: the near misses names make
            spot = rng.randint(0, len(b))
            choice = rng.random()
            if choice < 0.4 and spot < len(b):
                del b[spot]
            elif choice < 0.7:
                b.insert(spot, rng.choice(letters))
            elif spot < len(b):
                b[spot] = rng.choice(letters)
        pairs.append((a, "".join(b)))
    return pairs


@pytest.mark.parametrize("chunk", range(4))
def test_python_distances_are_rapidfuzz_s(chunk: int) -> None:
    pairs = _pairs()[chunk::4]
    for a, b in pairs:
        assert distance._levenshtein(a, b) == Levenshtein.distance(a, b), (a, b)
        lcs = distance._common_subsequence(a, b)
        assert len(a) + len(b) - 2 * lcs == Indel.distance(a, b), (a, b)


def test_similarity_is_rapidfuzz_s_to_the_last_bit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distance, "_rapidfuzz", None)
    monkeypatch.setattr(distance, "_BEFORE_RAPIDFUZZ", 10**9)
    for a, b in _pairs()[:1500]:
        assert distance.indel_similarity(a, b) == Indel.normalized_similarity(a, b), (a, b)
        assert distance.indel(a, b) == Indel.distance(a, b)
        assert distance.levenshtein(a, b) == Levenshtein.distance(a, b)
    assert not distance.rapidfuzz_loaded()


def test_after_enough_questions_rapidfuzz_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distance, "_rapidfuzz", None)
    monkeypatch.setattr(distance, "_asked", 0)
    monkeypatch.setattr(distance, "_BEFORE_RAPIDFUZZ", 3)
    answers = [distance.levenshtein("khamenei", "khomeini") for _ in range(6)]
    assert answers == [Levenshtein.distance("khamenei", "khomeini")] * 6
    assert distance.rapidfuzz_loaded()
