"""The report model: skills once, lapses every time, turning points, the next step, red-flag grades, charts,
typed replies, the rupture debrief and the client's card; and the renderers that draw it."""

import json

import pytest

from rehearse.engine.load.library import load
from rehearse.engine.play.runner import start
from rehearse.engine.review.feedback import build_feedback
from rehearse.engine.review.report import chart_lines, render_report, report_json, sparkline


@pytest.fixture(scope="module")
def pointless(catalogue):
    return load("t-this-is-pointless", set(catalogue))


def play(sc, persona, picks):
    s = start(sc, persona)
    for p in picks:
        s.choose(p) if isinstance(p, int) else s.say(p)
    return s


def test_good_path_followed_with_turns_and_sources(mini, catalogue):
    fb = build_feedback(play(mini, "kind", [1, 1]), catalogue)
    assert [(c.guidance.id, c.decision) for c in fb.followed] == [("use_i_statement", 1), ("propose_change", 2)]
    assert fb.lapses == [] and fb.outcome == "good"
    assert [s.said for s in fb.steps] == ["I felt unheard last week.", "Could we slow down?"]
    assert [s.reply for s in fb.steps] == ["Thank you for telling me.", "Let's do that."]
    assert {s.key for s in fb.sources} >= {src.key for c in fb.followed for src in c.guidance.sources}


def test_missed_chance_quotes_the_better_option_and_the_note(mini, catalogue):
    fb = build_feedback(play(mini, "kind", [2]), catalogue)
    [lapse] = fb.lapses
    [slip] = lapse.slips
    assert (lapse.guidance.id, slip.said, slip.better, slip.note) == (
        "use_i_statement", "Fine.", "I felt unheard last week.", "Nothing changes.")
    assert fb.next_step.guidance.id == "use_i_statement"
    assert [s.number for s in fb.turning_points] == [1] and "a good ending" in fb.turning_points[0].turning


def test_a_lapse_counts_every_time_and_is_grouped(pointless, catalogue):
    fb = build_feedback(play(pointless, "withdrawn-after-outburst", [1, 1, 1]), catalogue)
    lapse = next(lp for lp in fb.lapses if lp.guidance.id == "t_metacommunicate")
    assert lapse.decisions == (2, 3) and lapse.summary == "twice: decisions 2 and 3"
    assert fb.next_step.guidance.id == "t_metacommunicate"  # repeated, and at the turning point


def test_a_skill_shown_earlier_does_not_hide_a_later_lapse(pointless, catalogue):
    fb = build_feedback(play(pointless, "confrontational", [2, 1]), catalogue)
    assert "t_metacommunicate" in {c.guidance.id for c in fb.followed}
    lapse = next(lp for lp in fb.lapses if lp.guidance.id == "t_metacommunicate")
    assert lapse.decisions == (2,)
    # ... and it is never the next step, because it was done well at decision 1.
    assert fb.next_step is None or fb.next_step.guidance.id not in {c.guidance.id for c in fb.followed}


def test_put_right_later_is_said_and_not_chosen_as_next_step(pointless, catalogue):
    # Defending first (misses ownership), then catching it (shows ownership).
    fb = build_feedback(play(pointless, "confrontational", [1, 2]), catalogue)
    own = next(lp for lp in fb.lapses if lp.guidance.id == "t_nondefensive_ownership")
    assert own.put_right == 2
    assert fb.next_step is None or fb.next_step.guidance.id != "t_nondefensive_ownership"


def test_red_flag_met_graded_and_unnamed(mini, catalogue):
    fb = build_feedback(play(mini, "stiff", [1, 1]), catalogue)
    assert [(r.kind, r.grade, r.line, r.named, r.decision) for r in fb.red_flags] == [
        ("defensive", "warning", "I always listen.", False, 2)]
    assert fb.steps[0].reply_flag == "warning: defensive"
    assert fb.flag_guidance is not None


