"""Snapshots of issue 16's screens at 80x24 and 100x30: what a person sees with their own file, a long reply, a hint."""

from __future__ import annotations

import pytest
from textual import events

from .conftest import SIZE
from .test_screens import start_mini, type_reply

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param(SIZE, id="100x30")]


@pytest.mark.parametrize("size", SIZES)
def test_play_id_opens_on_notes_and_personas(app_factory, snap_compare, size):
    assert snap_compare(app_factory(scenario="mini"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_long_options_and_heard_as_fit(app_factory, snap_compare, size):
    async def play(pilot):
        await pilot.pause()
        screen = await start_mini(pilot.app, pilot, persona="kind", scenario="mini-t")
        await type_reply(pilot, screen, "honestly I felt unheard last week")
        from rehearse.engine.play.runner import Option

        long = "I hear that, and I want to slow down here so we can look at it together before going on. " * 2
        await screen.query_one("#choices").show(tuple(Option(n, f"{long}({n})", n - 1) for n in (1, 2, 3)))
        await pilot.pause()

    assert snap_compare(app_factory(), run_before=play, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_long_paste_shows_its_length(app_factory, snap_compare, size):
    async def paste(pilot):
        await pilot.pause()
        await start_mini(pilot.app, pilot)
        pilot.app.post_message(events.Paste(("What I prepared to say. " * 100)[:2000]))
        await pilot.pause()

    assert snap_compare(app_factory(), run_before=paste, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_footer_offers_digits_in_an_empty_reply_box(app_factory, snap_compare, size):
    async def typed(pilot):
        await pilot.pause()
        screen = await start_mini(pilot.app, pilot)
        await type_reply(pilot, screen, "purple elephants on a bicycle")

    assert snap_compare(app_factory(), run_before=typed, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_hint_with_its_advice(app_factory, snap_compare, size):
    async def hint(pilot):
        await pilot.pause()
        await start_mini(pilot.app, pilot)
        await pilot.press("ctrl+g")
        await pilot.pause()

    assert snap_compare(app_factory(), run_before=hint, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_settings(app_factory, snap_compare, size):
    async def settings(pilot):
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()

    assert snap_compare(app_factory(), run_before=settings, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_welcome(library, private_home, snap_compare, size):
    from rehearse.tui.app import make_app

    assert snap_compare(make_app(typing=0, seed=1), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_did_you_mean_fits(app_factory, snap_compare, size, unsure):
    async def unsure_reply(pilot):
        await pilot.pause()
        screen = await start_mini(pilot.app, pilot)
        await type_reply(pilot, screen, "maybe it was a lot")

    assert snap_compare(app_factory(), run_before=unsure_reply, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_check_in_fits(app_factory, snap_compare, size):
    async def heavy(pilot):
        await pilot.pause()
        screen = await start_mini(pilot.app, pilot)
        await type_reply(pilot, screen, "I feel so hopeless")

    assert snap_compare(app_factory(), run_before=heavy, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_pause_shows_help_lines_first(app_factory, snap_compare, size, monkeypatch):
    monkeypatch.setenv("REHEARSE_REGION", "GB")

    async def crisis(pilot):
        await pilot.pause()
        screen = await start_mini(pilot.app, pilot)
        await type_reply(pilot, screen, "I want to kill myself")

    assert snap_compare(app_factory(), run_before=crisis, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_words_typed_over_the_pause_are_named(app_factory, snap_compare, size):
    async def burst(pilot):
        await pilot.pause()
        await start_mini(pilot.app, pilot)
        for ch in "unheard":
            pilot.app.post_message(events.Key(ch, ch))
        pilot.app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(app_factory(typing=3), run_before=burst, terminal_size=size)
