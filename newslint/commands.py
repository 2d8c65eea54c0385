"""What each ``newslint`` command does, once its arguments are parsed."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.cache.bundle import Bundle
from newslint.check import CheckUnavailable, Resources
from newslint.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError, open_output, write_output
from newslint.config.settings import (
    SEVERITY_RANK,
    Config,
    ConfigError,
    check_rule_references,
    effective_settings,
    find_config,
    is_selected,
    load_config,
    shadowed_configs,
)
from newslint.gazetteer import Entity
from newslint.io.yamlsource import YamlError
from newslint.plugins import PluginError
from newslint.rules.loader import BUILTIN_PACK, Rule, Wanted, builtin_pack_dir, load_pack

if TYPE_CHECKING:
    from typing import TextIO

    from newslint.cache.results import ResultsCache
    from newslint.engine import Report
    from newslint.io.diff import ChangedLines
    from newslint.reporters.progress import Progress


def run(options: argparse.Namespace) -> int:
    handler = {
        "check": run_check,
        "archive": run_check,  # check, plus the house memory (newslint.archive.options)
        "rules": run_rules,
        "explain": run_explain,
        "test-rules": run_test_rules,
        "config": run_config,
        "cache": run_cache,
    }[options.command]
    return handler(options)


# -- configuration and rules ------------------------------------------------------------------


def load_settings(options: argparse.Namespace) -> Config:
    try:
        path = Path(options.config) if options.config else find_config(Path.cwd())
        config = load_config(path)
        for other in ([] if options.config or path is None else shadowed_configs(path)):
            print(f"newslint: warning: {path} wins; {other}"
                  f"{' [tool.newslint]' if other.name == 'pyproject.toml' else ''} is ignored",
                  file=sys.stderr)
    except ConfigError as error:
        raise UsageError(str(error)) from None
    url = getattr(options, "languagetool", None)
    if url is not None:  # --languagetool[=URL] enables LanguageTool, and its URL wins
        if url and not url.startswith(("http://", "https://")):
            raise UsageError(f"--languagetool={url}: expected an http:// or https:// URL")
        config.languagetool = {**config.languagetool, "enabled": True, **({"url": url} if url else {})}
        config.languagetool_source = "--languagetool"
    return config


# The built-in pack of LanguageTool's rules (rules/languagetool/): loaded for a run only when
# LanguageTool is enabled, so that a run without it never imports or contacts it.
LANGUAGETOOL_PACK = "languagetool"


def languagetool_enabled(config: Config) -> bool:
    return config.languagetool.get("enabled") is True or LANGUAGETOOL_PACK in config.packs


def run_packs(config: Config, listing: bool = False) -> list[str]:
    """The packs a run loads: the configured ones, plus LanguageTool's when it is enabled
    (or, for ``rules`` and ``explain``, always, so that users can find it)."""
    packs = list(config.packs)
    if (listing or languagetool_enabled(config)) and LANGUAGETOOL_PACK not in packs:
        packs.append(LANGUAGETOOL_PACK)
    return packs


def resolve_pack(name: str, config: Config) -> tuple[Path, str]:
    """(directory, pack name) for a ``packs`` entry: a built-in pack name or a directory."""
    builtin = builtin_pack_dir()
    if name == BUILTIN_PACK:
        return builtin, BUILTIN_PACK
    if (builtin / name).is_dir() and "/" not in name:
        return builtin / name, name
    directory = (config.base_dir / name).resolve()
    if not directory.is_dir():
        raise UsageError(f"rule pack '{name}' not found (not a built-in pack nor a directory)")
    return directory, directory.name


def make_resources(config: Config, bundle: Bundle | None = None) -> Resources:
    return Resources(vocabulary=config.vocabulary, user_gazetteers=config.gazetteers,
                     settings={"languagetool": config.languagetool}, bundle=bundle)


def load_all_rules(config: Config, packs: list[str] | None = None,
                   wanted: Wanted | None = None) -> list[Rule]:
    located = [resolve_pack(name, config) for name in packs or run_packs(config)]
    # One bundle of derived data per set of packs and user gazetteers (a project).
    place = "\0".join([*(str(directory) for directory, _ in located),
                        *(str(path) for path in config.gazetteers)])
    resources = make_resources(config, Bundle(place, shared_types=(Entity,)))
    rules: list[Rule] = []
    try:
        for directory, pack in located:
            rules.extend(load_pack(directory, pack, resources, wanted))
    except (YamlError, PluginError) as error:
        raise UsageError(str(error)) from None
    resources.save_derived()
    return rules


def selected_rules(config: Config, options: argparse.Namespace,
                   loaded: list[Rule] | None = None) -> list[Rule]:
    select = _split(options.select) if options.select is not None else config.select
    ignore = config.ignore + (_split(options.ignore) or [])
    if select is not None and languagetool_enabled(config):
        select = [*select, f"{LANGUAGETOOL_PACK}/"]  # enabling LanguageTool selects it
    if loaded is None:  # build only the checks of the rules that will run
        loaded = load_all_rules(
            config, wanted=lambda rule_id, enabled: is_selected(rule_id, enabled, select, ignore))
    rules = loaded
    check_references(config, options, rules)
    return [r for r in rules if is_selected(r.id, r.enabled, select, ignore)]


def check_references(config: Config, options: argparse.Namespace, rules: list[Rule]) -> None:
    """An id or prefix that names no rule is an error (a typo must not switch checks off)."""
    cli_select = _split(options.select) if options.select is not None else None
    try:
        check_rule_references(config, [r.id for r in rules], cli_select, _split(options.ignore))
    except ConfigError as error:
        raise UsageError(str(error)) from None


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


# -- check ------------------------------------------------------------------------------------


def run_check(options: argparse.Namespace) -> int:
    import time

    from newslint.api import run_settings
    from newslint.archive.options import run_report, wants_archive_run
    from newslint.io.files import collect_files
    from newslint.reporters.text import summary
    from newslint.runner import LazyRules, produce_report

    config = load_settings(options)
    archive = wants_archive_run(options)  # its rules are the Python API's (archive/... too)
    rules = LazyRules(partial(selected_rules, config, options))
    timings: dict[str, float] | None = {} if getattr(options, "timings", False) else None
    fail_on = options.fail_on or config.fail_on
    # --fail-on decides the exit status from every finding; --min-severity only what is
    # shown: the run keeps all findings and the display filter comes after the verdict.
    min_severity = options.min_severity or config.min_severity
    settings = run_settings(config, _split(options.ignore),  # the Python API's settings
                            file_timeout=_file_timeout(options.file_timeout))
    files = list(collect_files(options.paths, config.exclude, config.base_dir,
                               ignore_files=not options.no_ignore))
    if options.statistics and options.format != "text":
        raise UsageError("--statistics works with --format text only")
    # `--diff ""` is a mistake to report, not a filter turned off
    changed = changed_since(options.diff, options.paths) if options.diff is not None else None
    # LanguageTool keeps one connection per run, so its runs stay in one process; its
    # answers come from a service, so they are not cached either.
    languagetool = languagetool_enabled(config)
    cache = None if getattr(options, "no_cache", False) or languagetool else open_results_cache(
        config, options)
    progress = progress_bar(options, len(files))
    if archive:
        report = run_report(options, config, files)
    else:
        report = produce_report(files, rules, settings, jobs=options.jobs,
                                stdin_name=options.stdin_filename, cache=cache,
                                parallel_ok="-" not in options.paths and not languagetool,
                                timings=timings, progress=progress)
    if progress:
        progress.close()
    if not archive and (options.format == "sarif" or rules.loaded):
        report.rules = rules.get()  # SARIF lists the rules that ran
    if changed is not None:
        from newslint.io.diff import filter_findings

        stdin_names = [options.stdin_filename or "-"] if "-" in options.paths else []
        report.findings = filter_findings(report.findings, changed, keep_paths=stdin_names)
    failing = _count_at_least(report.findings, fail_on)
    report.findings = [f for f in report.findings
                       if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[min_severity]]
    hidden_failing = failing - _count_at_least(report.findings, fail_on)

    started = time.perf_counter()
    stream = open_output(options.output)
    stdin_name = options.stdin_filename or "-"
    render_report(options, config, report,
                  [stdin_name if path is None else shown for shown, path in files], stream)
    if options.output:
        assert isinstance(stream, io.StringIO)  # open_output's buffer for --output
        write_output(options.output, stream.getvalue())
    if timings is not None:
        from newslint.timings import print_timings

        timings["output"] = time.perf_counter() - started
        print_timings(timings, report.rules, sys.stderr)
    for error in report.errors:
        print(f"{error.path or 'newslint'}: error: {error.message}", file=sys.stderr)
    if options.format == "text":
        print(summary(report), file=sys.stderr)
    if hidden_failing:
        print(f"newslint: {hidden_failing} finding{'s' if hidden_failing != 1 else ''} at or "
              f"above --fail-on {fail_on} not shown (below --min-severity {min_severity})",
              file=sys.stderr)
    if report.errors:
        return EXIT_ERROR
    if failing:
        return EXIT_FINDINGS
    return EXIT_OK


def render_report(options: argparse.Namespace, config: Config, report: Report,
                  paths: list[str], stream: TextIO) -> None:
    """Write the report in ``--format``, with the text and HTML formats' own settings."""
    from newslint.reporters import get_renderer
    from newslint.reporters.sources import Sources

    render = get_renderer(options.format)
    terminal = options.output is None and sys.stdout.isatty()
    color = options.color == "always" or (
        options.color == "auto" and terminal and not os.environ.get("NO_COLOR"))
    stdin = [options.stdin_filename or "-"] if "-" in options.paths else []
    if options.format == "html":
        render(report, stream, paths=paths, sources=Sources(stdin), weights=config.score_weights)
    elif options.format == "text":
        context = options.context
        if context is None:
            context = options.output_format == "full" if options.output_format else terminal
        render(report, stream, color=color, context=context, statistics=options.statistics,
               sources=Sources(stdin), width=max(48, shutil.get_terminal_size((100, 24)).columns))
    else:
        render(report, stream)


