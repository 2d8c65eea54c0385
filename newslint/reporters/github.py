"""GitHub Actions workflow commands: one annotation per finding (docs/output.md).

``::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message``, with
``warning`` and ``notice`` for the other severities. The escaping is the runner's own
(actions/runner ``ActionCommand``): in the message ``%``, CR and LF are escaped; in
property values also ``:`` and ``,``, which would otherwise end the value. Escaping ``:``
in the message would show a literal ``%3A``, since the runner does not unescape it there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from newslint.engine import Finding, Report

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(report: Report, stream: TextIO, *, color: bool = False) -> None:
    for error in report.errors:
        if error.path is None:
            stream.write(command("error", [("title", "newslint")], error.message) + "\n")
        else:
            stream.write(command("error", [("file", error.path), ("title", "newslint")],
                                 f"cannot check this file: {error.message}") + "\n")
    for finding in report.findings:
        stream.write(annotation(finding) + "\n")


def annotation(finding: Finding) -> str:
    """The workflow command for one finding.

    GitHub accepts ``col``/``endColumn`` only for an annotation on a single line, so a
    finding that spans lines is annotated by lines alone.
    """
    properties: list[tuple[str, object]] = [("file", finding.path), ("line", finding.line)]
    if finding.line == finding.end_line:
        properties.append(("col", finding.column))
        properties += [("endLine", finding.end_line), ("endColumn", finding.end_column)]
    else:
        properties.append(("endLine", finding.end_line))
    properties.append(("title", finding.rule))
    message = finding.message
    if finding.suggestions:
        message += f" (suggestion: {finding.suggestions[0]})"
    return command(COMMANDS[finding.severity], properties, message)


def command(name: str, properties: Iterable[tuple[str, object]], message: str) -> str:
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties)
    return f"::{name} {rendered}::{escape_data(message)}"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
