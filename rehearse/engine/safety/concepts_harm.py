"""Concept rules about the speaker's harm to others: revenge near a sign it is meant, a weapon near a plan to use it,
someone located or followed near a wish to hurt them, an urge or picture of an act on a child, driving the children
after drinking. Every match goes through check.py's reading (negation, who is speaking, tense, the therapy), so
"I'm furious with him", a game, and a trainee asking stay calm.
"""

from __future__ import annotations

from rehearse.engine.safety.concepts import near, seq
from rehearse.engine.safety.concepts_others import MORE_ADULTS, OVER, over
from rehearse.engine.safety.lexicon import WEAPON, words
from rehearse.engine.safety.rule import REGISTRY, T1, Pat, Rule, anchored as _w, merge_rare, rare as _rare, rule
from rehearse.engine.safety.words import PEOPLE

_FIRST = len(REGISTRY)


# ---- harm_others: people as targets, and what the speaker means to do to them
_TARGET = (rf"(?:him|her|them|someone|somebody|people|other people|children|kids|animals|the dog|the cat|my dog|"
           rf"my cat|whoever|(?:my|his|her|the|that|this|our) (?:[\w']+ ){{0,2}}?(?:{PEOPLE}|{MORE_ADULTS}|students|"
           rf"pupils|class|dog|cat|nan|wean|abuser|abusers|rapist|toddler|newborn|little one|infant|twins))")
# what follows a person named as a target and makes them not the target ("kick my son's football", "hurt her feelings")
_NOT_IDIOM = (r"(?!\s(?:out|off|up|back|feelings|chances|pride|with kindness|football|ball|hand|hands|toy|toys|car|"
              r"bike|"
              r"phone|door|bag|stuff|things|homework|ego|record|score)\b)")
# Retribution near a sign it is meant. Taking revenge, making someone pay or suffer is heard with any such sign (a plan,
# "I mean it"); dealing with someone, sorting them out or their regretting it only with a sign of violence.
_PAY_NOT = (r"(?!\s(?:for (?:dinner|lunch|their|his|her|my|our|your|a|this|that|everything|everyone|petrol|parking|"
            r"drinks|it|the (?:bill|meal|drinks|taxi|food|tickets|damage|repairs|round))|back|half|rent|up)\b)")
RETRIBUTION = (rf"\b(?:teach|teaching) {_TARGET} a lesson\b(?!\s(?:about|in|on|from)\b)|\bmake (?:{_TARGET}|them all|"
               rf"every (?:[\w']+ )?one of them(?: [\w']+){{0,4}}?) (?:pay|suffer|bleed)\b{_PAY_NOT}|\bget my "
               rf"revenge\b|\bmake (?:them all|every (?:[\w']+ )?one of them(?: [\w']+){{0,4}}?) sorry\b|"
               rf"\bfind out what "
               rf"(?:a|my) (?:knife|blade|bat|hammer|gun) feels like\b|\bdo something to (?:him|her|them)\b|"
               rf"\bget (?:him|her|them) first\b|\bfinish (?:him|her|"
               rf"them|that [\w']+)\b|\bgive {_TARGET} a beating\b")
SETTLE = (rf"\bmake (?:{_TARGET}|them all) (?:sorry|regret)\b|\bget (?:my own back|back at)\b|\bsort (?:him|her|them) "
          rf"out\b|\bdeal with (?:him|her|them|my [\w']+(?: in law)?)\b|\b(?:going to|will) regret\b|\bfind out what "
          rf"(?:it|a [\w']+) feels like\b")
VIOLENCE = words("""
with my fists | with my hands | my fists | physically | in hospital | in a box | stitches | bleed | bleeding
broken bones | will not walk away | not walk away | not be getting up | for good | permanently | whatever it takes
knife | gun | blade | hammer | crowbar | machete | acid | nothing to lose | before the court | will not see next week
his routine | her routine | know where he lives | know where she lives | his address | her address | him dead
her dead | hurting her | hurting him | fist through
""")
MEANT = VIOLENCE + words("""
will not forget | never forget | properly | i mean it | i mean that | not joking | dead serious | i am serious
got it planned | got it all planned | i have a plan | stuff planned | planned | then him | then her
""")
rule("harm_others", T1, _w("lesson make revenge something first finish beating feels", near(RETRIBUTION, MEANT, 10,
                                                                                     cross=True)),
     past=True, own=False)
