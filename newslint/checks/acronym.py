"""``acronym``: acronym definitions whose long form is not what the acronym stands for.

Machine translation rewords and reorders the long forms of acronyms — "Joint
Comprehensive Action Plan (JCPOA)", "International Agency of Atomic Energy (IAEA)",
"Central Bank of Europe (ECB)" — while it copies the acronym untouched. The check finds
definitions written as "Long Form (ACR)", "ACR (Long Form)", "Long Form, or ACR," and
"Long Form – ACR", and decides for each one:

1. the long form is a known expansion of the acronym (gazetteer ``name``/``aliases``,
   with spelling variants and plurals equal): accepted;
2. it is a known expansion reordered, with a synonym swapped, or with a word dropped or
   added: reported, with the known expansion as the suggestion (error when the letters
   cannot spell the acronym, warning when they still can);
3. its letters can spell the acronym (``newslint.acronyms.spells``; for an acronym the
   gazetteer does not know, also plain initials with one word left out): accepted,
   unless only letters from inside words fit while the capitalised words' initials are
   the acronym's letters in another order ("Singapore Tourism Board (TSB)");
4. otherwise a long form that is the known name of a body with another acronym
   ("Islamic Revolutionary Guard Corps (ISI)") is an error on the acronym; and any other
   is reported only when it was clearly meant as the expansion: it shares most words
   with the acronym's known expansion, or it is a run of capitalised words as long as the
   acronym whose initials mostly are the acronym's letters. For an unknown acronym that
   is a warning, and initials that are the acronym's letters beginning with the English
   head noun are taken for a foreign-language acronym (PAN for the "National Action
   Party", Partido Acción Nacional) and not reported.

A long form before "(ACR)" has no marked beginning, so every suffix of the words before
the bracket (within the clause) is a candidate; "the Joint Comprehensive Action Plan" is
judged on its best-fitting suffix. Datelines ("HANOI (VNA) –"), codes after names
("Michael Phelps (USA)") and party labels do not meet the conditions of step 4.

In ``inconsistent`` mode the check reports an acronym defined twice with two different
expansions, and one expansion given two different acronyms. A defined acronym that never
appears again is not an error.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from newslint.acronyms import (
    ARTICLES,
    CONNECTORS,
    LONG_FORM_TOKEN,
    WordForms,
    acronym_key,
    acronym_units,
    fold,
    is_acronym_shaped,
    is_capitalised,
    is_function_word,
    related_forms,
    spells,
    spells_leaving_out_one,
)
from newslint.cache import cached_build
from newslint.check import Check, CheckContext, Match, Param, ParameterError, Related
from newslint.document import Document
from newslint.gazetteer import Entity, Gazetteer
from newslint.yamlsource import LocatedDict, LocatedList, YamlError, load_yaml

# A word of the text, or a mark that ends a clause (a long form never crosses one).
_TOKEN = re.compile(
    rf"(?P<word>{LONG_FORM_TOKEN.pattern})|(?P<barrier>[.;:!?()\[\]{{}}\"“”«»|–—]|\s-\s)"
)
_PARENTHESIS = re.compile(r"\(([^()\n]{1,160})\)")
_OR_ACRONYM = re.compile(r",\s+or\s+([^\s,;:()]+?)(?=[,;:)]|\.?\s*$|\.\s|\s+[–—])", re.MULTILINE)
_DASH_ACRONYM = re.compile(r"\s[–—]\s+([^\s,;:()]+?)(?=\s*(?:[,;:)]|\.\s|\.?$|[–—]))", re.MULTILINE)
_DATELINE_DASH = re.compile(r"\s*[-–—]")
_POSSESSIVE_WORD = re.compile(r"(.+?)['’]s?")
_LOOKBACK_CHARS = 300
_PREPOSITIONS = CONNECTORS - ARTICLES - {"and", "or", "nor", "as"}


class Word(NamedTuple):
    start: int
    end: int
    text: str
    comma_before: bool


class Candidate(NamedTuple):
    """A place where a long form and an acronym stand together as a definition."""

    pattern: str  # "after" (Long Form (ACR)), "before" (ACR (Long Form)), "or", "dash"
    acronym: str
    acronym_start: int
    acronym_end: int
    words: tuple[Word, ...]  # the words that may hold the long form


class KnownForm(NamedTuple):
    """One accepted written expansion of an acronym, from the gazetteer."""

    entity: Entity
    text: str
    exact: str
    content: tuple[str, ...]
    content_words: tuple[str, ...]
    acronym: str
    # The entity's name, or an alias written as a proper name: only these are compared
    # word by word with a long form. A descriptive alias ("Iran nuclear deal") is accepted
    # as written but says nothing about "the nuclear deal with Iran (JCPOA)".
    comparable: bool
    # All its content words capitalised: a proper name, compared only with proper names.
    proper: bool


class Definition(NamedTuple):
    """A definition in the article: the acronym, where its expansion is, and what it is.

    ``accepted`` is False for a long form the article already gave another acronym: not
    a definition to trust, but the evidence the inconsistent mode reports.
    """

    key: str
    acronym: str
    acronym_start: int
    acronym_end: int
    start: int
    end: int
    exact: str
    entity: Entity | None
    accepted: bool = True


class Problem(NamedTuple):
    start: int
    end: int
    severity: str
    acronym: str
    reason: str
    expected: str
    suggestions: tuple[str, ...]
    message: str | None = None


class Difference(NamedTuple):
    """How a candidate long form differs from a known expansion."""

    rank: int  # 3 same words reworded/reordered, 2 a word dropped/added, 1 forms only
    substantive: bool
    substitutions: int
    reason: str


class NearMiss(NamedTuple):
    """A suffix of the words that is a known expansion reworded."""

    start: int
    form: KnownForm
    difference: Difference


class Knowledge:
    """The gazetteer seen by acronym: known expansions by acronym and acronyms by expansion."""

    def __init__(self, gazetteer: Gazetteer, forms: WordForms) -> None:
        self.forms = forms
        self.places = frozenset(fold(form) for entity in gazetteer.entities if entity.kind == "place"
                                for form in entity.forms)
        self.by_acronym: dict[str, list[KnownForm]] = {}
        self.by_exact: dict[str, list[KnownForm]] = {}
        for entity in gazetteer.entities:
            acronyms = _entity_acronyms(entity)
            if not acronyms:
                continue
            written = [f for f in entity.forms if not is_acronym_shaped(f)]
            for key, shown in acronyms.items():
                for text in written:
                    known = self.known_form(entity, text, shown)
                    if known is None:
                        continue
                    self.by_acronym.setdefault(key, []).append(known)
                    self.by_exact.setdefault(known.exact, []).append(known)

    def known_form(self, entity: Entity, text: str, acronym: str) -> KnownForm | None:
        words = LONG_FORM_TOKEN.findall(text)
        if not words:
            return None
        content = [w for w in words if _is_content(w)]
        proper = all(is_capitalised(w) for w in content)
        return KnownForm(entity, text, self.exact_key(words), tuple(self.forms.key(w) for w in content),
                         tuple(content), acronym, proper or text == entity.name, proper)

    def exact_key(self, words: Sequence[str]) -> str:
        """Equal for two writings of one long form (spelling, plurals, "&", articles)."""
        parts = []
        for word in words:
            if fold(word) in ARTICLES:
                continue
            parts.append("and" if word == "&" else self.forms.key(word))
        return "".join(parts)


def _entity_acronyms(entity: Entity) -> dict[str, str]:
    """Acronym key → acronym as written, from ``acronym`` and acronym-shaped aliases."""
    found: dict[str, str] = {}
    if entity.acronym:
        found[acronym_key(entity.acronym)] = entity.acronym
    for form in entity.forms:
        if is_acronym_shaped(form) and " " not in form:
            found.setdefault(acronym_key(form), form)
    return found


def _is_content(word: str) -> bool:
    return word != "&" and not is_function_word(word)


def _can_start(word: str) -> bool:
    return word != "&" and fold(word) not in CONNECTORS


class AcronymCheck(Check):
    parameters = {
        "mode": Param("string", required=True, choices=("expansion", "inconsistent"),
                      help="expansion: a long form that is not what the acronym stands for; "
                           "inconsistent: one acronym defined two ways in one article"),
        "gazetteers": Param("paths", default=(),
                            help="gazetteer files with known acronyms and their expansions"),
        "synonyms": Param("path", default=None,
                          help="synonym sets and spelling variants of words in names"),
        "max_words": Param("int", default=14,
                           help="most words before '(ACR)' considered part of a long form"),
    }
    default_message = "'{found}' does not match {acronym} ({reason})"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        if params["max_words"] < 1:
            raise ParameterError("'max_words' must be at least 1", key="max_words")
        gazetteer = context.gazetteer(params["gazetteers"])
        synonyms = context.data_path(params["synonyms"]) if params["synonyms"] else None
        sources = [*context.gazetteer_files(params["gazetteers"]), *([synonyms] if synonyms else [])]
        self._knowledge: Knowledge = context.resources.shared(
            ("acronym-knowledge", id(gazetteer), synonyms),
            # built from the gazetteers and synonyms; cached on disk while they are unchanged
            lambda: cached_build("acronym-knowledge", sources,
                                 lambda: Knowledge(gazetteer, load_word_forms(synonyms))),
        )

    def run(self, document: Document) -> Iterator[Match]:
        definitions, problems = analyse(document, self._knowledge, self.params["max_words"])
        if self.params["mode"] == "expansion":
            for problem in problems:
                yield Match(problem.start, problem.end,
                            {"acronym": problem.acronym, "reason": problem.reason,
                             "expected": problem.expected},
                            suggestions=problem.suggestions, message=problem.message,
                            severity=problem.severity)
        else:
            yield from inconsistencies(document, definitions)


# The two modes judge the same definitions: each document is analysed once per run.
_ANALYSES: weakref.WeakKeyDictionary[Document, dict[tuple[int, int], Any]] = weakref.WeakKeyDictionary()


def analyse(document: Document, knowledge: Knowledge, max_words: int
            ) -> tuple[list[Definition], list[Problem]]:
    cache = _ANALYSES.setdefault(document, {})
    key = (id(knowledge), max_words)
    if key not in cache:
        cache[key] = Analysis(knowledge, max_words).document(document)
    return cache[key]


def load_word_forms(path: Path | None) -> WordForms:
    """The synonym sets, spelling variants and head nouns of the rule's data file."""
    if path is None:
        return WordForms()
    data = load_yaml(path)
    if not isinstance(data, LocatedDict):
        raise YamlError(getattr(data, "mark", None), "expected a mapping with 'synonyms' "
                        "and 'spellings'", str(path))
    groups: dict[str, list[list[str]]] = {}
    for key in data:
        if key not in ("synonyms", "spellings", "heads"):
            raise YamlError(data.key_mark(key),
                            f"unknown key '{key}' (allowed: heads, spellings, synonyms)")
        value = data[key]
        if key == "heads":
            if not isinstance(value, LocatedList) or not all(isinstance(w, str) and w.strip()
                                                              for w in value):
                raise YamlError(data.value_mark(key), "'heads' must be a list of words")
            continue
        if not isinstance(value, LocatedList):
            raise YamlError(data.value_mark(key), f"'{key}' must be a list of lists of words")
        for index, group in enumerate(value):
            if not (isinstance(group, list) and len(group) >= 2
                    and all(isinstance(w, str) and w.strip() for w in group)):
                raise YamlError(value.item_mark(index), "each set must list two or more words")
        groups[key] = [list(g) for g in value]
    return WordForms(groups.get("spellings", ()), groups.get("synonyms", ()), data.get("heads", ()))


