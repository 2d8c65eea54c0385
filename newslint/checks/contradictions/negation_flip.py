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

from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import compress, takewhile
from operator import methodcaller
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, Related
from newslint.checks.contradictions.clause_words import (
    _PERSONAL,
    CLAUSE_TAKING,
    GROUP_ADVERBS,
    INSTITUTIONS,
    NEGATED_AUX,
    NEGATORS,
    NOT_NEGATING,
    PERSON_NOUNS,
)
from newslint.checks.contradictions.clauses import (
    _AUXILIARIES,
    Argument,
    Clause,
    ClauseReader,
    Sketch,
)
from newslint.checks.contradictions.lexicon import (
    IRREGULAR_PLURALS,
    IRREGULAR_VERB_FORMS,
    sentences_of,
    sentences_with_negators,
)
from newslint.checks.contradictions.reading import SentenceReading
from newslint.document import Document, Span
from newslint.formats import PLACEHOLDER

_MAIN_VERBS_OF_AUX = frozenset(("be", "have", "do"))
_DENYING = frozenset(NEGATED_AUX) | {"never", "no"}
# What may stand between an auxiliary and its "not" (ClauseReader._auxiliary_group).
_IN_A_GROUP = GROUP_ADVERBS | NEGATORS | NOT_NEGATING | {"no", "longer"}
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
        seen: dict[tuple[str, str, str], list[Clause | Sketch]] = {}
        for _index, clauses in sorted(self._comparable(document).items()):
            for clause in clauses:
                for earlier in seen.get((clause.lemma, clause.tense, clause.modal), ()):
                    if _clash(earlier, clause):
                        assert isinstance(clause, Clause) and isinstance(earlier, Clause)
                        yield self._match(document, clause, earlier)
                        break
            for clause in clauses:
                kept = seen.setdefault((clause.lemma, clause.tense, clause.modal), [])
                if len(kept) < _MAX_EARLIER:  # linear time on any input: a bounded list
                    kept.append(clause)

    def _comparable(self, document: Document) -> dict[int, list[Clause | Sketch]]:
        """Sentence index → clauses, for the sentences that can take part in a clash.

        A clash pairs a negative clause with a positive one of the same verb lemma, tense
        and modality in another sentence. Only sentences with a negator can hold a
        negative clause, so those are read first (about one in ten); another sentence is
        read only when one of its words is a verb form of a lemma those negative clauses
        have. The sentences left out hold positive clauses of other verbs, which can clash
        with nothing, so the findings are the same.

        Reading a clause's subject and object is the costly part; it is done only for a
        clause that has a partner of the other polarity with its key in another sentence.
        Any other clause stays a ``Sketch``, which keeps its place (and its slot in the
        bounded lists of ``run``) but can clash with nothing, as it has no partner.
        """
        sentences = document.sentences
        # (a sentence whose negators cannot deny — "not only", "whether or not", "no-one" —
        # is read, like one without any, only if it may assert what another denies)
        negated = [index for index in sentences_with_negators(document)
                   if can_deny(document.words_in(sentences[index].start, sentences[index].end))]
        if not negated:
            return {}
        readings = {index: self._reader.reading(document, index, sentences[index])
                    for index in negated}
        denied: dict[tuple[str, str, str], set[int]] = {}  # key → sentences that deny it
        for index, reading in readings.items():
            for sketch in reading.sketches:
                if sketch.negative and self._keep(document, sentences[index], sketch):
                    denied.setdefault(_key(sketch), set()).add(index)

        # A negative clause is read in full only if another sentence may assert its key:
        # a sentence with a negator that does (its sketches say so), or one without,
        # which then holds a form of the verb (see _asserted_elsewhere).
        affirmed: dict[tuple[str, str, str], set[int]] = {}  # key → sentences asserting it
        for index, reading in readings.items():
            for sketch in reading.sketches:
                if not sketch.negative:
                    affirmed.setdefault(_key(sketch), set()).add(index)
        def affirmed_elsewhere(key: tuple[str, str, str], index: int) -> bool:
            return bool(affirmed.get(key, set()) - {index})

        # (a verb is searched for only if a denial of it has no assertion among these)
        elsewhere = self._asserted_elsewhere(document, set(negated), {
            key[0] for key, indices in denied.items()
            if not all(affirmed_elsewhere(key, index) for index in indices)})

        def partnered(sketch: Sketch) -> bool:
            if sketch.negative:
                return sketch.lemma in elsewhere or affirmed_elsewhere(_key(sketch),
                                                                       sketch.sentence)
            return bool(denied.get(_key(sketch), set()) - {sketch.sentence})

        found = {index: self._read(document, sentences[index], reading, partnered)
                 for index, reading in readings.items()}
        negative = [c for clauses in found.values() for c in clauses
                    if c.negative and isinstance(c, Clause)]
        verbs = {c.lemma for c in negative}
        # Every clash shares a named participant (a subject or object head that is not a
        # pronoun, see _same_claim): a sentence without one of these heads cannot clash.
        heads = {a.head for c in negative for a in (c.agent, c.patient)
                 if a is not None and not a.pronoun}
        if not verbs or not heads:
            return found
        auxiliary = bool(verbs & {"be", "have", "do"})
        lexicon = self._reader.lexicon
        # The sentences not read yet that hold a word naming a head: the article's words
        # are tested once each (the distinct ones), and the sentences holding one are
        # found from where those words stand, not by slicing every sentence.
        everything = document.words_in(0, len(document.text))
        naming = _naming(set(everything), heads, lexicon.noun_lemma)
        if not naming:
            return found
        places = compress(document.token_starts, map(naming.__contains__, everything))

        may_be_a_form = _form_test(verbs)

        def has_a_verb(words: list[str]) -> bool:
            return (auxiliary and not _AUXILIARIES.isdisjoint(words)) or any(
                lexicon.verb_lemma(w) in verbs for w in words if may_be_a_form(w))

        def denied_elsewhere(sketch: Sketch) -> bool:  # a clause here is positive
            return _key(sketch) in denied

        for index in sentences_of(document, places):
            if index in found:
                continue
            sentence = sentences[index]
            words = document.words_in(sentence.start, sentence.end)
            # (a word that starts in the sentence but runs past its end is not one of its
            # words: the test on the sentence's own words keeps the sentences alike)
            if not naming.isdisjoint(words) and has_a_verb(words):
                reading = self._reader.reading(document, index, sentence)
                found[index] = self._read(document, sentence, reading, denied_elsewhere)
        return found

    def _asserted_elsewhere(self, document: Document, negated: set[int],
                            lemmas: set[str]) -> set[str]:
        """The verbs of ``lemmas`` that a sentence without a negator may assert.

        A clause's verb lemma is that of one of its words, or, for an auxiliary without
        a main verb ("it was"), 'be', 'have' or 'do': a sentence can assert one of
        ``lemmas`` only if it holds such a word. A verb form's lemma starts with the
        form's own first two letters but for the irregular forms listed in
        ``IRREGULAR_VERB_FORMS`` (tests/test_clauses_speed.py checks it on the whole word
        table) and the "-ed" words the dictionary lacks, so only the words that start
        like one of ``lemmas``, or are one of those, are looked up."""
        found: set[str] = set()
        if not lemmas:
            return found
        everything = document.words_in(0, len(document.text))
        auxiliary = lemmas & _MAIN_VERBS_OF_AUX
        if auxiliary and _outside(document, negated, everything, _AUXILIARIES.__contains__):
            found |= auxiliary
        lexical = lemmas - found
        if not lexical:
            return found
        lexicon = self._reader.lexicon
        distinct = set(everything)
        ordered = sorted(distinct)
        candidates = distinct & IRREGULAR_VERB_FORMS
        for prefix in {lemma[:2] for lemma in lexical}:  # the words that start like one
            candidates.update(takewhile(methodcaller("startswith", prefix),
                                        ordered[bisect_left(ordered, prefix):]))
        for initial in {lemma[:1] for lemma in lexical}:  # and five letters ending in -ed
            candidates.update(word for word in takewhile(
                methodcaller("startswith", initial), ordered[bisect_left(ordered, initial):])
                if len(word) == 5 and word.endswith("ed"))
        forms = {word for word in candidates if lexicon.verb_lemma(word) in lexical}
        if forms:
            found |= {lexicon.verb_lemma(everything[position]) or "" for position in _positions(
                document, negated, everything, forms.__contains__)}
        return found

    def _keep(self, document: Document, sentence: Span, clause: Clause | Sketch) -> bool:
        return (clause.lemma not in self._ignored
                # skipped code or a URL stands where a subject or object was: the
                # clause cannot be compared ("`SIGPIPE` can ..." / "`SIGKILL` cannot")
                and PLACEHOLDER not in document.text[sentence.start : clause.end])

    def _read(self, document: Document, sentence: Span, reading: SentenceReading,
              needed: Callable[[Sketch], bool]) -> list[Clause | Sketch]:
        return [c for c in reading.clauses(needed) if self._keep(document, sentence, c)]

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


