"""The ``punctuation`` check: one class, one mode per rule (see the package docstring)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar

from newslint.check import CheckContext, Match, ModeCheck, Param
from newslint.checks.characters.encoding import document_mojibake
from newslint.checks.punctuation.balance import (
    QuoteAnalysis,
    QuotePair,
    analyse_quotes,
    single_openers,
    units,
    units_with_marks,
    unmatched_brackets,
    unmatched_single_openers,
)
from newslint.document import Document
from newslint.evidence import (
    ASCII_LETTERS,
    Evidence,
    adjacent,
    all_of,
    character_class,
    characters,
)
from newslint.records import NamedTuple
from newslint.text.segmentation import ABBREVIATIONS, mark_positions
from newslint.text.urls import masked_text

MODES = (
    "unbalanced-quotes", "unbalanced-brackets", "space-before-punctuation",
    "doubled-punctuation", "missing-space-after-punctuation", "quote-punctuation-placement",
    "mixed-quote-style", "cjk-punctuation",
)
# -- per-document analysis, shared by every punctuation rule ---------------------------------

class Analysis(NamedTuple):
    masked: str
    units: list[tuple[int, int]]
    quotes: QuoteAnalysis
    mojibake: list[tuple[int, int]]  # repaired by the mojibake rule; nothing to add here


def analyse(document: Document) -> Analysis:
    return document.memo("punctuation.analysis", lambda: _analysis(document))


def _analysis(document: Document) -> Analysis:
    masked = masked_text(document.text)
    unit_spans = units(document)
    mojibake = [(start, end) for start, end, _repair in document_mojibake(document)]
    return Analysis(masked, unit_spans, analyse_quotes(masked, unit_spans), mojibake)


# -- regular expressions of the local checks -----------------------------------------------

# Each pattern starts with a class of characters, which re skips to without trying the
# pattern at every character; what a look-behind at the start would test is tested
# after that first character instead (``(?<=a)b`` written ``b(?<=ab)``), which matches
# the same text. (The tests check each against its plain form.)
_SPACE_BEFORE = re.compile(
    r"[ \t\u00a0\u202f](?<=\S[ \t\u00a0\u202f])[ \t\u00a0\u202f]*(?:[,;:!?]+|\.(?![.\w]))")
# A mark right after a space, as every _SPACE_BEFORE match ends: found from the mark, a
# character far rarer than a space, it tells most articles that there is no match.
_MARK_AFTER_SPACE = re.compile(r"[,;:!?.](?<=[ \t\u00a0\u202f][,;:!?.])(?:(?<=[,;:!?])|(?![.\w]))")
_EMOTICON_AFTER = re.compile(r"[:;](?:'?[()\[\]DPp<>]|-|&lt;|&gt;)")  # ":-(", ";)"
_MARK_RUN = re.compile(r"[,;:.][,;:.]+")  # two or more
_WORD_BEFORE = re.compile(r"[\w.’'&-]*\Z")
_GLUED_MARK = re.compile(r"[.?!,;:](?<=[\w)\]\"”’%][.?!,;:])(?=[^\W\d_])")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_ENTITY = re.compile(r"&#?\w+\Z")
_CJK_MARKS = re.compile(
    "[\u3000-\u3004\u3008-\u3011\u3014-\u301f\u3030\u303d\uff01-\uff0f\uff1a-\uff20"
    "\uff3b-\uff40\uff5b-\uff65\ufe10-\ufe19\ufe30-\ufe4f]"
)
_CJK_ASCII = {"。": ".", "、": ",", "｡": ".", "､": ",", "「": "“", "」": "”", "『": "‘", "』": "’",
              "《": "“", "》": "”", "〈": "‘", "〉": "’", "【": "[", "】": "]", "〔": "[",
              "〕": "]", "\u3000": " ", "・": "·", "･": "·"}
# Abbreviations after which a full stop may be followed by , ; or : ("Inc.,", "Calif.,").
_MORE_ABBREVIATIONS = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss
    mo mont neb nev okla ore pa tenn tex vt va wash wis wyo bros assn ave blvd rd hwy pl sq
    mfg intl natl govt yr yrs mos hrs min mins sec secs oz lb lbs ft in mi km kg pp vol vols
    ed eds trans esq hon messrs mmes mme mlle ph phd""".split()
)


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (the text before a full stop, without it) is an abbreviation."""
    bare = word.strip(".'’").lower()
    if not bare:
        return False
    return (bare in ABBREVIATIONS or bare in _MORE_ABBREVIATIONS or "." in bare
            or len(bare) == 1 and bare.isalpha())


# -- evidence (newslint.evidence): what each mode's every finding needs in the text ---------
# Each is a superset condition on ``Document.text``: the modes read the masked text, which
# is the text with URLs replaced by placeholders (no mark, space or letter), so characters
# side by side in the masked text are side by side in the text too.

_DOUBLE_QUOTE_MARKS = "\"“”„«»"
EVIDENCE: dict[str, Evidence] = {
    # a finding is an unmatched double mark or an unmatched single opener ‘ or '
    "unbalanced-quotes": characters(_DOUBLE_QUOTE_MARKS + "‘'"),
    # a finding is an unmatched bracket
    "unbalanced-brackets": characters("()[]{}"),
    # the mode returns when _MARK_AFTER_SPACE (a mark right after such a space) finds none
    "space-before-punctuation": adjacent(" \t\u00a0\u202f", ",;:!?."),
    # every finding is a _MARK_RUN match: two of these marks side by side
    "doubled-punctuation": adjacent(",;:.", ",;:."),
    # every finding is a _GLUED_MARK match: a mark followed by a letter ([^\W\d_]: an
    # ASCII letter, or a character outside ASCII)
    "missing-space-after-punctuation": adjacent(".?!,;:", ASCII_LETTERS, second_non_ascii=True),
    # the mode returns when the article has no quotation, and quotations are paired
    # double marks. (Sharper, a comma or full stop both before and after a closing mark,
    # lets through a quarter of the articles but costs more than it saves.)
    "quote-punctuation-placement": characters(_DOUBLE_QUOTE_MARKS),
    # a finding is a quotation of the minority style or a mixed one, reported only where
    # the article has both: a straight double quote and a curly or low one (quotations
    # opened by « are left out)
    "mixed-quote-style": all_of(characters("\""), characters("“”„")),
    # every finding is a _CJK_MARKS match
    "cjk-punctuation": character_class(_CJK_MARKS.pattern[1:-1], "a CJK punctuation mark"),
}


# -- the check -----------------------------------------------------------------------------

class PunctuationCheck(ModeCheck):
    parameters = {
        "mode": Param("string", required=True, choices=MODES, help=", ".join(MODES)),
        "min_majority": Param("int", default=2,
                              help="consistency modes: fewest uses of the majority form "
                                   "before the minority is reported"),
    }

    def __init__(self, params: Mapping[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self.evidence = EVIDENCE[self.mode]

    def run(self, document: Document) -> Iterator[Match]:
        analysis = analyse(document)
        found = self.BY_MODE[self.mode](self, document, analysis)
        if not analysis.mojibake:
            return found  # (most articles: nothing to leave to the mojibake rule)
        return (match for match in found if not any(
            start < match.end and match.start < end for start, end in analysis.mojibake))

    # -- balance ---------------------------------------------------------------------------
    def _unbalanced_quotes(self, document: Document, analysis: Analysis) -> Iterator[Match]:
        text = analysis.masked
        found = list(analysis.quotes.unmatched)
        singles = single_openers(text)  # (a unit without an opener has nothing to report)
        for index, start, end in units_with_marks(analysis.units, singles):
            openers = unmatched_single_openers(text, start, end, singles)
            following = analysis.units[index + 1] if index + 1 < len(analysis.units) else None
            if openers and following and text[following[0]] in "‘'":
                openers = openers[:-1]  # the last quote continues in the next paragraph
            found.extend(openers)
        for at in sorted(set(found)):
            problem = ("this quotation is never closed" if text[at] in "“„‘'" or
                       text[at] == '"' and _opens_at(text, at) else
                       "this closing quotation mark has no opening one")
            # A straight single quote may be an apostrophe of an elision nobody listed
            # ('orrible, 'appen): a hint, not a warning.
            yield Match(at, at + 1, {"problem": problem},
                        message=f"'{text[at]}': {problem} in its paragraph",
                        severity="info" if text[at] == "'" else None)

    def _unbalanced_brackets(self, document: Document, analysis: Analysis) -> Iterator[Match]:
        text = analysis.masked
        brackets = mark_positions(text, "()[]{}")
        for _index, start, end in units_with_marks(analysis.units, brackets):
            for at in unmatched_brackets(text, start, end):
                problem = ("this bracket is never closed" if text[at] in "([{"
                           else "this closing bracket has no opening one")
                yield Match(at, at + 1, {"problem": problem},
                            message=f"'{text[at]}': {problem} in its paragraph")

    # -- local spacing and doubling --------------------------------------------------------
    def _space_before_punctuation(self, document: Document, analysis: Analysis) -> Iterator[Match]:
        """One stray space is a typo edited copy has too (info); two or more in one
        article are the tokenised typography of translation output (warning)."""
        text = analysis.masked
        if _MARK_AFTER_SPACE.search(text) is None:
            return
        found = []
        for match in _SPACE_BEFORE.finditer(text):
            mark = match.group().lstrip(" \t\u00a0\u202f")
            last = text[match.start() - 1]
            if not (last.isalnum() or last in ")]\"”’'%"):
                continue  # after a dash, an ellipsis or a placeholder: not a stray space
            if mark[0] in "?!" and last in "\"'" or _EMOTICON_AFTER.match(text, match.end() - 1):
                continue
            start = _word_start(text, match.start())
            found.append(Match(start, match.end(), {"problem": "space before punctuation"},
                               message=f"'{text[start:match.end()]}': no space before '{mark[0]}'",
                               suggestions=(text[start:match.start()] + mark,)))
        severity = "info" if len(found) < 2 else None
        for one in found:
            yield one._replace(severity=severity)

    def _doubled_punctuation(self, document: Document, analysis: Analysis) -> Iterator[Match]:
        text = analysis.masked
        for match in _MARK_RUN.finditer(text):
            run = match.group()
            kept = _doubled_kept_mark(text, match.start(), match.end(), run)
            if kept is None:
                continue
            word = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            start = match.start() - len(word.group().lstrip(".")) if word else match.start()
            # Two full stops are also a casual two-dot ellipsis ("wait.. what"): a hint.
            yield Match(start, match.end(), {"problem": "doubled punctuation"},
                        message=f"'{text[start:match.end()]}': doubled punctuation '{run}'",
                        suggestions=(text[start:match.start()] + kept,),
                        severity="info" if run == ".." else None)

    def _missing_space_after_punctuation(self, document: Document,
                                         analysis: Analysis) -> Iterator[Match]:
        text = analysis.masked
        for match in _GLUED_MARK.finditer(text):
            mark_at, mark = match.start(), match.group()
            start = _word_start(text, mark_at)
            before = text[start:mark_at]
            after = (_CAPITALISED if mark in ".?!:" else _LETTERS).match(text, mark_at + 1)
            if after is None or not before:
                continue
            if mark == "." and is_abbreviation(before.rstrip(")]\"”’%")):
                continue
            if mark in ",;" and not before[0].isalpha():
                continue  # "1,a": a list of codes, not two words
            if mark == ":" and not before[-1].isalpha():
                continue
            if mark == ";" and _ENTITY.search(text, max(0, mark_at - 12), mark_at):
                continue  # an HTML entity such as &amp; left in the text
            if not _latin(before[-1]) or not _latin(text[mark_at + 1]):
                continue
            end = after.end()
            yield Match(start, end, {"problem": f"no space after '{mark}'"},
                        message=f"'{text[start:end]}': no space after '{mark}'",
                        suggestions=(text[start:mark_at + 1] + " " + text[mark_at + 1:end],))

    # -- consistency -----------------------------------------------------------------------
    def _quote_punctuation_placement(self, document: Document,
                                     analysis: Analysis) -> Iterator[Match]:
        if not analysis.quotes.pairs:
            return  # no quotation: nothing placed inside or outside one
        text = analysis.masked
        inside: list[tuple[int, int, str]] = []
        outside: list[tuple[int, int, str]] = []
        for pair in analysis.quotes.pairs:
            if not _is_fragment_quote(text, pair):
                continue
            close = pair.close
            after = text[close + 1] if close + 1 < len(text) else ""
            before = text[close - 1]
            if after and after in ",." and not text.startswith("..", close + 1):
                outside.append((close, close + 2, after + text[close]))
            elif before in ",." and not text.startswith("..", close - 2):
                inside.append((close - 1, close + 1, text[close] + before))
        majority, minority, where = (inside, outside, "inside") if len(inside) > len(outside) \
            else (outside, inside, "outside")
        if len(majority) < self.params["min_majority"] or len(majority) <= len(minority):
            return
        for start, end, swapped in minority:
            mark = "comma" if "," in swapped else "full stop"
            yield Match(start, end, {"problem": "punctuation placement"},
                        message=f"'{text[start:end]}': this article puts the {mark} {where} "
                                f"the closing quote ({len(majority)} times)",
                        suggestions=(swapped,))

    def _mixed_quote_style(self, document: Document, analysis: Analysis) -> Iterator[Match]:
        if not analysis.quotes.pairs:
            return  # no quotation: no style to compare
        text = analysis.masked
        styles: Counter[str] = Counter()
        by_style: dict[str, list[QuotePair]] = {"curly": [], "straight": [], "mixed": []}
        for pair in analysis.quotes.pairs:
            if text[pair.open] == "«":
                continue  # guillemets around a foreign title are a style of their own
            straight = (text[pair.open] == '"', text[pair.close] == '"')
            style = "straight" if all(straight) else "curly" if not any(straight) else "mixed"
            styles[style] += 1
            by_style[style].append(pair)
        if styles["curly"] == styles["straight"] and not styles["mixed"]:
            return
        majority = "curly" if styles["curly"] >= styles["straight"] else "straight"
        minority = "straight" if majority == "curly" else "curly"
        reported = list(by_style["mixed"])
        if styles[majority] >= self.params["min_majority"] and styles[majority] > styles[minority]:
            reported += by_style[minority]
        opening, closing = ("“", "”") if majority == "curly" else ('"', '"')
        for pair in sorted(reported):
            found = text[pair.open:pair.close + 1]
            yield Match(pair.open, pair.close + 1, {"problem": "mixed quote style"},
                        message=f"{_describe(found)}: the article uses {majority} quotes "
                                f"({styles[majority]} quotations)",
                        suggestions=(opening + found[1:-1] + closing,))

    def _cjk_punctuation(self, document: Document, analysis: Analysis) -> Iterator[Match]:
        text = analysis.masked
        if text.isascii():
            return  # CJK punctuation is not ASCII
        for match in _CJK_MARKS.finditer(text):
            at = match.start()
            if _next_to_cjk(text, at):
                continue  # part of a CJK fragment, which the script rule reports whole
            mark = match.group()
            replacement = _CJK_ASCII.get(mark) or unicodedata.normalize("NFKC", mark)
            if replacement in ",.;:?!" and at + 1 < len(text) and text[at + 1].isalnum():
                replacement += " "
            yield Match(at, at + 1, {"problem": "CJK punctuation"},
                        message=f"'{mark}' is CJK punctuation ({unicodedata.name(mark, '?')}); "
                                f"English uses '{replacement.strip() or ' '}'",
                        suggestions=(replacement,))

    # mode → method: the rule's ``mode`` chooses one, checked against MODES by the tests
    BY_MODE: ClassVar[dict[str, Callable[[PunctuationCheck, Document, Analysis], Iterator[Match]]]] = {
        "unbalanced-quotes": _unbalanced_quotes,
        "unbalanced-brackets": _unbalanced_brackets,
        "space-before-punctuation": _space_before_punctuation,
        "doubled-punctuation": _doubled_punctuation,
        "missing-space-after-punctuation": _missing_space_after_punctuation,
        "quote-punctuation-placement": _quote_punctuation_placement,
        "mixed-quote-style": _mixed_quote_style,
        "cjk-punctuation": _cjk_punctuation,
    }


# -- helpers -------------------------------------------------------------------------------

def _opens_at(text: str, at: int) -> bool:
    after = text[at + 1] if at + 1 < len(text) else " "
    return not after.isspace() and after not in ",.;:!?"


_WORD_CHARS = frozenset("\"”’'%)]&.-")


def _word_start(text: str, end: int) -> int:
    """Where the word ending at ``end`` starts, closing quotes and brackets included."""
    start = end
    while start > 0 and end - start < 60 and (text[start - 1].isalnum() or text[start - 1] == "_"
                                              or text[start - 1] in _WORD_CHARS):
        start -= 1
    return start


def _doubled_kept_mark(text: str, start: int, end: int, run: str) -> str | None:
    """The one mark to keep for a doubled run, or None when the run is correct."""
    if set(run) == {"."}:
        return "." if len(run) == 2 and not text.startswith(".", end) else None
    if run[0] == ".":
        dots = len(run) - len(run.lstrip("."))
        if dots >= 3:
            return None  # an ellipsis, then a comma: "and so on...,"
        word = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if word and is_abbreviation(word.group()):
            rest = run[1:]
            return None if len(rest) == 1 else _doubled_kept_mark(text, start + 1, end, rest)
    if run in ("::",) and text[start - 1:start].isalpha() and text[end:end + 1].isalpha():
        return None  # "std::string", "foo::bar": code, not prose
    following = text[end:end + 3].lstrip()
    terminal = not following or following[0].isupper()
    marks = run.replace(".", "")
    if terminal and "." in run:
        return "."
    return marks[0] if marks else "."


def _latin(char: str) -> bool:
    return char.isascii() or "LATIN" in unicodedata.name(char, "") or not char.isalpha()


def _is_fragment_quote(text: str, pair: QuotePair) -> bool:
    """A quoted word or phrase inside a sentence, where styles differ on the comma."""
    before = pair.open - 1
    while before >= 0 and text[before] in " \t\u00a0":
        before -= 1
    if before < 0 or not (text[before].isalnum() or text[before] in "-–—("):
        return False
    content = text[pair.open + 1:pair.close].strip(" ,.")
    if not content:
        return False
    first = content.lstrip("‘'\"")[:1]
    return first.islower() or first.isdigit() or len(content.split()) <= 4


def _describe(found: str) -> str:
    return f"'{found}'" if len(found) <= 60 else f"'{found[:28]}…{found[-28:]}'"


_CJK_LETTER_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO")


def _next_to_cjk(text: str, at: int) -> bool:
    for step in (-1, 1):
        position = at + step
        while 0 <= position < len(text) and (text[position] == " " or _CJK_MARKS.match(text[position])):
            position += step
        if 0 <= position < len(text):
            name = unicodedata.name(text[position], "")
            if name.startswith(_CJK_LETTER_SCRIPTS) or name.startswith("IDEOGRAPHIC"):
                return True
    return False

