"""Which rare forms are the house form written another way, and the findings for them.

A name word an article writes that the memory has seen in few articles is compared with the
memory's common name words that look like it. Candidates come from a symmetric-deletion
index over the common words (``names.LookAlikeIndex``: a few dictionary lookups per word),
and only those are compared with rapidfuzz (``names.looks_alike``): near-linear in the
number of distinct names, never all pairs. A pair is then judged with the article-level
evidence (``newslint.checks.names.evidence``, the ``name-variant`` check's gazetteer): different
full names are different people, demonyms, compounds, romanized syllables and English
words are different words, a known name is right as written. What remains is a warning
when the evidence ties the forms (accents or hyphens only, a full name the archive writes
with the house form, a gazetteer name, or a standalone near miss of the gazetteer's form)
and info when a lone word merely looks like a common one.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import OSA

from newslint.archive.extract import Extractors
from newslint.archive.stats import HouseStats, Tally
from newslint.archive.style import same_word_in_house_styles
from newslint.checks.names.evidence import (
    demonym_family,
    differs_by_syllable,
    in_word_list,
    is_compound_of,
    same_head_compounds,
)
from newslint.checks.names.words import TITLE_WORDS, LookAlikeIndex, looks_alike, squash
from newslint.config.settings import SEVERITY_RANK
from newslint.config.suppression import parse_suppressions
from newslint.engine import Finding, RelatedLocation
from newslint.records import NamedTuple
from newslint.text import lemmas
from newslint.text.folding import fold

if TYPE_CHECKING:
    from newslint.api import Linter
    from newslint.checks.names.variants import WordStats
    from newslint.document import Document

# A house form is at least this common, and this many times commoner than the variant.
MIN_COMMON = 3
RATIO = 5
# A house style (two standard spellings) is kept when the house writes its form in 19 of
# every 20 articles that use the term (95 %): a looser majority is a house that writes both.
STYLE_RATIO = 19
# A given name is shared: the house form starts at least this many of the archive's full names.
GIVEN_NAMES = 3
CATEGORY = "fluency/inconsistency"


class Candidate(NamedTuple):
    key: str
    tally: Tally
    evidence: str  # "spelling" (accents, hyphens) or "look-alike"
    known: bool  # the gazetteer knows the house form


class HouseChecker:
    """Findings against a house memory, for any number of articles (built once)."""

    def __init__(self, linter: Linter, stats: HouseStats | None) -> None:
        self.stats = stats or HouseStats()
        self.extractors = Extractors(linter.all_rules)
        self.names: Any = self.extractors.names
        self.rules = set(linter.house_rules)
        self.overrides = linter.settings.severity_overrides
        self.minimum = SEVERITY_RANK[linter.settings.min_severity]
        common = [k for k, t in self.stats.names.items()
                  if t.articles >= MIN_COMMON and 2 * t.ordinary < t.articles]
        self._index = LookAlikeIndex(common)
        self._squashed: dict[str, list[str]] = defaultdict(list)
        for key in common:
            self._squashed[squash(key)].append(key)
        self._contexts: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
        self._context_words: dict[tuple[Any, ...], int] = defaultdict(int)
        self._given: dict[str, int] = defaultdict(int)  # full names a word starts
        self._in_names: dict[str, int] = defaultdict(int)  # full names a word is in
        # (context, word) -> articles of the full name that puts the word in that context
        self._full_articles: dict[tuple[tuple[Any, ...], str], int] = defaultdict(int)
        for name, tally in self.stats.full_names.items():
            words = name.split()
            self._given[words[0]] += 1
            for context, word in _contexts(words):
                self._contexts[word].add(context)
                self._context_words[context] += 1
                self._in_names[word] += 1
                self._full_articles[context, word] += tally.articles
        self._candidates: dict[str, list[Candidate]] = {}

    # -- names -------------------------------------------------------------------------------
    def candidates(self, key: str, form: str) -> list[Candidate]:
        """Common house words that ``form`` may be a rare spelling of, best first."""
        if key not in self._candidates:
            self._candidates[key] = self._find_candidates(key, form)
        return self._candidates[key]

    def _find_candidates(self, key: str, form: str) -> list[Candidate]:
        if self.names is None or self.names._known(form):
            return []  # a known form is right as written
        own = self.stats.names.get(key)
        rare = max(own.articles if own else 0, 1)
        found: list[Any] = []
        near = self._index.near(key) | set(self._squashed.get(squash(key), ()))
        for other in sorted(near - {key}):
            tally = self.stats.names[other]
            if tally.articles < max(MIN_COMMON, RATIO * rare):
                continue
            spelling = squash(other) == squash(key)
            if not spelling and self._different_words(form, tally.form):
                continue
            found.append(Candidate(other, tally, "spelling" if spelling else "look-alike",
                                   bool(self.names._known(tally.form))))
        found.sort(key=lambda c: (c.evidence != "spelling", not c.known, -c.tally.articles, c.key))
        return found

    def _different_words(self, form: str, other: str) -> bool:
        """The article-level evidence that two look-alike words are two names."""
        a, b = fold(form), fold(other)
        ordinary = self.names._ordinary
        return (is_compound_of(form, other) or same_head_compounds(form, other)
                or in_word_list(a, ordinary) or in_word_list(b, ordinary)
                or (demonym_family(a, b) and not _respelt_inside(a, b)) or differs_by_syllable(a, b)
                or bool(lemmas.all_lemmas(a)) or bool(lemmas.all_lemmas(b)))

    def _judge(self, word: WordStats, candidate: Candidate) -> str | None:
        """``"sure"``, ``"unsure"`` or None (not a variant) for this article's use of a word."""
        a, b = fold(word.word), fold(candidate.tally.form)
        spelling = candidate.evidence == "spelling"
        distance = 0 if spelling else _standalone_distance(a, b)
        if distance is None:
            return None
        tied, shared = self._full_name_evidence(word, candidate)
        if tied:
            return "sure"  # a gazetteer name with the house form in its place
        if shared == "rival":
            return None  # the archive writes the article's full name too: no house form to hold to
        if spelling:
            return "sure"
        if shared == "specific":
            return "sure" if distance == 1 else "unsure"
        if self._is_given_name(word, candidate):
            return None  # given names: Andre and Andrew, Nathalie and Natalie are other people
        if shared == "common" and (distance == 1 or min(len(a), len(b)) >= 8):
            return "unsure"  # "John Robertson" / "John Robinson": a first name many share
        if word.in_full_name:
            return None  # a full name the archive never writes with the house form: another
            # person, also where the article then calls them by one word ("Jonas Halvorson", "Halvorson")
        return self._judge_lone(a, b, distance, candidate)

    def _judge_lone(self, a: str, b: str, distance: int, candidate: Candidate) -> str | None:
        """A word the article writes only alone: its spelling is the only evidence."""
        house = candidate.tally
        if house.alone * 4 < house.articles:
            return None  # the archive writes the house form inside longer names (a given
            # name, "Brightwater Gazette"): a lone word is not it respelt ("Andre", "Brightwatter")
        if not _sounds_kept(a, b):
            return None  # "Walker" / "Waller": another consonant is another name
        shorter = min(len(a), len(b))
        if candidate.known and distance == 1 and shorter >= 6:
            return "sure"  # "Neilsen" / "Nielsen"; not "Andre" / "Andrew", two given names
        if shorter >= 7 or (distance == 1 and (shorter >= 6 or _letter_lost_or_swapped(a, b))):
            return "unsure"
        return None

    def _is_given_name(self, word: WordStats, candidate: Candidate) -> bool:
        """The article writes the word only before another name word, and the archive
        writes the house form so, seldom alone, and in several full names: a given name
        many people share ("Andre" is not "Andrew"). A word that starts one or two names
        ("Brightwater Gazette") is that name's first word, and a company or place that
        leads its own longer name ("Venice Film Festival") also stands alone."""
        if not all(not m.is_single and slot == 0 for m, slot in word.occurrences):
            return False
        house = candidate.tally
        given = self._given.get(candidate.key, 0)
        return (given >= GIVEN_NAMES and given * 2 > self._in_names.get(candidate.key, 0)
                and house.alone * 4 < house.articles)

    def _full_name_evidence(self, word: WordStats, candidate: Candidate) -> tuple[bool, str]:
        """(tied, shared) over the article's full names with the word: ``tied`` when a
        gazetteer name puts the house form in the word's place; ``shared`` is the best of
        ``_shares_full_name``, or ``"rival"`` when the archive's full names that match are
        not ``RATIO`` times commoner than the article's own ("Anna Thomson" and "Anna
        Thompson" in as many articles: two people, or a name the house writes both ways)."""
        tied, shared, rival = False, "", False
        b = fold(candidate.tally.form)
        for mention, slot in word.occurrences:
            if mention.is_single:
                continue
            tied |= any(fold(w) == b for _e, w in self.names._slot_expectations(mention, slot))
            label, house_articles = self._shares_full_name(mention.words, slot, candidate.key)
            if not label:
                continue
            own = self.stats.full_names.get(" ".join(w.casefold() for w in mention.words))
            if house_articles < RATIO * max(own.articles if own else 0, 1):
                rival = True
                continue
            shared = max(shared, label, key=("", "common", "specific").index)
        return tied, shared or ("rival" if rival else "")

    def _shares_full_name(self, words: tuple[str, ...], slot: int, house: str) -> tuple[str, int]:
        """``specific`` when the article's other words of this full name all stand beside
        the house form in one of the archive's full names ("Margit Halvorson" / "Inspector
        Margit Halvorsen") that few other words share; ``common`` when that context is
        shared by many ("John": weak evidence); else ``""``. With it, the articles of the
        archive's full names of that person, with the house form (with or without a title)."""
        others = set(_others([w.casefold() for w in words], slot))
        if sum(map(len, others)) < 3:
            return "", 0
        contexts = self._contexts.get(house, ())
        matching = [context for context in contexts if others <= set(context[1])]
        if not matching:
            return "", 0
        sizes = [self._context_words[context] for context in matching]
        same_person = [c for c in contexts if c[1] and (others <= set(c[1]) or set(c[1]) <= others)]
        articles = sum(self._full_articles[context, house] for context in same_person)
        return ("specific" if min(sizes) <= 2 else "common"), articles

    def name_findings(self, document: Document) -> list[tuple[str, int, int, str, str, tuple[str, ...],
                                                               list[tuple[int, int, str]]]]:
        found: list[tuple[str, int, int, str, str, tuple[str, ...], list[tuple[int, int, str]]]] = []
        for key, word in self.extractors.word_stats(document).items():
            if word.ordinary or word.word.rstrip(".") in TITLE_WORDS:
                continue  # "Mr." / "Mr": a title's full stop is house style, not a name
            for candidate in self.candidates(key, word.word):
                verdict = self._judge(word, candidate)
                if verdict is None:
                    continue
                own = self.stats.names.get(key)
                count = own.articles if own else 0
                spans = [m.spans[slot] for m, slot in word.occurrences]
                source = "; the gazetteer's form" if candidate.known else ""
                message = (f"'{word.word}' ({_articles(count)}) — this archive writes "
                           f"'{candidate.tally.form}' ({_articles(candidate.tally.articles)}{source})")
                suggest = (candidate.tally.form,) if verdict == "sure" else ()
                related = [(s.start, s.end, f"'{word.word}' also written here") for s in spans[1:]]
                found.append(("archive/name-variant", spans[0].start, spans[0].end,
                              "warning" if verdict == "sure" else "info", message, suggest, related))
                break
        return found

    # -- terms and acronyms --------------------------------------------------------------------
    def term_findings(self, document: Document) -> list[Any]:
        found: list[Any] = []
        seen: set[tuple[str, str]] = set()
        covered: list[tuple[int, int]] = []  # "Zelenskiy" inside "Volodymyr Zelenskiy": once
        uses = sorted(self.extractors.term_uses(document), key=lambda u: (u[2], -u[3]))
        for group, form, start, end in uses:
            table = self.stats.terms.get(group)
            if not table or (group, form) in seen or any(s <= start and end <= e for s, e in covered):
                continue
            seen.add((group, form))
            house = max(table.values(), key=lambda t: (t.articles, t.form))
            own = table.get(form)
            count = own.articles if own else 0
            if form.replace(".", "") == house.form.replace(".", ""):
                continue  # "Mr." / "Mr": full stops are house style (term-consistency's business)
            # two standard spellings (toward/towards, Organisation/Organization) are a house
            # style: held to only where the house keeps it almost always, and info
            style = same_word_in_house_styles(form, house.form)
            ratio = STYLE_RATIO if style else RATIO
            if house.form == form or house.articles < max(MIN_COMMON, ratio * max(count, 1)):
                continue
            # other lower-case terms are info too; a name written two ways (Kyiv/Kiev) a warning
            house_style = style or (form[:1].islower() and house.form[:1].islower())
            message = (f"'{form}' ({_articles(count)}) — this archive writes '{house.form}' "
                       f"({_articles(house.articles)})")
            covered.append((start, end))
            found.append(("archive/term-variant", start, end, "info" if house_style else "warning",
                          message, (house.form,), []))
        return found

    def acronym_findings(self, document: Document) -> list[Any]:
        found: list[Any] = []
        for definition in self.extractors.definitions(document):
            table = self.stats.acronyms.get(definition.acronym)
            expansion = " ".join(document.text[definition.start : definition.end].split())
            if not table:
                continue
            house = max(table.values(), key=lambda t: (t.articles, t.form))
            own = table.get(expansion.casefold())
            count = own.articles if own else 0
            if (squash(house.form) == squash(expansion)
                    or house.articles < max(MIN_COMMON, RATIO * max(count, 1))):
                continue
            message = (f"{definition.acronym} is expanded as '{expansion}' ({_articles(count)}) — this "
                       f"archive expands it as '{house.form}' ({_articles(house.articles)})")
            found.append(("archive/acronym-expansion", definition.start, definition.end, "info",
                          message, (), []))
        return found

    # -- findings ------------------------------------------------------------------------------
    def findings(self, document: Document) -> list[Finding]:
        """The article's house findings, after selection, suppression and severity settings."""
        raw = []
        if "archive/term-variant" in self.rules:
            raw += self.term_findings(document)
        if "archive/name-variant" in self.rules:
            terms = [(r[1], r[2]) for r in raw]  # a term group's finding says it already
            raw += [r for r in self.name_findings(document)
                    if not any(s <= r[1] and r[2] <= e for s, e in terms)]
        if "archive/acronym-expansion" in self.rules:
            raw += self.acronym_findings(document)
        if not raw:
            return []
        suppressions = parse_suppressions(document.source, document.line_index)
        result = []
        for rule, start, end, severity, message, suggestions, related in raw:
            severity = self.overrides.get(rule, severity)
            region = document.region(start, end)
            if SEVERITY_RANK[severity] < self.minimum or (
                    suppressions and suppressions.suppresses(rule, region.line)):
                continue
            located = tuple(RelatedLocation(*document.region(s, e), note) for s, e, note in related)
            result.append(Finding(document.path, *region, rule, "archive", severity, CATEGORY,
                                  message, tuple(suggestions), located))
        return result


