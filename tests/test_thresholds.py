"""--fail-on decides the exit status, --min-severity decides what is shown; neither moves
the other (docs/configuration.md, README Commands). Both also come from the configuration; flags win."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.cli import main

# One error (doubled word), one warning (Russian-derived place name) and, with the config
# below, one info (stem repetition turned down to info).
ARTICLE = (
    "The minister said the the talks would resume.\n"
    "Missiles struck Kiev overnight.\n"
    "The deep-rooted distrust is rooted in decades of interference.\n"
)
INFO_CONFIG = "severity: {newslint/stem-repetition: info}\n"
SEVERITIES = ("error", "warning", "info")
RANK = {"info": 0, "warning": 1, "error": 2, "never": 3}


@pytest.fixture
def article(workdir: Path) -> Path:
    (workdir / ".newslint.yaml").write_text(INFO_CONFIG)
    path = workdir / "article.txt"
    path.write_text(ARTICLE)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], str]:
    code = main(["check", "--format", "json", *args])
    captured = capsys.readouterr()
    return code, json.loads(captured.out)["findings"], captured.err


def test_the_article_has_one_finding_of_each_severity(article: Path, capsys) -> None:
    code, findings, _ = run(capsys, "--fail-on", "never", "article.txt")
    assert code == 0
    assert sorted(f["severity"] for f in findings) == ["error", "info", "warning"]


@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
@pytest.mark.parametrize("min_severity", SEVERITIES)
def test_every_combination_is_independent(article: Path, capsys, fail_on: str,
                                          min_severity: str) -> None:
    code, findings, _ = run(capsys, "--fail-on", fail_on, "--min-severity", min_severity,
                            "article.txt")
    # The exit status depends on fail_on alone: the article has a finding of every severity.
    assert code == (0 if fail_on == "never" else 1)
    # What is shown depends on min_severity alone.
    shown = {f["severity"] for f in findings}
    assert shown == {s for s in SEVERITIES if RANK[s] >= RANK[min_severity]}


def test_a_hidden_warning_still_fails_and_the_user_is_told_why(workdir: Path, capsys) -> None:
    (workdir / "w.txt").write_text("Missiles struck Kiev overnight.\n")
    code, findings, err = run(capsys, "--fail-on", "warning", "--min-severity", "error", "w.txt")
    assert code == 1
    assert findings == []
    assert "1 finding at or above --fail-on warning not shown (below --min-severity error)" in err


def test_a_shown_warning_does_not_fail_below_fail_on(workdir: Path, capsys) -> None:
    (workdir / "w.txt").write_text("Missiles struck Kiev overnight.\n")
    code, findings, err = run(capsys, "--fail-on", "error", "--min-severity", "info", "w.txt")
    assert code == 0
    assert [f["rule"] for f in findings] == ["newslint/russian-place-names"]
    assert "not shown" not in err


def test_summary_counts_what_is_shown(article: Path, capsys) -> None:
    assert main(["check", "--format", "json", "--min-severity", "warning", "article.txt"]) == 1
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert (summary["findings"], summary["error"], summary["warning"], summary["info"]) == (
        2, 1, 1, 0)


def test_both_thresholds_come_from_the_config(workdir: Path, capsys) -> None:
    (workdir / ".newslint.yaml").write_text("fail-on: warning\nmin-severity: error\n")
    (workdir / "w.txt").write_text("Missiles struck Kiev overnight.\n")
    code, findings, _ = run(capsys, "w.txt")
    assert (code, findings) == (1, [])


def test_flags_win_over_the_config(workdir: Path, capsys) -> None:
    (workdir / ".newslint.yaml").write_text("fail-on: warning\nmin-severity: error\n")
    (workdir / "w.txt").write_text("Missiles struck Kiev overnight.\n")
    code, findings, _ = run(capsys, "--fail-on", "error", "--min-severity", "warning", "w.txt")
    assert code == 0
    assert [f["severity"] for f in findings] == ["warning"]


def test_an_invalid_threshold_in_the_config_is_a_located_error(workdir: Path, capsys) -> None:
    (workdir / ".newslint.yaml").write_text("min-severity: loud\n")
    (workdir / "w.txt").write_text("Fine.\n")
    assert main(["check", "w.txt"]) == 2
    assert ".newslint.yaml:1:15: 'min-severity' must be one of error, warning, info" in (
        capsys.readouterr().err)


def test_fail_on_never_still_exits_2_on_an_unreadable_file(workdir: Path, capsys) -> None:
    (workdir / "bad.txt").write_bytes(b"caf\xe9\n")
    assert main(["check", "--fail-on", "never", "bad.txt"]) == 2
