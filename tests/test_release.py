"""Releases without surprises: one version, snippets that name it, a changelog, and the
README's pre-commit snippet working as written in a newsroom repository.

The last test is the newsroom's experience with the real tools: a copy of this working
tree is committed and tagged ``v`` + the version in a temporary repository (never in this
one), an article repository takes the README's ``.pre-commit-config.yaml`` snippet as is
(only its URL pointing at that copy), ``pre-commit install`` sets the git hook, and
``git commit`` runs it: a warning is shown and the commit goes through; an error blocks it.
It needs git and the package index and takes about a minute.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml

from newslint import __version__

from .conftest import ROOT
from .test_precommit import committed_copy_of_this_repository, git, git_env

TAG = f"v{__version__}"
SNIPPET_FILES = ("README.md", "docs/ci.md", ".pre-commit-hooks.yaml")
WARNING_ONLY = ("# Talks\n\nTreasury Secretary Scott Bessent met the delegation on Monday. "
                "Officials said Scott Besent would travel to Geneva next week.\n")
WITH_AN_ERROR = "# Vote\n\nThe the council voted on Tuesday.\n"


def readme_precommit_snippet() -> dict:
    """The README's YAML block that configures the newslint hook, parsed."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.DOTALL)
    snippets = [block for block in blocks if "id: newslint" in block and "repos:" in block]
    assert len(snippets) == 1, "README.md must hold one pre-commit snippet"
    return yaml.safe_load(snippets[0])


def test_the_version_is_written_once() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert not re.search(r"(?m)^version\s*=", pyproject)
    assert version("newslint") == __version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


@pytest.mark.parametrize("name", SNIPPET_FILES)
def test_every_snippet_names_the_current_version(name) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    revs = re.findall(r"(?m)^[#\s]*rev:\s*(\S+)", text)
    pins = re.findall(r"newslint@(v[\w.]+)", text)
    assert revs, f"{name} has no pre-commit rev"
    assert set(revs + pins) == {TAG}, f"{name}: {revs + pins}, expected {TAG}"


def test_the_readme_snippets_name_the_tag_and_say_how_to_pin_a_commit() -> None:
    snippet = readme_precommit_snippet()
    assert snippet["repos"][0]["rev"] == TAG
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"newslint@{TAG}" in readme  # the CI install line
    assert "git rev-parse HEAD" in readme and "RELEASING.md" in readme


def test_the_changelog_has_unreleased_and_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"(?m)^## (\S+)", changelog)
    assert headings[0] == "Unreleased"
    assert __version__ in headings
    releasing = (ROOT / "RELEASING.md").read_text(encoding="utf-8")
    assert "newslint/__init__.py" in releasing and "git tag -a vX.Y.Z" in releasing


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    if shutil.which("git") is None:
        pytest.skip("needs git")
    base = tmp_path_factory.mktemp("release")
    env = git_env(base)
    hook_repository = committed_copy_of_this_repository(base / "newslint", env)
    git(hook_repository, env, "tag", TAG)  # the test repository's tag, never this one's
    snippet = readme_precommit_snippet()
    snippet["repos"][0]["repo"] = str(hook_repository)
    articles = base / "articles"
    articles.mkdir()
    (articles / ".pre-commit-config.yaml").write_text(yaml.safe_dump(snippet), encoding="utf-8")
    git(articles, env, "init", "--quiet")
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=articles, env=env,
                   check=True, capture_output=True)
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"  # the git hook runs pre-commit
    return articles, env


def commit(articles: Path, env: dict[str, str], name: str, text: str) -> subprocess.CompletedProcess:
    (articles / name).write_text(text, encoding="utf-8")
    git(articles, env, "add", "--all")
    return subprocess.run(["git", "commit", "-m", f"add {name}"], cwd=articles, env=env,
                          capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL)


def test_the_readme_hook_shows_a_warning_and_lets_the_commit_through(newsroom) -> None:
    articles, env = newsroom
    result = commit(articles, env, "talks.md", WARNING_ONLY)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"^newslint\.+Passed$", output, re.MULTILINE), output
    assert re.search(r"^talks\.md:3:\d+: warning newslint/name-[a-z-]+ ", output, re.MULTILINE), output


def test_the_readme_hook_blocks_a_commit_with_an_error(newsroom) -> None:
    articles, env = newsroom
    result = commit(articles, env, "vote.md", WITH_AN_ERROR)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert re.search(r"^newslint\.+Failed$", output, re.MULTILINE), output
    assert re.search(r"^vote\.md:3:1: error newslint/doubled-word ", output, re.MULTILINE), output
    head = subprocess.run(["git", "log", "--format=%s"], cwd=articles, env=env,
                          capture_output=True, text=True).stdout
    assert "add vote.md" not in head
