"""Punctuation debris, and the look-alikes that must stay quiet.

Apostrophes ("Iran's", "'90s"), primes (5'11"), decimals and times ("3.5", "10:30"),
URLs and e-mail addresses, abbreviations ("U.S.", "Inc."), ellipses and nested quotes
are all punctuation used correctly; a rule that fires on them is noise.
"""

from __future__ import annotations

import pytest

from newslint.checks.punctuation import url_spans
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.formats import build_document
from newslint.rules.examples import flagged_spans

from .helpers import builtin_rule, flagged

NAMES = ("unbalanced-quotes", "unbalanced-brackets", "space-before-punctuation",
         "doubled-punctuation", "missing-space-after-punctuation", "quote-punctuation-placement",
         "mixed-quote-style", "cjk-punctuation")
RULES = {name: builtin_rule(name) for name in NAMES}

LOOK_ALIKES = [
    "Iran's music scene, banned from the '90s onward, now embraces rock 'n' roll.",
    "Iran’s music scene, banned from the ’90s onward, embraces rock ’n’ roll. “It’s a revival,” he said.",
    "The 5'11\" guard, who turned pro in the '90s, called the trade \"a surprise.\"",
    "The 6' 2\" forward signed, and a 12\" pipe burst.",
    "The epicentre was at 40°26′46″N 79°58′56″W.",
    "The session opened at 10:30 a.m. and ran for 3.5 hours; 3,000 delegates and 1,250,000 viewers followed.",
    "Details are at https://example.com/a.b,c and questions go to press@un.org.",
    "The U.S. envoy met Britain's foreign secretary at No. 10 and discussed sanctions, e.g. on oil.",
    "Representatives of the U.S., China and the EU signed. Acme Inc., the contractor, declined.",
    "The sign read \"Closed until further notice...\" and the shop never reopened.",
    "“We will rebuild… and we will return,” the mayor said. Wait... what?",
    "“He said ‘no’ twice,” she said. He said, \"The plan was 'dead on arrival.'\"",
    "The newspaper «Le Monde» first reported the story.",
    "The firm survived the .com bubble and later moved to .NET and Node.js.",
    "The BA.2 subvariant was dominant; the particles measured 2.5 μm.",
    "The students' union said the teachers' pay was low.",
    "The plan has three parts: 1) cheaper; 2) faster; 3) safer.",
    "The quake (https://example.org/reports/2023-02-06/quake) was updated on Feb. 11.",
    "See https://en.wikipedia.org/wiki/Mercury_(planet) for details.",
    "The court ruled 5-4, and the score was 3:1 at 5 p.m. Officials left.",
    "Apple Inc. and Acme Co., Ltd. reported. Gen. Milley, Gov. Newsom, etc., attended.",
    "Supporters chanted \"¡Viva México!\" outside the stadium.",
    "The team won 3–0 (1–0 at half-time). Sales rose 5% (see table 1).",
    "“We will rebuild every school in this city.\n\n“Every family will have a home again,” the mayor said.",
    "‘We will win,’ he said. ‘The people are with us.’",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_quiet(name: str, text: str) -> None:
    assert flagged(name, text) == ()


# -- balance -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kim called the plan “a betrayal of voters. The vote is on Friday.", ("“",)),
    ("He said the plan was dead.” Talks will not resume.", ("”",)),
    ("The mayor said \"we will rebuild and left.", ("\"",)),
    ("She called it ‘a disaster and left.", ("‘",)),
    ("He said the vote was \"rigged\" and \"unfair.", ("\"",)),
    ("Sun said the buyers \"Now I'm afraid to buy, if the heart! \".", ()),
])
def test_unbalanced_quotes(text: str, expected: tuple[str, ...]) -> None:
    assert flagged("unbalanced-quotes", text) == expected


def test_a_quote_open_at_a_paragraph_end_needs_a_reopening_quote_next() -> None:
    text = ("Rescuers reached the village.\n\n“The road is gone,” said Amal. “We carried the "
            "injured on foot.\n\nThe army said it would send helicopters.")
    assert flagged("unbalanced-quotes", text) == ("“",)


def test_lines_that_are_whole_paragraphs_balance_on_their_own() -> None:
    text = ("“We will not give up,” the minister said.\n"
            "“Talks will continue next week, she added.\n"
            "The opposition called the plan “a trap”.\n")
    assert flagged("unbalanced-quotes", text) == ("“",)


def test_hard_wrapped_prose_is_one_unit() -> None:
    text = ("The minister said that “the talks would continue\n"
            "next week” and left the room without taking questions\n"
            "from reporters.\n")
    assert flagged("unbalanced-quotes", text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The agency (which is funded by the state said it would appeal.", ("(",)),
    ("The agency, which is funded by the state) said it would appeal.", (")",)),
    ("The figure [first reported by Reuters) was revised.", ("[", ")")),
    ("Later corrected ((see January data) it fell.", ("(",)),
])
def test_unbalanced_brackets(text: str, expected: tuple[str, ...]) -> None:
    assert flagged("unbalanced-brackets", text) == expected


def test_a_closing_bracket_after_a_url_belongs_to_the_prose() -> None:
    assert url_spans("(see https://x.org/a)") == [(5, 20)]
    assert url_spans("at https://x.org/Foo_(bar).") == [(3, 26)]


# -- spacing and doubling ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected", "fix"), [
    ("The minister said , however, that talks would continue.", "said ,", "said,"),
    ("Talks are expected to continue until the end .", "end .", "end."),
    ("Who will pay for it ? the mayor asked.", "it ?", "it?"),
    ("The industry emerges \"new variables\" , with goods.", "variables\" ,", "variables\","),
])
def test_space_before_punctuation(text: str, expected: str, fix: str) -> None:
    assert flagged("space-before-punctuation", text) == (expected,)
    [finding] = check_document(Document("<t>", text), [RULES["space-before-punctuation"]],
                               RunSettings())
    assert finding.suggestions == (fix,)


