"""The results cache: reused only while nothing that decides findings has changed."""

from __future__ import annotations

import json
import os
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from newslint.cache.results import ResultsCache, run_key
from newslint.engine import Finding, RelatedLocation

from .conftest import run_cli

STORY = "The minister said the the talks failed.\n"
ENTRY = "entities:\n  - name: Ana Brnabic\n    kind: person\n"


def _finding(message: str = "'the the' is doubled") -> Finding:
    return Finding("story.txt", 1, 18, 1, 25, "newslint/doubled-word", "repetition", "warning",
                   "fluency/grammar", message, ("the",),
                   (RelatedLocation(1, 1, 1, 4, "first use: 'The'"),))


@pytest.fixture
def private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of the test's own, for runs in this process and subprocesses."""
    root = tmp_path / "cache"
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(root))
    monkeypatch.delenv("NEWSLINT_NO_CACHE", raising=False)
    return root


def _check(folder: Path, *options: str) -> tuple[dict, str]:
    result = run_cli("check", "--format", "json", "--timings", *options, ".", cwd=folder)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout), result.stderr.decode()


def test_an_entry_round_trips_and_names_bytes_and_path(private: Path) -> None:
    cache = ResultsCache.open("key", private)
    assert cache is not None
    cache.put("story.txt", b"text", [_finding()], 7)
    assert cache.get("story.txt", b"text") == ([_finding()], 7)
    assert cache.get("story.txt", b"text!") is None  # other bytes
    assert cache.get("other.txt", b"text") is None  # other name: other paths in findings
    assert ResultsCache.open("other key", private).get("story.txt", b"text") is None


def test_the_directory_is_private(private: Path) -> None:
    ResultsCache.open("key", private)
    mode = stat.S_IMODE(os.stat(private / "results").st_mode)
    assert mode == 0o700


def test_a_directory_others_can_write_to_is_not_used(private: Path) -> None:
    (private / "results").mkdir(parents=True)
    os.chmod(private / "results", 0o777)
    assert ResultsCache.open("key", private) is None


def test_a_symbolic_link_is_not_used(private: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    private.mkdir()
    (private / "results").symlink_to(elsewhere)
    assert ResultsCache.open("key", private) is None


@pytest.mark.parametrize("garbage", [b"", b"{", b"[]", b'{"words": 1}', b'{"words": 1, "findings": [[1]]}',
                                     b"\x80\x81 not utf-8"])
def test_a_corrupt_entry_is_ignored_and_replaced(private: Path, garbage: bytes) -> None:
    cache = ResultsCache.open("key", private)
    cache.put("story.txt", b"text", [_finding()], 7)
    (entry,) = (private / "results").glob("*.json")
    entry.write_bytes(garbage)
    assert cache.get("story.txt", b"text") is None
    cache.put("story.txt", b"text", [_finding()], 7)
    assert cache.get("story.txt", b"text") == ([_finding()], 7)


def test_concurrent_writers_leave_whole_entries(private: Path) -> None:
    cache = ResultsCache.open("key", private)
    findings = [_finding(f"message {n}" * 50) for n in range(40)]

    def write(_: int) -> None:
        for _ in range(20):
            cache.put("story.txt", b"text", findings, 7)
            found = cache.get("story.txt", b"text")
            assert found is None or found == (findings, 7)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(write, range(8)))
    assert cache.get("story.txt", b"text") == (findings, 7)
    assert [p.suffix for p in (private / "results").iterdir()] == [".json"]  # no temporary left


def test_old_entries_are_pruned_past_the_limit(private: Path) -> None:
    cache = ResultsCache.open("key", private)
    for number in range(30):
        cache.put(f"{number}.txt", b"x", [], 1)
    cache.prune(limit=20)
    assert len(list((private / "results").iterdir())) == 16


