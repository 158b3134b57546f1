"""Shared pieces: nodes in scenarios/shared/ that any scenario can include."""

from pathlib import Path

from rehearse.engine.load.loader import load_scenario
from rehearse.engine.play.runner import start

BASE = Path(__file__).parent.parent / "data" / "mini.yaml"


def _with_include(tmp_path, include: str, extra_choice: str) -> Path:
    text = BASE.read_text().replace("start: open", f"include: [{include}]\nstart: open")
    text = text.replace("      - text: \"Fine.\"", extra_choice + "      - text: \"Fine.\"")
    (tmp_path / "shared").mkdir()
    for f in (Path(__file__).parents[2] / "scenarios" / "shared").glob("*.yaml"):
        (tmp_path / "shared" / f.name).write_text(f.read_text())
    out = tmp_path / "withshared.yaml"
    out.write_text(text)
    return out


def test_included_ending_is_playable(tmp_path):
    f = _with_include(tmp_path, "step-out", "      - text: \"I'd like to stop here.\"\n        goto: step_out\n"
                      "        shows: [repair_is_optional]\n        note: Stopping is allowed.\n")
    sc, report = load_scenario(f, None)
    assert sc is not None, [str(d) for d in report.items]
    s = start(sc, "kind")
    s.choose(2)
    assert s.finished and s.node.ending.label == "Stepped out to come back later"


def test_shared_goto_must_land_in_including_scenario(tmp_path):
    f = _with_include(tmp_path, "debrief-red-flag",
                      "      - text: \"That felt defensive.\"\n        goto: flag_named_pause\n"
                      "        shows: [flag_defensive_reply]\n        note: Naming it.\n")
    sc, report = load_scenario(f, None)
    assert sc is None
    bad = [d for d in report.errors if d.code == "unknown-node"]
    assert bad and "after_flag_named" in bad[0].message


def test_unknown_include_is_located(tmp_path):
    f = _with_include(tmp_path, "no-such-piece", "")
    sc, report = load_scenario(f, None)
    assert sc is None
    d = next(d for d in report.errors if d.code == "unknown-include")
    assert (d.mark.line, d.mark.col) == (16, 11) and "no-such-piece" in d.message


def test_shared_problem_points_at_shared_file(tmp_path):
    f = _with_include(tmp_path, "debrief-red-flag",
                      "      - text: \"That felt defensive.\"\n        goto: flag_named_pause\n"
                      "        shows: [flag_defensive_reply]\n        note: Naming it.\n")
    _, report = load_scenario(f, None)
    d = next(d for d in report.errors if d.code == "unknown-node")
    assert d.path.endswith("shared/debrief-red-flag.yaml") and d.mark.line == 8
