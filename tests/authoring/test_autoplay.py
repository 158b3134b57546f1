"""`rehearse autoplay`: random and exhaustive playtests through the runner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rehearse.authoring.autoplay import _Traced, autoplay, exhaustive, format_report
from rehearse.engine.load.library import scenario_files
from rehearse.engine.load.loader import load_scenario

MINI = Path(__file__).parents[1] / "data" / "mini.yaml"
BASE = (Path(__file__).parent / "broken" / "unused-variable.yaml").read_text().replace("  asked: false\n", "")


def _load(path):
    sc, report = load_scenario(path)
    assert sc is not None, [str(d) for d in report.items]
    return sc


def _write(tmp_path, text, name="s.yaml"):
    f = tmp_path / name
    f.write_text(text)
    return _load(f)


@pytest.mark.parametrize("path", scenario_files(), ids=lambda p: p.stem)
def test_every_bundled_scenario_plays_without_errors(path):
    sc = _load(path)
    ex = exhaustive(sc)
    assert not ex.errors, [f.describe() for f in ex.errors]
    assert not ex.truncated and not ex.unfinished
    assert ex.unvisited == [], "every node of a bundled scenario can be reached"
    assert set(ex.plays) == set(sc.personas)
    rnd = autoplay(sc, runs=20, seed=1)
    assert not rnd.errors and sum(rnd.endings.values()) == 20 * len(sc.personas)


def test_exhaustive_counts_every_path_of_mini():
    sc = _load(MINI)
    rep = exhaustive(sc)
    # kind: 1-1 good, 1-2 poor, 2 poor; stiff: 1-1 mixed, 1-2 poor, 2 poor.
    assert rep.plays == {"kind": 3, "stiff": 3}
    counts = {node: n for (node, _, _), n in rep.endings.items()}
    assert counts == {"good_end": 1, "mixed_end": 1, "bad_end": 4}
    assert dict(rep.by_persona["stiff"]) == {"mixed_end": 1, "bad_end": 2}
    assert len(rep.longest[1]) == 2 and rep.unvisited == []


def test_random_runs_are_reproducible_with_a_seed():
    sc = _load(MINI)
    a, b, c = autoplay(sc, runs=50, seed=7), autoplay(sc, runs=50, seed=7), autoplay(sc, runs=50, seed=8)
    assert a.to_json() == b.to_json()
    assert sum(a.endings.values()) == 100
    assert sum(c.endings.values()) == 100


def test_runtime_error_is_reported_with_its_path(tmp_path):
    text = BASE.replace("  heard:\n    say:", "  heard:\n    say: \"{{ alliance + 'x' }}\"\n    say_more:")
    sc = _write(tmp_path, text)
    rep = exhaustive(sc)
    assert rep.errors
    f = rep.errors[0]
    assert [(s.node, s.number) for s in f.path] == [("opening", 1)]
    assert f.path[0].text == "I felt unheard last week."
    assert "failed" in f.message
    assert "path: opening: 1" in format_report(rep)
    rnd = autoplay(sc, runs=30, seed=0)
    assert rnd.errors and rnd.errors[0].run is not None


def test_hidden_choices_are_a_runtime_error(tmp_path):
    text = BASE.replace('      - text: "Fine."', '      - text: "Fine."\n        if: "alliance > 5"')
    text = text.replace("      - text: \"I felt unheard last week.\"", "      - text: \"I felt unheard last week.\"\n"
                        "        if: \"alliance > 5\"")
    sc = _write(tmp_path, text)
    rep = exhaustive(sc)
    assert rep.errors and "hidden by its condition" in rep.errors[0].message and rep.errors[0].path == ()


def test_unvisited_nodes_and_loops(tmp_path):
    text = BASE.replace("  heard:\n", "  never:\n    say: \"Only if alliance is huge.\"\n    goto: heard\n  heard:\n")
    text = text.replace("        goto: heard\n",
                        "        goto:\n          - if: \"alliance > 10\"\n            node: never\n"
                        "          - node: heard\n", 1)
    text = text.replace('      - text: "Fine."',
                        '      - text: "Again."\n        goto: opening\n        misses: [use_i_statement]\n'
                        '        note: Round again.\n      - text: "Fine."')
    sc = _write(tmp_path, text)
    rep = exhaustive(sc, max_depth=5)
    assert rep.unvisited == ["never"]
    assert rep.unfinished > 0  # "Again." forever runs into the depth limit
    assert "did not finish within the depth limit" in format_report(rep)
    capped = exhaustive(sc, max_depth=5, max_paths=3)
    assert capped.truncated and "path cap" in format_report(capped)


def test_clone_is_independent():
    sc = _load(MINI)
    s = _Traced(sc, "kind")
    t = s.clone()
    t.choose(1)
    assert s.decisions == [] and s.node.id == "open" and s.vars["alliance"] == 0
    assert t.node.id == "reply" and t.vars["alliance"] == 1 and t.visited == ["open", "reply"]


def test_cli_text_json_and_exit_codes(tmp_path):
    run = [sys.executable, "-m", "rehearse", "autoplay"]
    out = subprocess.run(run + [str(MINI), "--runs", "10", "--seed", "3"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "endings reached:" in out.stdout and "longest path:" in out.stdout and "errors: none" in out.stdout
    out = subprocess.run(run + [str(MINI), "--exhaustive", "--json"], capture_output=True, text=True)
    data = json.loads(out.stdout)
    assert data[0]["plays"] == {"kind": 3, "stiff": 3} and data[0]["errors"] == []
    bad = tmp_path / "bad.yaml"
    bad.write_text(BASE.replace("  heard:\n    say:", "  heard:\n    say: \"{{ alliance + 'x' }}\"\n    say_more:"))
    out = subprocess.run(run + [str(bad), "--exhaustive"], capture_output=True, text=True)
    assert out.returncode == 1 and "ERRORS" in out.stdout and "path: opening: 1" in out.stdout
    broken = Path(__file__).parent / "broken" / "unknown-node.yaml"
    out = subprocess.run(run + [str(broken)], capture_output=True, text=True)
    assert out.returncode == 1 and "error[unknown-node]" in out.stderr
    out = subprocess.run(run + [str(MINI), "--runs", "0"], capture_output=True, text=True)
    assert out.returncode == 2