rule("harm_others", T1, _w("make own back sort deal regret feels", near(SETTLE, VIOLENCE, 10, cross=True)), past=True,
     own=False)
_rare("harm_others", T1, near(WEAPON + ["kitchen knife", "the knife block"],
                             r"\bround there\b|\bfor when (?:i (?:see|find|catch) (?:him|her|them)|(?:he|she|they|my "
                             r"[\w']+) (?:comes?|gets?|tries|shows|turns))\b|\b(?:wait|waiting|sat|sitting) outside\b|"
                             r"\boutside (?:his|her|their|my ex) (?:[\w']+ )?(?:house|flat|work|place)\b|\bdeal with "
                             r"(?:him|her|them|my [\w']+|the [\w']+)\b|\blist of names\b|\bi know where (?:he|she|they)"
                             r"\b|\b(?:his|her|their) address\b|\bif (?:my [\w']+|he|she|they) (?:says|does|touches|"
                             r"comes) (?:one more|another|again|near)\b|\bwhat a [\w']+ feels like\b|\bnext time "
                             r"(?:he|she|that|i see)\b|\bget (?:him|her) first\b|\bmess with me\b|\b(?:want|"
                             r"wants) (?:him|her|them) dead\b|\bkeep looking at\b", 10, cross=True),
     past=True)
_rare("harm_others", T1, _w("where routine route car address following outside past timing place", near(
    r"\bknow where (?:he|she|they|all of them|my [\w']+) (?:lives?|parks|works?)\b|\bknow (?:his|her|their) "
    r"(?:routine|route)\b|\b(?:his|her) route\b|\bknow what car (?:he|she) drives\b|\b(?:got|have) (?:his|her|their) "
    r"address\b|\b(?:been|started|keep) following (?:him|her|them|my [\w']+)\b|\boutside (?:his|her|their) house\b|"
    r"\bdrive past (?:his|her) house\b|\btiming when (?:he|she)\b|\bwhere (?:he|she) fills up\b|\blooking up where\b|"
    r"\b(?:his|her) new place\b",
    r"\b(?:going|gonna|going to|will|want|wanted|wanna|planning|plan)\b(?:\s[\w']+){0,4}?\s(?:hurt|stab|kill|smash|"
    r"burn|set fire|be waiting for (?:him|her)|feel as scared)\b|\bnot just going to watch\b|\b(?:sort|make|get) "
    r"(?:him|her|them) (?:out|pay|back)\b|\b(?:want|wanted) (?:him|her|them) dead\b|\b(?:going to|will) regret\b|"
    r"\bfind out what\b|\brunning (?:him|her|them|my [\w']+(?: [\w']+)?) over\b|\brunning over\b|\bsetting fire\b|"
    r"\bviolent thoughts\b|\bhurting (?:him|her|them|my)\b|\bfinish it\b", 14, cross=True)), past=True)

# The speaker's urge, picture or intent aimed at a person, in acts the phrase rules did not list
THINK = words("""
thoughts of | thoughts about | thinking about | thinking of | think about | thought about | keep picturing | picture
picturing | imagine | imagining | image of | dream about | urge to | urges to | feel like | felt like
keep wanting to | wanting to | want to | wanna | pull to | tempted to | fantasise about | fantasize about
writing about | scared i will | afraid i will | worried i will | scared ill | going to | gonna | i will | ill
i swear | planning how to | planned how to | plan how to | planning to | started planning how to
""")
_CHILD = (r"(?:baby|newborn|toddler|son|daughter|kid|kids|child|children|little one|little brother|little sister|"
          r"boy|girl)")
