"""Crisis language in typed text: whether to pause the scene (tier 1), check in (tier 2), or carry on.

The one entry point is check_text(text, user_role). Evaluation tools outside the project call it, so its signature
and the fields of SafetyCheck stay as they are. docs/SAFETY.md says what each category and tier follows and why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rehearse.engine.safety.calm import (ACCIDENT_CONTEXT, ANSWER_NO, ASK_NOUN, ASKED_IF, ASKING_ABOUT, BARE_NO,
                                         BUT_NOT, DID_NOT_MEAN, DISPOSED, FINAL_CUE, GENERIC_PEOPLE, I_SAID,
                                         IDIOM_KILL_ME, JUST_NOW, MASK, NAMES_HARM, NO_LONGER, ORDINARY_PLAN, own_life,
                                         PAST_AND_OVER, REALLY_ME, REFLECT, SAFE_AFTER, THREAT_CUE, TRAINEE_QUESTION,
                                         USED_TO, ordinary, still_going, taken_back, turned_round)
from rehearse.engine.safety.rule import Rule
from rehearse.engine.safety.rules import INDEX
from rehearse.engine.safety.words import OTHER_SUBJECTS, S_IS, SLANG, SLANG_PHRASES, correct
from rehearse.engine.textnorm import normal_token

NOT_THERAPY = ("rehearse is a practice tool, not therapy and not a crisis service. "
               "The other side of the conversation is a script, not a person.")
TIER_NONE, TIER_PAUSE, TIER_CHECK_IN = 0, 1, 2
LEARNED = True  # read with the learned model beside the rules (off only to measure the rules alone)
# The learned model's lines, chosen out of file (scripts/train_safety.py --by-file; docs/SAFETY.md).
PAUSE_AT = 0.85  # the probability of a tier-1 category at which the model alone pauses the scene
CHECK_IN_AT = 0.6  # the probability of any risk category at which it alone checks in
EVIDENCE_AT = 1.5  # ... on the strength of the reply's own words (learned.read), not of how common risk was in training
MODEL_WORDS = 4  # ... in a reply of this many words or more: the rules are exact about short ones ("cut again")
CALM_AT = 0.8  # the probability of no risk at which a rule's pause becomes a check-in (the person is still asked)
# ... unless the clause the rule heard, read alone to the end of the reply, is likelier risk than not
CLAUSE_CALM_AT = 0.5
PAST_CALM_AT = 0.5  # ... and for a reply told as past and over ("years ago", "nothing since")
PAST_OFF_AT = 0.7  # the probability of no risk at which a reply told as past and over is left calm altogether
SENTENCES_AT = 0.2  # the probability of any risk in the whole reply at which its sentences are read alone too
DISTRESS_AT = 0.3  # ... of any risk at which a reply carried on with is still heavy (distress; 1 % of the library's)


@dataclass(frozen=True)
class SafetyCheck:
    """What a reply carries: tier 0 (none), 1 (pause and show help) or 2 (check in gently), and why."""

    tier: int
    category: str | None = None
    distress: bool = False  # heavy feeling even without a risk statement ("I'm falling apart")
    matched: str = ""  # the words that decided it, as the check read them (for tests and tuning, never shown)


def check_text(text: str, user_role: str = "client") -> SafetyCheck:
    """Decide from who is speaking and what they say whether to pause the scene, check in, or carry on."""
    return _check(text[:2000], user_role == "therapist")


@lru_cache(maxsize=256)
def _check(text: str, trainee: bool) -> SafetyCheck:
    prepared = prepare(text)
    masked = _mask(prepared)
    best, calmed, firm = rules_reading(masked, trainee)
    # Killing oneself named plainly, read as meant by the rules (not negated, asked, past or an idiom) and in the
    # person's own words rather than slang spelled out ("what does ctb mean?"), is as firm as a firm rule
    firm = firm or (best is not None and _PLAINLY.search(best.matched) is not None
                    and _PLAINLY.search(text.lower()) is not None)
    risk = 0.0
    if LEARNED and not (calmed and best is None):
        # A risk phrase the rules read and set aside (negated, a trainee asking, long over) stays set aside: the
        # model reads words, not their scope, and would hear "I don't want to die" as its last three words.
        best, risk = _learned(prepared, masked, trainee, best, firm, calmed)
    return best or SafetyCheck(TIER_NONE, None, risk >= DISTRESS_AT or _distress(masked, trainee))


def rules_reading(masked: str, trainee: bool) -> tuple[SafetyCheck | None, bool, bool]:
    """What the rules hear in a prepared, masked reply, whether they set a risk phrase aside as calm, and whether
    what they heard is danger told precisely as happening now (a firm rule: the model does not soften it)."""
    best, calmed, firm, spaced = None, False, False, " " + masked  # spaced: the gates' form (rules.py)
    ix = INDEX
    words = set(masked.split())
    words |= {part for w in words if "'" in w for part in w.split("'")}  # "mum's" holds "mum" (rule.required_words)
    # The reply's own words name the anchored rules worth reading; a gate that opens adds its run's other rules.
    # Read in the rules' order, the first match decides as it did when every rule was tried in turn.
    named = {i for w in words if (ids := ix.by_word.get(w)) for i in ids}
    if ix.any_rule is not None and ix.any_rule.search(spaced) is not None:
        for gate, plain in ix.gated:
            if gate.search(spaced) is not None:
                named.update(plain)
    for i in sorted(named):
        r = ix.rules[i]
        if best is not None and r.tier >= best.tier:
            break  # rules run tier 1 first: nothing later can beat what is found
        for m in r.rx.finditer(masked):
            tier = _reading(r, masked, m, trainee)
            if not tier:
                calmed = True
            elif best is None or tier < best.tier:
                best, firm = SafetyCheck(tier, r.category, True, m.group(0)), r.firm and tier == r.tier
                break
    if best is not None and best.tier == TIER_PAUSE and not firm:  # a firm rule may hear it too, later in the order
        firm = any(ix.rules[i].firm and any(_reading(ix.rules[i], masked, m, trainee) == TIER_PAUSE
                                            for m in ix.rules[i].rx.finditer(masked)) for i in named)
    return best, calmed, firm


def _learned(prepared: str, masked: str, trainee: bool, ruled: SafetyCheck | None,
             firm: bool, calmed: bool = False) -> tuple[SafetyCheck | None, float]:
    """The model beside the rules: a check they missed or made gentler, and the risk it read (0 if unread)."""
    from rehearse.engine.safety.learned import read

    paused = ruled is not None and ruled.tier == TIER_PAUSE
    past = ruled is not None and PAST_AND_OVER.search(masked) is not None
    if not (paused or past) and prepared.count(" ") + 1 < MODEL_WORDS:
        return ruled, 0.0  # too short for the model to act alone: no need to read it
    p_none, p_pause, p_risk, category, evidence = read(prepared, trainee)
    if past and p_none >= PAST_OFF_AT and not still_going(masked):
        return None, 0.0  # "I used to cut, but not for years now": history told as history, and nothing read as now
    if ruled is not None and paused:
        if firm and not past:
            return ruled, p_risk  # "the engine's running in the garage and i'm sat in it": no reading softens that
        calm = PAST_CALM_AT if past else CALM_AT
        if (p_none >= calm and not past and not _RESOLVED.search(masked)
                and (clause := heard_clause(masked, ruled.matched)) and read(clause, trainee)[0] < CLAUSE_CALM_AT):
            return ruled, p_risk  # "Fine, discharge me. Less paperwork for you when I kill myself."
        return (SafetyCheck(TIER_CHECK_IN, ruled.category, True, ruled.matched) if p_none >= calm else ruled), p_risk
    best = _alone(ruled, masked, p_pause, p_risk, category, evidence)
    if (best is None or best.tier != TIER_PAUSE) and p_risk >= SENTENCES_AT and not calmed and not past \
            and not PAST_AND_OVER.search(masked):
        # A long reply is also read a sentence at a time: one sentence of risk in a paragraph about the sessions is
        # diluted in the whole ("I'd like to talk about the homework. Also I took all my tablets last night.").
        for sentence in sentences(masked):
            _, s_pause, s_risk, s_category, s_evidence = read(sentence, trainee)
            if s_pause >= PAUSE_AT and (said := _alone(None, sentence, s_pause, s_risk, s_category, s_evidence)) \
                    and said.tier == TIER_PAUSE:
                best = said
                break
    return best, p_risk if evidence > 0 else 0.0


def _alone(ruled: SafetyCheck | None, masked: str, p_pause: float, p_risk: float, category: str,
           evidence: float) -> SafetyCheck | None:
    """What the model's reading adds to the check so far: a pause it is sure of, or a check-in where there was none."""
    if evidence < EVIDENCE_AT:  # heavy only when its own words lean to risk: the subword mean does on odd text
        return ruled
    if p_pause >= PAUSE_AT:  # above 0.5, the likeliest is a tier-1 category
        gentle = ruled is None and ORDINARY_PLAN.search(masked) is not None and not NAMES_HARM.search(masked)
        return SafetyCheck(TIER_CHECK_IN if gentle else TIER_PAUSE, category, True, "(learned)")
    if ruled is None and p_risk >= CHECK_IN_AT:
        return SafetyCheck(TIER_CHECK_IN, category, True, "(learned)")
    return ruled


