"""The library's filters (role, conversation type, difficulty), shared by the picker and its filter dialog."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content

from rehearse.engine.load.library import Entry
from rehearse.tui.text import join, literal

ROLES = (("You play the client", "client"), ("You play the therapist", "therapist"))
DIFFICULTY_ORDER = ("gentle", "moderate", "challenging")


@dataclass(frozen=True)
class Filters:
    """What the library is narrowed to; None means any."""

    role: str | None = None
    tag: str | None = None
    level: str | None = None

    def fits(self, e: Entry) -> bool:
        """True when the entry passes every chosen filter."""
        return ((self.role is None or e.user_role == self.role) and (self.tag is None or self.tag in e.tags)
                and (self.level is None or e.difficulty == self.level))

    def describe(self) -> Content:
        """One line saying what is chosen, for the top of the library."""
        role = {v: k for k, v in ROLES}.get(self.role or "", "either role")
        tag = literal(self.tag.replace("-", " ")) if self.tag else Content("any type")
        level = literal(self.level) if self.level else Content("any difficulty")
        return join(("Filters: ", "bold"), (role, "bold" if self.role else ""), " \u00b7 ",
                    tag.stylize("bold") if self.tag else tag, " \u00b7 ",
                    level.stylize("bold") if self.level else level, ("   (f to change)", "dim"))
