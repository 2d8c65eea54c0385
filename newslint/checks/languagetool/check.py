"""``languagetool``: LanguageTool's grammar, spelling and style matches as newslint findings.

LanguageTool (LT) knows English grammar far better than a rule file can, but it knows
nothing of a newsroom: names from other languages look like misspellings to it, and its
typography preferences fight house style. This check sends a document's prose to LT and
turns LT's matches into ordinary findings, so that one run, one output format and one
exit code cover both, and LT's matches obey newslint's configuration, suppression
comments and vocabulary:

- the finding's rule is ``<pack>/<LT rule id>`` (``languagetool/MORFOLOGIK_RULE_EN_US``), so
  ``ignore``, ``severity``, ``per-file-ignores`` and ``newslint-disable`` comments can name
  single LT rules;
- the category is LT's issue type mapped onto MQM (``issue_types``), the severity follows
  the category (``severities``, overridable in config), LT's replacements are the
  suggestions and LT's message is the message;
- a spelling match on a name from the gazetteers or on a word of the user's vocabulary is
  dropped (LT's HTTP API has no way to add words for one request, so the words are not
  sent; the matches are filtered);
- LT only ever sees ``Document.text``, the prose: Markdown code, URLs and link targets never
  reach it, and a match that touches the placeholder standing in for skipped material is
  dropped.

The text goes to LT paragraph by paragraph, packed into requests of at most
``max-request-chars`` UTF-16 units (LT's own measure); a paragraph longer than that is cut
at sentence ends. All rules and documents of a run share one LT connection.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from newslint.check import Check, CheckContext, Match, Param, ParameterError
from newslint.checks.languagetool.client import (
    DEFAULT_LANGUAGE,
    DEFAULT_TIMEOUT,
    CheckOptions,
    LanguageToolClient,
    LanguageToolMatch,
    Utf16Index,
    connection_key,
)
from newslint.document import Document
from newslint.formats import PLACEHOLDER
from newslint.rules.loader import DIMENSIONS, SEVERITIES

DEFAULT_MAX_REQUEST_CHARS = 20_000
_MIN_REQUEST_CHARS = 200
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SPACE = re.compile(r"\s")
_CATEGORY = re.compile(r"[a-z]+(?:/[a-z0-9-]+)*\Z")
_SPELLING_CATEGORY_IDS = frozenset({"TYPOS"})
_SPELLING_ISSUE_TYPES = frozenset({"misspelling"})


class LanguageToolCheck(Check):
    parameters = {
        "disabled_rules": Param("strings", default=(),
                                help="LT rule ids never asked for (defaults for news copy)"),
        "enabled_rules": Param("strings", default=(), help="LT rules that are off by default"),
        "disabled_categories": Param("strings", default=(), help="LT category ids to skip"),
        "enabled_categories": Param("strings", default=(),
                                    help="LT category ids that are off by default"),
        "issue_types": Param("mapping", default={},
                             help="LT issue type → MQM category (others: the rule's category)"),
        "severities": Param("mapping", default={},
                            help="MQM category or dimension → severity (others: the rule's)"),
        "gazetteers": Param("paths", default=(),
                            help="gazetteer files or directories: their names are not misspellings"),
        "max_suggestions": Param("int", default=5, help="most LT replacements kept"),
    }
    default_message = "{message}"

    def __init__(self, params: Mapping[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        settings: Mapping[str, Any] = context.resources.settings.get("languagetool") or {}
        self._url: str | None = settings.get("url") or None
        self._language: str = settings.get("language") or DEFAULT_LANGUAGE
        self._timeout = float(settings.get("timeout") or DEFAULT_TIMEOUT)
        self._max_chars = max(_MIN_REQUEST_CHARS,
                               int(settings.get("max-request-chars") or DEFAULT_MAX_REQUEST_CHARS))
        self._options = _options(params, settings)
        self._issue_types = _categories(params["issue_types"])
        self._severities = {**_severities(params["severities"], "severities"),
                            **_severities(settings.get("severity") or {}, "severity")}
        if params["max_suggestions"] < 0:
            raise ParameterError("must not be negative", key="max_suggestions")
        self._max_suggestions = params["max_suggestions"]
        self._names = _accepted_words(self._gazetteer_words(params["gazetteers"]),
                                      context.vocabulary)
        self._names_folded = frozenset(name.casefold() for name in self._names)

    # -- running ---------------------------------------------------------------------------

    def run(self, document: Document) -> Iterator[Match]:
        text = document.text
        client = self._client()
        for start, end in request_spans(document, self._max_chars):
            for found in client.check(text[start:end], self._options):
                match = self._match(text, start + found.start, start + found.end, found)
                if match is not None:
                    yield match

    def _client(self) -> LanguageToolClient:
        url, language, timeout = self._url, self._language, self._timeout
        return self.context.resources.shared(
            connection_key(url, language, timeout),
            lambda: LanguageToolClient(url, language, timeout),
        )

    def _match(self, text: str, start: int, end: int, found: LanguageToolMatch) -> Match | None:
        span = text[start:end]
        if PLACEHOLDER in span:
            return None  # about code or a URL that newslint hid from LT
        if _is_spelling(found) and self._is_accepted(span):
            return None
        category = self._issue_types.get(found.issue_type)
        suggestions = tuple(dict.fromkeys(
            r for r in found.replacements[: self._max_suggestions] if r != span))
        return Match(
            start, end,
            values={"message": found.message or found.rule_id, "lt_rule": found.rule_id,
                    "lt_category": found.category_id, "issue_type": found.issue_type},
            suggestions=suggestions,
            severity=self._severity(category),
            rule_name=found.rule_id,
            category=category,
        )

    def _severity(self, category: str | None) -> str | None:
        if category is None:
            return None
        return self._severities.get(category) or self._severities.get(category.split("/")[0])

    # -- names that are not misspellings ---------------------------------------------------

    def _is_accepted(self, span: str) -> bool:
        """True when every word of a spelling match is a known name or vocabulary word."""
        words = _WORD.findall(span)
        return bool(words) and all(self._accepted_word(word) for word in words)

    def _accepted_word(self, word: str) -> bool:
        for form in (word, word.removesuffix("'s").removesuffix("’s")):
            if form in self._names:
                return True
            # Headlines in capitals: "KHAMENEI" is the known "Khamenei".
            if form.isupper() and len(form) > 1 and form.casefold() in self._names_folded:
                return True
        return False

    def _gazetteer_words(self, relative_paths: tuple[str, ...]) -> set[str]:
        files: list[Path] = []
        for relative in relative_paths:
            path = self.context.data_path(relative)
            if path.is_dir():
                files.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
            elif path.is_file():
                files.append(path)
            else:
                raise ParameterError(f"gazetteer '{relative}' not found", key="gazetteers")
        gazetteer = self.context.resources.gazetteer(files)
        forms: set[str] = set()
        for entity in gazetteer.entities:
            forms.update(entity.forms)
            if entity.acronym:
                forms.add(entity.acronym)
        return forms


def _options(params: Mapping[str, Any], settings: Mapping[str, Any]) -> CheckOptions:
    """The rule's LT options with the user's config on top: a rule the user enables is
    taken off the rule file's disabled list."""
    enabled_rules = frozenset(params["enabled_rules"]) | frozenset(settings.get("enabled-rules") or ())
    disabled_rules = (frozenset(params["disabled_rules"])
                      | frozenset(settings.get("disabled-rules") or ())) - enabled_rules
    enabled_categories = (frozenset(params["enabled_categories"])
                          | frozenset(settings.get("enabled-categories") or ()))
    disabled_categories = (frozenset(params["disabled_categories"])
                           | frozenset(settings.get("disabled-categories") or ())) - enabled_categories
    return CheckOptions(disabled_rules, enabled_rules, disabled_categories, enabled_categories)


