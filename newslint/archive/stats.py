"""The house memory: how often a collection writes each name word, full name, term form and
acronym expansion, in how many articles, first and last seen.

Counts only, never articles: the memory grows with the number of distinct names, not with
the archive. ``merge`` is associative and commutative (sums, minima and maxima), so parts
built on different machines or on different days combine in any order into the same file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = "newslint-house-stats"
VERSION = 1


class StatsError(Exception):
    """A house-stats file that cannot be read or written; the message is one line."""


@dataclass
class Tally:
    """One form's counts. ``form`` is how it is written (the smallest spelling seen, so that
    merging is order-free); ``alone``/``full``/``ordinary`` count the articles where a name
    word stood alone, stood in a full name, or was also an ordinary word of the article."""

    form: str
    articles: int = 0
    mentions: int = 0
    alone: int = 0
    full: int = 0
    ordinary: int = 0
    first: str | None = None
    last: str | None = None

    def add(self, other: Tally) -> None:
        self.form = min(self.form, other.form)
        self.articles += other.articles
        self.mentions += other.mentions
        self.alone += other.alone
        self.full += other.full
        self.ordinary += other.ordinary
        self.first = _earliest(self.first, other.first)
        self.last = _latest(self.last, other.last)

    def to_json(self) -> list[Any]:
        return [self.form, self.articles, self.mentions, self.alone, self.full, self.ordinary,
                self.first, self.last]

    @classmethod
    def from_json(cls, value: Any) -> Tally:
        if not isinstance(value, list) or len(value) != 8 or not isinstance(value[0], str) or not all(
                isinstance(v, int) for v in value[1:6]):
            raise ValueError("a tally is [form, articles, mentions, alone, full, ordinary, first, last]")
        return cls(*value)

    def copy(self) -> Tally:
        return Tally(*self.to_json())


def _earliest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _latest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


Table = dict[str, Tally]


@dataclass
class HouseStats:
    """A collection's counts. ``names``: name word (case-folded) → tally; ``full_names``:
    full name (case-folded words joined by spaces) → tally; ``terms``: term group (its
    forms joined by ``|``) → form → tally; ``acronyms``: acronym → expansion → tally."""

    articles: int = 0
    first: str | None = None
    last: str | None = None
    names: Table = field(default_factory=dict)
    full_names: Table = field(default_factory=dict)
    terms: dict[str, Table] = field(default_factory=dict)
    acronyms: dict[str, Table] = field(default_factory=dict)

    def update(self, other: HouseStats) -> HouseStats:
        """Add ``other``'s counts to these (in place; returns self)."""
        self.articles += other.articles
        self.first = _earliest(self.first, other.first)
        self.last = _latest(self.last, other.last)
        _add_table(self.names, other.names)
        _add_table(self.full_names, other.full_names)
        for mine, theirs in ((self.terms, other.terms), (self.acronyms, other.acronyms)):
            for key, table in theirs.items():
                _add_table(mine.setdefault(key, {}), table)
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION, "articles": self.articles,
            "first": self.first, "last": self.last,
            "names": _table_json(self.names), "full_names": _table_json(self.full_names),
            "terms": {k: _table_json(t) for k, t in sorted(self.terms.items())},
            "acronyms": {k: _table_json(t) for k, t in sorted(self.acronyms.items())},
        }

    @classmethod
    def from_json(cls, data: Any) -> HouseStats:
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} file")
        if data.get("version") != VERSION:
            raise ValueError(f"version {data.get('version')!r}, expected {VERSION}")
        return cls(
            articles=int(data["articles"]), first=data.get("first"), last=data.get("last"),
            names=_table_from(data["names"]), full_names=_table_from(data["full_names"]),
            terms={k: _table_from(v) for k, v in data["terms"].items()},
            acronyms={k: _table_from(v) for k, v in data["acronyms"].items()},
        )

    def save(self, path: Path) -> None:
        """Write atomically: an interrupted run never leaves half a memory behind."""
        temporary = path.with_name(f".{path.name}.newslint-tmp")
        try:
            temporary.write_text(json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")),
                                 encoding="utf-8")
            os.replace(temporary, path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise StatsError(f"cannot write {path}: {error.strerror or error}") from None

    @classmethod
    def load(cls, path: Path) -> HouseStats:
        try:
            return cls.from_json(json.loads(path.read_text(encoding="utf-8")))
        except OSError as error:
            raise StatsError(f"{path}: cannot read house stats: {error.strerror or error}") from None
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise StatsError(f"{path}: not a house-stats file ({error})") from None


def merge(parts: Iterable[HouseStats]) -> HouseStats:
    """The sum of ``parts`` (none of them changed)."""
    total = HouseStats()
    for part in parts:
        total.update(part)
    return total


def _add_table(mine: Table, theirs: Table) -> None:
    for key, tally in theirs.items():
        if key in mine:
            mine[key].add(tally)
        else:
            mine[key] = tally.copy()


def _table_json(table: Table) -> dict[str, list[Any]]:
    return {key: tally.to_json() for key, tally in sorted(table.items())}


def _table_from(value: Any) -> Table:
    if not isinstance(value, Mapping):
        raise ValueError("a table is a mapping")
    return {str(key): Tally.from_json(item) for key, item in value.items()}