def sentences(masked: str) -> list[str]:
    """A long reply's sentences of MODEL_WORDS words or more, when it has two or more of them (else none)."""
    if " . " not in masked:
        return []
    found = [x.replace(" ~ ", " ").strip() for x in masked.split(" . ")]
    found = [x for x in found if x.count(" ") + 1 >= MODEL_WORDS]
    return found if len(found) > 1 else []


_CLAUSE_START = re.compile(r" [.,] | but ")
_PLAINLY = re.compile(r"\b(?:kill|killing) (?:myself|my self)\b|\b(?:end|ending|take|taking) my (?:own )?life\b")


def heard_clause(masked: str, matched: str) -> str:
    """The reply from the start of the clause a rule heard to its end ("" when that clause starts the reply).

    Read whole, a statement after a complaint about the sessions is mostly about the sessions to the model; read from
    its own clause on, what comes after it still counts ("Suicidal? God no. Knackered, that's all").
    """
    at = masked.find(matched)
    start = max((m.end() for m in _CLAUSE_START.finditer(masked, 0, max(at, 0))), default=0)
    return masked[start:].replace(" ~ ", " ") if start else ""


# ------------------------------------------------------------------------------------------------- preparing text
_PUNCT = re.compile(r"[.!?;:\u2026]+|\s-\s|\s\u2013\s|\s\u2014\s")
_HAS_BEEN = re.compile(r"\b(\w+)'s been\b")
_STEP = re.compile(r"\bstep (dad|mum|mom|father|mother|brother|sister|son|daughter)\b")
_DROP = re.compile(r"[^\w\s',.]")  # "." is kept: _PUNCT has already made every one a sentence break
_PHRASES = re.compile(r"\b(?:" + "|".join(sorted(SLANG_PHRASES, key=len, reverse=True)) + r")\b")
_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "-": " ", "/": " ", "_": " "})


