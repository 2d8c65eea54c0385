"""What a one-article run spends before and around checking: ``python -X importtime``
summed by package, and the run's wall and CPU time, for one or two newslint trees.

    python benchmarks/startup.py ARTICLE [--python-path DIR ...] [--runs 7]

Each ``--python-path`` is a checkout of newslint (another revision, for before/after
figures); without one, the installed newslint runs. The runs alternate between the trees,
so a busy machine slows them alike. Byte code is cached under a temporary prefix (as an
installed package has it), and the data caches are warmed by a first, untimed run.
Reported per tree: median wall and CPU seconds of ``newslint check --no-cache ARTICLE``,
and from separate runs under ``-X importtime`` the total import time and the packages
whose imports cost most (median self time).

``--instructions`` also counts the instructions of one run of each tree (and of
``--proselint PATH``, for comparison) under valgrind's callgrind: a count, not a time, so
it is the same on a busy machine and an idle one, and small changes show (needs valgrind;
each run takes some seconds).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence

_LINE = re.compile(r"import time:\s+(\d+) \|\s+\d+ \|(\s*)(\S+)")


def run_once(article: str, python_path: str | None, env: dict[str, str],
             importtime: bool = False, cwd: str | None = None) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, importtime report or "") of one run."""
    environment = dict(env)
    if python_path:
        environment["PYTHONPATH"] = python_path
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = newslint_command(article)
    if importtime:
        command[1:1] = ["-X", "importtime"]
    result = subprocess.run(command, env=environment, cwd=cwd, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stderr


_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(command: list[str], env: dict[str, str], cwd: str) -> int:
    """Instructions executed by ``command`` (callgrind's count)."""
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                             *command], env=env, cwd=cwd, capture_output=True, text=True)
    found = _COLLECTED.search(result.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count for {' '.join(command[:3])}: "
                         f"{result.stderr.strip()[-300:]}")
    return int(found.group(1))


def newslint_command(article: str) -> list[str]:
    return [sys.executable, "-m", "newslint", "check", "--no-cache", "--fail-on", "never",
            article]


def imports_by_package(report: str) -> dict[str, float]:
    """Self import time in seconds by package (newslint by subpackage)."""
    totals: dict[str, float] = defaultdict(float)
    for match in _LINE.finditer(report):
        name = match.group(3)
        parts = name.split(".")
        key = ".".join(parts[:2]) if parts[0] == "newslint" else parts[0]
        totals[key] += int(match.group(1)) / 1e6
    return totals


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("article", help="one article to check")
    parser.add_argument("--python-path", action="append", default=[],
                        help="a newslint checkout to run (repeat for before/after)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--top", type=int, default=12, help="packages to list per tree")
    parser.add_argument("--instructions", action="store_true",
                        help="also count one run's instructions under valgrind")
    parser.add_argument("--proselint", metavar="PATH",
                        help="with --instructions: also count proselint's on the article")
    options = parser.parse_args(argv)
    trees: list[str | None] = list(options.python_path) or [None]
    options.article = os.path.abspath(options.article)
    trees = [os.path.abspath(tree) if tree else None for tree in trees]
    # Runs start in an empty directory: ``python -m`` puts the current directory first on
    # the path, so a run from a checkout would import that checkout, whatever PYTHONPATH says.
    with tempfile.TemporaryDirectory(prefix="newslint-startup-") as work:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(work, "pycache")
        results: dict[str | None, list[tuple[float, float, str]]] = {tree: [] for tree in trees}
        for tree in trees:
            run_once(options.article, tree, env, cwd=work)  # byte code and data caches
        reports: dict[str | None, list[str]] = {tree: [] for tree in trees}
        counts: dict[str, int] = {}
        if options.instructions:
            for tree in trees:
                environment = dict(env, **({"PYTHONPATH": tree} if tree else {}))
                counts[tree or "installed newslint"] = instructions(
                    newslint_command(options.article), environment, work)
            if options.proselint:  # once to write its byte code, then counted
                subprocess.run([options.proselint, "check", options.article], env=env, cwd=work,
                               capture_output=True)
                counts["proselint"] = instructions([options.proselint, "check", options.article],
                                                   env, work)
        for _ in range(options.runs):
            for tree in trees:
                results[tree].append(run_once(options.article, tree, env, cwd=work))
                reports[tree].append(run_once(options.article, tree, env, True, work)[2])
    for tree in trees:
        runs = results[tree]
        packages: dict[str, list[float]] = defaultdict(list)
        for report in reports[tree]:
            for package, seconds in imports_by_package(report).items():
                packages[package].append(seconds)
        medians = {package: statistics.median(values) for package, values in packages.items()}
        print(f"{tree or 'installed newslint'}:")
        print(f"  wall {statistics.median(r[0] for r in runs):.3f} s, "
              f"CPU {statistics.median(r[1] for r in runs):.3f} s (median of {len(runs)})")
        print(f"  imports {sum(medians.values()):.3f} s in {len(medians)} packages (under -X "
              "importtime, which slows them); costliest:")
        for package, seconds in sorted(medians.items(), key=lambda item: -item[1])[:options.top]:
            print(f"    {seconds * 1000:7.1f} ms  {package}")
    for name, count in counts.items():
        print(f"instructions, {name}: {count / 1e6:,.0f} million")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
