"""--format sarif (docs/output.md): valid SARIF 2.1.0 that code-scanning services read as-is."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import jsonschema
import pytest

from newslint.cli import main

from .conftest import SEED, run_cli

SCHEMA = json.loads(
    (Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def sarif(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    main(["check", "--format", "sarif", "--fail-on", "never", *args])
    return json.loads(capsys.readouterr().out)


# RFC 3986 characters of a URI reference (jsonschema checks "format": "uri" only when an
# optional package is installed, so the URIs are checked here).
URI_CHARACTERS = re.compile(r"[A-Za-z0-9\-._~%!$&'()*+,;=:@/?#]+")


def assert_valid(log: dict) -> None:
    errors = sorted(VALIDATOR.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    for uri in re.findall(r'"uri": "([^"]*)"', json.dumps(log, ensure_ascii=False)):
        assert URI_CHARACTERS.fullmatch(uri), uri


def apply_fix(source: str, replacement: dict) -> str:
    """Apply one SARIF replacement with the positions of docs/output.md (code points, LF/CRLF/CR lines)."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]
    region = replacement["deletedRegion"]
    begin = starts[region["startLine"] - 1] + region["startColumn"] - 1
    end = starts[region["endLine"] - 1] + region["endColumn"] - 1
    return source[:begin] + replacement["insertedContent"]["text"] + source[end:]


@pytest.fixture
def several(workdir: Path) -> Path:
    """Plain text, Markdown, HTML, a subdirectory, a name with a space and an accent, and a
    file that cannot be decoded."""
    shutil.copy(SEED, workdir / "seed.txt")
    (workdir / "sub").mkdir()
    (workdir / "sub" / "brief.md").write_text(
        "# Brief\n\nMissiles struck **Kiev** and Kharkov overnight.\n\n"
        "Officials said **the** the talks would resume.\n", encoding="utf-8")
    (workdir / "sub" / "page.html").write_text(
        "<html><title>Update</title><body><p>Officials travelled to to Geneva.</p>"
        "<p>Crowds gathered in Odessa.</p></body></html>\n", encoding="utf-8")
    (workdir / "sub" / "café notes.txt").write_text("He left Kiev on Monday.\n", encoding="utf-8")
    (workdir / "broken.txt").write_bytes(b"caf\xe9 au lait\n")
    return workdir


def test_seed_sarif_from_the_command_line_validates(workdir: Path) -> None:
    shutil.copy(SEED, workdir / "seed.txt")
    result = run_cli("check", "--format", "sarif", "seed.txt", cwd=workdir)
    log = json.loads(result.stdout)
    assert_valid(log)
    assert log["version"] == "2.1.0"
    assert log["runs"][0]["results"], "the seed has findings"


def test_a_directory_of_several_files_validates(several: Path, capsys) -> None:
    log = sarif(capsys, ".")
    assert_valid(log)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}
    assert {"seed.txt", "sub/brief.md", "sub/page.html", "sub/caf%C3%A9%20notes.txt"} <= uris


def test_paths_are_relative_uris_with_forward_slashes_under_srcroot(several: Path, capsys) -> None:
    run = sarif(capsys, ".")["runs"][0]
    root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert root.startswith("file://") and root.endswith("/")
    assert Path(unquote(urlsplit(root).path)) == several.resolve()
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location["uriBaseId"] == "%SRCROOT%"
        assert not location["uri"].startswith(("/", "./")) and "\\" not in location["uri"]
        assert (several / unquote(location["uri"])).is_file()


