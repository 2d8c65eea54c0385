"""A large lookup table stored as many small pickles, loaded shard by shard on demand.

lemminflect's lemma and inflection tables hold about 100,000 words each; loading either
whole costs 70-150 ms, while an article looks up a few hundred words. After the first
run builds the shards (keyed by the table file's path and content, like ``cache.py``),
a lookup loads only the shard of its word's first two letters. A shard that cannot be read
(damaged, not the user's own) is never trusted: the table is loaded whole for this run and
the shards are built again by the next.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newslint import __version__
from newslint.cache import cache_dir, dump_private, enforce_limits, entry_key, load_trusted, prune, touch

_FORMAT = "1"
_DONE = "complete"


def shard_of(key: str) -> str:
    """The shard name of ``key``: its first two characters, made safe for a file name."""
    return "".join(char if char.isalnum() else f"_{ord(char):x}" for char in key[:2]) or "_"


class ShardedTable:
    """A read-only mapping with ``get``, backed by shard files in a directory."""

    def __init__(self, directory: Path, load_whole: Callable[[], dict[str, Any]]) -> None:
        self._directory = directory
        self._load_whole = load_whole
        self._whole: dict[str, Any] | None = None
        self._shards: dict[str, dict[str, Any]] = {}

    def get(self, key: str, default: Any = None) -> Any:
        if self._whole is not None:
            return self._whole.get(key, default)
        name = shard_of(key)
        shard = self._shards.get(name)
        if shard is None:
            try:
                shard = self._shards[name] = _read(self._directory / f"{name}.pickle")
            except Exception:  # damaged or not ours: never trusted, rebuilt by the next run
                with contextlib.suppress(OSError):
                    (self._directory / _DONE).unlink()
                self._whole = self._load_whole()
                return self._whole.get(key, default)
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
        touch(directory)
        return ShardedTable(directory, lambda: load(path))
    table = load(path)
    _write_shards(root, directory, table)
    prune(root, f"{kind}-{place}-", keep=directory.name)
    enforce_limits(root)
    return table


def _write_shards(root: Path, directory: Path, table: dict[str, Any]) -> None:
    """Write every shard, then mark the directory complete; a concurrent or failed write
    leaves no half-built table behind (it is built in a temporary directory first)."""
    groups: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        groups.setdefault(shard_of(key), {})[key] = value
    try:
        building = Path(tempfile.mkdtemp(dir=root, prefix=".building-"))
    except OSError:
        return
    try:
        if directory.exists():  # left incomplete by a damaged shard: replace it
            shutil.rmtree(directory)
        for name, group in groups.items():
            handle = os.open(building / f"{name}.pickle", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(handle, "wb") as stream:
                dump_private(group, stream)
        (building / _DONE).write_text("")
        os.replace(building, directory)
    except OSError:
        shutil.rmtree(building, ignore_errors=True)


def _read(path: Path) -> dict[str, Any]:
    try:
        shard = load_trusted(path)
    except FileNotFoundError:
        return {}  # no word of the table starts with these letters
    if not isinstance(shard, dict):
        raise TypeError(f"{path}: not a shard")
    return shard
