"""URLs, bare domains and e-mail addresses, which punctuation rules must not read as prose."""

from __future__ import annotations

import re

from newslint.formats import PLACEHOLDER
from newslint.text.patterns import caseless

_TLDS = (r"(?:com|org|net|gov|edu|int|mil|info|biz|io|co|uk|cn|de|fr|ru|jp|kr|in|ir|eu|au|ca|us"
         r"|tv|me|ai|news)")
_URL = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.|\bmailto:)[^\s<>\"“”‘’«»]+"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\." + _TLDS + r"\b(?:/[^\s<>\"“”‘’«»]*)?",
    re.IGNORECASE,
)
# Something every URL, domain or address has; the full pattern runs only around it.
# Written as ``(?i)://|www\.|mailto:|@|\.TLD\b`` would be, but starting with a class of
# the five characters a hint can start with, which the regular expression engine skips to
# without trying the pattern at every character (two to three times faster), and with
# letters matched as ``re.IGNORECASE`` matches them (``caseless``).
_URL_HINT = re.compile(
    r"[:@.wWmM](?:(?<=:)//|(?<=@)|(?<=[wW])" + caseless("ww.") + "|(?<=[mM])"
    + caseless("ailto:") + r"|(?<=\.)(?:" + "|".join(caseless(t) for t in _TLDS[3:-1].split("|"))
    + r")\b)")
_TRAILING = ".,;:!?'\"’”»"
# Evidence that a hint may be there, found at a fraction of the hint's cost (most
# articles have no URL at all): every hint has an "@", a colon after "//" or before an
# "o" (mailto:), or a full stop after "ww" (www.) or before a letter a top-level domain
# can start with. Each pattern starts with one literal character, which re finds fastest.
_TLD_INITIALS = "".join(sorted({caseless(tld[0])[1:-1] for tld in _TLDS[3:-1].split("|")}))
_DOT_HINT = re.compile(r"\.(?:[" + _TLD_INITIALS + r"]|(?<=[wW][wW]\.))")
_COLON_HINT = re.compile(r":(?://|(?<=[oO]:))")


def may_have_url(text: str) -> bool:
    """False only where ``url_spans(text)`` is surely empty: no hint of a URL at all."""
    return ("@" in text or (":" in text and _COLON_HINT.search(text) is not None)
            or _DOT_HINT.search(text) is not None)


def url_spans(text: str) -> list[tuple[int, int]]:
    """URLs, bare domains and e-mail addresses, without the punctuation that follows them.

    A closing bracket ends the URL unless the URL opened it ("(see https://x.org/a)" keeps
    its ")" for the prose; ".../Foo_(bar)" keeps its own).
    """
    spans: list[tuple[int, int]] = []
    if not may_have_url(text):
        return spans
    searched_to = 0
    for hint in _URL_HINT.finditer(text):
        if hint.start() < searched_to:
            continue
        chunk_start, chunk_end = _chunk_around(text, hint.start())
        searched_to = chunk_end
        for match in _URL.finditer(text, chunk_start, chunk_end):
            span = _trim_url(text, *match.span())
            if span[1] > span[0]:
                spans.append(span)
    return spans


def _chunk_around(text: str, at: int) -> tuple[int, int]:
    start = at
    while start > 0 and not text[start - 1].isspace() and at - start < 500:
        start -= 1
    end = at
    while end < len(text) and not text[end].isspace() and end - at < 2000:
        end += 1
    return start, end


def _trim_url(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start:
        last = text[end - 1]
        url = text[start:end]
        if last in _TRAILING or last == ")" and url.count(")") > url.count("(") or (
                last == "]" and url.count("]") > url.count("[")):
            end -= 1
        else:
            break
    return start, end


def masked_text(text: str) -> str:
    """``text`` with URLs and e-mail addresses blanked out (same length, same offsets)."""
    spans = url_spans(text)
    if not spans:
        return text
    parts, previous = [], 0
    for start, end in spans:
        parts.append(text[previous:start])
        parts.append(PLACEHOLDER * (end - start))
        previous = end
    parts.append(text[previous:])
    return "".join(parts)

