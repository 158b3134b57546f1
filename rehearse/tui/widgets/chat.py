"""The chat transcript: one bubble per line, and a scroll that only follows when the reader is at the bottom."""

from __future__ import annotations

from textual.containers import HorizontalGroup, VerticalScroll
from textual.widgets import Static

from rehearse.engine.runner import Line
from rehearse.tui.text import join, literal


class Bubble(Static):
    """One line of the conversation; the two sides differ by side, border and label, not only by colour."""

    DEFAULT_CSS = """
    Bubble {
        width: auto;
        max-width: 85%;
        height: auto;
        padding: 0 1;
        margin: 0 1 1 1;
        border: round $primary;
        border-title-align: left;
    }
    Bubble.user {
        border: round $accent;
        border-title-align: right;
    }
    """

    def __init__(self, line: Line, speaker: str) -> None:
        super().__init__(self.body(line), classes=line.speaker, markup=False)
        self.line = line
        self.border_title = literal(speaker)

    @staticmethod
    def body(line: Line):
        """The bubble's text, with what a typed reply was heard as underneath it."""
        text = literal(line.text)
        if line.heard_as:
            return join(text, "\n", ("heard as: \u201c", "italic"), literal(line.heard_as, "italic"),
                        ("\u201d", "italic"))
        if line.unheard:
            return join(text, "\n", ("not matched to an option", "italic"))
        return text


class Row(HorizontalGroup):
    """One bubble on its side of the transcript: the simulated side on the left, the user on the right."""

    DEFAULT_CSS = """
    Row { height: auto; }
    Row.user { align-horizontal: right; }
    """

    def __init__(self, line: Line, speaker: str) -> None:
        super().__init__(Bubble(line, speaker), classes=line.speaker)


class TypingIndicator(Static):
    """Shown while the simulated side is "typing"."""

    DEFAULT_CSS = """
    TypingIndicator {
        width: auto;
        height: 1;
        margin: 0 2 1 2;
        color: $text-muted;
        text-style: italic;
    }
    """

    def __init__(self, speaker: str) -> None:
        super().__init__(join(literal(speaker), " is typing\u2026"), markup=False)


class Transcript(VerticalScroll, can_focus=True):
    """Bubbles in order; new ones scroll into view only if the reader has not scrolled up to reread."""

    DEFAULT_CSS = """
    Transcript {
        height: 1fr;
        padding: 1 0 0 0;
    }
    """

    def __init__(self, names: dict[str, str], **kw) -> None:
        super().__init__(**kw)
        self.names = names  # "app"/"user" -> display name
        self.following = True  # the reader is at the newest line; cleared when they scroll up

    @property
    def at_bottom(self) -> bool:
        """True when the newest line is in view (or there is nothing to scroll)."""
        return self.max_scroll_y == 0 or self.scroll_y >= self.max_scroll_y - 1

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self.following = self.at_bottom

    def on_resize(self) -> None:
        # Panels below (options, hints) come and go; a reader at the bottom stays there.
        self._follow(self.following)

    def _follow(self, follow: bool) -> None:
        if follow:
            # After the refresh, so the new bubble's height is known.
            self.call_after_refresh(self.scroll_end, animate=False)

    def add_lines(self, lines) -> None:
        """Append bubbles for these lines."""
        follow = self.following
        self.remove_children(TypingIndicator)
        self.mount_all([Row(ln, self.names[ln.speaker]) for ln in lines])
        self._follow(follow)

    def show_typing(self) -> None:
        """Show that the simulated side is writing."""
        follow = self.following
        self.remove_children(TypingIndicator)
        self.mount(TypingIndicator(self.names["app"]))
        self._follow(follow)

    async def replace_lines(self, lines) -> None:
        """Show exactly these lines (after a rewind or on resume) and jump to the newest."""
        await self.remove_children()
        await self.mount_all([Row(ln, self.names[ln.speaker]) for ln in lines])
        self._follow(True)

    def bubbles(self) -> list[Bubble]:
        """The bubbles shown now."""
        return list(self.query(Bubble))
