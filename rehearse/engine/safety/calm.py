"""What only sounds like a crisis: idioms and ordinary phrases, blanked before the crisis rules read a reply."""

from __future__ import annotations

import re

from rehearse.engine.safety.rule import Rule

# Masked before the rules run (docs/SAFETY.md, "What is deliberately left calm").
MASKS = [re.compile(p) for p in (
    r"\bdying (?:to|for)\b|\b(?:die|died|dying|dead) (?:of|from) (?:embarrassment|laughter|laughing|boredom|shame|"
    r"cringe|curiosity|hunger|thirst|the heat|heat|cold|exhaustion)\b|\b(?:bored|scared|worried|tired|sick|"
    r"frozen) to death\b",
    r"\b(?:nearly|almost|literally|practically|just about) died\b|\bto die for(?=\s[.,]|\s*$)|\bdie (?:on (?:this|"
    r"that|the) hill|laughing|trying|happy|a little inside)\b|\b(?:rather|sooner) (?:die|be dead) (?:than|then)\b|"
    r"\bover my dead body\b|\b(?:so|that|too) [\w']+ i could (?:die|cry|scream|sleep)\b|\b(?:i will|i would|"
    r"i am going to|i am) (?:literally |actually |honestly |seriously |"
    r"just |actually going to |literally going to |going to )?die if (?:i|you|they|we|he|she|this|that|the|my|"
    r"anyone|someone)\b",
    r"\b(?:embarrass\w*|cringe\w*|mortified|humiliat\w*|awkward|ashamed)\b(?:\s[\w']+){0,4}? (?:i )?(?:wanted|want|"
    r"could have) (?:to )?die\b",
    r"\b(?:phone|battery|laptop|car|plant|plants|conversation|party|engine|computer|signal|wifi|tv|torch|"
    r"mouse) (?:[\w']+ )?(?:died|dead|is dying|was dying|is about to die|is going to die|"
    r"about to die)\b|\b(?:phone|battery|laptop)(?:\s[\w']+|\s,){0,6}? (?:it )?(?:will be dead|is about to die|"
    r"about to die|is going to die|is dying)\b|\bdead meat\b|\b(?:career|social|fashion|political|"
    r"professional) suicide\b|\bsuffer(?:ing)? through (?:my|the|a|an|this|that|his|her|their)\b|"
    r"\bdead (?:tired|on my feet|serious|easy|good|funny|"
    r"boring|end|ringer|heat|line|lines|of night|set)\b|\b(?:so |totally |completely )?dead if\b",
    r"\b(?:killing|kill|killed|kills) (?:time|it|two birds|the vibe|the mood|the lights|the engine|the music|"
    r"the buzz)\b|\bcould (?:kill|murder) (?:for|a|an|some|the)\b|\b(?:a|the|real) killer\b",
    r"\blike (?:[\w']+ ){0,3}?bang\w* (?:my|your|our) head against (?:a|the) (?:brick )?wall\b|\b(?:a|"
    r"the) brick wall\b",
    r"\b(?:is|are|was|were|that|this|it|exercise|workout|gym|run|class|commute|week|day|job|work|heat|traffic|"
    r"homework|hill|session|joke|film|show|feet|back|legs|head)(?:\s[\w']+){0,2}? (?:killed|kills|is killing|"
    r"was killing|killing|are killing) me\b",
    r"\bburn(?:ed|t|ing)? (?:myself )?out\b|\bburnout\b|\bdrowning in (?!the (?:river|sea|bath|lake))[\w']+\b",
    r"\bcut(?:s|ting)? (?:me|him|her|them|you|us) off\b|\bcut(?:s|ting)? (?:off|back|down|corners|it out|ties|the|"
    r"my (?:finger|fingers|thumb|hair|nails|losses))\b|\bcut myself (?:off|some slack)\b",
    # "it hit me", "then it suddenly hit me", but not "this is off topic but my husband hit me again"
    r"\b(?:it|that|what|this|reality|then it|suddenly it)(?:\s(?!(?:he|she|they|someone|somebody|husband|wife|"
    r"partner|boyfriend|girlfriend|bf|gf|dad|mum|mom|father|mother|stepdad|stepmum|brother|sister|ex|uncle|son|"
    r"daughter|teacher|boss|carer|he|him|man|guy)\b)[\w']+){0,6}? hit me\b|\bhits different\b|"
    r"\bhit(?:ting)? the (?:gym|road|sack|hay|books|shops|ground running)\b",
    r"\bno future in (?:me |it |us |them )?[\w']+ing\b|\b(?:rather|sooner) (?:stick|poke|put) (?:pins|needles|forks) "
    r"in my eyes?\b|\b(?:get|gets|getting|got) better at\b|"
    r"\b(?:break|breaks|breaking|broke|broken) (?:up with|the news|it to (?:him|her|them)|(?:his|her|their) heart)\b|"
    r"\bshot down\b|\bshoot me an?\b|\bshot myself in the foot\b|\bshoot for\b|\bhang(?:ing)? (?:out|on|in there|up|"
    r"around)\b|\bhung up\b|\bget the hang\b|\bjump(?:ing|ed)? (?:to|at) (?:conclusions|the chance|"
    r"the opportunity)\b",
    r"\bsuicide (?:prevention|awareness|squad|bomber|bombing|bomb|mission|doors|run|rates?|statistics|hotline|"
    r"helpline|line|charity|training)\b|\b(?:book|film|movie|documentary|article|podcast|show|series|lecture|module|"
    r"course|training|talk|essay|research|paper|study|leaflet|website|video) (?:about|on|into) (?:suicide|self harm|"
    r"overdoses?)\b",
    r"\b(?:reading|read|learning|learnt|learned|studying|studied|researching|writing|wrote|lecture|essay) (?:about|up "
    r"on|on) (?:overdoses?|suicide|self harm|abuse)\b|\b(?:the|that|this|our|their|his|her) [\w']+ (?:is|was|are|were|"
    r"looks|seems|sounds) (?:so |completely |totally |pretty |a bit |just )?hopeless\b",
    r"\b(?:bungee|bungy|base|cliff|tombstone|tombstoning) (?:jump\w*|div\w*)\b|\bwent (?:jumping|diving)\b",
    r"\bself harm (?:awareness|support|group|charity|service|services|team|nurse|leaflet|resources)\b",
    r"\b(?:with|treat|treating|treated|see|seeing|saw|patients|people|attend|attending|nurse) (?:\w+ )?overdoses\b|"
    r"\b(?:[\w']+ )?(?:pills|tablets|meds|medication|medicines) in(?:to)? (?:a|my|the|his|her|their) (?:pill|weekly|"
    r"daily|dosette)\b|\bpill (?:organiser|organizer|box|boxes|case)\b|\bdosette\b|\bblister packs? for the week\b",
    # "hopeless with plants", "hopeless at maths": bad at a thing, not hopeless about life
    r"\bhopeless (?:with|at) (?!life\b|living\b|everything\b|it all\b)[\w']+",
    # "going to strangle whoever keeps taking my milk": anger at nobody in particular
    r"\b(?:strangle|kill|murder|throttle) whoever\b(?! (?:did|hurt|touched|attacked|raped|killed)\b)",
    # heat, food or embarrassment overstated: "the waiting room was so hot I thought I was going to die"
    r"\b(?:so|too) (?:hot|cold|funny|scary|spicy|embarrassing|awkward|boring|full|stuffy|busy|loud)\b[^.]{0,40}?"
    r"\bthought i (?:was going to|would|might|could) die\b",
    # cross with oneself: "I could slap myself, I left my keys on the train"
    r"\b(?:could|could have|could have just|would|wanted to) (?:just )?(?:slap|slapped|kick|kicked) myself\b",
    # tools named after weapons: "a knife sharpener", "the glue gun"
    r"\bknife sharpeners?\b|\b(?:glue|nail|staple|water|nerf|heat|caulk|caulking|grease|massage|label|"
    r"price) guns?\b",
)]
# One pass over the text for all of them.
MASK = re.compile("|".join(f"(?:{m.pattern})" for m in MASKS))

