"""Name words: the word lists and the string tests that decide when two names are one.

Which words are titles, particles or common words; whether
two surnames are one family ("Abe" / "Abe's", "al-Assad" / "Assad"); and how alike two
spellings are. Heuristics tuned for English news copy and kept free of any model, so they
are fast and predictable (mentions.py finds the mentions these tests compare).
"""


from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress

from newslint.cache.lazy import LoadedOnUse
from newslint.records import NamedTuple
from newslint.text import distance
from newslint.text.folding import fold

# -- word lists ---------------------------------------------------------------------------

# Words that precede a name as a title, office or honorific. They are stripped from the
# front of a mention ("Former Prime Minister Shinzo Abe" -> "Shinzo Abe") and remembered.
TITLE_WORDS = frozenset(
    """President Presidents Vice Prime Minister Ministers Premier Chancellor Secretary
    Secretary-General Undersecretary Under-Secretary Ayatollah Imam Sheikh Shaikh Sheik
    Mullah Mufti Hojatoleslam Grand Mr Mrs Ms Miss Mx Dr Prof Professor Sen Senator Rep
    Representative Congressman Congresswoman Gov Governor Mayor King Queen Prince Princess
    Emperor Empress Crown Emir Amir Sultan Pope Cardinal Archbishop Bishop Rabbi Rev
    Reverend Father Pastor General Gen Lt Lieutenant Colonel Col Major Maj Captain Capt
    Admiral Adm Sgt Sergeant Commander Marshal Field Chief Justice Judge Ambassador Envoy
    Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chairperson Chair Director
    Deputy Foreign Defense Defence Finance Treasury Interior Trade Commerce Economy
    Supreme Leader Former Late Speaker Lord Lady Sir Dame Comrade Commissioner Attorney
    Acting Interim Senior Head Councillor Councilor Counselor Counsellor Minister-President
    Vice-President Vice-Premier Crown-Prince Haji Hajji Master Madam Madame Monsieur
    Herr Frau Señor Señora Don Doña Shri Sri Smt Datuk Dato Tun Tan-Sri Chief-Executive
    Executive Official Officer Presidential Representative Member Marshal-General
    Brigadier Ayatullah Hujjat-ul-Islam""".split()
)

# Lower-case particles that may stand inside a name ("Mohammed bin Salman", "Ursula von
# der Leyen", "Luiz Inácio Lula da Silva").
PARTICLES = frozenset(
    "bin bint ibn al el de da das do dos du del della der den van von la le ter ten y e".split()
)
# Prefixes written lower-case before a capitalised name part: "al-Assad", "el-Sisi".
_ARTICLES = frozenset("al el ad ar as ash at az an".split())
_NAME_PREFIXES = frozenset("al el ad ar as ash at az an ad-din bin ibn abu abd ul ud ben".split())

