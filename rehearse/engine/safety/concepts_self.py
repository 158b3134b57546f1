"""Concept rules for the speaker's own risk: scouting a place, timing an absence, gathering or reading up on a means.

They follow concepts.py (two ideas near each other, each a word list) and carry to wording nobody wrote down: a
high place near a sign of looking it over ("the bridge ... no barriers"), a plan near a time nobody will be home,
medicines near a sign of hiding how many. Every match goes through check.py's reading like any rule.
"""

from __future__ import annotations

from rehearse.engine.safety import lexicon as lx
from rehearse.engine.safety import concepts
from rehearse.engine.safety.concepts import Part
from rehearse.engine.safety.lexicon import alt, words
from rehearse.engine.safety.rule import COMMON, REGISTRY, T1, Pat, Rule, rule

_FIRST = len(REGISTRY)

# Words in too many replies to be a good anchor (rule.py): a rule is read whenever its anchor word is in the reply.
_BUSY = COMMON | frozenset("""one would how when where know something everything anything her his home house stop could
need which up out about from time day night back think feel really want said go make see take them then been because
find did not just off over after before there here way done past look check""".split())


def rare(items: list[str]) -> Pat:
    """A word list whose anchor is the least common-looking word of each entry (the longest not in _BUSY)."""
    def pick(entry: str) -> str:
        ws = entry.split()
        return max([w for w in ws if w not in _BUSY] or [w for w in ws if w not in COMMON] or ws, key=len)
    return Pat(alt(items), frozenset(pick(w) for w in items))


def _r(p: Part) -> Part:
    return rare(p) if isinstance(p, list) else p


def near(a: Part, b: Part, gap: int = 6, *, both: bool = True, cross: bool = False) -> Pat:
    """concepts.near, with rarer anchor words for word lists."""
    return concepts.near(_r(a), _r(b), gap, both=both, cross=cross)


def seq(*parts: Part, gap: int = 6, cross: bool = False) -> Pat:
    """concepts.seq, with rarer anchor words for word lists."""
    return concepts.seq(*map(_r, parts), gap=gap, cross=cross)


def either(*parts: Part) -> Pat:
    """concepts.either, with rarer anchor words for word lists."""
    return concepts.either(*map(_r, parts))


