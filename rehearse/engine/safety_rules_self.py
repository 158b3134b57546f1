"""Tier-1 rules about the speaker's own life: active ideation, a plan or means, recent self-harm or overdose."""

from __future__ import annotations

from rehearse.engine.safety_rule import T1, rule
from rehearse.engine.safety_words import (END, KILL_VERBS, ME, PILLS, SELF_VERBS, W, ACCIDENT)


# ---- Tier 1: active ideation (C-SSRS items 2-5; PHQ-9 item 9 "better off dead")
rule("active_ideation", T1, rf"\b{KILL_VERBS} {ME}\b{ACCIDENT}", past=True)
rule("active_ideation", T1, r"\b(?:end|ending|ended|take|taking|took|takes) my (?:own )?life\b(?!\s(?:back|in my|into|"
     r"seriously|forward|more|at|one day|step))", past=True)
rule("active_ideation", T1, r"\bsuicid(?:e|al|ality|ally)\b", past=True)
rule("active_ideation", T1, r"\b(?:want|wants|wanted|wanting|wish|wished|wishing|need|needed|ready|going|plan|planning|"
     r"planned|tempted|decided|intend|intending|just want|would like|like) (?:to )?(?:just )?(?:die|be dead|not be aliv"
     r"e|"
     r"not live|stop living)\b(?!\s(?:of|for|laughing|if|when|than|alone|on|in a|with|from|happy|old|rich|young|my|your"
     r"|her|"
     r"his|it|the|trying))",
     past=True)
rule("active_ideation", T1, r"\b(?:should|might as well|may as well|could|better|deserve to|need to) (?:just )?(?:die|b"
                            r"e dead)"
     r"\b(?!\s(?:of|for|laughing|if|when|than|alone|on|in a|with|from|happy|old|rich|young|trying|here|my|your|her|"
     r"his|it|the))|\b(?:want|wish"
     r"|need|"
     r"would like) (?:my life|my own life|this life|my existence) to (?:be over|end|stop)\b|\bend(?:ing)? it (?:tonight"
     r"|today|"
     r"this weekend|tomorrow|for good|once and for all|soon|right now)\b", past=True, therapy=True)
rule("active_ideation", T1, r"\b(?:going to|gonna|might|will|about to|scared i will|afraid i will|scared i might|afraid"
                            r" i "
     r"might|want to|could) do something (?:stupid|drastic|silly|dangerous|bad to myself|to myself)(?:\s(?:tonight|toda"
     r"y|to "
     r"myself|soon|again|this weekend|right now))?" + END + r"|\b(?:can not|could not) (?:promise|guarantee|say|be sure"
                                                            r") (?:that )?i (?:will|would|am "
     r"going to|can) (?:be|keep myself|stay) safe\b|\b(?:do not|can not) (?:think|see how) i (?:will|can|am going to) "
     r"(?:make it|get) through (?:the night|tonight|today|this week|the weekend)\b|\battempted (?:suicide|before|again|"
     r"to "
     r"(?:kill|end|take))\b|\b(?:end|ending) everything\b(?!\s(?:with|between))|\bwant to jump" + END +
     r"|\b(?:jump|jumping|jumped|throw myself|throwing myself) (?:off|from) (?:something|somewhere|anything) (?:high|ta"
     r"ll)\b",
     past=True, therapy=True)
rule("active_ideation", T1, r"\b(?:want|wanted|wanting|wanna|wish|wished|wishing|ready|plan|planning|planned|decided|de"
                            r"ciding|"
     r"considering|considered|tempted|longing|long|crave|craving|need|needing|going)\b(?:\s[\w']+){0,5}? (?:to die\b(?!"
     r"\s(?:my|"
     r"your|her|his|it))|suicide|kill myself" + ACCIDENT + r"|killing myself" + ACCIDENT + r"|end my life|ending my "
     r"life|end it all|take my (?:own )?life(?!\s(?:back|in my|into|seriously|forward|more|one day|step))|"
     r"taking my (?:own )?life(?!\s(?:back|in my|into|seriously|forward|more|one day|step))|out of (?:this )?life|out o"
     r"f this world|stop living|be dead)\b|\b(?:death|dying|suicide|"
     r"killing myself|ending it|ending my life) (?:is|seems|feels|looks) (?:like )?(?:the|my) (?:only|best|easiest|last"
     r") "
     r"(?:option|way out|answer|solution|choice|escape|way)\b|\b(?:can not|could not) live (?:anymore|any more|any "
     r"longer)\b|\b(?:do not|no longer) (?:want|wanna) to (?:live|go on|carry on) like this\b|\b(?:do not|have not got|"
     r"there is not|there is nothing|have not) (?:have )?(?:anything|much|something) (?:left )?to live for\b",
     past=True)
