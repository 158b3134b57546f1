"""Frames: who + intent or wish + an act, each slot a broad word list, for the ways of saying it no list foresaw.

concepts.py pairs narrow ideas (a means and a word for gathering it); a frame reads a clause as slots, the way the
C-SSRS items are asked: does the speaker intend (or only wish) an act that ends or harms a life? The act lists are
wide on purpose ("walk into the sea", "end my own story", "a tree would fall on me"); every match still goes
through check.py's reading of negation, speaker, tense and the therapy.
"""

from __future__ import annotations

from rehearse.engine.safety.concepts import either, near, seq
from rehearse.engine.safety import lexicon as lx
from rehearse.engine.safety.lexicon import MEDICINES, alt, verbs, words
from rehearse.engine.safety.words import PERSON
from rehearse.engine.safety.rule import REGISTRY, T1, T2, Rule, rule

_FIRST = len(REGISTRY)

# ---- slots
INTEND = words("""
want to | wanna | going to | gonna | will | i will | plan to | planning to | planned to | ready to | about to
decided to | intend to | intending to | need to | have to | urge to | urges to | tempted to | thinking about
thinking of | been thinking about | keep thinking about | imagine | imagining | fantasise about | fantasize about
picture myself | wish i could | i should | should just | i might | scared i will | afraid i will | worried i will
could easily | could snap and | might snap and | will snap and | going to snap and | am going to | tonight i will
want so badly to
""")
SELF_END = words("""
swallow everything | take everything | swallow the lot | take the lot | take all the pills | take every pill
swallow every pill | throw myself down | throw myself out of | throw myself from | jump out of the window
jump out of a window | drink bleach
die | be dead | kill myself | end my life | end my own life | end it all | end my story | end my own story
end my suffering | end my existence | end my days | take my life | take my own life | jump off | jump from
jump in front of | throw myself off | throw myself in front of | throw myself under | step in front of
walk into the sea | walk into the river | walk into traffic | walk into the water | walk in front of | drown myself
hang myself | overdose | od | take all my | take all of my | take every | swallow all | stop breathing
go to sleep forever | fall asleep forever | disappear forever | be gone for good | leave this world | leave this earth
check out early | cut my wrists | slit my wrists | shoot myself | gas myself | crash my car | crash the car
drive off | drive into a wall | drive into a tree | poison myself | starve myself to death | not be here anymore
not be alive | stop living | stop existing | not exist | join her | join him | join them
""")
HARM_WHO = words("""
someone | somebody | anyone | anybody | people | everyone | everybody | a crowd | the crowd | a stranger | strangers
him | her | them | my boss | my ex | my dad | my mum | my stepdad | my brother | my sister | my partner | my husband
my wife | my neighbour | my neighbor | my teacher | that guy | that man | that woman | the kids at | my colleague
""")
HARM_DO = verbs("kill", "hurt", "stab", "strangle", "shoot", "smother", "poison", "batter", "attack", "push", "drown",
                "choke") + words("beat | beating | run over | make suffer | suffer | pay | bleed | die")
WISH = words("""
would be great | be great | would be lovely | would be good | would love to | love to | wish | wished | i wish | hope
hoping | i hope | pray | praying | would not mind | would not say no to | would welcome | welcome | long for
would be relieved
be relieved | would be nice | would be a relief | would solve | solve | would fix | fix everything
would not be the worst | would not be so bad | would not be bad | sort of hope | kind of hope | secretly hope
""")
HAPPEN_TO_ME = words("""
fall on me | falls on me | fell on me | land on me | lands on me | crush me | crushes me | hit me | hits me | takes me
take me | struck by lightning | a car accident | an accident | a crash | the plane going down | the plane goes down
the plane crashing | a heart attack | a stroke | an aneurysm
fall asleep and not | go to sleep and not | sleep and never | die in my sleep | died in my sleep | not wake up
fade away | just fade | fade out | disappear | vanish | cease | death | dying | be taken | get hit | got hit
something fatal | a terminal | terminal
""")
QUANT = (r"\b(?:a load|loads|a lot|lots|all|all my|a whole|a full|the whole|boxes|box|packets|packs|strips|bottles|"
         r"a bottle|handfuls|a handful|\d{2,}|a dozen|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
         r"eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozens|double|triple)\b")
