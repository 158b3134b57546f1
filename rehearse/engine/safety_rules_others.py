"""Tier-1 rules about other people: abuse or danger now (a disclosure), and harm to others."""

from __future__ import annotations

from rehearse.engine.safety_rule import T1, rule
from rehearse.engine.safety_words import (ABUSE_STRONG, ABUSE_WEAK, END, HARM_OTHERS, OBJ, PERSON,
                                          PERSON_ADULT, INTENT, NOT_WORDS)


# ---- Tier 1: abuse or danger now (safeguarding disclosure)
rule("abuse_danger", T1, rf"\b{PERSON}(?:\s[\w']+){{0,3}}? {ABUSE_STRONG} me\b", own=False)
rule("abuse_danger", T1, rf"\b{PERSON_ADULT}(?:\s[\w']+){{0,3}}? {ABUSE_WEAK} me\b{NOT_WORDS}(?!\s(?:with a (?:toy|ball"
                         rf"|"
     r"pillow|cushion)|by accident|accidentally|while playing|playing|back))", own=False)
rule("abuse_danger", T1, r"\b(?:my|the|our|his|her) (?:[\w']+ )?(?:therapist|counsellor|counselor|doctor|teacher|coach|"
     r"priest|tutor|carer|nurse|boss|manager|landlord|pastor|youth worker|lecturer|instructor|employer) (?:[\w']+ )?"
     r"(?:kissed|kisses|kissing|touched|touches|touching|fondled|undressed|groped|photographed|hugs me too|hugged me to"
     r"o) "
     r"me\b", own=False)
rule("abuse_danger", T1, rf"\b(?:scared|afraid|frightened|terrified|petrified|fear|worried|worry) (?:that )?{PERSON} "
     r"(?:will|is going to|might|would|could|is gonna|wants to) (?:[\w']+ )?(?:kill|hurt|hit|beat|rape|attack|stab) me"
     r"\b",
     own=False)
rule("abuse_danger", T1, r"\b(?:hit|hurt|beaten|slapped|kicked|punched|abused|attacked|threatened|strangled|choked) "
     r"(?:at home|by (?:my|him|her|them|his|he|she)|in my (?:house|home|flat))\b")
rule("abuse_danger", T1, rf"\b{PERSON}(?:\s[\w']+){{0,3}}? (?:pushed|pushes|pushing|shoved|shoves|threw|throws|dragged|"
                         rf"drags) "
     r"me (?:down|into|against|onto|off|out of|across|to the (?:floor|ground)|over|around)\b", own=False)
rule("abuse_danger", T1, rf"\b{PERSON}(?:\s[\w']+){{0,2}}? (?:controls (?:all )?my (?:money|finances|phone|bank card|"
     r"benefits|wages|passport)|takes all my (?:money|wages|benefits))\b", own=False)
rule("abuse_danger", T1, r"\bi (?:was|am|have been|got|get|keep getting|been|was being|am being) (?:being )?(?:raped|ab"
                         r"used|"
     r"assaulted|sexually assaulted|molested|beaten|beaten up|attacked|strangled|choked|kicked|punched|threatened|groom"
     r"ed|"
     r"trafficked|hurt by|hit by (?:him|her|them|my))\b")
rule("abuse_danger", T1, r"\b(?:not|never|do not feel|no longer feel|never feel) safe (?:at home|where i (?:live|am liv"
                         r"ing|"
     r"am staying|am|sleep)|in my (?:own )?(?:house|home|flat|room|bed)|with (?:him|her|them|my [\w']+)|around (?:him|h"
     r"er|"
     r"them|my [\w']+)|going home|living (?:with|there|here)|here at home)\b|\b(?:i am not|i do not feel|i never "
     r"feel|i no longer feel|i am never) safe(?=\s(?:[.,]|anymore|right now|at all|any more|now)|\s*$)")
rule("abuse_danger", T1, r"\b(?:scared|afraid|frightened|terrified|too scared|petrified) (?:to go|of going|to be|to get"
                         r") "
     r"(?:back )?home\b(?!\s(?:early|late|and miss|without|empty|yet|for))|\b(?:scared|afraid|frightened|terrified|petr"
     r"ified) (?:of|what) (?:him|my (?:husband|wife|partner|"
     r"boyfriend|girlfriend|dad|father|stepdad|stepfather|mum|mom|mother|stepmum|brother|uncle|ex))\b(?!\s(?:[\w']+ing|"
     r"reaction|response|opinion|answer|finding|being))")
rule("abuse_danger", T1, r"\b(?:comes|came|coming|creeps|crept|sneaks|snuck|gets|got|climbs|climbed) into my (?:bed|bed"
                         r"room|"
     r"room)\b|\b(?:comes|came|coming|creeps|crept|sneaks|snuck|gets|got) in (?:to )?my (?:bed|bedroom|room)\b"
     r"|\b(?:into|in) my (?:bed|bedroom|room) at night\b|\binto bed with me\b", own=False)
rule("abuse_danger", T1, r"\b(?:locks|locked|locking|lock) me (?:in|inside|out|up)\b|\b(?:will not|does not|never|would"
                         r" "
     r"not) let me (?:leave|go out|go anywhere|see (?:my )?(?:friends|family)|have (?:my own )?(?:money|phone|a phone|"
     r"friends)|see (?:anyone|anybody|people|my [\w']+)|sleep|eat|out of (?:his|her|their) sight|talk to (?:anyone|my)|"
     r"call)\b(?!\s(?:on|until|unless|after|before|during|if|when|at))", own=False)