def prepare(text: str) -> str:
    """Lower-case words with slang, typos and contractions spelled out; "." and "," stand alone as breaks."""
    text = text.lower().translate(_APOS)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = _DROP.sub(" ", _PUNCT.sub(" . ", text)).replace(",", " , ")
    text = _STEP.sub(r"step\1", text)
    if "'s been" in text:
        text = _HAS_BEEN.sub(r"\1 has been", text)  # "my flatmate's been self-harming" is about the flatmate
    out: list[str] = []
    for tok in text.split():
        out.extend(_token(tok.strip("'")).split())
    joined = " ".join(out)
    if "unaliv" in joined:
        joined = _UNALIVE.sub(_unalive, joined)
    if " me " in joined:
        joined = _ME_MY.sub(_me_my, joined)
    return _PHRASES.sub(lambda m: SLANG_PHRASES[m.group(0)], joined) if _PHRASES.search(joined) else joined


# "me" for "my", as much of Britain, Ireland and Australia says it: "sliced me forearm", "stubbed it out on me ankle".
# Not after a verb that gives or tells ("the doctor gave me pills" is someone else's doing).
_ME_MY = re.compile(r"\b([\w']+) me (?=(?:own|arm|arms|wrist|wrists|forearm|forearms|leg|legs|thigh|thighs|head|"
                    r"face|chest|stomach|belly|skin|hand|hands|neck|throat|ankle|ankles|foot|feet|finger|fingers|"
                    r"life|affairs|stuff|things|gear|tools|gun|rifle|shotgun|missus|wife|kids|mum|mam|dad|da|brother|"
                    r"sister|mates|family|house|ute|truck|shed|pills|tablets|meds|tabs|note|will|bank|dog|cat|wallet|"
                    r"phone|keys|money|passport|car|boat)\b)")
