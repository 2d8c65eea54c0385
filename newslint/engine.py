"""Running rules over documents and collecting findings.

``check_document`` is a pure function of a document and the selected rules, so files can
be checked in any order or in parallel processes with identical output; ``Report`` sorts
everything before it is shown.
"""

from __future__ import annotations

import errno
import gc
import os
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint.check import CheckUnavailable, Match
from newslint.config.settings import SEVERITY_RANK, ignored_for_file, prefix_matches
from newslint.config.suppression import NO_SUPPRESSIONS, parse_suppressions
from newslint.document import Document
from newslint.formats import build_document, document_kind
from newslint.io.decoding import DecodeError, decode
from newslint.io.parts import split_parts
from newslint.positions import Region
from newslint.records import NamedTuple

if TYPE_CHECKING:
    from newslint.evidence import Evidence
    from newslint.rules.loader import Rule


class RelatedLocation(NamedTuple):
    line: int
    column: int
    end_line: int
    end_column: int
    message: str


class Finding(NamedTuple):
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    check: str
    severity: str
    category: str
    message: str
    suggestions: tuple[str, ...] = ()
    related: tuple[RelatedLocation, ...] = ()

    @property
    def region(self) -> Region:
        return Region(self.line, self.column, self.end_line, self.end_column)

    def sort_key(self) -> tuple[Any, ...]:
        return (self.path, self.line, self.column, self.rule, self.end_line,
                self.end_column, self.message)


class FileError(NamedTuple):
    """A file that could not be checked, or (``path`` None) a failure of the whole run,
    such as an external service a rule needs being unreachable."""

    path: str | None
    message: str


class Report:
    """What a run found: findings, files it could not check, the rules that ran, counts
    (a plain class, not a dataclass: importing ``dataclasses`` costs every start several
    milliseconds)."""

    def __init__(self, findings: list[Finding] | None = None,
                 errors: list[FileError] | None = None, rules: list[Rule] | None = None,
                 files: int = 0, words: int = 0,
                 timings: dict[str, float] | None = None) -> None:
        self.findings: list[Finding] = [] if findings is None else findings
        self.errors: list[FileError] = [] if errors is None else errors
        self.rules: list[Rule] = [] if rules is None else rules
        self.files = files
        self.words = words
        # --timings: seconds by phase ("read", "parse", "output") and by rule id
        self.timings = timings

    def sort(self) -> None:
        self.findings.sort(key=Finding.sort_key)
        self.errors.sort(key=lambda e: (e.path is not None, e.path or "", e.message))

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


class RunSettings(NamedTuple):
    """Everything besides the rules that decides what a run reports."""

    severity_overrides: Mapping[str, str] = {}
    per_file_ignores: Mapping[str, Sequence[str]] = {}
    vocabulary: frozenset[str] = frozenset()
    min_severity: str = "info"
    relative_to: Path | None = None
    # Rule ids or prefixes to drop, also applied to the ids checks give single matches
    # (``languagetool/EN_QUOTES``), which rule selection never sees.
    ignore: Sequence[str] = ()
    # Seconds one file (or one part of a very large file, see newslint.io.parts) may take to
    # be parsed and checked before it is reported as an error and the run goes on;
    # 0 or None: no limit.
    file_timeout: float | None = 60.0


class FileTimeout(BaseException):
    """A file took longer than ``RunSettings.file_timeout``: raised by a timer signal in
    the main thread, so no check can mistake it for its own failure."""


def _expire(signum: int, frame: object) -> None:
    raise FileTimeout


