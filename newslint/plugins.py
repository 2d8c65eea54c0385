"""Finding check plugins through the ``newslint.checks`` entry point group (SPEC §4).

Like flake8's plugin finder, this is the one module that knows how plugins load. Built-in
checks are registered in ``pyproject.toml`` exactly as a third-party package registers
its own, so nothing here treats them specially. Entry points are listed once per process
and loaded only for the checks that selected rules use, to keep start-up fast.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from newslint.check import Check

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

GROUP = "newslint.checks"


class PluginError(Exception):
    """A check that is unknown or cannot be loaded."""


@lru_cache(maxsize=1)
def available_checks() -> dict[str, EntryPoint]:
    """Entry point name → entry point, for every installed check (importlib.metadata is
    imported here: a run answered from the results cache never lists plugins)."""
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=GROUP)}


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
