"""The report: feedback in sections, the client's card, "what if" per decision, the transcript, and what next."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalGroup
from textual.screen import Screen
from textual.widgets import Button, Static, TabbedContent, TabPane

from rehearse.engine.review.document import document
from rehearse.engine.review.feedback import build_feedback
from rehearse.store.recorder import Recorder
from rehearse.tui import messages
from rehearse.tui.context import AppContext
from rehearse.tui.screens.dialogs import RewindDialog
from rehearse.tui.text import join, literal
from rehearse.tui.widgets.chat import Transcript
from rehearse.tui.widgets.feedback import CardView, FeedbackView, WhatIfView
from rehearse.tui.widgets.footer import Footer
from rehearse.tui.widgets.titlebar import TitleBar


class ReportScreen(Screen[None]):
    """Feedback for one session, live or reread from history."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "Retry", tooltip="Retry from a chosen decision"),
        Binding("p", "persona", "Other persona", tooltip="Replay with another persona"),
        Binding("e", "export", "Export", tooltip="Export the transcript and report as Markdown"),
        Binding("x", "export_card", "Export card", show=False, tooltip="Export your card as Markdown"),
        Binding("c", "carry_on", "Carry on", show=False),
        Binding("f", "tab('tab-feedback')", "Feedback", show=False),
        Binding("k", "tab('tab-card')", "Card", show=False),
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
        # The report model is computed once, here, from the finished session; the widgets only draw it.
        self.feedback = build_feedback(self.session, ctx.catalogue)
        self.sections = document(self.feedback)

    def compose(self) -> ComposeResult:
        s = self.session
        sc = s.scenario
        by_id = {sec.id: sec for sec in self.sections}
        yield TitleBar()
        with TabbedContent(id="tabs"):
            with TabPane("Feedback (f)", id="tab-feedback"):
                yield FeedbackView(self.sections, id="feedback")
            if "card" in by_id:
                with TabPane("Your card (k)", id="tab-card"):
                    yield CardView(by_id["card"], id="card-view")
            with TabPane("What if (w)", id="tab-whatif"):
                yield WhatIfView(by_id.get("what-if"), id="whatif")
            with TabPane("Transcript (t)", id="tab-transcript"):
                yield Transcript({"app": sc.app_name, "user": sc.user_name}, id="transcript")
        with HorizontalGroup(id="actions", classes="buttons"):
            if not s.finished:
                yield Button("Carry on", id="carry-on", variant="primary", compact=True)
            yield Button("Retry from\u2026", id="retry", variant="primary" if s.finished else "default", compact=True)
            yield Button("Other persona", id="persona", compact=True)
            yield Button("Export .md", id="export", compact=True)
            if self.feedback.card is not None:
                yield Button("Card .md", id="export-card", compact=True)
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
        if action == "export_card":
            return self.feedback.card is not None
        return True

    def action_tab(self, pane: str) -> None:
        """Show one of the tabs: feedback, card, what if, transcript."""
        if not self.query(f"#{pane}"):
            return  # the card tab exists for clients only
        self.query_one(TabbedContent).active = pane
        # Focus the pane's text so the arrow and page keys scroll it straight away.
        target = {"tab-card": "#card-view"}.get(pane, f"#{pane.removeprefix('tab-')}")
        self.query_one(target).focus()

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

    @on(Button.Pressed, "#export-card")
    def action_export_card(self) -> None:
        """Write the client's card for the real session as Markdown to the exports folder."""
        try:
            path = self.ctx.export(self.rec, "card")
        except (OSError, LookupError) as exc:
            self.notify(f"Could not write the card: {exc}", severity="error", timeout=10)
            return
        box = self.query_one("#export-path", Static)
        box.update(join(("Card exported to ", "bold"), literal(str(path)), " (readable by you only)"))
        box.display = True
        self.notify(f"Saved {path.name}", title="Exported")

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        """Back to history (when rereading) or the library."""
        self.dismiss(None)

