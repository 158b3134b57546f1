"""Line-by-line play for pipes and screen readers: the same runner as the TUI, printed as text."""

from __future__ import annotations

import sys
from typing import TextIO

from rehearse.engine.load.guidance import Catalogue
from rehearse.engine.play import reply
from rehearse.engine.play.reply import Kind, Outcome, is_number
from rehearse.engine.play.runner import RunnerError
from rehearse.engine.review.feedback import build_feedback
from rehearse.engine.review.report import render_report
from rehearse.engine.safety import NOT_THERAPY
from rehearse.engine.textnorm import MAX_REPLY, printable
from rehearse.store.recorder import Recorder

COMMANDS = ":back undoes your last reply, :hint names what could help now, :help shows crisis lines, :quit stops"


def resources_text() -> str:
    """Crisis lines as text, the user's region (REHEARSE_REGION or the locale) first."""
    from rehearse.helplines import as_text, places_for

    return "\n".join(as_text(places_for()))


def read_reply(inp: TextIO) -> tuple[str, bool]:
    """One line of input with at most MAX_REPLY characters kept, and whether it was cut (the rest of a longer line is
    read and dropped a piece at a time, so a 13 MB line costs no memory); '' at the end of input."""
    line = inp.readline(MAX_REPLY + 1)
    if len(line) <= MAX_REPLY or line.endswith("\n"):
        return line, False
    while True:
        rest = inp.readline(1 << 16)
        if rest == "" or rest.endswith("\n"):
            return line[:MAX_REPLY], True


