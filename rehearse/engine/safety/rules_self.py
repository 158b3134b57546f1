"""Tier-1 rules about the speaker's own life: active ideation, a plan or means, recent self-harm or overdose."""

from __future__ import annotations

from rehearse.engine.safety.rule import T1, rule
from rehearse.engine.safety.words import (END, KILL_VERBS, ME, PILLS, SELF_VERBS, W, ACCIDENT)


# ---- Tier 1: active ideation (C-SSRS items 2-5; PHQ-9 item 9 "better off dead")
rule("active_ideation", T1, rf"\b{KILL_VERBS} {ME}\b{ACCIDENT}", past=True)
rule("active_ideation", T1, r"\b(?:end|ending|ended|take|taking|took|takes) my (?:own )?life\b(?!\s(?:back|in my|"
     r"into|seriously|forward|more|at|one day|step))", past=True)
rule("active_ideation", T1, r"\bsuicid(?:e|al|ality|ally)\b", past=True)
rule("active_ideation", T1, r"\b(?:want|wants|wanted|wanting|wish|wished|wishing|need|needed|ready|going|plan|"
     r"planning|planned|tempted|decided|intend|intending|just want|would like|like) (?:to )?(?:just )?(?:die|be dead|"
     r"not be alive|not live|stop living)\b(?!\s(?:of|for|laughing|if|when|than|alone|on|in a|with|from|happy|old|"
     r"rich|young|my|your|her|his|it|the|trying))",
     past=True)
rule("active_ideation", T1, r"\b(?:should|might as well|may as well|could|better|deserve to|"
     r"need to) (?:just )?(?:die|be dead)\b(?!\s(?:of|for|laughing|if|when|than|alone|on|in a|with|from|happy|old|"
     r"rich|young|trying|here|my|your|her|his|it|the))|\b(?:want|wish|need|would like) (?:my life|my own life|"
     r"this life|my existence) to (?:be over|end|stop)\b|\bend(?:ing)? it (?:tonight|today|this weekend|tomorrow|"
     r"for good|once and for all|soon|right now)\b", past=True, therapy=True)
rule("active_ideation", T1, r"\b(?:going to|gonna|might|will|about to|scared i will|afraid i will|scared i might|"
     r"afraid i might|want to|could) do something (?:stupid|drastic|silly|dangerous|bad to myself|"
     r"to myself)(?:\s(?:tonight|today|to myself|soon|again|this weekend|"
     r"right now))?" + END + r"|\b(?:can not|could not) (?:promise|guarantee|say|be sure) (?:that )?i (?:will|would|"
     r"am going to|can) (?:be|keep myself|stay) safe\b|\b(?:do not|can not) (?:think|see how) i (?:will|can|"
     r"am going to) (?:make it|get) through (?:the night|tonight|today|this week|the weekend)\b|"
     r"\battempted (?:suicide|before|again|to (?:kill|end|take))\b|\b(?:end|ending) everything\b(?!\s(?:with|"
     r"between))|\bwant to jump" + END +
     r"|\b(?:jump|jumping|jumped|throw myself|throwing myself) (?:off|from) (?:something|somewhere|anything) (?:high|"
     r"tall)\b",
     past=True, therapy=True)
rule("active_ideation", T1, r"\b(?:want|wanted|wanting|wanna|wish|wished|wishing|ready|plan|planning|planned|decided|"
     r"deciding|considering|considered|tempted|longing|long|crave|craving|need|needing|"
     r"going)\b(?!\s(?:the|that|this|his|her|their|him|them|it|you|everyone|those|these)\s(?:[\w']+\s){0,2}?to die\b)"
     r"(?:\s[\w']+){0,5}? (?:to die\b(?!\s(?:my|your|her|his|it))|suicide|"
     r"kill myself" + ACCIDENT + r"|killing myself" + ACCIDENT + r"|end my life|ending my life|end it all|"
     r"take my (?:own )?life(?!\s(?:back|in my|into|seriously|forward|more|one day|step))|"
     r"taking my (?:own )?life(?!\s(?:back|in my|into|seriously|forward|more|one day|step))|out of (?:this )?life|"
     r"out of this world|stop living|be dead)\b|\b(?:death|dying|suicide|killing myself|ending it|"
     r"ending my life) (?:is|seems|feels|looks) (?:like )?(?:the|my) (?:only|best|easiest|last) (?:option|way out|"
     r"answer|solution|choice|escape|way)\b|\b(?:can not|could not) live (?:anymore|any more|any longer)\b|"
     r"\b(?:do not|no longer) (?:want|wanna) to (?:live|go on|carry on) like this\b|\b(?:do not|have not got|"
     r"there is not|there is nothing|have not) (?:have )?(?:anything|much|something) (?:left )?to live for\b",
     past=True)
