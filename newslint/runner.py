"""How ``newslint check`` gets its report: from the results cache where it can, by
checking the other files (in one process or several), loading rules only if needed.

A run whose every file is in the results cache loads no rule, imports no check and
starts no process: it reads the files, hashes them and reads their entries.
"""

from __future__ import annotations

import gc
import os
import stat
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.engine import Checked, Finding, Report, RunSettings, check_files
from newslint.rules.loader import Rule

if TYPE_CHECKING:
    from newslint.cache.results import ResultsCache
    from newslint.reporters.progress import Progress

FileList = Sequence[tuple[str, Path | None]]


class LazyRules:
    """The run's rules, loaded on first use: a warm cache never needs them."""

    def __init__(self, load: Callable[[], list[Rule]]) -> None:
        self.load = load  # also how spawned workers load them again
        self._rules: list[Rule] | None = None

    @property
    def loaded(self) -> bool:
        return self._rules is not None

    def get(self) -> list[Rule]:
        if self._rules is None:
            # Loading builds or unpickles a few hundred thousand long-lived objects (the
            # gazetteers' indexes): collecting while they are made finds nothing to free
            # and took more time than the loading itself.
            gc.disable()
            try:
                self._rules = self.load()
            finally:
                gc.enable()
            # Rules, gazetteers and indexes live as long as the run: the collector need
            # not scan them again (and forked workers do not copy them by scanning).
            gc.freeze()
            from newslint.cache import patterns

            patterns.stop_learning()  # what checking compiles depends on the articles
        return self._rules


def produce_report(files: FileList, rules: LazyRules, settings: RunSettings, *, jobs: int,
                   stdin_name: str | None, cache: ResultsCache | None, parallel_ok: bool,
                   timings: dict[str, float] | None,
                   progress: Progress | None = None) -> Report:
    """Findings for ``files``: cached entries for unchanged files, checks for the rest.

    ``cache`` None checks every file; ``parallel_ok`` is False when the run must stay in
    one process (standard input, LanguageTool's one connection); ``progress`` counts the
    files as they are done.
    """
    hits: list[tuple[list[Finding], int]] = []
    misses: FileList = list(files)
    if cache is not None:
        started = time.perf_counter()
        hits, misses = _lookup(files, cache)
        if timings is not None:
            timings["cache"] = time.perf_counter() - started
    store = cache.put if cache is not None else None
    if progress is not None and hits:
        progress.update(len(hits))
    if misses or not files:
        report = _check(misses, rules, settings, jobs, stdin_name, parallel_ok, timings, store,
                        progress)
    else:
        report = Report(timings=timings)
    for findings, words in hits:
        report.findings.extend(findings)
        report.files += 1
        report.words += words
    if cache is not None:
        cache.prune()
    report.sort()
    return report


def _lookup(files: FileList, cache: ResultsCache) -> tuple[list[tuple[list[Finding], int]], FileList]:
    hits, misses = [], []
    for shown, path in files:
        found = None
        # only a regular file is read here: a named pipe would block; the check reports it
        if path is not None and path.is_file():
            try:
                # only a regular file: opening a named pipe would wait forever, and the
                # check says what a special file is
                if stat.S_ISREG(os.stat(path).st_mode):
                    found = cache.get(shown, path.read_bytes())
            except OSError:
                found = None  # the check reports the unreadable file
        if found is None:
            misses.append((shown, path))
        else:
            hits.append(found)
    return hits, misses


def _check(files: FileList, rules: LazyRules, settings: RunSettings, jobs: int,
           stdin_name: str | None, parallel_ok: bool, timings: dict[str, float] | None,
           store: Checked | None, progress: Progress | None) -> Report:
    if parallel_ok and jobs != 1 and len(files) > 1:
        # multiprocessing is imported only by a run that may use it
        from newslint.parallel import check_files_parallel, effective_jobs

        workers = effective_jobs(jobs, len(files))
        if workers > 1:
            loaded = rules.get()
            _read_all_data()  # once here, not once per worker after the fork
            return check_files_parallel(list(files), loaded, settings, workers, rules.load,
                                        timings=timings, on_checked=store,
                                        progress=progress.update if progress else None)
    return check_files(progress(files) if progress else files, rules.get(), settings,
                       stdin_name=stdin_name, timings=timings, on_checked=store)


def _read_all_data() -> None:
    """Read every piece of derived data still waiting in the cache (``cache/lazy.py``),
    and keep the collector from scanning it, as for the data read while loading."""
    from newslint.cache.lazy import read_every_shell

    read_every_shell()
    gc.freeze()
