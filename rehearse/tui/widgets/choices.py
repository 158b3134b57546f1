"""The open options as buttons, and the box for replying in one's own words."""

from __future__ import annotations

from textual import on
from textual.containers import VerticalScroll
from textual.widgets import Button, Input

from rehearse.engine.play.runner import Option
from rehearse.tui import messages
from rehearse.tui.text import join, literal


class ChoiceButton(Button):
    """One option, labelled with the number key that picks it."""

    DEFAULT_CSS = """
    ChoiceButton {
        width: 1fr;
        height: auto;
        min-height: 1;
        text-align: left;
        content-align: left middle;
    }
    """

    def __init__(self, option: Option) -> None:
        super().__init__(compact=True)
        self.set_option(option)

    def set_option(self, option: Option) -> None:
        """Show this option (buttons are reused from turn to turn, so focus stays put)."""
        old = getattr(self, "number", None)
        if old != option.number:  # each class change restyles the button; a reused button keeps its number
            if old is not None:
                self.remove_class(f"choice-{old}")
            self.add_class(f"choice-{option.number}")
        self.number = option.number
        self.label = join((f"{option.number}  ", "bold"), literal(option.text))
        self.refresh(layout=True)  # a new label may wrap to another height; Button's label does not relayout


class ChoicePanel(VerticalScroll, can_focus=False):
    """The options open now; posts Chosen when one is pressed."""

    async def show(self, options) -> None:
        """Show these options (none hides the panel), reusing the buttons already there."""
        buttons = list(self.query_children(ChoiceButton))
        for button, option in zip(buttons, options):
            button.set_option(option)
        if len(buttons) > len(options):
            await self.remove_children(buttons[len(options):])
        elif len(options) > len(buttons):
            await self.mount_all([ChoiceButton(o) for o in options[len(buttons):]])
        self.display = bool(options)
        self.scroll_home(animate=False)

    def first(self) -> ChoiceButton | None:
        """The first option's button, if any."""
        buttons = self.query_children(ChoiceButton)
        return buttons.first() if buttons else None

    @property
    def count(self) -> int:
        """How many options are open."""
        return len(self.query_children(ChoiceButton))

    @on(Button.Pressed, "ChoiceButton")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        assert isinstance(event.button, ChoiceButton)
        self.post_message(messages.Chosen(event.button.number))


class ReplyBox(Input):
    """A reply in the user's own words; posts Typed and clears itself."""

    def __init__(self, **kw) -> None:
        # No select-all on focus: a letter typed on an option is carried into the box and must survive.
        super().__init__(placeholder="Or type your own words and press Enter", max_length=500,
                         select_on_focus=False, **kw)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if text:
            self.value = ""
            self.post_message(messages.Typed(text))