# ---- word lists (here rather than in lexicon.py, so parallel work on the other categories does not collide)
MEDS = lx.MEDICINES + words("""
pill | tablet | calpol | morphine | pesticide | antifreeze | weedkiller | rat poison | pentobarbital | insulin pen
supply
""")
# Places people go to die by falling, trains or water, as they are named when scouted.
PLACES = words("""
bridge | bridges | railway bridge | motorway bridge | multi storey | multistorey | car park roof | car park
top floor | top level | cliff | cliffs | the gap | beachy head | flyover | overpass | quarry | reservoir | viaduct
train line | train tracks | tracks | railway | railway line | level crossing | platform | platform edge | stairwell
roof of my building | roof of the building | the roof | rooftop | balcony | ledge | the lake | the river | the sea
tower block | car parks | multi storeys | roofs | crossing | crossing barrier | pier | harbour wall | sea wall
""")
# Signs that a place is being looked over for a death, not visited: its height, what stops a fall, a spot chosen.
SCOUT = words("""
no barrier | no barriers | do not have barriers | no fence | no fences | no nets | do not have the nets | no cameras
no railings | fence is broken | the drop | look at the drop | the height | how high | high enough | tall enough
the best spot | the spot | where i would go | where i would stand | where i would jump | where i would go over
where to stop | where to go over | wrong side | over the railing | over the railings | the railing | the railings
looking down | just looking down | check it out | to check | checking | to see where | to see if
not going to walk back | will not drive back | not drive back | not coming back | nearly went | nearly did it
just standing there | just sitting there | stood there for | sat there for | stood at the edge | stood on the edge
stood by the edge | sat on the edge | standing near the edge | on the edge of | for a look | to look at the top
every evening | every day this week | every night this week | times this week | twice this week | most nights
where id go | where id jump | next time i will | was going to do it | waited for one | waiting for one
waited for a train | where its deepest | line times
will do | timed | timing | i have timed | the times | train times | when the express | the fast one | the last train
open top floor | open top floors | roof access | looking at the water | staring at the water | staring down
waiting for the express | counting the trains | is empty | door is always unlocked | where it is deepest | the tides
""")
# A plan's time set by when nobody will be there to stop or find the speaker.
ALONE_TIME = words("""
is away | are away | will be away | is at her | is at his | is at work | are at work | will be at work | at church
will be out | be out of the house | everyone is out | everyone will be | will be asleep | are asleep | is asleep
no one would find me | nobody would find me | no one will find me | nobody will find me | no one finds me
nobody finds me | no one at home finds me | no one will be home | nobody will be home | nobody is home | no one is home
nobody home | nobody is home till | the house to myself | the flat to myself | home alone | flat is empty | house empty
flat empty | house is empty | footpath empty | is empty
is on nights | on nights | night shift | everyone out | leaves for work | works nights | kids will be at
no one around | nobody around | till they are at work
""")
PLAN_WORDS = words("""
planned it | plan it | the plan is | my plan is | plan is | worked out when | worked out the exact time
worked out the timing | worked out the time | i have timed | timed it | that is when | it is decided | the date
a date | the day | the night | doing it | know when | picked | chosen | chose | everything i need
everything ready | got everything
""")
# Reading up on a way to die: the verb of looking it up, and what was looked up.
RESEARCH = [w for w in lx.RESEARCH if not w.startswith(("check", "look "))] + words("""
read | reading | been reading | forums | forum | search history | videos | video | asked the pharmacist
asked the vet | asked my mate | asked my friend | looked at | checked | checking
""")
LOOKED_UP = words("""
methods | method | painless ways | painless way | most painless | quickest | bleed out | to drown | drown
how long it takes to die | would stop my heart | would kill me | how much would | how many would | would be too much
would be enough | would be dangerous | would do it | which floor | high enough | the height | fall to
jump from | which bridge | which bridges | barriers | the nets | fatal | lethal | survivable | survive | work best
how to use it | to do it with | it works
""")
# Knowing or having worked out the amount.
KNOW_AMOUNT = words("""
know how much | know how many | know exactly how much | know exactly how many | how much i would need
how many i would need | done the maths | counted them | counted them out | counted them again | pill count
""")
# Medicines got past the checks that limit them.
PAST_LIMITS = words("""
so they would not notice | so they would not stop me | so nobody notices | so no one notices | so nobody would notice
so no one would notice | took them from her | took them from his | three times today
got them all in my bag | so i would have enough | so i will have enough | so i would have a supply | lied about why
the limit did not stop me | so i could save them | different chemists | different shops | different pharmacies
another gp | another doctor | three chemists | two chemists | two shops | three shops | doubling up | past my mum
| she will not notice | he will not notice | they will not notice | she would not notice
""")
# A hoard of medicines said by its size or hiding place.
HOARD = words("""
a pile | quite a pile | stockpile | a stockpile | adds up to a lot | enough for what i want | in one place
a whole months worth | months worth | lined up | in a shoebox | holding back | held back | kept every | kept the
hoarded | hoarding | stockpiled | stockpiling | collected all | collecting all | gathered all | old pills | old meds
old tablets | in my bag just in case | nobody knows about | no one knows about | months of | weeks of
sock drawer
""")
# What a hanging point must do, and the practice of it.
HANG_POINT = words("beam | the hook | a hook | hook | tree | banister | loft hatch | door frame | the door | the rail "
                   "| belt | curtain rail | curtain pole | light fitting | pipe")
