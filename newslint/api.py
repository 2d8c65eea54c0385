"""The Python API (docs/api.md): a ``Linter`` that loads the rules once and checks texts
and files, returning the same ``Finding`` objects the command line prints.

The command line's ``check`` is built on the same pieces (``run_settings``, the rule
selection of ``newslint.commands``), so a script, a notebook, a Spark or Ray task and the
CLI see the same findings. A ``Linter`` pickles as its construction arguments and loads its
rules again on the other side: a worker process or a cluster node can receive one.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint.config.settings import Config, ConfigError, find_config, load_config
from newslint.engine import Finding, Report, RunSettings, check_document, check_files, read_document
from newslint.io.decoding import DecodeError
from newslint.rules.loader import Rule

if TYPE_CHECKING:
    from newslint.archive.stats import HouseStats
    from newslint.document import Document

PathLike = str | os.PathLike[str]


class LinterError(ValueError):
    """A configuration, a selection or a house-stats file newslint cannot use."""


def run_settings(config: Config, ignore: Sequence[str] = (), min_severity: str = "info",
                 file_timeout: float | None = None) -> RunSettings:
    """The run settings a configuration gives (shared by ``Linter`` and ``newslint check``);
    ``file_timeout``: seconds a file may take (None: no limit)."""
    return RunSettings(
        severity_overrides=config.severity,
        per_file_ignores=config.per_file_ignores,
        vocabulary=frozenset(config.vocabulary),
        min_severity=min_severity,
        relative_to=config.base_dir,
        ignore=[*config.ignore, *ignore],
        file_timeout=file_timeout,
    )


def _load_config(config: PathLike | Config | None) -> Config:
    """``None``: the defaults; ``"auto"``: the file the CLI would find from the working
    directory; a path: that file; a ``Config``: itself."""
    if isinstance(config, Config):
        return config
    try:
        if config is None:
            return load_config(None)
        if str(config) == "auto":
            return load_config(find_config(Path.cwd()))
        return load_config(Path(config))
    except ConfigError as error:
        raise LinterError(str(error)) from None


class Linter:
    """Rules loaded once, ready to check any number of texts and files.

    ``config`` is a configuration file, ``"auto"`` (found from the working directory as
    the CLI finds it), a loaded ``Config``, or ``None`` for the defaults. ``select`` and
    ``ignore`` take rule ids or prefixes as the CLI's ``--select``/``--ignore`` do;
    ``min_severity`` drops findings below it; ``house_stats`` (a file written by
    ``newslint archive --write-stats``, or a ``HouseStats``) adds the house-spelling
    findings (``archive/...``) of docs/archive.md.
    """

    def __init__(self, config: PathLike | Config | None = None, *, select: Iterable[str] | None = None,
                 ignore: Iterable[str] = (), min_severity: str = "info",
                 house_stats: PathLike | HouseStats | None = None) -> None:
        from newslint.cli import UsageError
        from newslint.commands import load_all_rules, selected_rules

        self._arguments: dict[str, Any] = {
            "config": config, "select": None if select is None else list(select),
            "ignore": list(ignore), "min_severity": min_severity, "house_stats": house_stats}
        if min_severity not in ("error", "warning", "info"):
            raise LinterError(f"min_severity must be error, warning or info, not {min_severity!r}")
        self.config = _load_config(config)
        from newslint.archive.select import split_house

        house_select, house_ignore, select_rest, ignore_rest = split_house(
            self._arguments["select"], self._arguments["ignore"])
        options = argparse.Namespace(select=None if select_rest is None else ",".join(select_rest),
                                  ignore=",".join(ignore_rest))
        try:
            # every rule, selected or not: the archive pass extracts names with their checks
            self.all_rules: list[Rule] = load_all_rules(self.config)
            self.rules: list[Rule] = selected_rules(self.config, options, self.all_rules)
        except UsageError as error:
            raise LinterError(str(error)) from None
        self.settings = run_settings(self.config, ignore_rest, min_severity)
        self.house_rules = house_select
        self.house_ignore = house_ignore
        self.house = _load_house(house_stats)
        self._house_checker: Any = None

    # -- pickling: the arguments travel, the rules are loaded again --------------------------
    def __getstate__(self) -> dict[str, Any]:
        # the memory in use travels, even when it was set after construction (the archive)
        return {**self._arguments, "house_stats": self.house}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["config"], select=state["select"], ignore=state["ignore"],  # type: ignore[misc]
                      min_severity=state["min_severity"], house_stats=state["house_stats"])

    # -- checking ------------------------------------------------------------------------------
    def check_text(self, text: str, path: str = "<text>", format: str | None = None) -> list[Finding]:
        """Findings for ``text`` (sorted); ``format`` is ``text``, ``markdown`` or ``html``
        (default: what ``path``'s suffix says, else plain text)."""
        from newslint.formats import build_document

        if format not in (None, "text", "markdown", "html"):
            raise LinterError(f"format must be text, markdown or html, not {format!r}")
        return self.check_document(build_document(path, text, format))

    def check_file(self, path: PathLike) -> list[Finding]:
        """Findings for one file; ``OSError`` or ``newslint.decoding.DecodeError`` when it
        cannot be read as text."""
        shown = os.fspath(path)
        return self.check_document(read_document(shown, Path(shown).read_bytes()))

    def check_document(self, document: Document) -> list[Finding]:
        """Findings for a parsed document: the rules', then the house memory's."""
        findings = check_document(document, self.rules, self.settings)
        if self.house is not None:
            findings.extend(self.house_checker().findings(document))
        return sorted(findings, key=Finding.sort_key)

    def check_files(self, paths: Iterable[PathLike]) -> Report:
        """A ``Report`` over files and directories (walked as the CLI walks them)."""
        from newslint.io.files import collect_files

        files = list(collect_files([os.fspath(p) for p in paths], self.config.exclude,
                                   self.config.base_dir))
        report = check_files(files, self.rules, self.settings)
        if self.house is not None:
            for shown, found in files:
                if found is not None:
                    try:
                        report.findings.extend(self.house_checker().findings(
                            read_document(shown, found.read_bytes())))
                    except (OSError, DecodeError):
                        continue  # already reported by check_files
            report.sort()
        return report

    def house_checker(self) -> Any:
        """The house-spelling checker for ``house_stats`` (built on first use)."""
        if self._house_checker is None:
            from newslint.archive.house import HouseChecker

            self._house_checker = HouseChecker(self, self.house)
        return self._house_checker


def _load_house(house: PathLike | HouseStats | None) -> HouseStats | None:
    if house is None:
        return None
    from newslint.archive.stats import HouseStats, StatsError

    if isinstance(house, HouseStats):
        return house
    try:
        return HouseStats.load(Path(house))
    except StatsError as error:
        raise LinterError(str(error)) from None


_DEFAULT: list[Linter] = []


def check_text(text: str, path: str = "<text>", format: str | None = None) -> list[Finding]:
    """One-off use: ``text``'s findings with the default configuration (the rules are loaded
    on the first call and kept)."""
    if not _DEFAULT:
        _DEFAULT.append(Linter())
    return _DEFAULT[0].check_text(text, path=path, format=format)


__all__ = ["Finding", "Linter", "LinterError", "Report", "check_text", "run_settings"]
