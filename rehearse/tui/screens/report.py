"""The report: feedback in sections, "what if" per decision, the transcript, and where to go next."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalGroup
from textual.screen import Screen
from textual.widgets import Button, Static, TabbedContent, TabPane

from rehearse.engine.review.feedback import build_feedback
from rehearse.store.recorder import Recorder
from rehearse.tui import messages
from rehearse.tui.context import AppContext
from rehearse.tui.screens.dialogs import RewindDialog
from rehearse.tui.text import join, literal
from rehearse.tui.widgets.chat import Transcript
from rehearse.tui.widgets.feedback import FeedbackView, WhatIfView
from rehearse.tui.widgets.footer import Footer
from rehearse.tui.widgets.titlebar import TitleBar


class ReportScreen(Screen[None]):
    """Feedback for one session, live or reread from history."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "Retry", tooltip="Retry from a chosen decision"),
        Binding("p", "persona", "Other persona", tooltip="Replay with another persona"),
        Binding("e", "export", "Export", tooltip="Export the transcript and report as Markdown"),
        Binding("c", "carry_on", "Carry on", show=False),
        Binding("f", "tab('tab-feedback')", "Feedback", show=False),
        Binding("w", "tab('tab-whatif')", "What if", show=False),
        Binding("t", "tab('tab-transcript')", "Transcript", show=False),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, rec: Recorder, ctx: AppContext, review: bool = False) -> None:
        super().__init__()
        self.rec = rec
        self.session = rec.session
        self.ctx = ctx
        self.review = review

    def compose(self) -> ComposeResult:
        s = self.session
        sc = s.scenario
        yield TitleBar()
        with TabbedContent(id="tabs"):
            with TabPane("Feedback (f)", id="tab-feedback"):
                yield FeedbackView(build_feedback(s, self.ctx.catalogue), id="feedback")
            with TabPane("What if (w)", id="tab-whatif"):
                yield WhatIfView(s, id="whatif")
            with TabPane("Transcript (t)", id="tab-transcript"):
                yield Transcript({"app": sc.app_name, "user": sc.user_name}, id="transcript")
        with HorizontalGroup(id="actions", classes="buttons"):
            if not s.finished:
                yield Button("Carry on", id="carry-on", variant="primary", compact=True)
            yield Button("Retry from\u2026", id="retry", variant="primary" if s.finished else "default", compact=True)
            yield Button("Other persona", id="persona", compact=True)
            yield Button("Export .md", id="export", compact=True)
            yield Button("Back" if self.review else "Library", id="back", compact=True)
        yield Static(id="export-path", markup=False)
        yield Footer()

    async def on_mount(self) -> None:
        self.sub_title = f"How it went: {self.session.scenario.title}"
        self.query_one("#export-path").display = False
        await self.query_one("#transcript", Transcript).replace_lines(self.session.transcript)
        self.query_one("#feedback").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "Carry on" only makes sense for a session stopped before its ending.
        if action == "carry_on":
            return not self.session.finished
        return True

    def action_tab(self, pane: str) -> None:
        """Show one of the tabs: feedback, what if, transcript."""
        self.query_one(TabbedContent).active = pane
        # Focus the pane's text so the arrow and page keys scroll it straight away.
        self.query_one(f"#{pane.removeprefix('tab-')}").focus()

    @on(Button.Pressed, "#retry")
    def action_retry(self) -> None:
        """Go back to a chosen decision and play on from there."""
        if not self.session.decisions:
            self.notify("There were no decisions to go back to.")
            return
        self.app.push_screen(RewindDialog(self.session, "Retry from a decision"), self._after_retry)

    def _after_retry(self, decision: int | None) -> None:
        if decision is None:
            return
        self.rec.rewind(decision)
        self.post_message(messages.Play(self.rec))

    @on(Button.Pressed, "#persona")
    def action_persona(self) -> None:
        """Play the same scenario again with someone else on the other side."""
        self.post_message(messages.Begin(self.session.scenario.id, exclude=self.session.persona,
                                         name=self.session.name))

    @on(Button.Pressed, "#carry-on")
    def action_carry_on(self) -> None:
        """Resume an unfinished session."""
        if not self.session.finished:
            self.post_message(messages.Play(self.rec))

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        """Write the transcript and report as Markdown to the exports folder."""
        try:
            path = self.ctx.export(self.rec, "md")
        except OSError as exc:
            self.notify(f"Could not write the export: {exc}", severity="error", timeout=10)
            return
        box = self.query_one("#export-path", Static)
        box.update(join(("Exported to ", "bold"), literal(str(path)), " (readable by you only)"))
        box.display = True
        self.notify(f"Saved {path.name}", title="Exported")

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        """Back to history (when rereading) or the library."""
        self.dismiss(None)

