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
from rehearse.engine.safety.words import PERSON, PILLS
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

# ---- Tier 1: danger told as what is happening, not named: tablets counted, blood that will not stop, a pact, voices
_COUNT = (r"(?:about |like |around |maybe |nearly |over |at least |roughly |probably )?(?:[2-9]\d|\d{3}|a dozen|dozens|"
          r"twenty|thirty|forty|fifty|sixty|a hundred|a load|loads)(?: or so)?")
_DOSED = r"\b(?:had|have had|taken|took|swallowed|necked|downed|done) "
_WOOZY = (r"\b(?:wine|vodka|gin|whisky|whiskey|beer|cider|drink|booze|sleepy|drowsy|floaty|fuzzy|dizzy|woozy|"
          r"spaced|numb|going under|passing out)\b")
rule("self_harm", T1, _DOSED + _COUNT + r" (?:of )?(?:the |my |those |these )?" + PILLS +
     r"\b(?! (?:a|this|per|each|every|over|in|since) (?:day|week|month|year|fortnight|last))", past=True, accident=True)
rule("self_harm", T1, _DOSED + _COUNT + r" of them\b[^.]*?" + _WOOZY, past=True)
rule("self_harm", T1, _DOSED + r"(?:a few |a couple |way |far |a lot |a bit )?too many(?: of (?:them|my|the))?"
     r"(?: " + PILLS + r")?\b[^.]*?" + _WOOZY + r"|" + _DOSED + r"(?:a few |a couple |way |far )?too many (?:of )?"
     r"(?:my |the )?" + PILLS + r"\b", past=True, accident=True)
rule("self_harm", T1, r"\b(?:blood|bleeding)\b(?:\s[\w',]+){0,8}? (?:will not|would not|can not|could not|does not|"
     r"is not|not) (?:get it to |make it )?stop(?:ping)?\b|\b(?:soaked|soaking|bleeding|bled|coming|seeping) "
     r"(?:right )?through (?:the |my |a |all the )?(?:plasters?|bandages?|dressings?|towels?|sleeves?|tissues?|"
     r"gauze)\b", accident=True)
rule("active_ideation", T1, r"\bsuicide pact\b|\b(?:made|make|have|got|making) a pact\b(?:\s[\w',]+){0,8}? "
     r"(?:both going|going together|go together|die|dying|end it|end our lives|do it together|neither of us)\b",
     past=True)
rule("harm_others", T1, r"\b(?:voice|voices|the thing in my head|god|the devil)\b(?:\s[\w',]+){0,4}? (?:tell|tells|"
     r"telling|told|say|says|saying|said|keep telling|keeps telling) me (?:to |i should |i have to |i must |"
     r"i need to )(?:kill|hurt|harm|stab|strangle|smother|drown|attack|get rid of|punish) (?:my |the |our |him|her|"
     r"them|that|this|those)\b(?! self)", past=True)
rule("active_ideation", T1, r"\b(?:voice|voices|the thing in my head)\b(?:\s[\w',]+){0,4}? (?:tell|tells|telling|"
     r"told|say|says|saying|said|keep telling|keeps telling|keep saying|keeps saying) (?:me )?(?:to |i should |"
     r"i have to |i must |i need to |i deserve to )?(?:kill|finish|end|hurt|harm|punish|cut|burn|jump|drown|hang|die|"
     r"do it|step)\b", past=True)
rule("active_ideation", T1, r"\b(?:would not|will not|would not really|would not have|will not have) (?:really |"
     r"actually |exactly |strictly )?(?:be|been) (?:an |a )?accident\b|\b(?:do not|no longer|not) (?:want|wanna) to "
     r"(?:be here|be alive|live|exist|be around)\b[^.]*?\b(?:going to|gonna|will|about to) do something about it\b")

rule("abuse_danger", T1, r"\b(?:he|she|they|him|her|them|my [\w']+)\b(?:\s[\w']+){0,3}? (?:a |the |his |her |their )"
     r"(?:knife|gun|blade|machete|hammer|bat|crowbar)\b[^.]*?\b(?:will use it|going to use it|use it on me|kill me|"
     r"hurt me|stab me|shoot me|to my (?:throat|neck|head)|if i (?:leave|go|tell|call|scream))\b", own=False, past=True)
rule("plan_means", T1, r"\b(?:car|engine)\b(?:\s[\w']+){0,3}? running in the (?:garage|shed|lock up)\b[^.]*?"
     r"\b(?:sat in|sitting in|i am in|in it|doors? (?:is |are )?(?:shut|closed|locked)|hose)\b|"
     r"\b(?:sat|sitting|sit) in (?:the|my) car in the (?:closed|shut|locked) garage\b", past=True)
