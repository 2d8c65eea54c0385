"""check and archive on a Dask cluster: the same bytes as a single process, a dead worker survived.

Each test starts a ``distributed.LocalCluster`` (2 worker processes on 127.0.0.1) over a
few small files; skipped when the ``dask`` extra is not installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from newslint.api import Linter  # noqa: E402
from newslint.archive.run import check_chunk, chunks_of, merge_reports  # noqa: E402
from newslint.cli import main  # noqa: E402
from newslint.dask_backend import map_on  # noqa: E402

COMMON = ("Inspector Margit Halvorsen said on Monday that the ferry would be inspected. "
          "Halvorsen added that nobody had been hurt.\n")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as local:
        yield local


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    for index in range(8):
        (tmp_path / f"story-{index}.txt").write_text(COMMON, encoding="utf-8")
    (tmp_path / "variant.txt").write_text("Margit Halvorson said said so.\n", encoding="utf-8")
    return tmp_path


def _run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("command", ["check", "archive"])
@pytest.mark.parametrize("format_", ["json", "sarif"])
def test_cluster_output_is_byte_identical(cluster, archive: Path, capsys, command: str,
                                          format_: str) -> None:
    single = _run(capsys, command, "--format", format_, str(archive))
    on_dask = _run(capsys, command, "--format", format_, "--scheduler", cluster.scheduler_address,
                   str(archive))
    assert on_dask == single
    assert single[0] == 1  # the doubled word is an error
    if command == "archive":
        assert "archive/name-variant" in single[1]


def _slow_check(linter, chunk):  # a chunk that takes long enough for its worker to be killed
    import time

    time.sleep(1.5)
    return check_chunk(linter, chunk)


def test_a_killed_worker_is_survived(archive: Path) -> None:
    linter = Linter()
    files = sorted((p.name, str(p)) for p in archive.iterdir())
    chunks = chunks_of(files, 2)
    expected = merge_reports(check_chunk(linter, c) for c in chunks)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as local, \
            distributed.Client(local) as client:
        results = map_on(client, _slow_check, linter, chunks, retries=3)
        first = next(results)  # the work is under way on both workers
        victim = next(iter(local.workers.values()))
        pid = client.run(os.getpid, workers=[victim.worker_address])[victim.worker_address]
        os.kill(pid, 9)
        report = merge_reports([first, *results])
    assert report.findings == expected.findings
    assert report.files == expected.files == len(files)


def test_the_single_article_path_never_imports_dask(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(COMMON, encoding="utf-8")
    code = ("import sys, newslint\n"
            "from newslint.cli import main\n"
            f"main(['check', '--fail-on', 'never', {str(article)!r}])\n"
            "newslint.check_text('A text.')\n"
            "assert not [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')], 'dask'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text(COMMON, encoding="utf-8")
    code, out, err = _run(capsys, "check", "--scheduler", "tcp://127.0.0.1:9", str(article))
    assert code == 2 and out == ""
    assert err.startswith("newslint: cannot reach the Dask scheduler tcp://127.0.0.1:9")
    assert err.count("\n") == 1
