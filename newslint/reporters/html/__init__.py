"""``--format html``: one self-contained page to read the checked articles by.

An index ranks the articles by a quality score (an MQM-style penalty per 1,000 words,
docs/report.md), worst first; each article is shown as prose with every finding marked in
place, its message, suggestion and rule on hover, focus or click, its related locations
linked both ways; filters by severity, category and rule work in the page. The page has no
external resource: its style and script (``report.css``, ``report.js`` beside this file)
are inlined, so it works mailed or opened from disk. Everything taken from an article or a
finding is escaped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html import escape
from importlib.resources import files as package_files
from typing import TextIO

from newslint import __version__
from newslint.document import Document
from newslint.engine import Finding, Report
from newslint.reporters.html.article import marks_for, render_prose, visible_html
from newslint.reporters.sources import Sources

SEVERITIES = ("error", "warning", "info")
DEFAULT_WEIGHTS = {"error": 25.0, "warning": 5.0, "info": 1.0}
UNSHOWN = "The text is not shown: it was read from standard input, or the file can no longer be read."


@dataclass
class Article:
    """One checked file as the report shows it."""

    path: str
    document: Document | None
    findings: list[Finding] = field(default_factory=list)
    problem: str | None = None  # why the file could not be checked
    key: str = ""

    @property
    def words(self) -> int:
        return self.document.word_count if self.document is not None else 0

    def penalty(self, weights: Mapping[str, float]) -> float:
        return sum(weights[f.severity] for f in self.findings)

    def score(self, weights: Mapping[str, float]) -> float:
        """Penalty points per 1,000 words: higher is worse."""
        return self.penalty(weights) * 1000 / max(self.words, 1)

    def title(self) -> str:
        if self.document is None:
            return ""
        title = self.document.metadata.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        paragraphs = self.document.paragraphs
        first = self.document.text[paragraphs[0].start:paragraphs[0].end] if paragraphs else ""
        first = " ".join(first.split())
        return first if len(first) <= 90 else first[:89].rsplit(" ", 1)[0] + " …"


def render(report: Report, stream: TextIO, *, paths: Iterable[str] | None = None,
           sources: Sources | None = None, weights: Mapping[str, float] | None = None,
           **_: object) -> None:
    weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    articles = collect_articles(report, paths, sources or Sources(), weights)
    stream.write(page(report, articles, weights))


def collect_articles(report: Report, paths: Iterable[str] | None, sources: Sources,
                     weights: Mapping[str, float]) -> list[Article]:
    """Every checked file (with findings or not, and those that could not be read), ranked
    worst first."""
    problems = {e.path: e.message for e in report.errors if e.path is not None}
    order = list(dict.fromkeys([*(paths or ()), *(f.path for f in report.findings), *problems]))
    articles = {path: Article(path, None if path in problems else sources.document(path),
                              problem=problems.get(path)) for path in order}
    for finding in report.findings:
        articles[finding.path].findings.append(finding)
    ranked = sorted(articles.values(), key=lambda a: (-a.score(weights), a.path))
    for number, article in enumerate(ranked, start=1):
        article.key = f"a{number}"
    return ranked


def page(report: Report, articles: list[Article], weights: Mapping[str, float]) -> str:
    findings = [f for article in articles for f in article.findings]
    rule_ids = sorted({f.rule for f in findings})
    categories = sorted({c for f in findings for c in _category_levels(f.category)})
    parts = [
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<meta name=\"generator\" content=\"newslint {escape(__version__)}\">\n",
        "<title>newslint report</title>\n<style>\n", _asset("report.css"), "</style>\n</head>\n",
        "<body>\n", _toolbar(rule_ids, categories), "<main>\n",
        _index(report, articles, weights),
        *(_article(article, articles, index, weights) for index, article in enumerate(articles)),
        _rules(report, rule_ids, findings),
        "</main>\n",
        '<div id="card" class="card" role="dialog" aria-label="Finding" hidden></div>\n',
        '<dialog id="rule-dialog" aria-label="Rule"><div class="body"></div>'
        '<form method="dialog"><button>Close</button></form></dialog>\n',
        "<script>\n", _asset("report.js"), "</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def _asset(name: str) -> str:
    return package_files(__package__).joinpath(name).read_text(encoding="utf-8")


def _category_levels(category: str) -> list[str]:
    """``accuracy/mistranslation`` is filtered as itself and as ``accuracy``."""
    top = category.split("/")[0]
    return [top] if top == category else [top, category]


def _toolbar(rule_ids: list[str], categories: list[str]) -> str:
    severities = "".join(
        f'<label class="sev-{s}"><input type="checkbox" name="severity" value="{s}" checked> '
        f"{s}</label>" for s in SEVERITIES)
    category_options = "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in categories)
    rule_options = "".join(f'<option value="{escape(r)}">{escape(r)}</option>' for r in rule_ids)
    return (
        '<header class="bar"><a class="home" href="#">newslint report</a>'
        f'<fieldset class="filters"><legend>Show</legend>{severities}'
        '<label>category <select id="filter-category"><option value="">all</option>'
        f"{category_options}</select></label>"
        '<label>rule <select id="filter-rule"><option value="">all</option>'
        f"{rule_options}</select></label></fieldset></header>\n")


def _counts(findings: list[Finding]) -> Counter[str]:
    return Counter(f.severity for f in findings)


def _index(report: Report, articles: list[Article], weights: Mapping[str, float]) -> str:
    findings = [f for a in articles for f in a.findings]
    counts = _counts(findings)
    words = sum(a.words for a in articles)
    weight_text = ", ".join(f"{s} {weights[s]:g}" for s in SEVERITIES)
    rows = "".join(_index_row(a, weights) for a in articles)
    return (
        '<section id="index" aria-labelledby="index-title">\n'
        '<h1 id="index-title">Articles, worst first</h1>\n'
        f'<p class="totals">{len(articles)} article{"s" if len(articles) != 1 else ""}, '
        f'{words:,} words: {_severity_chips(counts)}</p>\n'
        f'<p class="explain">Score: penalty points per 1,000 words ({escape(weight_text)} '
        "per finding); 0 is clean, higher is worse. Open an article to read it with its "
        "findings marked.</p>\n"
        '<table class="index"><thead><tr><th scope="col">#</th><th scope="col">Article</th>'
        '<th scope="col" class="num">Score</th><th scope="col" class="num wide">Words</th>'
        '<th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th>'
        '<th scope="col" class="num">Info</th><th scope="col" class="wide">Categories</th></tr></thead>\n'
        f"<tbody>\n{rows}</tbody></table>\n</section>\n")


def _index_row(article: Article, weights: Mapping[str, float]) -> str:
    counts = _counts(article.findings)
    score = article.score(weights)
    categories = Counter(f.category.split("/")[0] for f in article.findings)
    chips = " ".join(f'<span class="chip">{escape(c)} {n}</span>'
                     for c, n in sorted(categories.items(), key=lambda i: (-i[1], i[0])))
    title = visible_html(article.title())
    note = f'<div class="problem">{escape(article.problem)}</div>' if article.problem else ""
    return (
        f'<tr data-score="{score:.3f}"><td class="num">{article.key[1:]}</td>'
        f'<td><a href="#{article.key}">{escape(article.path)}</a>'
        f'<div class="title">{title}</div>{note}</td>'
        f'<td class="num score">{score:.1f}</td><td class="num wide">{article.words:,}</td>'
        + "".join(f'<td class="num c-{s}">{counts[s] or ""}</td>' for s in SEVERITIES)
        + f'<td class="wide">{chips}</td></tr>\n')


def _severity_chips(counts: Counter[str]) -> str:
    return " ".join(f'<span class="chip sev-{s}">{counts[s]} {s}'
                    f'{"s" if counts[s] != 1 and s != "info" else ""}</span>' for s in SEVERITIES)


def _article(article: Article, articles: list[Article], index: int,
             weights: Mapping[str, float]) -> str:
    keyed = [(f"{article.key}-f{n}", f) for n, f in enumerate(article.findings, start=1)]
    previous = articles[index - 1].key if index > 0 else None
    following = articles[index + 1].key if index + 1 < len(articles) else None
    nav = ('<nav class="pager"><a href="#">↑ All articles</a>'
           + (f' <a href="#{previous}">← worse</a>' if previous else "")
           + (f' <a href="#{following}">better →</a>' if following else "") + "</nav>")
    if article.document is not None:
        prose = render_prose(article.document, marks_for(article.document, keyed))
    else:
        prose = f'<p class="problem">{escape(article.problem or UNSHOWN)}</p>'
    listing = "".join(_finding_item(key, finding) for key, finding in keyed)
    kind = article.document.kind if article.document is not None else "text"
    return (
        f'<article class="doc" id="{article.key}" aria-labelledby="{article.key}-title">\n{nav}\n'
        f'<h1 id="{article.key}-title" class="path">{escape(article.path)}</h1>\n'
        f'<p class="meta">Score {article.score(weights):.1f} · {article.words:,} words · '
        f"{_severity_chips(_counts(article.findings))}</p>\n"
        f'<div class="prose kind-{kind}">\n{prose}\n</div>\n'
        f'<h2 class="findings-title">Findings</h2>\n'
        + (f'<ol class="findings">\n{listing}</ol>\n' if keyed else "<p>No findings.</p>\n")
        + "</article>\n")


def _finding_item(key: str, finding: Finding) -> str:
    suggestion = (f'<span class="sugg">Suggestion: <b>{visible_html(finding.suggestions[0])}</b></span>'
                  if finding.suggestions else "")
    related = "".join(
        f'<li><a href="#{key}-r{n}">{r.line}:{r.column}</a> {visible_html(r.message)}</li>'
        for n, r in enumerate(finding.related, start=1))
    related = f'<ul class="related">{related}</ul>' if related else ""
    return (
        f'<li id="d-{key}" class="finding sev-{finding.severity}" data-sev="{finding.severity}" '
        f'data-cat="{escape(finding.category)}" data-rule="{escape(finding.rule)}">'
        f'<a class="loc" href="#{key}">{finding.line}:{finding.column}</a> '
        f'<span class="sev">{finding.severity}</span> '
        f'<span class="msg">{visible_html(finding.message)}</span> {suggestion}{related}'
        f'<span class="about"><a class="rule" href="#{_rule_anchor(finding.rule)}">'
        f'{escape(finding.rule)}</a> · <span class="cat">{escape(finding.category)}</span></span>'
        "</li>\n")


def _paragraphs(text: str) -> str:
    """A rule description (hard-wrapped YAML text) as paragraphs; a line that starts a list
    item keeps its own line."""
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for line in block.splitlines():
            if lines and not re.match(r"\s*(?:[-*•]|\d+[.)])\s", line):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line.strip())
        blocks.append("<p>" + "<br>".join(escape(line) for line in lines) + "</p>")
    return "".join(blocks)


def _rule_anchor(rule_id: str) -> str:
    return "rule-" + re.sub(r"[^A-Za-z0-9_-]+", "-", rule_id)


def _rules(report: Report, rule_ids: list[str], findings: list[Finding]) -> str:
    """The description of every rule that made a finding (a rule link opens it)."""
    known = {rule.id: rule for rule in report.rules}
    first = {f.rule: f for f in reversed(findings)}
    entries = []
    for rule_id in rule_ids:
        rule = known.get(rule_id)
        if rule is not None:
            about = f"{rule.severity}, {rule.category}"
            description = rule.description.strip() or rule.summary
        else:
            about = f"{first[rule_id].severity}, {first[rule_id].category}"
            description = f"Reported by the '{first[rule_id].check}' check."
        entries.append(
            f'<div class="rule-entry" id="{_rule_anchor(rule_id)}"><h3>{escape(rule_id)}</h3>'
            f'<p class="about">{escape(about)}</p>'
            f'<div class="description">{_paragraphs(description)}</div></div>\n')
    return ('<section id="rules" aria-label="Rules"><h1>Rules</h1>\n'
            '<nav class="pager"><a href="#">↑ All articles</a></nav>\n'
            + "".join(entries) + "</section>\n")
