"""Transcript tests in the manner of Yarn Spinner's testplans: replies to give and the lines expected back.

A plan is plain text, one step a line:

    # any comment
    scenario: not-heard
    persona: defensive
    seed: 7                (optional, default 0: the run's seed, which decides any change of manner (shifts:))
    line: Therapist words expected next, exactly
    select: 2              (choose option 2)
    type: words a user types (must be heard as a choice)
    heard: the option text it must be heard as
    ending: good           (the outcome expected at the end)

Report plans (tests/reportplans) add what the report must say about the path:

    lapse: t_metacommunicate at 2, 3     (a missed chance, grouped, at these decisions)
    marker: withdrawal: minimal-response (a rupture marker the trainee's report names)
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.engine.model import Scenario
from rehearse.engine.play.runner import Session, start


@dataclass
class Plan:
    """A parsed plan: which scenario and persona, then the steps."""

    scenario: str
    persona: str
    steps: list[tuple[str, str]]
    seed: int = 0


def parse_plan(text: str) -> Plan:
    """Read a plan's text."""
    scenario = persona = ""
    seed = 0
    steps: list[tuple[str, str]] = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"line {n}: expected 'key: value'")
        key, value = key.strip(), value.strip()
        if key == "scenario":
            scenario = value
        elif key == "persona":
            persona = value
        elif key == "seed":
            if not value.isdigit():
                raise ValueError(f"line {n}: a seed is a whole number")
            seed = int(value)
        elif key in ("line", "select", "type", "heard", "ending", "lapse", "marker"):
            steps.append((key, value))
        else:
            raise ValueError(f"line {n}: unknown step '{key}'")
    return Plan(scenario, persona, steps, seed)


def run_plan(plan: Plan, scenario: Scenario) -> list[str]:
    """Play a plan; returns the mismatches (empty when the transcript is as expected)."""
    s = start(scenario, plan.persona, plan.seed)
    problems: list[str] = []
    pending = [ln.text for ln in s.turn().lines if ln.speaker == "app"]
    for i, (kind, value) in enumerate(plan.steps, start=1):
        if kind == "line":
            got = pending.pop(0) if pending else "<no line>"
            if got != value:
                problems.append(f"step {i}: expected line {value!r}, got {got!r}")
            continue
        if kind == "heard":
            last = s.transcript[s.decisions[-1].line_index] if s.decisions else None
            if not last or last.heard_as != value:
                problems.append(f"step {i}: expected to be heard as {value!r}, got {last.heard_as if last else None!r}")
            continue
        if kind in ("lapse", "marker"):
            continue  # expectations about the report, checked by rehearse.authoring.reportcheck
        if kind == "ending":
            if not s.finished or s.node.ending.outcome != value:
                got = s.node.ending.outcome if s.finished else "no ending"
                problems.append(f"step {i}: expected ending {value!r}, got {got}")
            continue
        if pending:
            problems.append(f"step {i}: lines not checked before replying: {pending}")
        before = len(s.decisions)
        if kind == "select":
            s.choose(int(value))
        else:
            s.say(value)
            if len(s.decisions) == before:
                problems.append(f"step {i}: typed reply {value!r} was not heard as any option")
        pending = [ln.text for ln in s.turn().lines if ln.speaker == "app"] if len(s.decisions) > before else []
        if problems:
            break
    return problems


def record_plan(session: Session, comment: str = "") -> str:
    """Write a plan from a played session (its choices and every line said)."""
    began_as = session.began_as
    out = [f"# {comment}" if comment else "# recorded plan", f"scenario: {session.scenario.id}",
           f"persona: {began_as}"] + ([f"seed: {session.seed}"] if session.seed else [])
    replay = start(session.scenario, began_as, session.seed, session.name)
    out += [f"line: {ln.text}" for ln in replay.turn().lines if ln.speaker == "app"]
    for d in session.decisions:
        number = [o.index for o in replay.turn().options].index(d.choice) + 1
        replay.choose(number)
        out.append(f"select: {number}")
        out += [f"line: {ln.text}" for ln in replay.turn().lines if ln.speaker == "app"]
    if replay.finished:
        out.append(f"ending: {replay.node.ending.outcome}")
    return "\n".join(out) + "\n"
