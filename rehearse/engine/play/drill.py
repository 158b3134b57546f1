"""Deliberate-practice drills: one moment of a scenario, played rep after rep, with feedback on each reply.

Deliberate practice means practising one specific skill again and again, with feedback, at a difficulty just beyond
what is comfortable (Tony Rousmaniere 2017, "Deliberate Practice for Psychotherapists: A Guide to Improving Clinical
Effectiveness", Routledge; Rousmaniere, Goodyear, Miller & Wampold (eds.) 2017, "The Cycle of Excellence: Using
Deliberate Practice to Improve Supervision and Training", Wiley). A drill here is one moment: the lines before it,
the other side's hard line at a chosen level, a typed reply, and feedback from the detectors and the hearing. After a
set of reps the user says how hard it felt (0-10); the bands that turn that into up, stay or down are rehearse's own
rule of thumb (RATING_BANDS), not a figure from those books.

Hosts drive a DrillSession: moment() for what to show, answer(text) for a reply (the safety check runs first: a
reply that needs help is never scored), rate(n) after a set, next_set(level) to go on. No host code lives here.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field

from rehearse.engine.expr import ExprError, render
from rehearse.engine.hearing import Matcher
from rehearse.engine.load.spec import DIFFICULTIES
from rehearse.engine.model import Choice, Drill, DrillLine, Scenario
from rehearse.engine.play.runner import Session
from rehearse.engine.play.state import Line
from rehearse.engine.safety import check_text

LEVELS = DIFFICULTIES  # gentle, moderate, challenging
SET_SIZE = 5  # reps in a set before asking how hard it felt
BEFORE = 4  # lines of the conversation shown before the hard line
RATING_BANDS = ((0, 3, "up"), (4, 7, "stay"), (8, 10, "down"))  # how hard it felt -> where to go next
_SEARCH_LIMIT = 4000  # sessions explored to find the way to a drill's moment


@dataclass(frozen=True)
class Moment:
    """What one rep shows: the lines before, the hard line at this level, and who says it."""

    drill: Drill
    level: str
    persona: str
    rep: int  # 1-based, within the set
    before: tuple[Line, ...]
    hard_line: str
    app_name: str
    user_name: str
    scene: str  # the scenario's summary: the setting, when no lines come before the moment


@dataclass(frozen=True)
class RepFeedback:
    """What a typed reply showed at the moment: the detectors' findings and what it was heard as."""

    text: str
    level: str
    persona: str
    skill: str
    showed_skill: bool
    detected: tuple[tuple[str, tuple[str, ...]], ...]  # (what the words did, the guidance ids that evidences)
    dismissive: bool
    outcome: str  # the hearing: "commit", "offer" or "none"
    heard_as: Choice | None  # the written reply the words were heard as (on "commit")
    close: tuple[Choice, ...]  # written replies the words were close to (on "offer")
    models: tuple[str, ...]  # written replies at this moment that show the skill
    good: tuple[str, ...]  # what good replies at this moment show (guidance ids)

    @property
    def shows(self) -> tuple[str, ...]:
        """Guidance the heard option shows."""
        return self.heard_as.shows if self.heard_as else ()

    @property
    def misses(self) -> tuple[str, ...]:
        """Guidance the heard option misses."""
        return self.heard_as.misses if self.heard_as else ()


@dataclass(frozen=True)
class Paused:
    """The reply carried words that need help first (safety tier 1 pauses, tier 2 checks in): nothing was scored."""

    tier: int
    category: str | None


@dataclass(frozen=True)
class Suggestion:
    """Where to go after a set: "up", "stay" or "down", the level that means, and why."""

    rating: int
    move: str
    level: str
    why: str


def suggest(rating: int, level: str) -> Suggestion:
    """Turn how hard a set felt (0-10) into going up, staying or going down a level."""
    if not 0 <= rating <= 10:
        raise ValueError("rate how hard it felt from 0 to 10")
    move = next(m for lo, hi, m in RATING_BANDS if lo <= rating <= hi)
    i = LEVELS.index(level)
    if move == "up" and i == len(LEVELS) - 1:
        return Suggestion(rating, "stay", level, "That felt easy at the hardest level: stay here and vary your "
                                                 "words, or try another drill.")
    if move == "down" and i == 0:
        return Suggestion(rating, "stay", level, "That felt hard even at the gentlest level: stay here, read the "
                                                 "written replies, and take a break if it stirred things up.")
    if move == "up":
        return Suggestion(rating, "up", LEVELS[i + 1], "That felt comfortable: practice works best just beyond "
                                                         "comfort, so go up a level.")
    if move == "down":
        return Suggestion(rating, "down", LEVELS[i - 1], "That felt too hard to learn from: go down a level until "
                                                           "it feels manageable.")
    return Suggestion(rating, "stay", level, "That is about the right stretch: stay at this level for another set.")