rule("active_ideation", T1, r"\bi am (?:going to|about to|ready to) die\b(?!\s(?:of|if|when|laughing|alone|soon|happy|"
     r"in|at|on|without|before|from|for|old|young))")
rule("active_ideation", T1, r"\b(?:would|had|would much) rather (?:just )?(?:be dead|die)\b(?!\s(?:than|then))")
rule("active_ideation", T1, r"\b(?:wish|wished|wishing|want|wanted) (?:that )?i (?:was|were|had been|could be|would be)"
                            r" "
     r"(?:dead|not alive|never alive)\b", past=True)
rule("active_ideation", T1, r"\b(?:better off|easier|best|happier|a relief|better for everyone|better)(?: for (?:everyo"
                            r"ne|"
     r"everybody|them|all|my family|the world))? (?:if i (?:was|were|had|just) (?:dead|died)|if i (?:just )?died|dead)"
     r"\b",
     past=True)
rule("active_ideation", T1, r"\b(?:do not|no longer|never|not) (?:really |even |actually )?(?:want|wanna|wish) to (?:be"
                            r" alive|"
     r"live|exist|keep living|stay alive)\b(?!\s(?:in|with|at|like|there|for|near|on|if|without|here|today|"
     r"right now|in this|doing|through|as|the same))|\b(?:do not|no longer|never|not) (?:really |even |actually )?(?:wa"
     r"nt|"
     r"wanna|wish) to (?:be here|be around|carry on|keep going|go on)(?:\s(?:anymore|any more|any longer|in this world|"
     r"on "
     r"this earth|like this))?" + END, therapy=True)
rule("active_ideation", T1, r"\b(?:no|not (?:any|a single|one)|nothing left|nothing|not really any) (?:real |good )?rea"
                            r"sons? "
     r"(?:for me )?(?:left )?to (?:live|go on|keep going|carry on|be here|be alive|stay alive|keep living)\b|\bnothing "
     r"(?:left )?to live for\b|\b(?:life|living|my life) (?:is|feels|is just|is really) (?:not|no longer|never) worth "
     r"(?:living|it)\b|\bnot worth living\b")
rule("active_ideation", T1, r"\b(?:do not|can not|cannot|could not|never) (?:really )?see (?:the|any|a) (?:point|reason"
                            r") "
     r"(?:in |of |to )?(?:living|going on|carrying on|being alive|being here|life|staying alive|keep going|keep living|"
     r"live|existing)\b(?!\s(?:with|about|at|to|here))|\bno point (?:in |to )?(?:me )?(?:living|going on|carrying "
     r"on|being alive|being here|staying alive|existing|life)\b(?!\s(?:with|about|at|to|here))")
rule("active_ideation", T1, r"\bend(?:ing)? it all\b|\b(?:want|wanna|going|will|gonna|might|should|could|just|to|plan|a"
                            r"nd|"
     r"planning|decided|ready) (?:to )?(?:just )?end it(?: all)?(?: tonight| today| now| soon| this weekend| for good| "
     r"once and for all| tomorrow)?" + END, therapy=True)
rule("active_ideation", T1, r"\b(?:drive|driving|drove|crash|crashing|crashed|steer|steering) (?:my car |the car |mysel"
                            r"f )?"
     r"(?:into|off) (?:a|the) (?:tree|wall|lorry|truck|oncoming traffic|traffic|river|cliff|bridge)\b|\bcrash(?:ed|ing)"
     r"? "
     r"(?:my|the) car on purpose\b")
rule("active_ideation", T1, rf"\b(?:slit|slitting|slash|slashing|cut|cutting) my (?:wrists?|throat)\b{ACCIDENT}")