# Means thrown out or handed in ("threw out the pills i'd been saving"): a plan given up, told in the same clause.
DISPOSED = re.compile(r"\b(?:threw|thrown|throw|throwing|chucked|binned|flushed|flushing|got rid of|get rid of|"
                      r"getting rid of|handed in|handing in|gave away|given away|returned|disposed of|cleared out)\b")

# Idioms about someone else killing the speaker ("mum is going to kill me") unless a threat is reported.
IDIOM_KILL_ME = re.compile(r"\b(?:mum|mom|mam|dad|mother|father|boss|wife|husband|partner|teacher|parents|he|she|"
                           r"they|coach|manager|sister|brother|gran|nan|girlfriend|boyfriend|family|everyone|"
                           r"teachers)\b(?: [\w']+){0,2}? (?:is|are|will|would|is going to|are going to|gonna|"
                           r"is gonna|going to|will actually|would actually|will literally|"
                           r"is literally going to) (?:[\w']+ )?(?:kill me|have me by the throat|have my head|"
                           r"have my guts for garters)\b(?!\s(?:for real|seriously|i mean it|"
                           r"i think))")
THREAT_CUE = re.compile(r"\b(?:said|says|threatened|threatens|swore|told me|tells me|tried|trying|keeps saying|"
                        r"screaming|screamed|shouting|shouted|yelling|yelled|banging|"
                        r"scared|afraid|frightened|terrified|petrified|fear|worried|really|actually)\b")

