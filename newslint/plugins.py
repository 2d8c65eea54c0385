"""Finding check plugins through the ``newslint.checks`` entry point group (SPEC §4).

Like flake8's plugin finder, this is the one module that knows how plugins load. Built-in
checks are registered in ``pyproject.toml`` exactly as a third-party package registers
its own, so nothing here treats them specially. Entry points are listed once per process
and loaded only for the checks that selected rules use, to keep start-up fast.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache, lru_cache
from importlib import import_module
from typing import NamedTuple

from newslint.check import Check

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
    found = _scan_sys_path()
    if found is None:
        from importlib.metadata import entry_points

        found = {ep.name: EntryPoint(ep.name, ep.value) for ep in entry_points(group=GROUP)}
    return found


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
    except Exception as error:  # a broken third-party plugin must not crash the run
        raise PluginError(f"check '{name}' failed to load: {error}") from None
    if not (isinstance(loaded, type) and issubclass(loaded, Check)):
        raise PluginError(f"check '{name}' ({entry_point.value}) is not a newslint Check")
    return loaded
