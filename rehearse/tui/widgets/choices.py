"""The open options as buttons, and the box for replying in one's own words."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import VerticalGroup, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Input, Static

from rehearse.engine.play.reply import DID_YOU_MEAN, NONE_OF_THESE
from rehearse.engine.play.runner import Option
from rehearse.engine.textnorm import MAX_REPLY
from rehearse.tui import messages
from rehearse.tui.text import clean_reply, join, literal


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


class MeantButton(Button):
    """One answer to "did you mean", labelled with the number key that picks it (0: none of these)."""

    def __init__(self, place: int) -> None:
        super().__init__(join(("0  ", "bold"), NONE_OF_THESE) if place == 0 else "", id=f"meant-{place}",
                         compact=True)
        self.place = place


class DidYouMean(VerticalGroup):
    """A small inline picker for a reply the engine is unsure of: up to three options and "none of these"."""

    DEFAULT_CSS = """
    DidYouMean {
        height: auto;
        padding: 0 1;
        display: none;
    }
    DidYouMean MeantButton {
        width: 1fr;
        height: auto;
        min-height: 1;
        text-align: left;
        content-align: left middle;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(Content(DID_YOU_MEAN), id="meant-heading")
        for place in (1, 2, 3, 0):
            yield MeantButton(place)

    def offer(self, text: str, options: tuple[Option, ...]) -> MeantButton:
        """Ask about these typed words: these options, best first, numbered from 1; returns the first answer."""
        # The words are repeated here: the box has been cleared, and the question is about them.
        self.query_one("#meant-heading", Static).update(join("You said ", literal(f"\u201c{text}\u201d", "italic"),
                                                              ". ", (DID_YOU_MEAN, "bold")))
        for button in self.query(MeantButton):
            if button.place:
                button.display = button.place <= len(options)
                if button.display:
                    button.label = join((f"{button.place}  ", "bold"), literal(options[button.place - 1].text))
        self.display = True
        return self.query_one("#meant-1", MeantButton)

    @on(Button.Pressed, "MeantButton")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        assert isinstance(event.button, MeantButton)
        self.post_message(messages.Meant(event.button.place))


class ReplyBox(Input):
    """A reply in the user's own words; posts Typed and clears itself. On an empty box, an option's digit chooses."""

    def __init__(self, **kw) -> None:
        # No select-all on focus: a letter typed on an option is carried into the box and must survive.
        super().__init__(placeholder="Or type your own words and press Enter", max_length=MAX_REPLY,
                         select_on_focus=False, **kw)
        self.choosable = 0  # how many options are open: their digits choose while the box is empty

    def _chooses(self, character: str | None) -> bool:
        return (not self.value and character is not None and len(character) == 1
                and "1" <= character <= "9" and int(character) <= self.choosable)

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """Digits that name an option are not the box's while it is empty: the screen's 1-9 keys (and footer) stay."""
        return False if self._chooses(character) else super().check_consume_key(key, character)

    def on_key(self, event: events.Key) -> None:
        if self._chooses(event.character):
            # Not typed: it bubbles on to the screen, whose binding chooses that option.
            event.prevent_default()

    def on_paste(self, event: events.Paste) -> None:
        # Pasted words arrive whole on one line (Input keeps only a paste's first line), control characters cleaned;
        # what does not fit is named, never dropped without a word.
        event.prevent_default()
        event.stop()
        text = clean_reply(event.text)
        start, end = sorted(self.selection)
        room = MAX_REPLY - (len(self.value) - (end - start))
        if len(text) > room:
            self.notify(f"Only the first {max(room, 0):,} characters of what you pasted fit (a reply can be up to "
                        f"{MAX_REPLY:,}); {len(text) - max(room, 0):,} were left out.", severity="warning", timeout=10)
            text = text[:max(room, 0)]
        if text:
            self.replace(text, start, end)

    def watch_value(self, old: str, new: str) -> None:
        if bool(old) != bool(new) and self.is_attached:
            self.screen.refresh_bindings()  # whether 1-9 choose, and so the footer, changes with an empty box

    def restricted(self) -> None:
        """Typing past the limit: say so, not only a bell."""
        self.app.bell()
        self.notify(f"A reply can be up to {MAX_REPLY:,} characters. Send this one, then carry on in the next.",
                    severity="warning", timeout=6)

    def refill(self, text: str) -> None:
        """Put words that were not sent back in the box, ready to change or send, and focus it."""
        self.value = text
        self.cursor_position = len(text)
        self.focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = clean_reply(event.value).strip()
        if text:
            self.value = ""
            self.post_message(messages.Typed(text))
