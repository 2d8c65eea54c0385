"""Word-level knowledge of the clause reader (clauses.py): verb and noun lemmas and verb
forms from newslint's word table, and the sentences that hold a negator."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from newslint.checks.contradictions.clause_words import _VERB_TAGS
from newslint.document import Document
from newslint.text import lemmas

# Distinct words remembered per kind of answer: a run over an archive meets words without
# end (names, typos), so each memo starts afresh past this many (the word table's own
# bounded caches still answer the words met again).
_MAX_WORDS = 65536

# The nouns whose lemma does not start with their own first two letters, in lemminflect's
# dictionary: a word that is not one of these names a head only if it starts like it
# (negation_flip._naming; tests/test_clauses_speed.py checks the list on the whole table).
IRREGULAR_PLURALS = frozenset(
    "feet geese lice men messieurs mice momento momentoes rial riales teeth".split())
# The same for verbs: the dictionary's verb forms whose lemma does not start with their
# own first two letters (negation_flip._asserted_elsewhere). A word the dictionary lacks
# is given a verb lemma only when it ends in "-ed", and those are always looked up.
IRREGULAR_VERB_FORMS = frozenset(
    """'d 'll 'm 're 's 've am are ate bade boded bore born borne bought bound came could
    did dove dug dying fell fought found gave gel gell gelled gelling gells gels got gotten
    held hove hung hying impanel impanelled impanelling impanels is lain lay lying might
    ran rang rode rose rung sang sank sat saw sold sought sung sunk taught told took tore
    torn tying vying was went were woke woken won wore worn would wound wove woven""".split())


class Lexicon:
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
            if len(self._verb_lemmas) >= _MAX_WORDS:
                self._verb_lemmas.clear()
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
            if len(self._verb_tags) >= _MAX_WORDS:
                self._verb_tags.clear()
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
            if len(self._noun_lemmas) >= _MAX_WORDS:
                self._noun_lemmas.clear()
            lemma = self._noun_lemmas[word] = self._find_noun_lemma(word)
        return lemma

    def _find_noun_lemma(self, word: str) -> str:
        analyses = self._lemmas(word)
        for upos in ("NOUN", "PROPN"):
            if upos in analyses:
                return analyses[upos][0].lower()
        return word


def lowered_text(document: Document) -> str | None:
    """The document's text in lower case, once per document, where lowering keeps every
    character in its place (else None: a dotted İ lowers to two characters).

    A search for a few English words in it needs no case-insensitive classes, so the
    pattern opens on a literal that ``re`` skips to in C. Lowering turns no character into
    or out of a word character, and no character but an ASCII capital into an ASCII letter
    (save the Kelvin sign, into 'k', which none of these words has), so such a pattern
    finds in it what its case-blind form finds in the text; tests/test_contradictions_speed.py
    checks both on every code point."""
    def lower() -> str | None:
        text = document.text
        lowered = text.lower()
        return lowered if len(lowered) == len(text) else None

    return document.memo("contradictions.lowered-text", lower)


def sentences_of(document: Document, starts: Iterable[int]) -> list[int]:
    """Indices of the sentences that hold the offsets ``starts``, in order, each once."""
    index = document.sentence_index
    found = {index(at) for at in starts}
    found.discard(None)
    return sorted(found)  # type: ignore[arg-type]


def sentences_with_negators(document: Document) -> list[int]:
    """Indices of the sentences that contain a word which can make a clause negative:
    'not', 'never', 'no' ('no longer', 'no letter was sent'), 'cannot', a '-n't' form.
    One regular expression over the text finds them (or a little more: 'no-one').

    The matches are those of ``_NEGATOR``, found faster: without its look-behind, which
    makes the expression slow at every character, and without ignoring case, which slows
    every comparison (in the lowered text, where 'n' and 'c' open literal patterns that
    ``re`` skips to); the look-behind (no letter or digit before the word) is tested on
    the few matches instead. A match refused there hides no other one, as no negator
    starts inside a word."""
    text = document.text
    lowered = lowered_text(document)
    if lowered is None:
        matches: Iterable[re.Match[str]] = _NEGATOR_WORD.finditer(text)
    else:
        matches = chain(_NEGATOR_LOWER.finditer(lowered), _CANNOT_LOWER.finditer(lowered))
    return sentences_of(document, (
        at for at in (match.start() for match in matches)
        # "annotate", "Bono": not a word of its own
        if not at or text[at + 1] in "'’" or not text[at - 1].isalnum()))


_NEGATOR_WORD = re.compile(r"[nN](?:[oO][tT]?|[eE][vV][eE][rR]|['’][tT])(?![^\W_])"
                           r"|[cC][aA][nN][nN][oO][tT](?![^\W_])")
# The same in lowered text, in two patterns that each open on a literal: a "not" found
# inside "cannot" is refused (a letter before it), as the one expression never tries it.
_NEGATOR_LOWER = re.compile(r"n(?:ot?|ever|['’]t)(?![^\W_])")
_CANNOT_LOWER = re.compile(r"cannot(?![^\W_])")


# Every spelling _is_auxiliary accepts, negated forms included: one set lookup per word.
