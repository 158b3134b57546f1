"""The bundled library: validates strictly, every path of every persona ends, every ending is reachable."""

import subprocess
import sys

import pytest

from rehearse.engine.play.runner import start
from tests.scenarios.conftest import ENTRIES, IDS

MAX_DECISIONS = 40


def explore(sc, persona):
    """Walk every path (merging identical states); returns endings reached and the longest path."""
    endings, longest = {}, 0
    seen = set()
    stack = [start(sc, persona, 0)]
    while stack:
        s = stack.pop()
        key = (s.node.id, s.persona, tuple(sorted((k, str(v)) for k, v in s.vars.items())))  # persona: it may shift
        if key in seen:
            continue
        seen.add(key)
        assert len(s.decisions) <= MAX_DECISIONS, f"{sc.id}/{persona}: path longer than {MAX_DECISIONS} decisions"
        if s.finished:
            endings[s.node.id] = endings.get(s.node.id, 0) + 1
            longest = max(longest, len(s.decisions))
            continue
        options = s.turn().options
        assert options, f"{sc.id}/{persona}: stuck at {s.node.id}"
        for o in options:
            c = s.clone()
            c.choose(o.number)
            stack.append(c)
    return endings, longest


def test_library_size():
    assert len(ENTRIES) >= 14
    assert sum(e.user_role == "therapist" for e in ENTRIES) >= 4
    assert len(set(IDS)) == len(IDS)


def test_validate_strict_is_clean():
    out = subprocess.run([sys.executable, "-m", "rehearse", "validate", "--strict"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout == ""


@pytest.mark.parametrize("sid", IDS)
def test_every_persona_every_path_ends_and_every_ending_is_reached(library, sid):
    sc = library[sid]
    reached = set()
    for persona in sc.personas:
        endings, longest = explore(sc, persona)
        assert endings, f"{persona} reaches no ending"
        reached |= set(endings)
    all_endings = {nid for nid, n in sc.nodes.items() if n.ending}
    assert all_endings <= reached, f"never reached: {sorted(all_endings - reached)}"


@pytest.mark.parametrize("sid", IDS)
def test_scenario_shape(library, sid):
    sc = library[sid]
    assert len(sc.personas) >= 3
    outcomes = [n.ending.outcome for n in sc.nodes.values() if n.ending]
    assert len(outcomes) >= 3 and "good" in outcomes and {"mixed", "poor"} & set(outcomes)
    assert sc.content_notes and sc.summary and sc.teaches
    for node in sc.nodes.values():
        for c in node.choices:
            assert c.shows or c.misses, f"{node.id}: {c.text}"
            assert c.note, f"{node.id}: {c.text}"
    # Lines differ by persona somewhere: the personas are not just labels.
    assert any(len({v.personas for v in n.variants}) > 1 for n in sc.nodes.values())


STARTERS = ["homework-not-done", "not-heard", "deciding-to-end"]


@pytest.mark.parametrize("sid", STARTERS)
def test_starters_have_eight_decisions_on_the_longest_path(library, sid):
    sc = library[sid]
    longest = max(explore(sc, p)[1] for p in sc.personas)
    assert longest >= 8


@pytest.mark.parametrize("sid", IDS)
def test_plain_mode_fed_ones_reaches_an_ending_with_a_cited_report(sid, private_home):
    out = subprocess.run([sys.executable, "-m", "rehearse", "play", sid, "--plain", "--seed", "1"],
                         input="1\n" * 60, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "== Feedback:" in out.stdout and "Source:" in out.stdout and "Traceback" not in out.stderr
