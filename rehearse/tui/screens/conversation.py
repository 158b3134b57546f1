"""The conversation: the transcript, the open options, the user's own words, and the ways back."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalGroup, VerticalGroup
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Label, Static

from rehearse.engine.play.runner import Heard, RunnerError
from rehearse.engine.safety import check_text
from rehearse.store.recorder import Recorder
from rehearse.tui import messages
from rehearse.tui.context import AppContext, typing_delay
from rehearse.tui.screens.dialogs import ConfirmDialog, CrisisDialog, RewindDialog
from rehearse.tui.text import join, literal
from rehearse.tui.widgets.chat import Transcript
from rehearse.tui.widgets.choices import ChoiceButton, ChoicePanel, ReplyBox
from rehearse.tui.widgets.footer import Footer
from rehearse.tui.widgets.meter import Meter
from rehearse.tui.widgets.titlebar import TitleBar


class ConversationScreen(Screen[None]):
    """Plays one session through its recorder, so every reply is saved before the answer appears."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "choose(1)", "Choose", key_display="1-9"),
        *[Binding(str(n), f"choose({n})", show=False) for n in range(2, 10)],
        Binding("ctrl+z", "take_back", "Undo", tooltip="Take back your last reply"),
        Binding("ctrl+r", "rewind", "Rewind", tooltip="Rewind: try a different answer at an earlier point"),
        Binding("ctrl+g", "hint", "Hint", tooltip="Hint: what guidance could help now"),
        Binding("escape", "leave", "Leave", tooltip="Leave this rehearsal (it stays saved)"),
    ]

    def __init__(self, rec: Recorder, ctx: AppContext, note: str = "") -> None:
        super().__init__()
        self.rec = rec
        self.session = rec.session
        self.ctx = ctx
        self.note = note  # e.g. why a resumed session starts where it does
        self.displayed = 0  # how many transcript lines have bubbles
        self.busy = False  # the simulated side is "typing"
        self.typing_replies = False  # the last reply was typed: keep the focus in the text box

    def compose(self) -> ComposeResult:
        sc = self.session.scenario
        yield TitleBar()
        with HorizontalGroup(id="status"):
            yield Label(Content(f"You play the {sc.user_role}"), id="role")
            yield Meter(id="progress")
        yield Transcript({"app": sc.app_name, "user": sc.user_name}, id="transcript")
        yield Static(id="coach", markup=False)
        with VerticalGroup(id="ending"):
            yield Static(id="ending-text", markup=False)
            with HorizontalGroup(classes="buttons"):
                yield Button("See how it went", id="report", variant="primary")
                yield Button("Try a different answer", id="rewind")
        yield ChoicePanel(id="choices")
        yield ReplyBox(id="reply")
        yield Footer()

    async def on_mount(self) -> None:
        self.sub_title = self.session.scenario.title
        self.query_one("#coach").display = False
        self.query_one("#ending").display = False
        if self.note:
            self.notify(self.note, title="Resumed", timeout=8)
        if self.session.decisions:
            await self.rebuild()  # resumed: every earlier turn in place at once
        else:
            await self.reveal()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Once the conversation has ended there is nothing to choose or hint at; hide those keys.
        return not (action in ("choose", "hint") and self.session.finished)

    # -- showing lines ------------------------------------------------------
    @asynccontextmanager
    async def _one_frame(self) -> AsyncIterator[None]:
        """Hold the repaint until a step's changes are all made: one layout, and they appear in one frame."""
        try:
            with self.app.batch_update():
                yield
        finally:
            self.check_idle()  # the screen repaints on its next idle, which a batch does not prompt

    async def reveal(self) -> None:
        """Show lines the runner has added since the last look, the simulated side after a short pause."""
        new = self.session.transcript[self.displayed:]
        if self.ctx.typing <= 0 or not any(ln.speaker == "app" for ln in new):
            async with self._one_frame():
                await self._add(new)
                await self.settle()
            return
        self.busy = True
        if not self.query_one(ReplyBox).has_focus:
            # Park on the transcript: digits then skip the pause, letters start a reply, arrows scroll.
            self.set_focus(self.query_one(Transcript), scroll_visible=False)
        self.query_one(ChoicePanel).display = False
        self.run_worker(self._type_out(new), exclusive=True, group="reveal")

    async def _type_out(self, lines) -> None:
        transcript = self.query_one(Transcript)
        for line in lines:
            if line.speaker == "app":
                transcript.show_typing()
                await asyncio.sleep(typing_delay(line.text, self.ctx.typing))
            async with self._one_frame():
                await self._add([line])
                if line is lines[-1]:  # the last line and the options appear together
                    await self.settle()

    async def _add(self, lines) -> None:
        if lines:
            self.displayed += len(lines)
            # Awaited, so the bubbles are mounted in the frame that shows them: a mount still running when
            # the frame is drawn asks for a second layout and frame once it finishes.
            await self.query_one(Transcript).add_lines(lines)

    async def flush(self) -> None:
        """Skip the rest of the typing pause and show everything now."""
        if self.busy:
            self.workers.cancel_group(self, "reveal")
            async with self._one_frame():
                await self._add(self.session.transcript[self.displayed:])
                await self.settle()

    async def rebuild(self) -> None:
        """Redraw the whole transcript (after a rewind, or on resume)."""
        self.workers.cancel_group(self, "reveal")
        async with self._one_frame():
            await self.query_one(Transcript).replace_lines(self.session.transcript)
            self.displayed = len(self.session.transcript)
            await self.settle()

    async def settle(self) -> None:
        """Show the open options or the ending, and the progress, once the lines are out."""
        self.busy = False
        turn = self.session.turn()
        reply = self.query_one(ReplyBox)
        panel = self.query_one(ChoicePanel)
        await panel.show(() if turn.finished else turn.options)
        reply.display = not turn.finished
        ending = self.query_one("#ending")
        if ending.display != turn.finished:
            ending.display = turn.finished
            self.refresh_bindings()  # Choose and Hint come and go with the ending
        done, total = self.session.progress()
        label = f"Finished after {done} repl{'y' if done == 1 else 'ies'}" if turn.finished else \
            f"Reply {done + 1} of about {max(total, done + 1)}"
        self.query_one("#progress", Meter).show(label, done, max(total, 1))
        if turn.finished:
            assert turn.ending is not None
            self.query_one("#ending-text", Static).update(join(
                ("The conversation has ended: ", "bold"), literal(turn.ending.label),
                "\nRead how it went, or go back and try a different answer."))
            self.query_one("#report").focus()
        elif not (reply.has_focus and reply.value):  # never pull the focus from a half-typed reply
            (reply if self.typing_replies else panel.first() or reply).focus()

    def coach(self, content: Content | None) -> None:
        """Show (or clear) the line between the transcript and the options."""
        box = self.query_one("#coach", Static)
        box.display = content is not None
        if content is not None:
            box.update(content)

    # -- replies ------------------------------------------------------------
    def _run(self, step, *args) -> tuple[bool, object]:
        """Call the recorder (which saves before returning); a scenario fault becomes a message, not a crash."""
        try:
            return True, step(*args)
        except RunnerError as exc:
            self.notify(f"This scenario hit a problem it cannot get past: {exc}", severity="error", timeout=10)
            return False, None

    async def action_choose(self, number: int) -> None:
        """Pick the option with this number (while the other side is still "typing", just show its lines)."""
        if self.busy:
            await self.flush()
            return
        if self.session.finished or not 1 <= number <= len(self.session.turn().options):
            return
        if self._run(self.rec.choose, number)[0]:
            self.typing_replies = self.query_one(ReplyBox).has_focus  # a number sent from the box
            self.coach(None)
            await self.reveal()

    @on(messages.Chosen)
    async def _chosen(self, event: messages.Chosen) -> None:
        await self.action_choose(event.number)

    @on(messages.Typed)
    async def _typed(self, event: messages.Typed) -> None:
        await self.flush()
        if self.session.finished:
            return
        text = event.text
        self.typing_replies = True
        if text.isascii() and text.isdigit() and len(text) <= 3:
            await self.action_choose(int(text))
            return
        check = check_text(text, self.session.scenario.user_role)
        if check.tier:
            # The words are not sent into the role-play: the scene stops until the user decides.
            self.app.push_screen(CrisisDialog(check.tier), self._after_crisis)
            return
        ok, heard = self._run(self.rec.say, text)
        if not ok:
            return
        assert isinstance(heard, Heard)
        if heard.choice is not None:
            # Repeated from the bubble, which may already be scrolled out of view on a small screen.
            line = self.session.transcript[self.session.decisions[-1].line_index]
            self.coach(join(("Heard as: ", "bold"), "\u201c", literal(line.heard_as or ""), "\u201d  ",
                            ("Not what you meant? Ctrl+Z takes it back.", "italic")))
        else:
            self.coach(None)
        await self.reveal()

    def _after_crisis(self, resume: bool | None) -> None:
        if not resume:
            self.dismiss(None)

    def redirect_key(self, event: events.Key | events.Paste) -> Widget | None:
        """Where typing or pasting on an option should go instead: the reply box (digits still pick)."""
        reply = self.query_one(ReplyBox)
        if isinstance(event, events.Paste):
            wanted = True
        else:
            char = event.character or ""
            wanted = event.is_printable and bool(char) and not char.isdigit()
        on_options = isinstance(self.focused, ChoiceButton) or (self.busy and self.focused is not reply)
        if wanted and reply.display and on_options:
            self.set_focus(reply)  # at once, so the keys after this one go straight to the box
            return reply
        return None

    # -- going back ---------------------------------------------------------
    async def action_take_back(self) -> None:
        """Undo the last reply."""
        if not self.session.decisions:
            self.notify("Nothing to take back yet.")
            return
        if self._run(self.rec.take_back)[0]:
            self.coach(Content("Taken back. You are where you were before that reply."))
            await self.rebuild()

    @on(Button.Pressed, "#rewind")
    def action_rewind(self) -> None:
        """Choose an earlier decision to answer differently."""
        if not self.session.decisions:
            self.notify("There is no earlier reply to go back to yet.")
            return
        self.app.push_screen(RewindDialog(self.session), self._after_rewind)

    async def _after_rewind(self, decision: int | None) -> None:
        if decision is None:
            return
        if self._run(self.rec.rewind, decision)[0]:
            self.coach(Content(f"Back to just before reply {decision + 1}. Try something different."))
            await self.rebuild()

    # -- help and leaving ---------------------------------------------------
    def action_hint(self) -> None:
        """Name the guidance that fits this moment, without saying which option shows it."""
        if self.session.finished:
            self.coach(Content("The conversation has ended; the report has the feedback."))
            return
        items = [g for g in (self.ctx.catalogue.get(i) for i in self.session.hint()) if g]
        if not items:
            self.coach(Content("Hint: there is no single right answer here. Say what is true for you."))
            return
        # Titles only: enough to steer by, short enough to leave the conversation in view.
        parts: list = [("Could help now: ", "bold")]
        for n, g in enumerate(items):
            parts += [", " if n else "", "\u201c", literal(g.title), "\u201d"]
        self.coach(join(*parts, "."))

    @on(Button.Pressed, "#report")
    def show_report(self) -> None:
        """On to the feedback."""
        self.post_message(messages.ShowReport(self.rec))

    def action_leave(self) -> None:
        """Step out of the text box, or leave the conversation (it stays saved)."""
        reply = self.query_one(ReplyBox)
        first = self.query_one(ChoicePanel).first()
        if reply.has_focus and first is not None:
            first.focus()
            return
        if not self.ctx.saving:
            kept = "Incognito: nothing of this conversation is kept."
        elif self.session.finished:
            kept = "It is saved: History has its transcript and report."
        else:
            kept = "Your replies so far are saved: carry on from History, or when rehearse next starts."
        self.app.push_screen(ConfirmDialog("Leave this rehearsal?", Content(kept), "Leave", "Stay"),
                             lambda leave: self.dismiss(None) if leave else None)
