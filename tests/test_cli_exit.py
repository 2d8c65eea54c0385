"""The ``newslint`` command exits without tearing the interpreter down, yet as Python
would: the whole output written, the exit handlers run, the exit code kept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = "The the minister said it was a a mistake.\n"


def _newslint(*arguments: str, prelude: str = "", cwd: Path) -> subprocess.CompletedProcess[str]:
    code = f"{prelude}\nfrom newslint.cli import run\nrun()\n"
    return subprocess.run([sys.executable, "-c", code, *arguments], cwd=cwd, text=True,
                          capture_output=True, timeout=300)


def test_the_report_is_whole_and_the_exit_code_kept(tmp_path: Path, cache: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE * 200, encoding="utf-8")
    result = _newslint("check", "--format", "json", "--fail-on", "warning", str(article),
                       cwd=tmp_path)
    assert result.returncode == 1
    report = json.loads(result.stdout)  # all of it: the output was flushed
    assert len(report["findings"]) >= 200


def test_exit_handlers_still_run(tmp_path: Path, cache: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("A quiet sentence.\n", encoding="utf-8")
    prelude = "import atexit\natexit.register(lambda: print('handler ran', flush=True))"
    result = _newslint("check", str(article), prelude=prelude, cwd=tmp_path)
    assert result.returncode == 0
    assert "handler ran" in result.stdout


def test_a_usage_error_keeps_its_exit_code(tmp_path: Path, cache: Path) -> None:
    result = _newslint("check", "--no-such-option", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