_BODY = r"(?:arm|arms|wrist|wrists|leg|legs|hand|hands|face|neck|hair|throat)"
ACT = (
    rf"\b(?:putting|put) (?:a|the) (?:pillow|cushion|blanket) over (?:his|her|their|its|the [\w']+|my [\w']+) face\b|"
    rf"\b(?:holding|hold) (?:his|her|my [\w']+|the [\w']+|my [\w']+ [\w']+) (?:head )?(?:under|underwater)\b|"
    rf"\b(?:choking|strangling|smothering|suffocating|drowning|choke|strangle|smother|suffocate|drown) "
    rf"{_TARGET}\b|\b(?:throwing|throw) (?:my|the) {_CHILD} (?:against|off|down|at)\b|"
    rf"\b(?:pushing|push) {_TARGET} (?:off (?:the|a) (?:balcony|bridge|cliff|roof)|down the (?:stairs|steps)|onto the "
    rf"(?:tracks|road)|in front of|into (?:the|a) (?:road|river|wall|traffic))\b|"
    rf"\b(?:running|run) {_TARGET} (?:over|off the road)\b(?!\s(?:to|for)\b)|\brunning over (?:the|that|this) [\w']+|"
    rf"\b(?:setting|set) fire to (?:his|her|their|the|my ex) (?:[\w']+ )?(?:house|flat|car|shop|place)\b|"
    rf"\bburn (?:(?:his|her|their) (?:[\w']+ )?(?:house|flat|car|place) down|down (?:his|her|their))\b|"
    rf"\b(?:poisoning|poison) (?:{_TARGET}|(?:his|her|their) (?:food|drink|tea))\b|"
    rf"\b(?:putting|put|slipping|slip|spiking|spike) (?:something|stuff|poison|bleach) in(?:to)? (?:hers|(?:his|her|"
    rf"their|the|my) (?:[\w']+ )?(?:food|drink|drinks|tea|coffee|dinner|meal|mug|cup|pint|water))\b|"
    rf"\bspiking (?:his|her|their) drink\b|"
    rf"\b(?:hurting|hurt|harming|harm|hitting|hit|stabbing|stab|kicking|kick) {_TARGET}\b{_NOT_IDIOM}|"
    rf"\btouching (?:kids|children|a child)\b|"
    rf"\bshoot(?:ing)? up (?:the|my|our|his|her) (?:old )?(?:school|work|office|college|place)\b|"
    rf"\b(?:smash|smashing) (?:a glass in )?(?:his|her|my [\w']+) (?:face|head)\b|\bbang (?:their|his|her) heads\b|"
    rf"\b(?:stuffing|stuff) (?:a|the) (?:blanket|sock|pillow) in\b|\bthrow acid\b|"
    rf"\block (?:my|the) [\w']+ in (?:his|her|their) room and not feed\b|"
    rf"\b(?:leaving|leave) (?:him|her) somewhere and driv|"
    rf"\btaking (?:my anger|it) out on {_TARGET} (?:with my (?:fists|hands)|physically)\b|"
    rf"\bbeat(?:ing)? the (?:crap|shit|hell|living daylights) out of {_TARGET}\b(?!\s(?:at|in)\b)")
_THOUGHT = seq(THINK, _w("putting put holding hold choking strangling smothering suffocating drowning choke strangle "
                         "smother suffocate drown throwing throw pushing push running run setting set burn poisoning "
                         "poison slipping slip spiking spike hurting hurt harming harm hitting hit stabbing stab "
                         "kicking kick touching shoot shooting smash smashing bang stuffing stuff lock leaving leave "
                         "taking beat beating", f"(?:{ACT}){OVER}"), gap=2)
# Said with "i" first, the match holds the speaker, so an object before the act ("I stand over her and think about
# ...") is not read as someone else speaking, and a "not" in an earlier clause does not reach it.
_I_THEN = (r"\bi (?:(?!not\b|never\b|no\b|you\b|your\b|he\b|she\b|they\b|we\b|who\b|mum\b|dad\b|husband\b|wife\b|"
           r"partner\b|brother\b|sister\b|friend\b|boyfriend\b|girlfriend\b|people\b|someone\b)[\w']+ ){0,8}?")
rule("harm_others", T1, Pat(_I_THEN + _THOUGHT, _THOUGHT.anchor), past=True, neg=False)
rule("harm_others", T1, _THOUGHT, past=True)
rule("harm_others", T1, _w("letting let drop dropping", near(r"\b(?:letting go|let go)(?: of (?:him|her))?\b|\b(?:drop|"
                                                            r"dropping) (?:him|her)\b",
                             r"\b(?:top of the stairs|the stairs|balcony|under the water|in the bath|off the bridge)\b",
                             10)), past=True)

# An assault the speaker did, near wanting to do worse or being unable to stop (the escalation is what is asked)
ASSAULT = (rf"\b(?:shook|shake|slapped|slap|hit|squeezed|squeeze|squeezing|pinched|pinch|pinching|kicked|punched|"
           rf"smacked|choked|strangled|lost it with|raised my fist at|threatened) (?:{_TARGET}|the baby|the cot)\b"
           rf"{_NOT_IDIOM}|"
           rf"\b(?:pushed|shoved|threw) {_TARGET} (?:into|over|down|against|off|across|on the "
           rf"floor|and (?:she|he) fell)\b|"
           rf"\b(?:squeezed|squeezing|squeeze|grabbed|pinched|twisted) (?:his|her|my [\w']+|mum|mom|dad|nan) {_BODY}\b|"
           rf"\bthrew (?:the|a) [\w']+ at (?:my|the|him|her)\b|"
           rf"\babout to (?:throttle|hit|punch|strangle|hurt|attack) {_TARGET}\b")