# ---- Tier 1: a plan or means (C-SSRS item 5 and preparatory behaviour)
rule("plan_means", T1, rf"\b(?:saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|stashing|"
     rf"stashed|stash|storing|stored|building up|built up|hiding|hidden|hid|squirrelling|squirreling)(?: up)?(?: all)?"
     rf"(?: of)?(?: my| the| some| a)?(?:\s[\w']+)? {PILLS}\b(?!\s(?:from|at|up from|in (?:a|my|the) (?:pill|"
     rf"dosette|weekly|daily)|organiser|organizer|for the week))|\b(?:collecting|collected|gathering|"
     rf"gathered|accumulating|accumulated|putting aside|setting aside|put aside|set aside) (?:up )?(?:all )?(?:my |the "
     rf"|some )?"
     rf"(?:[\w']+ )?{PILLS} (?:for (?:weeks|months|days|a while|ages|when)|just in case|in case)\b|\b{PILLS}\b.*\b(?:ta"
     rf"ke|"
     rf"swallow|down|neck) (?:them all|all of them|the lot|the whole lot|every (?:single )?one|all of it|it all)\b|\bst"
     rf"ash of(?:\s[\w']+)? {PILLS}\b|\b{PILLS} (?:saved|"
     r"stashed|stockpiled|hidden|hoarded|put away|set aside|squirrelled|squirreled|stored)\b")
rule("plan_means", T1, rf"\b(?:{PILLS}|rope|noose|blades?|razor|razors|gun|knife|belt|cord|ligature)\b{W}{{0,6}}? "
     r"(?:for when i am ready|just in case i|for later|to end it|to end my life|to kill myself|to do it|(?:are |is )?re"
     r"ady|"
     r"for the right time|for when i need|for when it gets|for when i decide|for the day|in case i (?:decide|need|want|"
     r"change my mind)|when the time comes|(?:to )?go through with it)\b")
rule("plan_means", T1, r"\b(?:date|day|night|time|place|way|spot) (?:i am going to|i will|i would|i want to|i plan to|i"
                       r" have "
     r"picked to|to) (?:do it|end it|kill myself|die)" + END)
rule("plan_means", T1, r"\bhow (?:many|much)\b(?:\s[\w']+){0,4}? (?:it would take|would it take|it takes|does it take|w"
                       r"ould "
     r"kill|to die|to overdose|to take to|would be fatal|would be enough|is fatal|is lethal|is enough to)\b|\bhow to "
     r"(?:die|kill myself|end it|end my life|overdose|hang myself|tie a noose|do it painlessly|do it without)\b|\bways "
     r"to "
     r"(?:die|kill myself|end it|end my life|do it|commit suicide)\b|\b(?:lethal|fatal|deadly) (?:dose|amount|quantity|"
     r"combination|overdose)\b|\b(?:painless|quickest|easiest|best|surest) (?:way|ways|method|methods) to (?:die|do it|"
     r"go|end it)\b")
rule("plan_means", T1, r"\bnoose\b|\b(?:bought|buy|buying|got|get|getting|have|made|making|tied|tying|hid|hidden|hiding"
                       r")"
     r" (?:a |the |some )?rope\b(?!\s(?:for|to tie|to hang (?:the|my|a|up)|swing|ladder|course|and (?:pegs|tent)))")
rule("plan_means", T1, r"\b(?:bridge|roof|rooftop|cliff|cliffs|ledge|balcony|car park|multi storey|tower|tracks|railway"
                       r"|"
     r"platform|motorway|buildings|tall building|high places|heights|railway line)\b(?:\s[\w']+){0,8}? (?:jump|jumping|"
     r"jumped|looking down|look down|looked down|over the (?:edge|side|railing|rail)|fall|falling|how high|how far down"
     r"|"
     r"end it|let go|throw myself|waited for (?:a|the) train|waiting for (?:a|the) train|and waited)\b|\b(?:bought|buyi"
     r"ng|"
     rf"got|collecting|collected|gathering|stocking up on|stocked up on|getting) (?:a lot of|lots of|loads of|several|e"
     rf"xtra|"
     rf"multiple|boxes of|packets of|a load of|so many|a stash of|enough)(?:\s[\w']+)? {PILLS}\b(?!\s(?:for (?!when|lat"
     rf"er|the "
     r"right|the day)))|\b(?:collecting|collected|stockpiling|hoarding|saving|hiding) (?:razor )?blades\b(?!\s(?:for "
     r"(?!when|later|the right|the day)))|\b(?:gun|rope|knife|blade|blades|"
     r"pills|tablets)\b.*\b(?:thought about|thinking about|think about|thinking of) (?:using|taking) (?:it|them)\b|\b(?"
     r":jump|jumping|jumped|"
     r"throw myself|throwing myself|step|stepping|walk|walking|lie down|lying down|fall|falling) (?:off|from|in front o"
     r"f|"
     r"under) (?:a|the) (?:bridge|roof|building|cliff|train|bus|lorry|truck|traffic|car|balcony|car park|tower|ledge|"
     r"window|motorway)\b|\bhow high(?:\s[\w']+){0,3}? (?:bridge|roof|car park|building|cliff|balcony|tower)\b")
