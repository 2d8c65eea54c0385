"""The character, punctuation, number and typography checks' shortcuts answer as the plain
way would (speed never changes a finding).

Each fast path (a cheap test that skips a scan, a pattern rewritten so that ``re`` can skip
to its first character, matches tried only where they can start) is compared here with its
plain form on the texts of core_texts.py.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from newslint.checks.characters import encoding, script
from newslint.checks.numbers import date_format, number_format, number_style
from newslint.checks.punctuation import balance
from newslint.checks.punctuation import check as punctuation
from newslint.checks.typography import articles, headline
from newslint.checks.typography import check as typography
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.text import dates, urls
from newslint.text.patterns import finditer_after_boundary
from newslint.text.segmentation import trimmed
from tests.core_texts import TEXTS
from tests.helpers import builtin_rule


def _findings(rule_names: list[str], text: str) -> list[tuple[object, ...]]:
    rules = [builtin_rule(name) for name in rule_names]
    return [tuple(finding) for finding in check_document(Document("t.txt", text), rules,
                                                         RunSettings())]


ENCODING_RULES = ["control-characters", "invisible-characters", "replacement-character",
                  "no-break-space", "mojibake"]
PUNCTUATION_RULES = ["unbalanced-quotes", "unbalanced-brackets", "space-before-punctuation",
                     "doubled-punctuation", "missing-space-after-punctuation",
                     "quote-punctuation-placement", "mixed-quote-style", "cjk-punctuation"]
OTHER_RULES = ["untranslated-fragment", "a-an", "small-number-figures", "percent-style",
               "thousands-separator", "missing-thousands-separator",
               "date-format-consistency", "day-without-month", "run-on-sentence"]
RULES = ENCODING_RULES + PUNCTUATION_RULES + OTHER_RULES

# The plain forms: each pattern as it was written before it was made faster.
_PLAIN_PATTERNS = {
    (punctuation, "_SPACE_BEFORE"): r"(?<=\S)[ \t\u00a0\u202f]+(?:[,;:!?]+|\.(?![.\w]))",
    (punctuation, "_MARK_RUN"): r"[,;:.]{2,}",
    (punctuation, "_GLUED_MARK"): r"(?<=[\w)\]\"”’%])[.?!,;:](?=[^\W\d_])",
}


def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every shortcut of this module's subject off: no cheap test, the old patterns."""
    monkeypatch.setattr(encoding, "has_special_characters", lambda document: True)
    monkeypatch.setattr(urls, "may_have_url", lambda text: True)
    monkeypatch.setattr(punctuation, "_MARK_AFTER_SPACE", re.compile(""))
    monkeypatch.setattr(punctuation, "units_with_marks", lambda unit_spans, positions: (
        (index, start, end) for index, (start, end) in enumerate(unit_spans)))
    monkeypatch.setattr(punctuation, "analyse_quotes", _plain_analyse_quotes)
    monkeypatch.setattr(punctuation, "unmatched_single_openers",
                        lambda text, start, end, singles=None:
                        balance.unmatched_single_openers(text, start, end))
    monkeypatch.setattr(script, "_NOT_LATIN", re.compile(script._NOT_LATIN.pattern))
    for (module, name), pattern in _PLAIN_PATTERNS.items():
        monkeypatch.setattr(module, name, re.compile(pattern))
    monkeypatch.setattr(articles, "expected_article", articles.expected_article.__wrapped__)
    monkeypatch.setattr(date_format, "_THE_ORDINAL", re.compile(""))
    monkeypatch.setattr(number_style, "_may_have_figure", lambda text, start, end: True)
    monkeypatch.setattr(number_style, "_FIGURE_DIGIT", re.compile(""))
    monkeypatch.setattr(number_style, "_ends_as_prose", lambda text, start, end: bool(
        number_style._SENTENCE_END.search(text[start:end])))
    monkeypatch.setattr(number_format, "_may_have_percent", lambda text: True)
    monkeypatch.setattr(number_format, "matches_at",
                        lambda pattern, text, starts: pattern.finditer(text))


