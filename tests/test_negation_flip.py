"""negation-flip: a later sentence denies (or asserts) what an earlier one asserted (denied)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.document import Document
from newslint.engine import Finding, RunSettings, check_document
from newslint.rules.loader import load_rule_file

ROOT = Path(__file__).resolve().parent.parent
RULE_FILE = ROOT / "rules" / "negation-flip.yaml"


@pytest.fixture(scope="module")
def rule():
    (loaded,) = load_rule_file(RULE_FILE, "newslint", Resources())
    return loaded


def findings(rule, text: str) -> list[tuple[str, Finding]]:
    document = Document("a.txt", text)
    result = []
    for finding in check_document(document, [rule], RunSettings()):
        start, end = document.line_index.span(finding.region)
        result.append((text[start:end], finding))
    return result


def flagged(rule, text: str) -> list[str]:
    return [span for span, _ in findings(rule, text)]


def test_the_seed_claim_and_denial_is_an_info_finding_pointing_at_both(rule) -> None:
    text = ("President Donald Trump claimed he sent a letter to the leader of the Islamic "
            "Revolution.\nHowever, an unnamed American official later told Al Jazeera that "
            "the letter had not yet been sent.")
    ((span, finding),) = findings(rule, text)
    assert span == "had not yet been sent"
    assert finding.severity == "info"
    assert finding.related[0].line == 1
    assert "he sent a letter" in finding.message


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rescuers found the missing pilot alive on Sunday. The pilot has not been found, "
         "the navy said.", "has not been found"),
        ("Turkey closed the border with Syria on Monday. Turkey did not close the border, "
         "officials insisted.", "did not close"),
        ("She won the election with 54 percent of the vote. She did not win the election.",
         "did not win"),
        ("The company paid the fine in full. The fine was never paid.", "was never paid"),
        ("The minister announced the plan at a press conference. The plan was not announced.",
         "was not announced"),
        ("Health Minister Irena Kovac resigned on Sunday. Kovac, who has not resigned, is due "
         "in parliament.", "has not resigned"),
        ("The economy is stable, the bank said. The economy is not stable.", "is not"),
    ],
)
def test_a_denial_of_the_same_predicate_and_participants(rule, text: str, span: str) -> None:
    assert flagged(rule, text) == [span]


def test_an_assertion_after_a_denial_is_reported_too(rule) -> None:
    text = ("Protesters didn't storm the parliament building. Protesters stormed the "
            "parliament building after the vote.")
    ((span, finding),) = findings(rule, text)
    assert span == "stormed"
    assert "asserts what line 1 denies" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # different objects, subjects, or of-complements
        "The fisheries treaty was signed in Oslo. The protocol has not been signed.",
        "Police arrested a man in Antwerp. His brother was not arrested.",
        "The drug reduced the risk of heart attack. It did not reduce the risk of stroke.",
        "The team won the first leg 2-0. The team did not win the second leg.",
        "The minister has not resigned. Her deputy resigned on Tuesday.",
        "The United States has imposed sanctions on three firms. The European Union has not "
        "imposed sanctions.",
        # different times, figures, places
        "The central bank did not raise rates at its March meeting. On Thursday it raised "
        "its benchmark rate by a quarter point.",
        "Iran has not enriched uranium to 90 percent. Iran has enriched uranium to 60 percent.",
        "Britain's economy grew by 0.1 percent in the third quarter. The economy did not grow "
        "in September.",
        "The vaccine has been approved in the European Union. The vaccine has not been "
        "approved in the United States.",
        # questions, conditionals, hypotheticals, infinitives, not only
        "Parliament approved the reform. Why did the opposition not approve the reform?",
        "Officials expect the agreement to be signed in May. If the agreement is not signed "
        "by June, tariffs will rise.",
        "The council approved the budget. The mayor said the budget would not be approved "
        "without cuts.",
        "Iran had not received the letter. Khamenei refused to receive the letter.",
        "The sanctions did not weaken the regime. They not only weakened the currency but "
        "also emptied the shops.",
        # a party's reply to what is said about it
        "Prosecutors say the firm paid bribes to officials. The firm says it has not paid "
        "any bribes.",
        # a participle is not a finite verb
        "The regulator approved the drug for adolescents aged 12 to 17. The adults were not "
        "aged.",
    ],
)
def test_look_alikes_that_assert_and_deny_different_things(rule, text: str) -> None:
    assert flagged(rule, text) == []


def test_one_sentence_is_not_compared_with_itself(rule) -> None:
    assert flagged(rule, "Germany ratified the treaty, but the treaty was not ratified by "
                         "France.") == []


def test_reporting_verbs_are_not_compared(rule) -> None:
    text = "Trump said he wanted a deal. Trump did not say when talks would start."
    assert flagged(rule, text) == []


def test_clauses_around_skipped_markdown_code_are_not_compared() -> None:
    """In Markdown, inline code becomes a placeholder: "`SIGPIPE` can have a listener" and
    "`SIGKILL` cannot have a listener" have different subjects the check cannot see."""
    from newslint.check import Resources
    from newslint.engine import RunSettings, check_document
    from newslint.formats import build_document
    from newslint.rules.loader import BUILTIN_PACK, builtin_pack_dir, load_rule_file

    (rule,) = load_rule_file(builtin_pack_dir() / "negation-flip.yaml", BUILTIN_PACK, Resources())
    source = ("`SIGPIPE` can have a listener installed.\n\n"
              "`SIGKILL` cannot have a listener installed.\n")
    document = build_document("signals.md", source)
    assert check_document(document, [rule], RunSettings()) == []