HOLD = words("""
hold my weight | hold me | will hold | would hold | it will hold | take my weight | takes my weight | bear my weight
strong enough
tested | tried the | practice run | measuring | measured
""")
KNOT = words("the knot | a knot | knot | noose | tie it | tying it")
PRACTISE = words("""
practising | practicing | practice | practise | tested | test | testing | video | videos | youtube | just to see
""")
GUN = words("gun | guns | shotgun | rifle | pistol | firearm")
GUN_READY = words("""
loaded | load it | still works | checked it | on my lap | sitting up with it | thinking about it | which one and when
i will use | use it | will not notice
""")
GAMES = r"game|games|level|film|movie|xbox|playstation|fortnite|call of duty|paintball|airsoft|range|stalking|shoot"
# The means and the plan said as had and settled.
METHOD = words("my method | the method | a method | a plan and a date | the plan and the date | method and")
SETTLED = words("""
sorted | got | have | chosen | picked | decided | wrote down | written down | in my notes | the date | my date
a date | waiting for the right time | just picking | set the date
""")
PICK_DAY = words("""
pick the night | pick the day | pick the date | picking the day | picking the night | picking the date
just need a quiet night
""")
READY_STUFF = words("""
the note | the pills | the stuff | everything ready | got everything | the place | the method | the rope
""")
DRINK = words("vodka | whisky | whiskey | gin | wine | alcohol | booze")



def unless(p: Pat, after: str, *, start: bool = False) -> Pat:
    """p, except where its sentence goes on to say what else it was for ("... to get a good photo").

    The sentence is read from the end of the match, or from its start when start is set (dearer: for rarely read
    rules whose own words may say it, "a date in my diary for the dentist").
    """
    if start:
        return Pat(rf"\b(?![^.]*\b(?:{after})\b)(?:{p})", p.anchor)
    return Pat(rf"(?>{p})(?![^.]*\b(?:{after})\b)", p.anchor)


# What a plan-like sentence goes on to say when it is an ordinary errand, hobby or treat.
ORDINARY = (r"so (?:i|we) can|for (?:the|my|a|our|his|her) (?!(?:end|last|right|day|night|while|insurance|time|moment|"
            r"hour|bit|week|weekend|month|long|first|second)\b)[\w']+|have a party|cake|balloons|decorations|guests|"
            r"birthday|exams?|revision|essays?|course|class|club|game|level|speech|presentation|station|trip|holiday|"
            r"barbecue|bbq|picnic|treehouse|swing|hammock|sailing|climbing|camping|dentist|headache|hangover|"
            r"reading|chips|lunch|dinner|cook|cooking|(?:with|walk|walking) the dog|wood|pharmacy|take (?:them )?back|"
            r"hand (?:them )?in|return|dosette|organiser|forget|closed|sunset|fireworks|view|photos?|fun|work out|"
            r"gym|recipe|"
            r"teaching|research|study|studying|revise")


def plan(p: Pat, *, start: bool = False, leaving: bool = False) -> None:
    """A plan_means rule (tier 1, history told as past a check-in), calm when its sentence is an ordinary errand."""
    rule("plan_means", T1, unless(p, ORDINARY, start=start), past=True, leaving=leaving)


SIGHTS = r"photos?|pictures?|selfies?|the view|views|sunset|sunrise|quiz|tourists?|sightseeing|holiday|hike|hiking"

# ---- Tier 1: a place looked over, or a time chosen when no one will be there (C-SSRS item 5, preparatory acts)
plan(unless(near(PLACES, SCOUT, 10, cross=True), SIGHTS))
plan(Pat(near(PLAN_WORDS, ALONE_TIME, 10), rare(ALONE_TIME).anchor))
# ---- Tier 1: reading up on a way, or knowing the amount
plan(near(RESEARCH, LOOKED_UP, 8))
plan(either(near(KNOW_AMOUNT, MEDS + ["would do it", "i would need to take", "enough"], 10,
                                   cross=True), seq(["know exactly"], KNOW_AMOUNT, gap=0)))
# ---- Tier 1: medicines gathered past the checks, or hoarded
plan(near(MEDS + ["prescription", "prescriptions", "them"], PAST_LIMITS, 10))
plan(unless(near(MEDS + ["them"], HOARD, 8), r"gave them|handed them|took them back|got rid|"
                                                             r"pharmacist|disposed|threw them|remember|which ones|"
                                                             r"breakfast|dosette|organiser|organizer|routine|"
                                                             r"normal dose|not (?:stockpiling|hoarding|saving)"))
