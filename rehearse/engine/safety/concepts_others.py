"""Concept rules about other people: abuse or danger to the speaker now, and the speaker's harm to others.

Like concepts.py, these pair ideas rather than copy sentences: a threat made conditional on telling ("if I call the
police he'll hurt the kids"), someone found and followed near a wish to hurt them, a weapon near a plan to use it,
an assault the speaker did near wanting to do worse. Every match goes through check.py's reading (negation, who is
speaking, tense, the therapy), so "I'm furious with him", abuse told as long over, and a trainee asking stay calm.
"""

from __future__ import annotations

import dataclasses
import re

from rehearse.engine.safety.concepts import near, seq
from rehearse.engine.safety.lexicon import WEAPON, words
from rehearse.engine.safety.rule import REGISTRY, T1, Pat, Rule, rule
from rehearse.engine.safety.words import PEOPLE, PEOPLE_ADULT

_FIRST = len(REGISTRY)


_RARE: set[int] = set()


def _rare(category: str, tier: int, pattern: str, **kw: bool) -> None:
    """A rule whose anchor words are seldom in a reply: joined at the end with the others read the same way."""
    rule(category, tier, pattern, **kw)
    _RARE.add(id(REGISTRY[-1]))


def _w(anchor: str, pattern: str) -> Pat:
    """pattern, with the words one of which each of its matches holds (a set lookup then stands in for the gates)."""
    return Pat(pattern, frozenset(anchor.split()))


# ---- people, as typed: relations without "my" ("mum's boyfriend" is prepared as "mum boyfriend"), and regional words
_MORE_ADULTS = (r"bloke|fella|feller|lad|da|mam|ma|lodger|in laws|inlaws|mother in law|father in law|son in law|"
                r"brother in law|sister in law|carer|trainer|instructor|psychiatrist|gp|youth leader|youth worker|"
                r"babysitter|husband|employer|boss|manager|son|daughter|grandson|granddaughter")
_ADULT_NOUN = rf"(?:{PEOPLE_ADULT}|{_MORE_ADULTS})"
SUBJ = (rf"\b(?:he|she|they|someone|somebody|(?:a|the|this|that|an|one) (?:older |old )?(?:man|guy|bloke|woman|"
        rf"stranger|lad)|(?:my|her|his|our|the|me|their|mum|mom|mam|dad|da) (?:[\w']+ ){{0,2}}?{_ADULT_NOUN}|"
        rf"(?:mum|mom|mam|dad|da|stepdad|stepmum|stepfather)(?: (?:new )?(?:boyfriend|girlfriend|partner|fella|man|"
        rf"husband|wife))?)\b")
AUTHORITY = words("""
teacher | tutor | coach | trainer | instructor | priest | vicar | pastor | youth leader | youth club | youth worker
church | psychiatrist | counsellor | counselor | therapist | doctor | gp | scout leader | older guy | older man
uncle | cousin | grandad | grandpa | stepdad | stepbrother | babysitter | man from | club
""")

# ---- abuse_danger: a threat made on condition of telling, leaving or refusing (a silencing threat)
TELL_IF = words("""
if i tell | if i told | if i tel | if i call the police | if i ring the police | if i go to the police
if i went to the police | if i report | if i reported | if i spoke | if i speak | if i talk | if i talked | if i leave
if i ever leave | if i ever tell | if i complain | if i contact | if i say anything | if i break up | if we tell
if we told | if i ask again | if anyone finds out | unless i send | unless i do | if i do not marry
if i refuse | if i try to leave
""")
rule("abuse_danger", T1, near(TELL_IF, r"\b(?:he|she|they|he is|she is|they are)(?: will| would| is going to| are "
                              r"going to| is gonna)? (?:[\w']+ ){0,2}?(?:hurt|kill|hit|beat|burn|cut|stab|smash|"
                              r"(?:post|"
                              r"send|share) (?:my|the|them|those) ?(?:nudes|photos|pictures|pics)?(?= to everyone|"
                              r" online| \w+ everyone)|(?:post|send|share) (?:my|the|those) (?:nudes|photos|pictures|"
                              r"pics)|drop me|fail me|stop (?:visiting|coming)|deport|evict|do worse|make me pay|"
                              r"put me in|throw me out|take the kids|take my kids|cancel my)\b|\bi will be (?:dealt "
                              r"with|out on the street|left on the floor|sent)\b|\bmake sure i get\b", 12), own=False,
     past=True)
