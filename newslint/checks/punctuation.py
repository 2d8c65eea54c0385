"""``punctuation``: the punctuation debris machine translation and copy-pasting leave.

One check, several modes, each a rule of its own so that each can be switched off:

- ``unbalanced-quotes`` / ``unbalanced-brackets``: a quotation mark or bracket without
  its partner in the same paragraph. Straight quotes are paired by position (an opening
  quote follows a space and precedes a word), so one stray mark does not flip the rest;
  primes (5'11", 40°26'46") and apostrophes ("Iran's", "'90s", "rock 'n' roll") are not
  quotes. A quote left open at the end of a paragraph is fine when the next paragraph
  opens with a quotation mark: that is how news style continues a quote.
- ``space-before-punctuation``: "said , however", "the end ." (not ".com", ".5", "...").
- ``doubled-punctuation``: ",,", ".,", ",.", "..", (not an ellipsis, not "U.S.," or "Inc.,").
- ``missing-space-after-punctuation``: "2023.The", "now?Officials", "wait,officials",
  "Q:Chongyang" (not "3.5", "10:30", "1,000", "U.S.", "BA.2", URLs, e-mail addresses).
- ``quote-punctuation-placement``: a comma or full stop outside the closing quote where
  the rest of the article puts it inside, or the reverse; only quoted fragments count,
  since a quoted full sentence keeps its stop inside in every style.
- ``mixed-quote-style``: straight and curly double quotes in one article; the minority
  quotations are reported.
- ``cjk-punctuation``: fullwidth and CJK punctuation ("，", "。", "【") in English text.

What counts as a paragraph: a run of non-blank lines (README, Input). Copy that puts one
paragraph on each line without blank lines between (common in CMS exports and in
translation output) would make the whole article one paragraph, and a quote opened in
one line and never closed would go unnoticed. So a paragraph whose line breaks all fall
between sentences (no line ends mid-sentence and continues in lower case on the next) is
checked line by line; hard-wrapped prose stays one unit.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from newslint.check import Check, CheckContext, Match, Param
from newslint.checks.encoding import mojibake_regions, safe_suggestions
from newslint.document import Document
from newslint.formats import PLACEHOLDER
from newslint.segmentation import ABBREVIATIONS

MODES = (
    "unbalanced-quotes", "unbalanced-brackets", "space-before-punctuation",
    "doubled-punctuation", "missing-space-after-punctuation", "quote-punctuation-placement",
    "mixed-quote-style", "cjk-punctuation",
)

# -- skipping URLs and e-mail addresses ----------------------------------------------------

_TLDS = (r"(?:com|org|net|gov|edu|int|mil|info|biz|io|co|uk|cn|de|fr|ru|jp|kr|in|ir|eu|au|ca|us"
         r"|tv|me|ai|news)")
_URL = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.|\bmailto:)[^\s<>\"“”‘’«»]+"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\." + _TLDS + r"\b(?:/[^\s<>\"“”‘’«»]*)?",
    re.IGNORECASE,
)
# Something every URL, domain or address has; the full pattern runs only around it.
_URL_HINT = re.compile(r"://|www\.|mailto:|@|\." + _TLDS + r"\b", re.IGNORECASE)
_TRAILING = ".,;:!?'\"’”»"


def url_spans(text: str) -> list[tuple[int, int]]:
    """URLs, bare domains and e-mail addresses, without the punctuation that follows them.

    A closing bracket ends the URL unless the URL opened it ("(see https://x.org/a)" keeps
    its ")" for the prose; ".../Foo_(bar)" keeps its own).
    """
    spans: list[tuple[int, int]] = []
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


# -- units: paragraphs, or lines when each line is a paragraph ------------------------------

_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
_ENDS_PARAGRAPH = set(".!?:…\"”’)]»")


def units(document: Document) -> list[tuple[int, int]]:
    """The stretches of text that must balance their quotes and brackets on their own."""
    text = document.text
    result: list[tuple[int, int]] = []
    for paragraph in document.paragraphs:
        breaks = list(_LINE_BREAK.finditer(text, paragraph.start, paragraph.end))
        if not breaks or (
            not _has_paragraph_lines(breaks, paragraph.start, paragraph.end)
            and any(_is_wrap(text, line_break) for line_break in breaks)
        ):
            result.append((paragraph.start, paragraph.end))
            continue
        start = paragraph.start
        for line_break in _LINE_BREAK.finditer(text, paragraph.start, paragraph.end):
            _append_trimmed(result, text, start, line_break.start())
            start = line_break.end()
        _append_trimmed(result, text, start, paragraph.end)
    return result


# Hard-wrapped prose keeps its lines short; a line this long is a whole paragraph.
_PARAGRAPH_LINE = 160


def _has_paragraph_lines(breaks: list[re.Match[str]], start: int, end: int) -> bool:
    edges = [start, *(b.start() for b in breaks), end]
    return any(b - a > _PARAGRAPH_LINE for a, b in zip(edges, edges[1:], strict=False))


def _is_wrap(text: str, line_break: re.Match[str]) -> bool:
    """A line break inside a sentence: no closing mark before it, and the next line does
    not open a quote, a list item or a bracket. (A capital after it proves nothing:
    wrapped lines often continue with a name.)"""
    before = text[line_break.start() - 1]
    after = text[line_break.end()] if line_break.end() < len(text) else "A"
    return before not in _ENDS_PARAGRAPH and after not in "“\"‘'«([-–—•*#>|"


def _append_trimmed(result: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        result.append((start, end))


# -- quotation marks -----------------------------------------------------------------------

class QuotePair(NamedTuple):
    open: int
    close: int  # offset of the closing mark


class _Opener(NamedTuple):
    at: int
    kind: str  # "curly", "low" („), "straight", "guillemet"


class QuoteAnalysis(NamedTuple):
    pairs: list[QuotePair]
    unmatched: list[int]  # offsets of marks without a partner


_DOUBLE_MARKS = re.compile("[\"“”„«»]")
_FEET_INCHES = re.compile(r"\d\s?['′]\s?\d{1,2}(?:\.\d+)?\Z")
_OPEN_BEFORE = set(" \t\n\r\u00a0([{—–-/" + PLACEHOLDER)
_CLOSE_AFTER = set(" \t\n\r\u00a0,.;:!?)]}—–-…/" + PLACEHOLDER)


def analyse_quotes(text: str, unit_spans: list[tuple[int, int]]) -> QuoteAnalysis:
    """Pair the double quotation marks of each unit; continued quotes are not unmatched."""
    pairs: list[QuotePair] = []
    unmatched: list[int] = []
    for index, (start, end) in enumerate(unit_spans):
        open_at_end = _pair_unit(text, start, end, pairs, unmatched)
        if not open_at_end:
            continue
        following = unit_spans[index + 1] if index + 1 < len(unit_spans) else None
        if following and text[following[0]] in "“\"„«":
            continue  # the quote continues in the next paragraph, as news style does
        unmatched.extend(opener.at for opener in open_at_end)
    unmatched.sort()
    return QuoteAnalysis(pairs, unmatched)


def _pair_unit(text: str, start: int, end: int, pairs: list[QuotePair],
               unmatched: list[int]) -> list[_Opener]:
    stack: list[_Opener] = []
    for match in _DOUBLE_MARKS.finditer(text, start, end):
        mark, at = match.group(), match.start()
        if at > start and text[at - 1] == "€":
            continue  # "â€œ", "â€\x9d": mojibake of a curly quote, not a quote
        if mark == "„":
            stack.append(_Opener(at, "low"))
        elif mark == "«":
            stack.append(_Opener(at, "guillemet"))
        elif mark == "»":
            if stack and stack[-1].kind == "guillemet":
                pairs.append(QuotePair(stack.pop().at, at))
            # else: German-style »...« or a stray mark; neither is an English quotation
        elif mark == "“":
            if stack and stack[-1].kind == "low":
                pairs.append(QuotePair(stack.pop().at, at))
            else:
                stack.append(_Opener(at, "curly"))
        elif mark == "”":
            _close(stack, at, pairs, unmatched)
        else:
            role = _straight_role(text, at, start, end, bool(stack))
            if role == "open" or role == "either" and not (stack and stack[-1].kind == "straight"):
                stack.append(_Opener(at, "straight"))
            elif role in ("close", "either"):
                _close(stack, at, pairs, unmatched)
    return stack


def _close(stack: list[_Opener], at: int, pairs: list[QuotePair], unmatched: list[int]) -> None:
    if stack:
        pairs.append(QuotePair(stack.pop().at, at))
    else:
        unmatched.append(at)


def _straight_role(text: str, at: int, start: int, end: int, quote_open: bool) -> str:
    """"open", "close", "either" or "prime" for a straight double quote at ``at``."""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if before.isdigit() and (_FEET_INCHES.search(text, max(start, at - 12), at) or not quote_open):
        return "prime"  # 5'11", a 12" pipe
    opens = before in _OPEN_BEFORE or before in "“‘'"
    closes = after in _CLOSE_AFTER or after in "’”'"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"  # between two spaces, two words, or a space and a full stop


# -- single quotation marks ----------------------------------------------------------------

_ELISIONS = frozenset("n em til tis twas cause bout round nuff kay".split())
_SINGLE_OPEN = re.compile(r"(?<![\w’'\ufffc])[‘'](?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?…])[’'](?!\w)")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def unmatched_single_openers(text: str, start: int, end: int) -> list[int]:
    """Opening single quotes with no possible closing quote after them in the unit.

    A closing single quote cannot be told from an apostrophe ("the students’ union"), so
    only openers are judged, and any later word-final ’ (for ‘) or ' (for ') counts as
    their partner.
    """
    last_close = {"’": -1, "'": -1}
    for match in _SINGLE_CLOSE.finditer(text, start, end):
        last_close[match.group()] = match.start()
    result = []
    for match in _SINGLE_OPEN.finditer(text, start, end):
        at = match.start()
        word = _LETTER_RUN.match(text, at + 1, end)
        if word and word.group().lower() in _ELISIONS and (
                word.end() >= end or text[word.end()] in "'’ "):
            continue  # 'n', 'em, 'til: elisions, not quotations
        if last_close["’" if text[at] == "‘" else "'"] < at:
            result.append(at)
    return result


# -- brackets ------------------------------------------------------------------------------

_BRACKETS = re.compile(r"[()\[\]{}]")
_PARTNER = {")": "(", "]": "[", "}": "{"}
_LIST_MARKER = re.compile(r"(?:^|[\s(:;,])(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{2,4})\Z")
_EMOTICON = re.compile(r"[:;]-?[()\[\]]")


def unmatched_brackets(text: str, start: int, end: int) -> list[int]:
    stack: list[int] = []
    unmatched: list[int] = []
    for match in _BRACKETS.finditer(text, start, end):
        at, mark = match.start(), match.group()
        if mark in "([{":
            stack.append(at)
            continue
        if _is_list_marker(text, at, start, stack) or at > start and _EMOTICON.match(
                text, at - 1 - (text[at - 1] == "-"), at + 1):
            continue
        partner = _PARTNER[mark]
        depth = next((i for i in range(len(stack) - 1, -1, -1) if text[stack[i]] == partner), None)
        if depth is None:
            unmatched.append(at)
            continue
        unmatched.extend(stack[depth + 1:])
        del stack[depth:]
    unmatched.extend(stack)
    return sorted(unmatched)


def _is_list_marker(text: str, at: int, start: int, stack: list[int]) -> bool:
    """"1)", "a)", "iv)" opening a list item, with no bracket open that it could close."""
    if any(text[s] == "(" for s in stack):
        return False
    window = max(start, at - 6)
    line_start = max(window, text.rfind("\n", window, at) + 1)
    return _LIST_MARKER.search(text[line_start:at]) is not None


# -- per-document analysis, shared by every punctuation rule ---------------------------------

class Analysis(NamedTuple):
    masked: str
    units: list[tuple[int, int]]
    quotes: QuoteAnalysis
    mojibake: list[tuple[int, int]]  # repaired by the mojibake rule; nothing to add here


_ANALYSES: WeakKeyDictionary[Document, Analysis] = WeakKeyDictionary()


def analyse(document: Document) -> Analysis:
    analysis = _ANALYSES.get(document)
    if analysis is None:
        masked = masked_text(document.text)
        unit_spans = units(document)
        mojibake = [(start, end) for start, end, _repair in mojibake_regions(document.text)]
        analysis = Analysis(masked, unit_spans, analyse_quotes(masked, unit_spans), mojibake)
        _ANALYSES[document] = analysis
    return analysis


# -- regular expressions of the local checks -----------------------------------------------

_SPACE_BEFORE = re.compile(r"(?<=\S)[ \t\u00a0\u202f]+(?:[,;:!?]+|\.(?![.\w]))")
_MARK_RUN = re.compile(r"[,;:.]{2,}")
_WORD_BEFORE = re.compile(r"[\w.’'&-]*\Z")
_GLUED_MARK = re.compile(r"(?<=[\w)\]\"”’%])[.?!,;:](?=[^\W\d_])")
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


# -- the check -----------------------------------------------------------------------------

class PunctuationCheck(Check):
    parameters = {
        "mode": Param("string", required=True, choices=MODES, help=", ".join(MODES)),
        "min_majority": Param("int", default=2,
                              help="consistency modes: fewest uses of the majority form "
                                   "before the minority is reported"),
    }
    default_message = "'{found}': {problem}"
    honours_vocabulary = False

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self._mode = params["mode"]

    def run(self, document: Document) -> Iterator[Match]:
        return safe_suggestions(document, self._matches(document))

    def _matches(self, document: Document) -> Iterator[Match]:
        analysis = analyse(document)
        method = getattr(self, "_" + self._mode.replace("-", "_"))
        for match in method(document, analysis):
            if not any(start < match.end and match.start < end for start, end in analysis.mojibake):
                yield match

    # -- balance ---------------------------------------------------------------------------
    def _unbalanced_quotes(self, document: Document, analysis: Analysis) -> Iterator[Match]:
        text = analysis.masked
        found = list(analysis.quotes.unmatched)
        for index, (start, end) in enumerate(analysis.units):
            openers = unmatched_single_openers(text, start, end)
            following = analysis.units[index + 1] if index + 1 < len(analysis.units) else None
            if openers and following and text[following[0]] in "‘'":
                openers = openers[:-1]  # the last quote continues in the next paragraph
            found.extend(openers)
        for at in sorted(set(found)):
            problem = ("this quotation is never closed" if text[at] in "“„‘'" or
                       text[at] == '"' and _opens_at(text, at) else
                       "this closing quotation mark has no opening one")
            yield Match(at, at + 1, {"problem": problem},
                        message=f"'{text[at]}': {problem} in its paragraph")

    def _unbalanced_brackets(self, document: Document, analysis: Analysis) -> Iterator[Match]:
        text = analysis.masked
        for start, end in analysis.units:
            for at in unmatched_brackets(text, start, end):
                problem = ("this bracket is never closed" if text[at] in "([{"
                           else "this closing bracket has no opening one")
                yield Match(at, at + 1, {"problem": problem},
                            message=f"'{text[at]}': {problem} in its paragraph")

    # -- local spacing and doubling --------------------------------------------------------
    def _space_before_punctuation(self, document: Document, analysis: Analysis) -> Iterator[Match]:
        text = analysis.masked
        for match in _SPACE_BEFORE.finditer(text):
            mark = match.group().lstrip(" \t\u00a0\u202f")
            last = text[match.start() - 1]
            if not (last.isalnum() or last in ")]\"”’'%"):
                continue  # after a dash, an ellipsis or a placeholder: not a stray space
            if mark[0] in "?!" and last in "\"'":
                continue
            start = _word_start(text, match.start())
            yield Match(start, match.end(), {"problem": "space before punctuation"},
                        message=f"'{text[start:match.end()]}': no space before '{mark[0]}'",
                        suggestions=(text[start:match.start()] + mark,))

    def _doubled_punctuation(self, document: Document, analysis: Analysis) -> Iterator[Match]:
        text = analysis.masked
        for match in _MARK_RUN.finditer(text):
            run = match.group()
            kept = _doubled_kept_mark(text, match.start(), match.end(), run)
            if kept is None:
                continue
            word = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            start = match.start() - len(word.group().lstrip(".")) if word else match.start()
            yield Match(start, match.end(), {"problem": "doubled punctuation"},
                        message=f"'{text[start:match.end()]}': doubled punctuation '{run}'",
                        suggestions=(text[start:match.start()] + kept,))

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
        text = analysis.masked
        inside: list[tuple[int, int, str]] = []
        outside: list[tuple[int, int, str]] = []
        for pair in analysis.quotes.pairs:
            if not _is_fragment_quote(text, pair):
                continue
            close = pair.close
            after = text[close + 1] if close + 1 < len(text) else ""
            before = text[close - 1]
            if after in ",." and not text.startswith("..", close + 1):
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
