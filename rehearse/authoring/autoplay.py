"""Automated playtests: play a scenario through the runner, at random or down every path, and report what happened.

The runner is driven exactly as the app drives it (`choose(n)`), so anything the loader could not rule out, such as
a condition that hides every choice or a line that fails to render, shows up here as a RunnerError with the path of
choices that led to it.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from rehearse.engine.model import Scenario
from rehearse.engine.play.runner import RunnerError, Session


class _Traced(Session):
    """A session that also records every node it enters, including ones passed through by a goto."""

    def __init__(self, scenario: Scenario, persona: str, seed: int = 0, name: str | None = None):
        self.visited: list[str] = []
        super().__init__(scenario, persona, seed, name)

    def _say_line(self, node) -> None:  # called once for every node the runner enters
        self.visited.append(node.id)
        super()._say_line(node)

    def clone(self) -> _Traced:
        """An independent copy of this session's state (the scenario and matcher are shared, never changed)."""
        other = super().clone()
        other.visited = list(self.visited)
        return other


@dataclass(frozen=True)
class Step:
    """One decision on a path: where it was taken and which option (1-based, as shown) was picked."""

    node: str
    number: int
    text: str


@dataclass
class Failure:
    """A runtime error and the path of choices that caused it."""

    persona: str
    path: tuple[Step, ...]
    message: str
    run: int | None = None

    def describe(self) -> str:
        """How to replay it, in words."""
        steps = " > ".join(f"{s.node}: {s.number}" for s in self.path) or "(at the start)"
        return f"persona {self.persona}: {self.message}\n    path: {steps}"


@dataclass
class PlayReport:
    """What autoplay found for one scenario."""

    scenario: str
    path: str
    mode: str  # "random" or "exhaustive"
    plays: dict = field(default_factory=dict)  # persona -> runs (or paths) played
    endings: Counter = field(default_factory=Counter)  # (node, label, outcome) -> times reached
    by_persona: dict = field(default_factory=dict)  # persona -> Counter of ending nodes
    longest: tuple[str, tuple[Step, ...]] = ("", ())  # persona, path
    visited: set = field(default_factory=set)
    nodes: tuple[str, ...] = ()
    errors: list[Failure] = field(default_factory=list)
    unfinished: int = 0  # plays cut off by the depth limit
    truncated: bool = False  # exhaustive only: the path cap stopped the walk early

    @property
    def unvisited(self) -> list[str]:
        """Nodes no play entered, in file order."""
        return [n for n in self.nodes if n not in self.visited]

    def to_json(self) -> dict:
        """Plain JSON for --json."""
        return {
            "scenario": self.scenario, "path": self.path, "mode": self.mode, "plays": self.plays,
            "endings": [{"node": n, "label": label, "outcome": o, "count": c}
                        for (n, label, o), c in self.endings.most_common()],
            "by_persona": {p: dict(c) for p, c in self.by_persona.items()},
            "longest": {"persona": self.longest[0], "decisions": len(self.longest[1]),
                        "path": [s.__dict__ for s in self.longest[1]]},
            "unvisited": self.unvisited, "unfinished": self.unfinished, "truncated": self.truncated,
            "errors": [{"persona": f.persona, "message": f.message, "run": f.run, "path": [s.__dict__ for s in f.path]}
                       for f in self.errors],
        }


def _record_end(rep: PlayReport, s: _Traced, persona: str, path: tuple[Step, ...]) -> None:
    rep.visited.update(s.visited)
    if s.finished:
        e = s.node.ending
        rep.endings[(s.node.id, e.label, e.outcome)] += 1
        rep.by_persona.setdefault(persona, Counter())[s.node.id] += 1
    else:
        rep.unfinished += 1
    if len(path) > len(rep.longest[1]):
        rep.longest = (persona, path)


def _step(s: _Traced, number: int) -> Step:
    opt = s.turn().options[number - 1]
    return Step(s.node.id, number, opt.text)


