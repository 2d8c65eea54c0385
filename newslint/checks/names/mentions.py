"""Name mentions in an article (the string tests that compare them are in words.py).

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
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from newslint.checks.names.words import (
    _APOSTROPHES,
    _POSSESSIVE_ENDINGS,
    _URL,
    COMMON_WORDS,
    PARTICLES,
    TITLE_WORDS,
    bare,
    is_common,
    may_be_name_word,
)
from newslint.document import Document, Span, Token
from newslint.records import NamedTuple
from newslint.text.folding import fold


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


def name_mentions(document: Document) -> list[NameMention]:
    """The name mentions of ``document`` in text order (computed once per document)."""
    return document.memo("names.mentions", lambda: _extract(document))


def is_ordinary(folded: str, lower: frozenset[str]) -> bool:
    """An English word: listed as common, or written in lower case elsewhere in the article
    (also as its singular or plural: "Analysts" when the copy says "analyst")."""
    if folded in COMMON_WORDS or folded in lower or folded + "s" in lower:
        return True
    return folded.endswith("s") and folded[:-1] in lower


def lowercase_words(document: Document) -> frozenset[str]:
    """Words the document writes in lower case: a capitalised one is then an ordinary word."""
    return document.memo("names.lowercase-words", lambda: _lowercase_words(document))


def _lowercase_words(document: Document) -> frozenset[str]:
    every = distinct_words(document)
    words = list(compress(every, map(str.islower, map(_FIRST, every))))  # no loop in Python
    joined = "\n".join(words)
    if not words or not joined.isascii():
        return frozenset(map(_folded_bare, words))
    # In ASCII, folding is lowering: done to all the words at once, and the possessive
    # endings taken off line by line as ``bare`` takes them, with no look-up per word
    # (in a long run, a look-up in a large memory is not cheaper than this).
    lowered = joined.lower()
    if "'" in lowered:
        lowered = _BARE_ENDING.sub("", lowered)
    return frozenset(lowered.split("\n"))


_FIRST = itemgetter(0)
# What ``bare`` takes off the end of an ASCII word (lower-cased), on each line: "'s", or
# apostrophes. Written to start with the apostrophe, which the engine then skips to.
_BARE_ENDING = re.compile(r"'(?:s|'*)$", re.MULTILINE)


def distinct_words(document: Document) -> frozenset[str]:
    """The document's words as written, each once: a check that asks something of every
    word asks it of these (a few hundred) instead of every token."""
    return document.memo("names.distinct-words", lambda: frozenset(document.token_texts))


def positions_of(texts: list[str], word: str) -> Iterator[int]:
    """The indexes of ``word`` in ``texts``, in order."""
    index = -1
    try:
        while True:
            index = texts.index(word, index + 1)
            yield index
    except ValueError:
        return


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
        _sentence_mentions(text, tokens, sentence, headline, mentions)
    return mentions


def _sentence_mentions(text: str, tokens: list[Token], sentence: Span, headline: bool,
                       mentions: list[NameMention]) -> None:
    """Append the mentions of one sentence (``tokens``) to ``mentions``.

    Every token is tried; the common cases are written out (``may_be_name_word`` for a
    capitalised word, a lone word's mention as ``_single_mention`` makes it), since this
    loop sees every token of every article."""
    make = tuple.__new__  # tuples built directly: NamedTuple's constructor is slower
    append = mentions.append
    index, count = 0, len(tokens)
    while index < count:
        token = tokens[index]
        word = token[2]  # the fields by position: quicker than by name, every token
        if word[0].isupper():
            if len(word) > 1 and word.isupper():
                index += 1  # an acronym ("NATO", "UN") is no name word
                continue
        elif "-" not in word or not may_be_name_word(word):
            index += 1  # the common case: a lower-case word is no name
            continue
        end = index + 1
        if end < count:
            following = tokens[end][2]
            if not (following[0].islower() and "-" not in following
                    and following not in PARTICLES):
                end = _run_end(text, tokens, index)
            # else the next word is no name word nor a particle: the run ends
        opening = index == 0 or (
            (gap := text[tokens[index - 1][1] : token[0]]) != " "
            and _opens_clause(gap))  # one space, the common case, opens nothing
        if end == index + 1 and not headline:
            # The common case, a lone word, as _mentions_of_run takes it: no name when
            # it is a title, or an ordinary word where any word is capitalised.
            if not (word in TITLE_WORDS or (opening and is_common(word))):
                # ``_single_mention(token, sentence, opening)``, written out
                word = (word[:-2] if word.endswith(_POSSESSIVE_ENDINGS)
                        else word.rstrip(_APOSTROPHES))  # ``bare``
                start = token[0]
                span = make(Span, (start, start + len(word)))
                append(make(NameMention, (start, span[1], (word,), (span,), "", start,
                                          sentence, opening)))
        elif not (headline or opening):  # a run inside a sentence: nothing to strip
            mention = _mention(tokens[index:end], sentence, False)
            if mention is not None:
                append(mention)
        else:
            mentions.extend(_mentions_of_run(tokens, index, end, sentence, headline, opening))
        index = end


def _inside_any(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start <= token.start < end for start, end in spans)


def _run_end(text: str, tokens: list[Token], index: int) -> int:
    """Index just past the run of name tokens that starts at ``index``."""
    end, count = index + 1, len(tokens)
    previous = tokens[index]
    while end < count:
        word = previous[2]
        # ``_is_possessive(text, previous)``, the token's fields read once
        if word.endswith(_POSSESSIVE_ENDINGS) or (
                previous[1] < len(text) and text[previous[1]] in _APOSTROPHES
                and word.endswith("s")):
            break
        following = tokens[end]
        if text[previous[1] : following[0]] != " " and not _joins(
                text[previous[1] : following[0]], word):
            break  # one space (the common case) joins; else ``_joins`` decides
        if may_be_name_word(following[2]):
            end += 1
            previous = following
            continue
        # Particles before the next capitalised word: "bin Salman", "von der Leyen".
        after = end
        while (after < count and tokens[after].text in PARTICLES
               and after + 1 < count
               and _joins(text[tokens[after].end : tokens[after + 1].start], tokens[after].text)):
            after += 1
        if after == end or after >= count or not may_be_name_word(tokens[after].text):
            break
        end = after + 1
        previous = tokens[end - 1]
    return end


def _joins(gap: str, previous: str) -> bool:
    """Whether two words separated by ``gap`` belong to one name."""
    if gap == " ":
        return True  # the common case
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
    if gap == " ":
        return False  # the common case: one space between two words
    return any(mark in gap for mark in ':"“‘«—–(') or gap.strip() in ("-", "--")


def _mentions_of_run(tokens: list[Token], index: int, end: int, sentence: Span,
                     headline: bool, opening: bool) -> list[NameMention]:
    run = tokens[index:end]
    if headline:
        # In a title-case headline every ordinary word is capitalised: they split names.
        pieces: list[list[Token]] = []
        current: list[Token] = []
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
    make = tuple.__new__  # tuples built directly: NamedTuple's constructor is slower
    if len(run) == 1:  # the common case: one word, no title before it
        token = run[0]
        if token.text in TITLE_WORDS:
            return None
        return _single_mention(token, sentence, initial)
    last_title = -1
    for position, token in enumerate(run[:-1]):
        if token.text.rstrip(".") in TITLE_WORDS:
            last_title = position
    name = run[last_title + 1 :]
    if not name or (name[0].text in TITLE_WORDS and all(t.text in TITLE_WORDS for t in name)):
        return None
    words_list, spans_list = [], []
    for start, _, text in name:  # one loop for both: faster than two comprehensions
        word = bare(text)
        words_list.append(word)
        spans_list.append(make(Span, (start, start + len(word))))
    words, spans = tuple(words_list), tuple(spans_list)
    title = " ".join(token.text for token in run[: last_title + 1]) if last_title >= 0 else ""
    return make(NameMention, (spans[0].start, spans[-1].end, words, spans, title,
                              run[0].start, sentence, initial and last_title < 0))


def _single_mention(token: Token, sentence: Span, initial: bool) -> NameMention:
    """The mention of one word that is no title."""
    make = tuple.__new__  # tuples built directly: NamedTuple's constructor is slower
    word = bare(token.text)
    span = make(Span, (token.start, token.start + len(word)))
    return make(NameMention, (span[0], span[1], (word,), (span,), "", token.start, sentence, initial))


def is_all_caps(tokens: list[Token]) -> bool:
    """A wire headline or dateline line in capitals: names there are not compared."""
    lettered = [t.text for t in tokens if not t.text.isdigit()]
    if len(lettered) < 2 or not any(len(word) > 1 and word.isupper() for word in lettered):
        return False
    upper = sum(1 for word in lettered if word.isupper())  # initials count: "U.S. TROOPS"
    return upper >= 0.8 * len(lettered)


def all_caps_sentences(document: Document) -> list[Span]:
    """The sentences written in capitals (computed once per document)."""
    def compute() -> list[Span]:
        text = document.text
        return [sentence for sentence in _sentences_with_capitals(document)
                if not _many_lower_case_words(document, text, sentence)
                and (tokens := document.tokens_in(sentence.start, sentence.end))
                and is_all_caps(tokens)]

    return document.memo("names.all-caps-sentences", compute)


def _sentences_with_capitals(document: Document) -> list[Span]:
    """The sentences with a word of two characters or more in capitals, in order: only
    they can be in capitals (``is_all_caps`` wants one such word), and in news four
    sentences in five have none. The words are found among the article's distinct words,
    all at once."""
    every = distinct_words(document)
    capitals = frozenset(word for word in compress(every, map(str.isupper, every)) if len(word) > 1)
    if not capitals:
        return []
    texts, tokens, sentences = document.token_texts, document.tokens, document.sentences
    found: list[Span] = []
    end = -1  # where the last sentence found ends: its other words in capitals are skipped
    for position in compress(range(len(texts)), map(capitals.__contains__, texts)):
        start = tokens[position].start
        if start < end:
            continue
        index = document.sentence_index(start)
        if index is not None:
            found.append(sentences[index])
            end = sentences[index].end
    return found

# A lower-case letter that ends a word: each one is a different word not in capitals.
_LOWER_CASE_END = re.compile(r"[a-z](?=\s)")


def _many_lower_case_words(document: Document, text: str, sentence: Span) -> bool:
    """Cheap evidence that a sentence is not in capitals (one search, no token list):
    more than a fifth of its words end in a lower-case letter, where ``is_all_caps``
    allows a fifth at most. Ordinary sentences, nearly all of them, stop here."""
    lower = len(_LOWER_CASE_END.findall(text, sentence.start, sentence.end))
    return lower > 0.2 * document.token_count(sentence.start, sentence.end)


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
