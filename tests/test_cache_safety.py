"""The cache never runs what someone else wrote, never appears where there is no home,
repairs itself when damaged, stays bounded, and can be emptied."""

from __future__ import annotations

import os
import pickle
import stat
import time
from pathlib import Path

import pytest

from newslint.cache.store import TAG, cache_dir, enforce_limits
from newslint.cli import main
from newslint.gazetteer import load_gazetteers

ENTRY = "entities:\n  - name: Ada Quill\n    kind: person\n"


class Planted:
    """Unpickling this writes a marker file: proof that the cache ran foreign code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (Path.write_text, (self.marker, "ran"))


def plant(cache: Path, marker: Path) -> None:
    for entry in cache.glob("gazetteer-*.pickle"):
        entry.write_bytes(pickle.dumps(Planted(marker)))


def test_the_cache_directory_is_private_whatever_the_umask(cache: Path) -> None:
    previous = os.umask(0)
    try:
        assert cache_dir() == cache
    finally:
        os.umask(previous)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert (cache / TAG).is_file()


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX ownership")
def test_a_directory_others_can_write_is_never_read(tmp_path: Path, cache: Path) -> None:
    gazetteer = tmp_path / "people.yaml"
    gazetteer.write_text(ENTRY)
    load_gazetteers([gazetteer])
    marker = tmp_path / "marker"
    plant(cache, marker)
    cache.chmod(0o777)
    assert cache_dir() is None
    assert [e.name for e in load_gazetteers([gazetteer]).entities] == ["Ada Quill"]
    assert not marker.exists()


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX ownership")
def test_an_entry_others_can_write_is_never_read(tmp_path: Path, cache: Path) -> None:
    gazetteer = tmp_path / "people.yaml"
    gazetteer.write_text(ENTRY)
    load_gazetteers([gazetteer])
    marker = tmp_path / "marker"
    plant(cache, marker)
    for entry in cache.glob("gazetteer-*.pickle"):
        entry.chmod(0o666)
    assert [e.name for e in load_gazetteers([gazetteer]).entities] == ["Ada Quill"]
    assert not marker.exists()


@pytest.mark.parametrize("home", ["", "/nonexistent/newslint-home"])
def test_no_real_home_means_no_cache_and_nothing_created(monkeypatch: pytest.MonkeyPatch,
                                                         home: str) -> None:
    for name in ("NEWSLINT_CACHE_DIR", "NEWSLINT_NO_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", home)
    assert cache_dir() is None
    assert not Path("/nonexistent").exists()
    assert not Path("/.cache/newslint").exists()


def test_the_platform_cache_directory_is_used_under_a_real_home(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEWSLINT_CACHE_DIR", "NEWSLINT_NO_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    directory = cache_dir()
    assert directory is not None and directory.is_relative_to(tmp_path)
    assert directory.name == "newslint" and stat.S_IMODE(directory.stat().st_mode) == 0o700


@pytest.mark.parametrize("damage", ["truncated", "overwritten", "not sqlite"])
def test_a_damaged_word_table_is_ignored_and_rebuilt(cache: Path, damage: str) -> None:
    from newslint.text import lemmas, wordtable

    wordtable.open_table.cache_clear()
    assert wordtable.open_table() is not None
    [path] = cache.glob("wordtable-*.sqlite")
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "overwritten":
        path.write_bytes(data[:100] + b"\xff" * (len(data) - 100))
    else:
        path.write_bytes(b"\x80\x05 not a table at all")
    wordtable.open_table.cache_clear()
    try:
        table = wordtable.open_table()
        assert table is not None  # rebuilt, not used damaged
        assert path.read_bytes() == data
        assert lemmas.all_lemmas("sent").get("VERB") == ("send",)
    finally:
        wordtable.open_table.cache_clear()


def test_the_cache_is_capped_by_age_and_size(tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    directory.mkdir()
    now = time.time()
    for index, age_days in enumerate((100, 3, 2, 1)):
        entry = directory / f"entry-{index}.pickle"
        entry.write_bytes(b"x" * 1000)
        os.utime(entry, (now - age_days * 86400, now - age_days * 86400))
    enforce_limits(directory, max_bytes=2500, max_age_days=60)
    assert sorted(p.name for p in directory.iterdir()) == ["entry-2.pickle", "entry-3.pickle"]


def test_cache_clean_empties_the_cache(tmp_path: Path, cache: Path, capsys) -> None:
    gazetteer = tmp_path / "people.yaml"
    gazetteer.write_text(ENTRY)
    load_gazetteers([gazetteer])
    assert list(cache.glob("gazetteer-*.pickle"))
    assert main(["cache", "clean"]) == 0
    assert "removed 1 cache entry" in capsys.readouterr().out
    assert [p.name for p in cache.iterdir()] == [TAG]


def test_cache_clean_leaves_a_folder_that_is_not_a_cache(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("Dear editor")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(folder))
    assert main(["cache", "clean"]) == 2
    assert "not marked as newslint's cache" in capsys.readouterr().err
    assert (folder / "letter.txt").exists()
