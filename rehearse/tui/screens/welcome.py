"""The first-run screen: what rehearse is, what it is not, and a content note."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from rehearse.tui.text import join
from rehearse.tui.widgets.footer import Footer
from rehearse.tui.widgets.titlebar import TitleBar

WHAT_IT_IS = ("rehearse lets you practise a hard conversation in therapy before you have it for real: saying you "
              "don't feel heard, disagreeing, asking about boundaries, or an ending. The other side is a script "
              "that answers in one of several styles; you reply by picking an option or in your own words, and "
              "at the end you get feedback that cites the published guidance it comes from.")
WHAT_IT_IS_NOT = ("It is a rehearsal, not therapy, and not a crisis service: nobody reads what you type. "
                  "If you are in danger or thinking about harming yourself, please contact a person now. ")
ANYWHERE = ("F1 shows crisis lines at any time: in the US call or text 988 (or 911); in the UK call "
            "Samaritans on 116 123, NHS 111 or 999; elsewhere 112, or findahelpline.com.")


def where_to_turn() -> str:
    """The crisis line for the user's region (REHEARSE_REGION or the locale), else the short international note."""
    from rehearse.helplines import INTERNATIONAL, places_for

    mine = [p for p in places_for() if p.region and p.region != INTERNATIONAL and p.lines]
    if not mine:
        return ANYWHERE
    place = mine[0]
    first = place.lines[0]
    emergency = f" (emergency: {place.emergency})" if place.emergency else ""
    the = "the " if place.place.startswith(("United", "Netherlands", "Philippines")) else ""
    return (f"F1 shows crisis lines at any time. In {the}{place.place}{emergency}: {first.name}, {first.how()}; "
            "elsewhere, findahelpline.com.")
CONTENT_NOTE = ("Content note: the scenarios touch on feeling dismissed, criticised or rejected by a therapist, "
                "and each one lists its own notes before you start. You can pause, rewind or stop at any time.")


class WelcomeScreen(Screen[None]):
    """Shown on first run; dismissed with Continue."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "go", "Continue", show=False)]

    def __init__(self, saving: bool) -> None:
        super().__init__()
        self.saving = saving

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with VerticalScroll(id="welcome"):
            yield Static(Content("Welcome to rehearse"), classes="title")
            yield Static(Content(WHAT_IT_IS))
            yield Static(Content(WHAT_IT_IS_NOT + where_to_turn()), classes="safety")
            yield Static(Content(CONTENT_NOTE), classes="muted")
            yield Static(join("Your sessions are saved on this computer only, readable by you. ",
                              ("rehearse forget", "bold"), " deletes them all; History deletes one.") if self.saving
                         else Content("Incognito: nothing from this run is kept."), classes="muted")
        # Outside the scroll, so focusing it never scrolls the opening paragraph out of view.
        with Center(id="welcome-go"):
            yield Button("Continue", id="go", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#go").focus()

    @on(Button.Pressed, "#go")
    def action_go(self) -> None:
        """Leave the welcome."""
        self.dismiss(None)
