"""How far through a scenario the user is: a line of words and a bar drawn in text."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.widget import Widget


class Meter(Widget):
    """'Reply 3 of about 8' and a bar to the right edge (heavy where done, thin where not), in one widget."""

    # One widget rather than Textual's ProgressBar (three widgets, a gradient renderer) beside a Label: this line
    # changes with every reply, inside the frame that shows the reply.
    COMPONENT_CLASSES: ClassVar[set[str]] = {"meter--done", "meter--todo"}
    DEFAULT_CSS = """
    Meter {
        width: 1fr;
        height: 1;
        & > .meter--done { color: $primary; }
        & > .meter--todo { color: $foreground 20%; }
    }
    """

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.label = ""
        self.done = 0
        self.total = 0

    def show(self, label: str, done: int, total: int) -> None:
        """Set the words and the fraction done; redraws only if either changed."""
        if (label, done, total) != (self.label, self.done, self.total):
            self.label, self.done, self.total = label, done, total
            self.refresh()

    def render(self) -> Content:
        """The label, then the bar in the room left."""
        room = self.size.width - len(self.label) - 2
        if room < 4 or self.total <= 0:
            return Content(self.label)
        filled = min(room, round(room * self.done / self.total))
        return Content.assemble(
            self.label, "  ",
            ("\u2501" * filled, self.get_visual_style("meter--done")),
            ("\u2500" * (room - filled), self.get_visual_style("meter--todo")),
        )
