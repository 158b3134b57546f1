#!/usr/bin/env python3
"""Play every bundled scenario with every persona four fixed ways (always the first option, always the last, the
two alternating, seeded random) and count the missed chances with a note that the report holds, and the notes that
each text surface (plain text, Markdown, HTML) shows. Issue 14 measured 51 of 73 before the report model."""

from __future__ import annotations

import html
import random

from rehearse.engine.load.guidance import load_catalogue
from rehearse.engine.load.library import list_entries, load
from rehearse.engine.play.runner import start
from rehearse.engine.review.feedback import build_feedback
from rehearse.engine.review.report import render_report

WAYS = ("first", "last", "alternate", "random")


def pick(way: str, k: int, n: int, rng: random.Random) -> int:
    """The option number this way of choosing takes at decision k of n options."""
    return {"first": 1, "last": n, "alternate": 1 if k % 2 else n, "random": rng.randint(1, n)}[way]


def main() -> None:
    cat = load_catalogue()
    runs = lapses = in_model = surface_misses = 0
    for entry in list_entries():
        sc = load(entry.id, set(cat))
        role = "client" if sc.user_role == "client" else "therapist"
        for way in WAYS:
            for persona in sc.personas:
                s, rng, k = start(sc, persona, 3), random.Random(1), 0
                while not s.finished and k < 40:
                    s.choose(pick(way, k, len(s.turn().options), rng))
                    k += 1
                runs += 1
                fb = build_feedback(s, cat)
                # Markdown escapes punctuation and HTML entities: compare on the unescaped text.
                surfaces = [html.unescape(render_report(fb, f)).replace("\\", "") for f in ("text", "md", "html")]
                for i, d in enumerate(s.decisions, start=1):
                    chosen = sc.nodes[d.node].choices[d.choice]
                    for gid in chosen.misses:
                        g = cat.get(gid)
                        if g is None or g.role != role or not chosen.note:
                            continue
                        lapses += 1
                        in_model += any(i in lp.decisions for lp in fb.lapses if lp.guidance.id == gid)
                        surface_misses += sum(chosen.note not in text for text in surfaces)
    print(f"{runs} runs; {in_model} of {lapses} missed chances with a note are in the report; "
          f"{surface_misses} notes missing from a surface")


if __name__ == "__main__":
    main()
