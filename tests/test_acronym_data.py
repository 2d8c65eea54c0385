"""The acronym data: every known definition passes, and MT's rewordings of them do not.

Runs the acronym rules over the whole gazetteer the rule ships with: each expansion
written as "Expansion (ACR)" and "ACR (Expansion)" must not be flagged; the same
expansions with their word order swapped, a word replaced by a synonym from the rule's
synonym file, or a middle word dropped — the three things MT does to names — must be.
"""

from __future__ import annotations

from functools import cache

import pytest
import yaml

from newslint.check import Resources
from newslint.checks.acronyms.forms import (
    LONG_FORM_TOKEN,
    WordForms,
    acronym_key,
    is_acronym_shaped,
    is_function_word,
    related_forms,
    spells,
)
from newslint.checks.names.words import same_family
from newslint.gazetteer import Entity
from newslint.rules.examples import flagged_spans
from newslint.rules.loader import builtin_pack_dir, load_rule_file

RULES_DIR = builtin_pack_dir()
RESOURCES = Resources()
EXPANSION = load_rule_file(RULES_DIR / "acronym-expansion.yaml", "newslint", RESOURCES)[0]
INCONSISTENT = load_rule_file(RULES_DIR / "acronym-inconsistent.yaml", "newslint", RESOURCES)[0]
GAZETTEER = RESOURCES.gazetteer(
    [RULES_DIR / "data" / "gazetteer" / name for name in ("people.yaml", "places.yaml", "organizations.yaml")]
)
SYNONYMS = yaml.safe_load((RULES_DIR / "data" / "acronym-synonyms.yaml").read_text(encoding="utf-8"))
FORMS = WordForms(SYNONYMS["spellings"], SYNONYMS["synonyms"])


def acronyms_of(entity: Entity) -> list[str]:
    """The entity's acronyms that text can show as one: "New START" and "Africa CDC" are
    found as START and CDC, with the first word part of the name."""
    found = [entity.acronym] if entity.acronym and is_acronym_shaped(entity.acronym) else []
    found += [f for f in entity.forms if is_acronym_shaped(f) and " " not in f and f not in found]
    return found


def expansions_of(entity: Entity) -> list[str]:
    return [f for f in entity.forms if not is_acronym_shaped(f)]


ENTITIES = [e for e in GAZETTEER.entities if acronyms_of(e) and expansions_of(e)]
ORGANIZATIONS = [e for e in ENTITIES if e.where.startswith(str(RULES_DIR / "data" / "gazetteer" /
                                                               "organizations.yaml"))]


def test_the_data_covers_world_news() -> None:
    assert len(ORGANIZATIONS) >= 300
    acronyms = {acronym_key(a) for e in ORGANIZATIONS for a in acronyms_of(e)}
    for needed in ("UN", "IAEA", "JCPOA", "NATO", "GDP", "CPI", "PMI", "FARC", "PKK", "MSF", "NPT",
                   "OPEC", "ECB", "IMF", "WHO", "EU", "IRGC", "G7"):
        assert needed in acronyms, needed


@pytest.mark.parametrize("entity", ENTITIES, ids=lambda e: f"{e.acronym or acronyms_of(e)[0]}-{e.name}")
def test_every_known_definition_passes(entity: Entity) -> None:
    for acronym in acronyms_of(entity):
        for expansion in expansions_of(entity):
            for text in (f"On Monday the {expansion} ({acronym}) said it would act.",
                         f"On Monday the {acronym} ({expansion}) said it would act."):
                assert flagged_spans(EXPANSION, text) == (), text
                assert flagged_spans(INCONSISTENT, text) == (), text


def test_most_of_the_data_is_spelled_by_the_letter_matcher() -> None:
    """The gazetteer is for the exceptions (FARC, MSF, PKK); the matcher for the rule."""
    spelled = [e for e in ORGANIZATIONS if e.acronym and any(
        spells(LONG_FORM_TOKEN.findall(f), e.acronym) for f in expansions_of(e))]
    assert len(spelled) >= 0.9 * len([e for e in ORGANIZATIONS if e.acronym])


# -- MT's rewordings ------------------------------------------------------------------------------


@cache
def known_forms(acronym: str) -> frozenset[str]:
    key = acronym_key(acronym)
    return frozenset(" ".join(LONG_FORM_TOKEN.findall(f)).lower()
                     for e in ENTITIES if key in {acronym_key(a) for a in acronyms_of(e)}
                     for f in expansions_of(e))


def content_positions(words: list[str]) -> list[int]:
    return [i for i, w in enumerate(words) if w != "&" and not is_function_word(w)]


def proper_names() -> list[Entity]:
    """Organisations whose name is a proper name of three or more content words."""
    chosen = []
    for entity in ORGANIZATIONS:
        words = LONG_FORM_TOKEN.findall(entity.name)
        content = content_positions(words)
        if entity.acronym and len(content) >= 3 and all(words[i][:1].isupper() for i in content):
            chosen.append(entity)
    return chosen


def swapped(words: list[str]) -> list[str]:
    """The first two content words exchanged: "Atomic International Energy Agency"."""
    first, second = content_positions(words)[:2]
    result = list(words)
    result[first], result[second] = words[second], words[first]
    return result


