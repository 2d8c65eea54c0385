"""--diff REV: report only findings on lines changed since a git revision, while the checks
still read whole articles."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path

import pytest

from newslint.cli import main
from newslint.engine import Finding, RelatedLocation
from newslint.io.diff import ALL_LINES, ChangedLines, filter_findings, parse_unified_diff

# Four paragraphs; the third is the one a later commit rewrites. The old paragraphs carry
# findings of their own (a doubled word, a repeated stem, a Russian-derived place name)
# that a check of the change must not mention.
OLD_ARTICLE = """\
Former Japanese Prime Minister Shinzo Abe visited Tehran in 2019, the the first such visit in decades.

Abe met the Supreme Leader, and the deep-rooted distrust of Washington is rooted in history, officials said.

Abe carried a message from Washington, officials said.

Abe later said the talks had been useful. Missiles later struck Kharkov.
"""
NEW_PARAGRAPH = "Shinzo Abbey carried a message to to Tehran from Kiev, officials said."
NEW_ARTICLE = OLD_ARTICLE.replace("Abe carried a message from Washington, officials said.",
                                  NEW_PARAGRAPH)
CHANGED_LINE = 5


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def repo(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository (the current directory) with one commit of the old article."""
    for variable in ("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"):
        monkeypatch.setenv(variable, "Newsroom Test")
    for variable in ("GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"):
        monkeypatch.setenv(variable, "test@example.invalid")
    git(workdir, "init", "--quiet")
    (workdir / "article.txt").write_text(OLD_ARTICLE, encoding="utf-8")
    git(workdir, "add", "article.txt")
    git(workdir, "commit", "--quiet", "-m", "old article")
    return workdir


def findings(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    code = main(["check", "--format", "json", "--fail-on", "never", *args])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)["findings"]


def rule_ids() -> set[str]:
    from argparse import Namespace

    from newslint.commands import load_all_rules, load_settings

    return {rule.id for rule in load_all_rules(load_settings(Namespace(config=None)))}


def test_only_the_changed_paragraphs_findings_are_reported(repo: Path, capsys) -> None:
    (repo / "article.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    everything = findings(capsys, "article.txt")
    assert {1, 3, 7} <= {f["line"] for f in everything}, "old paragraphs have findings"
    changed = findings(capsys, "--diff", "HEAD", "article.txt")
    assert changed == [f for f in everything if f["line"] == CHANGED_LINE]
    assert {"newslint/doubled-word", "newslint/russian-place-names"} <= {
        f["rule"] for f in changed}


def test_a_name_variant_whose_majority_form_is_in_unchanged_paragraphs(repo: Path,
                                                                      capsys) -> None:
    if "newslint/name-variant" not in rule_ids():
        pytest.skip("the name-consistency rule newslint/name-variant is not in this build")
    (repo / "article.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    changed = findings(capsys, "--diff", "HEAD", "article.txt")
    (variant,) = [f for f in changed if f["rule"] == "newslint/name-variant"]
    assert (variant["line"], variant["column"]) == (CHANGED_LINE, NEW_PARAGRAPH.index("Abbey") + 1)
    # The majority form it was compared with ("Abe") lies only in unchanged paragraphs.
    assert all(r["line"] != CHANGED_LINE for r in variant["related"])


def test_an_unchanged_file_reports_nothing(repo: Path, capsys) -> None:
    assert findings(capsys, "--fail-on", "never", "article.txt")
    assert findings(capsys, "--diff", "HEAD", "article.txt") == []
    assert main(["check", "--diff", "HEAD", "article.txt"]) == 0
    capsys.readouterr()


def test_the_exit_status_follows_the_reported_findings(repo: Path, capsys) -> None:
    assert main(["check", "article.txt"]) == 1
    (repo / "article.txt").write_text(OLD_ARTICLE.replace("Kharkov", "Kharkiv"), encoding="utf-8")
    assert main(["check", "--diff", "HEAD", "article.txt"]) == 0
    capsys.readouterr()


def test_untracked_and_newly_added_files_count_as_all_changed(repo: Path, capsys) -> None:
    (repo / "untracked.txt").write_text("Officials went to to Geneva.\n\nHe left Kiev.\n")
    (repo / "staged.txt").write_text("Officials went to to Bern.\n")
    git(repo, "add", "staged.txt")
    reported = findings(capsys, "--diff", "HEAD", ".")
    assert sorted((f["path"], f["line"]) for f in reported) == [
        ("staged.txt", 1), ("untracked.txt", 1), ("untracked.txt", 3)]


def test_a_pure_deletion_changes_no_remaining_line(repo: Path, capsys) -> None:
    (repo / "article.txt").write_text(
        OLD_ARTICLE.replace("Abe carried a message from Washington, officials said.\n\n", ""),
        encoding="utf-8")
    assert findings(capsys, "--diff", "HEAD", "article.txt") == []


def test_a_finding_whose_related_location_changed_is_reported(workdir: Path) -> None:
    # An edit to an earlier sentence can make a later, unchanged one contradict it: the
    # finding sits on the later sentence, its related location on the edited one.
    changed = ChangedLines(files={os.path.realpath("a.txt"): frozenset({2})})
    later = Finding("a.txt", 9, 1, 9, 20, "newslint/x", "x", "info", "accuracy", "clash",
                    related=(RelatedLocation(2, 1, 2, 30, "the earlier sentence"),))
    unrelated = later._replace(related=(RelatedLocation(4, 1, 4, 30, "elsewhere"),))
    assert filter_findings([later, unrelated], changed) == [later]


def test_a_span_ending_at_the_start_of_a_changed_line_does_not_touch_it(workdir: Path) -> None:
    changed = ChangedLines(files={os.path.realpath("a.txt"): frozenset({3})})
    assert not changed.touches("a.txt", 2, 5, 3, 1)  # end is exclusive: nothing of line 3
    assert changed.touches("a.txt", 2, 5, 3, 2)
    assert changed.touches("a.txt", 1, 1, 4, 1)


def test_runs_from_a_subdirectory_and_against_an_older_revision(repo: Path, capsys,
                                                                monkeypatch) -> None:
    (repo / "desk").mkdir()
    (repo / "desk" / "story.txt").write_text("Calm news.\n\nMore calm news.\n")
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "story")
    (repo / "desk" / "story.txt").write_text("Calm news.\n\nThe the news.\n")
    git(repo, "commit", "--quiet", "-am", "edit")
    monkeypatch.chdir(repo / "desk")
    assert findings(capsys, "--diff", "HEAD", "story.txt") == []
    (finding,) = findings(capsys, "--diff", "HEAD~1", "story.txt")
    assert (finding["path"], finding["line"]) == ("story.txt", 3)


def test_lone_carriage_returns_map_to_newslint_lines(repo: Path, capsys) -> None:
    # Git counts lines by LF only; this old-Mac file is one git line but three newslint lines.
    (repo / "mac.txt").write_bytes(b"Calm.\rCalm again.\rStill calm.\r")
    git(repo, "add", "mac.txt")
    git(repo, "commit", "--quiet", "-m", "mac")
    (repo / "mac.txt").write_bytes(b"Calm.\rCalm again.\rThe the end.\r")
    (finding,) = findings(capsys, "--diff", "HEAD", "mac.txt")
    assert finding["line"] == 3


def test_standard_input_is_never_filtered(repo: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(OLD_ARTICLE.encode())))
    reported = findings(capsys, "--diff", "HEAD", "--stdin-filename", "article.txt", "-")
    assert {f["line"] for f in reported} >= {1, 3, 7}