_GIVES = frozenset("""give gave giving gives given hand handed hands send sent sends bought buy buys got get gets
getting brought bring brings told tell tells telling show showed shows lend lent lends made make makes owe owes owed
pass passed sold sell cost costs offer offered left leave leaves wish wished teach taught promised promise ask asked
let help helped call called""".split())


def _me_my(m: re.Match[str]) -> str:
    return m.group(0) if m.group(1) in _GIVES else f"{m.group(1)} my "


# "unalive" with no one after it is the speaker's own death ("wanting to unalive for weeks"); with an object, a killing.
_UNALIVE = re.compile(r"\bunaliv(e|es|ed|ing)\b(\s(?:myself|yourself|himself|herself|themselves|him|her|them|me|you|"
                      r"us|someone|somebody|anyone|people|everyone|my|his|their|the|a|that|this)\b)?")
_KILL_FORM = {"e": "kill", "es": "kills", "ed": "killed", "ing": "killing"}


def _unalive(m: re.Match[str]) -> str:
    return _KILL_FORM[m.group(1)] + (m.group(2) or " myself")


@lru_cache(maxsize=1 << 14)
def _token(tok: str) -> str:
    if tok in SLANG:
        return SLANG[tok]
    if tok.endswith("'s"):
        base = tok[:-2]
        return f"{base} is" if base in S_IS else base
    words = normal_token(tok).replace("'", " ").split()
    return " ".join(SLANG.get(w, correct(w)) for w in words)


def _mask(s: str) -> str:
    """Blank the idioms that only sound like a crisis ("my feet are killing me"), so no rule reads them."""
    s = MASK.sub(" ~ ", s)
    for m in reversed(list(IDIOM_KILL_ME.finditer(s))):
        if not THREAT_CUE.search(s, max(0, m.start() - 30), m.end()):
            s = s[:m.start()] + " ~ " + s[m.end():]
    return turned_round(s)


# ------------------------------------------------------------------------------------------------- reading a match
_CLAUSE_BREAK = re.compile(r"\s[.,]\s|\s(?:but|though|although|however|except|yet)\s")
_SENTENCE_BREAK = re.compile(r"\s\.\s")
_NEGATOR = re.compile(r"\b(?:not|never|no|nor|none|no longer|nothing like|without|"
                      r"zero (?:plans?|intentions?|intent|thoughts?|desire|urges?))\b(?:\s[\w']+){0,4}\s*$")
_NOT_THE_ROLE = re.compile(r"not (?:the|this|my|part of (?:the|this)) (?:client|character|role|exercise|role ?play|"
                           r"script|scenario|scene|patient)\b")
# Words that undo a negation before them: "I can't stop thinking about ...", "I'm not sure I won't ...".
_UNDO = re.compile(r"\b(?:stop|help|resist|shake|bear|get rid|escape|wait|imagine|promise|sure|trust|guarantee|say|"
                   r"tell|remember|know|keep|control|fight|just|only|even|pretend|lie|sleep|eat|want to live|deny)\b")
# "i" after a negator, not as the object of a thought, starts a new clause typed without a comma: "I can't do this I
# want to die" is not "I don't think I want to die".
_NEW_SUBJECT = re.compile(r"\b(?!think|believe|know|say|mean|feel|suppose|reckon|guess|sure|that|if|whether|like|"
                          r"something|anything|as)[\w']+ i\b")
_AFTER_NEG = re.compile(r"(?:\s(?!(?:because|cos|and|so|since|as|but)\b)[\w']+){0,3}?\s(?:(?:has|have|had|is|was|"
                        r"does|did) (?:never|not|no longer) (?:once |ever |really )?(?:crossed|entered|occurred|been|"
                        r"come|a thing|an issue|something|on the table|an option|on my mind|in my head|part of my "
                        r"life)|(?:not|never) been (?:part of|a thing|an issue|a problem))\b")
