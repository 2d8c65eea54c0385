"""Machine-readable output, the object docs/output.md describes (schema: docs/output.schema.json).

Keys are written in a fixed order and findings are sorted, so the same input gives
byte-identical output.
"""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

from newslint import __version__
from newslint.engine import Finding, Report


def finding_object(finding: Finding) -> dict[str, Any]:
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "rule": finding.rule,
        "check": finding.check,
        "severity": finding.severity,
        "category": finding.category,
        "message": finding.message,
        "suggestions": list(finding.suggestions),
        "related": [
            {"line": r.line, "column": r.column, "end_line": r.end_line,
             "end_column": r.end_column, "message": r.message}
            for r in finding.related
        ],
    }


def report_object(report: Report) -> dict[str, Any]:
    return {
        "version": 1,
        "tool": {"name": "newslint", "version": __version__},
        "findings": [finding_object(f) for f in report.findings],
        "errors": [{"path": e.path, "message": e.message} for e in report.errors],
        "summary": {
            "files": report.files,
            "words": report.words,
            "findings": len(report.findings),
            "error": report.count("error"),
            "warning": report.count("warning"),
            "info": report.count("info"),
        },
    }


def render(report: Report, stream: TextIO, *, color: bool = False) -> None:
    stream.write(dumps(report_object(report)))
    stream.write("\n")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(value: Any) -> str:
    """JSON that is valid UTF-8 whatever the file names: a name that is not UTF-8 holds
    lone surrogates (Python's ``surrogateescape``), which are written as ``\\udcXX``
    escapes, so ``os.fsencode(json.loads(...)["path"])`` gives the name's bytes back."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
