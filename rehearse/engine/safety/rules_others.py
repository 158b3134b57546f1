"""Tier-1 rules about other people: abuse or danger now (a disclosure), and harm to others."""

from __future__ import annotations

from rehearse.engine.safety.rule import T1, rule
from rehearse.engine.safety.words import (ABUSE_STRONG, ABUSE_WEAK, END, HARM_OTHERS, OBJ, PEOPLE, PERSON,
                                          PERSON_ADULT, INTENT, NOT_WORDS)


# ---- Tier 1: abuse or danger now (safeguarding disclosure)
rule("abuse_danger", T1, rf"\b{PERSON}(?:\s(?!never\b|not\b|no longer\b)[\w']+){{0,3}}? {ABUSE_STRONG} me\b", own=False)
rule("abuse_danger", T1, rf"\b{PERSON_ADULT}(?:\s(?!never\b|not\b|no longer\b)[\w']+){{0,4}}? {ABUSE_WEAK} me\b"
     rf"{NOT_WORDS}(?!\s(?:with a (?:toy|ball|pillow|cushion)|by accident|accidentally|while playing|playing|"
     rf"back))", own=False)
rule("abuse_danger", T1, r"\b(?:my|the|our|his|her) (?:[\w']+ )?(?:therapist|counsellor|counselor|doctor|teacher|"
     r"coach|priest|tutor|carer|nurse|boss|manager|landlord|pastor|youth worker|lecturer|instructor|"
     r"employer) (?:[\w']+ )?(?:kissed|kisses|kissing|touched|touches|touching|fondled|undressed|groped|photographed|"
     r"hugs me too|hugged me too) me\b", own=False)
rule("abuse_danger", T1, rf"\b(?:scared|afraid|frightened|terrified|petrified|fear|worried|"
     rf"worry) (?:that )?{PERSON} (?:will|is going to|might|would|could|is gonna|wants to) (?:[\w']+ )?(?:kill|hurt|"
     rf"hit|beat|rape|attack|stab) me\b",
     own=False)
rule("abuse_danger", T1, r"\b(?:hit|hurt|beaten|slapped|kicked|punched|abused|attacked|threatened|strangled|"
     r"choked) (?:at home|by (?:my|him|her|them|his|he|she)|in my (?:house|home|flat))\b")
rule("abuse_danger", T1, rf"\b{PERSON}(?:\s(?!never\b|not\b|no longer\b)[\w']+){{0,3}}? (?:pushed|pushes|pushing|"
     rf"shoved|shoves|threw|throws|dragged|drags) me (?:down|into|against|onto|off|out of|across|to the (?:floor|"
     rf"ground)|over|around)\b", own=False)
rule("abuse_danger", T1, rf"\b{PERSON}(?:\s(?!never\b|not\b|no longer\b)[\w']+){{0,2}}? (?:controls (?:all )?my (?:mo"
     rf"ney|finances|phone|bank card|benefits|wages|passport)|takes all my (?:money|wages|benefits))\b", own=False)
rule("abuse_danger", T1, r"\bi (?:was|am|have been|got|get|keep getting|been|was being|am being) (?:being )?(?:raped|"
     r"abused|assaulted|sexually assaulted|molested|beaten|beaten up|attacked|strangled|choked|kicked|punched|"
     r"threatened|groomed|trafficked|hurt by|hit by (?:him|her|them|my))\b")
rule("abuse_danger", T1, r"\b(?:not|never|do not feel|no longer feel|never feel) safe (?:at home|where i (?:live|"
     r"am living|am staying|am|sleep)|in my (?:own )?(?:house|home|flat|room|bed)|with (?:him|her|them|my [\w']+)|"
     r"around (?:him|her|them|my [\w']+)|going home|living (?:with|there|here)|here at home)\b|\b(?:i am not|"
     r"i do not feel|i never feel|i no longer feel|i am never) safe(?=\s(?:[.,]|anymore|right now|at all|any more|"
     r"now)|\s*$)")
rule("abuse_danger", T1, r"\b(?:scared|afraid|frightened|terrified|too scared|petrified) (?:to go|of going|to be|"
     r"to get) (?:back )?home\b(?!\s(?:early|late|and miss|without|empty|yet|for))|\b(?:scared|afraid|frightened|"
     r"terrified|petrified) (?:of|what) (?:him|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|"
     r"stepfather|mum|mom|mother|stepmum|brother|uncle|ex))\b(?!\s(?:[\w']+ing|reaction|response|opinion|answer|"
     r"finding|being))")
