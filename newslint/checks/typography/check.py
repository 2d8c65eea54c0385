"""``typography``: typing habits of the source language left in translated copy.

One check, one mode per rule:

- ``long-ellipsis``: the Chinese six-dot ellipsis ("……", "......") where English has three.
- ``spaced-full-stop``: a full stop doubled with a space ("the end. ."), not ". . .".
- ``company-suffix-spacing``: "Co.,Ltd." for "Co., Ltd.".
- ``semicolon-capital``: a semicolon followed by a capitalised new sentence ("is low; The
  pressure ..."), the trace of a Chinese list of clauses; only a word that is capitalised
  because it starts a sentence counts (a pronoun, article or connective followed by a
  lower-case word), never a name ("carrier; Air Sahara is ...").
- ``run-on-sentence``: a sentence run into the next without a full stop ("from The
  minimum", "the developer The developer"): a lower-case word, then a capitalised pronoun
  or article followed by a lower-case word.
- ``double-hyphen``: "--" (or "- -") for a dash, the typewriter convention ("project --
  the four theses"); symmetric spacing only, so a command-line option ("--help") is not
  a dash.
- ``a-an``: "a" before a vowel sound, "an" before a consonant sound (see ``articles``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import ClassVar

from newslint.check import Match, ModeCheck, Param
from newslint.checks.punctuation import analyse
from newslint.checks.typography.articles import article_mismatches
from newslint.document import Document

MODES = ("long-ellipsis", "spaced-full-stop", "company-suffix-spacing", "semicolon-capital",
         "run-on-sentence", "double-hyphen", "a-an")

_LONG_ELLIPSIS = re.compile(r"…{2,}|\.{6,}|(?:\. ){5,}\.")
_SPACED_STOP = re.compile(r"(?<=[\w)\"”’%])\. \.(?! ?\.)")
_DOUBLE_HYPHEN = re.compile(r"(?<=[\w)\"”’])(?:--|- -)(?=[\w(\"“])|(?<=[\w)\"”’]) (?:--|- -) (?=[\w(\"“])")
# Substring tests of two-character strings scan the whole text each; a pattern that
# starts with one literal character is found faster, and one search serves both.
_HYPHENS = re.compile("-(?:-| -)")
_COMPANY_HINT = re.compile(r"\.(?:,| ,)")
_COMPANY = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Pvt)\.(?: ?,(?=[A-Z])| ,)")

# Words that are capitalised only because they start a sentence (when a lower-case word
# follows them): pronouns, articles, demonstratives, sentence connectives.
_STARTERS = (
    "The A An It Its There This That These Those They We He She Their Our His Her Some Many "
    "Most All Such Other Another In On At For To With As But And Or So If When While After "
    "Before Since Although Because However Meanwhile Moreover Furthermore Also According "
    "Besides Therefore Thus Then New").split()
_SEMICOLON_CAPITAL = re.compile(r";[ \t]+(" + "|".join(_STARTERS) + r")(?= [a-z])")
# A run-on needs a stronger signal: only pronouns, "The" and "There" open the next sentence.
_RUN_ON_STARTERS = "The It There This These Those They We He She".split()
_RUN_ON = re.compile(r"\b([a-z]{2,}[a-z0-9%]?) (" + "|".join(_RUN_ON_STARTERS) + r")(?= [a-z])")
# The starters alone: ``re`` skips to their capitals, where _RUN_ON would be tried at the
# start of every lower-case word; the word before is then read back from the starter.
_RUN_ON_STARTER = re.compile("(?:" + "|".join(_RUN_ON_STARTERS) + r")(?= [a-z])")
_LOWER_WORD = re.compile(r"[a-z]{2,}[a-z0-9%]?")
# Before these a capitalised word is a title ("the film It Follows", "the novel The ...").
_TITLE_CUES = frozenset(
    """the called named titled entitled dubbed film films movie song songs album albums book
    books novel novels show shows series play plays poem single magazine newspaper paper
    programme program column hit track tracks""".split())


_DIGITS_PERCENT = frozenset("0123456789%")


def _run_ons(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_RUN_ON.finditer(text)``: a lower-case word, a space, a starter.

    Found from the starter: the word before it must be a whole run of lower-case letters
    (a digit or "%" may end it), as ``\b`` and ``[a-z]`` allow nothing else."""
    for match in _RUN_ON_STARTER.finditer(text):
        space = match.start() - 1
        if space < 2 or text[space] != " ":
            continue
        last = text[space - 1]
        if not ("a" <= last <= "z" or last in _DIGITS_PERCENT):
            continue  # (no lower-case word can end here: most starters open a sentence)
        start = space - 1 if last in _DIGITS_PERCENT else space
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue  # no word boundary: "Xtalk It", "caféau It"
        if _LOWER_WORD.fullmatch(text, start, space):
            yield start, match.end()


