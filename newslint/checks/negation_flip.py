"""``negation-flip``: two sentences of one article assert and deny the same thing.

"Trump claimed he sent a letter" … "the letter had not yet been sent". In reporting this
is often legitimate (a claim and a denial), but it is also what a negation dropped or
added in translation looks like, so the later sentence is reported, at info level, with
the earlier one as related.

Each sentence is read as a few clauses by a shallow, model-free analysis (``ClauseReader``):
a verb group (auxiliaries, negation, adverbs, the main verb), the words before it back to
the previous clause boundary (its subject) and the words after it up to the next boundary
(its object). A passive verb group swaps the roles, so "he sent a letter" and "the letter
was not sent" have the same patient, "letter"; a relative pronoun takes its antecedent
("Kovac, who has not resigned"). Two clauses clash when they have the same main verb
lemma, tense and modality, opposite polarity, the same patient head noun (or, for verbs
without an object, the same subject head) and compatible agents.

Left alone, because they assert nothing or not the same thing: questions; clauses under
"if", "unless", "whether", "before", "until" and indirect questions ("asked when he
sent"); hypothetical modals ("would", "could", "might"); infinitives and participles
("refused to receive the letter", "adolescents aged 12"); "not only … but also"; clauses
dated to different times ("at its March meeting" / "on Thursday"); and a party's own
denial of what is said about it ("Prosecutors say the firm paid bribes" / "The firm says
it has not paid any bribes"), the right of reply that news copy always carries. Pronoun
patients ("it was not sent") are not resolved and not compared.

A claim and a denial about different participants are not a contradiction either: objects
whose specifiers differ ("the best album prize" / "his prize", "plans to boost" / "plans
to change"), subjects that are different shares of a group ("most" / "only 7% of
companies"), a personal pronoun of the wrong kind ("the bank sent" / "he did not send"),
a copula whose predicate differs ("was up to the markets" / "had not been on the
agenda"), and "the first award of its career" against "had never won an award".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from newslint import lemmas
from newslint.check import Check, CheckContext, Match, Param, Related
from newslint.document import Document, Span, Token
from newslint.formats import PLACEHOLDER

BE = frozenset("am is are was were be been being".split())
HAVE = frozenset("has have had having".split())
DO = frozenset("do does did".split())
HYPOTHETICAL_MODALS = frozenset("would could might may should must shall ought".split())
MODALS = frozenset(("will", "can")) | HYPOTHETICAL_MODALS
NEGATED_AUX = {
    "isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were", "hasn't": "has",
    "haven't": "have", "hadn't": "had", "don't": "do", "doesn't": "does", "didn't": "did",
    "won't": "will", "can't": "can", "cannot": "can", "wouldn't": "would",
    "couldn't": "could", "shouldn't": "should", "mustn't": "must", "mightn't": "might",
}
MAIN_VERB_OF_AUX = {**dict.fromkeys(BE, "be"), **dict.fromkeys(HAVE, "have"),
                    **dict.fromkeys(DO, "do")}
PAST_AUX = frozenset("was were had did has have".split())  # present perfect reports the past
NEGATORS = frozenset(("not", "never"))
NOT_NEGATING = frozenset("only just merely simply".split())  # "not only X but also Y"
GROUP_ADVERBS = frozenset(
    """yet already also still ever just really actually reportedly allegedly indeed even
    always officially formally finally now then later again previously ultimately apparently
    certainly definitely clearly once since so too""".split()
)
DETERMINERS = frozenset(
    """a an the this that these those his her its their our my your such some any each
    every another other no""".split()
)
PREPOSITIONS = frozenset(
    """of to in on at for with from by about against under over into onto upon between
    among through during without within across after before since until toward towards
    despite amid via as like than per out up down off away back""".split()
)
SUBJECT_PRONOUNS = frozenset("i we you they he she it".split())
PRONOUNS = SUBJECT_PRONOUNS | frozenset(
    """me us them him her this that these those who whom which what one someone something
    anyone anything everyone everything there""".split()
)
REFLEXIVES = frozenset("himself herself itself themselves myself ourselves yourself".split())
RELATIVES = frozenset(("who", "which", "that"))
# Words that end a clause or open a new one.
CLAUSE_WORDS = frozenset(
    """that which who whom whose because while whereas although though but if unless
    whether when whenever before until till once where why how what lest so and or nor
    after since as""".split()
)
# Words that open a clause which does not assert what it says.
NON_ASSERTING = frozenset(
    """if unless whether when whenever before until till once why how what where lest
    whatever wherever""".split()
)
FILLER = frozenset(
    """yesterday today tomorrow now then later earlier recently soon already still yet also
    again previously either too never not""".split()
)
# Verbs whose object is a clause: a past form after them may start that clause ("claimed
# Iran sent"), while after other verbs it is a participle ("approved the drug for
# adolescents aged 12").
CLAUSE_TAKING = frozenset(
    """say tell claim believe think know report announce insist argue add note state deny
    confirm reveal show suggest warn fear hope expect admit acknowledge assert allege explain
    learn realise realize understand find mean agree ensure recall repeat write inform
    assure testify maintain""".split()
)
# Verbs that attribute a clause to a speaker ("the firm says it has not paid").
REPORTING = frozenset(
    """say tell claim insist deny maintain state add argue stress reiterate repeat assert
    write announce respond reply counter""".split()
)
_TIME = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d"
    r"|yesterday|today|tonight|tomorrow"
    r"|(?:last|next|this)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)"
    r"|(?:first|second|third|fourth|final|last|next|this)\s+(?:quarter|half))\b",
    re.IGNORECASE,
)
# Modifiers that tell two things of one kind apart: "the first leg" / "the second leg".
DISTINGUISHING = frozenset(
    """first second third fourth fifth sixth last next previous final former current
    earlier later new old two three four five six seven eight nine ten""".split()
)
# Words that make a subject a share of a group: "most (71%) have no policies" and "only 7%
# of companies have policies" are about different companies.
QUANTIFIERS = frozenset(
    """some many most few several half all only majority minority percent per cent more
    less fewer nearly almost around about over under""".split()
)
# Heads a personal pronoun cannot stand for: "The bank sent a letter. He did not send one."
INSTITUTIONS = frozenset(
    """bank ministry government company firm court council committee agency regulator
    parliament party union group club team army board office department authority
    commission fund league university school hospital city country state embassy
    administration cabinet police newspaper channel broadcaster network organisation
    organization association federation corporation bureau institute exchange market""".split()
)
PERSON_NOUNS = frozenset(
    """minister president official spokesman spokeswoman spokesperson man woman boy girl
    chairman chairwoman director chief leader secretary ambassador envoy judge lawyer
    officer singer actor actress player coach manager mayor governor senator prime""".split()
)
POSSESSIVES = frozenset("his her its their our my your".split())
NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion half dozen""".split()
)
_VERB_TAGS = ("VB", "VBD", "VBN", "VBG", "VBZ", "VBP")
_CLAUSE_PUNCTUATION = frozenset(",;:()[]—–\"“”«»")
_PERSONAL = frozenset(("i", "we", "you", "they", "he", "she", "it"))
# Where a token (letters and digits, see Document.tokens) is or ends like a negator.
_NEGATOR = re.compile(r"(?<![^\W_])(?:not|never|no|cannot)(?![^\W_])|n['’]t(?![^\W_])",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Argument:
    """A subject or object: its head word (lemma, lower case), its named modifiers, the
    head of its of-complement ('the risk of stroke') and its other specifiers: lower-case
    modifiers, a possessive ('his prize') and an infinitive complement ('plans to:boost')."""

    head: str
    pronoun: bool
    names: frozenset[str]
    of_head: str = ""
    specifiers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Clause:
    """One verb group with its arguments, as far as a shallow reading can tell."""

    sentence: int
    start: int  # of the clause (subject start or verb group start)
    end: int
    verb_start: int
    verb_end: int
    lemma: str
    negative: bool
    passive: bool
    tense: str  # past | present | future
    modal: str
    agent: Argument | None
    patient: Argument | None
    times: frozenset[str] = frozenset()
    details: frozenset[str] = frozenset()  # figures and names after the verb
    reporter: Argument | None = None  # the speaker this clause is attributed to
    quantity: frozenset[str] = frozenset()  # "most", "7%" in the subject: which share
    complement: tuple[str, Argument] | None = None  # a copula's predicate: ("on", agenda)


class VerbGroup(NamedTuple):
    first: int  # token indices, inclusive
    last: int
    lemma: str
    negative: bool
    passive: bool
    tense: str
    modal: str


# Earlier clauses kept per verb (lemma, tense, modal): an article uses one verb a handful
# of times; a generated 200,000-line file uses it thousands of times, and comparing each
# clause with every earlier one would take quadratic time.
_MAX_EARLIER = 50


class NegationFlipCheck(Check):
    parameters = {
        "ignore_verbs": Param(
            "strings", default=(),
            help="verb lemmas never compared (reporting and light verbs: 'say', 'get')"),
        "max_clause_chars": Param("int", default=90,
                                  help="longest earlier clause quoted in the message"),
    }
    default_message = "'{found}' denies what line {line} asserts: '{earlier}'"

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self._reader = ClauseReader()
        self._ignored = frozenset(v.lower() for v in params["ignore_verbs"])

    def run(self, document: Document) -> Iterator[Match]:
        seen: dict[tuple[str, str, str], list[Clause]] = {}
        for _index, clauses in sorted(self._comparable(document).items()):
            for clause in clauses:
                for earlier in seen.get((clause.lemma, clause.tense, clause.modal), ()):
                    if _clash(earlier, clause):
                        yield self._match(document, clause, earlier)
                        break
            for clause in clauses:
                earlier = seen.setdefault((clause.lemma, clause.tense, clause.modal), [])
                if len(earlier) < _MAX_EARLIER:  # linear time on any input: a bounded list
                    earlier.append(clause)

    def _comparable(self, document: Document) -> dict[int, list[Clause]]:
        """Sentence index → clauses, for the sentences that can take part in a clash.

        A clash pairs a negative clause with a positive one of the same verb lemma. Only
        sentences with a negator can hold a negative clause, so those are read first (about
        one in ten); another sentence is read only when one of its words is a verb form of
        a lemma those negative clauses have. The sentences left out hold positive clauses
        of other verbs, which can clash with nothing, so the findings are the same.
        """
        sentences = document.sentences
        negated = _sentences_with_negators(document)
        if not negated:
            return {}
        found = {index: self._read(document, index, sentences[index]) for index in negated}
        negative = [c for clauses in found.values() for c in clauses if c.negative]
        verbs = {c.lemma for c in negative}
        # Every clash shares a named participant (a subject or object head that is not a
        # pronoun, see _same_claim): a sentence without one of these heads cannot clash.
        heads = {a.head for c in negative for a in (c.agent, c.patient)
                 if a is not None and not a.pronoun}
        if not verbs or not heads:
            return found
        auxiliary = bool(verbs & {"be", "have", "do"})
        lexicon = self._reader.lexicon
        for index, sentence in enumerate(sentences):
            if index in found:
                continue
            words = document.words_in(sentence.start, sentence.end)
            if any(lexicon.noun_lemma(w) in heads or w in heads for w in words) and any(
                    lexicon.verb_lemma(w) in verbs or auxiliary and _is_auxiliary(w)
                    for w in words):
                found[index] = self._read(document, index, sentence)
        return found

    def _read(self, document: Document, index: int, sentence: Span) -> list[Clause]:
        return [c for c in self._reader.clauses(document, index, sentence)
                if c.lemma not in self._ignored
                # skipped code or a URL stands where a subject or object was: the
                # clause cannot be compared ("`SIGPIPE` can ..." / "`SIGKILL` cannot")
                and PLACEHOLDER not in document.text[sentence.start : c.end]]

    def _match(self, document: Document, clause: Clause, earlier: Clause) -> Match:
        text = document.text
        quoted = " ".join(text[earlier.start : earlier.end].split())
        limit = self.params["max_clause_chars"]
        if len(quoted) > limit:
            quoted = quoted[: limit - 1].rstrip() + "…"
        line = document.region(earlier.start, earlier.end).line
        found = text[clause.verb_start : clause.verb_end]
        verdict, earlier_verdict = ("denies", "asserts") if clause.negative else (
            "asserts", "denies")
        related = "denied" if earlier.negative else "asserted"
        return Match(
            clause.verb_start, clause.verb_end,
            {"earlier": quoted, "line": line},
            related=(Related(earlier.start, earlier.end, f"{related} here: '{quoted}'"),),
            message=(f"'{found}' {verdict} what line {line} {earlier_verdict} ('{quoted}'): "
                     "a claim and its denial, or a negation lost or added in translation?"),
        )


# -- deciding whether two clauses clash --------------------------------------------------------


def _clash(earlier: Clause, later: Clause) -> bool:
    if earlier.negative == later.negative or earlier.sentence == later.sentence:
        return False
    if earlier.times and later.times and not earlier.times & later.times:
        return False  # "in March" / "on Thursday": two events
    if earlier.details and later.details and not earlier.details & later.details:
        return False  # "to 90 percent" / "to 60 percent", "in the EU" / "in the US"
    if _self_denial(earlier) or _self_denial(later):
        return False
    return _same_claim(earlier, later)


def _self_denial(clause: Clause) -> bool:
    """'The firm says it has not paid': a party's reply to what is said about it."""
    return (clause.negative and clause.reporter is not None and clause.agent is not None
            and _may_corefer(clause.reporter, clause.agent))


def _same_claim(earlier: Clause, later: Clause) -> bool:
    """Do the two clauses say the same thing of the same participants?"""
    if earlier.quantity and later.quantity and not earlier.quantity & later.quantity:
        return False  # "most (71%) have no policies" / "only 7% of companies have policies"
    if earlier.lemma == "be":
        # A copula says something of its subject: both subjects must be the same named thing
        # ("the economy is stable" / "the economy is not stable"), not "this" and "it", and
        # the predicate must be the same ("on the agenda" / "up to the markets" differ).
        if earlier.agent is None or later.agent is None:
            return False
        if not _same_participant(earlier.agent, later.agent):
            return False
        return _same_complement(earlier.complement, later.complement)
    if earlier.patient is not None or later.patient is not None:
        if earlier.patient is None or later.patient is None:
            return False
        if not _same_participant(earlier.patient, later.patient):
            return False
        if _first_time(earlier.patient) != _first_time(later.patient):
            return False  # "won the first Grammy of his career" / "had never won a Grammy"
        return earlier.agent is None or later.agent is None or _may_corefer(
            earlier.agent, later.agent)
    if earlier.agent is None or later.agent is None or earlier.lemma in CLAUSE_TAKING:
        return False  # "found that …" / "did not find": the content is in the clause
    return _same_participant(earlier.agent, later.agent)


def _quantity(subject: str) -> frozenset[str]:
    """The quantifiers and figures of a subject, brackets included: 'Most (71%)' ->
    {most, 71%}; the text after the last comma, colon or semicolon only."""
    subject = re.split(r"[,;:]", subject)[-1]
    return frozenset(word for word in re.findall(r"[\w%.]+", subject.lower())
                     if word in QUANTIFIERS or any(c.isdigit() for c in word))


def _same_complement(a: tuple[str, Argument] | None, b: tuple[str, Argument] | None) -> bool:
    """The same predicate after a copula: the same leading preposition and the same head."""
    if a is None or b is None:
        return False  # an unread predicate ("isn't really that good a song"): not compared
    return a[0] == b[0] and _same_participant(a[1], b[1])


def _first_time(argument: Argument) -> bool:
    """'the first Grammy': presupposes that none was won before, so a 'never' agrees."""
    return "first" in argument.names or "first" in argument.specifiers


def _same_participant(a: Argument, b: Argument) -> bool:
    """The same named or described thing: equal heads, no clash of names ('the Iran deal'
    and 'the Paris deal' differ) or of other specifiers ('his prize' and 'the best album
    prize', 'plans to change' and 'plans to boost'). Pronouns are not resolved, so never
    the same."""
    if a.pronoun or b.pronoun or a.head != b.head:
        return False
    if a.of_head and b.of_head and a.of_head != b.of_head:
        return False  # "the risk of heart attack" / "the risk of stroke"
    if a.specifiers and b.specifiers and not a.specifiers & b.specifiers:
        return False  # "the first oilfield contracts" / "the contract to develop the field"
    return not (a.names and b.names and not a.names & b.names)


def _may_corefer(a: Argument, b: Argument) -> bool:
    """Could two agents be one party? A personal pronoun may stand for a noun of its kind:
    'he' or 'she' for a person, not for 'the bank'; 'it' for a body, not 'the minister'."""
    if a.pronoun and b.pronoun:
        return a.head == b.head
    if a.pronoun or b.pronoun:
        pronoun, noun = (a.head, b.head) if a.pronoun else (b.head, a.head)
        if pronoun in ("he", "she") and noun in INSTITUTIONS:
            return False
        if pronoun == "it" and noun in PERSON_NOUNS:
            return False
        return pronoun in _PERSONAL
    return _same_participant(a, b)


# -- reading clauses ---------------------------------------------------------------------------


class ClauseReader:
    """Shallow clause analysis of English news sentences, with lemminflect for word forms."""

    def __init__(self) -> None:
        self._lexicon = self.lexicon = _Lexicon()

    def clauses(self, document: Document, index: int, sentence: Span) -> list[Clause]:
        """The asserted clauses of one sentence (none for a question)."""
        text = document.text
        if text[sentence.start : sentence.end].rstrip("\"'”’») ").endswith("?"):
            return []
        tokens = document.tokens_in(sentence.start, sentence.end)
        words = [t.text.lower().replace("’", "'") for t in tokens]
        groups = list(self._verb_groups(text, sentence, tokens, words))
        starts = [
            _subject_start(text, tokens, words, groups[n - 1].last + 1 if n else 0, g.first)
            for n, g in enumerate(groups)
        ]
        result: list[Clause | None] = []
        for number, group in enumerate(groups):
            following = starts[number + 1] if number + 1 < len(groups) else len(tokens)
            clause = self._clause(document, index, sentence, tokens, words, group,
                                  starts[number], following,
                                  groups[number - 1].last if number else -1)
            result.append(clause)
        return _attribute(text, tokens, words, groups, starts, result)

    def _clause(self, document: Document, index: int, sentence: Span, tokens: Sequence[Token],
                words: list[str], group: VerbGroup, subject_start: int, following: int,
                previous_last: int) -> Clause | None:
        text = document.text
        first, last, lemma, negative, passive, tense, modal = group
        object_end = _object_end(text, tokens, words, last + 1, following)
        introducer = words[subject_start - 1] if subject_start > 0 else ""
        if introducer in NON_ASSERTING or modal in HYPOTHETICAL_MODALS:
            return None
        if any(w in ("if", "unless", "whether") for w in words[max(0, subject_start - 4):
                                                               subject_start]):
            return None
        subject_words = list(range(subject_start, first))
        object_words = list(range(last + 1, object_end))
        if subject_words and words[subject_words[0]] == "no":
            negative, subject_words = not negative, subject_words[1:]
        if object_words and words[object_words[0]] == "no":
            negative, object_words = not negative, object_words[1:]
        if not subject_words and introducer in RELATIVES and subject_start - 1 > previous_last:
            subject = self._antecedent(text, tokens, words, subject_start - 1, previous_last)
        else:
            subject = self._argument(tokens, words, subject_words)
        direct_object = agent = None
        if object_words and words[object_words[0]] == "by" and passive:
            agent = self._argument(tokens, words, object_words[1:])
        elif object_words and words[object_words[0]] not in PREPOSITIONS:
            direct_object = self._argument(tokens, words, object_words)
        agent, patient = (agent, subject) if passive else (subject, direct_object)
        start = tokens[subject_words[0] if subject_words else first].start
        end = tokens[object_end - 1 if object_end > last + 1 else last].end
        lead = sentence.start if previous_last < 0 else start
        times = frozenset(m.group().lower() for m in _TIME.finditer(text, lead, end))
        known = {patient.head, *patient.names} if patient else set()
        details = frozenset(
            words[i] for i in object_words
            if (any(c.isdigit() for c in words[i]) or words[i] in NUMBER_WORDS
                or tokens[i].text[:1].isupper()) and words[i] not in known
            and _TIME.fullmatch(words[i]) is None)
        lead_end = tokens[previous_last].end if previous_last >= 0 else sentence.start
        quantity = _quantity(text[lead_end : tokens[first].start])
        complement = (self._complement(tokens, words, object_words)
                      if lemma == "be" and not passive else None)
        return Clause(index, start, end, tokens[first].start, tokens[last].end, lemma,
                      negative, passive, tense, modal, agent, patient, times, details,
                      quantity=quantity, complement=complement)

    # -- verb groups --------------------------------------------------------------------------
    def _verb_groups(self, text: str, sentence: Span, tokens: Sequence[Token],
                     words: list[str]) -> Iterator[VerbGroup]:
        index = 0
        after_verb: str | None = None  # lemma of the last verb group, until a boundary
        while index < len(tokens):
            word = words[index]
            if index > 0 and (_gap_breaks(text, tokens[index - 1].end, tokens[index].start)
                              or words[index - 1] in CLAUSE_WORDS):
                after_verb = None
            infinitive = index > 0 and words[index - 1] == "to"
            group = None
            if _is_auxiliary(word) and not infinitive and not _is_name(tokens, index, sentence):
                group = self._auxiliary_group(tokens, words, index, sentence)
            elif self._is_bare_finite(tokens, words, index, sentence, after_verb):
                lemma = self._lexicon.verb_lemma(word) or word
                tags = self._lexicon.verb_tags(word, lemma)
                first = index - 1 if index > 0 and words[index - 1] == "never" else index
                group = VerbGroup(first, index, lemma, first < index, False,
                                  "past" if "VBD" in tags else "present", "")
            if group is None:
                index += 1
                continue
            yield group
            after_verb = group.lemma
            index = group.last + 1

    def _auxiliary_group(self, tokens: Sequence[Token], words: list[str], first: int,
                         sentence: Span) -> VerbGroup | None:
        """Read an auxiliary chain from ``first``: 'had not yet been sent', 'will sign'."""
        negative = False
        modal = last_aux = tense = ""
        index = first
        while index < len(tokens):
            word = NEGATED_AUX.get(words[index], words[index])
            negative = negative or word != words[index]
            if word in NEGATORS:
                if index + 1 < len(tokens) and words[index + 1] in NOT_NEGATING:
                    index += 2
                    continue
                negative = True
            elif word == "no" and index + 1 < len(tokens) and words[index + 1] == "longer":
                negative = True
                index += 1
            elif _is_auxiliary(word):
                if word in MODALS:
                    modal = word
                    tense = tense or ("future" if word == "will" else "present")
                tense = tense or ("past" if word in PAST_AUX else "present")
                last_aux = word
            elif not (word in GROUP_ADVERBS or (word.endswith("ly") and len(word) > 4)):
                break
            index += 1
        if index < len(tokens) and not _is_name(tokens, index, sentence):
            lemma = self._lexicon.verb_lemma(words[index])
            tags = self._lexicon.verb_tags(words[index], lemma)
            if lemma is not None:
                if last_aux in BE and "VBN" in tags:
                    return VerbGroup(first, index, lemma, negative, True, tense, modal)
                if (last_aux in BE and "VBG" in tags or last_aux in HAVE and "VBN" in tags
                        or (last_aux in DO or last_aux in MODALS) and tags & {"VB", "VBP"}):
                    return VerbGroup(first, index, lemma, negative, False, tense, modal)
        main = MAIN_VERB_OF_AUX.get(last_aux)
        if main is None:
            return None  # a bare modal ("it will not"): elliptical, nothing to compare
        last = index - 1
        while last > first and words[last] not in NEGATORS and not _is_auxiliary(
                NEGATED_AUX.get(words[last], words[last])):
            last -= 1  # trailing adverbs belong to the predicate, not the verb
        return VerbGroup(first, last, main, negative, False, tense, modal)

    def _is_bare_finite(self, tokens: Sequence[Token], words: list[str], index: int,
                        sentence: Span, after_verb: str | None) -> bool:
        """A finite main verb without auxiliary: 'he sent', 'Iran rejects'."""
        word = words[index]
        if word in PREPOSITIONS or word in DETERMINERS or _is_name(tokens, index, sentence):
            return False
        lemma = self._lexicon.verb_lemma(word)
        if lemma is None:
            return False
        previous = words[index - 1] if index > 0 else ""
        if previous in DETERMINERS or previous in PREPOSITIONS or previous.endswith(
                ("'s", "s'")):
            return False  # "the signed deal", "to sign", "Iran's signed pledge"
        tags = self._lexicon.verb_tags(word, lemma)
        if "VBD" in tags and word != lemma:
            # A form that is also a participle, right after another verb's object, is a
            # participle unless that verb takes a clause ("claimed Iran sent").
            return "VBN" not in tags or after_verb is None or after_verb in CLAUSE_TAKING
        if "VBZ" in tags and word != lemma:
            return previous in SUBJECT_PRONOUNS or not self._lexicon.can_be_noun(word)
        if tags & {"VB", "VBP"}:
            return previous in ("i", "we", "you", "they")
        return False

    # -- arguments ----------------------------------------------------------------------------
    def _argument(self, tokens: Sequence[Token], words: list[str],
                  indices: Sequence[int]) -> Argument | None:
        """The head of the first noun phrase in ``indices`` (before any preposition)."""
        phrase: list[int] = []
        indices = list(indices)
        of_head = infinitive = ""
        for position, i in enumerate(indices):
            if words[i] == "of" and phrase:
                complement = self._argument(tokens, words, indices[position + 1 :])
                of_head = complement.head if complement else ""
                break
            if words[i] == "to" and phrase and position + 1 < len(indices):
                infinitive = self._infinitive(words[indices[position + 1]])
            if words[i] in PREPOSITIONS or words[i] in CLAUSE_WORDS and phrase:
                break
            if (words[i].endswith("ing") and any(words[j] not in DETERMINERS for j in phrase)
                    and self._lexicon.verb_lemma(words[i])):
                break  # "a letter saying ...": a participle closes the noun phrase
            phrase.append(i)
        content = [i for i in phrase
                   if words[i] not in DETERMINERS and words[i] not in FILLER
                   and words[i] not in REFLEXIVES and not words[i].isdigit()
                   and not (words[i].endswith("ly") and len(words[i]) > 4)]
        if not content:
            return None
        # The head is the last word that can be a noun: "the missing pilot alive" → pilot.
        nominal = [i for i in content if tokens[i].text[:1].isupper() or words[i] in PRONOUNS
                   or self._lexicon.can_be_noun(words[i])]
        if nominal:
            content = content[: content.index(nominal[-1]) + 1]
        head_word = words[content[-1]]
        if head_word.endswith(("'s", "s'")):
            return None  # a possessive without its noun: unreliable
        pronoun = head_word in PRONOUNS
        head = head_word if pronoun else self._lexicon.noun_lemma(head_word)
        names = frozenset(words[i] for i in content[:-1] if tokens[i].text[:1].isupper()
                          or words[i] in DISTINGUISHING or any(c.isdigit() for c in words[i]))
        specifiers = frozenset(
            [words[i] for i in content[:-1] if words[i] not in names]
            + [words[i] for i in phrase if words[i] in POSSESSIVES]
            + ([f"to:{infinitive}"] if infinitive else []))
        return Argument(head, pronoun, names, of_head, specifiers)

    def _infinitive(self, word: str) -> str:
        """'plans to boost': the verb of an infinitive complement, or ''."""
        lemma = self._lexicon.verb_lemma(word)
        return lemma if lemma is not None and lemma == word else ""

    def _complement(self, tokens: Sequence[Token], words: list[str],
                    indices: Sequence[int]) -> tuple[str, Argument] | None:
        """A copula's predicate: its leading prepositions and the phrase after them
        ('entirely up to the markets' -> ('up to', market))."""
        indices = list(indices)
        while indices and (words[indices[0]] in GROUP_ADVERBS
                           or words[indices[0]].endswith("ly") and len(words[indices[0]]) > 4):
            indices = indices[1:]
        leading = []
        while indices and words[indices[0]] in PREPOSITIONS:
            leading.append(words[indices[0]])
            indices = indices[1:]
        argument = self._argument(tokens, words, indices)
        return (" ".join(leading), argument) if argument is not None else None

    def _antecedent(self, text: str, tokens: Sequence[Token], words: list[str],
                    relative: int, lower: int) -> Argument | None:
        """The noun phrase a relative pronoun at ``relative`` stands for ('Kovac, who')."""
        start = relative
        while start - 1 > lower:
            previous = start - 1
            gap = text[tokens[previous].end : tokens[start].start]
            if start != relative and _gap_breaks(text, tokens[previous].end, tokens[start].start):
                break
            if start == relative and gap.strip() not in ("", ","):
                break
            if words[previous] in CLAUSE_WORDS or words[previous] in PREPOSITIONS:
                break
            start = previous
        return self._argument(tokens, words, range(start, relative))


def _attribute(text: str, tokens: Sequence[Token], words: list[str], groups: list[VerbGroup],
               starts: list[int], clauses: list[Clause | None]) -> list[Clause]:
    """Note who a clause is attributed to: the subject of a reporting verb right before it
    ('the firm says it has not paid') or after it ('…, its lawyer said')."""
    result = []
    for number, clause in enumerate(clauses):
        if clause is None:
            continue
        reporter = None
        if number > 0 and clauses[number - 1] is not None:
            speaker = clauses[number - 1]
            between = words[groups[number - 1].last + 1 : starts[number]]
            if speaker.lemma in REPORTING and all(w == "that" for w in between):
                reporter = speaker.agent
        if reporter is None and number + 1 < len(clauses) and clauses[number + 1] is not None:
            speaker = clauses[number + 1]
            if speaker.lemma in REPORTING and _gap_breaks(
                    text, tokens[starts[number + 1] - 1].end, tokens[starts[number + 1]].start):
                reporter = speaker.agent
        result.append(replace(clause, reporter=reporter) if reporter else clause)
    return result


class _Lexicon:
    """Lemmas and verb forms from newslint's word table, each computed once per word."""

    def __init__(self) -> None:
        # The word table opens on the first lookup (newslint.lemmas), not when the rule loads.
        self._lemmas = lemmas.all_lemmas
        self._oov = lemmas.all_lemmas_oov
        self._inflections = lambda lemma: lemmas.inflections(lemma, tuple(_VERB_TAGS))
        self._verb_lemmas: dict[str, str | None] = {}
        self._verb_tags: dict[tuple[str, str | None], frozenset[str]] = {}
        self._noun_lemmas: dict[str, str] = {}

    def verb_lemma(self, word: str) -> str | None:
        try:
            return self._verb_lemmas[word]
        except KeyError:
            lemma = self._verb_lemmas[word] = self._find_verb_lemma(word)
            return lemma

    def _find_verb_lemma(self, word: str) -> str | None:
        analyses = self._lemmas(word)
        if "VERB" in analyses:
            return analyses["VERB"][0]
        if not analyses and word.endswith("ed") and len(word) > 4 and word.isalpha():
            return self._oov(word, "VERB").get("VERB", (None,))[0]
        return None

    def verb_tags(self, word: str, lemma: str | None) -> frozenset[str]:
        key = (word, lemma)
        tags = self._verb_tags.get(key)
        if tags is None:
            tags = self._verb_tags[key] = self._find_verb_tags(word, lemma)
        return tags

    def _find_verb_tags(self, word: str, lemma: str | None) -> frozenset[str]:
        if lemma is None:
            return frozenset()
        tags = {tag for tag, spelled in self._inflections(lemma).items() if word in spelled}
        return frozenset(tags or ({"VBD", "VBN"} if word.endswith("ed") else ()))

    def can_be_noun(self, word: str) -> bool:
        return "NOUN" in self._lemmas(word)

    def noun_lemma(self, word: str) -> str:
        lemma = self._noun_lemmas.get(word)
        if lemma is None:
            lemma = self._noun_lemmas[word] = self._find_noun_lemma(word)
        return lemma

    def _find_noun_lemma(self, word: str) -> str:
        analyses = self._lemmas(word)
        for upos in ("NOUN", "PROPN"):
            if upos in analyses:
                return analyses[upos][0].lower()
        return word


def _sentences_with_negators(document: Document) -> list[int]:
    """Indices of the sentences that contain a word which can make a clause negative:
    'not', 'never', 'no' ('no longer', 'no letter was sent'), 'cannot', a '-n't' form.
    One regular expression over the text finds them (or a little more: 'no-one')."""
    found = {document.sentence_index(m.start()) for m in _NEGATOR.finditer(document.text)}
    found.discard(None)
    return sorted(found)  # type: ignore[arg-type]


def _is_auxiliary(word: str) -> bool:
    word = NEGATED_AUX.get(word, word)
    return word in BE or word in HAVE or word in DO or word in MODALS


def _is_name(tokens: Sequence[Token], index: int, sentence: Span) -> bool:
    """Capitalised away from the sentence start: a name, not a verb ('Trump', 'United')."""
    return index > 0 and tokens[index].text[:1].isupper() and tokens[index].start != sentence.start


def _gap_breaks(text: str, start: int, end: int) -> bool:
    return any(char in _CLAUSE_PUNCTUATION for char in text[start:end])


def _subject_start(text: str, tokens: Sequence[Token], words: list[str], lower: int,
                   first: int) -> int:
    """Where the subject of the verb group at ``first`` starts (token index)."""
    start = first
    while start > lower:
        previous = start - 1
        if words[previous] in CLAUSE_WORDS and words[previous] not in ("and", "or"):
            break
        if _gap_breaks(text, tokens[previous].end, tokens[start].start):
            break
        start = previous
        if words[start] in SUBJECT_PRONOUNS:
            break  # "said he sent": the pronoun opens the clause
    while start < first and words[start] in ("and", "or", "but", "nor"):
        start += 1
    return start


def _object_end(text: str, tokens: Sequence[Token], words: list[str], begin: int,
                upper: int) -> int:
    """Where the object after a verb group ends (token index, exclusive)."""
    end = begin
    while end < upper:
        if end > 0 and _gap_breaks(text, tokens[end - 1].end, tokens[end].start):
            break
        if words[end] in CLAUSE_WORDS and words[end] != "as":
            break
        end += 1
    return end
