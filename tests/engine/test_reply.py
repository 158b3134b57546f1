"""One reply, handled once for both hosts: each outcome, what the session keeps, and what is saved."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from rehearse.engine.play import reply
from rehearse.engine.play.events import Typed
from rehearse.engine.play.reply import Kind, confirm, handle
from rehearse.engine.play.runner import Session, start
from rehearse.store.db import Store
from rehearse.store.recorder import Recorder
from rehearse.store.resume import resume_session


def test_a_number_chooses_and_a_wrong_number_is_explained(mini):
    s = start(mini, "kind")
    out = handle(s, "7")
    assert out.kind is Kind.BAD_NUMBER and out.options == 2 and not s.decisions
    out = handle(s, "1")
    assert out.kind is Kind.CHOSEN and out.line is not None and out.line.text == "I felt unheard last week."
    assert len(s.decisions) == 1 and out.heard_as is None


def test_typed_words_are_heard_and_keep_the_persons_words(mini):
    s = start(mini, "kind")
    out = handle(s, "i didn't feel listened to")
    assert out.kind is Kind.HEARD
    assert out.line.text == "i didn't feel listened to" and out.heard_as == "I felt unheard last week."


def test_not_understood_speaks_in_the_apps_voice_when_the_author_wrote_nothing(mini):
    s = start(mini, "kind")
    out = handle(s, "purple elephants")
    assert out.kind is Kind.NOT_UNDERSTOOD and out.aside == reply.SAY_MORE
    assert out.line.text == "purple elephants" and out.line.unheard
    assert s.transcript[-1] is out.line  # no line put in the other side's mouth
    assert len(s.turn().options) == 2 and isinstance(s.events[-1], Typed)


def test_not_understood_keeps_the_authors_say_more_in_the_scene(mini):
    from dataclasses import replace

    authored = replace(mini, say_more="Mm. Tell me more, {{ name }}?")
    s = start(authored, "kind", name="Ada")
    out = handle(s, "purple elephants")
    assert out.kind is Kind.NOT_UNDERSTOOD and out.aside is None
    assert s.transcript[-1].say_more and s.transcript[-1].text == "Mm. Tell me more, Ada?"
    assert s.transcript[-2] is out.line


@dataclass(frozen=True)
class FakeCheck:
    tier: int
    category: str = ""
    distress: bool = False


def test_distress_not_understood_steps_out_of_the_scene(mini, monkeypatch):
    from dataclasses import replace

    monkeypatch.setattr(reply, "check_text", lambda text, role: FakeCheck(0, "", distress=True))
    s = start(replace(mini, say_more="I'm not sure I caught that."), "kind")
    out = handle(s, "everything is too much lately")
    assert out.kind is Kind.NOT_UNDERSTOOD and out.aside == reply.STEP_OUT
    assert not any(ln.say_more for ln in s.transcript)  # the other side does not answer it
    # And a resume does not put the scene's line back either.
    again = Session.from_json(s.scenario, s.to_json())
    assert [ln.text for ln in again.transcript] == [ln.text for ln in s.transcript]


def test_tier_one_pauses_and_nothing_is_sent_or_saved(mini, private_home):
    rec = Recorder(start(mini, "kind"), Store(private_home))
    out = handle(rec.session, "I want to kill myself", rec)
    assert out.kind is Kind.PAUSE and out.safety is not None and out.safety.tier == 1
    assert rec.session.events == [] and len(rec.session.transcript) == 1
    assert Store(private_home).events(rec.sid) == []


def test_tier_two_checks_in_and_carrying_on_sends_the_words(mini, private_home):
    rec = Recorder(start(mini, "kind"), Store(private_home))
    out = handle(rec.session, "I feel so hopeless", rec)
    assert out.kind is Kind.CHECK_IN and out.safety.tier == 2 and rec.session.events == []
    out = handle(rec.session, out.text, rec, check=False)  # "it's part of the rehearsal"
    assert out.kind not in (Kind.PAUSE, Kind.CHECK_IN) and out.text == "I feel so hopeless"
    assert Store(private_home).events(rec.sid)[-1].text == "I feel so hopeless"


def test_a_trainee_asking_about_risk_is_never_paused(mini):
    from dataclasses import replace

    s = start(replace(mini, user_role="therapist"), "kind")
    out = handle(s, "Are you having thoughts of suicide?")
    assert out.kind not in (Kind.PAUSE, Kind.CHECK_IN) and s.events


def test_unsure_reply_offers_candidates_and_takes_nothing(mini, unsure):
    s = start(mini, "kind")
    out = handle(s, "maybe it was all a bit much")
    assert out.kind is Kind.CONFIRM
    assert [(o.number, o.text) for o in out.candidates] == [(2, "Fine."), (1, "I felt unheard last week.")]
    assert not s.decisions and len(s.transcript) == 1 and s.events[-1].offered == (1, 0)


def test_confirming_takes_the_option_with_the_typed_words_and_resumes(mini, unsure, private_home):
    store = Store(private_home)
    rec = Recorder(start(mini, "kind"), store)
    offer = handle(rec.session, "maybe it was all a bit much", rec)
    out = confirm(rec.session, offer.text, offer.candidates[1], rec)
    assert out.kind is Kind.HEARD and out.line.text == "maybe it was all a bit much"
    assert out.heard_as == "I felt unheard last week." and rec.session.turn().node == "reply"
    again, _note = resume_session(store, rec.sid)
    back = again.session
    line = back.transcript[back.decisions[0].line_index]
    assert (line.text, line.heard_as) == ("maybe it was all a bit much", "I felt unheard last week.")


def test_confirming_an_option_no_longer_open_is_refused(mini, unsure):
    s = start(mini, "kind")
    offer = handle(s, "maybe so")
    handle(s, "1")
    with pytest.raises(ValueError):
        confirm(s, offer.text, offer.candidates[0], s)


def test_a_reply_after_the_ending_is_refused(mini):
    from rehearse.engine.diagnostics import RunnerError

    s = start(mini, "kind")
    handle(s, "2")
    assert s.finished
    for text in ("1", "hello"):
        with pytest.raises(RunnerError):
            handle(s, text)


def test_a_reply_the_app_stepped_out_for_resumes_without_the_scenes_say_more(mini, private_home):
    """Distress answered out of the scene is saved as such: on resume the scene's "say more" stays unsaid."""
    from dataclasses import replace

    scenario = replace(mini, say_more="Say more?")
    rec = Recorder(start(scenario, "kind"), Store(private_home))
    rec.say("purple elephants", in_scene=False)
    rec.say("purple elephants")
    again = Session(scenario, "kind", rec.session.seed)
    again.replay(rec.store.events(rec.sid))
    said = [ln.text for ln in again.transcript]
    assert said == ["Hello you. How are things?", "purple elephants", "purple elephants", "Say more?"]
