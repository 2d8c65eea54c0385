"""The Python API: rules loaded once, the CLI's findings, pickle-safe for worker processes."""

from __future__ import annotations

import json
import multiprocessing
import pickle
from pathlib import Path

import pytest

import newslint
from newslint.api import Linter, LinterError
from newslint.cli import main

DOUBLED = "The minister said said the talks would resume on Monday.\n"
CLEAN = "The minister said the talks would resume on Monday.\n"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def test_check_text_finds_what_the_cli_finds(linter: Linter, tmp_path: Path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text(DOUBLED, encoding="utf-8")
    main(["check", "--format", "json", "--fail-on", "never", str(article)])
    printed = json.loads(capsys.readouterr().out)
    from_cli = sorted((f["rule"], f["line"], f["column"]) for f in printed["findings"])
    from_api = sorted((f.rule, f.line, f.column) for f in linter.check_file(article))
    assert from_api == from_cli
    assert ("newslint/doubled-word", 1, 14) in from_api


def test_check_text_and_one_off_function(linter: Linter) -> None:
    findings = linter.check_text(DOUBLED, path="story.txt")
    assert [f.rule for f in findings] == ["newslint/doubled-word"]
    assert findings[0].path == "story.txt"
    assert linter.check_text(CLEAN) == []
    assert [f.rule for f in newslint.check_text(DOUBLED)] == ["newslint/doubled-word"]


def test_format_decides_what_is_prose(linter: Linter) -> None:
    markdown = "# Title\n\n" + DOUBLED
    assert [f.line for f in linter.check_text(markdown, format="markdown")] == [3]
    with pytest.raises(LinterError):
        linter.check_text(markdown, format="docx")


def test_select_and_ignore() -> None:
    assert Linter(ignore=["newslint/doubled-word"]).check_text(DOUBLED) == []
    selected = Linter(select=["newslint/doubled-word"])
    assert [r.id for r in selected.rules] == ["newslint/doubled-word"]
    with pytest.raises(LinterError, match="no-such-rule"):
        Linter(select=["newslint/no-such-rule"])


def test_config_file_and_bad_config(tmp_path: Path) -> None:
    config = tmp_path / "newslint.yaml"
    config.write_text("severity:\n  newslint/doubled-word: info\n", encoding="utf-8")
    assert [f.severity for f in Linter(config).check_text(DOUBLED)] == ["info"]
    assert Linter(config, min_severity="warning").check_text(DOUBLED) == []
    with pytest.raises(LinterError, match="not found"):
        Linter(tmp_path / "missing.yaml")


def test_pickle_round_trip(linter: Linter) -> None:
    copy = pickle.loads(pickle.dumps(linter))
    assert [r.id for r in copy.rules] == [r.id for r in linter.rules]
    assert copy.check_text(DOUBLED) == linter.check_text(DOUBLED)


def _check(pair: tuple[Linter, str]) -> list:
    linter, text = pair
    return linter.check_text(text)


def test_a_worker_process_uses_a_pickled_linter(linter: Linter) -> None:
    context = multiprocessing.get_context("spawn")  # nothing inherited: only the pickle
    with context.Pool(2) as pool:
        results = pool.map(_check, [(linter, DOUBLED), (linter, CLEAN)])
    assert results == [linter.check_text(DOUBLED), []]


def test_check_files_reports_like_the_cli(linter: Linter, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DOUBLED, encoding="utf-8")
    (tmp_path / "b.md").write_text(CLEAN, encoding="utf-8")
    report = linter.check_files([tmp_path])
    assert report.files == 2
    assert [Path(f.path).name for f in report.findings] == ["a.txt"]


def test_a_linter_with_a_house_memory(tmp_path: Path) -> None:
    from newslint.archive.stats import HouseStats, Tally

    memory = HouseStats(articles=40, names={
        "halvorsen": Tally("Halvorsen", 40, 80, 40, 40, 0),
        "margit": Tally("Margit", 40, 40, 0, 40, 0)},
        full_names={"margit halvorsen": Tally("Margit Halvorsen", 40, 40, 0, 40, 0)})
    linter = Linter(house_stats=memory)
    findings = linter.check_text("Margit Halvorson spoke. Halvorson left.\n")
    assert [(f.rule, f.severity, f.suggestions) for f in findings] == [
        ("archive/name-variant", "warning", ("Halvorsen",))]
    copy = pickle.loads(pickle.dumps(linter))  # the memory travels with the linter
    assert copy.check_text("Margit Halvorson spoke.\n")[0].rule == "archive/name-variant"
    assert Linter(house_stats=memory, ignore=["archive/"]).check_text("Margit Halvorson spoke.\n") == []
