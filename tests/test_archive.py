"""newslint archive: a collection's house spellings, and the articles that write them otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.archive.stats import HouseStats, Tally, merge
from newslint.cli import main

# Invented people: none of them is in the gazetteer, so only the archive can tell.
COMMON = ("Inspector Margit Halvorsen of the harbour police said on Monday that the ferry "
          "would be inspected. Halvorsen added that nobody had been hurt.\n")
COMMON_B = ("The mayor, Tobias Kranefeld, opened the new bridge. Kranefeld thanked the engineers "
            "and Margit Halvorsen, who led the safety review.\n")


def _archive(root: Path, variant: str, copies: int = 6) -> None:
    for index in range(copies):
        (root / f"common-{index}.txt").write_text(COMMON if index % 2 else COMMON_B, encoding="utf-8")
    (root / "variant.txt").write_text(variant, encoding="utf-8")


def _run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _house(output: str) -> list[dict]:
    return [f for f in json.loads(output)["findings"] if f["rule"].startswith("archive/")]


def test_a_rare_spelling_of_a_house_name_is_found(tmp_path: Path, capsys) -> None:
    _archive(tmp_path, "The inspector, Margit Halvorson, said the ferry was safe. Halvorson left.\n")
    code, out, _ = _run(capsys, "archive", "--format", "json", "--fail-on", "never", str(tmp_path))
    found = _house(out)
    assert code == 0
    assert [(Path(f["path"]).name, f["rule"], f["severity"]) for f in found] == [
        ("variant.txt", "archive/name-variant", "warning")]
    assert "'Halvorson' (1 article) — this archive writes 'Halvorsen' (6 articles)" in found[0]["message"]
    assert found[0]["suggestions"] == ["Halvorsen"]
    assert len(found[0]["related"]) == 1  # the second mention


def test_a_lone_look_alike_is_only_info(tmp_path: Path, capsys) -> None:
    _archive(tmp_path, "Officials met Kranefeldt on the quay.\n", copies=12)
    _, out, _ = _run(capsys, "archive", "--format", "json", "--fail-on", "never", str(tmp_path))
    assert [(f["severity"], f["message"].split(" —")[0]) for f in _house(out)] == [
        ("info", "'Kranefeldt' (1 article)")]


@pytest.mark.parametrize("text", [
    # a different full name: another person, however alike the surname
    "The skipper, Jonas Halvorson, said the ferry was safe.\n",
    # the same spelling: nothing to say
    "Margit Halvorsen said the ferry was safe.\n",
    # a demonym and an English word with a capital are other words
    "Norwegian officials said the Harbour was safe.\n",
])
def test_not_variants(tmp_path: Path, capsys, text: str) -> None:
    _archive(tmp_path, text)
    _, out, _ = _run(capsys, "archive", "--format", "json", "--fail-on", "never", str(tmp_path))
    assert _house(out) == []


def test_a_rare_name_that_is_not_much_rarer_is_left_alone(tmp_path: Path, capsys) -> None:
    _archive(tmp_path, "", copies=2)
    for index in range(2):
        (tmp_path / f"other-{index}.txt").write_text("Kranefeldt spoke.\n", encoding="utf-8")
    _, out, _ = _run(capsys, "archive", "--format", "json", "--fail-on", "never", str(tmp_path))
    assert _house(out) == []


def test_write_stats_then_check_a_new_article(tmp_path: Path, capsys) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    _archive(archive, COMMON)
    stats = tmp_path / "house.json"
    code, _, _ = _run(capsys, "archive", "--write-stats", str(stats), str(archive))
    assert code == 0
    memory = HouseStats.load(stats)
    assert memory.articles == 7 and memory.names["halvorsen"].articles == 7
    assert memory.full_names["margit halvorsen"].articles == 3  # the others: "Inspector Margit ..."
    new = tmp_path / "new.txt"
    new.write_text("Margit Halvorson opened the hearing.\n", encoding="utf-8")
    code, out, err = _run(capsys, "check", "--house-stats", str(stats), str(new))
    assert code == 0, err  # warnings do not fail by default
    assert "archive/name-variant 'Halvorson' (not in this archive) — this archive writes 'Halvorsen'" in out
    code, out, _ = _run(capsys, "check", "--house-stats", str(stats), "--ignore", "archive/", str(new))
    assert "archive/" not in out
    code, out, _ = _run(capsys, "check", "--house-stats", str(stats), "--select", "archive/name-variant",
                        str(new))
    assert out.count("archive/name-variant") == 1 and "newslint/" not in out


def test_suppression_and_severity_override(tmp_path: Path, capsys) -> None:
    _archive(tmp_path, "Margit Halvorson said so. <!-- newslint-disable-line archive/name-variant -->\n")
    _, out, _ = _run(capsys, "archive", "--format", "json", "--fail-on", "never", str(tmp_path))
    assert _house(out) == []


def test_front_matter_dates_are_remembered(tmp_path: Path, capsys) -> None:
    for day in ("2021-03-04", "2019-11-30", "2024-01-15"):
        (tmp_path / f"{day}.md").write_text(f"---\ndate: {day}\n---\n\n{COMMON}", encoding="utf-8")
    stats = tmp_path / "house.json"
    _run(capsys, "archive", "--write-stats", str(stats), str(tmp_path))
    memory = HouseStats.load(stats)
    assert (memory.first, memory.last) == ("2019-11-30", "2024-01-15")
    assert memory.names["halvorsen"].first == "2019-11-30"


def test_parallel_archive_output_is_the_serial_output(tmp_path: Path, capsys) -> None:
    _archive(tmp_path, "Margit Halvorson said said so.\n")
    serial = _run(capsys, "archive", "--format", "json", str(tmp_path))
    parallel = _run(capsys, "archive", "--format", "json", "-j", "2", str(tmp_path))
    assert serial == parallel
    assert serial[0] == 1  # the doubled word is an error: article findings are reported too


def test_bad_stats_file_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "house.json"
    broken.write_text("{not json", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(COMMON, encoding="utf-8")
    code, _, err = _run(capsys, "check", "--house-stats", str(broken), str(article))
    assert code == 2 and err.count("\n") == 1 and "not a house-stats file" in err
    code, _, err = _run(capsys, "check", "--write-stats", str(broken), str(article))
    assert code == 2 and "archive" in err


# -- merging is associative and commutative ------------------------------------------------------

_dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
_tally = st.builds(Tally, st.sampled_from(["Abe", "abe", "ABE"]), st.integers(0, 9), st.integers(0, 9),
                   st.integers(0, 9), st.integers(0, 9), st.integers(0, 9), _dates, _dates)
_table = st.dictionaries(st.sampled_from(["abe", "abbey", "kyiv"]), _tally, max_size=3)
_stats = st.builds(HouseStats, st.integers(0, 5), _dates, _dates, _table, _table,
                   st.dictionaries(st.sampled_from(["Kyiv|Kiev"]), _table, max_size=1),
                   st.dictionaries(st.sampled_from(["WHO", "UN"]), _table, max_size=2))


def _canonical(stats: HouseStats) -> dict:
    data = stats.to_json()
    data["first"], data["last"] = stats.first, stats.last
    return data


@settings(max_examples=60, deadline=None)
@given(_stats, _stats, _stats)
def test_merge_is_associative_and_commutative(a: HouseStats, b: HouseStats, c: HouseStats) -> None:
    assert _canonical(merge([a, b])) == _canonical(merge([b, a]))
    assert _canonical(merge([merge([a, b]), c])) == _canonical(merge([a, merge([b, c])]))


@settings(max_examples=30, deadline=None)
@given(_stats)
def test_stats_survive_a_file_round_trip(stats: HouseStats) -> None:
    assert _canonical(HouseStats.from_json(json.loads(json.dumps(stats.to_json())))) == _canonical(stats)


def test_fsspec_urls_are_read(capsys) -> None:
    fsspec = pytest.importorskip("fsspec")
    filesystem = fsspec.filesystem("memory")
    filesystem.pipe("/newslint-test-desk/a.txt", b"The minister said said so.\n")
    filesystem.pipe("/newslint-test-desk/sub/b.md", b"The minister said so.\n")
    filesystem.pipe("/newslint-test-desk/notes.json", b"{}")
    try:
        code, out, err = _run(capsys, "archive", "memory://newslint-test-desk")
    finally:
        filesystem.rm("/newslint-test-desk", recursive=True)
    assert code == 1
    assert out.startswith("memory://newslint-test-desk/a.txt:1:14: error newslint/doubled-word")
    assert "in 2 files" in err
