"""``term-consistency``: one article mixing interchangeable spellings of one term.

Machine translation picks a spelling afresh at each sentence, so one article says "Macao"
and "Macau", "U.S." and "US", "Kim Jong Un" and "Kim Jong-un", "email" and "e-mail". Each
is correct on its own; mixed, they read as carelessness (or as two different things). This
generalises Vale's two-term ``consistency`` check to groups of any size with an optional
preferred form: the groups are the gazetteers' ``variants`` plus the rule's ``groups``;
when an article uses two or more forms of one group, every use of a form other than the
preferred one (the rule's ``prefer``, else the article's most used form) is reported.

A full name and its short form ("United States" then "US", "Ali Khamenei" then "Khamenei")
is normal news style and is not a group here: only the gazetteers' ``variants`` are.
Abbreviations that differ only in full stops ("U.S."/"US", "Mr."/"Mr") are a house style
rather than two spellings: only their first mixed use is reported, as ``info``. An article
split almost evenly between forms (40 % of uses or more not in the kept form) is reported
once, at the first use of another form: there is no majority to keep.

With ``full_names`` the check also groups each organisation's full names from the
gazetteers (``full_name_groups``): one body named two ways in one article.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError, Related
from newslint.checks.acronyms.forms import is_acronym_shaped
from newslint.checks.names.mentions import (
    all_caps_sentences,
    distinct_words,
    positions_of,
)
from newslint.document import Document, Span
from newslint.gazetteer import Entity
from newslint.records import NamedTuple
from newslint.text.matching import at_word_boundaries

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_URL = re.compile(r"(?:https?://|ftp://|www\.)\S+", re.IGNORECASE)
_HEAD = re.compile(r"[^\W_]+")
_OPENERS = ':"“‘«—–('
# Distinct words looked up per check before the record of them starts again (~20 MiB).
_LOOKED_UP = 200_000


class TermGroup(NamedTuple):
    """Interchangeable forms of one term; ``prefer`` is the one to keep, if any."""

    forms: tuple[str, ...]
    prefer: str | None
    ignore_case: bool
    source: str


class _Form(NamedTuple):
    group: int
    text: str
    flags: int

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.text, self.flags)


@cache
def _compiled(form: str, flags: int) -> re.Pattern[str]:
    """The regular expression of a form (its words, any run of spaces between them),
    written and compiled when a word of an article first calls for it: hundreds of forms,
    of which an article uses a few."""
    return re.compile(r"\s+".join(re.escape(part) for part in form.split()), flags)


class _Use(NamedTuple):
    start: int
    end: int
    form: str


class TermConsistencyCheck(Check):
    parameters = {
        "groups": Param("any", default=(),
                        help="groups of interchangeable forms: a list of strings, or a mapping "
                             "with 'forms', optional 'prefer' and 'ignore_case'"),
        "gazetteers": Param("paths", default=(),
                            help="gazetteer files whose entities' `variants` are groups too"),
        "use_gazetteer_variants": Param("bool", default=True,
                                        help="also check the gazetteers' `variants` groups"),
        "full_names": Param("bool", default=False,
                            help="also group the full names the gazetteers give one "
                                 "organisation (its name and aliases)"),
    }
    default_message = ("'{found}' ({count}) and '{expected}' ({expected_count}, first at {first}) "
                       "are the same term in one article; {advice}")

    def __init__(self, params: dict[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        groups = [*_rule_groups(params["groups"])]
        if params["use_gazetteer_variants"]:
            gazetteer = context.gazetteer(params["gazetteers"])
            groups.extend(context.resources.derived(  # every entity read: cached
                "variant-groups", context.gazetteer_files(params["gazetteers"]),
                lambda: variant_groups(gazetteer.entities)))
        if params["full_names"]:
            gazetteer = context.gazetteer(params["gazetteers"])
            groups.extend(context.resources.derived(
                "full-name-groups", context.gazetteer_files(params["gazetteers"]),
                lambda: full_name_groups(gazetteer.entities)))
        self._groups = _distinct(_without_vocabulary(groups, context.vocabulary))
        # Forms by their first word: exactly as written, or case-folded for ignore_case groups.
        self._exact: dict[str, list[_Form]] = defaultdict(list)
        self._folded: dict[str, list[_Form]] = defaultdict(list)
        # The words of the articles seen so far that start a form, with their forms, and
        # every word looked up (``_words_starting_forms``).
        self._forms_memo: dict[str, list[_Form]] = {}
        self._starters: set[str] = set()
        self._looked_up: set[str] = set()
        for index, group in enumerate(self._groups):
            for form in group.forms:
                words = _WORD.findall(form)
                if not words:
                    continue
                if group.ignore_case:
                    self._folded[words[0].casefold()].append(_Form(index, form, re.IGNORECASE))
                else:
                    self._exact[words[0]].append(_Form(index, form, 0))

    def run(self, document: Document) -> Iterator[Match]:
        uses = self._uses(document, mixed_only=True)
        for index in sorted(uses):
            yield from self._mixed_forms(document, self._groups[index], uses[index])

    def _uses(self, document: Document, *, mixed_only: bool = False) -> dict[int, list[_Use]]:
        """Every use of every form, by group; the longest form wins at one position.

        Each distinct word of the article is looked up once (most start no form), and
        only the positions of the words that do are matched. With ``mixed_only``, only
        the groups the article may mix (``_mixable_groups``): those ``run`` reports on."""
        starting = self._words_starting_forms(document)
        if not starting:
            return {}
        memo = self._forms_memo
        mixable = (_mixable_groups(memo[word] for word in starting) if mixed_only
                   else {form.group for word in starting for form in memo[word]})
        if not mixable:
            return {}
        texts = document.token_texts
        positions = sorted(i for word in starting
                           if any(form.group in mixable for form in memo[word])
                           for i in positions_of(texts, word))
        text, tokens = document.text, document.tokens
        skipped: list[tuple[int, int]] | None = None
        uses: dict[int, dict[int, _Use]] = defaultdict(dict)
        for position in positions:
            token = tokens[position]
            for form in memo[token.text]:
                if form.group not in mixable:
                    continue  # a group the article cannot mix: its uses are not reported
                match = form.pattern.match(text, token.start)
                if match is None or not at_word_boundaries(text, token.start, match.end()):
                    continue
                if skipped is None:
                    skipped = _skipped_spans(document)
                if any(start <= token.start < end for start, end in skipped):
                    continue
                group = self._groups[form.group]
                if group.ignore_case and _proper_noun_use(document, position, form.text):
                    continue
                earlier = uses[form.group].get(token.start)
                if earlier is None or match.end() > earlier.end:
                    uses[form.group][token.start] = _Use(token.start, match.end(), form.text)
        return {group: sorted(found.values()) for group, found in uses.items()}

    def _words_starting_forms(self, document: Document) -> set[str]:
        """The article's words that start some form ("Macao" for "Macao's" and
        "Macao-based"). Each distinct word is looked up once per run: an article asks only
        about its words not seen before, in one set difference, and most words start none."""
        words = distinct_words(document)
        new = words - self._looked_up
        if new:
            if len(self._looked_up) > _LOOKED_UP:
                self._looked_up.clear()  # a bound on memory over an archive's vocabulary
            for word in new:
                forms = self._find_forms_at(word)
                if forms:
                    self._forms_memo[word] = forms
                    self._starters.add(word)
            self._looked_up |= new
        return self._starters.intersection(words)

    def _find_forms_at(self, word: str) -> list[_Form]:
        forms = self._forms_starting(word)
        if not word.isalnum():
            head = _HEAD.match(word)
            if head and head.group() != word:
                forms = forms + self._forms_starting(head.group())
        return forms

    def _forms_starting(self, word: str) -> list[_Form]:
        exact = self._exact.get(word)
        folded = self._folded.get(word.casefold()) if self._folded else None
        if exact and folded:
            return exact + folded
        return exact or folded or []

    def _mixed_forms(self, document: Document, group: TermGroup,
                     uses: Sequence[_Use]) -> Iterator[Match]:
        counts: dict[str, int] = {}
        first: dict[str, _Use] = {}
        for use in uses:
            key = _canonical(group, use.form)
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, use)
        if len(counts) < 2:
            return
        keep = group.prefer if group.prefer in counts else max(
            counts, key=lambda form: (counts[form], -first[form].start))
        anchor = first[keep]
        where = document.region(anchor.start, anchor.end)
        advice = f"the preferred form is '{keep}'" if group.prefer == keep else "keep one form"
        related = (Related(anchor.start, anchor.end, f"'{keep}' used here"),)
        # Abbreviations with and without full stops (U.S./US, Mr./Mr) are a house style:
        # the first use is reported, as info.
        dots_only = len({form.replace(".", "") for form in group.forms}) == 1
        # An article split almost evenly has no majority to keep: one decision for the
        # editor, reported once, not every use of the form that happens to be fewer.
        split = (group.prefer != keep
                 and 2 * (sum(counts.values()) - counts[keep]) >= 0.8 * sum(counts.values()))
        for use in uses:
            form = _canonical(group, use.form)
            if form == keep:
                continue
            values = {"expected": keep, "count": _uses_of(counts[form]),
                      "expected_count": _uses_of(counts[keep]),
                      "first": f"{where.line}:{where.column}", "advice": advice,
                      "forms": ", ".join(group.forms)}
            yield Match(use.start, use.end, values, suggestions=(keep,), related=related,
                        severity="info" if dots_only else None)
            if dots_only or split:
                return


def _mixable_groups(forms_of_words: Iterable[list[_Form]]) -> set[int]:
    """The groups of which an article may use two forms: those with two forms or more
    among the forms its words start. A group with one form there has one form used, at
    most, and nothing to report (``_mixed_forms``): its uses need not be looked for."""
    seen: dict[int, str] = {}
    mixable: set[int] = set()
    for forms in forms_of_words:
        for form in forms:
            other = seen.setdefault(form.group, form.text)
            if other != form.text:
                mixable.add(form.group)
    return mixable


def variant_groups(entities: Iterable[Entity]) -> list[TermGroup]:
    """Each gazetteer entity's groups of variant spellings, as term groups."""
    return [TermGroup(tuple(forms), None, False, entity.name)
            for entity in entities for forms in entity.variants]


