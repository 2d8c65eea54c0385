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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError, Related
from newslint.document import Document, Token
from newslint.stemming import stem

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
            for clause in _clauses(document):
                # A finding pairs a hyphenated compound with a simple word: a clause
                # without a hyphenated word has none.
                if any("-" in token.text for token in clause):
                    yield from self._stem_repeats(document, clause)

    # -- doubled words ---------------------------------------------------------------------
    def _doubled_words(self, document: Document) -> Iterator[Match]:
        text, tokens = document.text, document.tokens
        for previous, token in zip(tokens, tokens[1:], strict=False):
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
            other = (simples if is_compound else compounds).get(key)
            if other and self._reportable(other, index, head):
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


def _plural_pair(one: str, other: str) -> bool:
    return one != other and (one in (other + "s", other + "es") or other in (one + "s", one + "es"))


def _clauses(document: Document) -> Iterator[list[Token]]:
    """The clauses of the sentences that hold a hyphen (the others cannot repeat a
    compound's head)."""
    text = document.text
    for sentence in document.sentences:
        if text.find("-", sentence.start, sentence.end) < 0:
            continue
        start = sentence.start
        for boundary in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
            yield document.tokens_in(start, boundary.start())
            start = boundary.end()
        yield document.tokens_in(start, sentence.end)


def _parts(word: str) -> list[str]:
    return [part for part in re.split(r"[-'’]", word) if part]


def _is_number(word: str) -> bool:
    return any(char.isdigit() for char in word)


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