@dataclass
class DrillSession:
    """Reps of one drill: which moment to show next, feedback on each reply, and the rating after a set."""

    scenario: Scenario
    drill: Drill
    level: str = LEVELS[0]
    seed: int = 0
    set_size: int = SET_SIZE
    matcher: Matcher = field(default_factory=Matcher)
    reps: list[RepFeedback] = field(default_factory=list)  # this set's reps
    sets: int = 0  # sets finished
    _rng: random.Random = field(init=False, repr=False)
    _order: list[DrillLine] = field(init=False, repr=False, default_factory=list)
    _last: DrillLine | None = field(init=False, repr=False, default=None)
    _ways: dict = field(init=False, repr=False, default_factory=dict)  # persona -> the lines before the moment

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"unknown level '{self.level}'; choose from: {', '.join(LEVELS)}")
        if self.drill.node not in self.scenario.nodes:
            raise ValueError(f"drill '{self.drill.id}' is at a node this scenario does not have")
        self._rng = random.Random(self.seed)
        self._current: Moment | None = None

    @property
    def set_done(self) -> bool:
        """True when this set's reps are all taken: time to rate how hard it felt."""
        return len(self.reps) >= self.set_size

    def moment(self) -> Moment:
        """The moment of the rep waiting for a reply (the same one until it is answered)."""
        if self._current is None:
            line = self._next_line()
            persona = line.persona or next(iter(self.scenario.personas))
            before = self._way(persona)
            sc = self.scenario
            self._current = Moment(self.drill, self.level, persona, len(self.reps) + 1, before,
                                   self._render(line.text, persona), sc.app_name, sc.user_name, sc.summary)
        return self._current

    def answer(self, text: str) -> RepFeedback | Paused:
        """Feedback on one typed reply, after the safety check (which may pause instead: nothing is scored)."""
        if not text.strip():
            raise ValueError("type a reply")
        if self.set_done:
            raise ValueError("this set is done: rate it, then start the next")
        safety = check_text(text, self.scenario.user_role)
        if safety.tier:
            return Paused(safety.tier, safety.category)
        m = self.moment()
        fb = self._feedback(text, m)
        self.reps.append(fb)
        self._current = None
        return fb

    def skip(self) -> None:
        """Leave this rep's wording unanswered and show another (nothing is scored)."""
        self._current = None

    def rate(self, rating: int) -> Suggestion:
        """How hard the set felt (0-10) turned into a suggestion; the set counts as done."""
        s = suggest(rating, self.level)
        self.sets += 1
        return s

    def next_set(self, level: str | None = None) -> None:
        """Start a new set, at `level` (default: the same one)."""
        if level is not None:
            if level not in LEVELS:
                raise ValueError(f"unknown level '{level}'")
            if level != self.level:
                self._order = []
            self.level = level
        self.reps = []
        self._current = None

    # -- internals -----------------------------------------------------------------------------------------------
    def _next_line(self) -> DrillLine:
        """The next wording at this level: each in a shuffled turn, never the same one twice running."""
        if not self._order:
            pool = list(self.drill.lines(self.level))
            self._rng.shuffle(pool)
            if len(pool) > 1 and pool[0] == self._last:
                pool.append(pool.pop(0))
            self._order = pool
        line = self._order.pop(0)
        self._last = line
        return line

    def _render(self, text: str, persona: str) -> str:
        try:
            return render(text, {**self.scenario.variables, "name": "you", "persona": persona})
        except ExprError:
            return text

    def _way(self, persona: str) -> tuple[Line, ...]:
        """The last lines of the conversation on the way to the moment, for a persona."""
        if persona not in self._ways:
            self._ways[persona] = _find_way(self.scenario, self.drill.node, persona)
        return self._ways[persona]

    def _feedback(self, text: str, m: Moment) -> RepFeedback:
        from rehearse.engine.hearing.detectors import detect, dismissive

        # Heard against every reply written for the moment, whatever the scene's conditions would hide: a drill's
        # hard line is its own variation, and the question is only what the words showed.
        node = self.scenario.nodes[self.drill.node]
        choices = node.choices
        skill = self.drill.skill
        brushed_off = dismissive(text)
        found = () if brushed_off else tuple((d.label, d.guidance) for d in detect(text))
        h = self.matcher.hear(text, choices)
        heard = h.choice if h.outcome == "commit" else None
        close = h.candidates if h.outcome == "offer" else ()
        # Close to more than one written reply, but every one of them shows the skill: whichever was meant, it showed.
        heard_skill = (heard is not None and skill in heard.shows) or bool(close and all(skill in c.shows
                                                                                           for c in close))
        showed = not brushed_off and (any(skill in ids for _, ids in found) or heard_skill)
        good = tuple(dict.fromkeys(g for c in node.choices if not c.misses for g in c.shows))
        return RepFeedback(text, m.level, m.persona, skill, showed, found, brushed_off, h.outcome, heard, close,
                           tuple(c.text for c in node.choices if skill in c.shows), good)