def can_deny(words: list[str]) -> bool:
    """Whether a sentence of these words can hold a negative clause (``ClauseReader``):
    one needs a negated auxiliary ("didn't", "cannot"), "never" (before a verb or in a
    verb group), "no" (opening a subject or an object, or in "no longer") or a "not" in a
    verb group: after an auxiliary, with only adverbs and negators between ("has also
    not", "had not only not"), and not opening "not only"."""
    if not _DENYING.isdisjoint(words):
        return True
    if "not" not in words:
        return False
    for position, word in enumerate(words):
        if word != "not" or position + 1 < len(words) and words[position + 1] in NOT_NEGATING:
            continue
        before = position - 1
        while before >= 0 and words[before] not in _AUXILIARIES and (
                words[before] in _IN_A_GROUP or words[before].endswith("ly")
                and len(words[before]) > 4):
            before -= 1
        if before >= 0 and words[before] in _AUXILIARIES:
            return True
    return False


def _form_test(lemmas: set[str]) -> Callable[[str], bool]:
    """A test that every word whose verb lemma is one of ``lemmas`` passes (and few
    others): it starts like one of them, is an irregular form, or is an "-ed" word of
    five letters starting with one's letter (see ``_asserted_elsewhere``)."""
    prefixes = tuple({lemma[:2] for lemma in lemmas})
    initials = tuple({lemma[:1] for lemma in lemmas})

    def may_be_a_form(word: str) -> bool:
        return (word.startswith(prefixes) or word in IRREGULAR_VERB_FORMS
                or len(word) == 5 and word.endswith("ed") and word.startswith(initials))

    return may_be_a_form


