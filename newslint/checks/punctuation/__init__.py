"""``punctuation``: the punctuation debris machine translation and copy-pasting leave.

One check, several modes, each a rule of its own so that each can be switched off:

- ``unbalanced-quotes`` / ``unbalanced-brackets``: a quotation mark or bracket without
  its partner in the same paragraph. Straight quotes are paired by position (an opening
  quote follows a space and precedes a word), so one stray mark does not flip the rest;
  primes (5'11", 40°26'46") and apostrophes ("Iran's", "'90s", "rock 'n' roll") are not
  quotes. A quote left open at the end of a paragraph is fine when the next paragraph
  opens with a quotation mark: that is how news style continues a quote; a quote reopened
  after a full stop inside an open one continues it the same way (paragraphs joined onto
  one line). An unclosed straight single quote is info: it may be an elision's apostrophe.
- ``space-before-punctuation``: "said , however", "the end ." (not ".com", ".5", "...",
  ":-("); one in an article is info, two or more a warning.
- ``doubled-punctuation``: ",,", ".,", ",.", "..", (not an ellipsis, not "U.S.," or "Inc.,").
- ``missing-space-after-punctuation``: "2023.The", "now?Officials", "wait,officials",
  "Q:Chongyang" (not "3.5", "10:30", "1,000", "U.S.", "BA.2", URLs, e-mail addresses).
- ``quote-punctuation-placement``: a comma or full stop outside the closing quote where
  the rest of the article puts it inside, or the reverse; only quoted fragments count,
  since a quoted full sentence keeps its stop inside in every style.
- ``mixed-quote-style``: straight and curly double quotes in one article; the minority
  quotations are reported.
- ``cjk-punctuation``: fullwidth and CJK punctuation ("，", "。", "【") in English text.
"""

from newslint.checks.punctuation.balance import units
from newslint.checks.punctuation.check import MODES, Analysis, PunctuationCheck, analyse, is_abbreviation
from newslint.text.urls import masked_text, url_spans

__all__ = ["MODES", "Analysis", "PunctuationCheck", "analyse", "is_abbreviation", "masked_text",
           "units", "url_spans"]
