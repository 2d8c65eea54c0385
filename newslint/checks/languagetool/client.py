"""One connection to LanguageTool (LT) per run, through language_tool_python.

LT runs either as a server someone else started (a newsroom's shared server, or
``java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port 8081``), named
by URL, or as a local server that language_tool_python downloads and starts (Java 17+).
Either way this module is the only one that imports language_tool_python, and it does so
only when the first text is checked: a run without LT never pays for the import, and a
run that checks no file never starts a server.

Every way LT can fail (no Java, no download, server down or slow, an answer that is not
LT's) becomes one ``LanguageToolUnavailable`` whose message is a single line saying what
failed and how to fix it. The first failure is remembered, so a run that lost LT does not
wait for the same timeout again for every file.

LT counts offsets in UTF-16 code units (Java strings); newslint counts code points.
``Utf16Index`` converts, so a match after (or around) an emoji or a rare CJK character
lands on the right column.
"""

from __future__ import annotations

import atexit
import re
import threading
from bisect import bisect_left
from typing import Any

from newslint.check import CheckUnavailable
from newslint.records import NamedTuple

DEFAULT_LANGUAGE = "en-US"
_HOST = re.compile(r"host='([^']+)'")
DEFAULT_TIMEOUT = 30.0

_FIX_REMOTE = "start the server, or correct --languagetool=URL / languagetool.url"
_FIX_MANAGED = ("install Java 17+ (newslint then downloads LanguageTool once), or run a "
                "LanguageTool server and pass --languagetool=URL")


class LanguageToolUnavailable(CheckUnavailable):
    """LanguageTool cannot be used in this run; the message is one line with the fix."""


class CheckOptions(NamedTuple):
    """What one rule asks LT to check: LT rule ids and category ids, as LT names them."""

    disabled_rules: frozenset[str] = frozenset()
    enabled_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    enabled_categories: frozenset[str] = frozenset()


NO_OPTIONS = CheckOptions()


class LanguageToolMatch(NamedTuple):
    """One LT match, its span in code points of the text that was sent."""

    start: int
    end: int
    rule_id: str
    category_id: str
    issue_type: str
    message: str
    replacements: tuple[str, ...]


class Utf16Index:
    """Converts between code-point offsets of a string and LT's UTF-16 offsets.

    Only characters outside the Basic Multilingual Plane (emoji, CJK Extension B...) take
    two UTF-16 units, so the index stores just their positions: for the usual text
    without any, both conversions are the identity.
    """

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._astral = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
        # UTF-16 offset of each astral character: its code-point offset plus one unit per
        # astral character before it.
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]
        self.utf16_length = self._length + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)

    def to_code_points(self, offset: int) -> int:
        """The code-point offset of UTF-16 ``offset``; inside a surrogate pair, the
        character's start."""
        before = bisect_left(self._astral_utf16, offset)
        if before and self._astral_utf16[before - 1] == offset - 1:
            return offset - before  # between the two halves of one character
        return max(0, min(self._length, offset - before))