rule("plan_means", T1, r"\b(?:sitting|standing|lying|laying|sat|stood|walking|i am) (?:on|by|at) (?:the )?(?:train |"
     r"railway |rail )?(?:tracks|railway line|rail line|level crossing)\b|\b(?:i am|sat|sitting|standing|stood) "
     r"(?:at|on) the (?:bridge|cliff|cliffs|cliff edge|ledge|railings?|viaduct|overpass|multi storey|multistorey)\b "
     r"(?:again|right now|now|tonight)\b", past=True, accident=True)
rule("active_ideation", T1, r"\b(?:this time next (?:week|month)|by (?:this time )?next (?:week|month)|by the weekend|"
     r"by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) i will be (?:gone|dead|no more|out of "
     r"everyone's way|out of the picture)\b", past=True, leaving=True)

rule("active_ideation", T1, r"\b(?:going to|gonna|want to|wanna|will|might|could|about to|ready to|plan to|"
     r"planning to|thinking of|tempted to) (?:just )?do myself in\b", past=True)
rule("self_harm", T1, r"\b(?:went|gone|going|been|got) back (?:to|on) (?:the )?(?:blade|blades|cutting|self harm|"
     r"burning)\b|\b(?:the )?(?:blade|blades|razor|razors) (?:has |have |is |are )?(?:come|came|coming) "
     r"(?:back )?out\b", past=True, accident=True)
rule("self_harm", T1, r"\b(?:plasters?|steri strips|bandages?|dressings?|stitches|cuts?|bruises?|burns?|marks|"
     r"scars?|scratches|arms?|wrists?|legs?|thighs?|stomach)\b[^.]*?"
     r"\b(?:said|say|told [\w']+|tell (?:people|everyone|them|her|him)|pretended|claimed)\b"
     r"(?:\s[\w']+){0,3}? (?:it was|they were|it is|they are) (?:a |an |from |just )?(?:[\w']+ )?(?:accident|cooking|"
     r"the cat|the dog|a fall|falling|football|the gym)\b(?:\s[\w',.]+){0,3}? (?:it was not|it is not|they were not|"
     r"they are not|it was not really|it was me|i did it|i did them)\b", past=True)
rule("harm_others", T1, r"\b(?:find|get|catch|corner) (?:him|her|them|that (?:guy|man|bloke|woman|prick))\b"
     r"(?:\s[\w']+){0,3}? (?:and )?(?:finish|end) (?:him|her|them)(?: off)?\b(?! (?:at|in|on)\b)|"
     r"\bdo (?:him|her|them|that (?:guy|man|bloke|woman|girl|prick)|the (?:guy|man|bloke)) in\b", own=False,
     past=True)
rule("plan_means", T1, r"\b(?:think|thinking|thought|wonder|wondering|wondered|look|looking|looked|check|checking|"
     r"checked) (?:about |at )?how (?:far down|high up|far the drop|long the drop|deep the water|high it is|"
     r"far down it is)\b|\b(?:looking|look|looked|staring|stare|stared|peering|peered) (?:down )?(?:at|over) "
     r"the drop\b",
     past=True, accident=True)

rule("plan_means", T1, r"\b(?:got|took|taken|nicked|stole|stolen|pinched|have|hid|hidden|kept|keeping) (?:a |the |"
     r"her |his )?(?:full |whole |spare )?(?:box|packet|pack|bottle|strip|stash|tub) of (?:my |her |his |their )?"
     r"(?:[\w']+ )?" + PILLS + r"\b[^.]*?\b(?:not noticed|has not noticed|have not noticed|does not know|do not know|"
     r"will not notice|would not notice|not miss|no one knows|nobody knows|secret|hidden|without (?:her|him|them) "
     r"knowing)\b", past=True)
rule("plan_means", T1, r"\bcheck(?:ing|ed)? (?:whether|if) (?:it is|it was|the gun is|the gun was|the rifle is|"
     r"the shotgun is) (?:still )?loaded\b|\bwhat (?:happens|would happen|will happen) if (?:you|i|someone|a person) "
     r"(?:took|take|takes|swallowed|swallow|inject|injected) (?:all|a whole|the whole|a full|every|a month s|a week s)"
     r" (?:of )?(?:your |my |the |his |her |their )?(?:[\w']+ )?(?:" + PILLS + "|" + alt(MEDICINES) + r")",
     past=True)
rule("harm_others", T1, r"\b(?:could|might|will|would|going to) (?:actually|really|seriously|genuinely) (?:hurt|hit|"
     r"shake|smack|strangle|smother) (?:one of )?(?:the|my|a|these|those) (?:kids|children|child|baby|babies|toddlers?|"
     r"pupils|residents|patients)\b(?! (?:coach|teacher|teachers|parents|mum|dad|club|team|football|school)\b)",
     past=True)
