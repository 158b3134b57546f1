"""The small shared widgets: the footer that redraws only when its keys change, the title bar, the progress meter."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.widgets import Button

from rehearse.tui.widgets.footer import Footer
from rehearse.tui.widgets.meter import Meter
from rehearse.tui.widgets.titlebar import TitleBar


class Special(Button):
    """A button with a key of its own."""

    BINDINGS = [Binding("f3", "app.noop", "Only here")]


class Keys(App):
    """Two buttons with the same keys and one with a key of its own."""

    BINDINGS = [Binding("f2", "noop", "Anywhere")]

    def compose(self):
        yield TitleBar()
        yield Button("one", id="one")
        yield Button("two", id="two")
        yield Special("three", id="special")
        yield Footer()

    def action_noop(self) -> None:
        """Nothing."""


def footer_text(app) -> str:
    return " ".join(str(k.render()) for k in app.query("FooterKey"))


async def test_footer_rebuilds_only_when_the_keys_on_show_change(monkeypatch):
    app = Keys()
    rebuilds = []
    original = Footer.recompose

    async def counted(self):
        rebuilds.append(self._shown)
        return await original(self)

    monkeypatch.setattr(Footer, "recompose", counted)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert "Anywhere" in footer_text(app)
        before = len(rebuilds)
        assert before >= 1
        for _ in range(3):  # focus moves between widgets that show the same keys: nothing to redraw
            app.query_one("#two").focus()
            await pilot.pause()
            app.query_one("#one").focus()
            await pilot.pause()
        assert len(rebuilds) == before
        assert "Only here" not in footer_text(app)
        app.query_one("#special").focus()  # a widget with a key of its own: the footer must show it
        await pilot.pause()
        assert len(rebuilds) == before + 1
        assert "Only here" in footer_text(app) and "Anywhere" in footer_text(app)
        app.query_one("#one").focus()
        await pilot.pause()
        assert "Only here" not in footer_text(app)


async def test_title_bar_follows_the_screen_title():
    app = Keys()
    app.title, app.sub_title = "rehearse", "a rehearsal"
    async with app.run_test() as pilot:
        await pilot.pause()
        bar = app.query_one(TitleBar)
        assert str(bar.render()) == "rehearse \u2014 a rehearsal"
        app.screen.sub_title = "[bold]not markup[/]"
        await pilot.pause()
        assert str(bar.render()) == "rehearse \u2014 [bold]not markup[/]"


class Progress(App):
    """A meter on its own, 40 cells wide."""

    def compose(self):
        yield Meter(id="meter")


async def test_meter_draws_the_words_then_the_fraction_done_to_the_edge(monkeypatch):
    app = Progress()
    async with app.run_test(size=(40, 3)) as pilot:
        meter = app.query_one(Meter)
        meter.show("Reply 2 of about 4", 1, 4)
        await pilot.pause()
        text = str(meter.render())
        assert text.startswith("Reply 2 of about 4  ")
        bar = text[len("Reply 2 of about 4  "):]
        assert len(bar) == 40 - len("Reply 2 of about 4") - 2
        assert bar == "\u2501" * round(len(bar) / 4) + "\u2500" * (len(bar) - round(len(bar) / 4))
        meter.show("Finished after 4 replies", 4, 4)
        assert set(str(meter.render())[len("Finished after 4 replies  "):]) == {"\u2501"}  # full, and no thin part
        redraws = []
        monkeypatch.setattr(meter, "refresh", lambda *a, **k: redraws.append(1))
        meter.show("Finished after 4 replies", 4, 4)
        assert not redraws  # the same words and fraction: nothing to redraw
        meter.show("Reply 1 of about 4", 0, 4)
        assert redraws == [1]
        monkeypatch.undo()
        narrow = Meter()
        narrow.label, narrow.total = "Reply 1 of about 4", 4
        assert str(narrow.render()) == "Reply 1 of about 4"  # no room (unsized): the words alone