# A mark or a burn from an accident: read by the concept rules that say so (Rule.accident).
ACCIDENT_CONTEXT = re.compile(r"\b(?:gardening|cooking|chopping|kitchen|by accident|accidentally|accident|cat|kitten|"
                              r"dog|puppy|paper cut|fell|fall|tripped|slipped|surgery|operation|the op|climbing|"
                              r"football|rugby|hockey|shaving|shaved|shave|the oven|baking|ironing|diy|work|shift|gym|"
                              r"training|flu jab|injection|vaccine|tattoo|piercing|sunburn|sunburnt|the sun|beach|"
                              r"camping|tent|sailing|boat|washing line|swing|tree house|treehouse|tug of war|view|"
                              r"views|sightseeing|tourists?|climbed|hiked|hike|photos|selfie|the doctor said|"
                              r"doctor told me|physio|physiotherapy|injury|flare up|flare ups|my back|my knee|dentist|"
                              r"quiz|trivia|for school|as prescribed|pharmacist|if you need|if anyone needs|headache|"
                              r"migraine|period pain|hangover|nosebleed|nose bleed|my nose|gums|stitches|tin lid|"
                              r"tin can|"
                              r"a tin of|blood test|blood tests|blood taken|blood drawn|gave blood|giving blood|"
                              r"blood donation|"
                              r"after (?:my |the )?(?:surgery|operation|op))\b")


# Told as past and over ("years ago", "when I was 15", "clean for two years"): a rule's pause for such a reply
# becomes a check-in when the learned model also reads no risk in it (check.py), so the person is still asked.
PAST_AND_OVER = re.compile(
    r"\b(?:(?:years?|months|ages|a long time) ago|a decade|back in (?:\d{4}|the day|uni|college|school)|in (?:uni|"
    r"college|school|year \d+|my (?:teens|twenties|thirties))|when i was (?:a |\d|young|little|a kid|a teen|at "
    r"school)|at (?:1\d|fifteen|sixteen|fourteen|thirteen)\b|i am (?:\d\d|in my \w+) now|long (?:over|gone|behind)|"
    r"used to|back then|(?:clean|free|sober) (?:from|for)|for (?:\d+|two|three|four|five|six|many) (?:years|"
    r"months)|better place|past (?:that|it|wanting)|(?:nothing|not once|none) since|(?:i am|i'm|im) safe now|"
    r"nothing like that|did not act on|not going to act|safety plan)\b")

# ... unless something in it says it is back or going on ("started again", "the urges are back", "I still have the
# rope"): then the past is the start of the story, not the end of it.
NOT_OVER = re.compile(r"\b(?:again|back|still|started|starting|restarted|relapsed|relapsing|lately|recently|these days|"
                      r"at the moment|last (?:night|week|weekend)|this (?:week|month|morning|evening)|tonight|today|"
                      r"yesterday|currently|anymore and|since (?:monday|tuesday|wednesday|thursday|friday|saturday|"
                      r"sunday|then i)|kept|keep|have got|i have the|wish it had|should have worked|plan|planning)\b")


# ---- Readings check.py's _reading applies to a match (docs/SAFETY.md, "Each match is then read in its sentence")

# The therapy context does not calm hopelessness about the speaker's own life ("on the waiting list for a year and I
# can't see any future for myself"), nor an ordinary parting one that says the speaker will not be needing or be
# around ("I'm leaving therapy, this is goodbye, I won't be needing anything anymore").
OWN_LIFE = re.compile(r"\b(?:for myself|future for me|my life|my future|about me|about myself|living|alive|"
                      # life itself, whatever else the sentence names ("last session, I don't care if I live or die")
                      r"(?<!you )(?:do not|never) care (?:if|whether) i live|exist|existing|existence|this life|"
                      r"(?:wake|waking) up|on this earth|"
                      # said to be about more than the therapy: "not just the therapy, everything", "life included"
                      r"not (?:just|only) (?:the |my |our )?(?:therapy|sessions?)|(?:life|everything) included|"
                      r"less about you|"
                      # "ending it all" is never the sessions, whatever else the sentence names
                      r"(?:end|ends|ending|ended) it all)\b")