def _standalone_distance(a: str, b: str) -> int | None:
    """The edit distance (a swap of two letters counts one) of a lone word from a house
    word, when it is close enough to be a respelling on its own evidence; else None.

    Stricter than within one article, because an archive holds many real names a letter or
    two apart: the first letter must agree ("Harlem" / "Charles", "Westwood" / "Eastwood"),
    a word under eight letters may be one edit away ("Malcom", "Neilsen"), a longer one
    two ("Khordokovsky"), and neither may be a camel-case compound ("AirAsia")."""
    if a[:1] != b[:1] or not looks_alike(a, b, strong_context=True):
        return None
    distance = OSA.distance(squash(a), squash(b))
    shorter = min(len(a), len(b))
    if shorter < 5 or distance > (1 if shorter < 8 else 2):
        return None
    return distance


def _respelt_inside(a: str, b: str) -> bool:
    """One letter dropped, doubled or changed with the ending kept ("Wilsn" / "Wilson",
    "Houstoon" / "Houston"): a respelling, where a word family changes the ending
    ("Kenya" / "Kenyan", "Dane" / "Danes") or more ("Britain" / "Briton")."""
    return a[-1:] == b[-1:] and OSA.distance(squash(a), squash(b)) == 1


# Letters a respelling may put for one another: vowels, and consonants that sound alike.
_SOUND_CLASSES = ("aeiouy", "ckqsxz", "gjy", "fvw", "dt", "bp", "ij", "mn")


