"""term-consistency: one article mixing interchangeable spellings of one term.

Groups come from the gazetteers' `variants` (U.S./US, Macao/Macau, Kim Jong Un/Kim
Jong-un) and from the rule's `groups`; the form an article uses most (or a group's
`prefer`) is kept and every use of another form is reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.document import Document
from newslint.engine import Finding, RunSettings, check_document
from newslint.io.yamlsource import YamlError
from newslint.rules.loader import BUILTIN_PACK, Rule, builtin_pack_dir, load_rule_file

RULE_FILE = builtin_pack_dir() / "term-consistency.yaml"
GAZETTEERS = builtin_pack_dir() / "data" / "gazetteer"


def load(path: Path = RULE_FILE, vocabulary: tuple[str, ...] = ()) -> Rule:
    return load_rule_file(path, BUILTIN_PACK, Resources(vocabulary=vocabulary))[0]


TERMS = load()


def run(rule: Rule, text: str) -> list[Finding]:
    found = check_document(Document("article.txt", text), [rule], RunSettings())
    return sorted(found, key=Finding.sort_key)


def spans(rule: Rule, text: str) -> list[str]:
    return [text[f.column - 1 : f.end_column - 1] for f in run(rule, text)]


def custom_rule(tmp_path: Path, body: str) -> Path:
    """A rule file of its own, using the built-in gazetteers or none."""
    path = tmp_path / "terms.yaml"
    path.write_text(
        "id: terms\ncheck: term-consistency\ncategory: terminology/inconsistent\n"
        "description: Test rule for one article's interchangeable spellings.\n"
        f"{body}"
        "examples:\n  - text: 'a'\n    flags: []\n",
        encoding="utf-8",
    )
    return path


# -- gazetteer variants -------------------------------------------------------------------


def test_the_minority_form_is_flagged_with_the_majority_as_suggestion() -> None:
    text = "Macao grew. Macao hotels filled, and Macau casinos and Macao's shops did well."
    [finding] = run(TERMS, text)
    assert text[finding.column - 1 : finding.end_column - 1] == "Macau"
    assert finding.suggestions == ("Macao",)
    assert finding.message == ("'Macau' (1 use) and 'Macao' (3 uses, first at 1:1) are the same "
                               "term in one article; keep one form")
    assert [(r.line, r.column) for r in finding.related] == [(1, 1)]


def test_every_use_of_a_minority_form_is_flagged() -> None:
    text = ("Macao grew. Macau hotels and Macau casinos filled. Macao shops and Macao banks "
            "agreed, Macao said.")
    assert spans(TERMS, text) == ["Macau", "Macau"]


def test_an_even_split_is_reported_once() -> None:
    text = "Macao grew, and Macau hotels filled. Macao shops and Macau casinos and Macau banks agreed."
    assert spans(TERMS, text) == ["Macao"]


def test_abbreviations_with_and_without_stops_are_one_info_finding() -> None:
    """U.S./US is a house-style slip: its first mixed use is reported, as info."""
    text = "U.S. officials met. U.S. tariffs and US sanctions hit US firms. U.S. banks agreed."
    assert spans(TERMS, text) == ["US"]
    assert [f.severity for f in run(TERMS, text)] == ["info"]


@pytest.mark.parametrize("text", [
    # a full name then its short form is normal news style
    "The United States and China agreed. US officials said the US would cut tariffs.",
    "Ayatollah Ali Khamenei spoke. Khamenei said talks were useless.",
    # one form only, also inside other words
    "US officials met USAID staff in the USA.",
    # the form inside a URL or an all-caps headline says nothing about the article's style
    "U.S. TROOPS LEAVE\n\nUS officials met. Read https://example.org/U.S./report for more.",
])
def test_consistent_articles_are_not_flagged(text: str) -> None:
    assert spans(TERMS, text) == []


def test_multi_word_variants_and_possessives_count() -> None:
    text = "Kim Jong Un met officials. Kim Jong Un's sister spoke, and Kim Jong-un left."
    assert spans(TERMS, text) == ["Kim Jong-un"]


def test_a_form_nested_in_a_longer_form_counts_for_its_own_group() -> None:
    text = "Volodymyr Zelensky spoke. Zelenskyy said Kyiv needed air defence. Zelensky left."
    assert spans(TERMS, text) == ["Zelenskyy"]


# -- rule groups --------------------------------------------------------------------------


def test_rule_groups_ignore_case_but_not_proper_nouns() -> None:
    text = "Readers sent an email. E-mail volumes rose, and a third email came. Online Party won."
    assert spans(TERMS, text) == ["E-mail"]
    text = "Most talks happen online. The On-line Party, a new group, disagreed."
    assert spans(TERMS, text) == []


def test_the_longest_form_wins_at_one_position() -> None:
    text = "Mr. Smith met Mr. Jones and Mr Brown."
    assert spans(TERMS, text) == ["Mr"]


def test_a_preferred_form_is_kept_even_in_the_minority(tmp_path: Path) -> None:
    path = custom_rule(tmp_path, "use_gazetteer_variants: false\ngroups:\n"
                                 "  - {forms: [percent, per cent, pct], prefer: percent}\n")
    text = "Prices rose 5 per cent, then 3 per cent, then 2 percent and 1 pct."
    found = run(load(path), text)
    assert [text[f.column - 1 : f.end_column - 1] for f in found] == ["per cent", "per cent", "pct"]
    assert found[0].suggestions == ("percent",)
    assert found[0].message.endswith("the preferred form is 'percent'")


def test_a_vocabulary_form_is_never_a_variant(tmp_path: Path) -> None:
    text = "Macao grew. Macao hotels filled, and Macau casinos did well."
    assert run(load(vocabulary=("Macau",)), text) == []


@pytest.mark.parametrize(("groups", "error"), [
    ("groups: {a: b}\n", "'groups' must be a list of groups"),
    ("groups:\n  - [alone]\n", "group 1: 'forms' must list two or more strings"),
    ("groups:\n  - {forms: [a, b], prefer: c}\n", "group 1: 'prefer' must be one of its forms"),
    ("groups:\n  - [a, b]\n  - {forms: [a, b], colour: red}\n", "group 2: a list of forms"),
])
def test_bad_groups_are_located_errors(tmp_path: Path, groups: str, error: str) -> None:
    path = custom_rule(tmp_path, groups)
    with pytest.raises(YamlError) as raised:
        load(path)
    assert str(raised.value).startswith(f"{path}:5:1: ")
    assert error in str(raised.value)


def test_gazetteer_groups_are_read_from_the_rules_gazetteers(tmp_path: Path) -> None:
    gazetteer = tmp_path / "house.yaml"
    gazetteer.write_text("entities:\n  - name: Kyrgyzstan\n    kind: place\n"
                         "    aliases: [Kirghizia]\n    variants: [[Kyrgyzstan, Kirghizia]]\n")
    path = custom_rule(tmp_path, "gazetteers: [house.yaml]\n")
    text = "Kyrgyzstan voted. Kirghizia, officials said, voted again. Kyrgyzstan won."
    assert spans(load(path), text) == ["Kirghizia"]
