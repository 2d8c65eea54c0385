"""One article as readable prose, every finding marked where it is.

The article is drawn from the document's prose (``Document.text``: Markdown and HTML
markup already removed), paragraph by paragraph, headings as headings. Each finding's and
each related location's region is mapped to prose offsets with the document's own
``LineIndex`` (``reporters.sources``); where regions overlap, the prose is cut into
segments and each segment is one ``<mark>`` naming every finding that covers it, so a
highlight never nests and a finding's highlight is exactly its segments. Everything from
the article passes through ``html.escape``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from html import escape

from newslint.document import Document, Span
from newslint.engine import Finding
from newslint.positions import Region
from newslint.records import NamedTuple
from newslint.reporters.excerpt import shown
from newslint.reporters.sources import text_span

SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}
# Characters a browser would not show (controls, zero-width and direction marks): drawn as
# ␀-style pictures or <U+200B>, so that what newslint flags can be seen.
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")
_HTML_OPEN_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>?\s*$")
_SETEXT = re.compile(r"[ \t]*(=+|-+)[ \t]*$")


class Mark(NamedTuple):
    """A stretch of prose to highlight: a finding (``related`` None) or one of its related
    locations (``related`` = its number)."""

    start: int
    end: int
    finding: str
    severity: str
    related: int | None = None


def marks_for(document: Document, findings: list[tuple[str, Finding]]) -> list[Mark]:
    """Prose spans of each finding and each related location, by the finding's id."""
    marks: list[Mark] = []
    for key, finding in findings:
        span = text_span(document, finding.region)
        if span is not None:
            marks.append(Mark(*span, key, finding.severity))
        for number, related in enumerate(finding.related, start=1):
            region = Region(related.line, related.column, related.end_line, related.end_column)
            span = text_span(document, region)
            if span is not None:
                marks.append(Mark(*span, key, finding.severity, number))
    return marks


def render_prose(document: Document, marks: list[Mark]) -> str:
    """The article's blocks (``<p>``, ``<h2>``…) with the marks in place."""
    blocks = list(_blocks(document))
    placed = sorted(_place_points(marks, [span for _, span in blocks]))
    parts = []
    anchored: set[Mark] = set()
    active: list[Mark] = []
    following = 0
    for tag, span in blocks:  # one sweep: each mark enters once, leaves once it has ended
        while following < len(placed) and placed[following].start <= span.end:
            active.append(placed[following])
            following += 1
        active = [m for m in active if m.end >= span.start]
        inside = [m for m in active if m.start < span.end and m.end > span.start
                  or (m.start == m.end and span.start <= m.start <= span.end)]
        body = _marked(document.text, span, inside, anchored)
        parts.append(f"<{tag}>{body}</{tag}>")
    return "\n".join(parts)


def _place_points(marks: list[Mark], spans: list[Span]) -> list[Mark]:
    """A mark that starts between blocks (in a blank line) starts at the next block instead
    (or, past the last block, sits at its end), so every finding shows in the article."""
    if not spans:
        return []
    starts = [span.start for span in spans]
    placed = []
    for mark in marks:
        index = bisect_right(starts, mark.start) - 1
        if index >= 0 and mark.start <= spans[index].end:
            placed.append(mark)
        elif index + 1 < len(spans):
            at = spans[index + 1].start
            placed.append(mark._replace(start=at, end=max(at, mark.end)))
        else:
            placed.append(mark._replace(start=spans[-1].end, end=spans[-1].end))
    return placed


def _blocks(document: Document) -> Iterator[tuple[str, Span]]:
    """(tag, prose span) for each block; plain text with one paragraph per line splits there."""
    for number, paragraph in enumerate(document.paragraphs):
        pieces = [paragraph]
        if document.kind == "text":
            pieces = _lines_as_paragraphs(document.text, paragraph)
        for piece in pieces:
            yield _heading_tag(document, piece, first=number == 0) or "p", piece


