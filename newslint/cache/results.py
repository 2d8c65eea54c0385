"""Findings per file, kept between runs: an unchanged archive is re-checked from here.

An entry is named by a hash of everything that decides a file's findings: the file's
bytes and the name it is reported under, and the run key (``run_key``): newslint's
version and source, every file of the rule packs the run loads (rules, gazetteers, word
lists), the user's gazetteers, the word table's data and the configuration. Change any of
these and the entries no longer match; they are recomputed and the old ones age out.

Entries are JSON, never pickle (a cache must never run code someone else could have
written there), in a directory created 0700 and used only while it is owned by the current
user and not writable by others. Each entry is written to a temporary file and renamed
into place, so concurrent runs see an entry whole or not at all; an entry that does not
parse is ignored and rewritten. ``--no-cache`` turns the cache off.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newslint import __version__
from newslint.cache.digest import key_hash
from newslint.cache.store import cache_dir, write_atomically
from newslint.engine import Finding, RelatedLocation

_FORMAT = "1"
MAX_ENTRIES = 50_000  # past this, the oldest fifth is removed after a run that wrote some


class ResultsCache:
    """Cached findings in one private directory, for one run key."""

    def __init__(self, directory: Path, run_key: str) -> None:
        self.directory = directory
        self._run_key = run_key
        self.stored = 0

    @classmethod
    def open(cls, run_key: str, root: Path | None = None) -> ResultsCache | None:
        """The cache under ``root`` (default: newslint's cache directory), or None when
        there is none or it is not safely ours."""
        root = root if root is not None else cache_dir()
        if root is None:
            return None
        directory = root / "results"
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            info = os.lstat(directory)
        except OSError:
            return None
        if not private_directory(info):
            return None
        return cls(directory, run_key)

    def _entry(self, shown: str, data: bytes) -> Path:
        digest = key_hash(f"{self._run_key}\0{shown}\0".encode("utf-8", "surrogateescape"))
        digest.update(data)
        return self.directory / f"{digest.hexdigest()[:40]}.json"

    def get(self, shown: str, data: bytes) -> tuple[list[Finding], int] | None:
        """(findings, words) of a file checked before with these bytes, or None."""
        try:
            with open(self._entry(shown, data), encoding="utf-8", errors="surrogateescape") as stream:
                entry = json.load(stream)
            return [_finding(item) for item in entry["findings"]], int(entry["words"])
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None  # absent, unreadable, half-written by a crash or not ours: recompute

    def put(self, shown: str, data: bytes, findings: Sequence[Finding], words: int) -> None:
        """Store a file's findings atomically; a failure to write is not an error."""
        entry = {"words": words, "findings": [_plain(f) for f in findings]}
        # ASCII escapes: a name that is not UTF-8 (a lone surrogate) round-trips
        if write_atomically(self.directory, self._entry(shown, data), lambda stream: stream.write(
                json.dumps(entry, separators=(",", ":")).encode("ascii"))):
            self.stored += 1

    def prune(self, limit: int = MAX_ENTRIES) -> None:
        """After a run that wrote entries: keep the directory under ``limit`` entries by
        removing the oldest ones (and temporary files a crash left behind)."""
        if not self.stored:
            return
        try:
            entries = [(e.stat().st_mtime, e.path) for e in os.scandir(self.directory)]
        except OSError:
            return
        if len(entries) <= limit:
            return
        entries.sort()
        for _, path in entries[: len(entries) - limit * 4 // 5]:
            with contextlib.suppress(OSError):
                os.unlink(path)


def private_directory(info: os.stat_result) -> bool:
    """A real directory of the current user that nobody else can write to."""
    owner = getattr(os, "getuid", None)
    return (stat.S_ISDIR(info.st_mode) and (owner is None or info.st_uid == owner())
            and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def run_key(configuration: str, pack_dirs: Iterable[Path], extra_files: Iterable[Path]) -> str:
    """A hash of all that decides findings besides the file itself: newslint's version and
    source, every file under the rule packs (rules and their data), ``extra_files`` (the
    user's gazetteers), lemminflect's data and ``configuration`` (the settings as text)."""
    digest = key_hash(f"{_FORMAT}\0{__version__}\0{configuration}\0".encode())
    package = Path(__file__).resolve().parent.parent
    files = [*_tree(package, (".py",)), *(f for d in pack_dirs for f in _tree(d, None))]
    files += [Path(p) for p in extra_files]
    for path in files:
        digest.update(f"{path}\0".encode("utf-8", "surrogateescape"))
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0unreadable")
    from newslint.text.wordtable import data_digest

    digest.update(data_digest().encode())
    return digest.hexdigest()


def _tree(directory: Path, suffixes: tuple[str, ...] | None) -> list[Path]:
    found = []
    for root, directories, names in os.walk(directory):
        directories[:] = sorted(d for d in directories if d != "__pycache__")
        found += [Path(root, n) for n in sorted(names)
                  if suffixes is None or n.endswith(suffixes)]
    return found


def _plain(finding: Finding) -> list[Any]:
    return [*finding[:10], list(finding.suggestions), [list(r) for r in finding.related]]


def _finding(item: list[Any]) -> Finding:
    *fields, suggestions, related = item
    if len(fields) != 10:
        raise ValueError("not a finding")
    path, line, column, end_line, end_column, rule, check, severity, category, message = fields
    return Finding(path, line, column, end_line, end_column, rule, check, severity, category,
                   message, tuple(suggestions), tuple(RelatedLocation(*r) for r in related))