_PAST = re.compile(r"\b(?:used to|use to|when i was|at uni|at university|years ago|year ago|long time ago|ages ago|"
                   r"in the past|as a (?:teenager|teen|kid|child)|in my teens|back in|last year|years back|"
                   r"in (?:19|20)\d\d|(?<!since )last (?:winter|summer|spring|autumn)|(?<!since i )left school|"
                   r"growing up|at school|in high school|in college|once before|in uni|at college|in sixth form|"
                   r"before i met you|before (?:i|we) started (?:here|therapy|seeing you)|"
                   r"in my (?:teens|twenties|thirties|forties|fifties|first year)|"
                   r"at (?:1[2-9]|fifteen|sixteen|fourteen|thirteen|seventeen|eighteen)\b"
                   r"(?!\s\.\s\d|\s(?:am|pm|o clock|minutes|mins|hours))|"
                   r"(?:a|over a) decade|in year \d+|(?:19|20)\d\d|there was a time|at my worst|back then|"
                   r"the last time i|a long time|once at)\b")
_RECENT = re.compile(r"\b(?:again|last night|yesterday|today|tonight|this (?:week|morning|afternoon|evening|weekend|"
                     r"month|year)|recently|lately|still|these days|right now|at the moment|currently|keep|keeps|"
                     r"started|relapsed|the other day|past (?:few )?(?:days|weeks|week)|every (?:day|night)|"
                     r"most (?:days|nights)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                     r"hours? ago|last week|last weekend|now|want|going to|will)\b")
_RESOLVED = re.compile(r"\b(?:behind me|not anymore|no longer|do not anymore|have not since|stopped|recovered|"
                       r"in recovery|clean for|clean since|better now|fine now|okay now|ok now|safe now|got help|"
                       r"over it|moved on|not for years|have not for years|better place|good place|doing better|"
                       r"much better|been well|well for|well since|fine for years|for a decade|"
                       r"for (?:many |a few )?years now|long (?:behind me|over|past|done|gone)|gone now|been gone|"
                       r"(?:it|that|they) (?:is|are|was) (?:gone|over)|(?:nothing|none|not once|no \w+) since|"
                       r"not since|i am (?:\d+|in my \w+) now|"
                       r"(?:very |completely |totally )?different (?:place|person)|nowhere near|"
                       r"not (?:anywhere )?near (?:there|that)|not there now|way better|"
                       r"(?:other|better|healthier|new) ways to cope|not happening now|not my present|"
                       r"part of my (?:story|history|past)|in prison|dealt with|moved (?:out|away)|"
                       r"left (?:him|her|them)|split up|we split|divorced him|divorced her|got out|"
                       r"(?:stable|fine|well|okay|ok|good) since|past (?:wanting|that|it)|"
                       r"(?:do|did) not (?:now|anymore|any more)|worked through|got better|glad i am still here|"
                       r"proper help|used my safety plan|(?:it|that) (?:is |has )?passed|has (?:really )?faded|"
                       r"not at risk|(?:can|could) see a future|stable now|"
                       r"(?:he|she) (?:died|passed away|is dead|has been gone)|"
                       r"nothing like (?:that|the) (?:person|girl|guy|man|woman)|(?:another|a different) person)\b")
_THERAPY = re.compile(r"\b(?:therapy|therapist|counselling|counseling|counsellor|counselor|session|sessions|"
                      r"worksheets?|homework|exercises?|thought records?|diary cards?|coping cards?|diary|journal|"
                      r"journaling|cbt|dbt|emdr|approach|techniques?|treatment|progress|in here|this work|our work|"
                      r"the work|the plan|tasks?|the method|round in circles|in circles|this process|the process|"
                      r"you suggested|with you|not working|coming here|assignments?|programme|program|the course|"
                      r"appointments?|modules?|skills|breathing|mindfulness|exposure|"
                      r"this (?:feels|is|seems|all feels|all seems)(?! it\b)|these|when you|you make me|you said|"
                      r"you told|you do not|you never|you keep|when we|we (?:go|keep|talk|do|did|went|talked|tried|"
                      r"try)|leaving|this room|backwards|walking out|walked out|"
                      r"as (?:a|your|my) (?:client|therapist|patient)|talking about (?:this|it)|"
                      r"practis\w* (?:it|this|that|them)|point of practis\w*|this conversation|assertiveness|"
                      r"relaxation|thought challenging|challeng\w* my thoughts|workbook|the group|the assessment|"
                      r"the clinic|waiting list|therapists|talking helps|explain it to you|(?:50|fifty) minutes|"
                      r"week after week|the root of it|after we finish|this will (?:ever )?(?:help|fix|work)|"
                      r"graded \w+|filling in|the alternatives|you keep pushing|rushed me)\b")
