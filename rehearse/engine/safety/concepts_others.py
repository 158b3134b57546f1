"""Concept rules about abuse or danger to the speaker now, by other people (concepts_harm.py has harm to others).

Like concepts.py, these pair ideas rather than copy sentences: a threat made conditional on telling ("if I call the
police he'll hurt the kids"), grooming by someone trusted, being followed with a sign of fear, control of money
and movement. Every match goes through check.py's reading (negation, who is
speaking, tense, the therapy), so "I'm furious with him", abuse told as long over, and a trainee asking stay calm.
"""

from __future__ import annotations

from rehearse.engine.safety.concepts import near, seq
from rehearse.engine.safety.lexicon import words
from rehearse.engine.safety.rule import REGISTRY, T1, Pat, Rule, anchored as _w, merge_rare, rare as _rare, rule
from rehearse.engine.safety.words import PEOPLE_ADULT

_FIRST = len(REGISTRY)


# ---- people, as typed: relations without "my" ("mum's boyfriend" is prepared as "mum boyfriend"), and regional words
MORE_ADULTS = (r"bloke|fella|feller|lad|da|mam|ma|lodger|in laws|inlaws|mother in law|father in law|son in law|"
                r"brother in law|sister in law|carer|trainer|instructor|psychiatrist|gp|youth leader|youth worker|"
                r"babysitter|husband|employer|boss|manager|son|daughter|grandson|granddaughter")
_ADULT_NOUN = rf"(?:{PEOPLE_ADULT}|{MORE_ADULTS})"
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
OVER = (r"(?!.*\b(?:growing up|when (?:i|we) (?:was|were) (?:a )?(?:kids?|little|young|children|teenagers?)|passed "
         r"away|(?:he|she) is dead|(?:he|she) died|really helped|has helped|helped me|behind me|not any ?more|"
         r"no longer|anger management)\b)")


def over(p: Pat) -> Pat:
    """p, not where the reply goes on to say it is over."""
    return Pat(f"(?:{p}){OVER}", p.anchor)


_HIT = (r"(?:hits|hit|hitting|beats|beat|beating|slaps|slapped|slapping|kicks|kicked|punches|punched|punchd|batters|"
        r"battered|smashed|choked|chokes|strangled|burn|burns)")
_rare("abuse_danger", T1, _w("hits hit hitting beats beat beating slaps slapped slapping kicks kicked punches punched "
                 "punchd batters battered smashed choked chokes strangled burn burns twisted grab grabs grabbed",
                 SUBJ + rf"(?:\s(?!never\b|not\b|no longer\b|used\b)[\w']+){{0,4}}? {_HIT} (?:us|me|mum|my mum|"
                        rf"my mom|mam)\b{OVER}(?!\s(?:at|to|by|back|up|out|off|in (?:a|an|the game|"
                                rf"every|our|chess|cards|games?)|with (?:a|the|his|her) (?:ball|pillow|cushion|toy|"
                                rf"question)|when "
     rf"(?:he|she) is (?:tired|teething|playing|overtired))\b)|\btwisted my (?:wrist|arm)\b|\bgrab(?:s|bed)"
     rf"? my (?:arms?|neck|throat|hair) (?:so )"
     r"?hard\b"),
     own=False, past=True)
_rare("abuse_danger", T1, _w("hits hit hitting slaps slapping pinches kicks shoves belt beaten", over(Pat(
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


REGISTRY[_FIRST:] = merge_rare(REGISTRY[_FIRST:])
RULES: list[Rule] = REGISTRY[_FIRST:]  # this module's rules (tests switch them off to see what they add)