rule("active_ideation", T1, r"\bi am (?:going to|about to|ready to) die\b(?!\s(?:of|if|when|laughing|alone|soon|"
     r"happy|in|at|on|without|before|from|for|old|young))")
rule("active_ideation", T1, r"\b(?:would|had|would much) rather (?:just )?(?:be dead|die)\b(?!\s(?:than|then))")
rule("active_ideation", T1, r"\b(?:wish|wished|wishing|want|wanted) (?:that )?i (?:was|were|had been|could be|"
     r"would be) (?:dead|not alive|never alive)\b", past=True)
rule("active_ideation", T1, r"\b(?:better off|easier|best|happier|a relief|better for everyone|"
     r"better)(?: for (?:everyone|everybody|them|all|my family|the world))? (?:if i (?:was|were|had|just) (?:dead|"
     r"died)|if i (?:just )?died|dead)\b",
     past=True)
rule("active_ideation", T1, r"\b(?:do not|no longer|never|not) (?:really |even |actually )?(?:want|wanna|"
     r"wish) to (?:be alive|live|exist|keep living|stay alive)\b(?!\s(?:in|with|at|like|there|for|near|on|if|without|"
     r"here|today|right now|in this|doing|through|as|the same))|\b(?:do not|no longer|never|not) (?:really |even |"
     r"actually )?(?:want|wanna|wish) to (?:be here|be around|carry on|keep going|go on)(?:\s(?:anymore|any more|"
     r"any longer|in this world|on this earth|like this))?" + END, therapy=True)
rule("active_ideation", T1, r"\b(?:no|not (?:any|a single|one)|nothing left|nothing|not really any) (?:real |"
     r"good )?reasons? (?:for me )?(?:left )?to (?:live|go on|keep going|carry on|be here|be alive|stay alive|"
     r"keep living)\b|\bnothing (?:left )?to live for\b|\b(?:life|living|my life) (?:is|feels|is just|"
     r"is really) (?:not|no longer|never) worth (?:living|it)\b|\bnot worth living\b")
rule("active_ideation", T1, r"\b(?:do not|can not|cannot|could not|never) (?:really )?see (?:the|any|a) (?:point|"
     r"reason) (?:in |of |to )?(?:living|going on|carrying on|being alive|being here|life|staying alive|keep going|"
     r"keep living|live|existing)\b(?!\s(?:with|about|at|to|here))|\bno point (?:in |to )?(?:me )?(?:living|going on|"
     r"carrying on|being alive|being here|staying alive|existing|life)\b(?!\s(?:with|about|at|to|here))")
rule("active_ideation", T1, r"\bend(?:ing)? it all\b|\b(?:want|wants|wanna|going|will|gonna|might|should|could|just|"
     r"to|plan|and|planning|decided|ready) (?:to )?(?:just )?end it(?: all)?(?: tonight| today| now| soon|"
     r" this weekend| for good| once and for all| tomorrow)?" + END, therapy=True)
# ... and "end it tonight" is never the sessions, which do not meet at night ("I can't do this exercise, I'm going to
# end it tonight")
rule("active_ideation", T1, r"\b(?:want|wants|wanna|going|will|gonna|planning|decided|ready) to (?:just )?end it "
     r"tonight" + END)
rule("active_ideation", T1, r"\b(?:drive|driving|drove|crash|crashing|crashed|steer|steering) (?:my car |the car |"
     r"myself )?(?:into|off) (?:a|the) (?:tree|wall|lorry|truck|oncoming traffic|traffic|river|cliff|bridge)\b|"
     r"\bcrash(?:ed|ing)? (?:my|the) car on purpose\b")
rule("active_ideation", T1, rf"\b(?:slit|slitting|slash|slashing|cut|cutting) my (?:wrists?|throat)\b{ACCIDENT}")

rule("active_ideation", T1, r"\b(?:had enough of|done with|finished with) (?:living|being alive|existing)\b|"
     r"\bend it (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|my birthday)|next week|"
     r"this (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month))\b|\b(?:close|so close|near|"
     r"this close) to (?:ending it|ending my life|killing myself|suicide|doing it|ending everything)\b|"
     r"\bmake sure (?:of it|i (?:do not|never) wake up)\b", past=True, therapy=True)

