"""The key footer: the keys that work here, drawn as one line by one widget, redrawn only when they change."""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

_DIM = Style(dim=True)


class Key(NamedTuple):
    """One key on show: what to press, what it does, whether it works now, and its longer explanation."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str


class Footer(Widget, can_focus=False):
    """What Textual's Footer shows (the palette key at the right edge); click a key to press it."""

    # Textual's Footer is a widget per key (six of the library screen's fifteen widgets), each styled, laid out and
    # drawn in every frame, and rebuilt after every focus move. This draws the same line itself, and redraws only
    # when the keys on show, or the one under the mouse, change.
    PINNED: ClassVar[set[str]] = {"f1"}  # keys kept when the line is too narrow for all: F1 shows crisis lines
    COMPONENT_CLASSES: ClassVar[set[str]] = {"footer--key", "footer--description", "footer--hover", "footer--edge"}
    DEFAULT_CSS = """
    Footer {
        dock: bottom;
        height: 1;
        text-wrap: nowrap;
        text-overflow: clip;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        & > .footer--edge {
            color: $foreground 20%;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self.keys: tuple[Key, ...] = ()  # on the left, in binding order
        self.palette: Key | None = None  # the command palette's key, at the right edge
        self._hover: Key | None = None  # the key under the mouse
        self._spans: list[tuple[int, int, Key]] = []  # the cells each key drawn takes, as last drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._update()

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            # After the refresh: a screen's own state (what check_action reads) may still be changing.
            self.call_after_refresh(self._update)

    def _update(self) -> None:
        if not self.is_attached:  # its screen closed while the update waited
            return
        app = self.app
        active = self.screen.active_bindings
        keys: dict[str, Key] = {}  # by action: several keys for one action show once, as Textual's Footer does
        for _, b, enabled, tooltip in active.values():
            if b.show and b.action not in keys:
                keys[b.action] = Key(b.key, app.get_key_display(b), b.description, enabled, tooltip or "")
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _, b, enabled, tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette = Key(b.key, app.get_key_display(b), b.description, enabled, tooltip or b.tooltip or b.description)
        if (tuple(keys.values()), palette) != (self.keys, self.palette):
            self.keys, self.palette = tuple(keys.values()), palette
            self._hover, self.tooltip = None, None  # until the mouse moves, over whatever is drawn there now
            self.refresh()

    def render(self) -> Content:
        """Each key and what it does, as many as fit; the palette's key at the right edge if there is room."""
        key, desc = self.get_visual_style("footer--key"), self.get_visual_style("footer--description")
        hover, edge = self.get_visual_style("footer--hover"), self.get_visual_style("footer--edge")
        width = self.size.width
        shown = list(self.keys)
        # Too narrow for them all: whole keys go, from the end, but never a pinned one (the crisis-lines key).
        while sum(cell_len(k.display) + cell_len(k.description) + 3 for k in shown) > width:
            drop = next((k for k in reversed(shown) if k.key not in self.PINNED), None)
            if drop is None:
                break
            shown.remove(drop)
        parts: list = []
        spans: list[tuple[int, int, Key]] = []
        x = 0

        def add(k: Key, key_text: str, desc_text: str) -> None:
            nonlocal x
            on_key, on_desc = (hover, hover) if k == self._hover else (key, desc)
            if not k.enabled:  # shown, but it does nothing here now
                on_key, on_desc = on_key + _DIM, on_desc + _DIM
            parts.extend([(key_text, on_key), (desc_text, on_desc)])
            cells = cell_len(key_text) + cell_len(desc_text)
            spans.append((x, x + cells, k))
            x += cells

        for k in shown:
            add(k, f" {k.display} ", f"{k.description} ")
        if self.palette is not None:
            p = self.palette
            key_text, desc_text = p.display, f" {p.description} "  # compact, at the right edge
            room = width - x - 1 - cell_len(key_text) - cell_len(desc_text)
            if room >= 0:
                parts.append((" " * room + "\u258f", edge))
                x += room + 1
                add(p, key_text, desc_text)
        self._spans = spans
        return Content.assemble(*parts)

    def _at(self, x: int) -> Key | None:
        """The key drawn at cell x, if any."""
        return next((k for start, end, k in self._spans if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        at = self._at(event.x)
        if at != self._hover:
            self._hover = at
            self.tooltip = at.tooltip or None if at is not None else None
            self.refresh()

    def on_leave(self, _: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.tooltip = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        at = self._at(event.x)
        if at is None:
            return
        if at.enabled:
            self.app.simulate_key(at.key)
        else:
            self.app.bell()
