"""One broken file per diagnostic code, each asserting the exact line and column reported.

In each case `@@` marks where the diagnostic must point; it is removed before the file is read.
"""

import subprocess
import sys

import pytest

from rehearse.engine.load.loader import parse_scenario
from rehearse.engine.load.yamlsrc import Limits

HEAD = """id: broken
title: Broken
summary: A scenario with one problem.
user_role: client
tags: [disagreement]
difficulty: gentle
content_notes: [none]
minutes: 3
teaches: [use_i_statement]
personas:
  kind: {description: Kind.}
variables:
  alliance: 0
"""
GOOD_NODES = """start: a
nodes:
  a:
    say: "Hello."
    choices:
      - text: "I feel stuck."
        goto: end
        shows: [use_i_statement]
        note: Good.
  end:
    say: "Bye."
    ending: {outcome: good, label: Done}
"""
GUIDANCE = {"use_i_statement", "propose_change"}


def _case(body: str) -> str:
    return HEAD + body


CASES = {
    "yaml-syntax": _case("start: a\nnodes: [\n  a: b\n@@"),
    "duplicate-key": _case("@@title: Again\n" + GOOD_NODES),
    "yaml-tag": _case("extra: @@!!python/object/apply:os.system [ls]\n" + GOOD_NODES),
    "unknown-key": _case("@@tilte: Oops\n" + GOOD_NODES),
    "wrong-type": HEAD.replace("minutes: 3", "minutes: @@three") + GOOD_NODES,
    "bad-value": HEAD.replace("difficulty: gentle", "difficulty: @@easy") + GOOD_NODES,
    "bad-id": HEAD.replace("id: broken", "id: @@Broken Id!") + GOOD_NODES,
    "empty-list": HEAD.replace("tags: [disagreement]", "tags: @@[]") + GOOD_NODES,
    "missing-field": "@@" + HEAD.replace("title: Broken\n", "") + GOOD_NODES,
    "unknown-node": _case(GOOD_NODES.replace("goto: end", "goto: @@ned")),
    "unknown-guidance": _case(GOOD_NODES.replace("shows: [use_i_statement]", "shows: [@@use_i_statment]")),
    "unknown-persona": _case(GOOD_NODES.replace('say: "Hello."', 'say:\n      - persona: @@grumpy\n'
                                                '        text: Hi.\n      - text: Hello.')),
    "undefined-variable": _case(GOOD_NODES.replace('say: "Hello."', 'say: @@"Hello {{ nmae }}."')),
    "template-syntax": _case(GOOD_NODES.replace('say: "Hello."', 'say: @@"Hello {{ name ."')),
    "template-construct": _case(GOOD_NODES.replace('say: "Hello."', 'say: @@"{% for i in range(9) %}x{% endfor %}"')),
    "condition-syntax": _case(GOOD_NODES.replace("        note: Good.",
                                                 "        note: Good.\n        if: @@\"alliance >\"")),
    "effect-type": _case(GOOD_NODES.replace("        note: Good.",
                                            "        note: Good.\n        effects: {alliance: @@yes}")),
    "goto-no-default": _case(GOOD_NODES.replace("goto: end", "goto:\n          - @@{node: end, persona: kind}")),
    "dead-end": _case(GOOD_NODES + "  @@limbo:\n    say: \"...\"\n"),
    "ending-with-exit": _case(GOOD_NODES.replace("ending: {outcome", "ending: @@{outcome").replace(
        "label: Done}", "label: Done}\n    goto: a")),
    "choices-and-goto": _case(GOOD_NODES.replace("    choices:\n", "    goto: @@end\n    choices:\n", 1)),
    "no-ending": _case(GOOD_NODES.replace("goto: end", "goto: a")
                       .replace("start: a\nnodes:\n  a:", "start: a\nnodes:\n  @@a:")),
    "unreachable": _case(GOOD_NODES + "  @@island:\n    say: \"Nobody comes here.\"\n    goto: end\n"),
    "unreachable-ending": _case(GOOD_NODES
                                + "  @@other_end:\n    say: \"Also bye.\"\n    ending: {outcome: poor, label: X}\n"),
    "no-guidance": _case(GOOD_NODES.replace("        shows: [use_i_statement]\n", "")
                         .replace("      - text", "      - @@text")),
    "no-note": _case(GOOD_NODES.replace("        note: Good.\n", "").replace("      - text", "      - @@text")),
    "duplicate-choice": _case(GOOD_NODES.replace("  end:", "      - @@text: \"I  feel STUCK.\"\n        goto: end\n"
                                                          "        shows: [use_i_statement]\n"
                                                          "        note: Same.\n  end:")),
    "no-way-out": _case(GOOD_NODES.replace("    choices:\n", "    choices:\n      - text: Loop\n        goto: loop\n"
                                           "        shows: [propose_change]\n        note: Loops.\n", 1)
                        + "  @@loop:\n    say: Round.\n    goto: loop2\n  loop2:\n    say: Again.\n    goto: loop\n"),
    "empty-file": "@@",
    "wrong-type#list": "@@- just\n- a list\n",
    "encoding": "id: x\ntitle: @@\udcff\n",
    "alias-bomb": ("a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                   "c: @@&c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                   "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"),
    "too-deep": "x: " + "[" * 40 + "@@[1" + "]" * 41 + "\n",
    "yaml-merge": "base: &b {x: 1}\nother:\n  @@<<: *b\n",
}


