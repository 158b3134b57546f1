"""The runner's pull API: turns, choices, typed replies, rewind, saving and determinism."""

import json

import pytest

from rehearse.engine.play.runner import RunnerError, Session, pick_persona, start


def test_first_turn_renders_template_and_lists_options(mini):
    s = start(mini, "kind", name="Ana")
    t = s.turn()
    assert [ln.text for ln in t.lines] == ["Hello Ana. How are things?"]
    assert [o.text for o in t.options] == ["I felt unheard last week.", "Fine."]
    assert not t.finished and t.decision == 0


def test_persona_changes_line_and_branch(mini):
    kind, stiff = start(mini, "kind"), start(mini, "stiff")
    kind.choose(1)
    stiff.choose(1)
    assert kind.turn().lines[0].text == "Thank you for telling me."
    assert stiff.turn().lines[0].text == "I always listen."
    assert stiff.turn().lines[0].red_flag == "defensive"
    kind.choose(1)
    stiff.choose(1)
    assert kind.turn().ending.outcome == "good"
    assert stiff.turn().ending.outcome == "mixed"


def test_effects_add_to_numbers(mini):
    s = start(mini, "kind")
    s.choose(1)
    s.choose(2)
    assert s.vars["alliance"] == 0  # +1 then -1
    assert [d.after["alliance"] for d in s.decisions] == [1, 0]


def test_typed_reply_heard_as_choice_and_shown(mini):
    s = start(mini, "kind")
    heard = s.say("honestly I didn't feel listened to")
    assert heard.choice is not None and heard.choice.index == 0
    user_line = s.transcript[s.decisions[0].line_index]
    assert user_line.text == "honestly I didn't feel listened to"
    assert user_line.heard_as == "I felt unheard last week."


def test_unmatched_typed_reply_keeps_choices_and_the_scene_says_only_an_authored_line(mini):
    from dataclasses import replace

    s = start(mini, "kind")
    heard = s.say("purple elephants")
    assert heard.choice is None and not heard.candidates
    t = s.turn()
    assert t.lines == ()  # no author's line: the host answers in the app's own voice, not the other side's
    assert len(t.options) == 2 and t.decision == 0
    assert s.transcript[-1].text == "purple elephants" and s.transcript[-1].unheard
    s = start(replace(mini, say_more="Say more, {{ name }}?"), "kind", name="Ada")
    s.say("purple elephants")
    assert s.turn().lines[-1].say_more and s.turn().lines[-1].text == "Say more, Ada?"
    s.say("purple elephants", in_scene=False)  # a reply the app steps out of the scene for
    assert s.transcript[-1].text == "purple elephants" and s.events[-1].aside


def test_take_back_and_rewind(mini):
    s = start(mini, "stiff")
    s.say("I didn't feel listened to")
    assert s.take_back()
    assert s.turn().node == "open" and not s.decisions
    s.choose(1)
    s.choose(2)
    assert s.finished
    s.rewind(1)
    assert s.turn().node == "reply" and len(s.decisions) == 1 and not s.finished
    assert s.turn().lines[0].text == "I always listen."
    s.rewind(0)
    assert s.turn().node == "open" and s.vars["alliance"] == 0


def test_choose_out_of_range(mini):
    s = start(mini, "kind")
    with pytest.raises(ValueError):
        s.choose(3)
    with pytest.raises(ValueError):
        s.choose(0)


def test_cannot_reply_after_ending(mini):
    s = start(mini, "kind")
    s.choose(2)
    assert s.finished
    with pytest.raises(RunnerError):
        s.choose(1)


def test_json_round_trip_resumes_same_turn(mini):
    s = start(mini, "stiff", seed=7, name="Bo")
    s.say("purple elephants")
    s.say("I didn't feel listened to")
    data = json.loads(json.dumps(s.to_json()))
    assert data["hash"] == mini.content_hash
    r = Session.from_json(mini, data)
    assert r.turn() == s.turn()
    assert [ln.text for ln in r.transcript] == [ln.text for ln in s.transcript]


def test_replay_stops_where_scenario_no_longer_fits(mini):
    s = start(mini, "kind")
    s.choose(1)
    data = s.to_json()
    data["events"].append({"t": "choose", "node": "no-such-node", "choice": 0})
    r = Session.from_json(mini, data)
    assert r.turn().node == "reply" and len(r.decisions) == 1


def test_random_persona_is_deterministic_for_a_seed(mini):
    picks = {pick_persona(mini, None, seed) for seed in range(20)}
    assert picks == {"kind", "stiff"}
    assert all(pick_persona(mini, "random", k) == pick_persona(mini, None, k) for k in range(10))
    with pytest.raises(ValueError):
        pick_persona(mini, "nobody", 0)


def test_what_if_shows_first_line_of_paths_not_taken(mini):
    s = start(mini, "kind")
    s.choose(1)
    s.choose(1)
    alternatives = s.what_if(0)
    assert [(c.text, line) for c, line in alternatives] == [("Fine.", "See you next week.")]
    assert s.finished  # asking what-if does not move the real session


def test_progress_counts_toward_the_nearest_good_ending(mini):
    s = start(mini, "kind")
    assert s.progress() == (0, 2)  # the good ending is two decisions away; "Fine." ends sooner but badly
    s.choose(1)
    assert s.progress() == (1, 2)
    s.choose(1)
    assert s.progress() == (2, 2)


def test_user_text_is_never_compiled_as_a_template(mini):
    s = start(mini, "kind", name="{{ 7*7 }}")
    assert s.turn().lines[0].text == "Hello {{ 7*7 }}. How are things?"
    s.say("{{ 7*7 }} {% for x in y %}")
    assert s.transcript[-1].text == "{{ 7*7 }} {% for x in y %}"
