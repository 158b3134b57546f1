"""The links of a scenario checked: every goto names a node, an ending can be reached, no node is a trap."""

from __future__ import annotations

from collections.abc import Iterator

from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Mark, Report, did_you_mean
from rehearse.engine.graph import reach, reverse
from rehearse.engine.load.yamlsrc import YList, YMap
from rehearse.engine.model import Node, Target


def check_gotos(node: Node, raw: YMap, entries: dict, report: Report) -> None:
    """Every goto of a node (and of its choices) names a node that exists; each bad one reported where it stands."""

    def one(targets, value, mark):
        marks = value.item_marks if isinstance(value, YList) else None
        for i, t in enumerate(targets):
            if t.node not in entries:
                where = marks[i] if marks and i < len(marks) else mark
                report.error(where, dg.UNKNOWN_NODE,
                             f"goto '{t.node}': no such node{did_you_mean(t.node, entries)}")

    if node.targets:
        one(node.targets, raw.get("goto"), raw.value_marks.get("goto"))
    raw_choices = raw.get("choices")
    if isinstance(raw_choices, YList):
        for c in node.choices:
            rc = raw_choices[c.index]
            one(c.targets, rc.get("goto"), rc.value_marks.get("goto", raw_choices.item_marks[c.index]))


def check_reachability(built: dict[str, Node], marks: dict[str, Mark], start: str, own: set[str],
                       r: Report) -> None:
    """An ending reachable from the start, a way out of every node reached, and no node (of this file) unreached."""
    edges = {nid: {t.node for t in _all_targets(n) if t.node in built} for nid, n in built.items()}
    seen = reach((start,), edges)
    endings = {nid for nid, n in built.items() if n.ending}
    if not endings & seen:
        r.error(marks[start], dg.NO_ENDING, "no ending can be reached from the start node")
    else:
        can_end = reach(endings, reverse(edges))  # one search from every ending at once
        for nid in sorted(seen - can_end, key=lambda x: marks[x]):
            r.error(marks[nid], dg.NO_WAY_OUT,
                    f"from node '{nid}' no path leads to an ending (a loop with no exit?)")
    for nid in sorted(set(built) - seen, key=lambda x: marks[x]):
        if marks[nid] is None:
            continue
        kind = "ending" if built[nid].ending else "node"
        code = dg.UNREACHABLE_ENDING if built[nid].ending else dg.UNREACHABLE
        if nid in own:
            r.warning(marks[nid], code, f"{kind} '{nid}' can never be reached from '{start}'")


def _all_targets(n: Node) -> Iterator[Target]:
    yield from n.targets
    for c in n.choices:
        yield from c.targets
