"""Reading an English news sentence as clauses, for ``negation-flip`` (negation_flip.py).

A shallow, model-free analysis (``ClauseReader``): a verb group (auxiliaries, negation,
adverbs, the main verb), the words before it back to the previous clause boundary (its
subject) and the words after it up to the next boundary (its object). A passive verb group
swaps the roles, so "he sent a letter" and "the letter was not sent" have the same patient,
"letter"; a relative pronoun takes its antecedent ("Kovac, who has not resigned").
"""


from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from newslint.checks.contradictions.clause_words import (
    _CLAUSE_PUNCTUATION,
    _TIME,
    BE,
    CLAUSE_TAKING,
    CLAUSE_WORDS,
    DETERMINERS,
    DISTINGUISHING,
    DO,
    FILLER,
    GROUP_ADVERBS,
    HAVE,
    HYPOTHETICAL_MODALS,
    IRREGULAR_FINITE,
    MAIN_VERB_OF_AUX,
    MODALS,
    NEGATED_AUX,
    NEGATORS,
    NON_ASSERTING,
    NOT_NEGATING,
    NUMBER_WORDS,
    ODD_GERUNDS,
    PAST_AUX,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    REFLEXIVES,
    RELATIVES,
    SUBJECT_PRONOUNS,
)
from newslint.checks.contradictions.lexicon import Lexicon
from newslint.document import Document, Span, Token
from newslint.records import NamedTuple

if TYPE_CHECKING:
    from newslint.checks.contradictions.reading import SentenceReading


class Argument(NamedTuple):
    """A subject or object: its head word (lemma, lower case), its named modifiers, the
    head of its of-complement ('the risk of stroke') and its other specifiers: lower-case
    modifiers, a possessive ('his prize') and an infinitive complement ('plans to:boost')."""

    head: str
    pronoun: bool
    names: frozenset[str]
    of_head: str = ""
    specifiers: frozenset[str] = frozenset()


class Clause(NamedTuple):
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
# -- reading clauses ---------------------------------------------------------------------------


_LIST_MARK = re.compile(r"[,;:]")
_QUANTITY_WORD = re.compile(r"[\w%.]+")


def _quantity(subject: str) -> frozenset[str]:
    """The quantifiers and figures of a subject, brackets included: 'Most (71%)' ->
    {most, 71%}; the text after the last comma, colon or semicolon only."""
    subject = _LIST_MARK.split(subject)[-1]
    return frozenset(word for word in _QUANTITY_WORD.findall(subject.lower())
                     if word in QUANTIFIERS or _has_digit(word))


def _has_digit(word: str) -> bool:
    """Whether ``word`` has a digit (``str.isdigit``); a word of letters only has none."""
    return not word.isalpha() and any(c.isdigit() for c in word)



class Sketch(NamedTuple):
    """A clause before its subject and object are read: enough to tell whether it can
    clash with any other clause of the article (negation_flip.py), which most cannot."""

    sentence: int
    lemma: str
    tense: str
    modal: str
    negative: bool
    end: int  # of the clause


class Draft(NamedTuple):
    """A clause's verb group and the token ranges of its subject and object."""

    sketch: Sketch
    group: VerbGroup
    subject_start: int
    subject_words: range
    object_words: range
    previous_last: int