def _can_time(seconds: float | None) -> bool:
    """Whether a file time limit applies here: a limit, a timer signal, the main thread."""
    return bool(seconds) and hasattr(signal, "setitimer") and (
        threading.current_thread() is threading.main_thread())


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``FileTimeout`` in the block after ``seconds`` (where a timer signal exists
    and this is the main thread; elsewhere the block runs without a limit)."""
    if not _can_time(seconds):
        yield
        return
    # Within check_files the handler stays installed for the whole run (timer_handler):
    # only the timer is set and cleared per file.
    installed = signal.getsignal(signal.SIGALRM) is _expire
    previous = None if installed else signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)  # type: ignore[arg-type]  # not None here
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        if not installed:
            signal.signal(signal.SIGALRM, previous)


@contextmanager
def timer_handler(seconds: float | None) -> Iterator[None]:
    """Install the time-limit signal handler once for many ``time_limit`` blocks, and put
    the previous one back after them."""
    if not _can_time(seconds) or signal.getsignal(signal.SIGALRM) is _expire:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    try:
        yield
    finally:
        signal.signal(signal.SIGALRM, previous)


# New objects made before the collector looks for garbage among them (Python's default is
# 700): checking makes and drops millions of short-lived objects, and each collection of
# the older generations, which follow every ten of the one before, scans every
# long-lived object as well (the rules' data read during the run, the caches).
_YOUNG_OBJECTS = 10_000
_collector_lock = threading.Lock()
_collector_runs = 0  # check_files runs under way in this process (threads)
_collector_saved: tuple[int, ...] = ()


@contextmanager
def collector_for_run() -> Iterator[None]:
    """Collections of new objects ten times rarer while files are checked (the memory
    this holds back is a few thousand objects at most); Python's thresholds are put back
    when the last run under way ends."""
    global _collector_runs, _collector_saved
    with _collector_lock:
        if _collector_runs == 0:
            _collector_saved = gc.get_threshold()
            gc.set_threshold(max(_collector_saved[0], _YOUNG_OBJECTS), *_collector_saved[1:])
        _collector_runs += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_runs -= 1
            if _collector_runs == 0:
                gc.set_threshold(*_collector_saved)


class _Template(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_message(template: str, values: Mapping[str, Any]) -> str:
    try:
        return template.format_map(_Template(values))
    except (ValueError, IndexError, AttributeError):
        return template


def _vocabulary_allows(text: str, vocabulary: frozenset[str]) -> bool:
    if not vocabulary:
        return False
    bare = text.removesuffix("'s").removesuffix("’s")
    return text in vocabulary or bare in vocabulary


def check_document(
    document: Document, rules: Iterable[Rule], settings: RunSettings,
    unavailable: dict[str, str] | None = None, errors: list[FileError] | None = None,
    timings: dict[str, float] | None = None,
) -> list[Finding]:
    """All findings of ``rules`` on ``document``, after suppression and filtering.

    A rule whose check raises ``CheckUnavailable`` is recorded in ``unavailable`` (rule id →
    reason) and skipped from then on, while the other rules still run; without that
    mapping the exception propagates. A rule whose check crashes, whatever it raises
    (``KeyboardInterrupt`` and the file time limit aside), loses its own findings on this
    document and is recorded in ``errors`` by rule and file; without that list it propagates.
    """
    # Most files have no suppression comment: then the line index is not built for it
    # (parse_suppressions finds none without "newslint-" in the source).
    suppressions = (parse_suppressions(document.source, document.line_index)
                    if "newslint-" in document.source else NO_SUPPRESSIONS)
    # resolving the path costs system calls: only per-file-ignores need it
    relative = _relative(document.path, settings) if settings.per_file_ignores else document.path
    minimum = SEVERITY_RANK[settings.min_severity]
    findings: list[Finding] = []
    # With timings, one clock reading per rule: each rule's time runs from the previous
    # reading to the next.
    clock = time.perf_counter
    started = clock() if timings is not None else 0.0
    # Whether the document holds each rule's evidence (Check.evidence), tested once per
    # document for all the rules that share it. A rule without it cannot find anything
    # here and is skipped (with timings, the test's time is the rule's own).
    present: dict[Evidence, bool] = {}
    for rule in rules:
        if unavailable and rule.id in unavailable:
            continue
        if settings.per_file_ignores and ignored_for_file(rule.id, relative, settings.per_file_ignores):
            if timings is not None:
                started = clock()
            continue
        evidence = getattr(rule.check, "evidence", None)
        if evidence is not None and not _holds(evidence, document, present):
            if timings is not None:
                now = clock()
                timings[rule.id] = timings.get(rule.id, 0.0) + now - started
                started = now
            continue
        found: list[Finding] | None = None
        try:
            found = _rule_findings(document, rule, settings, minimum, suppressions, relative)
        except CheckUnavailable as error:
            if unavailable is None:
                raise
            unavailable[rule.id] = str(error)
        except (KeyboardInterrupt, FileTimeout):
            raise
        except BaseException as error:  # noqa: B036 - one rule's bug costs only its findings
            if errors is None:
                raise
            errors.append(FileError(document.path, f"rule {rule.id} ({rule.check_name}) "
                                    f"failed: {_one_line(error)}"))
        if timings is not None:
            now = clock()
            if found is not None:  # a failed rule's time is not its own to report
                timings[rule.id] = timings.get(rule.id, 0.0) + now - started
            started = now
        if found:
            findings.extend(found)
    return findings


def _holds(evidence: Evidence, document: Document, present: dict[Evidence, bool]) -> bool:
    """Whether ``document`` holds ``evidence``, tested once per document (``present``).
    A test that fails with an error lets the check run: the check then reports its own
    error, or its findings."""
    held = present.get(evidence)
    if held is None:
        try:
            held = bool(evidence.present(document))
        except Exception:
            held = True
        present[evidence] = held
    return held


def _rule_findings(document: Document, rule: Rule, settings: RunSettings, minimum: int,
                   suppressions: Any, relative: str) -> list[Finding]:
    """One rule's findings on ``document``: all of them or, if the check fails, none."""
    matches = list(rule.check.run(document))
    if not matches:
        return []  # (most rules on most articles)
    findings: list[Finding] = []
    for match in matches:
        finding = _finding(document, rule, match, settings)
        if finding is None or SEVERITY_RANK[finding.severity] < minimum:
            continue
        if suppressions and (
            suppressions.suppresses(rule.id, finding.line)
            or (finding.rule != rule.id and suppressions.suppresses(finding.rule, finding.line))
        ):
            continue
        if finding.rule != rule.id and _sub_rule_ignored(finding.rule, relative, settings):
            continue
        findings.append(finding)
    return findings


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _sub_rule_ignored(rule_id: str, relative_path: str, settings: RunSettings) -> bool:
    """Whether ``ignore`` or ``per-file-ignores`` name a match's own id (``pack/RULE``)."""
    if any(prefix_matches(rule_id, prefix) for prefix in settings.ignore):
        return True
    return bool(settings.per_file_ignores) and ignored_for_file(
        rule_id, relative_path, settings.per_file_ignores)