def _new_report(sc: Scenario, mode: str) -> PlayReport:
    return PlayReport(sc.id, sc.path, mode, nodes=tuple(sc.nodes))


def autoplay(sc: Scenario, runs: int = 200, seed: int = 0, max_depth: int = 60) -> PlayReport:
    """Play `runs` games per persona, picking uniformly among the open options."""
    rep = _new_report(sc, "random")
    rng = random.Random(seed)
    for persona in sc.personas:
        rep.plays[persona] = runs
        for run in range(runs):
            path: list[Step] = []
            try:
                s = _Traced(sc, persona, seed)
                while not s.finished and len(path) < max_depth:
                    number = rng.randint(1, len(s.turn().options))
                    path.append(_step(s, number))
                    s.choose(number)
            except RunnerError as exc:
                rep.errors.append(Failure(persona, tuple(path), str(exc), run))
                continue
            _record_end(rep, s, persona, tuple(path))
    return rep


def exhaustive(sc: Scenario, max_depth: int = 60, max_paths: int = 20000) -> PlayReport:
    """Walk every path of choices for every persona, up to `max_depth` decisions and `max_paths` paths each."""
    rep = _new_report(sc, "exhaustive")
    for persona in sc.personas:
        count = 0
        try:
            root = _Traced(sc, persona, 0)
        except RunnerError as exc:
            rep.errors.append(Failure(persona, (), str(exc)))
            continue
        stack: list[tuple[_Traced, tuple[Step, ...]]] = [(root, ())]
        while stack:
            if count >= max_paths:
                rep.truncated = True
                break
            s, path = stack.pop()
            if s.finished or len(path) >= max_depth:
                count += 1
                _record_end(rep, s, persona, path)
                continue
            options = len(s.turn().options)
            for number in range(options, 0, -1):  # pushed in reverse so option 1 is explored first
                nxt = s.clone()
                step = _step(nxt, number)
                try:
                    nxt.choose(number)
                except RunnerError as exc:
                    count += 1
                    rep.visited.update(nxt.visited)
                    rep.errors.append(Failure(persona, path + (step,), str(exc)))
                    continue
                stack.append((nxt, path + (step,)))
        rep.plays[persona] = count
    return rep


def format_report(rep: PlayReport) -> str:
    """The report as text for a person."""
    what = "paths" if rep.mode == "exhaustive" else "random plays"
    plays = ", ".join(f"{p} {n}" for p, n in rep.plays.items())
    out = [f"{rep.scenario} ({rep.path})", f"  {what} per persona: {plays}"]
    if rep.truncated:
        out.append("  stopped at the path cap: raise --max-paths to walk the rest")
    total = sum(rep.endings.values()) or 1
    out.append("  endings reached:")
    for (node, label, outcome), n in rep.endings.most_common():
        who = ", ".join(p for p, c in rep.by_persona.items() if c.get(node))
        out.append(f"    {n:>6}  {100 * n / total:5.1f}%  {outcome:<5} {label} [{node}] ({who})")
    if not rep.endings:
        out.append("    none")
    persona, path = rep.longest
    if path:
        out.append(f"  longest path: {len(path)} decisions (persona {persona})")
        out.append("    " + " > ".join(f"{s.node}: {s.number}" for s in path))
    if rep.unfinished:
        out.append(f"  {rep.unfinished} play(s) did not finish within the depth limit (a loop?)")
    unvisited = rep.unvisited
    out.append("  unvisited nodes: " + (", ".join(unvisited) if unvisited else "none"))
    if rep.errors:
        out.append(f"  ERRORS ({len(rep.errors)}):")
        seen = set()
        for f in rep.errors:
            key = (f.persona, f.message)
            if key in seen:
                continue
            seen.add(key)
            out.append("    " + f.describe())
    else:
        out.append("  errors: none")
    return "\n".join(out)
