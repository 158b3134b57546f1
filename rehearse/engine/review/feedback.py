"""The feedback report, computed from a finished (or stopped) session and cited to the guidance catalogue.

A skill counts once, where it was first shown; a lapse counts every time it happens. A typed reply earns a skill
that has a detector only when the detector finds it in the words; a skill no detector covers is credited through
the option the words were heard as, and the report says so.
"""

from __future__ import annotations

from rehearse.engine.hearing import detectors
from rehearse.engine.load.guidance import Catalogue, Guidance
from rehearse.engine.model import Scenario
from rehearse.engine.play.runner import Line, Session
from rehearse.engine.review import measures
from rehearse.engine.review.lines import FLAG_GUIDANCE, app_lines, line_variant, option_text, segments
from rehearse.engine.review.model import Credit, Feedback, FlagMet, Lapse, Slip, Step, WhatIf


def detectable() -> frozenset[str]:
    """Guidance ids some detector can find in typed words."""
    return frozenset(g for d in detectors.DETECTORS for g in d.guidance)


def build_feedback(session: Session, catalogue: Catalogue) -> Feedback:
    """Compute the whole report model from what happened in the session."""
    sc = session.scenario
    ending = session.turn().ending  # the public turn, not the runner's state
    fb = Feedback(sc.id, sc.title, session.began_as, sc.user_role, sc.app_name,
                  ending.outcome if ending else None, ending.label if ending else None, session.finished,
                  decisions=len(session.decisions), shifts=list(session.state.shifts))
    role_ok = _role_filter(catalogue, sc.user_role)
    can_detect = detectable()
    first_shown: dict[str, Credit] = {}
    slips: dict[str, list[Slip]] = {}
    segs = segments(session)
    for n, (d, (before, after)) in enumerate(zip(session.decisions, segs), start=1):
        node = sc.nodes[d.node]
        chosen = node.choices[d.choice]
        user_line = session.transcript[d.line_index]
        said = user_line.text
        credits, unproven = _credits(chosen, d.typed, n, role_ok, can_detect)
        shown_ids = {c.guidance.id for c in credits}
        missed = []
        for gid in chosen.misses:
            g = role_ok(gid)
            if g is None or gid in shown_ids:
                continue
            better = next((node.choices[i] for i in d.open if i != d.choice and gid in node.choices[i].shows), None)
            slip = Slip(g, n, said, chosen.note, option_text(session, better.text) if better else "")
            missed.append(slip)
            slips.setdefault(gid, []).append(slip)
        for c in credits:
            first_shown.setdefault(c.guidance.id, c)
        for ln in before:
            if ln.red_flag:
                v = line_variant(sc, session.persona, ln)
                fb.red_flags.append(FlagMet(ln.red_flag, (v.grade if v and v.grade else "warning"), ln.text, n,
                                            FLAG_GUIDANCE in shown_ids, bool(credits) and not missed, said))
        reply = after[0].text if after else ""
        worst = _worst_flag(sc, session.persona, after)
        said_from = line_variant(sc, session.persona, after[0]) if after else None
        thinking = (said_from.thinking or "") if said_from else ""
        fb.steps.append(Step(n, before[-1].text if before else "", said, d.typed is not None,
                             user_line.heard_as or "", reply, worst, chosen.note, tuple(credits), tuple(missed),
                             tuple(unproven), chosen.strategies, thinking=thinking))
    if session.finished:  # a red flag in the closing lines went unanswered; only then is it "unnamed"
        tail = app_lines(session.transcript[session.decisions[-1].line_index + 1:]) if session.decisions else \
            app_lines(session.transcript)
        for ln in tail:
            if ln.red_flag:
                v = line_variant(sc, session.persona, ln)
                fb.red_flags.append(FlagMet(ln.red_flag, (v.grade if v and v.grade else "warning"), ln.text,
                                            len(session.decisions) + 1, False, None))
    fb.followed = sorted(first_shown.values(), key=lambda c: c.decision)
    for gid, group in slips.items():
        last = group[-1].decision
        later = [c.decision for s in fb.steps for c in s.shown if c.guidance.id == gid and c.decision > last]
        fb.lapses.append(Lapse(group[0].guidance, tuple(group), later[0] if later else None))
    fb.lapses.sort(key=lambda lp: lp.decisions[0])
    if fb.red_flags:
        fb.flag_guidance = catalogue.get(FLAG_GUIDANCE)
        # Each kind of flag is cited to the item whose sources name it (Medens names only three kinds).
        for kind in dict.fromkeys(r.kind for r in fb.red_flags):
            g = catalogue.flag_guidance(kind)
            if g is not None:
                fb.flag_sources[kind] = g
    measures.complete(fb, session, catalogue, role_ok)
    fb.what_ifs = what_ifs(session)
    fb.sources = _sources(fb)
    return fb


def _role_filter(catalogue: Catalogue, role: str):
    """A getter that only returns guidance written for the person's side (a trainee never sees client advice)."""
    def get(gid: str) -> Guidance | None:
        g = catalogue.get(gid)
        return g if g is not None and g.role == role else None
    return get


def _credits(chosen, typed: str | None, n: int, role_ok, can_detect) -> tuple[list[Credit], list[Guidance]]:
    """What one reply showed: the option's skills when chosen; for typed words, what the words show."""
    credits: list[Credit] = []
    unproven: list[Guidance] = []
    if typed is None:
        return [Credit(g, n, "choice") for gid in chosen.shows if (g := role_ok(gid))], unproven
    if detectors.dismissive(typed):  # words that brush the other person off show no skill, whatever they match
        return credits, [g for gid in chosen.shows if (g := role_ok(gid))]
    found: dict[str, str] = {}
    for det in detectors.detect(typed):
        for gid in det.guidance:
            found.setdefault(gid, det.label)
    for gid in chosen.shows:
        g = role_ok(gid)
        if g is None:
            continue
        if gid in found:
            credits.append(Credit(g, n, found[gid]))
        elif gid in can_detect:
            unproven.append(g)  # the words were heard as an option showing it, but do not show it themselves
        else:
            credits.append(Credit(g, n, "heard"))
    for gid, label in found.items():
        # The author's judgement of the option it was heard as wins over a pattern in the words.
        if gid not in chosen.shows and gid not in chosen.misses and (g := role_ok(gid)):
            credits.append(Credit(g, n, label))
    return credits, unproven


def _worst_flag(sc: Scenario, persona: str, lines: list[Line]) -> str:
    """The most serious red flag in the other side's reply, as 'grade: kind', or ''."""
    order = {"style": 0, "warning": 1, "breach": 2}
    best = ""
    rank = -1
    for ln in lines:
        if ln.red_flag:
            v = line_variant(sc, persona, ln)
            grade = v.grade if v and v.grade else "warning"
            if order[grade] > rank:
                rank, best = order[grade], f"{grade}: {ln.red_flag}"
    return best


def what_ifs(session: Session) -> list[WhatIf]:
    """For each decision, each option not taken and the first line it would have drawn."""
    out = []
    for i, d in enumerate(session.decisions):
        options = tuple((option_text(session, choice.text), first) for choice, first in session.what_if(i))
        out.append(WhatIf(i + 1, session.transcript[d.line_index].text, options))
    return out


def _sources(fb: Feedback) -> list:
    seen: dict = {}
    items = [c.guidance for c in fb.followed] + [lp.guidance for lp in fb.lapses]
    items += [fb.next_step.guidance] if fb.next_step else []
    items += list(fb.flag_sources.values())
    for g in items:
        for s in g.sources:
            seen.setdefault(s.key, s)
    return sorted(seen.values(), key=lambda s: s.key)
