"""How a long form differs from a known expansion of its acronym.

Machine translation reorders the words of a name, swaps one for a near-synonym, drops or
adds one, or replaces one outright while the letters still fit the acronym ("Federal
Bureau of Intelligence (FBI)"). ``compare`` names the difference, or says the two are
not recognisably one name.
"""

from __future__ import annotations

from typing import NamedTuple

from newslint.acronyms import WordForms, fold, related_forms
from newslint.gazetteer import Entity
from newslint.names import same_family


class KnownForm(NamedTuple):
    """One accepted written expansion of an acronym, from the gazetteer."""

    entity: Entity
    text: str
    exact: str
    content: tuple[str, ...]
    content_words: tuple[str, ...]
    acronym: str
    # The entity's name, or an alias written as a proper name: only these are compared
    # word by word with a long form. A descriptive alias ("Iran nuclear deal") is accepted
    # as written but says nothing about "the nuclear deal with Iran (JCPOA)".
    comparable: bool
    # All its content words capitalised: a proper name, compared only with proper names.
    proper: bool


class Difference(NamedTuple):
    """How a candidate long form differs from a known expansion."""

    rank: int  # 3 same words reworded/reordered, 2 a word dropped/added, 1 forms only
    substantive: bool
    substitutions: int
    reason: str
    replaced: bool = False  # a word replaced by an unrelated one: weaker than another body's name



def compare(keys: list[str], words: list[str], form: KnownForm, forms: WordForms,
            function_words_differ: bool, places: frozenset[str] = frozenset()) -> Difference | None:
    """How the content words ``keys`` differ from ``form``: reordered, reworded, shortened.

    None when they are not recognisably the same name. Function-word and word-form
    differences alone ("Plan for Action", "Islamic Revolution Guard Corps") are rank 1,
    not substantive: they matter only when the letters cannot spell the acronym either.
    """
    target = list(form.content)
    if len(target) < 2 or not keys:
        return None
    pairs, unpaired = _pair(keys, target, forms)
    order = [pairs[i][0] for i in sorted(pairs)]
    scrambled = order != sorted(order)
    same = sum(1 for _, how in pairs.values() if how == "same")
    if same == 0:
        return None
    if len(keys) == len(target):
        if len(pairs) == len(keys) - 1:
            return _substituted(keys, words, form, pairs, unpaired, scrambled, places)
        if len(pairs) != len(keys):
            return None
        swaps = [(i, k) for i, (k, how) in pairs.items() if how == "synonym"]
        if len(swaps) > max(1, len(target) // 3):
            return None
        changed = [(i, k) for i, (k, how) in pairs.items() if how != "same"]
        notes = ["word order scrambled"] if scrambled else []
        notes += [f"'{words[i]}' in place of '{form.content_words[k]}'" for i, k in sorted(changed)]
        if swaps or scrambled:
            return Difference(3, True, len(swaps), ", ".join(notes))
        if changed or function_words_differ:
            return Difference(1, False, 0, ", ".join(notes) or "connecting words changed")
        return None
    exact_pairs = all(how != "synonym" for _, how in pairs.values())
    if len(keys) == len(target) - 1 and len(target) >= 3 and len(pairs) == len(keys) and exact_pairs:
        missing = unpaired[0]
        if missing in (0, len(target) - 1):
            return None  # "Security Council (UNSC)": a shortened name, not an MT error
        note = f"'{form.content_words[missing]}' left out"
        return Difference(2, True, 0, note + (", word order scrambled" if scrambled else ""))
    if len(keys) == len(target) + 1 and len(target) >= 2 and len(pairs) == len(target) and exact_pairs:
        extra = next(i for i in range(len(keys)) if i not in pairs)
        if extra in (0, len(keys) - 1):
            return None  # an owner or a place: "International Criminal Court in The Hague"
        note = f"'{words[extra]}' added"
        return Difference(2, True, 0, note + (", word order scrambled" if scrambled else ""))
    return None


def _substituted(keys: list[str], words: list[str], form: KnownForm,
                 pairs: dict[int, tuple[int, str]], unpaired: list[int], scrambled: bool,
                 places: frozenset[str]) -> Difference | None:
    """One content word replaced by an unrelated one, all others the same: "Federal Bureau
    of Intelligence" for the Federal Bureau of Investigation.

    Only in names of three content words or more, and not the first word nor a place or
    its adjective: sister bodies share an acronym and differ there ("New Democratic Party"
    and "National Democratic Party", "Swiss National Bank" and "Slovak National Bank").
    """
    if len(keys) < 3 or any(how == "synonym" for _, how in pairs.values()):
        return None
    extra = next(i for i in range(len(keys)) if i not in pairs)
    missing = unpaired[0]
    if extra == 0 or missing == 0 or _is_place(words[extra], places) or _is_place(
            form.content_words[missing], places):
        return None
    found, expected = fold(words[extra]), fold(form.content_words[missing])
    if found[:3] == expected[:3]:
        return None  # an irregular form of the word ("Indices", "Index"), not another word
    note = f"'{words[extra]}' in place of '{form.content_words[missing]}'"
    return Difference(2, True, 0, note + (", word order scrambled" if scrambled else ""), True)


def _is_place(word: str, places: frozenset[str]) -> bool:
    """A place or its adjective ("Brazil", "Brazilian")."""
    folded = fold(word)
    return folded in places or any(len(folded) > len(place) and same_family(folded, place)
                                   for place in places if " " not in place)


def _pair(keys: list[str], target: list[str], forms: WordForms
          ) -> tuple[dict[int, tuple[int, str]], list[int]]:
    """Pair words with target words: identical first, then related forms, then synonyms."""
    pairs: dict[int, tuple[int, str]] = {}
    free = list(range(len(target)))
    tests = (("same", lambda a, b: a == b), ("form", related_forms), ("synonym", forms.synonyms))
    for how, test in tests:
        for i, key in enumerate(keys):
            if i in pairs:
                continue
            # prefer the target word in the same position, then any
            ordered = sorted(free, key=lambda k, i=i: (k != i, k))
            for k in ordered:
                if test(key, target[k]):
                    pairs[i] = (k, how)
                    free.remove(k)
                    break
    return pairs, free
