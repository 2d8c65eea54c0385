"""Shared helpers: run the CLI in-process or as a subprocess, build documents."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# The tests write gazetteers at throwaway paths: keep their parse cache out of the user's.
# Removed when the run ends, so the suite leaves no cache behind.
os.environ["NEWSLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="newslint-test-cache-")
atexit.register(shutil.rmtree, os.environ["NEWSLINT_CACHE_DIR"], ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9ccca692cbefa451.txt"
SEED_EXPECTED = ROOT / "seeds" / "000_9ccca692cbefa451.expected.yaml"


def run_cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m newslint`` for real: exit codes and streams as a user sees them."""
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        cwd=cwd, input=stdin, capture_output=True, timeout=300,
    )


def run_json(*args: str, cwd: Path | None = None) -> tuple[int, dict]:
    result = run_cli("check", "--format", "json", *args, cwd=cwd)
    return result.returncode, json.loads(result.stdout)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty directory as the current directory, so no project config is found."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of the test's own, with caching on (it replaces pytest's own
    ``cache`` fixture, which this suite does not use)."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(directory))
    monkeypatch.delenv("NEWSLINT_NO_CACHE", raising=False)
    return directory


@pytest.fixture(scope="session", autouse=True)
def _remove_temporary_directories(request: pytest.FixtureRequest,
                                  tmp_path_factory: pytest.TempPathFactory):
    """A passing run leaves no temporary directories behind (a failing one keeps them to
    look at, as does a run given ``--basetemp``)."""
    yield
    if request.session.testsfailed == 0 and request.config.option.basetemp is None:
        shutil.rmtree(tmp_path_factory.getbasetemp(), ignore_errors=True)
