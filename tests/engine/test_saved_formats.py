"""Sessions saved by older versions of rehearse keep resuming: a database written by the code before events had a
version (tests/data/saved_v0, see make.py there) is read, upgraded and played on."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from rehearse.engine.load.loader import load_scenario
from rehearse.engine.play.runner import Session
from rehearse.store.db import Store
from rehearse.store.recorder import Recorder
from rehearse.store.resume import resume_session

V0 = Path(__file__).resolve().parent.parent / "data" / "saved_v0"
MINI = V0.parent / "mini.yaml"
EXPECTED = json.loads((V0 / "expected.json").read_text())


def _state(session) -> dict:
    """The same view of a session that make.py recorded."""
    turn = session.turn()
    return {
        "node": turn.node, "finished": session.finished, "decisions": len(session.decisions),
        "vars": dict(session.vars),
        "options": [o.text for o in turn.options],
        "turn_lines": [[ln.speaker, ln.text] for ln in turn.lines],
        "transcript": [[ln.speaker, ln.text, ln.heard_as, ln.unheard, ln.say_more, ln.red_flag]
                       for ln in session.transcript],
        "picks": [[d.node, d.choice, d.typed, d.line_index] for d in session.decisions],
    }


@pytest.fixture
def old_store(private_home):
    """A copy of the old database, its scenario paths pointed at this checkout's mini.yaml."""
    private_home.mkdir(parents=True, exist_ok=True)
    db = private_home / "history.sqlite3"
    shutil.copy(V0 / "history.sqlite3", db)
    con = sqlite3.connect(db)
    con.execute("UPDATE sessions SET path=?", (str(MINI),))
    con.commit()
    con.close()
    store = Store(private_home)
    yield store
    store.close()


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_a_session_saved_before_versions_resumes_where_it_was(old_store, key):
    rec, msg = resume_session(old_store, EXPECTED[key]["sid"])
    assert rec is not None
    assert msg in ("", "This scenario has been edited since you last played it; your replies all still fit, so you "
                       "carry on where you were.")
    assert _state(rec.session) == EXPECTED[key]["state"]


def test_an_old_session_plays_on_and_resumes_again(old_store):
    sid = EXPECTED["rewound"]["sid"]
    rec, _ = resume_session(old_store, sid)
    assert rec is not None and not rec.session.finished
    rec.choose(1)  # a new turn, written in today's format after the old ones
    assert rec.session.finished
    again, msg = resume_session(old_store, sid)
    assert again is not None and _state(again.session) == _state(rec.session)
    assert old_store.get(sid).status == "finished"


def test_an_old_export_state_loads(key="finished"):
    sc, _ = load_scenario(MINI)
    old = EXPECTED[key]["to_json"]
    session = Session.from_json(sc, old)
    assert _state(session) == EXPECTED[key]["state"]


def test_an_unfinished_old_session_can_be_recorded_on(old_store):
    rec, _ = resume_session(old_store, EXPECTED["untouched"]["sid"])
    assert rec is not None and isinstance(rec, Recorder) and rec.session.vars["name"] == "Sam"
    rec.say("I felt unheard last week")
    assert len(rec.session.decisions) == 1
