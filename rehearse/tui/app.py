"""The Textual app: builds the context, routes between screens, and owns the app-wide keys and commands."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from rehearse.tui import messages
from rehearse.tui.context import AppContext, typing_from_env
from rehearse.wording import when
from rehearse.tui.screens.picker import PickerScreen
from rehearse.tui.screens.welcome import WelcomeScreen
from rehearse.tui.text import join, literal


@dataclass(frozen=True)
class StartAt:
    """Where the command line asked to open: a scenario's first turn, a saved session, or the library."""

    scenario: str | None = None
    persona: str | None = None
    seed: int | None = None  # for the opening scenario only; later "surprise me" picks draw afresh
    name: str | None = None
    resume: str | None = None
    drill: str | None = None  # the Drills screen: "" for the list, else a drill to start



class RehearseApp(App[None]):
    """rehearse: pick a conversation, rehearse it, read the feedback."""

    CSS_PATH = "rehearse.tcss"
    TITLE = "rehearse"
    SUB_TITLE = "a rehearsal, not therapy"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Crisis lines", tooltip="Help and crisis lines", priority=True)]

    def __init__(self, ctx: AppContext, start: StartAt = StartAt()) -> None:
        super().__init__()
        self.ctx = ctx
        self.start_at = start

    def get_default_screen(self) -> Screen:
        # The library is the bottom of the stack: built as the app's own first screen rather than pushed over an
        # empty default one, which would be composed, styled and resumed for nothing.
        return PickerScreen(self.ctx)

    def on_unmount(self) -> None:
        """The app is closing: its sessions are free to be resumed elsewhere."""
        if self.ctx.store is not None:
            self.ctx.store.release()

    def on_mount(self) -> None:
        if self.ctx.welcome_seen():
            self._opening()
        else:
            self.push_screen(WelcomeScreen(self.ctx.saving), lambda _: self._opening())

    def _opening(self) -> None:
        """After the welcome: straight to what the command line asked for, or offer an unfinished session."""
        if not self.ctx.welcome_seen():
            self.ctx.mark_welcome_seen()
        st = self.start_at
        if st.drill is not None:
            self.action_drills(st.drill or None)
        elif st.resume:
            rec, note = self.ctx.reopen(st.resume)
            if rec is None:
                self.notify(note, severity="error")
            else:
                self.post_message(messages.Play(rec, note))
        elif st.scenario:
            try:
                self.post_message(messages.Play(self.ctx.new_recorder(st.scenario, st.persona, st.name, st.seed)))
            except ValueError as exc:
                self.notify(str(exc), severity="error", timeout=10)
                self.post_message(messages.Begin(st.scenario, name=st.name))
        elif (row := self.ctx.unfinished()) is not None:
            from rehearse.tui.screens.dialogs import ConfirmDialog  # dialogs are imported when first shown

            body = join("You have an unfinished rehearsal: ", literal(row.title, "bold"), " (",
                        literal(row.persona), f"), last played {when(row.updated)}.\n"
                        "Carry on where you left off? It stays in History either way.")
            self.push_screen(ConfirmDialog("Carry on?", body, "Carry on", "Not now"),
                             lambda yes: self._resume(row.id) if yes else None)

    def _resume(self, sid: str) -> None:
        rec, note = self.ctx.reopen(sid)
        if rec is None:
            self.notify(note, severity="error")
        else:
            self.post_message(messages.Play(rec, note))

    # -- routing ------------------------------------------------------------
    def _above_library(self, screen: Screen) -> None:
        """Show a screen directly above the library, closing whatever was between."""
        while len(self.screen_stack) > 1 and not isinstance(self.screen, PickerScreen):
            self.pop_screen()
        self.push_screen(screen)

    def on_begin(self, msg: messages.Begin) -> None:
        """Ask for persona and name, then play."""
        from rehearse.tui.screens.dialogs import StartChoice, StartDialog

        if isinstance(self.screen, StartDialog):
            return  # a second Enter that reached the library before the dialog opened
        entry = self.ctx.entry(msg.scenario)
        if entry is None:
            self.notify(f"No scenario called {msg.scenario!r} in the library.", severity="error")
            return

        def chosen(choice: StartChoice | None) -> None:
            if choice is not None:
                rec = self.ctx.new_recorder(msg.scenario, choice.persona, choice.name)
                self.post_message(messages.Play(rec))

        self.push_screen(StartDialog(entry.title, entry.personas, msg.exclude, msg.name), chosen)

    def on_play(self, msg: messages.Play) -> None:
        """The conversation screen for a recorder."""
        from rehearse.tui.screens.conversation import ConversationScreen  # imported when first needed: faster start-up

        self._above_library(ConversationScreen(msg.recorder, self.ctx, msg.note))

    def on_show_report(self, msg: messages.ShowReport) -> None:
        """The report; rereading from history keeps history underneath."""
        from rehearse.tui.screens.report import ReportScreen

        screen = ReportScreen(msg.recorder, self.ctx, review=msg.review)
        if msg.review:
            self.push_screen(screen)
        else:
            self._above_library(screen)

    def on_show_history(self, msg: messages.ShowHistory) -> None:
        """Past attempts."""
        from rehearse.tui.screens.history import HistoryScreen

        self.push_screen(HistoryScreen(self.ctx, msg.scenario))

    # -- app-wide keys and commands ----------------------------------------
    async def on_event(self, event: events.Event) -> None:
        # Keys are queued per widget once forwarded, so a screen that moves focus mid-burst (typing on an
        # option starts a reply) must redirect here, in arrival order, or the keys already queued are lost.
        redirect = getattr(self.screen, "redirect_key", None) if isinstance(event, (events.Key, events.Paste)) else None
        target = redirect(event) if redirect is not None else None
        if target is not None:
            target._forward_event(event)  # what App itself does with a key for the focused widget
            return
        await super().on_event(event)

    def action_help(self) -> None:
        """Crisis lines and keys, from anywhere; F1 again closes them."""
        from rehearse.tui.screens.dialogs import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
        else:
            self.push_screen(HelpScreen())

    def action_drills(self, drill: str | None = None) -> None:
        """Deliberate-practice drills, over the library."""
        from rehearse.tui.screens.drills import DrillsScreen

        self.push_screen(DrillsScreen(self.ctx, drill))

    def action_toggle_dark(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Help and crisis lines", "Who to contact if you need a person now (F1)", self.action_help)
        yield SystemCommand("History", "Past attempts: reread or carry on",
                            lambda: self.post_message(messages.ShowHistory()))
        yield SystemCommand("Drills", "Practise one hard moment again and again, with feedback", self.action_drills)
        yield SystemCommand("Light or dark", "Switch between the light and dark theme", self.action_toggle_dark)
        # The current screen's own keys, so everything in the footer can also be found by name.
        for b in getattr(screen, "BINDINGS", ()):
            if (isinstance(b, Binding) and b.description and not b.action.startswith("choose")
                    and screen.check_action(b.action.split("(")[0], ()) is not False):
                yield SystemCommand(b.tooltip or b.description, f"Key: {b.key_display or b.key}",
                                    partial(screen.run_action, b.action))
        for cmd in super().get_system_commands(screen):
            # A screenshot would write the transcript (health data) to a shared folder; leave it out.
            if cmd.title != "Screenshot":
                yield cmd


def make_app(save: bool = True, scenario: str | None = None, persona: str | None = None, seed: int | None = None,
             name: str | None = None, resume: str | None = None, *, typing: float | None = None,
             drill: str | None = None) -> RehearseApp:
    """The app as the CLI and the tests build it; `save=False` keeps nothing on disk."""
    from rehearse.locations import data_dir
    from rehearse.store.db import open_store

    ctx = AppContext(store=open_store() if save else None, data_dir=data_dir(),
                     typing=typing_from_env() if typing is None else typing)
    return RehearseApp(ctx, StartAt(scenario, persona, seed, name, resume, drill))
