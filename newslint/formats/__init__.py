"""Turn a decoded file into a ``Document`` according to its format (README, Input).

Each format lives in its own module and only has to say which stretches of the source
are prose; ``ProseBuilder`` records where every extracted character came from. Adding a
format is one module and one line in ``_FORMATS``.
"""

from __future__ import annotations

from array import array
from pathlib import PurePath

from newslint.document import Document

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DEFAULT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

# Stands in for skipped inline material (code, a URL) so that the words on either side do
# not run together and punctuation checks do not see a gap.
PLACEHOLDER = "\ufffc"


class ProseBuilder:
    """Accumulates extracted prose together with each character's source offset."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._offsets = array("l")

    def copy(self, source: str, start: int, end: int) -> None:
        """Append ``source[start:end]`` verbatim."""
        if end > start:
            self._parts.append(source[start:end])
            self._offsets.extend(range(start, end))

    def insert(self, text: str, at: int) -> None:
        """Append text that is not in the source (a separator), mapped to offset ``at``."""
        self._parts.append(text)
        self._offsets.extend([at] * len(text))

    def paragraph_break(self, at: int) -> None:
        if self._parts and not "".join(self._parts[-2:]).endswith("\n\n"):
            self.insert("\n\n", at)

    def build(self) -> tuple[str, array]:
        return "".join(self._parts), self._offsets


def document_kind(path: str) -> str:
    suffix = PurePath(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def build_document(path: str, source: str, kind: str | None = None) -> Document:
    """A ``Document`` for ``source``; ``kind`` defaults to what the path's suffix says."""
    kind = kind or document_kind(path)
    if kind == "markdown":
        from newslint.formats.markdown import extract_markdown

        text, offsets, metadata = extract_markdown(source)
        return Document(path, source, text, offsets, kind="markdown", metadata=metadata)
    if kind == "html":
        from newslint.formats.html import extract_html

        text, offsets, metadata = extract_html(source)
        return Document(path, source, text, offsets, kind="html", metadata=metadata)
    if "<!--" in source:  # suppression comments in plain text are not prose
        from newslint.config.suppression import blank_directives

        return Document(path, source, blank_directives(source))
    return Document(path, source)
