"""Report plans: play a path, build the report, and check what every surface says about it.

The checks are the report's promises: every lapse that carries a note appears on every surface, no surface shows
an empty quotation, a trainee's report names every rupture marker met, and the plan's expected lapses and markers
are the ones the report found.
"""

from __future__ import annotations

import html
import json

from rehearse.authoring.testplan import Plan
from rehearse.engine.load.guidance import Catalogue
from rehearse.engine.model import Scenario
from rehearse.engine.play.runner import Session, start
from rehearse.engine.review.feedback import build_feedback
from rehearse.engine.review.model import Feedback
from rehearse.engine.review.report import md_escape, render_report, report_json
from rehearse.engine.review.rupture import marker_words

EMPTY_QUOTES = ("\u201c\u201d", "\u201c \u201d", '""')


def play_plan(plan: Plan, scenario: Scenario) -> Session:
    """The session a plan's selections lead to."""
    s = start(scenario, plan.persona, plan.seed)
    for kind, value in plan.steps:
        if kind == "select":
            s.choose(int(value))
        elif kind == "type":
            s.say(value)
    return s


def surfaces(fb: Feedback, session: Session) -> dict[str, str]:
    """The report as each engine surface draws it (the app's is added by its own test)."""
    sc = session.scenario
    speakers = {"app": sc.app_name, "user": sc.user_name}
    return {"text": render_report(fb, "text"), "md": render_report(fb, "md", session.transcript, speakers),
            "html": render_report(fb, "html", session.transcript, speakers),
            "json": json.dumps(report_json(fb), ensure_ascii=False)}


def expected(fb: Feedback) -> tuple[list[str], list[str]]:
    """The plan lines a report of this session would record: its lapses and its markers."""
    lapses = [f"{lp.guidance.id} at {', '.join(str(d) for d in lp.decisions)}" for lp in fb.lapses]
    markers = list(fb.rupture.markers) if fb.rupture else []
    return lapses, markers


def check_surface(name: str, text: str, fb: Feedback) -> list[str]:
    """What one surface fails to say, or says wrongly."""
    problems = []
    enc = {"md": md_escape, "html": lambda t: html.escape(t, quote=False),
           "json": lambda t: json.dumps(t, ensure_ascii=False)[1:-1]}.get(name, lambda t: t)
    plain = text if name != "html" else text.replace("&#x27;", "'").replace("&#39;", "'").replace("&quot;", '"')
    for q in EMPTY_QUOTES[:2]:
        if q in plain:
            problems.append(f"{name}: an empty quotation")
    for lp in fb.lapses:
        if enc(lp.guidance.title) not in plain:
            problems.append(f"{name}: lapse '{lp.guidance.id}' is missing")
        for s in lp.slips:
            if s.note and enc(s.note) not in plain:
                problems.append(f"{name}: the note for '{lp.guidance.id}' at decision {s.decision} is missing")
    if fb.user_role == "therapist" and fb.rupture is not None:
        for m in {e.marker for e in fb.rupture.events}:
            words = m if name == "json" else marker_words(m)
            if enc(words) not in plain:
                problems.append(f"{name}: rupture marker '{m}' is not named")
    return problems


def check_plan(plan: Plan, scenario: Scenario, catalogue: Catalogue) -> list[str]:
    """Everything wrong with the report of a plan's path, on every engine surface."""
    problems: list[str] = []
    try:
        session = play_plan(plan, scenario)
    except (ValueError, RuntimeError) as exc:  # a selection no longer open: the scenario changed
        return [f"the plan no longer plays: {exc}"]
    want_end = next((v for k, v in plan.steps if k == "ending"), None)
    ending = session.turn().ending
    got_end = ending.outcome if ending else None
    if want_end != got_end:
        return [f"expected ending {want_end!r}, got {got_end!r}"]
    fb = build_feedback(session, catalogue)
    lapses, markers = expected(fb)
    want_lapses = [v for k, v in plan.steps if k == "lapse"]
    want_markers = [v for k, v in plan.steps if k == "marker"]
    if want_lapses != lapses:
        problems.append(f"lapses: expected {want_lapses}, the report has {lapses}")
    if want_markers != markers:
        problems.append(f"markers: expected {want_markers}, the report has {markers}")
    if fb.user_role == "therapist" and fb.rupture is not None and fb.rupture.events and not fb.rupture.markers:
        problems.append("a trainee report with rupture events names no markers")
    for name, text in surfaces(fb, session).items():
        problems += check_surface(name, text, fb)
    return problems
