#!/usr/bin/env python3
"""Derive rules/data/polarity.tsv from the VADER sentiment lexicon.

The polarity-clash strategy of the contradiction check looks for coordinated
evaluations ("wise, intelligent and dishonorable") whose members disagree in
polarity, the usual trace of a negation that machine translation dropped.  It
needs a lexicon of words that *evaluate* (actions, people, policies, talks),
not words that merely name unpleasant or pleasant topics ("war", "cancer",
"festival").

Source: vader_lexicon.txt from the vaderSentiment 3.3.2 wheel on PyPI
(C.J. Hutto, MIT licence).  Each line is
    token TAB mean-valence TAB standard-deviation TAB [ten raw ratings]
with valence on a -4 .. +4 scale.

Derivation, in order:
  1. keep tokens that are a single lowercase alphabetic word ([a-z]+), which
     drops emoticons, multiword entries and contractions;
  2. keep |mean| >= MIN_MEAN and sd <= MAX_SD (the ten raters agreed);
  3. drop every word listed in STOPLIST (hand curation for news, grouped by
     reason below);
  4. add RESCUED: VADER words outside the numeric filter that are plainly
     evaluative in news (sign taken from VADER, written as source "added");
  5. add ADDITIONS: evaluative news words VADER lacks (source "added");
  6. add British/American spelling variants of everything kept (source
     "added"), from a short list of spelling rules;
  7. write word TAB polarity(+/-) TAB source, sorted by word.

The script is deterministic: run it on the same wheel and it writes the same
file.  It checks the lexicon's SHA-256 and refuses to write anything if a
stoplist entry is not a candidate, a rescued word is missing from VADER or
already passes the filter, an addition duplicates a kept word or contradicts
a clear VADER sign, or a word on the NEVER list would be emitted (catches
typos and lexicon drift).

Usage:
    pip download --no-deps -d /tmp/vader vaderSentiment==3.3.2
    python rules/data/tools/derive_polarity.py \\
        /tmp/vader/vaderSentiment-3.3.2-py2.py3-none-any.whl \\
        -o rules/data/polarity.tsv

The argument may also be a plain vader_lexicon.txt.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import zipfile
from pathlib import Path

MIN_MEAN = 1.0
MAX_SD = 1.0
LEXICON_MEMBER = "vaderSentiment/vader_lexicon.txt"
LEXICON_SHA256 = "1ec9c6e9ee19aade328f8beb393a6afa71a5bb3acf7d3cc22d4ef568df374bf5"
WORD_RE = re.compile(r"[a-z]+")


def words(text: str) -> list[str]:
    return text.split()


# ---------------------------------------------------------------------------
# STOPLIST: candidates (passed steps 1-2) that are removed, by reason.
# ---------------------------------------------------------------------------
STOPLIST: dict[str, str] = {}

# Chat abbreviations, interjections, slang, profanity and slurs.
STOPLIST["slang"] = """
aas aayf afu alol alright ambw aml aok assholes awesome awol ayor bankster
bastard bastardies bastardise bastardised bastardising bastardizations
bastardize bastardized bastardizes bastardizing bastardly bastards bfd bff bffn
bitch bitcheries bitches bitchier bitchiest bitchiness btd bullshit bummer
bwahahah champy cheerio chucklehead chuckleheads classy cocksucker congrats
crap crappy cutie cuties cwot damn damnable damnableness damnably damned
damnified damnifies damnify damnifying damns dearie dearies deary dickhead
dipshit dork dorkier dorkiest douchebag dud dullsville dumb dumbed dumber
dumbfounder dumbfounders dumbhead dumbheads dumbness dumbs dx ez fab fag faggot
faggots fav fcol ffs freak freakiness freakouts freeloaded freeloads ftw fu
fucked fucker fuckers fucktard fuked fuking funnyman gg gga gj gl gla gn
goddammed gratz gt ha hagd hagn hago haha hahas hak hallelujah hand heart
hearts hooray hugz hurrah hurrahed hurrahing hurray idiot ignorami ignoramus
ilu ily imbecile jackasses jealz jerk jhomf jj jokey kewl kfy kia killjoy
killjoys kissy l lamebrain lamebrained lmao lmso lolz lowballed lowballs
lowlife lowlives lts luckie lulz ly lya lyb lyl lylab lylas maniac maniacally
mia mml mooch mooched moocher moochers mooches mooching moron moronic
motherfucker mwah nerd nfc nh nifty nitl ntmu ok paranoids pervert perverts
pesky piss pissants pissed pisses po prblm puked pukes pukka qq qt retard rofl
roflcopter rotfl rotgl scarey screwed screwer screwiest screwup screwy scumbag
sete sexy sfete shithead shitted shittier shittiest shitting shitty shyster
slut sluttiest sluttish sluttishness slutty smartass smartie smarties smarty
smh smugger snob stink stinkard stinker stinking stinko stinkpot stinky stupids
sucked suckered suckering sucky sux sweetie sweeties tard thks thx tia ticked
tnx trickers tricksters twat tx txs ty ugh uptight uptightness vbs vwd vwp
wanker weirdie weirdies weirdo weirdoes weirdos whiner whines whiney whore
whored whoremonger whores wimpiness wimpish wiseass wisenheimers wow wowed
wowing wp wtf wtg wth xd xlnt xoxo xoxozzz xp yeah yep yes yolo yucky yvw zzz
"""

# Words that name events, topics, outcomes, conditions or roles.  In news
# copy they report what happened ("war", "killed", "deficit", "champions"),
# not the writer's or speaker's evaluation, and they mix freely with
# evaluations of the opposite sign ("a peaceful, well-organised strike").
STOPLIST["topic"] = """
abduction abilities ability absentee absolved absolving abuse abused abuser
abuses accident accidentally accidents ached aches aching acquitted acquitting
admirals admiralties advanced advantage advantaged advantages advantaging
adversaries adversities adversity agreed agreeing agreement allergic applause
approval approved approves arrests assassination assault assaultive assaults
asset attack attacker attackers attacking attacks award awardable awarded
awardee awardees awarding awards axed banned battled battlefield battlefront
battleground battles beaten beating beautician beautification beautifications
beauty beneficiary benefit benefits benefitted benefitting bereaved blockbuster
bomb bonus bonuses boost boosting boosts boycott boycotted boycotting boycotts
brutality bullied bullying burden burdened burdener burdening burdens cancel
cancelled cancer casualty catastrophe champ champed champion championing
championships champs chance chaos charitable charitableness charitably
charities charity cheat cheated cheater cheaters cheating cheats choke chokes
coerced collapse collapses collapsing collision collisions comedic comedically
comedy commitment confidence conflict conflicting conflictive conflicts
conspiracy contagions contagious creation creations credit creditworthy cried
cries crime criminal criminals crisis cruelty cry crying cut cuts damage
damaged damager damagers danger dangered dangering dangers deadlock decay
decayed decayer decayers decaying decays defeated defeater defeating defect
defected defecting defection defections defector defects defenseless
defenselessly deficit degradations degradative degrade degraded degrader
degraders degrades delay depress depressants depressed depresses depressible
depression depressions depressively depressives depressors deprival deprivals
deprivations deprive deprived depriver deprivers deprives depriving derailed
derails destroy destroyed destroyer destroyers destroying destroys destruct
destructing destruction destructionist destructionists destructions destructs
detain detained detention devastate devastated devastates devastating
devastator die disabling disadvantage disadvantaged disadvantages disaster
disasters discomfort discomfortable discomforted discomforts disorder
disoriented dispute disputed disputing disqualified disruption disruptions
distress drowned drunk dynamiter dysfunction enemies enemy energise energised
energises energising energization energize energized energizer energizers
energizes energizing energy enslave error errors eviction fallen fatalities
fatality fatally fatigue fatigued fatiguing fatiguingly felonies festival
festivalgoers festive festively festiveness festivities feud feuded feuding
feudist fiesta fightings fights fitness flop flops flu foeman foes foreclosures
fought fraud frauds fraudster fraudsters freedom gain gained gaining gains gift
graveyard graveyards grief grievance grievances grievants grieved griever
grieves harass harassed harasser harassers harasses harassment harassments harm
harmed harming hatred havoc healthy heartbreak heartbreakers hindrance hooligan
hooliganism hostilities hostility hurt hurter hurting hurts illiteracy illness
illnesses immobilized immune imprisoned incapacitated infected infringement
injured injury innovate innovates innovation intellective intellects
intellectual intellectualist intellectualize intellectualized intellectualizes
intellectually intellectualness intellectuals intelligence intelligencer
intelligencers intelligences interests jailed jeopardy kill killed killer
killers killings kills leak leaked liberties liberty lifesaver lose loser
losers losing loss losses lossy lost menace miseries misery misinformation
misreporting mourn mourners mournfuller mourns murder murdered murderee
murderees murderer murderers murderesses murdering neglect neglecter neglecters
neglecting neglects obstacles opportunities opportunity oppressed outcry
outreach overload pain pained paining pains paradise pardon pardoning pardons
peacekeeping peacekeepings peacemaker peacemaking peaces peacetimes perjury
perpetrator phobias phobics poison poisoned poisoner poisoners poisonous
poisonously poisons poisonwood pollute polluted polluter polluters pollutes
postpones pressure pressures pressuring prison prisoners prized prizefighter
prizer prizewinning problem problems profit profitabilities profitable
profitably profiting progress prospect prospects protesting punish
punishabilities punishable punished punisher punishers punishes punishing
punishment punishments punitive quaking racism rape raped raper rapers rapes
raping rapist rapists relief reliefs repression rescue rescues restrict
restricted restricting restriction revenge revenger revengers revenges reward
rewardable rewarded rewarder rewarders rewards riots risk riskier riskinesses
risks rob robs ruin ruinable ruinate ruined ruiner ruing ruins sabotage
safeguard safeguarded safeguarding safeguards safekeeping safety scam scams
scandals securities security sick sicken sickened sickener sickeners sickens
slavery smog smuggled smuggling solution solved solves solving spammer spamming
stab starves steal stealer stealers stealing stealings steals stolen stricken
strongholds struggle struggled struggler strugglers struggles struggling suffer
suffered sufferer sufferers suffering suffers suicidal suicide survived
surviving suspect suspects suspend suspended suspicion suspicions suspicious
suspiciously swindles swindling terrorise terrorised terrorises terrorising
terrorism terrorisms terrorist terroristic terrorists terrorization terrorize
terrorized terrorizes terrorizing terrors thief thieve thieveries thievery
thieves threat threatened threateners threatening threateningly threating
threats torturers tortures torturing trap trapped traumatically traumatise
traumatised traumatises traumatism traumatization traumatize trustee trustors
trusts turmoil unemployment unhealthy victimhood victimising victimization
victimize victimizing violate violated violater violaters violates violating
violation violations violative violence violent violently vitals vitamin
walkout warfares warned warnings warred wars waste wasted wasting wealth
wealthier wealthiest wealthily weapon weaponed weapons win winnable winned
winner winning winnings wins woe woes won wreck
"""

# Words with a frequent neutral (or reversed) sense in news: "party",
# "free kick", "in favour of", "interest", "the Troubles", "tested
# positive", "crude oil", "Super Tuesday", "respectively", "strong winds",
# "low pressure", "military adventurism", "glorifying violence"...
STOPLIST["sense"] = """
actively actives admits adventure adventured adventurer adventuring adventurism
adventurist adventuristic adventurists adventurously adventurousness adverse
aggravate aggravates aggravating alarm alert alive alone ambitious anti anxious
apocalyptic appease appreciation appreciations apprehension ardent arguable
assurance assurances assure assured assuredly assuredness assurers assures
assurgent assuring attachment attachments avid awkwardly badly benign benignant
best better bitter bittering bitterish bitterly bitterness bless blessed
blesseder blessedest blesser blessers blesses blessings bloody bold bolder
bolds bore borers bores bright brighten brightened brighteners brightening
brightens brighter brightest brightly brightness brightnesses brightwork
brilliants broke broken brutally care cared cares certain certainty charges
clean clearly comfortable comfortably commit committed complimentarily
complimentary comprehensive confusion contempt contradiction contradictions
cool cornered courtesy critical crude crudely crudeness crudenesses cruder
crudes crushed crushes curious darkest darkness dearer dearest dearness dears
dedicated defective defectively defectiveness defectives defer definite
definitely difficult difficulties difficultly difficulty dirt dirtier dirty
discord disinclined distracted distractible distracting distraction
distractions distractive distracts distressed doubtful doubtfully doubtfulness
downside drained drop dump dumped dumper dumpier dumpiness dumpings dumpish
dumps dumpsters dumpy eager eagerly eagerness earnest ease eased easefully
easement eases easier easily easiness easing easygoing easygoingness
effectively efficiencies efficiency entitled excellences excellencies
excellency excruciating exhaust exhauster exhausters exhaustible exhausting
exhaustion exhaustions exhausts expand exploited exploits faith faiths fan
fascinating fascist fault faulted faultier faultiest faultily faultiness
faulting faults faulty favor favored favorers favoring favorite favorited
favorites favors favour favoured favourer favourers favouring favours fearsome
feudalistic fiery fired firing focused fond fondly fondness forced frantic
frantically free freebee freebie freebies freeborn freedman freedwomen
freehanded freehearted freeholds freely freeman freemen freeness freenesses
freer freers frees freestanding freethinker freethinkers freethinking freewill
freezingly fresh friend friended friendlies friends friendship friendships
fulfilled gentle gentler gentlest gently glamorised glamorization glorification
glorified glorifies glorify grand grandee grandees grander grant granting
greater grievousness grossest grossness guarantee guiltier guiltiness guilts
guilty handsome handsomely handsomer handsomest harsh harsher harshest helpless
helplessly helplessness helplessnesses hesitancies hesitant hesitantly hesitate
hesitated hesitater hesitaters hesitates hesitating hesitatingly hesitation
hesitations hiding highlight honestly honorarily honorariums honorary honour
hope hoped hopefully hopes hoping huge idealise idealised idealises idealistic
idealities ideality idealization idealizations idealize idealized idealizer
idealizes ill imperfect impersonal importance importancy importantly impotent
improve improved improvement improvements improver improvers improving
inability inconvenience increase inhibit inhibition inhibitive inhibitors
inhibitory innocence innocency innocently insane insecure insecurely
insecureness insecurities insecurity inspiration inspired intelligibility
intelligible intelligibly interested interestedly interesting interestingly
interestingness irritabilities irritable irritableness irritably irritant
irritants irritation irritations irritative isolated isolates isolation jealous
jealousies jealously jealousness keen keenest keenly keenness kind kinder
kindly lack lag lagged lagging lags lame lamely lamented lamenter laments lamer
lames lies like liked likes liking limitation livelier liveliest livelily
liveliness livelong lively lone lonelier loneliest loneliness lonely loneness
loner lonesome lonesomeness lonesomes low lower lowering lowery lowest lowlier
lowliness lowness loyalism loyalist loyalists luck lucked luckier luckiest
luckily lucking luckless lucks lucky lying mad mature merit merits mess messed
mischief missed missing mistakenly motivate motivated motivating motivation
neat neaten neatening neatens neater neatest neatly neatness neats needy
nervous nervousness nice nicely niceness nicer nicest no noble novel obsolete
odd offending offends offensively offensiveness optimal optimality optimally
original outstanding overweight panic panicking panicky partier parties party
partyers penalty perfectly perversely pitiers pity pitying poised poorest
popular popularise popularised popularising popularities popularization
popularize popularized popularizer popularizers popularizes popularizing
popularly positively positivenesses positiver positives positivisms positivist
positivistic positivities positivity powerful powerless precious preciously
preciousness prejudice prejudices prejudicial prettied prettier pretties
prettiest pretty privilege privileged profitless prominent promising
promisingly rash readiness rebelliously refuse refused refusing regretful
regretfully regretfulness regrettably relaxant relaxation relaxations relaxed
relaxedly relaxedness relaxer relaxers relaxes relaxin relaxing reluctance
reluctancy reluctant repetitive resign resignation resignations resigned
resigner resigns respect respecter respecters respecting respectively rich
richened richly richness richnesses ridiculously riskless sadly safely safeness
savagely sceptic secured securely securement secureness securer secures
securest seditious sentimental sentimentalise sentimentalism sentimentalization
sentimentally severed severely shakedown shakedowns shakeout shakiest share
shared shares sharing shattered shock shockable shockers shocks shy shynesses
sluggish smart smarten smartened smartening smartens smarter smartest smartly
smartness smartnesses smarts solidarity somber sophisticated sore special
stable stereotype stereotyped stop strained straining strains strangely
strength strengthen strengthened strengthener strengtheners strengthening
strengthens strengths stress stressed stresses stressing stressor stressors
strikes strong stronger strongest strongish strongly struck stubbornly
stubbornness stubbornnesses stuck submissive succeed succeeded succeeders
succeeds success successes super superiors supremeness supremos sure surefire
surefooted surefootedly surely sureness surest sureties surety surprisal
surprising surprisingly swiftly temper tempers tenderers tense tensed tensely
tenseness tenser tensing tensioner tensions terribly thankfully thorny tired
torn toughish toughly treat trickiest trickiness trickish tricksiness triumphal
triumphalisms trouble troubled troubler troublers troubles troublous trueness
truer truest truly trustful trustfully trustfulness trustingly unapproved
uncertain uncertainly uncertainness uncertainties uncertainty unclear
uncomfortable uncomfortably uncontrollability uncontrollably uncontrolled
unease uneasier uneasiest uneasiness uneasinesses uneasy unequal unfortunately
unfulfilled unified uninvolved united unmotivated unprotected unresearched
unsecured unsettled unstable unsuccessfully unsure unsurely upset upsets
upsetter upsetters vain valuables valued valuing virtue virtues virulent vision
visioning vulture warmed warmer warmers warmhearted warmheartedness warmish
warmly warmness warms warmth weak weaken weakened weakeners weakening weakens
weaker weakest weakhearted weakish weaklier weakliest weaklings weakly weakness
weaknesses weirdly welcome welcomed welcomely welcomeness welcomer welcomers
welcomes welcoming wellborn welldoer welldoers welling wellness wells
wellspring wellsprings willingness witch worn worse worsen worsening worsens
worser youthful
"""

# Verbs and role nouns of reaction, speech and action.  "The plan was praised
# and criticised", "welcomed by unions, condemned by employers", "supporters
# and critics": reported reactions, not a coordinated evaluation.
STOPLIST["verb"] = """
abandon abandoner abandoners abandoning abandonments abandons accept acceptance
acceptances acceptant acceptation accepted accepting accepts accomplish
accomplishes admire admirer admires admiring admonished agitate agitates
agitating agitator agitators angered angering angers annoy annoyer annoys
antagonist antagonists antagonize antagonized antagonizing apologise apologized
apologizes appall applaud applauded applauding applauds appreciate appreciated
appreciates appreciating argue argued arguer arguers argues arguing argument
arguments attract attractant attractants attracted attracting attraction
attractions attractors avoid avoidance avoidances avoided avoider avoiders
avoiding banish belittle belittled betray betrayed betraying betrays blamed
blamer blamers blames blaming blocking bother botheration botherations bothered
bothering braved braves brutalised brutalises brutalising brutalizations
brutalize brutalized brutalizes brutalizing celebrated celebrates celebrating
charm charmed charmer charmers charms chastise chastising cheer cheered cheerer
cheerers cheering cheerlead cherished cherisher cherishers cherishes cherishing
comfort comforted comforter comforters comforts commend commended complain
complained complainer complainingly complains complaints compliment
complimenting compliments conciliated conciliates conciliating condemnation
condemns confuses congratulation congratulations consents contradict
contradictable contradicted contradicting contradictor contradictors
contradicts convince convinced created creates critic criticise criticised
criticising criticism criticizable criticized criticizer criticizers criticizes
criticizing critics cynic deceive defeatists dehumanized dehumanizes delight
delighter delighters denied denier denies denounce denounces deny denying
derides deriding desire desirous despisement despising devotes devoting
dignifies dignify disagree disagreed disagreeing disagreement disagreements
disagrees disappears disappoint disappoints disbelieve discard discarded
discards discourage discourageable discouraged discouragement discouragements
discourager discouragers discourages disguises disguising disgust disgusts
dishearten disheartenment disheartenments disheartens disillusions dislike
disliked dislikes disliking disparage disparaged disparages disregard
disregarded disregards disrespect disrespected dissatisfies dissatisfy distort
distorting distorts distract distresses distrust distrusted distrusting
distrusts disturb disturbance disturbances disturbed disturber disturbers
disturbs doubt doubtable doubter doubters doubting doubtingly doubts dread
dreaded dreading dulled dulling dulls dupe duped embarrasses encourage
encouraged encouragement encouragements encourager encouragers encourages
endorse endorsed endorsement endorses engage engager engagers engages engaging
engagingly enjoy enjoyed enjoyer enjoyers enjoying enjoyment enjoyments enjoys
enrage ensure ensuring entertain entertained entertainers entertainment
entertains enthuse enthused enthuses enthusiast enthusiasts enthusing envied
envier envy excel excelled excelling excels exonerate exposing fail failed
fails failures faking falsified falsify fear feared fearing fears fool fooled
fooling fools forbid forbidden forbidder forbidders forbidding forbiddingly
forbids forgave forgiven forgiver forgivers forgives frighted frighten
frightens frighting frights frustrate frustrates fumed fuming fury gossiped
gossiper gossipers gossiping gossipmongers gossipped gossipping gossips gossipy
gratification gratifications gratified gratifies greet greeted greeting hated
hater haters hates help helper helpers helping helps horrify ignore ignored
ignorer ignores ignoring impose impress impresses impressing indoctrinate
infuriate infuriates inspire inspirers inspirit inspiriting insulter insulters
insults interrupt interrupted interrupter interrupters interrupting
interruption interruptions interruptive interruptor interrupts intimidated
intimidates intimidator intimidators invigorate invigorates inviting irritate
irritates join manipulated manipulating misbehave misbehaved misbehaves
misbehaving misinterpreted misread mistake mistaker mistakers mistakes
mistaking misunderstand misunderstanding misunderstands misunderstood mock
mockeries mockers mocking mocks monopolizes nag nagged nagger naggers naggiest
nagging naggy nags obliterate overreacted overreacts please pleaser pleasers
pleases praise praised praiser praisers praises praising promise promised
promisees promiser promisers promises promisor promote promoted promotes
promoting protect protected protects provoke provoked provokes rage raged
rageful rages rant ranters rants reassurance reassurances reassure reassured
reassures recommend redeemed regret regrets regretted regretter regretters
regretting reinvigorate reinvigorates reinvigorating reinvigoration reject
rejected rejectee rejectees rejecter rejecters rejecting rejectingly rejection
rejections rejective rejector rejects rejoice rejoiced rejoices rejoicing
relieve reliever relievers relieves relishing repress repressed repressible
repressing repulse repulsed resolve resolvers resolving restore restored
restores restoring revives ridicule ridiculed ridiculer ridiculers ridicules
ridiculing sadden saddens satisfies satisfy saved scapegoat scapegoats scare
scared scarer scarers scares scold shamed shames snub snubbed snubs spite
spited squelched startle stifled support supported supporter supporters
supporting supports tease teased teases thank triumphing trivialises
trivialising trivialize trivializes underestimate underestimated undermined
undermines undermining validate validates validating vindicates worrier
worriers worries worriment worriments worrit worrits worry worrywart worrywarts
worshiper worshipfulness worshipped wronged
"""

# Registers news evaluation does not use: romance, fun and jokes, food and
# looks, religion, bodily sensations, moods that do not judge anything.
STOPLIST["register"] = """
adorability adorable adorableness adorably adoration adorations adore adored
adorers adores adoring adoringly adorner adorning adornment affection
affectionally affectionately affectioned agog agonise agonised agonises agonize
agonizing amor amorino amoroso amorous amorously amorousness amuse amusers
amuses anguish anguishing astonished astounded beloved bliss blissful bored
boredom boredoms captivated carefree chagrin chuckle chuckled chucklers
chucklesome chuckling chucklingly comfortless crazily craziness curse cute
cuteness cutenesses cuter cutes cutest cutesy darling darlingly darlingness
darlings delectable delectably delicious deliciously deliciousness despaired
despairing despairingly desperation devil deviling devilishly devilishness
devilkin devilment devilments devils devilwoods devotedness devotion
devotionally devotions diffident direful divine divinely divinest dolorous
dullard dullards eerie emptiness enchanted ennui enrapture fascinated
fascinates fascination fidgety flirtation flunk flunked flunkers flunkey
flunking friendless fun funned funner funnest funniest funnily funniness
funninesses funning funny giggle gigglers giggling giver glamor glamorous
glamors glamour glamourous glamours glee gleeful glory gorgeous gorgeously
gorgeousness gorgeousnesses grimaced grimaces grime grimed grimes griminess
grimy grin grinned grinner grinners grouch grouchier grouchiest grouchiness
grouchy harried haunted haunting heavenlier heavenliness heavenly hell hellish
homesicknesses huggable hugged hugger huggers hugging hugs humor humored
humoresque humoring humorist humoristic humorists humorless humorous humorously
humorousness humors humour humoured humouring humourous hysteria itchy jaded
jaunty joke joked jokes jokester jollied jollier jollies jolliest jollification
jollifications jollify jollily jolliness jollities jollying joy joyance joyed
joying joys jumpy kissable kissers kisses kissing kudos laugh laughed laugher
laughers laughing laughings laughs laughter laughters lighthearted lovable love
loved lovelies lovely lover loverly loves loving lovingly marvel marvels
masochist masterpiece masterpieces meditative melancholiac melancholias
melancholics melancholies mercy merrily merriments merriness merry merrymaking
merrythought miracle mirth mirthful miser misers moodiest moodily moodiness
moodinesses moody mope mumpish numb numbest numbing numbingly numbness nurtural
nurturance nurturant nurture nurtured nurturer nurtures nurturing obsess
obsesses obsessing obsession obsessional obsessionally passion passional
passionately passionateness passionless passions perplexed petrified petrify
petrifying playful playfully playfulness pleasurability pleasurable
pleasurableness pleasurably pleasure pleasured pleasureless pleasuring praying
prickle pricklier radiances radiancy radiant radiantly radiants rancidity
rancidness rancidnesses reek restful restless restlessly restlessness romance
romanced romances romancing romantic romantically romanticised romanticising
romanticisms romanticizations romanticize romanticizes romantics scream
screamers screaming screams seduced serene sin sinful sins smile smiled
smileless smiler smiley smileys smilingly smother smothery sobs sociabilities
sociability sociable sociableness sociably soothe soothing sorrow sorrowed
sorrower sorrowful sorrowfully sorrowfulness sorrows soulmate sparkle sparkling
sprightly stamina stammerer stammering stench stenchful stimulates stimulating
stressless stresslessness stutter stutterers stuttering stutters suave sulking
sunnier sunny sunshine sunshiny sweet sweethearts sweetly sweetness sweets
tenderheartedly tenderheartednesses tenderly tenderness terrified terrify
terrifying thrillingly thrills tranquiler tranquilly tremblers trembling
trembly unlovable unloved unlovelier unloveliest unloveliness unlovely unloving
vivacious weep weeper weepier weepies weepiest weeping weepings woebegone
"""

# Rare derivations, odd inflections and VADER artefacts that would only add
# noise ("hurtles" rated negative, "successiveness" rated positive, "nagana"
# is a cattle disease, "inspiratory" is about breathing).
STOPLIST["form"] = """
abusivenesses acceptabilities acceptableness adversative adversatives aggressed
amazedly amazement amazements amazes amort angerly annoyances appreciator
appreciators appreciatory arrogances ashamedly attractivenesses aversive
beauteously beauties beautified beautifier beautifiers beautifies beautifuler
beautifulest beautifulness beautify beautifying beauts benefic beneficed
beneficences benefices beneficialness blamably blameful blamefully
blameworthiness braveries calmative calmed calmer calmest calming calmnesses
calms charminger charmingest cheerfuller cheerfullest cheerly clevernesses
compassionated compassionates compassionating compassionless confusedness
confusional consolable contentedness creditableness cynicisms daringly
daringness deject dejecting dejects delightedness delightsome determinacy
determinately determinateness dignities doomful dooming doomsayers doomsayings
doomster doomsters doubtlessly dreadfulness dullish dully dynamical dynamisms
eagers ecstatics egotisms egotists elegances elegancy embarrassable
embarrassments enthusiasms excitability excitable excitants excitation
excitements exciter excites excruciate excruciation failingly fatalisms
fatalists faultfinders faultfinding foetor foolery foolisher foolishnesses
forgivably forgivingness friendlily generosities generousness gloomed glooming
glorioles grace gracefuller gracefullest graces gracile gracility gracing
gracioso gratefuller gratefulness graveness happing harmonic harmonies
harmoniousness harmonise harmonised harmonising harmonization harmonize
harmonized harmonizer harmonizes harmonizing heroicomic heroicomical heroics
heroisms heroize heroizes honester honestest honorability honorableness honored
honoree honorees honorer honorers honorifically honorifics honoring honors
honourer honouring honours horribleness horribles horrors hostilely hurtles
hurtling ignorable ignorances immoralism immoralist immoralists impolitenesses
impressionistically inadequacies inadequateness inadequatenesses indecisions
ineffectuality ineffectualness inferiorities inferiorly inspirations
inspirators inspiratory intelligential invigorations invigorators irrationalism
irrationalist irrationalists irrationalities irrationals joyfuller joyousness
lamentableness loused louses lousing lowbrow magnification magnificences
magnifico magnificoes nagana nasties nastinesses optimisation optimisations
optimise optimisms optimist optimists optimization optimize optimized optimizer
optimizers optimizes optimizing optionless palatably peacefuller peacefullest
perfected perfecter perfectible perfecting perfective perfectivity perfectness
perversive pessimisms pleasantnesses pleasantries pleasantry proudhearted
resentence resolvable respectabilities rigidification rudesby satisfactions
satisfactoriness satisfiable satisfyingly shamefaced shamefacedly
shamefacedness shamefast shamefulnesses shamelessnesses shockproof sillier
sincereness sincerities singleminded smugnesses snobbishnesses solemnity
spitefulnesses splendent splendidness splendor splendorous splendors splendour
successfulness successiveness terriblenesses thankfuller thankfullest tragics
treasurable treasured treasurerships treasuring trivialities troubleshooter
trustability trustable trusties trustiest trustily trustiness trustless trusty
truths uglies uglification uglified uglifies uglify uglifying uglily
unfortunates unhappinesses valuableness vigoroso vigors virtuosas virtuosity
virtuoso vitalise vitalising vitalities vitality vitalization vitalize
vitalized vitalizes vitalizing vitally wised wiseness wisewomen woefulness
wonderfulness worrisomeness
"""

# ---------------------------------------------------------------------------
# RESCUED: VADER words outside the numeric filter that are core news
# evaluations.  Most fail on sd > MAX_SD (the raters disagreed on strength:
# "cruel" sd 1.17, "hostile" 1.74, "fair" 1.005); some have |mean| < MIN_MEAN
# ("careful" +0.6, "gloomy" -0.6, "decisive" +0.9, "vague" -0.4,
# "hysterical" -0.1).  Polarity is VADER's sign, which was checked by hand
# for every entry; source is written as "added".
# ---------------------------------------------------------------------------
RESCUED = """
abhorrent acrimonious alarming appalling appallingly arrogantly awful
benevolence benevolently careful compassionately compelling complacent
considerate contemptible contemptuous cruel cruellest deceit deceitful decisive
disappointment disappointments disgusting dithering dodgy dreadful dynamism
egotistic fair faithfully faultless flawless flexible furious gallant gloomy
greed greedily greediness greedy harmonious hateful hopeless horrid hostile
hurtful hysterical ideal ignorance immoral ineffective insensitive inspiring
lamentable lazy ludicrous ludicrously methodical miserable naive nasty
opportunistic oppressive optimistic outrageous outrageously pathetic
pessimistic petty reassuring repressive responsible rigged sarcastically
satisfactorily scornful shameless shamelessly shamelessness sincerely sinister
spiteful supportiveness toothless truthfully truthfulness unintelligent vague
vicious viciously vigilant virtuous virtuously visionary worthless wrong
"""

# ---------------------------------------------------------------------------
# ADDITIONS: evaluative news words VADER lacks.  Three are in VADER with a
# near-zero mean of the other sign, overridden here for news usage:
# "laughable" (+0.2: raters read "laugh"), "opportunism" (+0.4: read
# "opportunity") and "unbiased" (-0.1: read "biased").  Spelling variants
# are generated afterwards (see SPELLING), so each word is given once.
# Polarity is set by hand.
# ---------------------------------------------------------------------------
ADD_POSITIVE = """
ably accommodating accountable accurate accurately adept adeptly adroit
altruistic amenable amicable amicably articulate astute astutely authoritative
balanced businesslike charismatic civilised civility coherent collegial
commendable commendably commonsense competence competently conciliatory
conscientious conscientiously considerately constructive constructively
cooperative cordial cordially courteously credibility credible credibly decency
decent decently decisively decisiveness deft deftly dependable deserved
deserving diligence diligent diligently discerning dutiful effectual eloquent
eloquently empathy equitable equitably estimable ethically evenhanded exemplary
fairer fairest fairness farsighted foresight forthright fruitful fruitfully
genuine goodwill hardworking honourably hospitable humane humanely humility
imaginative imaginatively impartial impartiality impartially impeccable
impeccably incisive incorruptible industrious ingenious ingeniously ingenuity
insightful invaluable irreproachable judicious judiciously justifiable justly
kindhearted knowledgeable laudable lawful lawfully legitimacy legitimate
legitimately levelheaded logical lucid lucidly magnanimity magnanimous
magnanimously masterful masterfully masterly merciful meticulous meticulously
nuanced obliging orderly perceptive personable persuasive persuasively
pioneering plausible polite politely pragmatic pragmatically pragmatism
prescient principled productive productively professionalism proficient
proportionate propriety prudence prudent prudently purposeful rational
rationality rationally realistic reasonable reasoned receptive reliability
reliable reliably reputable resilient resolutely resourceful responsibly
sagacious scrupulous scrupulously selfless selflessly sensible sensibly shrewd
shrewdly sincerity skilful skilfully statesmanlike statesmanship steadfastly
stellar superbly superlative tactful tactfully thorough timely tireless
tirelessly transparency transparent transparently unbiased unimpeachable
unselfish upbeat upstanding valiant valiantly versatile
"""

ADD_NEGATIVE = """
abject abominable abominably abrasive abrasively absurd absurdity absurdly
abysmal alarmist aloof amateurish arbitrarily arbitrary atrocious atrociously
banal barbaric barbarity barbarous baseless bellicose belligerent belligerently
bigoted bigotry blatant blatantly blinkered bloated bogus bombastic boorish
botched brazen brazenly brutish bungled bungling callous callously callousness
capricious churlish clumsily clumsy complacency complacently conceited
condescending condescendingly condescension convoluted corrupt corruptly
counterproductive cowardice crass crassly craven cravenly crooked cumbersome
deceitfully deceptive deceptively defamatory deficient delusional demagogic
demagoguery demeaning deplorable deplorably derisory derogatory despicable
despicably despotic detrimental devious deviously dictatorial dilatory
discourteous discriminatory disgraceful disgracefully dishonestly dishonesty
dishonourable dishonourably disingenuous disingenuously disloyal dismissive
dismissively disproportionate disreputable disrespectful disrespectfully
divisive doctrinaire dogmatic domineering draconian duplicitous duplicity
dysfunctional egregious egregiously erratic evasive evasively excessive
exorbitant exploitative extortionate extravagant facile fallacious fanatical
farcical fatuous feckless fickle flagrant flimsy flippant flippantly folly
fraudulently frivolous frivolously fruitless gratuitous gratuitously grotesque
groundless gutless haphazard haphazardly harmful hasty haughtily haughty
heinous hidebound hubris hubristic hypocrisy hypocritically idiocy ignoble
illegally illegitimacy illegitimate illegitimately illiberal illogical
illogically immature impetuous implausible impractical improper improperly
impropriety imprudent imprudently impulsive impulsively inaccurate inaccurately
inane inappropriate inappropriately incoherent incoherently incompetently
indecent indecently indefensible indiscriminate inefficient inefficiently inept
ineptitude ineptly inequitable inexcusable inexcusably inflammatory inflexible
inhuman inhumane inhumanely inhumanity iniquitous injudicious insensitively
insolent insolently intemperate intolerable intolerably intolerance intolerant
intransigence intransigent irresponsibility irresponsibly jingoistic lacklustre
laughable lax lazily laziness malice malicious maliciously malign manipulative
meddlesome mediocre mendacious mendacity merciless mercilessly misconceived
misguided misleadingly mismanagement misogynist misogynistic monstrous murky
myopic naively needlessly nefarious negligent negligently nepotistic obstinacy
obstinately obstructionist obstructive obtuse odious opaque opportunism
outlandish overbearing overblown overpriced overzealous patronising
patronisingly perfidious pernicious pettiness petulant phoney phony pointless
pointlessly pompous pompously predatory preposterous presumptuous pretentious
profligate provocative provocatively pusillanimous rancorous rapacious
recklessly recklessness reprehensible repugnant repulsive ruthless ruthlessly
ruthlessness sadistic sanctimonious scheming secretive sensationalist senseless
senselessly sexist shabbily shabby shady sham shambolic shifty shoddily shoddy
shortsighted simplistic slanderous slapdash sleazy slipshod sloppily sloppy
sneering sordid specious spineless spurious substandard supercilious
superficial tactless tactlessly tasteless tawdry thoughtlessly thuggish
traitorous treacherous treacherously treachery tyrannical unaccountable
uncaring uncivil unconscionable unconscionably unconstitutional unconstructive
unconvincing uncooperative undemocratic underhand undeserved undignified
undiplomatic unethically unfairly unfairness unfit unforgivable unfounded
ungracious ungraciously unhelpful unimaginative uninformed uninspired
uninspiring unjustifiable unjustifiably unjustified unjustly unlawful
unlawfully unpardonable unprincipled unproductive unprofessionally unprovoked
unrealistic unreasonable unreasonably unreliable unsatisfactory unscrupulous
unseemly unsound unsporting unsportsmanlike unsubstantiated unsustainable
untenable untrue untrustworthy untruthful unwarranted unwise unwisely
unworkable vacillating vacuous venal venality vengeful vindictive vindictively
vulgar wasteful wastefully wilful wrongheaded xenophobic
"""

# Words deliberately NOT in the lexicon although they look evaluative: their
# news senses are descriptive or contested ("legal team", "just as", "free
# kick", "historic low", "frank talks", "difficult but honest", "tragic
# accident").  The script fails if one of them is emitted.
NEVER = """
affordable ambitious bold candid consistent controversial critical democratic
devastating difficult extreme frank free historic just legal moderate partisan
patriotic populist radical strong sustainable tough tragic unprecedented valid
weak
"""

# ---------------------------------------------------------------------------
# British/American spelling variants: (pattern, replacement) applied to every
# kept word; a variant is added when the substitution changes the word.
# ---------------------------------------------------------------------------
SPELLING = [
    (r"honor", "honour"), (r"honour", "honor"),
    (r"favor", "favour"), (r"favour", "favor"),
    (r"savory", "savoury"), (r"savoury", "savory"),
    (r"lacklustre", "lackluster"), (r"lackluster", "lacklustre"),
    (r"skeptic", "sceptic"), (r"sceptic", "skeptic"),
    (r"civilis", "civiliz"), (r"civiliz", "civilis"),
    (r"patronis", "patroniz"), (r"patroniz", "patronis"),
    (r"organiz", "organis"), (r"organis", "organiz"),
    (r"humaniz", "humanis"), (r"humanis", "humaniz"),
    (r"skilful", "skillful"), (r"skillful", "skilful"),
    (r"wilful", "willful"), (r"willful", "wilful"),
    (r"phoney", "phony"), (r"phony", "phoney"),
    (r"marvelous", "marvellous"), (r"marvellous", "marvelous"),
]


def load_lexicon(path: Path) -> str:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as zf:
            raw = zf.read(LEXICON_MEMBER)
    else:
        raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != LEXICON_SHA256:
        sys.exit(f"unexpected vader_lexicon.txt (sha256 {digest}); "
                 f"this script is tied to vaderSentiment 3.3.2")
    return raw.decode("utf-8")


def parse(text: str) -> dict[str, tuple[float, float]]:
    """token -> (mean, sd).  A few tokens occur twice in the file ("lol",
    "sob"); the later line wins, as in VADER's own loader."""
    entries = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        entries[parts[0]] = (float(parts[1]), float(parts[2]))
    return entries


