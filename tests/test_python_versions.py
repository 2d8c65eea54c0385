"""Every Python that pyproject.toml's classifiers claim is a Python newslint runs on.

Python 3.10 has no ``tomllib``: newslint reads ``[tool.newslint]`` with ``tomli`` there, a
dependency only on 3.10. The fallback is tested two ways: here, on any Python, with
``tomllib`` hidden; and for real, by installing newslint into a fresh virtual environment
of each claimed Python found on the machine (``python3.X`` on PATH or a pyenv version) and
linting an article beside a ``pyproject.toml``, then with the default rules, twice (the
second run reads the gazetteers' indexes back from the cache). A claimed Python the machine lacks is
skipped with its reason on a developer's machine and fails in CI (``CI`` set), where the
claims are checked; installing needs the package index (as ``.[test]`` does).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.config.settings import ConfigError, find_config, load_config

from .conftest import ROOT

PYPROJECT = '[project]\nname = "desk"\n\n[tool.newslint]\nselect = ["newslint/doubled-word"]\n'


def claimed_versions() -> list[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return re.findall(r'"Programming Language :: Python :: (3\.\d+)"', text)


def test_the_claims_cover_requires_python() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    lowest = re.search(r'requires-python = ">=(3\.\d+)"', text)
    assert lowest and claimed_versions(), "classifiers and requires-python must be declared"
    assert min(claimed_versions(), key=lambda v: int(v.split(".")[1])) == lowest.group(1)


def test_pyproject_is_read_with_tomli_where_tomllib_is_missing(tmp_path, monkeypatch) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "tomllib", None)  # `import tomllib` fails, as on 3.10
    path = find_config(tmp_path)
    assert path == tmp_path / "pyproject.toml"
    assert load_config(path).select == ["newslint/doubled-word"]


def test_without_tomli_on_310_the_error_says_what_to_install(tmp_path, monkeypatch) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "tomllib", None)
    monkeypatch.setitem(sys.modules, "tomli", None)
    with pytest.raises(ConfigError, match="needs the 'tomli' package"):
        find_config(tmp_path)


def find_interpreter(version: str) -> str | None:
    """A real interpreter: a pyenv version, or one on PATH (pyenv's shims only dispatch to
    the versions a directory selects, so they are passed over)."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = sorted(pyenv.glob(f"{version}.*/bin/python{version}"),
                   key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.parent.name)])
    if found:
        return str(found[-1])
    on_path = shutil.which(f"python{version}")
    return on_path if on_path and "/shims/" not in on_path else None


@pytest.mark.parametrize("version", claimed_versions())
def test_newslint_installs_and_runs_its_rules_on_each_claimed_python(version, tmp_path) -> None:
    interpreter = find_interpreter(version)
    if interpreter is None:
        message = (f"pyproject.toml claims Python {version}, which this machine does not have: "
                   "install it for CI or drop the classifier")
        if os.environ.get("CI"):  # in CI a claim must be tested, never skipped
            pytest.fail(message)
        pytest.skip(message)
    venv = tmp_path / "venv"
    subprocess.run([interpreter, "-m", "venv", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(ROOT)],
                             capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stderr[-3000:]
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (desk / "story.txt").write_text("The council met on on Tuesday.\n", encoding="utf-8")
    result = subprocess.run([str(venv / "bin" / "newslint"), "check", "story.txt"], cwd=desk,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr  # doubled-word is an error: exit 1, not 2
    assert "newslint/doubled-word" in result.stdout, result.stdout + result.stderr
    version_line = subprocess.run([str(python), "--version"], capture_output=True, text=True)
    assert version_line.stdout.startswith(f"Python {version}.")
    assert_the_default_rules_run_twice(venv / "bin" / "newslint", tmp_path)


ARTICLE = ("Prime Minister Jane Okafor met the board of the Central Bank of Nigeria on "
           "Tuesday. Okafor said the bank would not raise rates this year.\n")


def assert_the_default_rules_run_twice(newslint: Path, tmp_path: Path) -> None:
    """Every rule that is on by default, on a first run (indexes built from the
    gazetteers) and a second (read back from the cache, as every later run does): the two
    paths that load the data, each of which failed on one Python once."""
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "story.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    outputs = []
    for _ in range(2):
        result = subprocess.run([str(newslint), "check", "--no-cache", "story.txt"],
                                cwd=archive, env=env, capture_output=True, text=True,
                                timeout=300)
        assert result.returncode in (0, 1), result.stderr  # 2: a rule could not be built
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
