"""A third-party check installs as a package and runs with no change to newslint
(README, Writing a check plugin)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newslint.plugins import available_checks

FIXTURE = Path(__file__).parent / "fixtures" / "plugin_dist"

RULE = """\
id: no-shouting
check: shouting
min_length: 5
severity: warning
category: style/capitalisation
description:
  what: A word of five capitals or more in running text ("FURIOUS").
  why: Capitals read as shouting, and news copy does not shout.
  instead: Write the word in lower case.
examples:
  - text: "The minister was FURIOUS."
    flags: ["FURIOUS"]
  - text: "The minister was furious."
    flags: []
"""


def test_builtin_checks_are_registered_as_entry_points() -> None:
    names = set(available_checks())
    assert {"existence", "substitution", "repetition"} <= names
    for name in ("existence", "substitution", "repetition"):
        assert available_checks()[name].value.startswith("newslint.checks.")


def test_a_third_party_check_is_found_through_its_entry_point(tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
         str(FIXTURE)],
        check=True, capture_output=True, timeout=600,
    )
    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "no-shouting.yaml").write_text(RULE)
    (tmp_path / ".newslint.yaml").write_text("packs: [newslint, house]\n")
    (tmp_path / "story.txt").write_text("Officials were ANGRY and the mood was tense.\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}

    result = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "json", "story.txt"],
        cwd=tmp_path, env=env, capture_output=True, timeout=120,
    )
    findings = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["check"], f["column"]) for f in findings] == [
        ("house/no-shouting", "shouting", 16)]

    tested = subprocess.run(
        [sys.executable, "-m", "newslint", "test-rules", str(pack)],
        cwd=tmp_path, env=env, capture_output=True, timeout=120,
    )
    assert tested.returncode == 0, tested.stdout


def test_without_the_plugin_the_rule_is_a_located_error(tmp_path: Path) -> None:
    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "no-shouting.yaml").write_text(RULE)
    (tmp_path / ".newslint.yaml").write_text("packs: [house]\n")
    (tmp_path / "story.txt").write_text("Calm.\n")
    result = subprocess.run([sys.executable, "-m", "newslint", "check", "story.txt"],
                            cwd=tmp_path, capture_output=True, timeout=120)
    assert result.returncode == 2
    assert "no-shouting.yaml:2:8: unknown check 'shouting'" in result.stderr.decode()
