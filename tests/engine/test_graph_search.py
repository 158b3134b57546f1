"""The one reachability search (engine/graph.py) that the loader, lint, runner and authoring tools share."""

from __future__ import annotations

import random

from rehearse.engine.graph import fewest_steps, reach, reverse


def _plain_reach(edges: dict, starts) -> set:
    """Reachability by the definition: grow the set until nothing new is one step on."""
    seen = set(starts)
    while True:
        more = {b for a in seen for b in edges.get(a, ())} - seen
        if not more:
            return seen
        seen |= more


def test_reach_follows_every_layer_and_includes_the_starts():
    a = {"s": ["x"], "y": ["z"]}
    b = {"x": ["y"]}
    assert reach(("s",), a) == {"s", "x"}
    assert reach(("s",), a, b) == {"s", "x", "y", "z"}
    assert reach(("lonely",), a) == {"lonely"}
    assert reach((), a) == set()


def test_reach_and_reverse_agree_with_the_definition_on_random_graphs():
    rng = random.Random(5)
    for _ in range(200):
        nodes = [f"n{i}" for i in range(rng.randint(1, 12))]
        edges = {n: rng.sample(nodes, rng.randint(0, min(3, len(nodes)))) for n in nodes}
        starts = rng.sample(nodes, rng.randint(1, min(2, len(nodes))))
        split = {n: bs[:1] for n, bs in edges.items()}, {n: bs[1:] for n, bs in edges.items()}
        assert reach(starts, edges) == _plain_reach(edges, starts) == reach(starts, *split)
        back = reverse(edges)
        for n in nodes:  # b can reach n exactly when n can reach b in the reversed graph
            assert reach((n,), back) == {m for m in nodes if n in _plain_reach(edges, (m,))}


def test_fewest_steps_counts_only_weighted_steps():
    # a -(choice)-> b -(goto)-> end ; a -(goto)-> c -(choice)-> d -(choice)-> end ; lost has no way to the end
    back = {"end": [("b", 0), ("d", 1)], "b": [("a", 1)], "d": [("c", 1)], "c": [("a", 0)]}
    assert fewest_steps(back, ["end"]) == {"end": 0, "b": 0, "a": 1, "d": 1, "c": 2}
    assert fewest_steps(back, []) == {}
