"""Record a best-path and a misstep testplan for each bundled scenario into tests/testplans/.

The best path takes, at each decision, the open choice that shows the most guidance and misses none;
the misstep path takes the first choice that misses guidance. Review a recorded plan before committing it:
it becomes the expected transcript.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rehearse.engine.load.guidance import load_catalogue
from rehearse.engine.load.library import list_entries, load
from rehearse.engine.play.runner import start
from rehearse.authoring.testplan import record_plan

OUT = Path(__file__).resolve().parent.parent / "tests" / "testplans"


def best(choices):
    """The choice that shows the most and misses nothing."""
    return max(choices, key=lambda c: (not c.misses, len(c.shows), -c.index))


def misstep(choices):
    """The first choice that misses guidance (else the weakest)."""
    return next((c for c in choices if c.misses), min(choices, key=lambda c: len(c.shows)))


def play(sc, persona, pick):
    s = start(sc, persona, 0)
    for _ in range(200):
        if s.finished:
            break
        open_ = [sc.nodes[s.node.id].choices[o.index] for o in s.turn().options]
        s.choose([c.index for c in open_].index(pick(open_).index) + 1)
    return s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("ids", nargs="*", help="scenario ids (default: all)")
    args = ap.parse_args()
    ids = set(load_catalogue())
    OUT.mkdir(parents=True, exist_ok=True)
    for e in list_entries():
        if args.ids and e.id not in args.ids:
            continue
        sc = load(e.id, ids)
        personas = list(sc.personas)
        for kind, pick, persona in (("best", best, personas[0]), ("misstep", misstep, personas[-1])):
            s = play(sc, persona, pick)
            path = OUT / f"{sc.id}.{kind}.plan"
            path.write_text(record_plan(s, f"{kind} path, persona {persona}"))
            print(f"{path.name}: {len(s.decisions)} decisions, ending {s.node.ending.outcome if s.finished else '-'}")


if __name__ == "__main__":
    main()