class TypographyCheck(ModeCheck):
    parameters = {
        "mode": Param("string", required=True, choices=MODES, help=", ".join(MODES)),
    }

    def run(self, document: Document) -> Iterator[Match]:
        text = analyse(document).masked  # URLs and e-mail addresses blanked out
        return self.BY_MODE[self.mode](self, text)

    def _long_ellipsis(self, text: str) -> Iterator[Match]:
        if "……" not in text and "......" not in text and ". . . . . ." not in text:
            return  # a substring test is much cheaper than the regex on every article
        for match in _LONG_ELLIPSIS.finditer(text):
            yield Match(match.start(), match.end(), {"problem": "a six-dot ellipsis"},
                        message=f"'{match.group()}': English uses a three-dot ellipsis",
                        suggestions=("…",))

    def _spaced_full_stop(self, text: str) -> Iterator[Match]:
        if ". ." not in text:
            return
        for match in _SPACED_STOP.finditer(text):
            yield Match(match.start(), match.end(), {"problem": "a doubled full stop"},
                        message="'. .': a full stop doubled with a space", suggestions=(".",))

    def _company_suffix_spacing(self, text: str) -> Iterator[Match]:
        if not _COMPANY_HINT.search(text):  # ".," or ". ," (one search from the full stops)
            return
        for match in _COMPANY.finditer(text):
            found = match.group()
            fixed = found.replace(" ", "").rstrip(",") + ", "
            yield Match(match.start(), match.end(), {"problem": "spacing"},
                        message=f"'{found}': write a comma and a space between company "
                                f"suffixes (Co., Ltd.)",
                        suggestions=(fixed,))

    def _semicolon_capital(self, text: str) -> Iterator[Match]:
        for match in _SEMICOLON_CAPITAL.finditer(text):
            word = match.group(1)
            yield Match(match.start(), match.end(), {"problem": "capital after a semicolon"},
                        message=f"'{match.group()}': a semicolon joins clauses of one "
                                f"sentence; end the sentence with a full stop or write "
                                f"'{word.lower()}'",
                        suggestions=(". " + word, "; " + word.lower()))

    def _run_on_sentence(self, text: str) -> Iterator[Match]:
        for start, end in _run_ons(text):
            before, word = text[start:end].split(" ")
            if before in _TITLE_CUES:
                continue
            yield Match(start, end, {"problem": "sentences run together"},
                        message=f"'{text[start:end]}': a sentence seems to run into the next "
                                f"without a full stop",
                        suggestions=(f"{before}. {word}",))

    def _double_hyphen(self, text: str) -> Iterator[Match]:
        if not _HYPHENS.search(text):  # "--" or "- -" (one search from the hyphens)
            return
        for match in _DOUBLE_HYPHEN.finditer(text):
            spaced = match.group().startswith(" ")
            yield Match(match.start(), match.end(), {"problem": "a typewriter dash"},
                        message=f"'{match.group().strip()}': a typewriter dash; write a dash",
                        suggestions=(" – " if spaced else "—",))

    def _a_an(self, text: str) -> Iterator[Match]:
        """A lone slip is info (edited copy has them, and a name or acronym may be read
        otherwise); two or more in one article are a warning."""
        found = list(article_mismatches(text))
        severity = "info" if len(found) < 2 else None
        for start, end, wrong, fixed in found:
            yield Match(start, end, {"problem": "a/an"},
                        message=f"'{wrong}': write '{fixed}' ('a' before a consonant "
                                f"sound, 'an' before a vowel sound)",
                        suggestions=(fixed,), severity=severity)

    # mode → method: the rule's ``mode`` chooses one, checked against MODES by the tests
    BY_MODE: ClassVar[dict[str, Callable[[TypographyCheck, str], Iterator[Match]]]] = {
        "long-ellipsis": _long_ellipsis,
        "spaced-full-stop": _spaced_full_stop,
        "company-suffix-spacing": _company_suffix_spacing,
        "semicolon-capital": _semicolon_capital,
        "run-on-sentence": _run_on_sentence,
        "double-hyphen": _double_hyphen,
        "a-an": _a_an,
    }
