"""Variety between runs: a persona may change manner where the scenario says, drawn from the seed, replayed alike;
and the author's 'what they might be thinking' lines reach the debrief."""

import textwrap

from rehearse.engine.load.cache import _decode, _encode
from rehearse.engine.load.guidance import load_catalogue
from rehearse.engine.load.loader import parse_scenario
from rehearse.engine.play.runner import Session, start
from rehearse.engine.play.variety import draw
from rehearse.engine.review.feedback import build_feedback
from rehearse.engine.review.report import render_report

SCENE = textwrap.dedent("""\
    id: shifty
    title: A shift
    summary: Two personas, and a chance that the stiff one softens at the second node.
    user_role: client
    tags: [disagreement]
    difficulty: gentle
    content_notes: [none]
    minutes: 2
    teaches: []
    shifts:
      - from: stiff
        to: warm
        at: [middle]
        chance: 0.5
        note: hearing it said calmly
    personas:
      stiff: {description: Stiff.}
      warm: {description: Warm.}
    start: first
    nodes:
      first:
        say: Hello.
        choices:
          - text: I want to raise something.
            goto: middle
      middle:
        say:
          - persona: stiff
            text: I don't see the problem.
            red_flag: dismissive
            grade: style
          - persona: warm
            text: Thank you for saying so.
            thinking: I'm glad they told me.
        choices:
          - text: It matters to me.
            goto: end
      end:
        say: Okay.
        ending: {outcome: good, label: Done}
    """)
BAD = SCENE.replace("to: warm", "to: wram").replace("at: [middle]", "at: [midle]").replace("chance: 0.5", "chance: 1.5")


def scenario():
    sc, report = parse_scenario(SCENE.encode(), "shifty.yaml", set(load_catalogue()))
    assert sc is not None, report.sorted()
    return sc


def seeds(sc, happens):
    return next(s for s in range(100) if draw(s, "middle", sc.shifts[0]) is happens)


def test_the_seed_decides_whether_the_manner_changes_and_it_is_recorded():
    sc = scenario()
    yes, no = seeds(sc, True), seeds(sc, False)
    s = start(sc, "stiff", yes)
    s.choose(1)
    assert s.persona == "warm" and s.began_as == "stiff"
    assert s.transcript[-1].text == "Thank you for saying so."
    assert [(m.decision, m.node, m.frm, m.to) for m in s.state.shifts] == [(1, "middle", "stiff", "warm")]
    s2 = start(sc, "stiff", no)
    s2.choose(1)
    assert s2.persona == "stiff" and not s2.state.shifts
    assert s2.transcript[-1].text == "I don't see the problem."


def test_a_saved_or_rewound_session_meets_the_same_change():
    sc = scenario()
    s = start(sc, "stiff", seeds(sc, True))
    s.choose(1)
    saved = s.to_json()
    assert saved["persona"] == "stiff"  # the persona it began as, so the replay starts from the same place
    again = Session.from_json(sc, saved)
    assert again.persona == "warm" and again.state.shifts == s.state.shifts
    s.rewind(0)
    assert s.persona == "stiff" and not s.state.shifts


def test_a_persona_never_named_in_a_shift_stays_as_chosen():
    sc = scenario()
    for seed in range(20):
        s = start(sc, "warm", seed)
        s.choose(1)
        assert s.persona == "warm" and not s.state.shifts


def test_the_report_says_where_the_manner_changed_and_what_they_might_have_thought():
    sc = scenario()
    s = start(sc, "stiff", seeds(sc, True))
    s.choose(1)
    s.choose(1)
    fb = build_feedback(s, load_catalogue())
    assert fb.persona == "stiff"
    text = render_report(fb, "text")
    assert "manner changed before decision 2, from stiff to warm" in text
    assert "hearing it said calmly" in text
    assert "might have been thinking: I'm glad they told me." in text
    quiet = start(sc, "stiff", seeds(sc, False))
    quiet.choose(1)
    quiet.choose(1)
    assert "manner changed" not in render_report(build_feedback(quiet, load_catalogue()), "text")


def test_the_cache_keeps_shifts_and_thinking_lines():
    from rehearse.engine.load.cache import _model_known

    assert _model_known(), "the codec turns the cache off when it does not know every model field"
    sc = scenario()
    back = _decode(_encode(sc), sc.path)
    assert back.shifts == sc.shifts
    assert [v.thinking for v in back.nodes["middle"].variants] == [None, "I'm glad they told me."]


def test_a_broken_shift_is_reported_where_it_stands():
    sc, report = parse_scenario(BAD.encode(), "bad.yaml", set(load_catalogue()))
    assert sc is None
    found = {(d.code, d.mark.line): d.message for d in report.errors}
    assert found[("bad-shift", 12)] == "shift to 'wram': no such persona (did you mean 'warm'?)"
    assert found[("bad-shift", 13)].startswith("shift at 'midle': no such node")
    assert found[("bad-shift", 14)] == "shift chance 1.5 should be above 0 and at most 1"
