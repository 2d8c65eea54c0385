"""``repetition``: a doubled word ("the the") or one stem twice in a clause.

Machine translation often renders a source word twice, once inside a compound modifier
and once on its own ("The deep-rooted distrust ... is rooted in", "the long-standing
dispute stands in the way"). The stem mode looks for exactly that: a hyphenated compound
and, in the same clause (a stretch of a sentence between commas, semicolons, colons,
dashes, brackets or quotes), a word with the same stem as the compound's head. Measured
on expert-annotated MT news, the broader test (any two forms of one stem) was mostly
noise: "tourist attractions ... tourists", "rescue workers who rescued him" are normal
English. Repeats English uses on purpose ("step by step", "more and more"), names and
numbers are never flagged.

Only a compound whose modifier is itself a content word ("deep-", "long-", "war-") says
the head's idea twice. Compounds built by a prefix ("non-fiction ... fiction",
"re-release ... release", "co-star ... star", "e-mail ... mailed"), by a quantity
("a six-year high ... this year", "sixth-place ... seventh place", "one-lira coin ... lira
note"), by a degree word ("less-than-successful ... successful") or with a measure
adjective as head ("a decade-long trough ... not long") contrast or measure the word on
purpose, and edited news is full of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, repeat
from operator import contains, eq
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError, Related
from newslint.document import Document, Span, Token
from newslint.text import lemmas
from newslint.text.stemming import stem

_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–\"“”‘’«»!?]|\s-\s|\.(?=\s|$)")

STOPWORDS = frozenset(
    """a an the and or but nor so yet for of to in on at by with from into onto upon over
    under about after before between through during without within against among than
    as is are was were be been being am do does did done have has had having will would
    shall should can could may might must not no it its it's this that these those there
    here he she they them their his her him we us our you your i me my who whom whose
    which what when where why how all any both each few more most other some such only
    own same very just also too then once again further out up down off said says say
    one two three four five six seven eight nine ten first second new""".split()
)


# Bound prefixes: "non-fiction" is a kind of fiction, not fiction said twice.
PREFIXES = frozenset(
    """a anti ante arch auto bi bio co counter cross cyber de dis e eco ex extra hyper inter
    intra macro mega micro mid mini mis multi neo non over part pan para post pre pro pseudo
    quasi re semi self sub super trans tri ultra un under uni vice""".split()
)
# Words that grade or count the head rather than restate it.
_DEGREE = frozenset("less least more most than not as too all half much".split())
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion first second third fourth fifth sixth
    seventh eighth ninth tenth eleventh twelfth fifteenth twentieth thirtieth
    fiftieth hundredth multi single double triple
    dozen decade century""".split()
)
# "a decade-long trough", "a 5,000-strong crowd": the head measures, it does not restate.
_MEASURE_HEADS = frozenset("long old wide high deep tall strong thick".split())


