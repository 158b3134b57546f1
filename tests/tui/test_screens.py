"""Pilot tests: every screen, and the whole path from picking a scenario to exporting the report."""

from __future__ import annotations

import os
import stat

import pytest
from textual.widgets import OptionList, Select, TabbedContent

from rehearse.tui.screens.conversation import ConversationScreen
from rehearse.tui.screens.dialogs import (
    CheckInDialog,
    ConfirmDialog,
    CrisisDialog,
    HelpLines,
    HelpScreen,
    RewindDialog,
    StartDialog,
)
from rehearse.tui.screens.history import HistoryScreen
from rehearse.tui.screens.picker import PickerScreen
from rehearse.tui.screens.report import ReportScreen
from rehearse.tui.screens.welcome import WelcomeScreen
from rehearse.tui.widgets.chat import Bubble, Transcript, TypingIndicator
from rehearse.tui.widgets.choices import ChoiceButton, DidYouMean, MeantButton, ReplyBox

from .conftest import SIZE

MARKUP = ["[bold]x[/]", "[@click=app.quit]q[/]", "{{ 7*7 }}", "[red]not red[/red] $primary"]


def texts(screen) -> list[str]:
    """What each bubble on a screen says (without the "heard as" note under it)."""
    return [b.render().plain.split("\n")[0] for b in screen.query(Bubble)]


async def start_mini(app, pilot, persona: str = "kind", name: str = "", scenario: str = "mini"):
    """From the picker: highlight a scenario, open the start dialog, pick a persona, type a name, start."""
    picker = app.screen
    assert isinstance(picker, PickerScreen)
    ol = picker.query_one("#entries", OptionList)
    ol.highlighted = ol.get_option_index(scenario)
    await pilot.press("s")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, StartDialog)
    personas = dialog.query_one(OptionList)
    personas.highlighted = [personas.get_option_at_index(i).id for i in range(personas.option_count)].index(persona)
    await pilot.press("enter")  # picks the persona, moves to the name box
    if name:
        await pilot.press(*name)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, ConversationScreen)
    return app.screen


async def type_reply(pilot, screen, text: str):
    """Type into the reply box and send it."""
    box = screen.query_one(ReplyBox)
    box.focus()
    box.value = text
    await pilot.press("enter")
    await pilot.pause()


# -- welcome and help --------------------------------------------------------