def test_a_no_texting_policy_is_not_a_breach(catalogue):
    sc = load("texting-between-sessions", set(catalogue))
    grades = {v.text: v.grade for n in sc.nodes.values() for v in n.variants if v.red_flag}
    policy = next(t for t in grades if "I don't have contact between sessions" in t)
    assert grades[policy] == "style"
    assert "breach" in grades.values()  # and a therapist leaning on the client for company is one


def _path_to_breach(sc, persona):
    """Depth-first through the options until a line graded as a breach is said and answered."""
    todo = [[]]
    while todo:
        picks = todo.pop()
        s = play(sc, persona, picks)
        said = [ln for ln in s.transcript if ln.red_flag]
        if s.finished and any(v.grade == "breach" for n in sc.nodes.values() for v in n.variants
                              if any(v.text == ln.text for ln in said)):
            return s
        if not s.finished and len(picks) < 8:
            todo += [picks + [i] for i in range(1, len(s.turn().options) + 1)]
    raise AssertionError("no path to a breach")


def test_a_breach_names_the_complaint_route(catalogue):
    sc = load("friendship-feelings", set(catalogue))
    fb = build_feedback(_path_to_breach(sc, "boundary-blurring"), catalogue)
    assert fb.breaches
    for fmt in ("text", "md", "html"):
        assert "BACP" in render_report(fb, fmt) and "licensing board" in render_report(fb, fmt)
    assert any("professional body" in a for a in fb.card.after)


def test_typed_reply_earns_what_its_words_show(mini, catalogue):
    fb = build_feedback(play(mini, "kind", ["Last week when you moved on I felt hurt and didn't feel listened to"]),
                        catalogue)
    hows = {c.guidance.id: c.how for c in fb.followed}
    assert hows["use_i_statement"] == "spoke from your own experience"
    assert hows["name_specific_moment"] == "named a specific moment"
    assert fb.steps[0].typed and fb.steps[0].said.startswith("Last week")


def test_typed_reply_heard_as_an_option_does_not_inherit_its_skill(mini, catalogue):
    s = play(mini, "kind", ["i didn't feel listened to"])
    assert s.decisions[0].choice == 0  # heard as "I felt unheard last week."
    fb = build_feedback(s, catalogue)
    assert "use_i_statement" not in {c.guidance.id for c in fb.followed}
    assert [g.id for g in fb.steps[0].unproven] == ["use_i_statement"]
    assert "did not show it" in render_report(fb, "text")


def test_detector_does_not_credit_what_the_chosen_reply_misses(mini, catalogue):
    s = play(mini, "kind", [1, "how about we just forget it, sorry"])  # heard as "Sorry, forget it."
    fb = build_feedback(s, catalogue)
    assert "propose_change" not in {c.guidance.id for c in fb.followed}
    assert "propose_change" in {lp.guidance.id for lp in fb.lapses}


def test_unfinished_session_has_a_report(mini, catalogue):
    fb = build_feedback(play(mini, "kind", [1]), catalogue)
    assert not fb.finished and fb.outcome is None and fb.turning_points == []
    assert "Not finished" in render_report(fb, "text")


def test_unanswered_red_flag_in_an_unfinished_session_is_not_held_against_the_user(mini, catalogue):
    assert build_feedback(play(mini, "stiff", [1]), catalogue).red_flags == []


def test_client_chart_has_a_fixed_scale_and_a_separate_therapist_line(mini, catalogue):
    fb = build_feedback(play(mini, "stiff", [1, 1]), catalogue)
    [chart] = fb.charts
    assert (chart.lo, chart.hi) == (0, 100) and len(chart.series) == 2
    point, therapist = chart.series
    assert point.values == (0.0, 100.0, 100.0)  # the one skill this scenario teaches, said at decision 1
    assert therapist.values == (100.0, 0.0, 100.0)  # the defensive reply after decision 1
    text = "\n".join(chart_lines(chart))
    assert "100%" in text and "0%" in text and "decision" in text
    assert "held your point 1 of 1" in fb.held


