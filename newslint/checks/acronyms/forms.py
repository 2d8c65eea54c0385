"""Can a long form spell an acronym? The conventions of real acronyms, as a matcher.

Newsrooms build acronyms from initial letters ("International Monetary Fund" → IMF), skip
or keep function words ("Bank of Japan" → BOJ, BoJ; "Ministry of Commerce" → MOFCOM), take
more than one letter from a word ("intercontinental ballistic missile" → ICBM,
"Kuomintang" → KMT), split hyphenated words ("Asia-Pacific Economic Cooperation" → APEC,
"Co-operation" → C), pluralise ("electric vehicles" → EVs), write numbers as digits
("Group of Seven" → G7) and "and" as an ampersand ("research and development" → R&D).

``spells`` accepts a long form when its words can produce the acronym's letters in order
under those conventions, with one constraint that carries the check: **every content
word contributes at least its initial letter**. That is what a scrambled or reworded
expansion breaks ("Joint Comprehensive Action Plan" cannot give JCPOA: "Action" would
have to start with P). Within that constraint the matcher is deliberately generous,
because it decides what is *accepted*: a rejected long form is only reported when other
evidence says it was meant as the expansion (see ``newslint.checks.acronyms.check``).

Two variants serve the check's finer decisions: ``strict`` matching takes letters only
from the start of words (what a newsroom's own acronyms do, so loose-only matches of
capitalised words that also permute the initials are suspect), and
``spells_leaving_out_one`` accepts plain initials with one word left out (STAO for the
"State Council Taiwan Affairs Office"), for acronyms the gazetteer does not know.

Acronyms whose letters do not follow their English name at all (FARC, MSF, PKK, NPT)
are not the matcher's business: they come from the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from newslint.records import NamedTuple
from newslint.text.folding import fold
from newslint.text.stemming import stem

# Words an acronym may skip. English function words, plus the articles, prepositions
# and conjunctions of the languages whose names English news keeps untranslated
# ("Médecins Sans Frontières", "Hayat Tahrir al-Sham", "Adalet ve Kalkınma Partisi",
# "Jama'at Nusrat al-Islam wal-Muslimin").
FUNCTION_WORDS = frozenset(
    """a an the of and for in on at to by with from into against under over between among
    via per or nor as de du des d la le les l el los las del y e et und fur der die das den
    dem von vom zu zur zum di da do dos della delle dei degli al ar as ash ad ul wa wal
    ve i ta och og en voor dan""".split()
)
# English words that join the parts of a name and never begin one.
CONNECTORS = frozenset(
    """a an the of and for in on at to by with from into against under over between among
    via per or nor as""".split()
)
# Words left out of the comparison of two written forms ("the Joint Plan" = "Joint Plan").
ARTICLES = frozenset({"the", "a", "an"})
# Words an ampersand in an acronym stands for.
AMPERSAND_WORDS = frozenset({"and", "&", "et", "und", "y"})

_NUMBER_WORDS = {
    word: value
    for value, words in enumerate(
        [
            "zero", "one first", "two second", "three third", "four fourth", "five fifth",
            "six sixth", "seven seventh", "eight eighth", "nine ninth", "ten tenth",
            "eleven eleventh", "twelve twelfth", "thirteen thirteenth",
            "fourteen fourteenth", "fifteen fifteenth", "sixteen sixteenth",
            "seventeen seventeenth", "eighteen eighteenth", "nineteen nineteenth",
            "twenty twentieth",
        ]
    )
    for word in words.split()
}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100})

# A word of a long form: a dotted abbreviation ("U.S."), a word with inner hyphens or
# apostrophes and an optional closing apostrophe ("Workers'"), an ampersand, or a number.
LONG_FORM_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*['’]?|&"
)
_ACRONYM_PUNCTUATION = re.compile(r"[.\-/+'’ ]")
_POSSESSIVE = re.compile(r"(.+?)['’]s")


class Unit(NamedTuple):
    """One element of an acronym: a letter, a number ("7" in G7) or an ampersand."""

    kind: str  # "letter" | "number" | "and"
    value: str


# -- acronyms ------------------------------------------------------------------------------


def is_acronym_shaped(token: str) -> bool:
    """True for tokens written like acronyms: IAEA, U.N., EVs, MoU, AfD, G7, P5+1, R&D.

    At least two capitals (or a capital and a digit), no more lower-case letters than
    capitals, and short. Words ("Unicef", "Xinhua") and party labels after a politician's
    name ("D-Calif.") do not qualify.
    """
    if not 2 <= len(token) <= 14 or not (token[0].isupper() or token[0].isdigit()):
        return False
    if any(not (c.isalnum() or c in ".&+-/'’") for c in token):
        return False
    upper = sum(1 for c in token if c.isupper())
    lower = sum(1 for c in token if c.islower())
    digits = sum(1 for c in token if c.isdigit())
    if upper < 2 and not (upper == 1 and digits):
        return False
    return lower <= upper


def _strip_plural(token: str) -> str:
    """'EVs' → 'EV', "NGO's" → 'NGO': the plural or possessive of an acronym."""
    for ending in ("'s", "’s", "s"):
        if token.endswith(ending) and len(token) > len(ending) + 1:
            stem_part = token[: -len(ending)]
            if stem_part[-1].isupper() or stem_part[-1].isdigit():
                return stem_part
    return token


def acronym_key(token: str) -> str:
    """The form under which acronyms are compared: 'U.N.' = 'UN', 'BoJ' = 'BOJ', 'EVs' = 'EV'."""
    return fold(_ACRONYM_PUNCTUATION.sub("", _strip_plural(token))).upper()


def acronym_units(token: str) -> tuple[Unit, ...]:
    """The letters, numbers and ampersands of an acronym, in order ('P5+1' → P, 5, 1)."""
    units: list[Unit] = []
    for match in re.finditer(r"\d+|&|[^\W\d_]", _strip_plural(token)):
        piece = match.group()
        if piece == "&":
            units.append(Unit("and", "&"))
        elif piece.isdigit():
            units.append(Unit("number", str(int(piece))))
        else:
            units.append(Unit("letter", fold(piece)))
    return tuple(units)


# -- long forms ----------------------------------------------------------------------------


def is_function_word(word: str) -> bool:
    return fold(word).strip("'") in FUNCTION_WORDS


def starts_capital_or_digit(word: str) -> bool:
    """A long-form word written like part of a proper name ("Union", "7")."""
    return word[:1].isupper() or word[:1].isdigit()


class _Piece(NamedTuple):
    """One matchable part of a long-form word (hyphenated words have several)."""

    letters: str
    function: bool
    number: int | None
    ampersand: bool
    group: int
    first_of_group: bool
    last_of_group: bool
    optional_group: bool
    capitalised: bool


def _number_value(letters: str) -> int | None:
    if letters.isdigit():
        return int(letters)
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", letters)
    if digits:
        return int(digits.group(1))
    return _NUMBER_WORDS.get(letters)


def _pieces(words: Sequence[str]) -> tuple[_Piece, ...]:
    pieces: list[_Piece] = []
    for group, word in enumerate(words):
        pieces.extend(_Piece(letters, function, number, ampersand, group, first, last,
                             optional, capitalised)
                      for letters, function, number, ampersand, first, last, optional,
                      capitalised in _word_pieces(word))
    return tuple(pieces)


@lru_cache(maxsize=8192)  # a long form is read once per suffix: its words many times
def _word_pieces(word: str) -> tuple[tuple[str, bool, int | None, bool, bool, bool, bool,
                                            bool], ...]:
    """One word's pieces for ``_pieces``, without the word's place (its group)."""
    if word == "&":
        parts = ["&"]
    elif re.fullmatch(r"(?:[^\W\d_]\.){2,}", word):
        parts = [word.replace(".", "")]  # "U.N." contributes U and N, like "UN"
    else:
        parts = [p for p in re.split(r"[-]", word) if p]
    folded = [fold(p).strip("'").removesuffix("'s") for p in parts]
    functions = [f in FUNCTION_WORDS or f == "&" for f in folded]
    capitalised = starts_capital_or_digit(word)
    return tuple((letters, functions[index], _number_value(letters), letters == "&",
                  index == 0, index == len(folded) - 1, all(functions), capitalised)
                 for index, letters in enumerate(folded))


def spells(words: Sequence[str], acronym: str, *, strict: bool = False) -> bool:
    """Whether the long form ``words`` can spell ``acronym`` by the conventions above.

    Every content word (every hyphenated compound, through at least one of its parts)
    contributes a run of letters that starts with its initial and continues with letters
    from inside it, in order; function words contribute the same way or not at all;
    numbers in the acronym match numerals or number words, or may be absent; "&" matches
    "and". A trailing "of <Place>" may stay unmatched ("Constitutional Democratic Party
    of Japan" → CDP), as newsrooms drop it from many acronyms.

    ``strict`` allows only the start of a word, not letters from inside it ("COM" from
    "Commerce", not "S" from "touriSm"): what a newsroom's own acronyms almost always do.
    """
    return _spells(tuple(words), acronym, strict)


@lru_cache(maxsize=4096)  # each suffix of a long form is tried several ways, in many articles
def _spells(words: tuple[str, ...], acronym: str, strict: bool) -> bool:
    units = acronym_units(acronym)
    if not units or not words:
        return False
    return _Matcher(_pieces(words), units, internal_letters=not strict).matches()


def spells_leaving_out_one(words: Sequence[str], acronym: str) -> bool:
    """Initials only, with one content word after the first left out.

    Some real acronyms skip a word of their name ("State Council Taiwan Affairs Office"
    → STAO, "Viet Nam News Agency" → VNA, "Centers for Disease Control and Prevention" →
    CDC). Only plain initials qualify, so the leniency cannot combine with letters taken
    from inside words.
    """
    return _spells_leaving_out_one(tuple(words), acronym)


@lru_cache(maxsize=1024)
def _spells_leaving_out_one(words: tuple[str, ...], acronym: str) -> bool:
    units = acronym_units(acronym)
    if not units or not words:
        return False
    return _Matcher(_pieces(words), units, internal_letters=False, initials_only=True,
                    skippable=1).matches()


class _Matcher:
    """Dynamic programming over (piece, unit, current word contributed, skips left)."""

    def __init__(self, pieces: tuple[_Piece, ...], units: tuple[Unit, ...], *,
                 internal_letters: bool = True, initials_only: bool = False,
                 skippable: int = 0) -> None:
        self.pieces = pieces
        self.units = units
        self.internal_letters = internal_letters
        self.initials_only = initials_only
        self.skippable = skippable
        self.memo: dict[tuple[int, int, bool, int], bool] = {}

    def matches(self) -> bool:
        return self._match(0, 0, False, self.skippable)

    def _match(self, p: int, u: int, contributed: bool, skips: int) -> bool:
        key = (p, u, contributed, skips)
        if key not in self.memo:
            self.memo[key] = self._compute(p, u, contributed, skips)
        return self.memo[key]

    def _compute(self, p: int, u: int, contributed: bool, skips: int) -> bool:
        units = self.units
        if u < len(units) and units[u].kind == "number" and self._match(p, u + 1, contributed, skips):
            return True  # a number may be left out of the long form ("Group (G7)")
        if p == len(self.pieces):
            return u == len(units)
        if u == len(units) and self._trailing_qualifier(p):
            return True
        piece = self.pieces[p]
        if piece.first_of_group:
            contributed = False
        # Skipping a piece is always tried; the check at the end of each word rejects a
        # content word that contributed nothing (or spends the one allowed skip on it).
        if self._after_piece(p, u, contributed, skips, piece):
            return True
        return any(self._after_piece(p, next_u, True, skips, piece)
                   for next_u in self._contributions(piece, u))

    def _after_piece(self, p: int, u: int, contributed: bool, skips: int, piece: _Piece) -> bool:
        if piece.last_of_group and not contributed and not piece.optional_group:
            if skips == 0 or piece.group == 0:
                return False
            skips -= 1
        return self._match(p + 1, u, contributed, skips)

    def _contributions(self, piece: _Piece, u: int) -> list[int]:
        """Unit positions reachable after ``piece`` contributes from unit ``u`` on."""
        if u >= len(self.units):
            return []
        unit = self.units[u]
        if unit.kind == "number":
            value = int(unit.value)
            if piece.number == value or (piece.letters.isdigit() and piece.letters.endswith(unit.value)):
                return [u + 1]
            return []
        if unit.kind == "and":
            return [u + 1] if piece.ampersand or piece.letters in AMPERSAND_WORDS else []
        if not piece.letters or piece.letters[0] != unit.value:
            return []
        reachable = [u + 1]
        if self.initials_only:
            return reachable
        position, next_u = 0, u + 1
        while next_u < len(self.units) and self.units[next_u].kind == "letter":
            if self.internal_letters:
                position = piece.letters.find(self.units[next_u].value, position + 1)
            else:
                position = position + 1 if piece.letters[position + 1:position + 2] == \
                    self.units[next_u].value else -1
            if position < 0:
                break
            next_u += 1
            reachable.append(next_u)
        return reachable

    def _trailing_qualifier(self, p: int) -> bool:
        """``pieces[p:]`` is the place of a trailing "of <Place>" ("... Party of Japan",
        "... Court in The Hague")."""
        if p == 0 or not self.pieces[p].first_of_group:
            return False
        before = self.pieces[p - 1]
        if before.letters not in ("of", "in") or not before.first_of_group:
            return False
        rest = self.pieces[p:]
        content_groups = {piece.group for piece in rest if not piece.function}
        return (len({piece.group for piece in rest}) <= 3 and len(content_groups) <= 2
                and all(piece.capitalised for piece in rest))


# -- comparing written forms ---------------------------------------------------------------


_MAX_MEMO = 65536  # distinct words remembered by WordForms.key before it starts afresh


class WordForms:
    """Spelling variants and synonym sets, from the rule's data file.

    ``key`` makes two spellings of one word equal (Organisation/Organization, plurals,
    possessives); ``synonyms`` says whether two different words are ones MT swaps;
    ``readings`` turns "Defence Ministry" into "Ministry of Defence" for the head nouns
    that English puts either way.
    """

    def __init__(self, spellings: Sequence[Sequence[str]] = (),
                 synonyms: Sequence[Sequence[str]] = (), heads: Sequence[str] = ()) -> None:
        self._canonical: dict[str, str] = {}
        for group in spellings:
            canonical = _bare(group[0])
            for word in group:
                self._canonical[_bare(word)] = canonical
        self._classes: dict[str, set[int]] = {}
        for index, group in enumerate(synonyms):
            for word in group:
                self._classes.setdefault(self.key(word), set()).add(index)

        self._heads = frozenset(self.key(word) for word in heads)

    def key(self, word: str) -> str:
        memo = self._memo_for("_memo")
        key = memo.get(word)
        if key is None:
            bare = _bare(word)
            key = memo[word] = _stem(self._canonical.get(bare, bare))
        return key

    def exact_part(self, word: str) -> str:
        """What ``word`` adds to an exact key (``compare.Knowledge.exact_key``): nothing
        for an article, "and" for "&", else its ``key``; once per distinct word."""
        memo = self._memo_for("_exact_memo")
        part = memo.get(word)
        if part is None:
            part = memo[word] = ("" if fold(word) in ARTICLES
                                 else "and" if word == "&" else self.key(word))
        return part

    def _memo_for(self, name: str) -> dict[str, str]:
        """An answer per distinct word for the run: a bounded memo, emptied when full (not
        pickled with the forms)."""
        memo: dict[str, str] | None = self.__dict__.get(name)
        if memo is None or len(memo) >= _MAX_MEMO:
            memo = self.__dict__[name] = {}
        return memo

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop("_memo", None)
        state.pop("_exact_memo", None)
        return state

    def readings(self, words: Sequence[str]) -> list[list[str]]:
        """``words`` as written, and as English also writes the same name: a possessive
        owner put last ("Iran's Atomic Energy Organization" = "Atomic Energy Organization
        of Iran") and a final head noun put first ("Defence Ministry" = "Ministry of
        Defence"). The last reading is the most "of"-like, used as the canonical one."""
        readings = [list(words)]
        owner = _POSSESSIVE.fullmatch(words[0]) if len(words) >= 2 else None
        if owner is not None:
            readings.append([*words[1:], "of", owner.group(1)])
        if len(words) >= 2 and self.key(words[-1]) in self._heads:
            readings.append([words[-1], "of", *words[:-1]])
        return readings

    def synonyms(self, a: str, b: str) -> bool:
        """Whether keys ``a`` and ``b`` are in one synonym set."""
        return bool(self._classes.get(a, set()) & self._classes.get(b, set()))

    def has_synonyms(self, key: str) -> bool:
        """Whether key ``key`` is in some synonym set (else ``synonyms`` is always False)."""
        return key in self._classes

    def keys_with_synonyms(self) -> Iterable[str]:
        """Every key that is in some synonym set."""
        return self._classes.keys()


def _bare(word: str) -> str:
    folded = fold(word).strip("'")
    folded = folded.removesuffix("'s")
    return folded.replace("-", "").replace(".", "")


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    return stem(word)


def related_forms(a: str, b: str) -> bool:
    """Two keys that are forms of one word ("europ"/"european", "china"/"chines").

    A shared beginning of four letters or more, with at most four letters of each word
    left over: the derivations (nation/national, Europe/European, democracy/democratic)
    that MT produces when it restructures a name, without the prefixes that only look
    alike (international/internal).
    """
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= 4 and len(a) - shared <= 4 and len(b) - shared <= 4
