"""The app as a person uses it (issue 16): their own file, a small terminal, long replies, keys that do their job."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from textual import events
from textual.widgets import OptionList

from rehearse.engine.textnorm import MAX_REPLY
from rehearse.tui.screens.conversation import ConversationScreen
from rehearse.tui.screens.dialogs import ConfirmDialog, StartDialog
from rehearse.tui.screens.history import HistoryScreen
from rehearse.tui.screens.picker import PickerScreen
from rehearse.tui.screens.report import ReportScreen
from rehearse.tui.widgets.chat import Bubble, Transcript
from rehearse.tui.widgets.choices import ChoiceButton, ReplyBox
from rehearse.tui.widgets.footer import Footer

from .conftest import SIZE
from .test_screens import finish_mini, start_mini, texts, type_reply

SMALL = (80, 24)


def footer_keys(screen) -> list[str]:
    """The key descriptions the footer shows now."""
    return [k.description for k in screen.query_one(Footer).keys]


def visible(widget, within) -> bool:
    """True when the whole widget is inside the visible region of `within` (a scrolling container)."""
    region, view = widget.region, within.content_region
    return region.height > 0 and view.contains_region(region)


# -- 1: your own file -----------------------------------------------------------------------

@pytest.fixture
def own_file(tmp_path, library):
    """A scenario file outside the library that has the same id as a library scenario, and different words."""
    text = (library / "mini.yaml").read_text(encoding="utf-8")
    path = tmp_path / "mine" / "my-scenario.yaml"
    path.parent.mkdir()
    path.write_text(text.replace("How are things?", "How has your week been?"), encoding="utf-8")
    assert "How has your week been?" in path.read_text(encoding="utf-8")
    return path


async def test_play_file_opens_that_file_not_the_bundled_one_of_its_id(app_factory, own_file):
    app = app_factory(scenario=str(own_file), persona="kind")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert Path(screen.session.scenario.path).resolve() == own_file.resolve()
        assert "How has your week been?" in texts(screen)[0]
        await pilot.press("1")
        sid = screen.rec.sid
    # Carried on later, the file is found again by its path, not swapped for the library's scenario.
    app = app_factory(resume=sid)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "How has your week been?" in texts(app.screen)[0]


async def test_play_file_without_persona_shows_notes_and_persona_choice(app_factory, own_file):
    app = app_factory(scenario=str(own_file))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, StartDialog)
        assert "Content notes:" in str(dialog.query_one("#notes").render())
        await pilot.press("enter", "enter")  # surprise me, no name
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert "How has your week been?" in texts(app.screen)[0]


async def test_play_id_shows_content_notes_and_persona_choice(app_factory, library):
    from rehearse.engine.load.library import list_entries

    notes = next(e for e in list_entries([library / "mini.yaml"])).content_notes
    app = app_factory(scenario="mini")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, StartDialog)
        shown = str(dialog.query_one("#notes").render())
        assert all(n in shown for n in notes) if notes else "none given" in shown
        personas = dialog.query_one(OptionList)
        assert personas.option_count >= 2 and visible(dialog.query_one("#notes"), dialog.query_one("#start"))


def name_box_clear(dialog) -> bool:
    """The start dialog's name box is on screen, inside the dialog, and not under its buttons."""
    name, buttons, box = dialog.query_one("#name"), dialog.query_one(".buttons"), dialog.query_one("#start")
    return (name.region.height > 0 and box.region.contains_region(name.region)
            and not name.region.overlaps(buttons.region))


@pytest.mark.parametrize("size", [SMALL, SIZE])
async def test_start_dialog_of_every_bundled_scenario_shows_the_name_box(app_factory, size):
    """The dialog `play ID` opens on, for every scenario in the real library: notes, personas, name, buttons."""
    from rehearse.engine.load.library import list_entries

    bundled = Path(__file__).resolve().parents[2] / "scenarios"
    entries = list_entries(sorted(bundled.glob("*.yaml")))
    assert len(entries) >= 20
    app = app_factory()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for e in entries:
            dialog = StartDialog(e.title, e.personas, notes=e.content_notes)
            await app.push_screen(dialog)
            await pilot.pause()
            assert name_box_clear(dialog), e.id
            assert visible(dialog.query_one("#notes"), dialog.query_one("#start")), e.id
            dialog.dismiss(None)
            await pilot.pause()