def spelling_variants(word: str) -> set[str]:
    out = set()
    for pattern, repl in SPELLING:
        new = re.sub(pattern, repl, word)
        if new != word:
            out.add(new)
    return out


def derive(lexicon: dict[str, tuple[float, float]]):
    """Return {word: (sign, source)} and a list of problems."""
    problems: list[str] = []
    candidates = {
        w: m for w, (m, sd) in lexicon.items()
        if WORD_RE.fullmatch(w) and abs(m) >= MIN_MEAN and sd <= MAX_SD
    }
    stop: set[str] = set()
    for reason, block in STOPLIST.items():
        for w in words(block):
            if w not in candidates:
                problems.append(f"stoplist[{reason}]: {w!r} is not a candidate")
            stop.add(w)

    out: dict[str, tuple[str, str]] = {}
    for w, m in candidates.items():
        if w not in stop:
            out[w] = ("+" if m > 0 else "-", "vader")

    for w in words(RESCUED):
        if w not in lexicon:
            problems.append(f"rescued: {w!r} not in VADER")
            continue
        if w in candidates:
            problems.append(f"rescued: {w!r} already passes the filter")
        out[w] = ("+" if lexicon[w][0] > 0 else "-", "added")

    for sign, block in (("+", ADD_POSITIVE), ("-", ADD_NEGATIVE)):
        for w in words(block):
            if not WORD_RE.fullmatch(w):
                problems.append(f"addition {w!r} is not a single word")
            if w in out and out[w][0] != sign:
                problems.append(f"addition {w!r}{sign} clashes with {out[w]}")
            if w in lexicon:
                m = lexicon[w][0]
                if (m > 0) == (sign == "+"):
                    problems.append(f"addition {w!r} is in VADER with the "
                                    f"same sign: list it under RESCUED")
                elif abs(m) >= 0.5:
                    problems.append(f"addition {w!r}{sign} against VADER "
                                    f"{m:+.1f}")
            if w in out:
                problems.append(f"addition {w!r} is already in the lexicon")
            out[w] = (sign, "added")

    for w, (sign, _src) in list(out.items()):
        for v in spelling_variants(w):
            if v not in out:
                out[v] = (sign, "added")

    for w in words(NEVER):
        if w in out:
            problems.append(f"{w!r} is on the NEVER list but was emitted")
    return out, problems


