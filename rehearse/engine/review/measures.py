"""What the report infers from the whole path: turning points, the next step, the charts, holding under pressure."""

from __future__ import annotations

from dataclasses import replace

from rehearse.engine.load.guidance import Catalogue
from rehearse.engine.model import Scenario
from rehearse.engine.play.runner import Session
from rehearse.engine.review.card import build_card
from rehearse.engine.review.lines import line_variant, segments
from rehearse.engine.review.model import OUTCOME_RANK, Chart, Feedback, NextStep, Series, decision_list
from rehearse.engine.review.rupture import debrief

ALLIANCE_SCALE = 5  # the trainee chart runs from -5 to +5 whatever the path, so a small change looks small
RESPONSIVE = {None: 100.0, "style": 50.0, "warning": 0.0, "breach": 0.0}


def complete(fb: Feedback, session: Session, catalogue: Catalogue, role_ok) -> None:
    """Fill in the parts of the report that need the whole path."""
    _turning_points(fb, session)
    fb.next_step = next_step(fb, session.scenario, catalogue, role_ok)
    if fb.user_role == "therapist":
        chart = alliance_chart(session)
        if chart:
            fb.charts.append(chart)
        fb.rupture = debrief(fb, session)
    else:
        fb.charts.append(client_chart(fb, session))
        fb.held = held_summary(fb)
        fb.card = build_card(fb, session)


def reachable_outcomes(sc: Scenario, persona: str) -> dict[str, frozenset[str]]:
    """For each node, the ending outcomes some path from it could reach (conditions taken as possibly true)."""
    reverse: dict[str, set[str]] = {}
    for n in sc.nodes.values():
        for goto in (n.targets, *(c.targets for c in n.choices)):
            for t in goto:
                if t.personas is not None and persona not in t.personas:
                    continue
                reverse.setdefault(t.node, set()).add(n.id)
                if t.cond is None:
                    break  # the first branch that fits without a condition is always taken
    out: dict[str, set[str]] = {nid: set() for nid in sc.nodes}
    for outcome in OUTCOME_RANK:
        stack = [n.id for n in sc.nodes.values() if n.ending and n.ending.outcome == outcome]
        seen = set(stack)
        while stack:
            cur = stack.pop()
            out[cur].add(outcome)
            for prev in reverse.get(cur, ()):
                if prev not in seen:
                    seen.add(prev)
                    stack.append(prev)
    return {k: frozenset(v) for k, v in out.items()}


def _turning_points(fb: Feedback, session: Session) -> None:
    """Mark the decisions that closed off other endings: for a good ending, the worse ones; otherwise the better."""
    if not session.finished or not session.decisions:
        return
    reach = reachable_outcomes(session.scenario, session.persona)
    final = OUTCOME_RANK[fb.outcome or "mixed"]
    nodes = [d.node for d in session.decisions] + [session.turn().node]
    for i, step in enumerate(fb.steps):
        closed = reach[nodes[i]] - reach[nodes[i + 1]]
        # Only a reply that showed something and missed nothing explains a good ending; only one that did not
        # explains a worse one (with some personas the better endings lie down another good path: leaving, say).
        good_reply = bool(step.shown) and not step.missed
        if final == OUTCOME_RANK["good"]:
            relevant = sorted(o for o in closed if OUTCOME_RANK[o] < final) if good_reply else []
            why = f"after this, a {' or '.join(relevant)} ending was no longer possible" if relevant else ""
        else:
            relevant = [] if good_reply else sorted((o for o in closed if OUTCOME_RANK[o] > final),
                                                    key=lambda o: -OUTCOME_RANK[o])
            why = f"after this, a {' or '.join(relevant)} ending was out of reach" if relevant else ""
        if why:
            fb.steps[i] = replace(step, turning=why)
    if not any(s.turning for s in fb.steps):  # nothing closed early: the last reply decided it
        last = fb.steps[-1]
        better_open = any(OUTCOME_RANK[o] > final for o in reach[nodes[-2]])
        why = "this reply led straight to the ending" if better_open or final == OUTCOME_RANK["good"] else \
            f"this reply led to the ending; with {session.persona} as the other side, no better ending was open here"
        fb.steps[-1] = replace(last, turning=why)
    fb.turning_points = [s for s in fb.steps if s.turning]


