"""A small on-disk cache for data that is slow to parse and rarely changes.

Gazetteers are YAML files of thousands of entries; parsing and validating them costs
more than linting an article. The parsed result is stored under the user's cache
directory (the platform's, from ``platformdirs``), keyed by the file's path and content
(not its timestamp), newslint's version and its code (every module's size and time of
change; a plugin's builder module by content), so an edited or moved file, an upgrade or
a changed data structure is never served stale. Any problem with the cache (no home
directory, a read-only disk, a corrupt entry) silently falls back to parsing.
``NEWSLINT_NO_CACHE=1`` turns it off; ``NEWSLINT_CACHE_DIR`` moves it; ``newslint cache clean`` empties it.

Entries are pickles, and unpickling runs code: an entry is read only from a directory
that belongs to the current user and that nobody else may write to (created 0700), and
only when the entry itself is the user's and not writable by others. Where there is no
real home directory there is no cache, and no directory is ever created on the way. The
cache is capped: entries unused for ``MAX_AGE_DAYS`` go, then the least recently used
until it holds less than ``MAX_BYTES``.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import IO, Any, TypeVar

from newslint import __version__
from newslint.cache.digest import key_hash

T = TypeVar("T")
_FORMAT = "2"
MAX_BYTES = 256 * 1024 * 1024
MAX_AGE_DAYS = 60
TAG = "CACHEDIR.TAG"  # marks the directory as a cache (backup tools skip it; clean needs it)
_TAG_TEXT = ("Signature: 8a477f597d28d172789f06886806bc55\n"
             "# This directory is newslint's cache; 'newslint cache clean' empties it.\n")


def cache_dir() -> Path | None:
    """The cache directory, existing and safe to read pickles from, or None: turned off,
    no real home directory, not creatable, or another user could write to it."""
    if os.environ.get("NEWSLINT_NO_CACHE"):
        return None
    explicit = os.environ.get("NEWSLINT_CACHE_DIR")
    directory = Path(explicit) if explicit else _platform_dir()
    if directory is None:
        return None
    try:
        if not directory.is_dir():
            directory.mkdir(mode=0o700, parents=bool(explicit), exist_ok=True)
        if not _trusted(directory):
            return None
        if not (directory / TAG).exists() and (not explicit or not any(directory.iterdir())):
            (directory / TAG).write_text(_TAG_TEXT, encoding="ascii")  # ours to clean
    except OSError:
        return None
    return directory


def _platform_dir() -> Path | None:
    """``platformdirs``' user cache directory, when the home it lies in really exists.

    Only the last level (``newslint``) and a missing standard cache folder inside an
    existing home (``~/.cache``) are ever created: ``HOME=""`` or ``HOME=/nonexistent``
    mean no cache, never a cache in ``/`` or a whole new path.
    """
    import platformdirs

    if os.name == "posix" and os.environ.get("HOME", "unset") == "":
        return None  # HOME="" would expand to "/"
    home = os.path.expanduser("~")
    if home.startswith("~") or not os.path.isabs(home) or not os.path.isdir(home) or (
            os.path.dirname(home) == home):  # "/" is no one's home
        return None
    directory = Path(platformdirs.user_cache_dir("newslint", appauthor=False))
    if not directory.is_absolute():
        return None
    parent = directory.parent
    if not parent.is_dir():
        if not parent.parent.is_dir():
            return None  # e.g. XDG_CACHE_HOME pointing into nowhere
        try:
            parent.mkdir(mode=0o700)
        except OSError:
            return None
    return directory


def _trusted(path: Path | int) -> bool:
    """Owned by the current user and not writable by group or others (a path or an fd)."""
    getuid = getattr(os, "geteuid", None)
    if getuid is None:  # pragma: no cover - Windows: per-user profile directories
        return True
    try:
        status = os.fstat(path) if isinstance(path, int) else os.stat(path)
    except OSError:
        return False
    return status.st_uid == getuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def open_trusted(path: Path) -> IO[bytes]:
    """``path`` opened for reading if it is the user's own and nobody else could have
    written it; ``OSError`` otherwise (every cache entry is read through here)."""
    stream = open(path, "rb")  # noqa: SIM115 - the caller closes it
    if not _trusted(stream.fileno()):
        stream.close()
        raise PermissionError(f"{path}: not the user's own, not read")
    return stream


def load_trusted(path: Path) -> Any:
    """Unpickle ``path`` if it is the user's own and nobody else could have written it;
    raise ``OSError`` (or whatever a damaged pickle raises) otherwise."""
    with open_trusted(path) as stream:
        return pickle.load(stream)


def dump_private(value: object, stream: IO[bytes]) -> None:
    pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)


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
        result = load_trusted(entry)
        touch(entry)
        return result
    except Exception:  # absent, unreadable, not ours or from an incompatible run: build again
        pass
    result = build()
    write_atomically(directory, entry, lambda stream: dump_private(result, stream))
    prune(directory, f"{kind}-{place}-", keep=entry.name)
    _enforce_limits_once(directory)
    return result


def _build_key(sources: Sequence[Path], code: Callable[..., object]) -> tuple[str, str]:
    """(hash of the source paths, hash of their bytes, newslint's version and the source
    of the module that builds the entry): editing that module invalidates its entries,
    so a changed data structure is never unpickled from an older run."""
    places = key_hash()
    contents = key_hash(f"{__version__}\0{_FORMAT}".encode())
    for source in sources:
        place, content = entry_key(source)
        places.update(place.encode())
        contents.update(content.encode())
    contents.update(_code_digest(code.__code__.co_filename).encode())
    return places.hexdigest()[:16], contents.hexdigest()[:24]


_PACKAGE = Path(__file__).resolve().parent.parent


def _code_digest(filename: str) -> str:
    """What identifies the code that built an entry: newslint's own source as a whole (a
    builder calls helpers in other modules, and an edit to any of them may change what it
    builds), or a plugin's builder module."""
    path = Path(filename).resolve()
    return _package_digest() if _PACKAGE in path.parents else _module_digest(str(path))