rule("plan_means", T1, r"\bwhich (?:bridge|building|roof|cliff|pills|tablets|method|knife|rope|tree|train|car park|towe"
                       r"r) "
     r"i (?:would|will|am going to|could|want to|would want to) (?:use|jump|go|take|pick)\b|\b(?:planning|planned|plan|"
     r"worked out|working out|figured out|figuring out|thinking about|thought about|decided|deciding) (?:exactly )?(?:h"
     r"ow|"
     r"when|where) (?:to|i would|i will|i am going to|i could|i might) (?:do it|end it|kill myself|die)\b")
rule("plan_means", T1, r"\bknow (?:exactly |just )?(?:how|when|where) i (?:would|will|am going to|could|should|want to)"
                       r" "
     r"(?:do it|end it|kill myself)\b|\b(?:picked|chosen|chose|set|decided on|got) (?:a|the) (?:date|day|time|place|"
     r"method|spot)(?:\s(?:to do it|for it|to end it|to die))?" + END)
rule("plan_means", T1, r"\b(?:a|my|the) (?:plan|method|way) (?:to|for|of) (?:end|ending|kill|killing|die|dying|suicide|"
     r"do it|doing it|taking my life)\b")
rule("plan_means", T1, r"\bsuicide (?:note|letter|plan)\b|\bgoodbye note\b")
rule("plan_means", T1, r"\b(?:garage|car)\b(?:\s[\w']+){0,6}? engine running\b|\bhose(?:pipe)? (?:to|from|on|into) "
     r"the exhaust\b")
rule("plan_means", T1, rf"\b(?:use|using|used|turn|turning|point|pointing|put|putting) (?:it|the gun|a gun|the knife|a "
     rf"knife|them|the pills|the blade|the rope) (?:on|against|to) (?:{ME}|my (?:head|wrist|wrists|throat|chest))\b")

# ---- Tier 1: recent self-harm or overdose (C-SSRS behaviour items; NICE NG225)
rule("self_harm", T1, rf"\b{SELF_VERBS} {ME}\b{ACCIDENT}", past=True)
rule("self_harm", T1, r"\bself (?:harm|harming|harmed|harms|injury|injuring|injure|injured|mutilation|mutilate|"
     r"mutilating|poison|poisoning)\b", past=True)
rule("self_harm", T1, r"\b(?:cutting|burning|scratching|bleeding|purging|harming|hurting|relapsed|relapsing|relapse)"
     rf"(?: {ME})? again\b|\b(?:been|started|start|starting|back to|gone back to|going back to|keep|kept|still|am) "
     r"cutting(?=\s(?:[.,]|again|myself|my (?:arm|arms|wrists?|legs?|thighs?|skin|stomach|body)|since|for|every|most|"
     r"a lot|lately|recently|more|at night|when|because|and)|\s*$)", past=True)
rule("self_harm", T1, r"\b(?:addicted to|urges? to|craving|crave) (?:cutting|self harm|self harming|hurting myself|"
     r"burning myself|cut)\b|\b(?:carve|carved|carving|etched|etching|cut|scratched|scratching) (?:[\w']+ ){1,2}into my"
     r" "
     r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|body)\b|\b(?:purg\w*|making myself sick|made myself "
     r"sick|make myself sick|throwing up|starving|not eating)\b(?:\s[\w']+){0,3}? (?:to punish myself|as (?:a )?"
     r"punishment)\b", past=True)