rule("active_ideation", T1, r"\b(?:want|wanna|going|ready) to (?:dye|kill)" + END + r"|\b(?:feel|felt|"
     r"feeling) like ending it" + END, past=True, therapy=True)

rule("active_ideation", T1, r"\bif i (?:[\w']+ ){0,2}?(?:crash|crashed|drove|drive|jump|jumped|step|stepped|took|"
     r"swallowed|did not wake|never woke)\b.*\b(?:it|everything|this|the pain|all this) (?:would|will|"
     r"could) (?:all )?(?:be over|stop|end)\b|\bthe only thing (?:stopping|keeping) me from (?:killing myself|"
     r"ending it|suicide|doing it|dying)\b", past=True)

rule("active_ideation", T1, r"\bready for (?:it|everything|it all|this|life) to (?:be over|end|stop)\b|"
     r"\breasons? (?:to|why i should) die\b|\b(?:planning|plan|going|decided|want|ready|"
     r"about) to end things\b(?!\s(?:with|between|here|there|properly|well|on good terms|today|in therapy|"
     r"with you))(?:\s(?:on (?:my |the )?[\w']+|tonight|this [\w']+|soon|for good))?"
     + END + r"|\bscared (?:of )?what i (?:might|could|would|will) do to myself\b|\b(?:can not|could not|"
     r"should not) be trusted (?:around|with) (?:sharp things|knives|blades|razors|pills|my meds|medication|"
     r"myself)\b|\b(?:do not|can not) trust myself (?:around|with|tonight|not to)\b", past=True, therapy=True)

rule("active_ideation", T1, r"\b(?:meaning|meant|going|wanted|want|planned|planning|plan|tried|"
     r"trying) to\b.*\b(?:and|to) (?:not|never) (?:come back|come home|come out|return)\b|\b(?:angry|annoyed|"
     r"disappointed|upset|sad|gutted|wish) (?:that )?it (?:did not|didn't) work\b|\b(?:should|could|might as well|"
     r"want to|going to) (?:just )?end it (?:all )?(?:before|already|now|so that|so)\b|\b(?:feel|felt|am|"
     r"i am) (?:so )?(?:calm|at peace|peaceful)\b.*\b(?:i have decided|made up my mind|made my decision|"
     r"like i have decided)\b", past=True, therapy=True)

# ---- Tier 1: a plan or means (C-SSRS item 5 and preparatory behaviour)
rule("plan_means", T1, rf"\b(?:saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|stashing|"
     rf"stashed|stash|storing|stored|building up|built up|hiding|hidden|hid|squirrelling|"
     rf"squirreling)(?: up)?(?: all)?(?: of)?(?: my| the| some| a)?(?:\s[\w']+)? {PILLS}\b(?!\s(?:from|at|up from|"
     rf"in (?:a|my|the) (?:pill|dosette|weekly|daily)|organiser|organizer|for the week))|\b(?:collecting|collected|"
     rf"gathering|gathered|accumulating|accumulated|putting aside|setting aside|put aside|"
     rf"set aside) (?:up )?(?:all )?(?:my |the |some )?(?:[\w']+ )?{PILLS} (?:for (?:weeks|months|days|a while|ages|"
     rf"when)|just in case|in case)\b|\b{PILLS}\b.*\b(?:take|swallow|down|neck) (?:them all|all of them|the lot|"
     rf"the whole lot|every (?:single )?one|all of it|it all)\b|\bstash of(?:\s[\w']+)? {PILLS}\b|\b{PILLS} (?:saved|"
     rf"stashed|stockpiled|hidden|hoarded|put away|set aside|squirrelled|squirreled|stored)\b", accident=True)
rule("plan_means", T1, rf"\b(?:{PILLS}|rope|noose|blades?|razor|razors|gun|knife|belt|cord|"
     rf"ligature)\b{W}{{0,6}}? (?:for when i am ready|just in case i|for later|to end it|to end my life|"
     rf"to kill myself|to do it|(?:are |is )?ready|for the right time|for when i need|for when it gets|"
     rf"for when i decide|for the day|in case i (?:decide|need|want|change my mind)|when the time comes|"
     rf"(?:to )?go through with it)\b")
