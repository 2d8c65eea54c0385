"""``--format html`` read as markup: escaping, ranking, the score, self-containment, prose
structure and highlights placed on the finding's own words (the browser test reads it live)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newslint.cli import main


def _report(tmp_path: Path, *paths: Path, extra: tuple[str, ...] = ()) -> str:
    out = tmp_path / "report.html"
    code = main(["check", "--format", "html", "-o", str(out), "--fail-on", "never", *extra,
                 *map(str, paths)])
    assert code == 0
    return out.read_text(encoding="utf-8")


class _Marks(HTMLParser):
    """Text inside each <mark>, by the finding ids it names."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: dict[str, str] = {}
        self._open: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self._open = dict(attrs)["data-f"].split()

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open = None

    def handle_data(self, data):
        for key in self._open or ():
            self.texts[key] = self.texts.get(key, "") + data


def _marks(html: str) -> dict[str, str]:
    parser = _Marks()
    parser.feed(html)
    return parser.texts


def test_article_text_is_escaped(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text('He typed <script>window.pwned = 1</script> and <b onclick="x()">the the</b> end.\n')
    html = _report(tmp_path, story)
    assert "<script>window.pwned" not in html and "<b onclick" not in html
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in html
    assert len(re.findall(r"<script", html)) == 1  # the report's own script only


def test_self_contained(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The council met the the day before.\n")
    html = _report(tmp_path, story)
    assert not re.search(r"<link|<img|\bsrc=|@import|url\(|https?://", html)
    assert "<style>" in html and "function show(" in html
    # the description of the rule that made the finding, as paragraphs, one click away
    assert re.search(r'<div class="rule-entry" id="rule-newslint-doubled-word">.*?'
                     r'<div class="description"><p>\w', html)


def test_index_ranks_worst_first_with_the_mqm_penalty(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The council met on Monday and approved the budget for next year.\n")
    one = tmp_path / "one.txt"  # one error in 8 words
    one.write_text("The council approved the the budget on Monday.\n")
    two = tmp_path / "two.txt"  # two errors in 9 words
    two.write_text("The council approved the the budget and and left.\n")
    html = _report(tmp_path, clean, one, two)
    rows = re.findall(r'<tr data-score="([\d.]+)"><td class="num">(\d+)</td><td><a href="#a\d+">([^<]+)',
                      html)
    assert [Path(path).name for _, _, path in rows] == ["two.txt", "one.txt", "clean.txt"]
    assert [float(score) for score, _, _ in rows] == [pytest.approx(2 * 25 * 1000 / 9, abs=0.001),
                                                      pytest.approx(25 * 1000 / 8), 0.0]


def test_score_weights_from_the_configuration(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The council approved the the budget on Monday.\n")
    config = tmp_path / ".newslint.yaml"
    config.write_text("score-weights: {error: 10}\n")
    html = _report(tmp_path, story, extra=("--config", str(config)))
    assert re.search(r'<tr data-score="1250\.000">', html)  # 10 points in 8 words
    config.write_text("score-weights: {error: -1}\n")
    assert main(["check", "--config", str(config), str(story)]) == 2


def test_highlight_covers_the_finding_and_its_related_location(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("# Talks resume\n\nThe **Joint Comprehensive Action Plan** (JCPOA) was signed "
                     "in 2015.\n\nThe council met the the next day.\n")
    html = _report(tmp_path, story)
    assert "<h2>Talks resume</h2>" in html
    marks = _marks(html)
    items = dict(re.findall(r'<li id="d-(a1-f\d+)" class="finding[^"]*"[^>]*data-rule="([^"]+)"', html))
    by_rule = {rule: key for key, rule in items.items()}
    assert marks[by_rule["newslint/acronym-expansion"]] == "Joint Comprehensive Action Plan"
    assert marks[by_rule["newslint/doubled-word"]] == "the the"


def test_related_locations_are_linked_both_ways(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Prime Minister Shinzo Abe visited Tehran. Later Shinzo Abbey met the "
                     "leaders, and Abe returned home.\n")
    html = _report(tmp_path, story)
    key = re.search(r'<li id="d-(a1-f\d+)"[^>]*data-rule="newslint/name-variant"', html).group(1)
    assert f'href="#{key}-r1"' in html and f'id="{key}-r1"' in html  # finding -> related
    assert re.search(rf'<mark class="hl sev-\w+ rel"[^>]*data-f="{key}"', html)  # related -> card
    assert f'<a class="loc" href="#{key}">' in html and f'id="{key}"' in html  # card -> finding


def test_clean_and_unreadable_files_are_listed(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The council met on Monday.\n")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\x00\xd8 bad")
    out = tmp_path / "report.html"
    main(["check", "--format", "html", "-o", str(out), str(clean), str(broken)])
    html = out.read_text(encoding="utf-8")
    assert html.count('<tr data-score=') == 2 and 'class="problem"' in html
    assert "No findings." in html


def test_invisible_characters_are_shown_and_marked(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The council\u200b met on Monday.\n", encoding="utf-8")
    html = _report(tmp_path, story)
    marks = _marks(html)
    assert any("<U+200B>" in text for text in marks.values())  # drawn, inside the highlight
    assert "\u200b" not in html and "&lt;U+200B&gt;" in html