# Ordinary English words: a capitalised one is a sentence start or a headline word, not a
# name, and two of them are never "variants" of each other. Function words, frequent
# sentence openers, calendar words and the common words of news copy and headlines,
# including the generic words of institution names ("Ministry", "Council").
COMMON_WORDS = frozenset(
    """a about above according across actually after afterwards again against ago ahead
    all almost along already also although always am among amid amongst an and another
    any anyone anything anyway apart are around as at away back be because been before
    being below besides between beyond both but by can cannot could despite did do does
    doing done down during each either else elsewhere enough even ever every everyone
    everything except far few finally first for formerly from further furthermore had has
    have having he hence her here hers herself him himself his how however i if in indeed
    instead into is it its itself just last later least less like likewise many may
    maybe me meanwhile might mine more moreover most mostly much must my myself namely
    near nearly neither never nevertheless next no nobody none nonetheless nor not nothing
    now of off often on once one only onto or other others otherwise our ours ourselves
    out over overall own perhaps please rather really same second several shall she
    should similarly since so some someone something sometimes soon still such than that
    the their theirs them themselves then there thereafter therefore these they third
    this those though through throughout thus to today together tomorrow too toward
    towards under unless unlike until up upon us very via was we well were what whatever
    when whenever where whereas wherever whether which while who whoever whole whom whose
    why will with within without would yes yesterday yet you your yours yourself
    additionally again alternatively apparently basically briefly certainly clearly
    consequently currently especially eventually fortunately generally hopefully
    importantly initially interestingly ironically lately luckily naturally notably
    obviously officially originally particularly personally possibly presumably probably
    recently regardless reportedly secondly seriously significantly simply specifically
    subsequently surely thankfully traditionally ultimately unfortunately usually
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug
    sep sept oct nov dec spring summer autumn fall winter christmas easter weekend
    zero two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred thousand million billion trillion dozens hundreds thousands millions
    mr mrs ms dr sir madam
    add added adds agree agreed allow allowed announce announced answer appear appeared
    ask asked asks become became begin began believe believed bring brought build built
    buy call called calls came carry claim claimed close closed come comes continue
    continued cut decide decided deny denied describe described die died does eat end
    ended expect expected face faced fall feel fell find finds follow followed found get
    gets give given gives go goes going gone got grow grew happen happened hear heard
    help helped hit hold holds hope hoped include included increase increased keep kept
    know known lead led leave left let lose lost make makes making mean meant meet met
    move moved need needed open opened pay paid plan planned play played provide
    provided put raise raised reach reached read receive received remain remained report
    reported rise rose run said say says see seen seek seemed sees sell send sent set
    show showed shown sign signed speak spoke stand start started stay stop stopped take
    taken takes talk talked tell think thought told took try tried turn turned use used
    visit visited wait want wanted warn warned watch went win won work worked write wrote
    written
    able big black bad best better blue great green high hot huge large long low major
    new old red small strong white whole young full free good early late real right
    wrong main key top total general special public private local national international
    global regional central federal foreign domestic official political economic social
    military civil human royal supreme united joint democratic republican islamic
    christian catholic jewish muslim western eastern northern southern north south east
    west upper lower greater grand little middle modern ancient old new open annual daily
    weekly monthly future past present recent former current latest final third
    administration agency air airport alliance army assembly association authority bank
    bay board border bridge budget bureau cabinet camp capital center centre chamber
    church city club coalition coast college commission committee company conference
    congress constitution corporation council country county court crisis cup day
    department district division east embassy empire energy exchange federation force
    forces forum foundation front fund gate government group guard hall health high
    highway hospital house index institute island islands kingdom lake law league
    library line mall market media ministry mission month mountain mountains museum navy
    network news north ocean office online order organization organisation palace park
    parliament party peace people plan police port post power press prize program
    programme project province range region republic research reserve revolution river
    road room school sea security senate service society square stadium state states
    station street strait summit system team temple times tower town trade tribunal
    trust union university valley war water week world year years zone
    act agreement article bill case chapter code deal decree doctrine law order pact
    policy protocol report resolution rule treaty
    africa asia europe america americas pacific atlantic arctic antarctic gulf
    god lord heaven hell internet web yuan dollar dollars euro euros pound pounds
    action attack attacks ban battle call change deal death decision defense defence
    development election elections growth help interest issue issues life letter
    letters meeting member members money move news oil part plan point power pressure
    price prices question reform relief rights risk role sanctions season side sign
    step support talks tax team term test threat time times use view vote way words work
    breaking exclusive update live watch analysis opinion editorial comment feature
    interview photos video gallery correction review brief briefing
    analysts officials experts critics residents sources investors authorities observers
    witnesses protesters lawmakers leaders scientists researchers workers students
    teachers doctors farmers citizens voters troops soldiers rebels militants prosecutors
    judges diplomats ministers others people users consumers companies firms banks
    markets shares stocks traders buyers sellers""".split()
)

_ROMAN = re.compile(r"[IVXLC]+\Z")
_LETTERS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# The e-mail part starts only where its run of name characters starts: tried from every
# character of a long run, it would rescan the run each time (quadratic on a 40k-char line).
_URL = re.compile(r"(?:https?://|ftp://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
                  re.IGNORECASE)
_POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S")
_APOSTROPHES = "'’"

# Endings that turn a name into a plural, a possessive or a demonym: "Obamas", "Iranian",
# "Chinese", "Swedish". Two words that differ only by these are one word family.
FAMILY_ENDINGS = frozenset(
    """s es e a y i n an ans ian ians ean eans ese ish ic ics ia ite ites ism ist ists en
    ain ans is ing ings ed d er ers r rs ment ments ly""".split()
) | {""}

