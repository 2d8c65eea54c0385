"""Fast paths of the contradictions, phrases and acronyms families answer exactly as their
plain forms do, on invented sentences (no timing here: benchmarks/rules_cpu.py measures)."""

from __future__ import annotations

import json

import pytest

from newslint.checks.contradictions.clauses import breaking_gaps, gap_breaks
from newslint.checks.contradictions.lexicon import IRREGULAR_PLURALS, Lexicon
from newslint.checks.contradictions.negation_flip import _naming
from newslint.document import Document

SENTENCES = [
    "The ministry, which had not sent the letter, said (again) that it would; nobody knew.",
    "“We did not agree,” she said — and then — the talks “resumed”: slowly, «quietly».",
    "No letter was sent.",
    "A",
    "",
    "Officials [in Kyiv] insisted – twice – that the deal, signed in May, stands.",
    "He said: \"It isn't over\", and left;",
]


# -- negation-flip: the gaps that break a clause, found once per sentence -------------------


@pytest.mark.parametrize("text", SENTENCES)
def test_the_breaking_gaps_are_those_gap_breaks_finds_gap_by_gap(text: str) -> None:
    document = Document("x.txt", text)
    for sentence in document.sentences or [None]:
        start, end = (sentence.start, sentence.end) if sentence else (0, len(text))
        tokens = document.tokens_in(start, end)
        plain = {k for k in range(1, len(tokens))
                 if gap_breaks(text, tokens[k - 1].end, tokens[k].start)}
        assert breaking_gaps(text, tokens) == plain


# -- negation-flip: the words that name a head, looked up only when they start like one ----


def _naming_plain(distinct: set[str], heads: set[str], lexicon: Lexicon) -> set[str]:
    return {word for word in distinct if word in heads or lexicon.noun_lemma(word) in heads}


@pytest.mark.parametrize("heads", [
    {"letter", "minister"}, {"man", "mouse", "tooth"}, {"x", "ox"}, {"foot", "goose", "louse"},
    {"child", "criterion", "datum", "woman"},
])
def test_the_words_naming_a_head_are_those_every_words_lemma_names(heads: set[str]) -> None:
    lexicon = Lexicon()
    distinct = {"letters", "lettering", "ministers", "ministry", "men", "mice", "mouse",
                "teeth", "feet", "geese", "lice", "oxen", "xs", "children", "criteria",
                "data", "women", "went", "x", "ox", "letter", "the", "2019", "e-mails"}
    assert _naming(distinct, heads, lexicon.noun_lemma) == _naming_plain(distinct, heads, lexicon)


def test_a_nouns_lemma_starts_with_the_words_first_two_letters_or_is_listed() -> None:
    """What ``_naming`` relies on, on the whole word table: the words a document's
    (lower-case) word can be looked up as."""
    from newslint.text.wordtable import open_table

    table = open_table()
    if table is None:
        pytest.skip("no word table in this environment")
    rows = table._db.execute("SELECT key, value FROM lemmas").fetchall()
    assert len(rows) > 10_000
    lexicon = Lexicon()
    unlike = set()
    for key, value in rows:
        if key != key.lower() or not {"NOUN", "PROPN"} & set(json.loads(value)):
            continue
        lemma = lexicon.noun_lemma(key)
        if not (key[:2] == lemma[:2] or len(lemma) < 2 and key[:1] == lemma):
            unlike.add(key)
    assert unlike <= IRREGULAR_PLURALS
    assert "mice" in unlike and "teeth" in unlike  # the list is not empty by accident


# -- negation-flip: what it reads gives the findings of reading every sentence in full -----

ARTICLES = [
    "The ministry sent the letter to Tehran.\n\nMarkets rose. The weather was fine.\n\n"
    "The letter was not sent to Tehran, officials insisted.\n",
    "Protesters didn't storm the parliament building. Police stood by. Protesters stormed "
    "the parliament building on Tuesday.",
    "The minister has not resigned. Reporters waited. Her deputy resigned on Tuesday. The "
    "minister resigned.",
    "No letters were sent. The envoys sent letters. Two letters were sent, the envoy said.",
    "The men did not sign the deal. The man signed the deal. Mice ate the grain; the mouse "
    "did not eat the grain.",
    "The economy is stable. The economy is not stable. Is the economy stable? It isn't.",
    "The council approved the budget. The council has not approved the budget. The budget "
    "was not approved. Councillors approved budgets.",
    "Teeth were not pulled. The dentist pulled a tooth. The firm says it has not paid any "
    "bribes. Prosecutors say the firm paid bribes.",
]


