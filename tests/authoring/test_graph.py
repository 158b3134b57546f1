"""`rehearse graph`: Mermaid that GitHub renders and DOT that Graphviz accepts, for every bundled scenario."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rehearse.authoring.graph import build, render, shorten
from rehearse.engine.load.library import scenario_files
from rehearse.engine.load.loader import load_scenario

from .graphcheck import DotError, MermaidError, parse_dot, parse_mermaid

BUNDLED = scenario_files()
DOT = shutil.which("dot")
# CI installs Graphviz (.ci/run), so there a missing `dot` is a failure, never a quiet skip.
NO_DOT = pytest.mark.skipif(DOT is None and os.environ.get("CI", "").lower() not in ("1", "true", "yes"),
                            reason="Graphviz's dot is not installed")

NASTY = r'''
id: nasty
title: Nasty labels
summary: Node ids that are Mermaid keywords and choice text full of syntax.
user_role: client
tags: [disagreement]
difficulty: gentle
content_notes: []
minutes: 1
teaches: []
personas:
  kind: {description: Kind.}
  stiff: {description: Stiff.}
variables:
  alliance: 0
start: graph
nodes:
  graph:
    say: "Hi."
    choices:
      - text: 'She said "no" -- and #quot; isn''t a quote; <b>bold</b> | pipe \ back {brace} [br] %%{init}%% `tick`'
        goto: end
        note: x
        shows: [use_i_statement]
      - text: "Café — “curly” quotes, émoji 🙂 and a very long line that must be cut short somewhere sensible"
        goto:
          - persona: stiff
            node: subgraph
          - node: style
        note: x
        misses: [use_i_statement]
      - text: "Only for the stiff one"
        if: "persona == 'stiff'"
        goto: class
        note: x
        misses: [use_i_statement]
  subgraph:
    say: "Hmm."
    goto: default
  default:
    say: "Right."
    ending: {outcome: mixed, label: 'Half "heard" <maybe>'}
  style:
    say: "Sure."
    ending: {outcome: poor, label: "Style\\nover substance"}
  class:
    say: "Fine."
    ending: {outcome: poor, label: Stiff only}
  end:
    say: "Bye."
    ending: {outcome: good, label: "#1 & done"}
  a.b-c:
    say: "Nobody comes here."
    goto: end
  lost_end:
    say: "Never."
    ending: {outcome: good, label: Lost}
'''


@pytest.fixture
def nasty(tmp_path):
    f = tmp_path / "nasty.yaml"
    f.write_text(NASTY, encoding="utf-8")
    sc, report = load_scenario(f)
    assert sc is not None, [str(d) for d in report.items]
    return sc


def _load(path):
    sc, report = load_scenario(path)
    assert sc is not None, [str(d) for d in report.items]
    return sc


def _cases():
    for f in BUNDLED:
        sc = _load(f)
        for persona in [None, *sc.personas]:
            yield pytest.param(f, persona, id=f"{f.stem}-{persona or 'all'}")


@pytest.mark.parametrize("path,persona", list(_cases()))
def test_bundled_mermaid_is_well_formed(path, persona):
    sc = _load(path)
    g = parse_mermaid(render(sc, "mermaid", persona))
    assert len(g["nodes"]) == len(sc.nodes)
    labels = {label.split("\n")[0] for label, _ in g["nodes"].values()}
    assert labels == set(sc.nodes)


@pytest.mark.parametrize("path,persona", list(_cases()))
def test_bundled_dot_is_well_formed(path, persona):
    sc = _load(path)
    g = parse_dot(render(sc, "dot", persona))
    assert set(g["nodes"]) == set(sc.nodes)
    assert g["edges"], "a scenario has at least one edge"


@NO_DOT
@pytest.mark.parametrize("path,persona", list(_cases()))
def test_graphviz_accepts_bundled_dot(path, persona):
    out = subprocess.run([DOT or "dot", "-Tsvg"], input=render(_load(path), "dot", persona), capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and not out.stderr, out.stderr
    assert "<svg" in out.stdout


@NO_DOT
def test_graphviz_accepts_nasty_labels(nasty):
    for persona in (None, "kind", "stiff"):
        out = subprocess.run([DOT or "dot", "-Tsvg"], input=render(nasty, "dot", persona), capture_output=True,
                             text=True)
        assert out.returncode == 0 and not out.stderr, out.stderr


def test_labels_survive_escaping_in_both_formats(nasty):
    g = build(nasty)
    expected_nodes = {n.id: n.label for n in g.nodes}
    expected_edges = sorted((e.src, e.dst, e.label) for e in g.edges)
    dot = parse_dot(render(nasty, "dot"))
    assert {k: v["label"] for k, v in dot["nodes"].items()} == expected_nodes
    assert sorted((a, b, attrs.get("label", "")) for a, b, attrs in dot["edges"]) == expected_edges
    mmd = parse_mermaid(render(nasty, "mermaid"))
    ids = {f"n{i}": n.id for i, n in enumerate(g.nodes)}
    assert {ids[k]: label for k, (label, _) in mmd["nodes"].items()} == expected_nodes
    assert sorted((ids[a], ids[b], label) for a, b, label, _ in mmd["edges"]) == expected_edges
    first = next(e.label for e in g.edges if e.src == "graph" and e.dst == "end")
    assert first.startswith('1. She said "no"') and first.endswith("\u2026")


def test_mermaid_never_uses_keywords_or_raw_quotes(nasty):
    text = render(nasty, "mermaid")
    assert '"no"' not in text and "#quot;no#quot;" in text
    assert "<b>" not in text and "%%{" not in text.split("\n", 1)[1]
    for line in text.splitlines()[2:]:
        assert not line.strip().startswith(("end", "graph[", "subgraph"))


def test_endings_are_styled_by_outcome_and_unreachable_marked(nasty):
    g = build(nasty)
    by_id = {n.id: n for n in g.nodes}
    assert by_id["end"].outcome == "good" and by_id["default"].outcome == "mixed"
    assert not by_id["a.b-c"].reachable and not by_id["lost_end"].reachable and by_id["end"].reachable
    assert "(unreachable)" in by_id["a.b-c"].label
    mmd = parse_mermaid(render(nasty, "mermaid"))
    ids = {n.id: f"n{i}" for i, n in enumerate(g.nodes)}
    assert mmd["classes"][ids["end"]] == {"good"}
    assert mmd["classes"][ids["style"]] == {"poor"}
    assert mmd["classes"][ids["lost_end"]] == {"good", "unreachable"}
    assert "start" in mmd["classes"][ids["graph"]]
    assert mmd["nodes"][ids["end"]][1] is True  # endings are drawn as stadiums
    dot = parse_dot(render(nasty, "dot"))
    assert dot["nodes"]["end"]["fillcolor"] == "#d9f2d9"
    assert "dashed" in dot["nodes"]["a.b-c"]["style"] and dot["nodes"]["graph"]["penwidth"] == "3"


def test_persona_view_drops_branches_it_cannot_take(nasty):
    kind = build(nasty, "kind")
    stiff = build(nasty, "stiff")
    assert ("graph", "subgraph") not in {(e.src, e.dst) for e in kind.edges}
    assert ("graph", "class") not in {(e.src, e.dst) for e in kind.edges}
    assert {("graph", "subgraph"), ("graph", "class")} <= {(e.src, e.dst) for e in stiff.edges}
    # The first branch that fits wins: for stiff the default branch is never taken.
    assert ("graph", "style") not in {(e.src, e.dst) for e in stiff.edges}
    assert not {n.id: n for n in kind.nodes}["class"].reachable
    assert {n.id: n for n in stiff.nodes}["class"].reachable
    everyone = build(nasty)
    labels = {e.label for e in everyone.edges if e.dst == "subgraph"}
    assert any("(stiff)" in label for label in labels)


def test_unknown_persona_is_an_error(nasty):
    with pytest.raises(ValueError, match="unknown persona"):
        build(nasty, "nobody")


def test_shorten():
    assert shorten("short") == "short"
    assert shorten("one two three four five six seven eight nine ten", 20) == "one two three four\u2026"
    assert len(shorten("x" * 100, 10)) == 10


def test_checkers_reject_broken_output():
    with pytest.raises(DotError):
        parse_dot('digraph "x" {\n "a" [label="unterminated];\n}\n')
    with pytest.raises(DotError):
        parse_dot('digraph "x" {\n "a";\n "a" -> "b";\n}\n')
    with pytest.raises(MermaidError):
        parse_mermaid('%% x\nflowchart TD\n    n0["say "hi""]\n')
    with pytest.raises(MermaidError):
        parse_mermaid('%% x\nflowchart TD\n    n0["a"]\n    n0 --> n1\n')


def test_cli(tmp_path, nasty):
    run = [sys.executable, "-m", "rehearse", "graph"]
    out = subprocess.run(run + ["vague-ending", "--format", "dot"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith('digraph "vague-ending"')
    out = subprocess.run(run + [nasty.path, "--persona", "stiff", "-o", str(tmp_path / "g.mmd")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    parse_mermaid((tmp_path / "g.mmd").read_text(encoding="utf-8"))
    out = subprocess.run(run + [nasty.path, "--persona", "nobody"], capture_output=True, text=True)
    assert out.returncode == 2 and "unknown persona" in out.stderr
    out = subprocess.run(run + ["no-such-scenario"], capture_output=True, text=True)
    assert out.returncode == 2
    broken = Path(__file__).parent / "broken" / "unknown-node.yaml"
    out = subprocess.run(run + [str(broken)], capture_output=True, text=True)
    assert out.returncode == 1 and "error[unknown-node]" in out.stderr


BROKEN_LINKS = NASTY.replace("goto: end", "goto: ennd", 1)


def test_a_file_with_errors_is_drawn_with_its_broken_links_in_red(tmp_path):
    f = tmp_path / "broken.yaml"
    f.write_text(BROKEN_LINKS)
    sc, report = load_scenario(f)
    assert sc is None and any(d.code == "unknown-node" for d in report.errors)
    for fmt in ("dot", "mermaid"):
        run = subprocess.run([sys.executable, "-m", "rehearse", "graph", str(f), "--format", fmt, "--say"],
                             capture_output=True, text=True)
        assert run.returncode == 1, run.stderr  # drawn, and the exit status still says the file has errors
        assert "unknown-node" in run.stderr and "broken links are red" in run.stderr
        assert "ennd" in run.stdout and "no such node" in run.stdout and "#d00000" in run.stdout
    dot = subprocess.run([sys.executable, "-m", "rehearse", "graph", str(f), "--format", "dot"],
                         capture_output=True, text=True).stdout
    g = parse_dot(dot)
    assert g["nodes"]["ennd"]["color"] == "#d00000"
    assert [attrs.get("color") for a, b, attrs in g["edges"] if b == "ennd"] == ["#d00000"]
    mmd = parse_mermaid(subprocess.run([sys.executable, "-m", "rehearse", "graph", str(f)], capture_output=True,
                                       text=True).stdout)
    assert len(mmd["styled_links"]) == 1 and any("broken" in c for c in mmd["classes"].values())
    if DOT:
        out = subprocess.run([DOT, "-Tsvg"], input=dot, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and "<svg" in out.stdout, out.stderr


def test_nodes_can_be_labelled_with_what_is_said(nasty):
    g = build(nasty, say=12)
    first = next(n for n in g.nodes if n.id == "graph")
    assert first.label == "graph\n\u201cHi.\u201d"
    said = [n.label.split("\n")[1] for n in g.nodes if nasty.nodes[n.id].variants[0].text]
    assert all(s.startswith("\u201c") and len(s) <= 14 for s in said), said
    parse_dot(render(nasty, "dot", say=12))
    parse_mermaid(render(nasty, "mermaid", say=12))
