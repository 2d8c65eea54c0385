"""Derived data read back attribute by attribute, when a check first uses each one.

An index a check builds from the gazetteers (the name index, the acronym knowledge, the
merged gazetteers) holds tens of thousands of objects, and reading them back from the
cache was most of a one-article run's start. Yet one article uses few of them: an
article without a title word never looks at the office index's succession table, one
without a two-word name never at the name index's slots. An index class that derives
from ``LoadedOnUse`` is stored in the bundle (``cache/bundle.py``) one attribute per
piece, and read back as an empty shell: each attribute is unpickled the first time it is
asked for, then held as an ordinary attribute (the look-up after that costs nothing).
A run over a whole archive reads every piece in the end, at the same cost as before.

Nothing changes for the code that uses the index: attributes are read and written as
usual. Only ``vars(index)`` (or ``index.__dict__``) would see the pieces not read yet.

A large dictionary an article asks a few questions of (the name index's slots: 260 KB
for some fifty look-ups) can be named in the class's ``sharded`` attributes: it is then
also stored in shards by key, and read back as ``Shards``, which answers a look-up from
the one shard the key is in. After enough questions, the whole dictionary is read and
takes the shards' place (the index's attribute is then the dictionary itself); asked
anything but a look-up (its length, its items), the shards do the same first.
"""

from __future__ import annotations

import gc
import io
import pickle
import weakref
import zlib
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any, ClassVar


class LoadedOnUse:
    """Base of derived data the bundle stores and reads back piece by piece."""

    # Dictionary attributes also stored in shards by key (see the module's docstring).
    sharded: ClassVar[frozenset[str]] = frozenset()

    def __getattr__(self, name: str) -> Any:
        # Reached only for an attribute the instance does not hold: a piece not read yet.
        state = self.__dict__
        pieces = state.get("_pieces")
        if not pieces or name not in pieces:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = state["_reader"](pieces.pop(name))
        state[name] = value
        if not pieces:
            del state["_pieces"], state["_reader"]
        if isinstance(value, Shards):
            value.__dict__["_home"] = (state, name)  # where the whole dictionary goes
        return value

    def __getstate__(self) -> dict[str, Any]:
        """The whole state, every piece read (pickling an index writes all of it)."""
        read_all(self)
        return {name: value._whole() if isinstance(value, Shards) else value
                for name, value in self.__dict__.items()}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


# Shards of a dictionary: about this many keys each (a look-up reads a shard: a few
# microseconds), at most ``_MOST_SHARDS`` (the shards' references are read at once).
_KEYS_PER_SHARD = 16
_MOST_SHARDS = 4096