def dropped(words: list[str]) -> list[str]:
    """A middle content word left out: "International Energy Agency"."""
    content = content_positions(words)
    return [w for i, w in enumerate(words) if i != content[len(content) // 2]]


def synonym_swapped(words: list[str]) -> list[str] | None:
    """The last word that has a synonym replaced by it: "... Energy Organization"."""
    for i in reversed(content_positions(words)):
        word = words[i].lower()
        for group in SYNONYMS["synonyms"]:
            if word not in group:
                continue
            others = [w for w in group if not related_forms(FORMS.key(w), FORMS.key(word))]
            if others:
                result = list(words)
                result[i] = others[0].capitalize()
                return result
    return None


def rewordings() -> list[tuple[str, str, str]]:
    cases = []
    for entity in proper_names():
        words = LONG_FORM_TOKEN.findall(entity.name)
        for how, changed in (("swapped", swapped(words)), ("dropped", dropped(words)),
                             ("synonym", synonym_swapped(words))):
            if changed is None or changed == words:
                continue
            text = " ".join(changed)
            if text.lower() in known_forms(entity.acronym):
                continue  # the rewording happens to be another accepted name
            cases.append((how, text, entity.acronym))
    return cases


@pytest.mark.parametrize(("how", "reworded", "acronym"), rewordings(), ids=lambda v: v)
def test_mt_rewordings_of_known_expansions_are_flagged(how: str, reworded: str, acronym: str) -> None:
    text = f"On Monday the {reworded} ({acronym}) said it would act."
    assert reworded in " ".join(flagged_spans(EXPANSION, text)), text


# Written the way MT produces them (from Chinese, Persian, Arabic, Russian sources).
MT_REWORDINGS = [
    ("Joint Comprehensive Action Plan", "JCPOA"),
    ("Comprehensive Joint Plan of Action", "JCPOA"),
    ("International Agency of Atomic Energy", "IAEA"),
    ("International Atomic Energy Organization", "IAEA"),
    ("Central Bank of Europe", "ECB"),
    ("Central European Bank", "ECB"),
    ("World Health Organization Agency", "WHO"),
    ("Organization of the Petroleum Exporting States", "OPEC"),
    ("Organization of Countries Exporting Petroleum", "OPEC"),
    ("North Atlantic Alliance Organization", "NATO"),
    ("International Currency Fund", "IMF"),
    ("International Monetary Bank", "IMF"),
    ("Revolutionary Guard Corps of Islam", "IRGC"),
    ("Islamic Revolution Guards Army", "IRGC"),
    ("Shanghai Organization of Cooperation", "SCO"),
    ("Association of Southeast Asian Countries", "ASEAN"),
    ("Treaty on Non-Proliferation of Nuclear Arms", "NPT"),
    ("United Nations Refugee High Commissioner", "UNHCR"),
    ("Economic Cooperation and Development Organization", "OECD"),
    ("Asian Bank of Infrastructure Investment", "AIIB"),
    ("International Court of Criminal Justice", "ICC"),
    ("Gulf Council of Cooperation", "GCC"),
    ("domestic gross product", "GDP"),
    ("consumer index of prices", "CPI"),
    ("Purchasing Managers Activity Index", "PMI"),
    ("Armed Revolutionary Forces of Colombia", "FARC"),
    ("Workers' Party of Kurdistan", "PKK"),
]


@pytest.mark.parametrize(("reworded", "acronym"), MT_REWORDINGS, ids=lambda v: v)
def test_handwritten_mt_rewordings_are_flagged(reworded: str, acronym: str) -> None:
    text = f"Officials of the {reworded} ({acronym}) met on Monday."
    assert flagged_spans(EXPANSION, text) != (), text


# -- a word replaced while the letters still fit ------------------------------------------------

PLACES = frozenset(f.lower() for e in GAZETTEER.entities if e.kind == "place" for f in e.forms)


def is_place(word: str) -> bool:
    """A place or its adjective: sister bodies differ there ("Free Syrian Army")."""
    return word.lower() in PLACES or any(same_family(word.lower(), p) for p in PLACES if " " not in p)


def replaced(words: list[str]) -> list[str] | None:
    """The middle content word replaced by an invented word with the same initial, so the
    letters still spell the acronym: what MT does to "Federal Bureau of Investigation"."""
    content = content_positions(words)
    target = content[len(content) // 2]
    if target == content[0] or is_place(words[target]) or not words[target][:1].isalpha():
        return None
    result = list(words)
    result[target] = words[target][0].upper() + "xxovarian"
    return result


def replacements() -> list[tuple[str, str]]:
    cases = []
    for entity in proper_names():
        changed = replaced(LONG_FORM_TOKEN.findall(entity.name))
        if changed is not None:
            cases.append((" ".join(changed), entity.acronym))
    return cases


@pytest.mark.parametrize(("reworded", "acronym"), replacements(), ids=lambda v: v)
def test_a_replaced_word_is_flagged_even_when_the_letters_fit(reworded: str, acronym: str) -> None:
    text = f"On Monday the {reworded} ({acronym}) said it would act."
    assert reworded in " ".join(flagged_spans(EXPANSION, text)), text