# ... and the threats themselves, said in words no list of verbs foresaw
rule("abuse_danger", T1, _w("down smash kick cave use next threats pay else off anywhere leaving",
                            r"\b(?:the house|the flat|the place) down with (?:me|us|the kids) (?:in it|inside)\b|"
     r"\b(?:he|she|they) (?:will|would|is going to) (?:smash|kick|cave) my (?:face|head) in\b|"
     r"\b(?:he|she|they) (?:has said|said|says|will|would) (?:he will |she will |they will |he would |she would )?"
     r"use it on me\b|\bsaid i am next\b|\bnext time (?:he|she) (?:will not|would not) stop\b|"
     r"\b(?:messaging|sending|sent|sends|texting|texted) me threats\b|\b(?:he|she|they) (?:will|would) make me pay\b|"
     r"\b(?:says|said|saying) (?:i have to come|i owe him) (?:[\w']+ ){0,4}?(?:or else|work it off)\b|\b(?:says|"
     r"saying|said) i am not (?:going anywhere|leaving) "
     r"(?:until|without)\b"),
     own=False, past=True)
_rare("abuse_danger", T1, _w("post send share leak show put blackmail blackmailed blackmailing",
                            seq(r"\b(?:he|she|they) (?:will|would|is going to|are going to|threatens to|threatened to|"
                             r"threatening to) (?:post|send|share|leak|show|put)\b",
                             r"\b(?:nudes|my nudes|naked|intimate)\b|\b(?:photos|pictures|pics|videos|them) (?:[\w']"
                             r"+ )?(?:to everyone|online|everywhere|unless)\b", gap=3)
     + r"|\bblackmail(?:ed|ing)? (?:[\w']+ ){0,2}?(?:with|over) (?:photos|pictures|pics|nudes|videos)\b"),
     own=False, past=True)

# ---- abuse_danger: grooming and sexual abuse by someone trusted
rule("abuse_danger", T1, _w("stuff things",
                            r"\b(?:does|did|doing|do) (?:stuff|things) to me\b(?!\s(?:that|which|in (?:meetings|"
                            r"work)))"),
     own=False, past=True)
rule("abuse_danger", T1, near(r"\b(?:makes|made|forces|forced|forcing) me (?:to )?do (?:stuff|things)\b",
                              ["no one will believe", "nobody will believe", "secret", "do not want", "in bed",
                               "babysits", "when he", "when she", "tell anyone"], 10), own=False, past=True)
rule("abuse_danger", T1, near(AUTHORITY, r"\b(?:our (?:little |special )?secret|keep a secret about what|delete them|"
                              r"delete the (?:messages|texts)|(?:messages|messaging|texts|texting) me (?:late )?at "
                              r"night|(?:keeps|kept) asking "
                              r"(?:me )?to meet (?:me |him |her )?alone|(?:meet|meeting) (?:me |him |her )?at a hotel|"
                              r"(?:to|me) (?:stay (?:late|behind) )?alone with (?:him|her)(?! to (?:finish|go over|"
                              r"talk|"
                              r"discuss|revise|practi[sc]e|work))|round to his house alone|"
                              r"asking me out|asks me out|asked me out|in a way that does not feel right|in ways that "
                              r"are not|touch(?:es|ed|ing)? (?:my (?:leg|legs|thigh|thighs|bum|chest|breasts?|"
                              r"privates|body)|me in ways)|(?:puts|put|putting) (?:his|her) hands? on my (?:leg|"
                              r"thigh|knee|bum|chest|breasts?|waist)|take my (?:top|clothes|shirt|trousers) off|in "
                              r"(?:our|my) underwear|shower in front of (?:him|her)|makes? me sleep in (?:his|her)"
                              r" bed|kissed me and (?:said|told)|part of (?:the |my )?treatment|could not tell anyone|"
                              r"can not "
                              r"tell anyone|not to tell anyone|be alone with (?:him|her))\b",
                              20, cross=True), own=False, past=True, neg=False)
rule("abuse_danger", T1, near(r"\b(?:asking|asks|asked|ask|keeps asking) (?:me )?(?:for|to send) (?:photos|pics|"
                              r"pictures|nudes|some back|more)\b|\bsending me (?:pics|photos|pictures)\b",
                              r"\b(?:i am (?:only )?(?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen)|special|late at"
                              r" night|secret|knows where i live|delete|older|online|game|tutor|teacher|coach|youth)\b",
                              12, cross=True), own=False, past=True)