# ---- Tier 1: a ligature point tested, a knot practised, a gun made ready
plan(near(HANG_POINT, HOLD, 8))
plan(near(KNOT, PRACTISE, 6))
plan(unless(near(GUN, GUN_READY, 10, cross=True), GAMES))
# ---- Tier 1: the method or date settled; everything ready but the day; pills and drink together for a night
plan(near(METHOD, SETTLED, 6))
plan(Pat(near(READY_STUFF, PICK_DAY, 12, cross=True), frozenset({"pick", "picking", "quiet"})), start=True)
NIGHT_SET = words("""
tonight | home alone | saturday | friday | sunday | waiting | sorted | in my drawer | bedside drawer | ready
everyone out | just need | once everyone | when everyone
""")
plan(near(near(MEDS, DRINK, 6), NIGHT_SET, 8))

# ---- Tier 1: the rest of a plan made ready: fumes, a water, a crash, a ligature carried, a date kept secret
plan(either(near(["charcoal", "disposable bbq", "disposable barbecue"],
                                   ["tape", "duct tape", "the boot", "sealed"], 6),
                              near(["garage", "exhaust"], ["hose", "hosepipe", "door shut", "engine on",
                                                          "engine running", "is the place"], 12, cross=True)))
WATER = Pat(r"\bwalk(?:ing|ed)? (?:out )?into the (?:sea|river|lake|water|reservoir)\b|"
            r"\bstones in my (?:coat )?pockets?\b", frozenset({"walk", "walking", "walked", "stones"}))
plan(unless(WATER,
                              r"paddle|paddling|swim|swimming|dip|waves|holiday|for fun|kids|dog|book|film|novel|story|"
                              r"ending|movie|episode|poem|song|character"))
plan(near(seq(["going to", "gonna", "plan is to", "plan to", "want to", "will", "just need to"],
                                ["crash", "drive", "steer", "floor it"], gap=2),
                            ["lorry", "pillar", "a wall", "the wall", "concrete wall", "a tree", "oncoming", "bridge",
                             "look like an accident", "for the insurance", "picked the spot", "on purpose"], 8,
                            cross=True))
plan(unless(near(lx.ROPE + ["the belt", "the cord"], ["in my school bag", "in my backpack",
                                                                      "in my bag", "in the boot", "under my bed",
                                                                      "stood on the chair", "on a chair",
                                                                      "you know why"], 8),
                              r"climbing|camping|tent|swing|skipping|gym|pe|boat|sailing|tow|washing line"))
plan(near(["the date", "a date", "date"], ["nobody knows", "no one knows", "but me", "back out", "date picked",
                                         "nobody will be home", "no one will be home"], 10, cross=True),
     leaving=True, start=True)
SETTLED_WHEN = ["sorted", "planned", "written down", "wrote down", "decided", "worked out"]
plan(unless(Pat(near(["the how and the where", "the how and the when", "when and where",
                                        "where and when", "how and when", "how and where"], SETTLED_WHEN, 8,
                                       cross=True), rare(SETTLED_WHEN).anchor),
                              r"party|meet|meeting|wedding|dinner|lunch|drinks|interview|appointment|session|class|"
                              r"match|game|trip"))
PLAN_IS = ["plan is", "my plan is", "the plan is"]
OUTING = (r"picnic|walk|swim|swimming|day out|trip|visit|meet|party|lunch|dinner|bbq|barbecue|run|cycle|ride|"
          r"fishing|boat|holiday|kids|family|friends|dog|photos?|view")
PLANNED_MEANS = (r"\b(?:the (?:lake|sea|river|reservoir|quarry|tracks|cliffs?|(?:motorway |railway )?bridge|"
                 r"car in the garage|insulin|pills|tablets|rope|belt)|walk into the (?:sea|river|lake|water)|"
                 r"crash (?:the|my) car|take (?:all of them|them all|the lot)|take the car out)\b")