@cache
def _package_digest() -> str:
    """Size and modification time of every module of the package: a stat per file (about
    a millisecond in all), where hashing their bytes would cost more than the entry saves."""
    digest = key_hash()
    for top, directories, files in os.walk(_PACKAGE):
        directories.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                with contextlib.suppress(OSError):
                    status = os.stat(os.path.join(top, name))
                    digest.update(f"{top}/{name}\0{status.st_size}\0{status.st_mtime_ns}\n"
                                  .encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


@cache
def _module_digest(filename: str) -> str:
    try:
        return key_hash(Path(filename).read_bytes()).hexdigest()
    except OSError:
        return ""


def entry_key(path: Path) -> tuple[str, str]:
    """(hash of the path, hash of the content): entries for one file share the first."""
    place = key_hash(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return place, key_hash(path.read_bytes()).hexdigest()[:24]


def touch(entry: Path) -> None:
    """Mark an entry as used now, so the size cap removes the least recently used."""
    with contextlib.suppress(OSError):
        os.utime(entry)


def _remove(entry: Path) -> None:
    with contextlib.suppress(OSError):
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink()


def prune(directory: Path, prefix: str, keep: str, spare: int = 0) -> None:
    """Remove older entries of the same file (an edited gazetteer, another version), so
    the cache holds one entry per file however often it changes; ``spare`` keeps that
    many of the others too, the most recently used (for an entry that two installed
    versions share, which would otherwise each remove the other's)."""
    others = [entry for entry in directory.glob(prefix + "*")
              if entry.name != keep and not entry.name.endswith(".tmp")]
    if spare:
        others.sort(key=_used, reverse=True)
    for stale in others[spare:]:
        _remove(stale)


def _used(entry: Path) -> float:
    try:
        return entry.stat().st_mtime
    except OSError:
        return 0.0


def _size(entry: Path) -> int:
    try:
        if entry.is_dir() and not entry.is_symlink():
            return sum(child.stat().st_size for child in entry.iterdir())
        return entry.stat().st_size
    except OSError:
        return 0


_checked_limits: set[Path] = set()


def _enforce_limits_once(directory: Path) -> None:
    """``enforce_limits`` after the first store of a run only: it reads the size of every
    entry (tens of thousands of results), and a run that rebuilds a dozen entries after
    an upgrade must not read them a dozen times."""
    if directory not in _checked_limits:
        _checked_limits.add(directory)
        enforce_limits(directory)


def enforce_limits(directory: Path, max_bytes: int = MAX_BYTES,
                   max_age_days: float = MAX_AGE_DAYS) -> None:
    """Drop entries unused for ``max_age_days``, then the least recently used ones until
    the cache holds at most ``max_bytes``. Runs after a store, which is rare."""
    try:
        entries = [e for e in directory.iterdir() if e.name != TAG]
    except OSError:
        return
    now = time.time()
    aged: list[tuple[float, int, Path]] = []
    for entry in entries:
        try:
            used = entry.stat().st_mtime
        except OSError:
            continue
        if now - used > max_age_days * 86400:
            _remove(entry)
        else:
            aged.append((used, _size(entry), entry))
    total = sum(size for _, size, _ in aged)
    for _, size, entry in sorted(aged, key=lambda item: item[0]):
        if total <= max_bytes:
            break
        _remove(entry)
        total -= size


def clean() -> int | None:
    """Delete every entry of the cache; the number removed, or None when the directory is
    not marked as newslint's cache (``CACHEDIR.TAG``): a mistaken ``NEWSLINT_CACHE_DIR``
    must never empty someone's folder."""
    directory = cache_dir()
    if directory is None:
        return 0
    if not (directory / TAG).is_file():
        return None
    removed = 0
    for entry in directory.iterdir():
        if entry.name != TAG:
            _remove(entry)
            removed += 1
    return removed


def write_atomically(directory: Path, entry: Path, write: Callable[[IO[bytes]], object]) -> bool:
    """Fill ``entry`` by ``write`` into a temporary file renamed into place, so a concurrent
    run sees the old entry or the whole new one; False, and nothing left, when it fails (a
    failure to write the cache is never an error)."""
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.replace(temporary, entry)
    except Exception:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
    return True
