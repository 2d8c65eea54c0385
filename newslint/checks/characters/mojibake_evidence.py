"""Evidence of mojibake, found without loading ftfy.

The ``mojibake`` rule repairs a line with ftfy, which changes a line only where ftfy's own
heuristic (``ftfy.badness``) sees an unlikely juxtaposition of characters ("Ã©", "â€",
"Ð¿"), a C1 control character or a lone surrogate, and with a strict fallback that starts
at a UTF-8 lead byte shown as Latin-1 ("Ä" before "Ÿ"). Ordinary copy is full of
non-ASCII characters that are not debris ("£5", "café", "…", curly quotes): testing for
them sent most articles through ftfy (and its import, ~60 ms) for nothing.

``has_mojibake_evidence`` is true wherever any of those can apply: for each pattern of
ftfy's heuristic, a pair of adjacent characters that every match of the pattern contains,
so it may say yes more often than ftfy but never says no where ftfy or the fallback would
repair (tests/test_mojibake_evidence.py checks this against ftfy's own expression).
"""

from __future__ import annotations

import re

from newslint.evidence import non_ascii_runs

# Character classes of ftfy 6's heuristic (ftfy.badness.MOJIBAKE_CATEGORIES).
_BAD = ("\u00a4\u00a6\u00a8\u00aa\u00ac\u00af\u00b8\u00ba\u0192\u02c6\u02c7\u02d8\u02db\u02dc"
        "\u2020\u2021\u2030\u2310\u25ca\ufffd")
_LAW = "\u00a7\u00b6"
_CURRENCY = "\u00a2\u00a3\u00a5\u20a7\u20ac"
_START = ("\u00a1\u00a9\u00ab\u00bf\u0384\u0385\u2018\u201a\u201c\u201e\u2022\u2039\uf8ff")
_END = "\u00ae\u00bb\u02dd\u201d\u203a\u2122"
_NUMERIC = ("\u00b1-\u00b3\u00b5\u00b9\u00bc-\u00be\u00d7\u00f7\u2044\u2116\u2202\u2206\u220f"
            "\u2211\u221a\u221e\u2229\u222b\u2248\u2260\u2261\u2264\u2265")
_KAOMOJI = "\u00b0\u00d2-\u00d6\u00d9-\u00dc\u00f2-\u00f6\u00f8-\u00fc\u014c\u0150\u016a\u0172"
_UPPER = ("\u00c0-\u00d1\u00d8\u00dc\u00dd\u0100\u0102\u0104\u0106\u010c\u010e\u0110\u0112"
          "\u0116\u0118\u011a\u011e\u0122\u012a\u0130\u0136\u0139\u013b\u013d\u0141\u0143\u0145"
          "\u0147\u0152\u0158\u015a\u015e\u0160\u0162\u0164\u016e\u0170\u0178\u0179\u017b\u017d"
          "\u0490")
_LOWER = ("\u00df-\u00f1\u00fc\u0101\u0103\u0105\u0107\u010d\u010f\u0111\u0113\u0117\u0119"
          "\u011b\u011f\u0123\u012b\u012f\u0137\u013a\u013c\u013e\u0142\u0153\u0155\u015b\u015f"
          "\u0161\u0165\u017a\u017c\u017e\u0491\ufb01\ufb02")
_GREEK_CYRILLIC = ("\u00de\u0386\u0388-\u038a\u038c\u038e\u038f\u0391-\u03ab\u0401-\u042f"
                   "\u03ac-\u03c9\u0430-\u045f")
_BOX = ("\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c\u2550-\u256c\u2580\u2584\u2588"
        "\u258c\u2590-\u2593")
_COMMON = "\u00a0\u00ad\u00b4\u00b7\u2013-\u2015\u2019\u2026"
_C1 = "\u0080-\u009f"
_SIGNS = _LOWER + _UPPER + _BOX + _START + _END + _CURRENCY + _NUMERIC + _LAW