def test_rules_find_the_same_with_and_without_the_shortcuts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [_findings(RULES, text) for text in TEXTS]
    with monkeypatch.context() as plain:
        _plain(plain)
        slow = [_findings(RULES, text) for text in TEXTS]
    assert fast == slow
    assert sum(map(len, fast)) > 300  # the texts do give the rules something to find


@pytest.mark.parametrize("text", TEXTS)
def test_special_characters_test_precedes_every_encoding_scan(text: str) -> None:
    if not encoding.has_special_characters(Document("t.txt", text)):
        for pattern in (encoding._CONTROL, encoding._REPLACEMENT, encoding._INVISIBLE_RUN,
                        encoding._NO_BREAK_SPACE):
            assert pattern.search(text) is None


@pytest.mark.parametrize("text", TEXTS)
def test_rewritten_patterns_match_as_their_plain_forms(text: str) -> None:
    for (module, name), plain in _PLAIN_PATTERNS.items():
        fast = getattr(module, name)
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in re.finditer(plain, text)], name
    if punctuation._MARK_AFTER_SPACE.search(text) is None:
        assert punctuation._SPACE_BEFORE.search(text) is None
    plain_article = re.compile(r"([aA]n?)[ \t\u00a0]+[‘'\"“(]?([\w][\w.&’'-]*)")
    plain = [(m.span(), m.groups()) for m in finditer_after_boundary(plain_article, text)]
    assert [(m.span(), m.groups()) for m in articles._ARTICLE.finditer(text)] == plain
    assert [(m.span(), m.groups()) for m in articles.article_matches(text)] == plain


@pytest.mark.parametrize("text", TEXTS)
def test_number_and_date_evidence_precedes_every_scan(text: str) -> None:
    if date_format._THE_ORDINAL.search(text) is None:
        assert date_format._DAY_ONLY.search(text) is None
    if not number_format._may_have_percent(text):
        assert number_format._PERCENT.search(text) is None
    for paragraph in Document("t.txt", text).paragraphs:
        assert number_style._ends_as_prose(text, *paragraph) == bool(
            number_style._SENTENCE_END.search(text[paragraph.start:paragraph.end]))
    for start in range(len(text)):
        for end in (start + 1, start + 9, len(text)):
            if not number_style._may_have_figure(text, start, end):
                assert number_style._FIGURE.search(text[start:end]) is None


_DATE_PIECES = ["March", "Mar.", "Sept.", "Sep", "June", "Jun.", "July", "May", "Dec", "August",
                "5", "05", "31", "31st", "3rd", "2nd", "21st", "0", "2025", "1999", "12", "of",
                "the", "Tuesday,", "(Tuesday)", "-", "–", "/", ".", ",", " ", " ", "\n", "\n\n",
                "2025-03-05", "2025-03-05T10:00Z", "12.03.2024", "04/03/2025", "5-7", "x", "a",
                "Jan", "Janet", "Mayor", "Octavia", "Nov5", "/5", "-5", "_5", "5.5", "A5"]


def _date_texts(count: int = 600, seed: int = 7) -> Iterator[str]:
    chooser = random.Random(seed)
    for _ in range(count):
        pieces = chooser.choices(_DATE_PIECES, k=chooser.randint(1, 30))
        yield "".join(piece + (" " if chooser.random() < 0.6 else "") for piece in pieces)


