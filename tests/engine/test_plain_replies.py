"""Plain mode's "did you mean" mini-prompt and its safety answers, played in-process with a private store."""

from __future__ import annotations

import io

from rehearse.engine.play.events import to_json
from rehearse.engine.play.runner import start
from rehearse.plain import PlainPlayer
from rehearse.store.db import Store
from rehearse.store.recorder import Recorder


def run(scenario, catalogue, home, typed: str) -> tuple[str, Recorder]:
    rec = Recorder(start(scenario, "kind"), Store(home))
    out = io.StringIO()
    PlainPlayer(rec, catalogue, out, io.StringIO(typed)).run()
    return out.getvalue(), rec


def saved(rec: Recorder) -> list[dict]:
    """The session's events as they are written to disk."""
    assert rec.store is not None and rec.sid is not None
    return [to_json(ev) for ev in rec.store.events(rec.sid)]


def test_did_you_mean_lists_the_candidates_and_one_number_confirms(mini, catalogue, private_home, unsure):
    out, rec = run(mini, catalogue, private_home, "maybe it was a lot\n2\n")
    prompt = out.split("> maybe it was a lot\n")[1]
    assert prompt.startswith("Did you mean\u2026\n  1. Fine.\n  2. I felt unheard last week.\n"
                             "  0. none of these, I'll say it another way\n")
    assert "(heard as: \u201cI felt unheard last week.\u201d; :back takes it back)" in out
    line = rec.session.transcript[rec.session.decisions[0].line_index]
    assert (line.text, line.heard_as) == ("maybe it was a lot", "I felt unheard last week.")
    offer, taken = saved(rec)  # the offer took nothing; the confirmed choice keeps the typed words
    assert offer["offered"] == [1, 0] and offer["choice"] is None
    assert (taken["t"], taken["choice"], taken["text"]) == ("choose", 0, "maybe it was a lot")


def test_none_of_these_takes_nothing_and_asks_again(mini, catalogue, private_home, unsure):
    out, rec = run(mini, catalogue, private_home, "maybe it was a lot\n0\n")
    assert "(Say it another way, or pick one of the options.)" in out
    assert not rec.session.decisions and [e["choice"] for e in saved(rec)] == [None]  # the offer, nothing taken


def test_saying_it_another_way_at_the_prompt_is_taken_as_the_next_reply(mini, catalogue, private_home, unsure):
    out, rec = run(mini, catalogue, private_home, "maybe it was a lot\ni didn't feel listened to\n")
    assert "(heard as: \u201cI felt unheard last week.\u201d" in out
    assert [(e["text"], e["choice"]) for e in saved(rec)] == [("maybe it was a lot", None),
                                                               ("i didn't feel listened to", 0)]


def test_a_number_out_of_range_at_the_prompt_is_explained(mini, catalogue, private_home, unsure):
    out, rec = run(mini, catalogue, private_home, "maybe it was a lot\n5\n1\n")
    assert "Please type a number from 0 to 2" in out
    assert rec.session.decisions[0].typed == "maybe it was a lot" and rec.session.finished  # "Fine." ends it


def test_a_pause_carried_on_sends_and_saves_the_words(mini, catalogue, private_home):
    out, rec = run(mini, catalogue, private_home, "I want to kill myself\n2\n")
    assert "Let's pause the rehearsal" in out
    assert [e["text"] for e in saved(rec)] == ["I want to kill myself"]


def test_stop_at_a_pause_saves_nothing(mini, catalogue, private_home):
    out, rec = run(mini, catalogue, private_home, "I want to kill myself\n3\n")
    assert "Stopped." in out and saved(rec) == []


def test_distress_not_understood_steps_out_of_the_scene(mini, catalogue, private_home, monkeypatch):
    from dataclasses import dataclass, replace

    from rehearse.engine.play import reply

    @dataclass(frozen=True)
    class Distressed:
        tier: int = 0
        category: str = ""
        distress: bool = True

    monkeypatch.setattr(reply, "check_text", lambda text, role: Distressed())
    out, rec = run(replace(mini, say_more="I'm not sure I caught that."), catalogue, private_home,
                   "everything is too much lately\n")
    after = out.split("> everything is too much lately\n")[1]
    assert after.startswith("(rehearse: Stepping out of the scene") and ":help lists people" in after
    assert "I'm not sure I caught that." not in out  # the other side does not answer it
    assert [e["text"] for e in saved(rec)] == ["everything is too much lately"]
