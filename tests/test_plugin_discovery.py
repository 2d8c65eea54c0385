"""Finding check plugins without importing importlib.metadata: the same answer."""

from __future__ import annotations

import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from newslint import plugins


def test_the_scan_finds_what_importlib_metadata_finds() -> None:
    expected = {ep.name: ep.value for ep in entry_points(group=plugins.GROUP)}
    scanned = plugins._scan_sys_path()
    assert scanned is not None
    assert {name: ep.value for name, ep in scanned.items()} == expected


def test_a_plugin_in_a_directory_on_the_path_is_found(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    info = tmp_path / "house_checks-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(
        "[console_scripts]\nhouse = house:main\n\n[newslint.checks]\n"
        "# our own\nhouse-style = newslint.check:Check [extra]\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    found = plugins._scan_sys_path()
    assert found["house-style"].value == "newslint.check:Check [extra]"
    from newslint.check import Check

    assert found["house-style"].load() is Check
    assert "house" not in found  # another group


def test_a_zip_on_the_path_is_left_to_importlib_metadata(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "bundle.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    monkeypatch.setattr(sys, "path", [*sys.path, str(archive)])
    assert plugins._scan_sys_path() is None


def test_the_scan_is_remembered_until_a_directory_on_the_path_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(sys, "path", [str(site), *sys.path])
    first = plugins._remembered_scan()
    assert first == plugins._scan_sys_path()
    assert list(cache.glob("entry-points-*"))

    def refuse() -> None:
        raise AssertionError("scanned again although nothing changed")

    monkeypatch.setattr(plugins, "_scan_sys_path", refuse)
    assert plugins._remembered_scan() == first
    monkeypatch.undo()

    monkeypatch.setattr(sys, "path", [str(site), *sys.path])
    info = site / "house_checks-1.0.dist-info"  # a plugin installed: the directory changes
    info.mkdir()
    (info / "entry_points.txt").write_text("[newslint.checks]\nhouse-style = house:Check\n")
    import os

    os.utime(site, ns=(1, 1))  # whatever the clock's resolution, a time of its own
    found = plugins._remembered_scan()
    assert found is not None and found["house-style"].value == "house:Check"


def test_without_a_cache_the_path_is_scanned(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINT_NO_CACHE", "1")
    assert plugins._remembered_scan() == plugins._scan_sys_path()


def test_files_written_in_the_current_directory_keep_the_scan(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setattr(sys, "path", [str(work), *sys.path])  # as python -m puts it
    first = plugins._remembered_scan()
    (work / "article.txt").write_text("An article.\n")
    import os

    os.utime(work, ns=(2, 2))
    monkeypatch.setattr(plugins, "_scan_sys_path", lambda: None)  # a scan would say so
    assert plugins._remembered_scan() == first
    (work / "house_checks-1.0.dist-info").mkdir()  # metadata here: scanned again
    assert plugins._remembered_scan() is None
