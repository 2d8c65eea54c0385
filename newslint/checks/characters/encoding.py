"""``encoding``: characters that are debris of a broken text pipeline, not of writing.

Copy that passes through a translation system, a CMS and a few exports picks up
characters no writer typed. Each mode looks for one kind:

- ``mojibake``: UTF-8 read back in a legacy code page ("CafÃ©", "Iranâ€™s",
  "Ð¿Ñ€Ð¸Ð²ÐµÑ‚"). ftfy finds and repairs it; the repair is the suggestion. Where ftfy
  declines because a short sequence is plausible Latin-1 in general text ("ErdoÄŸan"), a
  strict fallback accepts a repair only if the run re-decodes as valid UTF-8 into Latin
  letters or common punctuation, which real English copy never spells with "ÄŸ".
- ``replacement-char``: U+FFFD, the mark a decoder leaves where a byte was lost.
- ``control-char``: C0/C1 control characters (other than tab and line breaks) and ANSI
  terminal escapes. C1 controls that ftfy repairs as mojibake are left to that rule.
- ``invisible``: zero-width and bidirectional-control characters (and soft hyphens
  outside HTML) touching Latin letters or digits: invisible to an editor, they break
  search, spell checking and allow-lists. Joiners inside emoji and marks next to
  right-to-left script are left alone, as that is where they belong.
- ``nbsp``: a no-break space between two letters of which the second is lower-case
  ("govern\u00a0ment", "Buda\u00a0pest"): a split word or a space that search misses.
  No-break spaces after "Mr." or between a number and its unit are good typography.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any, ClassVar

from newslint.check import CheckContext, Match, ModeCheck, Param
from newslint.checks.characters.mojibake_evidence import (
    FIRST_CHARACTERS,
    MOJIBAKE_CANDIDATE,
    has_mojibake_evidence,
)
from newslint.document import Document
from newslint.evidence import Evidence, character_class, characters

MODES = ("mojibake", "replacement-char", "control-char", "invisible", "nbsp")

_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x80-\x9f]")
_REPLACEMENT = re.compile("\ufffd+")
_INVISIBLE_CHARS = (
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u00ad"
    "\u180e\u2061-\u2064\u034f"
)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE_CHARS}]+")
_NO_BREAK_SPACE = re.compile("[\u00a0\u202f\u2007]")
# Every character the replacement-char, control-char, invisible and nbsp modes start
# from (an ANSI escape starts with one too): one scan of an article tells all four that
# there is nothing to find, as in almost all copy.
_SPECIAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\u00a0\u202f\u2007"
                      + _INVISIBLE_CHARS + "]")


def has_special_characters(document: Document) -> bool:
    """Whether the text has a character the encoding modes other than mojibake look for,
    found once per document for all of them."""
    return document.memo("encoding.special", lambda: _has_special(document.text))


# The ASCII characters of _SPECIAL: in ASCII text, bytes.translate deletes them in one
# pass over a table, several times faster than a search for a class of characters.
_ASCII_SPECIAL = bytes([*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f])


def _has_special(text: str) -> bool:
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _ASCII_SPECIAL)) != len(data)
    return _SPECIAL.search(text) is not None

_MOJIBAKE_CANDIDATE = MOJIBAKE_CANDIDATE


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def expand_to_word(text: str, start: int, end: int,
                   extra: Callable[[str], object] = lambda _c: False) -> tuple[int, int]:
    """Grow ``[start, end)`` over the letters, digits and marks around it (and ``extra``)."""
    while start > 0 and (_is_word_char(text[start - 1]) or extra(text[start - 1])):
        start -= 1
    while end < len(text) and (_is_word_char(text[end]) or extra(text[end])):
        end += 1
    return start, end


def char_label(char: str) -> str:
    """'ZERO WIDTH SPACE (U+200B)': how a message names a character nobody can see."""
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(char, "control character")
    return f"{name} (U+{ord(char):04X})"


_CONTROL_NAMES = {"\x00": "NULL", "\x07": "BELL", "\x08": "BACKSPACE", "\x0b": "LINE TABULATION",
                  "\x0c": "FORM FEED", "\x1b": "ESCAPE", "\x7f": "DELETE",
                  "\x85": "NEXT LINE", "\xa0": "NO-BREAK SPACE"}


# -- mojibake repair -----------------------------------------------------------------------

class MojibakeRepairer:
    """ftfy limited to encoding repairs: it must not restyle text that is merely unusual.

    ftfy by default also straightens curly quotes, widens or narrows characters, unescapes
    HTML and normalises Unicode; none of that is mojibake, and straight quotes would then
    clash with the article's curly ones. Those fixes are switched off here.
    """

    def __init__(self) -> None:
        import ftfy  # imported on first need: most copy never needs it, and it is slow to load

        self._fix = ftfy.fix_text
        self._config = ftfy.TextFixerConfig(
            unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
            fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
            remove_control_chars=False, normalization=None, explain=False,
        )

    def repair(self, text: str) -> str:
        return self._fix(text, self._config)

    def regions(self, text: str) -> Iterator[tuple[int, int, str]]:
        """``(start, end, repaired)`` for each stretch of ``text`` that is mojibake."""
        if not may_be_mojibake(text):
            return
        for line_start, line_end in _lines(text):
            line = text[line_start:line_end]
            if not may_be_mojibake(line):
                continue
            fixed = self.repair(line)
            found = list(_diff_regions(line, fixed)) if fixed != line else []
            for strict in _strict_regions(line):
                if not any(strict[0] < end and start < strict[1] for start, end, _r in found):
                    found.append(strict)
            for start, end, repaired in sorted(found):
                yield line_start + start, line_start + end, repaired


@lru_cache(maxsize=1)
def mojibake_repairer() -> MojibakeRepairer:
    return MojibakeRepairer()


def mojibake_regions(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, repaired)`` of the mojibake in ``text``; ftfy is loaded only if needed."""
    return list(mojibake_repairer().regions(text)) if may_be_mojibake(text) else []


