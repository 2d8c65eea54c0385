"""The document model's and the engine's shortcuts answer as the plain way would (speed
never changes a finding): tokens, words, sentences, the URL test, suppressions, timings.
The checks' shortcuts are tested in test_core_speed_checks.py; the texts are in
core_texts.py.
"""

from __future__ import annotations

import re
import signal

import pytest

from newslint import engine
from newslint.document import Document, Span
from newslint.engine import RunSettings, check_document, check_files, time_limit
from newslint.text import segmentation, urls
from tests.core_texts import TEXTS
from tests.helpers import builtin_rule

# -- the document model ----------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_words_and_ranges_answer_as_a_plain_scan(text: str) -> None:
    document = Document("t.txt", text)
    plain = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    assert [tuple(token) for token in document.tokens] == plain
    assert document.token_starts == [start for start, _end, _word in plain]
    assert document.token_texts == [word for _start, _end, word in plain]
    assert document._words == [word.lower().replace("’", "'") for _s, _e, word in plain]
    for start in range(0, len(text) + 1, 7):
        for end in (start, start + 1, start + 13, len(text)):
            inside = [t for t in plain if start <= t[0] and t[1] <= end]
            assert [tuple(t) for t in document.tokens_in(start, end)] == inside
            assert document.words_in(start, end) == [w.lower().replace("’", "'")
                                                    for _s, _e, w in inside]
            assert document.token_count(start, end) == sum(
                1 for t in plain if start <= t[0] < end)


def test_ascii_text_splits_into_words_as_any_text_does() -> None:
    from newslint.document import _ASCII_WORD_SPLIT, _WORD_SPLIT

    every = " ".join(f"a{chr(c)}b {chr(c)}x{chr(c)}" for c in range(128))
    for text in [*TEXTS, every, "".join(map(chr, range(128))), "a-b c'd e--f 'g' h_i 9-x_y"]:
        if text.isascii():
            assert _ASCII_WORD_SPLIT.split(text) == _WORD_SPLIT.split(text)


def test_token_lists_follow_tokens_given_by_hand() -> None:
    document = Document("t.txt", "one two")
    document.tokens = []
    assert document.token_starts == [] and document.token_texts == []


def test_lower_case_words_keep_a_final_sigma_and_a_dotted_capital_per_word() -> None:
    document = Document("t.txt", "ΟΔΟΣ ΣΑΣ İSTANBUL’S Σ")
    assert document._words == ["οδος", "σας", "i̇stanbul's", "σ"]
    assert document._words == [w.lower().replace("’", "'") for w in document.token_texts]