def _relative(path: str, settings: RunSettings) -> str:
    if settings.relative_to is None:
        return path
    try:
        return Path(path).resolve().relative_to(settings.relative_to).as_posix()
    except ValueError:
        return path


def _finding(document: Document, rule: Rule, match: Match, settings: RunSettings) -> Finding | None:
    in_source = rule.check.offsets_in_source  # a span of the markup, not of the prose
    found = (document.source if in_source else document.text)[match.start : match.end]
    if not in_source and not rule.in_quotes and document.in_quote(match.start, match.end):
        return None
    if rule.check.honours_vocabulary and _vocabulary_allows(found, settings.vocabulary):
        return None
    region = (document.line_index.region(match.start, match.end) if in_source
              else document.region(match.start, match.end))
    if match.message is not None:
        message = match.message
    else:
        message = render_message(rule.message, {"found": found, **match.values})
    related = tuple(
        RelatedLocation(*document.region(r.start, r.end), r.message) for r in match.related
    )
    # A suggestion is a fix for the span as stored: offered only where that span is the
    # prose itself, decided here once for every check and every output format.
    suggestions = (tuple(match.suggestions)
                   if in_source or document.is_verbatim(match.start, match.end) else ())
    rule_id = f"{rule.pack}/{match.rule_name}" if match.rule_name else rule.id
    severity = (settings.severity_overrides.get(rule_id)
                or settings.severity_overrides.get(rule.id) or match.severity or rule.severity)
    return Finding(
        document.path, *region, rule_id, rule.check_name, severity,
        match.category or rule.category, message, suggestions, related,
    )


def read_document(display_path: str, data: bytes) -> Document:
    """Decode and parse one file; ``DecodeError`` when it is not text we read."""
    return build_document(display_path, decode(data))


# Called with (shown path, the file's bytes, its findings, its words) for each file checked
# in full: how the results cache stores what a run computed.
Checked = Callable[[str, bytes, list["Finding"], int], None]


def check_files(
    files: Iterable[tuple[str, Path | None]], rules: Sequence[Rule], settings: RunSettings,
    stdin_name: str | None = None, timings: dict[str, float] | None = None,
    on_checked: Checked | None = None,
) -> Report:
    """Check ``files``; with ``timings``, add seconds by phase and by rule to it."""
    report = Report(rules=list(rules), timings=timings)
    unavailable: dict[str, str] = {}
    with timer_handler(settings.file_timeout), collector_for_run():
        for shown, path in files:
            try:
                _check_one(shown, path, rules, settings, stdin_name, unavailable, report,
                           on_checked)
            except FileTimeout:
                report.errors.append(FileError(shown, f"not checked: took longer than "
                                               f"{settings.file_timeout:g} s (--file-timeout)"))
    # A service a rule needs is down: one error for the run, named by the rule, not one per file.
    report.errors.extend(FileError(None, f"{rule_id}: {reason}") for rule_id, reason in unavailable.items())
    report.sort()
    return report


