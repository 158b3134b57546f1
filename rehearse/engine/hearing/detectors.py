"""Transparent rules that spot what a typed reply does, each tied to the guidance it shows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rehearse.engine.textnorm import normalise

_FEEL = (r"(feel|feeling|felt|feels|anxious|scared|worried|nervous|upset|hurt|frustrated|stuck|lonely|ashamed|"
         r"embarrassed|angry|sad|confused|overwhelmed|dismissed|unheard|invalidated|brushed off|rushed|small|"
         r"uncomfortable|uneasy|awkward|guilty|disappointed|annoyed|lost|drained|exhausted|afraid|terrified|panicky|"
         r"on edge|hopeful|relieved|torn|conflicted|hard|difficult|tough|struggling|struggle|bored|judged|"
         r"misunderstood|ignored|not heard|not listened to|pressured|put on the spot)")


@dataclass(frozen=True)
class Detector:
    """One rule: a name, what it looks for, the guidance it evidences, and its patterns."""

    name: str
    label: str
    guidance: tuple[str, ...]
    patterns: tuple[re.Pattern, ...]
    unless: tuple[re.Pattern, ...] = ()

    def fires(self, norm: str) -> bool:
        """True when a pattern matches and no exclusion does."""
        return any(p.search(norm) for p in self.patterns) and not any(u.search(norm) for u in self.unless)


def _rx(*parts: str) -> tuple[re.Pattern, ...]:
    # Compiled at import (~40 ms): the app's library does not import this module, a scenario's first turn does.
    return tuple(re.compile(p) for p in parts)


DETECTORS: tuple[Detector, ...] = (
    Detector(
        "i_statement", "spoke from your own experience",
        ("use_i_statement",),
        _rx(
            rf"\bi (really |just |still |kind of |sort of |have been |had been |was |am |always |sometimes |often |do |did )*{_FEEL}\b",
            rf"\bi('| a)?m (feeling |getting |finding it |finding |a bit |quite |really |so |pretty |kind of |very |too |still )*{_FEEL}",
            rf"\bi was (a bit |quite |really |so |pretty |very |kind of )*{_FEEL}",
            rf"\bi get (so |really |quite |a bit )?{_FEEL}",
            r"\b(it|that|this) (has )?(made|makes|left|leaves|leaving) me (feel|feeling)?",
            r"\bi have been (feeling|finding|struggling)",
            r"\bi find (it|this|that) (really |quite |so |very )?(hard|difficult|tough|overwhelming)",
            r"\bi (felt|feel) like i (was|am|were)\b",
        ),
        _rx(r"\bi feel like you\b", r"\bi feel (that )?you (are|were|always|never|do not|did not|will not)\b"),
    ),
    Detector(
        "specific_moment", "named a specific moment",
        ("name_specific_moment",),
        _rx(
            r"\b(last|previous|our first|the other) (session|week|time|tuesday|monday|wednesday|thursday|friday|"
            r"saturday|sunday|appointment|meeting|month)\b",
            r"\b(on|since|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            r"\bthis (morning|week)\b",
            r"\b(earlier|just now|a moment ago|a minute ago|yesterday|earlier today|two weeks ago|a few weeks ago|"
            r"last time|the other day)\b",
            r"\bwhen you (said|told|asked|suggested|brought|mentioned|called|cut|moved|changed|looked|laughed|sighed|"
            r"interrupted|checked|gave|started|went|put|used|described|set)\b",
            r"\b(you|u) (said|told me|suggested|mentioned) .{0,40}\b(last|earlier|yesterday|session|week)\b",
            r"\bweeks? ago\b",
        ),
        _rx(r"\bnext (week|session|time|month)\b(?!.*\blast\b)", r"\b(be|is) (my|our) (last|final) session\b"),
    ),
    Detector(
        "asks_reasoning", "asked for the reasoning",
        ("ask_for_clarification",),
        _rx(
            r"\bwhy (do|did|are|would|is|was|have|should) (you|we|this|that|it)\b",
            r"\bwhat is the (idea|thinking|point|purpose|reason|reasoning|aim|goal) (behind|of|for)\b",
            r"\bwhat('s| is| was) (the )?(idea|thinking|point|purpose|reasoning|rationale) (behind|of|for|here)",
            r"\b(help me|can you help me|could you help me) understand (why|how|what)\b",
            r"\bhow (is|does|would|will|could) (this|that|it) (supposed to |meant to |going to )?(help|work)\b",
            r"\b(can|could|would) you (explain|tell me|say more about) (why|how|what|the reason)",
            r"\bwhat makes you (think|say|suggest)\b",
            r"\b(get|understand|ask|wondering|wonder|know) why (you|the|we|this|that|it)\b",
            r"\bhow come\b",
            r"\bwhat('s| is|s) the (reason|idea|thinking|point|purpose) (for|behind|of)\b",
            r"\bhow (is|does|would|will|could) (this|that|it|the [a-z ]{1,30}?) (actually |really )?(supposed to |meant to |going to )?(help|work)\b",
            r"\bwhere (is|does) (this|that) (coming from|come from|lead)\b",
            r"\bwhat (do|did) you (hope|want|expect) (this|that|it|me) (to|will)\b",
        ),
        _rx(r"\bwhy (did|do|am|should) i\b", r"\bi do not know why\b", r"\bwhy not\b",
            r"\bwhy (do|are|did) you (always|never|keep)\b"),  # a complaint phrased as a question
    ),
    Detector(
        "proposes_change", "proposed a concrete change",
        ("propose_change",),
        _rx(
            r"\b(could|can|shall|might) we (maybe |just |perhaps |possibly )*(try|pause|pick|talk|do|start|spend|focus|go|slow|take|look|change|break|switch|use|have|"
            r"make|talk|work|set|split|agree|keep|leave|come back|move|check)\b",
            r"\bwould it be (possible|ok|okay|alright|all right) (to|if)\b",
            r"\bi would (like|prefer|rather) (to|if|we|us|it|that we|more|less|a|some)\b",
            r"\bwhat if we\b",
            r"\bhow about (we|trying|doing|a|if|starting|breaking)\b",
            r"\bi would prefer\b",
            r"\bcan (i|you) (try|do|have|start) (a|something|it|the|one)? ?(smaller|different|shorter|less|more|"
            r"slower|instead)",
            r"\blet us (try|do|slow|start|break|focus|change|take|agree)\b",
            r"\bmaybe we (could|can) (try|do|start|focus|slow|change|break|take)\b",
            r"\bi (want|need) (us )?to (try|change|slow|focus|spend|do|start)\b",
        ),
        _rx(r"\b(could|can) you (say|repeat) that again\b", r"\bi would like that\b"),
    ),
    Detector(
        "states_decision", "stated a decision plainly",
        ("clear_end_decision",),
        _rx(
            r"\bi (have|ve) (decided|made up my mind|made a decision|made my decision|chosen)\b",
            r"\b(i (have|ve) )?made (up )?my mind\b",
            r"\bi (am|m) (going to|gonna) (stop|end|leave|finish|pause|take a break|quit|look for|find|switch|move)\b",
            r"\bi (want|would like|need) to (stop|end|finish|leave|pause|quit)\b(?! doing)",
            r"\bthis (will|is going to) be (my|our) (last|final) session\b",
            r"\b(this|today) is (my|our) (last|final) (session|appointment)\b",
            r"\bi will not be (booking|coming back|continuing|returning|rebooking)\b",
            r"\bi am (stopping|ending|leaving|finishing|not coming back|not continuing)\b",
            r"\bmy decision is\b",
            r"\bi (am|m) (done|finished) with therapy\b",
        ),
        _rx(r"\b(maybe|perhaps|might|not sure|thinking about|thinking of|wondering|should i|have not decided|"
            r"not decided|undecided|do not know if)\b"),
    ),
)


def detect(text: str) -> list[Detector]:
    """Every detector that fires on this typed reply."""
    norm = " ".join(normalise(text).split())
    return [d for d in DETECTORS if d.fires(norm)]


# Replies that brush the other person off or end the talk early. They show no skill, so a typed reply like this is
# never heard as an option that teaches one ("Well, if you're not going to talk, we can finish early").
_DISMISSIVE = _rx(
    r"\bif you (are|were) not (going to|gonna|willing to|wanting to) (talk|say|speak|open up|engage|try|bother)\b",
    r"\bif you (do|did) not (want|wish) to (talk|say|speak|be here|engage|try)\b",
    r"\b(we|you) (can|could|might as well|may as well) (just )?(finish|stop|end|leave it|call it|wrap (it )?up)"
    r"( it)?( here| there| now| early| for today)\b",
    r"\b(might as well|may as well) (stop|finish|end|leave|give up)\b",
    # "whatever" alone brushes off; "or whatever" and "whatever you think" are fillers and deference.
    r"(?<!\bor )\bwhatever\b(?! (you|we|i|it|works|helps|feels|happens|comes))",
    r"\b(suit yourself|your loss|not my problem|up to you then|i do not care)\b",
    r"\b(there is|there's) no point (talking|carrying on|continuing|in this|going on)\b",
    r"\b(can|could) we (just )?(finish|stop|end) (early|now|here)\b",
    r"\b(fine|ok|okay|right)[,.]? (then )?(let us|we can|we will) (stop|finish|end|leave it)\b",
)


def dismissive(text: str) -> bool:
    """True when a reply brushes the other person off or ends the talk early."""
    norm = " ".join(normalise(text).split())
    return any(p.search(norm) for p in _DISMISSIVE)


def evidence(text: str) -> tuple[str, ...]:
    """The guidance ids a typed reply's own words show, for crediting it (none if it is dismissive)."""
    if dismissive(text):
        return ()
    return tuple(dict.fromkeys(g for d in detect(text) for g in d.guidance))
