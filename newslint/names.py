"""Name mentions in an article, and the string tests that decide when two names are one.

Machine translation garbles names more than any other kind of word, and the errors only
show at document level: one person written two ways ("Shinzo Abbey" ... "Abe"), a near
miss of a known name ("Bescent"), two real people swapped. The name checks share this
module: it finds the name mentions of a document once (cached per document, however many
rules use them) and says which words are name words worth comparing.

A mention is a run of capitalised words on one line, separated by single spaces (with
name particles such as "bin", "van der" inside, and initials such as "J. D."). Titles and
honorifics in front ("President", "Prime Minister", "Ayatollah", "Mr") are stripped but
remembered; a possessive ("Abe's") is not part of the name; an ordinary word that starts a
sentence ("So", "However") is not a name; all-caps lines (wire headlines, datelines) and
URLs are skipped. The tests here are heuristics tuned for English news copy and kept free
of any model, so they are fast and predictable.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import Indel, Levenshtein

from newslint.document import Document, Span, Token

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


class NameMention(NamedTuple):
    """One written name: its span, its words, the title in front of it, its sentence.

    ``start``/``end`` cover the name proper (title and possessive excluded); ``words`` are
    the name's tokens as written (possessive stripped, particles kept); ``spans`` their
    offsets; ``title`` the stripped title words ("Former Prime Minister") and
    ``title_start`` where the title starts (``start`` when there is none).
    """

    start: int
    end: int
    words: tuple[str, ...]
    spans: tuple[Span, ...]
    title: str
    title_start: int
    sentence: Span
    initial: bool = False  # first word where English capitalises any word (sentence start)

    @property
    def is_single(self) -> bool:
        return len(self.words) == 1


_CACHE: weakref.WeakKeyDictionary[Document, list[NameMention]] = weakref.WeakKeyDictionary()
_LOWER_CACHE: weakref.WeakKeyDictionary[Document, frozenset[str]] = weakref.WeakKeyDictionary()
_CAPS_CACHE: weakref.WeakKeyDictionary[Document, list[Span]] = weakref.WeakKeyDictionary()


def name_mentions(document: Document) -> list[NameMention]:
    """The name mentions of ``document`` in text order (computed once per document)."""
    cached = _CACHE.get(document)
    if cached is None:
        cached = _extract(document)
        _CACHE[document] = cached
    return cached


def is_ordinary(folded: str, lower: frozenset[str]) -> bool:
    """An English word: listed as common, or written in lower case elsewhere in the article
    (also as its singular or plural: "Analysts" when the copy says "analyst")."""
    if folded in COMMON_WORDS or folded in lower or folded + "s" in lower:
        return True
    return folded.endswith("s") and folded[:-1] in lower


def lowercase_words(document: Document) -> frozenset[str]:
    """Words the document writes in lower case: a capitalised one is then an ordinary word."""
    cached = _LOWER_CACHE.get(document)
    if cached is None:
        cached = frozenset(
            _folded_bare(token.text) for token in document.tokens if token.text[:1].islower()
        )
        _LOWER_CACHE[document] = cached
    return cached


@lru_cache(maxsize=65536)
def _folded_bare(word: str) -> str:
    return fold(bare(word))


def _extract(document: Document) -> list[NameMention]:
    text = document.text
    # Every URL or address has one of these: the slow pattern runs only where one is.
    maybe_url = "@" in text or "://" in text or "www." in text.lower()
    excluded = [m.span() for m in _URL.finditer(text)] if maybe_url else []
    shouting = set(all_caps_sentences(document))
    mentions: list[NameMention] = []
    for sentence in document.sentences:
        if sentence in shouting:
            continue
        tokens = document.tokens_in(sentence.start, sentence.end)
        if excluded:
            tokens = [t for t in tokens if not _inside_any(t, excluded)]
        if not tokens:
            continue
        headline = _is_title_case_headline(text, sentence, tokens)
        index = 0
        while index < len(tokens):
            word = tokens[index].text
            if (word[0].islower() and "-" not in word) or not is_capitalised(word):
                index += 1  # the common case first: a lower-case word is no name
                continue
            end = _run_end(text, tokens, index)
            opening = index == 0 or _opens_clause(text[tokens[index - 1].end : tokens[index].start])
            mentions.extend(_mentions_of_run(tokens, index, end, sentence, headline, opening))
            index = end
    return mentions


def _inside_any(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start <= token.start < end for start, end in spans)


def _run_end(text: str, tokens: list[Token], index: int) -> int:
    """Index just past the run of name tokens that starts at ``index``."""
    end = index + 1
    while end < len(tokens) and not _is_possessive(text, tokens[end - 1]):
        gap = text[tokens[end - 1].end : tokens[end].start]
        if not _joins(gap, tokens[end - 1].text):
            break
        if is_capitalised(tokens[end].text):
            end += 1
            continue
        # Particles before the next capitalised word: "bin Salman", "von der Leyen".
        after = end
        while (after < len(tokens) and tokens[after].text in PARTICLES
               and after + 1 < len(tokens)
               and _joins(text[tokens[after].end : tokens[after + 1].start], tokens[after].text)):
            after += 1
        if after == end or after >= len(tokens) or not is_capitalised(tokens[after].text):
            break
        end = after + 1
    return end


def _joins(gap: str, previous: str) -> bool:
    """Whether two words separated by ``gap`` belong to one name."""
    if gap and gap.strip(" \t\u00a0") in ("", "\n", "\r", "\r\n"):
        return True  # spaces, or one line break inside a wrapped sentence
    # Initials and abbreviated titles: "J. D. Vance", "J.D. Vance", "Dr. Smith".
    return gap.rstrip(" ") == "." and (len(previous) == 1 or previous in TITLE_WORDS)


def _is_possessive(text: str, token: Token) -> bool:
    if token.text.endswith(_POSSESSIVE_ENDINGS):
        return True
    return token.end < len(text) and text[token.end] in _APOSTROPHES and token.text.endswith("s")


def _opens_clause(gap: str) -> bool:
    """Punctuation after which English capitalises an ordinary word: quotes, colons, dashes."""
    return any(mark in gap for mark in ':"“‘«—–(') or gap.strip() in ("-", "--")


def _mentions_of_run(tokens: list[Token], index: int, end: int, sentence: Span,
                     headline: bool, opening: bool) -> list[NameMention]:
    run = tokens[index:end]
    if headline:
        # In a title-case headline every ordinary word is capitalised: they split names.
        pieces, current = [], []
        for token in run:
            if is_common(token.text):
                if current:
                    pieces.append(current)
                current = []
            else:
                current.append(token)
        if current:
            pieces.append(current)
        return [m for piece in pieces if (m := _mention(piece, sentence, True)) is not None]
    if opening:
        while run and is_common(run[0].text) and run[0].text not in TITLE_WORDS:
            run = run[1:]  # "So Bescent vowed": "So" starts the sentence, it is no name
            opening = False
    mention = _mention(run, sentence, opening)
    return [mention] if mention is not None else []


def _mention(run: list[Token], sentence: Span, initial: bool) -> NameMention | None:
    if not run:
        return None
    last_title = -1
    for position, token in enumerate(run[:-1]):
        if token.text.rstrip(".") in TITLE_WORDS:
            last_title = position
    name = run[last_title + 1 :]
    if not name or all(token.text in TITLE_WORDS for token in name):
        return None
    words, spans = [], []
    for token in name:
        word = bare(token.text)
        words.append(word)
        spans.append(Span(token.start, token.start + len(word)))
    title = " ".join(token.text for token in run[: last_title + 1])
    return NameMention(spans[0].start, spans[-1].end, tuple(words), tuple(spans), title,
                       run[0].start, sentence, initial and last_title < 0)


def is_all_caps(tokens: list[Token]) -> bool:
    """A wire headline or dateline line in capitals: names there are not compared."""
    lettered = [t.text for t in tokens if not t.text.isdigit()]
    if len(lettered) < 2 or not any(len(word) > 1 and word.isupper() for word in lettered):
        return False
    upper = sum(1 for word in lettered if word.isupper())  # initials count: "U.S. TROOPS"
    return upper >= 0.8 * len(lettered)


def all_caps_sentences(document: Document) -> list[Span]:
    """The sentences written in capitals (computed once per document)."""
    cached = _CAPS_CACHE.get(document)
    if cached is None:
        cached = []
        for sentence in document.sentences:
            tokens = document.tokens_in(sentence.start, sentence.end)
            if tokens and is_all_caps(tokens):
                cached.append(sentence)
        _CAPS_CACHE[document] = cached
    return cached


def _is_title_case_headline(text: str, sentence: Span, tokens: list[Token]) -> bool:
    """A line without closing punctuation whose words are nearly all capitalised."""
    if text[sentence.end - 1] in ".!?…:;\"”’)":
        return False
    content = [t.text for t in tokens if len(t.text) > 3 or not is_common(t.text)]
    if len(content) < 3:
        return False
    capitalised = sum(1 for word in content if word[:1].isupper())
    return capitalised >= 0.75 * len(content)


# -- words --------------------------------------------------------------------------------


def is_capitalised(word: str) -> bool:
    """A word that may belong to a name: capital first letter, not an all-caps acronym."""
    if not word[:1].isupper():
        prefix, _, rest = word.partition("-")
        return bool(rest[:1].isupper()) and prefix.lower() in _NAME_PREFIXES
    return not (len(word) > 1 and word.isupper())


def is_common(word: str) -> bool:
    return fold(bare(word)) in COMMON_WORDS


def bare(word: str) -> str:
    """The word without a possessive ending ("Abe's" -> "Abe")."""
    if word.endswith(_POSSESSIVE_ENDINGS):
        return word[:-2]
    return word.rstrip(_APOSTROPHES)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case- and accent-insensitive key ("Erdoğan" and "erdogan" fold alike)."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


@lru_cache(maxsize=65536)
def squash(word: str) -> str:
    """Folded, without hyphens, apostrophes or spaces: "Yi-ning", "Yining" and "Yi ning" alike."""
    return fold(word).translate(_SQUASHED)


_SQUASHED = str.maketrans("", "", "-' ")


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
    return Likeness(Levenshtein.distance(a, b), Indel.normalized_similarity(a, b))


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


class LookAlikeIndex:
    """Words indexed by what remains after deleting one or two letters (symmetric delete).

    Two words within two edits share such a key, so candidates come from a few dictionary
    lookups per word, not from comparing every pair: finding look-alikes stays linear in
    the number of distinct names however long the article.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._by_key: dict[str, set[str]] = {}
        for word in words:
            for key in _deletions(squash(word)):
                self._by_key.setdefault(key, set()).add(word)

    def near(self, word: str) -> set[str]:
        """Indexed words that may be within two edits of ``word`` (``word`` excluded),
        hyphens, apostrophes and accents aside."""
        found: set[str] = set()
        for key in _deletions(squash(word)):
            found.update(self._by_key.get(key, ()))
        found.discard(word)
        return found


@lru_cache(maxsize=65536)
def _deletions(word: str) -> frozenset[str]:
    """``word`` less one letter, and for words of up to nine letters less two letters.

    Longer words keep one deletion: their keys would grow with the square of their length,
    and a long name garbled in two places is rare (and still found when both words are
    written, through the same-slot comparison of full names)."""
    once = {word[:i] + word[i + 1 :] for i in range(len(word))}
    if 3 < len(word) <= 9:
        once |= {w[:i] + w[i + 1 :] for w in once for i in range(len(w))}
    once.add(word)
    return frozenset(once)