class ClauseReader:
    """Shallow clause analysis of English news sentences, with lemminflect for word forms."""

    def __init__(self) -> None:
        self._lexicon = self.lexicon = Lexicon()

    def clauses(self, document: Document, index: int, sentence: Span) -> list[Clause]:
        """The asserted clauses of one sentence (none for a question)."""
        return [c for c in self.reading(document, index, sentence).clauses()
                if isinstance(c, Clause)]

    def reading(self, document: Document, index: int, sentence: Span) -> SentenceReading:
        """The sentence's verb groups and clause sketches; its clauses read on demand."""
        from newslint.checks.contradictions.reading import SentenceReading

        return SentenceReading(self, document, index, sentence)

    def draft(self, document: Document, index: int, tokens: Sequence[Token], words: list[str],
               group: VerbGroup, subject_start: int, following: int,
               previous_last: int, breaks: Collection[int] | None = None) -> Draft | None:
        """The part of reading a clause that decides whether it asserts anything, and its
        polarity: none of its arguments yet."""
        first, last, lemma, negative, _passive, tense, modal = group
        introducer = words[subject_start - 1] if subject_start > 0 else ""
        if introducer in NON_ASSERTING or modal in HYPOTHETICAL_MODALS:
            return None
        if not _CONDITIONALS.isdisjoint(words[max(0, subject_start - 4):subject_start]):
            return None
        # (the object's end only for a clause that asserts: the scan is wasted on the rest)
        if breaks is None:
            breaks = breaking_gaps(document.text, tokens)
        object_end = _object_end(breaks, words, last + 1, following)
        subject_words = range(subject_start, first)
        object_words = range(last + 1, object_end)
        if subject_words and words[subject_words[0]] == "no":
            negative, subject_words = not negative, subject_words[1:]
        if object_words and words[object_words[0]] == "no":
            negative, object_words = not negative, object_words[1:]
        end = tokens[object_end - 1 if object_end > last + 1 else last].end
        return Draft(Sketch(index, lemma, tense, modal, negative, end), group, subject_start,
                      subject_words, object_words, previous_last)

    def clause(self, document: Document, sentence: Span, tokens: Sequence[Token],
                words: list[str], draft: Draft) -> Clause:
        text = document.text
        first, last, lemma, _negative, passive, tense, modal = draft.group
        negative, subject_start = draft.sketch.negative, draft.subject_start
        subject_words, object_words = draft.subject_words, draft.object_words
        previous_last = draft.previous_last
        introducer = words[subject_start - 1] if subject_start > 0 else ""
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
        end = draft.sketch.end
        lead = sentence.start if previous_last < 0 else start
        times = frozenset(m.group().lower() for m in _TIME.finditer(text, lead, end))
        known = {patient.head, *patient.names} if patient else set()
        details = frozenset(
            words[i] for i in object_words
            if (_has_digit(words[i]) or words[i] in NUMBER_WORDS
                or tokens[i].text[:1].isupper()) and words[i] not in known
            and _TIME.fullmatch(words[i]) is None)
        lead_end = tokens[previous_last].end if previous_last >= 0 else sentence.start
        quantity = _quantity(text[lead_end : tokens[first].start])
        complement = (self._complement(tokens, words, object_words)
                      if lemma == "be" and not passive else None)
        return Clause(draft.sketch.sentence, start, end, tokens[first].start, tokens[last].end,
                      lemma, negative, passive, tense, modal, agent, patient, times, details,
                      quantity=quantity, complement=complement)

    # -- verb groups --------------------------------------------------------------------------
    def verb_groups(self, text: str, sentence: Span, tokens: Sequence[Token],
                     words: list[str], breaks: Collection[int] | None = None
                     ) -> Iterator[VerbGroup]:
        # The loop over every word of a sentence: the cheap tests (a set, the case of the
        # first letter, a memoised lemma) come first and decide for most words.
        if breaks is None:
            breaks = breaking_gaps(text, tokens)
        index = 0
        after_verb: str | None = None  # lemma of the last verb group, until a boundary
        count, sentence_start = len(tokens), sentence.start
        verb_lemma = self._lexicon.verb_lemma
        previous = ""
        while index < count:
            word = words[index]
            if index > 0:
                previous = words[index - 1]
                if previous in CLAUSE_WORDS or index in breaks:
                    after_verb = None
            token = tokens[index]
            name = index > 0 and token.text[:1].isupper() and token.start != sentence_start
            group = None
            if word in _AUXILIARIES and previous != "to" and not name:
                group = self._auxiliary_group(tokens, words, index, sentence)
            elif (not name and word not in _NOT_VERBS and previous not in _NOT_VERBS
                  and not previous.endswith(("'s", "s'"))
                  and (word.endswith(_INFLECTED) or word in IRREGULAR_FINITE
                       or previous in _PLURAL_PERSONS)
                  and verb_lemma(word) is not None
                  and self._is_bare_finite(tokens, words, index, sentence, after_verb)):
                # (_is_bare_finite's own tests, the cheap ones first: a word after a
                # determiner or preposition, or one that cannot be a finite form there —
                # not "-s", "-ed" or an irregular form, not after "I", "we", "you",
                # "they" — is not looked up in the word table)
                lemma = verb_lemma(word) or word
                tags = self._lexicon.verb_tags(word, lemma)
                first = index - 1 if index > 0 and previous == "never" else index
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
        if (index < len(tokens) and not _is_name(tokens, index, sentence)
                and _may_be_main_verb(last_aux, words[index])):
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
        if word == lemma and previous not in _PLURAL_PERSONS:
            return False  # a base form is finite only after them (the tags below say no more)
        tags = self._lexicon.verb_tags(word, lemma)
        if "VBD" in tags and word != lemma:
            # A form that is also a participle, right after another verb's object, is a
            # participle unless that verb takes a clause ("claimed Iran sent").
            return "VBN" not in tags or after_verb is None or after_verb in CLAUSE_TAKING
        if "VBZ" in tags and word != lemma:
            return previous in SUBJECT_PRONOUNS or not self._lexicon.can_be_noun(word)
        if tags & {"VB", "VBP"}:
            return previous in _PLURAL_PERSONS
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
            if start != relative and gap_breaks(text, tokens[previous].end, tokens[start].start):
                break
            if start == relative and gap.strip() not in ("", ","):
                break
            if words[previous] in CLAUSE_WORDS or words[previous] in PREPOSITIONS:
                break
            start = previous
        return self._argument(tokens, words, range(start, relative))


