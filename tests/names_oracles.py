"""The names family's word statistics and list sentences in their plain, first-written
form: the oracles the faster shipped forms are tested against (test_names_speed2.py,
test_mentions_speed.py)."""

from __future__ import annotations

from collections import defaultdict

from newslint.checks.names.evidence import korean_given_name, list_sentences
from newslint.checks.names.mentions import NameMention, is_ordinary, lowercase_words
from newslint.checks.names.variants import WordStats
from newslint.checks.names.words import COMMON_WORDS, looks_english, squash
from newslint.document import Document, Span
from newslint.text.folding import fold

# Sentences with a mention of every kind the extraction tells apart: titles stripped,
# ordinary words at a sentence's start, a title-case headline, particles and initials,
# honorifics alone, possessives (both files' invented texts start with these).
MENTION_KINDS = [
    "The President met Trump. So Bescent vowed more sanctions. President spoke; Mr left.",
    'He said: "Trump agreed." Prime Minister Shinzo Abe and Abe\'s aides met. However, Tehran.',
    "UN Chief Says Talks Go On In Geneva\n\nThe talks went on. Moon Jae In left (Seoul).",
    "Bashar al-Assad met Ursula von der Leyen and J. D. Vance — Dr. Smith — in Paris.",
    "Mr Smith. Dr. Jones. The Kremlin. A Spokesman. Spokesman Peskov said so.",
    "Iran's Khamenei spoke. Then Khamenei, then Tehran, then the Obamas' dog.",
]


def plain_list_sentences(document: Document, mentions: list[NameMention]) -> set[Span]:
    """list_sentences as first written: every mention grouped, then each sentence weighed."""
    by_sentence: dict[Span, list[NameMention]] = defaultdict(list)
    for mention in mentions:
        if not all(fold(word) in COMMON_WORDS for word in mention.words):
            by_sentence[mention.sentence].append(mention)
    listed = set()
    for sentence, found in by_sentence.items():
        text = document.text[sentence.start : sentence.end]
        if len(found) < 4 or text.count(",") + text.count(";") < 2:
            continue
        tokens = document.tokens_in(sentence.start, sentence.end)
        words = [t for t in tokens if t.text[:1].isalpha()]
        if words and sum(len(m.words) for m in found) >= 0.4 * len(words):
            listed.add(sentence)
    return listed


def plain_word_stats(check: object, document: Document,
                     mentions: list[NameMention]) -> dict[str, WordStats]:
    """_compute_word_stats as first written: every use of a word asked afresh."""
    lower = lowercase_words(document)
    listed = list_sentences(document, mentions)
    stats: dict[str, WordStats] = {}
    for mention in mentions:
        korean = korean_given_name(mention.words)
        for slot, word in enumerate(mention.words):
            folded, excluded = check._word_never_compared(word)  # type: ignore[attr-defined]
            if excluded:
                continue
            ordinary = is_ordinary(folded, lower)
            if ordinary and mention.is_single:
                continue
            key = word.casefold()
            if key not in stats:
                stats[key] = WordStats(word, ordinary, squashed=squash(key))
            stats[key].occurrences.append((mention, slot))
            if korean is not None and slot >= korean[0]:
                stats[key].korean_given = True
            if listed and mention.sentence in listed:
                stats[key].listed += 1
    return {key: word_stats for key, word_stats in stats.items()
            if not (looks_english(word_stats.word) and word_stats.only_initial)}