# -- finding definitions -----------------------------------------------------------------------


class Analysis:
    """Finds the acronym definitions of one document and judges each one."""

    def __init__(self, knowledge: Knowledge, max_words: int) -> None:
        self.knowledge = knowledge
        self.forms = knowledge.forms
        self.max_words = max_words
        self._text = ""

    def document(self, document: Document) -> tuple[list[Definition], list[Problem]]:
        self._text = document.text
        definitions: list[Definition] = []
        problems: list[Problem] = []
        named: dict[str, Definition] = {}
        for candidate in sorted(candidates(document, self.max_words), key=lambda c: c.acronym_start):
            definition, problem = self.judge(candidate)
            if definition is None:
                definition = self._renamed(candidate, named)
                if definition is not None and problem is not None and problem.severity == "warning":
                    problem = None  # the inconsistent rule says it better: "abbreviated STB before"
            if definition is not None:
                definitions.append(definition)
                if definition.accepted:
                    named.setdefault(definition.exact, definition)
            if problem is not None:
                problems.append(problem)
        return definitions, problems

    def _renamed(self, candidate: Candidate, named: dict[str, Definition]) -> Definition | None:
        """A long form this article already defined, now given another acronym."""
        texts = [w.text for w in candidate.words]
        key = acronym_key(candidate.acronym)
        for start in self._suffix_starts(candidate):
            if sum(1 for t in texts[start:] if _is_content(t)) < 2:
                continue  # one word ("Congo") is too little to call two definitions one name
            exact = self.knowledge.exact_key(texts[start:])
            earlier = named.get(exact)
            if earlier is not None and earlier.key != key:
                definition = self._definition(candidate, key, start, exact, None)
                return definition._replace(accepted=False)
        return None

    # -- judging one definition ----------------------------------------------------------------
    def judge(self, candidate: Candidate) -> tuple[Definition | None, Problem | None]:
        """A definition to remember, or a problem to report, or neither (not a definition)."""
        key = acronym_key(candidate.acronym)
        known = self.knowledge.by_acronym.get(key, [])
        starts = self._suffix_starts(candidate)
        if not starts:
            return None, None
        texts = [w.text for w in candidate.words]
        near = self._nearest_known(texts, starts, known) if known else None
        exact = self._exact_known(texts, starts, known)
        if exact is not None:
            scrambled = self._scrambled_around(candidate, texts, starts, known, near)
            if scrambled is not None:
                unspellable = not self._spells(texts[scrambled.start:], candidate.acronym)
                return None, self._reworded(candidate, scrambled, unspellable=unspellable)
            start, form = self._exact_known(texts, sorted(starts), known) or exact
            return self._definition(candidate, key, start, form.exact, form.entity), None
        acronym = candidate.acronym
        spelled = next((s for s in starts if self._spells(texts[s:], acronym)), None)
        if spelled is None and not known:
            spelled = next((s for s in starts if self._spells(texts[s:], acronym, leave_out=True)),
                           None)
        if near is not None and (near.difference.substantive or spelled is None):
            return None, self._reworded(candidate, near, unspellable=spelled is None)
        if spelled is None:
            return None, self._unspellable(candidate, known, texts, starts)
        if not any(self._spells(texts[s:], acronym, strict=True) for s in starts):
            problem = self._permuted(candidate, bool(known))
            if problem is not None:
                return None, problem
        # "Health Ministry" and "Ministry of Health" are one expansion for consistency
        exact_key = self.knowledge.exact_key(self.forms.readings(texts[spelled:])[-1])
        return self._definition(candidate, key, spelled, exact_key, None), None

    def _scrambled_around(self, candidate: Candidate, texts: list[str], starts: list[int],
                          known: list[KnownForm], near: NearMiss | None) -> NearMiss | None:
        """"Nations United Economic and Social Council (ECOSOC)": the end of the capitalised
        run is a known name ("Economic and Social Council"), the whole run a scrambled one."""
        if near is None or not near.difference.substantive:
            return None
        longest = self._exact_known(texts, sorted(starts), known)
        if longest is not None and self._run_start(candidate) <= near.start < longest[0]:
            return near
        return None

    def _spells(self, words: list[str], acronym: str, *, strict: bool = False,
                leave_out: bool = False) -> bool:
        for reading in self.forms.readings(words):
            if leave_out and spells_leaving_out_one(reading, acronym):
                return True
            if not leave_out and spells(reading, acronym, strict=strict):
                return True
        return False

    def _exact_known(self, texts: list[str], starts: list[int], known: list[KnownForm]
                     ) -> tuple[int, KnownForm] | None:
        """The first suffix, in the order of ``starts``, that is a known expansion."""
        for start in starts:
            for reading in self.forms.readings(texts[start:]):
                exact = self.knowledge.exact_key(reading)
                for form in known:
                    if form.exact == exact:
                        return start, form
        return None

    def _run_start(self, candidate: Candidate) -> int:
        run = _title_run(candidate.words, candidate.pattern, self.knowledge.places)
        return run[0] if run else len(candidate.words)

    def _suffix_starts(self, candidate: Candidate) -> list[int]:
        """Where a long form may begin: not on an English connecting word ("of", "the",
        "and"), but on a content word or a foreign article ("al Qaeda", "La France
        Insoumise"); shortest long form first."""
        words = candidate.words
        starts = [i for i, w in enumerate(words) if _can_start(w.text)]
        if candidate.pattern == "before":
            return starts[:1]
        return sorted(starts, reverse=True)

    def _definition(self, candidate: Candidate, key: str, start: int, exact: str,
                    entity: Entity | None) -> Definition:
        words = candidate.words
        return Definition(key, candidate.acronym, candidate.acronym_start, candidate.acronym_end,
                          words[start].start, words[-1].end, exact, entity)

    # -- a reworded known expansion ------------------------------------------------------------
    def _nearest_known(self, texts: list[str], starts: list[int], known: list[KnownForm]
                       ) -> NearMiss | None:
        """The suffix and known expansion that differ most plausibly by MT's rewording."""
        best: tuple[tuple[bool, int, int, int], NearMiss] | None = None
        for start in starts:
            content = [w for w in texts[start:] if _is_content(w)]
            keys = [self.forms.key(w) for w in content]
            exact = self.knowledge.exact_key(texts[start:])
            named = all(is_capitalised(w) for w in content)
            for form in known:
                if not form.comparable or (form.proper and not named):
                    continue  # "the UN stabilization mission in DR Congo" describes, not names
                difference = compare(keys, content, form, self.forms, exact != form.exact)
                if difference is None:
                    continue
                # a substantive difference first, then the one that explains more words
                score = (difference.substantive, len(texts) - start, difference.rank,
                         -difference.substitutions)
                if best is None or score > best[0]:
                    best = (score, NearMiss(start, form, difference))
        return None if best is None else best[1]

    def _reworded(self, candidate: Candidate, near: NearMiss, *, unspellable: bool) -> Problem:
        words = candidate.words
        expected = near.form.text
        return Problem(words[near.start].start, words[-1].end, "error" if unspellable else "warning",
                       candidate.acronym, f"{near.difference.reason}: expected '{expected}'",
                       expected, (expected,))

    # -- a long form whose letters cannot spell the acronym ------------------------------------
    def _unspellable(self, candidate: Candidate, known: list[KnownForm], texts: list[str],
                     starts: list[int]) -> Problem | None:
        words = candidate.words
        other = self._other_acronym(candidate, texts, starts)
        if other is not None:
            start, form = other
            expansion = self._text[words[start].start:words[-1].end]
            message = (f"'{candidate.acronym}' is not the acronym of '{expansion}', which is "
                       f"{form.acronym}")
            return Problem(candidate.acronym_start, candidate.acronym_end, "error", candidate.acronym,
                           f"'{expansion}' is {form.acronym}", form.acronym, (form.acronym,), message)
        aimed = self._aimed_start(candidate, bool(known))
        if known:
            shared, form, first_shared = self._shared_words(texts, known)
            if aimed is None and shared < 2:
                return None
            start = aimed if aimed is not None else first_shared
            reason = f"its letters cannot spell {candidate.acronym}, the acronym of '{form.text}'"
            suggestions = (form.text,) if shared else ()
            return Problem(words[start].start, words[-1].end, "error", candidate.acronym, reason,
                           form.text, suggestions)
        if aimed is None or candidate.pattern == "dash":
            return None
        return Problem(words[aimed].start, words[-1].end, "warning", candidate.acronym,
                       "its letters cannot spell the acronym", "", ())

    def _permuted(self, candidate: Candidate, known: bool) -> Problem | None:
        """Capitalised words whose initials are the acronym's letters in another order.

        "Singapore Tourism Board (TSB)": the letters can be found ("touriSm"), but only
        from inside a word, while the initials S, T, B are the acronym scrambled.
        """
        letters = [u.value for u in acronym_units(candidate.acronym) if u.kind == "letter"]
        run = _title_run(candidate.words, candidate.pattern, self.knowledge.places)
        content = [i for i in run if _is_content(candidate.words[i].text)]
        if len(letters) < 2 or len(content) < len(letters) or candidate.pattern == "dash":
            return None
        chosen = content[-len(letters):]
        initials = [fold(candidate.words[i].text)[:1] for i in chosen]
        if initials == letters or Counter(initials) != Counter(letters):
            return None
        if not known and _foreign_order(candidate.words, chosen, letters):
            return None
        words = candidate.words
        return Problem(words[chosen[0]].start, words[-1].end, "error" if known else "warning",
                       candidate.acronym,
                       f"its initials are the letters of {candidate.acronym} in another order", "", ())

    def _aimed_start(self, candidate: Candidate, known: bool) -> int | None:
        """Where the long form starts if the words were clearly meant to spell the acronym.

        A run of capitalised words (function words inside) directly before the acronym,
        with at least as many content words as the acronym has letters, whose last
        content words have mostly the acronym's letters as initials: "Taiwanese Democratic
        Party (PDP)", "Central Bank of Europe (ECB)". Not "Michael Phelps (USA)" (too
        few words) nor "Institute for Economic Research (DIW)" (other letters).
        """
        letters = [u.value for u in acronym_units(candidate.acronym) if u.kind == "letter"]
        size = len(letters)
        if size < 2:
            return None
        run = _title_run(candidate.words, candidate.pattern, self.knowledge.places)
        content = [i for i in run if _is_content(candidate.words[i].text)]
        if candidate.pattern == "before":
            if not run or not size - 1 <= len(content) <= size + 1:
                return None
            chosen = content
        else:
            if len(content) < size:
                return None
            chosen = content[-size:]
        initials = Counter(fold(candidate.words[i].text)[:1] for i in chosen)
        overlap = sum((initials & Counter(letters)).values())
        if overlap < max(2, size - 1):
            return None
        if not known and initials == Counter(letters) and _foreign_order(candidate.words, chosen, letters):
            return None
        return chosen[0]

    def _shared_words(self, texts: list[str], known: list[KnownForm]) -> tuple[int, KnownForm, int]:
        """The known expansion sharing most content words with the end of the text.

        Counted only when the shared words make up most of both: the words from the
        first shared one to the acronym are at most one more than the known expansion's,
        and at least half of the known expansion's words are among them. A known name
        merely shortened ("the central bank (ECB)", "the statistics bureau (NBS)") is no
        evidence at all.
        """
        keys = [self.forms.key(t) if _is_content(t) else "" for t in texts]
        best = (0, known[0], len(texts) - 1)
        for form in known:
            if not form.comparable:
                continue
            wanted = set(form.content)
            if form.proper:  # a proper name shares only capitalised words
                keys = [k if k and is_capitalised(t) else "" for k, t in zip(keys, texts, strict=True)]
            positions = [i for i, k in enumerate(keys) if k and k in wanted]
            if not positions:
                continue
            tail = [k for k in keys[positions[0]:] if k]
            if _shortened(tail, form.content):
                return 0, form, len(texts) - 1
            shared = len({keys[i] for i in positions})
            if len(tail) > len(wanted) + 1 or 2 * shared < len(wanted):
                continue
            if shared > best[0]:
                best = (shared, form, positions[0])
        return best

    def _other_acronym(self, candidate: Candidate, texts: list[str], starts: list[int]
                       ) -> tuple[int, KnownForm] | None:
        """The capitalised run is the known name of a body with a different acronym.

        Not a place ("mission in DR Congo (MONUSCO)": the acronym belongs to the mission),
        nor a run that follows a preposition, and at least two content words.
        """
        key = acronym_key(candidate.acronym)
        run_start = self._run_start(candidate)
        if run_start > 0 and fold(texts[run_start - 1]) in _PREPOSITIONS:
            return None
        for start in sorted(s for s in starts if s >= run_start):  # longest first
            if sum(1 for t in texts[start:] if _is_content(t)) < 2:
                break
            if start > run_start and not texts[start - 1].endswith(("'s", "’s")):
                # "Basque Nationalist Party (PNV)": the known "Nationalist Party" (KMT) is
                # only the tail of a longer name; "Taiwan's Nationalist Party" is not.
                continue
            forms = self.knowledge.by_exact.get(self.knowledge.exact_key(texts[start:]), [])
            others = [f for f in forms if acronym_key(f.acronym) != key and f.entity.kind != "place"]
            if others:
                return start, others[0]
        return None


