"""The options ``check`` and ``archive`` take for the house memory and for Dask, and the
run that uses them (the rest of the run, reporting included, is ``check``'s own)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.config.settings import Config
    from newslint.engine import Report


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--house-stats", metavar="FILE",
                        help="also check against this house memory (written by 'archive "
                             "--write-stats'); with archive, the memory starts from it")
    parser.add_argument("--write-stats", metavar="FILE",
                        help="archive: save the collection's house memory to FILE")
    parser.add_argument("--dask", action="store_true",
                        help="run on Dask: the cluster at --scheduler or DASK_SCHEDULER_ADDRESS, "
                             "else a local cluster of --jobs workers (pip install newslint[dask])")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="the Dask scheduler to run on (tcp://HOST:8786); implies --dask")


def wants_archive_run(options: argparse.Namespace) -> bool:
    """Whether this run needs the archive machinery (else ``check`` runs as it always did)."""
    return options.command == "archive" or bool(
        options.house_stats or options.write_stats or options.dask or options.scheduler)


def run_report(options: argparse.Namespace, config: Config,
               files: Sequence[tuple[str, Path | None]]) -> Report:
    """The report of an ``archive`` run, or of a ``check`` with a memory or on Dask."""
    from newslint.api import Linter, LinterError
    from newslint.archive.run import pool_mapper, run_archive, serial_map
    from newslint.archive.stats import HouseStats, StatsError
    from newslint.cli import UsageError

    if options.write_stats and options.command != "archive":
        raise UsageError("--write-stats works with 'newslint archive' only")
    if "-" in options.paths:
        raise UsageError("standard input ('-') cannot be read with archive, --house-stats or --dask")
    select = None if options.select is None else _split(options.select)
    try:
        linter = Linter(config, select=select, ignore=_split(options.ignore),
                        house_stats=options.house_stats)
    except LinterError as error:
        raise UsageError(str(error)) from None
    items = expand_urls([(shown, None if path is None else str(path)) for shown, path in files])
    mapper = dask_mapper(options) if options.dask or options.scheduler else (
        pool_mapper(_jobs(options.jobs, len(items))) if _jobs(options.jobs, len(items)) > 1 else serial_map)
    if options.command != "archive":
        from newslint.archive.run import check_chunk, chunks_of, merge_reports

        checked = merge_reports(mapper(check_chunk, linter, chunks_of(items, 64)))
        checked.rules = list(linter.rules)
        return checked
    start = linter.house or HouseStats()
    stats, report = run_archive(linter, items, mapper, start=start)
    if options.write_stats:
        try:
            stats.save(Path(options.write_stats))
        except StatsError as error:
            raise UsageError(str(error)) from None
    assert report is not None
    report.rules = list(linter.rules)
    return report


def expand_urls(items: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """fsspec URLs (``s3://bucket/desk/``) as the files under them with the suffixes
    newslint reads; the workers open each URL themselves (docs/scale.md)."""
    if not any(location is None and "://" in shown for shown, location in items):
        return items
    from newslint.io.files import DEFAULT_SUFFIXES

    try:
        import fsspec
    except ImportError:
        from newslint.cli import UsageError

        raise UsageError("URLs need fsspec: pip install fsspec (and the filesystem's package)") from None
    expanded: list[tuple[str, str | None]] = []
    for shown, location in items:
        if location is not None or "://" not in shown:
            expanded.append((shown, location))
            continue
        try:
            filesystem, root = fsspec.core.url_to_fs(shown)
            found = sorted(filesystem.find(root)) if filesystem.isdir(root) else [root]
        except (ImportError, ValueError, OSError):
            expanded.append((shown, None))  # reported as a file that cannot be read
            continue
        protocol = shown.split("://", 1)[0]
        for path in found:
            if len(found) == 1 or path.lower().endswith(tuple(DEFAULT_SUFFIXES)):
                bare = path if protocol == "file" else path.lstrip("/")
                url = path if "://" in path else f"{protocol}://{bare}"
                expanded.append((url, url))
    return expanded


def dask_mapper(options: argparse.Namespace):  # noqa: ANN201 - a Mapper
    address = options.scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS")
    from newslint.cli import UsageError
    from newslint.dask_backend import DaskUnavailable, dask_map

    try:
        return dask_map(address, workers=max(1, options.jobs or 2))
    except DaskUnavailable as error:
        raise UsageError(str(error)) from None


def _jobs(requested: int, count: int) -> int:
    from newslint.parallel import effective_jobs

    return effective_jobs(requested, max(count, 1))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]
