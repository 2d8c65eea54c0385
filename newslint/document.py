"""The document model every check sees (README, Input and Writing a check plugin).

A ``Document`` holds the decoded file (``source``) and the prose extracted from it
(``text``). For plain text the two are the same string; for Markdown and HTML, ``text`` is
the prose only and ``offsets`` maps each of its characters back to the source, so checks
work on clean prose while findings always point into the file as stored.

Segmentation (paragraphs, sentences, word tokens, quoted spans) is computed lazily and
once per document, because most checks need some of it and none should redo it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Mapping, Sequence
from functools import cached_property
from itertools import accumulate, repeat
from typing import Any, TypeVar

from newslint.positions import LineIndex, Region
from newslint.records import NamedTuple
from newslint.text.patterns import POSSESSIVE
from newslint.text.segmentation import paragraph_spans, text_quotes, text_sentence_spans

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Possessive repeats (``POSSESSIVE``) match the same words, as nothing in the pattern
# could take back what a run of letters or a joined part took; they spare re its
# backtracking records, a tenth of the split's time. (tests/test_engine_speed.py
# compares the two forms.)
_WORD_SPLIT = re.compile(f"([^\\W_]+{POSSESSIVE}(?:[-'’][^\\W_]+{POSSESSIVE})*{POSSESSIVE})")
# The same split for ASCII text, where a letter or digit is [A-Za-z0-9] (a class re tests
# from a table, not from the Unicode database) and ’ cannot occur.
_ASCII_WORD_SPLIT = re.compile(
    f"([A-Za-z0-9]+{POSSESSIVE}(?:[-'][A-Za-z0-9]+{POSSESSIVE})*{POSSESSIVE})")


T = TypeVar("T")
_MISSING: Any = object()  # no memo yet (None may be one)


class Span(NamedTuple):
    """A half-open range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int


class Token(NamedTuple):
    """A word: letters and digits, with inner hyphens and apostrophes ("deep-rooted", "Iran's")."""

    start: int
    end: int
    text: str


