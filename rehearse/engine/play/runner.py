"""The runner: a pull API over one scenario, driven alike by the TUI, the plain mode and the tests."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Self

from rehearse.engine.diagnostics import RunnerError
from rehearse.engine.expr import ExprError, evaluate, render
from rehearse.engine.graph import fewest_steps
from rehearse.engine.hearing import Matcher
from rehearse.engine.play import events
from rehearse.engine.play.events import Chosen, Reply, Typed
from rehearse.engine.play.state import Decision, Line, Option, State, Turn
from rehearse.engine.play.variety import ShiftMet, shift_at
from rehearse.engine.model import Choice, Node, Scenario, Target

MAX_HOPS = 200  # gotos followed without a decision before we call it a loop


@dataclass(frozen=True)
class Heard:
    """What the runner made of a reply: the choice taken, if it was sure (`choice`); otherwise the open options
    it might mean, best first, to offer as "did you mean" (`candidates`, empty when nothing was close)."""

    choice: Choice | None
    score: float
    typed: str | None = None
    candidates: tuple[Option, ...] = ()
    why: str = ""


class Session:
    """One play-through: the rules of a Scenario applied to one State, which is all that changes."""

    def __init__(self, scenario: Scenario, persona: str, seed: int = 0, name: str | None = None,
                 matcher: Matcher | None = None):
        self.scenario = scenario
        self.matcher = matcher if matcher is not None else Matcher()
        self.state = self._begin(persona, seed, name)

    def _begin(self, persona: str, seed: int, name: str | None) -> State:
        """A fresh state at the scenario's start."""
        variables = dict(self.scenario.variables)
        if name:
            variables["name"] = name
        variables.setdefault("name", "you")
        self.state = State(persona, seed, name, variables, began_as=persona)
        self._enter(self.scenario.start)
        return self.state

    # -- the state, read through ---------------------------------------------
    @property
    def persona(self) -> str:
        """The persona playing the other side."""
        return self.state.persona

    @property
    def began_as(self) -> str:
        """The persona the session started with (what is saved); `persona` may have shifted since."""
        return self.state.began_as

    @property
    def seed(self) -> int:
        """The seed the session was started with."""
        return self.state.seed

    @property
    def name(self) -> str | None:
        """The user's name, if they gave one."""
        return self.state.name

    @property
    def vars(self) -> dict[str, Any]:
        """The scenario's variables as they are now."""
        return self.state.vars

    @property
    def transcript(self) -> list[Line]:
        """Every line so far."""
        return self.state.transcript

    @property
    def decisions(self) -> list[Decision]:
        """Every decision taken so far."""
        return self.state.decisions

    @property
    def events(self) -> list[Reply]:
        """The turns taken so far, as saved."""
        return self.state.events

    @property
    def node(self) -> Node:
        """The node the session waits at."""
        return self.scenario.nodes[self.state.node]

    @property
    def _open(self) -> tuple[Choice, ...]:
        choices = self.scenario.nodes[self.state.node].choices
        return tuple(choices[i] for i in self.state.open)

    # -- public API ----------------------------------------------------------
    @property
    def finished(self) -> bool:
        """True once an ending has been reached."""
        return self.scenario.nodes[self.state.node].ending is not None

    def turn(self) -> Turn:
        """The current turn."""
        st = self.state
        node = self.scenario.nodes[st.node]
        return Turn(
            node=st.node,
            lines=tuple(st.transcript[st.turn_start:]),
            options=tuple(Option(n, self._render(node.choices[i].text), node.choices[i].index)
                          for n, i in enumerate(st.open, start=1)),
            ending=node.ending,
            decision=len(st.decisions),
        )

    def context(self) -> dict:
        """Variables visible to conditions and templates."""
        return {**self.state.vars, "persona": self.state.persona}

    def choose(self, number: int, typed: str | None = None) -> Heard:
        """Take the open choice with this 1-based number; `typed` keeps the words the user typed (after a
        "did you mean" offer) in the transcript, heard as this choice."""
        if self.finished:
            raise RunnerError("the conversation has ended")
        st = self.state
        if not 1 <= number <= len(st.open):
            raise ValueError(f"choose a number from 1 to {len(st.open)}")
        choice = self.scenario.nodes[st.node].choices[st.open[number - 1]]
        st.events.append(Chosen(st.node, choice.index, _said(choice), typed))
        self._take(choice, typed=typed, score=1.0)
        return Heard(choice, 1.0, typed)

    def say(self, text: str, in_scene: bool = True) -> Heard:
        """Reply in the user's own words: taken as a choice when sure, offered as "did you mean" when close
        (nothing is taken: answer with choose(number, typed=text)), or not understood.

        `in_scene=False` keeps the scene's own "say more" line back, for a reply the app answers in its own voice, and
        offers no option on closeness of meaning alone: "did you mean ..." is no answer to a reply that sounded heavy.
        """
        if self.finished:
            raise RunnerError("the conversation has ended")
        h = self.matcher.hear(text, self._open, by_sense=in_scene)
        offered = tuple(c.index for c in h.candidates) if h.outcome == "offer" else None
        # Distress without risk (in_scene=False) is answered by the app, not by the scene's "say more".
        aside = h.choice is None and offered is None and not in_scene
        self.events.append(Typed(self.state.node, text, h.choice.index if h.choice else None, round(h.score, 4),
                                 _said(h.choice) if h.choice else None, offered, aside))
        if h.outcome == "offer":
            numbers = {c.index: i + 1 for i, c in enumerate(self._open)}
            offers = tuple(Option(numbers[c.index], self._render(c.text), c.index) for c in h.candidates)
            return Heard(None, h.score, text, offers, h.reason)
        if h.choice is None:
            self._unheard(text, in_scene)
            return Heard(None, h.score, text, (), h.reason)
        self._take(h.choice, typed=text, score=h.score)
        return Heard(h.choice, h.score, text, (), h.reason)

    def rewind(self, decision: int) -> None:
        """Go back to just before decision number `decision` (0-based), as if it had not been taken."""
        if not 0 <= decision <= len(self.decisions):
            raise ValueError(f"no decision {decision}")
        keep: list[Reply] = []
        count = 0
        for ev in self.events:
            if ev.choice is not None:
                if count == decision:
                    break
                count += 1
            keep.append(ev)
        self._begin(self.state.began_as, self.seed, self.name)
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

    def clone(self) -> Self:
        """A cheap independent copy at the same point (for exploring paths): the same scenario, a copy of the state."""
        other = copy.copy(self)
        other.state = self.state.copy()
        return other

    def fork(self, decision: int | None = None) -> Self:
        """A copy of this session, optionally rewound to before `decision`."""
        other = self.clone()
        if decision is not None:
            other.rewind(decision)
        return other

    # -- saving --------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """Everything needed to rebuild this session, as plain JSON: who plays what, and the turns taken."""
        st = self.state
        return {"version": events.VERSION, "scenario": self.scenario.id, "hash": self.scenario.content_hash,
                "persona": st.began_as, "seed": st.seed, "name": st.name,
                "events": [events.to_json(ev) for ev in st.events]}

    @classmethod
    def from_json(cls, scenario: Scenario, data: dict[str, Any]) -> Session:
        """Rebuild a session from to_json output of any version events.READS names; stops quietly where the
        scenario (or the log) no longer fits."""
        persona = data.get("persona")
        if not isinstance(persona, str) or persona not in scenario.personas:
            persona = next(iter(scenario.personas))
        version = data.get("version", 0)
        if version not in events.READS:
            raise events.SavedFormatError(f"a session saved in format version {version!r}; this rehearse reads "
                                          f"versions {', '.join(map(str, events.READS))}")
        s = cls(scenario, persona, int(data.get("seed", 0)), data.get("name"))
        rows = [r if not isinstance(r, dict) or "v" in r else {**r, "v": version} for r in data.get("events", [])]
        log, _ = events.read_log(rows)
        s.replay(ev for ev in log if not isinstance(ev, events.Rewound))
        return s

    def replay(self, log: Iterable[Reply]) -> int:
        """Apply saved turns in order; returns how many applied before one no longer fitted the scenario."""
        applied = 0
        for ev in log:
            if self.finished or ev.node != self.state.node:
                break
            if isinstance(ev, Typed) and ev.choice is None:
                self.events.append(ev)
                if ev.offered is None:  # an offer took nothing and said nothing; otherwise it was not understood
                    self._unheard(ev.text, not ev.aside)
            else:
                choice = next((c for c in self._open if c.index == ev.choice), None)
                # An edited scenario may have reordered its choices: the same index must still say the same thing.
                if choice is None or ev.said not in (None, _said(choice)):
                    break
                self.events.append(ev)
                typed = ev.text if isinstance(ev, Typed) else ev.typed
                self._take(choice, typed, ev.score if isinstance(ev, Typed) else 1.0)
            applied += 1
        return applied

    # -- internals -----------------------------------------------------------
    def _render(self, text: str) -> str:
        try:
            return render(text, self.context())
        except ExprError as exc:
            raise RunnerError(str(exc)) from None

    def _fits(self, personas, cond) -> bool:
        if personas is not None and self.state.persona not in personas:
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
                    self.state.transcript.append(Line("app", text, node.id, v.red_flag))
                return

    def _enter(self, node_id: str) -> None:
        st = self.state
        for _ in range(MAX_HOPS):
            node = self.scenario.nodes[node_id]
            st.node = node_id
            # The draw depends only on the seed and the place, so a replay or a rewind meets the same changes.
            shift = shift_at(self.scenario, st.persona, st.seed, node_id) if self.scenario.shifts else None
            if shift is not None:
                st.shifts.append(ShiftMet(len(st.decisions), node_id, shift.frm, shift.to, shift.note))
                st.persona = shift.to
            self._say_line(node)
            if node.ending:
                st.open = ()
                return
            if node.choices:
                st.open = tuple(i for i, c in enumerate(node.choices) if self._fits(None, c.cond))
                if not st.open:
                    raise RunnerError(f"every choice at '{node.id}' is hidden by its condition")
                return
            node_id = self._target(node.targets, node.id)
        raise RunnerError(f"more than {MAX_HOPS} gotos without a choice: is there a loop near '{node_id}'?")

    def _unheard(self, text: str, in_scene: bool) -> None:
        self.transcript.append(Line("user", text, self.node.id, typed=True, unheard=True))
        self.state.turn_start = len(self.transcript)
        # Only an author's line is spoken in the scene; otherwise the host says it in the app's own voice.
        prompt = self.node.say_more or self.scenario.say_more
        if prompt and in_scene:
            self.transcript.append(Line("app", self._render(prompt), self.node.id, say_more=True))

    def _take(self, choice: Choice, typed: str | None, score: float) -> None:
        st = self.state
        node = self.scenario.nodes[st.node]
        variables = st.vars
        for var, val in choice.effects:
            cur = variables.get(var)
            if isinstance(val, (int, float)) and not isinstance(val, bool) and isinstance(cur, (int, float)):
                variables[var] = cur + val
            else:
                variables[var] = val
        text = typed if typed is not None else self._render(choice.text)
        heard_as = self._render(choice.text) if typed is not None else None
        st.turn_start = len(st.transcript)
        st.transcript.append(Line("user", text, node.id, typed=typed is not None, heard_as=heard_as))
        st.decisions.append(Decision(node.id, tuple(node.choices[i].index for i in st.open), choice.index, typed, score,
                                     dict(variables), len(st.transcript) - 1))
        self._enter(self._target(choice.targets, node.id))
        st.turn_start += 1  # the turn shows what the app said after the user's line


_REMAINING: dict[tuple[int, str | None], tuple[Scenario, dict]] = {}


def _remaining(scenario: Scenario, outcome: str | None) -> dict:
    """Fewest decisions from each node to an ending (of this outcome, if given), cached per scenario object."""
    hit = _REMAINING.get((id(scenario), outcome))
    if hit and hit[0] is scenario:
        return hit[1]
    back: dict[str, list[tuple[str, int]]] = {}  # 0/1 weights: a goto costs nothing, a decision costs one
    for n in scenario.nodes.values():
        for t in n.targets:
            back.setdefault(t.node, []).append((n.id, 0))
        for c in n.choices:
            for t in c.targets:
                back.setdefault(t.node, []).append((n.id, 1))
    goals = [n.id for n in scenario.nodes.values() if n.ending and outcome in (None, n.ending.outcome)]
    dist = fewest_steps(back, goals)
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