async def test_welcome_on_first_run_then_remembered(library, private_home, monkeypatch):
    from rehearse.tui.app import make_app

    monkeypatch.setenv("REHEARSE_REGION", "ZZ")  # no lines for it: the short international note
    app = make_app(typing=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "not therapy" in text and "988" in text and "Content note" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
    assert (private_home / "welcome-seen").exists()
    app = make_app(typing=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)


async def test_welcome_names_the_line_for_the_users_region(library, private_home, monkeypatch):
    from rehearse.tui.app import make_app

    monkeypatch.setenv("REHEARSE_REGION", "AU")
    app = make_app(typing=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "In Australia (emergency: 000): Lifeline, call 13 11 14" in text and "988" not in text


async def test_incognito_does_not_remember_the_welcome_or_anything(library, private_home):
    from rehearse.tui.app import make_app

    app = make_app(save=False, typing=0, seed=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter")
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await pilot.press("1")
        await pilot.pause()
        assert screen.session.decisions
    assert not (private_home / "welcome-seen").exists()
    assert not (private_home / "history.sqlite3").exists()


async def test_f1_shows_crisis_lines_anywhere(app_factory, monkeypatch):
    monkeypatch.setenv("REHEARSE_REGION", "GB")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#resources").render())
        for needle in ("116 123", "NHS 111", "999", "112", "findahelpline.com"):
            assert needle in text
        assert text.index("United Kingdom") < text.index("findahelpline.com")  # the user's region first
        assert "988lifeline" not in text
        await pilot.press("f1")  # F1 again closes
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        screen = await start_mini(app, pilot)
        screen.query_one(ReplyBox).focus()
        await pilot.press("f1")  # even while typing
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("region, first, absent", [("AU", "13 11 14", "116 123"), ("NZ", "1737", "988"),
                                                   ("CA", "988.ca", "116 123"), (None, "findahelpline.com", "NHS 111")])
async def test_f1_puts_the_users_region_first(app_factory, monkeypatch, region, first, absent):
    if region:
        monkeypatch.setenv("REHEARSE_REGION", region)
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        lines = str(app.screen.query_one("#resources").render()).splitlines()
        assert first in "\n".join(lines[:3]) and absent not in "\n".join(lines)


async def test_command_palette_offers_help_and_screen_keys(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Help and crisis lines" in titles and "History" in titles
        assert "Screenshot" not in titles  # would write the transcript to a shared folder
        screen = await start_mini(app, pilot)
        titles = [c.title for c in app.get_system_commands(screen)]
        assert {"Take back your last reply", "Hint: what guidance could help now"} <= set(titles)
        assert any(t.startswith("Rewind") for t in titles)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"crisis")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


# -- picker ----------------------------------------------------------------------

async def test_picker_filters_and_details(app_factory):
    from rehearse.tui.screens.dialogs import FilterDialog

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        picker = app.screen
        assert [e.id for e in picker.shown] == ["mini", "mini-t"]
        details = str(picker.query_one("#entry").render())
        for needle in ("Two decisions, three endings", "Content notes: none", "about 2 minutes",
                       "Past attempts: none yet"):
            assert needle in details
        assert "either role \u00b7 any type \u00b7 any difficulty" in str(picker.query_one("#filters").render())
        ol = picker.query_one("#entries", OptionList)
        ol.highlighted = ol.get_option_index("mini-t")
        await pilot.press("f", "escape")  # looking at the filters and changing nothing keeps your place
        await pilot.pause()
        assert app.screen is picker and picker.current.id == "mini-t"
        await pilot.press("f")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FilterDialog)
        dialog.query_one("#role", Select).value = "therapist"
        await pilot.pause()
        assert [e.id for e in picker.shown] == ["mini-t"]  # applied at once, behind the dialog
        assert "1 of 2 scenarios fit" in str(dialog.query_one("#fit").render())
        dialog.query_one("#role", Select).value = Select.NULL
        dialog.query_one("#difficulty", Select).value = "gentle"
        await pilot.pause()
        assert [e.id for e in picker.shown] == ["mini"]
        dialog.query_one("#type", Select).value = "rupture-withdrawal"
        await pilot.pause()
        assert picker.shown == []
        assert "0 of 2 scenarios fit" in str(dialog.query_one("#fit").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is picker
        assert "No scenario fits" in str(picker.query_one("#entry").render())
        assert "@click" not in picker.query_one("#entry-actions").render().markup  # nothing to start: inert
        await pilot.click("#entry-actions", offset=(2, 0))
        await pilot.pause()
        assert app.screen is picker
        line = str(picker.query_one("#filters").render())
        assert "rupture withdrawal" in line and "gentle" in line
        # Reopened, the dialog shows what is chosen; Clear brings the whole library back.
        await pilot.click("#filters")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FilterDialog)
        assert dialog.query_one("#difficulty", Select).value == "gentle"
        await pilot.click("#clear")
        await pilot.pause()
        assert [e.id for e in picker.shown] == ["mini", "mini-t"]
        await pilot.click("#done")
        await pilot.pause()
        assert app.screen is picker
        await pilot.click("#entry-actions", offset=(2, 0))  # the "Start…" link
        await pilot.pause()
        assert isinstance(app.screen, StartDialog)


async def test_picker_counts_past_attempts(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await start_mini(app, pilot)
        await pilot.press("1", "1")
        await pilot.pause()
        await pilot.press("escape")  # leave
        await pilot.pause()
        await pilot.press("enter")  # confirm
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert "Past attempts: 1 (latest" in str(app.screen.query_one("#entry").render())
        assert "Heard (good)" in str(app.screen.query_one("#entry").render())


async def test_surprise_me_and_name(app_factory):
    app = app_factory(seed=3)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.current.id == "mini"  # the first entry under the first heading
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StartDialog)
        await pilot.press("enter")  # "Surprise me" is first
        await pilot.press(*"Ada")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.session.persona in ("kind", "stiff")
        assert texts(screen)[0] == "Hello Ada. How are things?"


# -- conversation ------------------------------------------------------------------

async def test_whole_path_pick_play_rewind_finish_report_export(app_factory, private_home):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot, persona="kind", name="Sam")
        assert texts(screen) == ["Hello Sam. How are things?"]
        assert len(screen.query(ChoiceButton)) == 2
        # A choice by key.
        await pilot.press("2")
        await pilot.pause()
        assert screen.session.finished  # "Fine." ends it badly
        # Rewind to the first decision with the modal.
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, RewindDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and not screen.session.decisions
        assert texts(screen) == ["Hello Sam. How are things?"]
        # A typed reply, heard as the first option, then taken back with one key.
        await type_reply(pilot, screen, "i didn't feel listened to")
        assert screen.session.decisions and screen.session.decisions[-1].typed
        bubble = screen.query(Bubble)[1]
        assert "heard as" in bubble.render().plain and "I felt unheard last week." in bubble.render().plain
        assert "Ctrl+Z" in str(screen.query_one("#coach").render())
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert not screen.session.decisions
        assert texts(screen) == ["Hello Sam. How are things?"]
        # Choices by clicking and by key to the good ending.
        await pilot.click(".choice-1")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        assert screen.session.finished and screen.session.node.ending.outcome == "good"
        assert screen.query_one("#ending").display
        assert not screen.query(ChoiceButton)
        await pilot.click("#report")
        await pilot.pause()
        report = app.screen
        assert isinstance(report, ReportScreen)
        for section in ("#did-well", "#missed", "#next-step", "#sources"):
            assert report.query(section)
        assert report.query("#charts") and "decision" in str(report.query_one("#charts").query("Static")[1].render())
        await pilot.press("e")
        await pilot.pause()
        exports = list((private_home / "exports").glob("*.md"))
        assert len(exports) == 1
        assert stat.S_IMODE(os.stat(exports[0]).st_mode) == 0o600
        body = exports[0].read_text()
        assert "Hello Sam" in body and "Could we slow down?" in body
        assert str(exports[0]) in str(report.query_one("#export-path").render())


async def test_typed_markup_is_literal_and_harmless(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot, name="[b]Bo[/b]")
        assert texts(screen)[0] == "Hello [b]Bo[/b]. How are things?"
        for text in [*MARKUP, "\x1b[31mred\x1b[0m \x07", "abc\u202edef"]:
            await type_reply(pilot, screen, text)
        shown = [t for t in texts(screen) if not t.startswith(("Hello", "I'm not sure"))]
        assert shown[:4] == MARKUP
        assert "\x1b" not in shown[4] and "[31mred" in shown[4]
        assert shown[5] == "abcdef"  # a bidi override is taken out: it cannot reorder what is shown
        # Control characters are cleaned before the reply is kept, as plain mode and the exports clean them.
        said = [ln.text for ln in screen.session.transcript if ln.speaker == "user"]
        assert not any(ch in t for t in said for ch in "\x1b\x07\u202e")
        # Clicking the bubble with the click markup does nothing.
        target = next(b for b in screen.query(Bubble) if b.line.text == MARKUP[1])
        screen.query_one(Transcript).scroll_to_widget(target, animate=False)
        await pilot.pause()
        await pilot.click(target, offset=(4, 1))
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ConversationScreen)