rule("abuse_danger", T1, r"\b(?:threatened|threatens|threatening|threaten|said|says|say|told me|tells me|keeps saying|s"
                         r"wore|"
     r"trying|tried)\b(?:\s[\w']+){0,2}? (?:to|would|will|is going to|was going to|might) (?:[\w']+ )?(?:kill|hurt|beat"
     r"|"
     r"hit|stab|shoot|strangle|burn|rape) me\b|\b(?:pulled|held|pointed|waved|"
     r"came at me with) (?:a |the )?(?:knife|gun)\b", own=False)
rule("abuse_danger", T1, r"\b(?:forces|forced|forcing|makes|made|pressures|pressured|pressuring) me (?:to )?(?:have sex"
                         r"|into "
     r"sex|do sexual|do things i do not want|sleep with|touch him|touch her|watch porn|send (?:pictures|photos|nudes))"
     r"\b",
     own=False)
rule("abuse_danger", T1, r"\b(?:violence|violent|abuse|abusive) (?:at home|in (?:my|our|the) (?:house|home|family))\b|"
     rf"\b{PERSON_ADULT} (?:is|gets|can be|has been|was|becomes) (?:so |really |very )?(?:violent|abusive)(?:"
     + END + r"|\s(?:with|"
     r"towards|to) (?:me|us|my [\w']+|mum|mom|the kids)|\sat home|\swhen (?:he|she|they) (?:drinks|is drunk|gets drunk|"
     r"has "
     r"been drinking)|\s(?:and|,) (?:i am |i feel |i get )?(?:so |really )?(?:scared|afraid|frightened|terrified))|\bi "
     r"am in "
     r"danger\b(?!\s(?:of|that))|\bforces? (?:himself|herself|themselves) on "
     r"me\b|\b(?:threatens|threatened|threatening|said (?:he|she|they) would|says (?:he|she|they) will) (?:to )?(?:hurt"
     r"|kill|"
     r"hit|take|beat|harm) (?:the kids|my kids|the children|my children|us|the baby|my baby|my mum|my mom|the dog|my do"
     r"g|my "
     r"cat)\b", own=False)
rule("abuse_danger", T1, rf"\b{PERSON_ADULT}(?:\s[\w']+){{0,2}}? (?:watches|watched|watching|films|filmed|filming|"
     r"photographs|photographed|takes pictures of|took pictures of|spies on|spied on) me (?:shower|showering|in the sho"
     r"wer|"
     r"undress|undressing|getting changed|naked|in the bath|in bed|sleep|sleeping)\b", own=False)
rule("abuse_danger", T1, r"\b(?:raped|rape|sexually assaulted|sexual assault|molested|groped|domestic (?:abuse|violence"
                         r")|"
     r"being abused|being hit|being beaten|being hurt at home)\b")

# ---- Tier 1: harm to others (and danger to others: driving drunk)
rule("harm_others", T1, rf"\bi (?:[\w']+ ){{0,3}}?{INTENT}(?: to)? {HARM_OTHERS} {OBJ}\b")
rule("harm_others", T1, rf"\bi (?:[\w']+ ){{0,3}}?{INTENT}(?: to)? make (?:him|her|them|someone|somebody|people) "
     r"(?:suffer|bleed|hurt|scream|feel pain)\b")
rule("harm_others", T1, rf"\bi (?:[\w']+ ){{0,2}}?could (?:hurt|harm|hit|shake|smother|strangle|stab|suffocate|drown|"
     rf"choke|beat) {OBJ}\b")
rule("harm_others", T1, r"\b(?:hurting|hurt|harming|harm|shaking|shake|shook|smothering|smother|drowning|drown|"
     r"suffocating|suffocate|hitting|hit|dropping|drop|strangling|strangle) (?:my|the) (?:baby|newborn|son|daughter|kid"
     r"s?|"
     r"child|children|toddler|little one)\b")
rule("harm_others", T1, rf"\bi (?:[\w']+ ){{0,3}}?{INTENT}(?: to)? (?:burn|set fire to|torch|smash up|wreck) (?:his|her"
                        rf"|"
     r"their) (?:house|home|flat|car|place)\b")
rule("harm_others", T1, r"\b(?:make|making) (?:him|her|them) pay\b.*\bknow where\b|\bknow where (?:he|she|they) (?:live"
                        r"s?|"
     r"works?)\b.*\b(?:pay|sorry|regret|revenge|get (?:him|her|them))\b")
rule("harm_others", T1, r"\b(?:drive|drove|driving|drives|driven)\b(?:\s[\w']+){0,3}? (?:drunk|high|wasted|hammered|off"
                        r" my "
     r"face|after (?:drinking|a few|a bottle|several|too many|[\w']+ pints|[\w']+ drinks|a couple))\b|\b(?:drink|drunk)"
     r" "
     r"(?:driving|drive|drove)\b|\bdrink and drive\b")
rule("harm_others", T1, r"\b(?:bring|bringing|take|taking|carry|carrying|brought|took) (?:a |my |the )?(?:knife|gun|"
     r"weapon|blade|machete) (?:to|into) (?:school|work|college|class|uni|the office|the party)\b")
