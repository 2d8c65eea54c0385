"""``name-consistency``: one name spelt several ways, near misses of known names, swapped people.

The headline failure of machine-translated news is the name: "Shinzo Abbey" then "Abe",
"Bescent" for Treasury Secretary Scott Bessent, Ruhollah Khomeini (the founder, died 1989)
where the copy means Ali Khamenei (the current leader). One check serves three rules
through ``mode``:

- ``variant``: the article's name words are grouped by spelling; a word that looks like
  another name word of the same article (same slot of an otherwise equal full name, or a
  surname-only mention after a full name, or a gazetteer name tying the two) is reported
  at the minority spelling, with the majority, full or gazetteer form as the suggestion.
- ``near-miss``: a name word that is not a gazetteer form but is one or two letters away
  from one ("Bescent" / "Bessent"), or a full name whose other part is right ("Shinzo
  Abbey", "Donalt Trump").
- ``confusable``: two gazetteer entities listed as ``confusable`` both appear; the less
  frequent one is reported, saying who each is.

Names are compared only when the evidence says they are one name: two different people
with one surname ("Barack Obama", "Michelle Obama"), plurals and possessives ("the
Obamas", "Abe's"), demonyms ("Iran", "Iranian"), names that merely start alike, words that
start a sentence, all-caps headlines, URLs and the user's vocabulary are left alone.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint import lemmas
from newslint.cache import cached_build
from newslint.check import Check, CheckContext, Match, Param, ParameterError, Related
from newslint.document import Document, Span
from newslint.gazetteer import Entity, Gazetteer
from newslint.names import (
    COMMON_WORDS,
    TITLE_WORDS,
    LookAlikeIndex,
    NameMention,
    bare,
    fold,
    is_capitalised,
    is_comparable_word,
    is_ordinary,
    likeness,
    look_alike_neighbours,
    looks_alike,
    looks_english,
    lowercase_words,
    name_mentions,
    squash,
)
from newslint.segmentation import ABBREVIATIONS

_WORD_SPLIT = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

MODES = ("variant", "near-miss", "confusable")


# -- what the gazetteer knows, indexed for name comparison ---------------------------------


@dataclass
class NameIndex:
    """Lookups over a gazetteer's forms, built once per gazetteer."""

    # folded word -> entities with a form containing it
    known_words: dict[str, list[Entity]] = field(default_factory=lambda: defaultdict(list))
    # (word count, slot, folded words of the other slots) -> (entity, word in that slot)
    slots: dict[tuple[Any, ...], list[tuple[Entity, str]]] = field(
        default_factory=lambda: defaultdict(list))
    # folded distinctive word -> (word as written, entity): single-word forms, surnames
    targets: dict[str, list[tuple[str, Entity]]] = field(default_factory=lambda: defaultdict(list))
    target_index: LookAlikeIndex = field(default_factory=lambda: LookAlikeIndex(()))
    # every multi-word form, as the tuple of its words
    known_names: set[tuple[str, ...]] = field(default_factory=set)
    # sorted folded words of a multi-word person form -> (entity, the form as written)
    reordered: dict[tuple[str, ...], tuple[Entity, str]] = field(default_factory=dict)
    # the folded word sequence of every accepted form: orders that are right
    written_orders: set[tuple[str, ...]] = field(default_factory=set)


_STATS: weakref.WeakKeyDictionary[Document, dict[tuple[Any, ...], dict[str, WordStats]]] = (
    weakref.WeakKeyDictionary())


