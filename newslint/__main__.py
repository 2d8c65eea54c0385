"""Allow ``python -m newslint``."""

from newslint.cli import run

run()