rule("abuse_danger", T1, _w("himself herself things stuff sleep bathroom shower asleep sleeping bed",
                            r"\b(?:forces|forced|forcing) (?:himself|herself) on me\b|\b(?:forces|forced|forcing|makes|"
     r"made) me (?:to )?do (?:things|stuff) (?:in bed|sexually)\b|\bif i (?:do not|will not|refuse to) sleep with "
     r"(?:him|her)\b|\b(?:comes|coming|came|walks|walking|walked|gets|got) (?:in|into) (?:the bathroom|the shower) "
     r"when i\b|\b(?:comes|came) in when i am (?:asleep|sleeping)\b|\bwas in my bed again\b"), own=False, past=True)

# ---- abuse_danger: followed, watched, found (stalking)
_rare("abuse_danger", T1, _w("follow follows followed following wherever where found tracker tracking airtag tracks "
                            "door outside stalked",
                            r"\bfollow(?:s|ed|ing)? me (?:home|to (?:work|school|my)|from|around "
     r"(?:town|the shop)|in (?:his|her|a) car)\b|\bturns? up wherever i go\b|\b(?:says|saying|said|messages|"
     r"messaging|texts|texting) (?:[\w']+ ){0,2}?(?:he|she|they) knows? where i (?:live|am)\b|\bfound out (?:my "
     r"address|where i live)\b|\b(?:a )?(?:tracker|tracking device|airtag) on my (?:phone|car)\b|\btracks my "
     r"(?:location|phone)\b|\btrying my door(?: handle)?\b|\btrying (?:my|the) (?:[\w']+ )?door(?: handle)"
     r"?\b(?=.*\bnight\b)|\boutside my (?:window|door) at night\b|\b(?:being|been) "
     r"stalked\b|\bbeing followed\b"), own=False, past=True)
STALKER = words("my ex | ex | someone | a man | a guy | the man | the guy | a stranger | stranger | lodger "
                "| man next door | older guy | this guy")
rule("abuse_danger", T1, seq(STALKER, r"\b(?:keeps|keep|kept) (?:turning|showing) up (?:at|outside|wherever)\b|"
                                      r"\b(?:keeps|keep|kept) "
                             r"(?:coming|waiting) (?:round|outside|at)\b|\bhanging around (?:my|outside)\b|"
                             r"\b(?:been|keeps|is) (?:driving past|waiting outside|standing outside|sitting outside)\b|"
                             r"\bwaits at\b", gap=8),
     own=False, past=True)
rule("abuse_danger", T1, near(seq(STALKER, r"\b(?:turning|turns|turned|showing|shows|showed) up (?:at|outside) my\b|"
                                  r"\b(?:is|was|been) (?:outside|parked outside) my\b|\bleaving (?:notes|flowers|"
                                  r"things)\b|\bknows? where i (?:live|am)\b|\bwaiting (?:for me )?(?:at|"
                                  r"outside)\b", gap=4),
                              ["again", "every", "times", "order", "scared", "afraid", "terrified", "right now", "now",
                               "knife", "notes", "watching", "even though", "at night", "tonight", "twice",
                               "last night", "outside my", "this week"], 10), own=False, past=True)
rule("abuse_danger", T1, _w("banging kicking hammering pounding hiding",
                            near(r"\b(?:banging|kicking|hammering|pounding) (?:on )?(?:the|my) (?:[\w']+ )?door\b|"
                                 r"\b(?:he|"
                              r"she) is (?:banging on|kicking) it\b|\bhiding (?:from (?:him|her|them)|in the "
                              r"(?:bathroom|toilet|loo|wardrobe|cupboard))\b",
                              ["he is", "she is", "him", "scared", "hiding", "locked", "get in", "right now", "typing",
                               "can not call", "shouting", "furious", "waiting for me"], 14)), own=False)

# ---- abuse_danger: control (money, papers, food, where one goes)
_rare("abuse_danger", T1, _w("passport keys phone card cards money wages pension benefits documents charger insulin "
                            "medication",
                            near(seq(r"\b(?:he|she|they|my (?:[\w']+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|"
                                  r"employer|boss|manager|son|son in law|brother|carer|cousin|family|in laws)|"
                                  r"the guy)\b",
                                  r"\b(?:takes|took|taken|has taken|hid|hides|hidden|hiding|has|holding|holds|keeps|"
                                  r"kept|taken over|broke|smashed|got) (?:all )?(?:of )?(?:my|her|our|the) (?:[\w']+ )"
                                  r"?(?:passport|car keys|keys|phone|bank card|cards|money|wages|pension|benefits|"
                                  r"documents|charger|"
                                  r"insulin|medication)\b", gap=6),
                              ["so i can not", "can not leave", "can not go", "not allowed", "not going anywhere",
                               "checks where i go", "checks it", "without him", "without her",
                               "to punish me", "i owe him", "work it off", "will not let me", "does not pay me",
                               "till he says", "until he says", "locked the doors", "can not leave the house",
                               "so i could not call"], 12, cross=True)), own=False, past=True)
