"""``polarity-clash``: positive and negative evaluations coordinated in one list.

Khamenei described negotiations as "wise, intelligent and dishonorable": the source said
"not wise, not intelligent, not honourable", and the translation lost two negations. A
list joined by "and" (or by commas and "and", or "both … and") says its members apply
together, so a member whose polarity disagrees with the others is the usual trace of a
negation dropped (or added) in translation.

The polarity of a word comes from an evaluative lexicon (rules/data/polarity.tsv, derived
from VADER and curated for news). A coordination is flagged as a whole when its members
carry both polarities, except when English means the contrast:

- an explicit contrast marker: "long but rewarding", "difficult yet productive", "and yet";
- a negator scoping over one member: "transparent and not corrupt", "less corrupt";
- an antonym binomial naming a range: "positive and negative effects", "legal and illegal";
- members of different word classes, which means the "and" joins clauses or phrases,
  not evaluations ("the talks were productive and violence ...");
- "or" and "nor": alternatives, not a joint judgement;
- tone words: the feeling a work or event evokes ("disturbing and compelling", "angry and
  joyful", "raw, honest and painful") describes it rather than judging it;
- faint praise: mild positive words ("safe", "inoffensive", "pleasant", "competent") that a
  critic lists among negatives ("a mediocre, sentimental and safe song") as criticism.
Words not in the lexicon (neutral, descriptive) are allowed in a list but never clash.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError
from newslint.checks.contradictions.lexicon import lowered_text, sentences_of
from newslint.document import Document, Span, Token
from newslint.records import NamedTuple
from newslint.text import lemmas

NEGATORS = frozenset(("not", "never", "hardly", "less", "least", "barely", "nowhere"))
# "and" as a whole token, any case: written from its letters (the look-behind after them,
# the case by hand) so that re skips from "a" to "a" instead of trying every character.
_AND = re.compile(r"[aA][nN][dD](?<![^\W_][aA][nN][dD])(?![^\W_])")
_AND_LOWER = re.compile(r"and(?<![^\W_]and)(?![^\W_])")  # in lexicon.lowered_text
# Degree and focus words that may stand between a negator and the evaluated word.
MODIFIERS = frozenset(
    """very highly deeply extremely ultimately entirely wholly fully totally completely
    utterly largely mostly partly partially somewhat rather quite fairly too so more most
    particularly especially increasingly equally genuinely truly clearly plainly""".split()
)
CONTRAST = frozenset(
    """but yet though although albeit still however while whereas nevertheless nonetheless
    if even""".split()
)
_PREFIX_ANTONYMS = ("un", "in", "im", "ir", "il", "dis", "non", "non-", "mis")
_WORD_CLASSES = ("ADJ", "ADV", "NOUN")
_ADVERB_SUFFIXES = ("ly",)
_NOUN_SUFFIXES = ("ness", "ity", "ance", "ence", "ism", "ment", "tion", "sion")
_ADJECTIVE_SUFFIXES = ("ful", "ous", "ive", "able", "ible", "less", "ent", "ant", "ic", "al")


def _two_polar_words(words: list[str], polarity: dict[str, int]) -> bool:
    """Whether at least two of ``words`` (two occurrences, maybe of one word) are in the
    lexicon: the set of the distinct ones is built in C, and only when it holds a single
    word are its occurrences counted."""
    polar = polarity.keys() & words
    return len(polar) >= 2 or (len(polar) == 1 and words.count(next(iter(polar))) >= 2)


def may_clash(words: list[str], polarity: dict[str, int]) -> bool:
    """False only where ``words`` (a sentence's, or a whole article's) hold no clash.

    A clash has a member of each polarity, each headed by a word of the lexicon, so the
    words hold two lexicon words (``_two_polar_words``). A member's polarity is its head
    word's own, turned round only by a negator before it (a word of ``NEGATORS``, the
    only words ``_member_from`` and ``_member_to`` count), so without a negator the
    words must also hold lexicon words of both signs. The words of a sentence are among
    those of its article, so an article refused here has no sentence that would pass."""
    polar = polarity.keys() & words  # (the one pass over the words, in C)
    if len(polar) < 2 and not (polar and words.count(next(iter(polar))) >= 2):
        return False  # (the test of _two_polar_words)
    return len({polarity[word] for word in polar}) > 1 or not NEGATORS.isdisjoint(words)


class Member(NamedTuple):
    """One member of a coordination: its tokens, head word and (possibly negated) polarity."""

    start: int
    end: int
    head: str
    negated: bool
    polarity: int  # +1, -1, or 0 (not in the lexicon)

    def text(self, document: Document) -> str:
        return document.text[self.start : self.end]


class PolarityClashCheck(Check):
    parameters = {
        "lexicon": Param("path", required=True,
                         help="TSV of evaluative words: word<TAB>+|-[<TAB>source]"),
        "binomials": Param("strings", default=(),
                           help="antonym pairs that name a range, not a clash: 'good/bad'"),
        "tone_words": Param("strings", default=(),
                            help="words for the feeling a work or event evokes ('painful', "
                                 "'joyful'): tone, not judgement, so never polar"),
        "faint_praise": Param("strings", default=(),
                              help="mild positive words that a critic lists among "
                                   "negatives: 'mediocre, sentimental and safe'"),
        "max_member_words": Param("int", default=3,
                                  help="longest member, negator and modifiers included"),
    }
    default_message = "'{odd}' contradicts '{rest}' in the same list: a dropped negation?"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        tone = frozenset(w.lower() for w in params["tone_words"])
        lexicon = context.data_path(params["lexicon"])
        polarity = context.resources.derived("polarity-lexicon", [lexicon],
                                             lambda: _load_lexicon(str(lexicon)))
        self._polarity = {word: sign for word, sign in polarity.items() if word not in tone}
        self._binomials = _binomial_pairs(params["binomials"])
        self._faint_praise = frozenset(w.lower() for w in params["faint_praise"])
        self._classes = lru_cache(maxsize=16384)(
            lambda word: _word_classes(word, lemmas.all_lemmas(word)))
        if params["max_member_words"] < 1:
            raise ParameterError("'max_member_words' must be at least 1", key="max_member_words")

    def run(self, document: Document) -> Iterator[Match]:
        # The article first (two sets built in C): most have no two evaluative words of
        # which one can judge against another, and then no sentence of theirs is read.
        if not may_clash(document.words_in(0, len(document.text)), self._polarity):
            return
        # A clash needs an 'and': only the sentences that have one are read.
        lowered = lowered_text(document)
        found = _AND.finditer(document.text) if lowered is None else _AND_LOWER.finditer(lowered)
        for index in sentences_of(document, (m.start() for m in found)):
            sentence = document.sentences[index]
            words = document.words_in(sentence.start, sentence.end)
            # A clash needs a positive and a negative member, each headed by a word of
            # the lexicon: a sentence with fewer than two such words has none (and its
            # tokens are not taken out).
            if may_clash(words, self._polarity):
                tokens = document.tokens_in(sentence.start, sentence.end)
                yield from self._sentence(document, sentence, tokens, words)

    def _sentence(self, document: Document, sentence: Span,
                  tokens: Sequence[Token], words: list[str]) -> Iterator[Match]:
        for index, word in enumerate(words):
            if word != "and" or index == 0 or index + 1 >= len(tokens):
                continue
            coordination = self._coordination(document, sentence, tokens, words, index)
            if coordination is None:
                continue
            members, span_start = coordination
            match = self._clash(document, members, span_start)
            if match is not None:
                yield match

    # -- finding the coordination ---------------------------------------------------------
    def _coordination(self, document: Document, sentence: Span, tokens: Sequence[Token],
                      words: list[str], conjunction: int
                      ) -> tuple[list[Member], int] | None:
        """The members around the 'and' at ``conjunction``, and where the whole begins."""
        text = document.text
        right = self._member_from(document, sentence, tokens, words, conjunction + 1)
        if right is None:
            return None
        members = [right[0]]
        cursor = conjunction - 1
        if cursor >= 0 and _gap(text, tokens, cursor) not in ("", ","):
            return None  # "and" after a colon, a quote, a dash: not a plain list
        oxford = _gap(text, tokens, cursor) == ","
        while cursor >= 0:
            left = self._member_to(document, sentence, tokens, words, cursor)
            if left is None:
                break
            member, first = left
            members.insert(0, member)
            cursor = first - 1
            if cursor < 0 or _gap(text, tokens, cursor) != ",":
                break
        if len(members) < 2 or (oxford and len(members) < 3):
            return None
        start = members[0].start
        first_index = next(i for i, t in enumerate(tokens) if t.start == start)
        if first_index > 0 and words[first_index - 1] == "both" and len(members) == 2:
            start = tokens[first_index - 1].start
        return members, start

    def _member_from(self, document: Document, sentence: Span, tokens: Sequence[Token],
                     words: list[str], index: int) -> tuple[Member, int] | None:
        """A member that starts at token ``index`` (right of the conjunction)."""
        limit = min(len(tokens), index + self.params["max_member_words"])
        negated = False
        for cursor in range(index, limit):
            if cursor > index and _gap(document.text, tokens, cursor - 1) != "":
                return None
            word = words[cursor]
            if cursor == index and word in CONTRAST:
                return None  # "and yet", "and still": a stated contrast
            if word in NEGATORS:
                negated = not negated
                continue
            if word in MODIFIERS:
                continue
            if not self._evaluative_slot(tokens, cursor, sentence, word):
                return None
            polarity = self._polarity.get(word, 0)
            member = Member(tokens[index].start, tokens[cursor].end, word, negated,
                            -polarity if negated else polarity)
            return member, cursor
        return None

    def _member_to(self, document: Document, sentence: Span, tokens: Sequence[Token],
                   words: list[str], index: int) -> tuple[Member, int] | None:
        """A member that ends at token ``index`` (left of the conjunction or a comma)."""
        word = words[index]
        if not self._evaluative_slot(tokens, index, sentence, word):
            return None
        first = index
        negated = False
        while first > 0 and index - first + 1 < self.params["max_member_words"]:
            previous = words[first - 1]
            if _gap(document.text, tokens, first - 1) != "":
                break
            if previous in NEGATORS:
                negated = not negated
            elif previous not in MODIFIERS:
                break
            first -= 1
        polarity = self._polarity.get(word, 0)
        return Member(tokens[first].start, tokens[index].end, word, negated,
                      -polarity if negated else polarity), first

    def _evaluative_slot(self, tokens: Sequence[Token], index: int, sentence: Span,
                         word: str) -> bool:
        """Can this token head a list member? Lexicon words, adjectives and adverbs can;
        names (capitalised mid-sentence), numbers and function words cannot."""
        token = tokens[index]
        if token.text[:1].isupper() and token.start != sentence.start:
            return False
        if not word.replace("-", "").isalpha():
            return False
        if word in self._polarity:
            return True
        classes = self._classes(word)
        return "ADJ" in classes or "ADV" in classes and word.endswith("ly")

    # -- judging it -----------------------------------------------------------------------
    def _clash(self, document: Document, members: list[Member], start: int) -> Match | None:
        polar = [m for m in members if m.polarity]
        positive = [m for m in polar if m.polarity > 0]
        negative = [m for m in polar if m.polarity < 0]
        if not positive or not negative:
            return None
        if not self._one_word_class(polar):
            return None
        if all(self._is_binomial(p.head, n.head) for p in positive for n in negative):
            return None
        if all(p.head in self._faint_praise for p in positive):
            return None  # "a mediocre, sentimental and safe song": faint praise, damning
        if len(positive) == len(negative):
            odd = positive if polar[-1].polarity > 0 else negative
        else:
            odd = min(positive, negative, key=len)
        rest = [m for m in polar if m not in odd]
        odd_text = _join(document, odd)
        rest_text = _join(document, rest)
        end = members[-1].end
        return Match(
            start, end, {"odd": odd_text, "rest": rest_text},
            message=(f"'{odd_text}' contradicts '{rest_text}' in the same list: "
                     "a dropped negation?"),
        )

    def _one_word_class(self, members: list[Member]) -> bool:
        """Members of one list share a word class; 'productive and violence' does not."""
        shared = set(_WORD_CLASSES)
        for member in members:
            classes = self._classes(member.head)
            if classes:
                shared &= classes
        return bool(shared)

    def _is_binomial(self, a: str, b: str) -> bool:
        if frozenset((a, b)) in self._binomials:
            return True
        for longer, shorter in ((a, b), (b, a)):
            for prefix in _PREFIX_ANTONYMS:
                if longer == prefix + shorter:
                    return True
        # "careful and careless", "useful and useless"
        return any(x.endswith("ful") and y == x[:-3] + "less" for x, y in ((a, b), (b, a)))


def _gap(text: str, tokens: Sequence[Token], index: int) -> str:
    """The punctuation (spaces stripped) between token ``index`` and the next one."""
    if index + 1 >= len(tokens):
        return "<end>"
    return "".join(text[tokens[index].end : tokens[index + 1].start].split())


def _join(document: Document, members: list[Member]) -> str:
    return ", ".join(m.text(document) for m in members)


def _word_classes(word: str, analyses: dict[str, Any]) -> frozenset[str]:
    """ADJ/ADV/NOUN readings of a word; a suffix guess when lemminflect does not know it."""
    classes = frozenset(c for c in analyses if c in _WORD_CLASSES)
    # A telling suffix picks the main reading among several ("a presidential hopeful" is
    # rare beside "hopeful"); without any reading it is the only evidence.
    for suffixes, guess in ((_ADVERB_SUFFIXES, "ADV"), (_NOUN_SUFFIXES, "NOUN"),
                            (_ADJECTIVE_SUFFIXES, "ADJ")):
        if word.endswith(suffixes) and (guess in classes or not analyses):
            return frozenset({guess})
    return classes if analyses else frozenset({"ADJ"})


@lru_cache(maxsize=8)
def _load_lexicon(path: str) -> dict[str, int]:
    """word → +1/-1 from a TSV file; '#' lines are comments."""
    polarity: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 2 or fields[1] not in ("+", "-"):
                raise ValueError(f"{path}:{number}: expected word<TAB>+|-")
            polarity[fields[0].lower()] = 1 if fields[1] == "+" else -1
    return polarity


def _binomial_pairs(pairs: Sequence[str]) -> frozenset[frozenset[str]]:
    result = set()
    for pair in pairs:
        words = [w.strip().lower() for w in pair.split("/")]
        if len(words) != 2 or not all(words):
            raise ParameterError(f"binomial '{pair}' must be two words as 'good/bad'",
                                 key="binomials")
        result.add(frozenset(words))
    return frozenset(result)