def test_cli_play_file_reaches_the_app_with_its_path(own_file, monkeypatch, private_home):
    from rehearse import cli

    seen = {}
    monkeypatch.setattr(cli, "_has_terminal", lambda: True)
    monkeypatch.setattr(cli, "_tui", lambda args, **kw: seen.update(kw) or 0)
    assert cli.main(["play", str(own_file), "--seed", "3"]) == 0
    assert seen["scenario"] == str(own_file.resolve()) and seen["seed"] == 3 and seen["persona"] is None


def test_a_crash_in_the_app_is_two_lines_a_private_log_and_status_1(library, seen, monkeypatch, capsys):
    from rehearse import cli
    from rehearse.tui.app import RehearseApp

    def boom(self):
        raise RuntimeError("a fault for the test")

    monkeypatch.setattr(RehearseApp, "_opening", boom)
    monkeypatch.setattr(cli, "_has_terminal", lambda: True)
    real = cli._tui

    def headless(args, **kw):
        from rehearse.tui import app as app_module

        made = app_module.make_app

        def make(**k):
            a = made(**k)
            a.run = lambda: App_run_headless(a)
            return a

        monkeypatch.setattr(app_module, "make_app", make)
        return real(args, **kw)

    def App_run_headless(a):
        import asyncio

        async def go():
            try:
                async with a.run_test(size=SIZE) as pilot:
                    await pilot.pause()
            except RuntimeError:
                pass  # run_test re-raises the app's exception for test frameworks; the real run() does not

        asyncio.run(go())

    monkeypatch.setattr(cli, "_tui", headless)
    code = cli.main([])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err and "stopped because of a fault" in err
    log = seen / "crash.log"
    assert str(log) in err and "a fault for the test" in log.read_text()
    assert stat.S_IMODE(os.stat(log).st_mode) == 0o600


# -- 5: no terminal -------------------------------------------------------------------------

def _cli(args: list[str], stdin: str, home) -> subprocess.CompletedProcess:
    """The real command with pipes for its input and output, as `printf ... | rehearse ...` runs it."""
    env = {**os.environ, "REHEARSE_HOME": str(home), "REHEARSE_TYPING": "0"}
    return subprocess.run([sys.executable, "-m", "rehearse", *args], input=stdin, capture_output=True, text=True,
                          check=False, env=env, timeout=60)


def test_without_a_terminal_play_and_resume_fall_back_to_plain_and_end(tmp_path):
    first = _cli(["play", "not-heard", "--persona", "receptive", "--seed", "1"], "1\n:quit\n", tmp_path)
    assert first.returncode == 0, first.stderr
    assert "plays line by line" in first.stderr and "  1. " in first.stdout
    again = _cli(["resume"], ":quit\n", tmp_path)  # the issue's `printf ':quit\n' | rehearse resume`
    assert again.returncode == 0, again.stderr
    assert "`rehearse resume` plays line by line" in again.stderr and "Stopped." in again.stdout
    bare = _cli([], "", tmp_path)
    assert bare.returncode == 2 and "needs a terminal" in bare.stderr and "--plain" in bare.stderr


# -- 2: the small terminal ------------------------------------------------------------------

@pytest.mark.parametrize("size", [SMALL, SIZE])
async def test_every_option_and_the_last_line_fit(app_factory, size):
    app = app_factory()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot, scenario="mini-t")
        from rehearse.engine.play.runner import Option

        # Long options, as the trainee scenes have: three of three lines each at 80 columns.
        long = "I hear that, and I want to slow down here so we can look at it together before going on. " * 2
        await screen.query_one("#choices").show(tuple(Option(n, f"{long} ({n})", n - 1) for n in (1, 2, 3)))
        await pilot.pause()
        panel = screen.query_one("#choices")
        assert panel.max_scroll_y == 0  # nothing hidden behind a scrollbar
        for button in screen.query(ChoiceButton):
            assert screen.region.contains_region(button.region) and button.region.height >= 2
        t = screen.query_one(Transcript)
        assert visible(t.query(Bubble).last(), t)


async def test_heard_as_note_leaves_the_other_sides_line_in_view(app_factory):
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot, persona="kind")
        for _ in range(2):
            await type_reply(pilot, screen, "honestly I felt unheard last week")
            if screen.session.decisions:
                break
        assert screen.session.decisions and screen.query_one("#coach").display
        t = screen.query_one(Transcript)
        last_app = [b for b in t.query(Bubble) if b.line.speaker == "app"][-1]
        assert visible(last_app, t)
        assert all(screen.region.contains_region(b.region) for b in screen.query(ChoiceButton))


# -- 3: long replies ------------------------------------------------------------------------

