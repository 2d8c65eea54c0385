"""Which files a run reads: walking directories, default extensions, excludes (SPEC §2)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from newslint.config import path_matches
from newslint.formats import DEFAULT_SUFFIXES


def display_path(path: Path) -> str:
    """The path relative to the current directory when possible, with forward slashes."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        relative = str(path)
    if relative.startswith(".." + os.sep) and path.is_absolute():
        relative = str(path)
    return relative.replace(os.sep, "/")


def collect_files(
    paths: Iterable[str], exclude: Sequence[str], base_dir: Path,
    suffixes: Sequence[str] = DEFAULT_SUFFIXES,
) -> Iterator[tuple[str, Path | None]]:
    """(display path, path) of every file to check, in a stable order.

    Files named explicitly are checked whatever their extension (as ruff does); directory
    walks take the default extensions, skip hidden directories and honour ``exclude``.
    A path that does not exist is yielded with ``None`` so the caller reports it.
    """
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path, exclude, base_dir, suffixes):
                shown = display_path(found)
                if shown not in seen:
                    seen.add(shown)
                    yield shown, found
        elif path.exists():
            shown = display_path(path)
            if shown not in seen and not _excluded(path, exclude, base_dir):
                seen.add(shown)
                yield shown, path
        else:
            yield given, None


def _walk(root: Path, exclude: Sequence[str], base_dir: Path, suffixes: Sequence[str]) -> list[Path]:
    found: list[Path] = []
    for directory, subdirectories, names in os.walk(root):
        here = Path(directory)
        subdirectories[:] = sorted(
            d for d in subdirectories
            if not d.startswith(".") and not _excluded(here / d, exclude, base_dir)
        )
        for name in sorted(names):
            candidate = here / name
            wanted = candidate.suffix.lower() in suffixes and not name.startswith(".")
            if wanted and not _excluded(candidate, exclude, base_dir):
                found.append(candidate)
    return sorted(found, key=lambda p: display_path(p))


def _excluded(path: Path, exclude: Sequence[str], base_dir: Path) -> bool:
    if not exclude:
        return False
    try:
        relative = path.resolve().relative_to(base_dir).as_posix()
    except ValueError:
        relative = display_path(path)
    return any(path_matches(relative, pattern) for pattern in exclude)
