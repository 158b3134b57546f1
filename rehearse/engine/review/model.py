"""The report model: everything a report says about one session, computed once and rendered by every surface."""

from __future__ import annotations

from dataclasses import dataclass, field

from rehearse.engine.load.guidance import Guidance, Source
from rehearse.engine.play.variety import ShiftMet

OUTCOME_RANK = {"poor": 0, "mixed": 1, "good": 2}
COUNT_WORDS = {1: "once", 2: "twice", 3: "three times", 4: "four times", 5: "five times"}


def times(n: int) -> str:
    """'once', 'twice', ... for a count of occurrences."""
    return COUNT_WORDS.get(n, f"{n} times")


def decision_list(numbers) -> str:
    """'decision 3' or 'decisions 3 and 6' or 'decisions 2, 4 and 7'."""
    ns = [str(n) for n in numbers]
    if len(ns) == 1:
        return f"decision {ns[0]}"
    return f"decisions {', '.join(ns[:-1])} and {ns[-1]}"


@dataclass(frozen=True)
class Credit:
    """A skill the person showed at one decision, and how the report knows: the option chosen, the option a typed
    reply was heard as, or a detector that found it in the typed words."""

    guidance: Guidance
    decision: int
    how: str  # "choice", "heard" or the detector's label ("named a specific moment")


@dataclass(frozen=True)
class Slip:
    """One missed chance at one decision: the scenario's note for that reply and an open option that showed it."""

    guidance: Guidance
    decision: int
    said: str
    note: str = ""
    better: str = ""


@dataclass(frozen=True)
class Lapse:
    """Every time one piece of guidance was missed, grouped; put right at a later decision, or not."""

    guidance: Guidance
    slips: tuple[Slip, ...]
    put_right: int | None = None

    @property
    def decisions(self) -> tuple[int, ...]:
        """The decisions where it was missed, in order."""
        return tuple(s.decision for s in self.slips)

    @property
    def summary(self) -> str:
        """'twice: decisions 3 and 6', or 'decision 4' for a single slip."""
        ds = decision_list(self.decisions)
        return ds if len(self.slips) == 1 else f"{times(len(self.slips))}: {ds}"


@dataclass(frozen=True)
class FlagMet:
    """A red-flag line the person met: its kind and grade, and what they did next."""

    kind: str
    grade: str  # style, warning or breach
    line: str
    decision: int  # the decision that answered it (one past the last when nothing did)
    named: bool  # the reply named it (showed the guidance on noticing a defensive response)
    held: bool | None  # the reply kept to the point (showed a skill, missed nothing); None if unanswered
    reply: str = ""


@dataclass(frozen=True)
class Step:
    """One decision, in order: the line it answered, the person's words, how the other side took it, the note."""

    number: int
    prompt: str
    said: str
    typed: bool
    heard_as: str
    reply: str
    reply_flag: str  # "" or "<grade>: <kind>" for the other side's reply
    note: str
    shown: tuple[Credit, ...]
    missed: tuple[Slip, ...]
    unproven: tuple[Guidance, ...] = ()  # a typed reply heard as an option that shows these; the words did not
    strategies: tuple[str, ...] = ()
    turning: str = ""  # why this decision was a turning point, or ""
    thinking: str = ""  # what the other side might have been thinking as they replied (the author's line), or ""


@dataclass(frozen=True)
class NextStep:
    """One thing to practise next, with the reason it was chosen."""

    guidance: Guidance
    reason: str


@dataclass(frozen=True)
class Series:
    """One line on a chart: a value per point (0 is before the first decision)."""

    name: str
    glyph: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """A chart with a fixed scale and labelled axes; what it measures is documented in docs/FORMAT.md."""

    title: str
    lo: float
    hi: float
    ticks: tuple[tuple[float, str], ...]  # labelled values on the vertical axis, top first
    series: tuple[Series, ...]
    x_label: str = "decision (0 = before your first reply)"
    caption: str = ""
    rows: int = 5  # text rows between lo and hi, both included


@dataclass(frozen=True)
class RuptureEvent:
    """One rupture marker in the client's words, the trainee's response and the client's next move."""

    decision: int  # the decision that answered it (one past the last when the session ended on it)
    marker: str
    kind: str  # withdrawal or confrontation
    line: str
    response: str  # the trainee's words ("" when the session ended on the marker)
    strategies: tuple[str, ...]
    next_line: str
    next_marker: str  # "" when the client's next move showed no marker


@dataclass(frozen=True)
class RuptureDebrief:
    """A trainee's debrief in the terms of the Rupture Resolution Rating System."""

    events: tuple[RuptureEvent, ...]
    resolution: int  # 1 (not resolved) .. 5 (resolved)
    resolution_words: str
    question: str

    @property
    def markers(self) -> tuple[str, ...]:
        """Each marker met, once, in order."""
        return tuple(dict.fromkeys(f"{e.kind}: {e.marker}" for e in self.events))

    @property
    def strategies(self) -> tuple[str, ...]:
        """Each resolution strategy used in answer to a marker, once, in order."""
        return tuple(dict.fromkeys(s for e in self.events for s in e.strategies))


@dataclass(frozen=True)
class CardLine:
    """A line for the client's card: their own words when they said it well, else one to try."""

    label: str
    text: str
    yours: bool


@dataclass(frozen=True)
class Card:
    """A one-page card to take into the real session."""

    lines: tuple[CardLine, ...]
    reactions: tuple[tuple[str, str], ...]  # (what the therapist did, what worked or what to try)
    after: tuple[str, ...]
    check: tuple[str, ...]


@dataclass(frozen=True)
class WhatIf:
    """For one decision: what was said, and the first line each other option would have drawn."""

    decision: int
    said: str
    options: tuple[tuple[str, str], ...]  # (option text, first line back; "" when it went straight to an ending)


@dataclass
class Feedback:
    """Everything the report shows, for every surface: the app, plain mode, Markdown, HTML and JSON."""

    scenario_id: str
    title: str
    persona: str
    user_role: str
    app_name: str
    outcome: str | None
    ending_label: str | None
    finished: bool
    decisions: int = 0
    steps: list[Step] = field(default_factory=list)
    followed: list[Credit] = field(default_factory=list)  # each skill once, where first shown
    lapses: list[Lapse] = field(default_factory=list)
    red_flags: list[FlagMet] = field(default_factory=list)
    turning_points: list[Step] = field(default_factory=list)
    next_step: NextStep | None = None
    charts: list[Chart] = field(default_factory=list)
    held: str = ""  # clients: how they held their point under pressure, in words
    rupture: RuptureDebrief | None = None
    card: Card | None = None
    what_ifs: list[WhatIf] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    flag_guidance: Guidance | None = None
    flag_sources: dict[str, Guidance] = field(default_factory=dict)  # red-flag kind -> the item that says it is one
    shifts: list[ShiftMet] = field(default_factory=list)  # changes of the other side's manner met in this run

    @property
    def breaches(self) -> list[FlagMet]:
        """Red flags graded as ethical breaches."""
        return [r for r in self.red_flags if r.grade == "breach"]
