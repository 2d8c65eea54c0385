"""The acronym check: a long form that is not what its acronym stands for.

Three layers are specified here: the letter matcher (which long forms can spell which
acronyms, by the conventions of real acronyms), the check on text (which definitions are
reported, with which span, severity and suggestion), and the inconsistent mode (one
acronym defined two ways in one article).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.check import Resources
from newslint.checks.acronyms.forms import (
    LONG_FORM_TOKEN,
    acronym_key,
    acronym_units,
    is_acronym_shaped,
    spells,
    spells_leaving_out_one,
)
from newslint.document import Document
from newslint.engine import RunSettings, check_document
from newslint.io.yamlsource import YamlError
from newslint.rules.examples import flagged_spans
from newslint.rules.loader import builtin_pack_dir, load_rule_file

from .conftest import SEED

RULES_DIR = builtin_pack_dir()
RESOURCES = Resources()
EXPANSION = load_rule_file(RULES_DIR / "acronym-expansion.yaml", "newslint", RESOURCES)[0]
INCONSISTENT = load_rule_file(RULES_DIR / "acronym-inconsistent.yaml", "newslint", RESOURCES)[0]


def words(long_form: str) -> list[str]:
    return LONG_FORM_TOKEN.findall(long_form)


def findings(text: str, rule=EXPANSION) -> list:
    return check_document(Document("<test>", text), [rule], RunSettings())


# -- what looks like an acronym ----------------------------------------------------------------


@pytest.mark.parametrize("token", ["IAEA", "U.N.", "EVs", "MoU", "AfD", "G7", "P5+1", "R&D", "FPÖ",
                                   "COVID-19", "NGO's"])
def test_acronym_shapes(token: str) -> None:
    assert is_acronym_shaped(token)


@pytest.mark.parametrize("token", ["R", "Xinhua", "Unicef", "D-Calif.", "Reuters", "annualized", "10th"])
def test_words_and_party_labels_are_not_acronyms(token: str) -> None:
    assert not is_acronym_shaped(token)


def test_acronym_keys_ignore_dots_case_plurals_and_diacritics() -> None:
    assert acronym_key("U.N.") == acronym_key("UN")
    assert acronym_key("BoJ") == acronym_key("BOJ")
    assert acronym_key("EVs") == acronym_key("EV")
    assert acronym_key("FPÖ") == acronym_key("FPO")


def test_acronym_units_separate_letters_numbers_and_ampersands() -> None:
    assert [u.value for u in acronym_units("P5+1")] == ["p", "5", "1"]
    assert [u.kind for u in acronym_units("R&D")] == ["letter", "and", "letter"]
    assert [u.value for u in acronym_units("G20")] == ["g", "20"]


# -- the letter matcher on hard cases ------------------------------------------------------------

SPELLED = [
    ("Joint Comprehensive Plan of Action", "JCPOA"),            # function word contributes
    ("International Atomic Energy Agency", "IAEA"),
    ("Ministry of Commerce", "MOFCOM"),                         # several letters per word
    ("intercontinental ballistic missile", "ICBM"),             # a letter from inside a word
    ("Kuomintang", "KMT"),                                      # one word, three letters
    ("Interbank Offered Rate", "IOR"),                          # "Interbank" gives only I
    ("electric vehicles", "EVs"),                               # plural acronym
    ("Group of Seven", "G7"), ("Group of 20", "G20"),           # digits
    ("research and development", "R&D"), ("Standard & Poor's", "S&P"),  # ampersand
    ("Organisation for Economic Co-operation and Development", "OECD"),  # hyphenated part
    ("Asia-Pacific Economic Cooperation", "APEC"),
    ("exchange-traded fund", "ETF"), ("small and medium-sized enterprises", "SMEs"),
    ("Bank of Japan", "BoJ"), ("Memorandum of Understanding", "MoU"),
    ("U.S. Citizenship and Immigration Services", "USCIS"),    # dotted abbreviation
    ("Hayat Tahrir al-Sham", "HTS"), ("Tehrik-i-Taliban Pakistan", "TTP"),
    ("Médecins Sans Frontières", "MSF"),                        # foreign function word
    ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"),
    ("Economic Community of West African States", "ECOWAS"),
    ("Association of Southeast Asian Nations", "ASEAN"),
    ("Caribbean Community", "CARICOM"),
    ("People's Bank of China", "PBOC"),
    ("coronavirus disease 2019", "COVID-19"),
    ("Constitutional Democratic Party of Japan", "CDP"),         # trailing "of <Place>" dropped
]

NOT_SPELLED = [
    ("Joint Comprehensive Action Plan", "JCPOA"),   # the seed's MT error
    ("Joint Comprehensive Plan for Action", "JCPOA"),
    ("International Agency of Atomic Energy", "IAEA"),
    ("Central Bank of Europe", "ECB"),
    ("Taiwanese Democratic Party", "PDP"),
    ("New Progressive Party of China", "NPC"),
    ("Plan of Action", "JCPOA"),
    ("Kurdistan Workers' Party", "PKK"),            # needs the gazetteer
    ("Centers for Disease Control and Prevention", "CDC"),
]


@pytest.mark.parametrize(("long_form", "acronym"), SPELLED)
def test_real_acronym_conventions_are_spelled(long_form: str, acronym: str) -> None:
    assert spells(words(long_form), acronym)


@pytest.mark.parametrize(("long_form", "acronym"), NOT_SPELLED)
def test_scrambles_and_foreign_orders_are_not_spelled(long_form: str, acronym: str) -> None:
    assert not spells(words(long_form), acronym)


def test_every_content_word_must_contribute() -> None:
    assert spells(words("Plan of Action"), "POA")
    assert not spells(words("Plan of Joint Action"), "POA")


def test_strict_matching_takes_letters_only_from_the_start_of_words() -> None:
    assert spells(words("Tourism Board"), "TSB")            # "touriSm" in loose matching
    assert not spells(words("Tourism Board"), "TSB", strict=True)
    assert spells(words("Ministry of Commerce"), "MOFCOM", strict=True)


def test_one_word_may_be_left_out_of_plain_initials() -> None:
    assert spells_leaving_out_one(words("State Council Taiwan Affairs Office"), "STAO")
    assert spells_leaving_out_one(words("Viet Nam News Agency"), "VNA")
    assert not spells_leaving_out_one(words("Joint Comprehensive Action Plan"), "JCPOA")
    assert not spells_leaving_out_one(words("Taiwanese Democratic Party"), "PDP")


# -- the seed article --------------------------------------------------------------------------


def test_the_seed_expansion_is_flagged_with_the_known_expansion() -> None:
    document = Document(str(SEED), SEED.read_text(encoding="utf-8"))
    found = check_document(document, [EXPANSION], RunSettings())
    assert [(f.line, f.column, f.end_column) for f in found] == [(5, 155, 186)]
    assert found[0].severity == "error"
    assert found[0].suggestions == ("Joint Comprehensive Plan of Action",)
    assert "word order scrambled: expected 'Joint Comprehensive Plan of Action'" in found[0].message


# -- reporting: which definitions, which span, which severity ---------------------------------------


@pytest.mark.parametrize(("text", "flagged", "suggestion"), [
    ("Inspectors of the International Agency of Atomic Energy (IAEA) arrived.",
     "International Agency of Atomic Energy", "International Atomic Energy Agency"),
    ("The Central Bank of Europe (ECB) raised rates.", "Central Bank of Europe", "European Central Bank"),
    ("Staff of the International Atomic Energy Organization (IAEA) left.",
     "International Atomic Energy Organization", "International Atomic Energy Agency"),
    ("The North Atlantic Alliance Organization (NATO) met.", "North Atlantic Alliance Organization",
     "North Atlantic Treaty Organization"),
    ("The IAEA (International Agency of Atomic Energy) said so.",
     "International Agency of Atomic Energy", "International Atomic Energy Agency"),
    ("Iran and the Joint Comprehensive Action Plan, or JCPOA, were discussed.",
     "Joint Comprehensive Action Plan", "Joint Comprehensive Plan of Action"),
    ("A statement by the Revolutionary Islamic Guard Corps – IRGC – followed.",
     "Revolutionary Islamic Guard Corps", "Islamic Revolutionary Guard Corps"),
])
def test_reworded_known_expansions_are_errors_with_a_suggestion(text: str, flagged: str,
                                                                 suggestion: str) -> None:
    found = findings(text)
    assert flagged_spans(EXPANSION, text) == (flagged,)
    assert found[0].severity == "error"
    assert found[0].suggestions == (suggestion,)


def test_a_known_expansion_that_lost_a_word_is_reported_even_when_letters_still_fit() -> None:
    text = "The International Energy Agency (IAEA) sent inspectors."   # I-A-E-A from "InternAtional"
    found = findings(text)
    assert flagged_spans(EXPANSION, text) == ("International Energy Agency",)
    assert found[0].severity == "warning"
    assert "'Atomic' left out" in found[0].message


def test_a_synonym_that_keeps_the_initial_is_a_warning() -> None:
    found = findings("The International Atomic Energy Authority (IAEA) sent inspectors.")
    assert [f.severity for f in found] == ["warning"]
    assert "'Authority' in place of 'Agency'" in found[0].message


def test_connecting_words_alone_are_reported_only_when_the_letters_fail() -> None:
    assert flagged_spans(EXPANSION, "Iran left the Joint Comprehensive Plan for Action (JCPOA).") == (
        "Joint Comprehensive Plan for Action",)
    assert flagged_spans(EXPANSION, "The Organization of Petroleum Exporting Countries (OPEC) met.") == ()


@pytest.mark.parametrize("text", [
    "Iran left the Joint Comprehensive Plan of Action (JCPOA) in 2018.",
    "The JCPOA (Joint Comprehensive Plan of Action) was signed in 2015.",
    "The Joint Comprehensive Plan of Action, or JCPOA, was signed in 2015.",
    "The World Health Organisation (WHO) and the International Organisation for Migration (IOM) met.",
    "The Revolutionary Armed Forces of Colombia (FARC) and Doctors Without Borders (MSF) spoke.",
    "The Kurdistan Workers' Party (PKK) and the Nuclear Non-Proliferation Treaty (NPT).",
    "The U.S. Centers for Disease Control and Prevention (CDC) said.",
    "Leaders of the Group of 20 (G20) met the Islamic Revolutionary Guards Corps (IRGC).",
    "Gross domestic product (GDP) and the consumer price index (CPI) rose.",
    "The Iran nuclear deal (JCPOA) and the nuclear deal with Iran (JCPOA) were debated.",
    "Iran's nuclear deal with world powers – JCPOA.",
    "The Security Council (UNSC) met; the central bank (ECB) waited.",
    "China's Statistics Bureau (NBS) and the International Criminal Court in The Hague (ICC).",
])
def test_correct_and_loose_definitions_are_not_flagged(text: str) -> None:
    assert flagged_spans(EXPANSION, text) == ()


@pytest.mark.parametrize("text", [
    "The Defence Ministry (MoD) and the Justice Department (DOJ) said.",   # head noun last
    "Gaza's Health Ministry (MoH) and China's Commerce Ministry (MOFCOM) said.",
    "South Korea's Unification Ministry (MOU) said.",
    "Iran's Atomic Energy Organization (AEOI) and Iran's Foreign Ministry (MFA) said.",  # owner
])
def test_english_word_orders_of_one_name_are_accepted(text: str) -> None:
    """English writes "Ministry of Defence" and "Defence Ministry", "Atomic Energy
    Organization of Iran" and "Iran's Atomic Energy Organization": neither is a scramble."""
    assert flagged_spans(EXPANSION, text) == ()