def _plain_findings(check, document: Document) -> list[tuple[int, int]]:
    """``NegationFlipCheck.run`` on every sentence read in full, every clause compared."""
    from newslint.checks.contradictions.negation_flip import _MAX_EARLIER, _clash

    reader = check._reader
    seen: dict[tuple[str, str, str], list] = {}
    found = []
    for index, sentence in enumerate(document.sentences):
        clauses = [c for c in reader.clauses(document, index, sentence)
                   if check._keep(document, sentence, c)]
        for clause in clauses:
            for earlier in seen.get((clause.lemma, clause.tense, clause.modal), ()):
                if _clash(earlier, clause):
                    found.append((clause.verb_start, clause.verb_end))
                    break
        for clause in clauses:
            kept = seen.setdefault((clause.lemma, clause.tense, clause.modal), [])
            if len(kept) < _MAX_EARLIER:
                kept.append(clause)
    return found


@pytest.mark.parametrize("text", ARTICLES)
def test_negation_flip_finds_what_reading_every_sentence_finds(text: str) -> None:
    from newslint.check import Resources
    from newslint.rules.loader import builtin_pack_dir, load_pack

    (rule,) = [r for r in load_pack(builtin_pack_dir(), "newslint", Resources())
               if r.id == "newslint/negation-flip"]
    document = Document("x.txt", text)
    fast = [(m.start, m.end) for m in rule.check.run(document)]
    assert fast == _plain_findings(rule.check, Document("x.txt", text))


# -- stem-repetition: only the clauses of restating compounds are read ---------------------

STEM_TEXTS = [
    "The deep-rooted distrust is rooted in history, officials said; the long-standing "
    "dispute stands in the way.",
    "A war-torn country (torn by war) and a non-fiction book about fiction.",
    "The six-year high this year — a well-known fact, known to all — stands.",
    "Iran’s deep-rooted’s roots. The hand-made goods were made by hand - in the town-made "
    "way, made: well.",
    "No compounds here at all. Just words.",
    "Self-made man made it: a man-made lake, made “by hand-picked” crews who picked it.",
    "Text without a full stop and a deep-rooted, rooted",
]


def _plain_clauses(document: Document) -> list[list]:
    """The clauses that hold a hyphen, read sentence by sentence (the plain form)."""
    from newslint.checks.phrases.repetition import _CLAUSE_BREAK

    text = document.text
    clauses = []
    for sentence in document.sentences:
        if text.find("-", sentence.start, sentence.end) < 0:
            continue
        start = sentence.start
        for boundary in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
            if text.find("-", start, boundary.start()) >= 0:
                clauses.append(document.tokens_in(start, boundary.start()))
            start = boundary.end()
        if text.find("-", start, sentence.end) >= 0:
            clauses.append(document.tokens_in(start, sentence.end))
    return clauses


def _rule(rule_id: str):
    from newslint.check import Resources
    from newslint.rules.loader import builtin_pack_dir, load_pack

    (rule,) = [r for r in load_pack(builtin_pack_dir(), "newslint", Resources())
               if r.id == rule_id]
    return rule


@pytest.mark.parametrize("text", STEM_TEXTS)
def test_stem_repetition_reads_the_clauses_the_plain_search_would_pair(text: str) -> None:
    check = _rule("newslint/stem-repetition").check
    document = Document("x.txt", text)
    plain = [m for clause in _plain_clauses(document)
             if any(check._restating_compound(document, t) for t in clause if "-" in t.text)
             for m in check._stem_repeats(document, clause)]
    fast = list(check.run(Document("x.txt", text)))
    assert fast == plain


@pytest.mark.parametrize("word", ["", "abc", "a1", "deep-rooted", "2019", "x²", "٣", "e-mail", "co-2"])
def test_a_number_is_a_word_with_a_digit(word: str) -> None:
    from newslint.checks.phrases.repetition import _is_number

    assert _is_number(word) == any(char.isdigit() for char in word)


# -- self-reference: a sentence without a capitalised word twice is not read ---------------

SELF_TEXTS = [
    "Trump told reporters that he would meet Trump supporters. Abe said he had invited Abe.",
    "Merkel said she would call Merkel. Merkel told Macron she trusted Merkel, aides said.",
    "He said he had met Putin on Monday. She told him she would not meet Putin.",
    "Wendt later told Abe he would visit Wendt, and then he left.",
]


