"""Every message the widgets post up to their screens, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class Chosen(Message):
    """The user picked the open option with this 1-based number."""

    number: int


@dataclass
class Typed(Message):
    """The user submitted a reply in their own words."""

    text: str
