#!/usr/bin/env python3
"""Record report plans into tests/reportplans/: a good, a mixed and a poor path of each bundled scenario.

Each plan is the first path found (depth first, options in order, every persona from the first) that reaches that
outcome, with the lapses and rupture markers its report holds today. Read a recorded plan before committing it:
its lapse: and marker: lines become what the report must say.
"""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path

from rehearse.authoring.reportcheck import expected
from rehearse.engine.load.guidance import load_catalogue
from rehearse.engine.load.library import list_entries, load
from rehearse.engine.play.runner import start
from rehearse.engine.review.feedback import build_feedback

OUT = Path(__file__).resolve().parent.parent / "tests" / "reportplans"
MAX_DEPTH = 14


def find(sc, persona, outcome, prefer):
    """The first path to an ending of this outcome; `prefer` orders options (best first or worst first)."""
    todo = [[]]
    while todo:
        picks = todo.pop()
        s = start(sc, persona, 0)
        for p in picks:
            s.choose(p)
        if s.finished:
            if s.node.ending.outcome == outcome:
                return s
            continue
        if len(picks) < MAX_DEPTH:
            opts = list(range(1, len(s.turn().options) + 1))
            todo += [picks + [n] for n in reversed(prefer(sc, s, opts))]
    return None


def find_mixed_path(sc, persona, cat):
    """For a scenario with no mixed ending: the first path whose report has both a skill shown and a lapse."""
    todo = [[]]
    while todo:
        picks = todo.pop()
        s = start(sc, persona, 0)
        for p in picks:
            s.choose(p)
        if s.finished:
            fb = build_feedback(s, cat)
            if fb.followed and fb.lapses:
                return s
            continue
        if len(picks) < MAX_DEPTH:
            todo += [picks + [n] for n in range(len(s.turn().options), 0, -1)]
    return None


def by_quality(sc, s, opts, worst=False):
    """Options ordered best first (or, with worst, worst first): missing nothing, then showing the most."""
    node = sc.nodes[s.node.id]
    idx = [o.index for o in s.turn().options]

    def key(n):
        c = node.choices[idx[n - 1]]
        return (not c.misses, len(c.shows))
    return sorted(opts, key=key, reverse=not worst)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("ids", nargs="*", help="scenario ids (default: all)")
    args = ap.parse_args()
    cat = load_catalogue()
    OUT.mkdir(parents=True, exist_ok=True)
    for e in list_entries():
        if args.ids and e.id not in args.ids:
            continue
        sc = load(e.id, set(cat))
        for outcome in ("good", "mixed", "poor"):
            prefer = partial(by_quality, worst=outcome == "poor")
            s = next((x for p in sc.personas if (x := find(sc, p, outcome, prefer))), None)
            note = ""
            if s is None and outcome == "mixed":  # no mixed ending: a path with some skills and some lapses
                s = next((x for p in sc.personas if (x := find_mixed_path(sc, p, cat))), None)
                note = " (this scenario has no mixed ending: a path with skills and lapses)"
            if s is None:
                print(f"{sc.id}: no {outcome} path")
                continue
            fb = build_feedback(s, cat)
            lapses, markers = expected(fb)
            began = s.began_as  # the persona may have changed manner on the way (shifts:)
            replay = start(sc, began, 0)
            lines = [f"# {outcome} path, persona {began}{note}", f"scenario: {sc.id}", f"persona: {began}"]
            for d in s.decisions:
                number = [o.index for o in replay.turn().options].index(d.choice) + 1
                replay.choose(number)
                lines.append(f"select: {number}")
            lines.append(f"ending: {s.turn().ending.outcome}")
            lines += [f"lapse: {x}" for x in lapses] + [f"marker: {m}" for m in markers]
            path = OUT / f"{sc.id}.{outcome}.plan"
            path.write_text("\n".join(lines) + "\n")
            print(f"{path.name}: {len(s.decisions)} decisions, {len(lapses)} lapse(s), {len(markers)} marker(s)")


if __name__ == "__main__":
    main()
