"""A look-alike index read back from the cache answers its first questions from the
shards of their keys, without reading all its keys, and answers exactly as they would;
look-alike pairs found by deletion keys (no rapidfuzz) are those rapidfuzz finds."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest

from newslint.cache import lazy
from newslint.cache.bundle import Bundle
from newslint.checks.names import words
from newslint.checks.names.words import LookAlikeIndex
from newslint.text import distance

NAMES = ["reeves", "rieves", "starmer", "stammer", "kwarteng", "kwarten", "sunak", "sunaq",
         "zelensky", "zelenskyy", "zelenskiy", "o'brien", "obrien", "yi-ning", "yining",
         "müller", "muller", "abe", "abbey", "ab", "li", "lee", "bescent", "bessent",
         "khamenei", "khomeini", "nguyen", "ngyuen"]


def _questions() -> list[str]:
    rng = random.Random(7)
    asked = list(NAMES)
    for name in NAMES:
        for _ in range(4):  # a letter dropped, doubled, swapped or replaced
            i = rng.randrange(len(name))
            asked.append(rng.choice([name[:i] + name[i + 1:], name[:i] + name[i] + name[i:],
                                     name[:i] + rng.choice("aeiouyrst") + name[i + 1:],
                                     name[:i] + name[i + 1:i + 2] + name[i:i + 1] + name[i + 2:]]))
    return asked + ["", "x", "completelydifferent"]


def _read_back(tmp_path: Path, index: LookAlikeIndex) -> LookAlikeIndex:
    source = tmp_path / "names.txt"
    source.write_text("names\n", encoding="utf-8")
    Bundle(str(tmp_path)).save({"index": index}, [source])
    read: LookAlikeIndex = Bundle(str(tmp_path)).load()["index"]
    return read


def test_comparing_words_answers_as_the_keys_do(tmp_path: Path, cache: Path) -> None:
    built = LookAlikeIndex(NAMES)
    squashed = {name: words.squash(name) for name in NAMES}
    for word in _questions():
        assert words._compared(word, squashed) == built.near(word), word


def test_a_read_back_index_reads_the_shards_of_its_questions_only(
        tmp_path: Path, cache: Path) -> None:
    many = NAMES + [f"{name}{suffix}" for name in NAMES for suffix in ("ov", "ski", "son")]
    built = LookAlikeIndex(many)
    read = _read_back(tmp_path, built)
    for word in _questions()[:5]:
        assert read.near(word) == built.near(word)
    shards = vars(read)["_by_key"]
    assert isinstance(shards, lazy.Shards)  # one article's questions: not all the keys
    unread = vars(shards).get("_pieces", {})
    assert "whole" in unread and len(unread) > 10
    for word in _questions():
        assert read.near(word) == built.near(word)


def test_the_count_of_questions_is_not_stored_with_the_index(
        tmp_path: Path, cache: Path) -> None:
    read = _read_back(tmp_path, LookAlikeIndex(NAMES))
    read.near("reevs")
    assert "_asked" not in pickle.loads(pickle.dumps(read)).__dict__


def _word_sets() -> list[list[str]]:
    rng = random.Random(11)
    sets = []
    for _ in range(40):
        chosen = rng.sample(_questions(), rng.randint(2, 60))
        sets.append([words.squash(word) for word in chosen])
    return sets


def test_pairs_sharing_keys_are_the_pairs_rapidfuzz_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    for choices in _word_sets():
        rows = sorted(rng.sample(range(len(choices)), rng.randint(1, len(choices))))
        is_row = [i in rows for i in range(len(choices))]
        by_keys = set(words._pairs_sharing_keys(choices, rows, is_row))
        by_distance = set(words._pairs_within_distance(choices, rows, is_row))
        assert by_keys == by_distance


def test_look_alike_pairs_answer_alike_with_or_without_rapidfuzz(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for chosen in _word_sets():
        monkeypatch.setattr(distance, "_rapidfuzz", None)
        without = words.LookAlikePairs(chosen, chosen[::3])
        monkeypatch.setattr(distance, "_rapidfuzz", ("loaded", "loaded"))
        with_it = words.LookAlikePairs(chosen, chosen[::3])
        for word in [*chosen, "reevs", "zelenski"]:
            assert without.near(word) == with_it.near(word), word
