"""Finding check plugins through the ``newslint.checks`` entry point group (README, Writing a check plugin).

Like flake8's plugin finder, this is the one module that knows how plugins load. Built-in
checks are registered in ``pyproject.toml`` exactly as a third-party package registers
its own, so nothing here treats them specially. Entry points are listed once per process
and loaded only for the checks that selected rules use, to keep start-up fast.

A plugin that fails to import, whatever it raises (``SystemExit`` included; only
``KeyboardInterrupt`` stops the run), costs only its own rules: they get a stand-in check
that reports the failure once per run, naming the rule, while every other rule still runs.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any

from newslint.check import Check, CheckUnavailable, Match, Param
from newslint.records import NamedTuple

if TYPE_CHECKING:
    from newslint.document import Document

GROUP = "newslint.checks"


class PluginError(Exception):
    """A check that is unknown or cannot be loaded."""


class EntryPoint(NamedTuple):
    """One registered check: its name and ``module:attribute`` reference."""

    name: str
    value: str

    def load(self) -> object:
        module, _, attribute = self.value.partition(":")
        loaded: object = import_module(module.strip())
        for part in attribute.split("[")[0].strip().split(".") if attribute else ():
            loaded = getattr(loaded, part)
        return loaded


@lru_cache(maxsize=1)
def available_checks() -> dict[str, EntryPoint]:
    """Entry point name → entry point, for every installed check.

    Read straight from the installed distributions' ``entry_points.txt``, as
    ``importlib.metadata`` finds them (the first distribution of a name on ``sys.path``
    wins), because importing ``importlib.metadata`` costs more than checking an article;
    a ``sys.path`` entry that is not a directory (a zip) is left to ``importlib.metadata``.
    """
    found = _remembered_scan()
    if found is None:
        from importlib.metadata import entry_points

        found = {ep.name: EntryPoint(ep.name, ep.value) for ep in entry_points(group=GROUP)}
    return found


def _remembered_scan() -> dict[str, EntryPoint] | None:
    """``_scan_sys_path``'s answer, kept in the cache while no directory on ``sys.path``
    has changed: installing, upgrading or removing a distribution replaces its metadata
    directory, which changes the directory it is in (the scan reads every installed
    distribution's entry points: a few milliseconds of every start)."""
    from newslint.cache import store

    directory = store.cache_dir()
    if directory is None:
        return _scan_sys_path()
    stamp = _path_stamp()
    entry = directory / f"entry-points-{sys.implementation.cache_tag}.marshal"
    try:
        with store.open_trusted(entry) as stream:
            kept_stamp, kept = marshal.load(stream)
        if kept_stamp == stamp and isinstance(kept, dict):
            return {name: EntryPoint(name, value) for name, value in kept.items()}
    except Exception:  # absent, damaged or foreign: scan
        pass
    found = _scan_sys_path()
    if found is not None:
        values = {name: point.value for name, point in found.items()}
        store.write_atomically(directory, entry, lambda out: marshal.dump((stamp, values), out))
    return found


def _path_stamp() -> tuple[tuple[str, Any], ...]:
    """Every ``sys.path`` entry, absolute, with its time of change (-1: none). The
    current directory (``python -m`` puts it first) changes whenever a file is written
    there: it is represented by the distributions' metadata it holds instead."""
    here = os.getcwd()
    stamp: list[tuple[str, Any]] = []
    for entry in sys.path:
        place = os.path.abspath(entry or ".")
        try:
            if place == here:
                stamp.append((place, tuple(sorted(
                    name for name in os.listdir(place)
                    if name.endswith((".dist-info", ".egg-info"))))))
            else:
                stamp.append((place, os.stat(place).st_mtime_ns))
        except OSError:
            stamp.append((place, -1))
    return tuple(stamp)


def _scan_sys_path() -> dict[str, EntryPoint] | None:
    found: dict[str, EntryPoint] = {}
    distributions: set[str] = set()
    for entry in sys.path:
        directory = entry or "."
        if not os.path.isdir(directory):
            if os.path.exists(directory):
                return None
            continue
        try:
            names = os.listdir(directory)
        except OSError:
            continue
        for name in names:
            stem, dot, suffix = name.rpartition(".")
            if not dot or suffix not in ("dist-info", "egg-info"):
                continue
            distribution = re.sub(r"[-_.]+", "_", stem.split("-")[0]).lower()
            if distribution in distributions:
                continue
            distributions.add(distribution)
            path = os.path.join(directory, name, "entry_points.txt")
            try:
                with open(path, encoding="utf-8") as stream:
                    found.update(_group_entries(stream.read()))
            except (OSError, UnicodeDecodeError):
                continue
    return found


def _group_entries(text: str) -> dict[str, EntryPoint]:
    """The ``newslint.checks`` entries of an ``entry_points.txt`` (INI format)."""
    entries: dict[str, EntryPoint] = {}
    section = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == GROUP and "=" in line:
            name, _, value = line.partition("=")
            entries[name.strip()] = EntryPoint(name.strip(), value.strip())
    return entries


@cache
def load_check(name: str) -> type[Check]:
    """The check class registered as ``name``; ``PluginError`` if there is none."""
    entry_point = available_checks().get(name)
    if entry_point is None:
        known = ", ".join(sorted(available_checks())) or "none installed"
        raise PluginError(f"unknown check '{name}' (known: {known})")
    try:
        loaded = entry_point.load()
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # noqa: B036 - a broken plugin must not end the run
        reason = f"{type(error).__name__}: {error}".rstrip(": ")
        return broken_check(f"check '{name}' ({entry_point.value}) failed to load: {reason}")
    if not (isinstance(loaded, type) and issubclass(loaded, Check)):
        raise PluginError(f"check '{name}' ({entry_point.value}) is not a newslint Check")
    return loaded


class _AnyParameters(Mapping[str, Param]):
    """Accepts every key and declares none: a check that did not load cannot say which
    parameters it takes, and its rule must not be refused for naming them."""

    def __getitem__(self, key: str) -> Param:
        return Param("any")

    def __contains__(self, key: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def items(self) -> Any:
        return ()


def broken_check(reason: str) -> type[Check]:
    """A stand-in for a check that failed to load: every run raises ``CheckUnavailable``,
    which the engine reports once per run under the rule's id (exit 2)."""

    class BrokenCheck(Check):
        parameters = _AnyParameters()

        def run(self, document: Document) -> Iterable[Match]:
            raise CheckUnavailable(reason)

    return BrokenCheck
