"""Drills: deliberate practice of one hard moment, rep after rep, with feedback and progress per skill."""

from __future__ import annotations

import random
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from rehearse.engine.model import Drill, Scenario
from rehearse.engine.play.drill import LEVELS, DrillSession, Paused, describe, library_drills
from rehearse.tui.context import AppContext
from rehearse.tui.text import join, literal
from rehearse.tui.widgets.footer import Footer
from rehearse.tui.widgets.titlebar import TitleBar

BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"


def spark(values: list[float]) -> str:
    """A one-line chart of shares from 0 to 1, one bar per value (the newest last)."""
    return "".join(BARS[min(len(BARS) - 1, int(v * (len(BARS) - 1) + 0.5))] for v in values)


class DrillsScreen(Screen[None]):
    """The drills on the left with progress per skill; a drill's moment, the reply box and feedback on the right."""

    DEFAULT_CSS = """
    DrillsScreen #drill-side { width: 40%; min-width: 30; }
    DrillsScreen #drill-list { height: 1fr; }
    DrillsScreen #drill-chart { height: auto; max-height: 12; padding: 0 1; }
    DrillsScreen #drill-pane { width: 1fr; padding: 0 1; }
    DrillsScreen #drill-pane > Static { margin-bottom: 1; }
    DrillsScreen #drill-moment { border-left: thick $primary; padding: 0 1; }
    DrillsScreen #drill-reply { margin-bottom: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("ctrl+s", "skip", "Another wording", tooltip="Skip this wording and show another"),
        Binding("ctrl+up", "level(1)", "Harder", tooltip="Go up a level (a new set)"),
        Binding("ctrl+down", "level(-1)", "Gentler", tooltip="Go down a level (a new set)"),
    ]

    def __init__(self, ctx: AppContext, drill_id: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.first = drill_id
        self.drills: list[tuple[Scenario, Drill]] = []
        self.ds: DrillSession | None = None
        self.rating = False  # waiting for how hard the set felt

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal():
            with Vertical(id="drill-side"):
                yield OptionList(id="drill-list")
                yield Static(id="drill-chart")
            with VerticalScroll(id="drill-pane"):
                yield Static(Content("Choose a drill on the left: one hard moment, practised in your own words, "
                                     "with feedback on each reply. After each set, say how hard it felt."),
                             id="drill-intro")
                yield Static(id="drill-moment")
                yield Input(placeholder="Your reply", id="drill-reply", disabled=True)
                yield Static(id="drill-feedback")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Drills: deliberate practice"
        cat = self.ctx.catalogue
        self.drills = library_drills(None, set(cat))
        ol = self.query_one("#drill-list", OptionList)
        for role in ("client", "therapist"):
            group = [(sc, d) for sc, d in self.drills if sc.user_role == role]
            if group:
                ol.add_option(Option(Content("You play the client" if role == "client" else "You play the therapist"),
                                     disabled=True))
            for sc, d in group:
                g = cat.get(d.skill)
                ol.add_option(Option(join(literal(g.title if g else d.skill, "bold"), "  ", literal(sc.title, "dim")),
                                     id=d.id))
        self.show_chart()
        if self.first and any(d.id == self.first for _, d in self.drills):
            self.begin(self.first)
        else:
            if self.first:
                self.notify(f"No drill called {self.first!r}.", severity="error")
            # The list opens on a role heading, which cannot be chosen: start on the first drill so Enter opens it.
            ol.highlighted = next((i for i in range(ol.option_count) if not ol.get_option_at_index(i).disabled), None)
            ol.focus()

    # -- the list and the chart ----------------------------------------------------------------------------------
    @on(OptionList.OptionSelected, "#drill-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.begin(event.option.id)

    def show_chart(self) -> None:
        """Progress per skill over days: a bar per day for the share of replies that showed the skill."""
        chart = self.query_one("#drill-chart", Static)
        if self.ctx.store is None:
            chart.update(Content("Not saving: progress is not kept in this run."))
            return
        from rehearse.store.drills import progress

        by_skill: dict[str, list] = {}
        for r in progress(self.ctx.store):
            by_skill.setdefault(r.skill, []).append(r)
        if not by_skill:
            chart.update(Content("Progress per skill will show here after your first reps."))
            return
        parts: list = [("Progress per skill (a bar a day: share of replies that showed it)", "bold")]
        for skill, rows in by_skill.items():
            g = self.ctx.catalogue.get(skill)
            last = rows[-1]
            parts += ["\n", literal(g.title if g else skill), "  ", spark([r.showed / r.reps for r in rows[-14:]]),
                      f"  {last.showed}/{last.reps} on {last.day}"]
        chart.update(join(*parts))

    # -- a drill -------------------------------------------------------------------------------------------------
    def begin(self, drill_id: str, level: str = LEVELS[0]) -> None:
        """Start practising a drill at a level."""
        sc, d = next((sc, d) for sc, d in self.drills if d.id == drill_id)
        self.ds = DrillSession(sc, d, level, seed=random.randrange(1 << 16))
        self.rating = False
        g = self.ctx.catalogue.get(d.skill)
        self.query_one("#drill-intro", Static).update(join(
            ("Skill: ", "bold"), literal(g.title if g else d.skill), "\n", literal(d.focus),
            "\n" if d.focus else "", literal(f"{g.advice} ({g.cite()})" if g else "", "italic"),
            ("\nFrom \u201c", "dim"), literal(sc.title, "dim"), (f"\u201d. You play the {sc.user_role}.", "dim")))
        self.query_one("#drill-feedback", Static).update("")
        self.show_moment()

    def show_moment(self) -> None:
        """The lines before the moment and the hard line; the reply box ready."""
        assert self.ds is not None
        m = self.ds.moment()
        parts: list = [(f"Rep {m.rep} of {self.ds.set_size} \u00b7 {m.level} \u00b7 {m.app_name} is ", "dim"),
                       literal(m.persona, "dim"), "\n"]
        if not m.before:
            parts += [literal(m.scene, "italic"), "\n"]
        for line in m.before:
            parts += [(f"{m.app_name if line.speaker == 'app' else m.user_name}: ", "bold"), literal(line.text), "\n"]
        parts += [(f"{m.app_name}: ", "bold"), literal(m.hard_line, "bold")]
        self.query_one("#drill-moment", Static).update(join(*parts))
        box = self.query_one("#drill-reply", Input)
        box.disabled = False
        box.placeholder = "Your reply, in your own words"
        box.value = ""
        box.focus()

    @on(Input.Submitted, "#drill-reply")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text or self.ds is None:
            return
        if self.rating:
            self.rated(text)
            return
        result = self.ds.answer(text)
        if isinstance(result, Paused):
            from rehearse.engine.play.reply import PAUSED
            from rehearse.tui.screens.dialogs import CrisisDialog

            # The words are not scored or saved: the drill stops until the user decides.
            opening = PAUSED if result.tier == 1 else ("Let's pause for a moment. That sounded heavy, and it "
                                                       "matters more than the drill.")
            self.app.push_screen(CrisisDialog(opening, can_send=False),
                                 lambda answer: self.dismiss(None) if answer == "leave" else None)
            return
        if self.ctx.store is not None:
            from rehearse.store.drills import record_rep

            record_rep(self.ctx.store, self.ds.scenario.id, self.ds.drill, result)
        lines = describe(result, self.ctx.catalogue)
        self.query_one("#drill-feedback", Static).update(join(
            ("You said: ", "bold"), literal(text), "\n", literal("\n".join(lines))))
        self.show_chart()
        if self.ds.set_done:
            showed = sum(r.showed_skill for r in self.ds.reps)
            self.rating = True
            self.query_one("#drill-moment", Static).update(Content(
                f"Set done: {showed} of {len(self.ds.reps)} replies showed the skill."))
            box = self.query_one("#drill-reply", Input)
            box.value = ""
            box.placeholder = "How hard did that set feel? Type 0 (easy) to 10 (far too hard)"
        else:
            self.show_moment()

    def rated(self, text: str) -> None:
        """Take how hard the set felt, suggest a level, and start the next set there."""
        assert self.ds is not None
        if not (text.isascii() and text.isdigit() and 0 <= int(text) <= 10):
            self.notify("Please type a whole number from 0 to 10.")
            return
        level = self.ds.level
        s = self.ds.rate(int(text))
        if self.ctx.store is not None:
            from rehearse.store.drills import record_set

            record_set(self.ctx.store, self.ds.drill, level, s)
        self.rating = False
        self.ds.next_set(s.level)
        self.query_one("#drill-feedback", Static).update(join(
            (f"Suggestion: {s.move} ({s.level}). ", "bold"), s.why,
            " Ctrl+Up or Ctrl+Down changes the level." if s.move == "stay" else ""))
        self.show_moment()

    # -- keys ------------------------------------------------------------------------------------------------------
    def action_back(self) -> None:
        """Back to the library."""
        self.dismiss(None)

    def action_skip(self) -> None:
        """Another wording of the hard line."""
        if self.ds is not None and not self.rating:
            self.ds.skip()
            self.show_moment()

    def action_level(self, step: int) -> None:
        """A new set a level up or down."""
        if self.ds is None:
            return
        i = max(0, min(len(LEVELS) - 1, LEVELS.index(self.ds.level) + step))
        self.rating = False
        self.ds.next_set(LEVELS[i])
        self.notify(f"Now at {LEVELS[i]}: a new set.")
        self.show_moment()