def _locate(text: str) -> tuple[bytes, int, int]:
    before = text.split("@@")[0]
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    raw = text.replace("@@", "").encode("utf-8", "surrogateescape")
    return raw, line, col


@pytest.mark.parametrize("case", sorted(CASES))
def test_diagnostic_is_located(case):
    code = case.split("#")[0]
    raw, line, col = _locate(CASES[case])
    sc, report = parse_scenario(raw, "broken.yaml", GUIDANCE, Limits(max_alias_nodes=500))
    hits = [d for d in report.items if d.code == code]
    assert hits, f"expected {code}, got: {[str(d) for d in report.items]}"
    assert (hits[0].mark.line, hits[0].mark.col) == (line, col), str(hits[0])
    if hits[0].severity == "error":
        assert sc is None


def test_good_base_is_clean():
    sc, report = parse_scenario(_case(GOOD_NODES).encode(), "ok.yaml", GUIDANCE)
    assert sc is not None and report.items == []


def test_every_problem_reported_in_one_run():
    text = _case(GOOD_NODES.replace("goto: end", "goto: ned").replace("shows: [use_i_statement]", "shows: [nope]"))
    text = text.replace("difficulty: gentle", "difficulty: easy")
    _, report = parse_scenario(text.encode(), "many.yaml", GUIDANCE)
    assert {"unknown-node", "unknown-guidance", "bad-value"} <= {d.code for d in report.errors}


def test_did_you_mean():
    _, report = parse_scenario(_case("tilte: x\n" + GOOD_NODES).encode(), "x.yaml", GUIDANCE)
    assert "did you mean 'title'" in str(report.items[0])


def test_format_is_path_line_col(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text(_case(GOOD_NODES.replace("goto: end", "goto: ned")))
    out = subprocess.run([sys.executable, "-m", "rehearse", "validate", str(f)], capture_output=True, text=True)
    assert out.returncode == 1
    assert f"{f}:20:15: error[unknown-node]: goto 'ned': no such node (did you mean 'end'?)" in out.stdout
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("content", [b"", b"\xff\xfe\x00\x00binary", b"[1, 2", b"- a\n- b\n", b"id: [",
                                     b"\xef\xbb\xbfid: x\n",
                                     b"!!python/object/apply:os.system ['echo hi']", b"a: b: c: d", b"\t\tkey: x"])
def test_hostile_files_exit_1_without_traceback(tmp_path, content):
    f = tmp_path / "hostile.yaml"
    f.write_bytes(content)
    out = subprocess.run([sys.executable, "-m", "rehearse", "validate", str(f)],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr + out.stdout
    assert out.stdout.startswith(f"{f}:")


def test_usage_errors_exit_2(tmp_path):
    out = subprocess.run([sys.executable, "-m", "rehearse", "validate", str(tmp_path / "missing.yaml")],
                         capture_output=True, text=True)
    assert out.returncode == 2
    out = subprocess.run([sys.executable, "-m", "rehearse", "validate", "--bogus"], capture_output=True, text=True)
    assert out.returncode == 2


def test_very_deep_flow_nesting_is_refused_before_parsing(tmp_path):
    # libyaml's composer recurses in C: 100,000 nested brackets would overflow the stack without the pre-check.
    f = tmp_path / "deep.yaml"
    f.write_text("x: " + "[" * 100_000 + "]" * 100_000 + "\n")
    out = subprocess.run([sys.executable, "-m", "rehearse", "validate", str(f)],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 1
    assert out.stdout.startswith(f"{f}:1:44: error[too-deep]")


def test_too_many_nodes(tmp_path):
    nodes = "".join(f"  n{i}:\n    say: hi\n    goto: n{i + 1}\n" for i in range(30))
    end = "  n30:\n    say: bye\n    ending: {outcome: good, label: x}\n"
    raw = (HEAD + "start: n0\nnodes:\n" + nodes + end).encode()
    sc, report = parse_scenario(raw, "big.yaml", GUIDANCE, Limits(max_nodes=20))
    assert sc is None and [d.code for d in report.errors] == ["too-many-nodes"]
    assert report.errors[0].mark.line == 15


def test_file_size_cap(tmp_path):
    sc, report = parse_scenario(b"id: x\n" + b"#" * 5000, "big.yaml", GUIDANCE, Limits(max_bytes=1000))
    assert sc is None and report.errors[0].code == "file-too-large"


def test_unclosed_brackets_inside_quotes_are_not_nesting():
    text = _case(GOOD_NODES.replace('say: "Hello."', 'say: "' + "[" * 60 + '{ hello"'))
    sc, report = parse_scenario(text.encode(), "quoted.yaml", GUIDANCE)
    assert sc is not None, [str(d) for d in report.items]
    assert sc.nodes["a"].variants[0].text.startswith("[[[")
