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
"""

from __future__ import annotations

import gc
import io
import pickle
import weakref
from collections.abc import Mapping
from typing import IO, Any


class LoadedOnUse:
    """Base of derived data the bundle stores and reads back piece by piece."""

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
        return value

    def __getstate__(self) -> dict[str, Any]:
        """The whole state, every piece read (pickling an index writes all of it)."""
        read_all(self)
        return dict(self.__dict__)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


def read_all(index: LoadedOnUse) -> None:
    """Read every piece of ``index`` not read yet (before a fork: each worker would read
    them again)."""
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
        unpickler = pickle.Unpickler(io.BytesIO(data))
        # a piece refers to the gazetteer's entities thousands of times: looked up in C
        unpickler.persistent_load = references.__getitem__  # type: ignore[method-assign]
        return unpickler.load()
    finally:
        if enabled:
            gc.enable()


class References(dict[Any, Any]):
    """The objects pickles refer to by position in a table (stored once for every index
    that holds them), and the indexes stored inside a piece, made on the way."""

    def __init__(self, table: list[Any]) -> None:
        super().__init__(enumerate(table))
        self.table = table

    def __missing__(self, pid: Any) -> Any:
        return self.made(pid)  # an index inside an index

    def made(self, pid: Any) -> LoadedOnUse:
        """The index a ``("pieces", class, ((name, piece), ...))`` reference stands for."""
        if isinstance(pid, tuple) and len(pid) == 3 and pid[0] == "pieces":
            return shell(pid[1], dict(pid[2]), self)
        raise pickle.UnpicklingError(f"unknown reference {pid!r}")


class TableUnpickler(pickle.Unpickler):
    """Reads a pickle whose shared objects are stored once, in ``table``, by position."""

    def __init__(self, stream: IO[bytes], table: list[Any], buffers: Any = None) -> None:
        super().__init__(stream, buffers=buffers)
        self.references = References(table)

    def persistent_load(self, pid: Any) -> Any:
        # An index's reference is not looked up in the dictionary: its pieces may be
        # views of the mapped file, which hashing would read page by page.
        if isinstance(pid, int):
            return self.references[pid]
        return self.references.made(pid)