def test_a_scramble_around_a_known_shorter_name_is_flagged() -> None:
    text = "The Nations United Economic and Social Council (ECOSOC) met."
    assert flagged_spans(EXPANSION, text) == ("Nations United Economic and Social Council",)


@pytest.mark.parametrize("text", [
    "HANOI (VNA) – The official visits ended.",                 # dateline
    "BEIJING, Nov. 3 (Xinhua) -- Officials said.",
    "Michael Phelps (USA) won the final; Novak Djokovic (SRB) lost.",   # country codes
    "The president (R) and Nancy Pelosi (D-Calif.) disagreed.",        # party labels
    "Sen. Lindsey Graham (R-SC) spoke.",
    "The price was 2,000 dollars (USD) a tonne; Apple Inc (AAPL) rose.",  # currency, ticker
    "Shares of Exxon Mobil Corp (XOM) fell.",
    "The ECB (which raised rates) and NATO (the alliance) responded.",  # not definitions
    "The IAEA (the UN nuclear watchdog) said.",
    "Rahul Gandhi (INC) and Yoon Suk Yeol (PPP) spoke.",
    "He heads the UN stabilization mission in DR Congo (MONUSCO).",    # a description
])
def test_parentheses_that_are_not_definitions_are_left_alone(text: str) -> None:
    assert flagged_spans(EXPANSION, text) == ()


