"""The immutable scenario model the loader builds and the runner trusts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Target:
    """One branch of a goto."""

    node: str
    personas: frozenset[str] | None = None
    cond: str | None = None


@dataclass(frozen=True, slots=True)
class Variant:
    """One wording of a simulated line."""

    text: str
    personas: frozenset[str] | None = None
    cond: str | None = None
    red_flag: str | None = None
    grade: str | None = None  # a red flag's grade: style, warning or breach
    marker: str | None = None  # a rupture marker the line shows (trainee scenarios)
    thinking: str | None = None  # what the speaker might be thinking, for the debrief


@dataclass(frozen=True, slots=True)
class Shift:
    """A chance that the other side's manner changes from one persona to another as one of some nodes is reached."""

    frm: str
    to: str
    at: frozenset[str]
    chance: float
    note: str = ""


@dataclass(frozen=True, slots=True)
class Choice:
    """A reply the user can give at a node."""

    index: int
    text: str
    targets: tuple[Target, ...]
    effects: tuple[tuple[str, object], ...] = ()
    shows: tuple[str, ...] = ()
    misses: tuple[str, ...] = ()
    note: str = ""
    examples: tuple[str, ...] = ()
    cond: str | None = None
    strategies: tuple[str, ...] = ()  # rupture resolution strategies the reply uses (trainee scenarios)


@dataclass(frozen=True, slots=True)
class Ending:
    """How a conversation finished."""

    outcome: str
    label: str


@dataclass(frozen=True, slots=True)
class Node:
    """One moment: the simulated side speaks, then the user chooses, or it moves on, or it ends."""

    id: str
    variants: tuple[Variant, ...]
    choices: tuple[Choice, ...] = ()
    targets: tuple[Target, ...] = ()
    ending: Ending | None = None
    say_more: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class DrillLine:
    """One wording of a drill's hard line, and the persona who says it (None: the scenario's first)."""

    text: str
    persona: str | None = None


@dataclass(frozen=True, slots=True)
class Drill:
    """One moment to practise: a node where the user replies, the skill, and the hard line at three levels."""

    id: str
    node: str
    skill: str
    levels: tuple[tuple[str, tuple[DrillLine, ...]], ...]  # (level, its wordings), gentle to challenging
    focus: str = ""
    line: int = 0

    def lines(self, level: str) -> tuple[DrillLine, ...]:
        """The wordings of the hard line at one level."""
        return dict(self.levels).get(level, ())


@dataclass(frozen=True)
class Scenario:
    """A whole checked scenario."""

    id: str
    title: str
    summary: str
    user_role: str
    speakers: dict
    tags: tuple[str, ...]
    difficulty: str
    content_notes: tuple[str, ...]
    minutes: int
    teaches: tuple[str, ...]
    personas: dict  # name -> description, in file order
    variables: dict  # name -> initial value
    start: str
    nodes: dict  # id -> Node
    say_more: str | None = None
    path: str = ""
    content_hash: str = ""
    include: tuple[str, ...] = field(default=())
    shifts: tuple[Shift, ...] = field(default=())
    drills: tuple[Drill, ...] = field(default=())

    @property
    def app_role(self) -> str:
        """The side the app plays."""
        return "therapist" if self.user_role == "client" else "client"

    @property
    def app_name(self) -> str:
        """The display name of the simulated side."""
        return self.speakers.get("app") or self.app_role.capitalize()

    @property
    def user_name(self) -> str:
        """The display name of the user."""
        return self.speakers.get("user") or "You"
