"""House-style spellings: two forms of a term that are both standard, the choice of a
house or a region rather than a mistake.

"toward" and "towards", "co-operation" and "cooperation", "organisation" and
"organization", "colour" and "color", "travelled" and "traveled", "Viet Nam" and
"Vietnam": each is in the dictionaries, and edited news writes either, by the style guide
of its desk or of the agency whose copy it runs. A mixed archive is no error of
translation; an article that departs from a style the house keeps almost always is a
slip worth a note. ``style_key`` writes a form in one spelling convention, so two forms
with the same key differ only in house style. "Kiev" and "Kyiv", "CCP" and "CPC" keep
different keys: those are two names, not two spellings.
"""

from __future__ import annotations

import re

from newslint.text.folding import fold

# Ordered rewrites to one convention (the American one, for no reason but to pick one).
# Each is a regional or house choice between standard spellings, never a change of word.
_CONVENTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement) for pattern, replacement in (
        (r"wards\b", "ward"),  # towards/toward, afterwards, backwards
        (r"(?<=[a-z])([iy])s(?=(?:e|es|ed|ing|er|ers|ation|ations|able)\b)", r"\1z"),  # organise, analyse
        (r"our(?=(?:s|ed|ing|ite|ites|able|er|ers)?\b)", "or"),  # colour, labour, favourite
        (r"(?<=[a-z][aeiou])ll(?=(?:ed|ing|er|ers|or|ors)\b)", "l"),  # travelled, counsellor
        (r"(?<=[a-z]{3})ll(?=(?:s|ment|ments)?\b)", "l"),  # fulfill/fulfil, enrollment
        (r"(?<=[a-z])([tbv])re(?=s?\b)", r"\1er"),  # centre, theatre, fibre, manoeuvre
        (r"ogue(?=s?\b)", "og"),  # catalogue, dialogue
        (r"gramme(?=s?\b)", "gram"),  # programme
        (r"dgement", "dgment"),  # judgement, acknowledgement
        (r"(?<=[fn])ce\b", "se"),  # defence, licence, offence, pretence
        (r"(?<=[a-z])ae(?=[a-z])", "e"),  # paediatric, encyclopaedia
        (r"(?<=[a-z])oe(?=[a-z])", "e"),  # foetus, manoeuvre
        (r"[-‐‑\s.'’]", ""),  # co-operation/cooperation, on-line, health care, Viet Nam, Mr.
    ))


def style_key(form: str) -> str:
    """``form`` in one spelling convention: equal keys, equal words."""
    key = fold(form).casefold()
    for pattern, replacement in _CONVENTIONS:
        key = pattern.sub(replacement, key)
    return key


def same_word_in_house_styles(a: str, b: str) -> bool:
    """Whether two different forms of a term differ only in house style (spelling
    convention, hyphens, spaces, full stops, capitals)."""
    return a != b and style_key(a) == style_key(b)


__all__ = ["same_word_in_house_styles", "style_key"]
