"""Concept rules: two or three ideas near each other in one reply, each idea a word list (safety/lexicon.py).

The phrase rules (rules_self, rules_others, rules_check_in) know how things were said; these know what is said, so
they carry to wording nobody wrote down: a means word near a word for gathering it, a self-harm act near a word for
doing it on purpose, a death near not minding it. Every match still goes through the same reading as a phrase rule
(negation, who is speaking, tense, the therapy and ordinary partings), so "I never saved up pills" stays calm.
"""

from __future__ import annotations

from rehearse.engine.safety import lexicon as lx
from rehearse.engine.safety.lexicon import alt
from rehearse.engine.safety.rule import COMMON, REGISTRY, T1, T2, Pat, Rule, required_words, rule
from rehearse.engine.safety.words import PEOPLE_ADULT, PERSON_ADULT


Part = list[str] | str


def _anchor(p: Part) -> frozenset[str] | None:
    """Words one of which any match of p must hold as a token (a word of each entry, the rarest kind), if known."""
    if isinstance(p, list):
        return frozenset(next((x for x in w.split() if x not in COMMON), w.split()[0]) for w in p)
    return getattr(p, "anchor", None) or required_words(p)


def _best(anchors: list[frozenset[str] | None]) -> frozenset[str] | None:
    """Of the parts' anchors, the smallest with no common word (any one will do, since every part must match)."""
    known = [a for a in anchors if a is not None]
    rare = [a for a in known if not a & COMMON]
    return min(rare or known, key=len) if known else None


def near(a: Part, b: Part, gap: int = 6, *, both: bool = True, cross: bool = False) -> Pat:
    """A pattern for a then b (and b then a when both) at most gap words apart, in one sentence unless cross."""
    pa = f"(?:{a})" if isinstance(a, str) else alt(a)
    pb = f"(?:{b})" if isinstance(b, str) else alt(b)
    tok = r"(?:\s\S+)" if cross else r"(?:\s[^\s.]+)"
    one = rf"{pa}{tok}{{0,{gap}}}?\s{pb}"
    return Pat(rf"(?:{one}|{pb}{tok}{{0,{gap}}}?\s{pa})" if both else one, _best([_anchor(a), _anchor(b)]))


def seq(*parts: Part, gap: int = 6, cross: bool = False) -> Pat:
    """Parts in this order, each at most gap words after the one before."""
    tok = r"(?:\s\S+)" if cross else r"(?:\s[^\s.]+)"
    return Pat(f"{tok}{{0,{gap}}}?\\s".join(f"(?:{p})" if isinstance(p, str) else alt(p) for p in parts),
               _best([_anchor(p) for p in parts]))


def either(*parts: Part) -> Pat:
    """Any one of the parts; its anchor words are all of theirs (known only when every part's is)."""
    anchors = [a for a in map(_anchor, parts) if a is not None]
    union = frozenset[str]().union(*anchors) if len(anchors) == len(parts) else None
    return Pat("|".join(f"(?:{p})" if isinstance(p, str) else alt(p) for p in parts),
               union if union is not None and not union & COMMON else None)


_FIRST = len(REGISTRY)
MEANS = lx.MEDICINES + lx.LIGATURE + lx.BLADES
# The listed ones, anyone words.py knows as a person, and an adult named bare ("mum's new partner grabbed ...").
ABUSER = alt(lx.ABUSER) + r"|\b" + PERSON_ADULT + r"\b|\b(?:" + PEOPLE_ADULT + r")\b"

# ---- Tier 1: active ideation said as a date, a readiness or an expected death (C-SSRS items 3-5)
rule("active_ideation", T1, r"\b(?:do not|not|no) (?:plan|planning|expect|expecting|intend|intending|"
     r"going|want) (?:on |to )?(?:be |being |still be )?(?:alive|around|here) (?:by|at|for|after|past|next|in|"
     r"this time next)\b", neg=False)
rule("active_ideation", T1, r"\b(?:plan|planning|planned|want|wanting|wanted|ready|decided|going|how|way|ways) (?:to |"
     r"about how to |on )?(?:just )?(?:stop existing|stop being alive|cease to exist|not exist anymore|"
     r"not exist any more|make myself not exist)\b")
