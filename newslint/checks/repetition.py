"""``repetition``: a doubled word ("the the") or one stem twice in a clause.

Machine translation often renders a source word twice, once as a modifier and once as
the head ("The deep-rooted distrust ... is rooted in", "the decision decided"). The check
works on word tokens within a clause (a stretch of a sentence between commas, semicolons,
colons, dashes, brackets or quotes). It leaves alone the repeats that English uses on
purpose: "step by step", "day after day", "more and more" (function words and idioms),
names (capitalised words) and numbers.
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

    # -- one stem twice in a clause ----------------------------------------------------------
    def _stem_repeats(self, document: Document, clause: list[Token]) -> Iterator[Match]:
        seen: dict[str, tuple[int, Token]] = {}
        for index, token in enumerate(clause):
            if not _is_content(token, document):
                continue
            for part in _parts(token.text):
                key = stem(part)
                if len(key) < self.params["min_stem"]:
                    continue
                earlier = seen.get(key)
                if earlier and self._reportable(clause, earlier, index, token):
                    first = earlier[1]
                    yield Match(
                        token.start, token.end, {"first": first.text},
                        message=f"'{token.text}' repeats the stem of '{first.text}' in the "
                                f"same clause",
                        related=(Related(first.start, first.end, f"first use: '{first.text}'"),),
                    )
                    break
                seen[key] = (index, token)

    def _reportable(self, clause: list[Token], earlier: tuple[int, Token], index: int,
                    token: Token) -> bool:
        first_index, first = earlier
        if index - first_index > self.params["window"]:
            return False
        if first.text.lower() == token.text.lower():
            return False  # the same word again is emphasis or a list, not a doubled stem
        pair = f"{first.text.lower()} {token.text.lower()}"
        return pair not in self._exceptions


def _clauses(document: Document) -> Iterator[list[Token]]:
    text = document.text
    for sentence in document.sentences:
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
