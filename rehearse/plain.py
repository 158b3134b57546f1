"""Line-by-line play for pipes and screen readers: the same runner as the TUI, printed as text."""

from __future__ import annotations

import sys
from typing import TextIO

from rehearse.engine.review.feedback import build_feedback
from rehearse.engine.load.guidance import Catalogue
from rehearse.engine.review.report import render_report
from rehearse.engine.play.runner import RunnerError
from rehearse.engine.safety import NOT_THERAPY, check_text
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
                self.out.write("> ")
                self.out.flush()
                raw = self.read_line()
                if not self.inp.isatty() and raw:
                    self.out.write(printable(raw.rstrip("\n")) + "\n")  # echo, so piped transcripts read right
                if self.cut:
                    self.p(f"(That reply was longer than {MAX_REPLY:,} characters: only the first {MAX_REPLY:,} "
                           "are used and kept.)")
                if raw == "":
                    self.p()
                    self.p("(End of input: stopping here." + (" Your session is saved.)" if self.rec.store else ")"))
                    return 0
                if not self.handle(raw.strip()):
                    self.p("Stopped." + (f" Your session is saved; resume with: rehearse resume {self.rec.sid}"
                                         if self.rec.store else ""))
                    return 0
        except KeyboardInterrupt:
            self.p()
            self.p("Interrupted." + (f" Every reply so far is saved; resume with: rehearse resume {self.rec.sid}"
                                     if self.rec.store else ""))
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
            ids = self.s.hint()
            items = [self.cat.get(g) for g in ids if self.cat.get(g)]
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
        if text.isascii() and text.isdigit() and len(text) <= 3:
            n = int(text)
            if not 1 <= n <= len(self.s.turn().options):
                self.p(f"Please choose a number from 1 to {len(self.s.turn().options)}, or type your own words.")
                return True
            self.rec.choose(n)
            self.p(f"{self.s.scenario.user_name}: {self.s.transcript[self.s.decisions[-1].line_index].text}")
            self.show_turn()
            return True
        if text.startswith(":"):
            self.p(f"Unknown command {text!r}. {COMMANDS}.")
            return True
        safety = check_text(text, self.s.scenario.user_role)
        if safety.tier:
            return self.pause(safety.tier)
        heard = self.rec.say(text)
        if heard.choice is None:
            self.show_turn()
        else:
            heard_as = self.s.transcript[self.s.decisions[-1].line_index].heard_as
            self.p(f"(heard as: \u201c{heard_as}\u201d; :back takes it back)")
            self.show_turn()
        return True

    def pause(self, tier: int) -> bool:
        """Stop the scene and show help; the typed words are not sent into the role-play."""
        if not pause_for_help(self.p, self.out, self.inp, tier):
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
