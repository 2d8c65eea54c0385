"""``office-holder``: an office-holder named wrongly, judged by who held the office.

"Prime Minister Funeo Kishida", "Secretary of State Marco Rubiot", "Japan's trade
minister Kazuo Nishimura": machine translation garbles the name after a title, or keeps
the surname and invents the given name. A title is strong evidence of whom the copy
means, so the check compares the name after a known title with the people the gazetteer
lists as holders of that office (``role`` and ``as_of`` in people.yaml):

* a name one or two letters from a holder's (a part of a multi-part name, or the
  surname alone), or the holder's surname with a garbled given name (the same initial,
  about as long: "Funeo Kishida"): a warning, with the holder's name as the suggestion;
* a name of three parts or more that shares all but one part with a holder, the other
  part unrelated ("Pham Minh Thanh" for Pham Minh Chinh): a warning; a name of two parts
  that does so ("Kazuo Nishimura" for Yasutoshi Nishimura) is ``info`` when the title
  names the country ("Japan's ...", or a title only one country's office has) and not
  reported otherwise, since an unqualified
  "President" has holders in every country, and relatives hold one office (Nestor and
  Cristina Kirchner);
* a known holder named with the title after a successor took the office ("Prime Minister
  Shinzo Abe" in an article whose dates are in 2023): ``info``, as the article may look
  back in time; not reported after "former", "then", "late", "ex-" or when the sentence
  gives a year before the successor's.

And without a title, a name of three parts or more that is a known person's with one
part misspelt ("Luiz Inacio Lula da Silvo"): a warning. One part replaced by another word
is not reported without a title: relatives and namesakes share all parts but one
("Alwaleed bin Talal", "Hussein bin Talal").

A name that is a known person's form is never a near miss; a country before the title
that is not the holders' leaves the name alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from newslint.cache.lazy import LookupTable
from newslint.check import Check, CheckContext, Match, Param
from newslint.checks.names.mentions import NameMention, name_mentions
from newslint.checks.names.offices import Holding, OfficeIndex, names_country
from newslint.checks.names.words import PARTICLES, is_common, likeness, looks_alike
from newslint.document import Document
from newslint.gazetteer import Entity, Gazetteer
from newslint.records import NamedTuple
from newslint.text.dates import find_dates
from newslint.text.folding import fold

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*'?s?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_EARLIER = frozenset({"former", "then", "late", "ex", "outgoing", "previous", "erstwhile",
                      "past", "founding", "first"})
_LOOKBACK_WORDS = 14
_LOOKBACK_CHARS = 160
# Distinct (name, title, words before the title) remembered per run: a few MiB at most.
_VERDICTS = 8192
# Distinct words before a name classified (title end or not) before the record of them
# starts again (``_may_follow_title``): a few MiB at most.
_CLASSIFIED = 65536


class Suspect(NamedTuple):
    """A name and the holder (or known person) it seems to stand for."""

    holding: Holding | None
    entity: Entity
    form: str
    kind: str  # "near-miss" | "swapped" | "succeeded"


class _Holders(NamedTuple):
    """A title's holders, indexed for judging the names written after it."""

    holdings: list[Holding]
    exact: dict[tuple[str, ...], Holding]  # folded form -> its (first) holder
    by_size: dict[int, list[tuple[Holding, str, tuple[str, ...]]]]  # word count -> forms
    # (word count, a slot, the form's other words) -> indexes in by_size[word count]: the
    # forms a name can be one part off, found without comparing it with every form
    by_slot: dict[tuple[int, int, tuple[str, ...]], list[int]]


# Distinct (title, countries before it) whose holders are indexed per run.
_TITLES = 512

# The verdict on a name after a title when no holder fits it.
_NO_SUSPECT = Suspect(None, Entity("", ""), "", "none")


