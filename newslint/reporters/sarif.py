"""SARIF 2.1.0 output for code-scanning services (docs/output.md).

One run: ``tool.driver.rules`` lists every rule that ran, each result points at its rule
by id and index, carries the effective level, the region, the related locations (the other
mention of a name, the earlier of two sentences) and, for each suggestion, a fix (the
engine keeps a suggestion only where its region is prose as stored). Columns are Unicode
code points (``columnKind``), as in every other newslint output. Paths are URIs relative
to the current directory (``%SRCROOT%``), which is what GitHub code scanning resolves
against the checkout.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from newslint import __version__
from newslint.engine import FileError, Finding, Report
from newslint.reporters.json import dumps
from newslint.rules.docs import first_sentence, help_uri
from newslint.rules.loader import Rule

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SOURCE_ROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_BRACKET = re.compile(r"([\\\[\]])")


def render(report: Report, stream: TextIO, *, color: bool = False) -> None:
    stream.write(dumps(sarif_log(report)))
    stream.write("\n")


def sarif_log(report: Report, root: Path | None = None) -> dict[str, Any]:
    """The whole SARIF log; ``root`` is the directory relative URIs are resolved against."""
    root = root or Path.cwd()
    descriptors = [rule_descriptor(rule) for rule in report.rules]
    descriptors += reported_rule_descriptors(report.findings, {rule.id for rule in report.rules})
    rule_index = {descriptor["id"]: index for index, descriptor in enumerate(descriptors)}
    run = {
        "tool": {
            "driver": {
                "name": "newslint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": descriptors,
            }
        },
        "invocations": [invocation(report.errors)],
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": root.resolve().as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [result(f, rule_index[f.rule]) for f in report.findings],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    description = rule.description.strip()
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": first_sentence(description) or rule.id},
        "fullDescription": {"text": description or rule.id},
        "helpUri": help_uri(rule.id),
        "help": {"text": description or rule.id},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "category": rule.category,
            "check": rule.check_name,
            "tags": sorted({rule.category.split("/")[0], rule.category}),
        },
    }


def reported_rule_descriptors(findings: list[Finding], known: set[str]) -> list[dict[str, Any]]:
    """Descriptors for rule ids that a check reported under names of their own (a check
    fronting an external rule family, such as LanguageTool), so every result's rule is
    described. The first finding of each id gives its category and default level."""
    first: dict[str, Finding] = {}
    for finding in findings:
        if finding.rule not in known:
            first.setdefault(finding.rule, finding)
    descriptors = []
    for rule_id in sorted(first):
        finding = first[rule_id]
        text = f"{rule_id}: reported by the '{finding.check}' check ({finding.category})"
        descriptors.append({
            "id": rule_id,
            "name": rule_id.rsplit("/", 1)[-1],
            "shortDescription": {"text": text},
            "fullDescription": {"text": text},
            # documented by the rule that fronts them (languagetool/languagetool)
            "helpUri": help_uri(f"{rule_id.split('/', 1)[0]}/{finding.check}"),
            "defaultConfiguration": {"level": LEVELS[finding.severity]},
            "properties": {"category": finding.category, "check": finding.check,
                           "tags": sorted({finding.category.split("/")[0], finding.category})},
        })
    return descriptors


def invocation(errors: list[FileError]) -> dict[str, Any]:
    """Files that could not be read are tool notifications, not results (they have no rule)."""
    notifications: list[dict[str, Any]] = []
    for error in errors:
        notification: dict[str, Any] = {"level": "error", "message": {"text": error.message}}
        if error.path is not None:
            location = artifact_location(error.path)
            notification["locations"] = [{"physicalLocation": {"artifactLocation": location}}]
        notifications.append(notification)
    entry: dict[str, Any] = {"executionSuccessful": not errors}
    if notifications:
        entry["toolExecutionNotifications"] = notifications
    return entry


def result(finding: Finding, rule_index: int) -> dict[str, Any]:
    location = artifact_location(finding.path)
    entry: dict[str, Any] = {"ruleId": finding.rule, "ruleIndex": rule_index}
    entry["level"] = LEVELS[finding.severity]
    entry["message"] = {"text": result_message(finding)}
    entry["locations"] = [{"physicalLocation": {"artifactLocation": location,
                                                "region": region(*finding.region)}}]
    if finding.related:
        entry["relatedLocations"] = [
            {"id": number,
             "physicalLocation": {"artifactLocation": location,
                                  "region": region(r.line, r.column, r.end_line, r.end_column)},
             "message": {"text": r.message}}
            for number, r in enumerate(finding.related, start=1)
        ]
    fixes = [fix(finding, location, s) for s in finding.suggestions
             if is_plain_replacement(s)]
    if fixes:
        entry["fixes"] = fixes
    entry["properties"] = {"category": finding.category, "check": finding.check}
    return entry


def result_message(finding: Finding) -> str:
    """The finding's message, its first suggestion, and links to its related locations.

    Code-scanning viewers show related locations only when the message links to them
    (SARIF §3.11.6 embedded links: ``[text](id)``).
    """
    text = finding.message
    if finding.suggestions:
        text += f" (suggestion: {finding.suggestions[0]})"
    if finding.related:
        links = ", ".join(f"[{_link_text(r.message)}]({number})"
                          for number, r in enumerate(finding.related, start=1))
        text += f" (see {links})"
    return text


def _link_text(message: str) -> str:
    """Brackets and backslashes escaped, as SARIF requires inside an embedded link's text."""
    return _BRACKET.sub(r"\\\1", message) if message else "related"


def region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def artifact_location(path: str) -> dict[str, str]:
    """A relative path becomes a percent-encoded URI under ``%SRCROOT%``; an absolute one a file URI."""
    if PurePosixPath(path).is_absolute() or Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    # the path's bytes, percent-encoded: a name that is not UTF-8 still makes a valid URI
    return {"uri": quote(os.fsencode(path), safe="/"), "uriBaseId": SOURCE_ROOT}


def fix(finding: Finding, location: dict[str, str], suggestion: str) -> dict[str, Any]:
    return {
        "description": {"text": f"Replace with '{suggestion}'"},
        "artifactChanges": [{
            "artifactLocation": location,
            "replacements": [{"deletedRegion": region(*finding.region),
                              "insertedContent": {"text": suggestion}}],
        }],
    }


def is_plain_replacement(suggestion: str) -> bool:
    """Whether ``suggestion`` can be written over the region as a fix. Whether the region
    is prose as stored the engine has decided already; a suggestion spanning lines is
    advice, not a replacement."""
    return "\n" not in suggestion and "\r" not in suggestion
