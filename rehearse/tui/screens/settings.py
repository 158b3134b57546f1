"""Settings: the other side's typing pause and the theme, each applied at once and kept for the next run."""

from __future__ import annotations

import os
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalGroup, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, RadioButton, RadioSet, Static

from rehearse.tui.context import TYPING_CHOICES, AppContext

THEMES = (("textual-dark", "Dark"), ("textual-light", "Light"))


class SettingsDialog(ModalScreen[None]):
    """Choose the typing pause and the theme; each change applies at once."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Done")]

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx

    def compose(self) -> ComposeResult:
        typing = min(TYPING_CHOICES, key=lambda c: abs(c[0] - self.ctx.typing))[0]
        with VerticalScroll(classes="dialog", id="settings"):
            yield Static(Content("Settings"), classes="title")
            yield Label(Content("The other side's typing pause (any key skips it)"))
            with RadioSet(id="typing"):
                for value, label in TYPING_CHOICES:
                    yield RadioButton(label, value=value == typing)
            yield Label(Content("Theme"))
            with RadioSet(id="theme"):
                for name, label in THEMES:
                    yield RadioButton(label, value=name == self.app.theme)
            notes = []
            if os.environ.get("REHEARSE_TYPING", "").strip():
                notes.append("REHEARSE_TYPING is set: it decides the pause when rehearse starts.")
            notes.append("Kept for next time." if self.ctx.saving else "Incognito: kept for this run only.")
            yield Static(Content(" ".join(notes)), classes="muted")
            with HorizontalGroup(classes="buttons"):
                yield Button("Done", id="done", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#typing", RadioSet).focus()

    @on(RadioSet.Changed, "#typing")
    def _typing(self, event: RadioSet.Changed) -> None:
        self.ctx.remember(typing=TYPING_CHOICES[event.index][0])

    @on(RadioSet.Changed, "#theme")
    def _theme(self, event: RadioSet.Changed) -> None:
        self.app.theme = THEMES[event.index][0]
        self.ctx.remember(theme=self.app.theme)

    @on(Button.Pressed, "#done")
    def action_close(self) -> None:
        """Back to where you were."""
        self.dismiss(None)
