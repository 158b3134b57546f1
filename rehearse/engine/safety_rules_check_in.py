"""Tier-2 rules, a gentle check-in: passive ideation, feeling a burden, hopelessness about life, goodbye behaviour."""

from __future__ import annotations

from rehearse.engine.safety_rule import T2, rule
from rehearse.engine.safety_words import (END)


# ---- Tier 2: passive ideation (C-SSRS item 1, "wish to be dead")
rule("passive_ideation", T2, r"\b(?:no one|not one person|not a single person|none of them) (?:would|will|is going to|"
     r"would even|will even|would really|is even going to|would actually) (?:even )?(?:miss|notice|care|come|cry|mourn)"
     r"\b"
     r"(?:\s[\w']+){0,3}? (?:me|if i (?:died|was gone|were gone|disappeared|was dead|vanished|was not here|were not her"
     r"e|"
     r"killed myself|did not wake up|was not around|never came back|was not alive)|when i (?:die|am gone|died)|i was go"
     r"ne|"
     r"i am gone|my funeral)\b|\b(?:no one|not one person) (?:would|"
     r"will) (?:even )?(?:miss me|notice (?:i am gone|i was gone|i had gone))")
rule("passive_ideation", T2, r"\b(?:hope|hoping|wish|wishing|pray|praying|want|wanted|rather|prefer|mind if|nice to|"
     r"dream of|dream about|like to) (?:that )?(?:i )?(?:just )?(?:could |would )?(?:[\w']+ ){0,3}?(?:never wake up|not"
     r" "
     r"wake up|do not wake up|did not wake up|go to sleep forever|sleep forever|fall asleep forever|never woke up|not t"
     r"o "
     r"wake up|would not wake up|never have to wake up)\b")
rule("passive_ideation", T2, r"\b(?:think|thinking|thought|imagine|imagining|fantasise|fantasize|dream|dreaming) (?:abo"
                             r"ut|of)"
     r" (?:just )?(?:not waking up|never waking up|not being (?:here|around|alive)|no longer being (?:here|around)|"
     r"disappearing|not existing|dying|death|being gone|my death|my own death|my funeral)\b")
rule("passive_ideation", T2, r"\b(?:easier|better|simpler|a relief|best|fine|okay)(?: for everyone| for them| for all| "
                             r"for "
     r"my family)? if i(?: (?:just|was|were|had|did|could|simply))*(?: (?:not|never|no longer))(?: (?:just|was|were|had"
     r"|"
     r"did|could|been))* (?:alive|here|around|exist|existed|been born|born)\b|\b(?:easier|better|simpler|a relief|best|"
     r"fine|okay)(?: for everyone| for them| for all| for my family)? if i(?: (?:just|was|were|had|did|could|simply))* "
     r"(?:gone|disappear|disappeared|went away|vanished|no longer here)\b")
rule("passive_ideation", T2, r"\b(?:wish|wished|wishing|wishes) (?:that )?i (?:could |would )?(?:just )?(?:disappear|va"
                             r"nish|"
     r"fade away|not exist|stop existing|never existed|had never existed|had never been born|would never have been born"
     r"|"
     r"would never been born|was never born|were never born|was not here|were not here|was not around|were not around|"
     r"could not exist|did not exist|could sleep forever|could go to sleep|would just die|could just die|was gone|"
     r"were gone|had not been born|never been born)\b")
