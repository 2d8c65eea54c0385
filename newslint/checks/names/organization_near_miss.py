"""``organization-near-miss``: a known body's full name with a word swapped for a near-synonym.

Machine translation renders the name of an institution word by word, and where the
source has one word English has several ("机构": agency, organization, body), so the
"International Atomic Energy Organization" or the "Islamic Revolutionary Guard Army"
appears in running text, with no acronym beside it for the ``acronym`` check to test.
This check finds runs of capitalised words (connecting words inside) and compares each
whole run with the gazetteer's full names of organisations of three content words or more,
by the synonym sets the acronym rules use (``rules/data/acronym-synonyms.yaml``). A
stretch that is a known name with one word (two in a name of six or more) replaced by a
word of the same synonym set, and that is no known name itself, is reported with the
known name as the suggestion. Reordered names and changed connecting words are not
reported here: English writes many names either way.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from operator import itemgetter
from typing import Any

from newslint.cache.lazy import LoadedOnUse
from newslint.check import Check, CheckContext, Match, Param
from newslint.checks.acronyms.compare import KnownForm, compare, load_word_forms
from newslint.checks.acronyms.definitions import is_content
from newslint.checks.acronyms.forms import (
    LONG_FORM_TOKEN,
    WordForms,
    is_acronym_shaped,
    starts_capital_or_digit,
)
from newslint.document import Document
from newslint.gazetteer import Gazetteer
from newslint.records import NamedTuple
from newslint.text.folding import fold
from newslint.text.patterns import POSSESSIVE

# A capitalised word, then more joined by spaces and connecting words ("of the", "for").
# The capital comes first and the word boundary is asked after it (``\b[A-Z]`` written
# so), which lets the pattern engine skip to the next capital instead of trying every
# position; a word's letters are never given back (nothing but a space can follow them).
_RUN = re.compile(
    rf"[A-Z](?<!\w[A-Z])[\w'’-]*{POSSESSIVE}"
    rf"(?:\s+(?:(?:of|the|for|and|de|del)\s+)*[A-Z][\w'’-]*{POSSESSIVE})+"
)

# What makes one word of a run (``_RUN``: a capital, then word characters, hyphens and
# apostrophes) two words of a name (``LONG_FORM_TOKEN``): an underscore, or two marks in a
# row ("Abc--Def"). Without them, a run of fewer than three words has fewer than three.
_SPLIT_WORD = re.compile(r"_|[-'’]{2}")

# Whether a word's facts (``_word_facts``: key, in a synonym set) say it has synonyms.
_HAS_SYNONYMS = itemgetter(1)

# A name that goes on in lower case: the run is only its beginning.
_CONTINUED = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[a-z]")


class _Index(LoadedOnUse):
    """The known organisations' full names by content word, every known name's exact key
    (a dictionary used as a set), and the word forms; the two tables are read back shard
    by shard (an article looks up a few of their keys)."""

    sharded = frozenset({"by_key", "exact"})

    def __init__(self, by_key: dict[str, list[KnownForm]], exact: dict[str, None],
                 forms: WordForms) -> None:
        self.by_key = by_key
        self.exact = exact
        self.forms = forms


class _Verdict(NamedTuple):
    """A run's words ``first`` to ``last`` (or its characters, in ``_run_verdict``)
    garble the known name ``expected``."""

    first: int
    last: int
    expected: str
    reason: str


# Distinct runs remembered per check: a few MiB at most, and the names news repeats most
# are asked for again long before they would be dropped.
_VERDICTS = 16384


class OrganizationNearMissCheck(Check):
    parameters = {
        "gazetteers": Param("paths", default=(), help="gazetteer files with organisations"),
        "synonyms": Param("path", required=True,
                          help="synonym sets and spelling variants of words in names"),
    }
    default_message = "'{found}' looks like '{expected}' with {reason}"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        gazetteer = context.gazetteer(params["gazetteers"])
        synonyms = context.data_path(params["synonyms"])
        sources = (*context.gazetteer_files(params["gazetteers"]), synonyms)
        self._index: _Index = context.resources.derived(
            "organization-names", sources, lambda: _build(gazetteer, load_word_forms(synonyms)))
        self._verdict = lru_cache(maxsize=_VERDICTS)(self._run_verdict)
        self._key = lru_cache(maxsize=_VERDICTS)(self._index.forms.key)
        self._synonym_keys = lru_cache(maxsize=_VERDICTS)(self._keys_synonymous_with)
        # a word's facts, once per distinct word (a run's words recur in many runs)
        self._word_facts = lru_cache(maxsize=_VERDICTS)(self._facts_of_word)

    def run(self, document: Document) -> Iterator[Match]:
        text = document.text
        verdict, continued = self._verdict, _CONTINUED.match
        for run in _RUN.finditer(text):
            # The verdict, a function of the run's text, is asked first: nearly always
            # None, and then whether the name goes on in lower case does not matter.
            found = verdict(run.group())
            if found is not None and not continued(text, run.end()):
                # (not "International Criminal Tribunal for the former Yugoslavia")
                start, end, expected, reason = found
                yield Match(run.start() + start, run.start() + end,
                            {"expected": expected, "reason": reason}, suggestions=(expected,))

    def _run_verdict(self, run: str) -> _Verdict | None:
        """The near miss in a run of capitalised words, its offsets within the run. A
        function of the run's text alone, remembered per distinct run (``_verdict``)."""
        if len(run.split()) < 3 and _SPLIT_WORD.search(run) is None:
            return None  # fewer than three words: no known name fits (see _near_miss)
        found = self._near_miss(tuple(LONG_FORM_TOKEN.findall(run)))
        if found is None:
            return None  # (nearly always: the words' offsets are not needed)
        words = [(m.start(), m.end()) for m in LONG_FORM_TOKEN.finditer(run)]
        return found._replace(first=words[found.first][0], last=words[found.last][1])

    def _near_miss(self, words: tuple[str, ...]) -> _Verdict | None:
        """The known name the run of ``words`` garbles, if any: which words (first and
        last index) and what to write. A function of the words alone, so remembered per
        distinct run for the whole run of the linter (``_verdict``): "Prime Minister",
        "White House" recur in thousands of articles."""
        facts = list(map(self._word_facts, words))  # (remembered: no Python step per word)
        if len(facts) - facts.count(None) < 3:
            return None  # every indexed name has three content words or more
        if not any(map(_HAS_SYNONYMS, filter(None, facts))):
            return None  # no word of a synonym set: nothing can have been swapped in
        known = {i: fact for i, fact in enumerate(facts) if fact is not None}
        content = list(known)
        keys = {i: fact[0] for i, fact in known.items()}
        # The run is the name to its end: a known name inside a longer one ("International
        # Criminal Tribunal for Rwanda", "St. Petersburg International Economic Forum")
        # is another body's.
        # A name may follow "of (the)" inside the run ("Inspectors of the ...").
        starts = [k for k, i in enumerate(content)
                  if k == 0 or fold(words[i - 1]) in ("of", "the")]
        # Each start leaves a window of its own length: a known name fits one at most, and
        # only a window with a word of some synonym set can have one swapped in.
        has_synonyms = self._index.forms.has_synonyms
        by_size = {len(content) - k: content[k:] for k in starts
                   if any(has_synonyms(keys[i]) for i in content[k:])}
        if not by_size:
            return None
        candidates: dict[str, KnownForm] = {}
        for i in content:
            for form in self._index.by_key.get(keys[i], ()):
                candidates.setdefault(form.text, form)
        # The words a synonym of each window's words could stand for: a known name with
        # none of them cannot have one swapped.
        swappable = {size: frozenset().union(*(self._synonym_keys(keys[i]) for i in window))
                     for size, window in by_size.items()}
        # Each window's keys, as a list and a set, made once, not once per candidate.
        window_keys = {size: [keys[i] for i in window] for size, window in by_size.items()}
        window_sets = {size: set(found) for size, found in window_keys.items()}
        for form in candidates.values():
            size = len(form.content)
            window = by_size.get(size)
            if (window is not None and not swappable[size].isdisjoint(form.content)
                    and self._synonym_swapped(window_keys[size], form.content, window_sets[size])):
                verdict = self._compare_swapped(words, window, keys, window_keys[size], form)
                if verdict is not None:
                    return verdict
        return None

    def _facts_of_word(self, word: str) -> tuple[str, bool] | None:
        """None for a word that is no name content (``_is_name_content``); else its key
        and whether the key is in a synonym set (remembered per word: ``_word_facts``)."""
        if not _is_name_content(word):
            return None
        key = self._key(word)
        return key, self._index.forms.has_synonyms(key)

    def _keys_synonymous_with(self, key: str) -> frozenset[str]:
        """Every word key in a synonym set with ``key`` (once per distinct key:
        ``_synonym_keys``)."""
        forms = self._index.forms
        if not forms.has_synonyms(key):
            return frozenset()
        return frozenset(other for other in forms.keys_with_synonyms()
                         if forms.synonyms(key, other))

    def _compare(self, words: tuple[str, ...], window: list[int],
                 keys: dict[int, str], form: KnownForm) -> _Verdict | None:
        window_keys = [keys[i] for i in window]
        # Only a synonym swapped in makes a near miss reported here: one of the words that
        # the known name has no equal for must be a synonym of one of the known name's
        # words left without an equal ("compare" is slow; most runs fail this).
        if not self._synonym_swapped(window_keys, form.content):
            return None
        return self._compare_swapped(words, window, keys, window_keys, form)

    def _compare_swapped(self, words: tuple[str, ...], window: list[int], keys: dict[int, str],
                         window_keys: list[str], form: KnownForm) -> _Verdict | None:
        """``_compare`` once ``_synonym_swapped`` has said yes (``window_keys``: the
        window's keys, in order)."""
        texts = list(words[window[0]:window[-1] + 1])
        if self._key(texts[0]) != keys[window[0]] or self._exact(texts) in self._index.exact:
            return None
        window_words = [words[i] for i in window]
        difference = compare(window_keys, window_words, form, self._index.forms, False)
        if difference is None or difference.rank != 3 or not difference.substitutions:
            return None
        if "scrambled" in difference.reason:
            return None
        return _Verdict(window[0], window[-1], form.text, difference.reason)

    def _synonym_swapped(self, keys: list[str], known: tuple[str, ...],
                         mine: set[str] | None = None) -> bool:
        """Whether a key without an equal in ``known`` is a synonym of a key of ``known``
        without an equal in ``keys``: what any synonym swap that ``compare`` finds needs.
        ``mine``: ``set(keys)``, when the caller has made it already."""
        if mine is None:
            mine = set(keys)
        theirs = set(known)
        if len(mine) == len(keys) and len(theirs) == len(known):
            unpaired: Iterable[str] = mine - theirs  # no word twice: sets will do
            missing: Iterable[str] = theirs - mine
        else:
            unpaired = Counter(keys) - Counter(known)
            missing = Counter(known) - Counter(keys)
        # ``_synonym_keys(key)`` holds exactly the keys ``forms.synonyms(key, ·)`` accepts
        # (none for a key in no synonym set), remembered per key: one set test per key.
        synonym_keys = self._synonym_keys
        return any(not synonym_keys(key).isdisjoint(missing) for key in unpaired)

    def _exact(self, texts: list[str]) -> str:
        key = self._key
        return "".join("and" if w == "&" else key(w) for w in texts if fold(w) not in ("the", "a", "an"))


