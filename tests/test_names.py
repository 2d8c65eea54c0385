"""Name consistency: variants of one name, near misses of known names, swapped people.

The rules are name-variant, name-near-miss and confusable-names (check name-consistency),
run with the built-in gazetteers; newslint.checks.names.mentions finds the name mentions they share.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.checks.names.mentions import name_mentions
from newslint.checks.names.words import looks_alike, same_family
from newslint.document import Document
from newslint.engine import Finding, RunSettings, check_document
from newslint.rules.loader import BUILTIN_PACK, Rule, builtin_pack_dir, load_rule_file

RULES_DIR = builtin_pack_dir()
ARTICLE = Path(__file__).parent / "corpus" / "names_article.txt"


def load_rule(name: str, vocabulary: tuple[str, ...] = ()) -> Rule:
    resources = Resources(vocabulary=vocabulary)
    return load_rule_file(RULES_DIR / f"{name}.yaml", BUILTIN_PACK, resources)[0]


VARIANT = load_rule("name-variant")
NEAR_MISS = load_rule("name-near-miss")
CONFUSABLE = load_rule("confusable-names")


def run(rule: Rule, text: str, vocabulary: tuple[str, ...] = ()) -> list[Finding]:
    settings = RunSettings(vocabulary=frozenset(vocabulary))
    return check_document(Document("article.txt", text), [rule], settings)


def spans(rule: Rule, text: str) -> list[str]:
    """The exact texts ``rule`` reports in one-line ``text``."""
    return [text[f.column - 1 : f.end_column - 1] for f in run(rule, text)]


def mentions(text: str) -> list[tuple[str, ...]]:
    return [m.words for m in name_mentions(Document("t.txt", text))]


# -- finding names ------------------------------------------------------------------------


def test_titles_are_stripped_but_remembered() -> None:
    document = Document("t.txt", "Former Prime Minister Shinzo Abe met Iranian Supreme Leader "
                                 "Ali Khamenei in Tehran.")
    found = {m.words: m.title for m in name_mentions(document)}
    assert found[("Shinzo", "Abe")] == "Former Prime Minister"
    assert found[("Ali", "Khamenei")] == "Iranian Supreme Leader"
    assert found[("Tehran",)] == ""


def test_a_possessive_is_not_part_of_the_name() -> None:
    text = "Abe's letter reached Khamenei’s office."
    document = Document("t.txt", text)
    found = name_mentions(document)
    assert [m.words for m in found] == [("Abe",), ("Khamenei",)]
    assert [text[m.start : m.end] for m in found] == ["Abe", "Khamenei"]


def test_ordinary_words_that_start_a_sentence_or_a_quote_are_not_names() -> None:
    assert mentions('So Bescent vowed more sanctions. "We intend to act," Bescent said. '
                    "However, Tehran refused.") == [("Bescent",), ("Bescent",), ("Tehran",)]


def test_particles_and_initials_stay_inside_the_name() -> None:
    assert mentions("Mohammed bin Salman met Ursula von der Leyen and J.D. Vance.") == [
        ("Mohammed", "bin", "Salman"), ("Ursula", "von", "der", "Leyen"), ("J", "D", "Vance")]


def test_all_caps_headlines_and_urls_have_no_names() -> None:
    assert mentions("KHAMENEI REJECTS TALKS WITH TRUMP\n\nSee https://example.org/Abbey-Abe.") == []


def test_ordinary_words_of_a_title_case_headline_split_names() -> None:
    assert mentions("Letters Weaponized Before They Are Sent to Tehran\n\nofficials said.") == [
        ("Weaponized",), ("Tehran",)]


# -- what is one name ---------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("obama", "obamas"), ("iran", "iranian"), ("china", "chinese"), ("sweden", "swedish"),
    ("israel", "israeli"), ("niger", "nigeria"), ("china-style", "chinese-style"),
])
def test_plurals_and_demonyms_are_one_word_family(a: str, b: str) -> None:
    assert same_family(a, b)
    assert not looks_alike(a, b, strong_context=False)


@pytest.mark.parametrize(("a", "b"), [
    ("zelensky", "zelenskyy"), ("tochytsky", "tochytskyi"), ("macao", "macau"), ("fan", "fang"),
])
def test_transliteration_endings_are_not_a_word_family(a: str, b: str) -> None:
    assert not same_family(a, b)


@pytest.mark.parametrize(("a", "b", "strong"), [
    ("khameini", "khamenei", False), ("lindquist", "lindqvist", False),
    ("abbey", "abe", True), ("fan", "fang", True), ("yi-ning", "yining", False),
])
def test_look_alike_spellings(a: str, b: str, strong: bool) -> None:
    assert looks_alike(a, b, strong_context=strong)


@pytest.mark.parametrize(("a", "b"), [
    ("abe", "abbas"), ("khan", "khamenei"), ("wang", "wong"), ("barack", "michelle"),
])
def test_names_that_merely_start_alike_or_are_short_are_not_alike(a: str, b: str) -> None:
    assert not looks_alike(a, b, strong_context=False)


# -- name-variant: what must not be flagged ------------------------------------------------


@pytest.mark.parametrize("text", [
    # different people who share a surname
    "Former President Barack Obama and Michelle Obama visited Chicago. Obama spoke first.",
    # two people with look-alike surnames, each with a full name
    "Boris Johnson met Tom Johnston. Johnson urged sanctions and Johnston asked for aid.",
    # names that merely start alike
    "Prime Minister Shinzo Abe met President Mahmoud Abbas. Abe and Abbas spoke for an hour.",
    # possessives and plurals
    "Shinzo Abe's visit was recalled. Abe died in 2022. The Obamas and Obama's aides came.",
    # a demonym beside its country, and hyphenated compounds of them
    "Iran said Iranian diplomats would meet. China-style reforms echo Chinese-style plans.",
    # words at the start of a sentence
    "Senator Rollins met farmers. Rolling blackouts hit the state, Rollins said.",
    # all-caps headlines
    "ABBE MEETS KHAMENEI\n\nFormer Prime Minister Shinzo Abe met Ali Khamenei. Abe left.",
    # names inside URLs
    "Gunnar Lindqvist spoke. Lindqvist left. Video: https://example.org/Lindquist-talk",
    # an Arabic article before a surname, or not
    "Bashar al-Assad fell in December. The Assad family fled, and Assad's allies left.",
    # two known, different places
    "Austria and Australia signed a deal. Iran and Iraq held talks in Baghdad.",
])
def test_look_alike_but_correct_names_are_not_variants(text: str) -> None:
    assert spans(VARIANT, text) == []


def test_a_vocabulary_word_is_never_a_variant_of_another() -> None:
    text = "Gunnar Lindqvist spoke. Lindqvist left early, and Lindquist stayed."
    assert spans(VARIANT, text) == ["Lindquist"]
    rule = load_rule("name-variant", vocabulary=("Lindquist",))
    assert run(rule, text, vocabulary=("Lindquist",)) == []


# -- name-variant: what is flagged ----------------------------------------------------------


def test_the_minority_spelling_is_flagged_with_the_majority_form_and_where_it_is() -> None:
    text = ("Ayatollah Ali Khamenei spoke on Monday.\nKhamenei said talks were useless, and "
            "Khameini added that pressure would fail. Khamenei left.")
    [finding] = run(VARIANT, text)
    column = text.split("\n")[1].index("Khameini") + 1
    assert (finding.line, finding.column, finding.end_column) == (2, column, column + 8)
    assert finding.suggestions == ("Khamenei",)
    assert finding.message == ("'Khameini' (1 mention) and 'Khamenei' (3 mentions, first at "
                               "1:15) look like one name spelt two ways; the known name is "
                               "Ali Khamenei")
    # one finding for the pair: every other mention is a related location
    assert [(r.line, r.column) for r in finding.related][0] == (1, 15)
    assert len(finding.related) == 3


def test_a_gazetteer_name_decides_a_tie() -> None:
    text = ("Trump commissioned former Prime Minister Shinzo Abbey during his 2019 visit. "
            "Trump informed Abe that he did not consider Trump a valuable interlocutor.")
    [finding] = run(VARIANT, text)
    assert text[finding.column - 1 : finding.end_column - 1] == "Abbey"
    shinzo, abe = text.index("Shinzo") + 1, text.index("Abe ") + 1
    assert finding.message == (f"'Abbey' (1 mention, 'Shinzo Abbey' at 1:{shinzo}) and 'Abe' "
                               f"(1 mention, first at 1:{abe}) look like one name spelt two "
                               "ways; the known name is Shinzo Abe")
    assert finding.severity == "warning"  # a gazetteer name ties the two forms


def test_every_minority_spelling_of_a_group_is_flagged() -> None:
    text = ("Ambassador Gunnar Lindqvist chaired the meeting. Lindqvist said little. Lindquist "
            "said more. Lindkvist closed it, and Lindqvist left.")
    found = sorted(run(VARIANT, text), key=Finding.sort_key)
    assert [text[f.column - 1 : f.end_column - 1] for f in found] == ["Lindquist", "Lindkvist"]
    # no gazetteer knows the name: the majority is not offered as the fix, and a lone
    # look-alike surname is one weak signal, so the rule reports it as info
    assert {f.suggestions for f in found} == {()}
    assert {f.severity for f in found} == {"info"}


@pytest.mark.parametrize(("text", "flagged"), [
    ("Fang Fang, a blogger, runs a store. Fan Fang said sales doubled. Fang Fang hired staff.",
     ["Fan"]),
    ("Liu Pengyu spoke. Liu Peng-yu did not say more. Liu Pengyu left.", ["Peng-yu"]),
    ("Fangfang runs a store in Guangdong. Fangfang said sales doubled; Fang Fang hired staff.",
     ["Fang Fang"]),
    ("Vinicius Junior scored and Vinicius celebrated; Vinícius then left.", ["Vinícius"]),
    ("Hsia Liyan spoke first. Liyan said the talks went well. Li-Yen Hsia agreed.", ["Li-Yen"]),
])
def test_spelling_spacing_and_accent_variants(text: str, flagged: list[str]) -> None:
    assert spans(VARIANT, text) == flagged


def test_a_realistic_article_yields_exactly_its_three_planted_variants() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    document = Document(str(ARTICLE), text)
    rules = [VARIANT, NEAR_MISS, CONFUSABLE]
    found = sorted(check_document(document, rules, RunSettings()), key=Finding.sort_key)
    lines = text.split("\n")
    flagged = [(f.line, lines[f.line - 1][f.column - 1 : f.end_column - 1], f.suggestions)
               for f in found]
    assert flagged == [
        (9, "Tochytsky", ()),
        (13, "Peng-yu", ()),
        (15, "Lindquist", ()),
    ]
    assert [f.severity for f in found] == ["info", "warning", "info"]


# -- name-near-miss -------------------------------------------------------------------------


def test_a_near_miss_of_a_known_surname_is_flagged_at_each_mention() -> None:
    text = 'Treasury Secretary Bescent met officials on Friday. "We will act," Bescent said.'
    found = run(NEAR_MISS, text)
    assert spans(NEAR_MISS, text) == ["Bescent", "Bescent"]
    assert found[0].suggestions == ("Bessent",)
    assert {f.severity for f in found} == {"warning"}  # the title names his office
    assert found[0].message == ("'Bescent' looks like a misspelling of 'Bessent' "
                                "(Scott Bessent, US Treasury Secretary)")


def test_a_near_miss_without_context_is_one_info_finding() -> None:
    text = 'Officials met Bescent on Friday. "We will act," Bescent said.'
    [finding] = run(NEAR_MISS, text)
    assert finding.severity == "info"
    assert finding.suggestions == ("Bessent",)
    assert len(finding.related) == 1  # the second mention


def test_a_mangled_first_name_before_a_near_miss_is_part_of_the_finding() -> None:
    text = "So Bescent vowed that sanctions would tighten."
    [finding] = run(NEAR_MISS, text)
    assert spans(NEAR_MISS, text) == ["So Bescent"]
    assert finding.suggestions == ("Scott Bessent",)


@pytest.mark.parametrize(("text", "flagged", "suggestion"), [
    ("Former Prime Minister Shinzo Abbey visited Tehran.", "Abbey", "Abe"),
    ("President Donalt Trump spoke in Ohio.", "Donalt", "Donald"),
])
def test_a_full_name_with_one_look_alike_part_is_a_near_miss(text: str, flagged: str,
                                                             suggestion: str) -> None:
    [finding] = run(NEAR_MISS, text)
    assert text[finding.column - 1 : finding.end_column - 1] == flagged
    assert finding.suggestions == (suggestion,)


@pytest.mark.parametrize("text", [
    "Treasury Secretary Scott Bessent spoke. Bessent left. So Bessent was gone.",
    "Melania Trump and Ivanka Trump attended.",  # other people who share a surname
    'The "Time Warp Samba" show opened in Macao.',  # five letters from Samoa: too short
    "Rolling blackouts hit the south.",  # an English word that starts a sentence
    "Shinzo Abbey met Abe in Tokyo.",  # Abe is written too: that is a variant, not a near miss
])
def test_correct_or_unrelated_names_are_not_near_misses(text: str) -> None:
    assert spans(NEAR_MISS, text) == []


def test_the_vocabulary_silences_a_near_miss() -> None:
    text = "Bescent said so."
    rule = load_rule("name-near-miss", vocabulary=("Bescent",))
    assert run(rule, text, vocabulary=("Bescent",)) == []


# -- confusable-names -----------------------------------------------------------------------


def test_the_less_frequent_of_two_confusable_people_is_flagged_saying_who_each_is() -> None:
    text = ("Trump said he sent a letter to Khomeini, the leader. Ayatollah Khamenei refused "
            "it. Khamenei has ruled out talks.")
    [finding] = run(CONFUSABLE, text)
    assert text[finding.column - 1 : finding.end_column - 1] == "Khomeini"
    assert finding.suggestions == ("Khamenei",)
    assert "Ruhollah Khomeini (Founder of the Islamic Republic" in finding.message
    assert "Ali Khamenei (Supreme leader of Iran since 1989) 2 times" in finding.message
    assert finding.related[0].column == text.index("Ayatollah Khamenei") + len("Ayatollah ") + 1


@pytest.mark.parametrize("text", [
    # named side by side on purpose
    "Khamenei succeeded Khomeini in 1989. Khamenei has led Iran since.",
    # the full name written out
    "Ali Khamenei marked the death of Ruhollah Khomeini. Khamenei spoke for an hour.",
    # no majority
    "Khamenei spoke. Khomeini was quoted.",
])
def test_deliberate_mentions_of_both_are_not_flagged(text: str) -> None:
    assert spans(CONFUSABLE, text) == []


# -- speed --------------------------------------------------------------------------------


def _synthetic_article(paragraphs: int, seed: int = 7) -> str:
    """Paragraphs of news with four made-up names each, as distinct as real names are."""
    rng = random.Random(seed)

    def name() -> str:
        syllables = [rng.choice(("b", "br", "d", "dr", "g", "gr", "k", "kl", "m", "n", "p",
                                 "pl", "s", "st", "t", "tr", "v", "z"))
                     + rng.choice(("a", "e", "i", "o", "u", "ai", "ou"))
                     + rng.choice(("", "n", "r", "l", "s", "m")) for _ in range(3)]
        return "".join(syllables).capitalize()

    lines = []
    for _ in range(paragraphs):
        names = [name() for _ in range(4)]
        lines.append(f"Minister {names[0]} {names[1]} met {names[2]} in {names[3]} on Monday. "
                     f"{names[1]} said the talks with {names[2]} went well, officials said.\n")
    return "\n".join(lines)


def test_name_grouping_work_grows_close_to_linearly() -> None:
    """Name grouping must not compare all pairs of names. Counted, not timed (timing is
    for benchmarks/run.py): the Python function calls the name rules make, a
    deterministic measure of their work. 8x the names may cost at most 20x the calls,
    where comparing all pairs would cost 64x."""
    import cProfile
    import pstats

    rules = [VARIANT, NEAR_MISS, CONFUSABLE]

    def calls(paragraphs: int) -> int:
        document = Document("long.txt", _synthetic_article(paragraphs, 1))
        document.tokens, document.sentences  # noqa: B018 - segmentation is not counted here
        profile = cProfile.Profile()
        profile.runcall(check_document, document, rules, RunSettings())
        return pstats.Stats(profile).total_calls

    small, large = calls(200), calls(1600)  # 800 and 6,400 names
    assert large <= 8 * 2.5 * small, f"8x the names took {large / small:.1f}x the calls"


def test_a_known_word_in_the_wrong_full_name_is_still_a_variant_or_near_miss() -> None:
    """ "Georgia" is a place and "Giorgia" a first name; "Georgia Meloni" is neither."""
    text = "Italian Prime Minister Giorgia Meloni met Macron. Georgia Meloni said Italy agreed."
    assert spans(VARIANT, text) == ["Georgia"]
    assert spans(NEAR_MISS, text) == []
    text = "Italian Prime Minister Georgia Meloni met Emmanuel Macron in Rome."
    assert spans(NEAR_MISS, text) == ["Georgia"]
    assert spans(VARIANT, "Georgia and Armenia signed a deal with Giorgia Meloni.") == []


def test_a_name_wrapped_across_lines_is_one_mention() -> None:
    text = ("Officials said so. The letter was carried by former Prime Minister Shinzo\n"
            "Abe in 2019.\n\nTokyo agreed.")
    assert mentions(text) == [("Shinzo", "Abe"), ("Tokyo",)]


@pytest.mark.parametrize("text", [
    "Greek officials welcomed the decision on Monday.",
    "Assert your rights, the poster said. Thank the volunteers, it added.",
    "The update for MacOSX and WebIDL support shipped on Monday.",
])
def test_ordinary_capitalised_words_are_not_near_misses_of_names(text: str) -> None:
    """Found linting non-news prose: demonyms ("Greek"/"Greer"), English words at the start
    of a list item ("Thank"/"Thani") and product names ("MacOSX"/"Marcos")."""
    from newslint.check import Resources
    from newslint.rules.examples import flagged_spans
    from newslint.rules.loader import BUILTIN_PACK, builtin_pack_dir, load_rule_file

    (rule,) = load_rule_file(builtin_pack_dir() / "name-near-miss.yaml", BUILTIN_PACK, Resources())
    assert flagged_spans(rule, text) == ()


@pytest.mark.parametrize(("text", "flag", "known"), [
    ("Prime Minister Kishida Fumio arrived in Seoul.", "Kishida Fumio", "Fumio Kishida"),
    ("State media said Jinping Xi would attend.", "Jinping Xi", "Xi Jinping"),
])
def test_a_known_name_in_another_word_order_is_a_near_miss(text, flag, known) -> None:
    from .helpers import findings

    (finding,) = findings("name-near-miss", text)
    assert text[finding.column - 1 : finding.end_column - 1] == flag
    assert finding.suggestions == (known,)


def test_accepted_forms_in_their_own_order_are_not_reordered_names() -> None:
    from .helpers import flagged

    assert flagged("name-near-miss", "Xi Jinping met Fumio Kishida and Kim Jong Un.") == ()


def test_a_known_name_capitalised_at_a_sentence_start_is_not_reordered() -> None:
    from .helpers import flagged

    assert flagged("name-near-miss", "Von der Leyen said the union would respond.") == ()
