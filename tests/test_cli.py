"""docs/output.md, README Commands, docs/ci.md: what a user sees: findings, JSON shape, exit codes, errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .conftest import SEED, run_cli, run_json

CLEAN = "The minister arrived in Geneva on Monday for talks on the nuclear programme.\n"
DOUBLED = "The minister said the the talks would resume.\n"


def test_clean_sentence_exits_0(workdir: Path) -> None:
    (workdir / "clean.txt").write_text(CLEAN)
    result = run_cli("check", "clean.txt", cwd=workdir)
    assert result.returncode == 0, result.stdout
    assert result.stdout == b""
    assert b"0 findings" in result.stderr


def test_text_output_is_path_line_column_severity_rule_message(workdir: Path) -> None:
    (workdir / "a.txt").write_text("Intro.\n" + DOUBLED)
    result = run_cli("check", "a.txt", cwd=workdir)
    assert result.returncode == 1
    assert result.stdout.decode() == (
        "a.txt:2:19: error newslint/doubled-word 'the' is doubled (suggestion: the)\n")


def test_short_form_without_check_command(workdir: Path) -> None:
    (workdir / "a.txt").write_text(DOUBLED)
    assert run_cli("a.txt", cwd=workdir).returncode == 1


def test_seed_with_fail_on_info_exits_1_and_never_exits_0(workdir: Path) -> None:
    assert run_cli("check", "--fail-on", "info", str(SEED), cwd=workdir).returncode == 1
    assert run_cli("check", "--fail-on", "never", str(SEED), cwd=workdir).returncode == 0


def test_json_matches_the_spec_shape(workdir: Path) -> None:
    (workdir / "a.txt").write_text(DOUBLED)
    code, report = run_json("a.txt", cwd=workdir)
    assert code == 1
    assert list(report) == ["version", "tool", "findings", "errors", "summary"]
    assert report["version"] == 1 and report["tool"]["name"] == "newslint"
    (finding,) = report["findings"]
    assert list(finding) == ["path", "line", "column", "end_line", "end_column", "rule",
                             "check", "severity", "category", "message", "suggestions",
                             "related"]
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (1, 19, 1, 26)
    assert finding["path"] == "a.txt" and finding["rule"] == "newslint/doubled-word"
    assert report["summary"] == {"files": 1, "words": 8, "findings": 1, "error": 1,
                                 "warning": 0, "info": 0}


def test_json_is_byte_identical_across_runs(workdir: Path) -> None:
    shutil.copy(SEED, workdir / "seed.txt")
    (workdir / "b.txt").write_text(DOUBLED)
    first = run_cli("check", "--format", "json", ".", cwd=workdir).stdout
    second = run_cli("check", "--format", "json", ".", cwd=workdir).stdout
    assert first == second
    paths = [(f["path"], f["line"], f["column"]) for f in json.loads(first)["findings"]]
    assert paths == sorted(paths)


def test_invalid_utf8_next_to_a_good_file_exits_2_and_keeps_the_good_findings(workdir: Path) -> None:
    (workdir / "bad.txt").write_bytes(b"caf\xe9 au lait\n")
    (workdir / "good.txt").write_text(DOUBLED)
    code, report = run_json(".", cwd=workdir)
    assert code == 2
    assert report["errors"] == [{"path": "bad.txt", "message": "not UTF-8 text (byte 3)"}]
    assert [f["path"] for f in report["findings"]] == ["good.txt"]


def test_missing_file_is_an_error_not_a_traceback(workdir: Path) -> None:
    result = run_cli("check", "nowhere.txt", cwd=workdir)
    assert result.returncode == 2
    assert b"nowhere.txt: error: no such file or directory" in result.stderr
    assert b"Traceback" not in result.stderr


def test_bad_flag_exits_2(workdir: Path) -> None:
    result = run_cli("check", "--format", "yaml", "a.txt", cwd=workdir)
    assert result.returncode == 2


def test_stdin_is_named_by_stdin_filename(workdir: Path) -> None:
    result = run_cli("check", "-", "--stdin-filename", "story.md", cwd=workdir,
                     stdin=DOUBLED.encode())
    assert result.stdout.decode().startswith("story.md:1:19: error newslint/doubled-word")


def test_output_file_receives_the_report(workdir: Path) -> None:
    (workdir / "a.txt").write_text(DOUBLED)
    result = run_cli("check", "--format", "json", "--output", "out.json", "a.txt", cwd=workdir)
    assert result.returncode == 1 and result.stdout == b""
    assert json.loads((workdir / "out.json").read_text())["summary"]["findings"] == 1


def test_user_file_is_never_modified(workdir: Path) -> None:
    path = workdir / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfThe the end.\r\n")
    before = path.read_bytes()
    run_cli("check", "a.txt", cwd=workdir)
    assert path.read_bytes() == before


def test_directories_walk_default_extensions_and_skip_hidden(workdir: Path) -> None:
    (workdir / "story.md").write_text(DOUBLED)
    (workdir / "notes.rst").write_text(DOUBLED)
    (workdir / ".drafts").mkdir()
    (workdir / ".drafts" / "old.txt").write_text(DOUBLED)
    _, report = run_json(".", cwd=workdir)
    assert [f["path"] for f in report["findings"]] == ["story.md"]


def test_rules_lists_every_rule(workdir: Path) -> None:
    result = run_cli("rules", cwd=workdir)
    assert result.returncode == 0
    assert "newslint/doubled-word" in result.stdout.decode()


def test_explain_shows_description_and_examples(workdir: Path) -> None:
    result = run_cli("explain", "newslint/doubled-word", cwd=workdir)
    out = result.stdout.decode()
    assert result.returncode == 0 and "Examples:" in out and "the the" in out
    assert run_cli("explain", "no-such-rule", cwd=workdir).returncode == 2


def test_test_rules_passes_on_the_builtin_pack(workdir: Path) -> None:
    result = run_cli("test-rules", cwd=workdir)
    assert result.returncode == 0, result.stdout.decode()


def test_test_rules_fails_naming_rule_and_example(workdir: Path) -> None:
    pack = workdir / "house"
    pack.mkdir()
    (pack / "tk.yaml").write_text(
        "check: existence\ncategory: accuracy\ndescription: x\ntokens: [TK]\n"
        "examples:\n  - text: 'TK and TK'\n    flags: ['TK']\n")
    result = run_cli("test-rules", str(pack), cwd=workdir)
    assert result.returncode == 1
    assert "FAIL house/tk: example 1" in result.stdout.decode()
