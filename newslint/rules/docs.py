"""The rule reference, ``docs/rules.md``, generated from the rules themselves, and what
SARIF says about each rule (a whole first sentence, a link to the rule's section).

Regenerate after changing a rule: ``python -m newslint.rules.docs > docs/rules.md``
(tests/test_output_docs.py fails while the file is out of date).
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import PackageNotFoundError, metadata

from newslint import __version__
from newslint.rules.description import render
from newslint.rules.loader import Rule

# Where newslint's repository lives when the installed metadata does not say
# (``[project.urls] Repository`` in pyproject.toml is the one place to change it).
DEFAULT_REPOSITORY = "https://github.com/YOUR-ORG/newslint"
BUILTIN_PACKS = ("newslint", "languagetool")
# A full stop after one of these does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st vs etc jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep gen "
    "no nos e.g i.e u.s u.k u.n".split())
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[A-Z\"“‘'(`])")


def first_sentence(description: str) -> str:
    """The description's first sentence, whole (never cut mid-sentence), on one line."""
    paragraph = " ".join(description.strip().split("\n\n")[0].split())
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[:match.start()].rsplit(" ", 1)[-1].lstrip("(\"“‘'")
        if before.endswith(".") or before == "":  # an ellipsis inside the sentence
            continue
        if before.lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Za-z]", before):
            continue
        return paragraph[:match.end()]
    return paragraph


def rule_anchor(rule_id: str) -> str:
    """The anchor GitHub gives the rule's heading (``## newslint/doubled-word``): lower
    case, punctuation other than ``-`` and ``_`` dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", rule_id.lower()).replace(" ", "-")


def repository_url() -> str:
    try:
        entries = metadata("newslint").get_all("Project-URL") or []
    except PackageNotFoundError:
        entries = []
    for entry in entries:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "repository" and url.strip():
            return url.strip().rstrip("/")
    return DEFAULT_REPOSITORY


def help_uri(rule_id: str) -> str:
    """The rule's section in docs/rules.md of this version's release tag."""
    return f"{repository_url()}/blob/v{__version__}/docs/rules.md#{rule_anchor(rule_id)}"


def rules_markdown(rules: list[Rule]) -> str:
    """docs/rules.md: an index, then one section per rule with its examples."""
    lines = [
        "# Rules",
        "",
        "<!-- Generated from the rules by `python -m newslint.rules.docs > docs/rules.md`; "
        "do not edit. -->",
        "",
        "Every built-in rule: what it finds, why, and what to write instead. "
        "`newslint explain RULE` says the same; SARIF output links each rule here.",
        "",
        "| rule | severity | category | finds |",
        "|---|---|---|---|",
    ]
    for rule in rules:
        summary = first_sentence(rule.description).replace("|", "\\|")
        lines.append(f"| [`{rule.id}`](#{rule_anchor(rule.id)}) | {rule.severity} | "
                     f"{rule.category} | {summary} |")
    for rule in rules:
        lines += ["", f"## {rule.id}", ""]
        state = "" if rule.enabled else "; off by default, `select` it by id"
        if rule.pack == "languagetool":
            state = "; off unless LanguageTool is enabled (docs/languagetool.md)"
        description = render(rule.parts, bold=True) if rule.parts else rule.description.strip()
        lines += [f"*{rule.severity}*, category `{rule.category}`, check `{rule.check_name}`{state}.",
                  "", description, "", "Examples:", ""]
        for example in rule.examples:
            verdict = ("flags " + ", ".join(f"`{flag}`" for flag in example.flags)
                       if example.flags else "not flagged")
            lines.append(f"- {_code(example.text)}: {verdict}")
    return "\n".join(lines) + "\n"


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def builtin_rules() -> list[Rule]:
    from newslint.commands import load_all_rules
    from newslint.config.settings import Config

    return load_all_rules(Config(), packs=list(BUILTIN_PACKS))


def main() -> None:
    sys.stdout.write(rules_markdown(builtin_rules()))


if __name__ == "__main__":
    main()