class RepetitionCheck(Check):
    parameters = {
        "mode": Param("string", required=True, choices=("doubled-word", "stem"),
                      help="doubled-word: the same word twice in a row; stem: one stem twice "
                           "in a clause in different forms"),
        "window": Param("int", default=12, help="stem mode: most tokens between the two"),
        "min_stem": Param("int", default=4, help="stem mode: shortest stem considered"),
        "exceptions": Param("strings", default=(),
                            help="repeats that are fine, e.g. 'had had', 'that that'"),
    }
    default_message = "'{found}' repeats '{first}'"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        if params["window"] < 1:
            raise ParameterError("'window' must be at least 1", key="window")
        self._exceptions = {" ".join(e.lower().split()) for e in params["exceptions"]}

    def run(self, document: Document) -> Iterator[Match]:
        if self.params["mode"] == "doubled-word":
            yield from self._doubled_words(document)
        else:
            # A finding pairs a compound that restates its head with a simple word: a
            # clause without such a compound (most clauses) has none. The compounds are
            # found among the article's hyphenated words, and only their clauses read.
            text, shortest = document.text, self.params["min_stem"]
            for (start, end), heads in self._compound_clauses(document):
                if may_repeat_a_head(text[start:end], heads, shortest):
                    yield from self._stem_repeats(document, document.tokens_in(start, end))

    def _compound_clauses(self, document: Document) -> list[tuple[tuple[int, int], set[str]]]:
        """The ranges of the clauses (``_clauses``) that hold a restating compound, in
        order, each once, with the heads of those compounds: those of the hyphenated
        tokens that are such compounds."""
        tokens = document.tokens
        hyphenated = compress(tokens, map(contains, document.token_texts, repeat("-")))
        found: dict[tuple[int, int], set[str]] = {}
        for token in hyphenated:
            if not self._restating_compound(document, token):
                continue
            index = document.sentence_index(token.start)
            if index is None:
                continue  # (in no sentence: in no clause)
            for start, end in _clause_ranges(document.text, document.sentences[index]):
                if start <= token.start and token.end <= end:
                    found.setdefault((start, end), set()).add(_parts(token.text)[-1])
                    break  # (a token across a clause break is in no clause)
        return sorted(found.items())

    def _restating_compound(self, document: Document, token: Token) -> bool:
        """A content compound whose modifier can restate its head: the only kind of
        compound _stem_repeats pairs with a simple word (it skips every other)."""
        parts = _parts(token.text)
        return (len(parts) > 1 and _is_content(token, document) and _restating(parts)
                and len(stem(parts[-1])) >= self.params["min_stem"])

    # -- doubled words ---------------------------------------------------------------------
    def _doubled_words(self, document: Document) -> Iterator[Match]:
        text, tokens = document.text, document.tokens
        # Two tokens whose lower cases are equal have equal words (Document.words_in: the
        # lower case with ’ written as '); the pairs of equal neighbours, rare, are found
        # in C, and only they are tested in full.
        words = document.words_in(0, len(text))
        for index in compress(range(1, len(words)), map(eq, words[1:], words)):
            previous, token = tokens[index - 1], tokens[index]
            if token.text.lower() != previous.text.lower():
                continue
            gap = text[previous.end : token.start]
            if not gap.isspace() or gap.count("\n") > 1:
                continue
            word = token.text.lower()
            if f"{word} {word}" in self._exceptions or _is_number(word):
                continue
            if token.text[:1].isupper() and word not in STOPWORDS:
                continue  # "Bora Bora", "Sirhan Sirhan": names repeat on purpose
            if index > 1 and _phrasal_particle(tokens[index - 2].text, word):
                continue  # "the talks went on on Monday": a particle, then a preposition
            yield Match(previous.start, token.end, {"first": previous.text},
                        message=f"'{token.text}' is doubled",
                        suggestions=(previous.text,))

    # -- a compound's head repeated in its clause ------------------------------------------
    def _stem_repeats(self, document: Document, clause: list[Token]) -> Iterator[Match]:
        compounds: dict[str, tuple[int, Token, str]] = {}
        simples: dict[str, tuple[int, Token, str]] = {}
        for index, token in enumerate(clause):
            if not _is_content(token, document):
                continue
            parts = _parts(token.text)
            head = parts[-1]
            key = stem(head)
            if len(key) < self.params["min_stem"]:
                continue
            is_compound = len(parts) > 1 and "-" in token.text
            if is_compound and not _restating(parts):
                continue
            other = (simples if is_compound else compounds).get(key)
            simple_index = other[0] if other and is_compound else index
            if (other and self._reportable(other, index, head)
                    # "the left-wing faction ... the party's right wing": another kind
                    and not (simple_index > 0 and _modifier(clause[simple_index - 1]))):
                first = other[1]
                yield Match(
                    token.start, token.end, {"first": first.text},
                    related=(Related(first.start, first.end, f"first use: '{first.text}'"),),
                )
                continue
            (compounds if is_compound else simples).setdefault(key, (index, token, head))

    def _reportable(self, earlier: tuple[int, Token, str], index: int, head: str) -> bool:
        first_index, first, first_head = earlier
        if index - first_index > self.params["window"]:
            return False
        if _plural_pair(first_head.lower(), head.lower()):
            return False  # "a main forum and four sub-forums": two things, not a tautology
        pair = f"{first.text.lower()} {head.lower()}"
        return pair not in self._exceptions


def may_repeat_a_head(clause: str, heads: set[str], shortest: int) -> bool:
    """False only where ``_stem_repeats`` finds nothing in the clause ``clause`` whose
    restating compounds have the heads ``heads``, with stems of ``shortest`` letters or
    more (``min_stem``): tested in C on the clause's text.

    A finding pairs such a compound with another token of the clause whose last part
    (``_parts``) has the stem of the compound's head, of ``shortest`` letters or more
    (two compounds are never paired). ``stem`` only cuts a lower-cased word short and
    may add one 'y' at its end, so such a stem begins with the first ``shortest - 1``
    characters of the lower-cased word (three at most are compared): the head and the
    other token's last part begin, in the lower-cased clause, with the same characters,
    in two places that do not overlap (two tokens), which ``str.count`` then counts
    twice. Lower-casing a text lowers each character on its own, whatever stands around
    it, but for the capital sigma (Σ is σ or, at a word's end, ς): a clause with one is
    let through."""
    if "\u03a3" in clause:
        return True
    lowered = clause.lower()
    letters = max(0, min(3, shortest - 1))
    return any(lowered.count(head.lower()[:letters]) > 1 for head in heads)