ESCALATE = (r"\bi (?:[\w']+ ){0,3}?(?:want|wanted|wanting|feel like|felt like|am going to|will|might|could|would) "
            r"(?:to )?(?:do (?:it |that )?(?:worse|again|more|for real)|again|keep squeezing)\b|\b(?:scared|afraid|"
            r"terrified|frightened|worried) (?:of what i|i will|i am going to|i might|it is going to get worse|it is "
            r"getting worse)\b|\b(?:it )?felt good\b|\bdoing it more and more\b|\bnot safe with (?:him|her|them)\b|"
            r"\b(?:can not|could not) stop myself\b|\bon purpose\b|\buntil (?:he|she|they) (?:cried|screamed|went "
            r"quiet)\b|\bkeep wanting to\b|\bstill (?:want|feel like)\b|\baiming for\b|\bnearly her\b|\bleft marks\b|"
            r"\bstopped just in time\b")
rule("harm_others", T1, over(near(ASSAULT, ESCALATE, 14, cross=True)), past=True)
_rare("harm_others", T1, _w("pinch squeeze pinching squeezing shaking slapping hitting", over(Pat(
    rf"\bi (?:[\w']+ ){{0,2}}?(?:pinch|squeeze) (?:the|my) {_CHILD}(?: [\w']+)? (?:when|too|on purpose|until)\b|"
    rf"\bi (?:find myself|keep|have been) (?:pinching|squeezing|shaking|slapping|hitting) (?:her|him|the baby|"
    rf"my [\w']+)\b(?!\s(?:up|back)\b)|\bi squeeze too hard\b", None))), past=True, neg=False)
_rare("harm_others", T1, _w("threw pushed shoved slammed", over(Pat(
    r"\bi (?:nearly |almost )?(?:threw|pushed|shoved|slammed) (?:my [\w']+(?: [\w']+)?|her|him) (?:against|into|down|"
    r"onto|off) (?:the|a) (?:front |back )?(?:wall|wardrobe|door|floor|stairs|steps|ground|table|bed|balcony)\b",
    None))), past=True, neg=False)
_rare("harm_others", T1, _w("hold held holding pinching squeezing shaking slapping hitting hit slapped punched kicked "
                           "hand hands", over(Pat(
    rf"\b(?:hold|held|holding) (?:the|my) {_CHILD} too (?:tight|hard)\b(?=.*\b(?:left marks|on purpose|wanted|to stop|"
    rf"scared)\b)|\bbeen (?:pinching|squeezing|shaking|slapping|hitting) (?:her|him|the baby|my [\w']+)\b(?!\s(?:up|"
    rf"back)\b)|\bi have (?:hit|slapped|punched|kicked) (?:her|him|them|my [\w']+) (?:twice|a few times|several "
    rf"times)\b|\bmy hands? (?:around|round|over) (?:his|her|the [\w']+|my [\w']+) (?:neck|throat|mouth)\b|"
    rf"\b(?:held|holding) (?:him|her|my [\w']+|the [\w']+) under(?: the water)?\b(?=.*\b(?:on purpose|too long|"
    rf"a second|scared|wanted)\b)", None))), past=True)

# Violence promised with a future and a person, in words the intent list lacks (not said of a game)
_NOT_A_GAME = (r"(?!.*\b(?:lol|haha|lmao|fifa|fortnite|xbox|playstation|at chess|at pool|at darts|at tennis|at squash|"
               r"at cards|on the pitch)\b)")
_rare("harm_others", T1, seq(r"\b(?:me and (?:my|the) [\w']+|my [\w']+ and me|we) (?:are|will)\b",
                            r"\b(?:going to|gonna)\b",
                            r"\b(?:jump|glass|batter|stab) (?:the|that|this|him|her|them) (?:guy|lad|bloke|man|prick|"
                            r"[\w']+ who)\b|\b(?:torch|burn down|smash up) (?:the|his|her|their) [\w']+ of\b", gap=1),
     past=True, neg=False)
