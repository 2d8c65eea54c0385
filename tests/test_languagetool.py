"""LanguageTool as one more check (issue 8): its matches are ordinary newslint findings.

Everything here runs against ``FakeLanguageTool`` (tests/fake_languagetool.py), a server on
127.0.0.1 that speaks the parts of LT's HTTP API v2 that language_tool_python uses, with
offsets in UTF-16 units as the real one. One test runs against a real LanguageTool when
NEWSLINT_LANGUAGETOOL_URL is set or a local installation exists.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import jsonschema
import pytest

from newslint.check import Resources
from newslint.checks.languagetool.client import Utf16Index, utf16_length
from newslint.cli import main
from newslint.document import Document
from newslint.reporters import FORMATS
from newslint.rules.examples import run_examples
from newslint.rules.loader import builtin_pack_dir, load_pack

from .conftest import ROOT, SEED, run_cli
from .fake_languagetool import FakeLanguageTool

LT_PACK = builtin_pack_dir() / "languagetool"
SPELLING = "languagetool/MORFOLOGIK_RULE_EN_US"

# Astral characters (two UTF-16 units each) before the matches, and one inside a match.
STORY = (
    "Officials 🎉🎉 said the goverment would recieve the the letter , Zinhau reported.\n"
    "\n"
    "\"It was a error,\" Bescent said of 𠮷野家 in Tehran.\n"
)
# The misspelling in the link text is prose; the one in the link target and the one in
# inline code are not, and the front matter title is.
BRIEF = (
    "---\n"
    "title: The goverment plan\n"
    "date: 2025-03-06\n"
    "---\n"
    "# Headline\n"
    "\n"
    "See [the goverment report](https://example.com/recieve) and `recieve` today.\n"
)


@pytest.fixture
def server():
    with FakeLanguageTool() as fake:
        yield fake


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def check_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["check", "--format", "json", "--fail-on", "never", *args])
    return code, json.loads(capsys.readouterr().out)


def spans(report: dict, rule_prefix: str = "languagetool/") -> list[tuple]:
    return [(f["path"], f["line"], f["column"], f["end_line"], f["end_column"], f["rule"])
            for f in report["findings"] if f["rule"].startswith(rule_prefix)]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# -- positions ---------------------------------------------------------------------------------


def test_matches_land_on_the_right_columns_after_and_around_astral_characters(
    workdir: Path, server: FakeLanguageTool, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir, "story.txt", STORY)
    code, report = check_json(capsys, f"--languagetool={server.url}", "story.txt")
    assert code == 0
    assert spans(report) == [
        ("story.txt", 1, 23, 1, 32, SPELLING),                                  # goverment
        ("story.txt", 1, 39, 1, 46, SPELLING),                                  # recieve
        ("story.txt", 1, 47, 1, 54, "languagetool/ENGLISH_WORD_REPEAT_RULE"),   # the the
        ("story.txt", 1, 61, 1, 63, "languagetool/COMMA_PARENTHESIS_WHITESPACE"),
        ("story.txt", 1, 64, 1, 70, SPELLING),                                  # Zinhau
        ("story.txt", 3, 9, 3, 10, "languagetool/EN_A_VS_AN"),                  # a error
        ("story.txt", 3, 19, 3, 26, SPELLING),                                  # Bescent
        ("story.txt", 3, 35, 3, 38, SPELLING),                                  # 𠮷野家
    ]
    goverment = report["findings"][0]
    assert goverment["category"] == "fluency/spelling"
    assert goverment["check"] == "languagetool"
    assert goverment["message"] == "Possible spelling mistake found."
    assert goverment["suggestions"] == ["government", "governments"]
    comma = next(f for f in report["findings"] if f["rule"].endswith("WHITESPACE"))
    assert (comma["category"], comma["severity"]) == ("fluency/punctuation", "info")


def test_markdown_link_text_and_front_matter_are_checked_link_targets_and_code_never(
    workdir: Path, server: FakeLanguageTool, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir, "brief.md", BRIEF)
    _, report = check_json(capsys, f"--languagetool={server.url}", "brief.md")
    assert spans(report) == [
        ("brief.md", 2, 12, 2, 21, SPELLING),   # title: The goverment plan
        ("brief.md", 7, 10, 7, 19, SPELLING),   # [the goverment report](...)
    ]
    sent = "".join(params["text"] for params in server.checks())
    assert "goverment report" in sent
    assert "recieve" not in sent and "example.com" not in sent and "2025" not in sent


def test_languagetool_findings_merge_and_sort_with_newslint_findings(
    workdir: Path, server: FakeLanguageTool, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir, "story.txt", STORY)
    write(workdir, "brief.md", BRIEF)
    _, report = check_json(capsys, f"--languagetool={server.url}", ".")
    rules = {f["rule"] for f in report["findings"]}
    assert "newslint/doubled-word" in rules and SPELLING in rules
    keys = [(f["path"], f["line"], f["column"], f["rule"]) for f in report["findings"]]
    assert keys == sorted(keys)
    doubled = [f["rule"] for f in report["findings"] if (f["path"], f["line"], f["column"]) ==
               ("story.txt", 1, 47)]
    assert doubled == ["languagetool/ENGLISH_WORD_REPEAT_RULE", "newslint/doubled-word"]


def test_the_seed_directory_gets_languagetool_findings_next_to_newslint_findings(
    server: FakeLanguageTool,
) -> None:
    """The issue's acceptance run: ``newslint check --languagetool=URL seeds/``."""
    result = run_cli("check", "--format", "json", "--fail-on", "never",
                     f"--languagetool={server.url}", "seeds/", cwd=ROOT)
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    lines = SEED.read_text(encoding="utf-8").splitlines()
    misspelled = [(f["line"], f["column"], lines[f["line"] - 1][f["column"] - 1: f["end_column"] - 1])
                  for f in report["findings"] if f["rule"] == SPELLING]
    assert (6, 82, "Bescent") in misspelled and (6, 269, "Bescent") in misspelled
    # Khamenei is in the built-in gazetteer: LT's speller does not know him, newslint does.
    assert "Khamenei" in SEED.read_text(encoding="utf-8")
    assert "Khamenei" not in {word for _, _, word in misspelled}
    assert any(f["rule"].startswith("newslint/") for f in report["findings"])
    assert server.count("/v2/languages") == 1


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_output_format_carries_languagetool_findings(
    fmt: str, workdir: Path, server: FakeLanguageTool, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        import_module(FORMATS[fmt])
    except ImportError:
        pytest.skip(f"the {fmt} reporter is not in this tree")
    write(workdir, "story.txt", STORY)
    main(["check", "--format", fmt, "--fail-on", "never", f"--languagetool={server.url}",
          "story.txt"])
    out = capsys.readouterr().out
    if fmt == "text":
        assert ("story.txt:3:35: warning languagetool/MORFOLOGIK_RULE_EN_US "
                "Possible spelling mistake found.\n") in out
        assert "story.txt:1:23: warning languagetool/MORFOLOGIK_RULE_EN_US" in out
    elif fmt == "json":
        assert ("story.txt", 3, 35, 3, 38, SPELLING) in spans(json.loads(out))
    elif fmt == "sarif":
        log = json.loads(out)
        schema = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text())
        jsonschema.Draft4Validator(schema).validate(log)
        run = log["runs"][0]
        described = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
        results = [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"])
                   for r in run["results"]]
        assert (SPELLING, {"startLine": 3, "startColumn": 35, "endLine": 3, "endColumn": 38}) \
            in results
        assert {rule for rule, _ in results} <= described
    elif fmt == "github":
        assert ("::warning file=story.txt,line=3,col=35,endLine=3,endColumn=38,"
                "title=languagetool/MORFOLOGIK_RULE_EN_US::") in out
    else:
        assert "MORFOLOGIK_RULE_EN_US" in out


