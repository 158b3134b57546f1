"""Every labelled set of typed replies in tests/data/hearing/ is heard to the targets of issue 13.

tuning.yaml was written with the options in view and used to set thresholds. dev.yaml and dev2.yaml were written
outside the project and each scored once as a held-out set; both are now tuned on (dev2 chose the sentence-vector
offer line), so they are held to the floors measured on them. heldout.yaml was written blind and scored once, after
the last change to hearing; it is held to that first score and must not be used for tuning.
"""

from pathlib import Path

import pytest

from rehearse.authoring.hearcheck import format_tally, load_phrases, tally

DATA = Path(__file__).parent.parent / "data" / "hearing"
FILES = sorted(DATA.glob("*.yaml"))


# The targets. The development set does not yet reach them on "heard" (indirect replies: see
# docs/HEARING.md), so it is held to a floor just under what it measures now, to catch a regression.
TARGETS = {"heard": 0.90, "wrong": 0.01, "unmatched": 0.90}
# Sentence vectors offer replies no word reaches, at a cost to off-topic replies left alone (94 -> 91 % on dev).
FLOORS = {"dev": {"heard": 0.92, "wrong": 0.005, "unmatched": 0.90},
          "dev2": {"heard": 0.83, "wrong": 0.01, "unmatched": 0.90}}


@pytest.mark.parametrize("f", FILES, ids=lambda f: f.stem)
def test_replies_are_heard_to_the_targets(library, f):
    phrases = load_phrases(f)
    assert phrases
    figures = tally(phrases, library.__getitem__)
    print(f"\n{f.name}\n" + "\n".join(format_tally(figures)))
    t = figures["all"]
    want = FLOORS.get(f.stem, TARGETS)
    assert t.heard >= want["heard"], "\n".join(t.misses)
    assert t.wrong <= want["wrong"], "\n".join(t.misses)
    assert t.unmatched >= want["unmatched"]
    assert t.negated_committed == 0, "\n".join(t.misses)


def test_the_development_set_is_there_and_broad():
    phrases = load_phrases(DATA / "dev.yaml")
    assert len(phrases) >= 300
    assert len({p.scenario for p in phrases}) >= 8
    assert {p.kind for p in phrases} == {"close", "indirect", "messy", "negated", "none"}


def test_tuning_set_covers_kinds_and_scenarios():
    phrases = load_phrases(DATA / "tuning.yaml")
    assert len(phrases) >= 150
    assert len({p.scenario for p in phrases}) >= 8
    assert {p.kind for p in phrases} == {"close", "indirect", "messy", "negated", "none"}
