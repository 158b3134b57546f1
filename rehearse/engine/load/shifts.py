"""The `shifts:` of a scenario read and checked: chances that the other side changes manner at some nodes."""

from __future__ import annotations

from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Report, did_you_mean
from rehearse.engine.load.yamlsrc import YList, YMap
from rehearse.engine.model import Node, Shift


def read_shifts(raw, personas: set[str], nodes: dict[str, Node], report: Report) -> tuple[Shift, ...]:
    """The `shifts:` list, each persona and node checked (the checker has already checked the shapes)."""
    out: list[Shift] = []
    if not isinstance(raw, YList):
        return ()
    for item in raw:
        if not isinstance(item, YMap):
            continue
        vm, ok = item.value_marks, True
        for key in ("from", "to"):
            name = item.get(key)
            if isinstance(name, str) and name not in personas:
                report.error(vm[key], dg.BAD_SHIFT,
                             f"shift {key} '{name}': no such persona{did_you_mean(name, personas)}")
                ok = False
        at = item.get("at")
        for node, mark in zip(at, at.item_marks) if isinstance(at, YList) else ():
            if isinstance(node, str) and node not in nodes:
                report.error(mark, dg.BAD_SHIFT, f"shift at '{node}': no such node{did_you_mean(node, nodes)}")
                ok = False
        chance = item.get("chance")
        if isinstance(chance, (int, float)) and not isinstance(chance, bool) and not 0 < chance <= 1:
            report.error(vm["chance"], dg.BAD_SHIFT, f"shift chance {chance} should be above 0 and at most 1")
            ok = False
        if item.get("from") == item.get("to"):
            report.error(vm.get("to", item.mark), dg.BAD_SHIFT, "a shift goes from one persona to another")
            ok = False
        if ok and isinstance(at, YList) and isinstance(chance, (int, float)):
            out.append(Shift(item["from"], item["to"], frozenset(x for x in at if isinstance(x, str)),
                             float(chance), _note(item)))
    return tuple(out)


def _note(item: YMap) -> str:
    note = item.get("note")
    return note if isinstance(note, str) else ""