rule("plan_means", T1, r"\b(?:date|day|night|time|place|way|spot) (?:i am going to|i will|i would|i want to|"
     r"i plan to|i have picked to|to) (?:do it|end it|kill myself|die)" + END)
rule("plan_means", T1, r"\bhow (?:many|much)\b(?:\s[\w']+){0,4}? (?:it would take|would it take|it takes|"
     r"does it take|would kill|to die|to overdose|to take to|would be fatal|would be enough|is fatal|is lethal|"
     r"is enough to)\b|\bhow to (?:die|kill myself|end it|end my life|overdose|hang myself|tie a noose|"
     r"do it painlessly|do it without)\b|\bways to (?:die|kill myself|end it|end my life|do it|commit suicide)\b|"
     r"\b(?:lethal|fatal|deadly) (?:dose|amount|quantity|combination|overdose)\b|\b(?:painless|quickest|easiest|best|"
     r"surest) (?:way|ways|method|methods) to (?:die|do it|go|end it)\b")
rule("plan_means", T1, r"\bnoose\b|\b(?:bought|buy|buying|got|get|getting|have|made|making|tied|tying|hid|hidden|"
     r"hiding) (?:a |the |some )?rope\b(?!\s(?:for|to tie|to hang (?:the|my|a|up)|swing|ladder|course|and (?:pegs|"
     r"tent)))")
rule("plan_means", T1, rf"\b(?:bridge|roof|rooftop|cliff|cliffs|ledge|balcony|car park|multi storey|tower|tracks|"
     rf"railway|platform|motorway|buildings|tall building|high places|heights|"
     rf"railway line)\b(?:\s[\w']+){{0,8}}? (?:jump|jumping|jumped|looking down|look down|looked down|"
     rf"over the (?:edge|side|railing|rail)|fall|falling|how high|how far down|end it|let go|throw myself|"
     rf"waited for (?:a|the) train|waiting for (?:a|the) train|and waited)\b|\b(?:bought|buying|got|collecting|"
     rf"collected|gathering|stocking up on|stocked up on|getting|get|buy|collect) (?:a lot of|lots of|loads of|"
     rf"several|extra|"
     rf"multiple|boxes of|packets of|a load of|so many|a stash of|enough)(?:\s[\w']+)? {PILLS}\b(?!\s(?:for (?!when|"
     rf"later|the right|the day)))|\b(?:collecting|collected|stockpiling|hoarding|saving|"
     rf"hiding) (?:razor )?blades\b(?!\s(?:for (?!when|later|the right|the day)))|\b(?:gun|rope|knife|blade|blades|"
     rf"pills|tablets)\b.*\b(?:thought about|thinking about|think about|thinking of) (?:using|taking) (?:it|them)\b|"
     rf"\b(?:jump|jumping|jumped|throw myself|throwing myself|step|stepping|walk|walking|lie down|lying down|fall|"
     rf"falling) (?:off|from|in front of|under) (?:a|the) (?:bridge|roof|building|cliff|train|bus|lorry|truck|"
     rf"traffic|car|balcony|car park|tower|ledge|window|motorway)\b|\bhow high(?:\s[\w']+){{0,3}}? (?:bridge|roof|"
     rf"car park|building|cliff|balcony|tower)\b", accident=True)
rule("plan_means", T1, r"\bwhich (?:bridge|building|roof|cliff|pills|tablets|method|knife|rope|tree|train|car park|"
     r"tower) i (?:would|will|am going to|could|want to|would want to) (?:use|jump|go|take|pick)\b|\b(?:planning|"
     r"planned|plan|worked out|working out|figured out|figuring out|thinking about|thought about|decided|"
     r"deciding) (?:exactly )?(?:how|when|where) (?:to|i would|i will|i am going to|i could|i might) (?:do it|end it|"
     r"kill myself|die)\b")
rule("plan_means", T1, r"\bknow (?:exactly |just )?(?:how|when|where) i (?:would|will|am going to|could|should|"
     r"want to) (?:do it|end it|kill myself)\b|\b(?:picked|chosen|chose|set|decided on|got) (?:a|the) (?:date|day|"
     r"time|place|method|spot)(?:\s(?:to do it|for it|to end it|to die))?" + END, leaving=True)
rule("plan_means", T1, r"\b(?:a|my|the) (?:plan|method|way) (?:to|for|of) (?:end|ending|kill|killing|die|dying|"
     r"suicide|do it|doing it|taking my life)\b")