class OfficeHolderCheck(Check):
    parameters = {
        "gazetteers": Param("paths", default=(), help="gazetteer files with roles and as_of"),
        "untitled": Param("bool", default=True,
                          help="also compare names of three parts or more without a title"),
    }
    default_message = "'{found}' {reason}"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        gazetteer = context.gazetteer(params["gazetteers"])
        self._gazetteer = gazetteer
        sources = context.gazetteer_files(params["gazetteers"])
        self._offices: OfficeIndex = context.resources.derived(
            "office-index", sources, lambda: OfficeIndex(gazetteer))
        self._long_names = context.resources.derived(
            "long-person-names", sources, lambda: LookupTable(_long_names(gazetteer)))
        self._verdict = lru_cache(maxsize=_VERDICTS)(self._judge_name)
        self._holder_forms = lru_cache(maxsize=_TITLES)(self._index_holders)
        self._qualified = lru_cache(maxsize=_VERDICTS)(self._is_qualified)
        self._judged = lru_cache(maxsize=_VERDICTS)(self._judge_held)
        self._untitled_verdict = lru_cache(maxsize=_VERDICTS)(self._misspelt_long_name)
        # Whether a word's last part is a title's last word, by word seen before a name
        # (``_may_follow_title``).
        self._title_words: dict[str, bool] = {}

    def run(self, document: Document) -> Iterator[Match]:
        untitled = self.params["untitled"]
        for mention in name_mentions(document):
            match = (self._titled(document, mention)
                     if self._may_follow_title(document, mention) else None)
            if match is None and untitled and len(mention.words) >= 3:
                match = self._untitled(document, mention)
            if match is not None:
                yield match

    def _may_follow_title(self, document: Document, mention: NameMention) -> bool:
        """Whether ``_last_word`` can find a title's last word before some word of
        ``mention`` (each starts a token): only when the token before that word is one
        whose last part (after a hyphen) is a title's last word, since a letter just
        before the spaces and comma ``_last_word`` skips ends that token; or when that
        token is cut by the look-back window (its tail alone is then judged: the plain
        computation decides). Each distinct word is classified once per run."""
        ends = self._offices.title_ends
        if "" in ends:
            return True  # a title ending in "": every word is tried
        known = self._title_words
        starts, texts = document.token_starts, document.token_texts
        sentence_start = mention.sentence.start
        previous = bisect_left(starts, mention.start) - 1
        for span in mention.spans:
            if previous + 1 >= len(starts) or starts[previous + 1] != span.start:
                previous = bisect_left(starts, span.start) - 1  # not the next token
            if previous >= 0:
                word = texts[previous]
                is_end = known.get(word)
                if is_end is None:
                    if len(known) >= _CLASSIFIED:
                        known.clear()  # a bound on memory over an archive's vocabulary
                    is_end = known[word] = _title_end_of(word) in ends
                if is_end:
                    return True
                begin = starts[previous]
                # cut by the window (only where the token starts before the sentence or
                # far back): it starts before the window's start and ends after it
                if ((begin < sentence_start or span.start - begin > _LOOKBACK_CHARS)
                        and begin < max(sentence_start, span.start - _LOOKBACK_CHARS)
                        < begin + len(word)):
                    return True
            previous += 1
        return False

    # -- a name after a title ------------------------------------------------------------------
    def _titled(self, document: Document, mention: NameMention) -> Match | None:
        text = document.text
        for first in range(len(mention.words)):
            start = mention.spans[first].start
            low = max(mention.sentence.start, start - _LOOKBACK_CHARS)
            name = mention.words[first:]
            before = text[low:start]
            if _last_word(before) not in self._offices.title_ends:
                continue  # the common case: no title ends just before this word
            if not name[0][:1].isupper():
                continue  # (before the title is looked for: it needs no title)
            words = _WORD.findall(before)[-_LOOKBACK_WORDS:]
            found = self._offices.title_before(words)
            if found is None:
                continue
            title, size = found
            ahead = words[:-size]
            verdict = self._verdict(name, title, _capitalised(ahead[-2:]))
            if verdict is None:
                return None
            if isinstance(verdict, Holding):  # a holder named as the gazetteer writes them
                year = article_year(document)
                sentence = text[mention.sentence.start:mention.sentence.end]
                suspect = self._succeeded(verdict, year, ahead, sentence)
                if suspect is None:
                    return None
                return self._report(mention.spans[first].start, mention.end, title, suspect, year)
            if verdict is _NO_SUSPECT:
                return None
            return self._report(mention.spans[first].start, mention.end, title, verdict, None)
        return None

    def _judge_name(self, name: tuple[str, ...], title: str,
                    before: tuple[str, ...]) -> Holding | Suspect | None:
        """What the words after ``title`` are, judged by the title's holders (``before``:
        the two words before the title, which may narrow them to a country): ``None``
        when no holder is known, the ``Holding`` when the name is a holder's own form,
        else the suspect it may garble (``_NO_SUSPECT`` when none). The same few names
        follow the same titles across a run: remembered per distinct (name, title,
        capitalised words before) in ``_verdict`` (only those of the two words before
        can name a country: ``_countries_before``, ``_is_country_qualified``), and the
        judgement per (name, title, countries, qualified) in ``_judged``; the article's
        dates are weighed afterwards."""
        countries = self._countries_before(before)
        if self._holder_forms(title, countries) is None:
            return None
        return self._judged(name, title, countries, self._qualified(title, before))

    def _judge_held(self, name: tuple[str, ...], title: str, countries: frozenset[str] | None,
                    qualified: bool) -> Holding | Suspect:
        """``_judge`` of a name by the holders of ``title`` in ``countries`` (once per
        distinct question, ``_judged``: "Japan's" and "Japanese" ask the same)."""
        holders = self._holder_forms(title, countries)
        assert holders is not None
        return self._judge(name, holders, qualified)

    def _is_qualified(self, title: str, before: tuple[str, ...]) -> bool:
        """``_is_country_qualified`` for the holders of ``title`` after ``before``: the
        same for every name written after them (once per distinct pair, ``_qualified``)."""
        holders = self._holder_forms(title, self._countries_before(before))
        return holders is not None and _is_country_qualified(before, holders.holdings)

    def _index_holders(self, title: str, named: frozenset[str] | None) -> _Holders | None:
        """The holders of ``title`` (narrowed to the countries ``named`` before it) with
        their forms folded: by form for an exact match, by word count for a near one (no
        other can be one part off). Once per title and countries (``_holder_forms``)."""
        holdings = self._holders_in(title, named)
        if not holdings:
            return None
        exact: dict[tuple[str, ...], Holding] = {}
        for holding in holdings:
            for form in holding.entity.forms:
                exact.setdefault(_folded(form), holding)
        by_size: dict[int, list[tuple[Holding, str, tuple[str, ...]]]] = {}
        for holding in {h.entity.name: h for h in holdings}.values():
            for form in holding.entity.forms:
                known = _folded(form)
                by_size.setdefault(len(known), []).append((holding, form, known))
        by_slot: dict[tuple[int, int, tuple[str, ...]], list[int]] = {}
        for size, entries in by_size.items():
            for index, (_holding, _form, known) in enumerate(entries):
                for slot in range(size):
                    by_slot.setdefault((size, slot, known[:slot] + known[slot + 1:]), []).append(index)
        return _Holders(holdings, exact, by_size, by_slot)

    def _holders(self, title: str, ahead: Sequence[str]) -> list[Holding]:
        """Holders of the title, narrowed to the country written before it; none when
        that country is another (an office the gazetteer does not list)."""
        return self._holders_in(title, self._countries_before(ahead))

    def _countries_before(self, ahead: Sequence[str]) -> frozenset[str] | None:
        """The known countries the (capitalised) two words before a title name; None
        when neither is capitalised."""
        words = [w for w in ahead[-2:] if w[:1].isupper()]
        return self._offices.countries_named(tuple(words)) if words else None

    def _holders_in(self, title: str, named: frozenset[str] | None) -> list[Holding]:
        holdings = self._offices.by_title.get(title, [])
        if named is None:
            return list(holdings)
        mine = [h for h in holdings if h.role.country in named]
        if mine:
            return mine
        return [] if named else list(holdings)

    def _judge(self, name: Sequence[str], holders: _Holders, qualified: bool) -> Holding | Suspect:
        folded = tuple(fold(w) for w in name)
        holding = holders.exact.get(folded)
        if holding is not None:
            return holding
        if self._gazetteer.by_form_lower.get(" ".join(name).lower()):
            return _NO_SUSPECT  # another real person, who may hold another office too
        found: list[Suspect] = []
        for holding, form, known in _one_part_candidates(folded, holders):
            kind = _one_part_off(folded, known, allow_swap=True)
            if kind == "swapped" and len(folded) == 2:
                if not _keeps_surname(folded, holding.entity):
                    continue  # "Viktor Yushchenko" is not "Viktor Yanukovych" misnamed
                if _garbled(folded, known):
                    kind = "near-miss"  # "Funeo Kishida": the given name transliterated anew
                elif not qualified:
                    continue
            if kind is not None:
                found.append(Suspect(holding, holding.entity, form, kind))
        if not found:
            return _NO_SUSPECT
        found.sort(key=lambda s: (s.kind != "near-miss", -len(s.form)))
        if len({s.entity.name for s in found if s.kind == found[0].kind}) > 1:
            return _NO_SUSPECT  # two holders fit equally: no telling which was meant
        return found[0]

    def _succeeded(self, holding: Holding, year: int | None, ahead: Sequence[str],
                   sentence: str) -> Suspect | None:
        successor = self._offices.successor(holding)
        if year is None or successor is None or successor.since is None or successor.since >= year:
            return None
        if any(_is_earlier_word(w) for w in ahead[-3:]):
            return None
        if any(int(y) < successor.since for y in _YEAR.findall(sentence)):
            return None  # the sentence is about the past
        return Suspect(successor, holding.entity, successor.entity.name, "succeeded")

    def _report(self, start: int, end: int, title: str, suspect: Suspect, year: int | None) -> Match:
        if suspect.kind == "succeeded":
            assert suspect.holding is not None
            reason = (f"was {title} until {suspect.holding.since}, when {suspect.form} took "
                      f"over; the article's dates are in {year}: add 'former', or check "
                      f"the name")
            return Match(start, end, {"reason": reason}, severity="info")
        since = f" (from {suspect.holding.since})" if suspect.holding and suspect.holding.since else ""
        how = ("looks like a misspelling of" if suspect.kind == "near-miss"
               else "has one part of the name of")
        reason = f"{how} '{suspect.form}', {title} in the gazetteer{since}"
        # Two parts, one replaced: "Kazuo Nishimura" for the minister Yasutoshi Nishimura,
        # or another of the family (Nestor and Cristina Kirchner): not sure enough to warn.
        unsure = suspect.kind == "swapped" and len(suspect.form.split()) < 3
        return Match(start, end, {"reason": reason}, suggestions=(suspect.form,),
                     severity="info" if unsure else None)

    # -- a long name without a title -----------------------------------------------------------
    def _untitled(self, document: Document, mention: NameMention) -> Match | None:
        name = mention.words
        if len(name) < 3:
            return None
        found = self._untitled_verdict(name)
        if found is None:
            return None
        form, entity_name = found
        return Match(mention.start, mention.end,
                     {"reason": f"looks like a misspelling of '{form}' ({entity_name})"},
                     suggestions=(form,))

    def _misspelt_long_name(self, name: tuple[str, ...]) -> tuple[str, str] | None:
        """The known form (and its person) that a name of three parts or more misspells
        in one part, if exactly one person's forms fit; judged once per distinct name
        (``_untitled_verdict``): the same names recur within and across articles."""
        if self._gazetteer.by_form_lower.get(" ".join(name).lower()):
            return None
        folded = tuple(fold(w) for w in name)
        found: list[tuple[str, Entity, str]] = []
        for slot in range(len(folded)):
            key = (len(folded), slot, folded[:slot] + folded[slot + 1:])
            for entity, form in self._long_names.get(key, ()):
                # Without a title only a misspelt part: a replaced one is as often a
                # relative or namesake ("Alwaleed bin Talal", "Hussein bin Talal").
                if _one_part_off(folded, _folded(form), allow_swap=False) == "near-miss":
                    found.append(("near-miss", entity, form))
        if len({entity.name for _, entity, _ in found}) != 1:
            return None
        _, entity, form = found[0]
        return form, entity.name