plan(either(Pat(r"\bhow id do it\b", frozenset({"id"})),
                              unless(either(seq(PLAN_IS, r"\b(?:simple|to|just)\b", PLANNED_MEANS, gap=1),
                                            seq(PLAN_IS, PLANNED_MEANS, gap=0)), OUTING),
                              near(lx.LIGATURE + MEDS, ["that is the plan", "that is my plan", "its going to be",
                                                        "it is going to be"], 8)))
plan(near(["nobody goes", "no one goes", "no one would find me", "nobody would find me",
                             "no one finds me", "nobody finds me", "no one at home finds me"],
                            ["hotel room", "a spot", "the spot", "the place", "woods", "somewhere", "booked"], 10,
                            cross=True))
plan(unless(near(["chosen", "picked", "found", "decided on", "already decided where", "know which beam",
                                    "decided where", "worked out which", "thought about where", "know which"],
                                   ["the tree", "a tree", "the beam", "the cliff", "the overpass", "which overpass",
                                    "which cliff", "which beam", "the reservoir", "the spot on", "a spot up",
                                    "in the garage"], 4,
                 cross=True),
                              r"christmas|decorat\w*|lights|garden|plant|planting|climb|picnic|camp|camping|park|"
                              r"view|photos?"))
plan(near(["the stuff", "something online", "ordered something", "a knife", "the knife",
                             "everything i need"],
                            ["to do it with", "specifically for this", "people use", "read about on a forum",
                             "you know why", "hidden in my room for it", "for something else"], 10, cross=True))
plan(near(MEDS + ["them"], ["for something else", "not for the dog", "not for anything else",
                                             "you know why", "lied about why"], 8))

# ---- Tier 1: self-harm told as a relapse, a tool on the body, fresh marks, blows to oneself (C-SSRS behaviour)
SH_WORDS = words("""
cut | cutting | the cutting | blade | the blade | razor | the razor | days clean | months clean | clean | streak
days gone | down the drain | day 1 | sharpener | long sleeves | sleeves | my thighs | my arms | marks
""")
TOOL = words("""
razor | a razor | the razor | blade | a blade | the blade | compass | a compass | scissors | craft knife | sharpener
pumice stone | lighter | a lighter | matches | elastic band | hairbrush | my hairbrush | a hairbrush | my nails
""")
BODY_MINE = ["my " + b for b in lx.BODY] + ["my own " + b for b in lx.BODY]
MARKS_NOW = words("""
fresh marks | new marks | fresh ones | new ones | fresh cuts | new cuts | a mess | covered | scarred up | all scratched
bandaged | fresh blood | blood on my sleeve | blood on the towels | needed stitches | need stitches | raw
""")
NOT_SH = (r"paint|tattoos?|bites?|mosquito|rash|eczema|sunburn|hike|hiking|fell|fall|surgery|operation|cat|dog|"
          r"falling|training|marathon|running|glitter|mud|ink|football|rugby|gym|bike|crash|accident|shav\w*|wax\w*|manicure|polish|painted|chopping|"
          r"cooking|kitchen|gardening|brambles|nettles|smoking|drinking|drink|alcohol|vape|vaping|diet|gambling|"
          r"routine|habit|sleep|spreadsheet|homework|revision|exam|lol|haha|lmao|lawnmower|mower|hedge|trimmer|"
          r"strimmer|skates?|skis?|arm hair|leg hair|hairs|rope|string|tangled|boat")
RELAPSE = near(["relapsed", "relapse", "broke my streak", "slipped up", "did it again", "did it twice",
                "doing it every night", "did them on", "did it in the", "did it a lot", "the usual way",
                "my self care"], SH_WORDS, 8, cross=True)
rule("self_harm", T1, unless(Pat(r"\b(?!relapse \. no\b|relapsed \. no\b)" + RELAPSE, RELAPSE.anchor), NOT_SH),
     past=True)