HEADER = """\
# polarity.tsv: evaluative lexicon for the polarity-clash strategy of
# newslint's contradiction check (coordinated evaluations of opposite sign,
# e.g. "wise, intelligent and dishonorable" where the source said "not wise,
# not intelligent, not honourable").
#
# Derived from the VADER sentiment lexicon, vader_lexicon.txt in the
# vaderSentiment 3.3.2 wheel (vaderSentiment-3.3.2-py2.py3-none-any.whl,
# PyPI), by C.J. Hutto; MIT licence, Copyright (c) 2016 C.J. Hutto (full
# text in polarity.md).
# sha256 of vader_lexicon.txt: {sha}
#
# Derivation (rules/data/tools/derive_polarity.py, re-runnable):
#   keep single lowercase alphabetic words ([a-z]+: no emoticons, no
#   multiword entries), mean valence |mean| >= {min_mean}, standard
#   deviation of the ten ratings sd <= {max_sd}; polarity = sign of mean.
#   Then curated by hand for news: a stoplist removes words that name
#   events or topics (war, killed, crisis, deficit), words with common
#   neutral senses in news (party, free, interests, crude... see the
#   script), reaction and action verbs (praised, criticised, supported),
#   slang, profanity, and non-news registers.
#   Additions are marked "added": evaluative news words VADER lacks
#   (legitimate, unlawful, constructive, dishonourable...), a few VADER
#   words outside the numeric filter kept by hand (cruel, wrong, fair,
#   hostile...), and British/American spelling variants.
#
# Columns: word <TAB> polarity (+ or -) <TAB> source (vader | added)
# Counts: {total} words, {pos} positive, {neg} negative; {vader} vader,
# {added} added ({rescued} VADER words outside the filter, {new} hand-added
# words, {variants} spelling variants).
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path,
                    help="vaderSentiment-3.3.2 wheel or vader_lexicon.txt")
    ap.add_argument("-o", "--output", type=Path,
                    default=Path(__file__).resolve().parents[1] / "polarity.tsv")
    args = ap.parse_args(argv)

    raw = load_lexicon(args.source)
    out, problems = derive(parse(raw))
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        return 1

    rows = sorted(out.items())
    pos = sum(1 for _w, (s, _src) in rows if s == "+")
    vader = sum(1 for _w, (_s, src) in rows if src == "vader")
    rescued = len(set(words(RESCUED)))
    new = len(set(words(ADD_POSITIVE)) | set(words(ADD_NEGATIVE)))
    header = HEADER.format(
        sha=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        min_mean=MIN_MEAN, max_sd=MAX_SD, total=len(rows), pos=pos,
        neg=len(rows) - pos, vader=vader, added=len(rows) - vader,
        rescued=rescued, new=new, variants=len(rows) - vader - rescued - new)
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header)
        for w, (sign, src) in rows:
            fh.write(f"{w}\t{sign}\t{src}\n")
    print(f"wrote {args.output}: {len(rows)} words "
          f"({pos} +, {len(rows) - pos} -; {vader} vader, "
          f"{len(rows) - vader} added)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
