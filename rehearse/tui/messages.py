"""Every message the widgets post up to their screens, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # a name only: the engine is imported when a scenario is first played
    from rehearse.store.recorder import Recorder


@dataclass
class Chosen(Message):
    """The user picked the open option with this 1-based number."""

    number: int


@dataclass
class Meant(Message):
    """The user answered "did you mean": the offered option at this 1-based place, or 0 for none of these."""

    place: int


@dataclass
class Typed(Message):
    """The user submitted a reply in their own words."""

    text: str


@dataclass
class Begin(Message):
    """Ask for a persona and a name, then start this scenario (`exclude`: the persona just played)."""

    scenario: str
    exclude: str | None = None
    name: str | None = None
    seed: int | None = None  # the command line's --seed, for a "surprise me" persona


@dataclass
class Play(Message):
    """Show the conversation screen for this recorder, as the only screen above the library."""

    recorder: Recorder
    note: str = ""  # shown once, e.g. why a resumed session starts where it does


@dataclass
class ShowReport(Message):
    """Show the report for this recorder; `review` stacks it over the current screen instead of replacing."""

    recorder: Recorder
    review: bool = False


@dataclass
class ShowHistory(Message):
    """Show past attempts, of one scenario or all."""

    scenario: str | None = None