# Definitions seen in real news (the MQM benchmark's documents and world news); the
# sentence around each pair is ours. None is an error and none may be flagged, whether or
# not the gazetteer knows it.
REAL_DEFINITIONS = [
    ("Central News Agency", "CNA"), ("Communist Party of China", "CPC"),
    ("Democratic Progressive Party", "DPP"), ("Japan-China Economic Association", "JCEA"),
    ("Kuomintang", "KMT"), ("Ministry of Economy, Trade and Industry", "METI"),
    ("Ministry of Commerce", "MOFCOM"), ("Memorandum of Understanding", "MoU"),
    ("National Development and Reform Commission", "NDRC"),
    ("State Council Taiwan Affairs Office", "STAO"), ("Singapore Tourism Board", "STB"),
    ("Viet Nam News Agency", "VNA"),
    ("Institutional Revolutionary Party", "PRI"), ("National Action Party", "PAN"),
    ("Party of the Democratic Revolution", "PRD"), ("Partido dos Trabalhadores", "PT"),
    ("Democratic Forces for the Liberation of Rwanda", "FDLR"),
    ("Sandinista National Liberation Front", "FSLN"),
    ("National Democratic Alliance", "NDA"), ("Rashtriya Swayamsevak Sangh", "RSS"),
    ("Telangana Rashtra Samithi", "TRS"), ("Bharat Rashtra Samithi", "BRS"),
    ("Palang Pracharath Party", "PPRP"), ("United Thai Nation Party", "UTN"),
    ("Anti-Party-Hopping Law", "AHL"), ("confidence-and-supply agreement", "CSA"),
    ("Common Effective Preferential Tariff", "CEPT"), ("Macina Liberation Front", "MLF"),
    ("Islamic State in the Greater Sahara", "ISGS"), ("Prime Building Cost Index", "PBCI"),
    ("Producer Price Index", "PPI"), ("Harmonized Indices of Consumer Prices", "HICPs"),
    ("Consumption price index", "CPI"), ("Organization of American States", "OAS"),
    ("Social Democratic Party of Germany", "SPD"), ("Christian Social Union", "CSU"),
    ("Jama'at Nasr al-Islam wal Muslimin", "JNIM"),
    ("Constitutional Democratic Party of Japan", "CDP"),
    ("Tehreek-e-Labbaik Pakistan", "TLP"), ("Pakistan Tehreek-e-Insaf", "PTI"),
    ("Bangladesh Nationalist Party", "BNP"), ("National League for Democracy", "NLD"),
    ("Union Solidarity and Development Party", "USDP"), ("Cambodian People's Party", "CPP"),
    ("Scottish National Party", "SNP"), ("Movement for Democratic Change", "MDC"),
    ("Ethiopian People's Revolutionary Democratic Front", "EPRDF"),
    ("Syrian Observatory for Human Rights", "SOHR"), ("Committee to Protect Journalists", "CPJ"),
    ("Armed Conflict Location and Event Data Project", "ACLED"),
    ("Stockholm International Peace Research Institute", "SIPRI"),
    ("Institute for the Study of War", "ISW"), ("Federal Deposit Insurance Corporation", "FDIC"),
    ("Office of the Director of National Intelligence", "ODNI"),
    ("Bank of Korea", "BOK"), ("Hong Kong Monetary Authority", "HKMA"),
    ("China Securities Regulatory Commission", "CSRC"),
    ("State Administration of Foreign Exchange", "SAFE"), ("Institute for Supply Management", "ISM"),
    ("Taiwan Semiconductor Manufacturing Company", "TSMC"), ("Advanced Micro Devices", "AMD"),
    ("special purpose acquisition company", "SPAC"), ("non-fungible tokens", "NFTs"),
    ("year-on-year", "YoY"), ("value-added tax", "VAT"), ("mergers and acquisitions", "M&A"),
    ("environmental, social and governance", "ESG"), ("internally displaced persons", "IDPs"),
    ("surface-to-air missiles", "SAMs"), ("high mobility artillery rocket system", "HIMARS"),
    ("Army Tactical Missile System", "ATACMS"), ("large language model", "LLM"),
    ("polymerase chain reaction", "PCR"), ("Middle East respiratory syndrome", "MERS"),
    ("Kurdistan Regional Government", "KRG"), ("Lord's Resistance Army", "LRA"),
    ("Oromo Liberation Army", "OLA"), ("Karen National Union", "KNU"),
    ("National Unity Government", "NUG"), ("People's Defence Force", "PDF"),
    ("Moro Islamic Liberation Front", "MILF"), ("New People's Army", "NPA"),
    ("Armed Forces of the Philippines", "AFP"), ("Korea Aerospace Research Institute", "KARI"),
]