_AUXILIARIES = frozenset(
    word for word in (*BE, *HAVE, *DO, *MODALS, *NEGATED_AUX)
    if NEGATED_AUX.get(word, word) in BE | HAVE | DO | MODALS)


_NOT_VERBS = PREPOSITIONS | DETERMINERS
_PLURAL_PERSONS = ("i", "we", "you", "they")
_INFLECTED = ("s", "ed")
_CONDITIONALS = frozenset(("if", "unless", "whether"))


def _may_be_main_verb(auxiliary: str, word: str) -> bool:
    """Whether ``word`` may be the main verb after ``auxiliary`` (the tests of
    ``_auxiliary_group``, before its look-ups): after "be" a participle, past ("-ed" or
    irregular) or present ("-ing"), after "have" a past participle; after "do" or a modal
    any word."""
    participle = word.endswith("ed") or word in IRREGULAR_FINITE
    if auxiliary in BE:
        return participle or word.endswith("ing") or word in ODD_GERUNDS
    if auxiliary in HAVE:
        return participle
    return True


def _is_auxiliary(word: str) -> bool:
    return word in _AUXILIARIES


def _is_name(tokens: Sequence[Token], index: int, sentence: Span) -> bool:
    """Capitalised away from the sentence start: a name, not a verb ('Trump', 'United')."""
    return index > 0 and tokens[index].text[:1].isupper() and tokens[index].start != sentence.start


def gap_breaks(text: str, start: int, end: int) -> bool:
    return not _CLAUSE_PUNCTUATION.isdisjoint(text[start:end])


_BREAK_MARK = re.compile("[" + re.escape("".join(sorted(_CLAUSE_PUNCTUATION))) + "]")
_START = attrgetter("start")


def breaking_gaps(text: str, tokens: Sequence[Token]) -> frozenset[int]:
    """The indices ``k`` of ``tokens`` (consecutive tokens of one sentence) whose gap from
    token ``k - 1`` holds clause punctuation: ``gap_breaks`` for every gap of the sentence
    at once. One search over the sentence finds the few marks (no mark is part of a
    token), each placed by bisection, instead of a slice and a set test at every gap."""
    if len(tokens) < 2:
        return frozenset()
    start, end = tokens[0].end, tokens[-1].start
    return frozenset(bisect_right(tokens, mark.start(), key=_START)
                     for mark in _BREAK_MARK.finditer(text, start, end))


def subject_start(breaks: Collection[int], words: list[str], lower: int, first: int) -> int:
    """Where the subject of the verb group at ``first`` starts (token index); ``breaks``
    as ``breaking_gaps`` gives them."""
    start = first
    while start > lower:
        previous = start - 1
        if words[previous] in CLAUSE_WORDS and words[previous] not in ("and", "or"):
            break
        if start in breaks:
            break
        start = previous
        if words[start] in SUBJECT_PRONOUNS:
            break  # "said he sent": the pronoun opens the clause
    while start < first and words[start] in ("and", "or", "but", "nor"):
        start += 1
    return start


def _object_end(breaks: Collection[int], words: list[str], begin: int, upper: int) -> int:
    """Where the object after a verb group ends (token index, exclusive)."""
    end = begin
    while end < upper:
        if end > 0 and end in breaks:
            break
        if words[end] in CLAUSE_WORDS and words[end] != "as":
            break
        end += 1
    return end