def _lines_as_paragraphs(text: str, paragraph: Span) -> list[Span]:
    """A plain-text paragraph whose lines are long (one paragraph per line, no blank line
    between) is read as one paragraph per line; a hard-wrapped one stays whole."""
    lines = []
    start = paragraph.start
    for match in re.finditer(r"\r\n|\r|\n", text[paragraph.start:paragraph.end]):
        lines.append(Span(start, paragraph.start + match.start()))
        start = paragraph.start + match.end()
    lines.append(Span(start, paragraph.end))
    if len(lines) > 1 and sum(s.end - s.start for s in lines) / len(lines) > 100:
        return [s for s in lines if s.end > s.start]
    return [paragraph]


def _heading_tag(document: Document, span: Span, first: bool) -> str | None:
    begin, end = document.source_span(span.start, span.end)
    source = document.source
    if document.kind == "markdown":
        line_start = source.rfind("\n", 0, begin) + 1
        if source[line_start:begin].lstrip().startswith("#"):
            level = len(source[line_start:begin].lstrip()) - len(source[line_start:begin].lstrip("#"))
            return f"h{min(max(level, 1) + 1, 6)}"
        following = source[end:].split("\n", 2)
        if len(following) > 1 and _SETEXT.match(following[1].rstrip("\r")):
            return "h2"
        return None
    if document.kind == "html":
        opening = _HTML_OPEN_TAG.search(source, max(0, begin - 300), begin)
        if opening and not opening.group(1):
            tag = opening.group(2).lower()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                return f"h{min(int(tag[1]) + 1, 6)}"
            if tag == "title":
                return "h2"
        return None
    text = document.text[span.start:span.end]
    if first and "\n" not in text and len(text) < 150 and not re.search(r"[.!?…:;,\"”’]$", text):
        return "h2"  # a plain-text headline: the first line, short, no closing punctuation
    return None


def _marked(text: str, span: Span, marks: list[Mark], anchored: set[Mark]) -> str:
    """The prose of ``span``, escaped, cut into segments at every mark boundary."""
    cuts = {span.start, span.end}
    for mark in marks:
        cuts.update(min(max(point, span.start), span.end) for point in (mark.start, mark.end))
    points = sorted(cuts)
    parts: list[str] = []
    for left, right in zip(points, [*points[1:], None], strict=True):
        parts.extend(_anchors(marks, left, anchored))
        parts.extend(_point_marks(marks, left))
        if right is None:
            break
        covering = [m for m in marks if m.start <= left and right <= m.end and m.start < m.end]
        chunk = visible_html(text[left:right])
        parts.append(_segment(chunk, covering) if covering else chunk)
    return "".join(parts)


def _anchors(marks: list[Mark], at: int, anchored: set[Mark]) -> Iterator[str]:
    """Link targets at the start of each finding and related location (once each, at the
    first place the mark shows)."""
    for mark in marks:
        if mark not in anchored and mark.start <= at:
            anchored.add(mark)
            yield f'<span class="at" id="{_anchor_id(mark)}"></span>'


def _anchor_id(mark: Mark) -> str:
    return mark.finding if mark.related is None else f"{mark.finding}-r{mark.related}"


def _point_marks(marks: list[Mark], at: int) -> Iterator[str]:
    """An empty span (a missing space, a missing word) is drawn as a caret at its place."""
    for mark in marks:
        if mark.start == mark.end == at:
            yield _segment("", [mark], point=True)


def _segment(chunk: str, covering: list[Mark], point: bool = False) -> str:
    findings = sorted({m.finding for m in covering})
    own = [m for m in covering if m.related is None]
    severity = max((m.severity for m in own or covering), key=SEVERITY_ORDER.__getitem__)
    classes = ["hl", f"sev-{severity}"] + ([] if own else ["rel"]) + (["pt"] if point else [])
    return (f'<mark class="{" ".join(classes)}" tabindex="0" role="button" '
            f'data-f="{" ".join(findings)}" aria-describedby="{" ".join(f"d-{f}" for f in findings)}">'
            f"{chunk}</mark>")


def visible_html(text: str) -> str:
    """Article text as HTML: escaped, with invisible characters made visible."""
    return escape(_INVISIBLE.sub(lambda m: shown(m.group()), text.replace("\r\n", "\n")))
