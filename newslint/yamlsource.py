"""YAML loading that remembers where every key and value came from.

Configuration mistakes must be reported as ``file:line:column: message`` pointing into the
YAML (README, Rules), so loaded mappings and lists carry the marks of their keys and items.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is several times faster on large gazetteers
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class Mark:
    """A 1-based position in a YAML file."""

    __slots__ = ("path", "line", "column")

    def __init__(self, path: str, line: int, column: int) -> None:
        self.path, self.line, self.column = path, line, column

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
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _convert(loader, node, name)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        located = Mark(name, mark.line + 1, mark.column + 1) if mark else None
        raise YamlError(located, f"invalid YAML: {error.problem or error.context}", name) from None
    except yaml.YAMLError as error:
        raise YamlError(None, f"invalid YAML: {error}", name) from None
    finally:
        loader.dispose()


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)


def _mark(node: yaml.Node, path: str) -> Mark:
    return Mark(path, node.start_mark.line + 1, node.start_mark.column + 1)


def _convert(loader: Any, node: yaml.Node, path: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        result = LocatedDict()
        result.mark, result.key_marks, result.value_marks = _mark(node, path), {}, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if isinstance(key, list):
                raise YamlError(_mark(key_node, path), "a list cannot be a key")
            if key in result:
                raise YamlError(_mark(key_node, path), f"duplicate key '{key}'")
            result[key] = _convert(loader, value_node, path)
            result.key_marks[key] = _mark(key_node, path)
            result.value_marks[key] = _mark(value_node, path)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = LocatedList(_convert(loader, item, path) for item in node.value)
        items.mark = _mark(node, path)
        items.item_marks = [_mark(item, path) for item in node.value]
        return items
    return loader.construct_object(node, deep=True)
