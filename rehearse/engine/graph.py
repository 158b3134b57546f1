"""Searches over a scenario's node graph: the one reachability search the loader, lint, runner and authoring tools
share, its reverse, and the fewest decisions from each node to an ending.

An edge map is `node id -> the node ids one step on`; ids that are not keys simply have no edges out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping

Edges = Mapping[str, Iterable[str]]


def reach(starts: Iterable[str], *layers: Edges) -> set[str]:
    """Every node reachable from any of `starts` (including them), through the union of the edge maps `layers`."""
    seen = set(starts)
    stack = list(seen)
    if len(layers) == 1:  # the common case, kept tight: large scenarios spend their check time here
        edges = layers[0]
        while stack:
            for nxt in edges.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen
    while stack:
        here = stack.pop()
        for layer in layers:
            for nxt in layer.get(here, ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
    return seen


def reverse(edges: Edges) -> dict[str, set[str]]:
    """The same graph with every edge turned round: node id -> the node ids one step back."""
    back: dict[str, set[str]] = {}
    for a, bs in edges.items():
        for b in bs:
            back.setdefault(b, set()).add(a)
    return back


def fewest_steps(back: Mapping[str, Iterable[tuple[str, int]]], goals: Iterable[str]) -> dict[str, int]:
    """Fewest steps from each node to any of `goals`, over reversed edges weighted 0 or 1 (`back`: node id ->
    (the node one step before it, that step's weight)); nodes that cannot reach a goal are left out."""
    dist = {g: 0 for g in goals}
    queue = deque(sorted(dist))
    while queue:  # 0/1 breadth-first search: a 0-weight step goes to the front, so each node is settled in order
        cur = queue.popleft()
        for prev, w in back.get(cur, ()):
            nd = dist[cur] + w
            if nd < dist.get(prev, 1 << 30):
                dist[prev] = nd
                (queue.appendleft if w == 0 else queue.append)(prev)
    return dist
