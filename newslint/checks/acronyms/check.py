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
3. its letters can spell the acronym (``newslint.checks.acronyms.forms.spells``; for an acronym the
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

from collections import Counter
from collections.abc import Iterator
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError
from newslint.checks.acronyms.compare import (
    Difference,
    Knowledge,
    KnownForm,
    build_knowledge,
    compare,
    foreign_order,
    initials_in_place,
    shortened,
)
from newslint.checks.acronyms.definitions import (
    Candidate,
    Definition,
    can_start,
    candidates,
    inconsistencies,
    is_content,
    title_run,
)
from newslint.checks.acronyms.forms import (
    ARTICLES,
    CONNECTORS,
    acronym_key,
    acronym_units,
    spells,
    spells_leaving_out_one,
    starts_capital_or_digit,
)
from newslint.document import Document
from newslint.gazetteer import Entity
from newslint.records import NamedTuple
from newslint.text.folding import fold

_PREPOSITIONS = CONNECTORS - ARTICLES - {"and", "or", "nor", "as"}


class Problem(NamedTuple):
    start: int
    end: int
    severity: str
    acronym: str
    reason: str
    expected: str
    suggestions: tuple[str, ...]
    message: str | None = None


class NearMiss(NamedTuple):
    """A suffix of the words that is a known expansion reworded."""

    start: int
    form: KnownForm
    difference: Difference


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
        # built from the gazetteers and synonyms; cached on disk while they are unchanged
        self._knowledge: Knowledge = context.resources.derived(
            "acronym-knowledge", sources, lambda: build_knowledge(gazetteer, synonyms))

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


def analyse(document: Document, knowledge: Knowledge, max_words: int
            ) -> tuple[list[Definition], list[Problem]]:
    # The two modes judge the same definitions: each document is analysed once per run.
    return document.memo(("acronym.analysis", id(knowledge), max_words),
                         lambda: Analysis(knowledge, max_words).document(document))


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
            if sum(1 for t in texts[start:] if is_content(t)) < 2:
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
        if known and (near is None or near.difference.replaced or not near.difference.substantive):
            other = self._other_body(candidate, texts, starts)
            if other is not None:  # "World Trade Organization (WHO)", even if letters fit
                return None, other
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
        run = title_run(candidate.words, candidate.pattern, self.knowledge.places)
        return run[0] if run else len(candidate.words)

    def _suffix_starts(self, candidate: Candidate) -> list[int]:
        """Where a long form may begin: not on an English connecting word ("of", "the",
        "and"), but on a content word or a foreign article ("al Qaeda", "La France
        Insoumise"); shortest long form first."""
        words = candidate.words
        starts = [i for i, w in enumerate(words) if can_start(w.text)]
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
            content = [w for w in texts[start:] if is_content(w)]
            keys = [self.forms.key(w) for w in content]
            exact = self.knowledge.exact_key(texts[start:])
            named = all(starts_capital_or_digit(w) for w in content)
            for form in known:
                if not form.comparable or (form.proper and not named):
                    continue  # "the UN stabilization mission in DR Congo" describes, not names
                difference = compare(keys, content, form, self.forms, exact != form.exact,
                                     self.knowledge.places)
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
        other = self._other_body(candidate, texts, starts)
        if other is not None:
            return other
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
        severity = "warning" if initials_in_place(words[aimed:], candidate.acronym) else "info"
        return Problem(words[aimed].start, words[-1].end, severity, candidate.acronym,
                       "its letters cannot spell the acronym", "", ())

    def _other_body(self, candidate: Candidate, texts: list[str], starts: list[int]
                    ) -> Problem | None:
        """The long form is the known name of a body with another acronym: an error on the
        acronym ("United Nations Human Rights Council (UNHCR)"), whether or not its letters
        could spell this one."""
        other = self._other_acronym(candidate, texts, starts)
        if other is None:
            return None
        start, form = other
        words = candidate.words
        expansion = self._text[words[start].start:words[-1].end]
        message = (f"'{candidate.acronym}' is not the acronym of '{expansion}', which is "
                   f"{form.acronym}")
        return Problem(candidate.acronym_start, candidate.acronym_end, "error", candidate.acronym,
                       f"'{expansion}' is {form.acronym}", form.acronym, (form.acronym,), message)

    def _permuted(self, candidate: Candidate, known: bool) -> Problem | None:
        """Capitalised words whose initials are the acronym's letters in another order.

        "Singapore Tourism Board (TSB)": the letters can be found ("touriSm"), but only
        from inside a word, while the initials S, T, B are the acronym scrambled.
        """
        letters = [u.value for u in acronym_units(candidate.acronym) if u.kind == "letter"]
        run = title_run(candidate.words, candidate.pattern, self.knowledge.places)
        content = [i for i in run if is_content(candidate.words[i].text)]
        if len(letters) < 2 or len(content) < len(letters) or candidate.pattern == "dash":
            return None
        chosen = content[-len(letters):]
        initials = [fold(candidate.words[i].text)[:1] for i in chosen]
        if initials == letters or Counter(initials) != Counter(letters):
            return None
        if not known and foreign_order(candidate.words, chosen, letters):
            return None
        words = candidate.words
        # an unknown acronym's own order (a company's, a foreign body's) is only info
        return Problem(words[chosen[0]].start, words[-1].end, "error" if known else "info",
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
        run = title_run(candidate.words, candidate.pattern, self.knowledge.places)
        content = [i for i in run if is_content(candidate.words[i].text)]
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
        if not known and initials == Counter(letters) and foreign_order(candidate.words, chosen, letters):
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
        keys = [self.forms.key(t) if is_content(t) else "" for t in texts]
        best = (0, known[0], len(texts) - 1)
        for form in known:
            if not form.comparable:
                continue
            wanted = set(form.content)
            if form.proper:  # a proper name shares only capitalised words
                keys = [k if k and starts_capital_or_digit(t) else ""
                        for k, t in zip(keys, texts, strict=True)]
            positions = [i for i, k in enumerate(keys) if k and k in wanted]
            if not positions:
                continue
            tail = [k for k in keys[positions[0]:] if k]
            if shortened(tail, form.content):
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
            if sum(1 for t in texts[start:] if is_content(t)) < 2:
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