def accept_any_bytes(inp: TextIO) -> None:
    """Bytes that are not UTF-8 (a pasted file, another encoding) become \ufffd on reading, never a traceback."""
    reconfigure = getattr(inp, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")


class PlainPlayer:
    """Prints turns and reads replies until an ending, :quit or end of input."""

    def __init__(self, rec: Recorder, catalogue: Catalogue, out: TextIO = sys.stdout, inp: TextIO = sys.stdin):
        self.rec = rec
        self.s = rec.session
        self.cat = catalogue
        self.out = out
        self.inp = inp
        accept_any_bytes(inp)
        self.cut = False  # whether the last line read was longer than MAX_REPLY

    def read_line(self) -> str:
        """One line of input, at most MAX_REPLY characters kept; '' at the end of input (see read_reply)."""
        line, self.cut = read_reply(self.inp)
        return line

    def p(self, text: str = "") -> None:
        """Print one line with control characters made harmless."""
        self.out.write(printable(text) + "\n")
        self.out.flush()

    def show_turn(self, all_lines: bool = False) -> None:
        """Print the lines of the current turn and the open options."""
        sc = self.s.scenario
        turn = self.s.turn()
        lines = self.s.transcript if all_lines else turn.lines
        for line in lines:
            who = sc.app_name if line.speaker == "app" else sc.user_name
            self.p(f"{who}: {line.text}")
        if turn.ending:
            return
        for opt in turn.options:
            self.p(f"  {opt.number}. {opt.text}")

    def _kept(self, saved: str) -> str:
        """What stopping now keeps: the saved session, or nothing before a first reply (nothing to carry on)."""
        store, sid = self.rec.store, self.rec.sid
        if store is None or sid is None:
            return ""
        return saved if store.events(sid) else " You stopped before your first reply, so nothing is kept."

    def run(self) -> int:
        """The play loop; returns the exit status."""
        sc = self.s.scenario
        self.p(f"{sc.title}  (you play the {sc.user_role}; persona: {self.s.persona})")
        self.p(NOT_THERAPY)
        self.p(f"Type a number or your own words. {COMMANDS}.")
        self.p()
        self.show_turn(all_lines=bool(self.s.decisions))
        try:
            while not self.s.finished:
                line = self.ask("> ")
                if line is None:
                    self.p()
                    self.p("(End of input: stopping here." + self._kept(" Your session is saved.") + ")")
                    return 0
                if not self.handle(line):
                    self.p("Stopped." + self._kept(f" Your session is saved; resume with: rehearse resume "
                                                   f"{self.rec.sid}"))
                    return 0
        except KeyboardInterrupt:
            self.p()
            self.p("Interrupted." + self._kept(f" Every reply so far is saved; resume with: rehearse resume "
                                               f"{self.rec.sid}"))
            return 130
        except RunnerError as exc:
            self.p(f"This scenario hit a problem it cannot get past: {exc}")
            return 1
        self.p()
        self.p(render_report(build_feedback(self.s, self.cat), "text"))
        return 0

    def handle(self, text: str) -> bool:
        """Act on one line of input; False means stop."""
        if not text:
            self.show_turn()
            return True
        low = text.lower()
        if low in (":quit", ":q", ":exit"):
            return False
        if low in (":help", ":h", "?"):
            self.p(NOT_THERAPY)
            self.p("If you are in danger or thinking of harming yourself, please reach out now:")
            self.p(resources_text())
            self.p("(Another country? Set REHEARSE_REGION, e.g. REHEARSE_REGION=AU; `rehearse help-lines` lists them.)")
            self.p(COMMANDS)
            return True
        if low == ":hint":
            items = [g for g in (self.cat.get(i) for i in self.s.hint()) if g]
            if not items:
                self.p("Hint: there is no single right answer here; say what is true for you.")
            for g in items:
                self.p(f"Hint: think about \u201c{g.title}\u201d. {g.advice} ({g.cite()})")
            return True
        if low in (":back", ":undo"):
            if self.rec.take_back():
                self.p("(Taken back. Here is where you were:)")
                self.show_turn()
            else:
                self.p("(Nothing to take back yet.)")
            return True
        if text.startswith(":"):
            self.p(f"Unknown command {text!r}. {COMMANDS}.")
            return True
        return self.render(reply.handle(self.s, text, self.rec))

    def ask(self, prompt: str) -> str | None:
        """Prompt and read one line (echoed when piped, so transcripts read right); None at end of input."""
        self.out.write(prompt)
        self.out.flush()
        raw = self.read_line()
        if not self.inp.isatty() and raw:
            self.out.write(printable(raw.rstrip("\n")) + "\n")  # echo, so piped transcripts read right
        if self.cut:
            self.p(f"(That reply was longer than {MAX_REPLY:,} characters: only the first {MAX_REPLY:,} "
                   "are used and kept.)")
        return None if raw == "" else raw.strip()

    def render(self, out: Outcome) -> bool:
        """Show what became of a reply; False means stop."""
        if out.kind is Kind.BAD_NUMBER:
            self.p(f"Please choose a number from 1 to {out.options}, or type your own words.")
        elif out.kind is Kind.CHOSEN:
            assert out.line is not None
            self.p(f"{self.s.scenario.user_name}: {out.line.text}")
            self.show_turn()
        elif out.kind is Kind.HEARD:
            self.p(f"(heard as: \u201c{out.heard_as}\u201d; :back takes it back)")
            self.show_turn()
        elif out.kind is Kind.NOT_UNDERSTOOD:
            if out.aside == reply.STEP_OUT:
                self.p(f"(rehearse: {out.aside} :help lists people you can call or text.)")
            elif out.aside:
                self.p(f"(rehearse: {out.aside})")
            self.show_turn()
        elif out.kind is Kind.CONFIRM:
            return self.did_you_mean(out)
        elif out.kind is Kind.PAUSE:
            return self.pause(out)
        elif out.kind is Kind.CHECK_IN:
            return self.check_in(out)
        return True

    def did_you_mean(self, out: Outcome) -> bool:
        """Offer the close options as a numbered mini-prompt; one number confirms, 0 or Enter says it again."""
        self.p(reply.DID_YOU_MEAN)
        for n, option in enumerate(out.candidates, 1):
            self.p(f"  {n}. {option.text}")
        self.p(f"  0. {reply.NONE_OF_THESE}")
        while True:
            pick = "Type 1" if len(out.candidates) == 1 else f"Type 1 to {len(out.candidates)}"
            answer = self.ask(f"{pick}, or 0 (Enter) for none of these > ")
            if answer is None:
                return False
            if answer in ("", "0"):
                self.p(f"({reply.SAY_AGAIN})")
                return True
            if not is_number(answer):
                return self.handle(answer)  # they said it another way (or typed a command)
            if 1 <= int(answer) <= len(out.candidates):
                return self.render(reply.confirm(self.s, out.text, out.candidates[int(answer) - 1], self.rec))
            self.p(f"Please type a number from 0 to {len(out.candidates)}, or say it another way.")

    def pause(self, out: Outcome) -> bool:
        """Stop the scene and show help first; the typed words are not sent or saved unless the user says so."""
        self.p()
        self.p(reply.PAUSED)
        self.p(reply.SUPPORT)
        self.p(resources_text())
        self.p(reply.NOT_SENT + " " + NOT_THERAPY)
        self.p("  1. Back to the rehearsal (Enter)")
        self.p("  2. It was part of the rehearsal: send it into the scene")
        self.p("  3. Stop here")
        while True:
            answer = self.ask("> ")
            if answer is None or answer.lower() in ("3", ":quit", ":q", "quit", "q"):
                return False
            if answer in ("", "1"):
                self.show_turn()
                return True
            if answer == "2":
                return self.render(reply.handle(self.s, out.text, self.rec, check=False))
            self.p("Please type 1, 2 or 3.")

    def check_in(self, out: Outcome) -> bool:
        """Ask kindly before the words go on: part of the rehearsal, or support now."""
        self.p()
        self.p(reply.CHECK_IN)
        self.p(f"  1. {reply.PART_OF_REHEARSAL} (your words go on into the scene)")
        self.p(f"  2. {reply.LIKE_SUPPORT}")
        while True:
            answer = self.ask("> ")
            if answer is None or answer.lower() in (":quit", ":q"):
                return False
            if answer == "1":
                return self.render(reply.handle(self.s, out.text, self.rec, check=False))
            if answer == "2":
                break
            self.p("Please type 1 or 2.")
        self.p(reply.SUPPORT_FIRST)
        self.p(reply.SUPPORT)
        self.p(resources_text())
        self.p(reply.NOT_SENT + " " + NOT_THERAPY)
        answer = self.ask("Press Enter to return to the rehearsal, or type :quit to stop. > ")
        if answer is None or answer.lower() in (":quit", ":q", "quit", "q"):
            return False
        self.show_turn()
        return True


def pause_for_help(p, out: TextIO, inp: TextIO, tier: int, back_to: str = "the rehearsal") -> bool:
    """Show help for words that need it (tier 1 pauses, tier 2 checks in); False when the user chooses to stop."""
    p()
    if tier == 1:
        p("Let's pause the rehearsal. What you wrote sounds like you might be going through something really hard.")
    else:
        p("Let's pause for a moment. That sounded heavy, and it matters more than the rehearsal.")
    p("You deserve support from a person right now. These lines are free and confidential:")
    p(resources_text())
    p(NOT_THERAPY)
    out.write(f"Press Enter to return to {back_to}, or type :quit to stop. > ")
    out.flush()
    answer = inp.readline()
    if not inp.isatty():
        out.write("\n")
    return not (answer == "" or answer.strip().lower() in (":quit", ":q", "quit", "q"))