def next_step(fb: Feedback, sc: Scenario, catalogue: Catalogue, role_ok) -> NextStep | None:
    """The most consequential miss not put right later; never something the person did well in this session."""
    done = {c.guidance.id for c in fb.followed}
    turning = {s.number for s in fb.turning_points}
    open_lapses = [lp for lp in fb.lapses if lp.put_right is None and lp.guidance.id not in done]
    if open_lapses:
        best = min(open_lapses, key=lambda lp: (not (set(lp.decisions) & turning), -len(lp.slips), lp.decisions[0]))
        at_turn = sorted(set(best.decisions) & turning)
        reason = f"Missed at {decision_list(best.decisions)} and not put right later"
        if at_turn:
            reason += f"; {decision_list(at_turn)} turned the conversation"
        return NextStep(best.guidance, reason + ".")
    unnamed = [r for r in fb.red_flags if not r.named and r.grade != "style"]
    if unnamed and FLAG_ID not in done and (g := role_ok(FLAG_ID)):
        return NextStep(g, f"A red flag went unnamed at {decision_list(sorted({r.decision for r in unnamed}))}.")
    for gid in sc.teaches:
        if gid not in done and (g := role_ok(gid)):
            return NextStep(g, "This scenario teaches it, and it has not come up in your replies yet.")
    return None


FLAG_ID = "flag_defensive_reply"


def alliance_chart(session: Session) -> Chart | None:
    """Trainees: the working alliance after each decision, on a fixed scale of -5 to +5."""
    start = session.scenario.variables.get("alliance")
    if not isinstance(start, (int, float)) or isinstance(start, bool):
        return None
    values = [float(start)] + [float(d.after.get("alliance", start)) for d in session.decisions]
    clipped = tuple(max(-ALLIANCE_SCALE, min(ALLIANCE_SCALE, v)) for v in values)
    name = session.scenario.app_name
    return Chart(f"The working alliance with {name}", -ALLIANCE_SCALE, ALLIANCE_SCALE,
                 ((5, "+5 strong"), (0, "0 as it began"), (-5, "-5 strained")),
                 (Series("alliance", "\u25cf", clipped),),
                 caption=f"from {values[0]:+g} to {values[-1]:+g} over {len(values) - 1} decision(s)",
                 rows=2 * ALLIANCE_SCALE + 1)


def client_chart(fb: Feedback, session: Session) -> Chart:
    """Clients: how much of their point they got said, and, as a separate line, how responsive the therapist was."""
    sc = session.scenario
    wanted = set(sc.teaches)
    said_by: list[float] = [0.0]
    shown: set[str] = set()
    for step in fb.steps:
        shown |= {c.guidance.id for c in step.shown}
        said_by.append(100.0 * len(shown & wanted) / len(wanted) if wanted else 0.0)

    segs = segments(session)
    opening = segs[0][0] if segs else [ln for ln in session.transcript if ln.speaker == "app"]
    turns = [opening] + [after for _, after in segs]
    resp: list[float] = []
    for lines in turns:
        grades = [(line_variant(sc, session.persona, ln) or None) for ln in lines if ln.red_flag]
        worst = None
        for v in grades:
            g = v.grade if v and v.grade else "warning"
            if worst is None or RESPONSIVE[g] < RESPONSIVE[worst]:
                worst = g
        resp.append(RESPONSIVE[worst])
    name = sc.app_name.lower() if sc.app_name == "Therapist" else sc.app_name
    return Chart("Your point, and how the therapist responded", 0, 100,
                 ((100, "100%"), (50, "50%"), (0, "0%")),
                 (Series("your point said: the share of this scenario's skills you had shown", "\u25cf",
                         tuple(said_by)),
                  Series(f"{name}'s responsiveness: 100% open, 50% curt, 0% a red flag", "\u25cb", tuple(resp))),
                 caption=f"you got {said_by[-1]:.0f}% of your point said")


def held_summary(fb: Feedback) -> str:
    """Whether the person held their point each time the therapist pushed back (a warning sign or breach)."""
    pressed = [r for r in fb.red_flags if r.grade != "style" and r.held is not None]
    if not pressed:
        return ""
    held = sorted({r.decision for r in pressed if r.held})
    gave = sorted({r.decision for r in pressed if not r.held})
    text = f"Under pressure you held your point {len(held)} of {len(held) + len(gave)} time(s)"
    if held:
        text += f" ({decision_list(held)})"
    if gave:
        text += f"; you gave ground at {decision_list(gave)}, which is understandable, and practice helps"
    return text + "."
