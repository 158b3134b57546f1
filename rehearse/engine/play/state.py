"""A session's state, everything that changes as a scenario is played, as one small value; and what a turn shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rehearse.engine.model import Ending
from rehearse.engine.play.events import Reply
from rehearse.engine.play.variety import ShiftMet


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


@dataclass
class Decision:
    """One decision taken: where, what was open, what was chosen, and the variables after it."""

    node: str
    open: tuple[int, ...]
    choice: int
    typed: str | None
    score: float
    after: dict[str, Any]
    line_index: int  # index in the transcript of the user's line


@dataclass
class State:
    """Everything about a session that changes as it is played (ink's StoryState); the scenario never changes.

    Plain values only (the node by id, the open choices by position), so a copy is cheap and a saved log rebuilds it.
    """

    persona: str
    seed: int
    name: str | None
    vars: dict[str, Any]
    node: str = ""  # where the session waits now
    open: tuple[int, ...] = ()  # positions in that node's choices of those open now
    transcript: list[Line] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    events: list[Reply] = field(default_factory=list)  # the turns taken, in order: replaying them rebuilds this
    turn_start: int = 0  # index in the transcript of the first line of the current turn
    began_as: str = ""  # the persona at the start; `persona` may change where the scenario allows (its shifts)
    shifts: list[ShiftMet] = field(default_factory=list)  # the changes of manner met so far

    def copy(self) -> State:
        """An independent copy: lines, decisions and events are immutable, so copying the lists is enough."""
        return State(self.persona, self.seed, self.name, dict(self.vars), self.node, self.open, list(self.transcript),
                     list(self.decisions), list(self.events), self.turn_start, self.began_as, list(self.shifts))