rule("active_ideation", T1, near(r"\b(?:tonight|today|tomorrow|this weekend|this week) is the (?:night|day|time)\b|"
                                 r"\bit is (?:time|the night|the day)\b|\bi am ready to go\b",
                                 r"\b(?:i am done|i am finished|made my peace|made up my mind|decided|goodbye|"
                                 r"i am ready|no more)\b", 10, cross=True), therapy=True, leaving=True)

# A wish to be dead or gone and an intent or plan in the same reply is active ideation (C-SSRS item 4).
DEATH_WISH = (r"\b(?:sleep forever|never wake up|not wake up|be gone|not be here|not be around|be dead|die|end it|"
              r"end things|stop existing|not exist|disappear for good|not going to be around|not be alive)\b")
INTENT_ACT = (r"\b(?:make (?:that|it) happen|do something about (?:it|that)|going to do it|i will do it|sorted it|"
              r"i have decided|made up my mind|made my peace|got it planned|planned it|have a plan|got a plan|"
              r"know how i will|know when|set a date|picked a date|this is the last)\b")
rule("active_ideation", T1, near(DEATH_WISH, INTENT_ACT, 12, cross=True), therapy=True, leaving=True)
rule("active_ideation", T1, near(r"\blast (?:day|night|week) (?:on earth|alive|of my life)\b",
                                 INTENT_ACT + r"|\bdecided\b", 12, cross=True))
rule("active_ideation", T1, r"\b(?:should|going to|want to|will|could|gonna|might|about to) (?:just )?end (?:things|it)"
     r" (?:for real|for good|permanently|once and for all|tonight|this week|this weekend|soon)\b",
     therapy=True, past=True)

# ---- Tier 1: a plan or means (C-SSRS item 5, behaviour: preparatory acts)
rule("plan_means", T1, near(lx.STOCKPILE, MEANS, 5), past=True, leaving=True, accident=True)
rule("plan_means", T1, near(lx.RESEARCH, near(lx.LETHAL, lx.MEDICINES + ["it", "dose", "doses"], 5), 6), past=True)
rule("plan_means", T1, near(r"\b(?:lethal|fatal|deadly)\b", lx.MEDICINES + ["dose", "doses", "amount"], 3),
     past=True)
rule("plan_means", T1, near(lx.HIGH_PLACES, lx.DROP, 10), past=True)
rule("plan_means", T1, r"\b(?:where|when|how|which \w+) i (?:would|could|will|am going to|might|should|want to) "
     r"(?:jump|step off|step out|throw myself|do it)\b", past=True, therapy=True)
rule("plan_means", T1, near(lx.ROPE, r"\b(?:checked|tested|tried|set up|ready|hidden|hid|tied|"
                            r"in the (?:shed|loft|garage|attic|woods)|under my bed)\b", 8), past=True, accident=True)
rule("plan_means", T1, near(seq(r"\b(?:boxes|box|packets|packs|strips|a load|loads|a lot|lots|all my|a whole|a full|"
                                r"bottles|a bottle|\d+|two|three|four|five|six|ten|twenty|fifty|hundred|dozens)\b",
                                lx.MEDICINES, gap=2),
                            r"\b(?:in my (?:bag|pocket|hand|coat|room|car)|on me|with me|next to me|in front of me|"
                            r"right now|ready)\b", 8), past=True, accident=True)
rule("plan_means", T1, near(lx.MEDICINES + ["them", "it"], r"\b(?:keeping|kept|keep|saving|saved|stashing|hiding|hid|"
                            r"put|putting) (?:them|it) (?:all|aside|back|hidden|somewhere secret|for later|for when|"
                            r"for a bad day|just in case)\b", 10, cross=True), past=True, neg=False)
rule("plan_means", T1, near(r"\b(?:method|methods|ways? to (?:die|go|do it|end it|end my life|kill myself))\b",
                            r"\b(?:least painful|painless|quickest|most effective|surest|fastest|easiest|quick|"
                            r"will not hurt|"
                            r"would not hurt|without pain|not hurt|"
                            r"researching|researched|looking into|looked into|looked up|looking up|googled|googling|"
                            r"which)\b", 6), past=True, therapy=True)