rule("abuse_danger", T1, r"\b(?:comes|came|coming|creeps|crept|sneaks|snuck|gets|got|climbs|climbed) into my (?:bed|"
     r"bedroom|room)\b|\b(?:comes|came|coming|creeps|crept|sneaks|snuck|gets|got) in (?:to )?my (?:bed|bedroom|"
     r"room)\b|\b(?:into|in) my (?:bed|bedroom|room) at night\b|\binto bed with me\b", own=False)
rule("abuse_danger", T1, r"\b(?:locks|locked|locking|lock) me (?:in|inside|out|up)\b|\b(?:will not|does not|never|"
     r"would not) let me (?:leave|go out|go anywhere|see (?:my )?(?:friends|family)|have (?:my own )?(?:money|phone|"
     r"a phone|friends)|see (?:anyone|anybody|people|my [\w']+)|sleep|eat|out of (?:his|her|their) sight|"
     r"talk to (?:anyone|my)|call)\b(?!\s(?:on|until|unless|after|before|during|if|when|at))", own=False)
rule("abuse_danger", T1, rf"\b(?:sit on|sat on|sitting on) (?:his|her|their) (?:lap|knee)\b|"
     rf"\b{PERSON}(?:\s[\w']+){{0,3}}? (?:smashing|smashed|smash|wrecking|wrecked|trashing|trashed|breaking|"
     rf"broke) (?:up )?(?:the house|the place|the flat|our house|our flat|everything|things)\b", own=False)
rule("abuse_danger", T1, r"\b(?:threatened|threatens|threatening|threaten|said|says|say|told me|tells me|"
     r"keeps saying|swore|trying|tried)\b(?:\s[\w']+){0,2}? (?:to|would|will|is going to|was going to|"
     r"might) (?:[\w']+ )?(?:kill|hurt|beat|hit|stab|shoot|strangle|burn|rape) me\b|\b(?:pulled|held|pointed|waved|"
     r"came at me with) (?:a |the )?(?:knife|gun)\b", own=False)
rule("abuse_danger", T1, r"\b(?:forces|forced|forcing|makes|made|pressures|pressured|"
     r"pressuring) me (?:to )?(?:have sex|into sex|do sexual|do things i do not want|sleep with|touch him|touch her|"
     r"watch porn|send (?:pictures|photos|nudes))\b",
     own=False)
rule("abuse_danger", T1, rf"\b(?:violence|violent|abuse|abusive) (?:at home|in (?:my|our|the) (?:house|home|"
     rf"family))\b|\b{PERSON_ADULT} (?:is|gets|can be|has been|was|becomes) (?:so |really |very )?(?:violent|"
     rf"abusive)(?:"
     + END + r"|\s(?:with|towards|to) (?:me|us|my [\w']+|mum|mom|the kids)|\sat home|\swhen (?:he|she|"
     r"they) (?:drinks|is drunk|gets drunk|has been drinking)|\s(?:and|,) (?:i am |i feel |i get )?(?:so |"
     r"really )?(?:scared|afraid|frightened|terrified))|\bi am in danger\b(?!\s(?:of|that))|\bforces? (?:himself|"
     r"herself|themselves) on me\b|\b(?:threatens|threatened|threatening|said (?:he|she|they) would|says (?:he|she|"
     r"they) will) (?:to )?(?:hurt|kill|hit|take|beat|harm) (?:the kids|my kids|the children|my children|us|the baby|"
     r"my baby|my mum|my mom|the dog|my dog|my cat)\b", own=False)
rule("abuse_danger", T1, rf"\b{PERSON_ADULT}(?:\s(?!never\b|not\b|no longer\b)[\w']+){{0,2}}? (?:watches|watched|"
     rf"watching|films|filmed|filming|photographs|photographed|takes pictures of|took pictures of|spies on|"
     rf"spied on) me (?:shower|showering|in the shower|undress|undressing|getting changed|naked|in the bath|in bed|"
     rf"sleep|sleeping)\b", own=False)