rule("plan_means", T1, r"\bsuicide (?:note|letter|plan)\b|\bgoodbye note\b")
rule("plan_means", T1, r"\b(?:garage|car)\b(?:\s[\w']+){0,6}? engine running\b|\bhose(?:pipe)? (?:to|from|on|"
     r"into) the exhaust\b")
rule("plan_means", T1, rf"\b(?:use|using|used|turn|turning|point|pointing|put|putting) (?:it|the gun|a gun|the knife|"
     rf"a knife|them|the pills|the blade|the rope) (?:on|against|to) (?:{ME}|my (?:head|wrist|wrists|throat|"
     rf"chest))\b")

rule("plan_means", T1, rf"\bhow many {PILLS} (?:i need|i would need|i will need|i would have to take|to take)\b|"
     rf"\b(?:a bottle|a box|a packet|a stash|all|a handful) of(?:\s[\w']+)? {PILLS}\b.*\b(?:for tonight|tonight|"
     rf"ready)\b|\b(?:cliff edge|the edge|the bridge|the cliffs|the roof|the tracks)\b(?:\s[\w']+){{0,3}}? (?:every ("
     rf"?:day|night)|again and again|at night|most nights)\b")

rule("plan_means", T1, r"\b(?:on|at) the (?:bridge|edge|roof|cliff|cliffs|ledge|tracks|railway|platform edge|"
     r"top of the [\w']+) (?:right now|now|at the moment)\b")

rule("plan_means", T1, rf"\bhow i (?:could|would|will|might|am going to|can) (?:end it|end my life|kill myself|"
     rf"do it)\b.*\b(?:the date|a date|the day|note|{PILLS}|rope|bridge|nobody would stop me|no one would stop me)\b|"
     rf"\b(?:how i (?:could|would|will|might|am going to|can) (?:end it|end my life|kill myself))\b|"
     rf"\bas many(?:\s[\w']+)? {PILLS} as\b|\b(?:wake up|die|dying|end it|kill myself|suicide|"
     rf"suicidal)\b.*\b(?:looking at|staring at|holding|counting|lined up|laid out) (?:my |the |all my |"
     rf"all the )?(?:{PILLS}|blades|razor|rope|knife)\b")

rule("plan_means", T1, r"\b(?:sat|sitting|stood|standing|lay|lying)\b(?:\s[\w']+){0,6}? (?:with|holding) (?:a|the|"
     r"my) (?:razor|blade|blades|knife|pills|tablets|rope|belt|noose)\b|\b(?:top of|edge of|on top of|"
     r"on the roof of) the (?:[\w']+ ){0,2}(?:car park|building|bridge|cliff|tower|"
     r"block)\b(?:\s[\w']+){0,4}? (?:thinking about it|for ages|for hours|thinking about jumping|looking over|"
     r"looking down)\b")

rule("plan_means", T1, r"\b(?:gas|engine|car running|pills|tablets|meds|heater|charcoal|fumes)\b.*\b(?:not|"
     r"never) wake up\b|\b(?:not|never) wake up\b.*\b(?:gas|engine running|pills|tablets|meds|charcoal|fumes)\b|"
     r"\b(?:already decided|i have decided|made up my mind)\b.*\b(?:pick|choose|set) (?:the|a) (?:day|date|"
     r"time)" + END + r"|\blife insurance\b.*\b(?:if i die|when i die|if i am dead|pays? out|suicide)\b|"
     r"\b(?:a plan and the means|the means and a plan|have the means|got the means)\b")

rule("plan_means", T1, r"\b(?:got|have|bought|gathered) everything i (?:need|would need) (?:to do it|to end it|"
     r"to end my life|to kill myself)\b")

# ---- Tier 1: recent self-harm or overdose (C-SSRS behaviour items; NICE NG225)
rule("self_harm", T1, rf"\b{SELF_VERBS} {ME}\b{ACCIDENT}", past=True)
rule("self_harm", T1, r"\bself (?:harm|harming|harmed|harms|injury|injuring|injure|injured|mutilation|mutilate|"
     r"mutilating|poison|poisoning)\b", past=True)
