"""The feedback report, computed from a finished (or stopped) session and cited to the guidance catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field

from rehearse.engine.hearing.detectors import detect
from rehearse.engine.load.guidance import Catalogue, Guidance, Source
from rehearse.engine.play.runner import Session

FLAG_GUIDANCE = "flag_defensive_reply"


@dataclass(frozen=True)
class Point:
    """One feedback point: what happened, at which decision, and the guidance it rests on."""

    guidance: Guidance
    decision: int  # 1-based decision number, 0 when not tied to one
    said: str = ""  # what the user said (or chose)
    better: str = ""  # for a missed chance: the option that showed the guidance
    note: str = ""  # the scenario's one-line note
    how: str = ""  # "choice" or the detector that noticed it in typed words


@dataclass(frozen=True)
class RedFlag:
    """A warning-sign line the user met, and whether they named it."""

    kind: str
    line: str
    decision: int
    named: bool


@dataclass
class Feedback:
    """Everything the report shows."""

    scenario_id: str
    title: str
    persona: str
    user_role: str
    outcome: str | None
    ending_label: str | None
    finished: bool
    followed: list[Point] = field(default_factory=list)
    missed: list[Point] = field(default_factory=list)
    red_flags: list[RedFlag] = field(default_factory=list)
    alliance: list[int] = field(default_factory=list)
    next_step: Guidance | None = None
    sources: list = field(default_factory=list)
    decisions: int = 0
    flag_guidance: Guidance | None = None  # cited beside the red flags

    def to_json(self) -> dict:
        """Plain JSON for export."""
        def point(p: Point) -> dict:
            return {"guidance": p.guidance.id, "title": p.guidance.title, "decision": p.decision, "said": p.said,
                    "better": p.better, "note": p.note, "how": p.how, "source": p.guidance.cite()}
        return {
            "scenario": self.scenario_id, "title": self.title, "persona": self.persona, "user_role": self.user_role,
            "finished": self.finished, "outcome": self.outcome, "ending": self.ending_label,
            "followed": [point(p) for p in self.followed], "missed": [point(p) for p in self.missed],
            "red_flags": [vars(r) for r in self.red_flags], "alliance": self.alliance,
            "next_step": {"guidance": self.next_step.id, "title": self.next_step.title, "advice": self.next_step.advice,
                          "example": self.next_step.example, "source": self.next_step.cite()}
            if self.next_step else None,
            "sources": [s.as_json() for s in self.sources],
        }


def build_feedback(session: Session, catalogue: Catalogue) -> Feedback:
    """Compute the report from what happened in the session."""
    sc = session.scenario
    ending = session.node.ending
    fb = Feedback(sc.id, sc.title, session.persona, sc.user_role, ending.outcome if ending else None,
                  ending.label if ending else None, session.finished, decisions=len(session.decisions))
    followed_ids: set[str] = set()
    missed_ids: dict[str, int] = {}
    start_vars = dict(sc.variables)
    fb.alliance = [start_vars.get("alliance", 0)] if isinstance(start_vars.get("alliance"), int) else []
    prev_line_idx = 0
    for n, d in enumerate(session.decisions, start=1):
        node = sc.nodes[d.node]
        chosen = node.choices[d.choice]
        said = d.typed if d.typed is not None else session.transcript[d.line_index].text
        shown = set(chosen.shows)
        for gid in chosen.shows:
            g = catalogue.get(gid)
            if g and gid not in followed_ids:
                followed_ids.add(gid)
                fb.followed.append(Point(g, n, said, note=chosen.note, how="choice"))
        if d.typed:
            for det in detect(d.typed):
                for gid in det.guidance:
                    g = catalogue.get(gid)
                    # The author's judgement of the choice it was heard as wins over a pattern in the words.
                    if g and gid not in followed_ids and gid not in chosen.misses:
                        followed_ids.add(gid)
                        shown.add(gid)
                        fb.followed.append(Point(g, n, said, how=det.label))
        # A missed chance is the author's judgement (the choice's `misses:`), quoting an open option that showed it.
        for gid in chosen.misses:
            g = catalogue.get(gid)
            if g is None or gid in shown or gid in missed_ids:
                continue
            better = next((node.choices[i] for i in d.open if i != d.choice and gid in node.choices[i].shows), None)
            missed_ids[gid] = n
            fb.missed.append(Point(g, n, said, better=session._render(better.text) if better else "", note=chosen.note))
        # Red flags said since the previous decision, and whether this reply named them.
        for line in session.transcript[prev_line_idx:d.line_index]:
            if line.speaker == "app" and line.red_flag:
                fb.red_flags.append(RedFlag(line.red_flag, line.text, n, FLAG_GUIDANCE in shown))
        prev_line_idx = d.line_index + 1
        if fb.alliance and isinstance(d.after.get("alliance"), (int, float)):
            fb.alliance.append(d.after["alliance"])
    # A red flag in the turn still waiting for a reply is only "unnamed" once the conversation is over.
    for line in session.transcript[prev_line_idx:] if session.finished else ():
        if line.speaker == "app" and line.red_flag:
            fb.red_flags.append(RedFlag(line.red_flag, line.text, len(session.decisions) + 1, False))
    # Guidance the user showed later in the session is no longer a miss.
    fb.missed = [p for p in fb.missed if p.guidance.id not in followed_ids]
    fb.next_step = _next_step(sc.teaches, fb, catalogue)
    seen: dict[str, Source] = {}
    for p in fb.followed + fb.missed + ([Point(fb.next_step, 0)] if fb.next_step else []):
        for s in p.guidance.sources:
            seen.setdefault(s.key, s)
    if fb.red_flags and (g := catalogue.get(FLAG_GUIDANCE)):
        fb.flag_guidance = g
        for s in g.sources:
            seen.setdefault(s.key, s)
    fb.sources = sorted(seen.values(), key=lambda s: s.key)
    return fb


def _next_step(teaches, fb: Feedback, catalogue: Catalogue) -> Guidance | None:
    """One thing to practise next: the first missed chance, else something taught but not yet shown."""
    unnamed = [r for r in fb.red_flags if not r.named]
    if unnamed and (g := catalogue.get(FLAG_GUIDANCE)) and FLAG_GUIDANCE not in {p.guidance.id for p in fb.followed}:
        return g
    if fb.missed:
        return fb.missed[0].guidance
    done = {p.guidance.id for p in fb.followed}
    for gid in teaches:
        if gid not in done and (g := catalogue.get(gid)):
            return g
    return catalogue.get("reinforce_and_review") if fb.user_role == "client" else catalogue.get("t_elicit_feedback")