# One pair per pattern of the heuristic (two adjacent characters every match contains),
# or the pattern itself where it is short.
_PAIRS = [
    f"[{_BAD}{_SIGNS}{_GREEK_CYRILLIC}][{_BAD}]",
    f"[{_BAD}][{_SIGNS}]",
    f"[{_LOWER}{_GREEK_CYRILLIC}{_BOX}{_END}{_CURRENCY}{_NUMERIC}][{_UPPER}]",
    f"[{_BOX}{_END}{_CURRENCY}{_NUMERIC}][{_LOWER}]",
    f"[{_LOWER}{_BOX}{_END}][{_CURRENCY}]",
    f"[{_UPPER}][{_CURRENCY}{_START}]",
    f"[{_UPPER}{_BOX}][{_NUMERIC}{_LAW}]",
    f"[{_LOWER}{_UPPER}{_BOX}{_CURRENCY}{_END}][{_START}]",
    f"[{_LOWER}{_UPPER}{_CURRENCY}{_NUMERIC}{_BOX}{_LAW}][{_END}]",
    f"[{_CURRENCY}{_NUMERIC}{_BOX}][{_START}]",
    f"[{_BOX}][{_KAOMOJI}]",
    f"[{_SIGNS}][{_BOX}]",
    f"[{_BOX}][{_END}]",
    f"[{_LOWER}{_UPPER}][{_START}{_END}]",
    "[\u0152\u0153][^A-Za-z]",
    f"[{_UPPER}]\u00b0",
    f"[\u00c2\u00c3\u00ce\u00d0][\u20ac\u0153\u0160\u0161\u00a2\u00a3\u0178\u017e\u00a0\u00ad"
    f"\u00ae\u00a9\u00b0\u00b7\u00bb{_START}{_END}\u2013\u2014\u00b4]",
    "\u00d7[\u00b2\u00b3]",
    f"[\u00d8\u00d9][{_COMMON}{_CURRENCY}{_BAD}{_NUMERIC}{_START}\u0178\u0160\u00ae\u00b0"
    "\u00b5\u00bb]",
    "\u00e0[\u00b2\u00b5\u00b9\u00bc-\u00be]",
    "\u221a[\u00b1\u2202\u2020\u2260\u00ae\u2122\u00b4\u2264\u2265\u00a5\u00b5\u00f8]",
    "\u2248[\u00b0\u00a2]",
    "\u201a[\u00c4\u00e2\u00f3]",
    "\u0432\u0402",
    f"[\u0412\u0413\u0420\u0421][{_C1}{_BAD}{_START}{_END}{_CURRENCY}\u00b0\u00b5]",
    "\u0413\u045e",
    "\u00c3[\u00a0\u00a1]",
    "[\u00c2\u00c3] ",
    f"\u00c2[{_START}{_END}]",
    "\u03b2\u20ac",
    f"[\u0392\u0393\u039e\u039f][{_C1}{_BAD}{_START}{_END}{_CURRENCY}\u00b0]",
    "\u0101\u20ac",
    f"[{_C1}\ud800-\udfff]",  # C1 controls (ftfy's own first pattern), lone surrogates
]

# Bytes 0x80-0xBF (UTF-8 continuation bytes) as Windows-1252 or Latin-1 shows them.
CONTINUATION = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)
) + "".join(chr(b) for b in range(0x80, 0xA0))
# A UTF-8 lead byte (0xC2-0xF4) shown as Latin-1 followed by one or more continuation bytes:
# where the strict fallback of the mojibake rule starts.
MOJIBAKE_CANDIDATE = re.compile("[\u00c2-\u00f4][" + re.escape(CONTINUATION) + "]{1,3}")

_EVIDENCE = re.compile("|".join([*_PAIRS, MOJIBAKE_CANDIDATE.pattern]))
# Every character a pattern above can start with: one class, tested fast at each position,
# and the alternation tried only where it matches (searching with the alternation itself
# costs ten times more).
FIRST_CHARACTERS = (
    f"{_BAD}{_SIGNS}{_GREEK_CYRILLIC}\u0152\u0153\u00c2-\u00f4\u00d8\u00d9\u00e0\u221a"
    f"\u2248\u201a\u0432\u0412\u0413\u0420\u0421\u03b2\u0392\u0393\u039e\u039f"
    f"\u0101{_C1}\ud800-\udfff")
_FIRST = re.compile(f"[{FIRST_CHARACTERS}]")


# The first characters of the patterns above whose second character may be ASCII ("Œ"
# before a non-letter, "Â" before a space): every other match is all outside ASCII
# (tests/test_engine_speed.py checks this for every first character).
ASCII_SECOND = "\u0152\u0153\u00c2\u00c3"


def has_mojibake_evidence(text: str) -> bool:
    """Whether ``text`` holds anything ftfy (as the mojibake rule configures it) or the
    strict fallback could repair. ASCII text never does. Without a first character of
    ``ASCII_SECOND``, every match is a run of characters outside ASCII, so the patterns
    are tried on those runs alone (``non_ascii_runs``: the ASCII between them one NUL,
    which no other pattern holds) rather than searched for along the whole text."""
    if text.isascii():
        return False
    runs = non_ascii_runs(text)
    if not any(map(runs.__contains__, ASCII_SECOND)):
        text = runs
    match = _EVIDENCE.match
    return any(match(text, first.start()) for first in _FIRST.finditer(text))
