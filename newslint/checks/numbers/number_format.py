"""``number-format``: one article, one way of writing numbers and percentages.

Translation engines follow the source's conventions in one sentence and English ones in
the next: "5.2 per cent" and "14.5%", "3,000" and "12 500", "1,300" and the continental
"2.500". Two modes, each reporting the minority form with the majority form as the
suggestion:

- ``percent``: "%" against "percent" against "per cent" (and the wire "pct") after a
  number. "percentage points" and URL-encoded "%20" are not percentages.
- ``thousands``: the thousands separator: comma, space, no-break or thin space,
  apostrophe, dot, or none. Four-digit numbers and longer ones are compared separately,
  since many styles group only from five digits ("1500 troops", "20,000 people").
  A dot-grouped number ("2.500 people") in an article that uses commas for thousands is
  always reported: there it can only read as a decimal. Years, phone numbers, codes and
  decimals are not grouped numbers.
- ``ungrouped``: a count of ``min_digits`` or more digits written with no separator at
  all ("1080 days", "5150 yuan"), as MT leaves numbers copied from Chinese or Persian
  sources; English news styles (AP, Reuters, the BBC) group thousands. The suggestion
  uses the article's own separator, or a comma.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from newslint.check import CheckContext, Match, ModeCheck, Param
from newslint.checks.punctuation import analyse
from newslint.document import Document
from newslint.records import NamedTuple
from newslint.text.patterns import caseless

MODES = ("percent", "thousands", "ungrouped")

# Each expression below starts with its first digit and looks behind it from there (not
# with the look-behind, which re would try at every character), and matches letters as
# re.IGNORECASE would without the flag (caseless): re then skips from digit to digit.
_PERCENT = re.compile(
    r"(?P<number>\d(?<![\w.,]\d)\d*(?:[.,]\d+)*)(?P<space>[ \u00a0]?)"
    r"(?P<form>%|" + caseless("percent") + r"\b|" + caseless("per") + "[ -]" + caseless("cent")
    + r"\b|" + caseless("pct") + r"\b)"
)
# Every _PERCENT match holds one of these forms, lower-cased (the pattern matches p, e, r,
# c, n and t in either case and nothing else: no other letter lower-cases to them).
_PERCENT_FORMS = ("%", "percent", "per cent", "per-cent", "pct")


def _may_have_percent(text: str) -> bool:
    """False only where ``_PERCENT`` finds nothing: no form of "percent" at all, which
    substring tests tell at a fraction of the cost of the pattern's search."""
    if "%" in text:
        return True
    lowered = text.lower()
    return any(form in lowered for form in _PERCENT_FORMS[1:])


_FORM_NAMES = {"%": "%", "percent": "percent", "per cent": "per cent", "per-cent": "per cent",
               "pct": "pct"}

_SEPARATORS = {",": "comma", " ": "space", "\u00a0": "no-break space", "\u202f": "no-break space",
               "\u2009": "thin space", "'": "apostrophe", "’": "apostrophe", ".": "dot"}
_GROUPED = re.compile(
    r"(?P<head>[1-9](?<![\w.,'’\u00a0\u202f\u2009+-][1-9])\d{0,2})"
    r"(?P<groups>(?:(?P<sep>[,. \u00a0\u202f\u2009'’])\d{3})(?:(?P=sep)\d{3})*)(?![\w]|[.,]\d)"
)
_UNGROUPED = re.compile(r"(?P<digits>[1-9](?<![\w.,'’\u00a0\u202f\u2009+#-][1-9])\d{3,})(?![\w]|[.,'’/-]\d)"
                        r"(?=\s+(?P<word>[a-z]+))")
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September"
                           r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct"
                           r"|Nov|Dec)\.?\s+\Z")
_CODE_BEFORE = re.compile(r"(?:No\.|no\.|[#№]|\b(?:code|ID|id|number|tel|phone|fax|ISBN|ISSN|"
                          r"zip|postcode|route|flight|room|page|pp?\.|article|line|version|model))\s*\Z")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|from|of|by|until|till|before|after|to|and|or|year|"
                          r"years|between|around|early|late|mid|summer|winter|spring|autumn|fall)"
                          r"\s+\Z", re.IGNORECASE)
