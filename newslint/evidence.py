"""Evidence: what a document must hold for a check to find anything in it.

A check may declare, as ``Check.evidence``, a cheap test that is a *necessary* condition
of every finding it can make: a character it starts from ("()[]{}" for unbalanced
brackets), two characters side by side (a space before a comma), a word of markup. The
engine runs the test before the check, once per document for all the rules that share the
same ``Evidence`` object, and skips the check where the test fails. Most articles hold no
control character, no CJK mark and no space before a comma, so most such rules never run
on most articles (docs/writing-checks.md, Evidence).

Each test is a single C-level pass (``str.find``, ``bytes.translate``, one class of
characters in ``re``), never a Python loop over the text. A test may let through a
document where the check then finds nothing (it is a superset condition); it must never
fail where the check would find something. Every constructor below says why its test is
such a superset.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.document import Document

# The ASCII letters, as the second side of ``adjacent`` where a check wants any letter.
ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# How many characters are tested one by one with ``in`` (memchr-fast, and stops at the
# first one found) before a class of characters is searched instead.
_FEW = 8


class Evidence:
    """A necessary condition of a check's findings, tested on a document's text (or,
    ``in_source``, on its source: the check's offsets index the source)."""

    __slots__ = ("description", "in_source", "_test")

    def __init__(self, description: str, test: Callable[[str], bool],
                 in_source: bool = False) -> None:
        self.description = description
        self.in_source = in_source
        self._test = test

    def __repr__(self) -> str:
        return f"Evidence({self.description})"

    def test(self, text: str) -> bool:
        """Whether ``text`` holds the evidence (False: the check cannot find anything)."""
        return self._test(text)

    def present(self, document: Document) -> bool:
        """``test`` of the document's text, or of its source for an ``in_source`` check."""
        return self._test(document.source if self.in_source else document.text)


def substring(needle: str, in_source: bool = False) -> Evidence:
    """``needle`` occurs in the text: the evidence of a check whose every finding lies in
    (or needs) a stretch that contains ``needle``."""
    def test(text: str) -> bool:
        return needle in text

    return Evidence(f"{needle!r} occurs", test, in_source)


def characters(chars: str) -> Evidence:
    """One of ``chars`` occurs: the evidence of a check whose every finding starts from (or
    needs somewhere in the text) one of these characters."""
    if not chars:
        raise ValueError("characters() needs at least one character")
    if len(chars) <= _FEW:
        def test(text: str) -> bool:
            return any(map(text.__contains__, chars))

        return Evidence(f"one of {chars!r}", test)
    return character_class(re.escape(chars), f"one of {chars!r}")


def character_class(body: str, description: str | None = None) -> Evidence:
    """A character of the regular expression class ``[body]`` occurs (a class of ranges,
    such as every control character). Exact, and searched without reading the text
    character by character in ``re``: the class's ASCII members are deleted from the
    text's bytes in one ``bytes.translate`` (the length tells whether one was there: in
    UTF-8 an ASCII character is its own byte, and every other byte is 0x80 or more), and
    its other members are searched for among the text's characters outside ASCII alone
    (``non_ascii_runs``, shared by every class tested on the document: a few hundred in
    an article)."""
    pattern = re.compile(f"[{body}]")
    members = bytes(code for code in range(128) if pattern.match(chr(code)))
    search = re.compile(f"(?![\\x00-\\x7f])[{body}]").search  # (not the NULs between runs)

    def test(text: str) -> bool:
        if members:
            data = text.encode("ascii") if text.isascii() else _utf8(text)
            if len(data.translate(None, members)) != len(data):
                return True
        return not text.isascii() and search(non_ascii_runs(text)) is not None

    return Evidence(description or f"a character of [{body}]", test)


def adjacent(first: str, second: str, second_non_ascii: bool = False) -> Evidence:
    """A character of ``first`` immediately followed by one of ``second`` (or, with
    ``second_non_ascii``, by any character outside ASCII as well).

    Tested on the text's UTF-8 bytes, each mapped by one ``bytes.translate`` to its role:
    "F" for a byte that ends the encoding of a character of ``first``, "S" for one that
    starts a character of ``second``, "B" for both, "_" for any other; then the text
    holds the pair only if the mapped bytes hold "FS", "FB", "BS" or "BB". A superset:
    where a character of ``first`` is followed by one of ``second``, its last byte is
    followed by the other's first byte, and these map to one of those pairs (other
    characters that share such a byte may add pairs, never remove one).
    """
    ends = {char.encode("utf-8", "surrogatepass")[-1] for char in first}
    starts = {char.encode("utf-8", "surrogatepass")[0] for char in second}
    if second_non_ascii:
        starts |= set(range(0xC2, 0xF5))  # every lead byte of a character outside ASCII
    table = bytearray(b"_" * 256)
    for byte in ends:
        table[byte] = ord("F")
    for byte in starts:
        table[byte] = ord("B") if byte in ends else ord("S")
    translation = bytes(table)
    roles = {"F": bool(ends - starts), "S": bool(starts - ends), "B": bool(ends & starts)}
    pairs = tuple(f"{one}{two}".encode("ascii") for one in "FB" for two in "SB"
                  if roles[one] and roles[two])

    def test(text: str) -> bool:
        return any(map(_utf8(text).translate(translation).__contains__, pairs))

    extra = " or any non-ASCII character" if second_non_ascii else ""
    return Evidence(f"one of {first!r} followed by one of {second!r}{extra}", test)


def all_of(*parts: Evidence) -> Evidence:
    """Every one of ``parts``: the evidence of a check whose every finding needs each of
    them (two kinds of quotation mark, say, for a finding that compares the two)."""
    if not parts or any(part.in_source != parts[0].in_source for part in parts):
        raise ValueError("all_of() needs parts, all of the text or all of the source")
    tests = tuple(part.test for part in parts)

    def test(text: str) -> bool:
        return all(one(text) for one in tests)

    return Evidence(" and ".join(part.description for part in parts), test, parts[0].in_source)


_ASCII_RUN = re.compile("[\x00-\x7f]+")
_last_non_ascii: tuple[str, str] = ("", "")


def non_ascii_runs(text: str) -> str:
    """``text`` with each run of ASCII characters replaced by one NUL: its characters
    outside ASCII, in order, side by side exactly where they are side by side in the text
    (a few hundred characters in an article; the ASCII runs are few and long, so ``re``
    skips through them). The last text's are kept, as ``_utf8`` does."""
    global _last_non_ascii
    last = _last_non_ascii
    if last[0] is text:
        return last[1]
    rest = _ASCII_RUN.sub("\x00", text)
    _last_non_ascii = (text, rest)
    return rest


_last_encoded: tuple[str, bytes] = ("", b"")


def _utf8(text: str) -> bytes:
    """The text's UTF-8 bytes; a lone surrogate (possible in decoded debris) is encoded
    as its three bytes rather than raising. The last text's bytes are kept: the
    ``adjacent`` tests of one document (several rules) encode it once."""
    global _last_encoded
    last = _last_encoded
    if last[0] is text:
        return last[1]
    data = text.encode("utf-8", "surrogatepass")
    _last_encoded = (text, data)
    return data