rule("self_harm", T1, rf"\b(?:cutting|burning|scratching|bleeding|purging|harming|hurting|relapsed|relapsing|"
     rf"relapse)(?: {ME})? again\b|\b(?:been|started|start|starting|back to|gone back to|going back to|keep|kept|"
     rf"still|am) cutting(?=\s(?:[.,]|again|myself|my (?:arm|arms|wrists?|legs?|thighs?|skin|stomach|body)|since|for|"
     rf"every|most|a lot|lately|recently|more|at night|when|because|and)|\s*$)", past=True)
rule("self_harm", T1, r"\b(?:addicted to|urges? to|craving|crave) (?:cutting|self harm|self harming|hurting myself|"
     r"burning myself|cut)\b|\b(?:carve|carved|carving|etched|etching|cut|scratched|"
     r"scratching) (?:[\w']+ ){1,2}into my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|body|hip|hips|"
     r"chest|ankle|ankles|ribs|side|belly)\b|"
     r"\b(?:purg\w*|making myself sick|made myself sick|make myself sick|throwing up|starving|"
     r"not eating)\b(?:\s[\w']+){0,3}? (?:to punish myself|as (?:a )?punishment)\b", past=True)
rule("self_harm", T1, r"\b(?:cut|cuts|cutting|burn|burns|burning|burnt|burned|scratch|scratches|scratching|scratched|"
     r"carve|carved|carving|slice|sliced|slash|slashed|stab|stabbed|stabbing) (?:into )?my (?:arm|arms|wrist|wrists|"
     r"forearm|forearms|leg|legs|thigh|thighs|skin|stomach|body|hip|hips|chest)\b(?!\s(?:on (?:a|the|an|some)|while|"
     r"by accident|accidentally|shaving|cooking|on the|in the sun|on holiday|at the beach|sunbathing))", past=True)
# (an itch is not self-harm: "scratching my eczema till it bleeds")
rule("self_harm", T1, r"\b(?![^.]*\b(?:eczema|psoriasis|bites|hives|chickenpox|rash)\b)(?:scratch|scratched|scratching|"
     r"pick|picked|picking|hit|hitting|punch|punched|punching|"
     r"bang|banged|banging|bite|bit|biting|claw|clawed|clawing|pull|pulled|pulling|rub|rubbed|rubbing|hurt|hurting|"
     r"cut|cutting)\b(?!\s(?:me|him|her|them|you|us)\b)(?:\s[\w']+){0,6}? (?:till|until|til|untill) (?:it|they|i|"
     r"my [\w']+) (?:bleed|bleeds|bled|bruise|bruises|bruised|broke|break|was bleeding|were bleeding|"
     r"started bleeding)\b", past=True)
rule("self_harm", T1, r"\b(?:cut|burned|burnt|burn|hit|punched|banged|scratched|hurt|starved|bruised|bit|scalded|"
     r"punch|punching|hitting|banging)\b(?:\s[\w']+){0,5}? (?:on purpose|deliberately|to punish myself|"
     r"as (?:a )?punishment|to feel something|to feel anything|to feel better|until (?:it|they|"
     r"my [\w']+) bled)\b", past=True)
rule("self_harm", T1, r"\boverdos(?:e|ed|es|ing)\b", past=True)
rule("self_harm", T1, rf"\b(?:took|taken|swallowed|had) (?:\d{{2,}}|twenty|thirty|forty|fifty|"
     rf"a hundred)(?:\s[\w']+)? {PILLS}\b|\b(?:took|taken|swallowed) (?:my whole|my entire|all my|the whole|"
     rf"a month of my|a week of my) (?:prescription|supply|bottle|packet|box|meds|medication)\b|\b(?:drank|drink|"
     rf"drinking|swallowed|swallow|took) (?:some )?(?:bleach|poison|antifreeze|weedkiller|rat poison|drain cleaner|"
     rf"batteries)\b", past=True)
rule("self_harm", T1, r"\b(?:i|and|then|so|had|have) (?:cut|burned|burnt|scratched|self harmed|harmed) (?:again|"
     r"last night|yesterday|today|this morning|tonight|this week|at the weekend|"
     r"on the weekend)\b(?![\w']*\s(?:session|meeting|call|class|shift|visit|appointment|short|early))|\b(?:made|"
     r"make|making|makes) (?:myself|my [\w']+) (?:bleed|bleeding|bruise|bruised)\b", past=True)
# (what is taken every morning, with breakfast or as told is a routine: "I take all my tablets together in the morning")
_ROUTINE = (r"(?![\w' ]*\b(?:every (?:morning|night|day)|in the morning|with (?:breakfast|food|dinner)|at bedtime|"
            r"like the doctor|as prescribed|to save time)\b)")
