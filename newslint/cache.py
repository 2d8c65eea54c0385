"""A small on-disk cache for data that is slow to parse and rarely changes.

Gazetteers are YAML files of thousands of entries; parsing and validating them costs
more than linting an article. The parsed result is stored under the user's cache
directory, keyed by the file's path and content (not its timestamp), newslint's version
and the source of the module that builds the entry, so an edited or moved file, an
upgrade or a changed data structure is never served stale. Any problem with the cache (no
home directory, a read-only disk, a corrupt entry) silently falls back to parsing.
``NEWSLINT_NO_CACHE=1`` turns it off; ``NEWSLINT_CACHE_DIR`` moves it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

from newslint import __version__

T = TypeVar("T")
_FORMAT = "2"


def cache_dir() -> Path | None:
    if os.environ.get("NEWSLINT_NO_CACHE"):
        return None
    if os.environ.get("NEWSLINT_CACHE_DIR"):
        return Path(os.environ["NEWSLINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):
            return None  # no home directory: never write a cache into the current one
        base = os.path.join(home, ".cache")
    return Path(base) / "newslint"


def cached_parse(kind: str, path: Path, parse: Callable[[Path], T]) -> T:
    """``parse(path)``, reused from the cache while the file's bytes are unchanged.

    The path is part of the key too: parsed data remembers where each entry came from.
    """
    return cached_build(kind, [path], lambda: parse(path), code=parse)


def cached_build(kind: str, sources: Sequence[Path], build: Callable[[], T],
                 code: Callable[..., object] | None = None) -> T:
    """``build()``, reused from the cache while the ``sources`` it is derived from (the
    same files, with the same bytes) and the module that builds it are unchanged."""
    directory = cache_dir()
    if directory is None:
        return build()
    try:
        place, content = _build_key(sources, code or build)
    except OSError:
        return build()  # let the builder report the unreadable file
    entry = directory / f"{kind}-{place}-{content}.pickle"
    try:
        with entry.open("rb") as stream:
            return pickle.load(stream)
    except Exception:  # absent, unreadable or from an incompatible run: build again
        pass
    result = build()
    _store(directory, entry, result)
    prune(directory, f"{kind}-{place}-", keep=entry.name)
    return result


def _build_key(sources: Sequence[Path], code: Callable[..., object]) -> tuple[str, str]:
    """(hash of the source paths, hash of their bytes, newslint's version and the source
    of the module that builds the entry): editing that module invalidates its entries,
    so a changed data structure is never unpickled from an older run."""
    places = hashlib.sha256()
    contents = hashlib.sha256(f"{__version__}\0{_FORMAT}".encode())
    for source in sources:
        place, content = entry_key(source)
        places.update(place.encode())
        contents.update(content.encode())
    contents.update(_module_digest(code.__code__.co_filename).encode())  # type: ignore[attr-defined]
    return places.hexdigest()[:16], contents.hexdigest()[:24]


@cache
def _module_digest(filename: str) -> str:
    try:
        return hashlib.sha256(Path(filename).read_bytes()).hexdigest()
    except OSError:
        return ""


def entry_key(path: Path) -> tuple[str, str]:
    """(hash of the path, hash of the content): entries for one file share the first."""
    place = hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return place, hashlib.sha256(path.read_bytes()).hexdigest()[:24]


def prune(directory: Path, prefix: str, keep: str) -> None:
    """Remove older entries of the same file (an edited gazetteer, another version), so
    the cache holds one entry per file however often it changes."""
    for stale in directory.glob(prefix + "*"):
        if stale.name != keep and not stale.name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                if stale.is_dir():
                    for child in stale.iterdir():
                        child.unlink()
                    stale.rmdir()
                else:
                    stale.unlink()


def _store(directory: Path, entry: Path, value: object) -> None:
    """Write atomically: a concurrent run sees the old entry or the whole new one."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, entry)
    except Exception:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
