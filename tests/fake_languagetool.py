"""A stand-in LanguageTool server for tests: the parts of LT's HTTP API v2 that
language_tool_python uses, answering in LT's documented JSON shape.

- ``GET /v2/languages``: the supported languages (``name``, ``code``, ``longCode``).
- ``POST /v2/check`` (form-encoded ``language``, ``text``, ``disabledRules``, ``enabledRules``,
  ``enabledOnly``, ``disabledCategories``, ``enabledCategories``, ``level``): ``matches`` with
  ``offset``/``length`` in UTF-16 code units as LT (Java) counts them, ``message``,
  ``shortMessage``, ``replacements``, ``context``, ``sentence``, ``type`` and ``rule`` with its
  ``id``, ``description``, ``issueType`` and ``category``.
- ``GET /v2/healthcheck``.

It imitates a few real LT English rules, with their real ids, categories and issue types,
on any text: a speller that knows a small table of misspellings (including names from
other languages, which the real speller also reports), doubled words, "a" before a vowel,
a space before a comma, and straight quotes. Like a server started with
``maxTextLength``, it refuses texts longer than ``max_text_length`` UTF-16 units (HTTP 413).
With ``fail_status`` it answers every check with that HTTP status and a plain-text error, as
LT does when it fails inside. It records every request, so tests can count connections and
requests.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlsplit

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]

# What LT's English speller reports, and its first suggestions.
MISSPELLINGS = {
    "goverment": ["government", "governments"],
    "recieve": ["receive"],
    "recieved": ["received"],
    "seperate": ["separate"],
    "occured": ["occurred"],
    "Bescent": ["Bessent", "Crescent"],
    "Pezeshkian": [],
    "Khamenei": ["Khomeini"],
    "KHAMENEI": ["KHOMEINI"],
    "Araghchi": [],
    "Xinhua": [],
    "Zinhau": [],  # a name no gazetteer knows
    "𠮷野家": [],  # U+20BB7 is outside the BMP: two UTF-16 units
}


class FakeRule(NamedTuple):
    id: str
    description: str
    category_id: str
    category_name: str
    issue_type: str
    message: str
    short_message: str
    pattern: re.Pattern[str]


def _speller() -> re.Pattern[str]:
    words = sorted(MISSPELLINGS, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


RULES = [
    FakeRule("MORFOLOGIK_RULE_EN_US", "Possible spelling mistake", "TYPOS", "Possible Typo",
             "misspelling", "Possible spelling mistake found.", "Spelling mistake", _speller()),
    FakeRule("ENGLISH_WORD_REPEAT_RULE", "Word repetition (e.g. 'will will')", "MISC",
             "Miscellaneous", "duplication", "Possible typo: you repeated a word.",
             "Word repetition", re.compile(r"\b(\w+) \1\b", re.IGNORECASE)),
    FakeRule("EN_A_VS_AN", "Use of 'a' vs. 'an'", "MISC", "Miscellaneous", "misspelling",
             "Use “an” instead of ‘a’ if the following word starts with a vowel sound.",
             "Wrong article", re.compile(r"\b[Aa](?= [aeioAEIO]\w)")),
    FakeRule("COMMA_PARENTHESIS_WHITESPACE", "Use of whitespace before comma and before/after "
             "parentheses", "TYPOGRAPHY", "Typography", "whitespace",
             "Don’t put a space before the comma.", "", re.compile(r"(?<=\w) +,")),
    FakeRule("EN_QUOTES", "Straight quotes", "TYPOGRAPHY", "Typography", "typographical",
             "Use a smart opening quote here: '“'.", "", re.compile(r'"')),
]

REPLACEMENTS = {
    "ENGLISH_WORD_REPEAT_RULE": lambda found: [found.split(" ")[0]],
    "EN_A_VS_AN": lambda found: ["an" if found == "a" else "An"],
    "COMMA_PARENTHESIS_WHITESPACE": lambda found: [","],
    "EN_QUOTES": lambda found: ["“", "”"],
}


def utf16_offsets(text: str) -> list[int]:
    """UTF-16 offset of every code-point offset of ``text`` (and of its end)."""
    offsets, units = [], 0
    for char in text:
        offsets.append(units)
        units += 2 if ord(char) > 0xFFFF else 1
    offsets.append(units)
    return offsets


class FakeLanguageTool:
    """Run with ``with FakeLanguageTool() as server: ... server.url ...``."""

    def __init__(self, max_text_length: int | None = None, delay: float = 0.0,
                 fail_status: int | None = None) -> None:
        self.max_text_length = max_text_length
        self.delay = delay
        self.fail_status = fail_status
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeLanguageTool:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler_class(self)

    def checks(self) -> list[dict[str, str]]:
        """The parameters of every ``/v2/check`` request so far."""
        return [params for method, path, params in self.requests if path == "/v2/check"]

    def count(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if p == path)

    # -- the API -------------------------------------------------------------------------

    def answer(self, method: str, path: str, params: dict[str, str]) -> tuple[int, Any]:
        self.requests.append((method, path, params))
        if self.delay:
            time.sleep(self.delay)
        if path == "/v2/languages":
            return 200, LANGUAGES
        if path == "/v2/healthcheck":
            return 200, "OK"
        if path != "/v2/check":
            return 404, "Error: unknown path"
        if self.fail_status is not None:
            return self.fail_status, "Error: Internal Error: java.lang.OutOfMemoryError"
        text = params.get("text", "")
        length = utf16_offsets(text)[-1]
        if self.max_text_length is not None and length > self.max_text_length:
            return 413, (f"Error: Your text exceeds the limit of {self.max_text_length} "
                         f"characters (it's {length} characters). Please submit a shorter text.")
        language = params.get("language", "")
        if language not in {entry["longCode"] for entry in LANGUAGES}:
            return 400, f"Error: '{language}' is not a language code known to LanguageTool."
        return 200, {
            "software": {"name": "LanguageTool", "version": "6.8", "buildDate": "2026-01-01",
                         "apiVersion": 1, "premium": False, "status": ""},
            "warnings": {"incompleteResults": False},
            "language": {"name": "English (US)", "code": language,
                         "detectedLanguage": {"name": "English (US)", "code": language,
                                              "confidence": 0.99}},
            "matches": list(self.matches(text, params)),
        }

    def matches(self, text: str, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        disabled = set(filter(None, params.get("disabledRules", "").split(",")))
        enabled = set(filter(None, params.get("enabledRules", "").split(",")))
        disabled_categories = set(filter(None, params.get("disabledCategories", "").split(",")))
        only = params.get("enabledOnly") == "true"
        units = utf16_offsets(text)
        found = []
        for rule in RULES:
            if rule.id in disabled or rule.category_id in disabled_categories:
                continue
            if only and rule.id not in enabled:
                continue
            for match in rule.pattern.finditer(text):
                found.append((match.start(), match.end(), rule))
        for start, end, rule in sorted(found, key=lambda item: (item[0], item[2].id)):
            yield _match_object(text, units, start, end, rule)


def _match_object(text: str, units: list[int], start: int, end: int, rule: FakeRule) -> dict:
    found = text[start:end]
    suggestions = (MISSPELLINGS.get(found, []) if rule.id == "MORFOLOGIK_RULE_EN_US"
                   else REPLACEMENTS[rule.id](found))
    context_start, context_end = max(0, start - 40), min(len(text), end + 40)
    prefix = "..." if context_start > 0 else ""
    suffix = "..." if context_end < len(text) else ""
    context = prefix + text[context_start:context_end].replace("\n", " ") + suffix
    return {
        "message": rule.message,
        "shortMessage": rule.short_message,
        "replacements": [{"value": value} for value in suggestions],
        "offset": units[start],
        "length": units[end] - units[start],
        "context": {"text": context,
                    "offset": len(prefix) + units[start] - units[context_start],
                    "length": units[end] - units[start]},
        "sentence": text[max(0, text.rfind("\n", 0, start) + 1): end],
        "type": {"typeName": "Other"},
        "rule": {"id": rule.id, "description": rule.description, "issueType": rule.issue_type,
                 "category": {"id": rule.category_id, "name": rule.category_name}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _handler_class(server: FakeLanguageTool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            parts = urlsplit(self.path)
            self._reply(*server.answer("GET", parts.path, _form(parts.query)))

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8")
            self._reply(*server.answer("POST", urlsplit(self.path).path, _form(body)))

        def _reply(self, status: int, body: Any) -> None:
            is_json = not isinstance(body, str)
            data = (json.dumps(body) if is_json else body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json" if is_json else "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(data)  # unless the client gave up (a timeout test)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    return Handler


def _form(query: str) -> dict[str, str]:
    return {key: values[-1] for key, values in parse_qs(query, keep_blank_values=True).items()}
