"""SHA-256 for cache keys, without loading OpenSSL.

``hashlib`` loads OpenSSL's library on import: about 4 MB of memory to map and a few
milliseconds of every run, for hashing a few hundred kilobytes of rule files and
gazetteers. CPython's own SHA-256 (the module ``hashlib`` itself falls back on) gives the
same digests; ``hashlib`` is used only where that module is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

sha256: Callable[..., Any]
try:
    from _sha2 import sha256  # type: ignore[import-not-found,no-redef]  # Python 3.12+
except ImportError:
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,no-redef]
    except ImportError:  # pragma: no cover - a Python built without them
        from hashlib import sha256

__all__ = ["sha256"]
