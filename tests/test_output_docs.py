"""The output is documented for the tools that read it: JSON validates against the shipped
schema and every field is in docs/output.md; SARIF describes each rule with a whole first
sentence and a link to its section of docs/rules.md, which is generated from the rules
and up to date; the project names no document it does not contain."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest

from newslint.reporters.sarif import sarif_log
from newslint.rules.docs import builtin_rules, first_sentence, help_uri, rule_anchor, rules_markdown

from .conftest import ROOT, SEED, run_cli, run_json

SCHEMA = json.loads((ROOT / "docs" / "output.schema.json").read_text(encoding="utf-8"))
OUTPUT_DOC = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
RULES_DOC = ROOT / "docs" / "rules.md"
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\Z")


def validate(report: dict) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(report)


def test_the_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_json_output_validates_against_the_schema(workdir: Path) -> None:
    (workdir / "seed.txt").write_bytes(SEED.read_bytes())
    (workdir / "talks.md").write_text(
        "# Talks\n\nTreasury Secretary Scott Bessent met the delegation. "
        "Officials said Scott Besent would travel.\n\nThe the vote. "
        "<!-- newslint-disable-line doubled-wrd -->\n")
    (workdir / "page.html").write_text("<p>The the museum reopened.</p>\n")
    (workdir / "broken.txt").write_bytes(b"\xff\xfe\x00")
    code, report = run_json(".", cwd=workdir)
    assert code == 2  # broken.txt cannot be read
    validate(report)
    assert report["errors"] and report["findings"]
    assert any(f["related"] for f in report["findings"])
    assert any(f["suggestions"] for f in report["findings"])
    assert {f["severity"] for f in report["findings"]} >= {"error", "warning"}


def test_an_empty_report_validates(workdir: Path) -> None:
    (workdir / "a.txt").write_text("The council met on Tuesday.\n")
    _, report = run_json("a.txt", cwd=workdir)
    validate(report)


def test_the_schema_rejects_what_the_format_does_not_have(workdir: Path) -> None:
    (workdir / "a.txt").write_text("The the council met.\n")
    _, report = run_json("a.txt", cwd=workdir)
    report["findings"][0]["colum"] = 3
    with pytest.raises(jsonschema.ValidationError):
        validate(report)


def schema_fields(node: object) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        found |= set(node.get("properties", {}))
        for value in node.values():
            found |= schema_fields(value)
    elif isinstance(node, list):
        for value in node:
            found |= schema_fields(value)
    return found


@pytest.mark.parametrize("field", sorted(schema_fields(SCHEMA)))
def test_every_field_is_documented(field) -> None:
    assert re.search(rf"`(?:[\w\[\]]+\.)?{field}(?:\.\w+)?`|\.{field}\b", OUTPUT_DOC), \
        f"docs/output.md does not describe '{field}'"


def test_docs_rules_md_is_up_to_date() -> None:
    assert RULES_DOC.read_text(encoding="utf-8") == rules_markdown(builtin_rules()), \
        "docs/rules.md is out of date: python -m newslint.rules.docs > docs/rules.md"


def test_sarif_rules_have_a_whole_sentence_and_a_help_uri(workdir: Path) -> None:
    result = run_cli("check", "--format", "sarif", "--fail-on", "never", str(SEED), cwd=workdir)
    log = json.loads(result.stdout)
    descriptors = log["runs"][0]["tool"]["driver"]["rules"]
    assert len(descriptors) >= 30
    headings = set(re.findall(r"(?m)^## (\S+)$", RULES_DOC.read_text(encoding="utf-8")))
    for descriptor in descriptors:
        short = descriptor["shortDescription"]["text"]
        assert SENTENCE_END.search(short), f"{descriptor['id']}: {short!r}"
        assert descriptor["fullDescription"]["text"].replace("\n", " ").startswith(short[:40])
        uri = descriptor["helpUri"]
        assert uri.startswith("https://") and uri.endswith("#" + rule_anchor(descriptor["id"]))
        assert descriptor["id"] in headings


def test_descriptors_of_ids_a_check_names_link_to_the_rule_fronting_them() -> None:
    from newslint.engine import Finding, Report

    finding = Finding("a.txt", 1, 1, 1, 4, "languagetool/EN_A_VS_AN", "languagetool", "warning",
                      "fluency/grammar", "Use 'an'.")
    log = sarif_log(Report(findings=[finding]))
    descriptor = log["runs"][0]["tool"]["driver"]["rules"][0]
    assert descriptor["helpUri"] == help_uri("languagetool/languagetool")


@pytest.mark.parametrize(("description", "sentence"), [
    ("The same word twice (\"the the\"). Delete one.", "The same word twice (\"the the\")."),
    ("Two expansions (\"Board (STB)\" ... \"Bureau (STB)\"), or two acronyms. More.",
     "Two expansions (\"Board (STB)\" ... \"Bureau (STB)\"), or two acronyms."),
    ("Names such as Mr. Smith and the U.S. Senate clash. Then more.",
     "Names such as Mr. Smith and the U.S. Senate clash."),
    ("A quote: \"said ...\". Then more.", "A quote: \"said ...\"."),
    ("One line\nwrapped over two. Next sentence.", "One line wrapped over two."),
    ("No full stop at all", "No full stop at all"),
])
def test_first_sentence_is_whole(description, sentence) -> None:
    assert first_sentence(description) == sentence


def test_no_reference_to_a_document_the_repository_does_not_have() -> None:
    word = "SP" + "EC"  # spelt apart so that this test does not find itself
    listing = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                             cwd=ROOT, capture_output=True, text=True)
    if listing.returncode != 0:
        pytest.skip("not a git checkout")
    offenders = []
    for name in listing.stdout.split():
        if not name.endswith((".py", ".md", ".yaml", ".yml", ".toml", ".json")):
            continue
        path = ROOT / name
        if path.is_file() and re.search(rf"\b{word}\b", path.read_text(encoding="utf-8", errors="replace")):
            offenders.append(name)
    assert offenders == []


def test_readme_and_docs_link_only_to_files_that_exist() -> None:
    for document in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = document.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:\s]+)(?:#[^)]*)?\)", text):
            if "." in target or "/" in target:  # a file, not SARIF's `[text](n)` syntax
                assert (document.parent / target).exists(), f"{document.name} links to {target}"
