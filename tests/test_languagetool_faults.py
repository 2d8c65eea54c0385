"""LanguageTool servers that misbehave: nothing they do passes silently or stretches a
finding over text LT was not talking about."""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from typing import Any

from .conftest import run_cli
from .fake_languagetool import FakeLanguageTool

STORY = "Officials said the goverment would decide on Monday.\n"


class ErrorWithJsonBody(FakeLanguageTool):
    """Answers a check with HTTP 500 and a JSON body that looks like an answer."""

    def answer(self, method: str, path: str, params: dict[str, str]) -> tuple[int, Any]:
        status, body = super().answer(method, path, params)
        return (500, body) if path == "/v2/check" else (status, body)


class MatchBeyondTheText(FakeLanguageTool):
    """Adds a match that starts inside the text and runs 10^9 units past its end."""

    def answer(self, method: str, path: str, params: dict[str, str]) -> tuple[int, Any]:
        status, body = super().answer(method, path, params)
        if path == "/v2/check" and status == 200:
            wild = json.loads(json.dumps(body["matches"][0]))
            wild.update(offset=5, length=10**9)
            wild["rule"]["id"] = "WILD_RULE"
            body["matches"].append(wild)
        return status, body


class Dripping(FakeLanguageTool):
    """Sends a check's answer one byte every 0.4 s: each read is quick, the whole is not."""

    def _handler(self) -> type:
        handler = super()._handler()

        class Drip(handler):  # type: ignore[misc, valid-type]
            def _reply(self, status: int, body: Any) -> None:
                if self.path != "/v2/check":
                    return super()._reply(status, body)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                with contextlib.suppress(OSError):
                    for index in range(len(data)):
                        self.wfile.write(data[index:index + 1])
                        self.wfile.flush()
                        time.sleep(0.4)
                return None

        return Drip


def write(directory: Path, name: str, text: str) -> None:
    (directory / name).write_text(text, encoding="utf-8")


def test_an_error_status_is_an_error_even_with_a_json_body(workdir: Path) -> None:
    write(workdir, "story.txt", STORY)
    with ErrorWithJsonBody() as server:
        result = run_cli("check", "--format", "json", f"--languagetool={server.url}", "story.txt",
                         cwd=workdir)
    assert result.returncode == 2
    (error,) = json.loads(result.stdout)["errors"]
    assert "HTTP 500" in error["message"]


def test_a_match_outside_the_text_is_dropped(workdir: Path) -> None:
    write(workdir, "story.txt", STORY)
    with MatchBeyondTheText() as server:
        result = run_cli("check", "--format", "json", f"--languagetool={server.url}", "story.txt",
                         cwd=workdir)
    report = json.loads(result.stdout)
    rules = [f["rule"] for f in report["findings"] if f["rule"].startswith("languagetool/")]
    assert rules == ["languagetool/MORFOLOGIK_RULE_EN_US"], result.stderr
    assert report["errors"] == []


def test_the_timeout_is_a_deadline_for_the_whole_answer(workdir: Path) -> None:
    write(workdir, ".newslint.yaml", "languagetool: {timeout: 1}\n")
    write(workdir, "story.txt", STORY)
    with Dripping() as server:
        result = run_cli("check", "--format", "json", f"--languagetool={server.url}", "story.txt",
                         cwd=workdir)
    assert result.returncode == 2
    (error,) = json.loads(result.stdout)["errors"]
    assert "within 1 s" in error["message"]