rule("abuse_danger", T1, r"\b(?:raped|rape|sexually assaulted|sexual assault|molested|groped|domestic (?:abuse|"
     r"violence)|being abused|being hit|being beaten|being hurt at home)\b")

rule("abuse_danger", T1, rf"\b{PERSON}(?:\s(?!never\b|not\b|no longer\b)[\w']+){{4,8}}? {ABUSE_STRONG} me\b", own=False)

rule("abuse_danger", T1, r"\b(?:hands?|arms?|belt|rope|cord) (?:round|around|on) my (?:throat|neck)\b|\b(?:throws|"
     r"threw|throwing) (?:things|stuff|[\w']+) at me\b|\b(?:scared|afraid|frightened|"
     r"terrified) to be (?:in the house|at home|home|alone with (?:him|her|them|my [\w']+))\b|"
     r"\bif i (?:ever )?(?:leave|tell|go to the police|report|speak up)\b.*\b(?:kill|hurt|beat|find|"
     r"come for) me\b", own=False)

rule("abuse_danger", T1, rf"\b{PERSON}(?:\s(?!never\b|not\b)[\w']+){{0,3}}? (?:hits|hit|hitting|beats|beat|beating|"
     rf"hurts|hurting|punches|punching|slaps|slapping|kicks|kicking) (?:the kids|my kids|the children|my children|us|"
     rf"the baby|my baby|my mum|my mom|my sister|my brother)\b(?:\s[\w']+){{0,3}}? (?:as well as|and) me\b|"
     rf"\b" + PERSON +
     r"(?:\s[\w']+){0,3}? (?:comes|came|walks|walked|gets|got|barges|barged) in(?:to)?(?:\s[\w']+){0,3}? when i am (?"
     r":showering|in the shower|in the bath|getting changed|undressing|changing|asleep|sleeping|in bed)\b", own=False)

# ---- Tier 1: harm to others (and danger to others: driving drunk)
rule("harm_others", T1, rf"\bi (?:(?!not\b|never\b|no\b)[\w']+ ){{0,3}}?{INTENT}(?: to)? {HARM_OTHERS} {OBJ}\b")
rule("harm_others", T1, rf"\bi (?:(?!not\b|never\b|no\b)[\w']+ ){{0,3}}?{INTENT}(?: to)? make (?:him|her|them|"
     rf"someone|somebody|people) (?:suffer|bleed|hurt|scream|feel pain)\b")
rule("harm_others", T1, rf"\bi (?:(?!not\b|never\b|no\b)[\w']+ ){{0,2}}?could (?:hurt|harm|hit|shake|smother|"
     rf"strangle|stab|suffocate|drown|choke|beat) {OBJ}\b")
rule("harm_others", T1, r"\b(?:hurting|hurt|harming|harm|shaking|shake|shook|smothering|smother|drowning|drown|"
     r"suffocating|suffocate|hitting|hit|strangling|strangle) (?:my|the) (?:baby|newborn|son|daughter|"
     r"kids?|child|children|toddler|little one)\b")
# Dropped from a height or on purpose; "drop my son off at school" is the school run.
rule("harm_others", T1, r"\b(?:dropping|drop|throwing|throw) (?:my|the) (?:baby|newborn|son|daughter|kids?|child|"
     r"children|toddler|little one) (?:off (?:the|a) (?:balcony|bridge|roof|stairs|landing|cliff|edge|side)|down the "
     r"stairs|over the (?:edge|side|railing|balcony|banister)|out of the window|on purpose|on (?:his|her|its) head|"
     r"from the)\b")
rule("harm_others", T1, rf"\bi (?:(?!not\b|never\b|no\b)[\w']+ ){{0,3}}?{INTENT}(?: to)? (?:burn|set fire to|torch|"
     rf"smash up|wreck) (?:his|her|their) (?:house|home|flat|car|place)\b")
rule("harm_others", T1, r"\b(?:make|making) (?:him|her|them) pay\b.*\bknow where\b|\bknow where (?:he|she|"
     r"they) (?:lives?|works?)\b.*\b(?:pay|sorry|regret|revenge|get (?:him|her|them))\b")