def utf16_length(text: str) -> int:
    """The length LT sees: UTF-16 code units."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class LanguageToolClient:
    """A lazily opened connection to one LT server, shared by all rules of a run."""

    def __init__(self, url: str | None, language: str = DEFAULT_LANGUAGE,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.url = url
        self.language = language
        self.timeout = timeout
        self._tool: Any = None
        self._failure: str | None = None
        self._library_counts_code_points = False

    @property
    def where(self) -> str:
        return f"LanguageTool at {self.url}" if self.url else "the local LanguageTool server"

    def check(self, text: str, options: CheckOptions = NO_OPTIONS) -> list[LanguageToolMatch]:
        """LT's matches in ``text``; ``LanguageToolUnavailable`` when LT cannot answer."""
        tool = self._connect()
        tool.disabled_rules = set(options.disabled_rules)
        tool.enabled_rules = set(options.enabled_rules)
        tool.disabled_categories = set(options.disabled_categories)
        tool.enabled_categories = set(options.enabled_categories)
        try:
            raw = tool.check(text)
        except Exception as error:  # requests, LT's own errors, a malformed answer: all fatal
            reason = _reason(error, self.timeout)
            self._failure = f"{self.where} failed to check a text: {reason}{_check_hint(reason)}"
            raise LanguageToolUnavailable(self._failure) from None
        index = Utf16Index(text)
        return [m for m in (self._convert(item, text, index) for item in raw) if m is not None]

    def _connect(self) -> Any:
        if self._failure is not None:
            raise LanguageToolUnavailable(self._failure)
        if self._tool is None:
            try:
                self._tool = self._open()
            except LanguageToolUnavailable as error:
                self._failure = str(error)
                raise
        return self._tool

    def _open(self) -> Any:
        try:
            import language_tool_python
            from language_tool_python import match as match_module
        except ImportError:
            raise LanguageToolUnavailable(
                "LanguageTool support is not installed: pip install 'newslint[languagetool]'"
            ) from None
        # language_tool_python 2.9+ turns LT's UTF-16 offsets into code points (but not the
        # lengths); older versions pass them through. Ask instead of assuming.
        self._library_counts_code_points = hasattr(match_module, "four_byte_char_positions")
        tool_class = type("NewslintLanguageTool", (language_tool_python.LanguageTool,),
                          {"_TIMEOUT": self.timeout, "_query_server": _query_server})
        try:
            if self.url:
                tool = tool_class(language=self.language, remote_server=self.url)
            else:
                tool = tool_class(language=self.language)
                atexit.register(tool.close)
        except (Exception, SystemExit) as error:  # SystemExit: unparsable `java -version`
            raise LanguageToolUnavailable(self._open_failure(error)) from None
        return tool

    def _open_failure(self, error: BaseException) -> str:
        reason = _reason(error, self.timeout)
        if isinstance(error, ValueError) and "language" in str(error):
            return (f"{self.where} does not support language '{self.language}': "
                    "set languagetool.language to one it lists at /v2/languages")
        if self.url:
            return f"{self.where} cannot be reached: {reason}; {_FIX_REMOTE}"
        if isinstance(error, ModuleNotFoundError) and "java" in reason.lower():
            return f"LanguageTool cannot start: Java not found on PATH; {_FIX_MANAGED}"
        if "java" in reason.lower():
            return f"LanguageTool cannot start: {reason}; {_FIX_MANAGED}"
        if any(".zip" in str(e) or "download" in str(e).lower() for e in _causes(error)):
            return (f"LanguageTool could not be downloaded: {reason}; newslint needs the "
                    "internet once to fetch it, or run a LanguageTool server and pass "
                    "--languagetool=URL, or set LTP_JAR_DIR_PATH to an unpacked LanguageTool")
        return (f"the local LanguageTool server did not start: {reason}; run a LanguageTool "
                "server yourself and pass --languagetool=URL")

    def _convert(self, item: Any, text: str, index: Utf16Index) -> LanguageToolMatch | None:
        offset = _attribute(item, "offset", "offset")
        length = _attribute(item, "error_length", "errorLength")
        if not isinstance(offset, int) or not isinstance(length, int):
            return None
        if self._library_counts_code_points:
            start = offset
            start_utf16 = index.to_utf16(start)
        else:
            start_utf16 = offset
            start = index.to_code_points(offset)
        if length <= 0 or start_utf16 < 0 or start_utf16 + length > index.utf16_length:
            return None  # a match outside the text sent is LT's mistake: never clamp it in
        end = index.to_code_points(start_utf16 + length)
        if not 0 <= start < end <= len(text):
            return None
        replacements = _attribute(item, "replacements", "replacements") or ()
        return LanguageToolMatch(
            start=start,
            end=end,
            rule_id=str(_attribute(item, "rule_id", "ruleId") or "UNKNOWN"),
            category_id=str(_attribute(item, "category", "category") or ""),
            issue_type=str(_attribute(item, "rule_issue_type", "ruleIssueType") or ""),
            message=" ".join(str(_attribute(item, "message", "msg") or "").split()),
            replacements=tuple(str(r) for r in replacements if str(r).strip()),
        )


