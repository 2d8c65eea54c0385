"""Checking many files in parallel processes, with output identical to a serial run.

``check_document`` is a pure function of a document and the rules, so files can be
split among worker processes in any way; the merged report is sorted exactly as a
serial one. Workers get the rules, and everything the rules have loaded, by inheriting
them (``fork``, the default on Linux: nothing is loaded twice) or, where processes are
spawned, by loading them again from the same configuration, once per worker.

Files go out in chunks of several files, not one task per file, so that a worker spends
its time checking rather than exchanging messages; the chunks are interleaved (every
N-th file) so that long and short articles spread evenly over the workers.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from newslint.engine import Checked, Report, RunSettings, check_files
from newslint.rules.loader import Rule

FileList = Sequence[tuple[str, Path | None]]
CHUNKS_PER_WORKER = 6

# The rules and settings of the worker process: set before forking, or by _initialise.
_WORKER: dict[str, object] = {}


def effective_jobs(requested: int, file_count: int) -> int:
    """Worker count: ``0`` means one per CPU; never more workers than files."""
    jobs = requested if requested > 0 else (os.cpu_count() or 1)
    return max(1, min(jobs, file_count))


def check_files_parallel(
    files: FileList, rules: list[Rule], settings: RunSettings, jobs: int,
    reload_rules: Callable[[], list[Rule]], start_method: str | None = None,
    timings: dict[str, float] | None = None, on_checked: Checked | None = None,
    progress: Callable[[int], None] | None = None,
) -> Report:
    """Like ``engine.check_files`` (without standard input), over ``jobs`` processes;
    ``progress`` is told how many files each finished chunk held."""
    method = start_method or ("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    timed = timings is not None
    _WORKER.update(rules=rules, settings=settings, timed=timed, on_checked=on_checked)
    context = multiprocessing.get_context(method)
    initial = (None, None, timed, None) if method == "fork" else (
        reload_rules, settings, timed, on_checked)
    count = jobs * CHUNKS_PER_WORKER
    chunks = [c for c in (list(files[index::count]) for index in range(count)) if c]
    report = Report(rules=list(rules), timings=timings)
    # Objects that exist before the fork are never collected in the workers: freezing
    # them keeps the collector from touching (and so copying) the parent's memory.
    gc.freeze()
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_initialise,
                             initargs=initial) as pool:
        for chunk, part in zip(chunks, pool.map(_check_chunk, chunks), strict=True):
            if progress is not None:
                progress(len(chunk))
            report.findings.extend(part.findings)
            report.errors.extend(e for e in part.errors if e not in report.errors)
            report.files += part.files
            report.words += part.words
            if timings is not None and part.timings:
                for name, seconds in part.timings.items():
                    timings[name] = timings.get(name, 0.0) + seconds
    report.sort()
    return report


def _initialise(reload_rules: Callable[[], list[Rule]] | None, settings: RunSettings | None,
                timed: bool, on_checked: Checked | None) -> None:
    from newslint.text import wordtable

    # An sqlite connection must not be shared across a fork: each worker opens its own.
    wordtable.open_table.cache_clear()
    if reload_rules is not None:
        _WORKER.update(rules=reload_rules(), settings=settings, timed=timed,
                       on_checked=on_checked)
        gc.freeze()


def _check_chunk(chunk: list[tuple[str, Path | None]]) -> Report:
    report = check_files(chunk, _WORKER["rules"], _WORKER["settings"],  # type: ignore[arg-type]
                         timings={} if _WORKER["timed"] else None,
                         on_checked=_WORKER["on_checked"])  # type: ignore[arg-type]
    report.rules = []  # the parent has them; do not send them back
    return report