@pytest.mark.parametrize("text", SELF_TEXTS)
def test_self_reference_reads_only_the_sentences_that_name_someone_twice(text: str) -> None:
    check = _rule("newslint/self-reference").check
    document = Document("x.txt", text)
    plain = [m for s in document.sentences
             for m in check._sentence(document, s, document.tokens_in(s.start, s.end))]
    assert list(check.run(Document("x.txt", text))) == plain


# -- acronyms: a word's pieces, keys and spellings, once per distinct word or long form ----

LONG_FORMS = [
    ["International", "Atomic", "Energy", "Agency"], ["U.N.", "Security", "Council"],
    ["Group", "of", "7"], ["Research", "&", "Development"], ["Iran's", "Atomic", "Energy"],
    ["the", "Anti-Corruption", "Foundation"], ["21st", "Century", "Fox"], ["Ten", "Nations"],
    ["Ministry", "of", "Defence"], ["Organisation", "of", "the", "Islamic", "Conference"],
]


def _plain_pieces(words: list[str]) -> tuple:
    """``forms._pieces`` as written before its words were remembered."""
    import re as plain_re

    from newslint.checks.acronyms import forms
    from newslint.text.folding import fold

    pieces = []
    for group, word in enumerate(words):
        if word == "&":
            parts = ["&"]
        elif plain_re.fullmatch(r"(?:[^\W\d_]\.){2,}", word):
            parts = [word.replace(".", "")]
        else:
            parts = [p for p in plain_re.split(r"[-]", word) if p]
        folded = [fold(p).strip("'").removesuffix("'s") for p in parts]
        functions = [f in forms.FUNCTION_WORDS or f == "&" for f in folded]
        for index, letters in enumerate(folded):
            pieces.append(forms._Piece(letters, functions[index], forms._number_value(letters),
                                       letters == "&", group, index == 0,
                                       index == len(folded) - 1, all(functions),
                                       forms.starts_capital_or_digit(word)))
    return tuple(pieces)


@pytest.mark.parametrize("words", LONG_FORMS)
def test_a_long_forms_pieces_are_those_of_its_words_read_afresh(words: list[str]) -> None:
    from newslint.checks.acronyms import forms

    assert forms._pieces(words) == _plain_pieces(words)
    for acronym in ("IAEA", "UNSC", "G7", "R&D", "AEOI", "ACF", "CF", "MOD", "OIC", "TN"):
        for strict in (False, True):
            assert forms.spells(words, acronym, strict=strict) == forms._spells.__wrapped__(
                tuple(words), acronym, strict)
        assert forms.spells_leaving_out_one(words, acronym) == (
            forms._spells_leaving_out_one.__wrapped__(tuple(words), acronym))


def test_word_keys_are_remembered_alike_and_not_pickled() -> None:
    import pickle

    from newslint.checks.acronyms.forms import ARTICLES, WordForms, _bare, _stem
    from newslint.text.folding import fold

    forms = WordForms([["Organisation", "Organization"]], [["agency", "office"]], ["ministry"])
    words = ["Organisations", "organization", "the", "An", "&", "Iran's", "Défense", "office"]
    for _round in range(2):
        for word in words:
            bare = _bare(word)
            assert forms.key(word) == _stem(forms._canonical.get(bare, bare))
            assert forms.exact_part(word) == (
                "" if fold(word) in ARTICLES else "and" if word == "&" else forms.key(word))
    copy = pickle.loads(pickle.dumps(forms))
    assert "_memo" not in copy.__dict__ and "_exact_memo" not in copy.__dict__
    assert [copy.key(w) for w in words] == [forms.key(w) for w in words]


# -- negation-flip: a negative clause is read in full only if its verb is asserted elsewhere -


def test_a_verb_forms_lemma_starts_with_its_first_two_letters_or_is_listed() -> None:
    """What ``_asserted_elsewhere`` relies on, on the whole word table; and the guessed
    lemma of an "-ed" word the dictionary lacks keeps its first two letters from six
    letters on, its first from five (no rule of the network removes more than four)."""
    from newslint.checks.contradictions.lexicon import IRREGULAR_VERB_FORMS
    from newslint.text.wordtable import open_table

    table = open_table()
    if table is None:
        pytest.skip("no word table in this environment")
    lexicon = Lexicon()
    unlike = set()
    for (key,) in table._db.execute("SELECT key FROM lemmas").fetchall():
        lemma = lexicon.verb_lemma(key) if key == key.lower() else None
        if lemma is not None and not key.startswith(lemma[:2]):
            unlike.add(key)
    assert unlike <= IRREGULAR_VERB_FORMS
    assert {"went", "was", "bought"} <= unlike
    for rule in table.model("lemma")["classes"]:
        removed, _added, doubled = rule.split(",")
        assert len(removed) + (doubled == "True") <= 4