rule("plan_means", T1, near(lx.LIGATURE, r"\b(?:hold my weight|strong enough|the beam|a beam|the banister|the loft|"
                            r"the ceiling|hook|door handle|tie it|tied it|knot)\b", 8), past=True)
rule("plan_means", T1, near(lx.BLADES, r"\b(?:hidden|hid|hide|hiding|keep|kept|bought|buy|got|ordered|just in case|"
                            r"under my|in my drawer|in my room|in my bag|stash)\b", 6), past=True)
rule("plan_means", T1, r"\b(?:written|wrote|write|writing|worked|work|working|figured|figure|thought|planned|plan|"
     r"planning|decided|know|knowing) (?:out |through )?(?:exactly )?(?:how|when|where) i (?:would|will|am going to|"
     r"could|might|want to) do it\b", past=True, therapy=True, leaving=True)
rule("plan_means", T1, near(r"\b(?:picked|set|chosen|chose|choose|decided on|got) (?:a|the) (?:date|day|night)\b",
                            r"\b(?:ready|sorted|done|goodbye|prepared|in place|everything|over)\b", 10, cross=True),
     past=True, therapy=True, leaving=True)

# ---- Tier 1: recent self-harm described by what it is for or what it leaves (C-SSRS behaviour items)
rule("self_harm", T1, either(near(lx.HARM_MARKS, seq(["my", "on my", "the"], lx.BODY, gap=1), 3, both=False),
                             near(lx.HARM_MARKS, lx.MARK_WORSE, 6)), accident=True)
rule("self_harm", T1, near(lx.HARM_ACTS, lx.ON_PURPOSE, 10), accident=True, past=True)
rule("self_harm", T1, near(lx.SH_GERUND, lx.HARM_HELPS, 8), past=True)
rule("self_harm", T1, seq(lx.HOT_THINGS, r"\b(?:on|against|to|into|onto|across) (?:my|the) " + alt(lx.BODY), gap=3),
     accident=True, past=True)
rule("self_harm", T1, near(r"\b(?:eaten|eating|ate|food|meals?|starv\w*|fast|fasting|sick|purg\w*)\b", lx.PUNISH, 10),
     past=True)

# ---- Tier 1: abuse or danger now (safeguarding disclosures); someone else's act, so "who" is not read
rule("abuse_danger", T1, seq(ABUSER, lx.ABUSE_HARD, gap=8), own=False, past=True)
rule("abuse_danger", T1, near(seq(ABUSER, lx.ABUSE_SOFT, gap=8), lx.ABUSE_CONTEXT, 12, cross=True), own=False,
     past=True)
rule("abuse_danger", T1, seq(ABUSER, r"\b(?:threw|throws|throwing|chucked|hurled|smashed)\b(?!\s(?:a|the|his|her) "
                             r"(?:ball|snowball|pillow|cushion|frisbee|toy|sweet|kiss|party|tantrum|strop|bottle|"
                             r"food|dinner|spoon|cup|dummy)\b)",
                             r"\bat (?:me|my head|my face)\b", gap=4), own=False, past=True)
rule("abuse_danger", T1, r"\b(?:takes|took|controls|controlled|keeps|kept) (?:all )?(?:of )?my (?:money|wages|benefits|"
     r"bank card|cards|passport|pay)\b|\bnot allowed (?:to )?(?:leave the house|go out|see my (?:friends|family))\b"
     r"(?=.*\b(?:without|permission|husband|wife|partner|boyfriend|girlfriend|he|she)\b)", own=False, past=True)
rule("abuse_danger", T1, r"\b(?:not|never|do not feel|no longer|do not) (?:safe|feel safe) (?:at home|in my (?:own )?"
     r"(?:home|house|flat|room)|where i (?:live|am living|am staying)|with (?:him|her|them|my \w+))\b|"
     r"\b(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?home\b"
     r"(?!\s(?:early|late|yet|empty|and miss|without))", neg=False, own=False)

