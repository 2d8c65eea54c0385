"""Which files a directory walk reads: ``exclude`` and ``per-file-ignores`` with gitignore
semantics, ``.gitignore`` and ``.newslintignore`` respected, ``--no-ignore``, and files
named on the command line always checked unless ``exclude`` names them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.config.settings import path_matches
from newslint.io.files import collect_files

from .conftest import run_cli, run_json

TREE = ["a.md", "drafts/b.md", "archive/c.md", "archive/2020/d.md", "sub/tmp/e.md",
        "sub/drafts/f.md", "notes/g.md", "notes/keep.md", "build.md", "sub/deep/h.txt"]


@pytest.fixture
def tree(workdir: Path) -> Path:
    (workdir / ".git").mkdir()  # the repository's root: ignore files above it do not count
    for name in TREE:
        (workdir / name).parent.mkdir(parents=True, exist_ok=True)
        (workdir / name).write_text("The the vote.\n")
    return workdir


def walked(root: Path, exclude: list[str] = (), **options) -> list[str]:
    return [shown for shown, _ in collect_files(["."], list(exclude), root, **options)]


@pytest.mark.parametrize(("pattern", "path", "expected"), [
    ("archive/*.md", "archive/c.md", True),
    ("archive/*.md", "archive/2020/d.md", False),  # '*' stops at a folder
    ("/drafts/", "drafts/b.md", True),
    ("/drafts/", "sub/drafts/f.md", False),       # anchored at the top
    ("drafts/", "sub/drafts/f.md", True),
    ("**/tmp/*.md", "sub/tmp/e.md", True),
    ("**/tmp/*.md", "tmp/e.md", True),
    ("*.txt", "sub/deep/h.txt", True),
])
def test_patterns_have_gitignore_semantics(pattern, path, expected) -> None:
    assert path_matches(path, pattern) is expected


def test_exclude_has_gitignore_semantics(tree: Path) -> None:
    found = walked(tree, ["/drafts/", "archive/*.md", "**/tmp/*.md"])
    assert "drafts/b.md" not in found and "archive/c.md" not in found
    assert "sub/tmp/e.md" not in found
    assert {"archive/2020/d.md", "sub/drafts/f.md", "a.md"} <= set(found)


def test_gitignore_and_newslintignore_are_respected_when_walking(tree: Path) -> None:
    (tree / ".gitignore").write_text("build.md\nnotes/*.md\n!notes/keep.md\n")
    (tree / "sub" / ".newslintignore").write_text("deep/\n")
    found = walked(tree)
    assert "build.md" not in found and "notes/g.md" not in found
    assert "notes/keep.md" in found
    assert "sub/deep/h.txt" not in found
    assert "sub/drafts/f.md" in found


def test_a_walk_from_a_subfolder_honours_the_repository_root_gitignore(tree: Path) -> None:
    (tree / ".gitignore").write_text("drafts/\n")
    found = [shown for shown, _ in collect_files(["sub"], [], tree)]
    assert found == ["sub/deep/h.txt", "sub/tmp/e.md"]


def test_no_ignore_walks_everything_but_exclude(tree: Path) -> None:
    (tree / ".gitignore").write_text("*.md\n")
    assert walked(tree) == ["sub/deep/h.txt"]
    assert walked(tree, ["a.md"], ignore_files=False) == sorted(set(TREE) - {"a.md"})


def test_files_named_on_the_command_line_ignore_gitignore_but_not_exclude(tree: Path) -> None:
    (tree / ".gitignore").write_text("build.md\n")
    (tree / ".newslint.yaml").write_text("exclude: [/drafts/]\nselect: [newslint/doubled-word]\n")
    _, report = run_json("build.md", "drafts/b.md", cwd=tree)
    assert sorted({f["path"] for f in report["findings"]}) == ["build.md"]
    _, report = run_json(".", cwd=tree)
    assert "build.md" not in {f["path"] for f in report["findings"]}
    _, report = run_json("--no-ignore", ".", cwd=tree)
    assert "build.md" in {f["path"] for f in report["findings"]}


def test_per_file_ignores_use_the_same_patterns(tree: Path) -> None:
    (tree / ".newslint.yaml").write_text(
        "select: [newslint/doubled-word]\nper-file-ignores: {'archive/*.md': [newslint/doubled-word]}\n")
    _, report = run_json("archive", cwd=tree)
    assert [f["path"] for f in report["findings"]] == ["archive/2020/d.md"]


def test_an_unreadable_ignore_file_is_no_crash(tree: Path) -> None:
    (tree / ".gitignore").mkdir()  # a folder where the file should be
    result = run_cli("check", "--select", "newslint/doubled-word", ".", cwd=tree)
    assert result.returncode == 1, result.stderr