def document_mojibake(document: Document) -> list[tuple[int, int, str]]:
    """``mojibake_regions`` of the document's text, computed once for all the rules that
    need them (mojibake, control characters, the punctuation rules)."""
    return document.memo("encoding.mojibake", lambda: mojibake_regions(document.text))


def may_be_mojibake(text: str) -> bool:
    """A cheap test before ftfy: only where there is evidence of mojibake (see
    mojibake_evidence.py), never for ordinary "£", "é" or "…", is ftfy loaded and run."""
    return has_mojibake_evidence(text)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _diff_regions(line: str, fixed: str) -> Iterator[tuple[int, int, str]]:
    """The changed stretches of ``line``, grown to whole space-delimited chunks, repaired.

    Chunks rather than words, because mojibake eats the punctuation and signs around
    words too ("25Â°C", "Â«ÐšÐ¾...Â»"). Neighbouring repaired chunks separated only by
    spaces are one finding ("Nguyá»…n XuÃ¢n PhÃºc"): ftfy judges a name as a whole, and
    an editor fixes it as a whole.
    """
    opcodes = _opcodes(line, fixed)
    regions: list[list[int]] = []
    for tag, i1, i2, _j1, _j2 in opcodes:
        if tag == "equal":
            continue
        start, end = _chunk(line, i1, i2)
        if regions and line[regions[-1][1]:start].strip(" \t") == "":
            regions[-1][1] = max(regions[-1][1], end)
        else:
            regions.append([start, end])
    for start, end in regions:
        yield start, end, fixed[_map_offset(opcodes, start):_map_offset(opcodes, end)]


_TOKEN = re.compile(r"[ \t]+|[^ \t]+")
Opcode = tuple[str, int, int, int, int]


def _opcodes(line: str, fixed: str) -> list[Opcode]:
    """Character opcodes (as difflib's) from aligning space-delimited tokens, in linear time.

    A repair changes characters within chunks, so the tokens pair one to one; only when
    the repair changed the spacing are they aligned by difflib, on tokens (not characters:
    difflib on a whole line of debris takes minutes).
    """
    old, new = _TOKEN.findall(line), _TOKEN.findall(fixed)
    same_shape = len(old) == len(new) and all(
        (a[0] in " \t") == (b[0] in " \t") for a, b in zip(old, new, strict=True))
    if same_shape:
        pairs: list[Opcode] = [("equal" if a == b else "replace", i, i + 1, i, i + 1)
                               for i, (a, b) in enumerate(zip(old, new, strict=True))]
    else:
        import difflib  # only for a line ftfy repaired with its spacing changed

        pairs = list(difflib.SequenceMatcher(None, old, new).get_opcodes())
    old_at, new_at = _starts(old), _starts(new)
    result: list[Opcode] = []
    for tag, t1, t2, u1, u2 in pairs:
        i1, i2, j1, j2 = old_at[t1], old_at[t2], new_at[u1], new_at[u2]
        if tag == "equal":
            _append(result, "equal", i1, i2, j1, j2)
            continue
        prefix = _common_prefix(line, i1, i2, fixed, j1, j2)
        suffix = _common_prefix(line[i1 + prefix:i2][::-1], 0, i2 - i1 - prefix,
                                fixed[j1 + prefix:j2][::-1], 0, j2 - j1 - prefix)
        _append(result, "equal", i1, i1 + prefix, j1, j1 + prefix)
        _append(result, tag, i1 + prefix, i2 - suffix, j1 + prefix, j2 - suffix)
        _append(result, "equal", i2 - suffix, i2, j2 - suffix, j2)
    return result