NEGATED_ARTICLES = [
    ("The envoy did not send the letter. Officials sent letters. It was late.", [0]),
    ("He has not resigned. She is not here. Markets went up; traders bought bonds.", [0, 1]),
    ("They never paid. Nobody knows. The firm pays its bills and paid them.", [0]),
    ("It cannot be done. We can do it. The work was done, he said.", [0]),
    ("No deal was reached. Talks xfoed on. Both sides reached a deal.", [0]),
]


@pytest.mark.parametrize(("text", "negated"), NEGATED_ARTICLES)
def test_the_verbs_asserted_elsewhere_are_those_a_word_by_word_search_finds(
        text: str, negated: list[int]) -> None:
    from newslint.checks.contradictions.clauses import _AUXILIARIES

    check = _rule("newslint/negation-flip").check
    lexicon = check._reader.lexicon
    document = Document("x.txt", text)
    lemmas = {"send", "resign", "be", "pay", "do", "reach", "go", "buy", "have", "xfo", "know"}
    plain = set()
    for index, sentence in enumerate(document.sentences):
        if index in negated:
            continue
        for word in document.words_in(sentence.start, sentence.end):
            if word in _AUXILIARIES:
                plain |= lemmas & {"be", "have", "do"}
            if lexicon.verb_lemma(word) in lemmas:
                plain.add(lexicon.verb_lemma(word))
    assert check._asserted_elsewhere(document, set(negated), lemmas) == plain


@pytest.mark.parametrize("lemmas", [{"send", "go"}, {"be", "buy"}, {"x", "sell"}, {"xfo"}])
def test_every_form_of_the_verbs_passes_the_form_test(lemmas: set[str]) -> None:
    from newslint.checks.contradictions.negation_flip import _form_test

    lexicon = Lexicon()
    may_be_a_form = _form_test(lemmas)
    words = ["sent", "sends", "sending", "went", "goes", "gone", "was", "is", "been", "bought",
             "buys", "sold", "xs", "xfoed", "xfoes", "table", "the", "seller", "going"]
    for word in words:
        if lexicon.verb_lemma(word) in lemmas:
            assert may_be_a_form(word), word


DENIALS = [
    "The minister did not resign.", "She has also not been told.", "It isn't over.",
    "They had not only not paid but also lied.", "He never sent it.", "No letter was sent.",
    "He sent no letter.", "It is no longer open.", "It cannot be done.", "Not only did it rain.",
    "Whether or not he goes, the talks resume.", "No-one came.", "Not everyone agreed.",
    "It is not far from the city.", "The firm, not the state, paid.", "Nothing was not said.",
    "He was reportedly not told.", "They will certainly not resign.", "Annotations help.",
]


@pytest.mark.parametrize("text", DENIALS)
def test_a_sentence_that_cannot_deny_has_no_negative_clause(text: str) -> None:
    from newslint.checks.contradictions.clauses import ClauseReader
    from newslint.checks.contradictions.negation_flip import can_deny

    document = Document("x.txt", text)
    reader = ClauseReader()
    for index, sentence in enumerate(document.sentences):
        negative = any(s.negative for s in reader.reading(document, index, sentence).sketches)
        assert can_deny(document.words_in(sentence.start, sentence.end)) or not negative


# -- the clause reader: a base form's tags are not looked up where they cannot matter -------

READER_TEXTS = [
    "We plan to report that they support the plan; I think you know it. Officials report "
    "plans, the minister reports and sent letters, which the envoys signed.",
    "They said the talks collapsed, we fear more unrest, and Iran sends oil. Police fear "
    "riots. You make deals, we make them too.",
]