def _shortened(words: list[str], name: tuple[str, ...]) -> bool:
    """``words`` are a run of ``name`` in any order, its first or last words left out."""
    size = len(words)
    return 0 < size < len(name) and any(
        sorted(words) == sorted(name[i:i + size]) for i in range(len(name) - size + 1)
    )


def _foreign_order(words: Sequence[Word], chosen: list[int], letters: list[str]) -> bool:
    """The acronym starts with the head noun: the word order of its own language.

    Romance languages, Arabic, Persian and others put the head noun first, so the English
    translation of the name carries the same initials in another order: "National Action
    Party (PAN)" (Partido Acción Nacional), "Democratic Forces for the Liberation of Rwanda
    (FDLR)". The head is the last content word before the first preposition (or the last
    word). A permutation that does not begin with it ("Singapore Tourism Board (TSB)") is
    no such translation.
    """
    head = chosen[-1]
    for i in range(chosen[0] + 1, chosen[-1] + 1):
        if not _is_content(words[i].text):
            previous = [c for c in chosen if c < i]
            if previous:
                head = previous[-1]
            break
    return fold(words[head].text)[:1] == letters[0]


def compare(keys: list[str], words: list[str], form: KnownForm, forms: WordForms,
            function_words_differ: bool) -> Difference | None:
    """How the content words ``keys`` differ from ``form``: reordered, reworded, shortened.

    None when they are not recognisably the same name. Function-word and word-form
    differences alone ("Plan for Action", "Islamic Revolution Guard Corps") are rank 1,
    not substantive: they matter only when the letters cannot spell the acronym either.
    """
    target = list(form.content)
    if len(target) < 2 or not keys:
        return None
    pairs, unpaired = _pair(keys, target, forms)
    order = [pairs[i][0] for i in sorted(pairs)]
    scrambled = order != sorted(order)
    same = sum(1 for _, how in pairs.values() if how == "same")
    if same == 0:
        return None
    if len(keys) == len(target):
        if len(pairs) != len(keys):
            return None
        swaps = [(i, k) for i, (k, how) in pairs.items() if how == "synonym"]
        if len(swaps) > max(1, len(target) // 3):
            return None
        changed = [(i, k) for i, (k, how) in pairs.items() if how != "same"]
        notes = ["word order scrambled"] if scrambled else []
        notes += [f"'{words[i]}' in place of '{form.content_words[k]}'" for i, k in sorted(changed)]
        if swaps or scrambled:
            return Difference(3, True, len(swaps), ", ".join(notes))
        if changed or function_words_differ:
            return Difference(1, False, 0, ", ".join(notes) or "connecting words changed")
        return None
    exact_pairs = all(how != "synonym" for _, how in pairs.values())
    if len(keys) == len(target) - 1 and len(target) >= 3 and len(pairs) == len(keys) and exact_pairs:
        missing = unpaired[0]
        if missing in (0, len(target) - 1):
            return None  # "Security Council (UNSC)": a shortened name, not an MT error
        note = f"'{form.content_words[missing]}' left out"
        return Difference(2, True, 0, note + (", word order scrambled" if scrambled else ""))
    if len(keys) == len(target) + 1 and len(target) >= 2 and len(pairs) == len(target) and exact_pairs:
        extra = next(i for i in range(len(keys)) if i not in pairs)
        if extra in (0, len(keys) - 1):
            return None  # an owner or a place: "International Criminal Court in The Hague"
        note = f"'{words[extra]}' added"
        return Difference(2, True, 0, note + (", word order scrambled" if scrambled else ""))
    return None


def _pair(keys: list[str], target: list[str], forms: WordForms
          ) -> tuple[dict[int, tuple[int, str]], list[int]]:
    """Pair words with target words: identical first, then related forms, then synonyms."""
    pairs: dict[int, tuple[int, str]] = {}
    free = list(range(len(target)))
    tests = (("same", lambda a, b: a == b), ("form", related_forms), ("synonym", forms.synonyms))
    for how, test in tests:
        for i, key in enumerate(keys):
            if i in pairs:
                continue
            # prefer the target word in the same position, then any
            ordered = sorted(free, key=lambda k, i=i: (k != i, k))
            for k in ordered:
                if test(key, target[k]):
                    pairs[i] = (k, how)
                    free.remove(k)
                    break
    return pairs, free


# -- where definitions are -------------------------------------------------------------------


def candidates(document: Document, max_words: int) -> Iterator[Candidate]:
    """Every "Long Form (ACR)", "ACR (Long Form)", "Long Form, or ACR" and "– ACR" place."""
    text = document.text
    paragraph_starts = [p.start for p in document.paragraphs]
    for match in _PARENTHESIS.finditer(text):
        inner = match.group(1).strip()
        if is_acronym_shaped(inner):
            if _is_dateline(text, match.start(), match.end()):
                continue
            start = match.start(1) + match.group(1).index(inner)
            words = _words_before(text, match.start(), paragraph_starts, max_words)
            if words:
                yield Candidate("after", inner, start, start + len(inner), words)
            continue
        before = _acronym_before(text, match.start())
        if before is not None:
            words = _without_shared_start(
                _words_within(text, match.start(1), match.end(1)),
                _words_before(text, before, paragraph_starts, 3))
            if len(words) >= 2:
                yield Candidate("before", text[before:match.start()].rstrip(), before,
                                before + len(text[before:match.start()].rstrip()), words)
    for pattern, name in ((_OR_ACRONYM, "or"), (_DASH_ACRONYM, "dash")):
        for match in pattern.finditer(text):
            acronym = match.group(1)
            if not is_acronym_shaped(acronym):
                continue
            words = _words_before(text, match.start(), paragraph_starts, max_words)
            if words:
                yield Candidate(name, acronym, match.start(1), match.end(1), words)


def _is_dateline(text: str, start: int, end: int) -> bool:
    """"HANOI (VNA) –", "Beijing (AP) —": a place and an agency at the start of a line."""
    line_start = text.rfind("\n", 0, start) + 1
    return (len(LONG_FORM_TOKEN.findall(text, line_start, start)) <= 3
            and _DATELINE_DASH.match(text, end) is not None)


def _words_before(text: str, position: int, paragraph_starts: list[int], max_words: int
                  ) -> tuple[Word, ...]:
    """The words of the clause before ``position``, at most ``max_words`` of them."""
    index = bisect_right(paragraph_starts, position) - 1
    paragraph_start = paragraph_starts[index] if index >= 0 else 0
    window_start = max(paragraph_start, position - _LOOKBACK_CHARS)
    words: list[Word] = []
    previous_end = window_start
    for match in _TOKEN.finditer(text, window_start, position):
        if match.group("barrier") is not None:
            words.clear()
        else:
            comma = "," in text[previous_end:match.start()]
            words.append(Word(match.start(), match.end(), match.group(), comma))
        previous_end = match.end()
    if window_start > paragraph_start and words and words[0].start == window_start:
        words.pop(0)  # may be the tail of a longer word
    return tuple(words[-max_words:])


def _words_within(text: str, start: int, end: int) -> tuple[Word, ...]:
    words: list[Word] = []
    previous_end = start
    for match in _TOKEN.finditer(text, start, end):
        if match.group("barrier") is not None:
            return ()
        words.append(Word(match.start(), match.end(), match.group(), "," in text[previous_end:match.start()]))
        previous_end = match.end()
    while words and not _can_start(words[0].text):
        words.pop(0)
    return tuple(words)


def _without_shared_start(inside: tuple[Word, ...], before: tuple[Word, ...]) -> tuple[Word, ...]:
    """"New START (New Strategic Arms Reduction Treaty)": the words written before the
    acronym are part of it, so the long form for START begins after them."""
    for size in range(min(len(before), len(inside) - 1), 0, -1):
        if [w.text for w in before[-size:]] == [w.text for w in inside[:size]]:
            return inside[size:]
    return inside


def _acronym_before(text: str, paren: int) -> int | None:
    """The start of an acronym written just before the bracket at ``paren``, if any."""
    end = paren
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".&+-/"):
        start -= 1
    token = text[start:end]
    return start if token and is_acronym_shaped(token) else None


