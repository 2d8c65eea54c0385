"""A rule's description in three parts: what it finds, why that matters, what to write instead
(docs/writing-checks.md, "The description").

A finding sends an editor to the rule's description (``newslint explain``, the HTML report,
SARIF, docs/rules.md), and an editor needs all three answers to act on it. So a rule gives
its description as a mapping with the keys ``what``, ``why`` and ``instead`` (and optionally
``details``: scope, exceptions, severity), and every reader shows the parts in that order,
whatever order the YAML file has them in. ``newslint test-rules`` fails a rule that lacks one
of the three. A plain string still loads, so older packs keep working, but it cannot be
checked and ``test-rules`` asks for the parts.
"""

from __future__ import annotations

from typing import Any

from newslint.io.yamlsource import LocatedDict, YamlError
from newslint.records import NamedTuple

# The parts test-rules requires, in the order they are shown, with what each one answers.
REQUIRED = {
    "what": "what the rule finds",
    "why": "why it matters",
    "instead": "what to write instead",
}
KEYS = (*REQUIRED, "details")
# How a part other than the first is introduced when the parts are joined into one text.
LABELS = {"why": "Why", "instead": "Instead"}


class DescriptionParts(NamedTuple):
    """The parts of a structured description; a part the rule does not give is ``""``."""

    what: str
    why: str
    instead: str
    details: str

    def missing(self) -> list[str]:
        """The required parts that are absent or blank, in order."""
        return [key for key in REQUIRED if not getattr(self, key).strip()]


def parse_description(data: LocatedDict) -> tuple[str, DescriptionParts | None]:
    """The rule's description as one text, and its parts when it gives them.

    A string is taken as it is (no parts); a mapping must use only ``KEYS``, each with a
    string. A missing part is not an error here, so a half-documented rule still runs:
    ``test-rules`` reports it (see ``description_problem``).
    """
    value: Any = data["description"]
    if isinstance(value, str):
        return value, None
    if not isinstance(value, LocatedDict):  # _validate_common admits only str and mappings
        raise YamlError(data.value_mark("description"), "'description' must be a string or "
                        "a mapping of what, why, instead and details")
    for key in value:
        if key not in KEYS:
            raise YamlError(value.key_mark(key), f"unknown key '{key}' in 'description' "
                            f"(its parts: {', '.join(KEYS)})")
        if not isinstance(value[key], str):
            raise YamlError(value.value_mark(key), f"description '{key}' must be a string")
    parts = DescriptionParts(*(value.get(key, "") for key in KEYS))
    return render(parts), parts


def render(parts: DescriptionParts, bold: bool = False) -> str:
    """The parts as paragraphs, always in the order what, why, instead, details; ``bold``
    sets the labels in Markdown bold (docs/rules.md)."""
    paragraphs = []
    for key in KEYS:
        text = getattr(parts, key).strip()
        if not text:
            continue
        label = LABELS.get(key)
        if label:
            text = f"{f'**{label}:**' if bold else f'{label}:'} {text}"
        paragraphs.append(text)
    return "\n\n".join(paragraphs)


def description_problem(rule_id: str, parts: DescriptionParts | None) -> str | None:
    """One line naming the rule and what its description lacks, or None when it is whole."""
    if parts is None:
        return (f"{rule_id}: the description is one text, so its parts cannot be checked; "
                "give it as 'what', 'why' and 'instead' (docs/writing-checks.md)")
    missing = parts.missing()
    if not missing:
        return None
    named = " and no ".join(f"'{key}' ({REQUIRED[key]})" for key in missing)
    return f"{rule_id}: the description has no {named}"