rule("harm_others", T1, r"\b(?:drive|drove|driving|drives|driven)\b(?:\s[\w']+){0,3}? (?:drunk|high|wasted|hammered|"
     r"off my face|after (?:drinking|a few|a bottle|several|too many|[\w']+ pints|[\w']+ drinks|a couple))\b|"
     r"\b(?:drink|drunk) (?:driving|drive|drove)\b|\bdrink and drive\b")
rule("harm_others", T1, r"\b(?:bring|bringing|take|taking|carry|carrying|brought|took) (?:a |my |the )?(?:knife|gun|"
     r"weapon|blade|machete) (?:to|into) (?:school|work|college|class|uni|the office|the party)\b")
rule("harm_others", T1, r"\b(?:pay|revenge|get back at|sorry|regret it)\b.*\b(?:got|have|bought|carrying|bring|"
     r"bringing) (?:a |my |the )?(?:knife|gun|weapon|bat|machete|blade)\b|\b(?:got|have|bought|carrying) (?:a |my |"
     r"the )?(?:knife|gun|weapon|bat|machete|blade)\b.*\b(?:pay|revenge|get back at|sorry|regret it)\b")
rule("harm_others", T1, r"\b(?:thoughts|urges|urge|images|pictures|fantasies|intrusive thoughts) (?:of|to|"
     r"about) (?:hurting|hurt|killing|kill|throwing|throw|pushing|push|stabbing|stab|shaking|shake|smothering|"
     r"dropping|drop|"
     r"smother|drowning|drown|hitting|hit|strangling|strangle|poisoning|poison|suffocating|suffocate) (?:her|him|"
     r"them|people|someone|my|the|a|strangers|everyone)\b")
rule("harm_others", T1, r"\b(?:picture|picturing|pictured|imagine|imagining|see myself) (?:[\w']+ )?(?:dropping|"
     r"hurting|throwing|shaking|smothering|drowning|stabbing|hitting|strangling|suffocating|pushing) (?:her|him|them|"
     r"my|the|people|someone)\b")
rule("harm_others", T1, rf"\b(?:i have been|i keep|i|and i|i ended up|i have started) (?:hitting|beating|punching|"
     rf"slapping|choking|strangling|hurting|kicking|shoving) (?:my|his|her|"
     rf"the) (?:[\w']+ )?(?:{PEOPLE})\b", past=True)
# The child named first and someone else doing it after: "the baby shook her rattle" has the baby as its subject.
rule("harm_others", T1, r"\b(?:baby|newborn|toddler|son|daughter|kids?|child|children|little one)\b(?:\s\S+)*?\s(?!"
     r"(?:baby|newborn|toddler|son|daughter|kids?|child|children|one) )[\w']+ (?:[\w']+ )?(?:shook|shaken|shake|"
     r"shaking|smacked|threw|thrown|squeezed) (?:her|him|them|it)\b(?!\s(?:hand|awake|gently|rattle|toy|head|"
     r"fist|teddy|bottle|dummy|cup))")

# ---- Threats with no act named ("she won't know what hit her", "there's going to be blood"), and danger in two
# words ("not safe here", "can't talk, he's in the next room")
rule("harm_others", T1, rf"\b{PERSON} (?:will not|is not going to|are not going to|will never) know what hit "
     r"(?:him|her|them)\b|\b(?<!watched )(?<!watching )there (?:is|will be|is going to be) (?:going to be )?blood"
     r"(?=\s[.,]|\s*$| (?:next time|tonight|this time|if (?:he|she|they)|when (?:he|she|they)|i (?:swear|promise)))|"
     r"\bi (?:am|will) not (?:going to be |be )?responsible for what i (?:do|might do|will do|would do|end up "
     r"doing)\b|\b(?<!thinks )(?<!think )(?<!says )(?<!said )i am (?:really |so |actually )?dangerous(?= right now| at "
     r"the moment| tonight| today|\s[.,]|\s*$)|"
     r"\bi am a danger to (?!myself)(?:him|her|them|others|other people|people|my [\w']+|the (?:kids|children|baby))\b",
     own=False)
rule("abuse_danger", T1, rf"\b(?:i am |i am just |it is )?not safe here(?=\s[.,]|\s*$)|\b(?:can not|could not) talk "
     rf"(?:[.,] )?(?:right now [.,] )?{PERSON} (?:is|are) (?:in the next room|in the other room|right here|"
     r"listening|outside the door|outside|watching|home|back|here)\b", own=False, therapy=True)
