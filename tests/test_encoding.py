"""Encoding debris: mojibake, replacement and control characters, invisibles, no-break spaces.

Each rule must report the debris and nothing else: correct non-ASCII text (names with
diacritics, currency and degree signs, dashes, emoji) is what international news is
made of and must stay quiet.
"""

from __future__ import annotations

import pytest

from newslint.engine import RunSettings, check_document
from newslint.formats import build_document

from .helpers import builtin_rule, flagged, suggestions

NAMES = ("mojibake", "replacement-character", "control-characters", "invisible-characters",
         "no-break-space")
RULES = {name: builtin_rule(name) for name in NAMES}


# -- mojibake --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "repair"), [
    ("The minister met CafÃ© owners in Paris.", "CafÃ©", "Café"),
    ("Iranâ€™s foreign ministry rejected the report.", "Iranâ€™s", "Iran’s"),
    ("Temperatures reached 25Â°C in Madrid.", "25Â°C", "25°C"),
    ("The EU pledged â‚¬500 million in aid.", "â‚¬500", "€500"),
    ("Police in ZÃƒÂ¼rich arrested two people.", "ZÃƒÂ¼rich", "Zürich"),
    ("Prices in Montr√©al have doubled.", "Montr√©al", "Montréal"),
    ("Former president Nguyá»…n XuÃ¢n PhÃºc resigned.", "Nguyá»…n XuÃ¢n PhÃºc", "Nguyễn Xuân Phúc"),
    ("The daily Â«ÐšÐ¾Ð¼Ð¼ÐµÑ€Ñ\u0081Ð°Ð½Ñ‚ÑŠÂ» reported it.",
     "Â«ÐšÐ¾Ð¼Ð¼ÐµÑ€Ñ\u0081Ð°Ð½Ñ‚ÑŠÂ»", "«Коммерсантъ»"),
])
def test_mojibake_is_reported_with_its_repair(text: str, span: str, repair: str) -> None:
    assert flagged("mojibake", text) == (span,)
    assert suggestions("mojibake", text) == [(repair,)]


def test_repairs_keep_curly_quotes_curly() -> None:
    # ftfy's default would straighten them, and straight quotes would then clash with
    # the article's curly ones.
    text = "â€œWe will not surrender,â€\u009d the mayor said."
    repaired = [s[0] for s in suggestions("mojibake", text)]
    assert repaired == ["“We", "surrender,”"]


def test_mojibake_that_ftfy_declines_is_caught_when_it_redecodes_to_latin_letters() -> None:
    text = "Turkish President Recep Tayyip ErdoÄŸan met the delegation in Ankara."
    assert flagged("mojibake", text) == ("ErdoÄŸan",)
    assert suggestions("mojibake", text) == [("Erdoğan",)]


@pytest.mark.parametrize("text", [
    "Turkish President Recep Tayyip Erdoğan met Kemal Kılıçdaroğlu in İstanbul.",
    "SÃO PAULO (Reuters) — Brazil's President Luiz Inácio Lula da Silva spoke in São Paulo.",
    "Ukrainian President Volodymyr Zelenskyy spoke to reporters in Kyiv.",
    "Thomas Müller scored twice as Bayern beat Düsseldorf on Friedrichstraße.",
    "Health Minister Łukasz Szumowski visited Wrocław and Gdańsk.",
    "Nguyễn Xuân Phúc visited Đà Nẵng and Hà Nội.",
    "The EU pledged €2.5 billion, Britain £300 million, Japan ¥1.2 trillion and India ₹500 crore.",
    "Temperatures reached 41°C (106°F) in Seville.",
    "The 2019–2021 drought — the worst in a century — cut harvests.",
    "“We will rebuild… and we will return,” the mayor said.",
    "Côte d'Ivoire's delegation stayed at a château near Reims and was served pâté.",
    "Protests spread from Bucharest to Târgu Mureș and Brașov.",
    "Former President Guðni Th. Jóhannesson spoke at Þingvellir.",
    "The newspaper «Le Monde» and the daily «Новая газета» reported it.",
    "„Wir schaffen das“, sagte sie. The German word is Straße»",
])
def test_correct_non_ascii_text_is_not_mojibake(text: str) -> None:
    assert flagged("mojibake", text) == ()


