"""YAML loading that remembers where every key and value came from: the located containers
and errors (the parser itself, and PyYAML with it, is imported only when a file is parsed:
a run whose rules and gazetteers come from the cache never imports it).

Configuration mistakes must be reported as ``file:line:column: message`` pointing into the
YAML (README, Rules), so loaded mappings and lists carry the marks of their keys and items. A
value that fails while it is built (``2025-02-30``, ``!!int abc``, a mapping as a key) is
such a located error too, and so is an alias that would expand the document far beyond
its size (a "billion laughs" file of a few hundred bytes) or that contains itself.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

from newslint.records import NamedTuple


class Mark(NamedTuple):
    """A 1-based position in a YAML file (a tuple: the thousands of a rule pack's marks
    are read back from the cache in every run, and tuples unpickle fastest)."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class YamlError(Exception):
    """A located, one-line error: ``path:line:column: message``."""

    def __init__(self, mark: Mark | None, message: str, path: str = "") -> None:
        self.mark, self.message = mark, message
        where = str(mark) if mark else path
        super().__init__(f"{where}: {message}" if where else message)


class LocatedDict(dict):
    """A mapping whose keys and values remember their positions.

    Pickled (a rule pack in the cache), the positions are stored as numbers and made
    ``Mark`` objects again only when asked for: a pack's three thousand marks took most
    of the time of reading it back, and a run asks for almost none of them."""

    def key_mark(self, key: Any) -> Mark:
        return self.key_marks.get(key, self.mark)

    def value_mark(self, key: Any) -> Mark:
        return self.value_marks.get(key, self.mark)

    @cached_property
    def mark(self) -> Mark:
        path, line, column, _, _ = self._stored()
        return _mark(path, line, column)

    @cached_property
    def key_marks(self) -> dict[Any, Mark]:
        path, _, _, keys, places = self._stored()
        return {key: Mark(path, places[4 * n], places[4 * n + 1])
                for n, key in enumerate(keys) if places[4 * n]}

    @cached_property
    def value_marks(self) -> dict[Any, Mark]:
        path, _, _, keys, places = self._stored()
        return {key: Mark(path, places[4 * n + 2], places[4 * n + 3])
                for n, key in enumerate(keys) if places[4 * n + 2]}

    def _stored(self) -> tuple[str, int, int, tuple[Any, ...], tuple[int, ...]]:
        stored = self.__dict__.get("_positions")
        if stored is None:
            raise AttributeError("this mapping has no positions")
        return stored

    def __getstate__(self) -> dict[str, Any]:
        """The positions as (path, line, column, keys, numbers): four numbers per key,
        its line and column and its value's (0: none)."""
        mark = self.mark
        keys = tuple(dict.fromkeys([*self.key_marks, *self.value_marks]))
        places: list[int] = []
        for key in keys:
            places.extend(_numbers(self.key_marks.get(key)))
            places.extend(_numbers(self.value_marks.get(key)))
        return {"_positions": (*_where(mark), keys, tuple(places))}


class LocatedList(list):
    """A list whose items remember their positions (pickled as numbers, as
    ``LocatedDict``'s)."""

    def item_mark(self, index: int) -> Mark:
        return self.item_marks[index] if index < len(self.item_marks) else self.mark

    @cached_property
    def mark(self) -> Mark:
        path, line, column, _ = self._stored()
        return _mark(path, line, column)

    @cached_property
    def item_marks(self) -> list[Mark]:
        path, _, _, places = self._stored()
        return [Mark(path, places[n], places[n + 1]) for n in range(0, len(places), 2)]

    def _stored(self) -> tuple[str, int, int, tuple[int, ...]]:
        stored = self.__dict__.get("_positions")
        if stored is None:
            raise AttributeError("this list has no positions")
        return stored

    def __getstate__(self) -> dict[str, Any]:
        places: list[int] = []
        for mark in self.item_marks:
            places.extend(_numbers(mark))
        return {"_positions": (*_where(self.mark), tuple(places))}


def _mark(path: str, line: int, column: int) -> Mark:
    """The container's own mark as stored (none, for a mapping made without one)."""
    return Mark(path, line, column) if line else None  # type: ignore[return-value]


def _numbers(mark: Mark | None) -> tuple[int, int]:
    return (mark.line, mark.column) if mark is not None else (0, 0)


def _where(mark: Mark | None) -> tuple[str, int, int]:
    return (mark.path, mark.line, mark.column) if mark is not None else ("", 0, 0)


def load_yaml(path: Path | str, text: str | None = None) -> Any:
    """Parse one YAML document into located containers; raise ``YamlError`` when invalid."""
    name = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise YamlError(None, f"cannot read: {_reason(error)}", name) from None
    from newslint.io.yamlparse import parse_located

    return parse_located(text, name)


def load_plain_yaml(text: str, name: str, first_line: int = 1) -> Any:
    """Parse YAML without implicit typing: every scalar stays a string (``2025-02-30`` is
    text, not an impossible date), for data such as an article's front matter.
    ``first_line`` is the file line where ``text`` starts, for located errors."""
    from newslint.io.yamlparse import parse_plain

    return parse_plain(text, name, first_line)


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)
