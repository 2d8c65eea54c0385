"""``name-variant``: one name written two ways in one article (see name_consistency).

The variant mode of the name-consistency check, kept apart so each module stays short:
how pairs of forms are found (same spelling but for accents and hyphens, full names that
agree but for one word, a lone surname like another name word, a gazetteer name tying
two forms), which pairs are two names after all (``newslint.checks.names.evidence``), and the one
finding per pair with its related mentions, honest suggestion and severity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from functools import lru_cache
from itertools import chain, compress
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, cast

from newslint.check import Match, Related
from newslint.checks.names.evidence import (
    demonym_family,
    differs_by_syllable,
    in_word_list,
    is_compound_of,
    korean_respelling,
    same_head_compounds,
)
from newslint.checks.names.mentions import NameMention
from newslint.checks.names.words import COMMON_WORDS, LookAlikePairs, looks_alike, squash
from newslint.document import Document, Span
from newslint.gazetteer import Entity
from newslint.text import lemmas
from newslint.text.folding import fold

if TYPE_CHECKING:
    from newslint.checks.names.name_index import NameIndex
    from newslint.gazetteer import Gazetteer


_MENTION = itemgetter(0)
_WORDS = attrgetter("words")
_SQUASHED_OF = attrgetter("squashed")
_MORE_THAN_ONE = (1).__lt__


class WordStats:
    """Every occurrence of one name word (keyed case-insensitively, accents kept)."""

    def __init__(self, word: str, ordinary: bool, squashed: str = "") -> None:
        self.word = word
        self.ordinary = ordinary  # an English word, or one the article writes in lower case
        self.occurrences: list[tuple[NameMention, int]] = []
        self.korean_given = False  # a Korean given name ("Jae-in", "Jae In", "Jaein")
        self.listed = 0  # occurrences in sentences that list many names (line-ups, results)
        self.squashed = squashed  # the key squashed (``squash``), made once for every use

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordStats) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # mutable: equal by value, no hash

    def __repr__(self) -> str:
        return f"WordStats({self.word!r}, {self.count} occurrences)"

    @property
    def first(self) -> Span:
        mention, slot = self.occurrences[0]
        return mention.spans[slot]

    @property
    def count(self) -> int:
        return len(self.occurrences)

    # These three are asked of every name word by several rules: the mention's length is
    # read directly (``NameMention.is_single`` is a property call per occurrence).
    # (Each an iterator chain in C that stops at the first answer: the same test as
    # ``any(len(mention.words) > 1 ...)``, with no Python frame per occurrence.)
    @property
    def in_full_name(self) -> bool:
        return any(map(_MORE_THAN_ONE, map(len, map(_WORDS, map(_MENTION, self.occurrences)))))

    @property
    def standalone(self) -> bool:
        return 1 in map(len, map(_WORDS, map(_MENTION, self.occurrences)))

    @property
    def only_initial(self) -> bool:
        """Seen only where English capitalises any word: sentence starts, headlines."""
        return all(len(mention.words) == 1 and mention.initial for mention, _ in self.occurrences)


class VariantMode:
    """The variant mode's methods; ``NameConsistencyCheck`` provides the gazetteer, its
    index, the ordinary-word list and ``_known`` / ``_slot_expectations``."""

    _gazetteer: Gazetteer
    _index: NameIndex
    _ordinary: frozenset[str]

    def _known(self, word: str) -> list[Entity]:
        raise NotImplementedError

    def _mentions(self, document: Document) -> list[NameMention]:
        raise NotImplementedError

    def _slot_expectations(self, mention: NameMention, slot: int) -> list[tuple[Entity, str]]:
        raise NotImplementedError

    # -- variants ---------------------------------------------------------------------------
    def _variants(self, document: Document, stats: dict[str, WordStats]) -> Iterator[Match]:
        """One finding per pair of forms, at the first mention of the less trusted one."""
        pairs = self._variant_pairs(stats, self._mentions(document))
        neighbours: dict[str, set[str]] = defaultdict(set)
        tied: set[str] = set()  # the gazetteer's spelling in a full name ("Giorgia Meloni")
        for a, b in pairs:
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
            evidence = pairs[(key, target) if key < target else (target, key)]
            yield self._variant_match(document, stats[key], stats[target], evidence)

    def _spacing_variants(self, document: Document, mentions: list[NameMention],
                          stats: dict[str, WordStats]) -> Iterator[Match]:
        """One name as one word and as two: "Fangfang" / "Fang Fang", "Lifeng" / "Li Feng"."""
        joined = {word_stats.squashed: word_stats for key, word_stats in stats.items()
                  if len(key) >= 5 and not word_stats.ordinary and not word_stats.korean_given}
        if not joined:
            return  # no word that two could be written for
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
            joined_spans = [m.spans[slot] for m, slot in word_stats.occurrences]
            if joined_rank < split_rank:
                flagged, found, target, target_spans = joined_spans, word_stats.word, split_form, spans
            else:
                flagged, found, target, target_spans = spans, split_form, word_stats.word, joined_spans
            known = joined_known if target == word_stats.word else split_known
            yield self._pair_match(document, (found, flagged), (target, target_spans),
                                   note="; one name written as one word and as two",
                                   suggest=known)

    def _variant_pairs(self, stats: dict[str, WordStats],
                       mentions: list[NameMention] | None = None) -> dict[tuple[str, str], str]:
        """Pairs of keys that may be one name, with the evidence that ties them:
        ``spelling`` (accents or hyphens only), ``slot`` (full names equal but for this
        word), ``tie`` (a gazetteer name with one in place of the other) or ``surname``
        (a standalone word like another name word: the weakest)."""
        pairs: dict[tuple[str, str], str] = {}
        folded_keys = _keys_by_squashed(stats)
        # Accents or hyphens only ("Erdoğan"/"Erdogan", "Yi-ning"/"Yining"): one name.
        # (Nearly every squashed key has one word: no pair to make of it.)
        if len(folded_keys) < len(stats):
            for keys in folded_keys.values():
                if len(keys) > 1:
                    pairs.update(((a, b), "spelling") for a in keys for b in keys if a < b)
        for pair in self._same_slot_pairs(stats, mentions):
            pairs.setdefault(pair, "slot")
        for pair in self._surname_pairs(stats, folded_keys):
            pairs.setdefault(pair, "surname")
        result: dict[tuple[str, str], str] = {}
        for (a, b), evidence in pairs.items():
            if self._gazetteer_ties(stats[a], stats[b]) or self._gazetteer_ties(stats[b], stats[a]):
                evidence = "tie"
            elif self._known(a) and self._known(b):
                continue  # two known names: two people or places (confusables aside)
            if not self._different_names(stats[a], stats[b], evidence):
                result[(a, b)] = evidence
        return result

    def _different_names(self, a: WordStats, b: WordStats, evidence: str) -> bool:
        """Whether a pair that looks alike is two names after all (see name_evidence)."""
        if a.korean_given and b.korean_given:
            return True  # "Jae-in" / "Jaein": one Korean given name, however spaced
        if evidence in ("spelling", "tie"):
            return False
        fa, fb = fold(a.word), fold(b.word)
        if (is_compound_of(a.word, b.word) or same_head_compounds(a.word, b.word)
                or in_word_list(fa, self._ordinary) or in_word_list(fb, self._ordinary)
                or demonym_family(fa, fb) or differs_by_syllable(fa, fb)):
            return True  # "German-US"/"German", "Kenyans"/"Kenya", "Jinan"/"Jining"
        if evidence == "slot":
            return False
        if lemmas.all_lemmas(fa) or lemmas.all_lemmas(fb):
            return True  # "Beauty", "Eternal": an English word with a name's capital
        if a.in_full_name and b.in_full_name:
            return True  # each a full, different name: two people
        if a.listed == a.count or b.listed == b.count:
            return True  # a squad or a results list: many real names a letter apart
        return self._kinds_differ(a, b)

    def _kinds_differ(self, a: WordStats, b: WordStats) -> bool:
        """A known place or organisation against a word seen only inside people's full
        names ("Florida" / "Gloria Estefan", "Paris" / "Parisa Khan")."""
        for x, y in ((a, b), (b, a)):
            kinds = {e.kind for e in self._known(x.word)}
            if kinds and "person" not in kinds and not y.standalone:
                return True
        return False

    def _same_slot_pairs(self, stats: dict[str, WordStats],
                         mentions: list[NameMention] | None = None) -> Iterator[tuple[str, str]]:
        """Full names equal but in one slot: "Fang Fang" / "Fan Fang", "Shinzo Abe" / "Shinzo Abbey".

        ``mentions``, the article's mentions (``stats`` holds words of them), lets an
        article whose full names share no slot group be passed over (``_slots_may_pair``)."""
        if mentions is not None and not _slots_may_pair(mentions):
            return
        slots: dict[tuple[Any, ...], set[str]] = defaultdict(set)
        slot_groups = _slot_groups
        for key, word_stats in stats.items():  # the key is the word case-folded
            for mention, slot in word_stats.occurrences:
                words = mention.words
                if len(words) > 1:
                    group = slot_groups(words)[slot]
                    if group is not None:
                        slots[group].add(key)
        for keys in slots.values():
            if len(keys) < 2:
                continue  # (nearly every group: one word in its slot)
            ordered = sorted(keys)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    if not (stats[a].ordinary and stats[b].ordinary) and (
                            looks_alike(fold(a), fold(b), strong_context=True)
                            or korean_respelling(fold(a), fold(b))
                            or korean_respelling(fold(b), fold(a))):
                        yield a, b

    def _surname_pairs(self, stats: dict[str, WordStats],
                       folded_keys: Mapping[str, list[str]]) -> Iterator[tuple[str, str]]:
        """A standalone name word that looks like another name word of the article."""
        # Only the index's pairs are visited (a few per article), not every word's
        # look-alikes, nearly all of them none. The order of the pairs is immaterial:
        # ``_variants`` makes sets of them.
        for folded, other in own_index(stats).pairs():
            for a in folded_keys[folded]:
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

    def _variant_match(self, document: Document, variant: WordStats, target: WordStats,
                       evidence: str) -> Match:
        entity = self._confirmed_entity(document, variant, target, evidence)
        note = f"; the known name is {entity.name}" if entity is not None else (
            "; nothing here says which spelling is right")
        first_variant, _ = variant.occurrences[0]
        context = ""
        if not first_variant.is_single:
            where = Span(first_variant.start, first_variant.end)
            context = f", '{_mention_text(document, first_variant)}' at {_at(document, where)}"
        spans = [m.spans[slot] for m, slot in variant.occurrences]
        target_spans = [m.spans[slot] for m, slot in target.occurrences]
        return self._pair_match(document, (variant.word, spans), (target.word, target_spans),
                                note=note, suggest=entity is not None, context=context,
                                sure=evidence != "surname")

    def _pair_match(self, document: Document, found: tuple[str, list[Span]],
                    target: tuple[str, list[Span]], *, note: str, suggest: bool,
                    context: str = "", sure: bool = True) -> Match:
        """The finding for a pair of forms: at the first mention of ``found``, every other
        mention of both forms as related locations, the counts in the message. Only a
        form the gazetteer knows is suggested; otherwise the majority may be the error."""
        (word, spans), (expected, target_spans) = found, target
        first = target_spans[0]
        values = {"expected": expected, "mentions": _plural(len(spans), "mention"),
                  "context": context, "expected_mentions": _plural(len(target_spans), "mention"),
                  "first": _at(document, first), "note": note}
        related = [Related(first.start, first.end, f"'{expected}' first written here")]
        related += [Related(s.start, s.end, f"'{word}' also written here") for s in spans[1:]]
        related += [Related(s.start, s.end, f"'{expected}' also written here")
                    for s in target_spans[1:]]
        return Match(spans[0].start, spans[0].end, values,
                     suggestions=(expected,) if suggest else (), related=tuple(related),
                     severity=None if sure else "info")

    def _confirmed_entity(self, document: Document, variant: WordStats, target: WordStats,
                          evidence: str) -> Entity | None:
        """The gazetteer entity ``target`` names, when the article is about it: never cite
        Marco Rubio for a footballer called Marco. A person counts only when a gazetteer
        name ties the two forms or the article writes one of the person's full forms."""
        entities = {e.name: e for e in self._known(target.word)}
        if len(entities) == 1:
            entity = next(iter(entities.values()))
            if entity.kind != "person" or evidence == "tie":
                return entity
        written = {e.name: e for mention, _slot in target.occurrences if not mention.is_single
                   for e in self._gazetteer.by_form.get(_mention_text(document, mention), ())
                   if e.name in entities}
        return next(iter(written.values())) if len(written) == 1 else None


