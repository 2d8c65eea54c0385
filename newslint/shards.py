"""A large lookup table stored as many small pickles, loaded shard by shard on demand.

lemminflect's lemma and inflection tables hold about 100,000 words each; loading either
whole costs 70-150 ms, while an article looks up a few hundred words. After the first
run builds the shards (keyed by the table file's path and content, like ``cache.py``),
a lookup loads only the shard of its word's first two letters.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newslint import __version__
from newslint.cache import cache_dir, entry_key, prune

_FORMAT = "1"
_DONE = "complete"


def shard_of(key: str) -> str:
    """The shard name of ``key``: its first two characters, made safe for a file name."""
    return "".join(char if char.isalnum() else f"_{ord(char):x}" for char in key[:2]) or "_"


class ShardedTable:
    """A read-only mapping with ``get``, backed by shard files in a directory."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._shards: dict[str, dict[str, Any]] = {}

    def get(self, key: str, default: Any = None) -> Any:
        name = shard_of(key)
        shard = self._shards.get(name)
        if shard is None:
            shard = self._shards[name] = _read(self._directory / f"{name}.pickle")
        return shard.get(key, default)


def sharded(kind: str, path: Path, load: Callable[[Path], dict[str, Any]]) -> Any:
    """``load(path)`` as a lazily sharded table when the cache allows, else as a dict."""
    root = cache_dir()
    if root is None:
        return load(path)
    try:
        place, content = entry_key(path)
    except OSError:
        return load(path)
    directory = root / f"{kind}-{place}-{__version__}-{_FORMAT}-{content}"
    if (directory / _DONE).exists():
        return ShardedTable(directory)
    table = load(path)
    _write_shards(root, directory, table)
    prune(root, f"{kind}-{place}-", keep=directory.name)
    return table


def _write_shards(root: Path, directory: Path, table: dict[str, Any]) -> None:
    """Write every shard, then mark the directory complete; a concurrent or failed write
    leaves no half-built table behind (it is built in a temporary directory first)."""
    groups: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        groups.setdefault(shard_of(key), {})[key] = value
    try:
        root.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(dir=root, prefix=".building-"))
    except OSError:
        return
    try:
        for name, group in groups.items():
            with open(building / f"{name}.pickle", "wb") as stream:
                pickle.dump(group, stream, protocol=pickle.HIGHEST_PROTOCOL)
        (building / _DONE).write_text("")
        os.replace(building, directory)
    except OSError:
        with contextlib.suppress(OSError):
            for leftover in building.iterdir():
                leftover.unlink()
            building.rmdir()


def _read(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as stream:
            return pickle.load(stream)
    except FileNotFoundError:
        return {}  # no word of the table starts with these letters
