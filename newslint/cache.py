"""A small on-disk cache for data that is slow to parse and rarely changes.

Gazetteers are YAML files of thousands of entries; parsing and validating them costs
more than linting an article. The parsed result is stored under the user's cache
directory, keyed by the file's path and content (not its timestamp) and newslint's
version, so an edited or moved file or an upgrade is never served stale. Any problem with the cache (no
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
    """``parse(path)``, reused from the cache when the file's bytes are unchanged."""
    directory = cache_dir()
    if directory is None:
        return parse(path)
    try:
        # The path is part of the key: parsed data remembers where each entry came from.
        place, content = entry_key(path)
    except OSError:
        return parse(path)  # let the parser report the unreadable file
    entry = directory / f"{kind}-{place}-{__version__}-{_FORMAT}-{content}.pickle"
    try:
        with entry.open("rb") as stream:
            return pickle.load(stream)
    except Exception:  # absent, unreadable or from an incompatible run: parse again
        pass
    result = parse(path)
    _store(directory, entry, result)
    prune(directory, f"{kind}-{place}-", keep=entry.name)
    return result


def cached_build(kind: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """``build()``, reused from the cache while the ``sources`` it is derived from (the
    same files, with the same bytes) are unchanged: an index over gazetteers, say."""
    directory = cache_dir()
    if directory is None:
        return build()
    try:
        places = hashlib.sha256()
        contents = hashlib.sha256()
        for source in sources:
            place, content = entry_key(source)
            places.update(place.encode())
            contents.update(content.encode())
    except OSError:
        return build()
    place = places.hexdigest()[:16]
    entry = directory / f"{kind}-{place}-{__version__}-{_FORMAT}-{contents.hexdigest()[:24]}.pickle"
    try:
        with entry.open("rb") as stream:
            return pickle.load(stream)
    except Exception:
        pass
    result = build()
    _store(directory, entry, result)
    prune(directory, f"{kind}-{place}-", keep=entry.name)
    return result


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