class ServerError(Exception):
    """The server answered, but not with a successful LT answer."""


def _query_server(self: Any, url: str, params: Any = None, num_tries: int = 2,
                  method: str = "get", **_ignored: Any) -> Any:
    """language_tool_python's request, with the timeout a deadline for the whole answer
    (a server dripping a byte every few seconds never trips a per-read timeout) and any
    status other than 2xx an error, even with a JSON body."""
    outcome: dict[str, Any] = {}

    def request() -> None:
        try:
            outcome["value"] = _request(url, params, method, self._TIMEOUT,
                                        getattr(self, "_proxies", None))
        except BaseException as error:  # noqa: B036 - handed to the waiting thread
            outcome["error"] = error

    worker = threading.Thread(target=request, name="newslint-languagetool", daemon=True)
    worker.start()
    worker.join(self._TIMEOUT)
    if worker.is_alive():  # the thread is abandoned; the run records the failure and stops asking
        raise TimeoutError(f"no complete answer within {self._TIMEOUT:g} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _request(url: str, params: Any, method: str, timeout: float, proxies: Any) -> Any:
    import requests

    send = requests.post if method == "post" else requests.get
    data = {"data": params} if method == "post" else {"params": params}
    with send(url, timeout=timeout, proxies=proxies, **data) as response:
        if not 200 <= response.status_code < 300:
            body = " ".join(response.text.split())[:200]
            raise ServerError(f"HTTP {response.status_code} from {url}: {body}")
        try:
            return response.json()
        except ValueError:
            raise ServerError(f"{url} answered with something that is not JSON") from None


def _check_hint(reason: str) -> str:
    """How to fix a check request that failed, judging by what went wrong."""
    if "exceeds the limit" in reason:
        return "; set languagetool.max-request-chars below the server's limit"
    if reason in ("connection refused", "connection failed") or reason.startswith("host name"):
        return f"; {_FIX_REMOTE}"
    if reason.startswith("no answer within"):
        return ""
    return "; see the LanguageTool server's log"


def _attribute(item: Any, name: str, old_name: str) -> Any:
    """language_tool_python 3 names Match attributes in snake_case, 2.x in camelCase."""
    value = getattr(item, name, None)
    return getattr(item, old_name, None) if value is None else value


def _reason(error: BaseException, timeout: float) -> str:
    """What went wrong, in a few words: the root cause, not requests' nested repr."""
    chain = _causes(error)
    names = {type(e).__name__ for e in chain}
    text = " ".join(str(e) for e in chain)
    if names & {"ConnectTimeout", "ReadTimeout", "Timeout", "TimeoutError", "timeout"} or (
        "timed out" in text
    ):
        return f"no answer within {timeout:g} s (raise languagetool.timeout if it is just slow)"
    if "ConnectionRefusedError" in names or "Connection refused" in text:
        return "connection refused"
    if "NameResolutionError" in names or "Name or service not known" in text or (
        "nodename nor servname" in text or "Failed to resolve" in text
    ):
        host = _HOST.search(text)
        return f"host name {host.group(1)} not found" if host else "host name not found"
    if names & {"ConnectionError", "NewConnectionError", "MaxRetryError"}:
        return "connection failed"
    if type(error).__name__ == "KeyError":
        return f"the answer is not LanguageTool's JSON (no {error})"
    message = str(error) or type(error).__name__
    return _one_line(message).rstrip(".")


def _causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _one_line(message: str, limit: int = 200) -> str:
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def connection_key(url: str | None, language: str, timeout: float) -> tuple[str, str | None, str, float]:
    return ("languagetool", url, language, timeout)