async def test_red_flags_are_not_marked_during_play(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot, persona="stiff")
        await pilot.press("1")
        await pilot.pause()
        flagged = [b for b in screen.query(Bubble) if b.line.red_flag]
        assert flagged and flagged[0].render().plain == "I always listen."
        assert flagged[0].classes == {"app"}


async def test_hint_names_guidance_without_the_answer(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await pilot.press("ctrl+g")
        await pilot.pause()
        coach = str(screen.query_one("#coach").render())
        assert app.ctx.catalogue.get("use_i_statement").title in coach
        assert "I felt unheard last week." not in coach


async def test_progress_and_unheard_reply(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        assert "Reply 1 of about" in str(screen.query_one("#progress").render())
        await type_reply(pilot, screen, "purple elephants on a bicycle")
        assert not screen.session.decisions
        # The words are kept; with no line written for it, the app answers in its own voice, not the therapist's.
        assert texts(screen)[-2:] == ["Hello you. How are things?", "purple elephants on a bicycle"]
        assert str(screen.query_one("#coach").render()).startswith("rehearse: I couldn't tell which option")
        assert app.focused is screen.query_one(ReplyBox)  # the focus stays in the text box after a typed reply
        await pilot.press("1")  # and a digit on the empty box picks that option, as the footer says
        await pilot.pause()
        assert screen.query_one(ReplyBox).value == "" and len(screen.session.decisions) == 1
        assert "Reply 2 of about" in str(screen.query_one("#progress").render())


async def test_reused_option_buttons_fit_their_new_text(app_factory):
    """Buttons are reused from turn to turn; each must take the height of its new text."""
    app = app_factory()
    async with app.run_test(size=(40, 24)) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        from rehearse.engine.play.runner import Option

        panel = screen.query_one("#choices")
        await panel.show((Option(1, "a long option " * 8, 0), Option(2, "short", 1)))
        await pilot.pause()
        assert panel.query(ChoiceButton)[0].size.height > 1
        await panel.show((Option(1, "short now", 0), Option(2, "short", 1)))
        await pilot.pause()
        assert [b.size.height for b in panel.query(ChoiceButton)] == [1, 1]


async def test_number_typed_in_the_box_picks_that_option(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await type_reply(pilot, screen, "2")
        assert screen.session.decisions[-1].typed is None and screen.session.finished


async def test_typing_a_letter_on_an_option_starts_a_reply(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        assert isinstance(app.focused, ChoiceButton)
        await pilot.press("h", "i", "space", "[", "b", "]")
        assert app.focused is screen.query_one(ReplyBox) and screen.query_one(ReplyBox).value == "hi [b]"
        assert not screen.session.decisions
        await pilot.press("escape")
        assert isinstance(app.focused, ChoiceButton)


async def test_bursts_of_enter_open_one_dialog_and_start(app_factory):
    """Keys sent at once (tmux send-keys): the library opens one dialog; Enter Enter there starts."""
    from textual import events

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for _ in range(2):
            app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        assert isinstance(app.screen, StartDialog) and len(app.screen_stack) == 2
        for _ in range(2):
            app.post_message(events.Key("enter", "\r"))  # "Surprise me", and again to start without a name
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert len(app.screen_stack) == 2 and app.screen.session.name is None


async def test_a_burst_of_keys_on_an_option_all_reach_the_box(app_factory):
    """Keys arriving together (a fast typist, a paste, tmux send-keys) must not be lost when focus moves."""
    from textual import events

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        assert isinstance(app.focused, ChoiceButton)
        for ch in "I was [b]x[/b]":
            app.post_message(events.Key("space" if ch == " " else ch, ch))
        await pilot.pause()
        assert screen.query_one(ReplyBox).value == "I was [b]x[/b]"
        assert not screen.session.decisions
        await pilot.press("escape")  # back on the options; a paste lands in the box too
        assert isinstance(app.focused, ChoiceButton)
        app.post_message(events.Paste(" [@click=app.quit]q[/]"))
        await pilot.pause()
        assert screen.query_one(ReplyBox).value == "I was [b]x[/b] [@click=app.quit]q[/]"


def saved(screen) -> list[dict]:
    """What the store holds for this conversation, as written to disk."""
    from rehearse.engine.play.events import to_json

    return [to_json(ev) for ev in screen.rec.store.events(screen.rec.sid)]


async def test_tier_one_pauses_on_the_help_lines_and_sends_nothing_unless_asked(app_factory, monkeypatch):
    monkeypatch.setenv("REHEARSE_REGION", "GB")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await type_reply(pilot, screen, "honestly I want to die")
        assert isinstance(app.screen, CrisisDialog)
        assert isinstance(app.focused, HelpLines) and "116 123" in str(app.focused.render())
        await pilot.press("enter")  # an Enter pressed in a hurry does not take them back into the scene
        await pilot.pause()
        assert isinstance(app.screen, CrisisDialog)
        assert screen.session.events == [] and saved(screen) == []
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.query_one(ReplyBox).value == ""
        assert "not been sent" in str(screen.query_one("#coach").render())
        assert "honestly I want to die" not in texts(screen) and saved(screen) == []
        # Carrying on, because it was part of the rehearsal, sends the words into the scene and saves them.
        await type_reply(pilot, screen, "honestly I want to die")
        await pilot.click("#send")
        await pilot.pause()
        assert app.screen is screen and "honestly I want to die" in texts(screen)
        assert [e["text"] for e in saved(screen)] == ["honestly I want to die"]
        await type_reply(pilot, screen, "I want to kill myself")
        await pilot.click("#leave")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)


async def test_tier_two_checks_in_and_the_reply_goes_on_when_it_is_part_of_the_rehearsal(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await type_reply(pilot, screen, "I feel so hopeless")
        assert isinstance(app.screen, CheckInDialog)
        assert "Are you okay?" in " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert app.focused is app.screen.query_one("#send") and saved(screen) == []
        await pilot.press("enter")  # "it's part of the rehearsal"
        await pilot.pause()
        assert app.screen is screen
        assert [e["text"] for e in saved(screen)] == ["I feel so hopeless"]  # heard, offered or not: it went on


async def test_tier_two_support_shows_the_help_lines_and_escape_keeps_the_words_unsent(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await type_reply(pilot, screen, "I feel so hopeless")
        await pilot.click("#support")
        await pilot.pause()
        assert isinstance(app.screen, CrisisDialog) and isinstance(app.focused, HelpLines)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and saved(screen) == [] and "I feel so hopeless" not in texts(screen)
        await type_reply(pilot, screen, "I feel so hopeless")
        await pilot.press("escape")  # out of the check-in: nothing sent, the words wait in the box
        await pilot.pause()
        assert app.screen is screen and saved(screen) == []
        assert app.focused is screen.query_one(ReplyBox) and app.focused.value == "I feel so hopeless"


async def test_distress_not_understood_is_answered_out_of_the_scene(app_factory, monkeypatch):
    from dataclasses import dataclass

    from rehearse.engine.play import reply

    @dataclass(frozen=True)
    class Distressed:
        tier: int = 0
        category: str = ""
        distress: bool = True

    monkeypatch.setattr(reply, "check_text", lambda text, role: Distressed())
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await type_reply(pilot, screen, "everything is too much lately")
        coach = str(screen.query_one("#coach").render())
        assert coach.startswith("rehearse: Stepping out of the scene") and "F1" in coach
        assert texts(screen)[-1] == "everything is too much lately"  # no line from the other side after it


async def test_therapist_asking_about_suicide_is_a_skill_not_a_trigger(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot, scenario="mini-t")
        await type_reply(pilot, screen, "Are you having thoughts of suicide?")
        assert app.screen is screen
        assert [e["text"] for e in saved(screen)] == ["Are you having thoughts of suicide?"]


async def test_did_you_mean_offers_candidates_and_one_key_confirms(app_factory, unsure):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await type_reply(pilot, screen, "maybe it was a lot")
        picker = screen.query_one(DidYouMean)
        assert picker.display and not screen.query_one("#choices").display
        shown = [str(b.label) for b in picker.query(MeantButton) if b.display]
        assert shown == ["1  Fine.", "2  I felt unheard last week.", "0  none of these, I'll say it another way"]
        assert isinstance(app.focused, MeantButton) and app.focused.place == 1
        heading = str(picker.query_one("#meant-heading").render())
        assert heading == "You said \u201cmaybe it was a lot\u201d. Did you mean\u2026"  # the words asked about
        assert [e["offered"] for e in saved(screen)] == [[1, 0]] and not screen.session.decisions
        await pilot.press("2")
        await pilot.pause()
        assert not picker.display and screen.query_one("#choices").display
        line = screen.session.transcript[screen.session.decisions[0].line_index]
        assert (line.text, line.heard_as) == ("maybe it was a lot", "I felt unheard last week.")
        bubble = next(b for b in screen.query(Bubble) if b.line is line)
        assert "heard as" in bubble.render().plain
        assert (saved(screen)[-1]["choice"], saved(screen)[-1]["text"]) == (0, "maybe it was a lot")
        assert screen.session.turn().node == "reply"
        await type_reply(pilot, screen, "maybe not")  # asked again, then the last reply taken back instead
        assert picker.display
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert not picker.display and screen.query_one("#choices").display and not screen.session.decisions


async def test_did_you_mean_declined_puts_the_words_back_and_takes_nothing(app_factory, unsure):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await type_reply(pilot, screen, "maybe it was a lot")
        await pilot.press("0")
        await pilot.pause()
        box = screen.query_one(ReplyBox)
        assert not screen.query_one(DidYouMean).display and screen.query_one("#choices").display
        assert app.focused is box and box.value == "maybe it was a lot"
        assert not screen.session.decisions and [e["choice"] for e in saved(screen)] == [None]
        # Typing on the offer is saying it another way too: the offer goes, the keys reach the box.
        box.value = ""
        await type_reply(pilot, screen, "maybe so")
        assert isinstance(app.focused, MeantButton)
        await pilot.press("w", "e", "l", "l")
        assert box.value == "well" and not screen.query_one(DidYouMean).display
        assert not screen.session.decisions


async def test_typing_pause_shows_indicator_then_line(app_factory):
    app = app_factory(typing=2)  # pauses of about a second: long enough to act during one
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("1")
        assert screen.busy and screen.query(TypingIndicator)
        await pilot.press("2")  # a number during the pause shows the lines now, and picks nothing yet
        assert not screen.busy and len(screen.session.decisions) == 1
        assert all(b.has_class("-textual-compact") for b in screen.query(ChoiceButton))
        assert texts(screen)[-1] == "Thank you for telling me."
        assert isinstance(app.focused, ChoiceButton)  # chose by key: back on the options
        await type_reply(pilot, screen, "none of those fit really")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is screen.query_one(ReplyBox)  # typed: still in the box
        await pilot.press("ctrl+z", "escape")  # back to the first question, on the options
        await pilot.pause()
        await pilot.press("1")
        assert screen.busy and not screen.session.finished
        await pilot.press("o")  # any key during the pause finishes it, and does not land in the reply box
        await pilot.pause()
        assert not screen.busy and texts(screen)[-1] == "Thank you for telling me."
        assert screen.query_one(ReplyBox).value == ""
        await pilot.press("o", "k")  # after it, typing starts a reply as usual
        assert app.focused is screen.query_one(ReplyBox) and screen.query_one(ReplyBox).value == "ok"


async def test_transcript_follows_only_when_at_bottom(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        for _ in range(8):
            await type_reply(pilot, screen, "purple elephants on a bicycle, again and again")
        t = screen.query_one(Transcript)
        await pilot.pause()
        assert t.max_scroll_y > 0 and t.at_bottom
        t.scroll_to(y=0, animate=False)
        await pilot.pause()
        await type_reply(pilot, screen, "more words nobody matches")
        await pilot.pause()
        assert t.scroll_y == 0  # the reader was rereading: left alone
        t.scroll_end(animate=False)
        await pilot.pause()
        await type_reply(pilot, screen, "and more words nobody matches")
        await pilot.pause(0.1)
        assert t.at_bottom


async def test_leave_keeps_session_and_start_offers_resume_at_same_turn(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot, persona="stiff", name="Jo")
        await pilot.press("1")
        await pilot.pause()
        lines = [(ln.speaker, ln.text) for ln in screen.session.transcript]
        options = [o.text for o in screen.session.turn().options]
    # A fresh app is a restart: the unfinished session is offered.
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert [(ln.speaker, ln.text) for ln in screen.session.transcript] == lines
        assert texts(screen) == [t for _, t in lines]
        assert [b.label.plain.split("  ", 1)[1] for b in screen.query(ChoiceButton)] == options


async def test_resume_can_be_declined(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await start_mini(app, pilot)
        await pilot.press("1")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)


async def test_play_and_resume_from_the_command_line(app_factory):
    app = app_factory(scenario="mini", persona="kind")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        await pilot.press("1")
        sid = app.screen.rec.sid
    app = app_factory(resume=sid)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen) and len(app.screen.session.decisions) == 1
    app = app_factory(scenario="mini", persona="nobody")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartDialog)  # told what went wrong, and asked instead


# -- report and history ------------------------------------------------------------

async def finish_mini(app, pilot, persona="stiff", keys=("1", "1")):
    screen = await start_mini(app, pilot, persona=persona)
    await pilot.press(*keys)
    await pilot.pause()
    assert screen.session.finished
    await pilot.click("#report")
    await pilot.pause()
    assert isinstance(app.screen, ReportScreen)
    return app.screen


async def test_report_sections_what_if_and_retry(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        report = await finish_mini(app, pilot)
        red = report.query_one("#red-flags")
        assert "I always listen." in " ".join(str(s.render()) for s in red.query("Static"))
        whatif = report.query_one("#whatif-1")
        text = " ".join(str(s.render()) for s in whatif.query("Static"))
        assert "Fine." in text and "See you next week." in text
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, RewindDialog)
        app.screen.query_one(OptionList).highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen) and len(screen.session.decisions) == 1
        assert len(app.screen_stack) == 2  # library, conversation: the report was replaced


async def test_replay_with_another_persona(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await finish_mini(app, pilot, persona="stiff")
        await pilot.press("p")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, StartDialog)
        ids = [dialog.query_one(OptionList).get_option_at_index(i).id
               for i in range(dialog.query_one(OptionList).option_count)]
        assert ids == ["kind"]
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen) and app.screen.session.persona == "kind"


async def test_history_lists_rereads_and_carries_on(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await finish_mini(app, pilot, persona="kind")
        await pilot.press("escape")
        await pilot.pause()
        await start_mini(app, pilot, persona="stiff")
        await pilot.press("1")
        await pilot.pause()
        app.pop_screen()
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        history = app.screen
        assert isinstance(history, HistoryScreen)
        from textual.widgets import DataTable

        table = history.query_one(DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert rows[0][1:] == ["A small test scenario", "stiff", "unfinished"]
        assert rows[1][1:] == ["A small test scenario", "kind", "Heard (good)"]
        # Reread the finished one: report with its transcript.
        table.move_cursor(row=1)
        await pilot.press("enter")
        await pilot.pause()
        report = app.screen
        assert isinstance(report, ReportScreen) and report.review
        assert texts(report)[-1] == "Let's do that."
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is history
        # Carry on the unfinished one.
        table.move_cursor(row=0)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen) and app.screen.session.persona == "stiff"
        assert len(app.screen.session.decisions) == 1


async def test_unfinished_report_offers_carry_on(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await pilot.press("1")
        await pilot.pause()
        from rehearse.tui import messages

        screen.post_message(messages.ShowReport(screen.rec, review=True))
        await pilot.pause()
        report = app.screen
        assert isinstance(report, ReportScreen) and report.query("#carry-on")
        assert "Not finished" in str(report.query_one("#summary").render())
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)


# -- the real library ---------------------------------------------------------------

def _bundled():
    from rehearse.engine.load.library import list_entries

    # Alternate the two sizes across the library: every scenario once, both sizes many times.
    return [pytest.param(e.id, next(iter(e.personas)), [(100, 30), (80, 24)][i % 2], id=e.id)
            for i, e in enumerate(list_entries())]


@pytest.mark.parametrize(("scenario", "persona", "size"), _bundled())
async def test_every_bundled_scenario_plays_to_a_report(seen, scenario, persona, size):
    """Whatever the library holds today: play by the first option to an ending and open the report."""
    from rehearse.tui.app import make_app

    app = make_app(scenario=scenario, persona=persona, seed=1, typing=0)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        for _ in range(60):
            if screen.session.finished:
                break
            await pilot.press("1")
            await pilot.pause()
        assert screen.session.finished
        await pilot.click("#report")
        await pilot.pause()
        report = app.screen
        assert isinstance(report, ReportScreen)
        fb = report.feedback
        shown = " ".join(str(s.render()) for s in report.query("#feedback Static"))
        for lapse in fb.lapses:  # every lapse with a note is on the screen, with its note
            assert lapse.guidance.title in shown and all(s.note in shown for s in lapse.slips if s.note)
        assert "\u201c\u201d" not in shown
        if fb.user_role == "therapist":
            assert report.query("#rupture") and not report.query("#tab-card")
            assert all(m.split(": ")[0] in shown for m in fb.rupture.markers)
        else:
            assert report.query("#tab-card") and report.query("#feeling-check")


async def test_client_card_tab_feelings_check_and_export(app_factory, private_home):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        report = await finish_mini(app, pilot, persona="stiff")
        await pilot.press("k")
        await pilot.pause()
        assert report.query_one(TabbedContent).active == "tab-card"
        card_text = " ".join(str(s.render()) for s in report.query("#card Static"))
        assert "Your opening" in card_text and "I felt unheard last week." in card_text
        await pilot.click("#feel-not-ok")
        await pilot.pause()
        assert "988" in str(report.query_one("#feeling-reply").render())
        await pilot.press("x")
        await pilot.pause()
        [card] = list((private_home / "exports").glob("*.card.md"))
        assert stat.S_IMODE(os.stat(card).st_mode) == 0o600
        assert card.read_text().startswith("# Your card for the real session")


async def test_trainee_report_has_no_card(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot, scenario="mini-t", persona="kind")
        await pilot.press("1", "1")
        await pilot.pause()
        await pilot.click("#report")
        await pilot.pause()
        report = app.screen
        assert isinstance(report, ReportScreen) and screen.session.scenario.user_role == "therapist"
        assert not report.query("#tab-card") and not report.query("#export-card")
        assert report.query("#rupture")
        await pilot.press("k")  # no card tab: the key does nothing rather than fail
        await pilot.pause()
        assert report.query_one(TabbedContent).active == "tab-feedback"


# -- settings -----------------------------------------------------------------------

async def test_no_color_and_light_theme(app_factory, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = app_factory()
    assert app.no_color
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        app.action_toggle_dark()
        await pilot.pause()
        assert not app.current_theme.dark
        await pilot.press("1")
        await pilot.pause()
        assert len(screen.session.decisions) == 1


def test_typing_pause_setting(monkeypatch):
    from rehearse.tui.context import typing_delay, typing_from_env

    monkeypatch.setenv("REHEARSE_TYPING", "0.5")
    assert typing_from_env() == 0.5
    monkeypatch.setenv("REHEARSE_TYPING", "fast please")
    assert typing_from_env() == 1.0
    monkeypatch.delenv("REHEARSE_TYPING")
    assert typing_from_env() == 1.0
    assert typing_delay("hi", 0) == 0
    assert 0 < typing_delay("hi", 1) < typing_delay("a much longer line " * 3, 1) <= 2.2