_CLARIFY = re.compile(r"\b(?:i mean|i meant|as in|i am talking about|talking about)\b")
_LEAVING = re.compile(r"\b(?:moving|move|moved|abroad|holiday|trip|travelling|traveling|leaving (?:party|do|drinks)|"
                      r"new job|retire|retiring|retirement|graduat\w*|wedding|christmas|birthday|colleagues?|"
                      r"(?<!gave )(?<!give )(?<!giving )(?<!given )(?<!gives )away|"
                      r"while i|at work|thank you (?:cards?|notes?|letters?)|last day(?! on earth| alive|"
                      r" of my life)|end of (?:term|the year)|"
                      r"semester|going away|emigrat\w*|relocat\w*|university|uni|gap year|exchange|work|job|office|"
                      r"project|handover|session|sessions|bought (?:the|a) house|buying (?:the|a) house|mortgage|"
                      r"solicitor|when we got married|before we finish|(?:leaving|finishing|ending|done with|finish) "
                      r"therapy|end on (?:a good note|my terms|good terms)|turning up|just disappearing|stopped coming|"
                      r"my last therapist|"
                      r"(?:a|another|new) therapist|pen ?pals?|penpals?|pen friends?|tax return|homework|"
                      r"grandchild\w*|new baby|clear out|declutter\w*|this chapter)\b")
_HYPERBOLE = re.compile(r"\b(?:cringe|cringey|cringy|so embarrassing|in front of everyone|every time i (?:hear|see|"
                        r"watch|read|think about) my own)\b|"
                        r"\bif (?:i )?(?:have to|hear|see|get|do|sit|watch|eat|read|listen)\b.*\b(?:one more|another|"
                        r"again|more)\b|\b(?:one more|another) [\w']+ (?:and|then) i\b")
# ... unless it is meant, or the one touched is a person ("if he touches my sister again i'll kill him, for real")
_SERIOUS = re.compile(r"\b(?:for real|i mean it|i meant it|(?:i )?mean(?:t)? every word|not joking|thought about how|"
                      r"touch(?:es|ed)? (?:my|her|me)(?! (?:stuff|things|food|phone|charger|car|bike|laptop|drink|"
                      r"chips))\b)")
_KILL_WORD = re.compile(r"\b(?:kill|killing|murder|murdering|strangle|strangling)\b")
_COMIC = re.compile(r"\bwith a (?:fork|spoon|teaspoon|pencil|spatula|stapler|wet noodle|rolled up newspaper)\b")
_PETTY = re.compile(r"\bif (?:he|she|they|you) (?:[\w']+ )?(?:is|are|was|were|does|do|eats|ate|takes|took|touches|"
                    r"uses|used|borrows|borrowed|forgets|forgot|breaks|broke|keeps|leaves|left|eat|take|touch|use|"
                    r"borrow|forget|break|keep|leave|say|says|said|tells|told)\b|\b(?:he|she|they) (?:took|ate|used|"
                    r"borrowed|broke|forgot|stole|nicked|finished|drank|lost|spoiled|spoilt|ruined|told)\b|"
                    r"\bfor (?:eating|taking|being late|borrowing|using|breaking|forgetting|stealing|finishing|"
                    r"drinking|losing|not|telling|spoiling)\b|\b(?:lol|haha|lmao)\b|\bso annoying\b|"
                    r"\b(?:drives|winds|wound) me "
                    r"(?:mad|crazy|up|round the bend)\b|\bgets on my nerves\b")
# A trainee's prompt to the client ("Tell me about the overdose last year") is asking, though it has no "you".
_PROMPT = re.compile(r"\s*(?:so |and |okay |ok |now )?(?:tell me|talk me through|walk me through|say more|"
                     r"help me understand|can we talk|could we talk|let us talk|i (?:wonder|am wondering|am curious|"
                     r"want to ask|want to check|would like to ask|need to ask|am worried|am concerned))\b")
_DETERMINERS = frozenset("my our his her their the a this that".split())
_CLAUSE_OPENERS = frozenset("and but because so that when if while as then cos since".split())
_SUBJECT_NEXT = frozenset("who that is was has had keeps kept says said tells told wants wanted feels felt thinks does "
                          "did will would can could might may must".split())
_SELF = frozenset(("i", "me", "my", "myself", "mine"))
_GROUPS = frozenset("people patients clients those others men women friends kids".split())
_YOU = frozenset(("you", "your", "yourself", "yours"))
_FIRST = re.compile(r"\b(?:i|me|my|myself|mine)\b")
_SECOND = re.compile(r"\b(?:you|your|yourself)\b")