def _starts(tokens: list[str]) -> list[int]:
    """The offset where each token starts, and the total length at the end."""
    offsets, at = [], 0
    for token in tokens:
        offsets.append(at)
        at += len(token)
    offsets.append(at)
    return offsets


def _common_prefix(a: str, a1: int, a2: int, b: str, b1: int, b2: int) -> int:
    length = 0
    while a1 + length < a2 and b1 + length < b2 and a[a1 + length] == b[b1 + length]:
        length += 1
    return length


def _append(opcodes: list[Opcode], tag: str, i1: int, i2: int, j1: int, j2: int) -> None:
    """Add an opcode, merging it into the previous one of the same kind; skip empty ones."""
    if i1 == i2 and j1 == j2:
        return
    if tag != "equal" and i1 == i2:
        tag = "insert"
    elif tag != "equal" and j1 == j2:
        tag = "delete"
    elif tag != "equal":
        tag = "replace"
    if opcodes and opcodes[-1][0] == tag and opcodes[-1][2] == i1 and opcodes[-1][4] == j1:
        opcodes[-1] = (tag, opcodes[-1][1], i2, opcodes[-1][3], j2)
    else:
        opcodes.append((tag, i1, i2, j1, j2))


_CHUNK_EDGE = ".,;:!?()[]\"'"


