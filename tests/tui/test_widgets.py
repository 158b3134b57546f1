"""The small shared widgets: the footer that redraws only when its keys change, and the title bar."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.widgets import Button

from rehearse.tui.widgets.footer import Footer
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
