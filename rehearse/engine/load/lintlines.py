"""Teaching lint on single lines: a red flag said after the last reply (so the user can never name it), and a
`{{ name }}` said with no name given, which plays as "you" ("I'm so sorry, you.")."""

from __future__ import annotations

from collections.abc import Callable

from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Mark
from rehearse.engine.expr import ExprError, is_template, names_in_condition, names_in_template
from rehearse.engine.load.yamltree import YList
from rehearse.engine.model import Scenario


def _replies_after(sc: Scenario, nid: str) -> bool:
    """Whether the user gets to reply after this node's line: it has choices, or a goto reaches a node that does."""
    todo, seen = [nid], set()
    while todo:
        x = todo.pop()
        if x in seen or x not in sc.nodes:
            continue
        seen.add(x)
        n = sc.nodes[x]
        if n.choices:
            return True
        todo += [t.node for t in n.targets]
    return False


def _name_guarded(cond: str | None) -> bool:
    if not cond:
        return False
    try:
        return "name" in names_in_condition(cond)
    except ExprError:
        return False


def line_lint(sc: Scenario, reachable: set, variant_at: Callable[[str, int], tuple[str, Mark]],
              warn: Callable[..., None]) -> None:
    """Warn about red flags no reply can follow and about `{{ name }}` lines with no name given."""
    for nid in sorted(reachable, key=lambda n: sc.nodes[n].line):
        n = sc.nodes[nid]
        answered = None
        for i, v in enumerate(n.variants):
            if v.red_flag:
                answered = _replies_after(sc, nid) if answered is None else answered
                if not answered:
                    f, m = variant_at(nid, i)
                    warn(dg.FLAG_AFTER_LAST_REPLY, f"red flag '{v.red_flag}' at '{nid}' comes after the last reply, "
                         "so the user can never name it; raise it earlier, or add a reply after it", m, f)
            uses_name = False
            if is_template(v.text):
                try:
                    uses_name = "name" in names_in_template(v.text)
                except ExprError:
                    pass
            if uses_name and sc.variables.get("name", "you") == "you" and not _name_guarded(v.cond):
                f, m = variant_at(nid, i)
                warn(dg.NAME_UNGUARDED, f"line at '{nid}' says {{{{ name }}}}, which is 'you' when no name is given "
                     "(\"Hi, you.\"); add a variant before it with if: \"name != 'you'\" and keep one without the name",
                     m, f)


def variant_mark(node_map, node_mark: Mark, i: int) -> Mark:
    """Where variant `i` of a node's `say:` is written (the say key itself for a one-line say)."""
    if node_map is None:
        return node_mark
    say = node_map.get("say")
    if isinstance(say, YList) and i < len(say.item_marks):
        return say.item_marks[i]
    return node_map.value_marks.get("say", node_mark)