def full_name_groups(entities: Iterable[Entity]) -> list[TermGroup]:
    """Each organisation's full names, as one group: "Xinhua News Agency" and "New China
    News Agency" are one body named two ways.

    A full name has three words or more, none of them an acronym ("UN Human Rights
    Council" abbreviates, like "US" for "United States"), and is written as a proper name.
    A name inside a longer one ("United Nations High Commissioner for Refugees" in "Office
    of the ...") is left out: the shorter is the usual short form. Spellings of one name
    ("Viet Nam News Agency", "Vietnam News Agency"; "&" and "and") count as one: mixing
    them is the business of the spelling groups.
    """
    groups = []
    for entity in entities:
        if entity.kind != "organization":
            continue
        spellings: dict[str, str] = {}
        for form in entity.forms:
            if _is_full_name(form):  # one name spelt two ways is not two names
                spellings.setdefault(_spelling_key(form), form)
        full = list(spellings.values())
        kept = tuple(f for f in full if not any(f != g and _contains(g, f) for g in full))
        if len(kept) >= 2:
            groups.append(TermGroup(kept, None, False, entity.name))
    return groups


def _is_full_name(form: str) -> bool:
    words = form.split()
    return (len(words) >= 3 and not any(is_acronym_shaped(w) for w in words)
            and words[0][:1].isupper() and words[-1][:1].isupper())


