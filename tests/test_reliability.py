"""Bad input of every kind is a located error for what is bad, never a crash of the run, a
silent pass or lost findings elsewhere: YAML values, alias bombs, broken plugins, special
files and names, a per-file time limit, and --diff edges."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.cli import main

DOUBLED = "The minister said the the talks would resume.\n"


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict, str]:
    code = main(["check", "--format", "json", "--fail-on", "never", *args])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


# -- 1. YAML values that fail while they are built -------------------------------------------


@pytest.mark.parametrize("value", ["2025-02-30", "!!int abc", "0000-01-01", "!!float [1]"])
def test_front_matter_is_read_as_strings(workdir: Path, capsys, value: str) -> None:
    (workdir / "a.md").write_text(f"---\ntitle: A calm day\ndate: {value}\n---\n\n{DOUBLED}")
    (workdir / "b.txt").write_text(DOUBLED)
    code, report, err = check(capsys, "a.md", "b.txt")
    assert sorted(f["path"] for f in report["findings"]) == ["a.md", "b.txt"], err
    assert code == 0 and report["errors"] == []


def test_unreadable_front_matter_is_an_error_for_that_file_alone(workdir: Path, capsys) -> None:
    (workdir / "a.md").write_text(f"---\ntitle: [unclosed\n---\n\n{DOUBLED}")
    (workdir / "b.txt").write_text(DOUBLED)
    code, report, err = check(capsys, "a.md", "b.txt")
    assert code == 2
    (error,) = report["errors"]
    assert error["path"] == "a.md" and error["message"].startswith("front matter cannot be read (line")
    # the article's prose is still checked, and so is every other file
    assert {f["path"] for f in report["findings"]} == {"a.md", "b.txt"}


@pytest.mark.parametrize(("config", "where", "says"), [
    ("fail-on: warning\nsince: 2025-02-30\n", "2:8", "invalid value"),
    ("fail-on: !!int abc\n", "1:10", "invalid value"),
    ("? {a: 1}\n: x\n", "1:3", "a mapping cannot be a key"),
    ("select: &a [*a]\n", "1:9", "recursive"),
])
def test_config_values_that_fail_to_build_are_located(workdir: Path, capsys, config: str,
                                                      where: str, says: str) -> None:
    (workdir / ".newslint.yaml").write_text(config)
    (workdir / "b.txt").write_text(DOUBLED)
    assert main(["check", "b.txt"]) == 2
    line = one_line_error(capsys.readouterr().err)
    assert line.startswith("newslint: ") and f".newslint.yaml:{where}: " in line and says in line


def test_a_bad_as_of_is_blamed_on_the_gazetteer(workdir: Path, capsys) -> None:
    (workdir / "people.yaml").write_text(
        "entities:\n  - name: Ada Quill\n    kind: person\n    as_of: 2025-02-30\n")
    (workdir / ".newslint.yaml").write_text("gazetteers: [people.yaml]\n")
    (workdir / "b.txt").write_text("Ada Quill spoke.\n")
    assert main(["check", "b.txt"]) == 2
    line = one_line_error(capsys.readouterr().err)
    assert "people.yaml:4:12: invalid value" in line


# -- 2. alias bombs ----------------------------------------------------------------------------


def bomb(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghi"[: levels - 1]:
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
        previous = name
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_in_the_config_is_refused(workdir: Path, capsys) -> None:
    (workdir / ".newslint.yaml").write_text(bomb())
    (workdir / "b.txt").write_text(DOUBLED)
    assert main(["check", "b.txt"]) == 2
    line = one_line_error(capsys.readouterr().err)
    assert ".newslint.yaml:8:4: " in line and "expand the document" in line


def test_an_alias_bomb_in_front_matter_is_an_error_for_that_file(workdir: Path, capsys) -> None:
    (workdir / "a.md").write_text(f"---\n{bomb()}---\n\n{DOUBLED}")
    code, report, _ = check(capsys, "a.md")
    assert code == 2 and "expand the document" in report["errors"][0]["message"]


def test_small_anchors_are_still_welcome(workdir: Path, capsys) -> None:
    (workdir / ".newslint.yaml").write_text(
        "per-file-ignores:\n  a.txt: &quiet [newslint/doubled-word]\n  b.txt: *quiet\n")
    (workdir / "a.txt").write_text(DOUBLED)
    code, report, err = check(capsys, "a.txt")
    assert code == 0 and report["findings"] == [], err


# -- 4. plugins that fail to import or to run ----------------------------------------------------

PLUGIN_RULE = """\
id: {name}
check: {check}
severity: warning
category: style/other
description: A house rule whose check is broken.
examples:
  - text: "A calm day."
    flags: []
