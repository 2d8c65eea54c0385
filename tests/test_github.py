"""--format github (docs/output.md): workflow commands that the Actions runner turns into annotations."""

from __future__ import annotations

import io
import re
from pathlib import Path

from newslint.cli import main
from newslint.engine import FileError, Finding, Report
from newslint.reporters.github import annotation, escape_data, escape_property, render


def finding(**changes: object) -> Finding:
    base = Finding(path="news/a.txt", line=3, column=5, end_line=3, end_column=9,
                   rule="newslint/name-variant", check="name-consistency", severity="error",
                   category="terminology/inconsistent", message="'Abbey' is written 'Abe' elsewhere")
    return base._replace(**changes)


def unescape_data(text: str) -> str:
    """What the runner does to the message (actions/runner ActionCommand.Unescape)."""
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":")
            .replace("%2C", ",").replace("%25", "%"))


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """Split a workflow command as the runner does: name, properties, message."""
    match = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", line)
    assert match, line
    properties = dict(item.split("=", 1) for item in match.group(2).split(","))
    return (match.group(1), {k: unescape_property(v) for k, v in properties.items()},
            unescape_data(match.group(3)))


def test_message_escaping_of_percent_newline_colon_and_comma() -> None:
    message = "100% sure: Abe, not Abbey\nsecond line\r"
    line = annotation(finding(message=message))
    assert line.endswith("::100%25 sure: Abe, not Abbey%0Asecond line%0D")
    assert "\n" not in line and "\r" not in line
    assert parse(line)[2] == message


def test_property_escaping_of_percent_newline_colon_and_comma() -> None:
    path = "news/50%, then: more\nx.txt"
    assert escape_property(path) == "news/50%25%2C then%3A more%0Ax.txt"
    _, properties, _ = parse(annotation(finding(path=path)))
    assert properties["file"] == path


def test_data_escaping_keeps_colon_and_comma_literal() -> None:
    # The runner does not unescape %3A or %2C in a message: escaping them would show them.
    assert escape_data("a: b, c") == "a: b, c"


def test_severity_maps_to_error_warning_notice() -> None:
    assert [parse(annotation(finding(severity=s)))[0] for s in ("error", "warning", "info")] == [
        "error", "warning", "notice"]


def test_one_line_finding_has_all_position_properties_and_rule_title() -> None:
    line = annotation(finding())
    assert line == ("::error file=news/a.txt,line=3,col=5,endLine=3,endColumn=9,"
                    "title=newslint/name-variant::'Abbey' is written 'Abe' elsewhere")


def test_finding_across_lines_is_annotated_by_lines_only() -> None:
    # GitHub accepts col/endColumn only when the annotation starts and ends on one line.
    _, properties, _ = parse(annotation(finding(end_line=4, end_column=2)))
    assert properties == {"file": "news/a.txt", "line": "3", "endLine": "4",
                          "title": "newslint/name-variant"}


def test_suggestion_is_part_of_the_message() -> None:
    _, _, message = parse(annotation(finding(suggestions=("Abe",))))
    assert message.endswith("(suggestion: Abe)")


def test_unreadable_file_is_an_error_annotation() -> None:
    stream = io.StringIO()
    render(Report(errors=[FileError("bad.txt", "not UTF-8 text (byte 3)")]), stream)
    command, properties, message = parse(stream.getvalue().rstrip("\n"))
    assert (command, properties["file"]) == ("error", "bad.txt")
    assert message == "cannot check this file: not UTF-8 text (byte 3)"


def test_command_line_output_for_a_directory(workdir: Path, capsys) -> None:
    (workdir / "sub").mkdir()
    (workdir / "sub" / "a.txt").write_text("Officials went to to Geneva.\nHe left Kiev.\n")
    assert main(["check", "--format", "github", "."]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "::error file=sub/a.txt,line=1,col=16,endLine=1,endColumn=21,"
        "title=newslint/doubled-word::'to' is doubled (suggestion: to)",
        "::warning file=sub/a.txt,line=2,col=9,endLine=2,endColumn=13,"
        "title=newslint/russian-place-names::'Kiev' is the Russian-derived spelling; "
        "use 'Kyiv' (suggestion: Kyiv)",
    ]
