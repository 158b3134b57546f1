"""The library: filter by role, type and difficulty, read an entry's details, then start."""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from rehearse.engine.load.library import Entry, by_course
from rehearse.tui import messages
from rehearse.tui.context import AppContext
from rehearse.tui.filters import DIFFICULTY_ORDER, ROLES, Filters
from rehearse.tui.text import join, literal
from rehearse.tui.widgets.footer import Footer
from rehearse.tui.widgets.titlebar import TitleBar
from rehearse.wording import outcome_words, when

def entry_line(e: Entry) -> Content:
    """One entry in the list: its title, with difficulty and time underneath (the heading above says the role)."""
    return join(literal(e.title, "bold"), "\n", ("  ", "dim"), literal(e.difficulty, "dim"),
                (f" \u00b7 {e.minutes} min" if e.minutes else "", "dim"))


class PickerScreen(Screen[None]):
    """The scenario library; the bottom of the screen stack."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "start", "Start"),
        Binding("a", "attempts", "Past attempts"),
        Binding("h", "history", "History"),
        Binding("d", "app.drills", "Drills", tooltip="Practise one hard moment again and again"),
        Binding("f", "filters", "Filter", tooltip="Filter the library by role, type and difficulty"),
    ]

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.shown: list[Entry] = []
        self.filters = Filters()
        self._described: tuple | None = None

    def compose(self) -> ComposeResult:
        # The filters are one line here and their selects live in a dialog: three Select widgets are fifteen
        # nodes that every start-up would style, lay out and draw before the library could be used.
        yield TitleBar()
        yield Static(id="filters", markup=False)
        with Horizontal(id="library"):
            yield OptionList(id="entries")
            with VerticalScroll(id="details"):
                yield Static(id="entry", markup=False)
                # Links rather than Buttons: two buttons and their row are three more nodes (and Button's
                # stylesheet) at start-up for what the s and a keys, Enter and the footer already offer.
                yield Static(id="entry-actions")
        yield Footer()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        """Past attempts are dimmed in incognito: nothing is kept to show."""
        return None if action == "attempts" and not self.ctx.saving else True

    def on_mount(self) -> None:
        self.sub_title = "Choose a conversation to rehearse"
        self.refilter()
        self.query_one("#entries").focus()

    def on_screen_resume(self) -> None:
        # Attempt counts change after a session; show the fresh numbers on return.
        self.show_details()

    # -- filtering ----------------------------------------------------------
    def choices(self) -> tuple[list[str], list[str]]:
        """The types and difficulties the library has, in the order the filter dialog offers them."""
        entries = self.ctx.entries()
        tags = sorted({t for e in entries for t in e.tags})
        levels = sorted({e.difficulty for e in entries if e.difficulty},
                        key=lambda d: (DIFFICULTY_ORDER.index(d) if d in DIFFICULTY_ORDER else 9, d))
        return tags, levels

    def set_filters(self, filters: Filters) -> int:
        """Narrow the library; returns how many entries fit."""
        if filters != self.filters:  # an unchanged filter must not move the highlight back to the top
            self.filters = filters
            self.refilter()
        return len(self.shown)

    def refilter(self) -> None:
        """Show only the entries that fit every chosen filter."""
        self.shown = [e for e in self.ctx.entries() if self.filters.fits(e)]
        self.query_one("#filters", Static).update(self.filters.describe())
        ol = self.query_one("#entries", OptionList)
        was = self.current.id if self.current else None
        ol.clear_options()
        for course, entries in by_course(self.shown):  # the bundled library by role, then each course folder
            if course is not None:
                ol.add_option(Option(literal(course.title, "bold italic $text-muted"), id=f"course:{course.folder}",
                                     disabled=True))
                ol.add_options([Option(entry_line(e), id=e.id) for e in entries])
                continue
            for label, role in ROLES:
                group = [e for e in entries if e.user_role == role]
                if group:
                    ol.add_option(Option(Content.styled(label, "bold italic $text-muted"), id=f"role:{role}",
                                         disabled=True))
                    ol.add_options([Option(entry_line(e), id=e.id) for e in group])
        if was is not None and any(e.id == was for e in self.shown):  # the entry in view stays in view
            ol.highlighted = ol.get_option_index(was)
        else:
            ol.highlighted = next((i for i in range(ol.option_count) if not ol.get_option_at_index(i).disabled),
                                  None)
        self.show_details()

    @on(events.Click, "#filters")
    def _filters_clicked(self) -> None:
        self.action_filters()

    # -- details ------------------------------------------------------------
    @property
    def current(self) -> Entry | None:
        """The highlighted entry."""
        ol = self.query_one("#entries", OptionList)
        if ol.highlighted is None or not self.shown:
            return None
        return self.ctx.entry(ol.get_option_at_index(ol.highlighted).id or "")

    def show_details(self) -> None:
        """Describe the highlighted entry: summary, content notes, time, past attempts."""
        e = self.current
        content = self._details(e)
        # Start-up asks three times (filter, resume, highlight) and each redraw costs a layout. The key is the
        # entry and the words shown (Content's own == ignores styles, so it is not used here).
        key = (e.id if e else None, content.plain)
        if key == self._described:
            return
        self._described = key
        self.query_one("#details").scroll_home(animate=False)
        self.query_one("#entry", Static).update(content)
        self.query_one("#entry-actions", Static).update(self._actions(e))

    def _actions(self, e: Entry | None) -> Content:
        """The clickable actions under the details; an action that cannot be taken shows dimmed."""
        start = "[@click=screen.start] Start\u2026 [/]" if e else "[dim] Start\u2026 [/]"
        past = "[@click=screen.attempts] Past attempts [/]" if e and self.ctx.saving else "[dim] Past attempts [/]"
        return Content.from_markup(f"{start}   {past}")  # our own fixed words: no user text in this markup

    def _details(self, e: Entry | None) -> Content:
        if e is None:
            return Content("No scenario fits these filters. Try fewer.")
        role = "the client (your therapist is simulated)" if e.user_role == "client" else \
            "the therapist (trainee practice: the client is simulated)"
        # Content notes come before the summary so they are read first, even on a small screen.
        parts: list = [literal(e.title, "bold"), "\n",
                       ("Content notes: ", "bold"), literal(", ".join(e.content_notes) or "none given"), "\n",
                       ("You play: ", "bold"), role, "\n",
                       ("Type: ", "bold"), literal(", ".join(t.replace("-", " ") for t in e.tags)), " \u00b7 ",
                       literal(e.difficulty), " \u00b7 ", f"about {e.minutes} minutes" if e.minutes else "", "\n",
                       ("Past attempts: ", "bold"), self._attempts(e), "\n\n",
                       literal(e.summary)]
        return join(*parts)

    def _attempts(self, e: Entry) -> Content:
        if not self.ctx.saving:
            return Content("not kept in incognito mode")
        rows = self.ctx.history(e.id)
        if not rows:
            return Content("none yet")
        last = rows[0]
        return join(f"{len(rows)} (latest {when(last.updated)}, ", literal(last.persona), ", ",
                    literal(outcome_words(last)), ")")

    @on(OptionList.OptionHighlighted, "#entries")
    def _highlighted(self) -> None:
        self.show_details()

    @on(OptionList.OptionSelected, "#entries")
    def action_start(self) -> None:
        """Ask for a persona and a name, then start the highlighted entry."""
        e = self.current
        if e is not None:
            self.post_message(messages.Begin(e.id))

    def action_attempts(self) -> None:
        """Past attempts at the highlighted entry."""
        e = self.current
        if e is not None and self.ctx.saving:
            self.post_message(messages.ShowHistory(e.id))

    def action_history(self) -> None:
        """Every past attempt."""
        self.post_message(messages.ShowHistory())

    def action_filters(self) -> None:
        """Narrow the library by role, type and difficulty, in a dialog that applies each change at once."""
        # Dialogs are imported when first shown, for a quicker start (dialogs never import the picker).
        from rehearse.tui.screens.dialogs import FilterDialog

        tags, levels = self.choices()
        self.app.push_screen(FilterDialog(self.filters, tags, levels, self.set_filters, len(self.ctx.entries())))