rule("self_harm", T1, r"\b(?:cut|cuts|cutting|burn|burns|burning|burnt|burned|scratch|scratches|scratching|scratched|"
     r"carve|carved|carving|slice|sliced|slash|slashed|stab|stabbed|stabbing) (?:into )?my (?:arm|arms|wrist|wrists|leg"
     r"|"
     r"legs|thigh|thighs|skin|stomach|body|hip|hips|chest)\b(?!\s(?:on (?:a|the|an|some)|while|by accident|"
     r"accidentally|shaving|cooking|on the))", past=True)
rule("self_harm", T1, r"\b(?:scratch|scratched|scratching|pick|picked|picking|hit|hitting|punch|punched|punching|bang|"
     r"banged|banging|bite|bit|biting|claw|clawed|clawing|pull|pulled|pulling|rub|rubbed|rubbing|hurt|hurting|cut|"
     r"cutting)\b(?!\s(?:me|him|her|them|you|us)\b)(?:\s[\w']+){0,6}? (?:till|until|til|untill) (?:it|they|i|my [\w']+)"
     r" (?:bleed|bleeds|bled|bruise|"
     r"bruises|bruised|broke|break|was bleeding|were bleeding|started bleeding)\b", past=True)
rule("self_harm", T1, r"\b(?:cut|burned|burnt|burn|hit|punched|banged|scratched|hurt|starved|bruised|bit|scalded|"
     r"punch|punching|hitting|banging)\b(?:\s[\w']+){0,5}? (?:on purpose|deliberately|to punish myself|as (?:a )?"
     r"punishment|to feel something|to feel anything|to feel better|until (?:it|they|my [\w']+) bled)\b", past=True)
rule("self_harm", T1, r"\boverdos(?:e|ed|es|ing)\b", past=True)
rule("self_harm", T1, rf"\b(?:took|taken|swallowed|had) (?:\d{{2,}}|twenty|thirty|forty|fifty|a hundred)(?:\s[\w']+)? "
     rf"{PILLS}\b|\b(?:took|taken|swallowed) (?:my whole|my entire|all my|the whole|a month of my|a week of my) "
     r"(?:prescription|supply|bottle|packet|box|meds|medication)\b|\b(?:drank|drink|drinking|swallowed|swallow|took) (?"
     r":some )?"
     r"(?:bleach|poison|antifreeze|weedkiller|rat poison|drain cleaner|batteries)\b", past=True)
rule("self_harm", T1, r"\b(?:i|and|then|so|had|have) (?:cut|burned|burnt|scratched|self harmed|harmed) (?:again|last ni"
                      r"ght|yesterday|today|this "
     r"morning|tonight|this week|at the weekend|on the weekend)\b(?![\w']*\s(?:session|meeting|call|class|shift|visit|"
     r"appointment|short|early))|\b(?:made|make|making|makes) (?:myself|my [\w']+) "
     r"(?:bleed|bleeding|bruise|bruised)\b", past=True)
rule("self_harm", T1, rf"\b(?:took|taken|take|taking|swallowed|swallow|swallowing|necked|downed|had) (?:too many|a "
     r"(?:whole )?(?:handful|load|lot|bunch|bottle|packet|box|pack|strip|month's supply|months supply) of|all (?:of )?"
     r"my|loads of|extra|double|triple|every one of my|the whole (?:packet|box|bottle|pack|strip) of)(?:\s[\w']+){0,2}?"
     rf" {PILLS}\b(?!\s(?:for my (?:back|head|headache|pain|tooth|period|cold|flu)))|\b(?:mixed|mixing|mix|took|taking|"
     rf"take) (?:my )?{PILLS} with (?:alcohol|vodka|wine|drink|booze|beer|"
     r"gin|whisky|whiskey)\b", past=True)
rule("self_harm", T1, r"\b(?:have not|had not|not|did not|do not|stopped|stop) (?:eaten|eating|eat)\b(?:\s[\w']+){0,8}?"
                      r" "
     r"(?:because i (?:do not|did not) deserve|because i deserve (?:to (?:suffer|starve|be punished|hurt|feel pain|die)"
     r"|"
     r"it|nothing)|to punish|as (?:a )?punishment|so i (?:can )?disappear)|\b(?:do not|did "
     r"not) deserve (?:to eat|food)\b")
rule("self_harm", T1, r"\b(?:hit|hitting|bang|banging|banged|smash|smashing|smashed|bash|bashing|bashed) my (?:head|fac"
                      r"e)"
     r" (?:against|into) (?:the|a) (?:wall|floor|door|desk)\b", past=True)