def article_year(document: Document) -> int | None:
    """The latest year of a full date in the article: when it was written, at the
    earliest. None without one (then no office is judged by date). Looked for only when
    a known holder is named after a title (once per document)."""
    def latest() -> int | None:
        years = [d.year for d in find_dates(document.text) if d.year is not None]
        return max(years) if years else None

    return document.memo("names.article-year", latest)


def _last_word(before: str) -> str:
    """The folded word just before a name, with at most a comma between ("Prime
    Minister, Fumio ..."); "" when something else stands there."""
    stripped = before.rstrip()
    if stripped.endswith(","):
        stripped = stripped[:-1].rstrip()
    if len(stripped) == len(before):
        return ""  # no space before the name
    word = stripped.rsplit(None, 1)[-1].rsplit("-", 1)[-1] if stripped else ""
    return fold(word) if word.isalpha() else ""  # "Secretary-General": its last part


@lru_cache(maxsize=16384)
def _folded(form: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in form.split())


def _one_part_off(name: tuple[str, ...], known: tuple[str, ...], *, allow_swap: bool) -> str | None:
    """"near-miss" when one part of ``name`` is a misspelling of ``known``'s part in the
    same place, "swapped" when it is another word (and ``allow_swap``), else None.

    The parts both share must carry the identity: at least one of them a distinctive word
    (not a particle, four letters or more)."""
    if len(name) != len(known):
        return None
    differ = [i for i, (a, b) in enumerate(zip(name, known, strict=True)) if a != b]
    if len(differ) != 1:
        return None
    slot = differ[0]
    shared = [w for i, w in enumerate(known) if i != slot and w not in PARTICLES]
    if len(known) > 1 and not any(len(w) >= 4 and not is_common(w) for w in shared):
        return None
    if name[slot] in PARTICLES or known[slot] in PARTICLES:
        return None
    if looks_alike(name[slot], known[slot], strong_context=len(known) > 1):
        return "near-miss"  # a surname alone must be a close miss: "Ban" is no "Orbán"
    if len(known) == 1 or not allow_swap or is_common(name[slot]):
        return None
    return "swapped"


