"""Selecting the house rules (``archive/...``), which are not YAML rules: their findings come
from the archive's memory, so ``--select``/``--ignore`` entries naming them are split off
before the rule packs validate the rest."""

from __future__ import annotations

from collections.abc import Sequence

from newslint.config.settings import prefix_matches

HOUSE_PACK = "archive"
HOUSE_RULES = ("archive/name-variant", "archive/term-variant", "archive/acronym-expansion")


def is_house_entry(entry: str) -> bool:
    return entry == HOUSE_PACK or entry.startswith(HOUSE_PACK + "/")


def split_house(select: Sequence[str] | None, ignore: Sequence[str]
                ) -> tuple[list[str], list[str], list[str] | None, list[str]]:
    """(house rules selected, house rules ignored, other select entries, other ignore
    entries). Without ``select`` every house rule is selected; with one, only the house
    rules it names."""
    ignored = [r for r in HOUSE_RULES if any(prefix_matches(r, e) for e in ignore if is_house_entry(e))]
    if select is None:
        chosen = list(HOUSE_RULES)
        rest = None
    else:
        chosen = [r for r in HOUSE_RULES if any(prefix_matches(r, e) for e in select if is_house_entry(e))]
        rest = [e for e in select if not is_house_entry(e)]
    chosen = [r for r in chosen if r not in ignored]
    return chosen, ignored, rest, [e for e in ignore if not is_house_entry(e)]