class Shards(LoadedOnUse):
    """A dictionary stored whole and in shards by key, read back shard by shard for its
    first look-ups (``get``, ``in``, ``[]``), then whole (``LoadedOnUse.sharded``)."""

    count = 1  # class defaults: a shell reads these pieces at once

    def __init__(self, whole: dict[Any, Any]) -> None:
        self.whole = whole
        self.count = max(1, min(_MOST_SHARDS, len(whole) // _KEYS_PER_SHARD))
        shards: list[dict[Any, Any]] = [{} for _ in range(self.count)]
        for key, value in whole.items():
            shards[_shard_of(key, self.count)][key] = value
        for number, shard in enumerate(shards):
            setattr(self, f"s{number}", shard)

    def get(self, key: Any, default: Any = None) -> Any:
        return self._shard(key).get(key, default)

    def __contains__(self, key: Any) -> bool:
        return key in self._shard(key)

    def __getitem__(self, key: Any) -> Any:
        shard = self._shard(key)
        if key in shard:
            return shard[key]
        return self._whole()[key]  # a missing key: as the dictionary answers (a default)

    def __len__(self) -> int:
        return len(self._whole())

    def __iter__(self) -> Iterator[Any]:
        return iter(self._whole())

    def __getattr__(self, name: str) -> Any:
        try:
            return super().__getattr__(name)  # a shard or the whole, not read yet
        except AttributeError:
            if name.startswith("_"):
                raise
            return getattr(self._whole(), name)  # items(), keys(), setdefault() ...

    def _shard(self, key: Any) -> dict[Any, Any]:
        state = self.__dict__
        if "_full" in state:
            full: dict[Any, Any] = state["_full"]
            return full
        asked = state["_asked"] = state.get("_asked", 0) + 1
        if asked > _SHARDED_QUESTIONS and asked > 2 * self.count:
            return self._whole()
        shard: dict[Any, Any] = getattr(self, f"s{_shard_of(key, self.count)}")
        return shard

    def _whole(self) -> dict[Any, Any]:
        """The whole dictionary, put in the shards' place where they were read from."""
        state = self.__dict__
        if "_full" not in state:
            whole = state["_full"] = self.whole
            home = state.get("_home")
            if home is not None:
                holder, name = home
                holder[name] = whole
        full: dict[Any, Any] = state["_full"]
        return full

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled, the shards are the whole dictionary (the bundle shards it again)."""
        return _same, (self._whole(),)


def _same(value: Any) -> Any:
    return value


# Look-ups the shards answer before the whole dictionary takes their place (or twice as
# many as there are shards, reading them all costs about as much as the whole): a run
# that asks more is checking many articles, and a dictionary's own look-up is faster.
_SHARDED_QUESTIONS = 256


def _shard_of(key: Any, count: int) -> int:
    """The shard of ``key``: the same in every process (``hash`` of a string is not)."""
    text = key if isinstance(key, str) else repr(key)
    return zlib.crc32(text.encode("utf-8", "surrogatepass")) % count


def stored_value(owner: LoadedOnUse, name: str, value: Any) -> Any:
    """What the bundle stores for ``owner``'s attribute ``name``: a dictionary the class
    names in ``sharded`` as ``Shards`` of it, anything else as it is."""
    if isinstance(value, Shards):
        value = value._whole()
    if name in type(owner).sharded and isinstance(value, dict) and len(value) >= 2 * _KEYS_PER_SHARD:
        return Shards(value)
    return value


class LookupTable(LoadedOnUse):
    """A dictionary a check only looks keys up in, derived data of its own: read back
    shard by shard (``Shards``), so a run asks for the few keys one article needs without
    reading the whole table."""

    sharded = frozenset({"entries"})

    def __init__(self, entries: dict[Any, Any]) -> None:
        self.entries = entries

    def get(self, key: Any, default: Any = None) -> Any:
        return self.entries.get(key, default)

    def __contains__(self, key: Any) -> bool:
        return key in self.entries


def read_all(index: LoadedOnUse) -> None:
    """Read every piece of ``index`` not read yet (before a fork: each worker would read
    them again); of shards, the whole dictionary, which then takes their place."""
    if isinstance(index, Shards):
        index._whole()
        return
    for name in list(index.__dict__.get("_pieces", ())):
        getattr(index, name)


def shell(cls: type[LoadedOnUse], pieces: Mapping[str, Any],
          references: References) -> LoadedOnUse:
    """An instance of ``cls`` whose attributes are the pickled ``pieces``; the objects
    they share with other data (the gazetteer's entities) are in ``references``."""
    index = cls.__new__(cls)
    state = index.__dict__
    # A name the class also defines (a default) would be found there, never asked for:
    # such a piece is read at once.
    later = {name: data for name, data in pieces.items() if not hasattr(cls, name)}
    for name in pieces.keys() - later.keys():
        state[name] = _read_piece(pieces[name], references)
    if later:
        state["_pieces"] = later
        state["_reader"] = lambda data: _read_piece(data, references)
        _shells.add(index)
    return index


def read_every_shell() -> None:
    """Read every piece of every index this process read back as a shell (and still
    holds: a long-lived process that loads rules again must not keep old ones alive)."""
    while _shells:
        read_all(_shells.pop())


_shells: weakref.WeakSet[LoadedOnUse] = weakref.WeakSet()


def _read_piece(data: bytes, references: References) -> Any:
    # Collecting while a piece's thousands of long-lived objects are made finds nothing
    # to free (see runner.LazyRules).
    enabled = gc.isenabled()
    gc.disable()
    try:
        unpickler = _PieceUnpickler(io.BytesIO(data))
        # a piece refers to the gazetteer's entities thousands of times: looked up in C
        unpickler.persistent_load = references.__getitem__  # type: ignore[method-assign]
        return unpickler.load()
    finally:
        if enabled:
            gc.enable()


class _PieceUnpickler(pickle.Unpickler):
    """The C unpickler, as a class whose instances take a ``persistent_load`` of their own.

    Python 3.13 no longer lets an instance of ``pickle.Unpickler`` itself be given one
    ("attribute 'persistent_load' is read-only"); an instance of a subclass may, on every
    version, and the unpickler then calls it as it is (a C method: no Python frame per
    reference)."""


class References(dict[Any, Any]):
    """The objects pickles refer to by position in a table (stored once for every index
    that holds them), and the indexes stored as pieces, made on the way."""

    def __init__(self, table: list[Any], pieces: Sequence[Any] = ()) -> None:
        super().__init__(enumerate(table))
        self.table = table
        self.pieces = pieces  # every index's pieces, by position (views of the file)

    def __missing__(self, pid: Any) -> Any:
        return self.made(pid)  # an index inside an index

    def made(self, pid: Any) -> LoadedOnUse:
        """The index a ``("pieces", class, ((name, position of the piece), ...))``
        reference stands for."""
        if isinstance(pid, tuple) and len(pid) == 3 and pid[0] == "pieces":
            try:
                pieces = {name: self.pieces[position] for name, position in pid[2]}
            except (IndexError, TypeError, ValueError):
                raise pickle.UnpicklingError(f"bad reference {pid!r}") from None
            return shell(pid[1], pieces, self)
        raise pickle.UnpicklingError(f"unknown reference {pid!r}")


class TableUnpickler(pickle.Unpickler):
    """Reads a pickle whose shared objects are stored once, in ``table``, by position,
    and whose indexes' pieces are ``pieces``, by position."""

    def __init__(self, stream: IO[bytes], table: list[Any], pieces: Sequence[Any] = ()) -> None:
        super().__init__(stream)
        self.references = References(table, pieces)

    def persistent_load(self, pid: Any) -> Any:
        if isinstance(pid, int):
            return self.references[pid]
        return self.references.made(pid)