def progress_bar(options: argparse.Namespace, total: int) -> Progress | None:
    """A progress bar on stderr for a run long enough to need one: only on a terminal, never
    in CI logs, and never while a machine-readable report goes to the same terminal."""
    machine = options.format in ("json", "sarif", "github", "html") and options.output is None
    if total < 2 or machine or os.environ.get("CI") or not sys.stderr.isatty():
        return None
    from newslint.reporters.progress import Progress

    return Progress(total)


def _file_timeout(seconds: float) -> float | None:
    if seconds != seconds or seconds < 0:  # NaN or negative
        raise UsageError(f"--file-timeout {seconds:g}: expected a number of seconds, 0 for none")
    return seconds or None


def open_results_cache(config: Config, options: argparse.Namespace) -> ResultsCache | None:
    """The results cache for this run's rules and settings (None when unavailable)."""
    from newslint.cache.results import ResultsCache, run_key

    try:
        packs = [resolve_pack(name, config)[0] for name in run_packs(config)]
    except UsageError:
        return None  # the run will report the missing pack when it loads the rules
    settings = repr((config, options.select, options.ignore))
    return ResultsCache.open(run_key(settings, packs, config.gazetteers))


def _count_at_least(findings: list, severity: str) -> int:
    """How many findings are at or above ``severity`` (none are above ``never``)."""
    if severity == "never":
        return 0
    return sum(1 for f in findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[severity])