def _spelling_key(form: str) -> str:
    """Equal for spellings of one name: "Viet Nam"/"Vietnam", "&"/"and", hyphens."""
    return re.sub(r"[\W_]", "", form.replace("&", "and").casefold())


def _contains(longer: str, shorter: str) -> bool:
    return f" {shorter.casefold()} " in f" {longer.casefold()} "


def _rule_groups(value: Any) -> list[TermGroup]:
    """The rule's ``groups``, validated: each a list of forms or a mapping."""
    if value in (None, ()):
        return []
    if not isinstance(value, list):
        raise ParameterError("'groups' must be a list of groups", key="groups")
    groups = []
    for number, item in enumerate(value, 1):
        if isinstance(item, list):
            item = {"forms": item}
        if not isinstance(item, Mapping) or set(item) - {"forms", "prefer", "ignore_case"}:
            raise ParameterError(f"group {number}: a list of forms, or a mapping with 'forms', "
                                 "'prefer' and 'ignore_case'", key="groups")
        forms = item.get("forms")
        if (not isinstance(forms, list) or len(forms) < 2
                or not all(isinstance(f, str) and f.strip() for f in forms)):
            raise ParameterError(f"group {number}: 'forms' must list two or more strings",
                                 key="groups")
        prefer = item.get("prefer")
        if prefer is not None and prefer not in forms:
            raise ParameterError(f"group {number}: 'prefer' must be one of its forms",
                                 key="groups")
        ignore_case = item.get("ignore_case", False)
        if not isinstance(ignore_case, bool):
            raise ParameterError(f"group {number}: 'ignore_case' must be true or false",
                                 key="groups")
        groups.append(TermGroup(tuple(forms), prefer, ignore_case, "rule"))
    return groups