rule("self_harm", T1, rf"\b(?:took|taken|take{_ROUTINE}|taking|swallowed|swallow|swallowing|necked|downed|had) "
     rf"(?:too many|"
     rf"a (?:whole )?(?:handful|load|lot|bunch|bottle|packet|box|pack|strip|month's supply|months supply) of|"
     rf"all (?:of )?my|loads of|extra|double|triple|every one of my|the whole (?:packet|box|bottle|pack|"
     rf"strip) of)(?:\s[\w']+){{0,2}}? {PILLS}\b(?!\s(?:for my (?:back|head|headache|pain|tooth|period|cold|flu)))|"
     rf"\b(?:mixed|mixing|mix|took|taking|take) (?:my )?{PILLS} with (?:alcohol|vodka|wine|drink|booze|beer|gin|"
     rf"whisky|whiskey)\b", past=True, accident=True)
rule("self_harm", T1, r"\b(?:have not|had not|not|did not|do not|stopped|stop) (?:eaten|eating|"
     r"eat)\b(?:\s[\w']+){0,8}? (?:because i (?:do not|did not) deserve|because i deserve (?:to (?:suffer|starve|"
     r"be punished|hurt|feel pain|die)|it|nothing)|to punish|as (?:a )?punishment|so i (?:can )?disappear)|"
     r"\b(?:do not|did not) deserve (?:to eat|food)\b")
rule("self_harm", T1, r"\b(?:hit|hitting|bang|banging|banged|smash|smashing|smashed|bash|bashing|bashed) my (?:head|"
     r"face) (?:against|into) (?:the|a) (?:wall|floor|door|desk)\b", past=True)
rule("self_harm", T1, rf"\b(?:taking|took|take|been taking) more {PILLS} than (?:i should|prescribed|i am meant to|"
     rf"i am supposed to|i am allowed)\b|\bslit (?:my|both) (?:arm|arms|leg|legs|wrist|wrists|skin|thigh|"
     rf"thighs)\b", past=True)
rule("self_harm", T1, rf"\b(?:i have|i just|just|already) (?:taken|took|swallowed|necked|downed) (?:the|all the|"
     rf"them all|all of the|all of them|"
     rf"all my) {PILLS}?" + END + rf"|\b(?:bleeding|bled)\b(?:\s[\w']+){{0,3}}? (?:after|from) (?:cutting|the cuts|"
     rf"my cuts|hurting myself|self harming)\b|\b(?:can not|could not) stop (?:the )?bleeding\b|\b(?:neck|necking|"
     rf"downing|down) (?:a load of|loads of|a handful of|all my|a bunch of|a box of|a packet of) {PILLS}\b",
     past=True)
rule("self_harm", T1, r"\b(?:took|taken|swallowed|swallow) (?:every|each|all the|every single) (?:pill|pills|tablet|"
     r"tablets|painkiller|painkillers)\b|\b(?:do not|stopped|not|have not|cannot|can not) (?:eat|eating|"
     r"eaten)(?=\s(?:anymore|any more|properly|much|at all|for|because|since|and|so|[.,])|"
     r"\s*$).*\b(?:deserve(?! to be (?:healthy|happy|fit|well|better|loved))|punish|punishment|"
     r"disappear)\b", past=True)
rule("self_harm", T1, r"\b(?:woke up|ended up|was) in (?:hospital|a&e|a and e|the er|intensive care)\b.*\b(?:took|"
     r"the tablets|the pills|overdose|overdosed|cut|slashed|tried)\b|\bcutting (?:deeper|more|harder)(?: (?:each|"
     r"every) time| than before)?\b|\b(?:tied|put|wrapped|"
     r"tightened|pulled) (?:a|the|my) (?:belt|rope|cord|cable|ligature|wire|tie|scarf|lead) (?:round|"
     r"around) my (?:neck|throat)\b(?!\s(?:because it was|to keep warm|for))", past=True)

# ---- Tier 1: everything swallowed at once, and "it" done by a day ("by then I'll have done what I've been planning")
rule("self_harm", T1, r"\bswallowed (?:everything|the lot|the whole (?:pack|packet|box|bottle)|a whole (?:pack|packet|"
     r"box|bottle)|all (?:of )?(?:them|it|my|the)\b)", past=True)
_BY_THEN = (r"\bby (?:then|the next (?:one|session|appointment)|next (?:week|session|time)|the (?:next|second) one) "
            r"i will ")