rule("passive_ideation", T2, r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i (?:get|got) (?:hit|run over|c"
                             r"ancer|"
     r"sick and die|killed)|something (?:bad )?(?:happens|would happen|will happen) to me|the plane (?:crashes|goes dow"
     r"n)|i "
     r"(?:do not|never) (?:come back|make it))\b|\b(?:do not|never|no longer) (?:really )?(?:want|wanna|wish) to (?:eve"
     r"r )?"
     r"wake up\b(?!\s(?:early|at|so early|for|before|this early))|\bif i (?:did not|do not|never|would not|could not) "
     r"(?:wake up|woke up)\b")
rule("passive_ideation", T2, r"\b(?:do not|could not|no longer|would not) (?:really )?care (?:if|whether) i (?:live|die"
                             r"|wake up|make "
     r"it|survive|am alive|get hit|crash|died|lived)\b|\b(?:would not|do not) (?:really )?mind if (?:a (?:bus|car|train"
     r"|"
     r"lorry|truck) (?:hit|hits|ran over) me|i (?:died|did not wake up|got hit|was hit|crashed|never woke|got run over|"
     r"just died|never came back)|something (?:happened|bad happened) to me)\b|\b(?:no one|not one person) (?:really )?"
     r"(?:cares|would care|will care|would even care|even cares|gives a damn|gives a shit) (?:if|whether) i (?:live|die"
     r"|"
     r"lived|died|am alive|exist|disappear|disappeared|am here|was gone)\b", own=False)
rule("passive_ideation", T2, r"\bif i (?:died|was gone|were gone|disappeared|was dead|killed myself|vanished|was not "
     r"here)\b(?:\s[\w']+){0,5}? (?:notice|care|miss|cry|come|matter|even know|realise|realize)\b")
rule("passive_ideation", T2, r"\bwant (?:it all|everything|all of it|the pain|life|all this|this all|it|things|the worl"
                             r"d) "
     r"(?:to )?(?:just )?(?:stop|end|be over|go away)\b(?!\s[\w']+ing)", therapy=True)
rule("passive_ideation", T2, r"\b(?:want|wanted|wanting|wish|need|just want|like) to (?:just )?(?:disappear|vanish|fade"
                             r" away|"
     r"not exist|stop existing|sleep forever|go to sleep forever|not wake up|never wake up|not be here|not be around|be"
     r" "
     r"gone)\b(?!\s(?:for (?:a|the) (?:bit|while|day|week|weekend|moment|few)|on holiday|from (?:this|that|the|work)))")
rule("passive_ideation", T2, r"\b(?:think|thinking|thought) (?:about|of) ending (?:it|things|it all)\b(?!\s(?:with|here"
                             r"|now|"
     r"properly|well|on good|today|there|between))", therapy=True)
rule("passive_ideation", T2, r"\b(?:do not|can not|cannot|could not) (?:really )?see myself (?:being )?(?:here|around|a"
                             r"live|"
     r"living|making it|still here)\b(?:\s[\w']+){0,2}? (?:next|in|by|much longer|for long|a year|a month)\b|\b(?:stop|"
     r"end) "
     r"(?:hurting|hurt|the pain)\b(?:\s[\w']+){0,3}? if i (?:was|were|am|just)? ?(?:gone|dead|died|not here|not around)"
     r"\b|"
     r"\b(?:would|had|would much) rather not (?:exist|be here|be alive|be around|live)\b(?!\s(?:in a|in this|on|at|with"
     r"|like))|\b(?:want|wanted|like|need) to not "
     r"(?:exist|be here|be alive|be around)\b|\b(?:better off|happier|easier) (?:not existing|not being (?:here|around|"
     r"alive)|never having been born)\b(?!\s(?:on|at|in|today|with|for))|\b(?:will not|am not going to) be (?:a problem"
     r"|a burden|an issue|in the way|a "
     r"bother|a nuisance|anyone's problem|your problem) (?:for )?(?:much longer|for long|soon)\b|\bmade (?:my )?peace(?"
     r": with (?:it all|everything|dying|death|the world|life|going))?" + END)
rule("passive_ideation", T2, r"\b(?:(?:would not|do not|would not really|would not even) mind|okay|ok|fine|happy|glad|"
     r"relieved|at peace)(?: with)? (?:if i (?:died|die|was dead|"
     r"were dead|did not wake up|never woke up)|dying|to die)\b(?!\s(?:my|your|her|his|it|the))|\bhope i (?:die|just di"
     r"e|never wake|do not wake|get hit|"
     r"get killed|get run over)\b|\b(?:wish|hope|pray) (?:a|the|that a|that the) (?:bus|car|train|lorry|truck|plane) "
     r"(?:would|will|could) (?:hit|run over|kill|crash)(?: me| into me)?\b|\b(?:easier|better|simpler|a relief|best)"
     r"(?:\s[\w']+){1,4}? if i (?:was|were|am|just)? ?(?:not|no longer|never) (?:here|around|alive|born)\b")
rule("passive_ideation", T2, r"\b(?:come|came|go|turn up|show up|cry) (?:to|at) my (?:own )?funeral\b|\b(?:planning|pla"
                             r"nned|"
     r"plan|thinking about|thought about|imagine|imagining|picture|picturing) my (?:own )?funeral\b")

# ---- Tier 2: feeling a burden (perceived burdensomeness)
rule("burden", T2, r"\b(?:everyone|everybody|they|my family|the world|people|my kids|my friends|my partner|"
     r"everyone else) (?:would|will) (?:all )?be (?:so much |much |a lot )?better off" + END, own=False)
rule("burden", T2, r"\b(?:better off|happier|fine|okay|relieved|better|easier|simpler|calmer|nicer|lighter) (?:off )?(?"
                   r":without me|with me gone|once i am gone|"
     r"when i am gone|if i (?:was|were|had|just|did) (?:not|never) (?:here|around|born|been born)|if i (?:was|were|had|"
     r"just|did) (?:gone|out of the picture|out of the way|out of their lives|disappeared|left for good)|if i (?:disapp"
     r"eared|left for good|was out of the picture|"
     r"were out of the picture))\b", own=False)
rule("burden", T2, r"\b(?:a|such a|nothing but a|just a|only a|huge|big|massive|total|real|constant|the) burden\b"
     r"(?!\s(?:of proof|of the|of this|of work|of paperwork))|\b(?:waste of (?:space|oxygen|air|a life|life)|dead weigh"
     r"t|"
     r"weight (?:around|round) (?:everyone|their|my family|people|his|her|your))\b")
rule("burden", T2, r"\b(?:i am|i feel like|i feel|i have become|i am just|i am such|i am only|i am nothing but) (?:a|"
     r"such a|just a|nothing but a|only a|total|huge|a total|a huge) ?(?:drain|weight|nuisance|problem|burden|waste of "
     r"space) (?:on|to|for) (?:everyone|everybody|people|my family|them|others|my [\w']+)\b|\b(?:ruin|ruins|"
     r"ruined|ruining|spoil|spoiling|wreck|wrecking) (?:everyone|everybody|my family|their|my parents|my kids|my "
     r"partner)(?: is)? (?:life|lives)\b")
rule("burden", T2, r"\b(?:only|just|always) (?:make|making|makes) (?:things|everything|life|it) (?:worse|harder|"
     r"difficult) for (?:everyone|everybody|people|my family|them|others)\b")
rule("burden", T2, r"\b(?:drag|dragging|drags|bring|bringing|brings) (?:everyone|everybody|people|them|you all|my famil"
                   r"y|"
     r"the family|others|them all) down\b|\b(?:ruin|ruins|ruined|ruining|spoil|spoiling) (?:everything|everyone's life|"
     r"their lives|everyone's lives|everyones lives|people's lives|everything for everyone)\b")

# ---- Tier 2: hopelessness about life (Beck's hopelessness; PHQ-9 item 2 in its strongest form)
rule("hopelessness", T2, r"\bhopeless(?:ness|ly)?\b(?!\s(?:at|with (?:money|maths|math|names|numbers|directions|compute"
                         r"rs|"
     r"tech|cooking)|romantic|case|cause|idea|plan|task|attempt|effort|mess|team|player|driver|cook|liar|situation with"
     r"))",
     therapy=True)
rule("hopelessness", T2, r"\b(?:no|not any|not a|do not have a|have no|lost all|lost|losing|lose) (?:real )?(?:future|h"
                         r"ope)"
     r"(?: left)?\b(?!\s(?:of|in (?:this|that|the)|with (?:this|that|him|her)|that (?:this|the|you)))", therapy=True)
rule("hopelessness", T2, r"\b(?:nothing|no one|nobody) (?:will|is going to|is ever going to|will ever) (?:ever )?(?:get"
                         r"|be|"
     r"feel|make (?:it|things|me)) (?:any )?(?:better|easier|okay|ok|good again|right)\b|\bnothing (?:is|will) (?:ever "
     r")?"
     r"(?:going to )?(?:change|improve) for me\b|\b(?:it|things|life|my life|i) "
     r"(?:will never|is never going to|are never going to|is not going to|are not going to|am never going to|am not goi"
     r"ng "
     r"to|never) (?:ever )?(?:get|be|feel|going to get) (?:any )?(?:better|easier|okay|ok|good again|right)\b",
     therapy=True)
rule("hopelessness", T2, r"\b(?:do not|can not|cannot) (?:really )?(?:think|believe|see how|imagine) (?:that )?(?:thing"
                         r"s|it|life|"
     r"anything|my life|i) (?:will|is going to|are going to|am going to|could|can|would) (?:ever )?(?:get|be|feel|becom"
     r"e) "
     r"(?:any )?(?:better|easier|okay|ok|good)\b(?!\s(?:with|at|unless|until|between|for (?:him|her|them|the)))|\b(?:my"
     r" |"
     r"the )?future (?:is|looks|feels|seems) (?:so |really |just )?(?:bleak|empty|dark|hopeless|pointless|black|grim|"
     r"non existent)\b|\b(?:can not|could not) cope with (?:life|living|anything|everything|being alive)\b|\bnothing "
     r"(?:is|will) (?:ever )?(?:going to )?(?:change|improve)" + END + r"|\b(?:my )?"
     r"life (?:has|holds) no (?:meaning|purpose|point|value)\b|\bno "
     r"(?:meaning|purpose|point) (?:in|to) (?:my life|life|living|anything|existing)\b|\b(?:everything|it all|all of it"
     r"|"
     r"life|anything|existence|living) (?:is|feels|seems) (?:so |completely |totally |just )?(?:pointless|meaningless|"
     r"hopeless|empty)\b|\bit (?:is|feels|is all|all feels) (?:so |just )?pointless(?:\s,)?(?: all of it)?" + END +
     r"|\bnothing (?:left )?(?:for me|to look forward to|worth living for|in me|inside)\b(?!\s(?:to do|to say|to add|to"
     r" eat|to pack|here))",
     therapy=True)
rule("hopelessness", T2, r"\bwhat is (?:even )?the point (?:of|in) (?:anything|living|life|it all|going on|carrying on|"
                         r"being "
     r"alive|being here|trying|everything|me|existing|any of it|getting up)\b|\bwhat is (?:even )?the point(?: anymore|"
     r" "
     r"any more)?" + END, therapy=True)
rule("hopelessness", T2, r"\b(?:can not|could not|do not) (?:see|find) (?:a|any) (?:way out|way forward|way through|lig"
                         r"ht|"
     r"future|end to (?:it|this))\b|\bno way out\b", therapy=True)
rule("hopelessness", T2, r"\b(?:given|give|giving|gave) up on (?:life|everything|myself|living|the future|ever being ha"
                         r"ppy|"
     r"getting better|ever getting better|being happy|it all)\b|\b(?:want|feel like|felt like|ready|going) (?:to )?(?:j"
     r"ust )?"
     r"giv(?:e|ing) up(?=\s(?:[.,]|completely|altogether|for good)|\s*$)", therapy=True)
rule("hopelessness", T2, r"\b(?:can not|could not) (?:go on|keep going|carry on|take (?:it|this|much more|any more|anym"
                         r"ore|the "
     r"pain)|do this anymore|do this any more|cope anymore|cope any more|live like this|keep living like this|handle "
     r"(?:it|this|life) anymore|bear (?:it|this|life) anymore)\b(?!\s(?:with|doing))", therapy=True)
rule("hopelessness", T2, r"\b(?:my )?life (?:is|feels|has become|seems) (?:so |just |completely |totally )?(?:pointless"
                         r"|"
     r"meaningless|worthless|hopeless|over|a waste|not worth it|empty)\b|\bnothing (?:really )?matters\b|\b(?:done|tire"
     r"d|"
     r"sick|exhausted) (?:of|with) (?:living|life|being alive|existing|it all|being me|this life)\b(?!\s(?:with|in|admi"
     r"n|"
     r"here|at|on|as|near|so far|in the))|\bdone trying\b|"
     r"\b(?:never|not ever) (?:going to|gonna) be (?:happy|okay|ok)\b|\bwill never be (?:happy|okay|ok)\b",
     therapy=True)
rule("hopelessness", T2, r"\b(?:feel|feeling|felt|am|i am|so) (?:so |completely |totally |really |just )?trapped\b(?!\s"
                         r"(?:in "
     r"(?:traffic|a lift|the lift|an elevator|the car|my car|a meeting|the meeting|the office|(?:my|this|a) (?:job|role"
     r"|"
     r"contract|course|degree|flat|lease|routine|town))))|\bthere is no (?:point|"
     r"hope|future)(?=\s(?:[.,]|anymore|any more|for me|in anything|in trying|at all)|\s*$)|\b(?:lost|losing) (?:all )?"
     r"(?:the |my )?will to (?:live|go on)\b", therapy=True)

# ---- Tier 2: goodbye behaviour (warning signs: putting affairs in order, giving possessions away)
rule("goodbye", T2, r"\b(?:written|writing|wrote|write|left|leaving|leave|sent|sending) (?:[\w']+ ){0,2}?(?:letters|let"
                    r"ter|"
     r"notes|note|messages|message|cards|videos) (?:to|for) (?:everyone|everybody|all|my (?:family|kids|children|parent"
     r"s|"
     r"friends|loved ones|partner|mum|mom|dad|husband|wife)|the people|people i love|everyone i love|each of)\b|\b(?:wr"
     r"itten|"
     r"writing|wrote|write|left|leaving|recorded|recording) (?:[\w']+ ){0,2}?(?:goodbye|farewell|final|last) (?:letters"
     r"?|"
     r"notes?|messages?|videos?|cards?)\b", leaving=True)
rule("goodbye", T2, r"\b(?:giving|given|give|gave|gives) (?:away )?(?:all |most |half |lots |a lot |some )?(?:of )?my ("
                    r"?:things|stuff|belongings|"
     r"possessions|treasured [\w']+|favourite things|prized [\w']+)(?: away)?\b|\b(?:will not|am not going to|do not|wi"
     r"ll "
     r"never) need (?:it|her|him|them|any of it|any of this|anything|my [\w']+|these|those|this|that)(?: anymore| any m"
     r"ore|"
     r" again| soon| much longer| after)? where i am going\b")
rule("goodbye", T2, r"\bbecause i (?:will not|am not going to|might not|may not|will no longer) be (?:around|here|alive"
                    r")\b",
     leaving=True)
rule("goodbye", T2, r"\b(?:giv|gave|given|rehom|sold|sell|cancel)[\w']*\b.*\b(?:will not|am not going to|do not|will ne"
                    r"ver) need "
     r"(?:it|her|him|them|any of it|any of this|anything|my [\w']+|these|those)\b")
rule("goodbye", T2, r"\b(?:saying|said|say|made|make|making) my goodbyes\b|\b(?:saying|said|say) goodbyes? to (?:everyo"
                    r"ne|"
     r"everybody|people|all of (?:you|them)|my (?:family|friends|kids|children|loved ones|pets?)|the people i love|"
     r"everyone i love|those i love)\b|\b(?:say|said|saying) (?:a )?(?:proper )?goodbye (?:properly|for good|forever|"
     r"before it is too late|while i (?:still )?can|before i go)\b|\bthis is (?:my )?goodbye\b|\bthank (?:you|everyone)"
     r"\b(?:\s[\w']+){0,4}? before i (?:go|leave|am gone)\b|\b(?:a |my )?(?:letter|note|message|video) for (?:my |the )"
     r"?"
     r"[\w']+ (?:to read|to see|to find|to watch) (?:after|when i am gone|once i am gone)\b", leaving=True)
rule("goodbye", T2, r"\b(?:you|they|anyone|no one|people|everyone) (?:will not|will never|are not going to|will not eve"
                    r"r) "
     r"(?:have to )?(?:see|hear from|deal with|worry about|put up with) me (?:again|anymore|any more|much longer|for lo"
     r"ng|"
     r"ever again)\b|\b(?:will not|am not going to|might not|may not) be (?:around|here|alive) (?:much longer|for much "
     r"longer|for long|anymore|any more|to see|after (?:this|today|tonight))\b", leaving=True)
rule("goodbye", T2, r"\b(?:might|may|will|could) be the last time (?:we|you|i) (?:ever )?(?:speak|talk|see|hear)\b|\bla"
                    r"st "
     r"time (?:we|you) (?:will )?(?:ever )?(?:speak|talk|see me|hear from me)\b|\b(?:put|putting|get|getting|got|sortin"
     r"g|"
     r"sorted) (?:all )?my affairs (?:in order|sorted|straight)\b|\bmade sure\b.*\b(?:look "
     r"after|take care of|have|feed|mind|rehome) my (?:dog|cat|pet|pets|kids|children|plants|fish|rabbit|hamster)\b",
     leaving=True)
rule("goodbye", T2, r"\b(?:when|after|once) i am (?:gone|dead|not here|not around|no longer here|no longer around)\b"
     r"(?!\s(?:on|to|for (?:the|a)|away|travelling|abroad))")
rule("goodbye", T2, r"\b(?:tying|tie|tied|tidy|tidying) up (?:all )?(?:my |the )?loose ends\b|\bso (?:that )?(?:no one|"
     r"my family|they|no one else) (?:has|have|will have|would have|does not have|will not have) to (?:deal with|sort o"
     r"ut|"
     r"clean up|worry about)\b|\b(?:sorted|sorting|sort|wrote|written|writing|updated|updating) (?:out )?my (?:will|"
     r"affairs|funeral)\b|\bthank(?:s| you) for everything\b(?:\s[\w',]+){0,8}? (?:goodbye|will not|never|last time)\b",
     leaving=True)