def test_every_rule_that_ran_is_described(several: Path, capsys) -> None:
    run = sarif(capsys, "--select", "newslint/doubled-word,newslint/russian-place-names", ".")[
        "runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["newslint/doubled-word", "newslint/russian-place-names"]
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert rules[0]["defaultConfiguration"]["level"] == "error"
    assert rules[1]["defaultConfiguration"]["level"] == "warning"
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_levels_follow_the_effective_severity(workdir: Path, capsys) -> None:
    (workdir / ".newslint.yaml").write_text("severity: {newslint/russian-place-names: info}\n")
    (workdir / "a.txt").write_text("Officials travelled to to Geneva and Kiev.\n")
    results = sarif(capsys, "a.txt")["runs"][0]["results"]
    assert {r["ruleId"]: r["level"] for r in results} == {
        "newslint/doubled-word": "error", "newslint/russian-place-names": "note"}


def test_columns_are_code_points_and_regions_match_the_text_output(several: Path, capsys) -> None:
    run = sarif(capsys, "seed.txt")["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    main(["check", "--format", "json", "--fail-on", "never", "seed.txt"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in run["results"]]
    assert [(g["startLine"], g["startColumn"], g["endLine"], g["endColumn"]) for g in regions] == [
        (f["line"], f["column"], f["end_line"], f["end_column"]) for f in findings]


def test_substitution_fix_replaces_exactly_its_region(workdir: Path, capsys) -> None:
    source = "Intro line.\r\nMissiles — again — struck Kiev overnight.\n"
    (workdir / "a.txt").write_bytes(source.encode("utf-8"))
    (result,) = sarif(capsys, "--select", "newslint/russian-place-names", "a.txt")["runs"][0][
        "results"]
    (fix,) = result["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"] == result["locations"][0]["physicalLocation"][
        "artifactLocation"]
    (replacement,) = change["replacements"]
    assert replacement["deletedRegion"] == result["locations"][0]["physicalLocation"]["region"]
    assert apply_fix(source, replacement) == source.replace("Kiev", "Kyiv")


def test_doubled_word_fix_leaves_one_word(workdir: Path, capsys) -> None:
    source = "Officials travelled to to Geneva.\n"
    (workdir / "a.txt").write_text(source)
    (result,) = sarif(capsys, "--select", "newslint/doubled-word", "a.txt")["runs"][0]["results"]
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert apply_fix(source, replacement) == "Officials travelled to Geneva.\n"


def test_markdown_offers_fixes_only_where_the_region_is_plain_prose(several: Path, capsys) -> None:
    source = (several / "sub" / "brief.md").read_text(encoding="utf-8")
    results = sarif(capsys, "sub/brief.md")["runs"][0]["results"]
    by_text = {r["message"]["text"].split("'")[1]: r for r in results}
    # "**Kiev**": the region is the word itself, inside the markup: a plain replacement.
    kiev = by_text["Kiev"]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert apply_fix(source, kiev) == source.replace("**Kiev**", "**Kyiv**")
    # "**the** the": the region holds "**" the check never saw; writing "the" over it
    # would break the markup, so no fix is offered.
    assert "fixes" not in by_text["the"]


def test_html_entities_are_not_overwritten(workdir: Path, capsys) -> None:
    (workdir / "a.html").write_text("<p>He left Kiev. The caf&eacute; caf&eacute; closed.</p>\n")
    results = sarif(capsys, "a.html")["runs"][0]["results"]
    fixable = {r["ruleId"]: "fixes" in r for r in results}
    assert fixable == {"newslint/russian-place-names": True, "newslint/doubled-word": False}


def test_related_locations_are_linked_from_the_message(workdir: Path, capsys) -> None:
    (workdir / "a.txt").write_text(
        "Intro.\nThe deep-rooted distrust of the West is rooted in decades of interference.\n")
    (result,) = sarif(capsys, "--select", "newslint/stem-repetition", "a.txt")["runs"][0][
        "results"]
    (related,) = result["relatedLocations"]
    assert related["id"] == 1
    assert related["physicalLocation"]["region"] == {
        "startLine": 2, "startColumn": 5, "endLine": 2, "endColumn": 16}
    assert related["message"]["text"] == "first use: 'deep-rooted'"
    assert result["message"]["text"].endswith("(see [first use: 'deep-rooted'](1))")


def test_unreadable_files_are_tool_notifications(several: Path, capsys) -> None:
    invocation = sarif(capsys, ".")["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert "not UTF-8" in notification["message"]["text"]
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "broken.txt")


def test_a_path_outside_the_current_directory_is_a_file_uri(
        workdir: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    (workdir / "inner").mkdir()
    (workdir / "a.txt").write_text("Officials travelled to to Geneva.\n")
    monkeypatch.chdir(workdir / "inner")
    log = sarif(capsys, str(workdir / "a.txt"))
    assert_valid(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
        "artifactLocation"]
    assert location == {"uri": (workdir / "a.txt").as_uri()}


def test_output_is_byte_identical_across_runs(several: Path) -> None:
    first = run_cli("check", "--format", "sarif", ".", cwd=several).stdout
    assert first == run_cli("check", "--format", "sarif", ".", cwd=several).stdout


def test_rule_ids_a_check_reports_under_its_own_names_are_described() -> None:
    from newslint.engine import Finding, Report
    from newslint.reporters.sarif import sarif_log

    finding = Finding("a.txt", 1, 1, 1, 4, "newslint/lt-morfologik-spelling", "languagetool",
                      "info", "fluency/spelling", "Possible spelling mistake")
    run = sarif_log(Report(findings=[finding, finding._replace(line=2)]))["runs"][0]
    assert_valid({"version": "2.1.0", "runs": [run]})
    (rule,) = run["tool"]["driver"]["rules"]
    assert rule["id"] == "newslint/lt-morfologik-spelling"
    assert rule["defaultConfiguration"]["level"] == "note"
    assert [r["ruleIndex"] for r in run["results"]] == [0, 0]