# -- when LanguageTool is not there --------------------------------------------------------------


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> str:
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if "LanguageTool" in line]
    assert len(lines) == 1, stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def test_an_unreachable_server_is_one_line_exit_2_and_other_findings_still_print(
    workdir: Path,
) -> None:
    write(workdir, "story.txt", STORY)
    write(workdir, "other.txt", "Officials travelled to to Geneva.\n")
    url = f"http://127.0.0.1:{closed_port()}"
    result = run_cli("check", f"--languagetool={url}", ".", cwd=workdir)
    line = assert_one_line_error(result, url, "connection refused", "--languagetool=URL")
    assert line.startswith("newslint: error: languagetool/languagetool: ")
    out = result.stdout.decode()
    assert "story.txt:1:47: error newslint/doubled-word" in out
    assert "other.txt:1:21: error newslint/doubled-word" in out
    assert "languagetool/" not in out


def test_the_json_report_lists_the_languagetool_error_once(workdir: Path) -> None:
    write(workdir, "a.txt", STORY)
    write(workdir, "b.txt", STORY)
    result = run_cli("check", "--format", "json",
                     f"--languagetool=http://127.0.0.1:{closed_port()}", ".", cwd=workdir)
    report = json.loads(result.stdout)
    assert result.returncode == 2
    assert [e["path"] for e in report["errors"]] == [None]  # a run error, not a file's
    assert report["errors"][0]["message"].startswith("languagetool/languagetool: ")
    assert {f["path"] for f in report["findings"]} == {"a.txt", "b.txt"}


