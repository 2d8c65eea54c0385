"""What each ``newslint`` command does, once its arguments are parsed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newslint.check import Resources
from newslint.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError, open_output, write_output
from newslint.config import SEVERITY_RANK, Config, ConfigError, find_config, is_selected, load_config
from newslint.plugins import PluginError
from newslint.rules import BUILTIN_PACK, Rule, builtin_pack_dir, load_pack
from newslint.yamlsource import YamlError


def run(options: argparse.Namespace) -> int:
    handler = {
        "check": run_check,
        "rules": run_rules,
        "explain": run_explain,
        "test-rules": run_test_rules,
    }[options.command]
    return handler(options)


# -- configuration and rules ------------------------------------------------------------------


def load_settings(options: argparse.Namespace) -> Config:
    try:
        path = Path(options.config) if options.config else find_config(Path.cwd())
        return load_config(path)
    except ConfigError as error:
        raise UsageError(str(error)) from None


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


def make_resources(config: Config) -> Resources:
    return Resources(vocabulary=config.vocabulary, user_gazetteers=config.gazetteers,
                     settings={"languagetool": config.languagetool})


def load_all_rules(config: Config, packs: list[str] | None = None) -> list[Rule]:
    resources = make_resources(config)
    rules: list[Rule] = []
    try:
        for name in packs or config.packs:
            directory, pack = resolve_pack(name, config)
            rules.extend(load_pack(directory, pack, resources))
    except (YamlError, PluginError) as error:
        raise UsageError(str(error)) from None
    return rules


def selected_rules(config: Config, options: argparse.Namespace) -> list[Rule]:
    select = _split(options.select) if options.select is not None else config.select
    ignore = config.ignore + (_split(options.ignore) or [])
    rules = load_all_rules(config)
    return [r for r in rules if is_selected(r.id, r.enabled, select, ignore)]


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


# -- check ------------------------------------------------------------------------------------


def run_check(options: argparse.Namespace) -> int:
    from newslint.engine import RunSettings, check_files
    from newslint.files import collect_files
    from newslint.reporters import get_renderer
    from newslint.reporters.text import summary

    config = load_settings(options)
    rules = selected_rules(config, options)
    fail_on = options.fail_on or config.fail_on
    settings = RunSettings(
        severity_overrides=config.severity,
        per_file_ignores=config.per_file_ignores,
        vocabulary=frozenset(config.vocabulary),
        min_severity=options.min_severity or config.min_severity,
        relative_to=config.base_dir,
    )
    files = list(collect_files(options.paths, config.exclude, config.base_dir))
    report = check_files(files, rules, settings, stdin_name=options.stdin_filename)

    render = get_renderer(options.format)
    stream = open_output(options.output)
    color = options.color == "always" or (
        options.color == "auto" and options.output is None and sys.stdout.isatty()
    )
    render(report, stream, color=color and options.format == "text")
    if options.output:
        write_output(options.output, stream.getvalue())
    for error in report.errors:
        print(f"{error.path}: error: {error.message}", file=sys.stderr)
    if options.format == "text":
        print(summary(report), file=sys.stderr)
    if report.errors:
        return EXIT_ERROR
    if fail_on != "never" and any(
        SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in report.findings
    ):
        return EXIT_FINDINGS
    return EXIT_OK


# -- rules, explain, test-rules ---------------------------------------------------------------


def run_rules(options: argparse.Namespace) -> int:
    config = load_settings(options)
    rules = load_all_rules(config)
    select = _split(options.select) if options.select is not None else config.select
    ignore = config.ignore + _split(options.ignore)
    width = max((len(r.id) for r in rules), default=10)
    for rule in rules:
        state = "" if is_selected(rule.id, rule.enabled, select, ignore) else " (off)"
        severity = config.severity.get(rule.id, rule.severity)
        print(f"{rule.id:<{width}}  {severity:<7}  {rule.category:<28}  {rule.summary}{state}")
    return EXIT_OK


def run_explain(options: argparse.Namespace) -> int:
    config = load_settings(options)
    wanted = options.rule if "/" in options.rule else f"{BUILTIN_PACK}/{options.rule}"
    rules = [r for r in load_all_rules(config) if r.id in (options.rule, wanted)]
    if not rules:
        raise UsageError(f"no rule '{options.rule}' (see 'newslint rules')")
    rule = rules[0]
    print(f"{rule.id}  ({rule.severity}, {rule.category}, check: {rule.check_name})")
    if not rule.enabled:
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
    from newslint.examples import run_examples

    config = load_settings(options)
    if options.pack_dir:
        directory = Path(options.pack_dir)
        if not directory.is_dir():
            raise UsageError(f"{options.pack_dir}: not a directory")
        try:
            rules = load_pack(directory.resolve(), directory.resolve().name, make_resources(config))
        except (YamlError, PluginError) as error:
            raise UsageError(str(error)) from None
    else:
        rules = load_all_rules(config, packs=[BUILTIN_PACK])
    results = run_examples(rules)
    failures = [result for result in results if not result.passed]
    for failure in failures:
        print(f"FAIL {failure.describe()}")
    print(f"{len(results) - len(failures)} passed, {len(failures)} failed")
    return EXIT_FINDINGS if failures else EXIT_OK


__all__ = ["run", "EXIT_ERROR"]