@pytest.mark.parametrize(("long_form", "acronym"), REAL_DEFINITIONS, ids=lambda v: v)
def test_real_definitions_are_not_flagged(long_form: str, acronym: str) -> None:
    for text in (f"On Monday, officials of the {long_form} ({acronym}) met in the capital.",
                 f"On Monday, officials of the {acronym} ({long_form}) met in the capital."):
        assert flagged_spans(EXPANSION, text) == (), text


# -- what the gazetteer does not know ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "flagged", "severity"), [
    ("The ruling Taiwanese Democratic Party (PDP) rejected it.", "Taiwanese Democratic Party",
     "warning"),
    # initials in another order: a company's or a foreign body's own acronym, or MT's error
    ("In Singapore, the Singapore Tourism Board (TSB) issued a call.", "Singapore Tourism Board",
     "info"),
    ("Shares in Columbia Mortgage Advisors (CAM) fell.", "Columbia Mortgage Advisors", "info"),
    ("The Brazilian Institute for Geography and Statistics (IBGE) said so.",
     "Brazilian Institute for Geography and Statistics", "info"),
])
def test_unknown_acronyms_that_the_words_cannot_spell(text: str, flagged: str, severity: str) -> None:
    """A warning when the initials are the acronym's letters in place but for one, else info."""
    found = findings(text)
    assert flagged_spans(EXPANSION, text) == (flagged,)
    assert [f.severity for f in found] == [severity]


