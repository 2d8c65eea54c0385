"""MT tells visible from the English alone: the source's own voice, scraped page furniture,
leftover typography and a/an by sound. Each with flagged and not-flagged sentences."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.checks.typography.articles import expected_article
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.io.yamlsource import YamlError
from newslint.rules.loader import load_pack

from .helpers import findings, flagged

# -- the source publication's own voice ---------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Grain output in our country rose for the fifth year.", ("our country",)),
    ("Our province opened 40 new clinics, the health bureau said.", ("Our province",)),
    ("The minister wrote to the troops that you have defended the nation bravely.",
     ("wrote to the troops that you have defended",)),
    ("\"Our country will not be bullied,\" the spokesman said.", ()),
    # a quote reopened after a full stop is still the speaker's
    ("The envoy said: \"Talks failed. \"Our country is ready to try again.\"", ()),
    # a quote running to the end of its paragraph, continued in the next
    ("\"We built this road ourselves.\n\n\"Our city will build the next one,\" she said.", ()),
    ("The band closed with My Country Tis of Thee.", ()),
    ("He sent the letter that you can read online; the ministry said it was genuine.", ()),
])
def test_source_voice(text: str, expected: tuple[str, ...]) -> None:
    assert flagged("source-voice", text) == expected


def test_reporter_voice_is_off_by_default_and_info_when_selected() -> None:
    from .helpers import builtin_rule
    rule = builtin_rule("reporter-voice")
    assert not rule.enabled
    text = "The reporter learned from the hospital that 40 beds were added."
    [finding] = check_document(Document("<t>", text), [rule], RunSettings())
    assert finding.severity == "info"
    assert flagged("reporter-voice", "\"I told this reporter the truth,\" she said.") == ()


# -- page furniture -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("[Source: Xinhua] [Editor: Zhou Ke]\n\nThe bridge opened.",
     ("[Source: Xinhua] [Editor: Zhou Ke]",)),
    ("Harbin Daily (Correspondents Li Ming and Zhou Ke) The bridge opened.",
     ("(Correspondents Li Ming and Zhou Ke)",)),
    ("The bridge opened on Monday. (Photo by Zhou Ke)", ("(Photo by Zhou Ke)",)),
    ("Font size: big medium small\nThe bridge opened.", ("Font size: big medium small",)),
    ("Click to enlarge\nThe bridge opened on Monday.", ("Click to enlarge",)),
    ("Editor in charge: Zhou Ke\n", ("Editor in charge: Zhou Ke",)),
    ("Ferry fares cut for students-Chinanews.com\nFares fell.", ("-Chinanews.com",)),
    ("The report was carried by Xinhua - and by others.", ()),
    ("The editor in charge of the paper, Zhou Ke, said the source was reliable.", ()),
    ("The reporter, Li Ming, shared the prize (and the editor) with a large, small team.", ()),
    ("The photographer's source said: prices will rise.", ()),
])
def test_page_furniture(text: str, expected: tuple[str, ...]) -> None:
    assert flagged("page-furniture", text) == expected


def _pack(tmp_path: Path, lines: str) -> list:
    pack = tmp_path / "house"
    pack.mkdir(exist_ok=True)
    (pack / "our-sites.txt").write_text(lines, encoding="utf-8")
    (pack / "furniture.yaml").write_text(textwrap.dedent("""\
        id: our-furniture
        check: furniture
        severity: warning
        category: accuracy/addition
        lists: [our-sites.txt]
        description: Furniture of the sites we translate from.
        examples:
          - text: "Read the full story in the app. The bridge opened."
            flags: ["Read the full story in the app."]
          - text: "The bridge opened."
            flags: []
        """))
    return load_pack(pack, "house", Resources())


def test_a_newsroom_extends_the_furniture_list_with_a_file_of_its_own(tmp_path: Path) -> None:
    (rule,) = _pack(tmp_path, "# our sites\n\nread the full story in the app\\.\n")
    text = "Read the full story in the app. The bridge opened."
    [finding] = check_document(Document("<t>", text), [rule], RunSettings())
    assert (finding.column, finding.end_column) == (1, 32)


def test_a_bad_pattern_in_a_furniture_list_names_the_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(YamlError) as caught:
        _pack(tmp_path, "fine\n(unclosed\n")
    assert "our-sites.txt:2:" in str(caught.value)


# -- leftover typography ------------------------------------------------------------------------


@pytest.mark.parametrize(("rule", "text", "expected"), [
    ("long-ellipsis", "Costs rose…… and rose.", ("……",)),
    ("long-ellipsis", "Costs rose... and rose.... Then fell.", ()),
    ("spaced-full-stop", "The vote was held. . The result came later.", (". .",)),
    ("spaced-full-stop", "The vote . . . was held.", ()),
    ("company-suffix-spacing", "Hangzhou Blue Sky Co.,Ltd. and Wuxi Star Co. ,Ltd. signed.",
     ("Co.,", "Co. ,")),
    ("company-suffix-spacing", "Hangzhou Blue Sky Co., Ltd. signed.", ()),
    ("semicolon-capital", "Fees will fall; There will be more beds; For patients, waits shrink.",
     ("; There", "; For")),
    ("semicolon-capital", "Winners were Ana Lopez of Madrid; Tom Hart of Leeds; and others.", ()),
    ("run-on-sentence", "the developer The developer may swap the flat.", ("developer The",)),
    ("run-on-sentence", "She loved the song The Boxer and the film It Follows.", ()),
    ("run-on-sentence", "Growth slowed. The bank said it would act.", ()),
    ("double-hyphen", "BEIJING, May 2 (Xinhua) -- The talks ended.", (" -- ",)),
    ("double-hyphen", "The bridge - - the longest in Asia - - opened.", (" - - ", " - - ")),
    ("double-hyphen", "Pass --verbose to the tool; a 2-1 win and a well-\n-known name.", ()),
])
def test_typography(rule: str, text: str, expected: tuple[str, ...]) -> None:
    assert flagged(rule, text) == expected


@pytest.mark.parametrize(("word", "article"), [
    ("echelon", "an"), ("university", "a"), ("hour", "an"), ("European", "a"), ("FBI", "an"),
    ("one-off", "a"), ("MP", "an"), ("US", "a"), ("U.S.", "a"), ("honest", "an"), ("house", "a"),
    ("8%", "an"), ("18-year-old", "an"), ("11,000-seat", "an"), ("110", "a"), ("onerous", "an"),
    ("unidentified", "an"), ("union", "a"), ("X-ray", "an"), ("T-shirt", "a"), ("M&S", "an"),
    ("UFJ-MTFG", "a"), ("NGO", "an"), ("Uighur", "a"), ("Uyghur", "a"), ("usual", "a"),
])
def test_the_article_follows_the_sound(word: str, article: str) -> None:
    assert expected_article(word) == article


@pytest.mark.parametrize("word", ["NATO", "FIFA", "FTSE", "SUV", "historic", "Uzbek", "RMB", "1100",
                                  "MoD", "PhD", "iPhone"])
def test_an_unsure_sound_is_not_judged(word: str) -> None:
    assert expected_article(word) is None


def test_one_article_slip_is_info_two_are_a_warning() -> None:
    [one] = findings("a-an", "The army sent a echelon of tanks.")
    assert one.severity == "info"
    two = findings("a-an", "The army sent a echelon of tanks to an university town.")
    assert [f.severity for f in two] == ["warning", "warning"]


def test_a_capital_a_inside_a_sentence_is_a_letter_or_a_name() -> None:
    assert flagged("a-an", "Plan A offers Grade A bonds, said Nguyen Van An today.") == ()


@pytest.mark.parametrize("text", [
    "Unemployment fell to 4.1%.\nSource: Office for National Statistics\n",
    "The print was set in type large and small, the curator said.",
    "(Reporting by Jane Doe; Editing by John Roe)",
])
def test_edited_copy_credits_and_prose_are_not_furniture(text: str) -> None:
    assert flagged("page-furniture", text) == ()
