"""Drill history: every rep and every rated set, per skill, and progress per skill over days."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from rehearse.engine.load.spec import DIFFICULTIES
from rehearse.engine.model import Drill
from rehearse.engine.play.drill import RepFeedback, Suggestion
from rehearse.store.db import Store


def record_rep(store: Store, scenario: str, drill: Drill, fb: RepFeedback, at: float | None = None) -> None:
    """Save one rep, committed before its feedback is shown."""
    store.db.execute("INSERT INTO drill_reps (at, drill, scenario, skill, level, persona, reply, showed, heard)"
                     " VALUES (?,?,?,?,?,?,?,?,?)",
                     (time.time() if at is None else at, drill.id, scenario, drill.skill, fb.level, fb.persona,
                      fb.text, int(fb.showed_skill), fb.outcome))


def record_set(store: Store, drill: Drill, level: str, s: Suggestion, at: float | None = None) -> None:
    """Save how hard a set felt and what was suggested."""
    store.db.execute("INSERT INTO drill_sets (at, drill, skill, level, rating, move) VALUES (?,?,?,?,?,?)",
                     (time.time() if at is None else at, drill.id, drill.skill, level, s.rating, s.move))


@dataclass(frozen=True)
class DayRow:
    """One skill on one day: reps, how many showed the skill, the hardest level tried, how hard it felt."""

    skill: str
    day: str  # YYYY-MM-DD, local time
    reps: int
    showed: int
    level: str
    felt: float | None  # the mean rating of that day's sets, if any were rated

    def to_json(self) -> dict:
        """Plain JSON."""
        return {"skill": self.skill, "day": self.day, "reps": self.reps, "showed": self.showed, "level": self.level,
                "felt": self.felt}


def _day(at: float) -> str:
    return datetime.fromtimestamp(at).strftime("%Y-%m-%d")


def progress(store: Store, skill: str | None = None) -> list[DayRow]:
    """Per skill and day, oldest first within each skill."""
    where, args = (" WHERE skill=?", (skill,)) if skill else ("", ())
    days: dict[tuple[str, str], list] = {}
    for at, sk, level, showed in store.db.execute(f"SELECT at, skill, level, showed FROM drill_reps{where}", args):
        row = days.setdefault((sk, _day(at)), [0, 0, 0, []])
        row[0] += 1
        row[1] += int(showed)
        row[2] = max(row[2], DIFFICULTIES.index(level) if level in DIFFICULTIES else 0)
    for at, sk, rating in store.db.execute(f"SELECT at, skill, rating FROM drill_sets{where}", args):
        days.setdefault((sk, _day(at)), [0, 0, 0, []])[3].append(rating)
    return [DayRow(sk, day, r[0], r[1], DIFFICULTIES[r[2]], round(sum(r[3]) / len(r[3]), 1) if r[3] else None)
            for (sk, day), r in sorted(days.items())]


def progress_table(rows: list[DayRow], title=lambda gid: gid) -> str:
    """The progress rows as a plain text table, one line per skill and day."""
    if not rows:
        return "No drills practised yet. Try: rehearse drill --list"
    names = {r.skill: title(r.skill) for r in rows}
    width = min(max(len(n) for n in names.values()), 40)
    out = [f"{'Skill':<{width}}  {'Day':<10}  {'Reps':>4}  {'Showed':>6}  {'Hardest':<11}  Felt (0-10)"]
    for r in rows:
        felt = f"{r.felt:g}" if r.felt is not None else "-"
        out.append(f"{names[r.skill][:width]:<{width}}  {r.day:<10}  {r.reps:>4}  {f'{r.showed}/{r.reps}':>6}  "
                   f"{r.level:<11}  {felt}")
    return "\n".join(out)
