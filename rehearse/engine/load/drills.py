"""Checking a scenario's `drills:` (moments to practise on their own) and building them into the model."""

from __future__ import annotations

from typing import Any

from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Diagnostic, Mark, did_you_mean
from rehearse.engine.load import spec
from rehearse.engine.load.yamlsrc import YList, YMap
from rehearse.engine.model import Drill, DrillLine, Scenario


def build_drills(b: Any, entries: dict) -> tuple[Drill, ...]:
    """Each drill under `drills:` checked against the scenario being built (its nodes, personas, the guidance).

    `b` is the loader's builder (typed loosely: naming it here would make the two modules import each other); its
    report, guidance ids and line checks are used as they are for every other line."""
    raw = b.data.get("drills")
    if not isinstance(raw, YList):
        return ()
    out: list[Drill] = []
    seen: dict[str, Mark] = {}
    for item, mark in zip(raw, raw.item_marks):
        if not isinstance(item, YMap):
            continue  # the structural check has reported it
        vm = item.value_marks
        did, node, skill = item.get("id"), item.get("node"), item.get("skill")
        if isinstance(did, str):
            if did in seen:
                b.r.error(vm["id"], dg.DUPLICATE_ID, f"drill id '{did}' appears twice (first at line {seen[did].line})")
            seen.setdefault(did, vm["id"])
        if isinstance(node, str):
            if node not in entries:
                b.r.error(vm["node"], dg.DRILL_NODE,
                          f"drill '{did}' is at node '{node}', which does not exist{did_you_mean(node, entries)}")
            elif not isinstance(entries[node][0], YMap) or not isinstance(entries[node][0].get("choices"), YList):
                b.r.error(vm["node"], dg.DRILL_NODE,
                          f"drill '{did}' is at node '{node}', where the user does not reply (it has no choices)")
        if isinstance(skill, str) and b.guidance is not None and skill not in b.guidance:
            b.r.error(vm["skill"], dg.UNKNOWN_GUIDANCE,
                      f"unknown guidance id '{skill}' in drill '{did}' skill{did_you_mean(skill, b.guidance)}")
        levels = item.get("levels")
        built: list[tuple[str, tuple[DrillLine, ...]]] = []
        for level in spec.DIFFICULTIES:
            lines = levels.get(level) if isinstance(levels, YMap) else None
            built.append((level, _lines(b, lines)))
        focus = item.get("focus")
        if isinstance(did, str) and isinstance(node, str) and isinstance(skill, str):
            out.append(Drill(did, node, skill, tuple(built), focus if isinstance(focus, str) else "", mark.line))
    return tuple(out)


def _lines(b: Any, lines: Any) -> tuple[DrillLine, ...]:
    """One level's wordings, each checked like a line the other side says (its persona, its template)."""
    if not isinstance(lines, YList):
        return ()
    out = []
    for v, m in zip(lines, lines.item_marks):
        if isinstance(v, str):
            b._template(v, m)
            out.append(DrillLine(v))
        elif isinstance(v, YMap) and isinstance(v.get("text"), str):
            b._template(v["text"], v.value_marks["text"])
            persona = v.get("persona")
            if isinstance(persona, str):
                b._personas(persona, v.value_marks["persona"])
            out.append(DrillLine(v["text"], persona if isinstance(persona, str) else None))
    return tuple(out)


def lint_drills(sc: Scenario, root: Any, catalogue, reaches=None) -> list[Diagnostic]:
    """Teaching warnings about drills: a skill for the other role, one no written reply at the moment shows, or a
    wording whose persona never gets to the moment (`reaches(persona)`: the nodes that persona can reach)."""
    out: list[Diagnostic] = []
    if reaches is not None:
        out += _unreached(sc, root, reaches)
    raw = root.get("drills") if isinstance(root, YMap) else None
    for i, d in enumerate(sc.drills):
        item = raw[i] if isinstance(raw, YList) and i < len(raw) else None
        mark = item.value_marks["skill"] if isinstance(item, YMap) and "skill" in item.value_marks else Mark(d.line, 1)
        g = catalogue.get(d.skill) if catalogue is not None else None
        if g is not None and g.role != sc.user_role and d.skill != "repair_is_optional":
            out.append(Diagnostic(sc.path, mark, "warning", dg.DRILL_ROLE,
                                  f"drill '{d.id}' practises '{d.skill}', guidance for the {g.role}, but the user "
                                  f"plays the {sc.user_role}"))
            continue  # a skill for the other role is the problem to fix first; no reply here should model it
        node = sc.nodes.get(d.node)
        if node is not None and not any(d.skill in c.shows for c in node.choices):
            out.append(Diagnostic(sc.path, mark, "warning", dg.DRILL_UNMODELLED,
                                  f"drill '{d.id}' practises '{d.skill}', but no choice at node '{d.node}' shows it, "
                                  "so no written reply models it"))
    return out


def _unreached(sc: Scenario, root: Any, reaches) -> list[Diagnostic]:
    """A wording said by a persona that can never reach the drill's node: no lines could lead up to it."""
    out: list[Diagnostic] = []
    seen: dict[str, set] = {}
    raw = root.get("drills") if isinstance(root, YMap) else None
    for i, d in enumerate(sc.drills):
        item = raw[i] if isinstance(raw, YList) and i < len(raw) else None
        levels = item.get("levels") if isinstance(item, YMap) else None
        for level, lines in d.levels:
            raw_lines = levels.get(level) if isinstance(levels, YMap) else None
            for j, line in enumerate(lines):
                persona = line.persona or next(iter(sc.personas), None)
                if persona is None or d.node not in sc.nodes:
                    continue
                if persona not in seen:
                    seen[persona] = reaches(persona)
                if d.node in seen[persona]:
                    continue
                mark = Mark(d.line, 1)
                if isinstance(raw_lines, YList) and j < len(raw_lines):
                    here = raw_lines[j]
                    mark = raw_lines.item_marks[j]
                    if isinstance(here, YMap) and "persona" in here.value_marks:
                        mark = here.value_marks["persona"]
                out.append(Diagnostic(sc.path, mark, "warning", dg.DRILL_PERSONA,
                                      f"drill '{d.id}': persona '{persona}' never reaches node '{d.node}', so no "
                                      f"lines lead up to its {level} wording"))
    return out