# -- helpers ------------------------------------------------------------------------------


_OWN_INDEX: list[tuple[dict[str, WordStats], LookAlikePairs]] = []


class _OneKeyEach(dict[str, str]):
    """The keys by squashed form when no two keys squash alike: each form's one key, read
    as the one-key list ``_keys_by_squashed`` would hold (only asked of a few forms)."""

    def __getitem__(self, folded: str) -> list[str]:  # type: ignore[override]
        return [dict.__getitem__(self, folded)]

    def values(self) -> Iterator[list[str]]:  # type: ignore[override]
        return ([key] for key in dict.values(self))


def _keys_by_squashed(stats: dict[str, WordStats]) -> Mapping[str, list[str]]:
    """The keys of ``stats`` by their squashed form, in the order of ``stats``. Nearly
    always no two keys squash alike: the inverse mapping is then made in C (``dict`` of
    ``zip``, no Python step per word); otherwise the keys are grouped one by one."""
    squashed = list(map(_SQUASHED_OF, stats.values()))
    inverse = _OneKeyEach(zip(squashed, stats, strict=True))
    if len(inverse) == len(stats):
        return cast(Mapping[str, list[str]], inverse)  # (reads as one-key lists)
    folded_keys: dict[str, list[str]] = defaultdict(list)
    for key, folded in zip(stats, squashed, strict=True):
        folded_keys[folded].append(key)
    return folded_keys