_rare("abuse_danger", T1, r"\b(?:carer|son|son in law|brother|grandson|nephew) (?:[\w']+ ){0,3}?(?:takes|took|taking|"
     r"been taking|has taken|has been taking|taken over) (?:all )?(?:of )?(?:the )?(?:money (?:out of|from) (?:my|"
     r"her|his) purse|my pension|her pension|his pension|my benefits|her benefits|my disability money|my savings|"
     r"her savings|"
     r"my wages|my bank card and|her money|his money)\b|\bhits me and takes my\b", own=False, past=True)
rule("abuse_danger", T1, _w("permission allowed let feed sleep fridge insulin medication meds tablets inhaler doctor "
                            "control controls decides weighs mistake",
                            r"\b(?:ask|asking) (?:his |her |their )?permission (?:to|before i) (?:eat|"
                            r"leave the house|go "
     r"out|use the toilet|go to the toilet|ring|call|see my|shower|sleep|go anywhere)\b|\bnot allowed (?:my own money|"
     r"(?:a|my own) (?:phone|bank account|job)|out without (?:him|her)|to (?:ring|call|see|phone|contact) my (?:family|"
     r"friends|mum|sister|parents|mom))\b|\b(?:will not|does not|would not|never) let me (?:eat(?=\s(?:unless|if|until|"
     r"anything|properly|[.,])|\s*$)|buy (?:anything|food)|go to (?:school|my parents|the doctor) anymore|go to my "
     r"parents|have (?:a job|a bank account)|back in|(?:ring|phone|contact) (?:my (?:mum|mom|family|parents|sister|"
     r"brother)|anyone))\b|\b(?:does not|"
     r"will not|would not|never) feed me\b|\bmakes? me "
     r"sleep in the (?:garage|shed|garden|car|cold)\b|\blocks? the fridge\b|\b(?:hiding|hides|hid|pours out|poured out|"
     r"throws away|threw away) my (?:insulin|medication|meds|tablets|inhaler)\b(?=.*\b(?:punish|upset|angry|so i "
     r"can not|if i|when i)\b)|\bstops me (?:going to|seeing) the "
     r"doctor\b|\bcontrols? (?:what i (?:wear|spend)|where i go|who i see)\b|\bdecides what i wear\b|"
     r"\bweighs me every\b|\bevery mistake i make\b"),
     own=False, past=True)

# ---- abuse_danger: hit by someone named as people type them, and marks from someone
# History told as over ("he hit us growing up, but he's dead now") is left to the reading and the model.
_OVER = (r"(?!.*\b(?:growing up|when (?:i|we) (?:was|were) (?:a )?(?:kids?|little|young|children|teenagers?)|passed "
         r"away|(?:he|she) is dead|(?:he|she) died|really helped|has helped|helped me|behind me|not any ?more|"
         r"no longer|anger management)\b)")


def _over(p: Pat) -> Pat:
    """p, not where the reply goes on to say it is over."""
    return Pat(f"(?:{p}){_OVER}", p.anchor)


_HIT = (r"(?:hits|hit|hitting|beats|beat|beating|slaps|slapped|slapping|kicks|kicked|punches|punched|punchd|batters|"
        r"battered|smashed|choked|chokes|strangled|burn|burns)")
_rare("abuse_danger", T1, _w("hits hit hitting beats beat beating slaps slapped slapping kicks kicked punches punched "
                 "punchd batters battered smashed choked chokes strangled burn burns twisted grab grabs grabbed",
                 SUBJ + rf"(?:\s(?!never\b|not\b|no longer\b|used\b)[\w']+){{0,4}}? {_HIT} (?:us|me|mum|my mum|"
                        rf"my mom|mam)\b{_OVER}(?!\s(?:at|to|by|back|up|out|off|in (?:a|an|the game|"
                                rf"every|our|chess|cards|games?)|with (?:a|the|his|her) (?:ball|pillow|cushion|toy|"
                                rf"question)|when "
     rf"(?:he|she) is (?:tired|teething|playing|overtired))\b)|\btwisted my (?:wrist|arm)\b|\bgrab(?:s|bed)"
     rf"? my (?:arms?|neck|throat|hair) (?:so )"
     r"?hard\b"),
     own=False, past=True)
