"""The two passes of ``newslint archive`` over chunks of files, on any executor.

Pass one reads every file into its contribution to the house memory and merges the parts
(``HouseStats.update``: any order, any grouping); pass two checks every file with the
article rules and against the merged memory. Both passes are functions of a chunk of
(display path, location) pairs and a pickled ``Linter``, so the same code runs serially,
in the built-in process pool (``-j``) and on Dask (``newslint.dask_backend``). Files are
streamed: a worker holds one article at a time, the parent only the memory and findings.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from newslint.api import Linter
from newslint.archive.extract import Extractors, extract
from newslint.archive.stats import HouseStats
from newslint.engine import FileError, Report, read_document
from newslint.io.decoding import DecodeError

FileItem = tuple[str, str | None]  # (display path, location: a path or an fsspec URL)
Chunk = list[FileItem]


def read_bytes(location: str) -> bytes:
    """A file's bytes from a local path or, where fsspec and the filesystem are installed,
    a URL (``s3://bucket/key``)."""
    if "://" in location and not location.startswith("file://"):
        import fsspec

        with fsspec.open(location, "rb") as stream:
            return stream.read()
    return Path(location.removeprefix("file://")).read_bytes()


def _documents(chunk: Chunk, errors: list[FileError] | None) -> Iterator[Any]:
    for shown, location in chunk:
        try:
            if location is None:
                raise FileNotFoundError(2, "no such file or directory")
            yield read_document(shown, read_bytes(location))
        except (OSError, DecodeError) as error:
            if errors is not None:
                reason = str(error) if isinstance(error, DecodeError) else (
                    getattr(error, "strerror", None) or str(error))
                errors.append(FileError(shown, reason))


def stats_of_chunk(linter: Linter, chunk: Chunk) -> HouseStats:
    """Pass one: the chunk's contribution to the memory (unreadable files add nothing)."""
    extractors = _extractors(linter)
    total = HouseStats()
    for document in _documents(chunk, None):
        total.update(extract(document, extractors))
    return total


def check_chunk(linter: Linter, chunk: Chunk) -> Report:
    """Pass two (and ``check`` on Dask): the chunk's findings, article rules and, when the
    linter carries a memory, the house rules."""
    report = Report()
    for document in _documents(chunk, report.errors):
        report.files += 1
        report.words += document.word_count
        try:
            report.findings.extend(linter.check_document(document))
        except Exception as error:  # a plugin bug: report it, keep checking other files
            reason = f"a check crashed: {type(error).__name__}: {error}"
            report.errors.append(FileError(document.path, reason))
    return report


def _extractors(linter: Linter) -> Extractors:
    found = getattr(linter, "_extractors", None)
    if found is None:
        found = Extractors(linter.all_rules)
        linter._extractors = found  # type: ignore[attr-defined]
    return found


def chunks_of(files: Sequence[FileItem], size: int) -> list[Chunk]:
    """Consecutive chunks of ``size`` files (the order only decides the work split)."""
    return [list(files[i : i + size]) for i in range(0, len(files), size)]


def merge_reports(parts: Iterable[Report]) -> Report:
    report = Report()
    for part in parts:
        report.findings.extend(part.findings)
        report.errors.extend(e for e in part.errors if e not in report.errors)
        report.files += part.files
        report.words += part.words
    report.sort()
    return report


# -- executors: serial, or the built-in process pool ------------------------------------------

Mapper = Callable[[Callable[[Linter, Chunk], Any], Linter, list[Chunk]], Iterable[Any]]

_WORKER: dict[str, Linter] = {}


def serial_map(function: Callable[[Linter, Chunk], Any], linter: Linter,
               chunks: list[Chunk]) -> Iterator[Any]:
    return (function(linter, chunk) for chunk in chunks)


def pool_mapper(jobs: int) -> Mapper:
    """A mapper over ``jobs`` processes; each worker unpickles the linter once."""

    def run(function: Callable[[Linter, Chunk], Any], linter: Linter, chunks: list[Chunk]) -> Iterator[Any]:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_initialise,
                                 initargs=(linter,)) as pool:
            yield from pool.map(_in_worker, [function] * len(chunks), chunks)

    return run


def _initialise(linter: Linter) -> None:
    _WORKER["linter"] = linter


def _in_worker(function: Callable[[Linter, Chunk], Any], chunk: Chunk) -> Any:
    return function(_WORKER["linter"], chunk)


def run_archive(linter: Linter, files: Sequence[FileItem], mapper: Mapper,
                chunk_size: int = 64, stats_only: bool = False,
                start: HouseStats | None = None) -> tuple[HouseStats, Report | None]:
    """Both passes: the merged memory (added to ``start``), and (unless ``stats_only``)
    the report."""
    chunks = chunks_of(files, chunk_size)
    stats = HouseStats().update(start) if start is not None else HouseStats()
    for part in mapper(stats_of_chunk, linter, chunks):
        stats.update(part)
    if stats_only:
        return stats, None
    linter.house = stats
    linter._house_checker = None
    return stats, merge_reports(mapper(check_chunk, linter, chunks))
