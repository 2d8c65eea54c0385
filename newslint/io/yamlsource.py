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

from pathlib import Path
from typing import Any, NamedTuple


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
    """A mapping whose keys and values remember their positions."""

    mark: Mark
    key_marks: dict[Any, Mark]
    value_marks: dict[Any, Mark]

    def key_mark(self, key: Any) -> Mark:
        return self.key_marks.get(key, self.mark)

    def value_mark(self, key: Any) -> Mark:
        return self.value_marks.get(key, self.mark)


class LocatedList(list):
    """A list whose items remember their positions."""

    mark: Mark
    item_marks: list[Mark]

    def item_mark(self, index: int) -> Mark:
        return self.item_marks[index] if index < len(self.item_marks) else self.mark


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
