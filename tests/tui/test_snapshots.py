"""Snapshots of the picker, a conversation and a report: fixed library, seed, persona and no typing pause."""

from __future__ import annotations

from .conftest import SIZE
from .test_screens import finish_mini, start_mini


def test_picker(app_factory, snap_compare):
    assert snap_compare(app_factory(), terminal_size=SIZE)


def test_conversation(app_factory, snap_compare):
    async def play(pilot):
        await pilot.pause()
        await start_mini(pilot.app, pilot, persona="stiff", name="Sam")
        await pilot.press("1")
        await pilot.pause()

    assert snap_compare(app_factory(), run_before=play, terminal_size=SIZE)


def test_conversation_small(app_factory, snap_compare):
    async def play(pilot):
        await pilot.pause()
        screen = await start_mini(pilot.app, pilot, persona="kind")
        screen.query_one("#reply").focus()
        await pilot.press(*"[bold]not bold[/]", "enter")
        await pilot.pause()

    assert snap_compare(app_factory(), run_before=play, terminal_size=(80, 24))


def test_report(app_factory, snap_compare):
    async def finish(pilot):
        await pilot.pause()
        await finish_mini(pilot.app, pilot, persona="stiff")

    assert snap_compare(app_factory(), run_before=finish, terminal_size=SIZE)
