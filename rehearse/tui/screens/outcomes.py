"""How the conversation screen shows what became of a reply: heard, "did you mean", not understood, or the
safety check-in and pause. The engine decides (rehearse.engine.play.reply); this only renders its answer."""

from __future__ import annotations

from functools import partial
from textual.content import Content

from rehearse.engine.play import reply
from rehearse.engine.play.reply import Kind, Outcome
from rehearse.engine.play.runner import RunnerError
from rehearse.tui.screens.dialogs import CheckInDialog, CrisisDialog
from rehearse.tui.text import join, literal, shorten
from rehearse.tui.widgets.choices import ChoicePanel, DidYouMean, ReplyBox

HEARD_AFTER = "  Not what you meant? Ctrl+Z takes it back."


class Outcomes:
    """Mixed into ConversationScreen (a Screen with session, rec, coach() and reveal()): the half of it that turns an
    engine Outcome into what the user sees."""

    offer: Outcome | None  # a "did you mean" waiting for its answer

    def _run(self, step, *args, **kw) -> tuple[bool, object]:
        """Call the engine through the recorder (which saves before returning); a scenario fault becomes a message."""
        try:
            return True, step(*args, **kw)
        except RunnerError as exc:
            self.notify(f"This scenario hit a problem it cannot get past: {exc}", severity="error", timeout=10)
            return False, None

    async def _reply(self, text: str, check: bool = True) -> None:
        """Hand one reply to the engine and show what became of it."""
        ok, out = self._run(reply.handle, self.session, text, self.rec, check=check)
        if ok:
            assert isinstance(out, Outcome)
            await self.show_outcome(out)

    async def show_outcome(self, out: Outcome) -> None:
        """Render what the engine made of a reply; the rules for it live in the engine, not here."""
        if out.kind is Kind.BAD_NUMBER:
            self.coach(Content(f"Please choose a number from 1 to {out.options}, or type your own words."))
        elif out.kind is Kind.CONFIRM:
            self.ask_meant(out)
        elif out.kind is Kind.PAUSE:
            # The words are not sent into the role-play or saved: the scene stops until the user decides.
            self.app.push_screen(CrisisDialog(), partial(self._after_safety, out.text))
        elif out.kind is Kind.CHECK_IN:
            self.app.push_screen(CheckInDialog(), partial(self._after_safety, out.text))
        else:
            if out.kind is Kind.HEARD:
                # Repeated from the bubble, which may already be scrolled out of view on a small screen; a long
                # option is shortened so the way back (Ctrl+Z) always shows in the rows the note has.
                after = HEARD_AFTER
                rows = 2 if self.has_class("-short") else 4
                room = rows * max(self.size.width - 6, 20) - len("Heard as: \u201c\u201d" + after) - 8
                self.coach(join(("Heard as: ", "bold"), "\u201c", literal(shorten(out.heard_as or "", room)),
                                "\u201d", (after, "italic")))
            elif out.kind is Kind.NOT_UNDERSTOOD and out.aside:
                # The app's own voice, out of the scene: not a line in the other side's mouth.
                extra = " F1 shows people you can talk to." if out.aside == reply.STEP_OUT else ""
                self.coach(join(("rehearse: ", "bold"), out.aside + extra))
            else:
                self.coach(None)
            await self.reveal()

    # -- did you mean --------------------------------------------------------
    def ask_meant(self, out: Outcome) -> None:
        """Offer the options the engine thinks the reply may mean, in place of the full list; one key answers."""
        self.offer = out
        self.coach(None)
        self.query_one(ChoicePanel).display = False
        self.query_one(DidYouMean).offer(out.text, out.candidates).focus()
        self.refresh_bindings()

    def close_offer(self) -> None:
        """Put the full list of options back."""
        if self.offer is None:
            return
        self.offer = None
        self.query_one(DidYouMean).display = False
        self.query_one(ChoicePanel).display = not self.session.finished
        self.refresh_bindings()

    async def _meant(self, place: int) -> None:
        out = self.offer
        if out is None:
            return
        if place == 0:
            self.action_decline()
            return
        if not 1 <= place <= len(out.candidates):
            return
        self.close_offer()
        ok, heard = self._run(reply.confirm, self.session, out.text, out.candidates[place - 1], self.rec)
        if ok:
            assert isinstance(heard, Outcome)
            await self.show_outcome(heard)

    def action_decline(self) -> None:
        """None of these: the words go back in the box to say another way; nothing was sent."""
        out = self.offer
        if out is None:
            return
        self.close_offer()
        self.query_one(ReplyBox).refill(out.text)
        self.coach(Content(reply.SAY_AGAIN))

    # -- safety --------------------------------------------------------------
    async def _after_safety(self, text: str, answer: str | None) -> None:
        """After a pause or a check-in: send the words on, show support, leave, or go back with nothing sent."""
        if answer == "leave":
            self.dismiss(None)
        elif answer == "send":  # the user said it was part of the rehearsal
            await self._reply(text, check=False)
        elif answer == "support":
            self.app.push_screen(CrisisDialog(reply.SUPPORT_FIRST), partial(self._after_safety, text))
        elif answer == "keep":
            self.query_one(ReplyBox).refill(text)  # back from a check-in, unsent: the words wait in the box
        else:
            self.coach(Content(reply.NOT_SENT))