async def test_a_2000_character_paste_arrives_whole_and_cleaned(app_factory):
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        words = ("What I prepared to say. " * 100)[:1990]
        pasted = words[:1000] + "\n\x1b[31m" + words[1000:] + "\t\u202e"
        app.post_message(events.Paste(pasted))
        await pilot.pause()
        box = screen.query_one(ReplyBox)
        assert app.focused is box
        assert "\x1b" not in box.value and "\n" not in box.value and "\u202e" not in box.value
        assert box.value.startswith(words[:1000]) and words[1000:] in box.value
        count = str(screen.query_one("#reply-count").render())
        assert f"{len(box.value):,} of {MAX_REPLY:,}" in count
        await pilot.press("enter")
        await pilot.pause()
        said = [ln.text for ln in screen.session.transcript if ln.speaker == "user"]
        assert said and len(said[-1]) >= 1990


async def test_too_long_a_paste_is_named_never_dropped_silently(app_factory):
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        box = screen.query_one(ReplyBox)
        box.focus()
        app.post_message(events.Paste("x" * (MAX_REPLY + 250)))
        await pilot.pause()
        assert len(box.value) == MAX_REPLY
        assert any("250 were left out" in str(n.message) for n in app._notifications)
        await pilot.press("y")  # typing past the limit says so too
        await pilot.pause()
        assert len(box.value) == MAX_REPLY
        assert any("up to 4,000 characters" in str(n.message) for n in app._notifications)


# -- 4: digits -----------------------------------------------------------------------------

async def test_digits_choose_on_an_empty_box_after_typing_and_after_a_rewind(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        box = screen.query_one(ReplyBox)
        await type_reply(pilot, screen, "purple elephants on a bicycle")  # not matched: still the first turn
        assert app.focused is box and "Choose" in footer_keys(screen)
        await pilot.press("a")
        await pilot.pause()
        assert "Choose" not in footer_keys(screen)  # half a reply: digits type
        await pilot.press("2")
        assert box.value == "a2" and not screen.session.decisions
        await pilot.press("backspace", "backspace")
        await pilot.pause()
        assert "Choose" in footer_keys(screen)
        await pilot.press("1")
        await pilot.pause()
        assert len(screen.session.decisions) == 1 and box.value == ""
        # After a rewind, the focus may sit in the box: the digits still choose.
        box.focus()
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen) and not screen.session.decisions
        box.focus()
        await pilot.pause()
        assert "Choose" in footer_keys(screen)
        await pilot.press("1")
        await pilot.pause()
        assert len(screen.session.decisions) == 1


# -- 7: the typing pause ---------------------------------------------------------------------

async def test_any_key_finishes_the_pause_and_none_lands_in_the_box(app_factory):
    app = app_factory(typing=3)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen.query_one(ReplyBox).focus()
        await type_reply(pilot, screen, "i didn't feel listened to")  # heard: the other side "types" an answer
        assert screen.busy
        await pilot.press("h")  # finishes the pause; it is not the start of the next reply
        await pilot.pause()
        assert not screen.busy and screen.query_one(ReplyBox).value == ""
        assert texts(screen)[-1] == screen.session.transcript[-1].text
        await pilot.press("1")
        assert screen.busy
        await pilot.press("right")  # not only typing keys: any key
        await pilot.pause()
        assert not screen.busy and screen.session.finished
        await pilot.press("ctrl+z", "ctrl+z")  # back to the first reply, to say it again
        await pilot.pause()
        await type_reply(pilot, screen, "i didn't feel listened to")
        assert screen.busy and not screen.session.finished
        app.post_message(events.Paste("a paste is made on purpose"))  # it ends the pause too, and is kept
        await pilot.pause()
        assert not screen.busy and screen.query_one(ReplyBox).value == "a paste is made on purpose"


async def test_words_typed_over_the_pause_are_named_and_enter_then_chooses_nothing(app_factory):
    app = app_factory(typing=3)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        assert screen.busy  # the opening line is being "typed"
        # Typed straight over the pause in one burst (as a terminal delivers fast typing or `tmux send-keys`).
        for ch in "unheard":
            app.post_message(events.Key(ch, ch))
        app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        assert not screen.busy and not screen.session.decisions  # nothing sent, no option taken
        assert app.focused is screen.query_one(ReplyBox) and screen.query_one(ReplyBox).value == ""
        assert "not kept" in str(screen.query_one("#coach").render())
        await pilot.press("enter")  # an empty box: still nothing chosen
        await pilot.pause()
        assert not screen.session.decisions


