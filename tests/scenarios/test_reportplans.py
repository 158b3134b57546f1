"""Report plans: a good, a mixed and a poor path of every scenario, and what each surface's report says of it."""

from pathlib import Path

import pytest

from rehearse.authoring.reportcheck import check_plan, check_surface, play_plan
from rehearse.authoring.testplan import parse_plan
from rehearse.engine.review.document import document
from rehearse.engine.review.feedback import build_feedback
from tests.scenarios.conftest import IDS

PLANS = sorted((Path(__file__).parent.parent / "reportplans").glob("*.plan"))


def test_every_scenario_has_a_good_a_mixed_and_a_poor_report_plan():
    names = {p.name for p in PLANS}
    for sid in IDS:
        for outcome in ("good", "mixed", "poor"):
            assert f"{sid}.{outcome}.plan" in names, (sid, outcome)


@pytest.mark.parametrize("plan_path", PLANS, ids=lambda p: p.stem)
def test_report_plan_on_every_surface(library, catalogue, plan_path):
    plan = parse_plan(plan_path.read_text())
    sc = library[plan.scenario]
    assert check_plan(plan, sc, catalogue) == []
    # The app draws the same document through its widgets: check the words it shows too.
    from rehearse.tui.widgets.feedback import block_content

    fb = build_feedback(play_plan(plan, sc), catalogue)
    shown = "\n".join(block_content(b).plain for sec in document(fb) for b in sec.blocks)
    assert check_surface("app", shown, fb) == []
    if sc.user_role == "therapist":
        assert fb.rupture is not None and "Markers met" in shown


def test_a_missing_note_is_caught(library, catalogue):
    plan = parse_plan((Path(__file__).parent.parent / "reportplans" / "not-heard.poor.plan").read_text())
    sc = library[plan.scenario]
    fb = build_feedback(play_plan(plan, sc), catalogue)
    note = fb.lapses[0].slips[0].note
    assert note and check_surface("text", "nothing at all", fb)
    shown = "\n".join(block_content_plain(fb))
    assert check_surface("app", shown.replace(note, ""), fb)


def test_wrong_expectations_are_caught(library, catalogue):
    text = (Path(__file__).parent.parent / "reportplans" / "t-this-is-pointless.poor.plan").read_text()
    broken = parse_plan(text.replace("marker: ", "marker: confrontation: defends-self\nmarker: ", 1))
    assert any(p.startswith("markers:") for p in check_plan(broken, library[broken.scenario], catalogue))


def block_content_plain(fb):
    from rehearse.tui.widgets.feedback import block_content

    return [block_content(b).plain for sec in document(fb) for b in sec.blocks]