@lru_cache(maxsize=_VERDICTS)
def _is_name_content(word: str) -> bool:
    """A capitalised content word, not an acronym: what names are compared by."""
    if not (is_content(word) and starts_capital_or_digit(word)):
        return False
    # A word of letters with no capital after the first ("Ministry") has fewer than two
    # capitals and no digit: never shaped like an acronym (the common case, no count).
    return (word.isalpha() and word[1:].islower()) or not is_acronym_shaped(word)


def _exact_key(words: list[str], forms: WordForms) -> str:
    return "".join("and" if w == "&" else forms.key(w) for w in words
                   if fold(w) not in ("the", "a", "an"))


def _build(gazetteer: Gazetteer, forms: WordForms) -> _Index:
    """Full names of organisations (three capitalised content words or more) by each of
    their content words, and every known name of anything, to accept as written."""
    by_key: dict[str, list[KnownForm]] = defaultdict(list)
    exact: set[str] = set()
    for entity in gazetteer.entities:
        for text in entity.forms:
            words = LONG_FORM_TOKEN.findall(text)
            if not words:
                continue
            exact.add(_exact_key(words, forms))
            content = [w for w in words if is_content(w)]
            if (entity.kind != "organization" or len(content) < 3
                    or not all(starts_capital_or_digit(w) and not is_acronym_shaped(w) for w in content)):
                continue
            known = KnownForm(entity, text, _exact_key(words, forms),
                              tuple(forms.key(w) for w in content), tuple(content),
                              entity.acronym or "", True, True)
            for key in set(known.content):
                by_key[key].append(known)
    return _Index(dict(by_key), dict.fromkeys(sorted(exact)), forms)
