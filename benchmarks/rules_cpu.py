"""CPU seconds per phase and per rule of one cold, command-line-like run.

    python benchmarks/rules_cpu.py DIRECTORY... [--repeat 3] [--json OUT]
    PYTHONPATH=/path/to/other/checkout python benchmarks/rules_cpu.py DIRECTORY...

Checks the files as ``newslint check --no-cache --timings`` does (rules loaded once,
every file read, parsed and checked once, word-table look-ups cold), but counts CPU time
of this process instead of wall-clock time, so that figures taken on a busy machine
(other jobs, other checkouts measured in turn) stay comparable. Each figure is the
smallest of ``--repeat`` runs, each in a fresh process. One-time costs (the first look-up
of each word in the word table) are charged, as in a real run, to the first rule that
needs them. With ``PYTHONPATH`` pointing at another checkout, the same measurement runs
that checkout's code: how before/after figures for a change are taken.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def measure(paths: list[str]) -> dict[str, float]:
    """One run in this process: seconds by phase and by rule id, plus ``total``."""
    time.perf_counter = time.process_time  # the engine's clock, in CPU seconds
    from newslint.commands import load_all_rules
    from newslint.config.settings import Config, is_selected
    from newslint.engine import RunSettings, check_files
    from newslint.io.files import collect_files
    from newslint.runner import LazyRules

    # loaded as the command line loads them: the collector off meanwhile, then the loaded
    # data frozen out of its sight (else each full collection scans it, charged to a rule)
    rules = LazyRules(lambda: [r for r in load_all_rules(Config())
                               if is_selected(r.id, r.enabled, None, [])]).get()
    files = list(collect_files(paths, [], Path.cwd().resolve()))
    timings: dict[str, float] = {}
    started = time.process_time()
    report = check_files(files, rules, RunSettings(), timings=timings)
    timings["total"] = time.process_time() - started
    timings["words"] = report.words
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="directories or files to check")
    parser.add_argument("--repeat", type=int, default=3, help="runs, each in a new process")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--once", help=argparse.SUPPRESS)  # internal: one run, to a file
    options = parser.parse_args()
    if options.once:
        Path(options.once).write_text(json.dumps(measure(options.paths)), encoding="utf-8")
        return 0
    runs = []
    with tempfile.TemporaryDirectory() as directory:
        for number in range(max(1, options.repeat)):
            out = Path(directory) / f"{number}.json"
            subprocess.run([sys.executable, __file__, *options.paths, "--once", str(out)],
                           check=True, env=os.environ.copy())
            runs.append(json.loads(out.read_text(encoding="utf-8")))
    best = {key: min(run.get(key, 0.0) for run in runs) for key in runs[0]}
    rules = sorted((k for k in best if "/" in k), key=lambda k: -best[k])
    print(f"words {best['words']:.0f}; CPU seconds, smallest of {len(runs)} runs")
    for key in ("read", "parse", "total"):
        print(f"  {best.get(key, 0.0):8.3f}  {key}")
    print(f"  {sum(best[k] for k in rules):8.3f}  checks")
    for key in rules:
        print(f"  {best[key]:8.3f}  {key}")
    if options.json:
        Path(options.json).write_text(json.dumps(best, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