rule("harm_others", T1, _w("smash kick cave ruin put hurt kill beat fist jump glass torch key sure make through then "
                           "find finding badly stab batter", seq(
    r"\b(?:going to|gonna|will|want to|wanna|would rather|ill|ima|i am going|i would|want is to)\b",
    r"\b(?:smash|kick|cave|ruin) (?:his|her|their|my [\w']+) (?:face|head)(?: in)?\b|\bput (?:him|her|them) in "
    r"(?:hospital|an actual chair|a box)\b|\b(?:hurt|kill|beat) (?:him|her|them) properly\b|\bmy fist through (?:his|"
    r"her) face\b|\bhurt (?:my [\w']+|him|her)\b(?=\s(?:[.,] )?physically)|\bkill (?:that|this) (?:guy|bloke|lad|man|"
    r"fellow|prick)\b|\b(?:jump|glass) (?:the|that) (?:guy|lad|bloke|man|prick)\b|\btorch (?:the|his|her) "
    r"(?:[\w']+ )?(?:shop|house|car|flat)\b|\bkey (?:his|her) car\b(?:\s\S+){0,8}?\s(?:wait for|then|deal with) "
    r"(?:him|her)\b|\bmake sure (?:he|she) never\b|\bmake (?:him|her|them) bleed\b|\bthrough (?:his|her) window and "
    r"then (?:him|her)\b|\band then (?:go for|deal with|hurt) (?:him|her|them)\b|\b(?:find|finding) (?:\S+ ){0,4}?and "
    r"(?:hurt|stab|kill|batter) (?:him|her|them)\b|\bhurt badly\b", gap=5) + _NOT_A_GAME), past=True)
_rare("harm_others", T1, _w("hurt kill stab throttle dead bleed gun knife machete blade scared afraid "
                           "terrified revenge", Pat(
    r"\b(?:i|i am|me) (?:[\w']+ ){0,3}?(?:could|might) (?:really |actually |seriously |easily )?(?:hurt|kill|stab|"
    r"throttle) (?:someone|somebody|my [\w']+|him|her)\b(?!\s(?:is )?(?:feelings|chances)\b)(?=.*\b(?:i think i might|"
    r"losing control|still want to|"
    r"thought how|thought about how|been thinking about how|i mean it)\b)|"
    r"\b(?:want|wants|wanted) (?:him|her|them) dead\b(?=.*\b(?:gun|knife|myself|me that does|going to do it|do it "
    r"myself|prison)\b)|\bi want to see (?:him|her|them) bleed\b|"
    r"\b(?:taking|take|bring|bringing|took|brought) (?:my [\w']+ |his |her |the |a )?(?:gun|knife|machete|blade) to "
    r"(?:work|school|college|the office)\b|"
    r"\bi would (?:kill|hurt|stab) (?:him|her|them)\b(?=.*\b(?:i meant it|i mean it|waiting for (?:him|her))\b)|"
    r"\b(?:scared|afraid|terrified) of what i (?:would|will|might) do to (?:him|her|them|my [\w']+)\b|"
    r"\bi want revenge\b(?=.*\bphysically\b)", None)), past=True)
_rare("harm_others", T1, _w("bleeding", Pat(r"\b(?:pay|did to me)\b.*\b(?:him|her) bleeding\b", None)), own=False,
     past=True)

# ---- harm_others: driving the children after drinking
_rare("harm_others", T1, _w("taking take drive driving drives drove picking pick kids run", near(words("""
already drunk | had a few | bevvies | pints | a bottle | whisky | vodka | fourth can | can of | sobered up
straight from the pub | after drinking | over the limit | been drinking | poured the whisky | drunk
"""), r"\b(?<!is )(?<!are )(?:taking|take) the car\b|\b(?:drive|driving|drives|drove) (?:the kids|them|to my)\b|"
      r"\b(?:picking|pick) the "
     r"kids up\b|\bkids (?:are )?in the back\b|\bschool run\b|\bthe kids in it\b", 10)), past=True)
_rare("harm_others", T1, r"\b(?:drives|drove|driving) (?:the|my|our) kids (?:around )?(?:drunk|after (?:drinking|a few|"
     r"the pub))\b", own=False, past=True)


REGISTRY[_FIRST:] = merge_rare(REGISTRY[_FIRST:])
RULES: list[Rule] = REGISTRY[_FIRST:]  # this module's rules (tests switch them off to see what they add)
