"""The runner: a pull API over one scenario, driven alike by the TUI, the plain mode and the tests."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from rehearse.engine.diagnostics import RunnerError
from rehearse.engine.expr import ExprError, evaluate, render
from rehearse.engine.hearing import Matcher
from rehearse.engine.model import Choice, Ending, Node, Scenario, Target

MAX_HOPS = 200  # gotos followed without a decision before we call it a loop


@dataclass(frozen=True)
class Line:
    """One line of the transcript."""

    speaker: str  # "app" or "user"
    text: str
    node: str
    red_flag: str | None = None
    typed: bool = False  # the user typed it in their own words
    heard_as: str | None = None  # for typed lines: the choice it was heard as
    unheard: bool = False  # for typed lines that matched no choice
    say_more: bool = False  # the app's request to say more


@dataclass(frozen=True)
class Option:
    """A choice open now, numbered from 1 as shown to the user."""

    number: int
    text: str
    index: int


@dataclass(frozen=True)
class Turn:
    """What the user sees now: the lines since their last reply, and the open choices or the ending."""

    node: str
    lines: tuple[Line, ...]
    options: tuple[Option, ...]
    ending: Ending | None
    decision: int  # how many decisions have been taken so far

    @property
    def finished(self) -> bool:
        """True when the conversation has ended."""
        return self.ending is not None


@dataclass(frozen=True)
class Heard:
    """What the runner made of a reply: the choice taken, if it was sure (`choice`); otherwise the open options
    it might mean, best first, to offer as "did you mean" (`candidates`, empty when nothing was close)."""

    choice: Choice | None
    score: float
    typed: str | None = None
    candidates: tuple[Option, ...] = ()
    why: str = ""


@dataclass
class Decision:
    """One decision taken: where, what was open, what was chosen, and the variables after it."""

    node: str
    open: tuple[int, ...]
    choice: int
    typed: str | None
    score: float
    after: dict
    line_index: int  # index in the transcript of the user's line


@dataclass
class Session:
    """One play-through; holds only small mutable state, everything else comes from the scenario."""

    scenario: Scenario
    persona: str
    seed: int = 0
    name: str | None = None
    matcher: Matcher = field(default_factory=Matcher, repr=False)

    def __post_init__(self):
        self.vars = dict(self.scenario.variables)
        if self.name:
            self.vars["name"] = self.name
        self.vars.setdefault("name", "you")
        self.transcript: list[Line] = []
        self.decisions: list[Decision] = []
        self.events: list[dict] = []
        self.node: Node = self.scenario.nodes[self.scenario.start]
        self._turn_start = 0
        self._open: tuple[Choice, ...] = ()
        self._enter(self.scenario.start)

    # -- public API ----------------------------------------------------------
    @property
    def finished(self) -> bool:
        """True once an ending has been reached."""
        return self.node.ending is not None

    def turn(self) -> Turn:
        """The current turn."""
        return Turn(
            node=self.node.id,
            lines=tuple(self.transcript[self._turn_start:]),
            options=tuple(Option(i + 1, self._render(c.text), c.index) for i, c in enumerate(self._open)),
            ending=self.node.ending,
            decision=len(self.decisions),
        )

    def context(self) -> dict:
        """Variables visible to conditions and templates."""
        return {**self.vars, "persona": self.persona}

    def choose(self, number: int, typed: str | None = None) -> Heard:
        """Take the open choice with this 1-based number; `typed` keeps the words the user typed (after a
        "did you mean" offer) in the transcript, heard as this choice."""
        if self.finished:
            raise RunnerError("the conversation has ended")
        if not 1 <= number <= len(self._open):
            raise ValueError(f"choose a number from 1 to {len(self._open)}")
        choice = self._open[number - 1]
        ev = {"t": "choose", "node": self.node.id, "choice": choice.index, "said": _said(choice)}
        if typed is not None:
            ev["text"] = typed
        self.events.append(ev)
        self._take(choice, typed=typed, score=1.0)
        return Heard(choice, 1.0, typed)

    def say(self, text: str, in_scene: bool = True) -> Heard:
        """Reply in the user's own words: taken as a choice when sure, offered as "did you mean" when close
        (nothing is taken: answer with choose(number, typed=text)), or not understood.

        `in_scene=False` keeps the scene's own "say more" line back, for a reply the app answers in its own voice.
        """
        if self.finished:
            raise RunnerError("the conversation has ended")
        h = self.matcher.hear(text, self._open)
        ev: dict = {"t": "say", "node": self.node.id, "text": text, "choice": h.choice.index if h.choice else None,
                    "score": round(h.score, 4), "said": _said(h.choice) if h.choice else None}
        if h.outcome == "offer":
            ev["offered"] = [c.index for c in h.candidates]
        self.events.append(ev)
        if h.outcome == "offer":
            numbers = {c.index: i + 1 for i, c in enumerate(self._open)}
            offers = tuple(Option(numbers[c.index], self._render(c.text), c.index) for c in h.candidates)
            return Heard(None, h.score, text, offers, h.reason)
        if h.choice is None:
            if not in_scene:
                ev["aside"] = True
            self._unheard(text, in_scene)
            return Heard(None, h.score, text, (), h.reason)
        self._take(h.choice, typed=text, score=h.score)
        return Heard(h.choice, h.score, text, (), h.reason)

    def rewind(self, decision: int) -> None:
        """Go back to just before decision number `decision` (0-based), as if it had not been taken."""
        if not 0 <= decision <= len(self.decisions):
            raise ValueError(f"no decision {decision}")
        keep, count = [], 0
        for ev in self.events:
            if ev["t"] in ("choose", "say") and ev.get("choice") is not None:
                if count == decision:
                    break
                count += 1
            keep.append(ev)
        self._restart()
        self.replay(keep)

    def take_back(self) -> bool:
        """Undo the last decision (after a typed reply was heard wrong); False if there is none."""
        if not self.decisions:
            return False
        self.rewind(len(self.decisions) - 1)
        return True

    def hint(self) -> list[str]:
        """Guidance ids the open choices touch on, without saying which choice shows them."""
        seen: list[str] = []
        for c in self._open:
            for g in c.shows:
                if g not in seen:
                    seen.append(g)
        return seen

    def progress(self) -> tuple[int, int]:
        """(decisions taken, a fair estimate of decisions in all) for a progress bar."""
        # Measured to the nearest good ending: the shortest way to any ending is usually a quick misstep,
        # which would make every conversation look nearly over.
        good, anyend = _remaining(self.scenario, "good"), _remaining(self.scenario, None)
        left = good.get(self.node.id, anyend.get(self.node.id, 0))
        return len(self.decisions), len(self.decisions) + left

    def what_if(self, decision: int) -> list[tuple[Choice, str]]:
        """For one past decision, each option not taken and the first line it would have led to."""
        d = self.decisions[decision]
        out = []
        for idx in d.open:
            if idx == d.choice:
                continue
            probe = self.fork(decision)
            choice = next(c for c in probe._open if c.index == idx)
            before = len(probe.transcript)
            probe._take(choice, None, 1.0)
            first = next((ln.text for ln in probe.transcript[before:] if ln.speaker == "app"), "")
            out.append((choice, first))
        return out

    def clone(self) -> Session:
        """A cheap independent copy at the same point (for exploring paths)."""
        other = object.__new__(Session)
        other.__dict__.update(self.__dict__)
        other.vars = dict(self.vars)
        other.transcript = list(self.transcript)
        other.decisions = list(self.decisions)
        other.events = list(self.events)
        return other

    def fork(self, decision: int | None = None) -> Session:
        """A copy of this session, optionally rewound to before `decision`."""
        other = Session(self.scenario, self.persona, self.seed, self.name, self.matcher)
        other.replay(self.events)
        if decision is not None:
            other.rewind(decision)
        return other

    # -- saving --------------------------------------------------------------
    def to_json(self) -> dict:
        """Everything needed to rebuild this session, as plain JSON."""
        return {"scenario": self.scenario.id, "hash": self.scenario.content_hash, "persona": self.persona,
                "seed": self.seed, "name": self.name, "events": list(self.events)}

    @classmethod
    def from_json(cls, scenario: Scenario, data: dict) -> Session:
        """Rebuild a session from to_json output; stops quietly where the scenario no longer fits."""
        persona = data.get("persona")
        if persona not in scenario.personas:
            persona = next(iter(scenario.personas))
        s = cls(scenario, persona, int(data.get("seed", 0)), data.get("name"))
        s.replay(data.get("events", []))
        return s

    def replay(self, events) -> int:
        """Apply saved events in order; returns how many applied before one no longer fitted the scenario."""
        applied = 0
        for ev in events:
            if self.finished or ev.get("node") != self.node.id:
                break
            idx = ev.get("choice")
            if ev.get("t") == "say" and idx is None and ev.get("offered") is not None:
                self.events.append(dict(ev))  # an offer took nothing and said nothing
            elif ev.get("t") == "say" and idx is None:
                self.events.append(dict(ev))
                self._unheard(ev.get("text", ""), not ev.get("aside"))
            else:
                choice = next((c for c in self._open if c.index == idx), None)
                # An edited scenario may have reordered its choices: the same index must still say the same thing.
                if choice is None or ev.get("said") not in (None, _said(choice)):
                    break
                self.events.append(dict(ev))
                typed = ev.get("text")
                self._take(choice, typed, float(ev.get("score", 1.0)))
            applied += 1
        return applied

    # -- internals -----------------------------------------------------------
    def _restart(self) -> None:
        self.__post_init__()

    def _render(self, text: str) -> str:
        try:
            return render(text, self.context())
        except ExprError as exc:
            raise RunnerError(str(exc)) from None

    def _fits(self, personas, cond) -> bool:
        if personas is not None and self.persona not in personas:
            return False
        if cond is not None:
            try:
                return evaluate(cond, self.context())
            except ExprError as exc:
                raise RunnerError(str(exc)) from None
        return True

    def _target(self, targets: tuple[Target, ...], where: str) -> str:
        for t in targets:
            if self._fits(t.personas, t.cond):
                return t.node
        raise RunnerError(f"no goto branch fits at '{where}'")

    def _say_line(self, node: Node) -> None:
        for v in node.variants:
            if self._fits(v.personas, v.cond):
                text = self._render(v.text)
                if text.strip():
                    self.transcript.append(Line("app", text, node.id, v.red_flag))
                return

    def _enter(self, node_id: str) -> None:
        for _ in range(MAX_HOPS):
            node = self.scenario.nodes[node_id]
            self.node = node
            self._say_line(node)
            if node.ending:
                self._open = ()
                return
            if node.choices:
                self._open = tuple(c for c in node.choices if self._fits(None, c.cond))
                if not self._open:
                    raise RunnerError(f"every choice at '{node.id}' is hidden by its condition")
                return
            node_id = self._target(node.targets, node.id)
        raise RunnerError(f"more than {MAX_HOPS} gotos without a choice: is there a loop near '{node_id}'?")

    def _unheard(self, text: str, in_scene: bool) -> None:
        self.transcript.append(Line("user", text, self.node.id, typed=True, unheard=True))
        self._turn_start = len(self.transcript)
        # Only an author's line is spoken in the scene; otherwise the host says it in the app's own voice.
        prompt = self.node.say_more or self.scenario.say_more
        if prompt and in_scene:
            self.transcript.append(Line("app", self._render(prompt), self.node.id, say_more=True))

    def _take(self, choice: Choice, typed: str | None, score: float) -> None:
        node = self.node
        for var, val in choice.effects:
            cur = self.vars.get(var)
            if isinstance(val, (int, float)) and not isinstance(val, bool) and isinstance(cur, (int, float)):
                self.vars[var] = cur + val
            else:
                self.vars[var] = val
        text = typed if typed is not None else self._render(choice.text)
        heard_as = self._render(choice.text) if typed is not None else None
        self._turn_start = len(self.transcript)
        self.transcript.append(Line("user", text, node.id, typed=typed is not None, heard_as=heard_as))
        self.decisions.append(Decision(node.id, tuple(c.index for c in self._open), choice.index, typed, score,
                                       dict(self.vars), len(self.transcript) - 1))
        self._enter(self._target(choice.targets, node.id))
        self._turn_start += 1  # the turn shows what the app said after the user's line


_REMAINING: dict[tuple[int, str | None], tuple[Scenario, dict]] = {}


def _remaining(scenario: Scenario, outcome: str | None) -> dict:
    """Fewest decisions from each node to an ending (of this outcome, if given), cached per scenario object."""
    hit = _REMAINING.get((id(scenario), outcome))
    if hit and hit[0] is scenario:
        return hit[1]
    reverse: dict[str, list[tuple[str, int]]] = {}
    for n in scenario.nodes.values():
        for t in n.targets:
            reverse.setdefault(t.node, []).append((n.id, 0))
        for c in n.choices:
            for t in c.targets:
                reverse.setdefault(t.node, []).append((n.id, 1))
    dist = {n.id: 0 for n in scenario.nodes.values() if n.ending and outcome in (None, n.ending.outcome)}
    frontier = sorted(dist)
    # 0/1 weights: a goto costs nothing, a decision costs one.
    from collections import deque

    dq = deque(frontier)
    while dq:
        cur = dq.popleft()
        for prev, w in reverse.get(cur, ()):
            nd = dist[cur] + w
            if nd < dist.get(prev, 1 << 30):
                dist[prev] = nd
                (dq.appendleft if w == 0 else dq.append)(prev)
    _REMAINING[(id(scenario), outcome)] = (scenario, dist)
    return dist


def _said(choice: Choice) -> str:
    """A short fingerprint of a choice's wording, so a replay can tell it is still the same choice."""
    import hashlib

    return hashlib.sha256(choice.text.encode()).hexdigest()[:10]


def pick_persona(scenario: Scenario, persona: str | None, seed: int) -> str:
    """The named persona, or one drawn from the seed when none (or 'random') is given."""
    if persona and persona not in ("random", "surprise"):
        if persona not in scenario.personas:
            raise ValueError(f"unknown persona '{persona}'; choose from: {', '.join(scenario.personas)}")
        return persona
    return random.Random(seed).choice(list(scenario.personas))


def start(scenario: Scenario, persona: str | None = None, seed: int = 0, name: str | None = None) -> Session:
    """Begin a session."""
    return Session(scenario, pick_persona(scenario, persona, seed), seed, name)
