"""README, Input: Markdown prose is extracted, and every position points into the file."""

from __future__ import annotations

from newslint.formats import PLACEHOLDER, build_document

ARTICLE = """---
title: "Abe meets Trump"
date: 2025-03-06
slug: abe-meets-trump
---
# The the headline

Some *emphasis*, a [link text](https://example.com/the_the) and `the the` code.
Visit https://example.org/the-the or <https://x.org>.

> A quoted line
> continued **bold**.

```
the the inside a fence
```

<!-- the the in a comment -->

| Name | Role |
|------|------|
| Abe  | PM   |
"""


def prose(document) -> str:
    return document.text


def test_front_matter_keeps_only_prose_keys_and_parses_metadata() -> None:
    document = build_document("a.md", ARTICLE)
    assert "Abe meets Trump" in prose(document)
    assert "abe-meets-trump" not in prose(document)
    assert str(document.metadata["date"]) == "2025-03-06"


def test_code_urls_link_targets_and_comments_are_not_prose() -> None:
    text = prose(build_document("a.md", ARTICLE))
    assert "inside a fence" not in text
    assert "example.com" not in text and "example.org" not in text
    assert "in a comment" not in text
    assert "`" not in text and "*" not in text
    assert "link text" in text and "emphasis" in text
    assert PLACEHOLDER in text  # skipped inline code leaves a placeholder, not a gap


def test_headings_quotes_and_table_cells_are_prose_paragraphs() -> None:
    document = build_document("a.md", ARTICLE)
    paragraphs = [document.text[p.start : p.end] for p in document.paragraphs]
    assert "The the headline" in paragraphs
    assert "A quoted line\ncontinued bold." in paragraphs
    assert "Abe" in paragraphs and "PM" in paragraphs


def test_every_prose_word_maps_back_to_the_same_word_in_the_source() -> None:
    document = build_document("a.md", ARTICLE)
    for token in document.tokens:
        start, end = document.source_span(token.start, token.end)
        assert ARTICLE[start:end] == token.text


def test_regions_are_positions_in_the_stored_file() -> None:
    document = build_document("a.md", "Intro.\n\n> Say *Abbey* now\n")
    start = document.text.index("Abbey")
    assert tuple(document.region(start, start + 5)) == (3, 8, 3, 13)


def test_crlf_markdown_maps_correctly() -> None:
    source = "# Title\r\n\r\nThe *the* word\r\nsecond line\r\n"
    document = build_document("a.md", source)
    start = document.text.index("second")
    assert tuple(document.region(start, start + 6)) == (4, 1, 4, 7)


def test_html_text_title_and_alt_are_prose_script_and_pre_are_not() -> None:
    source = ("<html><head><title>Abe &amp; Trump</title><script>var the_the;</script>"
              "</head>\n<body><p>Hello <b>world</b></p><img alt=\"Abe smiles\"><pre>x y</pre>"
              "</body></html>")
    document = build_document("a.html", source)
    assert "Abe & Trump" in document.text and "Abe smiles" in document.text
    assert "var" not in document.text and "x y" not in document.text
    start = document.text.index("world")
    begin, end = document.source_span(start, start + 5)
    assert source[begin:end] == "world"
