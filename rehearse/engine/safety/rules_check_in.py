"""Tier-2 rules, a gentle check-in: passive ideation, feeling a burden, hopelessness about life, goodbye behaviour."""

from __future__ import annotations

from rehearse.engine.safety.rule import T2, rule
from rehearse.engine.safety.words import (END)


# ---- Tier 2: passive ideation (C-SSRS item 1, "wish to be dead")
rule("passive_ideation", T2, r"\b(?:no one|not one person|not a single person|none of them) (?:would|will|"
     r"is going to|would even|will even|would really|is even going to|would actually) (?:even )?(?:miss|notice|care|"
     r"come|cry|mourn)\b(?:\s[\w']+){0,3}? (?:me|if i (?:died|was gone|were gone|disappeared|was dead|vanished|"
     r"was not here|were not here|killed myself|did not wake up|was not around|never came back|was not alive)|"
     r"when i (?:die|am gone|died)|i was gone|i am gone|my funeral)\b|\b(?:no one|not one person) (?:would|"
     r"will) (?:even )?(?:miss me|notice (?:i am gone|i was gone|i had gone))")
rule("passive_ideation", T2, r"\b(?:hope|hoping|wish|wishing|pray|praying|want|wanted|rather|prefer|mind if|nice to|"
     r"dream of|dream about|like to) (?:that )?(?:i )?(?:just )?(?:could |would )?(?:[\w']+ ){0,3}?(?:never wake up|"
     r"not wake up|do not wake up|did not wake up|go to sleep forever|sleep forever|fall asleep forever|"
     r"never woke up|not to wake up|would not wake up|never have to wake up)\b")
rule("passive_ideation", T2, r"\b(?:think|thinking|thought|imagine|imagining|fantasise|fantasize|dream|"
     r"dreaming) (?:a lot |so much |constantly |all the time |more and more |more )?(?:about|"
     r"of) (?:just )?(?:not waking up|never waking up|not being (?:here|around|alive)|no longer being (?:here|"
     r"around)|disappearing|not existing|dying(?!\s(?:my|your|her|his|it|the))|death|being gone|my death|"
     r"my own death|my funeral)\b", past=True)
rule("passive_ideation", T2, r"\b(?:easier|better|simpler|a relief|best|fine|okay)(?: for everyone| for them|"
     r" for all| for my family)? if i(?: (?:just|was|were|had|did|could|simply))*(?: (?:not|never|"
     r"no longer))(?: (?:just|was|were|had|did|could|been))* (?:alive|here|around|exist|existed|been born|born)\b|"
     r"\b(?:easier|better|simpler|a relief|best|fine|okay)(?: for everyone| for them| for all|"
     r" for my family)? if i(?: (?:just|was|were|had|did|could|simply))* (?:gone|disappear|disappeared|went away|"
     r"vanished|no longer here)\b")
rule("passive_ideation", T2, r"\b(?:wish|wished|wishing|wishes) (?:that )?i (?:could |would )?(?:just )?(?:disappear|"
     r"vanish|fade away|not exist|stop existing|never existed|had never existed|had never been born|"
     r"would never have been born|would never been born|was never born|were never born|was not here|were not here|"
     r"was not around|were not around|could not exist|did not exist|could sleep forever|could go to sleep|"
     r"would just die|could just die|was gone|were gone|had not been born|never been born)\b")