def _garbled(name: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """The part that differs is the known one garbled: the same initial, about as long,
    half its letters shared ("Funeo" for "Fumio", "Yasuminoru" for "Yasutoshi")."""
    a, b = next((x, y) for x, y in zip(name, known, strict=True) if x != y)
    return (a[:1] == b[:1] and abs(len(a) - len(b)) <= 2 and len(min(a, b, key=len)) >= 4
            and likeness(a, b).similarity >= 0.5)


def _keeps_surname(name: tuple[str, ...], entity: Entity) -> bool:
    """One of the two parts is a form the gazetteer accepts alone: the surname."""
    alone = {fold(form) for form in entity.forms if " " not in form}
    return any(part in alone for part in name)


def _capitalised(words: Sequence[str]) -> tuple[str, ...]:
    """The capitalised ones of the words before a title: only they may name a country."""
    return tuple([word for word in words if word[:1].isupper()])


def _is_country_qualified(ahead: Sequence[str], holdings: list[Holding]) -> bool:
    """The title names one country's office: by a country before it ("Japan's"), or by
    itself ("Minister of Economy, Trade and Industry" is only Japan's)."""
    countries = {h.role.country: None for h in holdings}  # each once, in order
    if len(countries) == 1:
        return True
    words = [w for w in ahead[-2:] if w[:1].isupper()]
    return bool(words) and any(names_country(words, country) for country in countries)


def _one_part_candidates(name: tuple[str, ...],
                         holders: _Holders) -> list[tuple[Holding, str, tuple[str, ...]]]:
    """The forms of ``holders.by_size`` that share all parts of ``name`` but one, in
    their order there: the only ones ``_one_part_off`` can find one part off (a form
    equal to the name is an exact match, settled before)."""
    size = len(name)
    entries = holders.by_size.get(size)
    if not entries:
        return []
    indexes: set[int] = set()
    for slot in range(size):
        indexes.update(holders.by_slot.get((size, slot, name[:slot] + name[slot + 1:]), ()))
    return [entries[index] for index in sorted(indexes)]


def _title_end_of(word: str) -> str:
    """What ``_last_word`` makes of ``word`` as the last word before a name: its last
    part after a hyphen, folded; "" when that part is not all letters."""
    last = word.rsplit("-", 1)[-1]
    return fold(last) if last.isalpha() else ""


def _is_earlier_word(word: str) -> bool:
    folded = fold(word)
    return folded in _EARLIER or folded.split("-")[0] in _EARLIER


def _long_names(gazetteer: Gazetteer) -> dict[tuple[Any, ...], list[tuple[Entity, str]]]:
    """Person forms of three words or more, by (length, slot, the other words)."""
    index: dict[tuple[Any, ...], list[tuple[Entity, str]]] = {}
    for entity in gazetteer.entities:
        if entity.kind != "person":
            continue
        for form in entity.forms:
            words = _folded(form)
            if len(words) < 3:
                continue
            for slot in range(len(words)):
                key = (len(words), slot, words[:slot] + words[slot + 1:])
                index.setdefault(key, []).append((entity, form))
    return index
