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
from textual.widgets import Button, Label, Static

from rehearse.engine.play.reply import Outcome, get_ready, is_number
from rehearse.engine.textnorm import MAX_REPLY
from rehearse.store.recorder import Recorder
from rehearse.tui import messages
from rehearse.tui.context import AppContext, typing_delay
from rehearse.tui.screens.dialogs import ConfirmDialog, RewindDialog
from rehearse.tui.screens.outcomes import Outcomes
from rehearse.tui.text import join, literal
from rehearse.tui.widgets.chat import Transcript
from rehearse.tui.widgets.choices import ChoiceButton, ChoicePanel, DidYouMean, MeantButton, ReplyBox
from rehearse.tui.widgets.footer import Footer
from rehearse.tui.widgets.meter import Meter
from rehearse.tui.widgets.titlebar import TitleBar


class ConversationScreen(Outcomes, Screen[None]):
    """Plays one session through its recorder, so every reply is saved before the answer appears."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "choose(1)", "Choose", key_display="1-9"),
        *[Binding(str(n), f"choose({n})", show=False) for n in range(2, 10)],
        Binding("0", "decline", "None of these"),  # in the footer only while "did you mean" is asked
        Binding("ctrl+z", "take_back", "Undo", tooltip="Take back your last reply"),
        Binding("ctrl+r", "rewind", "Rewind", tooltip="Rewind: try a different answer at an earlier point"),
        Binding("ctrl+g", "hint", "Hint", tooltip="Hint: what guidance could help now"),
        Binding("escape", "leave", "Leave", tooltip="Leave this rehearsal (it stays saved)"),
    ]
    # Below 30 rows the reply box and notes take less room, so every option and the last line said fit.
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [(0, "-short"), (30, "-tall")]

    def __init__(self, rec: Recorder, ctx: AppContext, note: str = "") -> None:
        super().__init__()
        self.rec = rec
        self.session = rec.session
        self.ctx = ctx
        self.note = note  # e.g. why a resumed session starts where it does
        self.displayed = 0  # how many transcript lines have bubbles
        self.busy = False  # the simulated side is "typing"
        self.typing_replies = False  # the last reply was typed: keep the focus in the text box
        self._hint_turn, self._hint_at = -1, 0  # which turn the last hint was for, and which of its hints
        self.offer: Outcome | None = None  # a "did you mean" waiting for its answer
        self._swallowed = 0  # typing keys used up by the current typing pause

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
        yield DidYouMean(id="meant")
        yield ChoicePanel(id="choices")
        yield ReplyBox(id="reply")
        yield Static(id="reply-count", markup=False)
        yield Footer()

    async def on_mount(self) -> None:
        self.sub_title = self.session.scenario.title
        self.query_one("#coach").display = False
        self.query_one("#ending").display = False
        self.query_one("#reply-count").display = False
        if self.note:
            self.notify(self.note, title="Resumed", timeout=8)
        # In a thread while the opening lines appear, so the first typed reply does not wait for the readers' tables.
        self.run_worker(get_ready, thread=True, group="ready", exit_on_error=False)
        if self.session.decisions:
            await self.rebuild()  # resumed: every earlier turn in place at once
        else:
            await self.reveal()

    def _nothing_said(self) -> bool:
        """True before the first reply of a new session (nothing saved yet, so nothing to carry on)."""
        store, sid = self.rec.store, self.rec.sid
        return store is not None and sid is not None and not self.session.events and not store.events(sid)

    def on_unmount(self) -> None:
        # Left before a single reply: nothing to carry on, so no "unfinished" row is left in History.
        if self._nothing_said():
            assert self.rec.store is not None and self.rec.sid is not None
            self.rec.store.delete(self.rec.sid)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Once the conversation has ended there is nothing to choose or hint at; hide those keys.
        if action == "decline":
            return self.offer is not None
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
        self._swallowed = 0
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
            self.busy = False  # at once: keys arriving while the lines go up must not start another flush
            self.workers.cancel_group(self, "reveal")
            typed_over = self._swallowed > 1  # more than the one key that skips: the user was typing a reply
            if typed_over:
                self.typing_replies = True  # the focus goes to the box, so an Enter that follows chooses nothing
            async with self._one_frame():
                await self._add(self.session.transcript[self.displayed:])
                await self.settle()
                if typed_over:
                    self.coach(Content("What you typed while they were answering was not kept: read their "
                                       "answer, then reply."))

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
        self.close_offer()  # a take-back or rewind moves on from any open question
        turn = self.session.turn()
        box = self.query_one(ReplyBox)
        panel = self.query_one(ChoicePanel)
        await panel.show(() if turn.finished else turn.options)
        box.display = not turn.finished
        if box.choosable != len(turn.options):
            box.choosable = 0 if turn.finished else len(turn.options)
            if box.has_focus:  # the box's keys count in the footer only while it has the focus
                self.refresh_bindings()  # on an empty reply box, the digits of the options open now choose
        ending = self.query_one("#ending")
        if ending.display != turn.finished:
            ending.display = turn.finished
            self.refresh_bindings()  # Choose and Hint come and go with the ending
        done, total = self.session.progress()
        if turn.finished:
            label = f"Finished after {done} repl{'y' if done == 1 else 'ies'}"
        else:
            # "N of about N" claims this is the last reply: only when every option here ends the conversation.
            if total <= done + 1:
                total = done + 1 if self._last_reply() else done + 2
            label = f"Reply {done + 1} of about {total}"
        self.query_one("#progress", Meter).show(label, done, max(total, 1))
        if turn.finished:
            assert turn.ending is not None
            self.query_one("#ending-text", Static).update(join(
                ("The conversation has ended: ", "bold"), literal(turn.ending.label),
                "\nRead how it went, or go back and try a different answer."))
            self.query_one("#report").focus()
        elif not (box.has_focus and box.value):  # never pull the focus from a half-typed reply
            (box if self.typing_replies else panel.first() or box).focus()

    def _last_reply(self) -> bool:
        """True when whichever option is taken now, the conversation ends."""
        options = self.session.turn().options
        for option in options:
            probe = self.session.clone()
            probe.choose(option.number)
            if not probe.finished:
                return False
        return bool(options)

    def coach(self, content: Content | None, hint: bool = False) -> None:
        """Show (or clear) the line between the transcript and the options (a hint may take a few more rows)."""
        box = self.query_one("#coach", Static)
        box.display = content is not None
        box.set_class(hint, "-hint")
        self.set_class(hint and content is not None, "-hinting")  # on a short screen the options close up for it
        if content is not None:
            box.update(content)

    # -- replies (what became of one: screens/outcomes.py) --------------------
    async def action_choose(self, number: int) -> None:
        """Pick the option with this number (while the other side is still "typing", just show its lines)."""
        if self.offer is not None:
            await self._meant(number)
            return
        if self.busy:
            await self.flush()
            return
        if self.session.finished:
            return
        self.typing_replies = self.query_one(ReplyBox).has_focus  # a number sent from the box
        await self._reply(str(number))

    @on(messages.Chosen)
    async def _chosen(self, event: messages.Chosen) -> None:
        await self.action_choose(event.number)

    @on(messages.Typed)
    async def _typed(self, event: messages.Typed) -> None:
        await self.flush()
        if self.session.finished:
            return
        self.typing_replies = True
        if self.offer is not None and is_number(event.text):
            await self._meant(int(event.text))  # a number sent from the box answers the open question
            return
        self.close_offer()
        await self._reply(event.text)

    @on(messages.Meant)
    async def _meant_pressed(self, event: messages.Meant) -> None:
        await self._meant(event.place)

    def intercept_key(self, event: events.Key | events.Paste) -> bool:
        """Before the focused widget sees a key or paste: True when it is used up here (the app passes it no further).

        While the other side is "typing", any key finishes the pause, and keys that would type go nowhere: the
        reply box is for what comes after the answer is read (a paste, made on purpose, still lands there). Typing
        or pasting on an option (or on a "did you mean" answer) moves the focus to the reply box first, so this key
        and the rest of a burst land there in order (digits still choose).
        """
        box = self.query_one(ReplyBox)
        if self.busy:
            self.call_next(self.flush)
            if isinstance(event, events.Paste):
                self.set_focus(box)
                return False
            if event.is_printable:
                self._swallowed += 1
            return event.is_printable or event.key in ("enter", "backspace", "delete", "tab")
        if isinstance(event, events.Paste):
            wanted = True
        else:
            char = event.character or ""
            wanted = event.is_printable and bool(char) and not char.isdigit()
        if wanted and box.display and isinstance(self.focused, (ChoiceButton, MeantButton)):
            self.close_offer()  # typing again is saying it another way
            self.set_focus(box)  # at once, so this key and the ones after it go straight to the box
        return False

    @on(ReplyBox.Changed, "#reply")
    def _count(self, event: ReplyBox.Changed) -> None:
        """Past a quarter of the limit, how long the reply is, so a long paste is seen to have arrived whole."""
        n = len(event.value)
        box = self.query_one("#reply-count", Static)
        show = n >= MAX_REPLY // 4
        if show:
            near = n >= MAX_REPLY * 9 // 10
            box.update(Content.styled(f"{n:,} of {MAX_REPLY:,} characters", "bold $warning" if near else "dim"))
        if box.display != show:
            box.display = show

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
        """What could help now and the advice itself (never what was just done); again for the next one."""
        if self.session.finished:
            self.coach(Content("The conversation has ended; the report has the feedback."))
            return
        items = [g for g in (self.ctx.catalogue.get(i) for i in self.session.hint()) if g]
        just = self._just_done()
        fresh = [g for g in items if g.id not in just]
        if not fresh:
            self.coach(Content("Hint: there is no single right answer here. Say what is true for you."))
            return
        # Ctrl+G again shows the next piece of advice; a new turn starts from the first.
        turn = len(self.session.transcript)
        self._hint_at = self._hint_at + 1 if self._hint_turn == turn else 0
        self._hint_turn = turn
        g = fresh[self._hint_at % len(fresh)]
        more = f" (Ctrl+G: {len(fresh) - 1} more)" if len(fresh) > 1 else ""
        self.coach(join(("Could help now: ", "bold"), "\u201c", literal(g.title, "bold"), "\u201d. ",
                        literal(g.advice), (more, "dim")), hint=True)

    def _just_done(self) -> set[str]:
        """The guidance the reply just taken showed: a hint suggesting it again would send the user in circles."""
        if not self.session.decisions:
            return set()
        d = self.session.decisions[-1]
        node = self.session.scenario.nodes.get(d.node)
        choice = next((c for c in node.choices if c.index == d.choice), None) if node else None
        return set(choice.shows) if choice else set()

    @on(Button.Pressed, "#report")
    def show_report(self) -> None:
        """On to the feedback."""
        self.post_message(messages.ShowReport(self.rec))

    def action_leave(self) -> None:
        """Step out of the text box, or leave the conversation (it stays saved)."""
        if self.offer is not None:
            self.action_decline()
            return
        box = self.query_one(ReplyBox)
        first = self.query_one(ChoicePanel).first()
        if box.has_focus and first is not None:
            first.focus()
            return
        if not self.ctx.saving:
            kept = "Incognito: nothing of this conversation is kept."
        elif self.session.finished:
            kept = "It is saved: History has its transcript and report."
        elif self._nothing_said():
            kept = "You have not replied yet, so there is nothing to keep."
        else:
            kept = "Your replies so far are saved: carry on from History, or when rehearse next starts."
        self.app.push_screen(ConfirmDialog("Leave this rehearsal?", Content(kept), "Leave", "Stay"),
                             lambda leave: self.dismiss(None) if leave else None)