# Verbs that end in a particle used without an object ("carried on", "logged in", "sold
# out"), so that the particle can be followed by the same word as a preposition ("carried
# on on Monday", "logged in in the morning", "sold out out of town").
_PARTICLES = frozenset("on in out off up over down back".split())
_PHRASAL_VERBS = frozenset(
    """go went gone going goes carry carried carries carrying move moved moves moving hold
    held holds holding press pressed live lived come came comes coming log logged logs sign
    signed signs check checked checks give gave given gives cave caved step stepped steps
    drop dropped drops phase phased kick kicked kicks set sets hand handed turn turned turns
    pour poured chip chipped fill filled join joined settle settled break broke broken tune
    tuned weigh weighed walk walked pull pulled sell sold sells run ran runs work worked
    speak spoke lash lashed die died stand stood opt opted bow bowed miss missed pan panned
    time timed take took taken takes pay paid pays cool cooled show showed shown shows head
    headed wear wore worn level levelled leveled ward warded end ended pick picked grow grew
    grown open opened shut wake woke team teamed heat heated ramp ramped speed sped wrap
    wrapped get got gets getting fall fell fallen roll rolled blow blew blown start started
    pass passed cross crossed spill spilled boil boiled win won look looked back backed
    calm calmed slow slowed close closed stay stayed hang hung""".split()
)


def _phrasal_particle(verb: str, particle: str) -> bool:
    """'went on on Monday', 'logged in in the morning': the first of the two is the
    particle of a phrasal verb, the second a preposition."""
    return particle in _PARTICLES and verb.lower() in _PHRASAL_VERBS


def _modifier(token: Token) -> bool:
    """An adjective or a singular noun before the word: 'right wing', 'short term',
    'working class' name another kind of the compound's head, not its echo. A verb's
    auxiliary or a plural subject ('is rooted', 'fishing rights stands') does not."""
    word = token.text.lower()
    if word in STOPWORDS or not word.isalpha():
        return False
    analyses = lemmas.all_lemmas(word)
    return "ADJ" in analyses or analyses.get("NOUN", ("",))[0] == word and "AUX" not in analyses


def _restating(parts: list[str]) -> bool:
    """Whether a compound's modifier is a content word that can restate its head.

    "deep-rooted", "war-torn": yes. A prefix, a number, a single letter or a degree word
    before the head ("non-fiction", "six-year", "e-mail", "less-than-successful"), or a
    measure adjective as the head ("decade-long"), make an ordinary compound whose head
    recurs naturally in the same clause.
    """
    *modifiers, head = (part.lower() for part in parts)
    if head in _MEASURE_HEADS:
        return False
    first = modifiers[0]
    if first in PREFIXES or len(first) == 1 or first in _NUMBER_WORDS or _is_number(first):
        return False
    return not all(word in _DEGREE or word in STOPWORDS for word in modifiers)


def _plural_pair(one: str, other: str) -> bool:
    return one != other and (one in (other + "s", other + "es") or other in (one + "s", one + "es"))


def _clause_ranges(text: str, sentence: Span) -> list[tuple[int, int]]:
    """The ranges between the clause breaks of ``sentence`` (the last one to its end)."""
    ranges = []
    start = sentence.start
    for boundary in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        ranges.append((start, boundary.start()))
        start = boundary.end()
    ranges.append((start, sentence.end))
    return ranges


_PART_BREAK = re.compile(r"[-'’]")


def _parts(word: str) -> list[str]:
    return [part for part in _PART_BREAK.split(word) if part]


def _is_number(word: str) -> bool:
    # (a word of letters only has no digit: no character is both)
    return not word.isalpha() and any(map(str.isdigit, word))


def _is_content(token: Token, document: Document) -> bool:
    word = token.text.lower()
    if word in STOPWORDS or _is_number(word):
        return False
    if token.text[:1].isupper():
        sentence = document.sentence_at(token.start)
        # Capitalised mid-sentence: a name. Sentence-initial capitals are ordinary words.
        if sentence is None or sentence.start != token.start:
            return False
    return True
