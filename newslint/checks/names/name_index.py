"""What the gazetteer knows, indexed for name comparison (name-consistency).

Built once per gazetteer and cached on disk (``Resources.derived`` keys the entry on the
gazetteer files and newslint's code, so editing either rebuilds the index).
"""

from __future__ import annotations

import re
from collections import defaultdict

from newslint.cache.lazy import LoadedOnUse
from newslint.checks.names.evidence import korean_given_name
from newslint.checks.names.words import COMMON_WORDS, LookAlikeIndex, bare, squash
from newslint.gazetteer import Entity, Gazetteer
from newslint.text.folding import fold

_WORD_SPLIT = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


class NameIndex(LoadedOnUse):
    """Lookups over a gazetteer's forms, built once per gazetteer."""

    # an article looks up a few dozen keys of these: read back shard by shard (lazy.Shards)
    sharded = frozenset({"known_words", "slots", "reordered"})

    def __init__(self) -> None:
        # folded word -> entities with a form containing it
        self.known_words: dict[str, list[Entity]] = defaultdict(list)
        # ``slot_key(word count, slot, folded words of the other slots)`` -> (entity, word in
        # that slot); a string, not a tuple of tuples: a third of the objects to read back
        self.slots: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
        # folded distinctive word -> (word as written, entity): single-word forms, surnames
        self.targets: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
        self.target_index = LookAlikeIndex(())
        # every multi-word form, as the tuple of its words
        self.known_names: set[tuple[str, ...]] = set()
        # sorted folded words of a multi-word person form -> (entity, the form as written)
        self.reordered: dict[tuple[str, ...], tuple[Entity, str]] = {}
        # the folded word sequence of every accepted form: orders that are right
        self.written_orders: set[tuple[str, ...]] = set()
        # (folded Korean family name, squashed given name) -> the given name as the
        # gazetteer writes it: "Jae In" and "Jaein" are read as "Jae-in"
        self.korean_given: dict[tuple[str, str], str] = {}


def slot_key(count: int, slot: int, others: tuple[str, ...]) -> str:
    """The key of ``NameIndex.slots``: a name of ``count`` words whose words other than
    the one in ``slot`` are ``others`` (folded)."""
    return f"{count}\x1f{slot}\x1f" + "\x1f".join(others)


# Names longer than this are not indexed word by word: indexing copies the other words
# for each word (quadratic), and a 20,000-word "name" in a gazetteer would take gigabytes.
_MAX_SLOT_WORDS = 12


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
            if 2 <= len(words) <= _MAX_SLOT_WORDS:  # each slot copies the other words
                for slot, word in enumerate(words):
                    others = tuple(folded[:slot] + folded[slot + 1 :])
                    index.slots[slot_key(len(words), slot, others)].append((entity, word))
            if len(words) == 1 or (entity.kind == "person" and len(words) >= 2):
                target = words[-1]
                known = index.targets.get(fold(target), [])
                if (len(target) >= 5 and fold(target) not in COMMON_WORDS
                        and all(e is not entity for _, e in known)):
                    index.targets[fold(target)] = [*known, (target, entity)]
    index.target_index = LookAlikeIndex(index.targets)
    return index


def _index_word_order(index: NameIndex, entity: Entity, form: str) -> None:
    written = tuple(form.split())
    if entity.kind == "person" and korean_given_name(written) == (1, 2):
        index.korean_given.setdefault((fold(written[0]), squash(written[1])), written[1])
    words = tuple(fold(w) for w in written)
    index.written_orders.add(words)
    if entity.kind == "person" and len(words) >= 2 and len(set(words)) == len(words):
        index.reordered.setdefault(tuple(sorted(words)), (entity, form))