# Words after a three-decimal number that say it is a decimal, not a dot-grouped count.
_DECIMAL_CONTEXT = frozenset(
    """percent per points point times fold seconds second minutes hours metres meters km
    kilometres kilometers miles mile m cm mm kg g mg grams tonnes tons litres liters ml
    degrees billion million trillion thousand mbps gb mb tb""".split()
)


class GroupedNumber(NamedTuple):
    start: int
    end: int
    digits: str  # without separators
    separator: str  # a name from _SEPARATORS, or "none"


class NumberFormatCheck(ModeCheck):
    parameters = {
        "mode": Param("string", required=True, choices=MODES, help=", ".join(MODES)),
        "min_majority": Param("int", default=2,
                              help="fewest uses of the majority form before the minority "
                                   "is reported"),
        "min_digits": Param("int", default=4,
                            help="ungrouped: shortest number that must be grouped (5 for "
                                 "styles that write '1500 troops')"),
    }

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self._min_majority = params["min_majority"]

    def run(self, document: Document) -> Iterator[Match]:
        text = analyse(document).masked  # URLs blanked out; shared with punctuation rules
        if self.mode == "percent":
            return self._percent(text)
        # the article's numbers, found once for the thousands and ungrouped modes
        starts = document.memo("number-format.starts", lambda: number_starts(text))
        numbers = document.memo("number-format.grouped",
                                lambda: list(_grouped_numbers(text, starts)))
        if self.mode == "ungrouped":
            return self._ungrouped(text, numbers, starts)
        return self._thousands(numbers)

    def _ungrouped(self, text: str, numbers: list[GroupedNumber],
                   starts: list[int]) -> Iterator[Match]:
        separator = ""  # the article's own, found at the first number to report
        for match in matches_at(_BARE_NUMBER, text, starts):
            digits = match.group("digits")
            if len(digits) < self.params["min_digits"]:
                continue
            if not _bare_count(text, match.start(), digits, (match.group("word") or "")):
                continue
            separator = separator or _article_separator(numbers)
            fixed = _group(digits, separator)
            yield Match(match.start(), match.start() + len(digits),
                        {"problem": f"group its thousands ({fixed})"}, suggestions=(fixed,))

    def _percent(self, text: str) -> Iterator[Match]:
        if not _may_have_percent(text):
            return
        mentions = [(m, _FORM_NAMES[m.group("form").lower()]) for m in _PERCENT.finditer(text)]
        majority = _majority(Counter(form for _m, form in mentions), self._min_majority)
        if majority is None:
            return
        total = sum(1 for _m, form in mentions if form == majority)
        for match, form in mentions:
            if form == majority:
                continue
            number = match.group("number")
            fixed = number + ("%" if majority == "%" else " " + majority)
            yield Match(match.start(), match.end(),
                        {"problem": f"the article writes '{majority}' ({total} times)"},
                        suggestions=(fixed,))

    def _thousands(self, numbers: list[GroupedNumber]) -> Iterator[Match]:
        if not numbers:
            return  # (most articles: no number of four digits or more)
        grouped = Counter(n.separator for n in numbers if n.separator != "none")
        majority = _leading_separator(grouped, self._min_majority)
        if majority is None:
            return
        for number in numbers:
            if number.separator in ("none", majority):
                continue
            if number.separator == "dot" and majority == "comma" or (
                    grouped[majority] > grouped[number.separator]
                    and grouped[majority] >= self._min_majority):
                yield self._report(number, majority, grouped[majority])
        for four_digits in (True, False):
            sized = [n for n in numbers if (len(n.digits) == 4) == four_digits]
            forms = Counter("none" if n.separator == "none" else "grouped" for n in sized)
            if _majority(forms, self._min_majority) != "grouped":
                continue
            for number in sized:
                if number.separator == "none":
                    yield self._report(number, majority, forms["grouped"])

    def _report(self, number: GroupedNumber, majority: str, count: int) -> Match:
        separator = next(s for s, name in _SEPARATORS.items() if name == majority)
        fixed = _group(number.digits, separator)
        problem = f"the article groups thousands with a {majority} ({count} times)"
        if number.separator == "dot":
            problem += "; here the dot reads as a decimal point"
        return Match(number.start, number.end, {"problem": problem}, suggestions=(fixed,))


