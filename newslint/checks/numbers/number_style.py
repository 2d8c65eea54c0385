"""``number-style``: a small count written as a figure in running text.

News styles (AP, Reuters, the BBC) spell out whole numbers from one to nine when they
count something ("five new products and two existing ones") and never open a sentence
with a figure. Chinese sources write every count in digits ("5款新产品"), and machine
translation copies the digits: "including 5 new products and 2 existing ones". An
editor rewrites them in words.

The figures that news style keeps are left alone:

- measures and amounts: a unit, currency or magnitude after the figure ("5 km",
  "3 yuan", "2 million", "4%"), ages ("aged 7", "7 years old"), times ("5 pm",
  "5:30"), decimals, fractions, ranges and scores ("3-1", "5 to 4");
- labels rather than counts: a figure after a name or a numbering noun ("Channel 4",
  "February 1", "page 3", "level 2", "No 5", "phase 3");
- a figure beside a number of ten or more in the same series ("between 6 and 12
  December", "5, 12 and 20");
- headlines, captions and list items (a paragraph that does not end as a sentence
  does), where news style uses figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.check import Check, Match
from newslint.checks.punctuation import analyse
from newslint.document import Document

_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# A lone digit 1-9: not part of a longer number, a code, a decimal, a time, a fraction,
# a hyphenated compound ("5-year-old", "3-1") or a list marker ("1)", "(2").
# (Written from the digit, with the look-behind after it: re skips from digit to digit.)
_FIGURE = re.compile(r"(?P<digit>[1-9])(?<![\w.,:/$£€¥#+(\-–'’][1-9])(?![\w.,:/%)\-–'’]|\.\d)")

# What follows a kept figure: units, currencies, magnitudes, times, ages, ratios.
_UNIT_AFTER = re.compile(
    r"\s*(?:%|per\s?cent\b|percent\b|pct\b|p\.?m\.?|a\.?m\.?|o['’]clock\b|"
    r"years?\s+old\b|(?:and|or|to|-|–|—)\s+\d|x\s*\d|"
    r"(?:million|billion|trillion|thousand|hundred|dozen|mn|bn|m|k|"
    r"yuan|rmb|renminbi|dollars?|usd|euros?|eur|pounds?|pence|p|cents?|yen|won|rupees?|"
    r"roubles?|rubles?|rials?|riyals?|dinars?|dirhams?|lira|francs?|"
    r"km|kilometres?|kilometers?|miles?|metres?|meters?|cm|mm|ft|feet|foot|inch(?:es)?|"
    r"yards?|kg|kilos?|kilograms?|grams?|g|mg|lbs?|ounces?|oz|tons?|tonnes?|litres?|"
    r"liters?|ml|gallons?|hectares?|acres?|mph|km/h|kph|knots?|degrees?|°|"
    r"gb|mb|tb|kb|ghz|mhz|kw|mw|gw|kwh|volts?|watts?|"
    r"points?|pts|goals?|runs?|wickets?|sets?|strokes?|shots?|under|over|up|down|"
    r"percentage|magnitude|stars?)\b)",
    re.IGNORECASE,
)
# A word before the figure that makes it a label, an age, a score or a rating.
_LABEL_BEFORE = frozenset(
    """page pages chapter chapters section sections article articles clause paragraph
    grade level levels phase phases stage stages step steps tier round rounds game games
    match week weeks day days line lines room rooms gate gates terminal platform
    group groups number numbers no nos item items act scene season episode episodes series
    category categories class type types version model volume vol part parts zone
    floor unit units block row seat lane route bus flight highway district ward division
    league term test rating force size aged age ages scale pillar priority rank ranked
    ranking position place vote votes voted score scored scoring won lost beat beating
    lead led trailing drew draw tied by out times multiply multiplied divided plus minus
    equals equal over under par hole holes lap laps innings set sets quarter half
    figure table chart box option options question questions point points code
    studio track tracks disc album issue exhibit appendix annex schedule form""".split()
)
# A run of numbers joined by commas, "and", "or", "to" or dashes: "12, 9 and 4", "6 to 7".
_SERIES = re.compile(r"\d[\d,.]*(?:\s*(?:,|and|or|to|-|–|—)\s*\d[\d,.]*)+")
_RANGE_BEFORE = re.compile(r"\d\s*(?:or|to|-|–|—)\s*\Z")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.]*)[ \u00a0]+\Z")
# Capitalised only because they open the sentence: a figure after them still counts.
_OPENERS = frozenset(
    """the a all of among including only about some these those its their his her our
    with for in on at from and but another just nearly almost around roughly some
    another every each last first after before""".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*\Z")


class NumberStyleCheck(Check):
    default_message = "'{found}': {problem}"
    honours_vocabulary = False

    def run(self, document: Document) -> Iterator[Match]:
        text = analyse(document).masked  # URLs blanked out; shared with punctuation rules
        # (a paragraph without a digit from 1 to 9 has no figure in any of its sentences)
        prose = [p for p in document.paragraphs if _ends_as_prose(text, p.start, p.end)
                 and _FIGURE_DIGIT.search(text, p.start, p.end)]
        if not prose:
            return  # (no sentence below would be read)
        index = 0  # paragraphs and sentences are both in text order: one pass over each
        for sentence in document.sentences:
            while index < len(prose) and prose[index].end <= sentence.start:
                index += 1
            if (index < len(prose) and prose[index].start <= sentence.start
                    and _may_have_figure(text, sentence.start, sentence.end)):
                # in a paragraph that ends as prose; headlines, captions and list items
                # keep their figures, as news style does
                yield from self._sentence(text, sentence.start, sentence.end)

    def _sentence(self, text: str, start: int, end: int) -> Iterator[Match]:
        sentence = text[start:end]
        kept = [series.span() for series in _SERIES.finditer(sentence)
                if any(len(n.strip(",.")) > 1 for n in re.findall(r"\d[\d,.]*", series.group()))]
        for match in _FIGURE.finditer(sentence):
            at = match.start()
            if any(s <= at < e for s, e in kept) or not _is_count(sentence, at):
                continue
            word = _WORDS[int(match.group("digit")) - 1]
            opening = not sentence[:at].strip(" \"“‘'(")
            if opening:
                word = word.capitalize()
                problem = "a sentence does not open with a figure: spell it out"
            else:
                problem = "news style spells out counts from one to nine"
            yield Match(start + at, start + at + 1, {"problem": f"{problem} ({word})"},
                        suggestions=(word,))


def _ends_as_prose(text: str, start: int, end: int) -> bool:
    """Whether ``_SENTENCE_END`` matches ``text[start:end]``: a sentence mark, then only
    closing quotes or brackets and whitespace. Read from the end, not searched for along
    the paragraph."""
    bare = text[start:end].rstrip().rstrip(_CLOSERS)
    return bare != "" and bare[-1] in ".!?"


_CLOSERS = "\"”’')]"


def _may_have_figure(text: str, start: int, end: int) -> bool:
    """False only where ``_FIGURE`` finds nothing in ``text[start:end]`` (a sentence with
    no lone figure, as most sentences with digits: years, amounts, dates). Searched in
    place, the look-behind of ``_FIGURE`` also sees the character before ``start``, which
    the slice does not have: a figure right at ``start`` is let through for that."""
    return text[start:start + 1] in _FIGURES or _FIGURE.search(text, start, end) is not None


_FIGURES = frozenset("123456789")
_FIGURE_DIGIT = re.compile("[1-9]")


def _is_count(sentence: str, at: int) -> bool:
    """A figure that counts something in running text, not a measure, label or series."""
    after = sentence[at + 1:]
    before = sentence[:at]
    if not re.match(r"\s+[a-z]", after):
        return False  # before punctuation (a score, a vote) or a name or month ("6 May")
    if _UNIT_AFTER.match(after) or _RANGE_BEFORE.search(before):
        return False
    previous = _WORD_BEFORE.search(before)
    if previous is None:
        return True
    word = previous.group(1).rstrip(".")
    opening = not before[:previous.start()].strip(" \"“‘'(")
    if word[:1].isupper() and not (opening and word.lower() in _OPENERS):
        return False  # a label after a name: "Channel 4", "February 1", "Grade 3"
    return word.lower() not in _LABEL_BEFORE