rule("plan_means", T1, _BY_THEN + r"(?:have gone through with|be dead|not be (?:alive|here to))\b|"
     r"\bi will be (?:dead|gone) (?:by|before) (?:[\w']+ ){1,5}?if i have my way\b")
# ... "I'll have done it" is the homework as often, so the therapy named in its sentence calms it
rule("plan_means", T1, _BY_THEN + r"have done (?:it|what i have been planning)\b", therapy=True)
rule("active_ideation", T1, r"\b(?:doing|do|going to do|end|ending) it (?:all|tonight|today|now)\b"
     r"(?:\s[\w',.]+){0,4}? (?:do not|no one|nobody|you can not) (?:try (?:to |and )?|is (?:going to )?)?"
     r"(?:stop|stopping|talk|talking) me\b")
# ... "end therapy and my life", and the whole bottle thought of ("i'm thinking of taking the whole bottle")
rule("active_ideation", T1, r"\b(?:end|ending) (?:[\w']+ ){1,3}?and (?:then )?my (?:own )?life\b"
     r"(?! back| as (?:it|i)\b| the way| in (?:hand|my (?:own )?hands)| forward| over| into)")
rule("plan_means", T1, r"\b(?:thinking (?:of|about)|going to|want to|might|tempted to|planning to|plan to|could just) "
     r"(?:just )?(?:take|taking|swallow|swallowing|down|downing|neck|necking) (?:the whole|a whole|all the|all of the|"
     r"all my|every) (?:bottle|packet|pack|box|tub|strip|lot|pills|tablets|meds|medication|of them)\b(?! of (?:wine|"
     r"water|vodka|gin|juice|milk|beer|coke|squash|sweets|crisps|biscuits)\b| to\b| with\b| back\b)", past=True)
# ---- Tier 1: the self-harm said to have come back, and pins pushed into the skin
rule("self_harm", T1, r"\b(?:the |my )?(?:cutting|self harm|self harming|burning|purging|scratching)"
     r"(?:\s[\w',]+){0,3}? (?:came|has come|is coming|come|started coming) back\b|"
     r"\b(?:sticking|stick|stuck|pushing|pushed|jabbing|jabbed) (?:pins|needles|a pin|a needle|the compass|a compass|"
     r"safety pins) (?:in|into) my\b", past=True)
# ---- Tier 1: all of one's insulin or tablets at once; a hose to the exhaust; means kept "and you know what it's for"
rule("plan_means", T1, rf"\b(?:if i|i could|i might|going to|want to|thinking (?:of|about)|planning to) (?:just )?"
     rf"(?:take|taking|inject|injecting|swallow) (?:all|all of) my {PILLS} (?:at once|in one go)\b|"
     rf"\bhose (?:for|to|on|onto|into|through) the (?:car )?exhaust\b", past=True)
rule("plan_means", T1, r"\b(?:charcoal|tape|rope|pills|tablets|blades?|razors?|hose|ligature|belt|meds|insulin|gun)\b"
     r"(?:\s[\w',]+){0,12}? (?:(?:i think |and )?you (?:know|can guess) (?:what (?:that|it|they) (?:is|are) for|"
     r"why)(?=\s\.|\s*$)|not for (?:a |the )?(?:barbecue|bbq|camping|garden|diy|headache)\b(?![^.]*\b(?:it is|they "
     r"are|it was|they were) for\b))", past=True)
# ---- Tier 1: the last talk, then "it" ("this is the last time we'll talk, i'm going to do it after i log off")
rule("active_ideation", T1, r"\b(?:last time (?:we will|you will|i will) (?:talk|speak|hear)|last time you will hear "
     r"from me)\b(?:\s[\w',.]+){0,10}? (?:going to do it|do it (?:after|tonight|when)|doing it (?:after|tonight))\b")
# ---- Tier 1: a means bought with a cover story told to the shop ("bought rope today, told the guy it was for camping")
rule("plan_means", T1, r"\b(?:bought|got|buying|picked up|ordered) (?:a |some |the |more )?(?:rope|hose|hosepipe|"
     r"charcoal|tape|blades?|razors?|pills|tablets|paracetamol|poison)\b[^.]*?\b(?:told|said to) (?:the|them|him|her) "
     r"(?:[\w']+ ){0,4}?(?:it was|they were|it is|they are) for\b", past=True)