_BARE_NUMBER = re.compile(
    r"(?P<digits>[1-9](?<![\w.,'’\u00a0\u202f\u2009+#/:-][1-9])\d{3,})(?![\w]|[.,'’/:-]\d)"
    r"(?:[ \u00a0](?P<word>[A-Za-z]+))?"
)
# What a four-digit count is typically followed by (a year is followed by other words).
_COUNTED = frozenset(
    """yuan rmb renminbi dollars euros pounds rupees rubles roubles won yen dinars rials riyals
    dirhams lira usd eur gbp cny jpy people persons residents households families students
    workers employees visitors tourists passengers patients cases deaths troops soldiers
    days weeks months hours minutes years km kilometres kilometers miles metres meters tons
    tonnes hectares units pieces copies vehicles cars beds rooms seats homes houses
    companies enterprises firms projects schools villages jobs times points""".split()
)


def _bare_count(text: str, start: int, digits: str, word: str) -> bool:
    """A number with no separator that counts something: "1080 days", "26000 households"."""
    end = start + len(digits)
    # the tests of the words after the number first: they settle most numbers cheaply
    if len(digits) == 4 and word.lower() not in _COUNTED:
        return False  # most likely a year ("the 2024 vote")
    if len(digits) != 4 and not _counts_after(text, start, end, word):
        return False
    return not _not_a_count(text, start, end, digits, word)


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|ese)")
_VERB_BEFORE = re.compile(r"\b(?:to|of|about|some|nearly|almost|reached|totalled|totaled|is|was"
                          r"|were|are)\s+\Z")


def _counts_after(text: str, start: int, end: int, word: str) -> bool:
    """A long number is a count when what follows is counted: "26000 households",
    "15000 Syrians", or nothing but a clause end after a verb ("rose to 26000.")."""
    if word:
        if word.lower() in _COUNTED:
            return True
        if word[0].isupper():
            return _DEMONYM.fullmatch(word) is not None
        return word not in _NOT_COUNTING
    return (re.match(r"[,.;]", text[end:end + 1]) is not None
            and _VERB_BEFORE.search(text[max(0, start - 24):start]) is not None)


# Nouns a code or model number is followed by ("the 12345 hotline", "the 6000 series").
_CODE_NOUNS = frozenset(
    """hotline helpline line number code series model models chip chips engine version edition
    class type processor platform route bus train flight room""".split()
)
_NOT_COUNTING = _CODE_NOUNS | frozenset(
    "to and or in at the was were is are on for by from with as than".split())
_MONEY_OR_DURATION = frozenset(
    """yuan rmb renminbi dollars euros pounds rupees rubles roubles won yen dinars rials riyals
    dirhams lira usd eur gbp cny jpy days weeks months years""".split()
)
# Before a code: "stock code: 600519", "case 20231234", "SSE: 600519", "hotline 12345".
_CODE_WORD_BEFORE = re.compile(
    r"\b(?:case|ticket|badge|account|serial|lot|batch|item|product|licen[cs]e|plate|patent|"
    r"ticker|symbol|hotline|helpline|dial|call|ext|extension|gate|platform|bus|train|"
    r"registration|reference|ref|docket|catalogue|catalog|"
    r"SSE|SZSE|HKEX|SEHK|NYSE|NASDAQ|TSE|KRX|LSE|SH|SZ|HK|KS|KQ)[:.]?\s*\Z",
    re.IGNORECASE,
)
_CODE_BEFORE_PUNCT = re.compile(r"(?:\b(?:code|ID|number|No|tel|phone|fax)\s*[:.]\s*"
                                r"|\b(?:No|Nos)\s+|\(\d{1,5}\)\s*)\Z")