def build_name_index(gazetteer: Gazetteer) -> NameIndex:
    """The gazetteer's forms indexed for name comparison (the checks cache it per run and
    on disk: see ``NameConsistencyCheck.__init__``)."""
    index = NameIndex()
    for entity in gazetteer.entities:
        for form in entity.forms:
            _index_word_order(index, entity, form)
            words = [bare(w) for w in _WORD_SPLIT.findall(form) if w[:1].isupper() or len(w) > 3]
            folded = [fold(w) for w in words]
            for key in set(folded):
                if entity not in index.known_words[key]:
                    index.known_words[key].append(entity)
            if len(words) >= 2:
                index.known_names.add(tuple(words))
                for slot, word in enumerate(words):
                    others = tuple(folded[:slot] + folded[slot + 1 :])
                    index.slots[(len(words), slot, others)].append((entity, word))
            if len(words) == 1 or (entity.kind == "person" and len(words) >= 2):
                target = words[-1]
                known = index.targets.get(fold(target), [])
                if (len(target) >= 5 and fold(target) not in COMMON_WORDS
                        and all(e is not entity for _, e in known)):
                    index.targets[fold(target)] = [*known, (target, entity)]
    index.target_index = LookAlikeIndex(index.targets)
    return index


def _index_word_order(index: NameIndex, entity: Entity, form: str) -> None:
    words = tuple(fold(w) for w in form.split())
    index.written_orders.add(words)
    if entity.kind == "person" and len(words) >= 2 and len(set(words)) == len(words):
        index.reordered.setdefault(tuple(sorted(words)), (entity, form))


# -- the check ----------------------------------------------------------------------------


@dataclass
class WordStats:
    """Every occurrence of one name word (keyed case-insensitively, accents kept)."""

    word: str
    ordinary: bool  # an English word, or one the article also writes in lower case
    occurrences: list[tuple[NameMention, int]] = field(default_factory=list)

    @property
    def first(self) -> Span:
        mention, slot = self.occurrences[0]
        return mention.spans[slot]

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def in_full_name(self) -> bool:
        return any(not mention.is_single for mention, _ in self.occurrences)

    @property
    def standalone(self) -> bool:
        return any(mention.is_single for mention, _ in self.occurrences)

    @property
    def only_initial(self) -> bool:
        """Seen only where English capitalises any word: sentence starts, headlines."""
        return all(mention.is_single and mention.initial for mention, _ in self.occurrences)


