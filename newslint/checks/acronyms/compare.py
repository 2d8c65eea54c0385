"""What the gazetteer knows about acronyms, and how a long form differs from a known
expansion of its acronym.

Machine translation reorders the words of a name, swaps one for a near-synonym, drops or
adds one, or replaces one outright while the letters still fit the acronym ("Federal
Bureau of Intelligence (FBI)"). ``compare`` names the difference, or says the two are
not recognisably one name.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newslint.cache.lazy import LoadedOnUse
from newslint.checks.acronyms.definitions import Word, is_content
from newslint.checks.acronyms.forms import (
    LONG_FORM_TOKEN,
    WordForms,
    acronym_key,
    acronym_units,
    is_acronym_shaped,
    related_forms,
    starts_capital_or_digit,
)
from newslint.checks.names.words import same_family
from newslint.gazetteer import Entity, Gazetteer
from newslint.io.yamlsource import LocatedDict, LocatedList, YamlError, load_yaml
from newslint.records import NamedTuple
from newslint.text.folding import fold


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



class Knowledge(LoadedOnUse):
    """The gazetteer seen by acronym: known expansions by acronym and acronyms by expansion."""

    def __init__(self, gazetteer: Gazetteer, forms: WordForms) -> None:
        self.forms = forms
        self.places = frozenset(fold(form) for entity in gazetteer.entities if entity.kind == "place"
                                for form in entity.forms)
        self.by_acronym: dict[str, list[KnownForm]] = {}
        self.by_exact: dict[str, list[KnownForm]] = {}
        for entity in gazetteer.entities:
            acronyms = _entity_acronyms(entity)
            if not acronyms:
                continue
            written = [f for f in entity.forms if not is_acronym_shaped(f)]
            for key, shown in acronyms.items():
                for text in written:
                    known = self.known_form(entity, text, shown)
                    if known is None:
                        continue
                    self.by_acronym.setdefault(key, []).append(known)
                    self.by_exact.setdefault(known.exact, []).append(known)

    def known_form(self, entity: Entity, text: str, acronym: str) -> KnownForm | None:
        words = LONG_FORM_TOKEN.findall(text)
        if not words:
            return None
        content = [w for w in words if is_content(w)]
        proper = all(starts_capital_or_digit(w) for w in content)
        return KnownForm(entity, text, self.exact_key(words), tuple(self.forms.key(w) for w in content),
                         tuple(content), acronym, proper or text == entity.name, proper)

    def exact_key(self, words: Sequence[str]) -> str:
        """Equal for two writings of one long form (spelling, plurals, "&", articles)."""
        return "".join(map(self.forms.exact_part, words))


def _entity_acronyms(entity: Entity) -> dict[str, str]:
    """Acronym key → acronym as written, from ``acronym`` and acronym-shaped aliases."""
    found: dict[str, str] = {}
    if entity.acronym:
        found[acronym_key(entity.acronym)] = entity.acronym
    for form in entity.forms:
        if is_acronym_shaped(form) and " " not in form:
            found.setdefault(acronym_key(form), form)
    return found


def load_word_forms(path: Path | None) -> WordForms:
    """The synonym sets, spelling variants and head nouns of the rule's data file."""
    if path is None:
        return WordForms()
    data = load_yaml(path)
    if not isinstance(data, LocatedDict):
        raise YamlError(getattr(data, "mark", None), "expected a mapping with 'synonyms' "
                        "and 'spellings'", str(path))
    groups: dict[str, list[list[str]]] = {}
    for key in data:
        if key not in ("synonyms", "spellings", "heads"):
            raise YamlError(data.key_mark(key),
                            f"unknown key '{key}' (allowed: heads, spellings, synonyms)")
        value = data[key]
        if key == "heads":
            if not isinstance(value, LocatedList) or not all(isinstance(w, str) and w.strip()
                                                              for w in value):
                raise YamlError(data.value_mark(key), "'heads' must be a list of words")
            continue
        if not isinstance(value, LocatedList):
            raise YamlError(data.value_mark(key), f"'{key}' must be a list of lists of words")
        for index, group in enumerate(value):
            if not (isinstance(group, list) and len(group) >= 2
                    and all(isinstance(w, str) and w.strip() for w in group)):
                raise YamlError(value.item_mark(index), "each set must list two or more words")
        groups[key] = [list(g) for g in value]
    return WordForms(groups.get("spellings", ()), groups.get("synonyms", ()), data.get("heads", ()))


def build_knowledge(gazetteer: Gazetteer, synonyms: Path | None) -> Knowledge:
    """The acronym knowledge of a gazetteer and a synonyms file (cached on disk by the
    check, keyed on this module's source)."""
    return Knowledge(gazetteer, load_word_forms(synonyms))


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
            ordered = sorted(free, key=lambda k: (k != i, k))
            for k in ordered:
                if test(key, target[k]):
                    pairs[i] = (k, how)
                    free.remove(k)
                    break
    return pairs, free


def shortened(words: list[str], name: tuple[str, ...]) -> bool:
    """``words`` are a run of ``name`` in any order, its first or last words left out."""
    size = len(words)
    return 0 < size < len(name) and any(
        sorted(words) == sorted(name[i:i + size]) for i in range(len(name) - size + 1)
    )


def initials_in_place(words: Sequence[Word], acronym: str) -> bool:
    """The content words' initials are the acronym's letters, place by place, but for one
    ("Taiwanese Democratic Party (PDP)"). Two or more out of place ("Columbia Management
    Advisors (CAM)", "Brazilian Institute for Geography and Statistics (IBGE)",
    "Sumitomo Mitsui Financial (SMFG)") is how companies and foreign-language bodies build
    acronyms the gazetteer does not know: not enough to warn."""
    letters = [u.value for u in acronym_units(acronym) if u.kind == "letter"]
    initials = [fold(w.text)[:1] for w in words if is_content(w.text)]
    if len(initials) < len(letters) - 1:
        return False
    initials = initials[-len(letters):]
    misses = sum(1 for a, b in zip(initials, letters, strict=False) if a != b)
    return misses + abs(len(letters) - len(initials)) <= 1


def foreign_order(words: Sequence[Word], chosen: list[int], letters: list[str]) -> bool:
    """The acronym starts with the head noun: the word order of its own language.

    Romance languages, Arabic, Persian and others put the head noun first, so the English
    translation of the name carries the same initials in another order: "National Action
    Party (PAN)" (Partido Acción Nacional), "Democratic Forces for the Liberation of Rwanda
    (FDLR)". The head is the last content word before the first preposition (or the last
    word). A permutation that does not begin with it ("Singapore Tourism Board (TSB)") is
    no such translation.
    """
    head = chosen[-1]
    for i in range(chosen[0] + 1, chosen[-1] + 1):
        if not is_content(words[i].text):
            previous = [c for c in chosen if c < i]
            if previous:
                head = previous[-1]
            break
    return fold(words[head].text)[:1] == letters[0]