def test_trainee_report_rupture_alliance_and_no_client_advice(pointless, catalogue):
    fb = build_feedback(play(pointless, "ambivalent", [1, 1, 1]), catalogue)
    assert all(c.guidance.role == "therapist" for c in fb.followed)
    assert all(lp.guidance.role == "therapist" for lp in fb.lapses)
    assert fb.card is None and fb.rupture is not None
    assert "withdrawal: deferential-appeasing" in fb.rupture.markers
    assert fb.rupture.events[0].response and fb.rupture.question.startswith("When Sam")
    [chart] = fb.charts
    assert (chart.lo, chart.hi) == (-5, 5) and chart.series[0].values[0] == 0
    text = render_report(fb, "text")
    assert "deferential and appeasing" in text and "How far resolved" in text


def test_client_card_uses_their_own_lines(mini, catalogue):
    fb = build_feedback(play(mini, "kind", [1, 1]), catalogue)
    lines = {ln.label: ln for ln in fb.card.lines}
    assert lines["Your opening"].text == "I felt unheard last week." and lines["Your opening"].yours
    assert lines["The request"].text == "Could we slow down?" and lines["The request"].yours
    assert not lines["A review date"].yours


def test_what_ifs_are_in_the_model(mini, catalogue):
    fb = build_feedback(play(mini, "kind", [1, 1]), catalogue)
    assert [w.decision for w in fb.what_ifs] == [1, 2]
    assert ("Fine.", "See you next week.") in fb.what_ifs[0].options


def test_every_format_says_the_same_lapses_and_sources(mini, catalogue):
    s = play(mini, "stiff", [2])
    fb = build_feedback(s, catalogue)
    for fmt in ("text", "md", "html"):
        out = render_report(fb, fmt, s.transcript, {"app": "Therapist", "user": "You"})
        assert "Nothing changes" in out and "Source" in out, fmt
        assert any(src.title in out.replace("&#39;", "'") for src in fb.sources), fmt
    data = json.loads(json.dumps(report_json(fb)))
    assert data["lapses"][0]["slips"][0]["note"] == "Nothing changes."
    assert data["lapses"][0]["guidance"]["guidance"] == "use_i_statement"


def test_typed_markup_stays_literal_in_html_and_markdown(mini, catalogue):
    s = play(mini, "kind", [1, "<script>x</script> could we slow down? **now**"])
    fb = build_feedback(s, catalogue)
    html = render_report(fb, "html")
    assert "<script>x" not in html and "&lt;script&gt;" in html
    assert "\\*\\*now\\*\\*" in render_report(fb, "md")


def test_sparkline():
    assert sparkline([0, 1, 2]) == "\u2581\u2585\u2588"
    assert sparkline([3, 3]) == "\u2581\u2581" and sparkline([]) == ""
    assert sparkline([0, 1], lo=0, hi=10) == "\u2581\u2582"


def test_markdown_escapes_only_what_markdown_acts_on():
    from rehearse.engine.review.report import md_escape

    assert md_escape("I felt unheard last week. (Really!)") == "I felt unheard last week. (Really!)"
    assert md_escape("*x* [a](b) <i> `c` a|b ~d~ &amp;") == "\\*x\\* \\[a\\](b) \\<i\\> \\`c\\` a\\|b \\~d\\~ \\&amp;"
    assert md_escape("# h\n- item\n12. n\n> q") == "\\# h  \n\\- item  \n12\\. n  \n\\> q"


def test_a_good_reply_is_not_blamed_for_a_worse_ending(catalogue):
    """With an impatient therapist, staying to work on the goal ends 'mixed' however well it is put (leaving would
    have been 'good'): the report must not call the best reply the turning point that put a good ending out of reach."""
    sc = load("am-i-doing-it-wrong", set(catalogue))
    s = start(sc, "impatient", 0)  # seed 0: the impatient therapist does not soften at 'goals'
    for n in (1, 1, 1, 1):
        s.choose(n)
    fb = build_feedback(s, catalogue)
    assert fb.outcome == "mixed" and not fb.shifts
    assert fb.steps[2].shown and not fb.steps[2].missed and not fb.steps[2].turning
    assert [st.number for st in fb.turning_points] == [4]
    assert "no better ending was open here" in fb.turning_points[0].turning