def _check_one(shown: str, path: Path | None, rules: Sequence[Rule], settings: RunSettings,
               stdin_name: str | None, unavailable: dict[str, str], report: Report,
               on_checked: Checked | None = None) -> None:
    """Read, parse and check one file into ``report``, part by part when it is very large
    (``newslint.io.parts``); on a time-out of any part nothing of the file is kept. A file
    checked in full, with no error, is handed to ``on_checked`` (the results cache)."""
    timings = report.timings
    clock = time.perf_counter
    try:
        started = clock()
        data = _read(shown, path, stdin_name)
        source = decode(data)
    except (OSError, DecodeError) as error:
        report.errors.append(FileError(shown, _reason(error)))
        return
    if timings is not None:
        timings["read"] = timings.get("read", 0.0) + clock() - started
    name = stdin_name if path is None and stdin_name else shown
    errors: list[FileError] = []
    findings: list[Finding] = []
    words = 0
    kind = document_kind(name)
    for lines_before, part in split_parts(source, kind):
        with time_limit(settings.file_timeout):
            started = clock()
            document = build_document(name, part, kind)
            if timings is not None:  # segment now, so that no rule is charged for it
                # (not the quoted spans: only a finding of a rule that skips quotations
                # needs them, and a run without timings computes them only then)
                document.tokens, document.sentences  # noqa: B018
                timings["parse"] = timings.get("parse", 0.0) + clock() - started
            found = _check_part(document, rules, settings, unavailable, errors, timings)
        findings.extend(_shifted(found, lines_before) if lines_before else found)
        words += document.word_count
    report.files += 1
    report.words += words
    report.findings.extend(findings)
    report.errors.extend(errors)
    if on_checked is not None and path is not None and not unavailable and not errors:
        on_checked(shown, data, findings, words)


def _check_part(document: Document, rules: Sequence[Rule], settings: RunSettings,
                unavailable: dict[str, str], errors: list[FileError],
                timings: dict[str, float] | None = None) -> list[Finding]:
    problem = getattr(document.metadata, "problem", None)
    if problem:  # unreadable front matter: an error for this file, whose prose is still checked
        errors.append(FileError(document.path, problem))
    try:
        return check_document(document, rules, settings, unavailable, errors, timings)
    except Exception as error:  # a bug outside any one rule: report it, keep checking other files
        errors.append(FileError(document.path, f"a check crashed: {_one_line(error)}"))
        return []


def _shifted(findings: list[Finding], lines: int) -> list[Finding]:
    """Findings of a part that starts after ``lines`` lines, in the file's line numbers."""
    return [f._replace(line=f.line + lines, end_line=f.end_line + lines, related=tuple(
        r._replace(line=r.line + lines, end_line=r.end_line + lines) for r in f.related))
        for f in findings]


def _read(shown: str, path: Path | None, stdin_name: str | None) -> bytes:
    if path is None:
        if shown == "-":
            return sys.stdin.buffer.read()
        if not os.path.lexists(shown):
            raise FileNotFoundError(2, "no such file or directory")
        path = Path(shown)  # a symbolic link that leads nowhere: say so below
    try:
        kind = stat.S_IFMT(os.stat(path).st_mode)
    except FileNotFoundError:
        if path.is_symlink():
            raise FileNotFoundError(2, "a symbolic link to a file that does not exist") from None
        raise
    if kind not in (stat.S_IFREG, stat.S_IFDIR):  # opening a FIFO would wait forever
        raise OSError(0, f"not a regular file ({_SPECIAL.get(kind, 'a special file')}), not read")
    return path.read_bytes()


_SPECIAL = {stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket",
            stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device"}


def _reason(error: Exception) -> str:
    if isinstance(error, DecodeError):
        return str(error)
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if getattr(error, "errno", None) == errno.ELOOP:
        return "a loop of symbolic links"
    return getattr(error, "strerror", None) or str(error)
