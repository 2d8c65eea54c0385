"""``confusable-names``: two gazetteer people or places that MT mixes up, both in one article.

The confusable mode of the name-consistency check (``consistency.py``), kept apart so each
module stays short: the mentions that name a gazetteer entity exactly are grouped by
entity; when two entities listed as ``confusable`` both appear, the less frequent one is
reported (never where the two are named side by side), saying who each is.

Only the entities in some ``confusable`` list can take part, so a mention is resolved
only when its text is a form of one of them (``confusable_forms``): the other names of an
article, nearly all of them, are passed over with one set look-up.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newslint.check import Match, Related
from newslint.checks.names.mentions import NameMention
from newslint.checks.names.variants import _at, _mention_text, _plural
from newslint.document import Document, Span
from newslint.gazetteer import Entity
from newslint.text.folding import fold

if TYPE_CHECKING:
    from newslint.gazetteer import Gazetteer


def confusable_forms(gazetteer: Gazetteer) -> frozenset[str]:
    """The forms that name at least one entity listed as confusable, or listing some:
    only a mention written so can resolve to an entity the confusable mode weighs."""
    involved = {name for entity in gazetteer.entities for name in entity.confusable}
    involved |= {entity.name for entity in gazetteer.entities if entity.confusable}
    return frozenset(form for form, entities in gazetteer.by_form.items()
                     if any(entity.name in involved for entity in entities))


class ConfusableMode:
    """The confusable mode's methods; ``NameConsistencyCheck`` provides the gazetteer,
    the user's vocabulary and ``_confusable_forms``."""

    _gazetteer: Gazetteer
    _vocabulary: frozenset[str]
    _confusable_forms: frozenset[str]

    # -- confusables ------------------------------------------------------------------------
    def _confusables(self, document: Document, mentions: list[NameMention]) -> Iterator[Match]:
        by_entity: dict[str, list[NameMention]] = defaultdict(list)
        entities: dict[str, Entity] = {}
        text, forms = document.text, self._confusable_forms
        for mention in mentions:
            if (text[mention.start : mention.end] not in forms
                    and text[mention.title_start : mention.end] not in forms):
                continue  # names no confusable entity: it cannot count for one
            entity = self._resolve(document, mention)
            if entity is not None:
                by_entity[entity.name].append(mention)
                entities[entity.name] = entity
        seen: set[tuple[str, str]] = set()
        for name in sorted(by_entity):
            for other in entities[name].confusable:
                if other not in by_entity or (other, name) in seen:
                    continue
                seen.add((name, other))
                yield from self._confusable_pair(document, entities[name], entities[other], by_entity)

    def _resolve(self, document: Document, mention: NameMention) -> Entity | None:
        text = document.text
        if self._vocabulary and fold(text[mention.start : mention.end]) in self._vocabulary:
            return None
        for start in dict.fromkeys((mention.title_start, mention.start)):
            found = {e.name: e for e in self._gazetteer.by_form.get(text[start : mention.end], ())}
            if len(found) == 1:
                return next(iter(found.values()))
        return None

    def _confusable_pair(self, document: Document, a: Entity, b: Entity,
                         by_entity: dict[str, list[NameMention]]) -> Iterator[Match]:
        count_a, count_b = len(by_entity[a.name]), len(by_entity[b.name])
        if count_a == count_b:
            return  # no majority: nothing says which one the article is about
        minority, majority = (a, b) if count_a < count_b else (b, a)
        rare, common = by_entity[minority.name], by_entity[majority.name]
        if len(common) < 2 * len(rare):
            return
        if " " in minority.name and any(
            document.text[m.start : m.end] == minority.name for m in rare
        ):
            return  # the full name, written out: the writer means this person
        common_sentences = {m.sentence for m in common}
        first = common[0]
        related = (Related(first.start, first.end, f"{majority.name} first named here"),)
        for mention in rare:
            if mention.sentence in common_sentences:
                continue  # named side by side on purpose ("Iran and Iraq")
            suggestion = _form_like(document, mention, common)
            values = {
                "expected": suggestion,
                "entity": f"{minority.name}{_about(minority)}",
                "other": f"{majority.name}{_about(majority)}",
                "other_count": _plural(len(common), "time"),
                "other_first": f"'{_mention_text(document, first)}' at "
                               f"{_at(document, Span(first.start, first.end))}",
            }
            yield Match(mention.start, mention.end, values, suggestions=(suggestion,),
                        related=related)


# -- helpers ------------------------------------------------------------------------------


def _form_like(document: Document, mention: NameMention, others: list[NameMention]) -> str:
    """The most used form among ``others`` with as many words as ``mention``."""
    forms = Counter(_mention_text(document, m) for m in others if len(m.words) == len(mention.words))
    if not forms:
        forms = Counter(_mention_text(document, m) for m in others)
    return max(forms, key=lambda form: (forms[form], -len(form)))


def _who(entity: Entity) -> str:
    """ "Scott Bessent, US Treasury Secretary": the name and what the gazetteer says."""
    about = _about(entity)
    return f"{entity.name}, {about[2:-1]}" if about else entity.name


def _about(entity: Entity) -> str:
    """ " (who or what it is)", from the gazetteer's description or role."""
    detail = (entity.description or entity.role or "").split(";")[0].strip()
    return f" ({detail})" if detail else ""