def own_index(stats: dict[str, WordStats]) -> LookAlikePairs:
    """The article's name words (squashed) indexed for look-alikes, built once per
    document although both name-variant and name-near-miss ask for it (the rules run one
    after the other on a document, so remembering the last one suffices).

    Only pairs with a word written alone somewhere are looked for: name-near-miss asks
    about words never in a full name, and name-variant's surname pairs need one side
    written alone (``_surname_pair``); two words seen only in full names are compared
    slot by slot instead (``_same_slot_pairs``)."""
    if _OWN_INDEX and _OWN_INDEX[0][0] is stats:
        return _OWN_INDEX[0][1]
    words = stats.values()  # (the squashed set made in C; each word's test inline)
    index = LookAlikePairs(set(map(_SQUASHED_OF, words)),
                           {word_stats.squashed for word_stats in words
                            if 1 in map(len, map(_WORDS, map(_MENTION, word_stats.occurrences)))},
                           squashed=True)
    _OWN_INDEX[:] = [(stats, index)]
    return index


@lru_cache(maxsize=32768)
def _slot_key(words: tuple[str, ...], slot: int) -> tuple[int, tuple[str, ...]] | None:
    """What a full name is apart from ``slot``: its length and its other words folded, in
    any order ("Hsia Liyan" / "Li-Yen Hsia"); None when they are too short or too common
    to tie two spellings. A function of the words alone, remembered per run."""
    folded = [fold(w) for w in words]
    others = tuple(sorted(folded[:slot] + folded[slot + 1 :]))
    if sum(len(w) for w in others) < 3 or all(w in COMMON_WORDS for w in others):
        return None
    return len(folded), others


