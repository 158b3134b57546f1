"""A map of a scenario's branches, as Mermaid (for GitHub Markdown) or DOT (for Graphviz).

Nodes are the moments of the conversation, choices are labelled edges, a goto is a dashed edge, endings are
coloured by outcome and nodes that cannot be reached (for the chosen persona) are greyed and marked. A file with
errors is drawn from what it says, so a broken link shows as a red arrow to a red node that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.engine.graph import reach
from rehearse.engine.load.lint import fits_statically, persona_edges, taken_targets
from rehearse.engine.model import Scenario, Target

LABEL_MAX = 36  # characters of a choice shown on its edge

# Fill, outline and text colours per ending outcome; unreachable nodes are drawn grey and dashed.
COLOURS = {
    "good": ("#d9f2d9", "#2e7d32", "#173d19"),
    "mixed": ("#fff3cd", "#a67c00", "#4d3900"),
    "poor": ("#f8d7da", "#b02a37", "#4d0f16"),
}
GREY = ("#eeeeee", "#8c8c8c", "#595959")
RED = ("#f8d7da", "#d00000", "#4d0f16")  # broken links and the nodes they point at


@dataclass(frozen=True)
class GNode:
    """One node as drawn."""

    id: str
    label: str  # the node id, plus the ending's label and outcome for endings
    outcome: str | None  # good | mixed | poor for endings
    start: bool
    reachable: bool
    broken: bool = False  # a node that links point to but the file does not have


@dataclass(frozen=True)
class GEdge:
    """One arrow: a choice (labelled) or a goto (dashed; labelled only when it branches)."""

    src: str
    dst: str
    label: str
    choice: bool
    broken: bool = False  # leads to a node the file does not have


@dataclass(frozen=True)
class Graph:
    """Everything a renderer needs."""

    title: str
    nodes: tuple[GNode, ...]
    edges: tuple[GEdge, ...]


def shorten(text: str, limit: int = LABEL_MAX) -> str:
    """One line of at most `limit` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(",.;:!?-") + "\u2026"


def _branch(t: Target, persona: str | None) -> str:
    """What guards one goto branch, for an edge label ('' when nothing does or the persona is fixed)."""
    parts = []
    if t.personas is not None and persona is None:
        parts.append("/".join(sorted(t.personas)))
    if t.cond:
        parts.append("if " + t.cond)
    return shorten("; ".join(parts), 24) if parts else ""


def _said(text: str, say: int) -> str:
    return f"\n\u201c{shorten(text, say)}\u201d" if say and text else ""


def build(sc: Scenario, persona: str | None = None, say: int = 0) -> Graph:
    """The graph of a scenario, as one persona meets it (None: every persona at once); with `say`, each node also
    shows the start of its first line, cut to that many characters."""
    if persona is not None and persona not in sc.personas:
        raise ValueError(f"unknown persona '{persona}'; choose from: {', '.join(sc.personas)}")
    seen = reach((sc.start,), persona_edges(sc, persona))
    nodes = []
    for nid, n in sc.nodes.items():
        label = nid + _said(n.variants[0].text if n.variants else "", say)
        if n.ending:
            label += f"\n{n.ending.label} ({n.ending.outcome})"
        if nid not in seen:
            label += "\n(unreachable)"
        nodes.append(GNode(nid, label, n.ending.outcome if n.ending else None, nid == sc.start, nid in seen))
    edges = []
    for nid, n in sc.nodes.items():
        for t in taken_targets(n.targets, persona):
            edges.append(GEdge(nid, t.node, _branch(t, persona), False))
        for number, c in enumerate(n.choices, 1):
            if not fits_statically(None, c.cond, persona):
                continue
            text = f"{number}. {shorten(c.text)}"
            if c.cond:
                text += f" [if {shorten(c.cond, 24)}]"
            for t in taken_targets(c.targets, persona):
                guard = _branch(t, persona)
                edges.append(GEdge(nid, t.node, f"{text} ({guard})" if guard else text, True))
    title = sc.id + (f" (persona: {persona})" if persona else "")
    return Graph(title, tuple(nodes), tuple(e for e in edges if e.dst in sc.nodes))


# -- Mermaid -----------------------------------------------------------------------------------------------------

_MERMAID_ESCAPES = {'"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "|": "#124;", "`": "#96;",
                    "\\": "#92;", "%": "#37;", "{": "#123;", "}": "#125;", "[": "#91;", "]": "#93;"}


def mermaid_text(text: str) -> str:
    """Text for inside a quoted Mermaid label: entity codes for anything the parser or HTML could take as syntax."""
    lines = ["".join(_MERMAID_ESCAPES.get(ch, ch) for ch in line) for line in text.split("\n")]
    return "<br/>".join(" ".join(line.split()) for line in lines)