rule("self_harm", T1, unless(either(seq(["used", "using", "use", "took"], TOOL,
                                        [p + b for p in ("on my ", "to my ", "across my ", "on both ")
                                         for b in lx.BODY if b not in ("leg", "legs", "face", "head", "feet")],
                                        gap=2),
                                    near(seq(words("""sliced | scraped | scraping | scratched | scratching | scratch
                                                      | burned | burnt | burning | hitting | hit | cut | carved
                                                      | gave"""),
                                             BODY_MINE + ["myself", "my skin open"], gap=1),
                                         seq(["with"], TOOL, gap=2), 4, both=False)),
                             NOT_SH + r"|hair"), past=True)
rule("self_harm", T1, unless(near(MARKS_NOW, BODY_MINE + ["last night", "from this week", "i cut", "long sleeves",
                                                         "from this morning", "from tonight"], 6, cross=True),
                             NOT_SH), past=True)
rule("self_harm", T1, unless(near(seq(words("""hitting | hit | banging | bang | banged | slapping | slap | slapped
                                              | punching | punch | punched | pinching | slamming | slammed
                                              | pressing on | pulling | pulled"""),
                                      ["my own", "my head on", "my head against", "my face", "my thighs", "my legs",
                                       "my hand in", "my hair out", "out my hair", "the bruises", "myself"], gap=1),
                                  ["when i", "whenever i", "every time i", "when it gets bad", "until", "till", "til",
                                   "so no one sees", "to make them hurt", "this week", "today", "a lot", "did it",
                                   "i keep", "keep", "kept", "clumps", "bald", "bleeding", "can not stop",
                                   "tonight"], 8,
                                  cross=True),
                             NOT_SH + r"|brick wall|keys|lol"), past=True)
rule("self_harm", T1, either(seq(["took", "taken", "injected", "overdid", "swallowed", "necked"], MEDS,
                                 ["on purpose", "deliberately", "to see what would happen", "more than i should",
                                  "so i would not wake up"], gap=6),
                             seq(["did an", "did a", "had an", "took an"], ["overdoes", "od"], gap=0)), past=True)
rule("self_harm", T1, unless(near(["have not eaten", "not eaten", "ate nothing", "not drinking water",
                                   "binged then purged", "binged and purged", "purged", "the purging",
                                   "punished myself"],
                                  ["do not deserve to", "do not deserve it", "punish", "punished", "again",
                                   "times today", "relapse", "the usual way", "by not"], 8), NOT_SH + r"|hungry"),
     past=True)
rule("self_harm", T1, unless(Pat(r"\b(?:cut|cutted|cutting|cuttin) (?:again|agen|deeper)\b|\bi (?:cut|cutted)"
                                 r"(?=\s[.,]|\s*$)|\b(?:then|and) i cut\b|\bi cut (?:after|when|on (?:mon|tues|"
                                 r"wednes|thurs|fri|satur|sun)day)\b|\bcutting (?:twice|three times|in the bath|"
                                 r"in the shower|last night|every night)\b|"
                                 # "I used to cut and I still do", "I still cut": the act, bare, said as going on
                                 r"\bi (?:used to )?cut (?=(?:and|but) i (?:still|started|have started|do it)\b)|"
                                 r"\bi (?:still|keep|started|have started|am|have been|am still) (?:cut|cutting)\b"
                                 r"(?!\s(?:my|the|a|an|it|up|down|off|out|back|through|into|some|his|her|their|our|in|"
                                 r"class|corners|ties|people|you|him|them|and|with|for|costs?))",
                                 frozenset({"cut", "cutted", "cutting", "cuttin"})),
                             NOT_SH + r"|power|electricity|hair|grass|lawn|hedge|onions?|veg|paper|coupons?|costs?|"
                                      r"budget|hours|wifi|signal|connection|call|phone|line|film|scene|edit|wood|chisel|saw|"
                                      r"carving|cake|meat|bread|fabric|into the"),
     past=True)

rule("self_harm", T1, unless(Pat(r"\b(?:i )?relapsed(?: (?:again|last night|yesterday|today|this week|on (?:mon|tues|"
                                 r"wednes|thurs|fri|satur|sun)day))?(?=\s[.,]|\s*$)(?!\s\.\s(?:no|not|never)\b)",
                                 frozenset({"relapsed"})), NOT_SH),
     past=True)