def _chunk(line: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` grown to the surrounding non-space text, minus edge punctuation."""
    chunk_start, chunk_end = start, max(end, start + 1)
    while chunk_start > 0 and line[chunk_start - 1] not in " \t":
        chunk_start -= 1
    while chunk_end < len(line) and line[chunk_end] not in " \t":
        chunk_end += 1
    while chunk_start < start and line[chunk_start] in _CHUNK_EDGE:
        chunk_start += 1
    while chunk_end > end and line[chunk_end - 1] in _CHUNK_EDGE:
        chunk_end -= 1
    return chunk_start, chunk_end


def _map_offset(opcodes: list[Opcode], offset: int) -> int:
    """Where offset ``offset`` of the original lands in the repaired text."""
    for tag, i1, i2, j1, _j2 in opcodes:
        if i1 <= offset < i2 or offset == i2 == i1:
            return j1 + (offset - i1) if tag == "equal" else j1
    return opcodes[-1][4] if opcodes else offset


def _strict_regions(line: str) -> Iterator[tuple[int, int, str]]:
    """Mojibake ftfy leaves alone, accepted only where the repair is unambiguous."""
    previous_end = -1
    for match in _MOJIBAKE_CANDIDATE.finditer(line):
        start, end = expand_to_word(line, match.start(), match.end())
        if start < previous_end:
            continue
        word = line[start:end]
        repaired = _redecode_word(word)
        if repaired is not None:
            previous_end = end
            yield start, end, repaired


def _redecode_word(word: str) -> str | None:
    """``word`` with each run of non-ASCII characters re-decoded as UTF-8, if all succeed."""
    parts = re.split(r"([\u0080-\u02ff\u2013-\u203a\u20ac\u2122]+)", word)
    changed = False
    for index in range(1, len(parts), 2):
        decoded = _redecode_run(parts[index])
        if decoded is None:
            if _MOJIBAKE_CANDIDATE.search(parts[index]):
                return None
            continue
        parts[index] = decoded
        changed = True
    return "".join(parts) if changed else None


def _redecode_run(run: str) -> str | None:
    try:
        raw = run.encode("cp1252")
    except UnicodeEncodeError:
        try:
            raw = bytes(ord(char) for char in run) if max(map(ord, run)) < 256 else b""
        except ValueError:
            return None
    if not raw:
        return None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return decoded if all(_plausible_latin(char) for char in decoded) else None


def _plausible_latin(char: str) -> bool:
    """Latin letters and the punctuation and signs that UTF-8 mojibake typically hides."""
    code = ord(char)
    return (0x00A0 <= code <= 0x024F and unicodedata.category(char)[0] in "LSP"
            or 0x1E00 <= code <= 0x1EFF or 0x2013 <= code <= 0x2026
            or 0x20A0 <= code <= 0x20BF or code == 0x2122)


# -- evidence (newslint.evidence): a character every finding of a mode starts from ---------

_CONTROL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
EVIDENCE: dict[str, Evidence] = {
    # document_mojibake finds nothing without has_mojibake_evidence, which tries its
    # patterns only where one of their first characters is
    "mojibake": character_class(FIRST_CHARACTERS, "a first character of mojibake"),
    # every finding is a _REPLACEMENT, _CONTROL (its escape starts with \x1b, a control
    # character), _INVISIBLE_RUN or _NO_BREAK_SPACE match
    "replacement-char": characters("\ufffd"),
    "control-char": character_class(_CONTROL_CHARS, "a control character"),
    "invisible": character_class(_INVISIBLE_CHARS, "an invisible character"),
    "nbsp": characters("\u00a0\u202f\u2007"),
}


# -- the check -----------------------------------------------------------------------------

class EncodingCheck(ModeCheck):
    parameters = {
        "mode": Param("string", required=True, choices=MODES,
                      help="mojibake | replacement-char | control-char | invisible | nbsp"),
    }
    default_message = "'{found}' contains {what}"

    def __init__(self, params: Mapping[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self.evidence = EVIDENCE[self.mode]

    def run(self, document: Document) -> Iterator[Match]:
        if self.mode != "mojibake" and not has_special_characters(document):
            return iter(())
        return self.BY_MODE[self.mode](self, document)

    def _mojibake(self, document: Document) -> Iterator[Match]:
        for start, end, repaired in document_mojibake(document):
            yield Match(start, end, {"what": "mojibake", "repaired": repaired},
                        suggestions=(repaired,))

    def _replacement(self, document: Document) -> Iterator[Match]:
        text = document.text
        previous_end = -1
        for match in _REPLACEMENT.finditer(text):
            start, end = expand_to_word(text, match.start(), match.end(), lambda c: c == "\ufffd")
            if start >= previous_end:
                previous_end = end
                yield Match(start, end, {"what": "a replacement character (U+FFFD)"})

    def _controls(self, document: Document) -> Iterator[Match]:
        text = document.text
        mojibake = document_mojibake(document) if _C1.search(text) else []
        previous_end = -1
        for match in _CONTROL.finditer(text):
            if match.start() < previous_end:
                continue
            char = match.group()[0]
            if len(match.group()) > 1 or char.isspace():
                # an ANSI escape sequence, or a vertical tab or form feed that separates
                # words: report it alone; what should replace it is the editor's call
                start, end = match.span()
                suggestions: tuple[str, ...] = ()
            else:
                start, end = expand_to_word(text, *match.span(), _CONTROL_CHAR)
                word = text[start:end]
                if _C1.match(char) and any(s <= match.start() < e for s, e, _r in mojibake):
                    previous_end = end
                    continue  # part of mojibake, which that rule reports with its repair
                kept = _CONTROL_CHAR_RUN.sub("", word)
                suggestions = (kept,) if kept else ()
            previous_end = end
            yield Match(start, end, {"what": f"the control character {char_label(char)}"},
                        suggestions=suggestions)

    def _invisible(self, document: Document) -> Iterator[Match]:
        text = document.text
        previous_end = -1
        for run in _INVISIBLE_RUN.finditer(text):  # a run at once: linear however long
            if run.start() < previous_end or not _touches_latin(text, run.start(), run.end()):
                continue
            at = next((i for i in range(run.start(), run.end())
                       if text[i] != "\u00ad" or document.kind != "html"), None)
            if at is None:
                continue  # &shy; is a deliberate hyphenation hint in HTML
            start, end = expand_to_word(text, at, at + 1, _INVISIBLE.match)
            previous_end = end
            word = text[start:end]
            kept = _INVISIBLE.sub("", word)
            yield Match(start, end, {"what": f"an invisible {char_label(text[at])}"},
                        suggestions=(kept,) if kept and kept != word else ())

    def _no_break_spaces(self, document: Document) -> Iterator[Match]:
        text = document.text
        for match in _NO_BREAK_SPACE.finditer(text):
            at = match.start()
            if not (0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].islower()):
                continue
            if _looks_like_mojibake_byte(text[at - 1]):
                continue  # "Â\u00a0" is mojibake of a no-break space: that rule reports it
            start, end = expand_to_word(text, at, at + 1)
            yield Match(start, end, {"what": f"a {char_label(text[at])}"})

    # mode → method: the rule's ``mode`` chooses one
    BY_MODE: ClassVar[dict[str, Callable[[EncodingCheck, Document], Iterator[Match]]]] = {
        "mojibake": _mojibake,
        "replacement-char": _replacement,
        "control-char": _controls,
        "invisible": _invisible,
        "nbsp": _no_break_spaces,
    }


_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]").match
_CONTROL_CHAR_RUN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")


def _looks_like_mojibake_byte(char: str) -> bool:
    """"Â" or "Ã" before a no-break space: U+00A0 or "à" read in the wrong code page."""
    return char in "\u00c2\u00c3"


def _touches_latin(text: str, start: int, end: int) -> bool:
    """Whether the run of invisible characters ``[start, end)`` sits against a Latin
    letter or a digit."""
    return (start > 0 and _is_latin_alnum(text[start - 1])) or (
        end < len(text) and _is_latin_alnum(text[end]))


def _is_latin_alnum(char: str) -> bool:
    if char.isdigit() and char.isascii():
        return True
    return char.isalpha() and (char.isascii() or "LATIN" in unicodedata.name(char, ""))
