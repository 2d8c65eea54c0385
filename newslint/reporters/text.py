"""Human-readable output (docs/output.md).

Each finding opens with ``path:line:column: severity rule-id message``, the line editors
and terminals make clickable. With ``context`` (the default on a terminal) the sentence
holding the finding follows, the span underlined and the suggestion beside it, then each
related location the same way, indented; the report closes with a summary by file. Without
``context`` (``--no-context``, and whenever the output is not a terminal) each finding is
that one line and nothing else, as scripts and pre-commit hooks read it.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from typing import TextIO

from newslint.document import Document
from newslint.engine import Finding, Report
from newslint.positions import Region
from newslint.reporters.excerpt import cells, excerpt, shown
from newslint.reporters.sources import Sources

SEVERITIES = ("error", "warning", "info")
_GUTTER = 8  # the line number, " | ", and the indent of related locations
# Control characters quoted from an article (an escape sequence, a line break) must not
# reach the terminal raw: they are drawn as pictures, and a finding stays one line.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _GREEN, _RESET = "\033[1m", "\033[34m", "\033[32m", "\033[0m"


class _Paint:
    """ANSI colours, or nothing at all when colour is off."""

    def __init__(self, on: bool) -> None:
        self.on = on

    def __call__(self, text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if self.on and text else text


def render(report: Report, stream: TextIO, *, color: bool = False, context: bool = False,
           statistics: bool = False, sources: Sources | None = None,
           width: int = 100) -> None:
    """``width`` is the terminal's: excerpts fit it with their gutter."""
    paint = _Paint(color)
    if statistics:
        stream.write(statistics_table(report.findings, paint))
        return
    sources = sources or Sources()
    for finding in report.findings:
        document = sources.document(finding.path) if context else None
        if document is None:
            stream.write(headline(finding, paint) + "\n")
        else:
            stream.write(wrapped_headline(finding, paint, width) + "\n")
            stream.write(context_block(finding, document, paint, width - _GUTTER))
    if context and report.findings:
        stream.write(file_summary(report.findings, paint))


def headline(finding: Finding, paint: _Paint, suggestion: bool = True) -> str:
    location = paint(f"{finding.path}:{finding.line}:{finding.column}:", _BOLD)
    severity = paint(finding.severity, _COLORS[finding.severity])
    line = f"{location} {severity} {finding.rule} {_drawn(finding.message)}"
    if suggestion and finding.suggestions:
        line += f" (suggestion: {_drawn(finding.suggestions[0])})"
    return line


def wrapped_headline(finding: Finding, paint: _Paint, width: int) -> str:
    """The headline for a reader: the same first words, the message wrapped at the terminal's
    width between words, its further lines indented."""
    prefix = f"{finding.path}:{finding.line}:{finding.column}: {finding.severity} {finding.rule} "
    if len(prefix) > width - 20:  # a long path: the message starts on the next line
        lines = ["", *textwrap.wrap(_drawn(finding.message), width=width, initial_indent="    ",
                                    subsequent_indent="    ", break_on_hyphens=False)]
    else:
        lines = textwrap.wrap(_drawn(finding.message), width=width, initial_indent=" " * len(prefix),
                              subsequent_indent="    ", break_on_hyphens=False) or [prefix]
        lines[0] = lines[0][len(prefix):]
    painted = headline(finding._replace(message="", suggestions=()), paint).rstrip()
    return painted + (" " if lines[0] else "") + "\n".join(lines)


def _drawn(text: str) -> str:
    return _CONTROL.sub(lambda match: shown(match.group()), text)


def context_block(finding: Finding, document: Document, paint: _Paint, width: int) -> str:
    """The excerpt under a finding and under each of its related locations, then a blank line."""
    note = f"suggestion: {_drawn(finding.suggestions[0])}" if finding.suggestions else ""
    lines = _excerpt_lines(document, finding.region, "", paint, _COLORS[finding.severity],
                           note, width)
    for related in finding.related:
        region = Region(related.line, related.column, related.end_line, related.end_column)
        lines.append(paint("    = ", _DIM) + f"{related.line}:{related.column}: {_drawn(related.message)}")
        lines += _excerpt_lines(document, region, "    ", paint, _DIM, "", width - 4)
    return "\n".join(lines) + "\n\n"


def _excerpt_lines(document: Document, region: Region, indent: str, paint: _Paint, marker_color: str,
                   note: str, width: int) -> list[str]:
    cut = excerpt(document, region, width)
    if cut is None:
        return []
    number = str(cut.line)
    gutter = " " * len(number)
    marker = paint(cut.marker.lstrip(), marker_color)
    marker = cut.marker[: len(cut.marker) - len(cut.marker.lstrip())] + marker
    lines = [
        indent + paint(f"{gutter} |", _DIM),
        indent + paint(f"{number} |", _DIM) + " " + cut.text,
        indent + paint(f"{gutter} |", _DIM) + " " + marker,
    ]
    if note and len(cut.marker) + 1 + cells(note) <= width:
        lines[-1] += " " + paint(note, _GREEN)
    elif note:  # no room beside the underline: a line of its own
        lines.append(indent + paint(f"{gutter} =", _DIM) + " " + paint(note, _GREEN))
    return lines


def _counts(findings: list[Finding]) -> str:
    counter = Counter(f.severity for f in findings)
    return ", ".join(f"{counter[s]} {s}{'s' if counter[s] != 1 and s != 'info' else ''}"
                     for s in SEVERITIES if counter[s])


def file_summary(findings: list[Finding], paint: _Paint) -> str:
    """One line per file with findings: its counts by severity."""
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.path, []).append(finding)
    width = max(len(path) for path in by_file)
    lines = [paint("Findings by file:", _BOLD)]
    lines += [f"  {path:<{width}}  {_counts(items)}" for path, items in by_file.items()]
    return "\n".join(lines) + "\n"


def statistics_table(findings: list[Finding], paint: _Paint) -> str:
    """``--statistics``: how many findings each rule made, most first (as ``ruff --statistics``)."""
    counts = Counter((f.rule, f.severity) for f in findings)
    if not counts:
        return ""
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    count_width = len(str(rows[0][1]))
    rule_width = max(len(rule) for (rule, _), _ in rows)
    return "".join(
        f"{count:>{count_width}}  {rule:<{rule_width}}  {paint(severity, _COLORS[severity])}\n"
        for (rule, severity), count in rows)


def summary(report: Report) -> str:
    """The closing line on stderr: counts by severity, files and errors."""
    parts = [f"{report.count(s)} {s}{'s' if report.count(s) != 1 else ''}"
             for s in SEVERITIES]
    line = (f"{len(report.findings)} finding{'s' if len(report.findings) != 1 else ''} "
            f"({', '.join(parts)}) in {report.files} file{'s' if report.files != 1 else ''}")
    unreadable = sum(1 for error in report.errors if error.path is not None)
    if unreadable:
        line += f"; {unreadable} file{'s' if unreadable != 1 else ''} could not be checked"
    if len(report.errors) > unreadable:
        line += "; a rule could not run (see above)"
    return line