rule("abuse_danger", T1, r"\b(?:put|pushed|smashed|slammed|threw|shoved|banged) my (?:head|face) "
     r"(?:through|into|against|off)\b(?! (?:the |a |my |his |her )?(?:cake|pie|snow|pool|mud|sand|food|pillow|water|"
     r"bowl)\b)", own=False, past=True)
rule("harm_others", T1, r"\b(?:get|gets|getting) hurt\b[^.]*?\b(?:i will see to (?:that|it)|i will make sure of (?:it|"
     r"that))\b|\bit (?:will not|would not) be (?:to|for) (?:talk|talking|a chat|chatting|a talk)\b|"
     r"\bturn(?:ing)? (?:his|her|their|the) (?:oxygen|machine|ventilator|life support|drip) off\b|"
     r"\bturn(?:ing)? off (?:his|her|their) (?:oxygen|machine|ventilator|life support|drip)\b", past=True)
rule("self_harm", T1, r"\b(?:bleeding|bled)\b[^.]*?\bi (?:just )?(?:needed|deserved) (?:it|to)\b|\bslipped up\b"
     r"[^.]*?\b(?:blood|bleeding|compass|blade|razor|cutting|scratching|burning)\b|\b(?:blood|blade|compass|razor|"
     r"cutting)\b[^.]*?\bslipped up\b", past=True)
rule("active_ideation", T1, r"\b(?:got|have|written|wrote|finished) my own (?:note|suicide note|plan|goodbye note)\b|"
     r"\bready to catch the bus(?=\s[.,]|\s*$)", past=True)  # ctb: the forum slang, said with readiness

# ---- Tier 2: who would miss me, death that does not sound so bad, disappointed to wake, the last log-on
rule("passive_ideation", T2, r"\bwho (?:would|will|is going to|would even|will even) (?:miss|notice|care about|"
     r"mourn) me\b(?! at| if i (?:left|slipped|went|skipped)| when i (?:leave|go))|"
     r"\b(?:death|dying|being dead|not existing|not waking up|not being here)\b (?:does not|do not|would not|"
     r"does not really|is not) (?:sound|seem|feel|look|sounding|seeming) (?:that|so|too|all that) (?:bad|scary|"
     r"awful|terrible|frightening)\b|\b(?:disappointed|annoyed|gutted|sad|upset) (?:that |when |to find )?i (?:woke|"
     r"wake|have woken|still woke) up\b|\bdisappointed to (?:wake up|be awake|still be here|still be alive)\b|"
     r"\bhop(?:e|ing) (?:the |my )?(?:[\w']+ )?(?:news|results?|scan|test|biopsy) (?:is|are|comes? back|will be) "
     r"(?:bad|serious|terminal|the worst)\b(?! enough| for (?:him|her|them))", therapy=True, leaving=True)
rule("goodbye", T2, r"\b(?:in case|incase) i (?:do not|never|can not) (?:log on|log in|come back|get (?:on|back)|"
     r"see you|talk to you)(?: again)?\b|"
     r"\blast time (?:i will|i am going to|i am gonna) (?:log on|log in|be on here|use this|talk to you|message you)"
     r"\b", leaving=True)
rule("burden", T2, r"\bi (?:cost|am costing|have cost|keep costing) (?:everyone|everybody|my family|them|you all|this "
     r"family|my kids|my parents) (?:too much|so much|a fortune|everything|enough)\b(?! in| on| for| with)",
     therapy=True)

# ---- Sixth round, from train_v and train_w: a wish made an intent, methods listed, harm told as routine
rule("plan_means", T1, r"\b(?:started|been|am|begun|begin) (?:working out|figuring out|looking up|researching|"
     r"planning) how\b(?! to\b| much| many| long| far| i (?:can|could|will|would) (?:get|pay|afford|tell|say|cope))|"
     r"\b(?:list|lists) of (?:ways|methods)\b(?! to (?:relax|cope|save|calm|help|unwind|feel|get|make|be|stay))|"
     r"\bcrossed off the (?:ones|ways|methods) (?:that )?(?:might|would|will) not work\b", past=True)
rule("active_ideation", T1, r"\b(?:miss me|notice|better off|easier|not here|be here|gone)\b[^.]*?\b(?:so|and) "
     r"(?:i am|i will) (?:going to )?(?:make (?:that|it) (?:true|happen)|prove it|stop being here|do something about "
     r"it|end it)\b", past=True, neg=False)  # "no one would notice": the "no" is the statement, not a denial
rule("active_ideation", T1, r"\bstopping (?:it )?(?:tonight|today|this weekend|tomorrow) , for good\b|"
     r"\bcheck out (?:for good|permanently|early|of (?:this )?life)\b|"
     r"\bfinish(?:ing)? myself(?: off)?\b(?! (?:a|an|some|the|my|with)\b)",
     past=True)
