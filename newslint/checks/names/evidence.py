"""When two similar name words are two names: the evidence the name checks weigh.

Edited news is full of real names a letter or two apart: "Kenya" and "Kenyans", the
"Hammers" and a player called Hamer, "Changsha" and "Changchun", a squad list of
surnames, "Sino-Indian" next to "India". Machine translation, by contrast, respells ONE
name ("Fan Mingong" / "Fan Mingeng", "Shinzo Abbey" / "Abe"). The tests here say when a
pair is a word family, a compound, two syllables of different romanized names, or a
list of many people, so the checks only compare what could be one name. They are
string tests on folded words (see ``newslint.checks.names.words.fold``), free of any model.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress
from operator import attrgetter, itemgetter

from newslint.checks.names.mentions import NameMention
from newslint.checks.names.words import COMMON_WORDS
from newslint.document import Document, Span
from newslint.text import distance
from newslint.text.folding import fold

# -- word families: places, their people and adjectives ---------------------------------

# Endings that make a demonym, an adjective or a plural from a place's stem:
# Kenya/Kenyans, Mexico/Mexican, Britain/Briton, Dane/Danes, Wales/Welsh.
_DEMONYM_ENDINGS = ("ians", "ian", "eans", "ean", "ans", "an", "ns", "n", "ons", "on",
                    "ese", "ish", "is", "i", "ers", "er", "ites", "ite", "ic", "s", "es")
# What a place name may end in that its demonym drops: Kenya, Mexico, Britain, Italy.
_PLACE_ENDINGS = ("ain", "ia", "a", "o", "e", "y", "es", "")


def _stems(word: str, endings: Iterable[str]) -> set[str]:
    return {word[: len(word) - len(e)] for e in endings
            if word.endswith(e) and len(word) - len(e) >= 3}


def demonym_family(a: str, b: str) -> bool:
    """Folded ``a`` and ``b`` are a place and its people or adjective, or one word's
    plural ("kenya"/"kenyans", "mexico"/"mexican", "britain"/"briton", "dane"/"danes")."""
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if longer[len(shorter):] in ("i", "y") and longer.startswith(shorter) and shorter[-1] in "aeiouy":
        return False  # "Zelensky"/"Zelenskyy", "Tochytsky"/"Tochytskyi": transliterations
    place_a, place_b = _stems(a, _PLACE_ENDINGS), _stems(b, _PLACE_ENDINGS)
    people_a, people_b = _stems(a, _DEMONYM_ENDINGS), _stems(b, _DEMONYM_ENDINGS)
    return bool(place_a & people_b or place_b & people_a or people_a & people_b)


def in_word_list(folded: str, words: frozenset[str]) -> bool:
    """``folded`` or its singular is in ``words`` (demonyms, languages: "Danes", "Welsh")."""
    if folded in words:
        return True
    return any(folded.endswith(e) and folded[: -len(e)] in words for e in ("s", "es"))


# -- compounds ----------------------------------------------------------------------------

# Combining forms of places in compounds: Sino-Indian, Franco-German, Anglo-Irish.
COMBINING_FORMS = frozenset(
    """sino franco anglo russo indo afro euro italo hispano luso greco austro
    german-american judeo nippo turco perso arabo""".split())


def is_compound_of(a: str, b: str) -> bool:
    """One written form is the other with a part joined on: "German-US" / "German",
    "U-Carmen" / "Carmen", "JPMorgan" / "Morgan". A compound is another word, not a
    respelling of its part."""
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    parts = longer.split("-")
    if len(parts) > 1 and any(fold(p) == fold(shorter) for p in parts):
        return True
    join = len(longer) - len(shorter)
    if join and fold(longer).endswith(fold(shorter)) and longer[join].isupper():
        return True  # "JPMorgan" / "Morgan", "TimeWarner" / "Warner"
    return bool(join) and fold(longer).startswith(fold(shorter)) and longer[len(shorter)].isupper()


def same_head_compounds(a: str, b: str) -> bool:
    """Two compounds sharing a part and differing in an ordinary other part:
    "Idol-style" / "Idol-type", "UK-based" / "US-based"."""
    pa, pb = a.split("-"), b.split("-")
    if len(pa) < 2 or len(pa) != len(pb):
        return False
    return sum(fold(x) == fold(y) for x, y in zip(pa, pb, strict=True)) == len(pa) - 1


def is_place_compound(word: str, is_place: object, ordinary: frozenset[str]) -> bool:
    """A hyphenated word made of places, demonyms, acronyms or combining forms
    ("Russia-U.S.", "Sino-Indian", "German-US", "Franco-German"): its parts are compared
    as the words they are, the compound never as one name."""
    parts = word.split("-")
    if len(parts) < 2:
        return False
    for part in parts:
        folded = fold(part)
        if (len(part) >= 2 and part.replace(".", "").isupper()) or folded in COMBINING_FORMS:
            return True
        if in_word_list(folded, ordinary) or (callable(is_place) and is_place(part)):
            return True
    return False


# -- romanized syllables ------------------------------------------------------------------

_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|ph|th|tr|kh|gh|ng|nh|[bcdfghjklmnpqrstwxyz])?"
    r"(?:[aeiou]{1,3}|y[aeiou]{0,2})(?:ng|nh|ch|n|m|p|t|k|r)?\Z")


def is_syllable(text: str) -> bool:
    """One romanized Chinese, Korean or Vietnamese syllable ("chang", "sha", "phong")."""
    return bool(text) and _SYLLABLE.match(text) is not None


@lru_cache(maxsize=16384)
def _syllables(text: str) -> bool:
    """``text`` splits into romanized syllables ("chang", "haiphong" = hai + phong)."""
    if not text:
        return True
    return any(is_syllable(text[:k]) and _syllables(text[k:]) for k in range(len(text), 0, -1))


def differs_by_syllable(a: str, b: str) -> bool:
    """Folded romanized names that share their syllables but one, and that one is a whole
    other syllable: "changsha"/"changchun", "jinan"/"jining", "haiphong"/"haiyang" are
    different names. A slip inside one syllable ("mingong"/"mingeng", "chunshan"/
    "chunsan") is not: that is one name respelt."""
    a, b = a.replace("-", ""), b.replace("-", "")
    for x, y in ((a, b), (a[::-1], b[::-1])):
        common = 0
        for cx, cy in zip(x, y, strict=False):
            if cx != cy:
                break
            common += 1
        for k in range(common, 0, -1):
            shared, rest_x, rest_y = x[:k], x[k:], y[k:]
            if x is not a:  # the shared part is at the end: undo the reversal
                shared, rest_x, rest_y = shared[::-1], rest_x[::-1], rest_y[::-1]
            if (_syllables(shared) and is_syllable(rest_x) and is_syllable(rest_y)
                    and distance.levenshtein(rest_x, rest_y) >= 2):
                return True
    return False


# -- Korean names -------------------------------------------------------------------------

# Family names that are Korean (not also common Chinese romanizations), with the
# romanizations machine translation uses for them; a name after one of these is Korean,
# and its given name may be written "Jae-in", "Jae In" or "Jaein".
KOREAN_SURNAMES: dict[str, tuple[str, ...]] = {
    "kim": ("gim",), "lee": ("yi", "rhee", "ri", "rhie"), "park": ("pak", "bak", "bahk"),
    "choi": ("choe", "choy"), "jung": ("jeong", "chung", "joung"),
    "jeong": ("jung", "chung"), "kang": ("gang",), "cho": ("jo", "joe"),
    "yoon": ("yun", "youn"), "jang": ("chang",), "lim": ("im", "rim"), "oh": ("o",),
    "seo": ("suh", "so"), "shin": ("sin",), "kwon": ("gwon",), "hwang": (),
    "ahn": ("an",), "yoo": ("yu", "ryu"), "jeon": ("chun", "jun", "chon"),
    "ko": ("go", "koh"), "moon": ("mun",), "son": ("sohn",), "bae": ("pae",),
    "baek": ("paik", "paek"), "heo": ("hur", "huh"), "noh": ("roh", "no"),
    "kwak": ("gwak",), "sung": ("seong",), "cha": (), "joo": ("ju", "chu"), "woo": ("u",),
    "ryu": ("yoo", "yu"), "chae": (), "byun": ("byeon",), "pyo": (), "myung": (),
    "roh": ("noh",),
}
# Left out: family names as common in Chinese as in Korean (Han, Song, Yang, Hong, Min):
# after them a hyphenated given name may be a Chinese one, whose spelling should agree.


def korean_respelling(written: str, expected: str) -> bool:
    """Folded ``written`` is another romanization of the Korean family name ``expected``
    ("mun" for "moon", "pak" for "park")."""
    return written != expected and written in KOREAN_SURNAMES.get(expected, ())


@lru_cache(maxsize=32768)
def korean_given_name(words: tuple[str, ...]) -> tuple[int, int] | None:
    """The slots of a Korean given name after a Korean family name: "Moon Jae In" ->
    (1, 3), "Moon Jae-in" or "Moon Jaein" -> (1, 2); None for other names. A function of
    the words alone, asked of every mention by several rules: remembered per distinct
    name (a few MiB at most)."""
    if len(words) < 2 or fold(words[0]) not in KOREAN_SURNAMES:
        return None
    rest = [fold(w) for w in words[1:]]
    if len(rest) == 2 and all(is_syllable(w) and len(w) <= 5 for w in rest):
        return 1, 3
    if len(rest) == 1 and _syllables(rest[0].replace("-", "")) and len(rest[0]) <= 9:
        return 1, 2
    return None


# -- lists of names -----------------------------------------------------------------------

_SENTENCE = attrgetter("sentence")


def _separators_in(text: str, start: int, end: int) -> int:
    """How many commas and semicolons ``text[start:end]`` has (a list separates its
    names), counted without copying the sentence."""
    return text.count(",", start, end) + text.count(";", start, end)


_FIRST = itemgetter(0)
_TEXT = attrgetter("text")


def list_sentences(document: Document, mentions: list[NameMention]) -> set[Span]:
    """Sentences that list many people or places: line-ups, squads, casualty lists,
    election results. Among many real names, two a letter apart are two names."""
    # A list has four names or more in one sentence, separated (two commas or semicolons
    # at least): only such sentences' mentions are looked at.
    text = document.text
    crowded = {sentence for sentence, count in Counter(map(_SENTENCE, mentions)).items()
               if count >= 4 and _separators_in(text, *sentence) >= 2}
    if not crowded:
        return set()
    by_sentence: dict[Span, list[NameMention]] = defaultdict(list)
    # The crowded sentences' mentions picked out in C (a few of the article's hundreds)
    for mention in compress(mentions, map(crowded.__contains__, map(_SENTENCE, mentions))):
        if not COMMON_WORDS.issuperset(map(fold, mention.words)):  # "Monday" (``all``, in C)
            by_sentence[mention.sentence].append(mention)
    listed = set()
    for sentence, found in by_sentence.items():
        if len(found) < 4:
            continue
        # The sentence's words that start with a letter, counted without a list of them.
        tokens = document.tokens_in(sentence.start, sentence.end)
        words = sum(map(str.isalpha, map(_FIRST, map(_TEXT, tokens))))
        name_words = sum(len(m.words) for m in found)
        if words and name_words >= 0.4 * words:
            listed.add(sentence)
    return listed