def _categories(mapping: Mapping[str, str]) -> dict[str, str]:
    for issue_type, category in mapping.items():
        if not _CATEGORY.match(category) or category.split("/")[0] not in DIMENSIONS:
            raise ParameterError(f"'{issue_type}': '{category}' is not an MQM category "
                                 f"({', '.join(DIMENSIONS)}, optionally /subtype)", key="issue_types")
    return dict(mapping)


def _severities(mapping: Mapping[str, str], key: str) -> dict[str, str]:
    for category, severity in mapping.items():
        if severity not in SEVERITIES:
            raise ParameterError(f"severity of '{category}' must be one of {', '.join(SEVERITIES)}",
                                 key=key)
    return dict(mapping)


def _accepted_words(forms: set[str], vocabulary: frozenset[str]) -> frozenset[str]:
    """Every name and vocabulary entry, whole and word by word ("Abbas Araghchi" accepts
    "Araghchi", which is what LT's speller reports)."""
    words: set[str] = set()
    for form in (*forms, *vocabulary):
        words.add(form)
        words.update(_WORD.findall(form))
    return frozenset(words)


def _is_spelling(found: LanguageToolMatch) -> bool:
    return found.issue_type in _SPELLING_ISSUE_TYPES or found.category_id in _SPELLING_CATEGORY_IDS


# -- requests ----------------------------------------------------------------------------------


def request_spans(document: Document, limit: int) -> list[tuple[int, int]]:
    """Ranges of ``document.text`` to send, each at most ``limit`` UTF-16 units long.

    Whole paragraphs are packed together while they fit, so LT sees its usual context; a
    paragraph too long for one request is cut at sentence ends, and a sentence too long at
    the last space that fits. Every range is a slice of the text as it is, so an offset
    in a range maps back by one addition.
    """
    index = Utf16Index(document.text)

    def size(start: int, end: int) -> int:
        return index.to_utf16(end) - index.to_utf16(start)

    units: list[tuple[int, int]] = []
    for paragraph in document.paragraphs:
        if size(*paragraph) <= limit:
            units.append(paragraph)
            continue
        for sentence in document.sentences:
            if paragraph.start <= sentence.start and sentence.end <= paragraph.end:
                units.extend(_cut(document.text, sentence.start, sentence.end, limit, size))
    spans: list[tuple[int, int]] = []
    for start, end in units:
        if spans and size(spans[-1][0], end) <= limit:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _cut(text: str, start: int, end: int, limit: int, size: Any) -> Iterator[tuple[int, int]]:
    """``[start, end)`` in pieces of at most ``limit`` units, cut after a space if possible."""
    while size(start, end) > limit:
        stop = start + limit // 2  # every character is at most two units
        while stop < end and size(start, stop + 1) <= limit:
            stop += 1
        space = max((m.end() for m in _SPACE.finditer(text, start, stop)), default=0)
        cut = space if space > start else stop
        yield start, cut
        start = cut
    if end > start:
        yield start, end
