"""What the near-miss mode of ``name-consistency`` asks of one article, beside its
per-word and per-name tests (``NameConsistencyCheck``'s near-miss methods): a word's facts
in the article, the article's name words gathered when first needed, whether a title
before a mention fits a known person, and a garbled first name before a near-miss surname
("So Bescent"). Functions of their arguments alone, kept apart from the check so that
the check's module stays about its modes."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from newslint.checks.names.mentions import NameMention, is_ordinary
from newslint.checks.names.words import COMMON_WORDS, TITLE_WORDS, looks_alike, may_be_name_word
from newslint.document import Document, Span
from newslint.gazetteer import Entity
from newslint.text.folding import fold
from newslint.text.segmentation import ABBREVIATIONS

UNSEEN: Any = object()  # a word not yet met in the article (None means "never compared")


def facts_in_article(facts: tuple[str, str, str, bool] | None,
                     lower: frozenset[str]) -> tuple[bool, str, str] | None:
    """A word's facts (``_facts_of_word``) in one article: whether it is an ordinary word
    there (``is_ordinary``), its key and its key squashed; None when never compared."""
    if facts is None:
        return None
    folded, key, squashed, _ = facts
    return is_ordinary(folded, lower), key, squashed


class PresentWords:
    """The folded words of an article's name mentions, gathered only when first asked
    for: nearly no article has a near miss to check them against."""

    def __init__(self, mentions: list[NameMention]) -> None:
        self._mentions = mentions

    @cached_property
    def words(self) -> set[str]:
        return set(map(fold, {word for mention in self._mentions for word in mention.words}))


def title_fits(title: str, entity: Entity) -> bool:
    """The title before a mention names the entity's office ("Treasury Secretary" for Scott
    Bessent); "Mr" or "Dr" says nothing about who it is."""
    words = {fold(w) for w in title.replace(".", " ").split()} - HONORIFICS
    about = {fold(w) for w in re.findall(r"[^\W\d_]+", f"{entity.role or ''} {entity.description or ''}")}
    return bool(words & about)


HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady madam madame monsieur "
                        "herr frau former late acting interim senior deputy".split())


def is_common(folded: str) -> bool:
    return folded in COMMON_WORDS


def abbreviates(short: str, full: str) -> bool:
    """``short`` keeps the first letter and some others of ``full`` in order ("so"/"scott")."""
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0]:
        return False
    remaining = iter(full)
    return all(char in remaining for char in short)


def mangled_first_name(document: Document, span: Span, entity: Entity) -> int | None:
    """Start of a garbled first name right before a near-miss surname ("So Bescent")."""
    first_names = [form.split()[0] for form in (entity.name, *entity.aliases) if " " in form]
    if not first_names:
        return None
    tokens = document.tokens_in(max(0, span.start - 40), span.start)
    if not tokens:
        return None
    previous = tokens[-1]
    gap = document.text[previous.end : span.start]
    word = previous.text
    if gap != " " or not may_be_name_word(word) or word in TITLE_WORDS or word.lower() in ABBREVIATIONS:
        return None
    folded = fold(word)
    for first_name in first_names:
        expected = fold(first_name)
        if folded == expected:
            return None
        if abbreviates(folded, expected) or looks_alike(
            folded, expected, strong_context=True
        ):
            return previous.start
    return None