EXOTIC_MEANS = words("""
rope | helium | charcoal | barbecue | bbq | hosepipe | hose | exhaust | gun | shotgun | rifle | firearm | pistol
noose | ligature | poison | weedkiller | antifreeze | nitrogen | exit bag | razor blades | cyanide | nitrite
sodium nitrite
""")
ACQUIRE = words("""
buy | bought | buying | order | ordered | ordering | pricing | priced | price up | pricing up | get hold of
got hold of | getting hold of | found where | know where | keeps | kept | has | online | delivered | arrived | tested
the key
""")

# ---- Tier 1: the speaker's own intent and an act that ends their life (C-SSRS items 3-5)
# Only an adverb may come between ("want to just die"); what follows must not turn it into an errand or an idiom.
_ADVERB = r"(?:\s(?:just|really|actually|finally|simply|quietly|go and|properly))?"
# A determiner after "die" is dyeing ("need to die my hair"); after "jump off" it is the place ("jump off the bridge").
_NOT_AFTER = (r"(?!\s(?:laughing|trying|of|for|from|if|when|than|alone|happy|old|rich|young|here|there|with|early|"
              r"at work|on (?:a|the)|back|in my|into|seriously|forward|more|one day|step|today|now|for today)\b)"
              r"(?!(?<=\bdie)\s(?:my|your|it|the|this|that|her|his)\b)(?!(?<=\blife)\s(?:my|your|it|the|this|that)\b)")
rule("active_ideation", T1, alt(INTEND) + _ADVERB + r"\s" + alt(SELF_END) + _NOT_AFTER, past=True, therapy=True)
# ---- Tier 1: means the speaker is getting, or a dose they are working out
rule("plan_means", T1, near(EXOTIC_MEANS, ACQUIRE, 6), past=True, accident=True)
rule("plan_means", T1, near(EXOTIC_MEANS + MEDICINES, r"\bi (?:know where|could get|can get|have access to|could use|"
                                                  r"could take|could easily get)\b", 12, cross=True), own=False,
     past=True, accident=True)
rule("plan_means", T1, near(MEDICINES, r"\b(?:would do it|would be enough|would kill|would be fatal|to do it|"
                           r"is enough to|enough to do|would finish|would take)\b", 5), past=True)
# ---- Tier 1: an overdose or a wound now, in words no phrase rule lists
rule("self_harm", T1, r"\b(?:took|taken|swallowed|swallow|downed|necked)\b(?:\s[^\s.]+){0,6}?\s" + QUANT +
     r"(?:\s[^\s.]+){0,2}?\s" + alt(MEDICINES), past=True, accident=True)
rule("self_harm", T1, near(seq(r"\b(?:bang|bangs|banged|banging|hit|hits|hitting|punch|punches|punched|punching|"
                               r"slam|slams|slammed|slamming|smash|smashed|smashing|scratch|scratched|scratching|"
                               r"burn|burned|burnt|burning|bite|bit|biting|pinch|pinched|pinching)\b", ["my"],
                               ["head", "arm", "arms", "wrist", "wrists", "leg", "legs", "thigh", "thighs", "face",
                                "fists", "fist", "hand", "hands", "skin", "stomach", "chest", "body"], gap=0),
                           r"\b(?:till|until|only thing|on purpose|deliberately|helps|to punish|punishing|make it stop|"
                           r"shuts|to feel)\b", 10, cross=True), accident=True, past=True)
rule("self_harm", T1, r"\b(?:went|cut|gone|go|going) too deep\b|\bcut myself (?:so |really |quite )?deep\b|"
     r"\b(?:bleeding|bled) (?:quite |so |really )?(?:a lot|loads|heavily|badly|everywhere)\b|"
     r"\b(?:will not|can not|would not|does not) stop bleeding\b", accident=True, therapy=True)
