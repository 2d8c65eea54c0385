"""What one article adds to the house memory, read with the article-level checks' own
extraction: the name words ``name-variant`` compares (same mention finder, same filters
for ordinary words, titles, the user's vocabulary and place compounds), the term forms the
``term-consistency`` rules find, and the acronym definitions the ``acronym`` rules judge.
Reusing the checks, not copying them, keeps the archive and the article in agreement.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newslint.archive.stats import HouseStats, Tally
from newslint.checks.names.term_consistency import _canonical
from newslint.document import Document

if TYPE_CHECKING:
    from newslint.checks.names.variants import WordStats
    from newslint.rules.loader import Rule

# Front-matter keys that carry an article's date (the first present one is used).
DATE_KEYS = ("date", "published", "pubdate", "publish_date", "created")


class Extractors:
    """The checks whose extraction the archive reuses, taken from every loaded rule
    (selected or not: ignoring ``name-variant`` in a run must not blind the memory)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        names = [r.check for r in rules if r.check_name == "name-consistency"
                 and r.check.params.get("mode") == "variant"]
        self.names: Any = names[0] if names else None
        self.terms: list[Any] = [r.check for r in rules if r.check_name == "term-consistency"]
        acronyms = [r.check for r in rules if r.check_name == "acronym"]
        self.acronyms: Any = acronyms[0] if acronyms else None

    def word_stats(self, document: Document) -> dict[str, WordStats]:
        """The article's comparable name words, as ``name-variant`` sees them."""
        if self.names is None:
            return {}
        mentions = self.names._mentions(document)
        return self.names._word_stats(document, mentions) if mentions else {}

    def term_uses(self, document: Document) -> list[tuple[str, str, int, int]]:
        """(group key, canonical form, start, end) of every term-group form used."""
        found: list[tuple[str, str, int, int]] = []
        for check in self.terms:
            for index, uses in check._uses(document).items():
                group = check._groups[index]
                key = "|".join(group.forms)
                found.extend((key, _canonical(group, use.form), use.start, use.end) for use in uses)
        return found

    def definitions(self, document: Document) -> list[Any]:
        """The article's accepted acronym definitions (``acronym`` check's analysis)."""
        if self.acronyms is None:
            return []
        from newslint.checks.acronyms.check import analyse

        definitions, _problems = analyse(document, self.acronyms._knowledge,
                                         self.acronyms.params["max_words"])
        return [d for d in definitions if d.accepted]


def article_date(document: Document) -> str | None:
    """The article's date from its front matter (``YYYY-MM-DD``), if it carries one."""
    for key in DATE_KEYS:
        value = document.metadata.get(key)
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()[:10]
        if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return value[:10]
    return None


def extract(document: Document, extractors: Extractors) -> HouseStats:
    """One article's contribution to the memory (``articles`` is 1)."""
    date = article_date(document)
    stats = HouseStats(articles=1, first=date, last=date)
    for key, word_stats in extractors.word_stats(document).items():
        stats.names[key] = Tally(
            word_stats.word, 1, word_stats.count, int(word_stats.standalone),
            int(word_stats.in_full_name), int(word_stats.ordinary), date, date)
    for mention in _full_mentions(extractors, document):
        key = " ".join(w.casefold() for w in mention.words)
        tally = stats.full_names.setdefault(key, Tally(" ".join(mention.words), 1, 0, 0, 1, 0, date, date))
        tally.mentions += 1
    for group, form, _start, _end in extractors.term_uses(document):
        tally = stats.terms.setdefault(group, {}).setdefault(form, Tally(form, 1, 0, first=date, last=date))
        tally.mentions += 1
    for definition in extractors.definitions(document):
        expansion = " ".join(document.text[definition.start : definition.end].split())
        table = stats.acronyms.setdefault(definition.acronym, {})
        tally = table.setdefault(expansion.casefold(), Tally(expansion, 1, 0, first=date, last=date))
        tally.mentions += 1
    return stats


def _full_mentions(extractors: Extractors, document: Document) -> list[Any]:
    """Multi-word mentions (full names): the context that tells two people apart."""
    if extractors.names is None:
        return []
    return [m for m in extractors.names._mentions(document) if not m.is_single]