def _find_way(sc: Scenario, target: str, persona: str) -> tuple[Line, ...]:
    """Play from the start to the node `target` by the fewest decisions (skilled replies tried first), and return
    the last lines said on the way; nothing when this persona never gets there."""
    from rehearse.engine.diagnostics import RunnerError

    if sc.shifts:
        import dataclasses

        # The lines before the moment are in the voice of the persona who says the hard line: no change of manner.
        sc = dataclasses.replace(sc, shifts=())
    try:
        first = Session(sc, persona)
    except RunnerError:
        return ()
    queue = deque([first])
    seen = {(first.state.node, tuple(sorted(first.vars.items(), key=str)))}
    explored = 0
    while queue and explored < _SEARCH_LIMIT:
        s = queue.popleft()
        explored += 1
        if s.state.node == target and not s.finished:
            lines = list(s.transcript)
            while lines and lines[-1].speaker == "app" and lines[-1].node == target:
                lines.pop()  # the moment's own line: the drill says its hard line instead
            return tuple(lines[-BEFORE:])
        if s.finished:
            continue
        node = sc.nodes[s.state.node]
        numbered = list(enumerate(s.state.open, start=1))
        numbered.sort(key=lambda p: (bool(node.choices[p[1]].misses), not node.choices[p[1]].shows))
        for number, _ in numbered:
            nxt = s.clone()
            try:
                nxt.choose(number)
            except RunnerError:
                continue
            key = (nxt.state.node, tuple(sorted(nxt.vars.items(), key=str)))
            if key not in seen:
                seen.add(key)
                queue.append(nxt)
    return ()


def library_drills(paths=None, guidance_ids=None) -> list[tuple[Scenario, Drill]]:
    """Every drill in the scenarios under `paths` (default: the bundled library) that load cleanly, with its
    scenario, in file order."""
    from rehearse.engine.load.library import limits_from_env, load_in_course, scenario_files

    out: list[tuple[Scenario, Drill]] = []
    limits = limits_from_env()
    for f in scenario_files(paths):
        sc, _ = load_in_course(f, guidance_ids, limits)  # a course folder's scenarios with its own tags
        if sc is not None:
            out += [(sc, d) for d in sc.drills]
    return out


def find_drill(ref: str, drills: list[tuple[Scenario, Drill]]) -> tuple[Scenario, Drill]:
    """The drill with this id (or `scenario:drill`); LookupError if there is none."""
    for sc, d in drills:
        if ref in (d.id, f"{sc.id}:{d.id}"):
            return sc, d
    raise LookupError(ref)


def describe(fb: RepFeedback, catalogue) -> list[str]:
    """The feedback on one rep as plain sentences, for any host: the skill first, then what the words did."""
    def title(gid: str) -> str:
        g = catalogue.get(gid) if catalogue is not None else None
        return g.title if g else gid

    def titles(ids) -> str:
        return "; ".join(title(g) for g in ids)

    skill = title(fb.skill)
    out = []
    if fb.dismissive:
        out.append("Those words brush the other side off, so they cannot show a skill here.")
    out.append(f"Showed the skill: {skill}." if fb.showed_skill else
               f"Not yet: the words did not show \u201c{skill}\u201d.")
    out += [f"Your words {label} ({titles(ids)})." for label, ids in fb.detected]
    if fb.heard_as is not None:
        out.append(f"Heard as the written reply \u201c{fb.heard_as.text}\u201d.")
        if fb.shows:
            out.append(f"  That reply shows: {titles(fb.shows)}.")
        if fb.misses:
            out.append(f"  It misses: {titles(fb.misses)}.")
        if fb.heard_as.note:
            out.append(f"  {fb.heard_as.note}")
    elif fb.close:
        out.append("Close to: " + " / ".join(f"\u201c{c.text}\u201d" for c in fb.close) + ".")
    else:
        out.append("Not close to any written reply here; your own words can still be right: judge them by the skill.")
    if fb.good:
        out.append(f"Good replies here show: {titles(fb.good)}.")
    g = catalogue.get(fb.skill) if catalogue is not None else None
    if not fb.showed_skill and g is not None:
        out.append(f"Try: {g.advice} ({g.cite()})")
    if fb.models:
        out.append(f"One way to say it: \u201c{fb.models[0]}\u201d")
    return out
