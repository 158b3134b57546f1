"""The Drills screen: opened from the picker's key and from the command line, reps with feedback, a rated set,
crisis words paused and never saved, and the progress chart."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList, Static

from rehearse.tui.screens.dialogs import CrisisDialog
from rehearse.tui.screens.drills import DrillsScreen, spark
from rehearse.tui.screens.picker import PickerScreen

from .conftest import SIZE

DRILL = """
drills:
  - id: mini-slow-down
    node: reply
    skill: propose_change
    levels:
      gentle: [{text: "I hear you. What would help?", persona: kind}]
      moderate: [{text: "I always listen, you know.", persona: stiff}]
      challenging: [{text: "[bold]I always listen.[/] You're imagining it.", persona: stiff}]
"""


@pytest.fixture
def drill_library(library):
    (library / "mini.yaml").write_text((library / "mini.yaml").read_text() + DRILL)
    return library


def _plain(screen, wid: str) -> str:
    return screen.query_one(wid, Static).render().plain


async def _reply(pilot, screen, text: str) -> None:
    box = screen.query_one("#drill-reply", Input)
    box.focus()
    box.value = text
    await pilot.press("enter")
    await pilot.pause()


async def test_the_picker_opens_drills_and_a_set_runs_to_a_rating(app_factory, drill_library):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("d")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DrillsScreen)
        ol = screen.query_one("#drill-list", OptionList)
        ol.highlighted = ol.get_option_index("mini-slow-down")
        ol.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert screen.ds is not None and screen.ds.drill.id == "mini-slow-down"
        screen.ds.set_size = 2
        moment = _plain(screen, "#drill-moment")
        assert "Therapist: I hear you. What would help?" in moment
        assert "You: I felt unheard last week." in moment  # the line before the moment
        await _reply(pilot, screen, "Could we slow down a bit?")
        assert "Showed the skill: Ask for something concrete." in _plain(screen, "#drill-feedback")
        await _reply(pilot, screen, "Sorry, forget it.")
        assert "Not yet" in _plain(screen, "#drill-feedback")
        assert "Set done: 1 of 2" in _plain(screen, "#drill-moment")
        await _reply(pilot, screen, "2")
        assert "Suggestion: up (moderate)" in _plain(screen, "#drill-feedback")
        assert screen.ds.level == "moderate" and "I always listen, you know." in _plain(screen, "#drill-moment")
        chart = _plain(screen, "#drill-chart")
        assert "Ask for something concrete" in chart and "1/2" in chart
        rows = app.ctx.store.db.execute("SELECT reply, showed FROM drill_reps").fetchall()
        assert rows == [("Could we slow down a bit?", 1), ("Sorry, forget it.", 0)]


async def test_enter_on_opening_the_list_starts_the_first_drill(app_factory, drill_library):
    """The list opens on a role heading that cannot be chosen; Enter straight away must still open a drill."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DrillsScreen)
        ol = screen.query_one("#drill-list", OptionList)
        first = next(o.id for o in (ol.get_option_at_index(i) for i in range(ol.option_count)) if not o.disabled)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.ds is not None and screen.ds.drill.id == first


async def test_the_command_line_opens_a_drill_and_markup_stays_literal(app_factory, drill_library):
    app = app_factory(drill="mini-slow-down")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DrillsScreen) and screen.ds is not None
        await pilot.press("ctrl+up", "ctrl+up")
        await pilot.pause()
        assert screen.ds.level == "challenging"
        assert "[bold]I always listen.[/]" in _plain(screen, "#drill-moment")
        await _reply(pilot, screen, "[red]could we[/red] slow down?")
        assert "[red]could we[/red] slow down?" in _plain(screen, "#drill-feedback")


async def test_crisis_words_pause_the_drill_and_are_not_saved(app_factory, drill_library):
    app = app_factory(drill="mini-slow-down")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        await _reply(pilot, screen, "I want to kill myself")
        assert isinstance(app.screen, CrisisDialog)
        assert app.ctx.store.db.execute("SELECT COUNT(*) FROM drill_reps").fetchone() == (0,)
        assert not app.screen.query("#send")  # a drill has no scene to send the words into
        await pilot.press("escape")  # back to the drill (Enter does not: the help lines have the focus)
        await pilot.pause()
        assert app.screen is screen and screen.ds.reps == []


def test_spark_draws_a_bar_per_day():
    assert spark([0.0, 0.5, 1.0]) == "\u2581\u2585\u2588"
