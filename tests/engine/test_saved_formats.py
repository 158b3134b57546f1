"""Sessions saved by older versions of rehearse keep resuming: a database written by the code before events had a
version (tests/data/saved_v0, see make.py there) is read, upgraded and played on."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from rehearse.engine.load.loader import load_scenario
from rehearse.engine.play import events
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


# -- the event format itself --------------------------------------------------------------------------------------

def test_events_are_saved_with_the_current_version_and_read_back_the_same():
    log = [events.Chosen("open", 0, "d89e0c6c42"), events.Typed("reply", "um", None, 0.0, None),
           events.Typed("reply", "slow down", 0, 0.91, "61a43ab739"), events.Rewound(1),
           events.Typed("reply", "maybe slower", None, 0.4, None, offered=(0, 1)),
           events.Chosen("reply", 0, "61a43ab739", typed="maybe slower")]
    saved = [events.to_json(ev) for ev in log]
    assert {row["v"] for row in saved} == {events.VERSION}
    assert "offered" not in saved[1] and "text" not in saved[0]  # optional fields only when set
    assert [events.from_json(json.loads(json.dumps(row))) for row in saved] == log


def test_the_reader_names_the_versions_it_reads_and_upgrades_version_0():
    assert set(events.READS) == set(range(events.VERSION + 1))
    # Version 0 was read leniently: a missing score meant a sure match, a missing text an empty reply.
    assert events.from_json({"t": "say", "node": "a", "choice": 2}) == events.Typed("a", "", 2, 1.0, None)
    assert events.from_json({"t": "rewind", "to": "3"}) == events.Rewound(3)
    assert events.from_json({"t": "choose", "node": "a", "choice": 1}) == events.Chosen("a", 1, None)


def test_a_newer_or_broken_event_is_refused_with_a_reason():
    with pytest.raises(events.SavedFormatError, match="version 99"):
        events.from_json({"v": 99, "t": "choose", "node": "a", "choice": 0, "said": "x"})
    with pytest.raises(events.SavedFormatError, match="version 0 does not read"):
        events.from_json({"t": "rewind", "to": "three"})
    with pytest.raises(events.SavedFormatError, match=r"version \[1\]"):
        events.from_json({"v": [1], "t": "rewind", "to": 0})
    with pytest.raises(events.SavedFormatError, match="whole number"):
        events.from_json({"v": 1, "t": "choose", "node": "a", "choice": "0", "said": "x"})
    rows = [events.to_json(events.Rewound(0)), ["not", "an", "event"], events.to_json(events.Rewound(1))]
    read, note = events.read_log(rows)
    assert read == [events.Rewound(0)] and "first 1 saved event could" in note


def test_resume_stops_before_an_event_it_cannot_read_and_says_so(old_store):
    sid = EXPECTED["finished"]["sid"]
    old_store.db.execute("UPDATE events SET body='{\"v\": 7, \"t\": \"choose\"}' WHERE session=? AND seq=1", (sid,))
    rec, msg = resume_session(old_store, sid)
    assert rec is not None and len(rec.session.decisions) == 1 and not rec.session.finished
    assert "Only the first 1 saved event could be read" in msg and "version 7" in msg


def test_to_json_carries_the_version_and_round_trips(mini):
    s = Session(mini, "stiff", 4, "Kim")
    s.choose(1)
    s.say("purple elephants")
    data = json.loads(json.dumps(s.to_json()))
    assert data["version"] == events.VERSION and all(row["v"] == events.VERSION for row in data["events"])
    back = Session.from_json(mini, data)
    assert back.state == s.state
    with pytest.raises(events.SavedFormatError, match="format version 2"):
        Session.from_json(mini, {**data, "version": 2})


def test_the_state_is_one_value_that_clone_copies(mini):
    s = Session(mini, "kind")
    s.choose(1)
    twin = s.clone()
    assert twin.state == s.state and twin.state is not s.state
    twin.choose(1)
    assert s.state.node == "reply" and len(s.decisions) == 1 and s.vars["alliance"] == 1
    assert twin.finished and twin.vars["alliance"] == 2
    # A fork rewound to the start is a fresh session: the same state a new one has.
    assert s.fork(0).state == Session(mini, "kind").state


def test_replaying_an_offer_and_the_option_picked_after_it(mini):
    # A reply the runner was not sure of: options offered, nothing taken, nothing said back; then the user picks
    # one of them and their own words are kept, heard as it.
    s = Session(mini, "kind")
    first = mini.nodes["open"].choices[0]
    log = [events.Typed("open", "not listened to", None, 0.4, None, offered=(0,)),
           events.Chosen("open", 0, None, typed="not listened to")]
    assert s.replay(log) == 2
    assert [(ln.speaker, ln.text, ln.heard_as) for ln in s.transcript[:2]] == [
        ("app", "Hello you. How are things?", None), ("user", "not listened to", first.text)]
    assert len(s.decisions) == 1 and s.decisions[0].typed == "not listened to" and s.state.node == "reply"
    assert Session.from_json(mini, json.loads(json.dumps(s.to_json()))).state == s.state


def test_an_old_session_exports_with_todays_versioned_state(old_store):
    from rehearse.store.export import export_session

    sid = EXPECTED["finished"]["sid"]
    data = json.loads(export_session(old_store, sid, "json"))
    assert data["state"]["version"] == events.VERSION
    assert [row["t"] for row in data["state"]["events"]] == ["choose", "say", "say"]
    assert data["transcript"][3]["text"] == "purple elephants \u2014 na\u00efve \u201cquotes\u201d"
    # Exporting only reads: the rows on disk are still the old ones, without a version.
    assert all("v" not in json.loads(body) for (body,) in
               old_store.db.execute("SELECT body FROM events WHERE session=?", (sid,)))
