"""Modal dialogs; each returns its answer through dismiss()."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalGroup, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from rehearse.engine.safety import NOT_THERAPY
from rehearse.tui.filters import ROLES, Filters
from rehearse.tui.text import join, literal, resources_content

SURPRISE = "__surprise__"


class HelpScreen(ModalScreen[None]):
    """Crisis lines and the keys, available from every screen with F1."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help"):
            yield Static(Content("If you need someone now"), classes="title")
            yield Static(Content("If you are in danger or thinking about harming yourself, please contact a "
                                 "person now. These lines are free and confidential:"))
            yield Static(resources_content(), id="resources", classes="resources")
            yield Static(Content("Somewhere else? Set REHEARSE_REGION to your country's two-letter code (for example "
                                 "REHEARSE_REGION=AU); `rehearse help-lines` lists every line."), classes="muted")
            yield Static(Content(NOT_THERAPY), classes="muted")
            yield Static(Content("Keys: 1\u20139 pick an option \u00b7 Tab moves between options and the text box "
                                 "\u00b7 Ctrl+Z takes back your last reply \u00b7 Ctrl+R rewinds to any earlier "
                                 "decision \u00b7 Ctrl+G names what could help now \u00b7 Ctrl+P all commands "
                                 "\u00b7 Ctrl+Q quits (your session is kept)."), classes="muted")
            with HorizontalGroup(classes="buttons"):
                yield Button("Close", id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#close").focus()

    @on(Button.Pressed, "#close")
    def _close(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """A question with two answers."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "no", "Cancel")]

    def __init__(self, title: str, body: Content, yes: str, no: str) -> None:
        super().__init__()
        self.title_text, self.body, self.yes, self.no = title, body, yes, no

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(literal(self.title_text), classes="title")
            yield Static(self.body, markup=False)
            with HorizontalGroup(classes="buttons"):
                yield Button(self.yes, id="yes", variant="primary")
                yield Button(self.no, id="no")

    def on_mount(self) -> None:
        self.query_one("#yes").focus()

    @on(Button.Pressed)
    def _answer(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_no(self) -> None:
        """Escape means no."""
        self.dismiss(False)


class CrisisDialog(ModalScreen[bool]):
    """Pauses the scene when typed words sound like a crisis; True to return to the rehearsal."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back to the rehearsal")]

    def __init__(self, tier: int) -> None:
        super().__init__()
        self.tier = tier

    def compose(self) -> ComposeResult:
        if self.tier == 1:
            opening = ("Let's pause the rehearsal. What you wrote sounds like you might be going through "
                       "something really hard right now.")
        else:
            opening = "Let's pause for a moment. That sounded heavy, and it matters more than the rehearsal."
        with VerticalScroll(classes="dialog", id="crisis"):
            yield Static(Content("Pausing the rehearsal"), classes="title")
            yield Static(Content(opening))
            yield Static(Content("You deserve support from a person. These lines are free and confidential:"))
            yield Static(resources_content(), classes="resources")
            yield Static(Content("What you wrote was not sent into the role-play. " + NOT_THERAPY), classes="muted")
            with HorizontalGroup(classes="buttons"):
                yield Button("Return to the rehearsal", id="resume", variant="primary")
                yield Button("Leave the rehearsal", id="leave")

    def on_mount(self) -> None:
        self.query_one("#resume").focus()

    @on(Button.Pressed)
    def _answer(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "resume")

    def action_back(self) -> None:
        """Escape returns to the rehearsal."""
        self.dismiss(True)


@dataclass(frozen=True)
class StartChoice:
    """Who to talk to (None: surprise me) and the name the other side should use."""

    persona: str | None
    name: str | None