def test_a_known_acronym_on_words_aimed_at_it_is_an_error() -> None:
    text = "Members of the Central Committee of the New Progressive Party of China (NPC) met."
    found = findings(text)
    assert [f.severity for f in found] == ["error"]
    assert "National People's Congress" in found[0].message


def test_a_known_name_given_another_bodys_acronym_flags_the_acronym() -> None:
    text = "The Islamic Revolutionary Guard Corps (ISI) said."   # ISI: Pakistan's intelligence
    assert flagged_spans(EXPANSION, text) == ("ISI",)
    assert findings(text)[0].suggestions == ("IRGC",)


def test_a_foreign_acronym_is_accepted_once_a_gazetteer_knows_it(tmp_path: Path) -> None:
    text = "The opposition Patriotic Unity Roundtable (MUP) won the vote."
    assert [f.severity for f in findings(text)] == ["info"]   # not even a warning without data
    extra = tmp_path / "extra.yaml"
    extra.write_text("entities:\n  - name: Patriotic Unity Roundtable\n    kind: organization\n"
                     "    acronym: MUP\n", encoding="utf-8")
    rule = load_rule_file(RULES_DIR / "acronym-expansion.yaml", "newslint",
                          Resources(user_gazetteers=[extra]))[0]
    assert flagged_spans(rule, text) == ()


def _rule_with_synonyms(tmp_path: Path, synonyms: str):
    gazetteer = RULES_DIR / "data" / "gazetteer" / "organizations.yaml"
    tmp_path.mkdir()
    (tmp_path / "synonyms.yaml").write_text(synonyms, encoding="utf-8")
    rule_file = tmp_path / "acronyms.yaml"
    rule_file.write_text(
        "id: acronyms\ncheck: acronym\nmode: expansion\ncategory: terminology\n"
        "description: test rule for the acronym check with its own synonym data\n"
        f"gazetteers: ['{gazetteer}']\nsynonyms: synonyms.yaml\n"
        "examples: [{text: a, flags: []}]\n", encoding="utf-8")
    return load_rule_file(rule_file, "test", Resources())[0]