plan(near(["train times", "the trains", "train"], ["not to catch one", "not to catch", "not for travel"], 8))
plan(Pat(r"\b(?:picked|chosen|chose) (?:the|a) date\b|\bdate (?:is )?picked\b", frozenset({"date"})),
     leaving=True, start=True)

# ---- Tier 1: active ideation said as a settled intent, a way of saying it, or a death expected before a date
DO_IT_SAID = seq(["going to", "gonna", "finally going to", "actually going to", "actually gonna", "i will", "mean to",
                  "want to actually"],
                 r"\b(?:do it|go through with it)\b(?!\s(?:properly|right|well|again|better|differently|with|for|now|"
                 r",? promise))", gap=1)
DO_IT = either(DO_IT_SAID, Pat(r"\bgoing through with it\b", frozenset({"going"})))
SETTLED_MIND = ["made up my mind", "made my mind up", "mind is made up", "mind made up", "i have decided",
                "it is decided", "decided", "not a cry for help", "do not try to stop me", "finally", "this time",
                "someone to know", "i think i will", "i am done", "done with life", "not joking", "i mean it",
                "thinks i am joking"]
OTHER_DEED = (r"ask|asking|(?:tell|telling) (?:him|her|them|my)|quit|resign|propose|apply|confront|talk|say|speak|"
              r"presentation|interview|exam|test|job|homework|decided to|diet|marathon|course|i mean|i meant|purchase|"
              r"house|flat|wedding|move|moving|therapy|therapist|sessions?|counselling|counsellor|appointments?|"
              r"coming here")
rule("active_ideation", T1, unless(near(DO_IT, SETTLED_MIND, 10, cross=True), OTHER_DEED), therapy=True, leaving=True)
WAYS_OUT = (r"\bfinish(?:ing)? (?:myself off|me off|my life|my own life)\b|\b(?:take|taking) myself out (?:of the "
            r"picture|for good|tonight(?!\s(?:for|to|with|at|and)))\b|\b(?:i am|im) checking out(?: for good)?"
            r"(?=\s[.,]|\s*$)|\bchecking out (?:for good|of (?:life|everything|this world))\b|\bdone (?:being alive|"
            r"living)\b(?!\s(?:in|with|at|here|there|like|on|off|out|under|by|next))|\bnot sticking around\b|"
            r"\bwant out (?:\. )?(?:out )?of life\b|\bend my lyf\b")
rule("active_ideation", T1, Pat(WAYS_OUT, frozenset({"finish", "finishing", "take", "taking", "checking", "done",
                                                     "sticking", "out", "lyf"})), past=True)
ALIVE_THEN = (r"\b(?:will not|not going to|(?:do not|not) (?:intend|plan|planning|expect|expecting) (?:to|on)"
              r"(?: still)?|not sure i will still) (?:be |being )?(?:still )?alive\b")
BY_THEN = ["next month", "next session", "next one", "next block", "new date", "christmas", "much longer",
           "long enough", "to see the next", "my choice", "made up my mind", "making sure", "i have decided", "anyway"]
rule("active_ideation", T1, Pat(near(ALIVE_THEN, BY_THEN, 10, cross=True), frozenset({"alive"})), neg=False)
AWAY = OTHER_DEED + r"|holiday|travel\w*|trip|abroad|away|visit\w*|work|uni|university|leaving|new job"
rule("active_ideation", T1, unless(near(r"\b(?:will not|not going to|not planning on) (?:be |being )?(?:here|around)\b",
                                        ["to see the next", "my choice", "made up my mind", "making sure",
                                         "i have decided", "by christmas", "for it to matter"], 10, cross=True),
                                   AWAY), neg=False)
rule("active_ideation", T1, unless(Pat(r"\b(?:tonight is|tonights|tonight) the night (?:i|i am) (?:finally )?"
                                       r"(?:do it|end it|go through with it|going to do it)\b",
                                       frozenset({"tonight", "tonights"})), OTHER_DEED))

RULES: list[Rule] = REGISTRY[_FIRST:]  # this module's rules (tests switch them off to see what they add)