class StartDialog(ModalScreen[StartChoice | None]):
    """Choose a persona or "surprise me", and optionally a name, before starting."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, personas: dict[str, str], current: str | None = None, name: str | None = None):
        super().__init__()
        self.scenario_title = title
        self.personas = personas
        # When replaying: the persona just played is left out (unless it is the only one).
        self.current = current if current and len(personas) > 1 else None
        self.picked: str | None = None
        self.preset_name = name

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="start"):
            yield Static(join(("Start: ", "bold"), literal(self.scenario_title)), classes="title", markup=False)
            yield Label(Content("Who will you be talking to?"))
            options = [] if self.current else [Option(join(("Surprise me", "bold"),
                                                           "  (one of the styles below, picked at random)"),
                                                      id=SURPRISE)]
            for name, desc in self.personas.items():
                if name == self.current:
                    continue
                options.append(Option(join(literal(name, "bold"), "  ", literal(desc)), id=name))
            yield OptionList(*options, id="personas")
            yield Label(Content("What should they call you? (optional)"))
            yield Input(value=self.preset_name or "", placeholder="leave empty to go without a name", max_length=40,
                        id="name")
            with HorizontalGroup(classes="buttons"):
                yield Button("Start", id="go", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        ol = self.query_one(OptionList)
        ol.highlighted = 0
        ol.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        # Enter picks a persona and moves to the name; Enter on the same persona again starts at once.
        if event.option.id == self.picked:
            self._go()
        else:
            self.picked = event.option.id
            self.set_focus(self.query_one("#name", Input))

    @on(Input.Submitted)
    @on(Button.Pressed, "#go")
    def _go(self) -> None:
        ol = self.query_one(OptionList)
        opt = ol.get_option_at_index(ol.highlighted or 0)
        persona = None if opt.id == SURPRISE else opt.id
        name = " ".join(self.query_one("#name", Input).value.split()) or None
        self.dismiss(StartChoice(persona, name))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Go back without starting."""
        self.dismiss(None)


class RewindDialog(ModalScreen[int | None]):
    """Pick an earlier decision to answer differently; returns its 0-based index."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, session, title: str = "Try a different answer") -> None:
        super().__init__()
        self.session = session
        self.heading = title

    def compose(self) -> ComposeResult:
        s = self.session
        with VerticalScroll(classes="dialog", id="rewind"):
            yield Static(Content(self.heading), classes="title")
            yield Label(Content("Go back to just before one of your replies:"))
            options = []
            for i, d in enumerate(s.decisions):
                said = s.transcript[d.line_index].text
                options.append(Option(join((f"{i + 1}. ", "bold"), "you said \u201c", literal(said), "\u201d"),
                                      id=str(i)))
            yield OptionList(*options, id="decisions")
            with HorizontalGroup(classes="buttons"):
                yield Button("Go back there", id="go", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        ol = self.query_one(OptionList)
        ol.highlighted = ol.option_count - 1  # the latest is the likeliest
        ol.focus()

    @on(OptionList.OptionSelected)
    @on(Button.Pressed, "#go")
    def _go(self) -> None:
        ol = self.query_one(OptionList)
        self.dismiss(ol.highlighted if ol.highlighted is not None else None)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Stay where you are."""
        self.dismiss(None)


class FilterDialog(ModalScreen[None]):
    """Narrow the library by role, type and difficulty; each change applies at once, behind the dialog."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Done")]

    def __init__(self, current: Filters, tags: list[str], levels: list[str], apply: Callable[[Filters], int],
                 total: int) -> None:
        super().__init__()
        self.current, self.tags, self.levels, self.apply, self.total = current, tags, levels, apply, total

    def compose(self) -> ComposeResult:
        f = self.current
        with VerticalScroll(classes="dialog", id="filter"):
            yield Static(Content("Filter the library"), classes="title")
            yield Label(Content("Who you play"))
            yield Select([(Content(label), value) for label, value in ROLES], prompt="Either role", id="role",
                         value=f.role if f.role else Select.NULL)
            yield Label(Content("Type of conversation"))
            yield Select([(literal(t.replace("-", " ")), t) for t in self.tags], prompt="Any type", id="type",
                         value=f.tag if f.tag in self.tags else Select.NULL)
            yield Label(Content("Difficulty"))
            yield Select([(literal(d), d) for d in self.levels], prompt="Any difficulty", id="difficulty",
                         value=f.level if f.level in self.levels else Select.NULL)
            yield Static(id="fit")
            with HorizontalGroup(classes="buttons"):
                yield Button("Done", id="done", variant="primary")
                yield Button("Clear filters", id="clear")

    def on_mount(self) -> None:
        self._show_fit(self.apply(self.current))
        self.query_one("#role", Select).focus()

    def _value(self, sel_id: str) -> str | None:
        v = self.query_one(f"#{sel_id}", Select).value
        return None if v is Select.NULL else str(v)

    def _show_fit(self, n: int) -> None:
        self.query_one("#fit", Static).update(Content(f"{n} of {self.total} scenarios fit."))

    @on(Select.Changed)
    def _changed(self) -> None:
        self.current = Filters(self._value("role"), self._value("type"), self._value("difficulty"))
        self._show_fit(self.apply(self.current))

    @on(Button.Pressed, "#clear")
    def _clear(self) -> None:
        for sel in self.query(Select):
            sel.clear()  # each posts Select.Changed, which applies the cleared filters

    @on(Button.Pressed, "#done")
    def action_close(self) -> None:
        """Back to the library, filtered."""
        self.dismiss(None)