def changed_since(revision: str, paths: list[str]) -> ChangedLines:
    """``--diff REV``: the lines changed since REV, found before any file is checked so a
    wrong revision or a missing repository fails at once (see newslint.io.diff)."""
    from newslint.io.diff import DiffError, changed_lines

    try:
        return changed_lines(revision, paths)
    except DiffError as error:
        raise UsageError(str(error)) from None


# -- rules, explain, test-rules ---------------------------------------------------------------


def run_rules(options: argparse.Namespace) -> int:
    config = load_settings(options)
    rules = load_all_rules(config, packs=run_packs(config, listing=True))
    check_references(config, options, rules)
    select = _split(options.select) if options.select is not None else config.select
    ignore = config.ignore + _split(options.ignore)
    width = max((len(r.id) for r in rules), default=10)
    for rule in rules:
        runs = is_selected(rule.id, rule.enabled, select, ignore) and (
            rule.pack != LANGUAGETOOL_PACK or languagetool_enabled(config))
        state = "" if runs else " (off)"
        severity = config.severity.get(rule.id, rule.severity)
        print(f"{rule.id:<{width}}  {severity:<7}  {rule.category:<28}  {rule.summary}{state}")
    return EXIT_OK


def run_config(options: argparse.Namespace) -> int:
    """The effective configuration as YAML, each value with the place it came from."""
    import yaml

    config = load_settings(options)
    check_references(config, options, load_all_rules(config, packs=run_packs(config, listing=True)))
    cli_select = _split(options.select) if options.select is not None else None
    print(f"# configuration file: {config.path or 'none (defaults)'}")
    for key, value, source in effective_settings(config, cli_select, _split(options.ignore)):
        shown = yaml.safe_dump({key: value}, default_flow_style=True, allow_unicode=True,
                               width=10_000).strip()[1:-1]
        print(f"{shown}  # {source}")
    return EXIT_OK