# "600519.SH", "0700.HK", "7203.T": an exchange suffix makes a ticker.
_EXCHANGE_AFTER = re.compile(r"\.[A-Z]{1,3}\b")
_TIME_ZONE = re.compile(r"\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|MST|ET|PT|IST|JST|KST|"
                        r"hours\b|hrs?\b|h\b|local\s+time|(?:[A-Z][a-z]+\s+)?time\b)")
_AT_TIME = re.compile(r"\b(?:at|by|until|till|from|since)(?:\s+(?:around|about))?\s+\Z",
                      re.IGNORECASE)
_IN_YEAR = re.compile(r"\b(?:in|since|by|until|till|during|early|late|mid)\s+\Z", re.IGNORECASE)
# Words that start sentences or quantify; a capitalised word before a number that is not one
# of these names a product, model or place ("Galaxy 5000 phones", "Beijing 100803").
_FUNCTION_CAPITALS = frozenset(
    """a an the about some nearly almost around over under only all another those these its
    their his her our my your more less than up to just roughly approximately exactly at
    least most another fewer and or but so by in of for with from yesterday today tomorrow
    now then meanwhile overall altogether total monday tuesday wednesday thursday friday
    saturday sunday""".split()
)


def _not_a_count(text: str, start: int, end: int, digits: str, word: str) -> bool:
    """A number that names rather than counts: a code, ticker, phone number, postcode,
    model, 24-hour time or year.

    Each test looks at the words around the number, never at the number alone, so "3000
    units" stays a count where "model 3000" and "at 2130 local time" do not.
    """
    before = text[max(0, start - 24):start]
    after = text[end:end + 24]
    if (_CODE_BEFORE.search(before) or _MONTH_BEFORE.search(before)
            or _CODE_WORD_BEFORE.search(before) or _CODE_BEFORE_PUNCT.search(before)):
        return True
    if _EXCHANGE_AFTER.match(after):
        return True
    lowered = word.lower()
    if len(digits) == 4 and _clock_time(digits, before, after, lowered):
        return True  # "2130 local time", "at 1430 GMT", "by 2300 hours"
    if (len(digits) == 4 and 1900 <= int(digits) <= 2100 and _IN_YEAR.search(before)
            and lowered not in _MONEY_OR_DURATION):
        return True  # "In 2019 students protested", "by 2030 households will pay"
    if lowered in _MONEY_OR_DURATION or lowered in ("hours", "hrs"):
        return False
    previous = re.search(r"([A-Z][\w'’-]*)\s+\Z", before)
    if previous and previous.group(1).lower() not in _FUNCTION_CAPITALS and not previous.group(
            1).endswith(("'s", "’s")):
        return True  # "iPhone 6000 series", "Beijing 100803", "Kirin 9000 chips"
    # "12 Rue Royale, 75008 Paris": after a comma, a postcode ends the line of an address
    if not word[:1].isupper() or _DEMONYM.fullmatch(word) or not re.search(r",\s*\Z", before):
        return False
    return not re.match(r"\s+[a-z]", after[1 + len(word):])


def _clock_time(digits: str, before: str, after: str, word: str) -> bool:
    """A 24-hour time: HHMM followed by a time zone or "local time", or by "hours" after a
    preposition of time ("at 2130 hours"; "worked 1500 hours" is a count)."""
    if int(digits[:2]) > 23 or int(digits[2:]) > 59 or not _TIME_ZONE.match(after):
        return False
    return word not in ("hours", "hrs", "h") or _AT_TIME.search(before) is not None


def _leading_separator(grouped: Counter, minimum: int) -> str | None:
    """The article's thousands separator: its only one, or a clear majority.

    With commas and dots tied, commas win: in English copy a dot is a decimal point.
    """
    if len(grouped) == 1:
        return next(iter(grouped))
    leading = _majority(grouped, minimum)
    if leading is None and grouped and set(grouped) == {"comma", "dot"}:
        return "comma"
    return leading