# Said as oneself, out of the role-play ("this is me, not the client", "breaking character", "not part of the
# exercise"): the therapy words around "end it" then name where the speaker is, not what "it" is.
STEPPED_OUT = re.compile(r"\b(?:this is (?:me|really me|actually me|the real me)(?! (?:being|as|playing|trying|"
                         r"practis\w*|telling|saying|asking|standing|speaking up|setting|finally|making|choosing))|"
                         r"me not the (?:client|character)|not the (?:client|character) (?:talking|"
                         r"speaking)|(?:not|is not|nothing to do with) (?:part of )?(?:the|this) "
                         r"(?:exercise|role ?play|script|scenario|scene)|"
                         r"(?:break|breaking|broke|stepping|step|stepped|coming) out of (?:the )?"
                         r"(?:character|role|exercise|role ?play|scene)|breaking character|out of role|"
                         r"not in (?:role|character)|(?:going|gone|stepping|sorry) off script|"
                         r"(?:me|i am) not the client|(?:stepping|stepped|step|coming|breaking|break) out(?= [.,])|"
                         r"(?:can not|could not) (?:keep |carry on )?(?:playing|being) the (?:counsellor|counselor|"
                         r"therapist)|speaking as (?:me|myself)|"
                         # "I don't want to be here anymore. I don't mean the session, I mean at all"
                         r"(?:do not|did not) mean (?:the|this|our|these) (?:session|sessions|therapy|room|exercise)|"
                         r"i mean (?:at all|in life|on earth|alive|full stop|anywhere))\b")


def own_life(s: str, sentence: str) -> bool:
    """Whether a sentence that names the therapy is still about the speaker's own life (OWN_LIFE, STEPPED_OUT)."""
    return OWN_LIFE.search(sentence) is not None or STEPPED_OUT.search(s) is not None


# "Asking for a friend ... the friend is me", "my friend (me)", "that someone is me", "does that apply if I say it?
# because I do", "asking because I am": the third person, or a question about people, turned round to the speaker.
REALLY_ME = re.compile(r"\b(?:(?:the )?friend is me|i am the friend|(?:my )?friend me|(?:that )?someone is me|"
                       r"asking for me|because (?:i do|i am|i have|mine does)(?=\s[.,?]|\s(?:too|as well)\b|\s*$)|"
                       r"because that is (?:how i feel|me|where i am)|asking because i am\b(?! not)|"
                       r"because i (?:have been |am |have )?(?:doing|done|did) (?:it|that|this)|"
                       r"the story is my plan|ok (?:it is|its) me)\b")


_OTHER_SELF = re.compile(r"\b(?:themselves|themself|yourself|himself|herself|oneself)\b")


def turned_round(s: str) -> str:
    """A reply that says the third person was the speaker, with "themselves" read as "myself" (REALLY_ME)."""
    return _OTHER_SELF.sub("myself", s) if REALLY_ME.search(s) else s


# A denial taken back at the end of its own sentence ("I said I don't feel like a burden but I do", "I told the GP I
# wasn't hoarding my meds but I am"), or by the next sentence ("I said I wasn't suicidal. that wasn't true").
BUT_I_DO = re.compile(r"\bbut (?:actually |honestly |really |in fact )?(?:i (?:do|am|have|did|was|still do|still am)|"
                      r"there is)(?:\s(?:all the time|a lot|sometimes|still|every day|most days))?(?=\s[.,]|\s*$)|"
                      r"\bi lied (?:about (?:it|that)|to (?:you|them|her|him))\b")
NOT_TRUE = re.compile(r"\s*(?:and |but )?(?:that|it) (?:was|is) not (?:true|the truth)(?=\s[.,]|\s*$)")


def taken_back(s: str, start: int) -> bool:
    """Whether a denial before start is taken back later in its sentence, or by the sentence after it."""
    end = s.find(" . ", start)
    if end == -1:
        return BUT_I_DO.search(s, start) is not None
    return BUT_I_DO.search(s, start, end) is not None or NOT_TRUE.match(s, end + 3) is not None


FINAL_CUE = re.compile(r"\b(?:will not be (?:around|here|needing|alive)|will not need|not be (?:around|here) much|"
                       r"much longer|they will understand|for good|who gets (?:my|the)|"
                       # not the tax return or the house move
                       r"(?:affairs|things) in order(?![^.]*\b(?:tax|house|pension|forms|documents|mortgage|move|"
                       r"moving|paperwork|surgery|operation|solicitor|lawyer|will|retirement)\b)|"
                       r"when i am gone|after i am gone|in case (?:anything|"
                       r"something)|anything anymore|any of it anymore|everything to)\b")

# A trainee talking about asking ("is it okay if I ask about suicide", "should I be asking the client about self-harm",
# "how do I word a question about ...") or naming the question ("trying the suicide question again").
ASKING_ABOUT = re.compile(r"\b(?:ask|asking|asked|question|questions|check in|checking in|check|bring up|bringing up|"
                          r"raise|raising|word|phrase|screen|screening|assess|assessing|explore|exploring|mention|"
                          r"mentioning|follow up|following up)\b(?:\s[\w']+){0,5}? (?:about|on|around|regarding|for|"
                          r"re)(?: any| the| your| their| thoughts| urges| feelings| of| history| risk){0,3}\s*$")