def run_explain(options: argparse.Namespace) -> int:
    config = load_settings(options)
    wanted = options.rule if "/" in options.rule else f"{BUILTIN_PACK}/{options.rule}"
    rules = [r for r in load_all_rules(config, packs=run_packs(config, listing=True))
             if r.id in (options.rule, wanted)]
    if not rules:
        raise UsageError(f"no rule '{options.rule}' (see 'newslint rules')")
    rule = rules[0]
    print(f"{rule.id}  ({rule.severity}, {rule.category}, check: {rule.check_name})")
    if rule.pack == LANGUAGETOOL_PACK and not languagetool_enabled(config):
        print("Off unless LanguageTool is enabled: --languagetool[=URL] or "
              "languagetool: {enabled: true} (docs/languagetool.md).")
    elif not rule.enabled:
        print("Off by default: enable it with select.")
    print()
    print(rule.description.strip())
    print()
    print("Examples:")
    for example in rule.examples:
        verdict = ("flags " + ", ".join(repr(f) for f in example.flags)) if example.flags else "clean"
        print(f"  {example.text}\n    -> {verdict}")
    return EXIT_OK


def run_test_rules(options: argparse.Namespace) -> int:
    from newslint.rules.examples import description_problems, run_examples

    config = load_settings(options)
    if options.pack_dir:
        directory = Path(options.pack_dir)
        if not directory.is_dir():
            raise UsageError(f"{options.pack_dir}: not a directory")
        try:
            rules = load_pack(directory.resolve(), directory.resolve().name, make_resources(config))
        except (YamlError, PluginError) as error:
            raise UsageError(str(error)) from None
    else:  # the built-in packs that this run enables: LanguageTool's needs a server
        rules = load_all_rules(config, packs=[
            BUILTIN_PACK, *([LANGUAGETOOL_PACK] if languagetool_enabled(config) else [])])
    try:
        results = run_examples(rules)
    except CheckUnavailable as error:
        raise UsageError(str(error)) from None
    failures = [result for result in results if not result.passed]
    for failure in failures:
        print(f"FAIL {failure.describe()}")
    incomplete = description_problems(rules)
    for problem in incomplete:
        print(f"FAIL {problem}")
    print(f"{len(results) - len(failures)} passed, {len(failures)} failed; "
          f"{len(rules) - len(incomplete)} descriptions whole, {len(incomplete)} incomplete")
    return EXIT_FINDINGS if failures or incomplete else EXIT_OK


def run_cache(options: argparse.Namespace) -> int:
    """``newslint cache dir|clean``: where the cache is, or delete every entry of it."""
    from newslint.cache import patterns
    from newslint.cache.store import cache_dir, clean

    directory = cache_dir()
    if options.action == "dir":
        print(directory if directory is not None else "no cache: turned off, no home directory, "
              "or the directory is not safely the user's own")
        return EXIT_OK
    removed = clean()
    patterns.discard()  # an emptied cache stays empty
    if removed is None:
        raise UsageError(f"{directory} is not marked as newslint's cache (no CACHEDIR.TAG): "
                         "not cleaned; delete it yourself if it is one")
    print(f"removed {removed} cache entr{'y' if removed == 1 else 'ies'}"
          + (f" from {directory}" if directory is not None else ""))
    return EXIT_OK


__all__ = ["run", "EXIT_ERROR"]
