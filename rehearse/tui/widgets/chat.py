"""The chat transcript: one bubble per line, and a scroll that only follows when the reader is at the bottom."""

from __future__ import annotations

from textual.containers import HorizontalGroup, VerticalScroll
from textual.geometry import Offset
from textual.widget import AwaitMount
from textual.widgets import Static

from rehearse.engine.play.runner import Line
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
    """A user's bubble, held to the right (the other side's bubbles sit on the left by themselves)."""

    DEFAULT_CSS = """
    Row { height: auto; align-horizontal: right; }
    """

    def __init__(self, line: Line, speaker: str) -> None:
        super().__init__(Bubble(line, speaker))


def line_widget(line: Line, speaker: str) -> Bubble | Row:
    """The widget for one line of the transcript."""
    # A row only where it is needed to push a bubble right: each widget costs its styling, mounting, layout
    # and drawing in the frame that shows a new line.
    return Row(line, speaker) if line.speaker == "user" else Bubble(line, speaker)


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

    def on_mount(self) -> None:
        # Anchored, the layout itself keeps the newest line in view, in the frame that shows it rather than
        # a frame or two later, until the reader scrolls up; scrolling back to the bottom anchors it again.
        self.anchor()

    @property
    def scroll_offset(self) -> Offset:
        """The scroll position as drawn, never above the top."""
        # Anchored, Textual 8.2.8 scrolls lines shorter than the view to a negative offset, which would push
        # them to the bottom edge (textual#6652): they start at the top, as before.
        return super().scroll_offset.clamped

    def watch_has_focus(self, _has_focus: bool) -> None:
        # Textual restyles a widget and everything in it when its focus changes: here every bubble, twice a
        # reply while the other side is "typing". No rule styles a bubble by the transcript's focus.
        self.app.stylesheet.update_nodes([self], animate=True)

    @property
    def at_bottom(self) -> bool:
        """True when the newest line is in view (or there is nothing to scroll)."""
        return self.max_scroll_y == 0 or self.scroll_y >= self.max_scroll_y - 1

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self.following = self.at_bottom

    def on_resize(self) -> None:
        # When the view changes height (options, hints, the terminal), the anchored layout scrolls by the old
        # height and corrects itself a layout later without redrawing the scrollbar: so go to the end now.
        if self.following:
            self.scroll_end(animate=False, immediate=True)
            if self.show_vertical_scrollbar:
                self.vertical_scrollbar.refresh()

    def _stop_typing(self) -> None:
        # The indicator is only ever the last child: no need to match a selector against every bubble.
        if self.children and isinstance(self.children[-1], TypingIndicator):
            self.children[-1].remove()

    def add_lines(self, lines) -> AwaitMount:
        """Append bubbles for these lines."""
        self._stop_typing()
        return self.mount_all([line_widget(ln, self.names[ln.speaker]) for ln in lines])

    def show_typing(self) -> None:
        """Show that the simulated side is writing."""
        self._stop_typing()
        self.mount(TypingIndicator(self.names["app"]))

    async def replace_lines(self, lines) -> None:
        """Show exactly these lines (after a rewind or on resume) and jump to the newest."""
        await self.remove_children()
        await self.mount_all([line_widget(ln, self.names[ln.speaker]) for ln in lines])
        self.anchor()

    def bubbles(self) -> list[Bubble]:
        """The bubbles shown now."""
        return list(self.query(Bubble))
