"""``self-reference``: a speaker swapped into the object of his own reported clause.

"Trump informed Abe that he did not consider Trump a valuable interlocutor": the source
had Khamenei as the one not considered valuable. When a named person is the subject of a
reporting verb ("told", "informed", "wrote to") and the reported clause, whose subject is
"he" or "she", names that same person again as its object, either the pronoun is the
speaker (then English says "himself") or the name should be the other party's. Both are
translation errors that a reader cannot repair.

Deliberately narrow, to stay precise: the speaker is a name right before the reporting
verb; the reported clause opens with "that he/she" (or "he/she" right after the verb or
its named addressee); the repeated name follows a verb or a preposition in that clause
(object position), is not part of a longer name ("Trump Tower") or a possessive
("Trump's"), and is not preceded by a different first name ("Hillary Clinton" after
"Bill Clinton").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, Related
from newslint.checks.contradictions.lexicon import _MAX_WORDS, lowered_text, sentences_of
from newslint.document import Document, Span, Token
from newslint.text import lemmas
from newslint.text.patterns import caseless

REPORTING = frozenset(
    """tell inform write say assure warn remind promise insist stress argue claim add explain
    confirm admit announce reply respond note emphasise emphasize declare state acknowledge
    complain signal indicate""".split()
)
PRONOUNS = frozenset(("he", "she"))
# "he" or "she" as a whole token, any case; written from the letters, the look-behind
# after them and the case by hand (caseless), so that re skips to an "s" or an "h".
_PRONOUN = re.compile("(?:" + caseless("she") + r"(?<![^\W_]...)|" + caseless("he")
                      + r"(?<![^\W_]..))(?![^\W_])")
# The same in the lowered text (lexicon.lowered_text), one literal pattern a spelling, so
# that re skips to each: "he", "she" and "ſhe" (the case-blind "s" takes a long s).
_PRONOUNS_LOWER = tuple(re.compile(p) for p in (
    r"he(?<![^\W_]..)(?![^\W_])", r"she(?<![^\W_]...)(?![^\W_])", r"ſhe(?<![^\W_]...)(?![^\W_])"))
OBJECT_PREPOSITIONS = frozenset("to with as about for against on at by from than".split())
SKIPPABLE = frozenset("later also reportedly then once himself herself again".split())
FUNCTION_WORDS = frozenset(
    """a an the as to for of in on at by with from and or but that this than because if when
    while into over after before since about against""".split()
)
_CLAUSE_BREAK = frozenset(";:()—–")
_CLAUSE_WORDS = frozenset("and but or because while although though whereas if when".split())
AUXILIARIES = frozenset(
    """am is are was were be been being has have had do does did will would shall should
    can could may might must not never""".split()
)


class SelfReferenceCheck(Check):
    parameters = {
        "window": Param("int", default=20,
                        help="most tokens from the reporting verb to the reported subject"),
        "reporting_verbs": Param("strings", default=tuple(sorted(REPORTING)),
                                 help="lemmas of verbs that report what someone said"),
    }
    default_message = ("'{found}' is both the speaker and the object of what he or she "
                       "reported: the other party, or 'himself'/'herself'?")

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self._lemmas = lemmas.all_lemmas  # lemminflect loads on the first lookup
        self._reporting = frozenset(v.lower() for v in params["reporting_verbs"])
        self._verb_lemmas: dict[str, str | None] = {}  # each distinct word looked up once

    def run(self, document: Document) -> Iterator[Match]:
        for sentence in _sentences_with_pronouns(document):
            tokens = document.tokens_in(sentence.start, sentence.end)
            # A finding is the speaker's name (a capitalised word) said again in the same
            # sentence: a sentence without a capitalised word twice has none.
            if _a_capitalised_word_twice(tokens):
                yield from self._sentence(document, sentence, tokens)

    def _sentence(self, document: Document, sentence: Span,
                  tokens: Sequence[Token]) -> Iterator[Match]:
        words = [t.text.lower() for t in tokens]
        for index in range(1, len(tokens)):
            # the speaker first: a capitalised word right before is rare and cheap to
            # see, where the verb's lemma is a look-up in the word table
            speaker = _speaker_before(tokens, words, index)
            if speaker is None:
                continue
            lemma = self._verb_lemma(words[index])
            if lemma not in self._reporting:
                continue
            pronoun = self._reported_subject(document.text, tokens, words, index, sentence)
            if pronoun is None:
                continue
            repeated = self._object_mention(document.text, tokens, words, pronoun, speaker,
                                            sentence)
            if repeated is None:
                continue
            name = tokens[speaker]
            verb = tokens[index].text
            clause = document.text[tokens[pronoun].start : tokens[repeated].end]
            reflexive = "himself" if words[pronoun] == "he" else "herself"
            yield Match(
                tokens[repeated].start, tokens[repeated].end,
                {"speaker": name.text, "verb": verb, "clause": clause, "reflexive": reflexive},
                related=(Related(name.start, name.end, f"'{name.text}' is the speaker"),),
                message=(f"'{name.text}' is the speaker ('{name.text} {verb}') and the object "
                         f"of the reported clause ('{clause}'): the other party, or "
                         f"'{reflexive}'?"),
            )

    def _modifies_next(self, word: str) -> bool:
        return word not in FUNCTION_WORDS and "NOUN" in self._lemmas(word)

    def _verb_lemma(self, word: str) -> str | None:
        try:
            return self._verb_lemmas[word]
        except KeyError:
            if len(self._verb_lemmas) >= _MAX_WORDS:
                self._verb_lemmas.clear()  # bounded over a run (see lexicon._MAX_WORDS)
            analyses = self._lemmas(word)
            lemma = self._verb_lemmas[word] = analyses["VERB"][0] if "VERB" in analyses else None
            return lemma

    def _reported_subject(self, text: str, tokens: Sequence[Token], words: list[str],
                          verb: int, sentence: Span) -> int | None:
        """The 'he'/'she' that opens the reported clause: 'that he', 'told Abe he'."""
        limit = min(len(tokens), verb + 1 + self.params["window"])
        for index in range(verb + 1, limit):
            if words[index] in PRONOUNS:
                previous = words[index - 1]
                if previous == "that" or index == verb + 1 or (
                        tokens[index - 1].text[:1].isupper()
                        and tokens[index - 1].start != sentence.start):
                    return index
                return None
            if (_breaks(text, tokens, index - 1) and words[index] != "that"
                    and not _comma_only(text, tokens, index - 1)):
                return None  # the reported clause must follow the verb and its addressee
        return None

    def _object_mention(self, text: str, tokens: Sequence[Token], words: list[str],
                        pronoun: int, speaker: int, sentence: Span) -> int | None:
        """The speaker's name again, in object position of the reported clause."""
        surname = tokens[speaker].text
        for index in range(pronoun + 1, len(tokens)):
            if _breaks(text, tokens, index - 1) or words[index] in _CLAUSE_WORDS:
                return None
            if tokens[index].text != surname:
                continue
            if index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper() and not \
                    _breaks(text, tokens, index):
                return None  # part of a longer name: "Trump Tower"
            if index + 1 < len(tokens) and not _breaks(text, tokens, index) and \
                    self._modifies_next(words[index + 1]):
                return None  # "he would meet Trump supporters": the name is a modifier
            previous = tokens[index - 1]
            if previous.text[:1].isupper() and previous.text != tokens[speaker - 1].text:
                return None  # another first name: "Hillary Clinton" after "Bill Clinton"
            before = words[index - 1]
            if before in OBJECT_PREPOSITIONS or (
                    before not in AUXILIARIES and self._verb_lemma(before) is not None):
                return index
            return None
        return None


