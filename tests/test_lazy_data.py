"""Derived data read back on use: an index from the bundle is an empty shell whose
attributes are read the first time they are asked for, and it answers exactly as the
index that was stored."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from newslint.cache import lazy
from newslint.cache.bundle import Bundle
from newslint.cache.lazy import LoadedOnUse, read_every_shell
from newslint.gazetteer import Entity

ADA = Entity("Ada Quill", "person", aliases=("Ada",))
BORIS = Entity("Boris Kettle", "person")


class PeopleIndex(LoadedOnUse):
    """A small index of the kind the checks build from a gazetteer."""

    limit = 10  # a class default: the instance's own value must not hide behind it

    def __init__(self, people: list[Entity]) -> None:
        self.by_name = {person.name: person for person in people}
        self.by_word = {word: person for person in people for word in person.name.split()}
        self.everyone = list(people)
        self.limit = 3


def _stored_and_read_back(tmp_path: Path, value: object) -> object:
    source = tmp_path / "people.yaml"
    source.write_text("people\n", encoding="utf-8")
    Bundle(str(tmp_path), shared_types=(Entity,)).save({"index": value}, [source])
    values = Bundle(str(tmp_path), shared_types=(Entity,)).load()
    return values["index"]


def _unread(index: object) -> set[str]:
    return set(vars(index).get("_pieces", ()))


def test_an_index_is_read_back_attribute_by_attribute_on_use(
        tmp_path: Path, cache: Path) -> None:
    index = _stored_and_read_back(tmp_path, PeopleIndex([ADA, BORIS]))
    assert isinstance(index, PeopleIndex)
    assert _unread(index) == {"by_name", "by_word", "everyone"}
    assert index.by_word["Kettle"] == BORIS
    assert _unread(index) == {"by_name", "everyone"}  # only what was asked for
    assert index.by_name == {"Ada Quill": ADA, "Boris Kettle": BORIS}
    assert index.everyone == [ADA, BORIS]
    assert _unread(index) == set()
    # the entities are stored once, shared by the attributes that hold them
    assert index.by_name["Ada Quill"] is index.everyone[0] is index.by_word["Ada"]


def test_a_value_the_class_also_defines_is_read_at_once(tmp_path: Path, cache: Path) -> None:
    index = _stored_and_read_back(tmp_path, PeopleIndex([ADA]))
    assert "limit" not in _unread(index)
    assert index.limit == 3  # the instance's value, not the class's 10


def test_a_missing_attribute_is_still_an_attribute_error(tmp_path: Path, cache: Path) -> None:
    index = _stored_and_read_back(tmp_path, PeopleIndex([ADA]))
    with pytest.raises(AttributeError, match="no attribute 'by_surname'"):
        index.by_surname  # noqa: B018
    assert not hasattr(index, "by_surname")


def test_an_index_read_back_can_be_stored_again_whole(tmp_path: Path, cache: Path) -> None:
    index = _stored_and_read_back(tmp_path, PeopleIndex([ADA, BORIS]))
    index.by_word  # noqa: B018  - one attribute read, the others still pieces
    again = pickle.loads(pickle.dumps(index))
    assert _unread(again) == set()
    assert again.by_name == {"Ada Quill": ADA, "Boris Kettle": BORIS}

    (tmp_path / "second").mkdir()
    second = _stored_and_read_back(tmp_path / "second", index)
    assert second.everyone == [ADA, BORIS] and second.limit == 3


def test_every_shell_can_be_read_before_a_fork(tmp_path: Path, cache: Path) -> None:
    lazy._shells.clear()
    index = _stored_and_read_back(tmp_path, PeopleIndex([ADA, BORIS]))
    assert _unread(index)
    read_every_shell()
    assert _unread(index) == set()
    assert "_reader" not in vars(index)
    assert index.everyone == [ADA, BORIS]


def test_a_bundle_cut_short_before_its_pieces_is_no_bundle(tmp_path: Path, cache: Path) -> None:
    source = tmp_path / "people.yaml"
    source.write_text("people\n", encoding="utf-8")
    bundle = Bundle(str(tmp_path), shared_types=(Entity,))
    bundle.save({"index": PeopleIndex([ADA, BORIS])}, [source])
    [entry] = cache.glob("bundle-*.pickle")
    whole = entry.read_bytes()
    entry.write_bytes(whole[:-10])  # the last piece incomplete
    assert bundle.load() == {}
    entry.write_bytes(whole)
    assert bundle.load()["index"].everyone == [ADA, BORIS]


def test_indexes_read_back_are_not_kept_alive_by_newslint(tmp_path: Path, cache: Path) -> None:
    """A long-lived process (a service that makes a Linter per request) must be able to
    drop the rules it loaded, and their data with them."""
    import gc
    import weakref

    index = _stored_and_read_back(tmp_path, PeopleIndex([ADA, BORIS]))
    assert _unread(index)
    watcher = weakref.ref(index)
    del index
    gc.collect()
    assert watcher() is None


class TownIndex(LoadedOnUse):
    """An index with a large dictionary an article asks a few questions of."""

    sharded = frozenset({"by_town"})

    def __init__(self, towns: int) -> None:
        from collections import defaultdict

        self.by_town: dict[str, list[Entity]] = defaultdict(list)
        for number in range(towns):
            self.by_town[f"Town{number}"].append(ADA if number % 2 else BORIS)
        self.small = {"a": 1}


def _shards(index: object) -> lazy.Shards:
    value = vars(index)["by_town"]
    assert isinstance(value, lazy.Shards)
    return value


def test_a_sharded_dictionary_answers_a_look_up_from_one_shard(
        tmp_path: Path, cache: Path) -> None:
    index = _stored_and_read_back(tmp_path, TownIndex(2000))
    assert isinstance(index, TownIndex)
    assert index.by_town.get("Town7") == [ADA] and index.by_town["Town8"] == [BORIS]
    assert "Town9" in index.by_town and "Village" not in index.by_town
    assert index.by_town.get("Village", "none") == "none"
    shards = _shards(index)
    assert shards.count > 10
    unread = _unread(shards)
    assert "whole" in unread  # not the whole dictionary
    assert len(unread) >= shards.count + 1 - 4  # at most the shards of the four keys asked
    assert index.small == {"a": 1}  # a small dictionary is stored as it is


def test_a_sharded_dictionary_is_read_whole_when_asked_anything_else(
        tmp_path: Path, cache: Path) -> None:
    original = TownIndex(2000)
    index = _stored_and_read_back(tmp_path, original)
    assert index.by_town.get("Town3") == [ADA]
    assert list(index.by_town.items()) == list(original.by_town.items())  # same order
    assert type(vars(index)["by_town"]) is type(original.by_town)  # the dictionary itself
    index = _stored_and_read_back(tmp_path, original)
    assert len(index.by_town) == 2000
    index = _stored_and_read_back(tmp_path, original)
    assert index.by_town["Village"] == []  # a missing key: the defaultdict answers
    assert vars(index)["by_town"]["Village"] == []


def test_after_many_look_ups_the_whole_dictionary_takes_the_shards_place(
        tmp_path: Path, cache: Path) -> None:
    original = TownIndex(2000)
    index = _stored_and_read_back(tmp_path, original)
    for number in range(lazy._SHARDED_QUESTIONS + 1):
        assert index.by_town.get(f"Town{number}") == original.by_town[f"Town{number}"]
    assert vars(index)["by_town"] == original.by_town


def test_an_index_with_shards_is_stored_again_whole(tmp_path: Path, cache: Path) -> None:
    original = TownIndex(2000)
    index = _stored_and_read_back(tmp_path, original)
    assert index.by_town.get("Town5") == [ADA]
    (tmp_path / "again").mkdir()
    again = _stored_and_read_back(tmp_path / "again", index)
    assert dict(again.by_town) == dict(original.by_town)
    plain = pickle.loads(pickle.dumps(index))
    assert type(plain.by_town) is type(original.by_town) and plain.by_town == original.by_town


def test_a_lookup_table_answers_from_its_shards(tmp_path: Path, cache: Path) -> None:
    entries = {(3, slot, ("ada", f"quill{number}")): [ADA] for slot in range(3)
               for number in range(100)}
    table = _stored_and_read_back(tmp_path, lazy.LookupTable(entries))
    assert isinstance(table, lazy.LookupTable)
    assert table.get((3, 1, ("ada", "quill7"))) == [ADA]
    assert table.get((3, 9, ("nobody",)), ()) == ()
    assert (3, 2, ("ada", "quill99")) in table
    shards = vars(table)["entries"]
    assert isinstance(shards, lazy.Shards) and "whole" in vars(shards)["_pieces"]


def test_before_a_fork_shards_give_way_to_the_whole_dictionary(
        tmp_path: Path, cache: Path) -> None:
    original = TownIndex(2000)
    index = _stored_and_read_back(tmp_path, original)
    assert index.small == {"a": 1}
    read_every_shell()  # what a run does before starting its worker processes
    assert type(vars(index)["by_town"]) is type(original.by_town)
    assert vars(index)["by_town"] == original.by_town
