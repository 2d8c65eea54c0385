"""The pre-commit hook, proven with the real tool: ``pre-commit try-repo`` installs newslint
from this repository (as a user's pre-commit would, into its own environment) and runs it
in a temporary article repository.

pre-commit installs from a commit, so the test commits a copy of the current working tree
(what ``git add -A`` would commit) into a temporary repository first: the test then checks
the code as it stands, committed or not. It needs git and PyPI (to install newslint's
dependencies into the hook's environment) and takes up to a minute.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEED

FINDING_LINE = re.compile(
    r"^(?P<path>[^\s:]+):(?P<line>\d+):(?P<column>\d+): (?:error|warning|info) "
    r"(?P<rule>[a-z0-9-]+/[a-z0-9-]+) ", re.MULTILINE)
# A plain, correct news paragraph: nothing for any rule to say.
CLEAN_ARTICLE = """\
# Council approves budget

The city council approved the budget for next year on Tuesday evening.

Members voted after a debate that lasted three hours. The mayor said the plan would keep
libraries open on weekends and repair two bridges over the river.
"""
CLEAN_PAGE = "<html><body><p>The museum will reopen in the spring after repairs.</p></body></html>\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "GIT_AUTHOR_NAME": "Newsroom Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Newsroom Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PRE_COMMIT_COLOR": "never",
    })
    return env


def git(cwd: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def committed_copy_of_this_repository(target: Path, env: dict[str, str]) -> Path:
    """The working tree's files (tracked plus untracked-but-not-ignored), committed."""
    if (ROOT / ".git").exists():
        listing = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, check=True, capture_output=True).stdout
        for name in filter(None, listing.decode("utf-8", "surrogateescape").split("\0")):
            source = ROOT / name
            if source.is_file():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)
    else:  # an unpacked source distribution
        shutil.copytree(ROOT, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(
            ".venv", "__pycache__", "*.egg-info", ".pytest_cache", ".ruff_cache", "build",
            "dist"))
    git(target, env, "init", "--quiet")
    git(target, env, "add", "--all")
    git(target, env, "commit", "--quiet", "--no-verify", "-m", "newslint under test")
    return target


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    base = tmp_path_factory.mktemp("precommit")
    env = git_env(base)
    hook_repository = committed_copy_of_this_repository(base / "newslint", env)
    articles = base / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles / "seed.txt")
    (articles / "clean.md").write_text(CLEAN_ARTICLE, encoding="utf-8")
    (articles / "clean.html").write_text(CLEAN_PAGE, encoding="utf-8")
    # Not an article: the hook's file types must keep it away from newslint.
    (articles / "tool.py").write_text("# the the to to Kiev\n", encoding="utf-8")
    # The newsroom blocks commits on warnings too (the seed's findings include warnings).
    (articles / ".newslint.yaml").write_text("fail-on: warning\n", encoding="utf-8")
    git(articles, env, "init", "--quiet")
    git(articles, env, "add", "--all")
    return hook_repository, articles, env


def try_repo(setup: tuple[Path, Path, dict[str, str]], *files: str) -> subprocess.CompletedProcess:
    hook_repository, articles, env = setup
    selection = ["--files", *files] if files else ["--all-files"]
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repository), "newslint",
         "--verbose", "--color", "never", *selection],
        cwd=articles, env=env, capture_output=True, text=True, timeout=900,
        stdin=subprocess.DEVNULL)


def test_the_hook_fails_on_the_seed_and_shows_file_line_column_and_rule(setup) -> None:
    result = try_repo(setup)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert re.search(r"^newslint\.+Failed$", output, re.MULTILINE), output
    reported = [m.groupdict() for m in FINDING_LINE.finditer(output)]
    assert reported, output
    assert {finding["path"] for finding in reported} == {"seed.txt"}, output
    assert any(f["rule"].startswith("newslint/") and int(f["line"]) >= 1
               and int(f["column"]) >= 1 for f in reported)
    assert "tool.py" not in output


def test_the_hook_passes_on_clean_articles(setup) -> None:
    result = try_repo(setup, "clean.md", "clean.html")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"^newslint\.+Passed$", output, re.MULTILINE), output
    assert not FINDING_LINE.search(output), output


def test_this_repositorys_hook_files_are_valid(setup) -> None:
    _, _, env = setup
    for command, name in (("validate-manifest", ".pre-commit-hooks.yaml"),
                          ("validate-config", ".pre-commit-config.yaml")):
        result = subprocess.run([sys.executable, "-m", "pre_commit", command, str(ROOT / name)],
                                env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
