"""Benchmark of ``newslint archive``: planted cross-article name variants in a large archive.

Builds an archive (never committed: under /tmp) from two directories of articles by writing
varied copies of each article (paragraphs rotated, a copy number in the first line) until it
holds ``--files`` files, then plants name variants: in one copy of an article, every
mention of one of its name words is respelt the way machine translation respells names
(a vowel changed, a letter doubled or dropped, two letters swapped). It then runs
``newslint archive --format json`` with the process pool (``-j 2``) and on a Dask
LocalCluster of two workers, and reports:

- the share of planted variants found (an ``archive/name-variant`` finding for the
  variant in its file; target at least 90 %),
- ``archive/...`` findings per unperturbed article (target at most 1 per 50),
- wall time of each run, and peak memory (RSS) per worker.

The report and the planted variants are left beside the archive
(/tmp/newslint-archive-bench.json, /tmp/newslint-archive-bench-planted.json) to be read.

Usage: python benchmarks/archive.py SOURCE_DIR [SOURCE_DIR ...] [--files 20000] [--plant 300]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from newslint.api import Linter
from newslint.archive.extract import Extractors
from newslint.checks.names.evidence import in_word_list
from newslint.engine import read_document
from newslint.text import lemmas

ROOT = Path("/tmp/newslint-archive-bench")
VOWELS = "aeiou"


def sources(directories: list[str]) -> list[Path]:
    found: list[Path] = []
    for directory in directories:
        found += sorted(p for p in Path(directory).rglob("*") if p.suffix in (".txt", ".md") and
                        p.name.lower() != "readme.md")
    return found


def vary(text: str, copy: int) -> str:
    """A copy that differs from the others: paragraphs rotated, a copy line on top."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) > 2 and copy:
        shift = copy % (len(paragraphs) - 1)
        paragraphs = paragraphs[:1] + paragraphs[1:][shift:] + paragraphs[1:][:shift]
    return f"Edition {copy + 1}.\n\n" + "\n\n".join(paragraphs) + "\n"


def respell(word: str, rng: random.Random) -> str:
    """A one-edit respelling past the first letter, as MT transliterates names."""
    for _ in range(20):
        i = rng.randrange(1, len(word) - 1)
        kind = rng.choice(("vowel", "double", "drop", "swap"))
        if kind == "vowel" and word[i] in VOWELS:
            new = word[:i] + rng.choice([v for v in VOWELS if v != word[i]]) + word[i + 1 :]
        elif kind == "double" and word[i].isalpha():
            new = word[:i] + word[i] + word[i:]
        elif kind == "drop":
            new = word[:i] + word[i + 1 :]
        elif kind == "swap" and word[i] != word[i + 1]:
            new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            continue
        if new != word and new.isalpha():
            return new
    return word[:-1] + ("e" if word[-1] != "e" else "a")


