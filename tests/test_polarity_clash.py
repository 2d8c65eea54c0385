"""polarity-clash: opposite evaluations coordinated in one list, a trace of a lost negation."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.io.yamlsource import YamlError
from newslint.rules.loader import load_rule_file

ROOT = Path(__file__).resolve().parent.parent
RULE_FILE = ROOT / "rules" / "polarity-clash.yaml"


@pytest.fixture(scope="module")
def rule():
    (loaded,) = load_rule_file(RULE_FILE, "newslint", Resources())
    return loaded


def findings(rule, text: str) -> list[tuple[str, str]]:
    document = Document("a.txt", text)
    result = []
    for finding in check_document(document, [rule], RunSettings()):
        start, end = document.line_index.span(finding.region)
        result.append((text[start:end], finding.message))
    return result


def flagged(rule, text: str) -> list[str]:
    return [span for span, _ in findings(rule, text)]


def test_the_seed_list_is_flagged_whole_and_the_message_names_the_odd_member(rule) -> None:
    text = ('Khamenei described negotiations with the US as "wise, intelligent and '
            'dishonorable."')
    ((span, message),) = findings(rule, text)
    assert span == "wise, intelligent and dishonorable"
    assert message.startswith("'dishonorable' contradicts 'wise, intelligent' in the same list")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Monitors called the count transparent and illegitimate.",
         "transparent and illegitimate"),
        ("The court found the sentence both proportionate and unjustified.",
         "both proportionate and unjustified"),
        ("Beijing called the visit provocative, irresponsible, and constructive.",
         "provocative, irresponsible, and constructive"),
        ("He accused the opposition of acting responsibly and recklessly.",
         "responsibly and recklessly"),
        ("He accused the minister of arrogance, incompetence and integrity.",
         "arrogance, incompetence and integrity"),
        ("Critics said the reform was deeply unfair and highly effective.",
         "deeply unfair and highly effective"),
    ],
)
def test_mixed_lists_of_adjectives_adverbs_and_nouns(rule, text: str, span: str) -> None:
    assert flagged(rule, text) == [span]


def test_with_a_tie_the_later_polarity_is_the_odd_one(rule) -> None:
    ((_, message),) = findings(rule, "The plan was prudent and wasteful.")
    assert message.startswith("'wasteful' contradicts 'prudent'")


def test_a_negator_on_a_member_counts(rule) -> None:
    ((_, message),) = findings(rule, "The talks were useful and not honest.")
    assert message.startswith("'not honest' contradicts 'useful'")


@pytest.mark.parametrize(
    "text",
    [
        "The coach called the draw frustrating but deserved.",
        "The talks were tense, at times hostile, yet ultimately productive.",
        "The talks were hostile and yet productive.",
        "The deal is good for carmakers and bad for farmers.",
        "Inspectors found the tender transparent and not corrupt.",
        "The new rules make the market more transparent and less corrupt.",
    ],
)
def test_a_stated_contrast_or_a_negated_member_is_not_a_clash(rule, text: str) -> None:
    assert flagged(rule, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The reform will have both positive and negative effects.",
        "Relations have had good and bad moments.",
        "The court separated legal and illegal donations.",
        "Officials sorted the fair and unfair complaints.",
        "The survey covered useful and useless gadgets.",
        "Both friendly and unfriendly nations attended.",
    ],
)
def test_antonym_pairs_that_name_a_range_are_not_a_clash(rule, text: str) -> None:
    assert flagged(rule, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials described the negotiations as long and detailed.",
        "The witness was honest, careful and precise.",
        "The inquiry found a loyal and competent workforce let down by reckless and "
        "incompetent management.",
        "The plan was hailed as visionary by its backers and condemned as reckless by others.",
        "Voters must decide whether the plan is wise or foolish.",
        "Shares in Honest and Cruel Holdings rose on Monday.",
    ],
)
def test_uniform_neutral_alternative_or_named_lists_pass(rule, text: str) -> None:
    assert flagged(rule, text) == []


def test_members_of_different_word_classes_are_not_one_list(rule) -> None:
    # "and" joins two clauses here: an adjective and a noun are not one list.
    assert flagged(rule, "The outlook was hopeful and foolishness was rare.") == []


def test_a_broken_lexicon_is_a_located_rule_error(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "bad.tsv").write_text("wise\t?\n")
    text = RULE_FILE.read_text().replace("data/polarity.tsv", "data/bad.tsv")
    (tmp_path / "polarity-clash.yaml").write_text(text)
    with pytest.raises(YamlError) as caught:
        load_rule_file(tmp_path / "polarity-clash.yaml", "house", Resources())
    assert "bad.tsv:1" in str(caught.value)