async def test_a_long_heard_as_note_still_says_how_to_take_it_back(app_factory):
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        from rehearse.engine.play.reply import Kind, Outcome
        from rehearse.engine.play.state import Line

        long = "Before we start, there is something I want to bring up about how the last few weeks went. " * 3
        await screen.show_outcome(Outcome(Kind.HEARD, "my words", line=Line("user", "my words", "open",
                                                                              typed=True, heard_as=long)))
        await pilot.pause()
        coach = screen.query_one("#coach")
        shown = " ".join(str(coach.render()).split())
        assert "Ctrl+Z takes it back" in shown and "\u2026" in shown
        needed = coach.get_content_height(coach.size, screen.size, coach.content_region.width)
        assert coach.region.height <= 2 and needed <= coach.content_region.height


@pytest.mark.parametrize("size", [SMALL, SIZE])
async def test_the_library_footer_names_settings_at_80_columns(app_factory, size):
    app = app_factory()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one(Footer).render())
        assert "o Settings" in shown and "f1 Crisis lines" in shown


async def test_typing_pause_setting_in_the_app_is_kept(app_factory, seen, monkeypatch):
    monkeypatch.delenv("REHEARSE_TYPING", raising=False)
    app = app_factory(typing=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.ctx.typing == 1.0
        await pilot.press("o")
        await pilot.pause()
        from rehearse.tui.screens.settings import SettingsDialog

        assert isinstance(app.screen, SettingsDialog)
        await pilot.press("enter")  # the first choice, highlighted: Off
        await pilot.pause()
        assert app.ctx.typing == 0
        await pilot.press("escape")
    assert json.loads((seen / "settings.json").read_text())["typing"] == 0
    assert stat.S_IMODE(os.stat(seen / "settings.json").st_mode) == 0o600
    app = app_factory(typing=None)
    assert app.ctx.typing == 0
    # And the command palette turns it back on.
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Typing pause: turn on" in titles and "Settings" in titles
        app.action_typing_pause()
    assert app_factory(typing=None).ctx.typing == 1.0


# -- 9: no private Textual call --------------------------------------------------------------

def test_the_app_uses_no_private_textual_forwarding():
    from pathlib import Path

    import rehearse.tui

    for path in Path(rehearse.tui.__file__).parent.rglob("*.py"):
        assert "_forward_event" not in path.read_text(encoding="utf-8"), path


# -- 8: the smaller things ---------------------------------------------------------------------

async def test_hint_gives_the_advice_and_not_what_was_just_done(app_factory):
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot)
        await pilot.press("ctrl+g")
        await pilot.pause()
        coach = screen.query_one("#coach")
        g = app.ctx.catalogue.get("use_i_statement")
        shown = " ".join(str(coach.render()).split())
        assert g.title in shown and " ".join(g.advice.split())[:60] in shown
        # Option 1 shows it (tests/data/mini.yaml). Were the next turn's options to show it again, a hint must
        # not send the user back to what they just did: the next turn is made to offer both.
        await pilot.press("1")
        await pilot.pause()
        assert not screen.session.finished
        screen.session.hint = lambda: ["use_i_statement", "propose_change"]
        await pilot.press("ctrl+g")
        await pilot.pause()
        shown = str(screen.query_one("#coach").render())
        assert g.title not in shown and app.ctx.catalogue.get("propose_change").title in shown


async def test_the_longest_hint_is_read_whole_at_80x24_with_every_option(app_factory):
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = await start_mini(app, pilot, scenario="mini-t")
        from rehearse.engine.play.runner import Option

        long = "I hear that, and I want to slow down here so we can look at it together before going on. " * 2
        await screen.query_one("#choices").show(tuple(Option(n, f"{long} ({n})", n - 1) for n in (1, 2, 3)))
        cat = app.ctx.catalogue
        longest = max(cat, key=lambda i: len(cat.get(i).title) + len(cat.get(i).advice))
        screen.session.hint = lambda: [longest]
        await pilot.press("ctrl+g")
        await pilot.pause()
        coach = screen.query_one("#coach")
        assert cat.get(longest).advice.split()[-1] in str(coach.render())
        needed = coach.get_content_height(coach.size, screen.size, coach.content_region.width)
        assert needed <= coach.content_region.height  # nothing cut off below the note
        for button in screen.query(ChoiceButton):
            assert screen.region.contains_region(button.region)
        assert screen.region.contains_region(screen.query_one(ReplyBox).region)


