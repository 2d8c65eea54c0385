"""``unknown-suppression``: a suppression comment that names a rule no loaded pack has.

``<!-- newslint-disable-line newslint/name-varient -->`` silences nothing: the finding it
was written for still shows, or, worse, a later reader believes the line was checked and
excused. Each unknown name is reported where it is written, with the nearest known ids.
The names a comment may use are those the engine accepts (``suppression.names_rule``):
whole ids, bare names and id prefixes; ids of packs whose checks name their own rules at
run time (LanguageTool) are always accepted.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.check import Check, Match
from newslint.config.settings import nearest_ids, refers_to_a_rule
from newslint.config.suppression import directives
from newslint.document import Document
from newslint.evidence import substring
from newslint.rules.loader import RULE_IDS


class UnknownSuppressionCheck(Check):
    default_message = "'{found}' in a suppression comment names no rule{hint}"
    honours_vocabulary = False
    offsets_in_source = True
    # directives() finds no comment in a source without this
    evidence = substring("newslint-", in_source=True)

    def run(self, document: Document) -> Iterator[Match]:
        known: set[str] = self.context.resources.shared(RULE_IDS, set)
        for directive in directives(document.source):
            for name, start, end in directive.names:
                if refers_to_a_rule(name, known, bare_names=True):
                    continue
                near = nearest_ids(name, known)
                hint = f" (did you mean {' or '.join(near)}?)" if near else ""
                yield Match(start, end, values={"hint": hint}, suggestions=tuple(near))