# ---- Tier 1: harm to others, a child above all, and driving drunk
rule("harm_others", T1, seq(lx.HARM_INTENT, lx.VIOLENT, lx.TARGET, gap=4), past=True)
rule("harm_others", T1, near(lx.WEAPON, lx.WEAPON_USE, 8), past=True, accident=True)
rule("harm_others", T1, seq(lx.CHILD_HARM_HARD, ["the", "my", "our", "a", "her", "his", "their"], lx.CHILD, gap=2),
     own=False, past=True)
rule("harm_others", T1, near(seq(lx.CHILD_HARM, ["my", "the", "our"], lx.CHILD, gap=1), lx.CHILD_SEVERE, 10,
                             cross=True), past=True)
rule("harm_others", T1, seq(r"\b(?:pillow|cushion|blanket|towel|hand|hands)\b (?:on|over|across)",
                             ["the", "my", "our", "a", "her", "his"], lx.CHILD, r"\b(?:face|mouth|nose|head)\b", gap=1),
     own=False, past=True)
rule("harm_others", T1, near(seq(r"\b(?:strangle|smother|shake|hurt|hit|kill|drown|suffocate|throw|choke|stab)\b",
                                 ["the", "my", "our"], lx.CHILD, gap=1),
                             r"\b(?:scares me|scared|frightens me|frightened|terrifies me|terrified|urge|urges|"
                             r"thoughts|images|keep picturing|intrusive|sometimes|worried i)\b", 10, cross=True),
     past=True)
# ... not where the sentence says there was no drink ("I'll drive the kids, I haven't had a drink")
_DRUNK_DRIVE = near(lx.DRINK, lx.DRIVE, 8)
rule("harm_others", T1, Pat(r"\b(?![^.]*\b(?:not|never|no|nothing|without) (?:had|been|touched|a|any|drinking|drunk|"
                            r"drink|a drop)\b)" + _DRUNK_DRIVE, _DRUNK_DRIVE.anchor), past=True)

# ---- Tier 2: passive ideation (C-SSRS item 1, wish to be dead; PHQ-9 item 9)
rule("passive_ideation", T2, near(lx.NOT_MINDING, lx.MY_DEATH, 8), therapy=True)
rule("passive_ideation", T2, r"\b(?:dying|death|being dead|not being here|not waking up|not existing) (?:would not|"
     r"is not|does not|would not really|is not really) (?:be )?(?:the worst|so bad|that bad|a bad thing|scare me|"
     r"bother me|be so bad)\b", neg=False)
rule("passive_ideation", T2, seq(lx.POINT_OF_ME, lx.BEING_HERE, gap=2) + "|" + alt(lx.POINT_OF_ME[5:]), neg=False)

# ---- Tier 2: hopelessness about life itself (the therapy's own hopelessness is left calm)
rule("hopelessness", T2, near(r"\b(?:can not|could not|do not|never|not able to) (?:really |even )?" +
                              alt(lx.NO_FUTURE)[2:], lx.AGE_OR_LATER + [r"nothing there"], 4, both=False) + "|" +
     r"\b(?:can not|could not|do not) (?:really |even )?(?:(?:picture|imagine|see) (?:myself|a future|any future|"
     r"my future)|(?:picture|imagine) me)\b", neg=False, therapy=True)
rule("hopelessness", T2, alt(lx.NEVER_CHANGE) + r"|\b(?:never|not ever) (?:going to |gonna |will )?(?:be|get|feel) "
     r"(?:any )?(?:different|better|okay|ok|happy|normal)\b|\bno (?:reason|point) (?:for me )?to (?:keep (?:going|"
     r"trying|living|on)|carry on|go on|get up|be here|stay alive|stick around)\b|"
     r"\b(?:my life|my future|i) (?:is|am) (?:going|getting) nowhere\b",
     neg=False, therapy=True)
rule("hopelessness", T2, r"\b(?:given up|give up|gave up|lost|lost all|no) hope (?:that|in (?:life|myself|everything|"
     r"anything|the future))\b|\b(?:given up|gave up|lost all|lost) hope(?=\s[.,]|\s*$)", therapy=True)