ASK_NOUN = re.compile(r"\s(?:question|questions|screening|screen|screener|assessment|risk assessment|scale|item|"
                      r"prompt)\b")
# A trainee's question with no "you" in it ("is the self-harm getting worse", "how often are the urges to cut coming",
# "on a scale of 0 to 10 how strong ...", "any thoughts of suicide"): a question word and a subject other than "I".
TRAINEE_QUESTION = re.compile(
    r"\s*(?:(?:so|and|ok|okay|sorry|just|now|also|then|right|well)\s(?:[.,]\s)?)*(?:(?:is|are|was|were|have|has|had|"
    r"do|does|did|can|could|would|should|might) (?:the|your|any|anyone|anybody|someone|somebody|these|those|they|"
    r"he|she|things|we|people|a|an)\b|"
    r"(?:how|what|when|where|which|who|why) (?:often|much|many|long|strong|bad|far|intense|close|frequent|is|are|was|"
    r"were|do|does|did|has|have|would|could|about|kind|sort|happened|makes|made|keeps|stops|helps|triggers|sets)\b|"
    r"any (?:thoughts|urges|plans|ideas|feelings|times|history)\b|on a scale\b)")
# Someone else in general ("some people mean suicide when they say that", "sometimes people stop eating to punish
# themselves"): for a trainee, what people in general do is psychoeducation, not a disclosure.
GENERIC_PEOPLE = re.compile(r"\b(?:people|clients|others|someone|somebody)\s$|"
                            r"\b(?:people|clients|others|folk|folks|someone|somebody|many|some)(?: online| often| "
                            r"sometimes| who [\w']+)? (?:say|said|mean|use|call|describe|stop|feel|think|have|talk|"
                            r"turn|find|get|do|try|start|end up)\b")
# A reported question answered no ("my GP asked if I had thought about suicide and I said no"; "am I suicidal? no.").
ASKED_IF = re.compile(r"\b(?:asked|asks|asking|ask|being asked|asked me|asks me|asked us) (?:me |us )?(?:if|whether|"
                      r"about)\b")
ANSWER_NO = re.compile(r"\b(?:said no|say no|answered no|told (?:them|her|him|you|the \w+) no|"
                       r"i (?:am|was) not(?! sure| okay| ok| safe| coping| fine| well| honest)|"
                       r"i never|i have not|i had not|i did not|not at risk|the answer is no|the answer was no|"
                       r"honestly no|and no(?!\s(?:one|body|idea|clue|way|longer|more)\b))\b"
                       r"(?!.*\b(?:a lie|lied|lying|not true|not honest|not the truth)\b)")
BARE_NO = re.compile(r"\s\.\s(?:no|nope|nah|not really|definitely not|absolutely not|not at all)(?:\s\.|\s,|\s*$)")
# ... unless the urge was just now ("I wanted to overdose last night but I didn't"): then the person is asked.
JUST_NOW = re.compile(r"\b(?:last night|yesterday|today|tonight|this (?:morning|afternoon|evening|week|weekend)|"
                      r"earlier|an hour ago|hours ago|just now)\b")
# "If I ever felt like hurting myself I'd tell you, but I don't", "I felt like it after our session but I didn't":
# the clause ends on the denial, with nothing done after it.
BUT_NOT = re.compile(r"\s(?:but|and) (?:i )?(?:do not|did not|have not|never|would never|will not|never have|never did|"
                     r"would not)(?:\s(?:honestly|really|though|now|anymore|any more|act on it|do it))?(?:\s[.,]|\s*$)")

# What a means is for, when it is an ordinary one: razors "for shaving", charcoal "for the bbq", paracetamol "because
# the kids all have colds", a rope "for the camping trip", pills "to take with breakfast". Read for a plan or means,
# or self-harm, match whatever its rule's flags, unless the reply also says what else they are for.
EVERYDAY_USE = re.compile(
    r"\bfor (?:shaving|a shave|my (?:first )?shave|my (?:legs|beard|face|dad's|epilepsy|blood pressure|diabetes|asthma|"
    r"arthritis|thyroid|heart|migraines?|cold|hay fever)|the (?:bbq|barbecue|grill|camping trip|garden|tent|allotment|"
    r"boat|kids|children|baby|first aid kit|medicine cabinet|trailer|cattle|horses?|sheep|stock|calves|ute|truck|van|"
    r"fence|gate|hay|bales|load|lawnmower|mower|strimmer|saw|planer|cutter|printer|blender)|camping|the week|"
    r"breakfast)\b|\bbecause (?:the kids|"
    r"the children|my (?:son|daughter|partner|husband|wife|kids)|we|they|he|she)(?: all)? (?:have|has|had|got|are|is|"
    r"were) (?:got )?(?:a |the )?(?:colds?|flu|ill|sick|poorly|a temperature|covid|a cough|teething|chickenpox)\b|"
    r"\b(?:take|taken|have) (?:them |it )?with (?:my )?(?:breakfast|dinner|lunch|food|meals?)\b|\bweekly (?:box|boxes|"
    r"organiser|organizer)\b|\bsafety razor\b|\b(?:bbq|barbecue|shaving|epilepsy)\b|\bthe wrong (?:one|train|"
    r"platform|bus)\b|\bcut down on plastic\b|"
    # replacing worn ones: "bought new razors, the old ones were like sandpaper"
    r"\bthe old ones? (?:was|were|is|are|had gone|went|got) (?:so |really |too )?(?:blunt|rusty|dull|like sandpaper|"
    r"frayed|worn)\b")
