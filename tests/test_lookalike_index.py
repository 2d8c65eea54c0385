"""A look-alike index read back from the cache answers its first questions by comparing
words, without reading its keys, and answers exactly as the keys would."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

from newslint.cache.bundle import Bundle
from newslint.checks.names import words
from newslint.checks.names.words import LookAlikeIndex

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
    read = _read_back(tmp_path, built)
    for word in _questions():
        assert read._compared(word) == built.near(word), word


def test_a_read_back_index_reads_its_keys_only_after_many_questions(
        tmp_path: Path, cache: Path) -> None:
    built = LookAlikeIndex(NAMES)
    read = _read_back(tmp_path, built)
    questions = _questions()
    for word in questions[: words._BEFORE_KEYS - 1]:
        assert read.near(word) == built.near(word)
    assert "_by_key" not in vars(read)  # one article's questions: the keys stay unread
    for word in questions[words._BEFORE_KEYS - 1 :]:
        assert read.near(word) == built.near(word)
    assert "_by_key" in vars(read)


def test_the_count_of_questions_is_not_stored_with_the_index(
        tmp_path: Path, cache: Path) -> None:
    read = _read_back(tmp_path, LookAlikeIndex(NAMES))
    read.near("reevs")
    assert "_asked" not in pickle.loads(pickle.dumps(read)).__dict__
