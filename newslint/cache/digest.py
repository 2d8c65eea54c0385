"""The hash of cache keys: BLAKE2b, from CPython's own module, without loading OpenSSL.

Every run hashes its rule files and gazetteers (about half a megabyte) to know whether
its cached data still holds. ``hashlib`` would load OpenSSL's library for that: about
4 MB of memory to map and a few milliseconds of every start. CPython's own SHA-256 needs
no OpenSSL but is three times slower than BLAKE2b, which CPython always carries (the
``_blake2`` module behind ``hashlib.blake2b``): together the cheapest way to a key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

key_hash: Callable[..., Any]
try:
    from _blake2 import blake2b as key_hash
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b as key_hash

__all__ = ["key_hash"]
