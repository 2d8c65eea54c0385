"""Running ``archive`` and ``check`` over many files on Dask (docs/scale.md).

Dask is an optional extra (``pip install newslint[dask]``) imported only here, and only
when a run asks for it: the single-article path never loads it. The work is the same
chunk functions the process pool runs (``newslint.archive.run``); the linter is sent to
each worker once (``Client.scatter(broadcast=True)``) and unpickled there, loading its
rules. Results are gathered in chunk order, so the report is byte-identical to a serial
run's. A task whose worker dies is re-run by the scheduler on another worker
(``allowed_failures``); chunk functions are pure, so a retry loses and duplicates nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from newslint.api import Linter
from newslint.cli import UsageError

Chunk = list[tuple[str, str | None]]


class DaskUnavailable(UsageError):
    """Dask is not installed, or the scheduler cannot be reached (a one-line message; the
    command line exits 2 with it)."""


def dask_map(address: str | None, workers: int = 2, retries: int = 3
             ) -> Callable[[Callable[[Linter, Chunk], Any], Linter, list[Chunk]], Iterator[Any]]:
    """A mapper (see ``archive.run.Mapper``) on the cluster at ``address``, or, without
    one, on a local cluster of ``workers`` processes started for the run."""
    try:
        import dask  # noqa: F401
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailable("Dask is not installed: pip install 'newslint[dask]'") from None

    def run(function: Callable[[Linter, Chunk], Any], linter: Linter, chunks: list[Chunk]) -> Iterator[Any]:
        cluster = None
        try:
            if address:
                client = Client(address, timeout="20s")
            else:
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
                client = Client(cluster)
        except (OSError, TimeoutError) as error:
            raise DaskUnavailable(f"cannot reach the Dask scheduler {address}: {error}") from None
        try:
            yield from map_on(client, function, linter, chunks, retries)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run


def map_on(client: Any, function: Callable[[Linter, Chunk], Any], linter: Linter,
           chunks: list[Chunk], retries: int = 3) -> Iterator[Any]:
    """``function(linter, chunk)`` for every chunk on ``client``'s cluster, in chunk order."""
    shared = client.scatter(linter, broadcast=True, hash=False)
    futures = client.map(function, [shared] * len(chunks), chunks, retries=retries, pure=False)
    try:
        for future in futures:
            yield future.result()
    finally:
        client.cancel(futures)