def _without_vocabulary(groups: list[TermGroup], vocabulary: frozenset[str]) -> list[TermGroup]:
    """Forms in the user's vocabulary are accepted as they are: never a variant of another."""
    kept = []
    for group in groups:
        forms = tuple(form for form in group.forms if form not in vocabulary)
        if len(forms) >= 2:
            prefer = group.prefer if group.prefer in forms else None
            kept.append(group._replace(forms=forms, prefer=prefer))
    return kept


def _distinct(groups: list[TermGroup]) -> list[TermGroup]:
    """One group per set of forms: two gazetteer entries may list the same variants."""
    seen: dict[frozenset[str], TermGroup] = {}
    for group in groups:
        seen.setdefault(frozenset(group.forms), group)
    return list(seen.values())


def _canonical(group: TermGroup, form: str) -> str:
    if not group.ignore_case:
        return form
    folded = form.casefold()
    return next((f for f in group.forms if f.casefold() == folded), form)


def _skipped_spans(document: Document) -> list[tuple[int, int]]:
    """URLs and all-caps lines: there a form says nothing about the article's spelling
    (once per document, for every rule of this check)."""
    def compute() -> list[tuple[int, int]]:
        text = document.text
        # Every URL has one of these: the pattern runs only where one is.
        maybe_url = "://" in text or "www." in text.lower()
        spans = [m.span() for m in _URL.finditer(text)] if maybe_url else []
        spans.extend((sentence.start, sentence.end) for sentence in all_caps_sentences(document))
        return spans

    return document.memo("term-consistency.skipped", compute)


def _proper_noun_use(document: Document, position: int, form: str) -> bool:
    """A lower-case form capitalised mid-sentence is part of a name ("the Labour Party")."""
    token = document.tokens[position]
    if not form[:1].islower() or not token.text[:1].isupper():
        return False
    sentence = document.sentence_at(token.start) or Span(token.start, token.end)
    if position == 0 or sentence.start >= document.tokens[position - 1].end:
        return False
    gap = document.text[document.tokens[position - 1].end : token.start]
    return not any(mark in gap for mark in _OPENERS)


def _uses_of(count: int) -> str:
    return "1 use" if count == 1 else f"{count} uses"
