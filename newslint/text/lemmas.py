"""Word lemmas and inflections, answered as lemminflect answers them.

The answers come from newslint's word table (``newslint.text.wordtable``: lemminflect's data
compiled into one sqlite file, its two small networks evaluated in plain Python), so a
run never imports lemminflect or numpy. Without a cache directory for the table, these
functions call lemminflect itself. Each distinct word is looked up once per process.

The functions below follow lemminflect 0.2's ``getAllLemmas``, ``getAllLemmasOOV`` and
``getInflection`` step by step (capitalisation, overrides, alternative tags, the rules
for unknown words); ``tests/test_lemmas.py`` checks them against lemminflect on its
whole vocabulary.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

from newslint.text.wordtable import Forms, WordTable, open_table

UPOS_TYPES = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX")
_LETTERS = 28  # the networks' letter classes: <>, <oov>, a-z
_POSITIONS = 9  # the category, then the last eight letters, last first


@cache
def _lemminflect() -> ModuleType:
    import lemminflect

    return lemminflect


@lru_cache(maxsize=65536)
def all_lemmas(word: str) -> Forms:
    """Universal POS tag → lemmas of ``word`` from the dictionary ({} when unknown)."""
    table = open_table()
    if table is None:
        return _lemminflect().getAllLemmas(word)
    return _caps_dict(table.lemmas(word.lower()), _caps_style(word))


@lru_cache(maxsize=16384)
def all_lemmas_oov(word: str, upos: str) -> Forms:
    """Lemmas guessed by lemminflect's model for a word the dictionary lacks."""
    table = open_table()
    if table is None:
        return _lemminflect().getAllLemmasOOV(word, upos)
    if upos not in UPOS_TYPES:
        return {}
    rule = _predict(table, "lemma", word, upos)
    if rule is None:
        return {}
    removed, added, doubled = rule.split(",")
    lemma = word[: -len(removed)] if removed else word
    lemma += added
    if doubled == "True":
        lemma = lemma[:-1]
    return {upos: (_apply_caps(lemma, _caps_style(word)),)}


@lru_cache(maxsize=16384)
def inflections(lemma: str, tags: tuple[str, ...]) -> Forms:
    """Penn tag → spellings of ``lemma`` in that form, for each of ``tags``."""
    table = open_table()
    if table is None:
        module = _lemminflect()
        return {tag: module.getInflection(lemma, tag=tag) for tag in tags}
    return {tag: _inflection(table, lemma, tag) for tag in tags}


def _inflection(table: WordTable, lemma: str, tag: str) -> tuple[str, ...]:
    """lemminflect's ``getInflection(lemma, tag)``."""
    upos = _tag_upos(tag)
    forms = _all_inflections(table, lemma, upos if upos == "PROPN" else None)
    form = _extract_form(forms, tag)
    if form is None:
        for alternative in _tag_alternatives(tag):
            form = forms.get(alternative)
            if form:
                break
    if form is None:
        form = _extract_form(_inflections_oov(table, lemma, upos), tag)
    return () if form is None else form


@lru_cache(maxsize=4096)  # one look-up serves the several tags asked of a lemma at once
def _all_inflections(table: WordTable, lemma: str, upos: str | None) -> Forms:
    style = _caps_style(lemma)
    key = lemma.lower()
    if upos == "PROPN":
        key, upos = key.capitalize(), "NOUN"
    forms = table.inflections(key)
    if upos is not None:
        allowed = _upos_tags(upos)
        forms = {tag: spelled for tag, spelled in forms.items() if tag in allowed}
    return _caps_dict(forms, style)


def _inflections_oov(table: WordTable, lemma: str, upos: str | None) -> Forms:
    """lemminflect's ``getAllInflectionsOOV`` for verbs; other kinds of word (which
    newslint does not inflect) are left to lemminflect itself."""
    if upos not in UPOS_TYPES:
        return {}
    if upos != "VERB":
        return _lemminflect().getAllInflectionsOOV(lemma, upos)
    style = _predict(table, "inflection", lemma, upos)
    third, past, present = _regular_verb(lemma) if style == "reg" else _doubled_verb(lemma)
    forms: Forms = {"VB": (lemma,), "VBZ": (third,), "VBN": (past,), "VBD": (past,), "VBG": (present,)}
    return _caps_dict(forms, _caps_style(lemma))