def build(directories: list[str], files: int, plant: int, seed: int) -> tuple[list[dict], int]:
    """Write the archive; the planted variants and the number of files."""
    rng = random.Random(seed)
    articles = sources(directories)
    if not articles:
        sys.exit("no .txt or .md articles in the source directories")
    shutil.rmtree(ROOT, ignore_errors=True)
    ROOT.mkdir(parents=True)
    copies = -(-files // len(articles))
    texts = {path: path.read_text(encoding="utf-8", errors="replace") for path in articles}
    linter = Linter()
    extractors = Extractors(linter.all_rules)
    all_words: set[str] = set()
    names_of: dict[Path, list[str]] = defaultdict(list)
    for path, text in texts.items():
        stats = extractors.word_stats(read_document(path.name, text.encode()))
        all_words.update(stats)
        names_of[path] = [w.word for k, w in stats.items() if not w.ordinary and len(w.word) >= 6
                          and w.word.isalpha() and w.word[0].isupper() and not w.word.isupper()
                          and not extractors.names._known(w.word) and not lemmas.all_lemmas(k)
                          and not in_word_list(k, extractors.names._ordinary)]
    candidates = [p for p in articles if names_of[p]]
    planted: list[dict] = []
    chosen = rng.sample(candidates, min(plant, len(candidates)))
    plant_at = {path: rng.randrange(copies) for path in chosen}
    count = 0
    for copy in range(copies):
        for index, path in enumerate(articles):
            if count >= files:
                break
            text = vary(texts[path], copy)
            name = f"c{copy:03d}-{index:04d}{path.suffix}"
            if plant_at.get(path) == copy:
                word = rng.choice(names_of[path])
                variant = respell(word, rng)
                if variant.casefold() not in all_words:
                    text = re.sub(rf"\b{re.escape(word)}\b", variant, text)
                    planted.append({"file": name, "word": word, "variant": variant})
            (ROOT / name).write_text(text, encoding="utf-8")
            count += 1
    return planted, count


def run(arguments: list[str]) -> tuple[dict, float, float]:
    """The JSON report, the wall time, and the peak RSS (MB) of the largest child process."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "newslint", "archive", "--format", "json",
                             "--fail-on", "never", *arguments, str(ROOT)],
                            capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"newslint failed: {result.stderr.strip()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return json.loads(result.stdout), wall, peak


def run_on_local_cluster() -> tuple[dict, float, list[float]]:
    """The same run on a LocalCluster of two worker processes; each worker's peak RSS (MB)."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        report, wall, _ = run(["--scheduler", cluster.scheduler_address])
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return report, wall, sorted(peaks.values())


def score(report: dict, planted: list[dict], files: int) -> dict:
    house = [f for f in report["findings"] if f["rule"].startswith("archive/")]
    by_file: dict[str, list[dict]] = defaultdict(list)
    for finding in house:
        by_file[Path(finding["path"]).name].append(finding)
    found = [p for p in planted if any(f["rule"] == "archive/name-variant"
                                       and f["message"].startswith(f"'{p['variant']}'")
                                       for f in by_file[p["file"]])]
    perturbed = {p["file"] for p in planted}
    clean_findings = [f for f in house if Path(f["path"]).name not in perturbed]
    return {
        "planted": len(planted), "found": len(found),
        "recall": round(len(found) / max(len(planted), 1), 3),
        "unperturbed_articles": files - len(perturbed),
        "findings_on_unperturbed": len(clean_findings),
        "warnings_on_unperturbed": sum(f["severity"] != "info" for f in clean_findings),
        "per_50_unperturbed": round(50 * len(clean_findings) / max(files - len(perturbed), 1), 3),
        "missed": [p for p in planted if p not in found][:15],
        "unperturbed_examples": sorted({f["message"] for f in clean_findings})[:15],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+")
    parser.add_argument("--files", type=int, default=20000)
    parser.add_argument("--plant", type=int, default=300)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--no-dask", action="store_true", help="skip the LocalCluster run")
    options = parser.parse_args()
    started = time.perf_counter()
    planted, files = build(options.sources, options.files, options.plant, options.seed)
    print(f"built {files} files with {len(planted)} planted variants in "
          f"{time.perf_counter() - started:.0f} s under {ROOT}", flush=True)
    report, wall, peak = run(["-j", "2"])
    (ROOT.parent / "newslint-archive-bench.json").write_text(json.dumps(report), encoding="utf-8")
    (ROOT.parent / "newslint-archive-bench-planted.json").write_text(json.dumps(planted), encoding="utf-8")
    print(json.dumps({"run": "-j 2", "wall_s": round(wall, 1), "peak_worker_rss_mb": round(peak),
                      **score(report, planted, files)}, indent=1), flush=True)
    if not options.no_dask:
        dask_report, dask_wall, peaks = run_on_local_cluster()
        same = dask_report == report
        print(json.dumps({"run": "LocalCluster, 2 workers", "wall_s": round(dask_wall, 1),
                          "peak_worker_rss_mb": [round(p) for p in peaks],
                          "identical_to_-j_2": same}, indent=1), flush=True)


if __name__ == "__main__":
    main()
