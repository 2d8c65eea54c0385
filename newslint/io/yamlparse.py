"""Parsing YAML into the located containers of ``newslint.io.yamlsource``.

Kept apart so that PyYAML is imported only when a file is actually parsed.
"""

from __future__ import annotations

from typing import Any

import yaml

from newslint.io.yamlsource import LocatedDict, LocatedList, Mark, YamlError

try:  # the C loader is several times faster on large gazetteers
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader
try:
    _PlainLoader: type = yaml.CBaseLoader
except AttributeError:  # pragma: no cover
    _PlainLoader = yaml.BaseLoader

# How many nodes aliases may add to a document when expanded. Real configuration, rule and
# gazetteer files reuse a few small anchors; an alias bomb adds billions.
ALIAS_BUDGET = 10_000


def parse_located(text: str, name: str) -> Any:
    """``text`` as located containers; ``YamlError`` when invalid."""
    return _load(_Loader, text, name, lambda loader, node: _convert(loader, node, name))


def parse_plain(text: str, name: str, first_line: int = 1) -> Any:
    """``text`` with every scalar a string; errors located from ``first_line``."""
    return _load(_PlainLoader, text, name,
                 lambda loader, node: loader.construct_document(node), first_line)


def _load(loader_class: type, text: str, name: str, build: Any, first_line: int = 1) -> Any:
    loader = loader_class(text)
    shift = first_line - 1
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expansion(node, name, shift)
        return build(loader, node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        located = Mark(name, mark.line + 1 + shift, mark.column + 1) if mark else None
        raise YamlError(located, f"invalid YAML: {error.problem or error.context}", name) from None
    except yaml.YAMLError as error:
        raise YamlError(None, f"invalid YAML: {_one_line(error)}", name) from None
    except RecursionError:
        raise YamlError(None, "invalid YAML: nested too deeply", name) from None
    finally:
        loader.dispose()


def _check_expansion(root: yaml.Node, path: str, shift: int = 0) -> None:
    """Refuse aliases that refer to themselves or expand past ``ALIAS_BUDGET`` nodes.

    The composer resolves an alias to its anchor's node, so the document is a graph; its
    expanded size is computed once per node (memoised, iteratively: no recursion limit).
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    shared: list[yaml.Node] = []
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            continue
        if key in sizes:
            shared.append(node)
            continue
        if key in open_nodes:
            raise YamlError(_mark(node, path, shift), "an alias refers to its own anchor (recursive)")
        open_nodes.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in open_nodes:
                raise YamlError(_mark(child, path, shift),
                                "an alias refers to its own anchor (recursive)")
            if id(child) in sizes:
                shared.append(child)
            else:
                stack.append((child, False))
    added = sizes[id(root)] - len(sizes)
    if added > ALIAS_BUDGET:
        worst = max(shared, key=lambda n: sizes[id(n)])
        raise YamlError(_mark(worst, path, shift), f"aliases of this anchor expand the document "
                        f"by more than {ALIAS_BUDGET} values (refused)")


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())



def _mark(node: yaml.Node, path: str, shift: int = 0) -> Mark:
    return Mark(path, node.start_mark.line + 1 + shift, node.start_mark.column + 1)


def _construct(loader: Any, node: yaml.Node, path: str) -> Any:
    """One value, or a located error when it cannot be built (``2025-02-30``, ``!!int x``)."""
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError:
        raise
    except (ValueError, TypeError, OverflowError, ArithmeticError) as error:
        raise YamlError(_mark(node, path), f"invalid value: {_one_line(error)}") from None


def _convert(loader: Any, node: yaml.Node, path: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        result = LocatedDict()
        result.mark, result.key_marks, result.value_marks = _mark(node, path), {}, {}
        for key_node, value_node in node.value:
            key = _construct(loader, key_node, path)
            if isinstance(key, (list, dict, set)):
                kind = "a list" if isinstance(key, list) else "a mapping"
                raise YamlError(_mark(key_node, path), f"{kind} cannot be a key")
            try:
                duplicate = key in result
            except TypeError:
                raise YamlError(_mark(key_node, path), "this value cannot be a key") from None
            if duplicate:
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
    return _construct(loader, node, path)