def _span(s: str, rx: re.Pattern[str], pos: int) -> tuple[int, int]:
    """Start and end of the piece of s (between two breaks of kind rx) that holds position pos."""
    start = 0
    for b in rx.finditer(s, 0, pos):
        start = b.end()
    nxt = rx.search(s, pos)
    return start, (nxt.start() if nxt else len(s))


def _reading(r: Rule, s: str, m: re.Match[str], trainee: bool) -> int:
    """The tier this match earns once negation, the speaker, tense and the therapy context are read (0: none)."""
    c0, _ = _span(s, _CLAUSE_BREAK, m.start())
    before = s[c0:m.start()]
    if r.neg:
        given_up = r.category == "plan_means" and DISPOSED.search(before)  # "threw out the pills i'd been saving"
        if (_negated(before) or given_up) and not taken_back(s, m.end()):
            return 0
        if _AFTER_NEG.match(s, m.end()):  # "the thought of killing myself has never crossed my mind"
            return 0
    s0, s1 = _span(s, _SENTENCE_BREAK, m.start())
    sentence = s[s0:s1]
    if r.neg and r.tier == 1 and BUT_NOT.search(s, m.end(), s1) and JUST_NOW.search(sentence):
        return 2  # "I wanted to overdose last night but I didn't": the urge was now, so the person is asked
    if r.neg and (BARE_NO.match(s, m.end()) or BUT_NOT.search(s, m.end(), s1)
                  or (ASKED_IF.search(s, s0, m.start()) and ANSWER_NO.search(s, m.end()))
                  or (I_SAID.search(s, s0, m.start()) and DID_NOT_MEAN.search(s, s0))
                  or (r.category != "abuse_danger" and USED_TO.search(s, s0, m.start()) and NO_LONGER.search(s, m.end())
                      and not still_going(s[m.end():]))
                      or (r.tier == 2 and SAFE_AFTER.search(s, m.end()))):
        return 0  # "suicidal? no." / "the GP asked if I had thought about suicide and I said no" / "... but I didn't"
    if r.own or trainee:
        # "i" or "my" inside the match makes it the speaker's ("... because i will not be around")
        who = ("self" if _FIRST.match(m.group(0)) or " i " in f" {m.group(0)} " else _subject(before.split())) \
            if r.own else None
        if who == "other" and not REALLY_ME.search(s):
            return 0
        if trainee and not REALLY_ME.search(s) and (who == "you" or _PROMPT.match(sentence) or (_SECOND.search(sentence)
                                                                     and not _FIRST.search(m.group(0))
                                         and not _FIRST.search(before))):
            return 0  # a trainee asking or reflecting about the client's risk is practising a skill
        if trainee and not _FIRST.search(m.group(0)) and (
                ASKING_ABOUT.search(before) or ASK_NOUN.match(s, m.end())
                or (TRAINEE_QUESTION.match(sentence) and not _FIRST.search(s, s0, m.start()))):
            return 0  # "is it okay if I ask about self-harm", "how often are the urges to cut coming?"
        if trainee and (p := REFLECT.match(sentence)) and not _FIRST.search(s, s0 + p.end(), m.end()):
            return 0  # "it sounds like things feel hopeless right now", "I'd like to understand the overdose"
        if trainee and (g := GENERIC_PEOPLE.search(before)) and not _FIRST.search(before, g.end()):
            return 0  # "sometimes people stop eating to punish themselves": what people in general do
    if r.therapy and s1 < len(s):  # "I want to end it. Our sessions, I mean." says what "it" was in the next breath
        n0, n1 = _span(s, _SENTENCE_BREAK, s1 + 3)
        if _CLARIFY.search(s, n0, n1) and _THERAPY.search(s, n0, n1) and not own_life(s, sentence):
            return 0
    if (r.therapy and _THERAPY.search(sentence) and not own_life(s, sentence)) \
            or (r.leaving and _LEAVING.search(sentence) and not FINAL_CUE.search(s)) \
            or (r.accident and ACCIDENT_CONTEXT.search(sentence)) or ordinary(r, s, m, before, sentence):
        return 0
    tier = r.tier
    if (r.past or tier == 2) and _PAST.search(sentence):  # a check-in phrase is calm when told as over, too
        if _RESOLVED.search(sentence) or (_RESOLVED.search(s, s1) and not still_going(s)):
            return 0  # "... when I was a teenager, but I'm in a better place now" (or said in the next sentence)
        if r.past and not _RECENT.search(sentence):
            tier = 2
    if tier == 1 and r.category == "active_ideation" and _HYPERBOLE.search(sentence):
        tier = 2
    if r.category == "harm_others" and not _SERIOUS.search(sentence) and (
            (_KILL_WORD.search(m.group(0)) and _PETTY.search(sentence))
            or (_COMIC.search(sentence) and _PETTY.search(sentence))):
        return 0  # "I'm going to kill my sister, she took my charger" is exasperation
    return tier


