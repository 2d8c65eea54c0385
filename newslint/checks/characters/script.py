"""``script``: letters of a writing system the copy's language does not use.

Machine translation leaves source-language text behind: a Chinese newspaper name, a
Russian verb phrase, an Arabic place name, a Cyrillic look-alike letter inside a Latin
word ("Кyiv"). For English copy any letter outside the Latin script is suspect; the
setting ``allowed_scripts`` makes the same check serve another target language.

One finding per run: consecutive foreign letters joined by spaces, hyphens or
apostrophes form one run ("вернуться к переговорам"), and a run inside a word that also
has allowed letters grows to the whole word. Left alone:

- single letters of ``symbol_scripts`` (Greek by default: "β-blockers", "2.5 μm");
- what ``allow`` lists (and the user's vocabulary): names the newsroom keeps in the
  original script;
- with ``allow_quoted``, a run that is the whole content of a quotation or guillemets,
  i.e. a quoted foreign-language title ("«Новая газета» (Novaya Gazeta)").

Scripts are identified from Unicode character names ("CYRILLIC SMALL LETTER A"), which
covers every script Python knows without a table to maintain.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError
from newslint.document import Document
from newslint.evidence import character_class

# Name prefixes of letters that belong to no particular script (letterlike symbols).
_COMMON_PREFIXES = frozenset(
    """MODIFIER MATHEMATICAL DOUBLE-STRUCK SCRIPT BLACK-LETTER SUPERSCRIPT SUBSCRIPT PLANCK
    TURNED CARON EULER OHM KELVIN ANGSTROM ALEF BET GIMEL DALET INFORMATION ROMAN MICRO
    VERTICAL""".split()
)
_SCRIPT_ALIASES = {
    "CJK": "Han", "IDEOGRAPHIC": "Han", "KATAKANA-HIRAGANA": "Katakana", "HENTAIGANA": "Hiragana",
    "MASU": "Katakana", "FEMININE": "Latin", "MASCULINE": "Latin", "COPTIC": "Coptic",
}
_TWO_WORD_SCRIPTS = frozenset("OLD NEW TAI OL INSCRIPTIONAL IMPERIAL CAUCASIAN".split())
# Characters that join the words of one foreign run (besides spaces): hyphens,
# apostrophes, middle dots (Japanese and Chinese name separators), joiners.
_JOINERS = frozenset("-'’‐·・\u200b\u200c\u200d\u2060")  # zero-width space and word joiner too
# CJK and fullwidth punctuation around a CJK run belongs to it ("《人民日报》").
_CJK_PUNCTUATION = re.compile("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
_OPENING_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "“", "‘": "’", "'": "'", "‹": "›"}
# Cyrillic and Greek capitals and small letters that look exactly like Latin ones.
_HOMOGLYPHS = str.maketrans(
    "АВЕКМНОРСТУХаеорсухіјѕԁԛԝӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧονΙ",
    "ABEKMHOPCTYXaeopcyxijsdqwlABEZHIKMNOPTYXovI",
)
# Fast path for Latin copy: everything below is Latin, Common or Inherited script.
_NOT_LATIN = re.compile("[^\x00-\u02af\u0300-\u036f\u1e00-\u1eff\u2000-\u2bff\ufb00-\ufb06"
                        "\ufe00-\ufe0f\ufffc\ufffd]")
_LETTER = re.compile(r"[^\W\d_]")
_NOT_LATIN_EVIDENCE = character_class(_NOT_LATIN.pattern[1:-1], "a letter outside Latin")


@lru_cache(maxsize=4096)
def script_of(char: str) -> str:
    """The script of a letter or mark ("Latin", "Cyrillic", "Han" ...); "Common" for others."""
    category = unicodedata.category(char)
    if category[0] not in "LM":
        return "Common"
    if category[0] == "M":
        return "Inherited"
    words = unicodedata.name(char, "").split()
    if not words:
        return "Unknown"
    if words[0] in ("FULLWIDTH", "HALFWIDTH") and len(words) > 1:
        words = words[1:]
    first = words[0]
    if first in _SCRIPT_ALIASES:
        return _SCRIPT_ALIASES[first]
    if first in _COMMON_PREFIXES:
        return "Common"
    if first in _TWO_WORD_SCRIPTS and len(words) > 1:
        return f"{first.title()} {words[1].title()}"
    return first.title()


class ScriptCheck(Check):
    parameters = {
        "allowed_scripts": Param("strings", default=("Latin",),
                                 help="scripts the copy's language is written in"),
        "symbol_scripts": Param("strings", default=("Greek",),
                                help="scripts whose single letters are symbols (β, μ, π)"),
        "allow": Param("strings", default=(),
                       help="words and names accepted in their original script"),
        "allow_quoted": Param("bool", default=True,
                              help="accept a run that is the whole content of a quotation "
                                   "(a quoted foreign-language title)"),
    }
    default_message = "'{found}' is in {script} script: untranslated text?"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self._allowed = {s.lower() for s in params["allowed_scripts"]} | {"common", "inherited"}
        if not params["allowed_scripts"]:
            raise ParameterError("'allowed_scripts' must name at least one script",
                                 key="allowed_scripts")
        self._symbols = {s.lower() for s in params["symbol_scripts"]}
        self._allow = frozenset(params["allow"])
        self._candidates = _NOT_LATIN if self._allowed >= {"latin"} else _LETTER
        if self._candidates is _NOT_LATIN:
            # every run starts at a _NOT_LATIN character (_runs), which ASCII has none of
            self.evidence = _NOT_LATIN_EVIDENCE

    def run(self, document: Document) -> Iterator[Match]:
        text = document.text
        if self._candidates is _NOT_LATIN and text.isascii():
            return  # every ASCII character is Latin or common: no candidate at all
        for start, end, scripts in self._runs(text):
            if self._accepted(text, start, end, scripts):
                continue
            found = text[start:end]
            foreign = [s for s in scripts if s.lower() not in self._allowed]
            names = " and ".join(dict.fromkeys(_display(s) for s in foreign))
            values = {"script": names}
            mixed = any(s.lower() in self._allowed and s not in ("Common", "Inherited")
                        for s in scripts)
            lookalike = found.translate(_HOMOGLYPHS)
            if mixed and _is_all_allowed(lookalike, self._allowed):
                message = (f"'{found}' mixes {names} look-alike letters into a Latin word: "
                           f"it should read '{lookalike}'")
                yield Match(start, end, values, suggestions=(lookalike,), message=message)
            else:
                yield Match(start, end, values)

    def _is_foreign(self, char: str) -> bool:
        return char.isalpha() and script_of(char).lower() not in self._allowed

    def _runs(self, text: str) -> Iterator[tuple[int, int, list[str]]]:
        """Runs of foreign letters, joined over spaces and joiners, grown to whole words."""
        position = 0
        for candidate in self._candidates.finditer(text):
            at = candidate.start()
            if at < position or not self._is_foreign(text[at]):
                continue
            end = self._run_end(text, at)
            start, end = _grow_to_words(text, at, end)
            start, end = _take_cjk_punctuation(text, start, end)
            position = end
            yield start, end, _scripts(text[start:end])

    def _run_end(self, text: str, at: int) -> int:
        end = at + 1
        scan = end
        while scan < len(text):
            char = text[scan]
            if self._is_foreign(char) or unicodedata.category(char)[0] == "M":
                scan += 1
                end = scan
            elif char in " \t" or char in _JOINERS or _CJK_PUNCTUATION.match(char):
                if scan - end >= 3:
                    break
                scan += 1
            else:
                break
        return end

    def _accepted(self, text: str, start: int, end: int, scripts: list[str]) -> bool:
        found = text[start:end]
        if found in self._allow or any(part in self._allow for part in found.split()):
            return True
        foreign = [c for c in found if self._is_foreign(c)]
        if len(foreign) == 1 and script_of(foreign[0]).lower() in self._symbols:
            return True
        return self.params["allow_quoted"] and _is_whole_quotation(text, start, end)


def _scripts(found: str) -> list[str]:
    return list(dict.fromkeys(script_of(c) for c in found if c.isalpha()))


def _is_all_allowed(word: str, allowed: set[str]) -> bool:
    return all(script_of(c).lower() in allowed for c in word if c.isalpha())


def _grow_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and _word_char(text[start - 1]):
        start -= 1
    while end < len(text) and _word_char(text[end]):
        end += 1
    return start, end


def _word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char)[0] == "M"


def _take_cjk_punctuation(text: str, start: int, end: int) -> tuple[int, int]:
    """Include CJK brackets and stops that hug the run: they are part of the fragment."""
    if not any(script_of(c) in ("Han", "Hiragana", "Katakana", "Hangul") for c in text[start:end]):
        return start, end
    while start > 0 and _CJK_PUNCTUATION.match(text[start - 1]):
        start -= 1
    while end < len(text) and _CJK_PUNCTUATION.match(text[end]):
        end += 1
    return start, end


def _is_whole_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all there is between a pair of quotation marks."""
    before = start - 1
    while before >= 0 and text[before] in " \u00a0":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \u00a0":
        after += 1
    if before < 0 or after >= len(text):
        return False
    closing = _OPENING_QUOTES.get(text[before])
    return closing is not None and text[after] == closing


def _display(script: str) -> str:
    return {"Han": "Chinese (Han)", "Hiragana": "Japanese (Hiragana)",
            "Katakana": "Japanese (Katakana)", "Hangul": "Korean (Hangul)"}.get(script, script)
