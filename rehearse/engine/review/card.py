"""A client's card to take into the real session: their best lines, what to do if the therapist reacts badly,
what to do afterwards, and a check on how they feel now."""

from __future__ import annotations

from rehearse.engine.play.runner import Session
from rehearse.engine.review.lines import FLAG_GUIDANCE, option_text
from rehearse.engine.review.model import Card, CardLine, Feedback

MOMENT = ("name_specific_moment",)
REQUEST = ("propose_change", "ask_for_referral", "clear_end_decision", "revisit_goals", "ask_contact_policy",
           "clarify_session_frame", "ask_for_clarification")
REVIEW = ("reinforce_and_review",)
COMPLAINT_ROUTE = ("If something crossed an ethical line, you can complain to the therapist's professional body: "
                   "in the "
                   "UK, for example, the BACP (British Association for Counselling and Psychotherapy) or the body "
                   "they are registered with; in the US, the licensing board of the state where they practise.")


# A short check on how the person feels after the rehearsal, and what the app says back to each answer.
FEELINGS = (("ok", "I'm okay"), ("shaken", "A bit shaken"), ("not-ok", "Not okay"))
FEELING_REPLIES = {
    "ok": "Good. If something from the rehearsal comes back to you later, writing it down can help.",
    "shaken": ("That makes sense: being brushed off or blamed stings, even in a script. Take a break and do something "
               "ordinary before you look at the card again. How the other side reacted was written into the scene; "
               "it is not a verdict on you."),
    "not-ok": ("Thank you for saying so. Please don't carry this alone: talk to someone you trust, or contact one of "
               "these free, confidential lines now."),
}


def feeling_reply(answer: str) -> str:
    """What the app says to an answer of the feelings check."""
    return FEELING_REPLIES[answer]


def build_card(fb: Feedback, session: Session) -> Card:
    """The card, from the person's own best lines where they said them, else lines to try from the scenario."""
    lines = [
        _opening(fb, session),
        _line("The specific moment", MOMENT, fb, session, "Last session, when ___ happened, I felt ___."),
        _line("The request", REQUEST, fb, session, "Could we try ___ instead?"),
        _line("A review date", REVIEW, fb, session,
              "Can we look again at how this is going on ___ (about three sessions from now)?"),
    ]
    reactions: list[tuple[str, str]] = []
    seen: set[str] = set()
    for r in fb.red_flags:
        if r.kind in seen or r.grade == "style":
            continue
        seen.add(r.kind)
        step = fb.steps[r.decision - 1] if r.decision <= len(fb.steps) else None
        if step and (r.named or r.held):
            worked = f"What worked for you: \u201c{step.said}\u201d"
        else:
            better = _option_showing(session, r.decision - 1, (FLAG_GUIDANCE,))
            worked = f"A line to try: \u201c{better}\u201d" if better else \
                "You can name it calmly: \u201cWhen I raised that, it felt turned back on me.\u201d"
        if r.grade == "breach":
            worked += " This crosses an ethical line: you can end the session and report it."
        reactions.append((f"If they are {r.kind} (\u201c{r.line}\u201d)", worked))
    after = ["Write down what was said and agreed, with the date, while it is fresh.",
             "If you are unsure, ask another therapist for a second opinion.",
             COMPLAINT_ROUTE,
             "You never have to fix it: changing therapist is allowed."]
    if fb.breaches:  # met in this rehearsal: say so first
        after.insert(0, "Something in this rehearsal crossed an ethical line; in a real session you could report it.")
    check = ["From 0 (awful) to 10 (fine), how do you feel now? If it stirred something up, take a break first.",
             "If the other side blamed or brushed you off, that was the script, not a verdict on you."
             if any(r.kind in ("blame-shifting", "dismissive", "defensive") for r in fb.red_flags) else
             "Notice one thing you said that you would like to say for real.",
             "If you feel low or unsafe, press F1 (or type :help) for crisis lines you can call now."]
    return Card(tuple(ln for ln in lines if ln.text), tuple(reactions), tuple(after), tuple(check))


def _opening(fb: Feedback, session: Session) -> CardLine:
    """The first thing the person said that showed a skill, else the strongest opening option."""
    step = next((s for s in fb.steps if s.shown), None)
    if step:
        return CardLine("Your opening", step.said, True)
    if not session.decisions:
        return CardLine("Your opening", "", False)
    d = session.decisions[0]
    node = session.scenario.nodes[d.node]
    best = max((node.choices[i] for i in d.open), key=lambda c: (not c.misses, len(c.shows)))
    return CardLine("Your opening", option_text(session, best.text), False)


def _line(label: str, ids: tuple[str, ...], fb: Feedback, session: Session, template: str) -> CardLine:
    """The person's own line that showed one of `ids`, else an option on their path that did, else a template."""
    for step in fb.steps:
        if any(c.guidance.id in ids for c in step.shown):
            return CardLine(label, step.said, True)
    for i in range(len(session.decisions)):
        if text := _option_showing(session, i, ids):
            return CardLine(label, text, False)
    return CardLine(label, template, False)


def _option_showing(session: Session, i: int, ids: tuple[str, ...]) -> str:
    """An option open at decision i (0-based) that showed one of `ids`, or ''."""
    if not 0 <= i < len(session.decisions):
        return ""
    d = session.decisions[i]
    node = session.scenario.nodes[d.node]
    c = next((node.choices[j] for j in d.open if set(node.choices[j].shows) & set(ids)), None)
    return option_text(session, c.text) if c else ""