_rare("abuse_danger", T1, _w("hits hit hitting slaps slapping pinches kicks shoves belt beaten", _over(Pat(
    r"\b(?:carer|the person who looks after (?:my|her|his) \w+)\b(?:\s[\w']+){0,8}? (?:hits|hit|hitting|slaps|slapping|"
    r"pinches|kicks|shoves) (?:him|her|them|me)\b|\bhit me with (?:his|her|a|the) belt\b|\b(?:get|gets|got) the "
    r"belt\b(?!\s(?:out of|from|off|for|back|on|buckle))|\b(?:hits|hit) us with\b|\bgets the belt out\b|"
    r"\b(?:get|gets|got) beaten if\b", None))),
     own=False, past=True)
_rare("abuse_danger", T1, _w("bruises bruised black marks split",
                            near(r"\b(?:bruises|bruised|a black eye|black eye|marks|a split lip)\b",
                              r"\bfrom (?:my|me|mum|dad|da) (?:[\w']+ )?(?:" + PEOPLE_ADULT + r")\b(?! [\w']+ (?:game|"
                              r"match|training|party))|\bfrom (?:him|her|them)\b|\bi tell (?:school|people|everyone|"
                              r"them|the doctor) i fell\b|"
                              r"\bso no one sees\b|\bwhere no one sees\b|\bso it does not show\b|"
                              r"\bdid not want you to see\b|"
                              r"\bnowhere to go\b|\bknows where to hit\b", 8)), own=False, past=True)

# ---- abuse_danger: unsafe at home, said as a place to sleep or a door to hold shut
rule("abuse_danger", T1, _w("safer door locked kicked safe violent physical",
                            r"\bsafer than (?:home|inside|at home|being (?:at )?home|in the house|going home)\b|"
     r"\b(?:chair|a chair|something|the wardrobe) (?:against|under) (?:the|my) door because\b|\block (?:my|the) "
     r"(?:bedroom )?door (?:at night |now )*because of (?:him|her|them|my [\w']+|what (?:he|she))\b|\bdoor (?:is )"
     r"?locked from the outside\b|\bi am locked in "
     r"(?:my|the) (?:room|house|bedroom) (?:most|every|all|again|for)\b|\b(?:locked|kicked) out (?:again )?(?:[\w',]+ )"
     r"{0,3}?(?:slept|sleeping|nowhere to go)\b|\b(?<!\S )not safe(?=(?:\s\.)*\s*$)|\b(?:things )?at home (?:have|has) "
     r"(?:got|gotten|become) (?:violent|physical)\b|\b(?:he|she|they) (?:gets|got|getting) physical\b(?!\s(?:therapy"
     r"|exam|education))"),
     own=False, neg=False)
rule("abuse_danger", T1, _w("back home",
                            near(r"\bcan not go (?:back|home)\b",
                                 r"\b(?:he|she) (?:said|says) (?:he|she) (?:will|would)\b|\bif (?:he|she) sees me\b|"
                                 r"\b(?:he|she) broke\b|\b(?:he|she) will (?:kill|hurt|smash|"
                                 r"hit|beat)\b", 12, cross=True)), own=False)

# ---- abuse_danger: acts and signs the phrase rules did not list
def _abuse(anchor: str, pattern: str) -> None:
    """A disclosure of someone else's act (who speaks is not read), with its anchor words."""
    _rare("abuse_danger", T1, _w(anchor, pattern), own=False, past=True)


_abuse("push pushed pushes shoves shoved threw throws", r"\b(?:push|pushed|pushes|shoves|shoved|threw|throws) me "
       r"(?:down|into|against|onto|off) (?:the )?(?:stairs|wall|floor|ground|door|bed|table|steps|wardrobe)\b")
_abuse("checks threatens cornering letting lets spies watches watched films filmed filming",
       r"\bchecks what i am (?:typing|writing|texting)\b|\bthreatens me if i\b|\b(?:keeps|keep) cornering me\b(?=.*\b"
       r"(?:storeroom|stock room|alone|grab|grabbing|touch|touching|office|toilets?|cupboard)\b)|\b(?:keeps|keep) "
       r"letting (?:himself|herself) in\b|\blets (?:himself|herself) in (?:while|when) i am\b|\bspies on me\b|"
       r"\b(?:watches|watched|films|filmed|filming) me (?:in the shower|shower|showering|undress|undressing|getting "
       r"changed|naked)\b")