def test_mojibake_positions_point_into_the_markdown_source() -> None:
    source = "---\ntitle: Report\n---\n\nThe *minister* met CafÃ© owners.\n"
    document = build_document("a.md", source)
    [finding] = check_document(document, [RULES["mojibake"]], RunSettings())
    assert (finding.line, finding.column, finding.end_column) == (5, 20, 25)


# -- replacement and control characters ----------------------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Iran\ufffds foreign minister arrived in Oman.", "Iran\ufffds"),
    ("President Recep Tayyip Erdo\ufffd\ufffdan addressed the summit.", "Erdo\ufffd\ufffdan"),
    ("The ceasefire held \ufffd for now.", "\ufffd"),
])
def test_replacement_characters_are_reported_with_their_word(text: str, span: str) -> None:
    assert flagged("replacement-character", text) == (span,)


@pytest.mark.parametrize(("text", "span", "fix"), [
    ("The budget vote was delayed\u0007 until Thursday.", "delayed\u0007", "delayed"),
    ("Rescue teams reached the vil\u0000lage late on Friday.", "vil\u0000lage", "village"),
    ("Shares closed higher\u001b[0m on Friday.", "\u001b[0m", None),
    ("The statement ended there.\u000bThe ministry said nothing.", "\u000b", None),
])
def test_control_characters_are_reported(text: str, span: str, fix: str | None) -> None:
    assert flagged("control-characters", text) == (span,)
    assert suggestions("control-characters", text) == [(fix,) if fix else ()]


def test_tabs_and_line_breaks_are_not_control_debris() -> None:
    assert flagged("control-characters", "Prices\trose.\r\nThey fell.\rThen rose.\n") == ()


def test_a_c1_control_inside_mojibake_is_left_to_the_mojibake_rule() -> None:
    text = "Health Minister Å\u0081ukasz Szumowski visited the hospital."
    assert flagged("control-characters", text) == ()
    assert flagged("mojibake", text) == ("Å\u0081ukasz",)


# -- invisible characters and no-break spaces -------------------------------------------------

@pytest.mark.parametrize(("text", "span", "fix"), [
    ("President Zelen\u200bskyy spoke by video link.", "Zelen\u200bskyy", "Zelenskyy"),
    ("Officials inspected pass\u202eport records.", "pass\u202eport", "passport"),
    ("The report was\ufeff published on Monday.", "was\ufeff", "was"),
    ("Lawmakers in the Bundes\u00adtag approved it.", "Bundes\u00adtag", "Bundestag"),
])
def test_invisible_characters_in_words_are_reported(text: str, span: str, fix: str) -> None:
    assert flagged("invisible-characters", text) == (span,)
    assert suggestions("invisible-characters", text) == [(fix,)]


@pytest.mark.parametrize("text", [
    "Supporters replied with 🇺🇦❤\ufe0f and the 👨\u200d👩\u200d👧 emoji.",
    "The sign read \u200fمرحبا\u200f in Arabic.",
    "The Persian word می\u200cخواهم was quoted.",
])
def test_invisible_characters_where_they_belong_are_not_reported(text: str) -> None:
    assert flagged("invisible-characters", text) == ()


def test_soft_hyphens_are_hyphenation_hints_in_html() -> None:
    source = "<p>Lawmakers in the Bundes&shy;tag approved the package.</p>"
    document = build_document("a.html", source)
    assert check_document(document, [RULES["invisible-characters"]], RunSettings()) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The govern\u00a0ment announced sanctions.", ("govern\u00a0ment",)),
    ("Chancellor Scholz returned to Ber\u202flin on Wednesday.", ("Ber\u202flin",)),
    ("The convoy travelled 10\u00a0km to the border, Mr.\u00a0Smith said.", ()),
    ("Louis\u00a0XIV and World War\u00a0II were discussed.", ()),
    ("Troops withdrew along a 10Â\u00a0km stretch.", ()),  # mojibake of a no-break space
])
def test_no_break_spaces_inside_words(text: str, expected: tuple[str, ...]) -> None:
    assert flagged("no-break-space", text) == expected


def test_placeholders_of_skipped_markdown_are_never_reported() -> None:
    source = "Run `a\u200bb` and see <https://example.com/\u00e2\u20ac\u2122> now.\n"
    document = build_document("a.md", source)
    for rule in RULES.values():
        assert check_document(document, [rule], RunSettings()) == [], rule.id