def test_outside_a_git_repository_is_a_clear_error(workdir: Path, capsys) -> None:
    (workdir / "a.txt").write_text("Fine.\n")
    assert main(["check", "--diff", "HEAD", "a.txt"]) == 2
    assert capsys.readouterr().err.strip() == (
        "newslint: --diff needs a git repository, and 'a.txt' is not inside one")


def test_an_unknown_revision_is_a_clear_error(repo: Path, capsys) -> None:
    assert main(["check", "--diff", "no-such-branch", "article.txt"]) == 2
    err = capsys.readouterr().err
    assert "--diff: 'no-such-branch' is not a commit in the git repository" in err
    assert main(["check", "--diff=--output=x", "article.txt"]) == 2
    assert "is not a git revision" in capsys.readouterr().err


# -- parsing git's output ---------------------------------------------------------------------


def test_hunks_give_added_and_modified_lines_of_the_new_side() -> None:
    diff = b"""\
diff --git a/a.txt b/a.txt
index 1..2 100644
--- a/a.txt
+++ b/a.txt
@@ -3 +3 @@ context
-old
+new
@@ -10,0 +11,2 @@
+added
+added
@@ -20,2 +22,0 @@
-gone
-gone
diff --git a/new.md b/new.md
new file mode 100644
--- /dev/null
+++ b/new.md
@@ -0,0 +1,3 @@
+a
+b
+c
diff --git a/gone.txt b/gone.txt
deleted file mode 100644
--- a/gone.txt
+++ /dev/null
@@ -1 +0,0 @@
-x
"""
    assert parse_unified_diff(diff) == {"a.txt": frozenset({3, 11, 12}),
                                        "new.md": frozenset({1, 2, 3})}


def test_names_with_spaces_quotes_and_binary_files() -> None:
    diff = (b'diff --git a/my story.txt b/my story.txt\n--- a/my story.txt\t\n'
            b'+++ b/my story.txt\t\n@@ -1 +1 @@\n-a\n+b\n'
            b'diff --git "a/say \\"hi\\"\\tnow.md" "b/say \\"hi\\"\\tnow.md"\n'
            b'--- "a/say \\"hi\\"\\tnow.md"\n+++ "b/say \\"hi\\"\\tnow.md"\n@@ -2 +2 @@\n-a\n+b\n'
            b'diff --git "a/caf\\303\\251.txt" "b/caf\\303\\251.txt"\n'
            b'--- "a/caf\\303\\251.txt"\n+++ "b/caf\\303\\251.txt"\n@@ -4 +4 @@\n-a\n+b\n'
            b'diff --git a/utf16.txt b/utf16.txt\nindex 1..2 100644\n'
            b'Binary files a/utf16.txt and b/utf16.txt differ\n')
    assert parse_unified_diff(diff) == {
        "my story.txt": frozenset({1}), 'say "hi"\tnow.md': frozenset({2}),
        "café.txt": frozenset({4}), "utf16.txt": ALL_LINES}


def test_a_renamed_file_reports_only_its_edited_lines(repo: Path, capsys) -> None:
    git(repo, "mv", "article.txt", "renamed.txt")
    (repo / "renamed.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    reported = findings(capsys, "--diff", "HEAD", "renamed.txt")
    assert reported and {f["line"] for f in reported} == {CHANGED_LINE}