MEANS_PURPOSE = re.compile(r"\b(?:enough|all of them|all at once|in one go|in case|for when|for later|end it|die|"
                           r"overdose|kill|myself|hidden|hide|hiding|secret|just in case|the night|ready|"
                           r"not (?:\w+ )?for|them all|all of it|going to take|gonna take|take the lot|swallow\w*|"
                           r"tonight|what (?:they|it) (?:are|is|were|was) for|really for|for me|for myself|"
                           # the cover story told to the shop, and "you know what that's for"
                           r"told (?:the|them|him|her|my) (?:[\w']+ ){0,5}?(?:it was|they were|it is) for|"
                           r"what (?:that|it|they) (?:is|are) for|you know why|you can guess why)\b")
# "Clean from self-harm for 500 days", "it's been two years since my overdose", "the scars are from when I was a
# teenager": the act is named as what has stopped, unless the reply says it is back (NOT_OVER).
OVER_BEFORE = re.compile(r"\b(?:stopped|quit|gave up|given up)\s$|"
                         r"\b(?:clean|free|sober|recovered|recovering) (?:from|of)\s(?:[\w']+\s){0,2}$|\b(?:since "
                         r"(?:my|my last|the last|i last|i last had|the))\s(?:[\w']+\s){0,1}$")
OVER_AFTER = re.compile(r"\s(?:free|clean) (?:for|since)\b|\s(?:are|is|were|was) (?:all )?(?:from (?:when i was|years|"
                        r"a long time|my teens|school|uni|before)|old|faded|healed|years old)\b|\s(?:was|is) (?:a long "
                        r"time ago|years ago|well in the past|long ago|behind me|in the past|long over)\b")
# An ordinary absence ("I'm not going to be here next week, I'm on holiday in Portugal").
ORDINARY_ABSENCE = re.compile(r"\b(?:on holiday|on vacation|on leave|on annual leave|away (?:on|at|with) "
                              r"(?!the fairies)|away for (?:a|the|two|three|four|\d+) (?:\w+ )?(?:days?|weeks?|"
                              r"nights?|weekend|fortnight|months?|conference|wedding)|at a "
                              r"(?:wedding|conference|funeral|festival)|on a (?:trip|course|work trip|hen do|stag do)|"
                              r"travelling|traveling|visiting (?:my|family|friends)|abroad|out of the country|"
                              r"out of town|in (?:hospital for|surgery)|having (?:my|an|a) (?:operation|op|baby))\b")
# "I know exactly how I'd do it if I was running this company": the plan is for a role, not a death.
IN_ROLE = re.compile(r"\s(?:,\s)?if i (?:was|were) (?:running|in charge|the boss|the manager|you|them|him|her|in "
                     r"(?:charge|his|her|their|your))\b")
# "I want to end it all tonight, the diet, I mean": "it" named in the next breath as something ordinary.
IT_NAMED = re.compile(r"(?:\s(?:tonight|today|now|tomorrow|this [\w']+))?\s,\s(?:the|my|this|our) (?!life\b|own\b|"
                      r"existence\b|world\b|pain\b|suffering\b|everything\b|self\b)[\w']+(?:\s[\w']+)?"
                      r"\s,\s(?:i mean|as in|i meant)\b")
# Hurt feelings from a therapist who ended or left ("tell her she hurt me when she ended so suddenly").
FEELINGS_HURT = re.compile(r"\s(?:when|by|because) (?:she|he|they|you) (?:ended|left|stopped|cancelled|canceled|"
                           r"forgot|said|ignored|moved|retired|went|discharged|finished)\b|\s(?:by|with) (?:ending|"
                           r"leaving|cancelling|saying|forgetting|ignoring|discharging|what (?:she|he|they) said)\b|"
                           r"\s(?:feelings|emotionally)\b|\s(?:because|when|as) (?:nobody|no one|none of them|they "
                           r"never|she never|he never) (?:asked|told|listened|invited|included|checked|rang|called)\b")
