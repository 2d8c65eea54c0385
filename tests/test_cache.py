"""The parse cache: faster second runs, never a stale or broken result."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.gazetteer import load_gazetteers

ENTRY = "entities:\n  - name: {name}\n    kind: person\n"


def test_a_parsed_gazetteer_is_stored_and_reused(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "people.yaml"
    path.write_text(ENTRY.format(name="Shinzo Abe"))
    first = load_gazetteers([path])
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 1
    assert [e.name for e in load_gazetteers([path]).entities] == [e.name for e in first.entities]


def test_an_edited_file_is_parsed_again(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "people.yaml"
    path.write_text(ENTRY.format(name="Shinzo Abe"))
    load_gazetteers([path])
    path.write_text(ENTRY.format(name="Fumio Kishida"))
    assert [e.name for e in load_gazetteers([path]).entities] == ["Fumio Kishida"]


def test_a_corrupt_entry_falls_back_to_parsing(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "people.yaml"
    path.write_text(ENTRY.format(name="Shinzo Abe"))
    load_gazetteers([path])
    for entry in cache.glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert [e.name for e in load_gazetteers([path]).entities] == ["Shinzo Abe"]


def test_an_unwritable_cache_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker / "cache"))
    path = tmp_path / "people.yaml"
    path.write_text(ENTRY.format(name="Shinzo Abe"))
    assert len(load_gazetteers([path])) == 1


def test_the_same_content_at_another_path_keeps_its_own_positions(tmp_path: Path, cache: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "people.yaml").write_text(ENTRY.format(name="Shinzo Abe"))
    load_gazetteers([tmp_path / "a" / "people.yaml"])
    (entity,) = load_gazetteers([tmp_path / "b" / "people.yaml"]).entities
    assert entity.where.startswith(str(tmp_path / "b" / "people.yaml"))


def test_an_edited_file_keeps_one_entry(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "people.yaml"
    for name in ("Shinzo Abe", "Fumio Kishida", "Shigeru Ishiba"):
        path.write_text(ENTRY.format(name=name))
        load_gazetteers([path])
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 1


def test_without_a_home_directory_there_is_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint.cache.store import cache_dir

    for name in ("NEWSLINT_CACHE_DIR", "NEWSLINT_NO_CACHE", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("os.path.expanduser", lambda path: path)
    assert cache_dir() is None
