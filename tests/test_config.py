"""docs/configuration.md, docs/suppression.md: configuration, rule selection, suppression comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.config.settings import is_selected

from .conftest import run_cli, run_json

DOUBLED = "The minister said the the talks would resume.\n"
KIEV = "Missiles struck Kiev overnight.\n"


def rules_found(workdir: Path, *args: str) -> list[str]:
    _, report = run_json(*args, cwd=workdir)
    return sorted({f["rule"] for f in report["findings"]})


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        (None, [], True),
        (None, ["newslint/"], False),
        (["newslint/"], ["newslint/doubled-"], False),
        (["newslint/doubled-word"], ["newslint/"], True),  # the longer prefix wins
        (["newslint/stem-"], [], False),
        (["newslint"], [], True),  # a pack name selects its rules
    ],
)
def test_longest_prefix_wins(select, ignore, expected) -> None:
    assert is_selected("newslint/doubled-word", True, select, ignore) is expected


def test_off_by_default_rules_need_their_exact_id() -> None:
    assert not is_selected("newslint/x", False, None, [])
    assert not is_selected("newslint/x", False, ["newslint/"], [])
    assert is_selected("newslint/x", False, ["newslint/x"], [])


def test_config_file_is_found_from_a_subdirectory(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("ignore: [newslint/doubled-word]\n")
    (workdir / "sub").mkdir()
    (workdir / "sub" / "a.txt").write_text(DOUBLED)
    assert rules_found(workdir / "sub", "a.txt") == []


def test_pyproject_section_is_read(workdir: Path) -> None:
    (workdir / "pyproject.toml").write_text('[tool.newslint]\nignore = ["newslint/doubled-word"]\n')
    (workdir / "a.txt").write_text(DOUBLED)
    assert rules_found(workdir, "a.txt") == []


def test_command_line_select_wins_over_config(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("select: [newslint/russian-place-names]\n")
    (workdir / "a.txt").write_text(DOUBLED + KIEV)
    assert rules_found(workdir, "a.txt") == ["newslint/russian-place-names"]
    assert rules_found(workdir, "--select", "newslint/doubled-word", "a.txt") == [
        "newslint/doubled-word"]


def test_command_line_ignore_adds_to_config(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("ignore: [newslint/russian-place-names]\n")
    (workdir / "a.txt").write_text(DOUBLED + KIEV)
    assert rules_found(workdir, "--ignore", "newslint/doubled-word", "a.txt") == []


def test_severity_override_changes_exit_code(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("severity: {newslint/doubled-word: info}\n")
    (workdir / "a.txt").write_text(DOUBLED)
    code, report = run_json("a.txt", cwd=workdir)
    assert report["findings"][0]["severity"] == "info"
    assert code == 0


def test_per_file_ignores_and_exclude(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text(
        "per-file-ignores: {'archive/*': [newslint/doubled-word]}\nexclude: ['drafts']\n")
    for folder in ("archive", "drafts", "news"):
        (workdir / folder).mkdir()
        (workdir / folder / "a.txt").write_text(DOUBLED)
    _, report = run_json(".", cwd=workdir)
    assert [f["path"] for f in report["findings"]] == ["news/a.txt"]


def test_vocabulary_silences_a_word_in_every_rule(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("vocabulary: [Kiev]\n")
    (workdir / "a.txt").write_text(KIEV)
    assert rules_found(workdir, "a.txt") == []


def test_unknown_config_key_is_a_located_error(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("fail-on: error\nselct: [x]\n")
    (workdir / "a.txt").write_text(DOUBLED)
    result = run_cli("check", "a.txt", cwd=workdir)
    assert result.returncode == 2
    assert ".newslint.yaml:2:8: unknown configuration key 'selct'" in result.stderr.decode()


def test_fail_on_from_config(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("fail-on: never\n")
    (workdir / "a.txt").write_text(DOUBLED)
    assert run_cli("check", "a.txt", cwd=workdir).returncode == 0


SUPPRESSED = """Intro.

<!-- newslint-disable newslint/doubled-word -->
The minister said the the talks would resume.
<!-- newslint-enable -->

<!-- newslint-disable-next-line doubled-word -->
He said the the same thing.

They said the the truth.

<!-- newslint-disable -->
All rules off: the the.
"""


def test_suppression_comments_in_markdown(workdir: Path) -> None:
    (workdir / "a.md").write_text(SUPPRESSED)
    _, report = run_json("a.md", cwd=workdir)
    assert [f["line"] for f in report["findings"]] == [10]


def test_suppression_comments_apply_to_plain_text_too(workdir: Path) -> None:
    (workdir / "a.txt").write_text(SUPPRESSED)
    _, report = run_json("--select", "newslint/doubled-word", "a.txt", cwd=workdir)
    assert [f["line"] for f in report["findings"]] == [10]


def test_html_positions_and_suppression_comments(workdir: Path) -> None:
    (workdir / "a.html").write_text(
        "<html><head><title>Talks</title></head>\n<body>\n"
        "<p>The minister said the the talks failed.</p>\n"
        "<!-- newslint-disable-next-line newslint/doubled-word -->\n"
        "<p>He said the the same.</p>\n"
        "<script>var the the;</script>\n</body></html>\n")
    _, report = run_json("--select", "newslint/doubled-word", "a.html", cwd=workdir)
    assert [(f["line"], f["column"], f["end_column"]) for f in report["findings"]] == [(3, 22, 29)]