class Document:
    """One article: its source, its prose, and the prose's segmentation."""

    def __init__(
        self,
        path: str,
        source: str,
        text: str | None = None,
        offsets: Sequence[int] | None = None,
        kind: str = "text",
        metadata: Mapping[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.source = source
        self.text = source if text is None else text
        self.kind = kind
        self.metadata: Mapping[str, Any] = metadata if metadata is not None else {}
        if offsets is not None and len(offsets) != len(self.text):
            raise ValueError("offsets must map every character of text")
        self._offsets = offsets
        self._memos: dict[Hashable, Any] = {}

    def memo(self, key: Hashable, factory: Callable[[], T]) -> T:
        """``factory()``, computed once for this document whatever number of rules ask for
        ``key``: what several checks derive from one article (its name mentions, a
        punctuation analysis) is shared, and lives exactly as long as the document.
        ``key`` names the derivation and every setting it depends on."""
        value: T = self._memos.get(key, _MISSING)
        if value is _MISSING:
            value = self._memos[key] = factory()
        return value

    # -- positions -------------------------------------------------------------------------
    @cached_property
    def line_index(self) -> LineIndex:
        return LineIndex(self.source)

    def source_offset(self, offset: int) -> int:
        """The source offset of text offset ``offset`` (``len(text)`` maps past the end)."""
        if self._offsets is None:
            return offset
        if offset >= len(self.text):
            return len(self.source) if not self._offsets else self._offsets[-1] + 1
        return self._offsets[offset]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source range covered by text range ``[start, end)``."""
        if self._offsets is None:
            return start, end
        begin = self.source_offset(start)
        if end <= start:
            return begin, begin
        return begin, self.source_offset(end - 1) + 1

    def is_verbatim(self, start: int, end: int) -> bool:
        """Whether text range ``[start, end)`` is the file's own characters, contiguous.

        Only then can a suggestion be written over the range's source span as a fix: in
        Markdown and HTML the span may hold markup the checks never saw (``**Ki**ev``,
        ``**the** the``) or an entity (``caf&eacute;``), which the replacement would delete.
        """
        if self._offsets is None:
            return True
        if not 0 <= start <= end <= len(self.text):
            return False
        begin = self.source_offset(start)
        source, offsets, text = self.source, self._offsets, self.text
        return all(offsets[at] == begin + at - start and text[at] == source[begin + at - start]
                   for at in range(start, end))

    def region(self, start: int, end: int) -> Region:
        """Positions (docs/output.md) of text range ``[start, end)`` in the file as stored."""
        begin, finish = self.source_span(start, end)
        return self.line_index.region(begin, finish)

    # -- segmentation ----------------------------------------------------------------------
    @cached_property
    def paragraphs(self) -> list[Span]:
        return list(map(tuple.__new__, repeat(Span), paragraph_spans(self.text)))

    @cached_property
    def sentences(self) -> list[Span]:
        spans = text_sentence_spans(self.text, self.paragraphs)
        return list(map(tuple.__new__, repeat(Span), spans))

    @cached_property
    def tokens(self) -> list[Token]:
        # The hottest step of segmentation, done without a Python loop: splitting on the
        # words (captured) alternates gaps and words, and the running total of their
        # lengths gives every word's start (the gap before it ends there) and end. The
        # starts and the words' texts are kept as lists of their own (``token_starts``,
        # ``token_texts``): they cost nothing more here, and bisecting or scanning them
        # does not touch the Token objects.
        text = self.text
        parts = (_ASCII_WORD_SPLIT if text.isascii() else _WORD_SPLIT).split(text)
        ends = list(accumulate(map(len, parts)))
        words = parts[1::2]
        starts = ends[0:-1:2]
        self.__dict__["token_starts"] = starts
        self.__dict__["token_texts"] = words
        spans = zip(starts, ends[1::2], words, strict=True)
        return list(map(tuple.__new__, repeat(Token, len(words)), spans))

    @cached_property
    def token_starts(self) -> list[int]:
        """The start of every token, in order (for bisecting without Token objects)."""
        tokens = self.tokens  # segmenting sets this attribute, unless tokens were given
        starts: list[int] | None = self.__dict__.get("token_starts")
        return starts if starts is not None else [token.start for token in tokens]

    @cached_property
    def token_texts(self) -> list[str]:
        """The text of every token, in order (``[t.text for t in tokens]``, made once)."""
        tokens = self.tokens  # segmenting sets this attribute, unless tokens were given
        texts: list[str] | None = self.__dict__.get("token_texts")
        return texts if texts is not None else [token.text for token in tokens]

    @cached_property
    def quotes(self) -> list[Span]:
        """Quoted spans, marks included, in text order (nested quotes appear too)."""
        quotes = list(map(tuple.__new__, repeat(Span), text_quotes(self.text, self.paragraphs)))
        quotes.sort()
        return quotes

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [quote.start for quote in self.quotes]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def in_quote(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a quoted span."""
        index = bisect_right(self._quote_starts, start)
        for quote in self.quotes[max(0, index - 8) : index]:
            if quote.start <= start and end <= quote.end:
                return True
        return False

    def sentence_at(self, offset: int) -> Span | None:
        index = self.sentence_index(offset)
        return None if index is None else self.sentences[index]

    def sentence_index(self, offset: int) -> int | None:
        """The index in ``sentences`` of the sentence that contains ``offset``."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return index
        return None

    def words_in(self, start: int, end: int) -> list[str]:
        """The tokens of ``tokens_in(start, end)`` in lower case, with ’ written as '."""
        first, last = self._token_range(start, end)
        return self._words[first:last]

    def token_count(self, start: int, end: int) -> int:
        """At least the length of ``tokens_in(start, end)``, without building the list."""
        starts = self.token_starts
        return bisect_right(starts, end - 1) - bisect_right(starts, start - 1)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that start inside ``[start, end)`` and end there too."""
        first, last = self._token_range(start, end)
        return self.tokens[first:last]

    def _token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices of the first and past the last token inside ``[start, end)``: tokens
        do not overlap, so only the last one that starts inside can end outside."""
        starts = self.token_starts
        first = bisect_right(starts, start - 1)
        last = bisect_right(starts, end - 1)
        if last > first and self.tokens[last - 1].end > end:
            last -= 1
        return first, last

    @cached_property
    def _words(self) -> list[str]:
        """Every token in lower case with ’ written as ' (what several checks compare),
        made once: the tokens joined by NUL, lowered in one call and split again. Each
        token lowers exactly as it would alone (a Σ at a token's end becomes ς, a dotted
        İ grows to two characters), since NUL is neither a letter nor ignorable by the
        rule that decides a final sigma, and no word or lowered letter contains it."""
        words = self.token_texts
        if not words:
            return []
        return "\x00".join(words).lower().replace("’", "'").split("\x00")

    @cached_property
    def word_count(self) -> int:
        return len(self.tokens)
