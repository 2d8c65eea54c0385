"""``name-consistency``: one name spelt several ways, near misses of known names, swapped people.

The headline failure of machine-translated news is the name: "Shinzo Abbey" then "Abe",
"Bescent" for Treasury Secretary Scott Bessent, Ruhollah Khomeini (the founder, died 1989)
where the copy means Ali Khamenei (the current leader). One check serves three rules
through ``mode``:

- ``variant`` (``variants.py``): the article's name words are grouped by spelling; a
  pair of forms that looks like one name (same slot of an otherwise equal full name, a
  surname-only mention after a full name, a gazetteer name tying the two) is reported once,
  at the less trusted form, suggesting only a gazetteer form; info when the only evidence
  is a lone look-alike surname.
- ``near-miss``: a name word that is not a gazetteer form but is one or two letters away
  from one ("Bescent" / "Bessent"), or a full name whose other part is right ("Shinzo
  Abbey", "Donalt Trump"); info, once, when nothing else in the article points to the
  known name (no first name, office or other word of it).
- ``confusable``: two gazetteer entities listed as ``confusable`` both appear; the less
  frequent one is reported, saying who each is.

Names are compared only when the evidence says they are one name: two different people
with one surname ("Barack Obama", "Michelle Obama"), plurals and possessives ("the
Obamas", "Abe's"), demonyms ("Iran", "Iranian"), names that merely start alike, words that
start a sentence, all-caps headlines, URLs and the user's vocabulary are left alone; see
``newslint.checks.names.evidence`` and docs/names.md for the other classes of different names.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError, Related
from newslint.checks.names.confusables import ConfusableMode, _who, confusable_forms
from newslint.checks.names.evidence import (
    is_place_compound,
    korean_given_name,
    korean_respelling,
    list_sentences,
)
from newslint.checks.names.mentions import NameMention, lowercase_words, name_mentions
from newslint.checks.names.name_index import _WORD_SPLIT, NameIndex, build_name_index, slot_key
from newslint.checks.names.near_miss import (
    UNSEEN,
    PresentWords,
    facts_in_article,
    is_common,
    mangled_first_name,
    title_fits,
)
from newslint.checks.names.variants import (
    VariantMode,
    WordStats,
    _mention_text,
    own_index,
)
from newslint.checks.names.words import (
    COMMON_WORDS,
    TITLE_WORDS,
    LookAlikePairs,
    is_comparable_word,
    likeness,
    looks_alike,
    looks_english,
    squash,
)
from newslint.document import Document, Span
from newslint.gazetteer import Entity
from newslint.text import lemmas
from newslint.text.folding import fold

MODES = ("variant", "near-miss", "confusable")
# Distinct words (and full names) whose word-only tests are remembered per check for a run
# (a few MiB each).
_WORDS_REMEMBERED = 32768




# -- the check ----------------------------------------------------------------------------


class NameConsistencyCheck(VariantMode, ConfusableMode, Check):
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
                                help="a word list (relative to the rule file) of capitalised "
                                     "words that are never names: demonyms, languages, days "
                                     "(never near misses, never variants)"),
    }
    # Each mode fills the values its rule's message uses; see rules/name-*.yaml.
    default_message = "'{found}' looks like a variant of '{expected}'"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        if params["min_length"] < 2:
            raise ParameterError("'min_length' must be at least 2", key="min_length")
        self._gazetteer = context.gazetteer(params["gazetteers"])
        sources = context.gazetteer_files(params["gazetteers"])
        gazetteer = self._gazetteer
        self._index: NameIndex = context.resources.derived(
            "name-index", sources, lambda: build_name_index(gazetteer))
        self._vocabulary = frozenset(fold(w) for w in context.vocabulary)
        # derived and cached: finding them reads every entity and form of the gazetteer
        self._confusable_forms: frozenset[str] = (
            context.resources.derived("confusable-forms", sources,
                                      lambda: confusable_forms(gazetteer))
            if params["mode"] == "confusable" else frozenset())
        self._ordinary = (_load_word_list(context.data_path(params["ordinary_words"]))
                          if params["ordinary_words"] else frozenset())
        # One remembered entry per distinct full name (its anchors and its reordering) and
        # per distinct word (its facts; a lone word's nearest known word): a long run keeps
        # few objects, which the garbage collector would otherwise scan again and again.
        self._name_facts = lru_cache(maxsize=_WORDS_REMEMBERED)(self._facts_of_name)
        self._standalone_target = lru_cache(maxsize=_WORDS_REMEMBERED)(self._word_target)
        self._word_facts = lru_cache(maxsize=_WORDS_REMEMBERED)(self._facts_of_word)

    def run(self, document: Document) -> Iterator[Match]:
        mentions = self._mentions(document)
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
    def _mentions(self, document: Document) -> list[NameMention]:
        """The document's name mentions, Korean given names as one word: "Moon Jae In",
        "Moon Jae-in" and "Moon Jaein" are one name, written as the gazetteer writes it."""
        given_name = korean_given_name
        return document.memo("name-consistency.mentions", lambda: [
            m if len(m.words) == 1 or given_name(m.words) is None else self._korean_mention(m)
            for m in name_mentions(document)])

    def _korean_mention(self, mention: NameMention) -> NameMention:
        given = korean_given_name(mention.words)
        if given is None:
            return mention
        first, end = given
        parts = mention.words[first:end]
        word = parts[0] if len(parts) == 1 else f"{parts[0]}-{parts[1].lower()}"
        known = self._index.korean_given.get((fold(mention.words[0]), squash(word)))
        word = known or word
        span = Span(mention.spans[first].start, mention.spans[end - 1].end)
        return mention._replace(words=(*mention.words[:first], word),
                                spans=(*mention.spans[:first], span))

    def _is_place(self, word: str) -> bool:
        return any(e.kind == "place" for e in self._gazetteer.by_form.get(word, ()))

    def _word_stats(self, document: Document, mentions: list[NameMention]) -> dict[str, WordStats]:
        """Name words worth comparing (once per document for the rules that share them)."""
        key = ("name-consistency.word-stats", self.params["min_length"], self._vocabulary)
        return document.memo(key, lambda: self._compute_word_stats(document, mentions))

    def _compute_word_stats(self, document: Document,
                            mentions: list[NameMention]) -> dict[str, WordStats]:
        """Name words worth comparing: not ordinary words, not the user's vocabulary."""
        lower = lowercase_words(document)
        listed = list_sentences(document, mentions)
        stats: dict[str, WordStats] = {}
        facts = self._word_facts
        # What a word is in this article (None: never compared; else whether ordinary
        # here, its key and the key squashed), asked once per distinct word, not per use.
        seen: dict[str, tuple[bool, str, str] | None] = {}
        for mention in mentions:
            words = mention.words
            if len(words) == 1:  # the common case: one word, slot 0, no Korean given name
                word = words[0]
                known = seen.get(word, UNSEEN)
                if known is UNSEEN:
                    known = seen[word] = facts_in_article(facts(word), lower)
                if known is None or known[0]:
                    continue  # never compared, or an ordinary word standing alone
                word_stats = stats.get(known[1])
                if word_stats is None:
                    word_stats = stats[known[1]] = WordStats(word, False, squashed=known[2])
                word_stats.occurrences.append((mention, 0))
                if listed and mention.sentence in listed:
                    word_stats.listed += 1
                continue
            korean = korean_given_name(words)
            for slot, word in enumerate(words):
                known = seen.get(word, UNSEEN)
                if known is UNSEEN:
                    known = seen[word] = facts_in_article(facts(word), lower)
                if known is None:
                    continue
                ordinary, key, squashed = known
                word_stats = stats.get(key)
                if word_stats is None:
                    word_stats = stats[key] = WordStats(word, ordinary, squashed=squashed)
                word_stats.occurrences.append((mention, slot))
                if korean is not None and slot >= korean[0]:
                    word_stats.korean_given = True
                if listed and mention.sentence in listed:
                    word_stats.listed += 1
        return {key: word_stats for key, word_stats in stats.items()
                if not (facts(word_stats.word)[3] and word_stats.only_initial)}  # type: ignore[index]

    def _facts_of_word(self, word: str) -> tuple[str, str, str, bool] | None:
        """None for a word never compared (``_word_never_compared``); else the word
        folded, its key (case-folded), the key squashed and whether it looks like a derived
        English word (``looks_english``). A function of the word alone, remembered per
        distinct word (``_word_facts``): one entry per word, few objects for the run to
        keep."""
        folded, excluded = self._word_never_compared(word)
        if excluded:
            return None
        key = word.casefold()
        return folded, key, squash(key), looks_english(word)

    def _word_never_compared(self, word: str) -> tuple[str, bool]:
        """The folded word, and whether it is never a name word to compare whatever the
        article: too short, not letters, the user's vocabulary, a title, a compound of
        places. A function of the word alone, remembered per distinct word (``__init__``)."""
        folded = fold(word)
        return folded, (len(word) < self.params["min_length"] or not is_comparable_word(word)
                        or folded in self._vocabulary or word in TITLE_WORDS
                        or is_place_compound(word, self._is_place, self._ordinary))

    def _known(self, word: str) -> list[Entity]:
        return self._index.known_words.get(fold(word), [])

    def _slot_expectations(self, mention: NameMention, slot: int) -> list[tuple[Entity, str]]:
        """Gazetteer names that agree with ``mention`` everywhere except in ``slot``."""
        return self._slot_words(mention.words, slot)

    def _slot_words(self, words: tuple[str, ...], slot: int) -> list[tuple[Entity, str]]:
        """Gazetteer names that agree with ``words`` everywhere except in ``slot``."""
        return self._slot_folded([fold(w) for w in words], slot)

    def _slot_folded(self, folded: list[str], slot: int) -> list[tuple[Entity, str]]:
        """``_slot_words`` of the words folded (``folded``)."""
        others = tuple(folded[:slot] + folded[slot + 1 :])
        if sum(len(w) for w in others) < 4 or all(w in COMMON_WORDS for w in others):
            return []  # "Li", "Kim": too common to anchor a full name
        return self._index.slots.get(slot_key(len(folded), slot, others), [])

    # -- near misses ------------------------------------------------------------------------
    def _near_misses(self, document: Document, mentions: list[NameMention],
                     stats: dict[str, WordStats]) -> Iterator[Match]:
        # Cheap evidence first: each test below is a function of a word or a name alone,
        # remembered for the run, and nearly always says "no near miss here"; what an
        # article alone decides (the words it names, its own look-alikes) is asked only
        # of what passes.
        present = PresentWords(mentions)
        # What the article's full names are (anchored, reordered) is asked once per
        # distinct name. Nearly no full name has a look-alike of a known one (``_anchors``
        # is None), nor is any a known name reordered: then no word needs its full names
        # looked at again, nor any mention the reordering test.
        anchored = reordered = False
        facts = self._name_facts
        for words in {m.words for m in mentions if len(m.words) > 1}:
            anchors, known = facts(words)
            anchored = anchored or anchors is not None
            reordered = reordered or known is not None
        if reordered:
            yield from self._reordered_names(document, mentions)
        target, lower = self._standalone_target, lowercase_words(document)
        for word_stats in stats.values():
            # "Georgia Meloni": a known word may still be the wrong one in a known full name.
            if anchored:
                yield from self._anchored_near_misses(document, word_stats, present.words)
            word = word_stats.word
            folded = fold(word)
            # the tests of the word alone and of the article's sets first (quickest)
            if (len(folded) >= 5 and folded not in COMMON_WORDS and folded not in lower
                    and folded not in self._ordinary and not word_stats.in_full_name
                    and not self._known(word) and target(word) is not None
                    and not self._has_own_look_alike(word_stats, own_index(stats))):
                yield from self._standalone_near_misses(document, word_stats, present.words)

    def _word_target(self, word: str) -> str | None:
        """What ``_standalone_near_misses`` needs of a word alone, asked first: the known
        word it may be a misspelling of (``_closest_target``), None when it is too short,
        common, listed as ordinary, or near no known word. Remembered per distinct word
        (``_standalone_target``)."""
        folded = fold(word)
        if len(folded) < 5 or is_common(folded) or folded in self._ordinary:
            return None
        return self._closest_target(folded)

    @staticmethod
    def _has_own_look_alike(word_stats: WordStats, own: LookAlikePairs) -> bool:
        """The article writes a name like this lone word ("Marcco" near "Marco Rossi"):
        that is name-variant's pair, not a near miss of some known person."""
        folded = fold(word_stats.word)
        return any(looks_alike(folded, other, strong_context=False)
                   for other in own.near(squash(folded)))

    def _reordered_names(self, document: Document, mentions: list[NameMention]) -> Iterator[Match]:
        """A known person's name with its words in another order: "Kishida Fumio" for
        Fumio Kishida, as MT writes Japanese, Korean or Hungarian names in the source's
        family-name-first order (and Chinese ones the other way round)."""
        reordered = self._reordered
        for mention in mentions:
            if mention.is_single:
                continue
            known = reordered(mention.words)
            if known is None or self._gazetteer.by_form.get(_mention_text(document, mention)):
                continue
            entity, form = known
            found = _mention_text(document, mention)
            yield Match(mention.start, mention.end, {"expected": form, "entity": _who(entity)},
                        suggestions=(form,),
                        message=f"'{found}' has the words of '{form}' in another order "
                                f"({_who(entity)}); English-language news writes '{form}'")

    def _facts_of_name(self, words: tuple[str, ...]) -> tuple[Any, tuple[Entity, str] | None]:
        """A full name's anchors (``_name_anchors``) and reordering
        (``_reordered_words``): functions of the words alone, remembered together per
        distinct name (``_name_facts``)."""
        return self._name_anchors(words), self._reordered_words(words)

    def _anchors(self, words: tuple[str, ...]) -> tuple[list[tuple[Entity, str]], ...] | None:
        """``_name_anchors``, remembered (``_name_facts``)."""
        return self._name_facts(words)[0]

    def _reordered(self, words: tuple[str, ...]) -> tuple[Entity, str] | None:
        """``_reordered_words``, remembered (``_name_facts``)."""
        return self._name_facts(words)[1]

    def _reordered_words(self, words: tuple[str, ...]) -> tuple[Entity, str] | None:
        """The known person whose name has ``words`` in another order, and that name as
        written; None for nearly every name. A function of the words alone, remembered
        per distinct name (``_name_facts``)."""
        written = tuple(fold(word) for word in words)
        known = self._index.reordered.get(tuple(sorted(written)))
        if known is None or written in self._index.written_orders:
            return None  # "Von der Leyen" at a sentence start is the known order
        return known

    def _anchored_near_misses(self, document: Document, word_stats: WordStats,
                              present: set[str]) -> Iterator[Match]:
        """A full name that matches a gazetteer name but for one look-alike word ("Mun
        Jae-in": the family name in another romanization counts as one)."""
        for mention, slot in word_stats.occurrences:
            if mention.is_single:
                continue
            anchored = self._anchors(mention.words)
            if anchored is None or self._gazetteer.by_form.get(_mention_text(document, mention)):
                continue
            for entity, expected in anchored[slot]:
                if fold(expected) in present:
                    continue
                span = mention.spans[slot]
                context = f" in '{_mention_text(document, mention)}'"
                yield Match(span.start, span.end,
                            {"expected": expected, "entity": _who(entity), "context": context},
                            suggestions=(expected,))
                break

    def _name_anchors(self, words: tuple[str, ...]) -> tuple[list[tuple[Entity, str]], ...] | None:
        """For each slot of a full name, the gazetteer names that agree with it elsewhere
        and have a look-alike word there; None when the name as written is known or no
        slot has one (nearly always). A function of the words alone, remembered per
        distinct name (``_anchors``)."""
        every = [fold(word) for word in words]  # once, not once per slot
        # A gazetteer name agrees with this one in every slot but one only if all those
        # words are gazetteer words: with two words unknown no slot can be anchored, and
        # with one, only its own slot can (the common cases, seen without a look-up).
        known = self._index.known_words
        slots = [slot for slot, folded in enumerate(every) if folded not in known]
        if len(slots) > 1 or self._gazetteer.by_form.get(" ".join(words)):
            return None
        anchors: list[list[tuple[Entity, str]]] = [[] for _ in every]
        for slot in slots or range(len(every)):
            folded = every[slot]
            anchors[slot] = [(entity, expected) for entity, expected in self._slot_folded(every, slot)
                             if looks_alike(folded, fold(expected), strong_context=True)
                             or korean_respelling(folded, fold(expected))]
        return tuple(anchors) if any(anchors) else None

    def _standalone_near_misses(self, document: Document, word_stats: WordStats,
                                present: set[str]) -> Iterator[Match]:
        """A lone name word one or two letters away from a distinctive gazetteer name."""
        folded = fold(word_stats.word)
        if len(folded) < 5 or folded in lowercase_words(document) or is_common(folded):
            return
        if folded in self._ordinary:
            return
        # Nearly no word is near a known name: asked first, it spares the dictionary
        # look-up of the English test below (a first look-up of a word is the slower).
        best = self._standalone_target(word_stats.word)  # (the tests above passed)
        if best is None or best in present:
            return
        if lemmas.all_lemmas(folded):
            return  # "Greek" is not a misspelling of "Greer", nor "Thank" of "Thani"
        if sum(char.isupper() for char in word_stats.word[1:]) >= 2:
            return  # "MacOSX", "WebIDL": product names; people's names have at most one
        target_word, entity = self._index.targets[best][0]
        found = []
        for mention, slot in word_stats.occurrences:
            span = mention.spans[slot]
            start, suggestion = span.start, target_word
            first_name = mangled_first_name(document, span, entity)
            if first_name is not None:
                start, suggestion = first_name, entity.name
            found.append((Span(start, span.end), suggestion,
                          first_name is not None or title_fits(mention.title, entity)))
        if any(supported for *_, supported in found) or self._named_elsewhere(entity, present,
                                                                             best):
            for span, suggestion, _ in found:  # the article is about this person or place
                yield Match(span.start, span.end,
                            {"expected": suggestion, "entity": _who(entity), "context": ""},
                            suggestions=(suggestion,))
            return
        # One weak signal: a word like a known name, nothing else about it. Say so once.
        span, suggestion, _ = found[0]
        related = tuple(Related(s.start, s.end, f"'{word_stats.word}' also written here")
                        for s, *_ in found[1:])
        message = (f"'{document.text[span.start:span.end]}' is a letter or two from "
                   f"'{suggestion}' ({_who(entity)}), but nothing else in the article points "
                   f"to {'them' if entity.kind == 'person' else 'it'}: a misspelling, or "
                   "another name?")
        yield Match(span.start, span.end, {"expected": suggestion, "entity": _who(entity)},
                    suggestions=(suggestion,), related=related, message=message,
                    severity="info")

    def _closest_target(self, folded: str) -> str | None:
        """The distinctive gazetteer word that the folded word is nearest a misspelling of,
        if any. A function of the word alone, remembered per distinct word (through
        ``_standalone_target``): a name recurs in article after article."""
        best: tuple[int, float, str] | None = None
        for target in self._index.target_index.near(folded):
            if not looks_alike(folded, target, strong_context=False):
                continue
            score = likeness(folded, target)
            if score.similarity < 0.8 or not self._distinctive_target(target, score.distance):
                continue
            if best is None or (score.distance, -score.similarity, target) < best:
                best = (score.distance, -score.similarity, target)
        return None if best is None else best[2]

    def _named_elsewhere(self, entity: Entity, present: set[str], target: str) -> bool:
        """Another distinctive word of the entity's names is in the article ("Rachel" for
        Rachel Reeves): the article is about that entity."""
        words = {fold(w) for form in entity.forms for w in _WORD_SPLIT.findall(form)
                 if w not in TITLE_WORDS}
        words.discard(target)
        return any(w in present and len(w) >= 4 and w not in COMMON_WORDS for w in words)

    def _distinctive_target(self, target: str, distance: int) -> bool:
        """Five-letter words are near misses of too much ("Samba"/"Samoa"): persons only."""
        if len(target) >= 6:
            return True
        return distance == 1 and all(e.kind == "person" for _, e in self._index.targets[target])

# -- helpers ------------------------------------------------------------------------------


def _load_word_list(path: Path) -> frozenset[str]:
    """Words of a list file: whitespace-separated, ``#`` starts a comment."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ParameterError(f"cannot read {path}: {error.strerror}", key="ordinary_words") from None
    return frozenset(fold(word) for line in lines for word in line.split("#", 1)[0].split())