rule("self_harm", T1, near(r"\bcut (?:so |really |quite )?deep\b", r"\b(?:stitches|bleeding|bled|hospital|"
                                                                   r"steri strips|a and e)\b", 8, cross=True),
     accident=True, past=True)
rule("self_harm", T1, seq(["hand", "hands", "arm", "arms", "wrist", "wrists", "leg", "legs", "fingers", "skin"],
                          r"\b(?:on|against|to|onto|under)\b", ["the", "a", "my"],
                          r"\b(?:hob|stove|cooker|radiator|grill|oven|iron|kettle|lighter|flame|fire|candle|"
                          r"hot tap|boiling)\b", gap=1) + r"(?=.*\b(?:till|until|blister\w*|burnt|burned|on purpose|"
     r"deliberately|held|kept it|wanted)\b)", accident=True, past=True)
# ---- Tier 1: a threat to kill, secrets an adult asks of a child, and harm the speaker plans or fears doing
rule("abuse_danger", T1, r"\b(?:said|says|told me|tells me|threatened|threatens|swore|swears|keeps saying) (?:that )?"
     r"(?:he|she|they) (?:would|will|is going to|are going to|is gonna|could) (?:finish|kill|hurt|end|get|do|strangle|"
     r"stab|shoot|bury|ruin) me\b", own=False, past=True)
SECRECY = (r"\b(?:it is |this is )?our (?:little )?secret\b|"
           r"\b(?:not|never|do not|to not) (?:to )?tell (?:my \w+|anyone|anybody|your \w+|mum|mom|dad|the teacher)\b|"
           r"\bdelete (?:the |our |his |her |all the )?(?:messages|texts|photos|pictures|chats|snaps)\b|"
           r"\bkeep (?:it|this) (?:between us|a secret|secret)\b")
rule("abuse_danger", T1, near(SECRECY, r"\b(?:i am (?:[5-9]|1[0-7])|secret|come to his|his house|his car|his flat|"
                                       r"touch\w*|photos|pictures|meet up|older man|a man|grown man|in the shower|"
                                       r"in my bed|in his bed|showed me|shows me|videos|uncle|stepdad|coach|"
                                       r"teacher|tutor|neighbour|neighbor|priest|grandad|cousin)\b", 12, cross=True),
     own=False, past=True)
rule("harm_others", T1, either(seq(INTEND, HARM_DO, alt(HARM_WHO) + r"|\b" + PERSON + r"s?\b", gap=2),
                               seq(r"\b(?:want|wanted|wish|need)\b", HARM_WHO, r"\bto (?:suffer|pay|die|bleed|hurt)\b",
                                   gap=0)), past=True)
rule("harm_others", T1, seq(INTEND, r"\b(?:run|knock|beat|finish|kick) (?:him|her|them|the lot of them) "
                                    r"(?:over|down|up|off|in)\b", gap=0), past=True)
rule("harm_others", T1, r"\b(?:drive|driving|drove|plough|ploughing|ram|ramming|steer|steering) (?:the |my |a )?"
     r"(?:car |van |truck |lorry )?into (?:a crowd|the crowd|people|pedestrians|a group|the queue|a bus stop|them)\b",
     past=True)
rule("harm_others", T1, near(seq(r"\b(?:push|pushing|drop|dropping|throw|throwing|shove|shoving)\b",
                                 ["my", "the", "our"], r"\b(?:baby|newborn|toddler|son|daughter|kid|child|little one|"
                                 r"boy|girl|little girl|little boy)\b", gap=1),
                             # not "scared": "I'm scared I'll drop the baby, she's so wriggly" fears an accident
                             r"\b(?:urge|urges|down the stairs|out of the window|off the balcony|thoughts|images|"
                             r"want to|keep picturing)\b", 8, cross=True), past=True)