class NameConsistencyCheck(Check):
    parameters = {
        "mode": Param("string", required=True, choices=MODES,
                      help="variant: one name spelt several ways in the article; near-miss: "
                           "a near miss of a gazetteer name; confusable: two gazetteer "
                           "entities that MT mixes up both appear"),
        "gazetteers": Param("paths", default=(),
                            help="gazetteer files (relative to the rule file); the user's "
                                 "config `gazetteers` are added"),
        "min_length": Param("int", default=3, help="shortest name word compared"),
        "ordinary_words": Param("path", default=None,
                                help="near-miss: a word list (relative to the rule file) of "
                                     "capitalised words that are never names: demonyms, "
                                     "languages, days"),
    }
    # Each mode fills the values its rule's message uses; see rules/name-*.yaml.
    default_message = "'{found}' looks like a variant of '{expected}'"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        if params["min_length"] < 2:
            raise ParameterError("'min_length' must be at least 2", key="min_length")
        self._gazetteer = context.gazetteer(params["gazetteers"])
        sources = context.gazetteer_files(params["gazetteers"])
        self._index: NameIndex = context.resources.shared(
            ("name-index", id(self._gazetteer)),
            lambda: cached_build("name-index", sources, lambda: build_name_index(self._gazetteer)))
        self._vocabulary = frozenset(fold(w) for w in context.vocabulary)
        self._ordinary = (_load_word_list(context.data_path(params["ordinary_words"]))
                          if params["ordinary_words"] else frozenset())

    def run(self, document: Document) -> Iterator[Match]:
        mentions = name_mentions(document)
        if not mentions:
            return
        mode = self.params["mode"]
        if mode == "confusable":
            yield from self._confusables(document, mentions)
            return
        stats = self._word_stats(document, mentions)
        if mode == "variant":
            yield from self._variants(document, stats)
            yield from self._spacing_variants(document, mentions, stats)
        else:
            yield from self._near_misses(document, mentions, stats)

    # -- shared -----------------------------------------------------------------------------
    def _word_stats(self, document: Document, mentions: list[NameMention]) -> dict[str, WordStats]:
        """Name words worth comparing (once per document for the rules that share them)."""
        key = (self.params["min_length"], self._vocabulary)
        cached = _STATS.setdefault(document, {})
        if key not in cached:
            cached[key] = self._compute_word_stats(document, mentions)
        return cached[key]

    def _compute_word_stats(self, document: Document,
                            mentions: list[NameMention]) -> dict[str, WordStats]:
        """Name words worth comparing: not ordinary words, not the user's vocabulary."""
        lower = lowercase_words(document)
        stats: dict[str, WordStats] = {}
        for mention in mentions:
            for slot, word in enumerate(mention.words):
                folded = fold(word)
                ordinary = is_ordinary(folded, lower)
                if (len(word) < self.params["min_length"] or not is_comparable_word(word)
                        or folded in self._vocabulary or word in TITLE_WORDS
                        or ordinary and mention.is_single):
                    continue
                key = word.casefold()
                if key not in stats:
                    stats[key] = WordStats(word, ordinary)
                stats[key].occurrences.append((mention, slot))
        return {key: word_stats for key, word_stats in stats.items()
                if not (word_stats.only_initial and looks_english(word_stats.word))}

    def _known(self, word: str) -> list[Entity]:
        return self._index.known_words.get(fold(word), [])

    def _slot_expectations(self, mention: NameMention, slot: int) -> list[tuple[Entity, str]]:
        """Gazetteer names that agree with ``mention`` everywhere except in ``slot``."""
        folded = [fold(w) for w in mention.words]
        others = tuple(folded[:slot] + folded[slot + 1 :])
        if sum(len(w) for w in others) < 4 or all(w in COMMON_WORDS for w in others):
            return []  # "Li", "Kim": too common to anchor a full name
        return self._index.slots.get((len(folded), slot, others), [])

    # -- variants ---------------------------------------------------------------------------
    def _variants(self, document: Document, stats: dict[str, WordStats]) -> Iterator[Match]:
        neighbours: dict[str, set[str]] = defaultdict(set)
        tied: set[str] = set()  # the gazetteer's spelling in a full name ("Giorgia Meloni")
        for a, b in self._variant_pairs(stats):
            neighbours[a].add(b)
            neighbours[b].add(a)
            if self._gazetteer_ties(stats[a], stats[b]):
                tied.add(b)
            if self._gazetteer_ties(stats[b], stats[a]):
                tied.add(a)

        def rank(key: str) -> tuple[bool, bool, int, int]:
            word_stats = stats[key]
            return (bool(self._known(word_stats.word)), key in tied, word_stats.count,
                    -word_stats.first.start)

        for key in sorted(neighbours):
            if self._known(stats[key].word) and not any(key != o and o in tied
                                                        for o in neighbours[key]):
                continue  # a known form is right; a clash of two known ones is a confusable
            better = [other for other in neighbours[key] if rank(other) > rank(key)]
            if not better:
                continue
            target = max(better, key=rank)
            yield from self._variant_matches(document, stats[key], stats[target])

    def _spacing_variants(self, document: Document, mentions: list[NameMention],
                          stats: dict[str, WordStats]) -> Iterator[Match]:
        """One name as one word and as two: "Fangfang" / "Fang Fang", "Lifeng" / "Li Feng"."""
        joined = {squash(key): word_stats for key, word_stats in stats.items()
                  if len(key) >= 5 and not word_stats.ordinary}
        split: dict[str, list[Span]] = defaultdict(list)
        for mention in mentions:
            words = mention.words
            for first in range(len(words) - 1):
                for last in range(first + 1, min(first + 3, len(words))):
                    key = squash("".join(words[first : last + 1]))
                    if key in joined:
                        split[key].append(Span(mention.spans[first].start, mention.spans[last].end))
        for key, spans in sorted(split.items()):
            word_stats = joined[key]
            split_form = " ".join(document.text[spans[0].start : spans[0].end].split())
            if all(self._gazetteer.by_form.get(part) or fold(part) in COMMON_WORDS or len(part) < 2
                   for part in split_form.split()):
                continue  # "China Japan" / "China-Japan": a compound of words, not one name
            joined_known = bool(self._known(word_stats.word))
            split_known = split_form in self._gazetteer.by_form or all(
                self._known(part) for part in split_form.split())
            if joined_known and split_known:
                continue
            joined_rank = (joined_known, word_stats.count, -word_stats.first.start)
            split_rank = (split_known, len(spans), -spans[0].start)
            if joined_rank < split_rank:
                flagged = [m.spans[slot] for m, slot in word_stats.occurrences]
                target, target_spans = split_form, spans
            else:
                flagged, target = spans, word_stats.word
                target_spans = [m.spans[slot] for m, slot in word_stats.occurrences]
            first = target_spans[0]
            values = {"expected": target, "mentions": _plural(len(flagged), "mention"),
                      "context": "", "expected_mentions": _plural(len(target_spans), "mention"),
                      "first": _at(document, first),
                      "note": "; one name written as one word and as two"}
            related = (Related(first.start, first.end, f"'{target}' first written here"),)
            for span in flagged:
                yield Match(span.start, span.end, values, suggestions=(target,), related=related)

    def _variant_pairs(self, stats: dict[str, WordStats]) -> set[tuple[str, str]]:
        pairs: set[tuple[str, str]] = set()
        folded_keys: dict[str, list[str]] = defaultdict(list)
        for key in stats:
            folded_keys[squash(key)].append(key)
        # Accents or hyphens only ("Erdoğan"/"Erdogan", "Yi-ning"/"Yining"): one name.
        for keys in folded_keys.values():
            pairs.update((a, b) for a in keys for b in keys if a < b)
        pairs.update(self._same_slot_pairs(stats))
        pairs.update(self._surname_pairs(stats, folded_keys))
        return {(a, b) for a, b in pairs if not (
            self._known(a) and self._known(b)
            and not self._gazetteer_ties(stats[a], stats[b])
            and not self._gazetteer_ties(stats[b], stats[a]))}

    def _same_slot_pairs(self, stats: dict[str, WordStats]) -> Iterator[tuple[str, str]]:
        """Full names equal but in one slot: "Fang Fang" / "Fan Fang", "Shinzo Abe" / "Shinzo Abbey"."""
        slots: dict[tuple[Any, ...], set[str]] = defaultdict(set)
        for word_stats in stats.values():
            for mention, slot in word_stats.occurrences:
                if mention.is_single:
                    continue
                folded = [fold(w) for w in mention.words]
                # The other words in any order: "Hsia Liyan" / "Li-Yen Hsia".
                others = tuple(sorted(folded[:slot] + folded[slot + 1 :]))
                if sum(len(w) for w in others) < 3 or all(w in COMMON_WORDS for w in others):
                    continue
                slots[(len(folded), others)].add(word_stats.word.casefold())
        for keys in slots.values():
            ordered = sorted(keys)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    if not (stats[a].ordinary and stats[b].ordinary) and looks_alike(
                            fold(a), fold(b), strong_context=True):
                        yield a, b

    def _surname_pairs(self, stats: dict[str, WordStats],
                       folded_keys: dict[str, list[str]]) -> Iterator[tuple[str, str]]:
        """A standalone name word that looks like another name word of the article."""
        neighbours = look_alike_neighbours(folded_keys)
        for folded, keys in folded_keys.items():
            for other in neighbours.get(folded, ()):
                if other < folded:
                    continue
                for a in keys:
                    for b in folded_keys[other]:
                        if self._surname_pair(stats[a], stats[b]):
                            yield (a, b) if a < b else (b, a)

    def _surname_pair(self, a: WordStats, b: WordStats) -> bool:
        if a.in_full_name and b.in_full_name and not (a.standalone or b.standalone):
            return False  # two full names: different people may share similar surnames
        if a.in_full_name and b.in_full_name and a.standalone and b.standalone:
            return False  # each one is the short form of its own full name ("Zhang", "Zheng")
        fa, fb = fold(a.word), fold(b.word)
        if not looks_alike(fa, fb, strong_context=True):
            return False  # not alike even with the strongest evidence
        if self._gazetteer_ties(a, b) or self._gazetteer_ties(b, a):
            return True
        return not (a.ordinary or b.ordinary) and looks_alike(fa, fb, strong_context=False)

    def _gazetteer_ties(self, variant: WordStats, known: WordStats) -> bool:
        """``variant`` sits in a full name that, with ``known`` in its place, is a gazetteer name."""
        target = fold(known.word)
        for mention, slot in variant.occurrences:
            if mention.is_single or mention.words in self._index.known_names:
                continue  # "Bashar al-Assad" is right as written, whatever "Bashar Assad" is
            for _entity, word in self._slot_expectations(mention, slot):
                if fold(word) == target:
                    return True
        return False

    def _variant_matches(self, document: Document, variant: WordStats,
                         target: WordStats) -> Iterator[Match]:
        entities = self._known(target.word)
        note = ""
        if len({e.name for e in entities}) == 1 and entities[0].name != target.word:
            note = f"; the known name is {entities[0].name}"
        first = target.first
        first_variant_mention, _ = variant.occurrences[0]
        context = ""
        if not first_variant_mention.is_single:
            where = Span(first_variant_mention.start, first_variant_mention.end)
            context = (f", '{_mention_text(document, first_variant_mention)}' at "
                       f"{_at(document, where)}")
        values = {"expected": target.word, "mentions": _plural(variant.count, "mention"),
                  "context": context, "expected_mentions": _plural(target.count, "mention"),
                  "first": _at(document, first), "note": note}
        related = (Related(first.start, first.end, f"'{target.word}' first written here"),)
        for mention, slot in variant.occurrences:
            span = mention.spans[slot]
            yield Match(span.start, span.end, values, suggestions=(target.word,), related=related)

    # -- near misses ------------------------------------------------------------------------
    def _near_misses(self, document: Document, mentions: list[NameMention],
                     stats: dict[str, WordStats]) -> Iterator[Match]:
        present = {fold(m_word) for m in mentions for m_word in m.words}
        yield from self._reordered_names(document, mentions)
        for word_stats in stats.values():
            # "Georgia Meloni": a known word may still be the wrong one in a known full name.
            yield from self._anchored_near_misses(document, word_stats, present)
            if not word_stats.in_full_name and not self._known(word_stats.word):
                yield from self._standalone_near_misses(document, word_stats, present)

    def _reordered_names(self, document: Document, mentions: list[NameMention]) -> Iterator[Match]:
        """A known person's name with its words in another order: "Kishida Fumio" for
        Fumio Kishida, as MT writes Japanese, Korean or Hungarian names in the source's
        family-name-first order (and Chinese ones the other way round)."""
        for mention in mentions:
            if mention.is_single or self._gazetteer.by_form.get(_mention_text(document, mention)):
                continue
            written = tuple(fold(word) for word in mention.words)
            known = self._index.reordered.get(tuple(sorted(written)))
            if known is None or written in self._index.written_orders:
                continue  # "Von der Leyen" at a sentence start is the known order
            entity, form = known
            found = _mention_text(document, mention)
            yield Match(mention.start, mention.end, {"expected": form, "entity": _who(entity)},
                        suggestions=(form,),
                        message=f"'{found}' has the words of '{form}' in another order "
                                f"({_who(entity)}); English-language news writes '{form}'")

    def _anchored_near_misses(self, document: Document, word_stats: WordStats,
                              present: set[str]) -> Iterator[Match]:
        """A full name that matches a gazetteer name but for one look-alike word."""
        for mention, slot in word_stats.occurrences:
            if mention.is_single or self._gazetteer.by_form.get(_mention_text(document, mention)):
                continue
            word = mention.words[slot]
            for entity, expected in self._slot_expectations(mention, slot):
                if fold(expected) in present or not looks_alike(fold(word), fold(expected),
                                                                 strong_context=True):
                    continue
                span = mention.spans[slot]
                context = f" in '{_mention_text(document, mention)}'"
                yield Match(span.start, span.end,
                            {"expected": expected, "entity": _who(entity), "context": context},
                            suggestions=(expected,))
                break

    def _standalone_near_misses(self, document: Document, word_stats: WordStats,
                                present: set[str]) -> Iterator[Match]:
        """A lone name word one or two letters away from a distinctive gazetteer name."""
        folded = fold(word_stats.word)
        if len(folded) < 5 or folded in lowercase_words(document) or _is_common(folded):
            return
        if folded in self._ordinary or lemmas.all_lemmas(folded):
            return  # "Greek" is not a misspelling of "Greer", nor "Thank" of "Thani"
        if sum(char.isupper() for char in word_stats.word[1:]) >= 2:
            return  # "MacOSX", "WebIDL": product names; people's names have at most one

        best: tuple[int, float, str] | None = None
        for target in self._index.target_index.near(folded):
            if not looks_alike(folded, target, strong_context=False):
                continue
            score = likeness(folded, target)
            if score.similarity < 0.8 or not self._distinctive_target(target, score.distance):
                continue
            if best is None or (score.distance, -score.similarity, target) < best:
                best = (score.distance, -score.similarity, target)
        if best is None or best[2] in present:
            return
        target_word, entity = self._index.targets[best[2]][0]
        for mention, slot in word_stats.occurrences:
            span = mention.spans[slot]
            start, suggestion = span.start, target_word
            first_name = _mangled_first_name(document, span, entity)
            if first_name is not None:
                start, suggestion = first_name, entity.name
            yield Match(start, span.end,
                        {"expected": suggestion, "entity": _who(entity), "context": ""},
                        suggestions=(suggestion,))

    def _distinctive_target(self, target: str, distance: int) -> bool:
        """Five-letter words are near misses of too much ("Samba"/"Samoa"): persons only."""
        if len(target) >= 6:
            return True
        return distance == 1 and all(e.kind == "person" for _, e in self._index.targets[target])

    # -- confusables ------------------------------------------------------------------------
    def _confusables(self, document: Document, mentions: list[NameMention]) -> Iterator[Match]:
        by_entity: dict[str, list[NameMention]] = defaultdict(list)
        entities: dict[str, Entity] = {}
        for mention in mentions:
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


