"""Crisis language in typed text: when to pause the scene and show help. Errs toward pausing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rehearse.engine.textnorm import normalise

RESOURCES = (
    ("United States", "Call or text 988 (Suicide & Crisis Lifeline); emergencies 911"),
    ("United Kingdom", "Samaritans 116 123 (free, any time); NHS 111; emergencies 999"),
    ("Ireland", "Samaritans 116 123; emergencies 112 or 999"),
    ("Elsewhere", "Emergencies 112; find a local helpline at findahelpline.com"),
)
NOT_THERAPY = ("rehearse is a practice tool, not therapy and not a crisis service. "
               "The other side of the conversation is a script, not a person.")

_HARM = r"(kill|killing|killed|hurt|hurting|harm|harming|harmed|cut|cutting|hang|hanging|poison|poisoning|shoot|" \
        r"shooting|starve|starving|burn|burning|drown|drowning)"
# Tier 1: stop the scene. Direct statements of wanting to die or harm oneself or others.
# "me" alone is left out on purpose: "it hurt me when you said that" and "you cut me off" are the very
# sentences people rehearse here.
_TIER1 = [
    rf"\b{_HARM} (myself|my self)\b(?! out)",  # "burn myself out" is tiredness
    r"\b(kill|killing|end|ending|take|taking) my (own )?life\b",
    r"\bkms\b",
    r"\bsuicid(e|al)\b",
    r"\bend(ing)? it all\b",
    r"\b(going to|gonna|want to|wanna|will|might|could) end it( all| tonight| now| today)?\s*$",
    r"\bend it tonight\b",
    r"\b(want|wanna|wish|plan|planning|ready) (to )?die\b",
    r"\bi am (going|gonna) (to )?die\b",  # "she's going to die" is grief, not a crisis statement
    r"\b(wish|want|rather|better off)( to)?( i)?( was| were| be)? dead\b",
    r"\bwish i (was|were) not (alive|here|born)\b",
    r"\bbetter off without me\b",
    r"\bdo not want to (be here|be alive|live|wake up|exist)( anymore| any more)?\b",
    r"\bself[- ]?harm",
    r"\bbeen cutting( myself)?( again)?\b",
    r"\boverdos(e|ed|ing)\b",
    r"\bno (reason|point) (in )?(to )?(living|live|go on|going on|be here|being here)\b",
    r"\b(not|never) safe at home\b",
    r"\b(pills|rope|bridge|blade|razor)\b.{0,40}\b(kill|end|die|overdose|hang)\b",
    r"\b(i will|i am going to|i want to|i could) (kill|hurt|attack|stab|shoot) (him|her|them|someone|somebody|people)\b",
]
# Tier 2: check in gently. Hopelessness and warning signs.
_TIER2 = [
    r"\bcan not (go on|take (it|this) (anymore|any more)|cope|do this anymore)\b",
    r"\b(i am|i feel like|feel like|i feel) (a|such a|just a) burden\b",
    r"\b(feel|feeling|am) trapped\b",
    r"\bno way out\b",
    r"\bhopeless\b",
    r"\bsaying (goodbye|good bye) to (everyone|people)\b",
    r"\bgiving (away )?my (things|stuff|belongings)( away)?\b",
    r"\bnothing (matters|to live for)\b",
    r"\bwhat is the point of (anything|living|life)\b",
    r"\b(i want to|i might|think about|think of|thinking about|thinking of) end(ing)? (it|things)\b(?! with| here| now| properly| well| on good terms| today| there|.{0,30}\b(therapy|session|sessions|counselling|counseling|you)\b)",
]
_T1 = [re.compile(p) for p in _TIER1]
_T2 = [re.compile(p) for p in _TIER2]
# A therapist asking about risk is practising a skill, not in crisis.
_ASKING = re.compile(r"\b(are|have|do|were|did) you\b|\byou (feel|are|have|were|might|ever|been|thinking|mean)\b|"
                     r"\byour (safety|life)\b|\bthoughts of\b.*\?|\?\s*$")
_FIRST_PERSON = re.compile(r"\b(i|me|my|myself|i am)\b")


@dataclass(frozen=True)
class SafetyCheck:
    """The result of a check: tier 0 (none), 1 (pause and show help) or 2 (gentle check-in)."""

    tier: int
    matched: str = ""


def check_text(text: str, user_role: str = "client") -> SafetyCheck:
    """Decide from who is speaking and what they say whether to pause the scene."""
    norm = " ".join(normalise(text).split())
    norm = re.sub(r"[^\w\s?'-]", " ", norm)
    for tier, patterns in ((1, _T1), (2, _T2)):
        for p in patterns:
            m = p.search(norm)
            if not m:
                continue
            if user_role == "therapist" and _ASKING.search(norm) and not _speaks_of_self(norm):
                continue
            return SafetyCheck(tier, m.group(0))
    return SafetyCheck(0)


def _speaks_of_self(norm: str) -> bool:
    """True when the therapist-role user is speaking about their own crisis rather than asking the client."""
    stripped = re.sub(r"\b(are|have|do|were|did) you\b.*", "", norm)
    return bool(_FIRST_PERSON.search(stripped)) and bool(
        re.search(r"\bi (want|wanna|am going|plan|wish|feel like|might)\b|\bmyself\b|\bmy life\b", stripped))
