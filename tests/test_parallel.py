"""--jobs: the same report as a serial run, whatever the number of processes."""

from __future__ import annotations

import shutil
from functools import partial
from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.config.settings import is_selected
from newslint.engine import RunSettings, check_files
from newslint.io.files import collect_files
from newslint.parallel import check_files_parallel, effective_jobs
from newslint.rules.loader import BUILTIN_PACK, builtin_pack_dir, load_pack

from .conftest import SEED, run_cli


def make_corpus(folder: Path) -> None:
    shutil.copy(SEED, folder / "seed.txt")
    for index in range(6):
        (folder / f"story{index}.md").write_text(
            f"# Story {index}\n\nThe minister said the the talks on {index + 1080} days failed.\n")
    (folder / "broken.txt").write_bytes(b"caf\xe9\n")


def test_jobs_give_byte_identical_json(workdir: Path) -> None:
    make_corpus(workdir)
    serial = run_cli("check", "--format", "json", ".", cwd=workdir)
    parallel = run_cli("check", "--format", "json", "--jobs", "3", ".", cwd=workdir)
    assert serial.returncode == parallel.returncode == 2  # the broken file
    assert serial.stdout == parallel.stdout


def load_default_rules() -> list:
    rules = load_pack(builtin_pack_dir(), BUILTIN_PACK, Resources())
    return [rule for rule in rules if is_selected(rule.id, rule.enabled, None, [])]


@pytest.mark.parametrize("method", ["spawn"])
def test_workers_that_cannot_inherit_the_rules_load_them_again(tmp_path: Path, method: str) -> None:
    make_corpus(tmp_path)
    files = list(collect_files([str(tmp_path)], [], tmp_path))
    rules = load_default_rules()
    serial = check_files(files, rules, RunSettings())
    parallel = check_files_parallel(files, rules, RunSettings(), 2, partial(load_default_rules),
                                    start_method=method)
    assert parallel.findings == serial.findings
    assert parallel.errors == serial.errors
    assert (parallel.files, parallel.words) == (serial.files, serial.words)


def test_effective_jobs() -> None:
    assert effective_jobs(4, 2) == 2
    assert effective_jobs(1, 100) == 1
    assert effective_jobs(0, 100) >= 1