def _sounds_kept(a: str, b: str) -> bool:
    """False when one consonant is put for another of a different sound ("Walker" /
    "Waller", "Hunter" / "Hunger": two names); a respelling keeps the sound ("Bescent" /
    "Bessent", "Tolvanjer" or "Tolvenger" / "Tolvanger")."""
    a, b = squash(a), squash(b)
    if len(a) != len(b):
        return True
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(changed) != 1:
        return True  # no change, or more than one (a swap, two edits): not this test's case
    x, y = changed[0]
    return any(x in group and y in group for group in _SOUND_CLASSES)


def _letter_lost_or_swapped(a: str, b: str) -> bool:
    """One letter dropped, doubled or two swapped ("Lenoo", "Lenovvo", "Lneovo" for
    "Lenovo"), not one letter for another: short real names differ that way ("Royer",
    "Roger")."""
    return len(a) != len(b) or sorted(a) == sorted(b)


def _others(folded: list[str], slot: int) -> tuple[str, ...]:
    return tuple(sorted(folded[:slot] + folded[slot + 1 :]))


def _contexts(words: list[str]) -> list[tuple[tuple[Any, ...], str]]:
    """(context, word) for each slot of a full name: the context is the name's length and
    its other words, so "Volodymyr Zelensky" and "Volodymyr Zelenskiy" share one."""
    return [((len(words), _others(words, slot)), word) for slot, word in enumerate(words)]


def _articles(count: int) -> str:
    if count == 0:
        return "not in this archive"
    return f"{count:,} article" + ("" if count == 1 else "s")


__all__ = ["HouseChecker"]