def test_the_run_key_follows_rules_data_and_settings(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "data").mkdir(parents=True)
    (pack / "rule.yaml").write_text("id: a\n")
    (pack / "data" / "people.yaml").write_text("- name: A\n")
    user = tmp_path / "ours.yaml"
    user.write_text("- name: B\n")
    first = run_key("settings", [pack], [user])
    assert run_key("settings", [pack], [user]) == first
    assert run_key("other settings", [pack], [user]) != first
    for path in (pack / "rule.yaml", pack / "data" / "people.yaml", user):
        original = path.read_text()
        path.write_text(original + "# edited\n")
        assert run_key("settings", [pack], [user]) != first, path
        path.write_text(original)
    assert run_key("settings", [pack], [user]) == first


def test_the_run_key_follows_newslints_version_and_the_word_data(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newslint.cache.results as results_cache
    import newslint.text.wordtable as wordtable

    first = run_key("settings", [], [])
    monkeypatch.setattr(results_cache, "__version__", "99.0")
    second = run_key("settings", [], [])
    monkeypatch.setattr(wordtable, "data_digest", lambda: "other lemminflect data")
    assert len({first, second, run_key("settings", [], [])}) == 3


def test_an_unchanged_file_comes_from_the_cache(workdir: Path, private: Path) -> None:
    (workdir / "story.txt").write_text(STORY)
    cold, cold_log = _check(workdir)
    warm, warm_log = _check(workdir)
    assert warm == cold and cold["findings"]
    assert "newslint/doubled-word" in cold_log  # the cold run checked it
    assert "newslint/doubled-word" not in warm_log  # the warm run loaded no rule at all


@pytest.mark.parametrize("change", ["file", "config", "option", "gazetteer"])
def test_changing_any_part_of_the_key_recomputes(workdir: Path, private: Path, change: str) -> None:
    (workdir / "story.txt").write_text(STORY)
    gazetteer = workdir / "people.yaml"
    gazetteer.write_text(ENTRY)
    (workdir / ".newslint.yaml").write_text("gazetteers: [people.yaml]\n")
    _check(workdir)
    options: tuple[str, ...] = ()
    if change == "file":
        (workdir / "story.txt").write_text(STORY + "It rained.\n")
    elif change == "config":
        (workdir / ".newslint.yaml").write_text(
            "gazetteers: [people.yaml]\nignore: [newslint/stem-repetition]\n")
    elif change == "option":
        options = ("--select", "newslint/doubled-word")
    else:
        gazetteer.write_text(ENTRY + "  - name: Milos Vucevic\n    kind: person\n")
    report, log = _check(workdir, *options)
    assert "newslint/doubled-word" in log  # recomputed: the rules ran
    assert report["findings"]


def test_no_cache_checks_every_file_and_writes_nothing(workdir: Path, private: Path) -> None:
    (workdir / "story.txt").write_text(STORY)
    first, log = _check(workdir, "--no-cache")
    assert "newslint/doubled-word" in log
    assert not list(private.glob("results/*.json"))
    second, log = _check(workdir, "--no-cache")
    assert second == first and "newslint/doubled-word" in log


def test_parallel_runs_fill_and_use_the_cache(workdir: Path, private: Path) -> None:
    for number in range(5):
        (workdir / f"story{number}.txt").write_text(f"Story {number}. {STORY}")
    cold, _ = _check(workdir, "-j", "2")
    warm, log = _check(workdir, "-j", "2")
    assert warm == cold and len(cold["findings"]) == 5
    assert "newslint/doubled-word" not in log
    assert len(list(private.glob("results/*.json"))) == 5


def test_the_configuration_is_keyed_by_its_settings_not_its_identity() -> None:
    from newslint.config.settings import Config

    first, second = Config(base_dir=Path("/news")), Config(base_dir=Path("/news"))
    assert repr(first) == repr(second)
    second.ignore = ["newslint/a-an"]
    assert repr(first) != repr(second)
    assert "ignore=['newslint/a-an']" in repr(second)
