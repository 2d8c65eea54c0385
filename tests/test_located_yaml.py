"""Located YAML read back from the cache: every key, value and item keeps its position."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path
from typing import Any

from newslint.io.yamlsource import LocatedDict, LocatedList, load_yaml

RULES = """\
rules:
  - id: doubled-word
    check: repetition
    examples:
      - text: "the the"
        expect: 1
      - text: "that that is"
  - id: a-an
    params: {mode: article, words: [hour, honest]}
"""


def _positions(value: Any) -> list[Any]:
    """Every mark of ``value``'s containers, as text, in order."""
    found: list[Any] = []
    if isinstance(value, LocatedDict):
        found.append((str(value.mark), [(key, str(value.key_mark(key)), str(value.value_mark(key)))
                                        for key in value]))
        for item in value.values():
            found.extend(_positions(item))
    elif isinstance(value, LocatedList):
        found.append((str(value.mark), [str(value.item_mark(i)) for i in range(len(value))]))
        for item in value:
            found.extend(_positions(item))
    return found


def _parsed(tmp_path: Path) -> Any:
    path = tmp_path / "pack.yaml"
    path.write_text(RULES, encoding="utf-8")
    return load_yaml(path)


def test_a_pickled_rule_file_keeps_every_position(tmp_path: Path) -> None:
    parsed = _parsed(tmp_path)
    back = pickle.loads(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == parsed
    assert _positions(back) == _positions(parsed)
    assert str(back["rules"][1]["params"].value_mark("words")).endswith("pack.yaml:9:36")
    assert str(back["rules"][0]["examples"].item_mark(1)).endswith("pack.yaml:7:9")


def test_a_copy_keeps_every_position(tmp_path: Path) -> None:
    parsed = _parsed(tmp_path)
    assert _positions(copy.deepcopy(parsed)) == _positions(parsed)


def test_positions_are_read_back_only_when_asked_for(tmp_path: Path) -> None:
    back = pickle.loads(pickle.dumps(_parsed(tmp_path)))
    assert "key_marks" not in vars(back) and "mark" not in vars(back)
    assert back.key_mark("rules").line == 1
    assert "key_marks" in vars(back)


def test_a_mapping_made_without_positions_has_none_after_pickling() -> None:
    made = LocatedDict(colour="blue")
    made.mark, made.key_marks, made.value_marks = None, {}, {}  # type: ignore[assignment]
    back = pickle.loads(pickle.dumps(made))
    assert back == {"colour": "blue"}
    assert back.mark is None and back.value_mark("colour") is None
