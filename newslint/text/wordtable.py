"""newslint's word table: lemminflect's dictionaries and models in one sqlite file.

lemminflect keeps its lemma and inflection tables as gzipped CSV (0.3 s to parse) and
guesses unknown words with two small neural networks run by numpy (0.1 s to import).
newslint needs a few hundred look-ups per article, so it compiles those tables, once,
into an sqlite file beside its other cached data: opened in about a millisecond, it
answers a look-up from an index without reading the rest, and the networks' weights
(about 18,000 numbers) are evaluated in plain Python, so numpy is never imported.

The file is named after the bytes of lemminflect's resource files and the version of
its format, so an upgrade of lemminflect builds a new table; values are JSON (never
pickle). ``newslint.text.lemmas`` answers exactly as lemminflect does from this table.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from newslint import __version__
from newslint.cache.digest import key_hash
from newslint.cache.store import cache_dir, prune, touch

_FORMAT = "1"
_RESOURCES = ("lemma_lu.csv.gz", "infl_lu.csv.gz", "lemma_overrides.csv",
              "infl_overrides.csv", "model_lemma.pkl.gz", "model_infl.pkl.gz")
Forms = dict[str, tuple[str, ...]]


class WordTable:
    """Read-only access to a built table: raw dictionary entries and model weights."""

    def __init__(self, path: Path) -> None:
        # immutable=1: the file is never written after it is renamed into place, so
        # sqlite may skip locking and change detection.
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)

    def lemmas(self, word: str) -> Forms:
        """Universal POS → lemmas of ``word`` exactly as stored (overrides applied)."""
        return self._entry("lemmas", word)

    def inflections(self, lemma: str) -> Forms:
        """Penn tag → spellings of ``lemma`` exactly as stored (overrides applied)."""
        return self._entry("inflections", lemma)

    def probe(self) -> None:
        """Read the schema: ``sqlite3.Error`` when the file is not a table of ours."""
        self._db.execute("SELECT name FROM models LIMIT 1").fetchone()

    def model(self, name: str) -> dict[str, Any]:
        row = self._db.execute("SELECT value FROM models WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0])

    def _entry(self, table: str, key: str) -> Forms:
        row = self._db.execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
        if row is None:
            return {}
        return {tag: tuple(forms) for tag, forms in json.loads(row[0]).items()}


@cache
def open_table() -> WordTable | None:
    """The word table for the installed lemminflect, built on first use; None when there
    is no cache directory to keep it in or lemminflect's files cannot be read."""
    root = cache_dir()
    digest = data_digest()
    if root is None or not digest:
        return None
    path = root / f"wordtable-{digest[:24]}.sqlite"
    for _attempt in range(2):  # a damaged file (a crash, a full disk, a stray write) once
        if path.is_file() and not _intact(path):
            _remove(path)
        if not path.is_file():
            try:
                build(path)
            except (OSError, sqlite3.Error):
                return None
            # Another newslint or lemminflect installed on the machine (a pre-commit
            # environment beside a project's) names its table otherwise: two are kept.
            prune(root, "wordtable-", keep=path.name, spare=2)
        else:
            touch(path)
        try:
            table = WordTable(path)
            table.probe()  # one real read: a file that is not our table fails here
            return table
        except sqlite3.Error:
            _remove(path)
    return None


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _intact(path: Path) -> bool:
    """Whether ``path`` looks like a whole sqlite file: its header, and the size its header
    gives (page size × page count), which a truncated or overwritten file does not have."""
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return pages > 0 and size == page_size * pages


@cache
def data_digest() -> str:
    """What identifies lemminflect's data files and the table's format ('' when they
    cannot be read): it names the table, and is part of the results cache's key.

    The files' sizes and times of change, not their bytes: they belong to an installed
    package, which only a new installation changes (new files, new times), and hashing
    three quarters of a megabyte took longer than checking an article."""
    resources = _resource_dir()
    if resources is None:
        return ""
    digest = key_hash(f"{__version__}\0{_FORMAT}".encode())
    try:
        for name in _RESOURCES:
            status = (resources / name).stat()
            digest.update(f"{name}\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
    except OSError:
        return ""
    return digest.hexdigest()


def _resource_dir() -> Path | None:
    """lemminflect's data directory, found without importing lemminflect (or numpy)."""
    spec = find_spec("lemminflect")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "resources"


def build(path: Path) -> None:
    """Write the whole table to ``path`` atomically (a temporary file, then a rename), so
    concurrent runs each see no table or a complete one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".wordtable-", suffix=".tmp")
    os.close(handle)
    try:
        with contextlib.closing(sqlite3.connect(temporary)) as db:
            _fill(db)
            db.commit()
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _fill(db: sqlite3.Connection) -> None:
    from lemminflect.core.InflectionRules import MorphologyStyleModel
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer
    from lemminflect.core.LemmatizerRules import LemmatizerRules

    lemmatizer, inflector = Lemmatizer(), Inflections()
    for table, main, overrides in (
        ("lemmas", lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()),
        ("inflections", inflector._getInflDict(), inflector._getOverridesDict()),
    ):
        db.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
        rows = []
        for key in {**main, **overrides}:
            merged = dict(main.get(key, {}))
            merged.update(overrides.get(key, {}))
            rows.append((key, json.dumps(merged, separators=(",", ":"))))
        db.executemany(f"INSERT INTO {table} VALUES (?, ?)", rows)
    db.execute("CREATE TABLE models (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for name, kinfer in (("lemma", LemmatizerRules().kinfer),
                         ("inflection", MorphologyStyleModel().kinfer)):
        db.execute("INSERT INTO models VALUES (?, ?)", (name, json.dumps(_network(kinfer))))


def _network(kinfer: Any) -> dict[str, Any]:
    """A two-layer network as plain lists: the one shape lemminflect's models have."""
    layers = [layer["class_name"] for layer in kinfer.config["layers"]]
    activations = [layer["config"].get("activation") for layer in kinfer.config["layers"]]
    if layers != ["InputLayer", "Flatten", "Dense", "Dense"] or activations[2:] != ["relu", "softmax"]:
        raise sqlite3.DataError(f"unexpected lemminflect model layout: {layers}")
    hidden, hidden_bias, output, output_bias = (w.tolist() for w in kinfer.weights)
    return {"hidden": hidden, "hidden_bias": hidden_bias, "output": output,
            "output_bias": output_bias, "classes": list(kinfer.getOutputEnum())}
