"""`rehearse drill --plain`: deliberate-practice drills line by line, the same DrillSession the app drives."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from rehearse.engine.load.guidance import Catalogue
from rehearse.engine.model import Drill, Scenario
from rehearse.engine.play.drill import LEVELS, SET_SIZE, DrillSession, Paused, describe
from rehearse.engine.safety import NOT_THERAPY
from rehearse.engine.textnorm import MAX_REPLY, printable
from rehearse.plain import accept_any_bytes, pause_for_help, read_reply, resources_text
from rehearse.store.db import Store

COMMANDS = (":skip gives another wording, :level gentle|moderate|challenging changes level, "
            ":help shows crisis lines, :quit stops")


def drill_json(sc: Scenario, d: Drill, catalogue: Catalogue | None = None) -> dict:
    """One drill for `rehearse drill --list --json`."""
    g = catalogue.get(d.skill) if catalogue is not None else None
    return {"id": d.id, "scenario": sc.id, "scenario_title": sc.title, "user_role": sc.user_role, "node": d.node,
            "skill": d.skill, "skill_title": g.title if g else None, "focus": d.focus,
            "levels": [level for level, lines in d.levels if lines],
            "wordings": {level: len(lines) for level, lines in d.levels}}


def list_drills(drills: list[tuple[Scenario, Drill]], catalogue: Catalogue, as_json: bool, out: TextIO) -> None:
    """Print the drills, grouped by who the user plays, or as JSON."""
    if as_json:
        out.write(json.dumps([drill_json(sc, d, catalogue) for sc, d in drills], indent=2, ensure_ascii=False) + "\n")
        return
    for role in ("client", "therapist"):
        group = [(sc, d) for sc, d in drills if sc.user_role == role]
        if not group:
            continue
        out.write("You play the client:\n" if role == "client" else "You play the therapist (trainee practice):\n")
        for sc, d in group:
            g = catalogue.get(d.skill)
            out.write(f"  {d.id:<30} {g.title if g else d.skill}  [{sc.id}]\n")
    out.write("Start one with: rehearse drill ID --plain\n")


class PlainDriller:
    """Shows each rep's moment, reads a reply, prints feedback; asks how hard each set felt."""

    def __init__(self, ds: DrillSession, catalogue: Catalogue, store: Store | None,
                 out: TextIO = sys.stdout, inp: TextIO = sys.stdin):
        self.ds = ds
        self.cat = catalogue
        self.store = store
        self.out = out
        self.inp = inp
        accept_any_bytes(inp)

    def p(self, text: str = "") -> None:
        """Print one line with control characters made harmless."""
        self.out.write(printable(text) + "\n")
        self.out.flush()

    def ask(self, prompt: str = "> ") -> str | None:
        """One line of input (None at end of input), echoed when piped so a transcript reads right."""
        self.out.write(prompt)
        self.out.flush()
        raw, cut = read_reply(self.inp)
        if raw == "":
            return None
        if not self.inp.isatty():
            self.out.write(printable(raw.rstrip("\n")) + "\n")
        if cut:
            self.p(f"(That reply was longer than {MAX_REPLY:,} characters: only the first {MAX_REPLY:,} are used.)")
        return raw.strip()

    def intro(self) -> None:
        """What this drill practises, and how."""
        ds = self.ds
        g = self.cat.get(ds.drill.skill)
        self.p(f"Drill: {ds.drill.id}, from \u201c{ds.scenario.title}\u201d (you play the {ds.scenario.user_role})")
        self.p(f"Skill: {g.title if g else ds.drill.skill}." + (f" {ds.drill.focus}" if ds.drill.focus else ""))
        if g is not None:
            self.p(f"Why: {g.advice} ({g.cite()})")
        self.p(NOT_THERAPY)
        self.p(f"Each rep is one moment: reply in your own words. A set is {ds.set_size} reps; then you say how hard "
               "it felt. " + COMMANDS + ".")
        self.p()

    def show_moment(self) -> None:
        """The lines before, and the hard line."""
        m = self.ds.moment()
        self.p(f"-- Rep {m.rep} of {self.ds.set_size} ({m.level}; {m.app_name} is {m.persona}) --")
        if not m.before:
            self.p(f"(The scene: {m.scene})")
        for line in m.before:
            self.p(f"{m.app_name if line.speaker == 'app' else m.user_name}: {line.text}")
        self.p(f"{m.app_name}: {m.hard_line}")

    def run(self) -> int:
        """The drill loop; returns the exit status."""
        self.intro()
        try:
            self.show_moment()
            while True:
                text = self.ask()
                if text is None:
                    self.p()
                    self.p("(End of input: stopping here." + (" Every rep is saved.)" if self.store else ")"))
                    return 0
                if not self.handle(text):
                    self.p("Stopped." + (" Every rep is saved; `rehearse drill --progress` shows how it is going."
                                         if self.store else ""))
                    return 0
        except KeyboardInterrupt:
            self.p()
            self.p("Interrupted." + (" Every rep so far is saved." if self.store else ""))
            return 130

    def handle(self, text: str) -> bool:
        """Act on one line of input; False means stop."""
        low = text.lower()
        if not text:
            self.show_moment()
            return True
        if low in (":quit", ":q", ":exit"):
            return False
        if low in (":help", ":h", "?"):
            self.p(NOT_THERAPY)
            self.p("If you are in danger or thinking of harming yourself, please reach out now:")
            self.p(resources_text())
            self.p(COMMANDS)
            return True
        if low == ":skip":
            self.ds.skip()
            self.show_moment()
            return True
        if low.startswith(":level"):
            level = low.split(maxsplit=1)[1].strip() if " " in low else ""
            if level not in LEVELS:
                self.p(f"Choose a level: {', '.join(LEVELS)}.")
                return True
            self.ds.next_set(level)
            self.p(f"(Now at {level}: a new set of {self.ds.set_size}.)")
            self.show_moment()
            return True
        if text.startswith(":"):
            self.p(f"Unknown command {text!r}. {COMMANDS}.")
            return True
        result = self.ds.answer(text)
        if isinstance(result, Paused):
            if not pause_for_help(self.p, self.out, self.inp, result.tier, "the drill"):
                return False
            self.show_moment()
            return True
        if self.store is not None:
            from rehearse.store.drills import record_rep

            record_rep(self.store, self.ds.scenario.id, self.ds.drill, result)  # saved before it is shown
        for line in describe(result, self.cat):
            self.p(line)
        self.p()
        if self.ds.set_done:
            return self.end_set()
        self.show_moment()
        return True

    def end_set(self) -> bool:
        """Ask how hard the set felt, suggest a level, start the next set; False means stop."""
        ds = self.ds
        showed = sum(r.showed_skill for r in ds.reps)
        self.p(f"Set done: {showed} of {len(ds.reps)} replies showed the skill.")
        while True:
            answer = self.ask("How hard did that set feel, from 0 (easy) to 10 (far too hard)? > ")
            if answer is None or answer.lower() in (":quit", ":q"):
                return False
            if answer.isascii() and answer.isdigit() and 0 <= int(answer) <= 10:
                break
            self.p("Please type a whole number from 0 to 10.")
        level = ds.level
        s = ds.rate(int(answer))
        if self.store is not None:
            from rehearse.store.drills import record_set

            record_set(self.store, ds.drill, level, s)
        self.p(f"Suggestion: {s.move} ({s.level}). {s.why}")
        answer = self.ask(f"Enter starts the next set at {s.level}; or type a level, or :quit. > ")
        if answer is None or answer.lower() in (":quit", ":q", "quit", "q"):
            return False
        ds.next_set(answer.lower() if answer.lower() in LEVELS else s.level)
        self.p()
        self.show_moment()
        return True


def start_drill(sc: Scenario, drill: Drill, level: str = LEVELS[0], seed: int = 0,
                set_size: int = SET_SIZE) -> DrillSession:
    """A drill session (one place, so the app and plain mode start it alike)."""
    return DrillSession(sc, drill, level, seed, set_size)
