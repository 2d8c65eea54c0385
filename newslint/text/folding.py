"""Folding a word for comparison, the one definition every check shares.

Machine translation and newsroom copy spell the same name with and without accents and
with either apostrophe ("Erdoğan" / "Erdogan", "O’Neill" / "O'Neill"), so names,
acronym long forms and gazetteer forms are compared folded.
"""

from __future__ import annotations

import unicodedata


def fold(word: str) -> str:
    """Case- and accent-insensitive key ("Erdoğan" and "erdogan" fold alike, "FPÖ" → "fpo").
    Works on phrases as well as words."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")
