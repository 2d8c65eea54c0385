"""The cheap test before ftfy (mojibake_evidence.py) never says no where ftfy or the
strict fallback of the mojibake rule would repair: checked against ftfy's own heuristic
on every pair of the characters it names and on every triple of their kinds."""

from __future__ import annotations

import inspect
import itertools
import random
import re

import pytest

from newslint.checks.characters import encoding
from newslint.checks.characters.mojibake_evidence import MOJIBAKE_CANDIDATE, has_mojibake_evidence
from newslint.document import Document

badness = pytest.importorskip("ftfy.badness")


def _expand(chars: str) -> set[str]:
    """The characters of a regular-expression class body such as 'a-cx'."""
    found: set[str] = set()
    index = 0
    while index < len(chars):
        if index + 2 < len(chars) and chars[index + 1] == "-":
            found.update(chr(c) for c in range(ord(chars[index]), ord(chars[index + 2]) + 1))
            index += 3
        else:
            found.add(chars[index])
            index += 1
    return found


CATEGORIES = {name: _expand(chars) for name, chars in badness.MOJIBAKE_CATEGORIES.items()}
# Characters the heuristic's patterns name one by one (outside the categories).
_TEMPLATE = inspect.getsource(badness).split("BADNESS_RE = re.compile(")[1].split(".format")[0]
LITERALS = {c for c in _TEMPLATE if not c.isascii()} | {"\xa0", "\xad"}
ASCII_KINDS = list("aZ \t.,?!0_-(")  # letters, spaces, the punctuation the patterns name
NAMED = set().union(*CATEGORIES.values()) | LITERALS
OTHERS = ["中", "ش", "\ud800", "\u00e9", "\u2014"]


def _kind(char: str) -> tuple[object, ...]:
    return (frozenset(n for n, chars in CATEGORIES.items() if char in chars),
            char if char in LITERALS else None)


def _representatives() -> list[str]:
    by_kind: dict[tuple[object, ...], str] = {}
    for char in sorted(NAMED | set(OTHERS)):
        by_kind.setdefault(_kind(char), char)
    return [*by_kind.values(), *ASCII_KINDS]


def _repairable(text: str) -> bool:
    return bool(badness.BADNESS_RE.search(text)) or MOJIBAKE_CANDIDATE.search(text) is not None


def test_every_pair_ftfy_calls_mojibake_is_evidence() -> None:
    universe = sorted(NAMED | set(OTHERS) | {chr(c) for c in range(0x20, 0x7f)})
    missed = [a + b for a, b in itertools.product(universe, repeat=2)
              if _repairable(a + b) and not has_mojibake_evidence(a + b)]
    assert missed == []


def test_every_triple_of_kinds_ftfy_calls_mojibake_is_evidence() -> None:
    kinds = _representatives()
    missed = ["".join(t) for t in itertools.product(kinds, repeat=3)
              if _repairable("".join(t)) and not has_mojibake_evidence("".join(t))]
    assert missed == []


def test_longer_random_strings_ftfy_calls_mojibake_are_evidence() -> None:
    chooser = random.Random(13)
    alphabet = sorted(NAMED) + ASCII_KINDS * 4
    missed = []
    for _ in range(60_000):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(4, 8)))
        if _repairable(text) and not has_mojibake_evidence(text):
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize("text", [
    "The fund paid £5m to the café owner…", "“We said ‘no’,” she said — twice.",
    "Señor Muñoz, São Paulo, Zürich, 5°C, €20", "Москва и Санкт-Петербург", "plain ASCII",
])
def test_ordinary_copy_is_no_evidence_and_never_reaches_ftfy(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoding, "mojibake_repairer",
                        lambda: pytest.fail("ftfy loaded for ordinary copy"))
    assert not has_mojibake_evidence(text)
    assert encoding.mojibake_regions(text) == []


@pytest.mark.parametrize("text", ["CafÃ© au lait", "Iranâ€™s plan", "ErdoÄŸan won",
                                  "a\x85b", "ÐŸÑ€Ð¸Ð²ÐµÑ‚"])
def test_mojibake_is_evidence(text: str) -> None:
    assert has_mojibake_evidence(text)
    assert encoding.mojibake_regions(text)


def test_the_regions_are_computed_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = encoding.mojibake_regions
    monkeypatch.setattr(encoding, "mojibake_regions", lambda t: calls.append(t) or original(t))
    document = Document("x.txt", "CafÃ© au lait.\n")
    first = encoding.document_mojibake(document)
    assert encoding.document_mojibake(document) is first and len(calls) == 1
    assert re.sub(r"\s", "", first[0][2]) == "Café"


@pytest.mark.parametrize("text", ["ГўВЂВab", "ØŸØ§ x", "‚Äôs", "вЂ™", "Р°Р", "Ο€Ο"])
def test_the_long_patterns_of_the_heuristic_are_evidence(text: str) -> None:
    assert _repairable(text) and has_mojibake_evidence(text)
