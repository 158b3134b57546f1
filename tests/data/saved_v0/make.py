"""How history.sqlite3 and expected.json here were made: run once with the code of commit a61590c (before events
had types or a version), kept as test data so that sessions saved by that code must go on resuming.

    REHEARSE_HOME=$(mktemp -d) python tests/data/saved_v0/make.py

Do not rerun it with newer code: the point of the data is that it was written by the old one.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from rehearse.engine.load.loader import load_scenario
from rehearse.engine.play.runner import start
from rehearse.store.db import Store
from rehearse.store.recorder import Recorder
from rehearse.store.resume import resume_session

HERE = Path(__file__).resolve().parent
MINI = HERE.parent / "mini.yaml"


def _state(session) -> dict:
    """What a resumed session shows, as plain JSON, to compare after the format changes."""
    turn = session.turn()
    return {
        "node": turn.node, "finished": session.finished, "decisions": len(session.decisions),
        "vars": session.vars,
        "options": [o.text for o in turn.options],
        "turn_lines": [[ln.speaker, ln.text] for ln in turn.lines],
        "transcript": [[ln.speaker, ln.text, ln.heard_as, ln.unheard, ln.say_more, ln.red_flag]
                       for ln in session.transcript],
        "picks": [[d.node, d.choice, d.typed, d.line_index] for d in session.decisions],
    }


def main() -> None:
    folder = Path(__import__("os").environ["REHEARSE_HOME"])
    sc, _ = load_scenario(MINI)
    store = Store(folder)
    made: dict[str, dict] = {}

    # 1. Finished: a choice by number, a reply not understood, then a typed reply heard as a choice.
    rec = Recorder(start(sc, "kind", seed=3, name="Ana"), store)
    rec.choose(1)
    rec.say("purple elephants \u2014 na\u00efve \u201cquotes\u201d")
    rec.say("could we slow down")
    made["finished"] = {"sid": rec.sid}

    # 2. Rewound after finishing, then played on a different way: still active.
    rec = Recorder(start(sc, "stiff", seed=5), store)
    rec.choose(1)
    rec.choose(2)
    rec.rewind(1)
    rec.say("um")
    made["rewound"] = {"sid": rec.sid}

    # 3. Taken back at the start and left there (a rewind to 0), then one typed reply.
    rec = Recorder(start(sc, "kind", seed=7), store)
    rec.say("I felt unheard last week")
    rec.take_back()
    rec.choose(1)
    made["taken_back"] = {"sid": rec.sid}

    # 4. Started and never answered.
    rec = Recorder(start(sc, "stiff", seed=9, name="Sam"), store)
    made["untouched"] = {"sid": rec.sid}

    for key, item in made.items():
        again, msg = resume_session(store, item["sid"], read_only=True)
        assert again is not None and msg == "", (key, msg)
        item["state"] = _state(again.session)
        item["to_json"] = again.session.to_json()
    store.close()
    con = sqlite3.connect(folder / "history.sqlite3")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copy(folder / "history.sqlite3", HERE / "history.sqlite3")
    (HERE / "expected.json").write_text(json.dumps(made, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