def _title_run(words: Sequence[Word], pattern: str, places: frozenset[str] = frozenset()
               ) -> list[int]:
    """Indexes of the capitalised run that ends the words (function words inside it).

    A known place in the possessive ends the run from outside: "Iran's Foreign Ministry"
    is Iran's ministry, while "People's" in "People's Bank of China" is part of the name.
    """
    if pattern == "before":
        indexes = list(range(len(words)))
        content = [i for i in indexes if _is_content(words[i].text)]
        return indexes if all(is_capitalised(words[i].text) for i in content) else []
    run: list[int] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        function = is_function_word(word.text)
        owner = _POSSESSIVE_WORD.fullmatch(word.text)
        if owner is not None and fold(owner.group(1)) in places:
            break
        if (is_capitalised(word.text) and not function) or (function and run):
            run.insert(0, i)
        else:
            break
        if word.comma_before:
            break
    while run and not _is_content(words[run[0]].text):
        run.pop(0)
    return run


# -- one acronym, two expansions --------------------------------------------------------------


def inconsistencies(document: Document, definitions: list[Definition]) -> Iterator[Match]:
    """A definition that disagrees with an earlier one: other words, or another acronym."""
    first_by_acronym: dict[str, Definition] = {}
    first_by_expansion: dict[str, Definition] = {}
    for definition in definitions:
        earlier = first_by_acronym.get(definition.key)
        if definition.accepted and earlier is not None and earlier.exact != definition.exact:
            if not _both_known(earlier, definition):
                yield _two_expansions(document, earlier, definition)
            continue
        earlier = first_by_expansion.get(definition.exact)
        if earlier is not None and earlier.key != definition.key:
            yield _two_acronyms(document, earlier, definition)
            continue
        if definition.accepted:
            first_by_acronym.setdefault(definition.key, definition)
            first_by_expansion.setdefault(definition.exact, definition)


def _two_expansions(document: Document, first: Definition, later: Definition) -> Match:
    expansion = document.text[first.start:first.end]
    line = document.region(first.start, first.end).line
    return Match(
        later.start, later.end, {"acronym": later.acronym, "first": expansion, "line": line},
        suggestions=(expansion,),
        related=(Related(first.start, first.end, f"{first.acronym} first defined as '{expansion}'"),),
    )


def _two_acronyms(document: Document, first: Definition, later: Definition) -> Match:
    expansion = document.text[later.start:later.end]
    line = document.region(first.acronym_start, first.acronym_end).line
    return Match(
        later.acronym_start, later.acronym_end,
        {"acronym": later.acronym, "first": first.acronym, "line": line},
        suggestions=(first.acronym,),
        message=f"'{expansion}' is abbreviated {later.acronym} here but {first.acronym} on line {line}",
        related=(Related(first.acronym_start, first.acronym_end,
                         f"'{expansion}' first abbreviated {first.acronym}"),),
    )


def _both_known(a: Definition, b: Definition) -> bool:
    """Both are known names: of one body, or of two real bodies that share the acronym
    (RSF: Rapid Support Forces, Reporters Without Borders)."""
    return a.entity is not None and b.entity is not None