def test_a_server_error_is_one_line(workdir: Path) -> None:
    write(workdir, "story.txt", STORY)
    with FakeLanguageTool(fail_status=500) as broken:
        result = run_cli("check", f"--languagetool={broken.url}", "story.txt", cwd=workdir)
    assert_one_line_error(result, broken.url, "failed to check a text",
                          "java.lang.OutOfMemoryError", "server's log")


def test_a_server_with_a_lower_size_limit_is_one_line_that_names_the_setting(
    workdir: Path,
) -> None:
    write(workdir, "story.txt", STORY)
    with FakeLanguageTool(max_text_length=50) as strict:
        result = run_cli("check", f"--languagetool={strict.url}", "story.txt", cwd=workdir)
    assert_one_line_error(result, "exceeds the limit of 50", "languagetool.max-request-chars")


def test_a_slow_server_times_out_with_one_line(workdir: Path) -> None:
    write(workdir, ".newslint.yaml", "languagetool: {timeout: 0.3}\n")
    write(workdir, "story.txt", STORY)
    with FakeLanguageTool(delay=2) as slow:
        result = run_cli("check", f"--languagetool={slow.url}", "story.txt", cwd=workdir)
    assert_one_line_error(result, "no answer within 0.3 s", "languagetool.timeout")


def test_a_language_the_server_does_not_know_is_one_line(
    workdir: Path, server: FakeLanguageTool
) -> None:
    write(workdir, ".newslint.yaml", "languagetool: {language: xx-YY}\n")
    write(workdir, "story.txt", STORY)
    result = run_cli("check", f"--languagetool={server.url}", "story.txt", cwd=workdir)
    assert_one_line_error(result, "does not support language 'xx-YY'")


def test_a_managed_server_without_java_is_one_line(workdir: Path) -> None:
    write(workdir, "story.txt", STORY)
    env = {**os.environ, "PATH": str(Path(sys.executable).parent),
           "LTP_PATH": str(workdir / "lt-cache")}
    result = subprocess.run([sys.executable, "-m", "newslint", "check", "--languagetool",
                             "story.txt"], cwd=workdir, env=env, capture_output=True, timeout=120)
    assert_one_line_error(result, "Java not found", "Java 17", "--languagetool=URL")
    assert "newslint/doubled-word" in result.stdout.decode()


def test_without_languagetool_it_is_never_imported_nor_its_pack_loaded(workdir: Path) -> None:
    write(workdir, "story.txt", STORY)
    probe = (
        "import sys\n"
        "from newslint.cli import main\n"
        "code = main(['check', '--format', 'json', 'story.txt'])\n"
        "loaded = [m for m in ('language_tool_python', 'newslint.checks.languagetool.check',\n"
        "          'newslint.checks.languagetool.client', 'requests') if m in sys.modules]\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=workdir, capture_output=True,
                            timeout=120)
    assert "LOADED []" in result.stderr.decode(), result.stderr.decode()
    assert "languagetool/" not in result.stdout.decode()


# -- one connection, requests within LT's limits -----------------------------------------------


