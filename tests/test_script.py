"""Untranslated fragments: letters of a script the copy's language does not use."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.checks.characters.script import script_of
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.rules.examples import flagged_spans
from newslint.rules.loader import BUILTIN_PACK, builtin_pack_dir, load_rule_file

RULE = load_rule_file(builtin_pack_dir() / "untranslated-fragment.yaml", BUILTIN_PACK, Resources())[0]


def fragments(text: str) -> tuple[str, ...]:
    return flagged_spans(RULE, text)


def custom_rule(tmp_path: Path, settings: str):
    path = tmp_path / "fragment.yaml"
    path.write_text(
        "check: script\ncategory: accuracy/source-language-fragment\n"
        "description: Letters of a script the copy does not use.\n" + settings +
        "\nexamples:\n  - text: x\n    flags: []\n", encoding="utf-8")
    return load_rule_file(path, "test", Resources())[0]


@pytest.mark.parametrize(("char", "script"), [
    ("a", "Latin"), ("ğ", "Latin"), ("Ł", "Latin"), ("ª", "Latin"), ("б", "Cyrillic"),
    ("β", "Greek"), ("中", "Han"), ("々", "Han"), ("ト", "Katakana"), ("ー", "Katakana"),
    ("ひ", "Hiragana"), ("한", "Hangul"), ("ب", "Arabic"), ("ש", "Hebrew"), ("क", "Devanagari"),
    ("ท", "Thai"), ("ʻ", "Common"), ("ℓ", "Common"), ("A", "Latin"), ("ｶ", "Katakana"),
    ("\u0301", "Inherited"), ("1", "Common"), ("😀", "Common"),
])
def test_script_of_reads_the_unicode_name(char: str, script: str) -> None:
    assert script_of(char) == script


@pytest.mark.parametrize(("text", "expected"), [
    ("The 人民日报 reported that exports rose.", ("人民日报",)),
    ("A spokesperson for トヨタ said production would resume.", ("トヨタ",)),
    ("The minister described the agreement as ممتاز and left.", ("ممتاز",)),
    ("Officials said they would вернуться к переговорам next week.", ("вернуться к переговорам",)),
    ("The Knesset passed the חוק on its third reading.", ("חוק",)),
    ("Modi told the rally that भारत would be developed by 2047.", ("भारत",)),
    ("The 국회 voted 190 to 0 to lift martial law.", ("국회",)),
    ("Protesters gathered near ทำเน\u0e35ยบร\u0e31ฐบาล on Saturday.", ("ทำเน\u0e35ยบร\u0e31ฐบาล",)),
    ("Premier Li Qiang (李强) and Dmitry Peskov (Дмитрий Песков) spoke.", ("李强", "Дмитрий Песков")),
    ("“We firmly 反对 any interference,” the spokesman said.", ("反对",)),
    ("The 《人民日报》 said so.", ("《人民日报》",)),
    ("Exports rose in 2023年 by a third.", ("2023年",)),
])
def test_each_foreign_run_is_one_finding(text: str, expected: tuple[str, ...]) -> None:
    assert fragments(text) == expected


def test_a_look_alike_letter_inside_a_latin_word_is_reported_with_the_latin_spelling() -> None:
    text = "The Кyiv city administration ordered schools to close."
    assert fragments(text) == ("Кyiv",)
    [finding] = check_document(Document("<t>", text), [RULE], RunSettings())
    assert finding.suggestions == ("Kyiv",)
    assert "look-alike" in finding.message


@pytest.mark.parametrize("text", [
    "Turkish President Recep Tayyip Erdoğan met Kılıçdaroğlu in İstanbul.",
    "Patients taking β-blockers were excluded; the particles measured 2.5 μm and ΔT was 3 K.",
    "Flights from Hawaiʻi to Auckland resumed, and Māori leaders welcomed them.",
    "The minister’s post read “Slava Ukraini! 🇺🇦❤\ufe0f” and supporters sent 👨\u200d👩\u200d👧.",
    "The independent newspaper «Новая газета» (Novaya Gazeta) suspended publication.",
    "The film “千と千尋の神隠し” (Spirited Away) won an Oscar.",
    "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv.",
])
def test_latin_text_symbols_and_quoted_titles_are_not_fragments(text: str) -> None:
    assert fragments(text) == ()


def test_a_greek_word_is_a_fragment_though_a_greek_letter_is_a_symbol() -> None:
    assert fragments("The party Σύριζα won the vote.") == ("Σύριζα",)


def test_allow_list_and_vocabulary_accept_names_kept_in_their_script(tmp_path: Path) -> None:
    rule = custom_rule(tmp_path, "allow: [Коммерсантъ]")
    assert flagged_spans(rule, "The daily Коммерсантъ reported it.") == ()
    document = Document("<t>", "The daily Ведомости reported it.")
    settings = RunSettings(vocabulary=frozenset({"Ведомости"}))
    assert check_document(document, [RULE], settings) == []


def test_quoted_titles_can_be_reported_too(tmp_path: Path) -> None:
    rule = custom_rule(tmp_path, "allow_quoted: false")
    assert flagged_spans(rule, "The newspaper «Новая газета» closed.") == ("Новая газета",)


def test_another_target_language_changes_the_allowed_scripts(tmp_path: Path) -> None:
    rule = custom_rule(tmp_path, "allowed_scripts: [Cyrillic, Latin]")
    text = "Министр встретился с Erdoğan и 李强."
    assert flagged_spans(rule, text) == ("李强",)
    rule = custom_rule(tmp_path, "allowed_scripts: [Cyrillic]")
    assert flagged_spans(rule, text) == ("Erdoğan", "李强")