"""


def install_plugin(site: Path, module: str, source: str, check: str) -> None:
    """An installed distribution, as pip leaves one: a module and its dist-info."""
    (site / f"{module}.py").write_text(source)
    info = site / f"{module}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        f"[newslint.checks]\n{check} = {module}:BrokenCheck\n")


def run_with_plugins(workdir: Path, site: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "newslint", "check", "--format", "json", *args],
                          cwd=workdir, env=env, capture_output=True, timeout=300)


@pytest.mark.parametrize("raises", ["SystemExit(0)", "SystemExit(3)", "ImportError('no numpy')",
                                    "GeneratorExit()"])
def test_a_plugin_that_fails_to_import_costs_only_its_rule(workdir: Path, raises: str) -> None:
    site = workdir / "site"
    site.mkdir()
    install_plugin(site, "exploding_import", f"raise {raises}\n", "exploding")
    pack = workdir / "house"
    pack.mkdir()
    (pack / "broken.yaml").write_text(PLUGIN_RULE.format(name="broken", check="exploding"))
    (workdir / ".newslint.yaml").write_text("packs: [newslint, house]\n")
    (workdir / "story.txt").write_text(DOUBLED)
    result = run_with_plugins(workdir, site, "story.txt")
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert [f["rule"] for f in report["findings"]] == ["newslint/doubled-word"]
    (error,) = report["errors"]
    assert error["message"].startswith("house/broken: check 'exploding'")
    assert "failed to load" in error["message"]


RUN_FAILURE = """\
from newslint.check import Check


class Boom(BaseException):
    pass


class BrokenCheck(Check):
    def run(self, document):
        yield from ()
        raise {raises}
"""


@pytest.mark.parametrize("raises", ["Boom('deliberate')", "SystemExit(0)", "ValueError('bad')"])
def test_a_plugin_that_fails_to_run_costs_only_its_findings(workdir: Path, raises: str) -> None:
    site = workdir / "site"
    site.mkdir()
    install_plugin(site, "exploding_run", RUN_FAILURE.format(raises=raises), "exploding")
    pack = workdir / "house"
    pack.mkdir()
    (pack / "broken.yaml").write_text(PLUGIN_RULE.format(name="broken", check="exploding"))
    (workdir / ".newslint.yaml").write_text("packs: [newslint, house]\n")
    (workdir / "story.txt").write_text(DOUBLED)
    (workdir / "other.txt").write_text(DOUBLED)
    result = run_with_plugins(workdir, site, "story.txt", "other.txt")
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert sorted(f["path"] for f in report["findings"]) == ["other.txt", "story.txt"]
    assert sorted(e["path"] for e in report["errors"]) == ["other.txt", "story.txt"]
    assert all(e["message"].startswith("rule house/broken (exploding) failed: ")
               for e in report["errors"])


HANGING = """\
from newslint.check import Check


class BrokenCheck(Check):
    def run(self, document):
        if "forever" in document.text:
            while True:
                pass
        return []
