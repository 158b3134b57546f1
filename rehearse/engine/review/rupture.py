"""A trainee's rupture debrief, in the terms of the Rupture Resolution Rating System (Eubanks, Muran & Safran)."""

from __future__ import annotations

from rehearse.engine.load.spec import WITHDRAWAL_MARKERS
from rehearse.engine.play.runner import Session
from rehearse.engine.review.lines import app_lines, line_variant, segments
from rehearse.engine.review.model import Feedback, RuptureDebrief, RuptureEvent

MARKER_WORDS = {
    "denial": "denial (says nothing is wrong, or takes it back)",
    "minimal-response": "minimal response (short, flat answers or silence)",
    "abstract-communication": "abstract communication (talk that stays vague)",
    "avoidant-storytelling": "avoidant storytelling or shifting the topic",
    "deferential-appeasing": "deferential and appeasing (agreeing to keep the peace)",
    "content-affect-split": "content/affect split (the words and the feeling do not match)",
    "self-criticism-hopelessness": "self-criticism or hopelessness",
    "complaint-about-therapist": "complaint about you",
    "rejects-intervention": "rejects your intervention",
    "complaint-about-activities": "complaint about the activities of therapy",
    "complaint-about-parameters": "complaint about the parameters of therapy (time, fees, rules)",
    "complaint-about-progress": "complaint about progress",
    "defends-self": "defends themself against you",
    "controls-pressures-therapist": "tries to control or pressure you",
}
STRATEGY_WORDS = {
    "clarify-misunderstanding": "clarified a misunderstanding",
    "change-task-or-goal": "changed the task or goal",
    "give-rationale": "gave the rationale for the task",
    "invite-discussion": "invited talk about what is happening between you",
    "acknowledge-contribution": "acknowledged your part in the rupture",
    "disclose-experience": "disclosed your own experience of the moment",
    "link-to-patterns": "linked the rupture to wider patterns",
    "validate-defense": "validated the client's defensive stance",
    "redirect": "redirected or refocused",
}
RESOLUTION_WORDS = {
    0: "no rupture marker on this path",
    1: "not resolved: no resolution strategy was used",
    2: "attempted: strategies were used, but the rupture was still live at the end",
    3: "partly resolved: the markers stopped, but the session did not end well",
    4: "mostly resolved: a good ending, though some markers were first met without a strategy",
    5: "resolved: every marker was met with a resolution strategy, and the session ended well",
}


def kind_of(marker: str) -> str:
    """Withdrawal or confrontation."""
    return "withdrawal" if marker in WITHDRAWAL_MARKERS else "confrontation"


def marker_words(marker: str) -> str:
    """A marker's name in words."""
    return MARKER_WORDS.get(marker, marker)


def strategy_words(strategy: str) -> str:
    """A strategy's name in words."""
    return STRATEGY_WORDS.get(strategy, strategy)


def debrief(fb: Feedback, session: Session) -> RuptureDebrief:
    """Each marker met, the trainee's response and the client's next move; how far it was resolved; one question."""
    sc, persona = session.scenario, session.persona

    def marker(ln) -> str:
        v = line_variant(sc, persona, ln)
        return v.marker if v and v.marker else ""

    events: list[RuptureEvent] = []
    for step, (before, after) in zip(fb.steps, segments(session)):
        nxt = after[0].text if after else ""
        nxt_marker = next((m for ln in after if (m := marker(ln))), "")
        for ln in before:
            if m := marker(ln):
                events.append(RuptureEvent(step.number, m, kind_of(m), ln.text, step.said, step.strategies,
                                           nxt, nxt_marker))
    tail = app_lines(session.transcript[session.decisions[-1].line_index + 1:]) if session.decisions else \
        app_lines(session.transcript)
    live = False
    for ln in tail:
        if m := marker(ln):
            live = True
            if session.finished:
                events.append(RuptureEvent(len(session.decisions) + 1, m, kind_of(m), ln.text, "", (), "", ""))
    live = live or fb.outcome == "poor"
    answered = [e for e in events if e.response]
    used = any(e.strategies for e in answered)
    if not events:
        level = 0
    elif not used:
        level = 1
    elif live:
        level = 2
    elif fb.outcome != "good":
        level = 3
    elif any(not e.strategies for e in answered):
        level = 4
    else:
        level = 5
    return RuptureDebrief(tuple(events), level, RESOLUTION_WORDS[level], _question(events, sc.app_name))


def _question(events: list[RuptureEvent], name: str) -> str:
    """One reflective question about the trainee's own reaction to the marker that was hardest to meet."""
    if not events:
        return (f"Nothing ruptured on this path. What did you notice in yourself when {name} was easy to work with, "
                "and would you notice the same if they pulled away?")
    e = next((e for e in events if not e.strategies), events[0])
    quote = _excerpt(e.line)
    if e.kind == "confrontation":
        return (f"When {name} said \u201c{quote}\u201d, what did you feel in that moment, and what did the feeling "
                "make you want to do: explain, defend, or make it better quickly?")
    return (f"When {name} pulled back (\u201c{quote}\u201d), what did you feel: relief, worry, irritation? "
            "What did that feeling pull you towards?")


def _excerpt(text: str, limit: int = 90) -> str:
    """The start of a line, cut at a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "\u2026"