rule("hopelessness", T2, alt(lx.NO_REASONS) + r"|\bwhat is (?:even )?the point (?:of|in) (?:anything|everything|"
     r"trying|any of it|it all|me)\b", neg=False, therapy=True)

# ---- Tier 2: feeling a burden (the interpersonal theory's perceived burdensomeness; Van Orden et al. 2010)
# The self first, and no "not" or "never" between: "I'm not a burden" is the opposite.
rule("burden", T2, seq(r"\b(?:i|i am|i feel|me)\b(?:\s(?!not\b|never\b|no\b|no longer\b)[^\s.]+){0,5}?", lx.BURDEN,
                       gap=0), therapy=True)
rule("burden", T2, r"\b(?:deserve|deserves|deserved) (?:a better|better than me|better than this|someone better|"
     r"(?:a|an) (?:\w+ ){1,2}who is not (?:such a|a|always))\b")
rule("burden", T2, r"\b(?:deserve|deserves|deserved) (?:(?:a|an) better \w+ than me|better than me|(?:a|"
                   r"an) (?:\w+ ){1,2}who is not (?:such a |a |"
     r"always )?(?:burden|mess|failure|wreck|disappointment|drain|broken|like me|as useless))\b", own=False)
rule("burden", T2, Pat(r"\b(?:were|was|be|being|are|finally|get|got) (?:rid|free) of me\b", frozenset({"rid", "free"})),
     own=False)
rule("burden", T2, near(r"\bwithout me\b", r"\b(?:better|save|saved|richer|money|easier|happier|calmer|less stress|"
                        r"less stressed|fine|freer|lighter|simpler|relieved)\b", 6), own=False)
rule("burden", T2, r"\b(?:make|makes|making|made) (?:[\w']+ ){0,3}(?:life|lives) (?:so |much |even )?(?:harder|"
                   r"worse|hell|miserable|"
     r"difficult|a misery)\b|\b(?:better off|happier) with (?:someone|somebody) (?:else|better|who is not|normal)\b",
     own=False, therapy=True)
rule("burden", T2, near(lx.CARE_FOR_ME, lx.SELF_BLAME, 8, cross=True))

# ---- Tier 2: goodbye behaviour (C-SSRS preparatory acts: giving things away, notes, settling affairs)
rule("goodbye", T2, seq(lx.GIVE_AWAY, lx.POSSESSIONS, alt(lx.FINAL) + r"|\bwill not be \w+ing\b", gap=14, cross=True),
     leaving=True)
rule("goodbye", T2, near(lx.SEND, lx.FAREWELL, 8), leaving=True, therapy=True)
rule("goodbye", T2, r"\bgoodbye (?:message|messages|letter|letters|note|notes|post|text|texts|video|email)\b|"
     r"\b(?:letters|notes) (?:for|to) (?:my|each of my|all my|everyone)\b", leaving=True)
rule("goodbye", T2, r"\b(?:my|the|this) last (?:\w+ )?ever\b")
rule("goodbye", T2, near(r"\b(?:video|videos|letter|letters|note|notes|message|messages|voicemail|recording|"
                         r"recorded)\b", r"\bin case (?:anything|something) (?:happens|happened|goes wrong)\b|"
                         r"\b(?:for )?when i am (?:gone|not here|not around)\b|\bafter i am gone\b", 8), leaving=True)
rule("goodbye", T2, near(r"\bi love (?:you|her|him|them)\b", r"\b(?:not|never) (?:your|her|his|their|anyone is) "
                         r"fault\b|\bsorry for everything\b|\bgoodbye\b|\bforgive me\b", 10, cross=True))
rule("goodbye", T2, near(r"\b(?:look after|take care of|have|keep|promise|make sure|adopt)\b",
                         r"\bif (?:anything|something) (?:happens|were to happen|happened) to me\b", 10, cross=True),
     leaving=True)
rule("goodbye", T2, near(lx.AFFAIRS, lx.LEFT_FOR, 8), leaving=True)
rule("goodbye", T2, near(lx.ONE_LAST, lx.SEE_PEOPLE, 4), leaving=True)

RULES: list[Rule] = REGISTRY[_FIRST:]  # this module's rules (tests switch them off to see what they add)