@pytest.mark.parametrize(("text", "expected", "fix"), [
    ("Residents were told to wait,, officials said.", "wait,,", "wait,"),
    ("The work is done., the contractor said.", "done.,", "done,"),
    ("The company said.. it would appeal.", "said..", "said."),
    ("Growth slowed,. The bank said.", "slowed,.", "slowed."),
])
def test_doubled_punctuation(text: str, expected: str, fix: str) -> None:
    assert flagged("doubled-punctuation", text) == (expected,)
    [finding] = check_document(Document("<t>", text), [RULES["doubled-punctuation"]], RunSettings())
    assert finding.suggestions == (fix,)


@pytest.mark.parametrize(("text", "expected"), [
    ("Inflation peaked in 2023.The central bank raised rates.", ("2023.The",)),
    ("Why now?Officials declined to say.", ("now?Officials",)),
    ("Residents were told to wait,officials said.", ("wait,officials",)),
    ("Q:Chongyang Investment, how do you see it?", ("Q:Chongyang",)),
    ("The U.S.Army and St. Louis met at 10:30 on Jan. 5.", ()),
])
def test_missing_space_after_punctuation(text: str, expected: tuple[str, ...]) -> None:
    assert flagged("missing-space-after-punctuation", text) == expected


# -- consistency --------------------------------------------------------------------------------

def test_quote_punctuation_follows_the_article_majority() -> None:
    american = ("He called the plan “a betrayal,” the deal “a trap,” and the vote “a farce”, "
                "officials said.")
    assert flagged("quote-punctuation-placement", american) == ("”,",)
    british = "He called the plan “a betrayal”, the deal “a trap”, and the vote “a farce,” he said."
    assert flagged("quote-punctuation-placement", british) == (",”",)


def test_quoted_full_sentences_do_not_count_for_placement() -> None:
    text = ("“We will win,” he said. “They will lose,” she said. He called it “a farce”, "
            "then left.")
    assert flagged("quote-punctuation-placement", text) == ()


def test_mixed_quote_style_reports_the_minority() -> None:
    text = ("“We are ready,” the minister said.\n\nHer deputy added that “no preconditions” "
            "would be set.\n\n\"We expect a reply,\" the spokesman said.")
    [finding] = check_document(Document("<t>", text), [RULES["mixed-quote-style"]], RunSettings())
    assert text.splitlines()[4][finding.column - 1:finding.end_column - 1] == '"We expect a reply,"'
    assert finding.suggestions == ("“We expect a reply,”",)


def test_a_tie_in_quote_styles_is_not_reported() -> None:
    assert flagged("mixed-quote-style", "The “Belt and Road” plan and the \"Made in China\" plan.") == ()


def test_a_quotation_opened_curly_and_closed_straight_is_mixed() -> None:
    assert flagged("mixed-quote-style", "He said “we will go\" and left.") == ("“we will go\"",)


# -- CJK punctuation and interplay --------------------------------------------------------------

def test_cjk_punctuation_in_english_text() -> None:
    text = "The talks ended without agreement，officials said。 Font:【Large】"
    assert flagged("cjk-punctuation", text) == ("，", "。", "【", "】")
    [comma, *_rest] = check_document(Document("<t>", text), [RULES["cjk-punctuation"]], RunSettings())
    assert comma.suggestions == (", ",)


def test_cjk_punctuation_inside_a_cjk_fragment_is_left_to_the_fragment_rule() -> None:
    assert flagged("cjk-punctuation", "The 《人民日报》 said “中国，加油。”") == ()


def test_mojibake_does_not_also_count_as_quotes_or_spacing() -> None:
    text = "The ceasefire held for six hours â€” then collapsed, â€œsaid,â€\u009d he said."
    for name in NAMES:
        assert flagged(name, text) == (), name


def test_a_link_target_does_not_hide_prose_around_it() -> None:
    document = build_document("a.md", "Read [the docs](https://x.org/a_(b)).Then stop.\n")
    [finding] = check_document(document, [RULES["missing-space-after-punctuation"]], RunSettings())
    assert finding.message == "'docs.Then': no space after '.'"
    # The span straddles the link target in the source: replacing it would delete the link.
    assert finding.suggestions == ()


def test_markdown_placeholders_are_never_reported() -> None:
    source = "Run `newslint check` , then read <https://x.org/a_(b)>.Then `x`.\n"
    document = build_document("a.md", source)
    for rule in RULES.values():
        assert check_document(document, [rule], RunSettings()) == [], rule.id


def test_a_bracket_closed_on_the_next_wrapped_line_balances() -> None:
    """Hard-wrapped prose continues a sentence on the next line, often with a name, so a
    capital after the break does not make the lines separate paragraphs."""
    text = ("The agency said the service (which is only offered in some countries, not\n"
            "Russia or Iran) would be extended to Asia next year.\n")
    assert flagged_spans(RULES["unbalanced-brackets"], text) == ()


def test_one_paragraph_per_long_line_is_still_checked_line_by_line() -> None:
    first = "Officials said the talks (held in Geneva would resume " + "next week " * 12 + "."
    text = first + "\nThe minister said the next round would follow in May, " + "as planned " * 12 + "."
    assert flagged_spans(RULES["unbalanced-brackets"], text) == ("(",)