class _PlainReader:
    """``ClauseReader._is_bare_finite`` as written before its base-form shortcut."""

    @staticmethod
    def is_bare_finite(reader, tokens, words, index, sentence, after_verb) -> bool:
        from newslint.checks.contradictions import clauses as c

        word = words[index]
        if word in c.PREPOSITIONS or word in c.DETERMINERS or c._is_name(tokens, index, sentence):
            return False
        lemma = reader._lexicon.verb_lemma(word)
        if lemma is None:
            return False
        previous = words[index - 1] if index > 0 else ""
        if previous in c.DETERMINERS or previous in c.PREPOSITIONS or previous.endswith(
                ("'s", "s'")):
            return False
        tags = reader._lexicon.verb_tags(word, lemma)
        if "VBD" in tags and word != lemma:
            return "VBN" not in tags or after_verb is None or after_verb in c.CLAUSE_TAKING
        if "VBZ" in tags and word != lemma:
            return previous in c.SUBJECT_PRONOUNS or not reader._lexicon.can_be_noun(word)
        if tags & {"VB", "VBP"}:
            return previous in ("i", "we", "you", "they")
        return False


@pytest.mark.parametrize("text", READER_TEXTS)
def test_bare_finite_verbs_are_those_the_full_tags_find(text: str) -> None:
    from newslint.checks.contradictions.clauses import ClauseReader

    reader = ClauseReader()
    document = Document("x.txt", text)
    for sentence in document.sentences:
        tokens = document.tokens_in(sentence.start, sentence.end)
        words = document.words_in(sentence.start, sentence.end)
        for index in range(len(tokens)):
            for after_verb in (None, "say", "approve"):
                assert reader._is_bare_finite(tokens, words, index, sentence, after_verb) == (
                    _PlainReader.is_bare_finite(reader, tokens, words, index, sentence,
                                                after_verb))


def test_every_finite_form_not_ending_in_s_or_ed_is_listed() -> None:
    """What the clause reader's look-up order relies on, on the whole word table (a form
    the table lacks is made regular: '-s', '-ed')."""
    from newslint.checks.contradictions.clause_words import IRREGULAR_FINITE, ODD_GERUNDS
    from newslint.text.wordtable import open_table

    table = open_table()
    if table is None:
        pytest.skip("no word table in this environment")
    unlisted, gerunds = set(), set()
    for _key, value in table._db.execute("SELECT key, value FROM inflections").fetchall():
        forms = json.loads(value)
        unlisted |= {f.lower() for tag in ("VBD", "VBN") for f in forms.get(tag, ())
                     if not f.lower().endswith("ed")}
        unlisted |= {f.lower() for f in forms.get("VBZ", ()) if not f.lower().endswith("s")}
        gerunds |= {f.lower() for f in forms.get("VBG", ()) if not f.lower().endswith("ing")}
    # (a form of two words, "under went", is never one token)
    assert {f for f in unlisted if " " not in f} - IRREGULAR_FINITE == set()
    assert {f for f in gerunds if " " not in f} - ODD_GERUNDS == set()
    assert {"sent", "went", "taken"} <= IRREGULAR_FINITE


@pytest.mark.parametrize("text", READER_TEXTS + DENIALS)
def test_a_word_that_is_a_bare_finite_verb_passes_the_look_up_order(text: str) -> None:
    from newslint.checks.contradictions.clause_words import IRREGULAR_FINITE
    from newslint.checks.contradictions.clauses import ClauseReader

    reader = ClauseReader()
    document = Document("x.txt", text)
    for sentence in document.sentences:
        tokens = document.tokens_in(sentence.start, sentence.end)
        words = document.words_in(sentence.start, sentence.end)
        for index, word in enumerate(words):
            previous = words[index - 1] if index else ""
            if _PlainReader.is_bare_finite(reader, tokens, words, index, sentence, None):
                assert (word.endswith(("s", "ed")) or word in IRREGULAR_FINITE
                        or previous in ("i", "we", "you", "they"))


AUXILIARY_TEXTS = [
    "The letter was sent. It is growing. He has gone. They have been told. It was typeset.",
    "She is important. It was the end. He has a plan. We did agree. They will sign. It is "
    "not clear. It has not been sent yet. It's been done. They are people. It was proof-read.",
]


@pytest.mark.parametrize("text", AUXILIARY_TEXTS + READER_TEXTS + DENIALS)
def test_verb_groups_after_an_auxiliary_are_read_as_with_every_look_up(text: str) -> None:
    from newslint.checks.contradictions import clauses

    document = Document("x.txt", text)
    fast = clauses.ClauseReader()

    def read(reader):
        return [list(reader.verb_groups(text, s, document.tokens_in(s.start, s.end),
                                        document.words_in(s.start, s.end)))
                for s in document.sentences]

    groups = read(fast)
    original = clauses._may_be_main_verb
    clauses._may_be_main_verb = lambda auxiliary, word: True  # every word looked up
    try:
        assert read(clauses.ClauseReader()) == groups
    finally:
        clauses._may_be_main_verb = original
