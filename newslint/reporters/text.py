"""Human-readable output: ``path:line:column: severity rule-id message`` (docs/output.md)."""

from __future__ import annotations

from typing import TextIO

from newslint.engine import Report

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _RESET = "\033[1m", "\033[0m"


def render(report: Report, stream: TextIO, *, color: bool = False) -> None:
    for finding in report.findings:
        severity = finding.severity
        location = f"{finding.path}:{finding.line}:{finding.column}:"
        if color:
            location = f"{_BOLD}{location}{_RESET}"
            severity = f"{_COLORS[severity]}{severity}{_RESET}"
        line = f"{location} {severity} {finding.rule} {finding.message}"
        if finding.suggestions:
            line += f" (suggestion: {finding.suggestions[0]})"
        stream.write(line + "\n")


def summary(report: Report) -> str:
    """The closing line on stderr: counts by severity, files and errors."""
    parts = [f"{report.count(s)} {s}{'s' if report.count(s) != 1 else ''}"
             for s in ("error", "warning", "info")]
    line = (f"{len(report.findings)} finding{'s' if len(report.findings) != 1 else ''} "
            f"({', '.join(parts)}) in {report.files} file{'s' if report.files != 1 else ''}")
    unreadable = sum(1 for error in report.errors if error.path is not None)
    if unreadable:
        line += f"; {unreadable} file{'s' if unreadable != 1 else ''} could not be checked"
    if len(report.errors) > unreadable:
        line += "; a rule could not run (see above)"
    return line
