"""A suggestion is kept only when its range is prose copied verbatim from the file.

The engine decides this once for every check and every output format: a replacement
written over a range that holds markup the check never saw (``**the** the``) or an entity
(``caf&eacute;``) would break the file, so such a finding carries no suggestion at all.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.formats import build_document
from tests.helpers import builtin_rule


def _suggestions(path: str, source: str, rule: str) -> list[tuple[str, ...]]:
    found = check_document(build_document(path, source), [builtin_rule(rule)], RunSettings())
    assert found, "the rule must flag the example for the test to mean anything"
    return [finding.suggestions for finding in found]


def test_markup_inside_the_range_drops_the_suggestion() -> None:
    found = _suggestions("a.md", "Officials said **the** the talks would resume.\n", "doubled-word")
    assert found == [()]


def test_markup_around_the_range_keeps_the_suggestion() -> None:
    found = _suggestions("a.md", "Missiles struck **Kiev** overnight.\n", "russian-place-names")
    assert found == [("Kyiv",)]


def test_a_word_split_by_emphasis_gets_no_suggestion() -> None:
    found = _suggestions("a.md", "Missiles struck **Ki**ev overnight.\n", "russian-place-names")
    assert found == [()]


def test_an_entity_in_the_range_drops_the_suggestion() -> None:
    found = _suggestions("a.html", "<p>The caf&eacute; caf&eacute; closed.</p>\n", "doubled-word")
    assert found == [()]


def test_plain_text_keeps_every_suggestion() -> None:
    found = _suggestions("a.txt", "Officials said the the talks would resume.\n", "doubled-word")
    assert found == [("the",)]


def test_document_says_which_ranges_are_verbatim() -> None:
    document = build_document("a.md", "Say **Kiev** now.\n")
    start = document.text.index("Kiev")
    assert document.is_verbatim(start, start + 4)
    assert not document.is_verbatim(document.text.index("Say"), start + 4)
    assert Document("a.txt", "any text").is_verbatim(0, 3)
