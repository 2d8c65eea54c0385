"""CPU seconds per rule of the names family, first pass apart from steady state.

    python benchmarks/names.py DIRECTORY... [-n 3] [--warm DIRECTORY] [--select RULES] [--all]

Segments each document before the rules run (so no rule pays for parsing), then runs the
selected rules document by document in the engine's order, charging each rule the process
CPU time of its own work (CPU time, not wall time: the figures stay comparable on a busy
machine). Pass 1 includes each rule's one-time loads (word tables, lemma shards) and is
what one run over the corpus costs. Later passes run on freshly built documents (their
memos start empty) but see the same texts again, so the checks' run-level memory of words
and names is as warm as it gets: a lower bound. ``--warm DIRECTORY`` runs the rules once
over another corpus first, untimed: pass 1 then shows the per-article cost with the data
loaded but without the texts seen. The loaded rules and data are frozen out of garbage
collection (``gc.freeze``), as a long run would do, so a collection of the oldest
generation does not land on whichever rule happens to trigger it.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from newslint.config.settings import Config, is_selected
from newslint.document import Document
from newslint.formats import build_document, document_kind
from newslint.io.decoding import DecodeError, decode
from newslint.io.files import collect_files
from newslint.io.parts import split_parts
from newslint.rules.loader import Rule

NAMES_FAMILY = ("name-near-miss", "organization-near-miss", "confusable-names", "office-holder",
                "organization-name-variant", "name-variant", "term-consistency",
                "acronym-expansion")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="directories (walked as newslint does) or files")
    parser.add_argument("-n", "--repeat", type=int, default=3, help="passes (default 3)")
    parser.add_argument("--warm", help="run the rules over this directory first, untimed")
    parser.add_argument("--select", help="comma-separated rule ids (default: the names family)")
    parser.add_argument("--all", action="store_true", help="every rule on by default")
    options = parser.parse_args()

    chosen = None if options.all else (
        [s.strip() for s in options.select.split(",")] if options.select else
        [f"newslint/{rule}" for rule in NAMES_FAMILY])
    rules = load_rules(chosen)
    sources = read_sources(options.paths)
    if options.warm:
        time_rules(read_sources([options.warm]), rules)
    gc.collect()
    gc.freeze()  # the loaded rules and data are not garbage: collections skip them
    passes: list[dict[str, float]] = []
    for _ in range(max(1, options.repeat)):
        passes.append(time_rules(sources, rules))
    documents = list(parse(sources))
    print(f"documents: {len(documents)}, words: {sum(d.word_count for d in documents)}")
    print(f"{'pass 1':>9} {'later':>9}  rule (CPU seconds; later = median of passes 2..)")
    later = passes[1:] or passes
    total_first = total_steady = 0.0
    for rule in sorted(rules, key=lambda r: -passes[0][r.id]):
        first = passes[0][rule.id]
        steady = statistics.median(p[rule.id] for p in later)
        total_first, total_steady = total_first + first, total_steady + steady
        print(f"{first:9.3f} {steady:9.3f}  {rule.id}")
    print(f"{total_first:9.3f} {total_steady:9.3f}  total")
    return 0


def load_rules(chosen: list[str] | None) -> list[Rule]:
    """The built-in rules a default run uses (or those ``chosen``), loaded once."""
    from newslint.commands import load_all_rules

    return [rule for rule in load_all_rules(Config()) if is_selected(rule.id, rule.enabled, chosen, [])]


def read_sources(paths: list[str]) -> list[tuple[str, str]]:
    """(name, decoded text) of each readable file under ``paths``."""
    sources = []
    for shown, path in collect_files(paths, [], Path.cwd().resolve()):
        if path is None:
            continue
        try:
            sources.append((shown, decode(path.read_bytes())))
        except (OSError, DecodeError):
            continue
    return sources


def parse(sources: list[tuple[str, str]]) -> Iterator[Document]:
    """Fresh documents (empty memos), one at a time as the engine makes them (holding all
    of them would make every garbage collection walk a whole corpus of tokens), segmented
    before the rules run."""
    for name, source in sources:
        for _lines_before, part in split_parts(source, document_kind(name)):
            document = build_document(name, part)
            document.tokens, document.sentences, document.quotes  # noqa: B018 - segment now
            yield document


def time_rules(sources: list[tuple[str, str]], rules: list[Rule]) -> dict[str, float]:
    """CPU seconds of each rule over the documents of ``sources``, document by document."""
    spent = {rule.id: 0.0 for rule in rules}
    clock = time.process_time
    for document in parse(sources):
        for rule in rules:
            started = clock()
            for _ in rule.check.run(document):
                pass
            spent[rule.id] += clock() - started
    return spent


if __name__ == "__main__":
    sys.exit(main())