def _negated(before: str) -> bool:
    """Whether a negation ends the clause before a match; "no, I'm not planning ..." is read from its last "not"."""
    pos = 0
    while (neg := _NEGATOR.search(before, pos)) is not None:
        if _NOT_THE_ROLE.match(before, neg.start()):
            pos = neg.start() + 1  # "(me, not the character) my partner hit me": the speaker stepping out, not a denial
            continue
        if _UNDO.search(neg.group(0)) or _UNDO.search(" ".join(before[: neg.start()].split()[-2:])):
            return False  # "I can't stop thinking about ...", "I'm not sure I won't ..."
        if not _NEW_SUBJECT.search(neg.group(0)):
            return True
        pos = neg.start() + 1  # "no I'm not ...": a new clause after the first negator; read on from there
    return False


def _subject(before: list[str]) -> str | None:
    """Whose the statement is, read back from it to the nearest person word: "self", "you", "other" or None."""
    words = before[-8:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in _SELF:
            return "self"
        if w in _YOU:
            return "you"
        if (w in OTHER_SUBJECTS or w in _GROUPS) and i + 1 < len(words) and words[i + 1] == "who":
            return "other"  # "people who have overdosed": the one named before "who" did it
        if w in OTHER_SUBJECTS:
            # "my sister" after a verb is who it was done to or for ("I wrote my sister a letter"), not who speaks
            det = i - 1 if i and words[i - 1] in _DETERMINERS else i
            after = words[i + 1] if i + 1 < len(words) else ""
            if det >= 2 and words[det - 1] == "and" and words[det - 2] in _SELF:
                return "self"  # "me and my mate made a pact": the speaker is one of them
            if det == i or det == 0 or words[det - 1] in _CLAUSE_OPENERS or after in _SUBJECT_NEXT:
                return "other"
    return None


# ------------------------------------------------------------------------------------------------- distress
_DISTRESS = re.compile(
    r"\b(?:falling apart|fall apart|fallen apart|falling to pieces|in pieces|breaking down|broke down|break down|"
    r"(?:can not|could not) stop (?:crying|shaking|panicking)|crying (?:all the time|every day|every night|"
    r"myself to sleep|non stop|constantly)|cried all (?:night|day)|not (?:okay|ok|alright|coping|doing well|"
    r"doing okay|in a good place)|(?:can not|could not) cope|too much for me|(?:so|really|completely|"
    r"totally) overwhelmed|panic attacks?|(?:can not|could not) breathe|numb|empty inside|feel (?:so )?empty|broken|"
    r"breaking point|at my limit|end of my (?:rope|tether)|spiral(?:l)?ing|losing my mind|going crazy|desperate|"
    r"devastated|exhausted|scared all the time|so (?:lonely|alone)|all alone|heartbroken|worthless|hate myself|"
    r"hate my life|i am a mess|a wreck|drowning|dark place|dark thoughts|really low|so low|rock bottom|miserable|"
    r"in so much pain|unbearable|agony|sobbing|in tears|no one cares|all my fault|hate everything|can not do this|"
    r"can not take)\b")


def _distress(s: str, trainee: bool) -> bool:
    """Heavy feeling without a risk statement, unless it is negated or (for a trainee) said of the client."""
    for m in _DISTRESS.finditer(s):
        c0, _ = _span(s, _CLAUSE_BREAK, m.start())
        before = s[c0:m.start()]
        neg = _NEGATOR.search(before)
        if neg and not _UNDO.search(neg.group(0)):
            continue
        if _subject(before.split()) in ("other", "you" if trainee else "-"):
            continue
        return True
    return False
