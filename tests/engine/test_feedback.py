"""The feedback report: followed guidance, missed chances, red flags, alliance, next step, citations."""

from rehearse.engine.review.feedback import build_feedback
from rehearse.engine.review.report import render_report, sparkline
from rehearse.engine.play.runner import start


def test_good_path_followed_with_turns_and_sources(mini, catalogue):
    s = start(mini, "kind")
    s.choose(1)
    s.choose(1)
    fb = build_feedback(s, catalogue)
    assert [(p.guidance.id, p.decision) for p in fb.followed] == [("use_i_statement", 1), ("propose_change", 2)]
    assert fb.missed == [] and fb.outcome == "good" and fb.alliance == [0, 1, 2]
    assert all(p.guidance.sources for p in fb.followed)
    assert {s.key for s in fb.sources} >= {src.key for p in fb.followed for src in p.guidance.sources}


def test_missed_chance_quotes_the_better_option(mini, catalogue):
    s = start(mini, "kind")
    s.choose(2)
    fb = build_feedback(s, catalogue)
    assert [(p.guidance.id, p.said, p.better) for p in fb.missed] == [
        ("use_i_statement", "Fine.", "I felt unheard last week.")]
    assert fb.next_step.id == "use_i_statement"


def test_red_flag_met_and_not_named(mini, catalogue):
    s = start(mini, "stiff")
    s.choose(1)
    s.choose(1)
    fb = build_feedback(s, catalogue)
    assert [(r.kind, r.line, r.named) for r in fb.red_flags] == [("defensive", "I always listen.", False)]
    assert fb.next_step.id == "flag_defensive_reply"
    assert fb.flag_guidance is not None


def test_typed_reply_earns_detector_feedback(mini, catalogue):
    s = start(mini, "kind")
    s.say("Last week when you moved on I felt hurt and didn't feel listened to")
    fb = build_feedback(s, catalogue)
    ids = {p.guidance.id: p.how for p in fb.followed}
    assert ids["use_i_statement"] == "choice"
    assert ids["name_specific_moment"] == "named a specific moment"


def test_unfinished_session_has_a_report(mini, catalogue):
    s = start(mini, "kind")
    s.choose(1)
    fb = build_feedback(s, catalogue)
    assert not fb.finished and fb.outcome is None
    assert "Stopped before an ending" in render_report(fb, "text")


def test_every_format_cites_sources(mini, catalogue):
    s = start(mini, "stiff")
    s.choose(2)
    fb = build_feedback(s, catalogue)
    for fmt in ("text", "md", "html"):
        out = render_report(fb, fmt, s.transcript, {"app": "Therapist", "user": "You"})
        assert "Source" in out and any(src.title in out for src in fb.sources), fmt


def test_sparkline():
    assert sparkline([0, 1, 2]) == "\u2581\u2585\u2588"
    assert sparkline([3, 3]) == "\u2581\u2581" and sparkline([]) == ""


def test_detector_does_not_credit_what_the_chosen_reply_misses(mini, catalogue):
    s = start(mini, "kind")
    s.choose(1)
    s.say("how about we just forget it, sorry")  # heard as "Sorry, forget it.", which misses propose_change
    fb = build_feedback(s, catalogue)
    assert "propose_change" not in {p.guidance.id for p in fb.followed}
    assert "propose_change" in {p.guidance.id for p in fb.missed}


def test_unanswered_red_flag_in_an_unfinished_session_is_not_held_against_the_user(mini, catalogue):
    s = start(mini, "stiff")
    s.choose(1)
    assert build_feedback(s, catalogue).red_flags == []
