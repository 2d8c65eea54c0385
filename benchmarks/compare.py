"""newslint against proselint, side by side in one run, on distinct texts.

    python benchmarks/compare.py SOURCE_DIR [SOURCE_DIR ...] [--proselint PATH] [--rounds 3]

Every ``.txt`` and ``.md`` file under the source directories is copied to a temporary
directory with a sentence of random letters appended, so each copy is unique (no cache of
either tool can answer from an earlier round): a new corpus is written for every round.
The two tools alternate on the same corpus, so a busy machine slows both alike. Reported:

- throughput: words per second of ``newslint check --no-cache`` (one process) and of
  ``proselint check`` on the whole corpus, and their ratio (target ≥ 4);
- one article of about 300 words, new content each time, data caches warm: median wall
  time of each tool (target: newslint no slower);
- peak memory (maximum resident set) of newslint on the whole corpus (target ≤ 150 MiB);
- ``-j 2`` against ``-j 1`` (target ≥ 1.7 on two idle cores);
- the results cache: a warm run on an unchanged corpus against the cold run that filled it
  (target ≥ 20);
- with ``--budget``, where the whole-corpus time goes: CPU seconds of a run with one
  trivial rule (start, reading, parsing), of one without the ten rules that analyse
  names, acronyms and negations (``ANALYSES``), and of a full run, each beside proselint's
  (the table in docs/speed.md).

``--python-path DIR`` runs the newslint found in DIR (a checkout of another revision, for
before/after figures). Byte code is cached under a temporary prefix for both tools, as an
installed package would have it, and written before the timed runs (``compileall`` over
both tools' packages: a module imported only late in a run is no exception).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# The rules that read every name, title, organisation, acronym and negation of an article:
# two thirds of a whole-corpus run (--budget).
ANALYSES = ("name-variant", "name-near-miss", "confusable-names", "office-holder",
            "organization-near-miss", "organization-name-variant", "term-consistency",
            "acronym-expansion", "acronym-inconsistent", "negation-flip")
MIB = 1024 * 1024


class Runner:
    """Runs the two tools as a user would, timing wall clock and peak memory."""

    def __init__(self, proselint: str, python_path: str | None, work: Path, legacy: bool) -> None:
        self.proselint = proselint
        self.legacy = legacy
        self.env = dict(os.environ)
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        self.env["NEWSLINT_CACHE_DIR"] = str(work / "newslint-cache")
        if python_path:
            self.env["PYTHONPATH"] = python_path
        self.cwd = work
        self.cpu = 0.0

    def newslint(self, paths: Sequence[str], *options: str) -> tuple[float, float]:
        """(seconds, peak MiB) of one ``newslint check``; ``self.cpu`` is its CPU time."""
        if self.legacy:
            options = tuple(o for o in options if o != "--no-cache")
        return self._run([sys.executable, "-m", "newslint", "check", "--format", "json",
                          "--fail-on", "never", *options, *paths])

    def proselint_run(self, paths: Sequence[str]) -> tuple[float, float]:
        return self._run([self.proselint, "check", *paths])

    def compile_everything(self) -> None:
        """Write the byte code of every module either tool could import, as installing a
        package does: a module a run imports only late (rapidfuzz, once a run has compared
        many names) must not be compiled inside a timed run."""
        ours = [sys.executable, "-c",
                "import sysconfig, newslint, os; print(os.path.dirname(newslint.__path__[0])); "
                "print(sysconfig.get_paths()['purelib']); print(sysconfig.get_paths()['platlib'])"]
        theirs = [_interpreter_of(self.proselint), "-c",
                  "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
        for finder in (ours, theirs):
            found = subprocess.run(finder, env=self.env, cwd=self.cwd, capture_output=True,
                                   text=True, check=True).stdout.split()
            subprocess.run([finder[0], "-m", "compileall", "-q", "-j", "0",
                            *sorted(set(found))], env=self.env, cwd=self.cwd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

    def _run(self, command: list[str]) -> tuple[float, float]:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=self.cwd, env=self.env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        # CPU seconds: on a machine shared with other work, the fairer comparison
        self.cpu = usage.ru_utime + usage.ru_stime
        process.returncode = os.waitstatus_to_exitcode(status)
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        if process.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command[:4])} ... failed ({process.returncode}): {error}")
        return seconds, usage.ru_maxrss * 1024 / MIB


def _interpreter_of(script: str) -> str:
    """The Python an installed console script runs with (its first line)."""
    with open(script, encoding="utf-8", errors="replace") as stream:
        first = stream.readline()
    return first[2:].strip() if first.startswith("#!") else sys.executable


def sources(directories: Sequence[str]) -> list[str]:
    texts = []
    for directory in directories:
        for path in sorted(Path(directory).rglob("*")):
            if path.suffix in (".txt", ".md") and path.is_file() and path.name != "README.md":
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    if not texts:
        raise SystemExit("no .txt or .md files under the source directories")
    return texts


def unique(text: str, rng: random.Random) -> str:
    """The text with a sentence of random lower-case letters appended: a new file."""
    word = "".join(rng.choice(string.ascii_lowercase) for _ in range(12))
    return f"{text.rstrip()}\n\nFiled under {word}.\n"


def write_corpus(texts: Sequence[str], directory: Path, rng: random.Random) -> int:
    """Write every text, made unique, under ``directory``; the number of words."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    words = 0
    for number, text in enumerate(texts):
        content = unique(text, rng)
        words += len(WORD.findall(content))
        (directory / f"{number:05d}.txt").write_text(content, encoding="utf-8")
    return words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", help="directories of news articles")
    parser.add_argument("--proselint", default="/tmp/proselint-venv/bin/proselint",
                        help="the proselint 0.16 executable (installed in its own venv)")
    parser.add_argument("--rounds", type=int, default=3, help="corpus rounds (default 3)")
    parser.add_argument("--articles", type=int, default=9, help="single-article runs (default 9)")
    parser.add_argument("--python-path", help="run the newslint package found in this directory")
    parser.add_argument("--legacy", action="store_true",
                        help="that newslint predates --no-cache and the results cache")
    parser.add_argument("--budget", action="store_true",
                        help="also time rule groups (CPU seconds) beside proselint")
    options = parser.parse_args()
    texts = sources(options.sources)
    rng = random.Random(13)
    work = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    try:
        runner = Runner(options.proselint, options.python_path, work, options.legacy)
        corpus = work / "corpus"
        runner.compile_everything()
        write_corpus(texts[:20], corpus, rng)  # writes the data caches
        runner.newslint([str(corpus)], "--no-cache")
        runner.proselint_run([str(corpus)])
        throughput(runner, texts, corpus, rng, options.rounds)
        one_article(runner, texts, work, rng, options.articles)
        parallel(runner, texts, corpus, rng)
        if not options.legacy:
            results_cache(runner, texts, corpus, rng)
        if options.budget:
            budget(runner, texts, corpus, rng, options.rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def throughput(runner: Runner, texts: Sequence[str], corpus: Path, rng: random.Random,
               rounds: int) -> None:
    ours, theirs, memory, our_cpu, their_cpu = [], [], [], [], []
    words = 0
    for number in range(rounds):
        words = write_corpus(texts, corpus, rng)
        first, second = ("newslint", "proselint") if number % 2 == 0 else ("proselint", "newslint")
        for tool in (first, second):
            if tool == "newslint":
                seconds, peak = runner.newslint([str(corpus)], "--no-cache")
                ours.append(seconds)
                our_cpu.append(runner.cpu)
                memory.append(peak)
            else:
                theirs.append(runner.proselint_run([str(corpus)])[0])
                their_cpu.append(runner.cpu)
    mine, other = statistics.median(ours), statistics.median(theirs)
    mine_cpu, other_cpu = statistics.median(our_cpu), statistics.median(their_cpu)
    print(f"corpus: {len(texts)} files, {words:,} words; {rounds} rounds, fresh copies each")
    print(f"throughput newslint:  {words / mine:10,.0f} words/s ({mine:.2f} s, median)")
    print(f"throughput proselint: {words / other:10,.0f} words/s ({other:.2f} s, median)")
    print(f"throughput ratio:     {other / mine:10.2f}x  (target >= 4)")
    print(f"CPU seconds:          newslint {mine_cpu:.2f}, proselint {other_cpu:.2f}: "
          f"{other_cpu / mine_cpu:.2f}x")
    print(f"peak memory newslint: {max(memory):10.1f} MiB  (target <= 150)")


def one_article(runner: Runner, texts: Sequence[str], work: Path, rng: random.Random,
                count: int) -> None:
    candidates = [t for t in texts if 250 <= len(WORD.findall(t)) <= 350] or list(texts)
    ours: list[float] = []
    theirs: list[float] = []
    our_cpu: list[float] = []
    their_cpu: list[float] = []
    for number in range(count):
        article = work / f"article-{number}.txt"
        article.write_text(unique(candidates[number % len(candidates)], rng), encoding="utf-8")
        pair = [("n", runner.newslint), ("p", runner.proselint_run)]
        for tool, run in pair if number % 2 == 0 else pair[::-1]:
            seconds = run([str(article)])[0]
            (ours if tool == "n" else theirs).append(seconds)
            (our_cpu if tool == "n" else their_cpu).append(runner.cpu)
    mine, other = statistics.median(ours), statistics.median(theirs)
    print(f"one article newslint:  {mine * 1000:6.0f} ms, CPU {statistics.median(our_cpu) * 1000:.0f} ms "
          f"(median of {count})")
    print(f"one article proselint: {other * 1000:6.0f} ms, CPU {statistics.median(their_cpu) * 1000:.0f} ms "
          "(target: newslint <= proselint)")


def parallel(runner: Runner, texts: Sequence[str], corpus: Path, rng: random.Random) -> None:
    serial, two = [], []
    for _ in range(2):
        write_corpus(texts, corpus, rng)
        serial.append(runner.newslint([str(corpus)], "--no-cache", "-j", "1")[0])
        two.append(runner.newslint([str(corpus)], "--no-cache", "-j", "2")[0])
    one, both = min(serial), min(two)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"-j 1: {one:.2f} s; -j 2: {both:.2f} s; speed-up {one / both:.2f}x  (target >= 1.7; "
          f"{os.cpu_count()} CPUs, load average {load:.1f}: needs idle cores)")


