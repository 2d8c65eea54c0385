"""Time and memory of newslint on pathological inputs, next to ordinary news.

    python benchmarks/pathological.py [--scale 1.0] [--keep DIR]

Generates each input (nothing is read from outside the repository; each pathological
line is repeated to about 1 MB, so that seconds per MB are measured, not start-up), runs
``newslint check --format json`` on it as a fresh subprocess, and prints the wall time, the
seconds per MB after subtracting the start-up cost (a run on a one-line file), the ratio to
ordinary news per MB, and the peak memory (max RSS) of the process. Every check must be
linear in its input: no row should be more than 3x ordinary news per MB, and the 20 MB
article should stay under 400 MB. ``--scale`` shrinks or grows the inputs (0.1 for a quick
look). The gazetteer row times a run whose configuration names a gazetteer holding one
20,000-word name, per MB of that gazetteer, minus the same uncached run with a one-word
name.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SUBJECTS = ["The finance minister", "Officials in the northern province", "The city council",
            "A spokesperson for the ministry", "Local farmers", "The central bank",
            "Residents of the coastal town", "The opposition leader", "Hospital staff",
            "The transport authority", "Teachers at the school", "The football club"]
VERBS = ["said on Tuesday that", "announced that", "warned that", "confirmed on Friday that",
         "told reporters that", "argued that", "insisted that", "denied reports that"]
CLAUSES = ["the new budget would raise spending on schools by {n} percent",
           "talks with the union had broken down after {n} hours",
           "the bridge would reopen in {month} after repairs costing {n} million dollars",
           "about {n} people had been moved to shelters before the storm",
           "the plan would not be ready before {month}",
           "prices for bread and rice had risen for the {ordinal} month in a row",
           "a second round of voting would be held on {day} {month}",
           "the company had hired {n} new workers since January"]
MONTHS = ["January", "March", "April", "June", "September", "November"]
ORDINALS = ["second", "third", "fourth", "fifth"]


def news_paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        clause = rng.choice(CLAUSES).format(n=rng.randint(2, 900), month=rng.choice(MONTHS),
                                            ordinal=rng.choice(ORDINALS), day=rng.randint(1, 28))
        sentences.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {clause}.")
    return " ".join(sentences)


def news_text(size: int, seed: int = 1) -> str:
    """Ordinary invented news of about ``size`` characters, in paragraphs."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        paragraph = news_paragraph(rng)
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts) + "\n"


def repeated(line: str, total: int) -> str:
    """``line`` repeated (as paragraphs) to about ``total`` characters: enough input to
    time per MB, while each line stays as pathological as one alone."""
    return (line + "\n") * max(1, total // (len(line) + 1))


def long_line(size: int) -> str:
    """A line of word characters and dots with no e-mail in it (regex backtracking)."""
    return ("a" * 50 + ".") * (size // 51)


def mojibake_line(size: int) -> str:
    """Mojibake debris on one long line (a whole-line diff is quadratic or worse)."""
    return "CafÃ© naÃ¯ve rÃ©sumÃ© Iranâ€™s ErdoÄŸan " * (size // 40)


def zero_width_cjk(size: int) -> str:
    """Zero-width spaces between CJK characters, and one long run of them."""
    half = size // 2
    return "中\u200b" * (half // 2) + "中" + "\u200b" * half + "文"


def many_lines(count: int) -> str:
    rng = random.Random(2)
    return "".join(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} it rained.\n" for _ in range(count))


def gazetteer(words: int) -> str:
    name = " ".join(f"Word{index}" for index in range(words))
    return f"entities:\n  - name: \"{name}\"\n    kind: organization\n"


class Case:
    def __init__(self, label: str, name: str, build: Callable[[], str], gazetteer_words: int = 0):
        self.label, self.name, self.build, self.gazetteer_words = label, name, build, gazetteer_words


def cases(scale: float) -> list[Case]:
    def n(value: int) -> int:
        return max(1, int(value * scale))

    return [
        Case("ordinary news, 1 MB", "news.txt", lambda: news_text(n(1_000_000))),
        Case("40k-character lines (.txt)", "line.txt",
             lambda: repeated(long_line(n(40_000)), n(1_000_000))),
        Case("40k-character lines (.md)", "line.md",
             lambda: repeated(long_line(n(40_000)), n(1_000_000))),
        Case("mojibake debris, 50 KB lines", "debris.txt",
             lambda: repeated(mojibake_line(n(50_000)), n(1_000_000))),
        Case("zero-width spaces between CJK, 20k lines", "zw.txt",
             lambda: repeated(zero_width_cjk(n(20_000)), n(1_000_000))),
        Case("200,000 short lines", "lines.txt", lambda: many_lines(n(200_000))),
        Case("20 MB article", "big.txt", lambda: news_text(n(20_000_000), seed=3)),
        Case("20k-word gazetteer name (per MB of gazetteer)", "article.txt",
             lambda: news_text(2_000), gazetteer_words=n(20_000)),
    ]


def run(path: Path, cwd: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one ``newslint check`` subprocess."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "newslint", "check", "--format", "json", "--fail-on", "never",
         "--file-timeout", "0", str(path)],
        cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        print(f"  ! {path.name}: exit {process.returncode}: {process.stderr.read().decode()[:300]}")
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return elapsed, peak, process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="input size factor (default 1)")
    parser.add_argument("--keep", metavar="DIR", help="write the inputs to DIR and keep them")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newslint-pathological-") as temporary:
        root = Path(options.keep or temporary)
        root.mkdir(parents=True, exist_ok=True)
        tiny = root / "tiny.txt"
        tiny.write_text("The council met on Monday.\n")
        run(tiny, root)  # warm the cache (lemma shards) first
        startup = min(run(tiny, root)[0] for _ in range(3))
        print(f"start-up (one-line file): {startup:.2f} s\n")
        print(f"{'input':<48} {'MB':>7} {'seconds':>8} {'s/MB':>7} {'x news':>7} {'peak MB':>8}")
        baseline = None
        for case in cases(options.scale):
            folder = root / case.name.replace(".", "-")
            folder.mkdir(exist_ok=True)
            path = folder / case.name
            path.write_text(case.build(), encoding="utf-8")
            measured, fixed = path, startup
            if case.gazetteer_words:
                measured = folder / "people.yaml"
                (folder / ".newslint.yaml").write_text("gazetteers: [people.yaml]\n")
                os.environ["NEWSLINT_NO_CACHE"] = "1"  # time the gazetteer's use, not a cache hit
                measured.write_text(gazetteer(1), encoding="utf-8")
                fixed = min(run(path, folder)[0] for _ in range(2))  # the same run, uncached
                measured.write_text(gazetteer(case.gazetteer_words), encoding="utf-8")
            megabytes = measured.stat().st_size / 1e6
            seconds, peak, _code = run(path, folder)
            os.environ.pop("NEWSLINT_NO_CACHE", None)
            per_mb = max(seconds - fixed, 0.0) / megabytes
            baseline = baseline or per_mb
            print(f"{case.label:<48} {megabytes:>7.2f} {seconds:>8.2f} {per_mb:>7.2f} "
                  f"{per_mb / baseline:>7.2f} {peak:>8.0f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