# A word talked about as a word ("that youtuber said unalive because of the algorithm, such a weird word").
SAID_WORD = re.compile(r"\b(?:say|said|says|saying|use|used|uses|using|the word|the term|words like|write|wrote)\s$")
WORD_TALK = re.compile(r"\b(?:word|words|term|slang|algorithm|euphemism|expression|phrase|censor\w*)\b")
# Something said before and taken back ("I said I wanted to die but I didn't mean it literally").
I_SAID = re.compile(r"\b(?:i said|i did say|i say|i told (?:you|her|him|them)|when i said)\b")
DID_NOT_MEAN = re.compile(r"\b(?:(?:did|do) not (?:mean|meant) it|was (?:only |just )?(?:joking|exaggerating|kidding|"
                          r"tired|exhausted|venting|letting off steam)|"
                          r"(?:did|do) not (?:mean|meant) (?:that|literally)|"
                          r"do not read (?:too much )?into it|(?:was|that was) (?:just )?a blip|night shifts?"
                          r"|i meant (?:[\w']+ ){0,8}?not (?:anything (?:dark|bad)|life|with life|about life|like that|"
                          r"dying|that way))\b")
# "I used to think everyone would be better off without me, I don't anymore": what was, denied as now.
USED_TO = re.compile(r"\b(?:used to|use to|once|there was a time|as a (?:teen|teenager|kid|child))\b")
NO_LONGER = re.compile(r"\b(?:(?:i )?(?:do not|did not|have not)(?: [\w']+){0,3}? (?:anymore|any more|now|in years|"
                       r"since)|not anymore|no longer|(?:has|have) (?:really )?faded|has not happened in|"
                       r"i am not there now|not (?:anywhere )?near (?:there|that)|gone now|got (?:proper )?help)\b")
# A check-in phrase and, after it, the speaker's own word that they are safe ("I feel like a burden sometimes, but I
# know my family love me and I'm not going anywhere"; "I think about dying in a philosophical way, I'm not at risk").
SAFE_AFTER = re.compile(r"\b(?:i am not (?:thinking of |planning on |planning to )?going anywhere(?! but)|"
                        r"(?:i am )?not at risk|"
                        r"i am not suicidal|(?:never|not going to|would never) act(?:ed)? on it|those are not the same|"
                        r"not about (?:my )?life|not (?:thinking of|thinking about|planning to|going to) "
                        r"(?:harm|harming|hurt|hurting|kill|killing) myself|"
                        r"i know my (?:family|friends|kids|partner) love me|(?:on|to) (?:nobody|no one)$)\b")
# A trainee reflecting before asking ("it sounds like things feel hopeless right now", "I'm hearing a lot of
# hopelessness", "I'd like to understand more about the overdose").
REFLECT = re.compile(r"\s*(?:so |okay |ok )?(?:it )?(?:sounds|seems|feels|looks) like\b|\s*(?:so |okay |ok )?i am "
                     r"hearing\b|\s*(?:so |okay |ok )?i (?:would like|want|d like) to (?:understand|hear|know|ask)\b")
# Study about it ("I read about paracetamol overdoses for my nursing assignment").
STUDY = re.compile(r"\b(?:read|reading|researching|researched|studying|studied|learning|learnt|learned|writing|wrote)"
                   r"\b.*\bfor (?:my|a|the|our) (?:[\w']+ )?(?:assignment|essay|dissertation|module|exam|lecture|"
                   r"placement|training|coursework|thesis|revision)\b")

# Read by ordinary() below: a match about being "here" or "around", and hurt named as done "to me".
HERE = re.compile(r"\b(?:here|around)\b")
HURT_ME = re.compile(r"\bhurt(?:s|ing)? me$")

# A wish about waking, being here or getting somewhere, tied at once to a time, an errand or a trip: "I hope I don't
# wake up before my alarm again", "easier if I wasn't here at 8am every Tuesday", "I don't care if I make it to the gym
# next year", "I wish I could disappear to a beach for a fortnight".
ERRAND = re.compile(r"(?:\sup)?(?:\s(?:before|in time for|for|at|until) (?:my |the |our )?(?:alarm|\d+ ?(?:am|pm)|"
                    r"\d+am|\d+pm|work|school|class|lectures?|the meeting|shift|appointment|session)\b|"
                    r"\sto (?:the|my) (?:gym|party|meeting|class|lecture|match|gig|shop|shops|office|wedding|pub)\b|"
                    r"\sto (?:a|the) (?:beach|island|cabin|spa|retreat|desert island|log cabin|villa)\b)")
