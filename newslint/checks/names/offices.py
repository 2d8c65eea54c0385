"""Offices and their holders, read from the gazetteer's ``role`` and ``as_of`` fields.

A person entry may say which office it held ("Prime Minister of Japan", "Secretary of
State, United States") and from which year (``as_of``). Read together, the entries of one
role are a succession: the holder with the latest ``as_of`` not after a year held the
office that year. ``OfficeIndex`` turns the roles into the titles news copy writes before
a name ("Prime Minister", "Foreign Minister", "Treasury Secretary") and the country each
is qualified by, so that the text before a name can be looked up as an office.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from newslint.cache.lazy import LoadedOnUse
from newslint.checks.names.words import same_family
from newslint.gazetteer import Entity, Gazetteer
from newslint.records import NamedTuple
from newslint.text.folding import fold

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Words a title may carry that do not change the office ("National Defense Minister").
_QUALIFIERS = frozenset({"national", "the"})
# Countries written by an abbreviation or a demonym that shares no beginning with them.
_COUNTRY_WORDS = {
    "united states": {"us", "u.s", "american", "america", "usa"},
    "united kingdom": {"uk", "u.k", "british", "britain"},
    "netherlands": {"dutch"},
}
# Titles that name one office ("Premier" and "Prime Minister" of China's State Council).
_EQUIVALENT_TITLES = {"premier": ("prime minister",), "prime minister": ("premier",)}


class Role(NamedTuple):
    """One office as the gazetteer writes it: the title and the country (or body)."""

    title: str  # folded title words joined by spaces: "prime minister"
    country: str  # folded: "japan", "united states", "" when none is written


class Holding(NamedTuple):
    entity: Entity
    role: Role
    since: int | None


def title_key(words: Iterable[str]) -> str:
    """Folded words of a title, qualifiers dropped: "Minister of National Defense" →
    "minister of defense"."""
    return " ".join(w for w in (fold(x).strip("'’") for x in words) if w and w not in _QUALIFIERS)


def parse_role(role: str) -> list[Role]:
    """The offices of a ``role`` string: "Prime Minister of Japan", "Minister of Finance,
    Japan", "Premier, State Council of China"; several separated by ";"."""
    roles = []
    for part in role.split(";"):
        part = part.strip()
        if not part:
            continue
        if ", " in part:
            title, _, country = part.rpartition(", ")
            if " of " in country:  # "State Council of China"
                country = country.rpartition(" of ")[2]
        elif " of " in part:
            title, _, country = part.partition(" of ")
        else:
            title, country = part, ""
        roles.append(Role(title_key(_WORD.findall(title)), title_key(_WORD.findall(country))))
    return roles


def title_forms(title: str) -> set[str]:
    """How news copy writes the title ``title`` before a name.

    "minister of finance" is also "finance minister", "minister for foreign affairs" is
    also "foreign minister" and "foreign affairs minister", "secretary of the treasury"
    also "treasury secretary"."""
    forms = {title, *_EQUIVALENT_TITLES.get(title, ())}
    match = re.fullmatch(r"(minister|secretary) (?:of|for) (.+)", title)
    if match:
        head, field = match.groups()
        forms.add(f"{field} {head}")
        if field.endswith(" affairs"):
            forms.add(f"{field.removesuffix(' affairs')} {head}")
    return forms


_NAMED_MAX = 16384  # words before a title remembered per run (countries_named)


class OfficeIndex(LoadedOnUse):
    """Holders by title form, and the succession of each role."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.by_title: dict[str, list[Holding]] = defaultdict(list)
        self.succession: dict[Role, list[Holding]] = defaultdict(list)
        self.countries: set[str] = set()
        self._named: dict[tuple[str, ...], frozenset[str]] = {}
        for entity in gazetteer.entities:
            if entity.kind != "person" or not entity.role:
                continue
            for role in parse_role(entity.role):
                if not role.title:
                    continue  # "role: ', Japan'": no title to look for
                holding = Holding(entity, role, entity.as_of)
                self.succession[role].append(holding)
                if role.country:
                    self.countries.add(role.country)
                for form in title_forms(role.title):
                    self.by_title[form].append(holding)
        for holdings in self.succession.values():
            holdings.sort(key=lambda h: h.since or 0)
        self.longest_title = max((len(t.split()) for t in self.by_title), default=0)
        # The last word of every title: a cheap test before looking for a whole one.
        self.title_ends = frozenset(t.split()[-1].rsplit("-", 1)[-1] for t in self.by_title)
        # Countries by the first two letters of their last word (``countries_named``).
        self.countries_by_start: dict[str, set[str]] = defaultdict(set)
        for country in self.countries:
            self.countries_by_start[country.split()[-1][:2]].add(country)

    def title_before(self, words: Sequence[str]) -> tuple[str, int] | None:
        """The longest known title that ``words`` end with, and how many words it takes.

        The same as ``title_key`` of each of the last words folded (``fold`` and quotes
        stripped, then ``title_key``'s own folding), tried from the longest: each word's
        two foldings are remembered (``_title_word``) instead of redone for each size."""
        longest = min(self.longest_title + 2, len(words))
        pairs = [_title_word(w) for w in words[len(words) - longest:]]  # those it may take
        for size in range(longest, 0, -1):
            if pairs[-size][0] in _QUALIFIERS:
                continue
            key = " ".join([w for _, w in pairs[-size:] if w and w not in _QUALIFIERS])
            if key in self.by_title:
                return key, size
        return None

    def countries_named(self, before: tuple[str, ...]) -> frozenset[str]:
        """The known countries that the words ``before`` a title name (cached: the same
        few words, "US", "Japan's", recur across a run)."""
        found = self._named.get(before)
        if found is None:
            last = _country_word(before[-1]) if before else ""
            # same_family needs a shared beginning: only countries that start alike
            candidates = set(self.countries_by_start.get(last[:2], ()))
            candidates |= _COUNTRY_WORDS.keys() & self.countries
            found = frozenset(c for c in candidates if names_country(before, c))
            if len(self._named) >= _NAMED_MAX:  # a long archive run: start the memo again
                self._named.clear()
            self._named[before] = found
        return found

    def successor(self, holding: Holding) -> Holding | None:
        """The next holder of the same role, by ``as_of``."""
        if holding.since is None:
            return None
        later = [h for h in self.succession[holding.role]
                 if h.since is not None and h.since > holding.since]
        return later[0] if later else None


def names_country(before: Sequence[str], country: str) -> bool:
    """Whether the words ``before`` a title ("Japanese", "Japan's", "US", "South Korean")
    end with a name of ``country`` (folded: "japan", "south korea")."""
    if not before or not country:
        return False
    folded = [_country_word(w) for w in before]
    if folded[-1] in {w.replace(".", "") for w in _COUNTRY_WORDS.get(country, ())}:
        return True
    parts = country.split()
    if len(parts) > len(folded):
        return False
    return all(same_family(word, part) for word, part in zip(folded[-len(parts):], parts, strict=True))


@lru_cache(maxsize=16384)
def _title_word(word: str) -> tuple[str, str]:
    """A word before a name as ``title_before`` reads it: folded with quotes stripped,
    and that again as ``title_key`` folds its words."""
    folded = fold(word).strip("'’")
    return folded, fold(folded).strip("'’")


def _country_word(word: str) -> str:
    folded = fold(word).removesuffix("'s").removesuffix("’s").strip("'’")
    return folded.replace(".", "")