def _slots_may_pair(mentions: list[NameMention]) -> bool:
    """Gate of ``_same_slot_pairs``: whether two distinct (full name, slot) places of the
    article share a slot group. A pair needs two keys in one group, and each key comes
    from a word at some slot of some full name; two different keys are two different
    words, so two different places with one group. If the groups of all distinct places
    are distinct, no group gets two keys. Asked in C: the full names' distinct word
    tuples, their groups (``_slot_groups``, remembered per name), a set of them.
    (Some articles pass that then have no pair, e.g. "Fang Fang": both slots group alike.)"""
    names = set(map(_WORDS, compress(mentions, map(_MORE_THAN_ONE, map(len, map(_WORDS, mentions))))))
    groups = list(filter(None, chain.from_iterable(map(_slot_groups, names))))
    return len(set(groups)) < len(groups)


@lru_cache(maxsize=16384)
def _slot_groups(words: tuple[str, ...]) -> tuple[tuple[int, tuple[str, ...]] | None, ...]:
    """``_slot_key(words, slot)`` for every slot of a full name at once: each word folded
    once, not once per slot, and one remembered entry per distinct name."""
    common = COMMON_WORDS
    if len(words) == 2:  # most full names: each slot's group is the other word alone
        first, last = fold(words[0]), fold(words[1])
        return ((2, (last,)) if len(last) >= 3 and last not in common else None,
                (2, (first,)) if len(first) >= 3 and first not in common else None)
    folded = [fold(w) for w in words]
    groups: list[tuple[int, tuple[str, ...]] | None] = []
    for slot in range(len(folded)):
        others = tuple(sorted(folded[:slot] + folded[slot + 1 :]))
        if sum(map(len, others)) < 3 or all(w in common for w in others):
            groups.append(None)
        else:
            groups.append((len(folded), others))
    return tuple(groups)


def _mention_text(document: Document, mention: NameMention) -> str:
    return document.text[mention.start : mention.end]


def _at(document: Document, span: Span) -> str:
    region = document.region(span.start, span.end)
    return f"{region.line}:{region.column}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