# Looking up how to do it, knowing the means, or waiting at an edge (C-SSRS preparatory behaviour).
rule("plan_means", T1, near(r"\b(?:watching|watched|videos?|googling|googled|searching|searched|"
                            r"reading|read|looking up|looked up|researching|researched|forums?)\b",
                            r"\bhow to (?:hang|kill|drown|poison|overdose|suffocate|end|gas|shoot) (?:yourself|myself|"
                            r"oneself|your life|my life|your own life)\b|\bhow to (?:do it|die|od)\b", 6), past=True)
rule("plan_means", T1, r"\bknow (?:exactly )?(?:which|how many|how much) (?:pills|tablets|meds|of my \w+)\b|"
     r"\b(?:just |only )?need to (?:pick|choose|set|decide on) (?:a|the) (?:date|day|night|time)\b"
     r"(?!\s(?:for|of|to|when|with))",
     past=True, therapy=True, leaving=True)
rule("plan_means", T1, near(r"\b(?:edge of the (?:platform|tracks|roof|bridge|cliff|car park|building)|platform edge|"
                            r"on the tracks|over the railing)\b", r"\b(?:waiting|waited|for ages|for an hour|for hours|"
                            r"thinking|wanted to|nearly|almost|the right|lean|leaning|leaned)\b", 10), past=True,
     accident=True)
rule("self_harm", T1, r"\b(?:made|make|making|makes) myself (?:throw up|vomit|puke|sick (?:after|again|every|"
                      r"\w+ times))\b",
     past=True)
rule("abuse_danger", T1, r"\b(?:death threats?|threats? to kill me|threatening to kill me|threatened to kill me)\b",
     own=False, past=True)
rule("harm_others", T1, near(lx.WEAPON, r"\b(?:shoot|stab|slash|use it on|kill) (?:him|her|them|my \w+|someone|"
                                        r"everyone|people)\b", 8), past=True)

rule("active_ideation", T1, r"\b(?:want|need|wish|wanted) (?:it|it all|everything|things|this|my life) to (?:stop|end|"
     r"be over) (?:permanently|forever|for good|for ever)\b", past=True, therapy=True)
rule("active_ideation", T1, near(r"\b(?:will not|not going to|do not think i will|never going to) (?:make it to|see|be "
                                 r"here for|be around for|live to see)\b", r"\b(?:do it|end it|be gone|be dead)\b",
                                 12, cross=True), therapy=True)
rule("plan_means", T1, near(MEDICINES, seq(r"\b(?:thought about|thinking about|thinking of|tempted|want to|going to|"
                                           r"could|might|plan to|planning)\b", r"\b(?:using|taking|injecting|"
                                           r"swallowing|take|use|inject|swallow|down|neck) (?:all of (?:it|them)|the "
                                           r"(?:whole )?lot|every (?:last|single) one|all (?:of )?my \w+)\b", gap=2),
                            10, cross=True), past=True)
rule("self_harm", T1, near(r"\b(?:punched|punch|punching|hit|smashed|kicked|headbutted) (?:the|a) (?:wall|mirror|"
                           r"window|door|glass)\b", r"\b(?:bleeding|bled|split|broke|broken|till|until|on purpose|"
                           r"again|blood|stitches)\b", 10, cross=True), past=True)
rule("harm_others", T1, seq(INTEND, r"\bmake (?:him|her|them|that \w+|my \w+) (?:bleed|suffer|scream|pay)\b"
                                    r"(?!\s(?:for|back|the|a|it))", gap=6), past=True)

rule("active_ideation", T1, r"\b(?:plan|plans|planning|planned|plot|plotting|rehearse|rehearsing|picture|picturing|"
     r"imagining) (?:out )?my (?:own )?(?:death|suicide|exit|end)\b", past=True, therapy=True)
rule("plan_means", T1, near(MEDICINES, r"\b(?:counted|counting|laid out|lined up|envelope|the date on|ready to take|"
                                       r"all ready|set out)\b", 8), past=True, accident=True)
rule("harm_others", T1, near(r"\bcould (?:kill|murder|strangle|hurt|stab) (?:him|her|them|my \w+|someone)\b",
                             r"\b(?:i mean it|not joking|i am serious|seriously|for real|thought about how|know how|"
                             r"planned|how i would)\b", 10, cross=True), past=True)