rule("passive_ideation", T2, r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i (?:get|got) (?:hit|"
     r"run over|cancer|sick and die|killed)|something (?:bad )?(?:happens|would happen|will happen) to me|"
     r"the plane (?:crashes|goes down)|i (?:do not|never) (?:come back|make it))\b|\b(?:do not|never|"
     r"no longer) (?:really )?(?:want|wanna|wish) to (?:ever )?wake up\b(?!\s(?:early|at|so early|for|before|"
     r"this early))|\bif i (?:did not|do not|never|would not|could not) (?:wake up|woke up)\b")
rule("passive_ideation", T2, r"\b(?:do not|could not|no longer|would not) (?:really )?care (?:if|whether) i (?:live|"
     r"die|wake up|make it|survive|am alive|get hit|crash|died|lived)\b|\b(?:would not|"
     r"do not) (?:really )?mind if (?:a (?:bus|car|train|lorry|truck) (?:hit|hits|ran over) me|i (?:died|"
     r"did not wake up|got hit|was hit|crashed|never woke|got run over|just died|never came back)|"
     r"something (?:happened|bad happened) to me)\b|\b(?:no one|not one person) (?:really )?(?:cares|would care|"
     r"will care|would even care|even cares|gives a damn|gives a shit) (?:if|whether) i (?:live|die|lived|died|"
     r"am alive|exist|disappear|disappeared|am here|was gone)\b", own=False, therapy=True)
rule("passive_ideation", T2, r"\bif i (?:died|was gone|were gone|disappeared|was dead|killed myself|vanished|"
     r"was not here)\b(?:\s[\w']+){0,5}? (?:notice|care|miss|cry|come|matter|even know|realise|realize)\b")
rule("passive_ideation", T2, r"\bwant (?:it all|everything|all of it|the pain|life|all this|this all|it|things|"
     r"the world) (?:to )?(?:just )?(?:stop|end|be over|go away)\b(?!\s[\w']+ing)", therapy=True)
rule("passive_ideation", T2, r"\b(?:want|wanted|wanting|wish|need|just want|like) to (?:just )?(?:disappear|vanish|"
     r"fade away|not exist|stop existing|sleep forever|go to sleep forever|not wake up|never wake up|not be here|"
     r"not be around|be gone)\b(?!\s(?:for (?:a|the) (?:bit|while|day|week|weekend|moment|few)|on holiday|"
     r"from (?:this|that|the|work)|under (?:a|the|my) (?:duvet|covers|blanket)|into (?:bed|my room|a book)))")
rule("passive_ideation", T2, r"\b(?:think|thinking|thought) (?:about|of) ending (?:it|things|it all)\b(?!\s(?:with|"
     r"here|now|properly|well|on good|today|there|between))", therapy=True)
rule("passive_ideation", T2, r"\b(?:do not|can not|cannot|could not) (?:really )?see myself (?:being )?(?:here|"
     r"around|alive|living|making it|still here)\b(?:\s[\w']+){0,2}? (?:next|in|by|much longer|for long|a year|"
     r"a month)\b|\b(?:stop|end) (?:hurting|hurt|the pain)\b(?:\s[\w']+){0,3}? if i (?:was|were|am|just)? ?(?:gone|"
     r"dead|died|not here|not around)\b|\b(?:would|had|would much) rather not (?:exist|be here|be alive|be around|"
     r"live)\b(?!\s(?:in a|in this|on|at|with|like))|\b(?:want|wanted|like|need) to not (?:exist|be here|be alive|"
     r"be around)\b|\b(?:better off|happier|easier) (?:not existing|not being (?:here|around|alive)|"
     r"never having been born)\b(?!\s(?:on|at|in|today|with|for))|\b(?:will not|am not going to) be (?:a problem|"
     r"a burden|an issue|in the way|a bother|a nuisance|anyone's problem|your problem) (?:for )?(?:much longer|"
     r"for long|soon)\b|\bmade (?:my )?peace(?: with (?:it all|everything|dying|death|the world|life|going))?" + END)
rule("passive_ideation", T2, r"\b(?:(?:would not|do not|would not really|would not even) mind|okay|ok|fine|happy|"
     r"glad|relieved|at peace)(?: with)? (?:if i (?:died|die|was dead|were dead|did not wake up|never woke up)|dying|"
     r"to die)\b(?!\s(?:my|your|her|his|it|the))|\bhope i (?:die|just die|never wake|do not wake|get hit|get killed|"
     r"get run over)\b|\b(?:wish|hope|pray) (?:a|the|that a|that the) (?:bus|car|train|lorry|truck|plane) (?:would|"
     r"will|could) (?:hit|run over|kill|crash)(?: me| into me)?\b|\b(?:easier|better|simpler|a relief|"
     r"best)(?:\s[\w']+){1,4}? if i (?:was|were|am|just)? ?(?:not|no longer|never) (?:here|around|alive|born)\b")
rule("passive_ideation", T2, r"\b(?:come|came|go|turn up|show up|cry) (?:to|at) my (?:own )?funeral\b|\b(?:planning|"
     r"planned|plan|thinking about|thought about|imagine|imagining|picture|picturing) my (?:own )?funeral\b")

rule("passive_ideation", T2, r"\b(?:a relief|better|easier|nice|good|peaceful|best) to not (?:be here|be around|"
     r"be alive|exist|wake up)\b|\b(?:do not|no longer|never) (?:really )?care (?:what happens to me|if i live|"
     r"whether i live|about living|about my life|if i wake up)\b", therapy=True)

rule("passive_ideation", T2, r"\bif i (?:was|were|am)? ?(?:not|no longer|never) (?:here|around|alive)\b(?! (?:on|at|"
     r"for|in|tomorrow|today|next|this))|\b(?:just )?waiting (?:to die|for death|for it all to end|for the end)\b|"
     r"\b(?:tired|sick|exhausted) of (?:fighting|trying|struggling) to (?:stay alive|live|keep going|survive|"
     r"keep living)\b", past=True)

rule("passive_ideation", T2, r"\b(?:would|will) (?:even )?(?:notice|care|realise|realize|miss me)(?: if| that| when|"
     r" whether)? i (?:was|were|had|am) (?:gone|dead|not here|not around|disappeared)\b|\bif i (?:just )?(?:stopped|"
     r"stop) (?:being around|being here|existing|being alive)\b")

rule("passive_ideation", T2, r"\bbetter off (?:gone|not here|not around|not alive|out of the way)\b")

# ---- Tier 2: feeling a burden (perceived burdensomeness)
rule("burden", T2, r"\b(?:everyone|everybody|they|my family|the world|people|my kids|my friends|my partner|"
     r"everyone else) (?:would|will) (?:all )?be (?:so much |much |a lot )?better off" + END, own=False)
rule("burden", T2, r"\b(?:better off|happier|fine|okay|relieved|better|easier|simpler|calmer|nicer|"
     r"lighter) (?:off )?(?:without me|with me gone|once i am gone|when i am gone|if i (?:was|were|had|just|"
     r"did) (?:not|never) (?:here|around|born|been born)|if i (?:was|were|had|just|did) (?:gone|out of the picture|"
     r"out of the way|out of their lives|disappeared|left for good)|if i (?:disappeared|left for good|"
     r"was out of the picture|were out of the picture))\b", own=False)
rule("burden", T2, r"\b(?:a|such a|nothing but a|just a|only a|huge|big|massive|total|real|constant|"
     r"the) burden\b(?!\s(?:of proof|of the|of this|of work|of paperwork))|\b(?:waste of (?:space|oxygen|air|a life|"
     r"life)|dead weight|weight (?:around|round) (?:everyone|their|my family|people|his|her|your))\b", therapy=True)
rule("burden", T2, r"\b(?:i am|i feel like|i feel|i have become|i am just|i am such|i am only|i am nothing but) (?:a|"
     r"such a|just a|nothing but a|only a|total|huge|a total|a huge) ?(?:drain|weight|nuisance|problem|burden|"
     r"waste of space) (?:on|to|for) (?:everyone|everybody|people|my family|them|others|my [\w']+)\b|\b(?:ruin|ruins|"
     r"ruined|ruining|spoil|spoiling|wreck|wrecking) (?:everyone|everybody|my family|their|my parents|my kids|"
     r"my partner)(?: is)? (?:life|lives)\b")
rule("burden", T2, r"\b(?:only|just|always) (?:make|making|makes) (?:things|everything|life|it) (?:worse|harder|"
     r"difficult) for (?:everyone|everybody|people|my family|them|others)\b")
rule("burden", T2, r"\b(?:drag|dragging|drags|bring|bringing|brings) (?:everyone|everybody|people|them|you all|"
     r"my family|the family|others|them all) down\b|\b(?:ruin|ruins|ruined|ruining|spoil|spoiling) (?:everything|"
     r"everyone's life|their lives|everyone's lives|everyones lives|people's lives|everything for everyone)\b")

rule("burden", T2, r"\bnothing but (?:trouble|a problem|a nuisance|a disappointment|a failure|a pain|grief|"
     r"hassle) (?:for|to) (?:my family|everyone|everybody|them|people|my [\w']+)\b")

rule("burden", T2, r"\b(?:better|happier|easier) (?:life|lives|future|time) without me\b", own=False)

rule("burden", T2, r"\b(?:simpler|easier|better|happier|lighter) if i (?:was|were) not (?:in (?:them|their lives|it|"
     r"the picture)|around)\b|\b(?:a )?(?:weight|drain|strain) on (?:everyone|everybody|my family|them|people|"
     r"my (?:parents|friends|partner|kids|children|husband|wife|mum|mom|dad|family|carers?))\b",
     own=False)

# ---- Tier 2: hopelessness about life (Beck's hopelessness; PHQ-9 item 2 in its strongest form)
rule("hopelessness", T2, r"\bhopeless(?:ness|ly)?\b(?!\s(?:at|with (?:money|maths|math|names|numbers|directions|"
     r"computers|tech|cooking)|romantic|case|cause|idea|plan|task|attempt|effort|mess|team|player|driver|cook|liar|"
     r"situation with))",
     therapy=True)
rule("hopelessness", T2, r"\b(?:no|not any|not a|do not have a|have no|lost all|lost|losing|"
     r"lose) (?:real )?(?:future|hope)(?: left)?\b(?!\s(?:of|in (?:this|that|the)|with (?:this|that|him|her)|"
     r"that (?:this|the|you)))", therapy=True)
rule("hopelessness", T2, r"\b(?:nothing|no one|nobody) (?:will|is going to|is ever going to|"
     r"will ever) (?:ever )?(?:get|be|feel|make (?:it|things|me)) (?:any )?(?:better|easier|okay|ok|good again|"
     r"right)\b|\bnothing (?:is|will) (?:ever )?(?:going to )?(?:change|improve) for me\b|\b(?:it|things|life|"
     r"my life|i) (?:will never|is never going to|are never going to|is not going to|are not going to|"
     r"am never going to|am not going to|never) (?:ever )?(?:get|be|feel|going to get) (?:any )?(?:better|easier|"
     r"okay|ok|good again|right)\b",
     therapy=True)
rule("hopelessness", T2, r"\b(?:do not|can not|cannot) (?:really )?(?:think|believe|see how|"
     r"imagine) (?:that )?(?:things|it|life|anything|my life|i) (?:will|is going to|are going to|am going to|could|"
     r"can|would) (?:ever )?(?:get|be|feel|become) (?:any )?(?:better|easier|okay|ok|good)\b(?!\s(?:with|at|unless|"
     r"until|between|for (?:him|her|them|the)))|\b(?:my |the )?future (?:is|looks|feels|seems) (?:so |really |"
     r"just )?(?:bleak|empty|dark|hopeless|pointless|black|grim|non existent)\b|\b(?:can not|"
     r"could not) cope with (?:life|living|anything|everything|being alive)\b|\bnothing (?:is|"
     r"will) (?:ever )?(?:going to )?(?:change|"
     r"improve)" + END + r"|\b(?:my )?life (?:has|holds) no (?:meaning|purpose|point|value)\b|\bno (?:meaning|"
     r"purpose|point) (?:in|to) (?:my life|life|living|anything|existing)\b|\b(?:everything|it all|all of it|life|"
     r"anything|existence|living) (?:is|feels|seems) (?:so |completely |totally |just )?(?:pointless|meaningless|"
     r"hopeless|empty)\b|\bit (?:is|feels|is all|all feels) (?:so |just )?pointless(?:\s,)?(?: all of it)?" + END +
     r"|\bnothing (?:left )?(?:for me|to look forward to|worth living for|in me|inside)\b(?!\s(?:to do|to say|to add|"
     r"to eat|to pack|here))",
     therapy=True)
rule("hopelessness", T2, r"\bwhat is (?:even )?the point (?:of|in) (?:anything|living|life|it all|going on|"
     r"carrying on|being alive|being here|trying|everything|me|existing|any of it|getting up)\b|"
     r"\bwhat is (?:even )?the point(?: anymore| any more)?" + END, therapy=True)
rule("hopelessness", T2, r"\b(?:can not|could not|do not) (?:really |even )?(?:see|find) (?:a|any) (?:way out|"
     r"way forward|way through|light|future|end to (?:it|this))\b|\bno way out\b(?!\s(?:of (?:the|that|my|his|her|"
     r"our) [\w']+))", therapy=True)
rule("hopelessness", T2, r"\b(?:given|give|giving|gave) up on (?:life|everything|myself|living|the future|"
     r"ever being happy|getting better|ever getting better|being happy|it all)\b|\b(?:want|feel like|felt like|ready|"
     r"going) (?:to )?(?:just )?giv(?:e|ing) up(?=\s(?:[.,]|completely|altogether|for good)|\s*$)", therapy=True)
rule("hopelessness", T2, r"\b(?:can not|could not) (?:go on|keep going|carry on|take (?:it|this|much more|any more|"
     r"anymore|the pain)|do this anymore|do this any more|cope anymore|cope any more|live like this|"
     r"keep living like this|handle (?:it|this|life) anymore|bear (?:it|this|life) anymore)\b(?!\s(?:with|doing|"
     r"holiday|a holiday|[\w']+ (?:anymore|any more)))", therapy=True)
rule("hopelessness", T2, r"\b(?:my )?life (?:is|feels|has become|seems) (?:so |just |completely |"
     r"totally )?(?:pointless|meaningless|worthless|hopeless|over|a waste|not worth it|empty)\b|"
     r"\bnothing (?:really )?matters\b|\b(?:done|tired|sick|exhausted) (?:of|with) (?:living|life|being alive|"
     r"existing|it all|being me|this life)\b(?!\s(?:with|in|admin|here|at|on|as|near|so far|in the))|\bdone trying\b|"
     r"\b(?:never|not ever) (?:going to|gonna) be (?:happy|okay|ok)\b|\bwill never be (?:happy|okay|ok)\b",
     therapy=True)
rule("hopelessness", T2, r"\b(?:feel|feeling|felt|am|i am|so) (?:so |completely |totally |really |"
     r"just )?trapped\b(?!\s(?:in (?:traffic|a lift|the lift|an elevator|the car|my car|a meeting|the meeting|"
     r"the office|(?:my|this|a) (?:job|role|contract|course|degree|flat|lease|routine|town))))|"
     r"\bthere is no (?:point|hope|future)(?=\s(?:[.,]|anymore|any more|for me|in anything|in trying|at all)|\s*$)|"
     r"\b(?:lost|losing) (?:all )?(?:the |my )?will to (?:live|go on)\b", therapy=True)

rule("hopelessness", T2, r"\bno light at the end of (?:the|this|my) tunnel\b|\b(?:given up|giving up|gave up|"
     r"lost) (?:all )?hope\b(?!\s(?:in|that|of|for|with))|\b(?:can not|could not|do not|cannot) (?:see|"
     r"imagine) (?:things|it|life|anything|my life) (?:ever )?(?:improving|getting better|changing|being okay|"
     r"being ok)\b", therapy=True)

rule("hopelessness", T2, r"\b(?:stopped|stop|can not|do not|no longer) see(?:ing)? (?:the|any) point (?:in|"
     r"of) (?:anything|everything|life|living|getting up|trying|carrying on)\b|\bno way (?:forward|through|"
     r"out) for me\b|\b(?:hope|hopes|hoping|wish|wishes|wishing)\b(?:\s[\w']+){0,6}? (?:so (?:that )?it (?:is|"
     r"will be|would be|is all) over|so i (?:can|could) die|and i die|kills me|takes me)\b", therapy=True)

# ---- Tier 2: goodbye behaviour (warning signs: putting affairs in order, giving possessions away)
rule("goodbye", T2, r"\b(?:written|writing|wrote|write|left|leaving|leave|sent|sending) (?:[\w']+ ){0,4}?(?:letters|"
     r"letter|notes|note|messages|message|cards|videos) (?:to|for) (?:everyone|everybody|all|my (?:family|kids|"
     r"children|parents|friends|loved ones|partner|mum|mom|dad|husband|wife)|the people|people i love|"
     r"everyone i love|each of)\b|\b(?:written|writing|wrote|write|left|leaving|recorded|"
     r"recording) (?:[\w']+ ){0,2}?(?:goodbye|farewell|final|last) (?:letters?|notes?|messages?|videos?|"
     r"cards?)\b", leaving=True)
rule("goodbye", T2, r"\b(?:giving|given|give|gave|gives) (?:away )?(?:all |most |half |lots |a lot |"
     r"some )?(?:of )?my (?:things|stuff|belongings|possessions|treasured [\w']+|favourite things|"
     r"prized [\w']+)(?: away)?\b|\b(?:will not|am not going to|do not|will never) need (?:it|her|him|them|any of it|"
     r"any of this|anything|my [\w']+|these|those|this|that)(?: anymore| any more| again| soon| much longer|"
     r" after)? where i am going\b")
rule("goodbye", T2, r"\bbecause i (?:will not|am not going to|might not|may not|will no longer) be (?:around|here|"
     r"alive)\b",
     leaving=True)
rule("goodbye", T2, r"\b(?:giv|gave|given|rehom|sold|sell|cancel)[\w']*\b.*\b(?:will not|am not going to|do not|"
     r"will never) need (?:it|her|him|them|any of it|any of this|anything|my [\w']+|these|those)\b")
rule("goodbye", T2, r"\b(?:saying|said|say|made|make|making) my goodbyes\b|\b(?:saying|said|"
     r"say) goodbyes? to (?:everyone|everybody|people|all of (?:you|them)|my (?:family|friends|kids|children|"
     r"loved ones|pets?)|the people i love|everyone i love|those i love)\b|\b(?:say|said|"
     r"saying) (?:a )?(?:proper )?goodbye (?:properly|for good|forever|before it is too late|while i (?:still )?can|"
     r"before i go)\b|\bthis is (?:my )?goodbye\b|\bthank (?:you|everyone)\b(?:\s[\w']+){0,4}? before i (?:go|leave|"
     r"am gone)\b|\b(?:a |my )?(?:letter|note|message|video) for (?:my |the )?[\w']+ (?:to read|to see|to find|"
     r"to watch) (?:after|when i am gone|once i am gone)\b", leaving=True)
rule("goodbye", T2, r"\b(?:you|they|anyone|no one|people|everyone) (?:will not|will never|are not going to|"
     r"will not ever) (?:have to )?(?:see|hear from|deal with|worry about|put up with) me (?:again|anymore|any more|"
     r"much longer|for long|ever again)\b|\b(?:will not|am not going to|might not|may not) be (?:around|here|"
     r"alive) (?:much longer|for much longer|for long|anymore|any more|to see|after (?:this|today|"
     r"tonight))\b", leaving=True)
rule("goodbye", T2, r"\b(?:might|may|will|could) be the last time (?:we|you|i) (?:ever )?(?:speak|talk|see|hear)\b|"
     r"\blast time (?:we|you) (?:will )?(?:ever )?(?:speak|talk|see me|hear from me)\b|\b(?:put|putting|get|getting|"
     r"got|sorting|sorted) (?:all )?my affairs (?:in order|sorted|straight)\b(?!\s(?:for (?:a|the|my)|before (?:the|"
     r"my) (?:move|wedding|trip|holiday|operation)))|\bmade sure\b.*\b(?:look after|take care of|have|feed|mind|"
     r"rehome) my (?:dog|cat|pet|pets|kids|children|plants|fish|rabbit|hamster)\b",
     leaving=True)
rule("goodbye", T2, r"\b(?:when|after|once) i am (?:gone|dead|not here|not around|no longer here|"
     r"no longer around)\b(?!\s(?:on|to|for (?:the|a)|away|travelling|abroad))")
rule("goodbye", T2, r"\b(?:tying|tie|tied|tidy|tidying) up (?:all )?(?:my |the )?loose ends\b|"
     r"\bso (?:that )?(?:no one|my family|they|no one else) (?:has|have|will have|would have|does not have|"
     r"will not have) to (?:deal with|sort out|clean up|worry about)\b|\b(?:sorted|sorting|sort|wrote|written|"
     r"writing|updated|updating) (?:out )?my (?:will|affairs|funeral)\b|\bthank(?:s|"
     r" you) for everything\b(?:\s[\w',]+){0,8}? (?:goodbye|will not|never|last time)\b",
     leaving=True)
rule("goodbye", T2, r"\b(?:sorted out|sorting out|decided|written down|worked out) who (?:gets|will get|should get|"
     r"will have|can have) my\b|\b(?:as if|like) it (?:was|were|is) the last time\b|\btell (?:my [\w']+|them|him|her|"
     r"everyone) i love (?:them|him|her|you)\b.*\bif (?:anything|something) (?:happens|"
     r"should happen)\b", leaving=True, own=False)
rule("goodbye", T2, r"\bin case (?:something|anything) (?:happens|should happen|were to happen) to me\b|"
     r"\b(?:will not|am not going to|do not) (?:have (?:any )?use for|be needing|be using) (?:it|them|her|him|"
     r"any of it|anything)\b",
     leaving=True)
rule("goodbye", T2, r"\b(?:rang|called|phoned|texted|messaged|visited|wrote to|"
     r"emailed) (?:[\w']+ ){0,3}?to say goodbye\b", leaving=True)
rule("goodbye", T2, r"\b(?:gave|giving|given|give)\b.*\bgoing away for (?:a long time|a very long time|good|ever)\b|"
     r"\bgoing (?:away|somewhere) (?:for good|forever|and not coming back|and i will not be back)\b")
rule("goodbye", T2, r"\b(?:do not|don't) think i (?:will|would|am going to) be (?:around|here|"
     r"alive) (?:for )?(?:much longer|long|next year|by christmas)\b|\bto remember me by\b|\b(?:giving|gave|"
     r"given) (?:people|everyone|my friends|my family|them) (?:things|stuff|my things)\b(?:\s[\w']+){0,3}? (?:i want "
     r"them to have|to keep)\b", leaving=True)

# ---- Tier 2: life said to be over, death as relief, a way out wished for (fifth round)
rule("hopelessness", T2, r"\b(?:my|your) life is (?:basically |pretty much |already |just |kind of |sort of )?(?:over|"
     r"finished)\b(?!(?:\s[\w']+){0,4}? (?:lol|haha|because|cos|if|when|until|till)\b)(?![^.]*\b(?:test|exam|phone|"
     r"party|game|team|match|season|holiday|job interview)\b)", therapy=True)
rule("passive_ideation", T2, r"\b(?:dying|death|being dead|not waking up|not being here)(?: it)? (?:is|would be|feels|"
     r"sounds|seems)(?: more| almost| kind of| sort of)?(?: like)?(?: a)? relief\b|\b(?:daydream|dream|fantasise|"
     r"fantasize|imagine|wish|hope)\w*(?: about| of)? (?:a|the) (?:bus|lorry|truck|car|train) (?:taking me out|"
     r"hitting me|running me over)\b|\bthat (?:would|could|might) be my way out\b(?! of\b)")
rule("burden", T2, r"\b(?:deserves?|deserved) better than (?:me|a (?:[\w']+ )?(?:husband|wife|mum|mom|dad|mother|"
     r"father|partner|son|daughter|friend|sister|brother) (?:who is (?:a |such a |just a )?(?:burden|"
     r"waste|failure|mess|drain|weight|liability|useless|nothing)|like me))\b|\b(?:would be|be) relieved if "
     r"(?:you|i) (?:was|were) (?:gone|dead|not here|not around)\b(?! (?:from|for|on|at)\b)", therapy=True, own=False)
rule("goodbye", T2, r"\b(?:song|songs|music|hymn|hymns|reading|readings|poem) i (?:want|would like) (?:played|read|"
     r"sung) at (?:my|the) funeral\b")