def _regular_verb(base: str) -> tuple[str, str, str]:
    base = base.lower()
    if re.search(r"(?:[szx]|ch|sh)$", base):
        return base + "es", base + "ed", base + "ing"
    if re.search(r"ie$", base):
        return base + "s", base + "d", base[:-2] + "ying"
    if re.search(r"(ee|oe|ye)$", base):
        return base + "s", base + "d", base + "ing"
    if re.search(r"(?:[^aeiou])y$", base):
        return base[:-1] + "ies", base[:-1] + "ied", base[:-1] + "ying"
    if re.search(r"(?:[^iyeo])e$", base):
        return base[:-1] + "es", base[:-1] + "ed", base[:-1] + "ing"
    return base + "s", base + "ed", base + "ing"


def _doubled_verb(base: str) -> tuple[str, str, str]:
    base = base.lower()
    return _regular_verb(base)[0], base + base[-1] + "ed", base + base[-1] + "ing"


# -- lemminflect's two networks, in plain Python ---------------------------------------------


@cache
def _network(table: WordTable, name: str) -> dict[str, Any]:
    return table.model(name)


@lru_cache(maxsize=4096)  # a lemma unknown to the dictionary asks once per missing tag
def _predict(table: WordTable, name: str, word: str, upos: str) -> str | None:
    """The class the network ``name`` gives ``word``: one-hot letters, last letter first,
    after the word's category; a dense ReLU layer, then the highest output (softmax does
    not change which one is highest). A pure function of its arguments (the table is
    read-only), so its answers are remembered: each takes about half a millisecond."""
    category = {"NOUN": 0, "PROPN": 0, "VERB": 1, "ADJ": 2, "ADV": 3}.get(upos)
    if category is None:
        return None
    active = [category]
    for position, letter in enumerate(reversed(word.lower())):
        if position >= _POSITIONS - 1:
            break
        code = ord(letter)
        active.append((position + 1) * _LETTERS + (code - 95 if 97 <= code <= 122 else 1))
    network = _network(table, name)
    hidden = list(network["hidden_bias"])
    rows = network["hidden"]
    for index in active:
        hidden = [h + w for h, w in zip(hidden, rows[index], strict=True)]
    scores = list(network["output_bias"])
    for value, row in zip(hidden, network["output"], strict=True):
        if value > 0:
            scores = [s + value * w for s, w in zip(scores, row, strict=True)]
    best = max(range(len(scores)), key=scores.__getitem__)
    return network["classes"][best]


# -- lemminflect's helpers -------------------------------------------------------------------


def _caps_style(word: str) -> str:
    if word.isupper():
        return "all_upper"
    if word and word[0].isupper():
        return "first_upper"
    return "lower"


def _apply_caps(word: str, style: str) -> str:
    if style == "all_upper":
        return word.upper()
    if style == "first_upper":
        return word.capitalize()
    return word.lower()


def _caps_dict(forms: Forms, style: str) -> Forms:
    """``_apply_caps`` on every form: the string method itself mapped in C, as each first
    look-up of a word in a run passes here."""
    apply = _CAPS_METHODS.get(style, str.lower)
    return {key: tuple(map(apply, words)) for key, words in forms.items()}


_CAPS_METHODS = {"all_upper": str.upper, "first_upper": str.capitalize, "lower": str.lower}


def _tag_upos(tag: str) -> str | None:
    tag = tag.upper()
    if tag[0] == "J":
        return "ADJ"
    if tag[0] == "R" and tag != "RP":
        return "ADV"
    if tag in ("NNP", "NNPS"):
        return "PROPN"
    if tag[0] == "N":
        return "NOUN"
    if tag[0] == "V" or tag == "MD":
        return "VERB"
    return None


def _upos_tags(upos: str) -> tuple[str, ...]:
    return {"VERB": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"),
            "AUX": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"),
            "ADJ": ("JJ", "JJR", "JJS"), "ADV": ("RB", "RBR", "RBS"),
            "NOUN": ("NN", "NNS", "NNP", "NNPS")}.get(upos.upper(), ())


def _tag_alternatives(tag: str) -> tuple[str, ...]:
    if tag == "RP":
        return ("JJ", "RB")
    if tag == "VBD":
        return ("VBN",)
    if tag == "VBN":
        return ("VBD",)
    if tag.startswith("JJ"):
        return ("RB" + tag[2:],)
    if tag.startswith("RB"):
        return ("JJ" + tag[2:],)
    return ()


def _extract_form(forms: Forms, tag: str) -> tuple[str, ...] | None:
    if tag == "NNP":
        return forms.get("NN")
    if tag == "NNPS":
        return forms.get("NNS")
    return forms.get(tag)
