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
# The finite verb forms that end neither in "-s" nor in "-ed": lemminflect's irregular
# past forms and participles (a past form may stand for a participle and back) and the
# odd third person. A word that is none of these, nor ends so, is a bare finite verb only
# after "I", "we", "you" or "they" (ClauseReader._is_bare_finite), so it is not looked up
# there; tests/test_clauses_speed.py checks the list on the whole word table.
IRREGULAR_FINITE = frozenset(
    """abode alit arisen arose ate awoke awoken baby-sat babysat backbit backbitten
    backslid backslidden bade beat beaten became become been befallen befell began begot
    begotten begun beheld bent bereft beset besought bespoke bespoken bestrid bestridden
    bestrode bet betrode bid bidden bit bitten blent blest blew blown bore born borne
    bought bound broadcast broke broken brought browbeat browbeaten built burnt burst
    bust came cast caught chid chidden chose chosen clad cleft clove cloven clung come
    cost could countersank countersunk crept crew cut daylit dealt did disproven
    dominante done dove drank drawn dreamt drew driven drove drunk dug dwelt eaten
    fallen fee'd fell felt fit flew floodlit flown flung folksy forbad forbade forbid
    forbidden forbore forborne forecast foregone foresaw foreseen foreswore foresworn
    foretold forewent forgave forgiven forgone forgot forgotten forsaken forsook
    forswore forsworn forwent fought found froze frozen gainsaid gave ghost-written
    ghost-wrote ghostwritten ghostwrote girt given gone got gotten gown grew ground
    grown had hamstrung heard held hewn hid hidden hit hove hung hurt inlaid input inset
    interweave interwove interwoven joy-riding joyriding kept knelt knew knit known
    laden laid landslid lay leant leapt learnt left lent let lip-read lipread lit
    logged-in logs-in lost made meant met might mis-did mis-done miscast misdealt misdid
    misdone mislaid misread misspelt misspent mistaken mistook misunderstood mown must
    o.k.'d off-set offset ok'd ought outbade outbid outbidden outbroke outbroken outdid
    outdone outgone outgrew outgrown outlaid output outran outrun outshone outwent
    outwore outworn over-ate over-came over-eaten over-hung over-paid over-ridden
    over-rode over-shot over-taken over-took over-written over-wrote overate overbore
    overborne overcame overcome overdid overdone overdrawn overdrew overdriven overdrove
    overeaten overgrew overgrown overheard overhung overlaid overlain overlay overpaid
    overran overridden overrode overrun oversaw overseen overshot overslept oversold
    overspread overtaken overthrew overthrown overtook overwritten overwrote paid
    partaken partook pent plead pre-paid pre-set prepaid preset proof-read proofread put
    quit ran rang re-bound re-built re-did re-done re-drawn re-drew re-read re-sent
    re-set re-taken re-thought re-took re-written re-wrote read rebound rebroadcast
    rebuilt recast redid redone redrawn redrew relaid remade rent repaid reran reread
    rerun resent reset resold respelt retaken rethought retold retook rewound rewritten
    rewrote rid ridden risen rode rose run rung said sang sank sat saw sawn seen sent
    set sewn shaken shat shit shod shone shook shorn shot should shown shrank shriven
    shrove shrunk shrunken shut ski'd slain slept slew slid slit slung slunk smelt
    smitten smote sold sought sown spat spelt spent spilt spit split spoilt spoke spoken
    sprang spread sprung spun staid stank stole stolen stood stove strewn stricken
    stridden striven strode strove struck strung stuck stung stunk sullen sung sunk
    sunken swam swept swollen swore sworn swum swung taken taught thought threw throve
    thrown thrust told took tore torn torpedo trod trodden typecast typeset unbent
    unbound under-gone under-taken under-took under-went underbid undercut undergone
    underlain underlay underpaid undershot undersold understood undertaken undertook
    underwent underwritten underwrote undid undone unlearnt unsaid unwound upheld upset
    was waylaid went wept were wet withdrawn withdrew withheld withstood woke woken won
    wore worn would wound wove woven written wrote wrought wrung""".split())
# The present participles that do not end in "-ing", in lemminflect's table (checked with
# IRREGULAR_FINITE): after a form of "be", a word that is neither a participle of these
# kinds nor ends so is not looked up (ClauseReader._auxiliary_group).
ODD_GERUNDS = frozenset("frugalalerts gon logging-in quids typeset".split())
_VERB_TAGS = ("VB", "VBD", "VBN", "VBG", "VBZ", "VBP")
_CLAUSE_PUNCTUATION = frozenset(",;:()[]—–\"“”«»")
_PERSONAL = frozenset(("i", "we", "you", "they", "he", "she", "it"))
# Where a token (letters and digits, see Document.tokens) is or ends like a negator.
_NEGATOR = re.compile(r"(?<![^\W_])(?:not|never|no|cannot)(?![^\W_])|n['’]t(?![^\W_])",
                      re.IGNORECASE)