def test_one_connection_per_run_and_one_request_per_short_document(
    workdir: Path, server: FakeLanguageTool, capsys: pytest.CaptureFixture[str]
) -> None:
    for index in range(4):
        write(workdir, f"story{index}.txt", STORY)
    check_json(capsys, f"--languagetool={server.url}", ".")
    assert server.count("/v2/languages") == 1
    assert len(server.checks()) == 4


def test_long_documents_go_in_requests_within_the_size_limit(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    limit = 300
    paragraphs = [f"Paragraph {n} 🎉 says the goverment met." for n in range(40)]
    # One paragraph far over the limit: cut at sentence ends, then at spaces.
    paragraphs.append(" ".join(f"Sentence {n} 🎉 names the goverment." for n in range(30))
                      + " " + "word " * 80 + "goverment.")
    write(workdir, ".newslint.yaml", f"languagetool: {{max-request-chars: {limit}}}\n")
    write(workdir, "long.txt", "\n\n".join(paragraphs) + "\n")
    with FakeLanguageTool(max_text_length=limit) as strict:
        code, report = check_json(capsys, f"--languagetool={strict.url}", "long.txt")
        sizes = [utf16_length(params["text"]) for params in strict.checks()]
    assert code == 0, report["errors"]
    assert len(sizes) > 5 and max(sizes) <= limit
    found = [(f["line"], f["column"]) for f in report["findings"] if f["rule"] == SPELLING]
    source = (workdir / "long.txt").read_text(encoding="utf-8").splitlines()
    expected = [(number, column + 1) for number, line in enumerate(source, 1)
                for column in _find_all(line, "goverment")]
    assert found == expected and len(found) == 40 + 31


def _find_all(line: str, word: str) -> list[int]:
    found, start = [], line.find(word)
    while start >= 0:
        found.append(start)
        start = line.find(word, start + 1)
    return found


def test_all_rules_of_a_run_share_one_client() -> None:
    resources = Resources(settings={"languagetool": {"url": "http://127.0.0.1:1"}})
    first, second = (load_pack(LT_PACK, "languagetool", resources)[0].check for _ in range(2))
    assert first._client() is second._client()


# -- vocabulary, gazetteers, configuration, suppression ----------------------------------------


def test_known_names_and_vocabulary_are_never_misspellings(
    workdir: Path, server: FakeLanguageTool, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir, "people.yaml",
          "entities:\n  - {name: Xinhua News Agency, kind: organization, aliases: [Xinhua]}\n")
    write(workdir, ".newslint.yaml", "vocabulary: [Araghchi]\ngazetteers: [people.yaml]\n")
    write(workdir, "names.txt",
          "KHAMENEI WARNS WASHINGTON\n\n"
          "President Masoud Pezeshkian and Khamenei's envoy Araghchi spoke to Xinhua.\n"
          "Bescent said the goverment agreed.\n")
    _, report = check_json(capsys, f"--languagetool={server.url}", "names.txt")
    assert [(line, column) for _, line, column, *_ in spans(report)] == [(4, 1), (4, 18)]


def test_configuration_and_suppression_comments_name_languagetool_rules(
    workdir: Path, server: FakeLanguageTool, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir, ".newslint.yaml",
          "ignore: [languagetool/EN_A_VS_AN]\n"
          "severity: {languagetool/ENGLISH_WORD_REPEAT_RULE: error}\n"
          "per-file-ignores: {'quiet.txt': [languagetool/MORFOLOGIK_RULE_EN_US]}\n")
    write(workdir, "quiet.txt", "It was a error in the goverment.\n")
    write(workdir, "page.md",
          "<!-- newslint-disable-next-line MORFOLOGIK_RULE_EN_US -->\n"
          "The goverment said it was a error.\n"
          "\n"
          "<!-- newslint-disable languagetool -->\n"
          "The goverment said it would recieve the the letter.\n"
          "<!-- newslint-enable -->\n"
          "\n"
          "Officials said the the goverment agreed.\n")
    _, report = check_json(capsys, f"--languagetool={server.url}", ".")
    found = [(f["path"], f["line"], f["rule"], f["severity"]) for f in report["findings"]
             if f["rule"].startswith("languagetool/")]
    assert found == [
        ("page.md", 8, "languagetool/ENGLISH_WORD_REPEAT_RULE", "error"),
        ("page.md", 8, SPELLING, "warning"),
    ]


def test_the_rule_file_and_the_configuration_decide_what_is_sent(
    workdir: Path, server: FakeLanguageTool, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir, ".newslint.yaml",
          "languagetool:\n"
          "  language: en-GB\n"
          "  disabled-rules: [EN_A_VS_AN]\n"
          "  enabled-rules: [EN_QUOTES]\n"
          "  enabled-categories: [STYLE]\n"
          "  severity: {fluency/spelling: error}\n")
    write(workdir, "story.txt", STORY)
    _, report = check_json(capsys, f"--languagetool={server.url}", "story.txt")
    params = server.checks()[0]
    disabled = set(params["disabledRules"].split(","))
    assert {"EN_A_VS_AN", "DASH_RULE", "PUNCTUATION_PARAGRAPH_END"} <= disabled
    assert "EN_QUOTES" not in disabled and params["enabledRules"] == "EN_QUOTES"
    assert params["enabledCategories"] == "STYLE" and params["language"] == "en-GB"
    rules = {f["rule"]: f["severity"] for f in report["findings"]}
    assert rules[SPELLING] == "error" and "languagetool/EN_QUOTES" in rules
    assert "languagetool/EN_A_VS_AN" not in rules


def test_straight_quotes_and_other_house_style_typography_are_off_by_default(
    workdir: Path, server: FakeLanguageTool, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir, "story.txt", STORY)
    _, report = check_json(capsys, f"--languagetool={server.url}", "story.txt")
    assert "languagetool/EN_QUOTES" not in {f["rule"] for f in report["findings"]}


def test_languagetool_also_runs_when_the_configuration_selects_other_rules(
    workdir: Path, server: FakeLanguageTool, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir, ".newslint.yaml", f"select: [newslint/doubled-word]\n"
          f"languagetool: {{enabled: true, url: '{server.url}'}}\n")
    write(workdir, "story.txt", STORY)
    # A bare --languagetool takes the configured URL and leaves the path after it alone.
    code = main(["check", "--format", "json", "--fail-on", "never", "--languagetool",
                 "story.txt"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {f["rule"].split("/")[0] for f in report["findings"]} == {"newslint", "languagetool"}


@pytest.mark.parametrize(("config", "message"), [
    ("languagetool: {url: 8081}\n", "'languagetool.url' must be an http:// or https:// URL"),
    ("languagetool: {timeout: 0}\n", "'languagetool.timeout' must be a number of seconds"),
    ("languagetool: {enable: true}\n", "unknown key 'languagetool.enable'"),
    ("languagetool: {severity: {style: loud}}\n", "'languagetool.severity' must be a mapping"),
    ("languagetool: {max-request-chars: 10}\n", "at least 200"),
])
def test_invalid_languagetool_settings_are_located_one_line_errors(
    workdir: Path, config: str, message: str
) -> None:
    write(workdir, ".newslint.yaml", config)
    write(workdir, "story.txt", STORY)
    result = run_cli("check", "story.txt", cwd=workdir)
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in stderr
    assert message in stderr and ".newslint.yaml:1:" in stderr


def test_a_languagetool_flag_without_a_url_scheme_is_a_usage_error(workdir: Path) -> None:
    write(workdir, "story.txt", STORY)
    result = run_cli("check", "--languagetool=localhost:8081", "story.txt", cwd=workdir)
    assert result.returncode == 2
    assert "expected an http:// or https:// URL" in result.stderr.decode()


# -- the rule pack ---------------------------------------------------------------------------


def test_the_rule_examples_hold_against_the_stand_in_server(server: FakeLanguageTool) -> None:
    resources = Resources(settings={"languagetool": {"url": server.url}})
    results = run_examples(load_pack(LT_PACK, "languagetool", resources))
    assert results and all(result.passed for result in results), [
        result.describe() for result in results if not result.passed]


def test_test_rules_runs_the_pack_against_a_server_and_skips_it_otherwise(
    server: FakeLanguageTool,
) -> None:
    named = run_cli("test-rules", str(LT_PACK), f"--languagetool={server.url}", cwd=ROOT)
    assert named.returncode == 0, named.stdout.decode()
    default = run_cli("test-rules", cwd=ROOT)
    assert default.returncode == 0 and server.count("/v2/languages") == 1


def test_rules_lists_the_languagetool_rule_as_off_until_enabled(workdir: Path) -> None:
    listed = run_cli("rules", cwd=workdir).stdout.decode()
    line = next(line for line in listed.splitlines() if line.startswith("languagetool/"))
    assert line.startswith("languagetool/languagetool") and line.endswith("(off)")
    write(workdir, ".newslint.yaml", "languagetool: {enabled: true}\n")
    listed = run_cli("rules", cwd=workdir).stdout.decode()
    assert not next(line for line in listed.splitlines()
                    if line.startswith("languagetool/")).endswith("(off)")


def test_every_disabled_rule_in_the_rule_file_says_why() -> None:
    lines = (LT_PACK / "languagetool.yaml").read_text(encoding="utf-8").splitlines()
    start = lines.index("disabled_rules:") + 1
    block = lines[start: next(i for i in range(start, len(lines)) if not lines[i].startswith(" "))]
    for index, line in enumerate(block):
        if line.strip().startswith("- "):
            previous = block[index - 1].strip() if index else ""
            assert previous.startswith(("#", "- ")), f"no reason given for {line.strip()}"
    assert block[0].strip().startswith("#")


# -- offsets -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["plain text", "🎉a🎉🎉b", "𠮷野家 and 😀", ""])
def test_utf16_offsets_round_trip(text: str) -> None:
    index = Utf16Index(text)
    units = 0
    for offset, char in enumerate(text):
        assert index.to_utf16(offset) == units
        assert index.to_code_points(units) == offset
        units += 2 if ord(char) > 0xFFFF else 1
    assert index.to_utf16(len(text)) == units == utf16_length(text)
    assert index.to_code_points(units) == len(text)


def test_a_utf16_offset_inside_a_surrogate_pair_maps_to_the_character() -> None:
    assert Utf16Index("a🎉b").to_code_points(2) == 1


def test_a_document_without_prose_opens_no_connection() -> None:
    resources = Resources(settings={"languagetool": {"url": "http://127.0.0.1:1"}})
    check = load_pack(LT_PACK, "languagetool", resources)[0].check
    assert list(check.run(Document("empty.txt", "\n\n"))) == []
    assert check._client()._tool is None


# -- a real LanguageTool -------------------------------------------------------------------------


def _real_languagetool() -> list[str] | None:
    """``--languagetool`` arguments for a real LanguageTool, if this machine has one."""
    url = os.environ.get("NEWSLINT_LANGUAGETOOL_URL")
    if url:
        return [f"--languagetool={url}"]
    cache = Path(os.environ.get("LTP_PATH", Path.home() / ".cache" / "language_tool_python"))
    installed = os.environ.get("LTP_JAR_DIR_PATH") or (
        cache.is_dir() and any(p.is_dir() for p in cache.glob("LanguageTool-*")))
    return ["--languagetool"] if installed and shutil.which("java") else None


@pytest.mark.skipif(_real_languagetool() is None,
                    reason="no real LanguageTool: set NEWSLINT_LANGUAGETOOL_URL, or install one "
                           "where language_tool_python finds it (Java 17+ and LTP_PATH or "
                           "~/.cache/language_tool_python)")
def test_against_a_real_languagetool(workdir: Path) -> None:
    write(workdir, "real.md",
          "# Talks 🎉 resume\n\n"
          "The 🎉 goverment of [President Masoud Pezeshkian](https://example.com/goverment) "
          "said the talks would resume.\n")
    result = run_cli("check", "--format", "json", "--fail-on", "never",
                     *(_real_languagetool() or []), "real.md", cwd=workdir)
    assert result.returncode == 0, result.stderr.decode()
    findings = json.loads(result.stdout)["findings"]
    spelling = [(f["line"], f["column"], f["end_column"]) for f in findings
                if f["rule"].startswith("languagetool/MORFOLOGIK_RULE")]
    assert spelling == [(3, 7, 16)]
    assert not [f for f in findings if f["rule"].startswith("languagetool/MORFOLOGIK_RULE")
                and f["line"] == 3 and f["column"] > 20]
