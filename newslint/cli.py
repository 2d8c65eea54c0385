"""The ``newslint`` command line (README, Commands; docs/ci.md).

Every failure a user can cause (a bad flag, a broken rule or config, an unreadable file)
ends in a one-line message and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from newslint import __version__

COMMANDS = ("check", "archive", "rules", "explain", "test-rules", "config", "cache")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A mistake in how newslint was called or configured."""


def build_parser() -> argparse.ArgumentParser:

    parser = argparse.ArgumentParser(
        prog="newslint", description="A text-quality linter for machine-translated news.")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check files and directories (default command)")
    _check_arguments(check)
    archive = commands.add_parser("archive", help="check a collection against its own house "
                                                  "spellings, and every article (docs/archive.md)")
    _check_arguments(archive)

    rules = commands.add_parser("rules", help="list the rules with severity and category")
    _common_options(rules)

    explain = commands.add_parser("explain", help="show a rule's description and examples")
    explain.add_argument("rule", metavar="RULE")
    _common_options(explain)

    test_rules = commands.add_parser("test-rules", help="run every rule's embedded examples")
    test_rules.add_argument("pack_dir", nargs="?", metavar="PACK_DIR",
                            help="a rule pack directory (default: the built-in pack)")
    _languagetool_option(test_rules)
    _common_options(test_rules)

    config = commands.add_parser("config", help="print the effective configuration and "
                                                 "the file each value comes from")
    _languagetool_option(config)
    _common_options(config)

    cache = commands.add_parser("cache", help="show or clean newslint's cache")
    cache.add_argument("action", choices=("dir", "clean"),
                       help="dir: print the cache directory; clean: delete every entry")
    return parser


def _check_arguments(check: argparse.ArgumentParser) -> None:
    """The options of ``check``, which ``archive`` shares."""
    from newslint.archive.options import add_options
    from newslint.reporters import FORMATS

    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="files or directories to check; '-' reads standard input")
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                       help="lowest severity that makes the exit code 1 (default: error)")
    check.add_argument("--min-severity", choices=("error", "warning", "info"),
                       help="lowest severity to report (default: info)")
    check.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                       help="check files in N processes (0: one per CPU; default 1); the "
                            "output is the same as a serial run's")
    check.add_argument("--no-cache", action="store_true",
                       help="check every file again instead of reusing the findings of "
                            "unchanged files from the results cache (docs/speed.md)")
    check.add_argument("--timings", action="store_true",
                       help="print the time spent in each phase and each rule to stderr")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="the name to report for '-' (also decides its format)")
    check.add_argument("--diff", metavar="REV",
                       help="report only findings on lines changed since git revision REV "
                            "(the checks still read whole files)")
    check.add_argument("--no-ignore", action="store_true",
                       help="walk directories without reading .gitignore and .newslintignore")
    check.add_argument("--file-timeout", type=float, default=60.0, metavar="SECONDS",
                       help="report a file that takes longer as an error and go on "
                            "(default 60; 0: no limit)")
    _languagetool_option(check)
    _display_options(check)
    _common_options(check)
    add_options(check)


def _languagetool_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--languagetool", nargs="?", const="", metavar="URL",
                        help="also run LanguageTool: --languagetool=URL uses the server at URL; "
                             "alone, the configured server or a local one (docs/languagetool.md)")


def _display_options(parser: argparse.ArgumentParser) -> None:
    """How the text report looks (docs/output.md)."""
    parser.add_argument("--context", action=argparse.BooleanOptionalAction, default=None,
                        help="show each finding's sentence with the span underlined (default: "
                             "on a terminal); --no-context gives one line per finding")
    parser.add_argument("--output-format", choices=("full", "concise"),
                        help="full is --context, concise is --no-context")
    parser.add_argument("--statistics", action="store_true",
                        help="print how many findings each rule made instead of the findings")


def _bare_languagetool_flag(arguments: list[str]) -> list[str]:
    """``--languagetool`` without ``=URL`` must not swallow the path after it as its URL."""
    end = arguments.index("--") if "--" in arguments else len(arguments)
    return [("--languagetool=" if i < end and a == "--languagetool" else a)
            for i, a in enumerate(arguments)]


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="use this configuration file")
    parser.add_argument("--select", metavar="RULES",
                        help="comma-separated rule ids or prefixes to run (replaces config)")
    parser.add_argument("--ignore", metavar="RULES",
                        help="comma-separated rule ids or prefixes to skip (adds to config)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help=argparse.SUPPRESS if parser.prog.endswith("rules") else
                        "colour the text output (default: only on a terminal)")


def main(argv: Sequence[str] | None = None) -> int:
    # Patterns compiled in an earlier run are read back instead of compiled again: before
    # anything else, since even the options' choices import modules that compile some.
    from newslint.cache import patterns

    patterns.install()
    try:
        return _main(argv)
    finally:
        patterns.save()


def run() -> NoReturn:
    """The ``newslint`` command: ``main``, then an exit that does not tear the interpreter
    down object by object (the loaded rules and indexes: ~6 ms, a twentieth of checking
    one article, spent freeing memory the system reclaims at once). The output is flushed
    and the exit handlers run first; with another thread still running, or on an
    interpreter without the handlers' hook, Python exits as usual."""
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (``newslint check | head``)
        _silence_stdout()
    except (OSError, ValueError):
        code = code or EXIT_ERROR
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    import atexit
    import threading

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None or threading.active_count() > 1:
        sys.exit(code)
    run_handlers()
    os._exit(code)


def _main(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] not in COMMANDS and arguments[0] not in (
        "-h", "--help", "--version"
    ):
        arguments.insert(0, "check")
    arguments = _bare_languagetool_flag(arguments)
    parser = build_parser()
    try:
        options = parser.parse_args(arguments)
    except SystemExit as exit_:
        return EXIT_ERROR if exit_.code not in (0, None) else EXIT_OK
    if options.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        from newslint import commands

        return commands.run(options)
    except UsageError as error:
        print(f"newslint: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_ERROR
    except Exception as error:  # a bug in newslint or a plugin: one line, never a traceback
        print(f"newslint: internal error: {type(error).__name__}: {error} "
              "(set NEWSLINT_DEBUG=1 for a traceback)", file=sys.stderr)
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        return EXIT_ERROR


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def open_output(path: str | None) -> TextIO:
    if path is None:
        if isinstance(sys.stdout, io.TextIOWrapper):  # file names that are not UTF-8
            sys.stdout.reconfigure(errors="surrogateescape")
        return sys.stdout
    return io.StringIO()


def write_output(path: str, content: str) -> None:
    """Write a report file atomically: a crash never leaves half a report behind."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.newslint-tmp")
    try:
        # a file name that is not UTF-8 is written back as the bytes it is
        temporary.write_text(content, encoding="utf-8", errors="surrogateescape")
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
