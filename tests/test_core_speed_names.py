"""The office-holder and term-consistency checks' shortcuts answer as the plain way would
(speed never changes a finding), on invented sentences and random texts of names and titles.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from newslint.checks.names import office_holder
from newslint.checks.names.mentions import name_mentions
from newslint.document import Document
from tests.helpers import builtin_rule

NAME_SAMPLES = [
    "Japanese Prime Minister Funeo Kishida met the delegation in Tokyo.",
    "US Secretary of State Marco Rubiot arrived in Riyadh on Monday.",
    "President Luiz Inacio Lula da Silvo opened the summit.",
    "Japan's Minister of Economy, Trade and Industry Yasuhiro Nishimura spoke.",
    "The Prime Minister, Fumio Kishida, said so. Foreign Minister Wang Yi agreed.",
    "Vice-President Kamala Harris and ex-minister Anna Berg met Chancellor Olaf Scholz.",
    "The state Governor Gavin Newsom and the security chief John Smith spoke.",
    "Minister’s aide Li Wei said;minister Zhou Enlai,President  \n Joe Biden left.",
    "The ministers’ deputy Ali Khan and Defense-minister Ben Gvir met in 2019.",
    "Prime Minister Shinzo Abe visited in 2023. Former Prime Minister Shinzo Abe spoke.",
    "A" * 170 + " Bob Smith and " + "x" * 200 + "minister Joe Biden arrived.",
    " " * 170 + "President Joe Biden came.",
    "President" + " " * 165 + "Joe Biden came. Ünal Ćosić, Président Émile Zola.",
]

PIECES = [
    "President", "president", "Prime", "Minister", "minister", "Vice-President", "ex-minister",
    "Secretary", "of", "State", "state", "Governor", "Chancellor", "Foreign", "Defense-minister",
    "Japan's", "US", "the", "The", "Joe", "Biden", "Fumio", "Kishida", "Funeo", "Wang", "Yi",
    "Marco", "Rubio", "Rubiot", "Luiz", "Inacio", "Lula", "da", "Silva", "Silvo", "bin", "Talal",
    "Olaf", "Scholz", "Émile", "Zola", "minister’s", "Minister,", ",", ";", ".", "-", "’", "'",
    "(", ")", "“", "”", "2019", "2023", "former", "then", "\n", "\n\n", "  ", " " * 80,
    "x" * 90, "Ünal", "Ćosić", "Président",
]


def random_name_texts(count: int = 300, seed: int = 7) -> Iterator[str]:
    chooser = random.Random(seed)
    for _ in range(count):
        pieces = chooser.choices(PIECES, k=chooser.randint(1, 50))
        yield "".join(piece + (" " if chooser.random() < 0.7 else "") for piece in pieces)


NAME_TEXTS = NAME_SAMPLES + list(random_name_texts())


def _plain_may_follow_title(check: office_holder.OfficeHolderCheck, document: Document,
                            mention) -> bool:
    """The test ``_titled`` makes of every word, written out in full."""
    text = document.text
    for span in mention.spans:
        start = span.start
        before = text[max(mention.sentence.start, start - office_holder._LOOKBACK_CHARS):start]
        if office_holder._last_word(before) in check._offices.title_ends:
            return True
    return False


@pytest.mark.parametrize("text", NAME_TEXTS)
def test_a_name_is_tried_after_a_title_exactly_when_the_plain_test_finds_one(text: str) -> None:
    check = builtin_rule("office-holder").check
    document = Document("t.txt", text)
    for mention in name_mentions(document):
        if _plain_may_follow_title(check, document, mention):
            assert check._may_follow_title(document, mention)


def test_the_title_test_is_not_a_pass_for_everything() -> None:
    check = builtin_rule("office-holder").check
    document = Document("t.txt", "Anna Berg met Bob Smith and Carl Lund in Oslo.")
    assert not any(check._may_follow_title(document, m) for m in name_mentions(document))
    titled = Document("t.txt", "Anna Berg met President Bob Smith.")
    assert any(check._may_follow_title(titled, m) for m in name_mentions(titled))


def test_country_qualification_is_asked_once_per_country() -> None:
    check = builtin_rule("office-holder").check
    holdings = check._offices.by_title["president"]
    for ahead in [(), ("US",), ("the", "French"), ("South", "Korean"), ("Japan's",)]:
        countries = {h.role.country for h in holdings}
        words = [w for w in ahead[-2:] if w[:1].isupper()]
        plain = len(countries) == 1 or (bool(words) and any(
            office_holder.names_country(words, h.role.country) for h in holdings))
        assert office_holder._is_country_qualified(ahead, holdings) == plain


TERM_SAMPLES = [
    "Macao and Macau are one place. Macao's casinos and Macau-based firms grew.",
    "The U.S. and the US met the United States. Mr. Li and Mr Wang spoke.",
    "Send an email or an e-mail; the E-mail desk and the Email Party replied.",
    "The Xinhua News Agency and the New China News Agency both reported it.",
    "Kim Jong Un met Kim Jong-un's envoy. Kim Jong Un left. See www.macau.gov today.",
    "MACAO AND MACAU IN CAPITALS. The web site and the website differ.",
]


@pytest.mark.parametrize("rule", ["term-consistency", "organization-name-variant"])
@pytest.mark.parametrize("text", TERM_SAMPLES + NAME_TEXTS[:60])
def test_groups_of_one_form_are_left_out_as_they_report_nothing(rule: str, text: str) -> None:
    check = builtin_rule(rule).check
    plain = check._uses(Document("t.txt", text))  # every group (the archive's house style)
    fast = check._uses(Document("t.txt", text), mixed_only=True)
    assert set(fast) <= set(plain)
    assert {g: u for g, u in plain.items() if len({use.form for use in u}) > 1}.items() <= fast.items()
    document = Document("t.txt", text)
    assert list(check.run(document)) == [
        match for index in sorted(plain)
        for match in check._mixed_forms(document, check._groups[index], plain[index])]


def _names_near(known: tuple[str, ...], chooser: random.Random) -> list[tuple[str, ...]]:
    """Names one or two parts off a holder's folded form: misspelt, replaced, swapped."""
    names = [known]
    for slot in range(len(known)):
        word = known[slot]
        for other in (word[:-1] + "x", word + "a", "smith", chooser.choice(known), "bin"):
            names.append(known[:slot] + (other,) + known[slot + 1:])
    if len(known) > 1:
        names.append(("x",) + known[1:-1] + ("y",))
    return names


def test_a_name_is_compared_with_the_holders_forms_it_can_be_one_part_off() -> None:
    check = builtin_rule("office-holder").check
    chooser = random.Random(5)
    for title in sorted(check._offices.by_title)[:40]:
        holders = check._index_holders(title, None)
        assert holders is not None
        for entries in holders.by_size.values():
            for _holding, _form, known in entries[:6]:
                for name in _names_near(known, chooser):
                    plain = [entry for entry in holders.by_size.get(len(name), ())
                             if _one_part_off_any(name, entry[2])]
                    fast = office_holder._one_part_candidates(name, holders)
                    assert [e for e in fast if _one_part_off_any(name, e[2])] == plain
                    assert all(e in holders.by_size[len(name)] for e in fast)


def _one_part_off_any(name: tuple[str, ...], known: tuple[str, ...]) -> bool:
    return office_holder._one_part_off(name, known, allow_swap=True) is not None
