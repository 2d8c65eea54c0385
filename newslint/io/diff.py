"""``--diff REV``: which lines changed since a git revision, to report only on those.

A pull-request check on a twenty-year archive should speak only about the pull request.
The checks still read whole articles (a new "Abbey" is inconsistent with an old "Abe");
only the reporting is filtered here.

Changed lines are the added or modified lines of the working tree against ``REV``, from
one ``git diff --unified=0 REV`` per repository (the cost grows with the change, not with
the archive). A file git does not track (untracked, ignored, or outside any repository
once one was found) is new, so all its lines count as changed; so does a file git calls
binary (UTF-16 text), because which of its lines changed is unknown and silence would hide
findings. A finding is kept when its span, or one of its related locations, touches a
changed line: editing an old sentence into contradiction with a later one is the edit's
doing, even though the finding sits on the later sentence.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newslint.engine import Finding

ALL_LINES = None  # marks a file whose every line counts as changed
_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_LONE_CR = re.compile(rb"\r(?!\n)")
_QUOTED_ESCAPES = {b"a": 7, b"b": 8, b"t": 9, b"n": 10, b"v": 11, b"f": 12, b"r": 13,
                   b'"': 34, b"\\": 92}


class DiffError(Exception):
    """``--diff`` cannot be honoured: not a git repository, an unknown revision, no git."""


@dataclass
class ChangedLines:
    """Changed line numbers (docs/output.md numbering) of each file, keyed by real absolute path.

    A file that is absent from ``files`` has no changed line; ``ALL_LINES`` means every line.
    """

    files: dict[str, frozenset[int] | None] = field(default_factory=dict)
    tracked: set[str] = field(default_factory=set)

    def lines_of(self, path: str) -> frozenset[int] | None:
        key = _real(path)
        if key in self.files:
            return self.files[key]
        if key in self.tracked:
            return frozenset()
        return ALL_LINES

    def touches(self, path: str, line: int, column: int, end_line: int, end_column: int) -> bool:
        lines = self.lines_of(path)
        if lines is ALL_LINES:
            return True
        last = end_line - 1 if end_line > line and end_column == 1 else end_line
        return any(number in lines for number in range(line, last + 1))


def filter_findings(findings: Iterable[Finding], changed: ChangedLines,
                    keep_paths: Sequence[str] = ()) -> list[Finding]:
    """The findings that touch a changed line; findings in ``keep_paths`` (stdin) all stay."""
    kept: list[Finding] = []
    for finding in findings:
        if finding.path in keep_paths or changed.touches(finding.path, *finding[1:5]) or any(
            changed.touches(finding.path, r.line, r.column, r.end_line, r.end_column)
            for r in finding.related
        ):
            kept.append(finding)
    return kept


def changed_lines(revision: str, paths: Iterable[str]) -> ChangedLines:
    """What changed since ``revision`` in the repositories holding ``paths``.

    Every path must lie in a git repository; ``revision`` must name a commit in each.
    """
    if not revision or revision.startswith("-"):
        raise DiffError(f"--diff: '{revision}' is not a git revision")
    changed = ChangedLines()
    repositories: set[Path] = set()
    seen_directories: dict[str, Path] = {}
    for given in paths:
        if given == "-":
            continue
        path = Path(given)
        if not path.exists():
            continue  # reported as an unreadable file by the run itself
        directory = path if path.is_dir() else path.parent
        key = str(directory.resolve())
        if key not in seen_directories:
            seen_directories[key] = repository_root(directory, given)
        repositories.add(seen_directories[key])
    for root in sorted(repositories):
        _verify_revision(root, revision)
        changed.tracked.update(_tracked_files(root))
        for relative, lines in parse_unified_diff(_diff(root, revision)).items():
            absolute = root / relative
            changed.files[_real(str(absolute))] = _to_newslint_lines(absolute, lines)
    return changed


def repository_root(directory: Path, given: str) -> Path:
    output = _git(["rev-parse", "--show-toplevel"], cwd=directory,
                  failure=f"--diff needs a git repository, and '{given}' is not inside one",
                  detail=False)
    return Path(os.fsdecode(output.rstrip(b"\n"))).resolve()


def parse_unified_diff(diff: bytes) -> dict[str, frozenset[int] | None]:
    """``git diff --unified=0`` output → repository-relative path → added or modified lines.

    Only the new side matters: a hunk ``+start,count`` adds or modifies lines
    ``start .. start+count-1``; a pure deletion (``count`` 0) changes no remaining line.
    Deleted files are dropped; binary files are ``ALL_LINES``.
    """
    files: dict[str, frozenset[int] | None] = {}
    current: str | None = None
    lines: set[int] = set()

    def close() -> None:
        if current is not None:
            files[current] = frozenset(lines)

    for raw in diff.split(b"\n"):
        if raw.startswith(b"diff --git "):
            close()
            current, lines = None, set()
        elif raw.startswith(b"+++ "):
            name = raw[4:]
            current = None if name == b"/dev/null" else _strip_prefix(_unquote(name), b"b/")
        elif raw.startswith(b"Binary files ") and raw.endswith(b" differ"):
            target = raw[len(b"Binary files "):-len(b" differ")].rsplit(b" and ", 1)[-1]
            if target != b"/dev/null":
                files[_strip_prefix(_unquote(target), b"b/")] = ALL_LINES
        elif current is not None and raw.startswith(b"@@ "):
            match = _HUNK.match(raw)
            if match:
                start, count = int(match.group(1)), int(match.group(2) or b"1")
                lines.update(range(start, start + count))
    close()
    return files


def _unquote(name: bytes) -> str:
    """A path as git prints it: C-quoted when it holds special bytes, tab-terminated when
    it holds a space."""
    name = name.removesuffix(b"\t")
    if not (name.startswith(b'"') and name.endswith(b'"') and len(name) >= 2):
        return os.fsdecode(name)
    body, out, index = name[1:-1], bytearray(), 0
    while index < len(body):
        byte = body[index : index + 1]
        if byte != b"\\":
            out += byte
            index += 1
            continue
        escape = body[index + 1 : index + 2]
        if escape.isdigit():
            out.append(int(body[index + 1 : index + 4], 8))
            index += 4
        else:
            out.append(_QUOTED_ESCAPES.get(escape, escape[0] if escape else 92))
            index += 2
    return os.fsdecode(bytes(out))


def _strip_prefix(name: str, prefix: bytes) -> str:
    text_prefix = prefix.decode()
    return name[len(text_prefix):] if name.startswith(text_prefix) else name


def _to_newslint_lines(path: Path, lines: frozenset[int] | None) -> frozenset[int] | None:
    """Git counts lines by LF only; newslint also ends a line at a lone CR (docs/output.md, Positions).

    Only files that contain a lone CR need the translation, and only those are read.
    """
    if lines is ALL_LINES or not lines:
        return lines
    try:
        data = path.read_bytes()
    except OSError:
        return lines
    if not _LONE_CR.search(data):
        return lines
    first_of_git_line = [1]  # newslint line where each git line starts
    git_lines = data.split(b"\n")
    for index, git_line in enumerate(git_lines):
        if git_line.endswith(b"\r") and index < len(git_lines) - 1:
            git_line = git_line[:-1]  # the CR of a CRLF ending: one line break, not two
        first_of_git_line.append(first_of_git_line[-1] + len(_LONE_CR.findall(git_line)) + 1)
    result: set[int] = set()
    for number in lines:
        if 1 <= number < len(first_of_git_line):
            result.update(range(first_of_git_line[number - 1], first_of_git_line[number]))
    return frozenset(result)


def _verify_revision(root: Path, revision: str) -> None:
    _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"],
         cwd=root, failure=f"--diff: '{revision}' is not a commit in the git repository {root}",
         detail=False)


def _tracked_files(root: Path) -> set[str]:
    output = _git(["ls-files", "-z", "--full-name"], cwd=root,
                  failure=f"--diff: cannot list the files of {root}")
    return {_real(str(root / os.fsdecode(name))) for name in output.split(b"\0") if name}


def _diff(root: Path, revision: str) -> bytes:
    return _git(
        ["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff",
         "--no-textconv", "--no-relative", "--find-renames", "--src-prefix=a/",
         "--dst-prefix=b/", revision, "--"],
        cwd=root, failure=f"--diff: git diff against '{revision}' failed in {root}",
    )


def _git(arguments: list[str], cwd: Path | None, failure: str, detail: bool = True) -> bytes:
    try:
        completed = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True,
                                   check=False, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise DiffError("--diff needs git, and no 'git' command was found") from None
    if completed.returncode != 0:
        said = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DiffError(failure + (f" (git: {said[-1]})" if detail and said else ""))
    return completed.stdout


def _real(path: str) -> str:
    """The path with symbolic links resolved, so git's view and the run's view compare."""
    return _real_absolute(os.path.abspath(path))


@lru_cache(maxsize=8192)
def _real_absolute(path: str) -> str:
    return os.path.realpath(path)