rule("self_harm", T1, r"\b(?:did|do|done|doing) (?:my |the )?(?:usual )?(?:thing|stuff) (?:to|on) my (?:arms?|legs?|"
     r"wrists?|thighs?|stomach|skin|hips?)\b|\b(?:keep |kept |been )?(?:reopening|reopen|reopened|re opening) "
     r"(?:them|the cuts|my cuts|the wounds|the scabs|the scars)\b", past=True, accident=True)
rule("self_harm", T1, r"\b(?:new )?(?:scars?|cuts|marks|burns) (?:on|in|along|across|up) (?:my|both) (?:arms?|legs?|"
     r"wrists?|thighs?|stomach|skin|hips?|hands?)\b[^.]*?"
     r"\bi did (?:it|them|that)(?: myself| on purpose)?(?=\s[.,]|\s*$)", past=True)
rule("abuse_danger", T1, r"\b(?:at home|in my family|in our house|in this house|if you answer back|if i answer back)\b"
     r"[^.]*?\b(?:you|i) get (?:slapped|hit|beaten|smacked|belted|punched|the belt|kicked)\b", own=False, past=True)
rule("harm_others", T1, r"\bi (?:hit|punched|slapped|kicked|shoved|choked|strangled|smacked|beat|throttled) my "
     r"(?:wife|husband|partner|girlfriend|boyfriend|kids?|son|daughter|child|children|baby|toddler|mum|mom|dad|"
     r"mother|father)\b(?! (?:car|van|truck|bike|phone|laptop|mirror|door|ball|toy|toys|present)\b|"
     r" with (?:a |the )?(?:pillow|cushion|ball|balloon|snowball|water))|"
     r"\b(?:squeeze|squeezed|shake|shook|pinch|pinched|hit|smack|smacked|grip|gripped) "
     r"(?:her|him|them|the baby)\b[^.]*?\b(?:till|until) (?:she|he|they) (?:cries|cried|screams|screamed|bleeds|bled|"
     r"bruises)\b(?! laughing| with laughter)", past=True)
rule("harm_others", T1, r"\b(?:take (?:everyone|them all|the lot of them) out|shoot (?:up )?the (?:place|school|"
     r"office)|kill (?:them all|everyone|him|her))\b[^.]*?\b(?:i am )?not (?:really |even )?joking\b|"
     r"\b(?:do|doing|break|breaking|smash|smashing|done) (?:his|her|their) (?:legs|knees|kneecaps) in\b|"
     r"\bviolent (?:urges|thoughts|impulses|fantasies) (?:toward|towards|about|to) (?:my|him|her|them)\b", past=True)

# ---- Tier 2: "I don't think anyone would notice", a load to carry, "they'd be better off.", goodbyes going round
rule("passive_ideation", T2, r"\b(?:do not|never) think (?:anyone|anybody|people|they|my family) would (?:even )?"
     r"(?:notice|miss me|care)\b(?=\s[.,]|\s*$| if i (?:was|were|disappeared|died|went|stopped|did not|never)\b)",
     neg=False, therapy=True)
rule("burden", T2, r"\b(?:a load|a weight|a burden|dead weight) (?:for|on) (?:other (?:folks|people)|everyone|"
     r"everybody|others|people|my family) to (?:carry|bear)\b|\b(?:they|everyone|everybody|my family|the kids|you "
     r"all) would (?:all )?be better off(?=\s[.,]|\s*$)|\b(?:i am|i keep|i just|always|all i do is) (?:dragging|"
     r"holding) (?:them|everyone|everybody|my family|people) (?:down|back)\b(?! to| for| from| at)", therapy=True)
rule("goodbye", T2, r"\b(?:going|been going|went) (?:round|around) (?:saying|said) (?:proper |final |my |all my )?"
     r"goodbyes?\b", leaving=True)

# ---- Tier 2: envy of the dead ("i read the obituaries and feel jealous", "she's the lucky one" at a funeral)
rule("passive_ideation", T2, r"\b(?:envy|envious of|jealous of)\b(?:\s[\w',]+){0,5}? (?:who (?:die|died|dies|are dead|"
     r"passed|get to die|got to die)|dead people|the dead|in (?:the|their|a) (?:box|coffin|grave)|in their sleep|"
     r"on (?:their|a) deathbed)\b|\b(?:obituaries|death notices)\b[^.]*?\b(?:jealous|envy|envious)\b|"
     r"\bswap (?:places )?with (?:someone|anyone|somebody|a person|people) (?:on (?:their|a) deathbed|dying|who (?:is|"
     r"are) dying|in a coffin)\b|\bfuneral\b[^.]*?\b(?:is|was|are|were) the lucky (?:one|ones)\b", therapy=True)

RULES: list[Rule] = REGISTRY[_FIRST:]  # this module's rules (tests switch them off to see what they add)