"""


def test_a_file_past_the_time_limit_is_an_error_and_the_run_goes_on(workdir: Path) -> None:
    site = workdir / "site"
    site.mkdir()
    install_plugin(site, "hanging_run", HANGING, "hanging")
    pack = workdir / "house"
    pack.mkdir()
    (pack / "slow.yaml").write_text(PLUGIN_RULE.format(name="slow", check="hanging"))
    (workdir / ".newslint.yaml").write_text("packs: [newslint, house]\n")
    (workdir / "a.txt").write_text("This loops forever.\n")
    (workdir / "b.txt").write_text(DOUBLED)
    result = run_with_plugins(workdir, site, "--file-timeout", "1", "a.txt", "b.txt")
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert [f["path"] for f in report["findings"]] == ["b.txt"]
    assert report["errors"] == [{"path": "a.txt", "message":
                                 "not checked: took longer than 1 s (--file-timeout)"}]


def test_a_negative_file_timeout_is_a_usage_error(workdir: Path, capsys) -> None:
    (workdir / "b.txt").write_text(DOUBLED)
    assert main(["check", "--file-timeout", "-1", "b.txt"]) == 2
    assert "--file-timeout" in one_line_error(capsys.readouterr().err)


# -- 6. special files and names ------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_not_waited_for(workdir: Path) -> None:
    os.mkfifo(workdir / "pipe.md")
    (workdir / "b.txt").write_text(DOUBLED)
    for args in (["."], ["pipe.md", "b.txt"]):
        result = subprocess.run([sys.executable, "-m", "newslint", "check", "--format", "json",
                                 *args], cwd=workdir, capture_output=True, timeout=120)
        report = json.loads(result.stdout)
        assert result.returncode == 2
        assert report["errors"] == [{"path": "pipe.md", "message":
                                     "not a regular file (a named pipe), not read"}]
        assert [f["path"] for f in report["findings"]] == ["b.txt"]


def test_symbolic_links_say_what_they_are(workdir: Path, capsys) -> None:
    os.symlink("loop-b.txt", workdir / "loop-a.txt")
    os.symlink("loop-a.txt", workdir / "loop-b.txt")
    os.symlink("nowhere.txt", workdir / "dangling.txt")
    code, report, _ = check(capsys, "loop-a.txt", "dangling.txt", "missing.txt")
    assert code == 2
    assert {e["path"]: e["message"] for e in report["errors"]} == {
        "loop-a.txt": "a loop of symbolic links",
        "dangling.txt": "a symbolic link to a file that does not exist",
        "missing.txt": "no such file or directory",
    }


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names must be UTF-8 there")
@pytest.mark.parametrize("fmt", ["json", "sarif", "text", "github"])
def test_a_file_name_that_is_not_utf8_is_written_safely(workdir: Path, fmt: str) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (workdir / name).write_text(DOUBLED)
    result = subprocess.run([sys.executable, "-m", "newslint", "check", "--format", fmt, "."],
                            cwd=workdir, capture_output=True, timeout=120)
    assert result.returncode == 1, result.stderr
    if fmt in ("json", "sarif"):
        output = json.loads(result.stdout.decode("utf-8"))  # valid UTF-8, valid JSON
        if fmt == "json":
            assert os.fsencode(output["findings"][0]["path"]) == b"caf\xe9.txt"
        else:
            location = output["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
            assert location["artifactLocation"]["uri"] == "caf%E9.txt"
    else:
        assert b"caf\xe9.txt" in result.stdout


# -- 8. --diff edges -----------------------------------------------------------------------------


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_crlf_lines_with_a_lone_cr_count_as_git_counts_them(workdir: Path, capsys,
                                                             monkeypatch) -> None:
    for variable in ("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"):
        monkeypatch.setenv(variable, "Newsroom Test")
    for variable in ("GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"):
        monkeypatch.setenv(variable, "test@example.invalid")
    git(workdir, "init", "--quiet")
    old = b"Calm one.\r\nCalm\rtwo.\r\nCalm three.\r\nCalm four.\r\n"
    (workdir / "story.txt").write_bytes(old)
    git(workdir, "add", "story.txt")
    git(workdir, "commit", "--quiet", "-m", "old")
    (workdir / "story.txt").write_bytes(old.replace(b"Calm four.", b"The the end."))
    code, report, err = check(capsys, "--diff", "HEAD", "story.txt")
    # git line 4 is newslint line 5 (the lone CR ends a line of its own)
    assert [(f["line"], f["rule"]) for f in report["findings"]] == [(5, "newslint/doubled-word")], err


def test_an_empty_diff_revision_is_a_usage_error(workdir: Path, capsys) -> None:
    (workdir / "b.txt").write_text(DOUBLED)
    assert main(["check", "--diff", "", "b.txt"]) == 2
    assert "--diff" in one_line_error(capsys.readouterr().err)



# -- 5. very large files are checked in parts ------------------------------------------------


def test_a_large_file_is_checked_in_parts_at_the_right_lines(workdir: Path, capsys,
                                                             monkeypatch) -> None:
    paragraphs = [f"Paragraph {n} says the the same.\r\nIt goes on.\n" for n in range(12)]
    markdown = "".join(p + "\n" for p in paragraphs[:4]) + "```\ncode\n\nmore code\n```\n\n" + (
        "".join(p + "\n" for p in paragraphs[4:]))
    (workdir / "big.txt").write_text("".join(p + "\n" for p in paragraphs), newline="")
    (workdir / "big.md").write_text(markdown, newline="")
    _, whole, _ = check(capsys, "big.txt", "big.md")
    monkeypatch.setattr("newslint.io.parts.PART_CHARS", 120)
    _, parts, err = check(capsys, "big.txt", "big.md")
    assert parts["findings"] == whole["findings"] and parts["errors"] == [], err
    assert len(whole["findings"]) == 24


def test_parts_never_cut_a_fence_or_make_front_matter() -> None:
    from newslint.io.parts import split_parts

    source = "Intro.\n\n```\na\n\nb\n```\n\n---\ntitle: x\n---\n\nEnd.\n" * 3
    parts = list(split_parts(source, "markdown", limit=20))
    assert "".join(part for _, part in parts) == source
    for _, part in parts:
        assert part.count("```") % 2 == 0 and not part.startswith("---")


def test_html_parts_end_after_a_block_and_never_inside_raw_text() -> None:
    from newslint.io.parts import split_parts

    source = ("<p>One.</p>\n<pre>\n<p>code</p>\n</pre>\n<!-- <p>x</p>\n -->\n<p>Two.</p>\n") * 4
    parts = list(split_parts(source, "html", limit=40))
    assert "".join(part for _, part in parts) == source and len(parts) > 1
    for _, part in parts:
        assert part.count("<pre>") == part.count("</pre>")
        assert part.count("<!--") == part.count("-->")


def test_a_large_html_file_is_checked_in_parts_at_the_right_lines(workdir: Path, capsys,
                                                                  monkeypatch) -> None:
    body = "".join(f"<p>Paragraph {n} says the the same.</p>\n" for n in range(10))
    (workdir / "big.html").write_text(f"<html><body>\n{body}</body></html>\n")
    _, whole, _ = check(capsys, "big.html")
    monkeypatch.setattr("newslint.io.parts.PART_CHARS", 100)
    _, parts, err = check(capsys, "big.html")
    assert parts["findings"] == whole["findings"] and len(whole["findings"]) == 10, err
