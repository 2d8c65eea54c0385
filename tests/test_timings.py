"""--timings: time by phase and by rule on stderr, the report itself unchanged."""

from __future__ import annotations

import io
from pathlib import Path

from newslint.timings import print_timings

from .conftest import run_cli


def test_timings_name_every_phase_and_rule(workdir: Path) -> None:
    (workdir / "story.txt").write_text("The minister said the the talks failed.\n")
    plain = run_cli("check", "--no-cache", "--format", "json", "story.txt", cwd=workdir)
    timed = run_cli("check", "--no-cache", "--timings", "--format", "json", "story.txt", cwd=workdir)
    assert timed.stdout == plain.stdout
    log = timed.stderr.decode()
    for phase in ("read", "parse", "checks", "output", "total"):
        assert f"  {phase}\n" in log, phase
    assert "newslint/doubled-word" in log and "newslint/negation-flip" in log


def test_timings_across_processes_add_up(workdir: Path) -> None:
    for number in range(4):
        (workdir / f"story{number}.txt").write_text(f"Story {number}: the the talks failed.\n")
    timed = run_cli("check", "--no-cache", "--timings", "-j", "2", ".", cwd=workdir)
    assert "newslint/doubled-word" in timed.stderr.decode()


def test_rules_are_listed_slowest_first_with_their_share() -> None:
    stream = io.StringIO()
    print_timings({"read": 0.1, "parse": 0.2, "pack/slow": 0.6, "pack/fast": 0.2, "output": 0.1},
                  [], stream)
    lines = stream.getvalue().splitlines()
    assert lines.index("      0.600   75.0%  pack/slow") < lines.index("      0.200   25.0%  pack/fast")
    assert "      0.800   66.7%  checks" in lines
    assert "      1.200  100.0%  total" in lines