def _positions(document: Document, negated: set[int], words: list[str],
               wanted: Callable[[str], bool]) -> Iterator[int]:
    """The positions in ``words`` (all the document's words) of the wanted words that
    stand outside the sentences ``negated`` (a word in no sentence counts too)."""
    starts, index_of = document.token_starts, document.sentence_index
    for position in compress(range(len(words)), map(wanted, words)):
        if index_of(starts[position]) not in negated:
            yield position


def _outside(document: Document, negated: set[int], words: list[str],
             wanted: Callable[[str], bool]) -> bool:
    """Whether a wanted word stands outside the sentences ``negated``."""
    return next(_positions(document, negated, words, wanted), None) is not None


def _naming_words(sentences: list[tuple[int, Span, list[str]]], heads: set[str],
                  noun_lemma: Callable[[str], str]) -> set[str]:
    """The words of ``sentences`` that name one of ``heads`` (see ``_naming``)."""
    distinct: set[str] = set().union(*(words for _index, _sentence, words in sentences))
    return _naming(distinct, heads, noun_lemma)


def _naming(distinct: set[str], heads: set[str], noun_lemma: Callable[[str], str]) -> set[str]:
    """The words of ``distinct`` that name one of ``heads``: a head itself, or a noun
    whose lemma is one. A noun's lemma starts with the word's own first two letters but
    for a few irregular plurals ('mice', 'teeth'; tests/test_clauses_speed.py checks it
    on the whole word table), so only the words that start like a head, or are one of
    those plurals, are looked up: not every word of the article."""
    prefixes = {head[:2] for head in heads}
    return (distinct & heads) | {
        word for word in distinct - heads
        if (word[:2] in prefixes or word[:1] in prefixes or word in IRREGULAR_PLURALS)
        and noun_lemma(word) in heads}


# -- deciding whether two clauses clash --------------------------------------------------------


def _key(clause: Clause | Sketch) -> tuple[str, str, str]:
    return clause.lemma, clause.tense, clause.modal


def _clash(earlier: Clause | Sketch, later: Clause | Sketch) -> bool:
    if earlier.negative == later.negative or earlier.sentence == later.sentence:
        return False
    if not isinstance(earlier, Clause) or not isinstance(later, Clause):
        return False  # a sketch has no partner of the other polarity (see _comparable)
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