def _load_word_list(path: Path) -> frozenset[str]:
    """Words of a list file: whitespace-separated, ``#`` starts a comment."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ParameterError(f"cannot read {path}: {error.strerror}", key="ordinary_words") from None
    return frozenset(fold(word) for line in lines for word in line.split("#", 1)[0].split())


def _is_common(folded: str) -> bool:
    return folded in COMMON_WORDS


def _form_like(document: Document, mention: NameMention, others: list[NameMention]) -> str:
    """The most used form among ``others`` with as many words as ``mention``."""
    forms = Counter(_mention_text(document, m) for m in others if len(m.words) == len(mention.words))
    if not forms:
        forms = Counter(_mention_text(document, m) for m in others)
    return max(forms, key=lambda form: (forms[form], -len(form)))


def _mention_text(document: Document, mention: NameMention) -> str:
    return document.text[mention.start : mention.end]


def _at(document: Document, span: Span) -> str:
    region = document.region(span.start, span.end)
    return f"{region.line}:{region.column}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _who(entity: Entity) -> str:
    """ "Scott Bessent, US Treasury Secretary": the name and what the gazetteer says."""
    about = _about(entity)
    return f"{entity.name}, {about[2:-1]}" if about else entity.name


def _about(entity: Entity) -> str:
    """ " (who or what it is)", from the gazetteer's description or role."""
    detail = (entity.description or entity.role or "").split(";")[0].strip()
    return f" ({detail})" if detail else ""


def _abbreviates(short: str, full: str) -> bool:
    """``short`` keeps the first letter and some others of ``full`` in order ("so"/"scott")."""
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0]:
        return False
    remaining = iter(full)
    return all(char in remaining for char in short)


def _mangled_first_name(document: Document, span: Span, entity: Entity) -> int | None:
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
    if gap != " " or not is_capitalised(word) or word in TITLE_WORDS or word.lower() in ABBREVIATIONS:
        return None
    folded = fold(word)
    for first_name in first_names:
        expected = fold(first_name)
        if folded == expected:
            return None
        if _abbreviates(folded, expected) or looks_alike(
            folded, expected, strong_context=True
        ):
            return previous.start
    return None
