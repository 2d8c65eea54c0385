"""Which files a run reads: walking directories, default extensions, ignore files and
``exclude`` (docs/files.md).

Patterns have gitignore semantics (through ``pathspec``, as git itself reads them): a
pattern with a slash is anchored (``archive/*.md`` is that folder's files, not its
subfolders'), ``/drafts/`` is the top folder only, ``**/tmp/*.md`` any ``tmp`` folder's.
``exclude`` is relative to the configuration file's directory; ``.gitignore`` and
``.newslintignore`` to their own, from the repository's root down to each folder walked.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.formats import DEFAULT_SUFFIXES

if TYPE_CHECKING:
    import pathspec

IGNORE_FILES = (".gitignore", ".newslintignore")


def display_path(path: Path) -> str:
    """The path relative to the current directory when possible, with forward slashes."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        relative = str(path)
    if relative.startswith(".." + os.sep) and path.is_absolute():
        relative = str(path)
    return relative.replace(os.sep, "/")


def compile_patterns(patterns: Iterable[str]) -> pathspec.GitIgnoreSpec:
    import pathspec  # only runs that have patterns pay for importing it

    return pathspec.GitIgnoreSpec.from_lines(list(patterns))


class _IgnoreFiles:
    """The ``.gitignore``/``.newslintignore`` rules in force in one directory: those of its
    ancestors up to the repository root, then its own; the deepest matching pattern wins
    (``!keep.md`` in a subfolder re-includes what a parent ignored), as in git."""

    def __init__(self, layers: tuple[tuple[Path, pathspec.GitIgnoreSpec], ...] = ()) -> None:
        self.layers = layers

    @classmethod
    def above(cls, directory: Path) -> _IgnoreFiles:
        """The ignore files of ``directory``'s ancestors, up to the enclosing repository's
        root (a folder with ``.git``); none outside a repository but the folder's own."""
        chain = [directory]
        for parent in directory.parents:
            if (chain[-1] / ".git").exists():
                break
            chain.append(parent)
        if not (chain[-1] / ".git").exists():
            chain = [directory]
        ignores = cls()
        for folder in reversed(chain):
            ignores = ignores.entering(folder)
        return ignores

    def entering(self, directory: Path) -> _IgnoreFiles:
        lines: list[str] = []
        for name in IGNORE_FILES:
            try:
                lines += (directory / name).read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                continue
        if not lines:
            return self
        return _IgnoreFiles((*self.layers, (directory, compile_patterns(lines))))

    def ignores(self, path: Path, is_dir: bool) -> bool:
        verdict = False
        for directory, spec in self.layers:
            try:
                relative = path.relative_to(directory).as_posix() + ("/" if is_dir else "")
            except ValueError:
                continue
            include = spec.check_file(relative).include
            if include is not None:
                verdict = include
        return verdict


def collect_files(
    paths: Iterable[str], exclude: Sequence[str], base_dir: Path,
    suffixes: Sequence[str] = DEFAULT_SUFFIXES, *, ignore_files: bool = True,
) -> Iterator[tuple[str, Path | None]]:
    """(display path, path) of every file to check, in a stable order.

    Files named explicitly are checked whatever their extension (as ruff does) and whatever
    ``.gitignore`` says (naming a file is asking for it), but not when ``exclude`` matches
    them, so pre-commit, which names every staged file, honours the configuration.
    Directory walks take the default extensions, skip hidden directories and honour
    ``exclude`` and, unless ``ignore_files`` is false (``--no-ignore``), the ignore files.
    A path that does not exist is yielded with ``None`` so the caller reports it.
    """
    excluded = compile_patterns(exclude) if exclude else None
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path, excluded, base_dir, suffixes, ignore_files):
                shown = display_path(found)
                if shown not in seen:
                    seen.add(shown)
                    yield shown, found
        elif path.exists():
            shown = display_path(path)
            if shown not in seen and not _excluded(path, excluded, base_dir, is_dir=False):
                seen.add(shown)
                yield shown, path
        else:
            yield given, None


def _walk(root: Path, excluded: pathspec.GitIgnoreSpec | None, base_dir: Path,
          suffixes: Sequence[str], ignore_files: bool) -> list[Path]:
    found: list[Path] = []
    # Ignore files are matched against absolute, unresolved paths (a symlink stays where
    # the walk found it, as git sees it).
    start = Path(os.path.abspath(root))
    ignores = {start: _IgnoreFiles.above(start) if ignore_files else _IgnoreFiles()}
    for directory, subdirectories, names in os.walk(root):
        here = Path(directory)
        absolute = Path(os.path.abspath(directory))
        rules = ignores.get(absolute, _IgnoreFiles())
        kept = []
        for name in sorted(subdirectories):
            child = here / name
            if name.startswith(".") or _excluded(child, excluded, base_dir, is_dir=True):
                continue
            if rules.ignores(absolute / name, is_dir=True):
                continue
            if ignore_files:
                ignores[absolute / name] = rules.entering(absolute / name)
            kept.append(name)
        subdirectories[:] = kept
        for name in sorted(names):
            candidate = here / name
            wanted = candidate.suffix.lower() in suffixes and not name.startswith(".")
            if (wanted and not _excluded(candidate, excluded, base_dir, is_dir=False)
                    and not rules.ignores(absolute / name, is_dir=False)):
                found.append(candidate)
    return sorted(found, key=lambda p: display_path(p))


def _excluded(path: Path, excluded: pathspec.GitIgnoreSpec | None, base_dir: Path,
              is_dir: bool) -> bool:
    if excluded is None or not excluded.patterns:
        return False
    try:
        relative = path.resolve().relative_to(base_dir).as_posix()
    except ValueError:
        relative = display_path(path)
    return excluded.match_file(relative + ("/" if is_dir else ""))
