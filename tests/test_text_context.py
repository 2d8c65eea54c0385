"""The text report as a person reads it on a terminal: the sentence, the underline, the colours,
the per-file summary, --statistics, and no progress bar where nobody watches one."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import commands
from newslint.cli import main
from newslint.formats import build_document
from newslint.reporters.excerpt import cells, excerpt, shown


def _region(document, needle: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(needle, start + 1)
    return document.region(start, start + len(needle))


def _caret_start(marker: str) -> int:
    return len(marker) - len(marker.lstrip(" "))


def test_ascii_underline_sits_under_the_span() -> None:
    document = build_document(
        "a.txt", "Lead line here.\nThe council met on Monday. It voted the the budget.\n")
    shown_ = excerpt(document, _region(document, "the the"))
    assert shown_.line == 2
    assert shown_.text == "It voted the the budget."  # the sentence, not the whole line
    assert shown_.marker == " " * len("It voted ") + "^" * len("the the")


def test_wide_characters_take_two_cells() -> None:
    document = build_document("a.txt", "Officials in 北京市 said the the plan would pass.\n")
    shown_ = excerpt(document, _region(document, "the the"))
    assert shown_.text == "Officials in 北京市 said the the plan would pass."
    # 13 ASCII cells, three CJK characters of two cells each, then " said "
    assert _caret_start(shown_.marker) == 13 + 6 + 6
    assert shown_.marker.count("^") == 7


def test_wide_span_is_underlined_by_cells() -> None:
    document = build_document("a.txt", "Officials in 北京市 said it.\n")
    shown_ = excerpt(document, _region(document, "北京市"))
    assert _caret_start(shown_.marker) == 13 and shown_.marker.count("^") == 6


def test_astral_characters_count_as_one_code_point_and_their_cells() -> None:
    # U+1F600 is wide (two cells); U+1D400 is a narrow mathematical letter (one cell)
    text = "Fans wrote \U0001F600 and \U0001D400 before the the match.\n"
    document = build_document("a.txt", text)
    region = _region(document, "the the")
    assert region.column == text.index("the the") + 1  # columns count code points
    shown_ = excerpt(document, region)
    assert _caret_start(shown_.marker) == len("Fans wrote ") + 2 + len(" and ") + 1 + len(" before ")


def test_crlf_lines_show_without_carriage_return() -> None:
    document = build_document(
        "a.txt", "First line ends here.\r\nThe minister said the the talks went well.\r\n")
    shown_ = excerpt(document, _region(document, "the the"))
    assert shown_.line == 2 and "\r" not in shown_.text
    assert shown_.text == "The minister said the the talks went well."
    assert _caret_start(shown_.marker) == len("The minister said ")


def test_long_sentence_is_cut_around_the_span_between_words() -> None:
    before = " ".join(f"word{n}" for n in range(40))
    after = " ".join(f"tail{n}" for n in range(40))
    document = build_document("a.txt", f"{before} the the {after}.\n")
    shown_ = excerpt(document, _region(document, "the the"), width=60)
    assert shown_.text.startswith("… ") and shown_.text.endswith(" …")
    assert cells(shown_.text) <= 60
    start = _caret_start(shown_.marker)
    assert shown_.text[start:start + 7] == "the the"  # ASCII: cells are characters
    assert "word39 the the tail0" in shown_.text


def test_invisible_and_control_characters_are_drawn() -> None:
    assert shown("\u200b") == "<U+200B>" and shown("\x07") == "\u2407" and shown("\t") == " "
    document = build_document("a.txt", "A zero\u200bwidth space before the the end.\n")
    shown_ = excerpt(document, _region(document, "the the"))
    assert "<U+200B>" in shown_.text
    assert shown_.text[_caret_start(shown_.marker):].startswith("the the")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_bytes(b"Officials said the the plan would pass.\r\nLater the minister left.\r\n")
    return path


def test_context_output_end_to_end(article: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(article.parent)
    assert main(["check", "--context", "--fail-on", "never", article.name]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "story.txt:1:16: error newslint/doubled-word 'the' is doubled"  # suggestion moves down
    assert out[2] == "1 | Officials said the the plan would pass."
    assert out[3] == "  |                ^^^^^^^ suggestion: the"
    assert out[-2] == "Findings by file:"
    assert out[-1].endswith("story.txt  1 error")


def test_concise_is_one_line_per_finding(article: Path, capsys) -> None:
    for flags in (["--no-context"], ["--output-format", "concise"], []):  # [] : not a terminal
        main(["check", *flags, "--fail-on", "never", str(article)])
        out = capsys.readouterr().out.splitlines()
        assert len(out) == 1 and out[0].endswith("'the' is doubled (suggestion: the)")


def _terminal(monkeypatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)


def test_colour_on_a_terminal_unless_no_color(article: Path, capsys, monkeypatch) -> None:
    _terminal(monkeypatch)
    monkeypatch.delenv("NO_COLOR", raising=False)
    main(["check", "--fail-on", "never", str(article)])
    coloured = capsys.readouterr().out
    assert "\033[31merror" in coloured and "^^^^^^^" in coloured  # context is on too
    monkeypatch.setenv("NO_COLOR", "1")
    main(["check", "--fail-on", "never", str(article)])
    assert "\033[" not in capsys.readouterr().out
    main(["check", "--color", "always", "--fail-on", "never", str(article)])
    assert "\033[31merror" in capsys.readouterr().out  # an explicit flag wins


def test_statistics_counts_per_rule(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text("He said the the word and and left.\n")
    (tmp_path / "b.txt").write_text("She saw the the car.\n")
    assert main(["check", "--statistics", "--fail-on", "never", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["3  newslint/doubled-word  error"]
    assert main(["check", "--statistics", "--format", "json", str(tmp_path)]) == 2
    assert "--statistics works with --format text only" in capsys.readouterr().err


def _options(**values) -> argparse.Namespace:
    defaults = {"format": "text", "output": None}
    return argparse.Namespace(**{**defaults, **values})


def test_progress_only_on_a_terminal_outside_ci(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert commands.progress_bar(_options(), 50) is None  # a pipe or a log file
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    bar = commands.progress_bar(_options(), 50)
    assert bar is not None
    assert list(bar(range(3))) == [0, 1, 2]
    bar.close()
    assert commands.progress_bar(_options(format="json"), 50) is None  # json on the terminal
    assert commands.progress_bar(_options(format="json", output="r.json"), 50) is not None
    monkeypatch.setenv("CI", "true")
    assert commands.progress_bar(_options(), 50) is None


def test_no_progress_in_pipes(tmp_path: Path) -> None:
    for number in range(30):
        (tmp_path / f"{number}.txt").write_text("The council met on Monday and voted.\n")
    result = subprocess.run([sys.executable, "-m", "newslint", "check", str(tmp_path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stderr.strip() == "0 findings (0 errors, 0 warnings, 0 infos) in 30 files"
    assert "\r" not in result.stderr and "\033[" not in result.stdout + result.stderr


def test_span_over_two_lines_is_marked_as_going_on() -> None:
    document = build_document("a.md", "# Budget\n\nThe council voted the\nthe budget on Monday.\n")
    start = document.text.index("the\nthe")
    shown_ = excerpt(document, document.region(start, start + 7))
    assert shown_.text == "The council voted the"
    assert shown_.marker.endswith("^^^…")


def test_markdown_excerpt_is_the_line_as_stored() -> None:
    document = build_document("a.md", "---\ntitle: Council votes the the budget\n---\n\nBody.\n")
    shown_ = excerpt(document, _region(document, "the the"))
    assert shown_.line == 2 and shown_.text == "Council votes the the budget"
    assert _caret_start(shown_.marker) == len("Council votes ")


def test_control_characters_never_reach_the_terminal_raw(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The council met\x1b[2J on Monday.\n", encoding="utf-8")
    main(["check", "--context", "--fail-on", "never", str(story)])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u241b" in out


def test_long_headline_wraps_between_words(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s.txt").write_text("Officials in 北京 said it would pass.\n", encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "80")
    main(["check", "--context", "--fail-on", "never", "s.txt"])
    out = capsys.readouterr().out.splitlines()
    head = "s.txt:1:14: error newslint/untranslated-fragment "
    wrapped = [line for line in out[:out.index("  |")]]
    assert len(wrapped) > 1 and wrapped[0].startswith(head + "'北京' is")
    assert all(len(line) <= 80 for line in wrapped)
    assert all(line.startswith("    ") and line[4] != " " for line in wrapped[1:])
    message = " ".join(" ".join(wrapped).removeprefix(head).split())
    assert message.startswith("'北京' is in Chinese") and message.endswith("?")

_PROSE = st.text(st.sampled_from(list("ab .,\n\r\t北京") + ["\U0001F600", "\u200b", "\x07"]),
                 max_size=120)


@settings(max_examples=200, deadline=None)
@given(text=_PROSE, data=st.data())
def test_any_span_gets_an_excerpt_on_its_line(text: str, data) -> None:
    document = build_document("a.txt", text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    region = document.region(start, end)
    cut = excerpt(document, region, width=data.draw(st.integers(20, 80)))
    assert cut is not None and cut.line == region.line
    assert "\n" not in cut.text and "\r" not in cut.text and cut.marker.strip("^… ") == ""
    assert cut.marker.count("^") >= 1


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.sampled_from(list("ab .,\n")), max_size=150), data=st.data())
def test_ascii_underline_is_under_the_span_text(text: str, data) -> None:
    document = build_document("a.txt", text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if end == start or "\n" in text[start:end] or end - start > 20:
        return
    cut = excerpt(document, document.region(start, end), width=40)
    caret = _caret_start(cut.marker)
    # the line is shown without trailing blanks; everything else sits right above the carets
    assert cut.text[caret:caret + end - start].rstrip() == text[start:end].rstrip()
