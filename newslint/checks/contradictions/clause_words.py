"""The closed word classes ``ClauseReader`` (clauses.py) reads English clauses with."""

from __future__ import annotations

import re

BE = frozenset("am is are was were be been being".split())
HAVE = frozenset("has have had having".split())
DO = frozenset("do does did".split())
HYPOTHETICAL_MODALS = frozenset("would could might may should must shall ought".split())
MODALS = frozenset(("will", "can")) | HYPOTHETICAL_MODALS
NEGATED_AUX = {
    "isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were", "hasn't": "has",
    "haven't": "have", "hadn't": "had", "don't": "do", "doesn't": "does", "didn't": "did",
    "won't": "will", "can't": "can", "cannot": "can", "wouldn't": "would",
    "couldn't": "could", "shouldn't": "should", "mustn't": "must", "mightn't": "might",
}
MAIN_VERB_OF_AUX = {**dict.fromkeys(BE, "be"), **dict.fromkeys(HAVE, "have"),
                    **dict.fromkeys(DO, "do")}
PAST_AUX = frozenset("was were had did has have".split())  # present perfect reports the past
NEGATORS = frozenset(("not", "never"))
NOT_NEGATING = frozenset("only just merely simply".split())  # "not only X but also Y"
GROUP_ADVERBS = frozenset(
    """yet already also still ever just really actually reportedly allegedly indeed even
    always officially formally finally now then later again previously ultimately apparently
    certainly definitely clearly once since so too""".split()
)
DETERMINERS = frozenset(
    """a an the this that these those his her its their our my your such some any each
    every another other no""".split()
)
PREPOSITIONS = frozenset(
    """of to in on at for with from by about against under over into onto upon between
    among through during without within across after before since until toward towards
    despite amid via as like than per out up down off away back""".split()
)
SUBJECT_PRONOUNS = frozenset("i we you they he she it".split())
PRONOUNS = SUBJECT_PRONOUNS | frozenset(
    """me us them him her this that these those who whom which what one someone something
    anyone anything everyone everything there""".split()
)
REFLEXIVES = frozenset("himself herself itself themselves myself ourselves yourself".split())
RELATIVES = frozenset(("who", "which", "that"))
# Words that end a clause or open a new one.
CLAUSE_WORDS = frozenset(
    """that which who whom whose because while whereas although though but if unless
    whether when whenever before until till once where why how what lest so and or nor
    after since as""".split()
)
# Words that open a clause which does not assert what it says.
NON_ASSERTING = frozenset(
    """if unless whether when whenever before until till once why how what where lest
    whatever wherever""".split()
)
FILLER = frozenset(
    """yesterday today tomorrow now then later earlier recently soon already still yet also
    again previously either too never not""".split()
)
# Verbs whose object is a clause: a past form after them may start that clause ("claimed
# Iran sent"), while after other verbs it is a participle ("approved the drug for
# adolescents aged 12").
CLAUSE_TAKING = frozenset(
    """say tell claim believe think know report announce insist argue add note state deny
    confirm reveal show suggest warn fear hope expect admit acknowledge assert allege explain
    learn realise realize understand find mean agree ensure recall repeat write inform
    assure testify maintain""".split()
)
# Verbs that attribute a clause to a speaker ("the firm says it has not paid").
REPORTING = frozenset(
    """say tell claim insist deny maintain state add argue stress reiterate repeat assert
    write announce respond reply counter""".split()
)
_TIME = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d"
    r"|yesterday|today|tonight|tomorrow"
    r"|(?:last|next|this)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)"
    r"|(?:first|second|third|fourth|final|last|next|this)\s+(?:quarter|half))\b",
    re.IGNORECASE,
)
# Modifiers that tell two things of one kind apart: "the first leg" / "the second leg".
DISTINGUISHING = frozenset(
    """first second third fourth fifth sixth last next previous final former current
    earlier later new old two three four five six seven eight nine ten""".split()
)
# Words that make a subject a share of a group: "most (71%) have no policies" and "only 7%
# of companies have policies" are about different companies.
QUANTIFIERS = frozenset(
    """some many most few several half all only majority minority percent per cent more
    less fewer nearly almost around about over under""".split()
)
# Heads a personal pronoun cannot stand for: "The bank sent a letter. He did not send one."
INSTITUTIONS = frozenset(
    """bank ministry government company firm court council committee agency regulator
    parliament party union group club team army board office department authority
    commission fund league university school hospital city country state embassy
    administration cabinet police newspaper channel broadcaster network organisation
    organization association federation corporation bureau institute exchange market""".split()
)
PERSON_NOUNS = frozenset(
    """minister president official spokesman spokeswoman spokesperson man woman boy girl
    chairman chairwoman director chief leader secretary ambassador envoy judge lawyer
    officer singer actor actress player coach manager mayor governor senator prime""".split()
)
POSSESSIVES = frozenset("his her its their our my your".split())
NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion half dozen""".split()
)
_VERB_TAGS = ("VB", "VBD", "VBN", "VBG", "VBZ", "VBP")
_CLAUSE_PUNCTUATION = frozenset(",;:()[]—–\"“”«»")
_PERSONAL = frozenset(("i", "we", "you", "they", "he", "she", "it"))
# Where a token (letters and digits, see Document.tokens) is or ends like a negator.
_NEGATOR = re.compile(r"(?<![^\W_])(?:not|never|no|cannot)(?![^\W_])|n['’]t(?![^\W_])",
                      re.IGNORECASE)