def results_cache(runner: Runner, texts: Sequence[str], corpus: Path, rng: random.Random) -> None:
    write_corpus(texts, corpus, rng)
    cold = runner.newslint([str(corpus)])[0]
    warm = statistics.median(runner.newslint([str(corpus)])[0] for _ in range(3))
    print(f"results cache: cold {cold:.2f} s, warm {warm:.3f} s, {cold / warm:.1f}x  "
          "(target >= 20)")


def budget(runner: Runner, texts: Sequence[str], corpus: Path, rng: random.Random,
           rounds: int) -> None:
    """CPU seconds of rule groups on the corpus, proselint's in the same rounds: what each
    group costs, and what is left for the analyses if newslint is to run at 4x."""
    light = f"all rules but the {len(ANALYSES)} analyses"
    groups = {
        "start, reading, parsing, one trivial rule": ("--select", "newslint/long-ellipsis"),
        light: ("--ignore", ",".join(f"newslint/{rule}" for rule in ANALYSES)),
        "all rules": (),
    }
    cpu: dict[str, list[float]] = {name: [] for name in [*groups, "proselint 0.16"]}
    for _ in range(rounds):
        write_corpus(texts, corpus, rng)
        runner.proselint_run([str(corpus)])
        cpu["proselint 0.16"].append(runner.cpu)
        for name, options in groups.items():
            runner.newslint([str(corpus)], "--no-cache", *options)
            cpu[name].append(runner.cpu)
    median = {name: statistics.median(values) for name, values in cpu.items()}
    theirs = median["proselint 0.16"]
    print(f"CPU seconds by rule group (median of {rounds}):")
    for name, seconds in median.items():
        print(f"  {seconds:6.2f}  {theirs / seconds:5.2f}x  {name}")
    left = theirs / 4 - median[light]
    analyses = median["all rules"] - median[light]
    print(f"the {len(ANALYSES)} analyses take {analyses:.2f} s; at 4x proselint they would "
          f"have {max(left, 0.0):.2f} s")


if __name__ == "__main__":
    sys.exit(main())
