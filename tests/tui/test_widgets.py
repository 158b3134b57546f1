"""The small shared widgets: the footer that redraws only when its keys change, the title bar, the progress meter."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.widgets import Button

from rehearse.tui.widgets.footer import Footer
from rehearse.tui.widgets.meter import Meter
from rehearse.tui.widgets.titlebar import TitleBar


class Special(Button):
    """A button with a key of its own."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("f3", "app.noop", "Only here")]


class Keys(App):
    """Two buttons with the same keys and one with a key of its own."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("f2", "noop", "Anywhere")]

    def compose(self):
        yield TitleBar()
        yield Button("one", id="one")
        yield Button("two", id="two")
        yield Special("three", id="special")
        yield Footer()

    def action_noop(self) -> None:
        """Nothing."""


def footer_text(app) -> str:
    return str(app.query_one(Footer).render())


async def test_footer_redraws_only_when_the_keys_on_show_change(monkeypatch):
    app = Keys()
    redraws = []
    original = Footer.refresh

    def counted(self, *a, **k):
        redraws.append(self.keys)
        return original(self, *a, **k)

    monkeypatch.setattr(Footer, "refresh", counted)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert "Anywhere" in footer_text(app)
        before = len(redraws)
        assert before >= 1
        for _ in range(3):  # focus moves between widgets that show the same keys: nothing to redraw
            app.query_one("#two").focus()
            await pilot.pause()
            app.query_one("#one").focus()
            await pilot.pause()
        assert len(redraws) == before
        assert "Only here" not in footer_text(app)
        app.query_one("#special").focus()  # a widget with a key of its own: the footer must show it
        await pilot.pause()
        assert len(redraws) == before + 1
        assert "Only here" in footer_text(app) and "Anywhere" in footer_text(app)
        app.query_one("#one").focus()
        await pilot.pause()
        assert "Only here" not in footer_text(app)


async def test_footer_keys_are_pressed_by_a_click_and_explained_on_hover():
    app = Keys()
    pressed = []
    app.action_noop = lambda: pressed.append("f2")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.query_one(Footer)
        text = footer_text(app)
        assert text.startswith(" f2 Anywhere ")
        assert text.endswith("\u258f^p palette ") and len(text) == 80  # the palette's key at the right edge
        await pilot.hover(Footer, offset=(2, 0))
        assert footer.tooltip is None  # "Anywhere" has no longer explanation
        await pilot.hover(Footer, offset=(78, 0))
        assert footer.tooltip  # the palette's key explains itself
        await pilot.click(Footer, offset=(2, 0))
        await pilot.pause()
        assert pressed == ["f2"]
        await pilot.click(Footer, offset=(40, 0))  # between the keys: nothing
        await pilot.pause()
        assert pressed == ["f2"]


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


class Crowded(App):
    """More keys than a narrow terminal holds, the crisis-lines key last."""

    BINDINGS: ClassVar[list[BindingType]] = [*(Binding(f"ctrl+{c}", f"noop('{c}')", f"Action {c}") for c in "abcdef"),
                Binding("f1", "noop('help')", "Crisis lines")]

    def compose(self):
        yield Footer()

    def action_noop(self, _: str) -> None:
        """Nothing."""


async def test_a_narrow_footer_drops_whole_keys_but_never_crisis_lines():
    app = Crowded()
    async with app.run_test(size=(40, 5)) as pilot:
        await pilot.pause()
        text = footer_text(app)
        assert len(text) <= 40 and "\n" not in text
        assert text.rstrip().endswith("f1 Crisis lines")  # kept though it comes last
        assert " ^a Action a " in text and "palette" not in text
        pairs = [p for p in text.split("  ") if p.strip()]
        assert all(p.strip().split(" ", 1)[1].startswith(("Action", "Crisis")) for p in pairs)  # no cut labels
        await pilot.resize_terminal(120, 5)
        await pilot.pause()
        assert "Action f" in footer_text(app) and "palette" in footer_text(app)


async def test_footer_forgets_the_hovered_key_when_the_keys_change():
    app = Keys()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.query_one(Footer)
        await pilot.hover(Footer, offset=(78, 0))
        assert footer.tooltip
        app.query_one("#special").focus()  # the keys change under the mouse
        await pilot.pause()
        assert footer.tooltip is None and footer._hover is None
