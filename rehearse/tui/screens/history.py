"""Past attempts: date, scenario, persona and outcome; reread one, or carry on an unfinished one."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static

from rehearse.engine.textnorm import printable
from rehearse.tui import messages
from rehearse.tui.context import AppContext
from rehearse.tui.widgets.footer import Footer
from rehearse.tui.widgets.titlebar import TitleBar
from rehearse.wording import outcome_words, when


class HistoryScreen(Screen[None]):
    """A table of saved sessions, newest first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Reread"),
        Binding("c", "carry_on", "Carry on"),
        Binding("a", "all", "All scenarios"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, ctx: AppContext, scenario: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.scenario = scenario

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Static(id="history-note")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="sessions")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("When", "Scenario", "Persona", "How it went")
        self.load()
        table.focus()

    def load(self) -> None:
        """Fill the table from the store."""
        rows = self.ctx.history(self.scenario)
        table = self.query_one(DataTable)
        table.clear()
        for r in rows:
            # Rich Text cells: a plain str cell would be read as markup.
            table.add_row(Text(when(r.started)), Text(printable(r.title)), Text(printable(r.persona)),
                          Text(printable(outcome_words(r))), key=r.id)
        title = self.ctx.entry(self.scenario).title if self.scenario and self.ctx.entry(self.scenario) else None
        self.sub_title = f"Past attempts: {title}" if title else "Past attempts"
        if not self.ctx.saving:
            note = "Incognito: nothing is saved in this run, so there is no history to show."
        elif not rows:
            note = "No saved attempts yet."
        else:
            note = "Enter rereads an attempt's transcript and report; C carries on an unfinished one."
        self.query_one("#history-note", Static).update(Content(note))

    def _selected(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def _reopen_selected(self):
        """The selected attempt rebuilt as (recorder, note), or None after telling the user why not."""
        sid = self._selected()
        if sid is None:
            return None
        rec, note = self.ctx.reopen(sid)
        if rec is None:
            self.notify(note, severity="error")
            return None
        return rec, note

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        """Reread the selected attempt."""
        if (opened := self._reopen_selected()) is None:
            return
        rec, note = opened
        if note:
            self.notify(note, timeout=8)
        self.post_message(messages.ShowReport(rec, review=True))

    def action_carry_on(self) -> None:
        """Carry on the selected attempt if it is unfinished."""
        if (opened := self._reopen_selected()) is None:
            return
        rec, note = opened
        if rec.session.finished:
            self.notify("That attempt reached an ending. Open it and use Retry to try a different answer.")
        else:
            self.post_message(messages.Play(rec, note))

    def action_all(self) -> None:
        """Show attempts at every scenario."""
        self.scenario = None
        self.load()

    def action_back(self) -> None:
        """Back to where you came from."""
        self.dismiss(None)

    def on_screen_resume(self) -> None:
        # An attempt may have been carried on or finished meanwhile.
        self.load()