# Endings of derived English words. A capitalised word seen only where English
# capitalises anything (sentence starts, headlines) with such an ending is an ordinary
# word ("Speaking", "Rescuers", "Strengthening"), not a name.
ENGLISH_ENDINGS = (
    "ing", "ings", "ed", "ers", "ly", "tion", "tions", "sion", "sions", "ment", "ments",
    "ness", "ity", "ities", "ies", "ive", "ives", "ous", "able", "ible", "ful", "less",
    "ize", "ise", "ized", "ised", "izes", "ises", "ance", "ence", "ship", "ists", "ism",
)


# -- mentions -----------------------------------------------------------------------------


def may_be_name_word(word: str) -> bool:
    """A word that may belong to a name: capital first letter, not an all-caps acronym."""
    if not word[:1].isupper():
        prefix, _, rest = word.partition("-")
        return bool(rest[:1].isupper()) and prefix.lower() in _NAME_PREFIXES
    return not (len(word) > 1 and word.isupper())


@lru_cache(maxsize=65536)
def is_common(word: str) -> bool:
    return fold(bare(word)) in COMMON_WORDS


def bare(word: str) -> str:
    """The word without a possessive ending ("Abe's" -> "Abe")."""
    if word.endswith(_POSSESSIVE_ENDINGS):
        return word[:-2]
    return word.rstrip(_APOSTROPHES)


@lru_cache(maxsize=65536)
def squash(word: str) -> str:
    """Folded, without hyphens, apostrophes or spaces: "Yi-ning", "Yining" and "Yi ning" alike.

    (Three ``replace`` passes, each a C loop, do what ``translate`` with a deletion table
    does by a look-up per character: about five times fewer instructions.)"""
    return fold(word).replace("-", "").replace("'", "").replace(" ", "")


@lru_cache(maxsize=65536)
def is_comparable_word(word: str) -> bool:
    """Letters only (inner hyphens and apostrophes allowed), no digits, not a numeral."""
    return len(word) >= 2 and not _ROMAN.match(word) and _LETTERS.fullmatch(word) is not None


def looks_english(word: str) -> bool:
    """A derived English word by its ending ("Speaking", "Rescuers", "Reportedly")."""
    return len(word) > 5 and fold(word).endswith(ENGLISH_ENDINGS)


def same_family(a: str, b: str) -> bool:
    """Folded words that are one word family: plural, possessive, demonym, inflection.

    "obama"/"obamas", "iran"/"iranian", "china"/"chinese", "sweden"/"swedish": the
    longest common prefix (at least four letters, or the whole shorter word) leaves
    only family endings behind. Hyphenated compounds compare part by part
    ("china-style"/"chinese-style").
    """
    if a == b:
        return True
    parts_a, parts_b = a.split("-"), b.split("-")
    if len(parts_a) > 1 and len(parts_a) == len(parts_b):
        return all(same_family(x, y) for x, y in zip(parts_a, parts_b, strict=True))
    return _same_family_word(a, b)


def _without_article(word: str) -> str:
    prefix, dash, rest = word.partition("-")
    return rest if dash and prefix in _ARTICLES and rest else word


def _same_family_word(a: str, b: str) -> bool:
    if a == b or _without_article(a) == _without_article(b):
        return True  # "al-Assad" / "Assad"
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    if common < min(4, len(a), len(b)):
        return False
    endings = {a[common:], b[common:]}
    if endings in ({"", "i"}, {"", "y"}) and a[common - 1] in "aeiouy":
        return False  # "Zelensky"/"Zelenskyy", "Tochytsky"/"Tochytskyi": transliterations
    return a[common:] in FAMILY_ENDINGS and b[common:] in FAMILY_ENDINGS


class Likeness(NamedTuple):
    distance: int
    similarity: float


def likeness(a: str, b: str) -> Likeness:
    """Edit distance and normalised Indel similarity of two folded words."""
    return Likeness(distance.levenshtein(a, b), distance.indel_similarity(a, b))


