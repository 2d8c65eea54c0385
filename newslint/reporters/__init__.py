"""Output formats (docs/output.md). Each format is one module with a ``render`` function;
adding a format is one module and one line in ``FORMATS``."""

from __future__ import annotations

from importlib import import_module
from typing import Any, Protocol, TextIO

from newslint.engine import Report

FORMATS = {
    "text": "newslint.reporters.text",
    "json": "newslint.reporters.json",
    "sarif": "newslint.reporters.sarif",
    "github": "newslint.reporters.github",
    "html": "newslint.reporters.html",
}


class Renderer(Protocol):
    def __call__(self, report: Report, stream: TextIO, **options: Any) -> None: ...


def get_renderer(name: str) -> Renderer:
    return import_module(FORMATS[name]).render
