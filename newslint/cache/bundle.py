"""A run's derived data in one cache entry, each shared object stored once.

The rules of a run ask for a dozen indexes derived from the same few gazetteer files
(names, acronyms, organisations, offices, the merged gazetteers). Read back from a dozen
entries, each brings its own copy of the gazetteer's entities, and reading them took
longer than checking an article. The bundle keeps them together: every object of a
``shared_types`` type (the gazetteer's ``Entity``) is stored once however many indexes
hold it, and the entry records the hash of every file the data was derived from. A run
whose files and code are unchanged reads that one entry and builds nothing; any
difference (a file edited, missing or unreadable, another newslint) reads as no bundle,
and the indexes come from their own entries (``store.cached_build``) as before.

The entry is read only under the same rules as every cache entry (``store.open_trusted``):
the user's own private directory, the user's own file.
"""

from __future__ import annotations

import io
import mmap
import pickle
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from newslint import __version__
from newslint.cache import store
from newslint.cache.digest import key_hash
from newslint.cache.lazy import LoadedOnUse, TableUnpickler, read_all, stored_value

_FORMAT = "4"


class Bundle:
    """The derived data of the runs that share ``place`` (their rule packs and user
    gazetteers), as one entry of the cache."""

    def __init__(self, place: str, shared_types: tuple[type, ...] = ()) -> None:
        self.place = key_hash(place.encode("utf-8", "surrogateescape")).hexdigest()[:16]
        self.shared_types = shared_types

    def _entry(self, directory: Path) -> Path:
        code = key_hash(f"{__version__}\0{_FORMAT}\0{store._package_digest()}".encode())
        return directory / f"bundle-{self.place}-{code.hexdigest()[:24]}.pickle"

    def load(self) -> dict[Any, Any]:
        """The bundled values by key; empty when there is no valid bundle."""
        directory = store.cache_dir()
        if directory is None:
            return {}
        entry = self._entry(directory)
        try:
            with store.open_trusted(entry) as stream:
                sources: dict[str, str] = pickle.load(stream)
                if not all(_digest(Path(path)) == digest for path, digest in sources.items()):
                    return {}
                table: list[Any] = pickle.load(stream)
                body, lengths = pickle.load(stream)
                pieces = _pieces(stream, stream.tell() + body, lengths)
                values: dict[Any, Any] = TableUnpickler(stream, table, pieces).load()
        except Exception:  # absent, damaged or from an incompatible run: no bundle
            return {}
        store.touch(entry)
        return values

    def save(self, values: Mapping[Any, Any], sources: Iterable[Path]) -> None:
        """Store ``values``, derived from the files ``sources``; silently nothing when
        the cache is off or a file cannot be read."""
        directory = store.cache_dir()
        if directory is None:
            return
        try:
            digests = {str(path): _digest(path) for path in sorted(set(sources))}
        except OSError:
            return
        entry = self._entry(directory)
        if store.write_atomically(directory, entry,
                                  lambda stream: self._write(stream, digests, values)):
            store.prune(directory, f"bundle-{self.place}-", keep=entry.name)

    def _write(self, stream: IO[bytes], digests: dict[str, str],
               values: Mapping[Any, Any]) -> None:
        """The file digests, the table of shared objects, the lengths of the pieces, the
        values that refer to the table (pickled first, to fill it), then the pieces of
        the ``LoadedOnUse`` indexes, which the values and the pieces refer to by
        position: a run maps them from the file and reads only those its checks use (an
        index inside an index too: reading its holder's piece reads none of its own)."""
        table: list[Any] = []
        pieces: list[bytes] = []
        body = io.BytesIO()
        _Pickler(body, self.shared_types, table, {}, pieces).dump(dict(values))
        pickle.dump(digests, stream, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(table, stream, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump((len(body.getvalue()), [len(piece) for piece in pieces]), stream,
                    protocol=pickle.HIGHEST_PROTOCOL)
        stream.write(body.getvalue())
        for piece in pieces:
            stream.write(piece)


def _pieces(stream: IO[bytes], start: int, lengths: list[int]) -> list[memoryview]:
    """The out-of-band pieces stored from ``start`` on, as views of the file mapped into
    memory: a page is read only when a piece on it is (and the mapping outlives the
    file's replacement by another run, which renames a new file into place)."""
    if not lengths:
        return []
    mapped = memoryview(mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ))
    if start + sum(lengths) > len(mapped):
        raise pickle.UnpicklingError("the bundle ends before its pieces")
    views = []
    for length in lengths:
        views.append(mapped[start : start + length])
        start += length
    return views


def _digest(path: Path) -> str:
    return key_hash(path.read_bytes()).hexdigest()


class _Pickler(pickle.Pickler):
    """Stores each object of a shared type once, by value, in a table written first, and
    each ``LoadedOnUse`` index as separately pickled attributes (read back on use), put
    in ``pieces`` and referred to by position."""

    def __init__(self, stream: IO[bytes], shared_types: tuple[type, ...],
                 table: list[Any], index: dict[Any, int], pieces: list[bytes]) -> None:
        super().__init__(stream, protocol=pickle.HIGHEST_PROTOCOL)
        self.shared_types, self.table = shared_types, table
        self.index = index
        self.pieces = pieces

    def persistent_id(self, obj: Any) -> Any:
        if isinstance(obj, LoadedOnUse):
            read_all(obj)
            # pairs in a tuple, not a dict: the reference is looked up in a dictionary of
            # references (``lazy.References``), so it is hashed
            return ("pieces", type(obj), tuple(
                (name, self._piece(stored_value(obj, name, value)))
                for name, value in vars(obj).items()))
        if not self.shared_types or type(obj) not in self.shared_types:
            return None
        position = self.index.get(obj)
        if position is None:
            position = self.index[obj] = len(self.table)
            self.table.append(obj)
        return position

    def _piece(self, value: Any) -> int:
        """The position of ``value``'s piece among the pieces."""
        buffer = io.BytesIO()
        _Pickler(buffer, self.shared_types, self.table, self.index, self.pieces).dump(value)
        self.pieces.append(buffer.getvalue())
        return len(self.pieces) - 1
