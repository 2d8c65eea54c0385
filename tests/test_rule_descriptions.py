"""A rule's description says what it finds, why, and what to write instead, in that order;
`newslint test-rules` fails a rule whose description lacks one of the three
(docs/writing-checks.md, "The description")."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.io.yamlsource import YamlError
from newslint.rules.description import description_problem
from newslint.rules.loader import BUILTIN_PACK, builtin_pack_dir, load_pack

from .conftest import run_cli

WHAT = "what: Placeholders left in copy until a fact is filled in, such as TK."
WHY = "why: They must never reach readers, who take them for a typing error."
INSTEAD = "instead: Fill in the fact or remove the sentence."


def rule_text(*parts: str, description: str | None = None) -> str:
    """A house rule whose description is ``parts`` (YAML lines) or a plain ``description``."""
    body = (f"description: {description}\n" if description is not None
            else "description:\n" + "".join(f"  {part}\n" for part in parts))
    return ("id: no-tk\ncheck: existence\ncategory: accuracy/omission\ntokens: [TK]\n" + body
            + "examples:\n  - text: 'TK people died.'\n    flags: ['TK']\n"
              "  - text: 'Ten people died.'\n    flags: []\n")


def house_pack(directory: Path, text: str) -> Path:
    pack = directory / "house"
    pack.mkdir(exist_ok=True)
    (pack / "no-tk.yaml").write_text(text)
    return pack


def run_test_rules(pack: Path) -> tuple[int, str, str]:
    result = run_cli("test-rules", str(pack), cwd=pack.parent)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


# -- test-rules ------------------------------------------------------------------------------


def test_a_rule_with_what_why_and_instead_passes(workdir: Path) -> None:
    code, out, _ = run_test_rules(house_pack(workdir, rule_text(WHAT, WHY, INSTEAD)))
    assert code == 0, out
    assert "1 descriptions whole, 0 incomplete" in out


def test_a_rule_without_instead_fails_naming_the_rule_and_the_part(workdir: Path) -> None:
    code, out, err = run_test_rules(house_pack(workdir, rule_text(WHAT, WHY)))
    assert code == 1
    assert ("FAIL house/no-tk: the description has no 'instead' (what to write instead)"
            in out.splitlines())
    assert "Traceback" not in err


def test_every_missing_part_is_named_in_one_line(workdir: Path) -> None:
    code, out, _ = run_test_rules(house_pack(workdir, rule_text(INSTEAD)))
    assert code == 1
    assert ("FAIL house/no-tk: the description has no 'what' (what the rule finds) and no "
            "'why' (why it matters)") in out.splitlines()


def test_a_blank_part_counts_as_missing(workdir: Path) -> None:
    code, out, _ = run_test_rules(house_pack(workdir, rule_text(WHAT, "why: ''", INSTEAD)))
    assert code == 1 and "has no 'why'" in out


def test_a_plain_string_description_still_runs_but_test_rules_asks_for_the_parts(
    workdir: Path,
) -> None:
    pack = house_pack(workdir, rule_text(description="Placeholders left in copy."))
    (workdir / ".newslint.yaml").write_text("packs: [house]\n")
    (workdir / "story.txt").write_text("TK people died in the flood.\n")
    checked = run_cli("check", "story.txt", cwd=workdir)
    assert checked.returncode == 0 and b"warning house/no-tk 'TK'" in checked.stdout
    code, out, err = run_test_rules(pack)
    assert code == 1 and "Traceback" not in err
    assert [line for line in out.splitlines() if line.startswith("FAIL")] == [
        "FAIL house/no-tk: the description is one text, so its parts cannot be checked; "
        "give it as 'what', 'why' and 'instead' (docs/writing-checks.md)"]


# -- reading the parts -------------------------------------------------------------------------


def load(directory: Path, text: str) -> list:
    return load_pack(house_pack(directory, text), "house", Resources())


def test_the_parts_are_shown_in_order_whatever_order_the_file_has(tmp_path: Path) -> None:
    (rule,) = load(tmp_path, rule_text(INSTEAD, "details: Not reported in quotations.",
                                       WHY, WHAT))
    assert rule.description.split("\n\n") == [
        "Placeholders left in copy until a fact is filled in, such as TK.",
        "Why: They must never reach readers, who take them for a typing error.",
        "Instead: Fill in the fact or remove the sentence.",
        "Not reported in quotations."]
    assert rule.summary == "Placeholders left in copy until a fact is filled in, such as TK."


def test_explain_shows_the_three_parts(workdir: Path) -> None:
    out = run_cli("explain", "newslint/doubled-word", cwd=workdir).stdout.decode()
    what = out.index("The same word twice in a row")
    assert what < out.index("\nWhy: ") < out.index("\nInstead: Delete one of the two.")


def test_an_unknown_part_is_a_located_error(tmp_path: Path) -> None:
    with pytest.raises(YamlError) as caught:
        load(tmp_path, rule_text(WHAT, WHY, "insted: Fill in the fact."))
    assert str(caught.value).endswith(
        "no-tk.yaml:8:3: unknown key 'insted' in 'description' "
        "(its parts: what, why, instead, details)")


def test_a_part_that_is_not_text_is_a_located_error(tmp_path: Path) -> None:
    with pytest.raises(YamlError) as caught:
        load(tmp_path, rule_text(WHAT, WHY, "instead: [Fill in the fact]"))
    assert str(caught.value).endswith("no-tk.yaml:8:12: description 'instead' must be a string")


def test_a_description_that_is_neither_text_nor_parts_is_a_located_error(tmp_path: Path) -> None:
    with pytest.raises(YamlError) as caught:
        load(tmp_path, rule_text(description="[what, why]"))
    assert str(caught.value).endswith("no-tk.yaml:5:14: 'description' must be a string or "
                                      "a mapping")


# -- the built-in packs ------------------------------------------------------------------------

BUILTIN = [
    *load_pack(builtin_pack_dir(), BUILTIN_PACK, Resources()),
    *load_pack(builtin_pack_dir() / "languagetool", "languagetool", Resources()),
]


@pytest.mark.parametrize("rule", BUILTIN, ids=lambda rule: rule.id)
def test_every_builtin_rule_says_what_why_and_instead(rule) -> None:
    assert description_problem(rule.id, rule.parts) is None