def to_mermaid(g: Graph) -> str:
    """A Mermaid flowchart that renders in GitHub Markdown (in a ```mermaid block)."""
    ids = {n.id: f"n{i}" for i, n in enumerate(g.nodes)}  # node ids may be Mermaid keywords such as 'end'
    out = [f"%% rehearse graph: {' '.join(g.title.split())}", "flowchart TD"]
    for n in g.nodes:
        shape = ('(["', '"])') if n.outcome else ('["', '"]')
        out.append(f"    {ids[n.id]}{shape[0]}{mermaid_text(n.label)}{shape[1]}")
    for e in g.edges:
        arrow = "-->" if e.choice else "-.->"
        label = f'|"{mermaid_text(e.label)}"|' if e.label else ""
        out.append(f"    {ids[e.src]} {arrow}{label} {ids[e.dst]}")
    for name, (fill, stroke, colour) in COLOURS.items():
        out.append(f"    classDef {name} fill:{fill},stroke:{stroke},color:{colour}")
    out.append(f"    classDef unreachable fill:{GREY[0]},stroke:{GREY[1]},color:{GREY[2]},stroke-dasharray:5 4")
    out.append("    classDef start stroke-width:3px")
    if any(n.broken for n in g.nodes):
        out.append(f"    classDef broken fill:{RED[0]},stroke:{RED[1]},color:{RED[2]},stroke-width:2px")
    for i, e in enumerate(g.edges):
        if e.broken:
            out.append(f"    linkStyle {i} stroke:{RED[1]},stroke-width:2px,color:{RED[1]}")
    groups: dict[str, list[str]] = {}
    for n in g.nodes:
        if n.start:
            groups.setdefault("start", []).append(ids[n.id])
        if n.outcome:
            groups.setdefault(n.outcome, []).append(ids[n.id])
        if not n.reachable:
            groups.setdefault("unreachable", []).append(ids[n.id])  # last, so grey wins over the outcome colour
        if n.broken:
            groups.setdefault("broken", []).append(ids[n.id])
    for name in ("start", "good", "mixed", "poor", "unreachable", "broken"):
        if groups.get(name):
            out.append(f"    class {','.join(groups[name])} {name}")
    return "\n".join(out) + "\n"


# -- DOT ---------------------------------------------------------------------------------------------------------

def dot_string(text: str) -> str:
    """A DOT double-quoted string; backslashes are doubled so labels never hold Graphviz escapes like \\N."""
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "")
    return '"' + body.replace("\n", "\\n") + '"'


def to_dot(g: Graph) -> str:
    """A Graphviz digraph (`dot -Tsvg` draws it)."""
    out = [
        f"digraph {dot_string(g.title)} {{",
        f"    graph [rankdir=TB, label={dot_string(g.title)}, labelloc=t, fontname=\"Helvetica\"];",
        '    node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];',
        '    edge [fontname="Helvetica", fontsize=10];',
    ]
    for n in g.nodes:
        attrs = [f"label={dot_string(n.label)}"]
        look = RED if n.broken else GREY if not n.reachable else COLOURS.get(n.outcome)
        if look:
            style = "rounded,filled," + ("dashed" if not n.reachable else "bold")
            attrs += [f'style="{style}"', f'fillcolor="{look[0]}"', f'color="{look[1]}"', f'fontcolor="{look[2]}"']
        if n.start:
            attrs.append("penwidth=3")
        out.append(f"    {dot_string(n.id)} [{', '.join(attrs)}];")
    for e in g.edges:
        attrs = [f"label={dot_string(e.label)}"] if e.label else []
        if not e.choice:
            attrs.append("style=dashed")
        if e.broken:
            attrs += [f'color="{RED[1]}"', f'fontcolor="{RED[1]}"', "penwidth=2"]
        tail = f" [{', '.join(attrs)}]" if attrs else ""
        out.append(f"    {dot_string(e.src)} -> {dot_string(e.dst)}{tail};")
    out.append("}")
    return "\n".join(out) + "\n"


def render(sc: Scenario, fmt: str, persona: str | None = None, say: int = 0) -> str:
    """The graph of `sc` as 'mermaid' or 'dot' text."""
    g = build(sc, persona, say)
    return to_mermaid(g) if fmt == "mermaid" else to_dot(g)


def render_tree(data, fmt: str, say: int = 0) -> str:
    """The graph of a file that does not load, from its YAML tree as read."""
    g = build_raw(data, say)
    return to_mermaid(g) if fmt == "mermaid" else to_dot(g)


def _first_text(say) -> str:
    if isinstance(say, str):
        return say
    if isinstance(say, list) and say and isinstance(say[0], dict):
        return str(say[0].get("text", ""))
    return ""


def _gotos(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(t.get("node")) for t in value if isinstance(t, dict) and t.get("node") is not None]
    return []


def build_raw(data, say: int = 0) -> Graph:
    """The graph of a scenario file as written, errors and all: links to nodes it lacks are marked broken."""
    raw = data.get("nodes") if isinstance(data, dict) else None
    raw = raw if isinstance(raw, dict) else {}
    start = str(data.get("start", "")) if isinstance(data, dict) else ""
    edges: list[GEdge] = []
    for nid, n in raw.items():
        n = n if isinstance(n, dict) else {}
        for dst in _gotos(n.get("goto")):
            edges.append(GEdge(str(nid), dst, "", False, dst not in raw))
        choices = n.get("choices") if isinstance(n.get("choices"), list) else []
        for number, c in enumerate(choices, 1):
            if isinstance(c, dict):
                for dst in _gotos(c.get("goto")):
                    edges.append(GEdge(str(nid), dst, f"{number}. {shorten(str(c.get('text', '')))}", True,
                                       dst not in raw))
    seen = reach((start,), {k: {e.dst for e in edges if e.src == k} for k in map(str, raw)})
    nodes = []
    for nid, n in raw.items():
        n = n if isinstance(n, dict) else {}
        end = n.get("ending") if isinstance(n.get("ending"), dict) else None
        outcome = str(end.get("outcome")) if end and end.get("outcome") in COLOURS else None
        label = str(nid) + _said(_first_text(n.get("say")), say)
        if end:
            label += f"\n{end.get('label', '')} ({end.get('outcome', '?')})"
        if str(nid) not in seen:
            label += "\n(unreachable)"
        nodes.append(GNode(str(nid), label, outcome, str(nid) == start, str(nid) in seen))
    for dst in dict.fromkeys(e.dst for e in edges if e.broken):
        nodes.append(GNode(dst, f"{dst}\n(no such node)", None, False, True, broken=True))
    title = str(data.get("id", "scenario")) + " (has errors: broken links in red)"
    return Graph(title, tuple(nodes), tuple(edges))