def _sentences_with_pronouns(document: Document) -> list[Span]:
    """The sentences with a 'he' or 'she': a finding needs one to open the reported
    clause, so the others are not read."""
    lowered = lowered_text(document)
    found: Iterable[re.Match[str]] = (
        _PRONOUN.finditer(document.text) if lowered is None
        else chain.from_iterable(pattern.finditer(lowered) for pattern in _PRONOUNS_LOWER))
    sentences = document.sentences
    return [sentences[index] for index in sentences_of(document, (m.start() for m in found))]


def _a_capitalised_word_twice(tokens: Sequence[Token]) -> bool:
    """Whether two of ``tokens`` are one capitalised word ('Trump' … 'Trump')."""
    capitalised = [token.text for token in tokens if token.text[:1].isupper()]
    return len(set(capitalised)) < len(capitalised)


def _speaker_before(tokens: Sequence[Token], words: list[str], verb: int) -> int | None:
    """The surname right before the reporting verb ('Trump informed', 'Wendt later told')."""
    index = verb - 1
    while index >= 0 and words[index] in SKIPPABLE:
        index -= 1
    if index < 0:
        return None
    token = tokens[index]
    # A capital at the sentence start proves nothing, but the repeated mention must be a
    # capitalised word inside the sentence, which does.
    if not token.text[:1].isupper() or not token.text.isalpha():
        return None
    return index


def _breaks(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Is there clause punctuation between token ``index`` and the next?"""
    if index + 1 >= len(tokens):
        return True
    gap = text[tokens[index].end : tokens[index + 1].start]
    return any(char in _CLAUSE_BREAK or char in ",.!?\"“”" for char in gap)


def _comma_only(text: str, tokens: Sequence[Token], index: int) -> bool:
    gap = text[tokens[index].end : tokens[index + 1].start]
    return gap.strip() == ","
