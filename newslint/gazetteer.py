"""Gazetteers: known names, their accepted forms, acronyms and confusables (README, Gazetteers).

A gazetteer is data that newsrooms edit, so every mistake in it is reported with
``file:line:column``. Several files (the built-in ones a rule names and the user's from
config) merge into one ``Gazetteer`` with indexes for the lookups checks need.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newslint.cache.lazy import LoadedOnUse
from newslint.cache.store import cached_parse
from newslint.io.yamlsource import LocatedDict, LocatedList, Mark, YamlError, load_yaml
from newslint.records import NamedTuple

KINDS = ("person", "organization", "place", "agreement", "event", "other")
_STRING_KEYS = ("name", "kind", "acronym", "description", "role")
_LIST_KEYS = ("aliases", "confusable")
ALLOWED_KEYS = frozenset((*_STRING_KEYS, *_LIST_KEYS, "variants", "as_of"))


class Entity(NamedTuple):
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    variants: tuple[tuple[str, ...], ...] = ()
    confusable: tuple[str, ...] = ()
    acronym: str | None = None
    description: str | None = None
    role: str | None = None
    as_of: int | None = None
    where: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        """Every accepted written form: the name, its aliases and all variant spellings."""
        seen = dict.fromkeys((self.name, *self.aliases))
        for group in self.variants:
            seen.update(dict.fromkeys(group))
        return tuple(seen)


class Gazetteer(LoadedOnUse):
    """Entities with indexes by name, by accepted form and by acronym."""

    # an article looks up a few dozen of its names: read back shard by shard (lazy.Shards)
    sharded = frozenset({"by_name", "by_form", "by_form_lower", "by_acronym"})

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: list[Entity] = list(entities)
        self.by_name: dict[str, Entity] = {}
        self.by_form: dict[str, list[Entity]] = defaultdict(list)
        self.by_form_lower: dict[str, list[Entity]] = defaultdict(list)
        self.by_acronym: dict[str, list[Entity]] = defaultdict(list)
        for entity in self.entities:
            self.by_name.setdefault(entity.name, entity)
            for form in entity.forms:
                self.by_form[form].append(entity)
                self.by_form_lower[form.lower()].append(entity)
            if entity.acronym:
                self.by_acronym[entity.acronym].append(entity)

    def __len__(self) -> int:
        return len(self.entities)


def load_gazetteers(paths: Iterable[Path]) -> Gazetteer:
    """Merge gazetteer files; raise ``YamlError`` on the first invalid entry."""
    entities: list[Entity] = []
    confusable_marks: list[tuple[str, Mark]] = []
    for path in paths:
        file_entities, marks = cached_parse("gazetteer", Path(path), _load_file)
        entities.extend(file_entities)
        confusable_marks.extend(marks)
    gazetteer = Gazetteer(entities)
    for name, mark in confusable_marks:
        if name not in gazetteer.by_name:
            raise YamlError(mark, f"confusable '{name}' is not the name of any entity")
    return gazetteer


def _load_file(path: Path) -> tuple[list[Entity], list[tuple[str, Mark]]]:
    data = load_yaml(path)
    if data is None:
        return [], []
    if not isinstance(data, LocatedDict) or not isinstance(data.get("entities"), LocatedList):
        raise YamlError(getattr(data, "mark", None), "a gazetteer is a mapping with a list "
                        "under 'entities'", str(path))
    entities: list[Entity] = []
    marks: list[tuple[str, Mark]] = []
    for index, item in enumerate(data["entities"]):
        mark = data["entities"].item_mark(index)
        entity = _entity(item, mark)
        entities.append(entity)
        if entity.confusable:
            values = item["confusable"]
            marks.extend((name, values.item_mark(i)) for i, name in enumerate(entity.confusable))
    return entities, marks


def _entity(item: Any, mark: Mark) -> Entity:
    if not isinstance(item, LocatedDict):
        raise YamlError(mark, "an entity is a mapping with at least 'name' and 'kind'")
    for key in item:
        if key not in ALLOWED_KEYS:
            allowed = ", ".join(sorted(ALLOWED_KEYS))
            raise YamlError(item.key_mark(key), f"unknown key '{key}' (allowed: {allowed})")
    for key in ("name", "kind"):
        if key not in item:
            raise YamlError(item.mark, f"entity without '{key}'")
    for key in _STRING_KEYS:
        if key in item and not (isinstance(item[key], str) and item[key].strip()):
            raise YamlError(item.value_mark(key), f"'{key}' must be a non-empty string")
    if item["kind"] not in KINDS:
        raise YamlError(item.value_mark("kind"), f"kind must be one of {', '.join(KINDS)}")
    for key in _LIST_KEYS:
        _require_strings(item, key)
    variants = item.get("variants", [])
    if not isinstance(variants, list) or not all(
        isinstance(group, list) and len(group) >= 2 and all(isinstance(v, str) for v in group)
        for group in variants
    ):
        raise YamlError(item.value_mark("variants"),
                        "'variants' must be a list of lists of two or more strings")
    as_of = item.get("as_of")
    if as_of is not None and (not isinstance(as_of, int) or isinstance(as_of, bool)):
        raise YamlError(item.value_mark("as_of"), "'as_of' must be a year (an integer)")
    return Entity(
        name=item["name"].strip(),
        kind=item["kind"],
        aliases=tuple(item.get("aliases", ())),
        variants=tuple(tuple(group) for group in variants),
        confusable=tuple(item.get("confusable", ())),
        acronym=item.get("acronym"),
        description=item.get("description"),
        role=item.get("role"),
        as_of=as_of,
        where=str(mark),
    )


def _require_strings(item: LocatedDict, key: str) -> None:
    value = item.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise YamlError(item.value_mark(key), f"'{key}' must be a list of non-empty strings")