async def test_progress_never_says_n_of_n_before_the_last_reply(seen):
    """In deciding-to-end, after 1, 1, 2 the nearest good ending is one reply away, but not every option ends it."""
    from rehearse.tui.app import make_app

    app = make_app(scenario="deciding-to-end", persona="respectful", seed=1, typing=0)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("1", "1", "2")
        await pilot.pause()
        done, total = screen.session.progress()
        assert (done, total) == (3, 4) and not screen._last_reply()  # the case: the estimate says "the last"
        label = str(screen.query_one("#progress").render())
        assert "Reply 4 of about 5" in label
        # Where every option does end it, "N of about N" is true and is said.
        for _ in range(30):
            if screen.session.finished or screen._last_reply():
                break
            await pilot.press("1")
            await pilot.pause()
        if not screen.session.finished:
            n = screen.session.progress()[0] + 1
            assert f"Reply {n} of about {n}" in str(screen.query_one("#progress").render())


async def test_picker_keeps_its_place_after_a_report(app_factory):
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await finish_mini(app, pilot, persona="stiff")
        await pilot.press("escape")  # the report's way back: the library
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen) and picker.current.id == "mini"
    # Played from the command line, the library still opens at that scenario afterwards.
    app = app_factory(scenario="mini-t", persona="kind")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press("1", "1")
        await pilot.pause()
        await pilot.click("#report")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen) and app.screen.current.id == "mini-t"


async def test_leaving_at_once_keeps_no_unfinished_row_and_one_can_be_deleted(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await start_mini(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)  # and it does not claim a reply was saved
        assert "nothing to keep" in " ".join(str(w.render()) for w in app.screen.query("Static"))
        await pilot.press("enter")  # leave, yes
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen) and app.ctx.history() == []
        await finish_mini(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen) and len(app.ctx.history()) == 1
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert app.ctx.history() == [] and app.screen.query_one("DataTable").row_count == 0


async def test_carry_on_is_asked_once_and_not_now_is_remembered(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await start_mini(app, pilot)
        await pilot.press("1")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # not now
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)  # not asked again about the same session
        await start_mini(app, pilot, scenario="mini-t")
        await pilot.press("1")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)  # a newer unfinished session asks once more


async def test_welcome_shows_no_literal_backticks(library, private_home):
    from rehearse.tui.app import make_app

    app = make_app(typing=0)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        words = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "rehearse forget" in words and "`" not in words


def test_markdown_export_escapes_only_what_markdown_acts_on():
    from rehearse.engine.review.report import md_escape as _md_escape

    assert _md_escape("Hi Sam. How are you? (fine), e.g. 3.5!") == "Hi Sam. How are you? (fine), e.g. 3.5!"
    assert _md_escape("*bold* _it_ `code` [link](x) <b>") == "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\>"
    assert _md_escape("1. one\n- two\n# three") == "1\\. one  \n\\- two  \n\\# three"


def test_forget_one_session_and_an_ambiguous_prefix(tmp_path):
    first = _cli(["play", "not-heard", "--persona", "receptive", "--seed", "1", "--plain"], "1\n:quit\n", tmp_path)
    second = _cli(["play", "not-heard", "--persona", "defensive", "--seed", "1", "--plain"], "1\n:quit\n", tmp_path)
    assert first.returncode == second.returncode == 0
    rows = json.loads(_cli(["history", "--json"], "", tmp_path).stdout)
    assert len(rows) == 2 and rows[0]["id"][:2] == rows[1]["id"][:2]
    prefix = os.path.commonprefix([rows[0]["id"], rows[1]["id"]])
    amb = _cli(["export", prefix], "", tmp_path)
    assert amb.returncode == 1 and "could be any of 2 saved sessions" in amb.stderr
    gone = _cli(["forget", rows[0]["id"], "--yes"], "", tmp_path)
    assert gone.returncode == 0 and rows[0]["id"] in gone.stdout
    left = json.loads(_cli(["history", "--json"], "", tmp_path).stdout)
    assert [r["id"] for r in left] == [rows[1]["id"]]
    # Quitting before a first reply leaves no unfinished row.
    _cli(["play", "not-heard", "--persona", "receptive", "--plain"], ":quit\n", tmp_path)
    assert len(json.loads(_cli(["history", "--json"], "", tmp_path).stdout)) == 1


def test_a_terminal_free_driver_counts_as_somewhere_to_draw(monkeypatch):
    """`rehearse serve` runs the app over pipes with textual-serve's web driver named in TEXTUAL_DRIVER: that must
    open the app, not the plain-mode fallback meant for a bare pipe."""
    from rehearse import launch

    monkeypatch.setattr(launch.sys, "stdin", io.StringIO(""))
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    assert not launch.has_terminal()
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    assert launch.has_terminal()
