"""Compiled patterns kept between runs: a pattern served from the cache behaves exactly as
the one ``re`` compiles, and anything wrong with the cache means compiling as usual.

The cache works with the internals of Python 3.11's ``re`` (``re._compiler``,
``re._parser``); on Python 3.10, which has none, the command line compiles patterns as
``re`` does (the install test runs every rule there) and these tests do not apply."""

from __future__ import annotations

import _sre
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newslint.cache import patterns
from newslint.cache.patterns import PatternCache

pytestmark = pytest.mark.skipif(sys.version_info < (3, 11),
                                reason="the pattern cache needs re's internals of Python 3.11+")

PATTERNS = [
    (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)", 0),
    (r"\b(?:minister|president)\b", re.IGNORECASE),
    (r"(?<![\w-])[A-Z]{2,}(?:-[A-Z]+)?", 0),
    (r"^\s*(?:Reporting by|Editing by)\b.*$", re.MULTILINE),
    (b"\\xc3[\\x80-\\xbf]", 0),
    (r"[«»„“”‘’]", 0),
]
TEXTS = ["On 12 March the Minister met the IMF-EU mission.", "Reporting by A. Writer",
         "«Quoted» „text“", "cafÃ© and Ã¨", "no match here", "PRESIDENT of the UN-ABC"]


def _compile_with(cache: PatternCache, pattern: Any, flags: int) -> Any:
    from re import _compiler  # type: ignore[attr-defined]

    return cache.compile(_compiler.compile, _sre.compile, pattern, flags)


def _same_behaviour(ours: Any, theirs: Any) -> None:
    assert ours.pattern == theirs.pattern
    assert ours.flags == theirs.flags
    assert ours.groups == theirs.groups
    assert ours.groupindex == theirs.groupindex
    for text in TEXTS:
        subject = text.encode("utf-8") if isinstance(ours.pattern, bytes) else text
        assert [m.span() for m in ours.finditer(subject)] == \
            [m.span() for m in theirs.finditer(subject)]
        assert [m.groupdict() for m in ours.finditer(subject)] == \
            [m.groupdict() for m in theirs.finditer(subject)]


def test_a_pattern_read_back_from_the_cache_behaves_as_re_compiles_it(tmp_path: Path) -> None:
    entry = tmp_path / "patterns.marshal"
    first = PatternCache(entry, {})
    for pattern, flags in PATTERNS:
        _same_behaviour(_compile_with(first, pattern, flags), re.compile(pattern, flags))
    first.save()
    assert entry.exists()

    second = PatternCache(entry, patterns._load(entry))
    assert len(second.known) == len(PATTERNS)

    def refuse(*_: Any) -> Any:
        raise AssertionError("compiled again although the cache holds the pattern")

    for pattern, flags in PATTERNS:
        _same_behaviour(second.compile(refuse, _sre.compile, pattern, flags),
                        re.compile(pattern, flags))
    second.save()
    assert second.added == 0  # nothing new: the entry is not written again


def test_a_damaged_entry_is_ignored(tmp_path: Path) -> None:
    entry = tmp_path / "patterns.marshal"
    entry.write_bytes(b"\x00not marshal at all")
    assert patterns._load(entry) == {}
    entry.write_bytes(marshal.dumps(["a list, not a table"]))
    assert patterns._load(entry) == {}


def test_code_the_engine_rejects_means_compiling_as_re_does(tmp_path: Path) -> None:
    pattern, flags = PATTERNS[0]
    cache = PatternCache(tmp_path / "patterns.marshal", {})
    _compile_with(cache, pattern, flags)
    final_flags, code, groups, group_index, index_group = cache.known[(pattern, flags)]
    damaged = code[:4] + (9999).to_bytes(4, sys.byteorder) + (17).to_bytes(4, sys.byteorder)
    cache.known[(pattern, flags)] = (final_flags, damaged, groups, group_index, index_group)
    _same_behaviour(_compile_with(cache, pattern, flags), re.compile(pattern, flags))
    assert (pattern, flags) not in cache.known  # dropped, not served again


def test_an_invalid_pattern_fails_as_re_says(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path / "patterns.marshal", {})
    with pytest.raises(re.error, match="missing \\)"):
        _compile_with(cache, "(unclosed", 0)
    assert cache.known == {}


def test_the_cache_holds_a_bounded_number_of_patterns(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "_MAX_ENTRIES", 3)
    cache = PatternCache(tmp_path / "patterns.marshal", {})
    for number in range(10):
        assert _compile_with(cache, f"word{number}", 0).match(f"word{number}")
    assert len(cache.known) == 3


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="ownership checks are POSIX")
def test_an_entry_others_can_write_is_not_read(tmp_path: Path) -> None:
    entry = tmp_path / "patterns.marshal"
    cache = PatternCache(entry, {})
    _compile_with(cache, "abc", 0)
    cache.save()
    entry.chmod(0o666)
    assert patterns._load(entry) == {}


def _compilations_in_a_run(article: Path, cwd: Path, env: dict[str, str]) -> str:
    """Runs the command line on ``article`` and reports how many patterns ``re``
    parsed in Python (stderr)."""
    probe = (
        "import sys, re._parser as p\n"
        "count = [0]\n"
        "original = p.parse\n"
        "def parse(*a, **k):\n"
        "    count[0] += 1\n"
        "    return original(*a, **k)\n"
        "p.parse = parse\n"
        "from newslint.cli import main\n"
        f"main(['check', '--no-cache', {str(article)!r}])\n"
        "print(count[0], file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=cwd, capture_output=True,
                            text=True, timeout=300, env=env)
    return result.stderr.strip().splitlines()[-1]


def test_a_second_run_of_the_command_line_compiles_almost_no_pattern_in_python(
        tmp_path: Path, cache: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The minister spoke in Lisbon on Tuesday, 3 May, about the budget.\n",
                       encoding="utf-8")
    env = dict(os.environ)
    assert int(_compilations_in_a_run(article, tmp_path, env)) > 50  # the checks' patterns, parsed once
    assert list(cache.glob("patterns-*.marshal"))
    # only the few compiled while the cache directory itself is found
    assert int(_compilations_in_a_run(article, tmp_path, env)) <= 5

    env["NEWSLINT_NO_CACHE"] = "1"  # every cache off: re compiles as always
    assert int(_compilations_in_a_run(article, tmp_path, env)) > 50


def test_patterns_compiled_while_checking_are_not_kept(tmp_path: Path) -> None:
    """A check compiles patterns from an article's words: kept, they would grow the
    entry every run reads."""
    cache = PatternCache(tmp_path / "patterns.marshal", {})
    _compile_with(cache, "(?:minister|president)", 0)  # while starting
    cache.learning = False
    assert _compile_with(cache, r"Grand\s+Fenwick", 0).search("the Grand  Fenwick team")
    assert list(cache.known) == [("(?:minister|president)", 0)]


def test_a_full_cache_makes_room_by_dropping_what_this_run_did_not_use(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "_MAX_ENTRIES", 3)
    stale = PatternCache(tmp_path / "patterns.marshal", {})
    for number in range(3):
        _compile_with(stale, f"old{number}", 0)
    cache = PatternCache(tmp_path / "patterns.marshal", dict(stale.known))
    _compile_with(cache, "old0", 0)  # still used
    _compile_with(cache, "new", 0)
    assert sorted(pattern for pattern, _ in cache.known) == ["new", "old0"]