# Where a match of _GROUPED, _UNGROUPED or _BARE_NUMBER can start: a digit 1-9 after none
# of the characters all three look-behinds refuse, and before what all three need next:
# three more digits (_UNGROUPED, _BARE_NUMBER), or up to two and a separator before three
# (_GROUPED). One scan finds these places for the three patterns, which are then tried
# only there (``matches_at``): most figures ("5 people", "12 March") are not tried at all.
_NUMBER_START = re.compile(r"[1-9](?<![\w.,'’\u00a0\u202f\u2009+-][1-9])"
                           r"(?=\d{3}|\d{0,2}[,. \u00a0\u202f\u2009'’]\d{3})")


def number_starts(text: str) -> list[int]:
    """The offsets where a number of the patterns above can start, in order."""
    return [match.start() for match in _NUMBER_START.finditer(text)]


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, for a pattern that can only match at
    ``starts``: tried there, and after a match from its end on, as finditer does."""
    position = 0
    for at in starts:
        if at < position:
            continue
        match = pattern.match(text, at)
        if match is not None:
            position = match.end()
            yield match


def _grouped_numbers(text: str, starts: list[int] | None = None) -> Iterator[GroupedNumber]:
    """Numbers of four or more digits, with how their thousands are separated."""
    starts = number_starts(text) if starts is None else starts
    found: list[GroupedNumber] = []
    for match in matches_at(_GROUPED, text, starts):
        separator = _SEPARATORS[match.group("sep")]
        if not _plausible_group(text, match, separator):
            continue
        digits = re.sub(r"\D", "", match.group())
        found.append(GroupedNumber(match.start(), match.end(), digits, separator))
    for match in matches_at(_UNGROUPED, text, starts):
        digits = match.group("digits")
        if not _plausible_count(text, match.start(), digits, match.group("word")):
            continue
        found.append(GroupedNumber(match.start(), match.end(), digits, "none"))
    yield from sorted(found)


def _plausible_group(text: str, match: re.Match[str], separator: str) -> bool:
    before = text[max(0, match.start() - 24):match.start()]
    if _CODE_BEFORE.search(before):
        return False
    spaced = separator in ("space", "no-break space", "thin space")
    if spaced and (_MONTH_BEFORE.search(before) or re.search(r"[\d(]\s*\Z", before)):
        return False  # "March 3 500 ...", phone numbers "(20) 7946 ..."
    if separator == "dot" and len(match.group("groups")) == 4:
        following = re.match(r"\s*(%|[A-Za-z]+)", text[match.end():match.end() + 20])
        word = following.group(1).lower() if following else ""
        if word in _DECIMAL_CONTEXT or word == "%" or not word:
            return False  # "1.125 percent", "2.345 km": a decimal
    return True


def _plausible_count(text: str, start: int, digits: str, word: str) -> bool:
    """An ungrouped number that counts something ("20665 people", "1095 days")."""
    # the tests of the word after the number first: they settle most numbers cheaply
    if len(digits) == 4:
        if not word.endswith("s") or word in _CODE_NOUNS:
            return False  # a year ("in 2019 the"), a model ("the 6000 series")
        if 1000 <= int(digits) <= 2100 and _YEAR_BEFORE.search(text[max(0, start - 24):start]):
            return False  # a year ("since 2019 students")
    if word in _NOT_COUNTING:
        return False
    return not _not_a_count(text, start, start + len(digits), digits, word)


def _article_separator(numbers: list[GroupedNumber]) -> str:
    """The thousands separator the article uses most (not a dot), else a comma."""
    grouped = Counter(n.separator for n in numbers if n.separator not in ("none", "dot"))
    separator_name = grouped.most_common(1)[0][0] if grouped else "comma"
    return next(s for s, name in _SEPARATORS.items() if name == separator_name)


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def _majority(counts: Counter, minimum: int) -> Any:
    """The form used most, when there are at least two forms and one clearly leads."""
    if len(counts) < 2:
        return None
    (first, first_count), (_second, second_count) = counts.most_common(2)
    if first_count > second_count and first_count >= minimum:
        return first
    return None
