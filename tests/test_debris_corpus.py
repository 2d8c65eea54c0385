"""The debris corpus: real-looking MT debris, and correct non-ASCII text that must stay quiet.

tests/corpus/debris.yaml holds mojibake, untranslated fragments, stray control and
invisible characters, punctuation, date and number inconsistencies, and clean texts
(Erdoğan, São Paulo, Zelenskyy, currency and degree signs, dashes, primes, URLs ...).
Every rule of the debris checks runs on every case:

- each flagged span must be overlapped by some finding;
- no finding may fall outside the flagged spans (so clean cases get none at all);
- where the corpus gives ftfy's repair, applying the findings' suggestions to the text
  must produce exactly the repaired text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newslint.check import Resources
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.rules.loader import BUILTIN_PACK, builtin_pack_dir, load_rule_file

CORPUS = Path(__file__).parent / "corpus" / "debris.yaml"
CASES = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["cases"]
RULE_NAMES = (
    "untranslated-fragment", "mojibake", "replacement-character", "control-characters",
    "invisible-characters", "no-break-space", "unbalanced-quotes", "unbalanced-brackets",
    "space-before-punctuation", "doubled-punctuation", "missing-space-after-punctuation",
    "quote-punctuation-placement", "mixed-quote-style", "cjk-punctuation",
    "date-format-consistency", "day-without-month", "percent-style", "thousands-separator",
    # MT tells that must stay quiet on every debris and clean case
    "long-ellipsis", "spaced-full-stop", "company-suffix-spacing", "semicolon-capital",
    "run-on-sentence", "double-hyphen", "a-an", "page-furniture", "source-voice",
)
RULES = [load_rule_file(builtin_pack_dir() / f"{name}.yaml", BUILTIN_PACK, Resources())[0]
         for name in RULE_NAMES]
REPAIRING = ("newslint/mojibake", "newslint/control-characters")


def findings(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, rule, suggestions) of every finding, as offsets into ``text``."""
    document = Document("<corpus>", text)
    result = []
    for finding in check_document(document, RULES, RunSettings()):
        start, end = document.line_index.span(finding.region)
        result.append((start, end, finding.rule, finding.suggestions))
    return result


def flag_spans(case: dict) -> list[tuple[int, int]]:
    text = case["text"]
    return [(text.index(flag), text.index(flag) + len(flag)) for flag in case["flags"]]


def test_the_corpus_is_large_enough() -> None:
    kinds = [case["kind"] for case in CASES]
    assert sum(kind in ("mojibake", "fragment") for kind in kinds) >= 20
    assert kinds.count("clean") >= 20


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["id"])
def test_case(case: dict) -> None:
    found = findings(case["text"])
    flags = flag_spans(case)
    for (start, end), flag in zip(flags, case["flags"], strict=True):
        assert any(s < end and start < e for s, e, _r, _g in found), f"missed {flag!r}"
    stray = [(case["text"][s:e], rule) for s, e, rule, _g in found
             if not any(s < end and start < e for start, end in flags)]
    assert not stray, f"reported outside the flags: {stray}"
    if "suggestion" in case:
        expected = case["text"].replace(case["flags"][0], case["suggestion"])
        assert apply_repairs(case["text"], found) == expected


def apply_repairs(text: str, found: list[tuple[int, int, str, tuple[str, ...]]]) -> str:
    for start, end, _rule, suggestion in sorted(
            (f for f in found if f[2] in REPAIRING and f[3]), reverse=True):
        text = text[:start] + suggestion[0] + text[end:]
    return text