def _plain_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence splitter as it was: a generator per paragraph and per sentence."""
    ends = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
    boundaries: set[int] = set()
    for match in ends.finditer(text, start, end):
        position = match.end()
        while position < end and text[position].isspace():
            position += 1
        following = text[position] if position < end else None
        if following is None or following.islower() or following in ",;":
            continue
        if text[match.start()] == "." and _plain_is_abbreviation(text, start, match.start()):
            continue
        boundaries.add(match.end())
    boundaries |= set(segmentation._headline_boundaries(text, start, end))
    spans: list[tuple[int, int]] = []
    previous = start
    for boundary in [*sorted(boundaries), end]:
        spans.extend(segmentation.trimmed(text, previous, boundary))
        previous = boundary
    return spans


def _plain_is_abbreviation(text: str, start: int, dot: int) -> bool:
    match = segmentation._WORD_BEFORE.search(text, max(start, dot - 12), dot)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    return word in segmentation.ABBREVIATIONS or (
        len(word) == 1 and word.isalpha() or "." in word and len(word) <= 6)


def test_long_words_before_a_full_stop_are_no_abbreviation() -> None:
    assert max(map(len, segmentation.ABBREVIATIONS)) <= 6
    words = ["Mr", "minister", "approx", "approxim", "U.S", "u.s.a", "İSTANBUL", "x", "ministerİ",
             "abcdefg", "abcdef", "a_bcdefg", "Σ", "said\n", "e.g", "ab.cdefgh", "1234567", "J"]
    for before in ("", " ", "word ", "\n", "x.y"):
        for word in words:
            text = before + word + ". Next"
            dot = len(before) + len(word)
            for start in (0, len(before), max(0, dot - 8), dot - 7, dot - 1):
                if 0 <= start <= dot:
                    assert segmentation._is_abbreviation(text, start, dot) == \
                        _plain_is_abbreviation(text, start, dot), (text, start)


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_answer_as_the_plain_splitter(text: str) -> None:
    document = Document("t.txt", text)
    plain = [s for p in document.paragraphs for s in _plain_sentences(text, *p)]
    assert [tuple(sentence) for sentence in document.sentences] == plain
    assert document.paragraphs == [Span(*p) for p in segmentation.split_paragraphs(text)]
    assert document.quotes == sorted(Span(*q) for p in document.paragraphs
                                     for q in segmentation.find_quotes(text, *p))
    for spans in (document.paragraphs, document.sentences, document.quotes):
        assert all(type(span) is Span and span.end >= span.start for span in spans)
    for paragraph in document.paragraphs:
        assert list(segmentation.split_sentences(text, *paragraph)) == \
            _plain_sentences(text, *paragraph)


# -- cheap tests before a scan ----------------------------------------------------------------

@pytest.mark.parametrize("text", TEXTS)
def test_no_url_hint_where_the_cheap_test_says_none(text: str) -> None:
    if not urls.may_have_url(text):
        assert list(urls._URL_HINT.finditer(text)) == []


def test_the_url_test_sees_every_kind_of_hint() -> None:
    for text in ("x@y", "a://b", "mailto:x", "MAILTO:x", "www.x", "WwW.x", "a.com", "a.Com",
                 "a.ıo", "a.İn", "a.\u212ar"):
        assert list(urls._URL_HINT.finditer(text)), text
        assert urls.may_have_url(text), text
    assert not urls.may_have_url("Plain words. No address: none here, just 3.5 km.")


def test_a_memo_of_none_is_computed_once() -> None:
    document = Document("t.txt", "text")
    calls: list[int] = []
    for _ in range(3):
        assert document.memo("nothing", lambda: calls.append(1)) is None
    assert calls == [1]



# -- the engine --------------------------------------------------------------------------------

def test_suppression_comments_are_still_read_and_files_without_one_skip_them() -> None:
    rule = builtin_rule("space-before-punctuation")
    text = "He came , and went ; then left .\n<!-- newslint-disable-line -->\n"
    found = check_document(Document("t.txt", text), [rule], RunSettings())
    assert found and {f.line for f in found} == {1}
    silenced = "He came , and went ; then left . <!-- newslint-disable-line -->\n"
    assert check_document(Document("t.txt", silenced), [rule], RunSettings()) == []
    plain = Document("t.txt", "He came , and went ; then left .")
    check_document(plain, [builtin_rule("long-ellipsis")], RunSettings())
    assert "line_index" not in plain.__dict__  # nothing to find, no line index built


def test_timings_name_every_rule_that_ran() -> None:
    rules = [builtin_rule(name) for name in ("a-an", "long-ellipsis", "space-before-punctuation")]
    timings: dict[str, float] = {}
    check_document(Document("t.txt", "An cat sat , here."), rules, RunSettings(),
                   timings=timings)
    assert set(timings) == {rule.id for rule in rules}
    assert all(seconds >= 0 for seconds in timings.values())


def test_the_time_limit_handler_is_installed_once_per_run_and_put_back(tmp_path) -> None:
    before = signal.getsignal(signal.SIGALRM)
    article = tmp_path / "a.txt"
    article.write_text("A cat sat , here.", encoding="utf-8")
    report = check_files([(str(article), article)], [builtin_rule("space-before-punctuation")],
                         RunSettings())
    assert len(report.findings) == 1 and not report.errors
    assert signal.getsignal(signal.SIGALRM) is before
    with time_limit(5):
        assert signal.getsignal(signal.SIGALRM) is engine._expire
    assert signal.getsignal(signal.SIGALRM) is before


def test_the_collector_thresholds_are_raised_for_a_run_and_put_back(tmp_path) -> None:
    import gc

    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []

    class Spy:
        offsets_in_source = False
        honours_vocabulary = False

        def run(self, document: Document) -> list[object]:
            seen.append(gc.get_threshold())
            return []

    rule = builtin_rule("long-ellipsis")._replace(check=Spy())
    article = tmp_path / "a.txt"
    article.write_text("A cat sat here.", encoding="utf-8")
    with engine.collector_for_run():  # a run inside another (threads) keeps the setting
        check_files([(str(article), article)], [rule], RunSettings())
        assert gc.get_threshold()[0] == max(before[0], engine._YOUNG_OBJECTS)
    assert seen == [(max(before[0], engine._YOUNG_OBJECTS), *before[1:])]
    assert gc.get_threshold() == before
