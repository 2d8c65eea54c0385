"""Invented texts for the speed tests: sentences written for the shortcuts' edge cases, and
many random texts made of awkward pieces (abbreviations, URLs, every kind of quotation
mark, controls, invisible characters, Σ and İ, CJK text, dates and numbers)."""

from __future__ import annotations

import random
from collections.abc import Iterator

SAMPLES = [
    "Mr. Smith met Dr. Jones in the U.S. on Jan. 5. They talked , and left .",
    "The end.The start?Officials said,however, that Q:Chongyang was 3.5 km at 10:30.",
    "He said \"it is fine\" and 'left'. She wrote “done” ‘twice’ and «Новая газета».",
    "An hour, a European, an FBI agent, a one-off, an 8% rise, A new era. Data a an.",
    "Iran an army; cana an. (1) a list) and [brackets] {too} :-( ;) (unclosed",
    "See https://example.org/a_(b). Mail me at x@y.org or visit www.site.co.uk today.",
    "WwW.example.news and mailto:someone and .In and ıt.ſ\u212a",
    "Headline Without Stop\nThe story begins here. It goes on.\n\nA new paragraph ...",
    "Wrapped line that\ncontinues here. And ends!\n\n“Quote opens\n\n“and continues.”",
    "ΣΊΣΥΦΟΣ ΟΔΟΣ and İstanbul’s Σ-words, ßtraße, Iran’s 'n' roll, rock ’n’ roll.",
    "中文，句号。 English text【note】 with ，mixed ． marks",
    "Tab\there, nbsp\u00a0here, thin\u202fspace, govern\u00a0ment, zero\u200bwidth, soft\u00adhyphen.",
    "Bell\x07 and escape \x1b[31mred\x1b[0m, C1 \x85 next, lost \ufffd\ufffd byte.",
    "On the 9th, on March 7 2025, 2025-03-05, 05/03/2025, the 21st of May, 1,000 and 1080 days.",
    "It rose 5 percent, 6 per cent, 7% and 8 pct; 12 500 people, 2.500 troops, 5 new cars.",
    "Co.,Ltd. and Co. ,Ltd; end. . stop; is low; The pressure -- here; wait.. what......",
    "Prices rose 5% in May, 6% in June, 7 % in July and 8 percent in August, 9 pct later.",
    'He called it "fine," then "good", and "bad," later "ok," and "done,".',
    "Wages rose from The minimum level and the developer The developer said it was there.",
    "",
    "   \n\n  ",
    "word",
    "a",
]

PIECES = [
    "the", "a", "an", "A", "An", "Iran", "data", "Mr.", "U.S.", "e.g.", "Jan.", "J.", "said",
    "hour", "European", "FBI", "one-off", "8", "18-year-old", "5", "12", "1,000", "2.500",
    "1080", "March", "May", "5th", "9th", "the 9th", "2025-03-05", "05/03/2025", "percent",
    "per cent", "%", "pct", "www.x.com", "http://a.b/c", "a@b.org", "mailto:", ".co", ".IN",
    "WWW.", "ı", "İ", "ſ", "\u212a", "Σ", "ς", "σ", "ΣΑΣ", "ß", "Кyiv", "中文", "，", "。", "【",
    "】", "\u3000", ".", ",", ";", ":", "!", "?", "…", "...", "..", ",,", " ,", " .", " ;", " ?",
    "'", "’", "‘", '"', "“", "”", "„", "«", "»", "(", ")", "[", "]", "{", "}", "-", "--", "–",
    "—", "\u00a0", "\u202f", "\u2007", "\u200b", "\u00ad", "\ufeff", "\ufffd", "\x07", "\x1b[1m",
    "\x85", "\x0b", "\t", "\n", "\n\n", "\r\n", "  ", " ", " ", " ", " ", "The", "It", "we",
    "there", "So", "New", "Co.,Ltd.", "-", "_", "&amp;", ":-(", "x", "Xi", "Q", "é", "Ä",
    "(3", "3)", "$5", "on the 21st,", "since the 3rd", "PerCent", "PCT", "Per-cent", "7 days",
    "3 new", "6 and 12", "20,000", "12 500", "5150 yuan", "In 2019", "at 1430 GMT", "'90s",
]


def random_texts(count: int = 400, seed: int = 13) -> Iterator[str]:
    chooser = random.Random(seed)
    for _ in range(count):
        pieces = chooser.choices(PIECES, k=chooser.randint(1, 60))
        yield "".join(piece + (" " if chooser.random() < 0.5 else "") for piece in pieces)


TEXTS = SAMPLES + list(random_texts())