# An ordinary reason in a home ("my little brother comes into my room at night because he's scared of thunder",
# "my husband takes my bank card to the shop because his is broken").
HOME_EVERYDAY = re.compile(r"\b(?:because|cause|cos|as) (?:he|she|they) (?:is|are|was|were|gets|get) (?:scared|"
                           r"frightened|afraid) of (?:thunder|the dark|storms|fireworks)\b|\bbecause (?:his|hers|"
                           r"theirs|his own|her own) (?:is|was|has) (?:broken|expired|lost|stopped working|blocked|"
                           r"been blocked|cancelled)\b")
_DENIED = re.compile(r"\b(?:not|never|no)\s(?:[\w']+\s)?$")
_BACK_THEN = re.compile(r"back (?:in|then|at|when)\b")  # "back in school" is when it was, not that it is back


def still_going(s: str) -> bool:
    """Whether the reply says the act is back or going on (NOT_OVER), other than denied ("I haven't relapsed")."""
    return any(not _DENIED.search(s, max(0, m.start() - 20), m.start()) and not _BACK_THEN.match(s, m.start())
               for m in NOT_OVER.finditer(s))


# The one who hurt the speaker told as gone for good ("the man who hurt me is in prison now and I'm safe").
ABUSE_OVER = re.compile(r"\b(?:(?:is|are) (?:in prison|locked up|dead|gone for good)|and i am safe(?! (?:for now|at "
                        r"the moment|tonight|today))|i am safe now)\b")


def ordinary(r: Rule, s: str, m: re.Match[str], before: str, sentence: str) -> bool:
    """Whether the match has an everyday reading: a means for its use, an act named as stopped, an absence, a word."""
    said = m.group(0)
    if r.category in ("plan_means", "self_harm") and EVERYDAY_USE.search(sentence) \
            and not MEANS_PURPOSE.search(sentence.replace(said, " ")):
        return True  # "a pack of razors for shaving my legs", "paracetamol because the kids all have colds"
    if r.category != "abuse_danger" and (OVER_BEFORE.search(before) or OVER_AFTER.match(s, m.end())) \
            and not still_going(s):
        return True  # "clean from self harm for 500 days", "the scars are from when I was a teenager"
    if r.category == "passive_ideation" and ERRAND.match(s, m.end()):
        return True  # "I hope I don't wake up before my alarm", "I wish I could disappear to a beach for a fortnight"
    if HERE.search(said) and ORDINARY_ABSENCE.search(sentence):
        return True  # "I'm not going to be here next week, I'm on holiday"
    if IN_ROLE.match(s, m.end()) or (" it" in f" {said} " and IT_NAMED.match(s, m.end())):
        return True  # "how I'd do it if I was running this company"; "end it all tonight, the diet, I mean"
    if r.category == "abuse_danger" and ((HURT_ME.search(said) and FEELINGS_HURT.match(s, m.end()))
                                         or HOME_EVERYDAY.search(sentence)
                                         or (ABUSE_OVER.search(s, m.end()) and not still_going(s))):
        return True  # "tell her she hurt me when she ended so suddenly"; "... because he's scared of thunder"
    if r.category != "abuse_danger" and STUDY.search(sentence) \
            and not MEANS_PURPOSE.search(sentence.replace(said, " ")):
        return True  # "I read about paracetamol overdoses for my nursing assignment"
    return SAID_WORD.search(before) is not None and WORD_TALK.search(sentence) is not None  # a word as a word


# A plan whose object is what to say or what to pay: the very thing people come to rehearse ("I've got it all
# planned out, I'm going to tell her on Friday", "I've started working out how much the fees will be"). The model
# alone reads "planned" and "working out how" as a plan and would pause; with this it only checks in.
ORDINARY_PLAN = re.compile(r"\b(?:planned|planning|plan|worked out|work out|working out|know exactly|practised|"
                           r"practiced|rehearsed|decided|sorted|figured out|figuring out)\b(?:\s[\w',]+){0,8}? "
                           r"(?:how to |what to |when to |to |i am going to |i will |i would )?(?:say|tell|bring (?:it|"
                           r"this|that) up|ask|raise|word it|put it|talk to|break it to|let (?:her|him|them|you) "
                           r"know|mention|explain)\b|\b(?:working out|worked out|work out|figuring out|figured out|"
                           r"done the sums|doing the sums) (?:how much|what (?:i|it|we) (?:will|would|can) (?:cost|"
                           r"pay|afford)|the (?:cost|money|fees?|budget|price|rate))\b")
# ... unless the reply names death or harm anywhere ("he's going to end up in a box. I've planned what I'll say")
NAMES_HARM = re.compile(r"\b(?:die|dead|death|kill|killed|box|coffin|goodbye|goodbyes|gone|funeral|hurt|suicide|"
                        r"overdose|pills|tablets|rope|end it|the end|last time)\b")

