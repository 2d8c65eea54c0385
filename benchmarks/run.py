"""How fast newslint lints: words per second in-process, and the start-up cost of a run.

    python benchmarks/run.py DIRECTORY [-n 5] [--select RULES] [--by-rule]

Lints DIRECTORY (or a file) N times in this process with the built-in rules, through the
same engine the command line uses (reading, decoding, parsing and checking every file),
and reports the median run. Then runs ``newslint check`` once per repetition as a
subprocess on one small file, against ``python -c "import yaml"`` as the floor that any
Python tool pays, so start-up cost (imports, rule loading) is visible separately from
throughput. ``--by-rule`` adds seconds per rule over the same documents.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newslint.config.settings import Config, is_selected
from newslint.engine import RunSettings, check_files, read_document
from newslint.io.decoding import DecodeError
from newslint.io.files import collect_files
from newslint.rules.loader import Rule


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a directory (walked as newslint does) or a file")
    parser.add_argument("-n", "--repeat", type=int, default=5, help="in-process runs (default 5)")
    parser.add_argument("--select", help="comma-separated rule ids or prefixes (default: all "
                                         "rules that are on by default)")
    parser.add_argument("--by-rule", action="store_true", help="also time each rule on its own")
    options = parser.parse_args()

    started = time.perf_counter()
    rules = load_rules(options.select)
    loading = time.perf_counter() - started
    files = list(collect_files([options.path], [], Path.cwd().resolve()))
    if not files:
        print(f"no files to lint under {options.path}", file=sys.stderr)
        return 2

    timings, report = [], None
    for _ in range(max(1, options.repeat)):
        started = time.perf_counter()
        report = check_files(files, rules, RunSettings())
        timings.append(time.perf_counter() - started)
    seconds = statistics.median(timings)
    print(f"rules:          {len(rules)} (loaded in {loading:.3f} s)")
    print(f"files:          {report.files}" + (f" ({len(report.errors)} unreadable)"
                                               if report.errors else ""))
    print(f"words:          {report.words}")
    print(f"findings:       {len(report.findings)}")
    print(f"seconds:        {seconds:.3f} (median of {len(timings)}; best {min(timings):.3f})")
    print(f"words/second:   {report.words / seconds:,.0f}")
    if options.by_rule:
        print_rule_timings(files, rules)
    newslint, floor = startup_times(max(3, options.repeat))
    print(f"start-up:       newslint check on one small file {newslint * 1000:.0f} ms; "
          f"python -c 'import yaml' {floor * 1000:.0f} ms (medians)")
    return 0


def load_rules(select: str | None) -> list[Rule]:
    """The built-in rules a default run uses (or those ``select`` names), loaded once."""
    from newslint.commands import load_all_rules

    chosen = [s.strip() for s in select.split(",")] if select else None
    return [rule for rule in load_all_rules(Config())
            if is_selected(rule.id, rule.enabled, chosen, [])]


def print_rule_timings(files: list[tuple[str, Path | None]], rules: list[Rule]) -> None:
    """Seconds per rule over documents built and segmented beforehand, so each rule's
    figure is its own work and not the shared segmentation that the first rule would pay."""
    documents = []
    for shown, path in files:
        if path is None:
            continue
        try:
            document = read_document(shown, path.read_bytes())
        except (OSError, DecodeError):  # unreadable files are reported by the main run
            continue
        document.tokens, document.sentences, document.quotes  # noqa: B018 - warm the caches
        documents.append(document)
    rows = []
    for rule in rules:
        started = time.perf_counter()
        for document in documents:
            for _ in rule.check.run(document):
                pass
        rows.append((time.perf_counter() - started, rule.id))
    print("seconds by rule:")
    for seconds, rule_id in sorted(rows, reverse=True):
        print(f"  {seconds:8.3f}  {rule_id}")


def startup_times(repeat: int) -> tuple[float, float]:
    """Median wall time of ``newslint check`` on one sentence, and of importing yaml."""
    with tempfile.TemporaryDirectory() as directory:
        small = Path(directory) / "small.txt"
        small.write_text("The minister arrived in Geneva on Monday for talks.\n", encoding="utf-8")
        newslint = [sys.executable, "-m", "newslint", "check", str(small)]
        floor = [sys.executable, "-c", "import yaml"]
        return (_median_run(newslint, directory, repeat), _median_run(floor, directory, repeat))


def _median_run(command: list[str], cwd: str, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, capture_output=True, check=False)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


if __name__ == "__main__":
    sys.exit(main())
