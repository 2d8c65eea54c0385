"""Random text, Markdown, HTML, front matter and configuration through the command line:
never a traceback, always exit 0, 1 or 2, valid JSON, and every position inside its file.

Deterministic (``derandomize``) and small, so the suite stays fast and a failure repeats.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.cli import main

LINE_BREAK = re.compile(r"\r\n|\r|\n")

# Pieces that exercise the extractors and checks: markup, debris, scripts, quotes, numbers.
PIECES = [
    "The", "the", "minister", "said", "Kiev", "Kyiv", "Abe", "Abbey", "not", "never", "will",
    "on Monday", "March 3, 2024", "1,000", "10.5%", "$5m", "U.S.", "NATO", "e.g.", "Mr.",
    "CafÃ©", "Iranâ€™s", "\ufffd", "\u200b", "\u00a0", "\x07", "\x1b[31m", "中文", "。", "，",
    "Путин", "🎉", "𠮷", "\"", "“", "”", "'", "’", "(", ")", "[", "]", "*", "**", "_", "`",
    "```", "~~~", "#", "##", ">", "- ", "1. ", "|", "---", "<b>", "</b>", "<p>", "</p>",
    "<!--", "-->", "<script>", "</script>", "&amp;", "&#x41;", "&bogus;", "[link](http://x.y)",
    "https://example.com/a.", "name@example.com", "\\", "<!-- newslint-disable -->",
    "<!-- newslint-enable -->", "<!-- newslint-disable-next-line newslint/doubled-word -->",
    " ", " ", " ", "\n", "\n", "\n\n", "\r\n", "\r", "\t", ".", ",", "!", "?", ":", ";",
]

text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)

FRONT_MATTER_VALUES = ["2025-02-30", "!!int abc", "0000-01-01", "[unclosed", "&a [*a]",
                       "{a: 1}", "|\n  A block title", "\"quoted\"", "2024-03-06", "yes", "~"]
front_matter = st.lists(
    st.tuples(st.sampled_from(["title", "date", "summary", "tags", "? [x]", "description"]),
              st.one_of(st.sampled_from(FRONT_MATTER_VALUES), st.text(max_size=12))),
    max_size=5,
).map(lambda pairs: "---\n" + "".join(f"{k}: {v}\n" for k, v in pairs) + "---\n")

CONFIG_LINES = ["select: [newslint/]", "ignore: [newslint/doubled-word]", "fail-on: warning",
                "min-severity: info", "exclude: ['*.html']", "vocabulary: [Abbey]",
                "severity: {newslint/doubled-word: info}", "packs: [newslint]",
                "per-file-ignores: {'*.md': [newslint/]}", "select: &a [*a]",
                "fail-on: !!int abc", "since: 2025-02-30", "gazetteers: [missing.yaml]",
                "select: 3", "- a list", "languagetool: {enabled: false}", "{"]
config = st.lists(st.one_of(st.sampled_from(CONFIG_LINES), st.text(max_size=10)), max_size=4).map(
    lambda lines: "\n".join(lines) + "\n")


def run(files: dict[str, str], configuration: str | None) -> None:
    with tempfile.TemporaryDirectory(prefix="newslint-fuzz-") as directory:
        root = Path(directory)
        for name, content in files.items():
            (root / name).write_bytes(content.encode("utf-8", "surrogatepass"))
        if configuration is not None:
            (root / ".newslint.yaml").write_text(configuration, encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        previous = os.getcwd()
        os.chdir(root)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["check", "--format", "json", "--file-timeout", "0", *files])
        finally:
            os.chdir(previous)
        assert code in (0, 1, 2), err.getvalue()
        assert "Traceback" not in err.getvalue() and "internal error" not in err.getvalue(), (
            err.getvalue())
        if not out.getvalue():  # a usage error (a broken configuration): one line, exit 2
            assert code == 2 and len(err.getvalue().strip().splitlines()) == 1, err.getvalue()
            return
        report = json.loads(out.getvalue())
        for finding in report["findings"]:
            assert_inside(files[finding["path"]], finding)
            for related in finding["related"]:
                assert_inside(files[finding["path"]], related)


def assert_inside(content: str, place: dict) -> None:
    content = content.removeprefix("\ufeff")
    lines = LINE_BREAK.split(content)
    start, end = (place["line"], place["column"]), (place["end_line"], place["end_column"])
    assert start <= end, place
    for line, column in (start, end):
        assert 1 <= line <= len(lines), place
        assert 1 <= column <= len(lines[line - 1]) + 1, place


FUZZ = settings(max_examples=25, derandomize=True, deadline=None, database=None,
                suppress_health_check=list(HealthCheck))


@FUZZ
@given(body=text)
def test_plain_text(body: str) -> None:
    run({"story.txt": body}, None)


@FUZZ
@given(head=front_matter, body=text)
def test_markdown_with_front_matter(head: str, body: str) -> None:
    run({"story.md": head + body}, None)


@FUZZ
@given(body=text, wrap=st.booleans())
def test_html(body: str, wrap: bool) -> None:
    page = f"<html><head><title>{body[:20]}</title></head><body><p>{body}</p></body></html>"
    run({"story.html": page if wrap else body}, None)


@FUZZ
@given(configuration=config, body=text)
def test_configuration(configuration: str, body: str) -> None:
    run({"story.txt": body, "brief.md": body}, configuration)
