"""The seed article: what a careful editor flags in it (seeds/*.expected.yaml)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from .conftest import ROOT, SEED, SEED_EXPECTED

EXPECTED = yaml.safe_load(SEED_EXPECTED.read_text())


@pytest.fixture(scope="module")
def findings() -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "json", "--fail-on", "never",
         str(SEED)], capture_output=True, cwd=ROOT, timeout=300, check=True)
    return json.loads(result.stdout)["findings"]


def covers(finding: dict, item: dict) -> bool:
    """A finding covers an expected span when the two overlap on its line."""
    if not finding["line"] <= item["line"] <= finding["end_line"]:
        return False
    start = finding["column"] if finding["line"] == item["line"] else 1
    end = finding["end_column"] if finding["end_line"] == item["line"] else 10**9
    return start < item["end_column"] and item["column"] < max(end, start + 1)


@pytest.mark.parametrize("item", EXPECTED["must"], ids=lambda i: f"{i['kind']}-{i['text']}")
def test_must_items_are_flagged(findings: list[dict], item: dict) -> None:
    assert any(covers(f, item) for f in findings), f"not flagged: {item['text']!r} ({item['why']})"


@pytest.mark.parametrize("item", EXPECTED["clean"], ids=lambda i: i["text"])
def test_clean_items_are_not_flagged(findings: list[dict], item: dict) -> None:
    flagged = [f for f in findings if covers(f, item)]
    assert not flagged, f"{item['text']!r} wrongly flagged by {[f['rule'] for f in flagged]}"
