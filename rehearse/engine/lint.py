"""Teaching lint: checks that a scenario can teach what it claims, beyond being well-formed."""

from __future__ import annotations

from rehearse.engine.diagnostics import Diagnostic, Mark
from rehearse.engine.model import Scenario


def _edges(sc: Scenario, persona: str | None):
    def fits(t):
        return persona is None or t.personas is None or persona in t.personas
    out = {}
    for nid, n in sc.nodes.items():
        targets = [t for t in n.targets if fits(t)]
        for c in n.choices:
            targets.extend(t for t in c.targets if fits(t))
        out[nid] = {t.node for t in targets if t.node in sc.nodes}
    return out


def _reach(edges, start):
    seen, stack = {start}, [start]
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def teaching_lint(sc: Scenario, catalogue=None) -> list[Diagnostic]:
    """Warnings about what a scenario teaches (every one fails `validate --strict`)."""
    out: list[Diagnostic] = []

    def warn(code, msg, line=1):
        out.append(Diagnostic(sc.path, Mark(line, 1), "warning", code, msg))

    reachable = _reach(_edges(sc, None), sc.start)
    shown = {g for nid in reachable for c in sc.nodes[nid].choices for g in c.shows}
    for gid in sc.teaches:
        if gid not in shown:
            warn("teaches-unshown", f"teaches '{gid}', but no reachable choice shows it")
    outcomes = {sc.nodes[n].ending.outcome for n in reachable if sc.nodes[n].ending}
    if "good" not in outcomes:
        warn("no-good-path", "no reachable ending has outcome: good, so no path models the guidance")
    if not outcomes & {"mixed", "poor"}:
        warn("no-misstep", "no reachable ending has outcome mixed or poor: add an instructive misstep")
    if catalogue is not None:
        for nid in reachable:
            for c in sc.nodes[nid].choices:
                for gid in c.shows:
                    g = catalogue.get(gid)
                    if g is not None and g.role != sc.user_role and gid != "repair_is_optional":
                        warn("role-mismatch", f"choice at '{nid}' shows '{gid}', guidance for the {g.role}, "
                             f"but the user plays the {sc.user_role}", sc.nodes[nid].line)
    for persona in sc.personas:
        seen = _reach(_edges(sc, persona), sc.start)
        if not any(sc.nodes[n].ending for n in seen):
            warn("persona-stuck", f"persona '{persona}' can never reach an ending")
    return out