def test_synonyms_come_from_the_rules_data_file(tmp_path: Path) -> None:
    # letters still fit, and the first word is replaced: only a synonym set makes it a finding
    text = "The Intercontinental Atomic Energy Agency (IAEA) said."
    assert flagged_spans(_rule_with_synonyms(tmp_path / "a",
                                             "synonyms:\n  - [international, intercontinental]\n"),
                         text) == ("Intercontinental Atomic Energy Agency",)
    assert flagged_spans(_rule_with_synonyms(tmp_path / "b", "synonyms:\n  - [plan, scheme]\n"),
                         text) == ()


def test_a_broken_synonyms_file_is_a_located_error(tmp_path: Path) -> None:
    (tmp_path / "synonyms.yaml").write_text("synonyms:\n  - [agency]\n", encoding="utf-8")
    rule_file = tmp_path / "acronyms.yaml"
    rule_file.write_text(
        "id: acronyms\ncheck: acronym\nmode: expansion\ncategory: terminology\n"
        "description: test rule for the acronym check with a broken data file\n"
        "synonyms: synonyms.yaml\nexamples: [{text: a, flags: []}]\n", encoding="utf-8")
    with pytest.raises(YamlError, match=r"synonyms.yaml:2:5: each set must list two or more words"):
        load_rule_file(rule_file, "test", Resources())


# -- one acronym, two expansions ----------------------------------------------------------------


def test_an_acronym_defined_twice_with_different_expansions() -> None:
    text = ("The Singapore Tourism Board (STB) said so.\n"
            "Later the Singapore Travel Board (STB) denied it.")
    found = findings(text, INCONSISTENT)
    assert flagged_spans(INCONSISTENT, text) == ("Singapore Travel Board",)
    assert found[0].suggestions == ("Singapore Tourism Board",)
    assert found[0].related[0].line == 1
    assert "on line 1" in found[0].message


def test_one_expansion_given_two_acronyms() -> None:
    text = "The Singapore Tourism Board (STB) said so. The Singapore Tourism Board (SPB) denied it."
    assert flagged_spans(INCONSISTENT, text) == ("SPB",)
    assert flagged_spans(EXPANSION, text) == ()   # said once, by the inconsistent rule


@pytest.mark.parametrize("text", [
    "Gaza's Health Ministry (MoH) said so. The Ministry of Health (MoH) added figures.",
    "The Democratic Republic of the Congo (DRC) asked the UN mission in DR Congo (MONUSCO).",
    "The Rapid Support Forces (RSF) detained a reporter. Reporters Without Borders (RSF) protested.",
    "The United Nations Security Council (UNSC) met. The UN Security Council (UNSC) voted.",
    "The Singapore Tourism Board (STB) said so. The board (STB) and the STB agreed.",
    "The Singapore Tourism Board (STB) said so. The Singapore Tourism Board (STB) agreed.",
    "The World Health Organization (WHO) met. The World Health Organisation (WHO) agreed.",
])
def test_consistent_definitions_are_not_reported(text: str) -> None:
    assert flagged_spans(INCONSISTENT, text) == ()


def test_a_wrong_first_definition_does_not_make_the_right_one_inconsistent() -> None:
    text = ("Iran left the Joint Comprehensive Action Plan (JCPOA).\n"
            "The Joint Comprehensive Plan of Action (JCPOA) had been signed in 2015.")
    assert flagged_spans(INCONSISTENT, text) == ()
    assert flagged_spans(EXPANSION, text) == ("Joint Comprehensive Action Plan",)


def test_a_known_name_that_is_only_the_tail_of_a_longer_name_is_not_another_bodys() -> None:
    """"Nationalist Party" is the KMT, but "Basque Nationalist Party" is another party (an
    acronym the gazetteer does not know: at most a warning, never "PNV is not the KMT")."""
    found = findings("The Basque Nationalist Party (PNV) won the regional vote.")
    assert all(f.severity in ("warning", "info") and "KMT" not in f.message for f in found)


def test_a_known_name_after_a_possessive_is_still_that_body() -> None:
    (finding,) = findings("Taiwan's Nationalist Party (DPP) lost the vote.")
    assert finding.severity == "error" and "KMT" in finding.message