_abuse("door broke standing posted cameras hand sexual knife photos pictures",
       r"\b(?<!i )(?:kicked|kicks|smashed|broke) (?:the|my) (?:front |back |bedroom )?door (?:in|down)\b|"
       r"\bbroke in (?:while|when) i\b|\bstanding over my bed\b|\bposted my (?:address|location) online\b|"
       r"\bhas cameras all over\b|\bmakes? me hand over my (?:wages|money|pay|benefits|card|pension)\b|"
       r"\b(?:texting|sending|messaging|texts|sends) me sexual\b|\b(?:got|gets|pulled|pulls) (?:his|her|a|the) knife "
       r"out\b|\b(?:sending|sent|sends) me (?:photos|pictures) of my (?:house|flat|car|kids|door|street)\b")
_abuse("school watching hit knows threaten threatens coming",
       r"\bknow which school my (?:kids|children|son|daughter)\b|\b(?:they are|he is|she is) watching (?:them|my kids|"
       r"my children)\b|\bknows where to hit\b|\b(?:he|she|they) knows? where i "
       r"(?:live|am)\b(?=.*\b(?:outside|attacked|scared|twice|again|threats?)\b)|\bthreatens? to (?:put a pillow over "
       r"my face|smother me|push me down)\b|\b(?:keeps|kept) coming (?:in)?to my (?:room|bedroom)\b")

# ---- harm_others: people as targets, and what the speaker means to do to them
_TARGET = (rf"(?:him|her|them|someone|somebody|people|other people|children|kids|animals|the dog|the cat|my dog|"
           rf"my cat|whoever|(?:my|his|her|the|that|this|our) (?:[\w']+ ){{0,2}}?(?:{PEOPLE}|{_MORE_ADULTS}|students|"
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
                         "taking beat beating", f"(?:{ACT}){_OVER}"), gap=2)
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
rule("harm_others", T1, _over(near(ASSAULT, ESCALATE, 14, cross=True)), past=True)
_rare("harm_others", T1, _w("pinch squeeze pinching squeezing shaking slapping hitting", _over(Pat(
    rf"\bi (?:[\w']+ ){{0,2}}?(?:pinch|squeeze) (?:the|my) {_CHILD}(?: [\w']+)? (?:when|too|on purpose|until)\b|"
    rf"\bi (?:find myself|keep|have been) (?:pinching|squeezing|shaking|slapping|hitting) (?:her|him|the baby|"
    rf"my [\w']+)\b(?!\s(?:up|back)\b)|\bi squeeze too hard\b", None))), past=True, neg=False)
_rare("harm_others", T1, _w("threw pushed shoved slammed", _over(Pat(
    r"\bi (?:nearly |almost )?(?:threw|pushed|shoved|slammed) (?:my [\w']+(?: [\w']+)?|her|him) (?:against|into|down|"
    r"onto|off) (?:the|a) (?:front |back )?(?:wall|wardrobe|door|floor|stairs|steps|ground|table|bed|balcony)\b",
    None))), past=True, neg=False)
_rare("harm_others", T1, _w("hold held holding pinching squeezing shaking slapping hitting hit slapped punched kicked "
                           "hand hands", _over(Pat(
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



def _merged(rules: list[Rule]) -> list[Rule]:
    """The rare rules read the same way (category, tier and readings) joined into one, where the first of them was.

    Every rule costs a look at its anchor words for each reply; one pattern for several rare ones keeps that cost flat
    as concepts are added, and is seldom run. Each match is still read on its own, as before.
    """
    out: list[Rule] = []
    joined: dict[tuple[object, ...], int] = {}
    for r in rules:
        key = (r.category, r.tier, r.own, r.neg, r.past, r.therapy, r.leaving, r.accident)
        if id(r) not in _RARE or r.anchor is None:
            out.append(r)
        elif key not in joined:
            joined[key] = len(out)
            out.append(r)
        else:
            first = out[joined[key]]
            out[joined[key]] = dataclasses.replace(first, rx=re.compile(f"{first.rx.pattern}|(?:{r.rx.pattern})"),
                                                   anchor=(first.anchor or frozenset()) | r.anchor)
    return out


REGISTRY[_FIRST:] = _merged(REGISTRY[_FIRST:])
RULES: list[Rule] = REGISTRY[_FIRST:]  # this module's rules (tests switch them off to see what they add)

