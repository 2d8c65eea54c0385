"""Checking many files in parallel processes, with output identical to a serial run.

``check_document`` is a pure function of a document and the rules, so files can be
split among worker processes in any way; the merged report is sorted exactly as a
serial one. Workers get the rules by inheriting them (``fork``, the default on Linux)
or, where processes are spawned, by loading them again from the same configuration.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from newslint.engine import Report, RunSettings, check_files
from newslint.rules import Rule

FileList = Sequence[tuple[str, Path | None]]

# The rules and settings of the worker process: set before forking, or by _initialise.
_WORKER: dict[str, object] = {}


def effective_jobs(requested: int, file_count: int) -> int:
    """Worker count: ``0`` means one per CPU; never more workers than files."""
    jobs = requested if requested > 0 else (os.cpu_count() or 1)
    return max(1, min(jobs, file_count))


def check_files_parallel(
    files: FileList, rules: list[Rule], settings: RunSettings, jobs: int,
    reload_rules: Callable[[], list[Rule]], start_method: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> Report:
    """Like ``engine.check_files`` (without standard input), over ``jobs`` processes;
    ``progress`` is told how many files each finished chunk held."""
    _WORKER.update(rules=rules, settings=settings)
    method = start_method or ("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    context = multiprocessing.get_context(method)
    initial = (None, None) if method == "fork" else (reload_rules, settings)
    chunks = [list(files[index::jobs * 4]) for index in range(jobs * 4)]
    report = Report(rules=list(rules))
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_initialise,
                             initargs=initial) as pool:
        chunks = [c for c in chunks if c]
        for chunk, part in zip(chunks, pool.map(_check_chunk, chunks), strict=True):
            if progress is not None:
                progress(len(chunk))
            report.findings.extend(part.findings)
            report.errors.extend(e for e in part.errors if e not in report.errors)
            report.files += part.files
            report.words += part.words
    report.sort()
    return report


def _initialise(reload_rules: Callable[[], list[Rule]] | None, settings: RunSettings | None) -> None:
    if reload_rules is not None:
        _WORKER.update(rules=reload_rules(), settings=settings)


def _check_chunk(chunk: list[tuple[str, Path | None]]) -> Report:
    report = check_files(chunk, _WORKER["rules"], _WORKER["settings"])  # type: ignore[arg-type]
    report.rules = []  # the parent has them; do not send them back
    return report

