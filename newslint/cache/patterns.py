"""Compiled regular expressions kept from one run to the next.

The checks compile a few hundred patterns when they are imported, and Python's ``re``
parses and compiles each again in every process: about a fifth of a one-article run's
start went there. ``re`` turns a pattern into a list of integer op-codes and hands that
list to its C engine (``_sre.compile``); this module keeps those lists, so a later run
hands the stored list over directly and skips the parsing and compiling in Python.

The op-codes are CPython's own and change between Python versions: the entry's name
carries the interpreter's version and the engine's magic number, and anything else
(another Python implementation, a damaged or foreign entry, an engine that rejects the
code) means the pattern is compiled as ``re`` always does. The C engine checks every
list it is given before using it, so a damaged entry can only fail, never misbehave.

Only the command line installs this (``install`` before the checks are imported, ``save``
when the run ends); ``import newslint`` as a library leaves ``re`` alone.
"""

from __future__ import annotations

import marshal
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newslint.cache import store

# (pattern, flags) -> (flags, code, groups, group index, index group): ``_sre.compile``'s
# arguments besides the pattern, the code as the bytes of an array of 32-bit op-codes. A
# list of integers would be tens of thousands of objects for the run to read and hold.
Compiled = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_MAX_ENTRIES = 4096  # the built-in rules use about 350; user rule packs add their own
# The array type of the engine's 32-bit op-codes ("I" is 32 bits wide nearly everywhere).
_CODE_TYPE = next((kind for kind in "IL" if array(kind).itemsize == 4), "")


class PatternCache:
    """The stored op-codes of one cache directory, and those compiled since loading."""

    def __init__(self, entry: Path, known: dict[tuple[str | bytes, int], Compiled]) -> None:
        self.entry = entry
        self.known = known
        self.added = 0
        # Patterns are learnt while the program starts (imports, rules): those are the
        # same in every run. Patterns compiled while checking depend on the article (a
        # term's forms): kept, they would grow the entry every run reads.
        self.learning = True
        self.used: set[tuple[str | bytes, int]] = set()

    def compile(self, original: Callable[..., Any], sre_compile: Callable[..., Any],
                pattern: Any, flags: int = 0) -> Any:
        """What ``re._compiler.compile`` returns, from the stored code where there is some."""
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return original(pattern, flags)
        key = (pattern, int(flags))
        found = self.known.get(key)
        if found is None:
            if not self.learning:
                return original(pattern, flags)
            found = _translate(pattern, int(flags))
            if found is None:
                return original(pattern, flags)  # re says why
            if len(self.known) >= _MAX_ENTRIES:  # full of earlier versions' patterns?
                self.known = {old: self.known[old] for old in self.used if old in self.known}
            if len(self.known) < _MAX_ENTRIES:
                self.known[key] = found
                self.added += 1
        if self.learning:
            self.used.add(key)
        final_flags, code, groups, group_index, index_group = found
        try:
            return sre_compile(pattern, final_flags, array(_CODE_TYPE, code).tolist(), groups,
                               group_index, index_group)
        except Exception:  # a damaged entry: compile it as re would
            self.known.pop(key, None)
            return original(pattern, flags)

    def save(self) -> None:
        """Write the entry when this run compiled patterns it did not hold."""
        if not self.added:
            return
        directory = self.entry.parent
        if store.write_atomically(directory, self.entry,
                                  lambda stream: marshal.dump(self.known, stream)):
            self.added = 0


_installed: PatternCache | None = None


def install() -> None:
    """Serve ``re``'s compilations from the cache for the rest of this process (the
    command line only: nothing happens when the cache is off or Python is not CPython)."""
    global _installed
    if _installed is not None or sys.implementation.name != "cpython" or not _CODE_TYPE:
        return
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python 3.10, or a CPython without these internals
        return
    directory = store.cache_dir()
    if directory is None:
        return
    version = "-".join(map(str, sys.version_info[:3]))
    # "b": the code stored as bytes (the entries of the earlier format are not read)
    entry = directory / f"patterns-b-{sys.implementation.cache_tag}-{version}-{_sre.MAGIC}.marshal"
    cache = PatternCache(entry, _load(entry))
    original = _compiler.compile

    def compile(pattern: Any, flags: int = 0) -> Any:
        return cache.compile(original, _sre.compile, pattern, flags)

    _compiler.compile = compile
    _installed = cache


def save() -> None:
    """Keep what this run compiled for the next (a no-op unless ``install`` ran)."""
    if _installed is not None:
        _installed.save()


def stop_learning() -> None:
    """The program has started: patterns compiled from now on are not kept."""
    if _installed is not None:
        _installed.learning = False


def discard() -> None:
    """Keep nothing from this run (``newslint cache clean`` has just emptied the cache)."""
    if _installed is not None:
        _installed.added = 0


def _translate(pattern: str | bytes, flags: int) -> Compiled | None:
    """The arguments ``re._compiler.compile`` gives ``_sre.compile`` for ``pattern``
    (its own steps), or None for a pattern ``re`` rejects."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern, flags)
        code = array(_CODE_TYPE, [int(op) for op in _compiler._code(parsed, flags)]).tobytes()
    except Exception:  # a pattern re rejects, or an op-code wider than 32 bits
        return None
    state = parsed.state
    index_group: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        index_group[index] = name
    return (flags | state.flags, code, state.groups - 1, dict(state.groupdict),
            tuple(index_group))


def _load(entry: Path) -> dict[tuple[str | bytes, int], Compiled]:
    try:
        with store.open_trusted(entry) as stream:
            known = marshal.loads(stream.read())  # load(stream) reads piece by piece
    except Exception:  # absent, unreadable or damaged: compile as usual
        return {}
    return known if isinstance(known, dict) else {}