rule("hopelessness", T2, r"\b(?:can not|could not|do not) (?:really )?(?:see|find|have|think of) (?:any|a|one) "
     r"(?:good )?reasons? to (?:go on|live|carry on|keep going|keep living|stay alive|be here)\b", neg=False,
     therapy=True)

# ---- Tier 2: a wish to be dead without intent (C-SSRS item 1)
rule("passive_ideation", T2, r"\b(?:being dead|dying|death|not existing|not being here|not waking up|never waking up) "
     r"(?:sounds|seems|would be|feels|looks) (?:so |quite |really )?(?:peaceful|nice|good|like a relief|better|easier|"
     r"lovely|like bliss|appealing|tempting|restful|calm)\b")
rule("goodbye", T2, near(r"\b(?:said|say|saying) goodbye\b", r"\b(?:just in case|in case|properly|for the last time|"
                                                             r"for good|one last)\b", 8), leaving=True)
rule("passive_ideation", T2, near(WISH, HAPPEN_TO_ME, 6, both=False), therapy=True)
rule("passive_ideation", T2, near(HAPPEN_TO_ME, r"\b(?:would solve|would fix|solve|fix everything|be a relief|"
                                                 r"be easier|sounds nice|would be nice)\b", 6, both=False),
     therapy=True)
rule("passive_ideation", T2, near(r"\b(?:dying|death|die|dead)\b",
                                  r"\b(?:welcome it|welcome death|look forward to it|ready for it)\b", 8, cross=True),
     neg=False)
rule("passive_ideation", T2, r"\b(?:welcome|embrace|long for|look forward to|waiting for|wait for|ready for) "
     r"(?:death|the end|dying|it all to end|it to be over)\b")

# ---- Tier 2: hopelessness, burden and goodbye in other words
rule("hopelessness", T2, r"\bnothing (?:left )?for me (?:here|anymore|now|in this life|in this world|in life)\b|"
     r"\bbother (?:staying|being|keeping myself) alive\b|\bbother (?:living|existing|going on)\b|"
     r"\b(?:never|not) (?:going to be |gonna be |be )?worth living\b|"
     r"\bnothing ever (?:works out|goes right|changes|gets better|goes my way) (?:for me)?\b|\bwhy bother "
     r"(?:living|trying|getting up|with anything|with life|being alive)\b", neg=False, therapy=True)
rule("burden", T2, r"\b(?:cause|causing|caused|bring|bringing|brought) (?:nothing but )?(?:problems|pain|trouble|"
     r"misery|grief|stress|hurt) (?:for|to) (?:everyone|everybody|people|my family|them|those|the people)\b|"
     r"\b(?:easier|better|happier|simpler) (?:life|lives|time) if i (?:was|were) not (?:in it|in their lives|around|"
     r"here|in the picture)\b", own=False, therapy=True)
rule("goodbye", T2, r"\b(?:look after|take care of|watch over) (?:my \w+|them|him|her) for me\b", leaving=True,
     own=False)
rule("goodbye", T2, r"\b(?:written|wrote|writing|write) (?:everyone|each of them|all of them|my family|them all|"
     r"all my \w+|each of my \w+) (?:a )?(?:little |short )?(?:notes?|letters?|cards?)\b", leaving=True)
rule("goodbye", T2, near(r"\b(?:grave|graves|cemetery|heaven|the other side|up there)\b",
                         r"\b(?:see (?:them|her|him|you) soon|join (?:them|her|him)|be with (?:them|her|him) "
                         r"(?:soon|again))\b", 10, cross=True))
rule("goodbye", T2, near(r"\b(?:might|may|could|will|would) be the last time\b", r"\b(?:hug\w*|see|saw|seeing|kiss\w*|"
                         r"hold|held|told|tell|visit\w*|spoke|speak|call\w*)\b", 12, cross=True), leaving=True)

RULES: list[Rule] = REGISTRY[_FIRST:]  # this module's rules (tests switch them off to see what they add)