def test_dates_are_tried_where_they_can_start_and_found_as_finditer_finds_them() -> None:
    texts = [*TEXTS, *_date_texts()]
    assert sum(len(list(dates._DATE.finditer(text))) for text in texts) > 500
    for text in texts:
        for start, end in ((0, len(text)), (1, len(text)), (0, len(text) // 2),
                           (len(text) // 3, len(text) - 1)):
            assert [(m.span(), m.groups()) for m in dates.date_matches(text, start, end)] == [
                (m.span(), m.groups()) for m in dates._DATE.finditer(text, start, end)]


_NUMBER_PIECES = ["1", "5", "12", "123", "1234", "20665", "1,000", "12,500,000", "1.500", "12 500",
                  "1\u00a0500", "1\u202f500", "1\u2009500", "1'500", "1’500", "0", "07", ",", ".",
                  "-", "+", "#", "/", ":", "people", "days", "yuan", "No.", "in", "x", "A", " ",
                  " ", "\n", "%", "km", "Paris", "at", "GMT", "2019", "²", "٣٤٥"]


def test_numbers_are_tried_where_they_can_start_and_found_as_finditer_finds_them() -> None:
    chooser = random.Random(5)
    texts = [*TEXTS, *("".join(piece + (" " if chooser.random() < 0.5 else "")
                               for piece in chooser.choices(_NUMBER_PIECES, k=chooser.randint(1, 30)))
                       for _ in range(600))]
    found = 0
    for text in texts:
        starts = number_format.number_starts(text)
        for pattern in (number_format._GROUPED, number_format._UNGROUPED,
                        number_format._BARE_NUMBER):
            plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            found += len(plain)
            assert [(m.span(), m.groups())
                    for m in number_format.matches_at(pattern, text, starts)] == plain
    assert found > 500


@pytest.mark.parametrize("text", [*TEXTS, " ".join(f"a{chr(c)}b" for c in range(160)),
                                  "plain ascii\ttext\r\nwith lines\n"])
def test_special_characters_are_told_in_ascii_text_as_the_class_tells_them(text: str) -> None:
    assert encoding._has_special(text) == (encoding._SPECIAL.search(text) is not None)


def _plain_is_headline(check: headline.HeadlineCheck, text: str) -> bool:
    words = text.split()
    if not headline._MIN_WORDS <= len(words) <= check._max_words:
        return False
    body = text.rstrip()
    if (headline._INNER_BREAK.search(body) or headline._DATELINE.search(body)
            or headline._ABBREVIATION.search(body)):
        return False
    return headline._FINAL_STOP.search(body) is not None


def test_headlines_are_told_as_the_plain_tests_tell_them() -> None:
    check = builtin_rule("headline-full-stop").check
    assert isinstance(check, headline.HeadlineCheck)
    lines = [line for text in TEXTS for line in text.split("\n")]
    lines += ["Talks end in deal.", "Talks end in deal.'", "Talks end in deal..", "Talks end.\"",
              "Talks end in a deal .", "Deal reached in U.S.", "Ministers meet again today",
              "BEIJING, May 5 -- talks.", "Deal done. Talks end.", "Co. profits rise Co."]
    for line in lines:
        assert check._is_headline(line) == _plain_is_headline(check, line), line


@pytest.mark.parametrize("text", [*TEXTS, "said The man, rose 5% It was, a1 The end, é The x"])
def test_run_ons_are_the_matches_of_the_plain_pattern(text: str) -> None:
    assert list(typography._run_ons(text)) == [m.span() for m in typography._RUN_ON.finditer(text)]


def test_articles_from_a_and_from_capital_a_merge_as_finditer_finds_them() -> None:
    overlapping = "A an a x. An a An A. a A an. Data a An, an A B a a a."
    for text in [*TEXTS, overlapping, "A a", "a A", "An an", "x A an a"]:
        assert [(m.span(), m.groups()) for m in articles.article_matches(text)] == [
            (m.span(), m.groups()) for m in articles._ARTICLE.finditer(text)], text
    lower = list(articles._ARTICLE_LOWER.finditer(overlapping))
    upper = list(articles._ARTICLE_UPPER.finditer(overlapping))
    merged = sorted(lower + upper, key=re.Match.start)
    assert any(a.end() > b.start()  # the fallback ran
               for a, b in zip(merged, merged[1:], strict=False))


def test_one_date_alone_has_no_style_to_differ_from() -> None:
    check = builtin_rule("date-format-consistency").check
    assert isinstance(check, date_format.DateFormatCheck)
    for text in [*TEXTS, *_date_texts(200, seed=3)]:
        document = Document("t.txt", text)
        mentions = [m for m in dates.document_dates(document) if date_format._in_prose(text, m)
                    and not date_format._names_an_event(text, m)]
        styles = [date_format.date_style(text, m) for m in mentions]
        assert list(check.run(document)) == list(check._style(text, mentions, styles))


@pytest.mark.parametrize("text", [*TEXTS, "a--b", "a- -b", "a -- b", "Co.,Ltd", "Co. ,Ltd", "-"])
def test_one_search_tells_what_two_substring_tests_tell(text: str) -> None:
    assert (typography._HYPHENS.search(text) is not None) == ("--" in text or "- -" in text)
    assert (typography._COMPANY_HINT.search(text) is not None) == (".," in text or ". ," in text)


def test_no_face_before_a_bracket_without_its_last_mark() -> None:
    for text in [*TEXTS, ":-( ;) =( >:( &lt;( &gt;) :'( a( -) ;] x:["]:
        for at in range(1, len(text)):
            if text[at] in "()[]" and text[at - 1] not in balance._EMOTICON_LAST:
                assert balance._EMOTICON.search(text, max(0, at - 4), at + 1) is None



@pytest.mark.parametrize("text", TEXTS)
def test_ascii_text_has_no_foreign_letter_and_no_cjk_mark(text: str) -> None:
    if text.isascii():
        assert script._NOT_LATIN.search(text) is None
        assert punctuation._CJK_MARKS.search(text) is None


@pytest.mark.parametrize("text", TEXTS)
def test_mark_positions_are_the_marks_a_class_finds(text: str) -> None:
    for marks in ("\"“”„«»", "‘'", "()[]{}"):
        positions = balance.mark_positions(text, marks)
        assert positions == [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)]
        for start in range(0, len(text) + 1, 5):
            for end in (start, start + 3, len(text)):
                assert balance.has_mark(positions, start, end) == any(
                    start <= at < end for at in positions)


@pytest.mark.parametrize("text", TEXTS)
def test_units_answer_as_the_line_break_analysis(text: str) -> None:
    document = Document("t.txt", text)
    assert balance.units(document) == _plain_units(document)


def _plain_analyse_quotes(text: str, unit_spans: list[tuple[int, int]]) -> balance.QuoteAnalysis:
    """Quotation marks paired unit by unit, each unit scanned whether it has a mark or not."""
    pairs: list[balance.QuotePair] = []
    unmatched: list[int] = []
    open_spans: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(unit_spans):
        marks = [m.start() for m in balance._DOUBLE_MARKS.finditer(text, start, end)]
        open_at_end = balance._pair_unit(text, start, end, marks, pairs, unmatched, open_spans)
        open_spans.extend((opener.at, end) for opener in open_at_end)
        if not open_at_end:
            continue
        following = unit_spans[index + 1] if index + 1 < len(unit_spans) else None
        if following and text[following[0]] in "“\"„«":
            continue
        unmatched.extend(opener.at for opener in open_at_end)
    unmatched.sort()
    return balance.QuoteAnalysis(pairs, unmatched, open_spans)


@pytest.mark.parametrize("text", TEXTS)
def test_quote_pairing_answers_as_the_plain_scan_of_every_unit(text: str) -> None:
    document = Document("t.txt", text)
    unit_spans = balance.units(document)
    assert balance.analyse_quotes(text, unit_spans) == _plain_analyse_quotes(text, unit_spans)
    singles = balance.mark_positions(text, "‘'")
    for start, end in unit_spans:
        assert balance.unmatched_single_openers(text, start, end, singles) == \
            balance.unmatched_single_openers(text, start, end)


def _plain_units(document: Document) -> list[tuple[int, int]]:
    text = document.text
    result: list[tuple[int, int]] = []
    for paragraph in document.paragraphs:
        breaks = balance._line_breaks(text, paragraph.start, paragraph.end)
        if not breaks or (
            not balance._has_paragraph_lines(breaks, paragraph.start, paragraph.end)
            and any(balance._is_wrap(text, line_break) for line_break in breaks)
        ):
            result.append((paragraph.start, paragraph.end))
            continue
        start = paragraph.start
        for line_break in breaks:
            result.extend(trimmed(text, start, line_break[0]))
            start = line_break[1]
        result.extend(trimmed(text, start, paragraph.end))
    return result
