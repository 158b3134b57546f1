"""The crisis check's rules: what each category sounds like, what only sounds like it, and what changes a reading.

Rules read text already prepared by rehearse.engine.safety (lower case, contractions and slang spelled out, one
space between tokens, "." and "," standing alone at sentence and clause breaks). docs/SAFETY.md explains the
categories and tiers and the sources they follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rehearse.engine.safety_words import (ABUSE_STRONG, ABUSE_WEAK, END, HARM_OTHERS, KILL_VERBS, ME, OBJ, PERSON,
                                          PERSON_ADULT, PILLS, SELF_VERBS, W, ACCIDENT, INTENT, NOT_WORDS)


@dataclass(frozen=True)
class Rule:
    """One way a category is said: its tier, and which readings (negation, speaker, tense, therapy) apply."""

    category: str
    tier: int
    rx: re.Pattern[str]
    own: bool = True  # it is about the speaker: "my brother wants to die" or a trainee's "you want to die" is not
    neg: bool = True  # a negation just before it ("I would never ...") calms it
    past: bool = False  # long ago and not since ("when I was a teenager") makes it a check-in, or calm if resolved
    therapy: bool = False  # about the therapy itself ("hopeless about the worksheets") it is what people rehearse
    leaving: bool = False  # goodbyes for a move, a new job or a party are ordinary partings


T1, T2 = 1, 2
R: list[Rule] = []


def rule(category: str, tier: int, pattern: str, **kw: bool) -> None:
    """Add a rule to the table (tier 1 rules are tried before tier 2)."""
    R.append(Rule(category, tier, re.compile(pattern), **kw))


# ---- Tier 1: active ideation (C-SSRS items 2-5; PHQ-9 item 9 "better off dead")
rule("active_ideation", T1, rf"\b{KILL_VERBS} {ME}\b{ACCIDENT}", past=True)
rule("active_ideation", T1, r"\b(?:end|ending|ended|take|taking|took|takes) my (?:own )?life\b", past=True)
rule("active_ideation", T1, r"\bsuicid(?:e|al|ality|ally)\b", past=True)
rule("active_ideation", T1, r"\b(?:want|wants|wanted|wanting|wish|wished|wishing|need|needed|ready|going|plan|planning|"
     r"planned|tempted|decided|intend|intending|just want|would like|like) (?:to )?(?:just )?(?:die|be dead|not be alive|"
     r"not live|stop living)\b(?!\s(?:of|for|laughing|if|when|than|alone|on|in a|with|from|happy|old|rich|young))",
     past=True)
rule("active_ideation", T1, r"\b(?:should|might as well|may as well|could|better|deserve to|need to) (?:just )?(?:die|be dead)"
     r"\b(?!\s(?:of|for|laughing|if|when|than|alone|on|in a|with|from|happy|old|rich|young|trying|here))|\b(?:want|wish|need|"
     r"would like) (?:my life|my own life|this life|my existence) to (?:be over|end|stop)\b|\bend(?:ing)? it (?:tonight|today|"
     r"this weekend|tomorrow|for good|once and for all|soon|right now)\b", past=True, therapy=True)
rule("active_ideation", T1, r"\b(?:going to|gonna|might|will|about to|scared i will|afraid i will|scared i might|afraid i "
     r"might|want to|could) do something (?:stupid|drastic|silly|dangerous|bad to myself|to myself)(?:\s(?:tonight|today|to "
     r"myself|soon|again|this weekend|right now))?" + END + r"|\b(?:can not|could not) (?:promise|guarantee|say|be sure) (?:that )?i (?:will|would|am "
     r"going to|can) (?:be|keep myself|stay) safe\b|\b(?:do not|can not) (?:think|see how) i (?:will|can|am going to) "
     r"(?:make it|get) through (?:the night|tonight|today|this week|the weekend)\b|\battempted (?:suicide|before|again|to "
     r"(?:kill|end|take))\b|\b(?:end|ending) everything\b(?!\s(?:with|between))|\bwant to jump" + END +
     r"|\b(?:jump|jumping|jumped|throw myself|throwing myself) (?:off|from) (?:something|somewhere|anything) (?:high|tall)\b",
     past=True, therapy=True)
rule("active_ideation", T1, r"\bi am (?:going to|about to|ready to) die\b(?!\s(?:of|if|when|laughing|alone|soon|happy|"
     r"in|at|on|without|before|from|for|old|young))")
rule("active_ideation", T1, r"\b(?:would|had|would much) rather (?:just )?(?:be dead|die)\b(?!\s(?:than|then))")
rule("active_ideation", T1, r"\b(?:wish|wished|wishing|want|wanted) (?:that )?i (?:was|were|had been|could be|would be) "
     r"(?:dead|not alive|never alive)\b", past=True)
rule("active_ideation", T1, r"\b(?:better off|easier|best|happier|a relief|better for everyone|better)(?: for (?:everyone|"
     r"everybody|them|all|my family|the world))? (?:if i (?:was|were|had|just) (?:dead|died)|if i (?:just )?died|dead)\b",
     past=True)
rule("active_ideation", T1, r"\b(?:do not|no longer|never|not) (?:really |even |actually )?(?:want|wanna|wish) to (?:be alive|"
     r"live|exist|keep living|stay alive)\b(?!\s(?:in|with|at|like|there|for|near|on|if|without|here|today|"
     r"right now|in this|doing|through|as|the same))|\b(?:do not|no longer|never|not) (?:really |even |actually )?(?:want|"
     r"wanna|wish) to (?:be here|be around|carry on|keep going|go on)(?:\s(?:anymore|any more|any longer|in this world|on "
     r"this earth|like this))?" + END, therapy=True)
rule("active_ideation", T1, r"\b(?:no|not (?:any|a single|one)|nothing left|nothing|not really any) (?:real |good )?reasons? "
     r"(?:for me )?(?:left )?to (?:live|go on|keep going|carry on|be here|be alive|stay alive|keep living)\b|\bnothing "
     r"(?:left )?to live for\b|\b(?:life|living|my life) (?:is|feels|is just|is really) (?:not|no longer|never) worth "
     r"(?:living|it)\b|\bnot worth living\b")
rule("active_ideation", T1, r"\b(?:do not|can not|cannot|could not|never) (?:really )?see (?:the|any|a) (?:point|reason) "
     r"(?:in |of |to )?(?:living|going on|carrying on|being alive|being here|life|staying alive|keep going|keep living|"
     r"live|existing)\b(?!\s(?:with|about|at|to|here))|\bno point (?:in |to )?(?:me )?(?:living|going on|carrying "
     r"on|being alive|being here|staying alive|existing|life)\b(?!\s(?:with|about|at|to|here))")
rule("active_ideation", T1, r"\bend(?:ing)? it all\b|\b(?:want|wanna|going|will|gonna|might|should|could|just|to|plan|and|"
     r"planning|decided|ready) (?:to )?(?:just )?end it(?: all)?(?: tonight| today| now| soon| this weekend| for good| "
     r"once and for all| tomorrow)?" + END, therapy=True)
rule("active_ideation", T1, r"\b(?:drive|driving|drove|crash|crashing|crashed|steer|steering) (?:my car |the car |myself )?"
     r"(?:into|off) (?:a|the) (?:tree|wall|lorry|truck|oncoming traffic|traffic|river|cliff|bridge)\b|\bcrash(?:ed|ing)? "
     r"(?:my|the) car on purpose\b")
rule("active_ideation", T1, rf"\b(?:slit|slitting|slash|slashing|cut|cutting) my (?:wrists?|throat)\b{ACCIDENT}")

# ---- Tier 1: a plan or means (C-SSRS item 5 and preparatory behaviour)
rule("plan_means", T1, rf"\b(?:saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|stashing|"
     rf"stashed|stash|storing|stored|building up|built up|hiding|hidden|hid|squirrelling|squirreling)(?: up)?(?: all)?"
     rf"(?: of)?(?: my| the| some| a)?(?:\s[\w']+)? {PILLS}\b(?!\s(?:from|at|up from|in (?:a|my|the) (?:pill|"
     rf"dosette|weekly|daily)|organiser|organizer|for the week))|\b(?:collecting|collected|gathering|"
     rf"gathered|accumulating|accumulated|putting aside|setting aside|put aside|set aside) (?:up )?(?:all )?(?:my |the |some )?"
     rf"(?:[\w']+ )?{PILLS} (?:for (?:weeks|months|days|a while|ages|when)|just in case|in case)\b|\b{PILLS}\b.*\b(?:take|"
     rf"swallow|down|neck) (?:them all|all of them|the lot|the whole lot|every (?:single )?one|all of it|it all)\b|\bstash of(?:\s[\w']+)? {PILLS}\b|\b{PILLS} (?:saved|"
     r"stashed|stockpiled|hidden|hoarded|put away|set aside|squirrelled|squirreled|stored)\b")
rule("plan_means", T1, rf"\b(?:{PILLS}|rope|noose|blades?|razor|razors|gun|knife|belt|cord|ligature)\b{W}{{0,6}}? "
     r"(?:for when i am ready|just in case i|for later|to end it|to end my life|to kill myself|to do it|(?:are |is )?ready|"
     r"for the right time|for when i need|for when it gets|for when i decide|for the day|in case i (?:decide|need|want|"
     r"change my mind)|when the time comes|(?:to )?go through with it)\b")
rule("plan_means", T1, r"\b(?:date|day|night|time|place|way|spot) (?:i am going to|i will|i would|i want to|i plan to|i have "
     r"picked to|to) (?:do it|end it|kill myself|die)" + END)
rule("plan_means", T1, r"\bhow (?:many|much)\b(?:\s[\w']+){0,4}? (?:it would take|would it take|it takes|does it take|would "
     r"kill|to die|to overdose|to take to|would be fatal|would be enough|is fatal|is lethal|is enough to)\b|\bhow to "
     r"(?:die|kill myself|end it|end my life|overdose|hang myself|tie a noose|do it painlessly|do it without)\b|\bways to "
     r"(?:die|kill myself|end it|end my life|do it|commit suicide)\b|\b(?:lethal|fatal|deadly) (?:dose|amount|quantity|"
     r"combination|overdose)\b|\b(?:painless|quickest|easiest|best|surest) (?:way|ways|method|methods) to (?:die|do it|"
     r"go|end it)\b")
rule("plan_means", T1, r"\bnoose\b|\b(?:bought|buy|buying|got|get|getting|have|made|making|tied|tying|hid|hidden|hiding)"
     r" (?:a |the |some )?rope\b(?!\s(?:for|to tie|to hang (?:the|my|a|up)|swing|ladder|course|and (?:pegs|tent)))")
rule("plan_means", T1, r"\b(?:bridge|roof|rooftop|cliff|cliffs|ledge|balcony|car park|multi storey|tower|tracks|railway|"
     r"platform|motorway)\b(?:\s[\w']+){0,8}? (?:jump|jumping|jumped|looking down|look down|looked down|over the (?:edge|"
     r"side|railing|rail)|fall|falling|how high|how far down|end it|let go|throw myself)\b|\b(?:jump|jumping|jumped|"
     r"throw myself|throwing myself|step|stepping|walk|walking|lie down|lying down|fall|falling) (?:off|from|in front of|"
     r"under) (?:a|the) (?:bridge|roof|building|cliff|train|bus|lorry|truck|traffic|car|balcony|car park|tower|ledge|"
     r"window|motorway)\b|\bhow high(?:\s[\w']+){0,3}? (?:bridge|roof|car park|building|cliff|balcony|tower)\b")
rule("plan_means", T1, r"\bwhich (?:bridge|building|roof|cliff|pills|tablets|method|knife|rope|tree|train|car park|tower) "
     r"i (?:would|will|am going to|could|want to|would want to) (?:use|jump|go|take|pick)\b|\b(?:planning|planned|plan|"
     r"worked out|working out|figured out|figuring out|thinking about|thought about|decided|deciding) (?:exactly )?(?:how|"
     r"when|where) (?:to|i would|i will|i am going to|i could|i might) (?:do it|end it|kill myself|die)\b")
rule("plan_means", T1, r"\bknow (?:exactly |just )?(?:how|when|where) i (?:would|will|am going to|could|should|want to) "
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
rule("self_harm", T1, r"\b(?:cut|cuts|cutting|burn|burns|burning|burnt|burned|scratch|scratches|scratching|scratched|"
     r"carve|carved|carving|slice|sliced|slash|slashed|stab|stabbed|stabbing) (?:into )?my (?:arm|arms|wrist|wrists|leg|"
     r"legs|thigh|thighs|skin|stomach|body|hip|hips|chest)\b(?!\s(?:on (?:a|the|an|some)|while|by accident|"
     r"accidentally|shaving|cooking|on the))", past=True)
rule("self_harm", T1, r"\b(?:scratch|scratched|scratching|pick|picked|picking|hit|hitting|punch|punched|punching|bang|"
     r"banged|banging|bite|bit|biting|claw|clawed|clawing|pull|pulled|pulling|rub|rubbed|rubbing|hurt|hurting|cut|"
     r"cutting)\b(?!\s(?:me|him|her|them|you|us)\b)(?:\s[\w']+){0,6}? (?:till|until|til|untill) (?:it|they|i|my [\w']+) (?:bleed|bleeds|bled|bruise|"
     r"bruises|bruised|broke|break|was bleeding|were bleeding|started bleeding)\b", past=True)
rule("self_harm", T1, r"\b(?:cut|burned|burnt|burn|hit|punched|banged|scratched|hurt|starved|bruised|bit|scalded|"
     r"punch|punching|hitting|banging)\b(?:\s[\w']+){0,5}? (?:on purpose|deliberately|to punish myself|as (?:a )?"
     r"punishment|to feel something|to feel anything|to feel better|until (?:it|they|my [\w']+) bled)\b", past=True)
rule("self_harm", T1, r"\boverdos(?:e|ed|es|ing)\b", past=True)
rule("self_harm", T1, rf"\b(?:took|taken|swallowed|had) (?:\d{{2,}}|twenty|thirty|forty|fifty|a hundred)(?:\s[\w']+)? "
     rf"{PILLS}\b|\b(?:took|taken|swallowed) (?:my whole|my entire|all my|the whole|a month of my|a week of my) "
     r"(?:prescription|supply|bottle|packet|box|meds|medication)\b|\b(?:drank|drink|drinking|swallowed|swallow|took) (?:some )?"
     r"(?:bleach|poison|antifreeze|weedkiller|rat poison|drain cleaner|batteries)\b", past=True)
rule("self_harm", T1, r"\b(?:i|and|then|so|had|have) (?:cut|burned|burnt|scratched|self harmed|harmed) (?:again|last night|yesterday|today|this "
     r"morning|tonight|this week|at the weekend|on the weekend)\b(?![\w']*\s(?:session|meeting|call|class|shift|visit|"
     r"appointment|short|early))|\b(?:made|make|making|makes) (?:myself|my [\w']+) "
     r"(?:bleed|bleeding|bruise|bruised)\b", past=True)
rule("self_harm", T1, rf"\b(?:took|taken|take|taking|swallowed|swallow|swallowing|necked|downed|had) (?:too many|a "
     r"(?:whole )?(?:handful|load|lot|bunch|bottle|packet|box|pack|strip|month's supply|months supply) of|all (?:of )?"
     r"my|loads of|extra|double|triple|every one of my|the whole (?:packet|box|bottle|pack|strip) of)(?:\s[\w']+){0,2}?"
     rf" {PILLS}\b(?!\s(?:for my (?:back|head|headache|pain|tooth|period|cold|flu)))|\b(?:mixed|mixing|mix|took|taking|take) (?:my )?{PILLS} with (?:alcohol|vodka|wine|drink|booze|beer|"
     r"gin|whisky|whiskey)\b", past=True)
rule("self_harm", T1, r"\b(?:have not|had not|not|did not|do not|stopped|stop) (?:eaten|eating|eat)\b(?:\s[\w']+){0,8}? "
     r"(?:because i (?:do not|did not) deserve|because i deserve (?:to (?:suffer|starve|be punished|hurt|feel pain|die)|"
     r"it|nothing)|to punish|as (?:a )?punishment|so i (?:can )?disappear)|\b(?:do not|did "
     r"not) deserve (?:to eat|food)\b")
rule("self_harm", T1, r"\b(?:hit|hitting|bang|banging|banged|smash|smashing|smashed|bash|bashing|bashed) my (?:head|face)"
     r" (?:against|into) (?:the|a) (?:wall|floor|door|desk)\b", past=True)

# ---- Tier 1: abuse or danger now (safeguarding disclosure)
rule("abuse_danger", T1, rf"\b{PERSON}(?:\s[\w']+){{0,3}}? {ABUSE_STRONG} me\b", own=False)
rule("abuse_danger", T1, rf"\b{PERSON_ADULT}(?:\s[\w']+){{0,3}}? {ABUSE_WEAK} me\b{NOT_WORDS}(?!\s(?:with a (?:toy|ball|"
     r"pillow|cushion)|by accident|accidentally|while playing|playing|back))", own=False)
rule("abuse_danger", T1, r"\b(?:my|the|our|his|her) (?:[\w']+ )?(?:therapist|counsellor|counselor|doctor|teacher|coach|"
     r"priest|tutor|carer|nurse|boss|manager|landlord|pastor|youth worker|lecturer|instructor|employer) (?:[\w']+ )?"
     r"(?:kissed|kisses|kissing|touched|touches|touching|fondled|undressed|groped|photographed|hugs me too|hugged me too) "
     r"me\b", own=False)
rule("abuse_danger", T1, rf"\b(?:scared|afraid|frightened|terrified|petrified|fear|worried|worry) (?:that )?{PERSON} "
     r"(?:will|is going to|might|would|could|is gonna|wants to) (?:[\w']+ )?(?:kill|hurt|hit|beat|rape|attack|stab) me\b",
     own=False)
rule("abuse_danger", T1, r"\b(?:hit|hurt|beaten|slapped|kicked|punched|abused|attacked|threatened|strangled|choked) "
     r"(?:at home|by (?:my|him|her|them|his|he|she)|in my (?:house|home|flat))\b")
rule("abuse_danger", T1, rf"\b{PERSON}(?:\s[\w']+){{0,3}}? (?:pushed|pushes|pushing|shoved|shoves|threw|throws|dragged|drags) "
     r"me (?:down|into|against|onto|off|out of|across|to the (?:floor|ground)|over|around)\b", own=False)
rule("abuse_danger", T1, rf"\b{PERSON}(?:\s[\w']+){{0,2}}? (?:controls (?:all )?my (?:money|finances|phone|bank card|"
     r"benefits|wages|passport)|takes all my (?:money|wages|benefits))\b", own=False)
rule("abuse_danger", T1, r"\bi (?:was|am|have been|got|get|keep getting|been|was being|am being) (?:being )?(?:raped|abused|"
     r"assaulted|sexually assaulted|molested|beaten|beaten up|attacked|strangled|choked|kicked|punched|threatened|groomed|"
     r"trafficked|hurt by|hit by (?:him|her|them|my))\b")
rule("abuse_danger", T1, r"\b(?:not|never|do not feel|no longer feel|never feel) safe (?:at home|where i (?:live|am living|"
     r"am staying|am|sleep)|in my (?:own )?(?:house|home|flat|room|bed)|with (?:him|her|them|my [\w']+)|around (?:him|her|"
     r"them|my [\w']+)|going home|living (?:with|there|here)|here at home)\b|\b(?:i am not|i do not feel|i never "
     r"feel|i no longer feel|i am never) safe(?=\s(?:[.,]|anymore|right now|at all|any more|now)|\s*$)")
rule("abuse_danger", T1, r"\b(?:scared|afraid|frightened|terrified|too scared|petrified) (?:to go|of going|to be|to get) "
     r"(?:back )?home\b(?!\s(?:early|late|and miss|without|empty|yet|for))|\b(?:scared|afraid|frightened|terrified|petrified) (?:of|what) (?:him|my (?:husband|wife|partner|"
     r"boyfriend|girlfriend|dad|father|stepdad|stepfather|mum|mom|mother|stepmum|brother|uncle|ex))\b(?!\s(?:[\w']+ing|"
     r"reaction|response|opinion|answer|finding|being))")
rule("abuse_danger", T1, r"\b(?:comes|came|coming|creeps|crept|sneaks|snuck|gets|got|climbs|climbed) into my (?:bed|bedroom|"
     r"room)\b|\b(?:comes|came|coming|creeps|crept|sneaks|snuck|gets|got) in (?:to )?my (?:bed|bedroom|room)\b"
     r"|\b(?:into|in) my (?:bed|bedroom|room) at night\b|\binto bed with me\b", own=False)
rule("abuse_danger", T1, r"\b(?:locks|locked|locking|lock) me (?:in|inside|out|up)\b|\b(?:will not|does not|never|would "
     r"not) let me (?:leave|go out|go anywhere|see (?:my )?(?:friends|family)|have (?:my own )?(?:money|phone|a phone|"
     r"friends)|see (?:anyone|anybody|people|my [\w']+)|sleep|eat|out of (?:his|her|their) sight|talk to (?:anyone|my)|"
     r"call)\b(?!\s(?:on|until|unless|after|before|during|if|when|at))", own=False)
rule("abuse_danger", T1, r"\b(?:threatened|threatens|threatening|threaten|said|says|say|told me|tells me|keeps saying|swore|"
     r"trying|tried)\b(?:\s[\w']+){0,2}? (?:to|would|will|is going to|was going to|might) (?:[\w']+ )?(?:kill|hurt|beat|"
     r"hit|stab|shoot|strangle|burn|rape) me\b|\b(?:pulled|held|pointed|waved|"
     r"came at me with) (?:a |the )?(?:knife|gun)\b", own=False)
rule("abuse_danger", T1, r"\b(?:forces|forced|forcing|makes|made|pressures|pressured|pressuring) me (?:to )?(?:have sex|into "
     r"sex|do sexual|do things i do not want|sleep with|touch him|touch her|watch porn|send (?:pictures|photos|nudes))\b",
     own=False)
rule("abuse_danger", T1, r"\b(?:violence|violent|abuse|abusive) (?:at home|in (?:my|our|the) (?:house|home|family))\b|"
     rf"\b{PERSON_ADULT} (?:is|gets|can be|has been|was|becomes) (?:so |really |very )?(?:violent|abusive)(?:" + END + r"|\s(?:with|"
     r"towards|to) (?:me|us|my [\w']+|mum|mom|the kids)|\sat home|\swhen (?:he|she|they) (?:drinks|is drunk|gets drunk|has "
     r"been drinking)|\s(?:and|,) (?:i am |i feel |i get )?(?:so |really )?(?:scared|afraid|frightened|terrified))|\bi am in "
     r"danger\b(?!\s(?:of|that))|\bforces? (?:himself|herself|themselves) on "
     r"me\b|\b(?:threatens|threatened|threatening|said (?:he|she|they) would|says (?:he|she|they) will) (?:to )?(?:hurt|kill|"
     r"hit|take|beat|harm) (?:the kids|my kids|the children|my children|us|the baby|my baby|my mum|my mom|the dog|my dog|my "
     r"cat)\b", own=False)
rule("abuse_danger", T1, r"\b(?:raped|rape|sexually assaulted|sexual assault|molested|groped|domestic (?:abuse|violence)|"
     r"being abused|being hit|being beaten|being hurt at home)\b")

# ---- Tier 1: harm to others (and danger to others: driving drunk)
rule("harm_others", T1, rf"\bi (?:[\w']+ ){{0,3}}?{INTENT}(?: to)? {HARM_OTHERS} {OBJ}\b")
rule("harm_others", T1, rf"\bi (?:[\w']+ ){{0,3}}?{INTENT}(?: to)? make (?:him|her|them|someone|somebody|people) "
     r"(?:suffer|bleed|hurt|scream|feel pain)\b")
rule("harm_others", T1, rf"\bi (?:[\w']+ ){{0,2}}?could (?:hurt|harm|hit|shake|smother|strangle|stab|suffocate|drown|"
     rf"choke|beat) {OBJ}\b")
rule("harm_others", T1, r"\b(?:hurting|hurt|harming|harm|shaking|shake|shook|smothering|smother|drowning|drown|"
     r"suffocating|suffocate|hitting|hit|dropping|drop|strangling|strangle) (?:my|the) (?:baby|newborn|son|daughter|kids?|"
     r"child|children|toddler|little one)\b")
rule("harm_others", T1, r"\b(?:make|making) (?:him|her|them) pay\b.*\bknow where\b|\bknow where (?:he|she|they) (?:lives?|"
     r"works?)\b.*\b(?:pay|sorry|regret|revenge|get (?:him|her|them))\b")
rule("harm_others", T1, r"\b(?:drive|drove|driving|drives|driven)\b(?:\s[\w']+){0,3}? (?:drunk|high|wasted|hammered|off my "
     r"face|after (?:drinking|a few|a bottle|several|too many|[\w']+ pints|[\w']+ drinks|a couple))\b|\b(?:drink|drunk) "
     r"(?:driving|drive|drove)\b|\bdrink and drive\b")
rule("harm_others", T1, r"\b(?:bring|bringing|take|taking|carry|carrying|brought|took) (?:a |my |the )?(?:knife|gun|"
     r"weapon|blade|machete) (?:to|into) (?:school|work|college|class|uni|the office|the party)\b")

# ---- Tier 2: passive ideation (C-SSRS item 1, "wish to be dead")
rule("passive_ideation", T2, r"\b(?:no one|not one person|not a single person|none of them) (?:would|will|is going to|"
     r"would even|will even|would really|is even going to|would actually) (?:even )?(?:miss|notice|care|come|cry|mourn)\b"
     r"(?:\s[\w']+){0,3}? (?:me|if i (?:died|was gone|were gone|disappeared|was dead|vanished|was not here|were not here|"
     r"killed myself|did not wake up|was not around|never came back|was not alive)|when i (?:die|am gone|died)|i was gone|"
     r"i am gone|my funeral)\b|\b(?:no one|not one person) (?:would|"
     r"will) (?:even )?(?:miss me|notice (?:i am gone|i was gone|i had gone))")
rule("passive_ideation", T2, r"\b(?:hope|hoping|wish|wishing|pray|praying|want|wanted|rather|prefer|mind if|nice to|"
     r"dream of|dream about|like to) (?:that )?(?:i )?(?:just )?(?:could |would )?(?:[\w']+ ){0,3}?(?:never wake up|not "
     r"wake up|do not wake up|did not wake up|go to sleep forever|sleep forever|fall asleep forever|never woke up|not to "
     r"wake up|would not wake up|never have to wake up)\b")
rule("passive_ideation", T2, r"\b(?:think|thinking|thought|imagine|imagining|fantasise|fantasize|dream|dreaming) (?:about|of)"
     r" (?:just )?(?:not waking up|never waking up|not being (?:here|around|alive)|no longer being (?:here|around)|"
     r"disappearing|not existing|dying|death|being gone|my death|my own death|my funeral)\b")
rule("passive_ideation", T2, r"\b(?:easier|better|simpler|a relief|best|fine|okay)(?: for everyone| for them| for all| for "
     r"my family)? if i(?: (?:just|was|were|had|did|could|simply))*(?: (?:not|never|no longer))(?: (?:just|was|were|had|"
     r"did|could|been))* (?:alive|here|around|exist|existed|been born|born)\b|\b(?:easier|better|simpler|a relief|best|"
     r"fine|okay)(?: for everyone| for them| for all| for my family)? if i(?: (?:just|was|were|had|did|could|simply))* "
     r"(?:gone|disappear|disappeared|went away|vanished|no longer here)\b")
rule("passive_ideation", T2, r"\b(?:wish|wished|wishing|wishes) (?:that )?i (?:could |would )?(?:just )?(?:disappear|vanish|"
     r"fade away|not exist|stop existing|never existed|had never existed|had never been born|would never have been born|"
     r"would never been born|was never born|were never born|was not here|were not here|was not around|were not around|"
     r"could not exist|did not exist|could sleep forever|could go to sleep|would just die|could just die|was gone|"
     r"were gone|had not been born|never been born)\b")
rule("passive_ideation", T2, r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i (?:get|got) (?:hit|run over|cancer|"
     r"sick and die|killed)|something (?:bad )?(?:happens|would happen|will happen) to me|the plane (?:crashes|goes down)|i "
     r"(?:do not|never) (?:come back|make it))\b|\b(?:do not|never|no longer) (?:really )?(?:want|wanna|wish) to (?:ever )?"
     r"wake up\b(?!\s(?:early|at|so early|for|before|this early))|\bif i (?:did not|do not|never|would not|could not) "
     r"(?:wake up|woke up)\b")
rule("passive_ideation", T2, r"\b(?:do not|could not|no longer|would not) (?:really )?care (?:if|whether) i (?:live|die|wake up|make "
     r"it|survive|am alive|get hit|crash|died|lived)\b|\b(?:would not|do not) (?:really )?mind if (?:a (?:bus|car|train|"
     r"lorry|truck) (?:hit|hits|ran over) me|i (?:died|did not wake up|got hit|was hit|crashed|never woke|got run over|"
     r"just died|never came back)|something (?:happened|bad happened) to me)\b|\b(?:no one|not one person) (?:really )?"
     r"(?:cares|would care|will care|would even care|even cares|gives a damn|gives a shit) (?:if|whether) i (?:live|die|"
     r"lived|died|am alive|exist|disappear|disappeared|am here|was gone)\b", own=False)
rule("passive_ideation", T2, r"\bif i (?:died|was gone|were gone|disappeared|was dead|killed myself|vanished|was not "
     r"here)\b(?:\s[\w']+){0,5}? (?:notice|care|miss|cry|come|matter|even know|realise|realize)\b")
rule("passive_ideation", T2, r"\bwant (?:it all|everything|all of it|the pain|life|all this|this all|it|things|the world) "
     r"(?:to )?(?:just )?(?:stop|end|be over|go away)\b(?!\s[\w']+ing)", therapy=True)
rule("passive_ideation", T2, r"\b(?:want|wanted|wanting|wish|need|just want|like) to (?:just )?(?:disappear|vanish|fade away|"
     r"not exist|stop existing|sleep forever|go to sleep forever|not wake up|never wake up|not be here|not be around|be "
     r"gone)\b(?!\s(?:for (?:a|the) (?:bit|while|day|week|weekend|moment|few)|on holiday|from (?:this|that|the|work)))")
rule("passive_ideation", T2, r"\b(?:think|thinking|thought) (?:about|of) ending (?:it|things|it all)\b(?!\s(?:with|here|now|"
     r"properly|well|on good|today|there|between))", therapy=True)
rule("passive_ideation", T2, r"\b(?:do not|can not|cannot|could not) (?:really )?see myself (?:being )?(?:here|around|alive|"
     r"living|making it|still here)\b(?:\s[\w']+){0,2}? (?:next|in|by|much longer|for long|a year|a month)\b|\b(?:stop|end) "
     r"(?:hurting|hurt|the pain)\b(?:\s[\w']+){0,3}? if i (?:was|were|am|just)? ?(?:gone|dead|died|not here|not around)\b|"
     r"\b(?:would|had|would much) rather not (?:exist|be here|be alive|be around|live)\b(?!\s(?:in a|in this|on|at|with|like))|\b(?:want|wanted|like|need) to not "
     r"(?:exist|be here|be alive|be around)\b|\b(?:better off|happier|easier) (?:not existing|not being (?:here|around|"
     r"alive)|never having been born)\b(?!\s(?:on|at|in|today|with|for))|\b(?:will not|am not going to) be (?:a problem|a burden|an issue|in the way|a "
     r"bother|a nuisance|anyone's problem|your problem) (?:for )?(?:much longer|for long|soon)\b|\bmade (?:my )?peace(?: with (?:it all|everything|dying|death|the world|life|going))?" + END)
rule("passive_ideation", T2, r"\b(?:come|came|go|turn up|show up|cry) (?:to|at) my (?:own )?funeral\b|\b(?:planning|planned|"
     r"plan|thinking about|thought about|imagine|imagining|picture|picturing) my (?:own )?funeral\b")

# ---- Tier 2: feeling a burden (perceived burdensomeness)
rule("burden", T2, r"\b(?:everyone|everybody|they|my family|the world|people|my kids|my friends|my partner|"
     r"everyone else) (?:would|will) (?:all )?be (?:so much |much |a lot )?better off" + END, own=False)
rule("burden", T2, r"\b(?:better off|happier|fine|okay|relieved|better|easier|simpler|calmer|nicer|lighter) (?:off )?(?:without me|with me gone|once i am gone|"
     r"when i am gone|if i (?:was|were|had|just|did) (?:not|never) (?:here|around|born|been born)|if i (?:was|were|had|"
     r"just|did) (?:gone|out of the picture|out of the way|out of their lives|disappeared|left for good)|if i (?:disappeared|left for good|was out of the picture|"
     r"were out of the picture))\b", own=False)
rule("burden", T2, r"\b(?:a|such a|nothing but a|just a|only a|huge|big|massive|total|real|constant|the) burden\b"
     r"(?!\s(?:of proof|of the|of this|of work|of paperwork))|\b(?:waste of (?:space|oxygen|air|a life|life)|dead weight|"
     r"weight (?:around|round) (?:everyone|their|my family|people|his|her|your))\b")
rule("burden", T2, r"\b(?:only|just|always) (?:make|making|makes) (?:things|everything|life|it) (?:worse|harder|"
     r"difficult) for (?:everyone|everybody|people|my family|them|others)\b")
rule("burden", T2, r"\b(?:drag|dragging|drags|bring|bringing|brings) (?:everyone|everybody|people|them|you all|my family|"
     r"the family|others|them all) down\b|\b(?:ruin|ruins|ruined|ruining|spoil|spoiling) (?:everything|everyone's life|"
     r"their lives|everyone's lives|everyones lives|people's lives|everything for everyone)\b")

# ---- Tier 2: hopelessness about life (Beck's hopelessness; PHQ-9 item 2 in its strongest form)
rule("hopelessness", T2, r"\bhopeless(?:ness|ly)?\b(?!\s(?:at|with (?:money|maths|math|names|numbers|directions|computers|"
     r"tech|cooking)|romantic|case|cause|idea|plan|task|attempt|effort|mess|team|player|driver|cook|liar|situation with))",
     therapy=True)
rule("hopelessness", T2, r"\b(?:no|not any|not a|do not have a|have no|lost all|lost|losing|lose) (?:real )?(?:future|hope)"
     r"(?: left)?\b(?!\s(?:of|in (?:this|that|the)|with (?:this|that|him|her)|that (?:this|the|you)))", therapy=True)
rule("hopelessness", T2, r"\b(?:nothing|no one|nobody) (?:will|is going to|is ever going to|will ever) (?:ever )?(?:get|be|"
     r"feel|make (?:it|things|me)) (?:any )?(?:better|easier|okay|ok|good again|right)\b|\bnothing (?:is|will) (?:ever )?"
     r"(?:going to )?(?:change|improve) for me\b|\b(?:it|things|life|my life|i) "
     r"(?:will never|is never going to|are never going to|is not going to|are not going to|am never going to|am not going "
     r"to|never) (?:ever )?(?:get|be|feel|going to get) (?:any )?(?:better|easier|okay|ok|good again|right)\b",
     therapy=True)
rule("hopelessness", T2, r"\b(?:do not|can not|cannot) (?:really )?(?:think|believe|see how|imagine) (?:that )?(?:things|it|life|"
     r"anything|my life|i) (?:will|is going to|are going to|am going to|could|can|would) (?:ever )?(?:get|be|feel|become) "
     r"(?:any )?(?:better|easier|okay|ok|good)\b(?!\s(?:with|at|unless|until|between|for (?:him|her|them|the)))|\b(?:my )?"
     r"life (?:has|holds) no (?:meaning|purpose|point|value)\b|\bno "
     r"(?:meaning|purpose|point) (?:in|to) (?:my life|life|living|anything|existing)\b|\b(?:everything|it all|all of it|"
     r"life|anything|existence|living) (?:is|feels|seems) (?:so |completely |totally |just )?(?:pointless|meaningless|"
     r"hopeless|empty)\b|\bit (?:is|feels|is all|all feels) (?:so |just )?pointless(?:\s,)?(?: all of it)?" + END +
     r"|\bnothing (?:left )?(?:for me|to look forward to|worth living for|in me|inside)\b(?!\s(?:to do|to say|to add|to eat|to pack|here))",
     therapy=True)
rule("hopelessness", T2, r"\bwhat is (?:even )?the point (?:of|in) (?:anything|living|life|it all|going on|carrying on|being "
     r"alive|being here|trying|everything|me|existing|any of it|getting up)\b|\bwhat is (?:even )?the point(?: anymore| "
     r"any more)?" + END, therapy=True)
rule("hopelessness", T2, r"\b(?:can not|could not|do not) (?:see|find) (?:a|any) (?:way out|way forward|way through|light|"
     r"future|end to (?:it|this))\b|\bno way out\b", therapy=True)
rule("hopelessness", T2, r"\b(?:given|give|giving|gave) up on (?:life|everything|myself|living|the future|ever being happy|"
     r"getting better|ever getting better|being happy|it all)\b|\b(?:want|feel like|felt like|ready|going) (?:to )?(?:just )?"
     r"giv(?:e|ing) up(?=\s(?:[.,]|completely|altogether|for good)|\s*$)", therapy=True)
rule("hopelessness", T2, r"\b(?:can not|could not) (?:go on|keep going|carry on|take (?:it|this|much more|any more|anymore|the "
     r"pain)|do this anymore|do this any more|cope anymore|cope any more|live like this|keep living like this|handle "
     r"(?:it|this|life) anymore|bear (?:it|this|life) anymore)\b(?!\s(?:with|doing))", therapy=True)
rule("hopelessness", T2, r"\b(?:my )?life (?:is|feels|has become|seems) (?:so |just |completely |totally )?(?:pointless|"
     r"meaningless|worthless|hopeless|over|a waste|not worth it|empty)\b|\bnothing (?:really )?matters\b|\b(?:done|tired|"
     r"sick|exhausted) (?:of|with) (?:living|life|being alive|existing|it all|being me|this life)\b(?!\s(?:with|in|admin|"
     r"here|at|on|as|near|so far|in the))|\bdone trying\b|"
     r"\b(?:never|not ever) (?:going to|gonna) be (?:happy|okay|ok)\b|\bwill never be (?:happy|okay|ok)\b", therapy=True)
rule("hopelessness", T2, r"\b(?:feel|feeling|felt|am|i am|so) (?:so |completely |totally |really |just )?trapped\b(?!\s(?:in "
     r"(?:traffic|a lift|the lift|an elevator|the car|my car|a meeting|the meeting|the office|(?:my|this|a) (?:job|role|"
     r"contract|course|degree|flat|lease|routine|town))))|\bthere is no (?:point|"
     r"hope|future)(?=\s(?:[.,]|anymore|any more|for me|in anything|in trying|at all)|\s*$)|\b(?:lost|losing) (?:all )?"
     r"(?:the |my )?will to (?:live|go on)\b", therapy=True)

# ---- Tier 2: goodbye behaviour (warning signs: putting affairs in order, giving possessions away)
rule("goodbye", T2, r"\b(?:written|writing|wrote|write|left|leaving|leave|sent|sending) (?:[\w']+ ){0,2}?(?:letters|letter|"
     r"notes|note|messages|message|cards|videos) (?:to|for) (?:everyone|everybody|all|my (?:family|kids|children|parents|"
     r"friends|loved ones|partner|mum|mom|dad|husband|wife)|the people|people i love|everyone i love|each of)\b|\b(?:written|"
     r"writing|wrote|write|left|leaving|recorded|recording) (?:[\w']+ ){0,2}?(?:goodbye|farewell|final|last) (?:letters?|"
     r"notes?|messages?|videos?|cards?)\b", leaving=True)
rule("goodbye", T2, r"\b(?:giving|given|give|gave|gives) (?:away )?(?:all |most |half |lots |a lot |some )?(?:of )?my (?:things|stuff|belongings|"
     r"possessions|treasured [\w']+|favourite things|prized [\w']+)(?: away)?\b|\b(?:will not|am not going to|do not|will "
     r"never) need (?:it|her|him|them|any of it|any of this|anything|my [\w']+|these|those|this|that)(?: anymore| any more|"
     r" again| soon| much longer| after)? where i am going\b")
rule("goodbye", T2, r"\b(?:giv|gave|given|rehom|sold|sell)[\w']*\b.*\b(?:will not|am not going to|do not|will never) need "
     r"(?:it|her|him|them|any of it|any of this|anything|my [\w']+|these|those)\b")
rule("goodbye", T2, r"\b(?:saying|said|say|made|make|making) my goodbyes\b|\b(?:saying|said|say) goodbyes? to (?:everyone|"
     r"everybody|people|all of (?:you|them)|my (?:family|friends|kids|children|loved ones|pets?)|the people i love|"
     r"everyone i love|those i love)\b|\b(?:say|said|saying) (?:a )?(?:proper )?goodbye (?:properly|for good|forever|"
     r"before it is too late|while i (?:still )?can|before i go)\b|\bthis is (?:my )?goodbye\b|\bthank (?:you|everyone)"
     r"\b(?:\s[\w']+){0,4}? before i (?:go|leave|am gone)\b|\b(?:a |my )?(?:letter|note|message|video) for (?:my |the )?"
     r"[\w']+ (?:to read|to see|to find|to watch) (?:after|when i am gone|once i am gone)\b", leaving=True)
rule("goodbye", T2, r"\b(?:you|they|anyone|no one|people|everyone) (?:will not|will never|are not going to|will not ever) "
     r"(?:have to )?(?:see|hear from|deal with|worry about|put up with) me (?:again|anymore|any more|much longer|for long|"
     r"ever again)\b|\b(?:will not|am not going to|might not|may not) be (?:around|here|alive) (?:much longer|for much "
     r"longer|for long|anymore|any more|to see|after (?:this|today|tonight))\b", leaving=True)
rule("goodbye", T2, r"\b(?:might|may|will|could) be the last time (?:we|you|i) (?:ever )?(?:speak|talk|see|hear)\b|\blast "
     r"time (?:we|you) (?:will )?(?:ever )?(?:speak|talk|see me|hear from me)\b|\b(?:put|putting|get|getting|got|sorting|"
     r"sorted) (?:all )?my affairs (?:in order|sorted|straight)\b|\bmade sure\b.*\b(?:look "
     r"after|take care of|have|feed|mind|rehome) my (?:dog|cat|pet|pets|kids|children|plants|fish|rabbit|hamster)\b",
     leaving=True)
rule("goodbye", T2, r"\b(?:when|after|once) i am (?:gone|dead|not here|not around|no longer here|no longer around)\b"
     r"(?!\s(?:on|to|for (?:the|a)|away|travelling|abroad))")
rule("goodbye", T2, r"\b(?:tying|tie|tied|tidy|tidying) up (?:all )?(?:my |the )?loose ends\b|\bso (?:that )?(?:no one|"
     r"my family|they|no one else) (?:has|have|will have|would have|does not have|will not have) to (?:deal with|sort out|"
     r"clean up|worry about)\b|\b(?:sorted|sorting|sort|wrote|written|writing|updated|updating) (?:out )?my (?:will|"
     r"affairs|funeral)\b|\bthank(?:s| you) for everything\b(?:\s[\w',]+){0,8}? (?:goodbye|will not|never|last time)\b",
     leaving=True)

# A gate no rule can match past: alternation in one pattern lets the regex engine skip most positions at once,
# about ten times faster than trying each pattern in turn.
ANY_RULE = re.compile("|".join(f"(?:{r.rx.pattern})" for r in R))