def looks_alike(a: str, b: str, *, strong_context: bool) -> bool:
    """Whether two folded name words could be one name spelt two ways (hyphens aside).

    With strong context (the rest of the full name agrees, or a gazetteer name ties them)
    a looser test suffices: "Fan"/"Fang", "Abbey"/"Abe". Without it the test is strict:
    a short word must be at most one edit away, a longer one two ("Khameini"/"Khamenei").
    """
    if a == b or same_family(a, b):
        return False
    a, b = squash(a), squash(b)
    shorter = min(len(a), len(b))
    score = likeness(a, b)
    if strong_context:
        return shorter >= 3 and score.similarity >= 0.7 and score.distance <= max(2, shorter // 3)
    if shorter < 5 or score.similarity < 0.75:
        return False  # "Wang"/"Wong", "Mali"/"Bali": short names differ by a letter anyway
    allowed = 1 if shorter <= 5 else 2 if shorter <= 9 else 3
    return score.distance <= allowed


class LookAlikeIndex(LoadedOnUse):
    """Words indexed by what remains after deleting one or two letters (symmetric delete).

    Two words within two edits share such a key, so candidates come from a few dictionary
    lookups per word, not from comparing every pair: finding look-alikes stays linear in
    the number of distinct names however long the article.

    The keys of a gazetteer's words are tens of thousands of strings, stored in shards
    (``LoadedOnUse.sharded``): a run that asks about a few words (one article) reads the
    shards of their keys only, a run that asks about many the whole table.
    """

    sharded = frozenset({"_by_key"})

    def __init__(self, words: Iterable[str]) -> None:
        by_key: dict[str, set[str]] = {}
        squashed: dict[str, str] = {}
        for word in words:
            squashed[word] = squash(word)
            for key in _deletions(squashed[word]):
                by_key.setdefault(key, set()).add(word)
        self._squashed = squashed
        # Tuples, not sets: they unpickle about three times faster.
        self._by_key: dict[str, tuple[str, ...]] = {
            key: tuple(sorted(found)) for key, found in by_key.items()}

    def near(self, word: str) -> set[str]:
        """Indexed words that may be within two edits of ``word`` (``word`` excluded),
        hyphens, apostrophes and accents aside."""
        found: set[str] = set()
        by_key = self._by_key
        for key in _deletions(squash(word)):
            found.update(by_key.get(key, ()))
        found.discard(word)
        return found


class LookAlikePairs:
    """The look-alike pairs among a few words (one article's name words): what a
    ``LookAlikeIndex`` of them would answer, found without building one.

    Two words share a deletion key exactly when their longest common subsequence leaves
    each within its allowed deletions (one, or two for words of four to nine letters),
    and ``Indel`` distance gives that subsequence's length. An article's few dozen name
    words are compared all against all in rapidfuzz's C loop (a distance of four at most
    can qualify) once the process has loaded rapidfuzz, else by their deletion keys;
    many words fall back on shared deletion keys, which stay linear in the number of
    words. ``near`` answers as ``LookAlikeIndex.near``.
    """

    def __init__(self, words: Iterable[str], queried: Iterable[str] | None = None, *,
                 squashed: bool = False) -> None:
        """``queried``: when given, only pairs with a word of ``queried`` are looked for
        (all pairs otherwise); ``near`` then answers in full for a queried word, and for
        any other word names only its queried look-alikes. ``squashed``: the words are
        ``squash``'s own answers (an ASCII one is then its own, not looked up again)."""
        if squashed:
            words = list(words)
            if "".join(words).isascii():  # (nearly always: each word is its own, in C)
                pairs = dict(zip(words, words, strict=True))
            else:
                pairs = {word: word if word.isascii() else squash(word) for word in words}
        else:
            pairs = {word: squash(word) for word in words}
        self._init(pairs, queried)

    def _init(self, squashed: dict[str, str], queried: Iterable[str] | None) -> None:
        self._squashed = squashed
        # Only words with a look-alike get an entry (``near`` tells an indexed word
        # without one by ``_squashed``): nearly every word has none.
        self._near: dict[str, set[str]] = {}
        items = list(squashed.items())
        if queried is not None and len(items) <= _ALL_AGAINST_ALL:
            is_row = list(map(set(queried).__contains__, squashed))
            rows = list(compress(range(len(items)), is_row))
        else:
            rows = list(range(len(items)))
            is_row = [True] * len(items)
        # Each word of ``rows`` against every later word, and every earlier one not among
        # ``rows`` (each pair once): in rapidfuzz's C loop for a few words once the process
        # has loaded it, else by their shared deletion keys (linear in the number of words)
        choices = [folded for _, folded in items]
        if len(items) > _ALL_AGAINST_ALL or not distance.rapidfuzz_loaded():
            pairs = _pairs_sharing_keys(choices, rows, is_row)
        else:
            pairs = _pairs_within_distance(choices, rows, is_row)
        near = self._near
        for i, j in pairs:
            word, other = items[i][0], items[j][0]
            near.setdefault(word, set()).add(other)
            near.setdefault(other, set()).add(word)

    def pairs(self) -> Iterator[tuple[str, str]]:
        """Every pair found, once, its words in order (``a < b``): each word with each of
        its ``near`` words, for the words indexed (what ``near`` answers for them)."""
        for word, near in self._near.items():
            for other in near:
                if word < other:
                    yield word, other

    def near(self, word: str) -> set[str]:
        """The words that share a deletion key with ``word`` (``word`` excluded), as
        ``LookAlikeIndex.near``."""
        if word in self._squashed:
            return set(self._near.get(word, ()))
        return _compared(word, self._squashed)


def _pairs_within_distance(choices: list[str], rows: list[int],
                           is_row: list[bool]) -> Iterator[tuple[int, int]]:
    """``LookAlikePairs``' pairs, from rapidfuzz (Indel distance, four at
    most, then ``_share_a_key``)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Indel

    for i in rows:
        folded = choices[i]
        for _, found, j in process.extract(folded, choices, scorer=Indel.distance,
                                           score_cutoff=4, limit=None):
            if (j > i or (j < i and not is_row[j])) and _share_a_key(folded, choices[j], found):
                yield i, j


def _pairs_sharing_keys(choices: list[str], rows: list[int],
                        is_row: list[bool]) -> Iterator[tuple[int, int]]:
    """The same pairs as ``_pairs_within_distance``, from shared deletion keys (which is
    what ``_share_a_key`` decides from the distance): no rapidfuzz for a few words."""
    by_key: dict[str, list[int]] = {}
    for j, folded in enumerate(choices):
        for key in _deletions(folded):
            by_key.setdefault(key, []).append(j)
    for i in rows:
        partners: set[int] = set()
        for key in _deletions(choices[i]):
            partners.update(by_key[key])
        for j in sorted(partners):
            if j > i or (j < i and not is_row[j]):
                yield i, j


def _compared(word: str, squashed: dict[str, str]) -> set[str]:
    """The words of ``squashed`` (each word's ``squash``) that share a deletion key with
    ``word`` (``word`` excluded): compared in rapidfuzz's C loop once the process has
    loaded it, else by their keys."""
    folded = squash(word)
    if not distance.rapidfuzz_loaded():
        keys = _deletions(folded)
        found = {other for other, squashed_other in squashed.items()
                 if not keys.isdisjoint(_deletions(squashed_other))}
    else:
        from rapidfuzz import process
        from rapidfuzz.distance import Indel

        words = list(squashed)
        found = {words[j] for _, apart, j in process.extract(
                     folded, list(squashed.values()), scorer=Indel.distance, score_cutoff=4,
                     limit=None)
                 if _share_a_key(folded, squashed[words[j]], apart)}
    found.discard(word)
    return found


# Up to this many words, all pairs are compared (in C); beyond, shared deletion keys.
_ALL_AGAINST_ALL = 200


def _share_a_key(a: str, b: str, distance: int) -> bool:
    """Whether ``_deletions(a)`` and ``_deletions(b)`` meet, from their Indel distance:
    the longest common subsequence must be reachable from both within their deletions."""
    common = (len(a) + len(b) - distance) // 2
    return common >= max(len(a) - _allowed_deletions(a), len(b) - _allowed_deletions(b))


def _allowed_deletions(word: str) -> int:
    """How many letters ``_deletions`` takes from ``word``."""
    return 2 if 3 < len(word) <= 9 else 1


# A nine-letter word's deletions are ~45 strings, about 4 KiB: 8,192 of them (a corpus of a
# thousand articles needs fewer) stay under 40 MiB, where 65,536 could reach 300 MiB in a
# long archive run, in every worker.
@lru_cache(maxsize=8192)
def _deletions(word: str) -> frozenset[str]:
    """``word`` less one letter, and for words of up to nine letters less two letters.

    Longer words keep one deletion: their keys would grow with the square of their length,
    and a long name garbled in two places is rare (and still found when both words are
    written, through the same-slot comparison of full names)."""
    size = len(word)
    keys = {word[:i] + word[i + 1 :] for i in range(size)}
    if 3 < size <= 9:
        # every pair of positions once (i < j), not each one-letter deletion's own
        # deletions, which reach every pair twice
        keys.update([word[:i] + word[i + 1 : j] + word[j + 1 :]
                     for i in range(size) for j in range(i + 1, size)])
    keys.add(word)
    return frozenset(keys)
