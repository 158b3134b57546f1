"""Transcript tests: each bundled scenario's best path and one misstep play back exactly as recorded."""

from pathlib import Path

import pytest

from rehearse.authoring.testplan import parse_plan, run_plan
from tests.scenarios.conftest import IDS

PLANS = sorted((Path(__file__).parent.parent / "testplans").glob("*.plan"))


def test_every_scenario_has_a_best_and_a_misstep_plan():
    names = {p.name for p in PLANS}
    for sid in IDS:
        assert f"{sid}.best.plan" in names and f"{sid}.misstep.plan" in names, sid


@pytest.mark.parametrize("plan_path", PLANS, ids=lambda p: p.stem)
def test_plan_plays_as_recorded(library, plan_path):
    plan = parse_plan(plan_path.read_text())
    assert plan.scenario in library, f"no scenario {plan.scenario}"
    assert run_plan(plan, library[plan.scenario]) == []
    kinds = [k for k, _ in plan.steps]
    assert "ending" in kinds and "select" in kinds


def test_a_plan_notices_a_wrong_line(library):
    text = PLANS[0].read_text()
    first_line = next(ln for ln in text.splitlines() if ln.startswith("line: "))
    broken = parse_plan(text.replace(first_line, "line: something else entirely", 1))
    problems = run_plan(broken, library[broken.scenario])
    assert problems and "expected line 'something else entirely'" in problems[0]


def test_typed_steps_in_plans(mini):
    plan = parse_plan("scenario: mini\npersona: kind\nline: Hello you. How are things?\n"
                      "type: honestly i didn't feel listened to\nheard: I felt unheard last week.\n"
                      "line: Thank you for telling me.\nselect: 1\nline: Let's do that.\nending: good\n")
    assert run_plan(plan, mini) == []
