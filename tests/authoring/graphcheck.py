"""Pure-Python structural checks for `rehearse graph` output: a DOT parser and a Mermaid line checker.

They do not replace Graphviz or Mermaid (the tests also run `dot` when it is installed), but they always run, and
they decode every label so the tests can compare it with what the scenario says.
"""

from __future__ import annotations

import html
import re

# -- DOT ----------------------------------------------------------------------------------------------------------

_DOT_TOKEN = re.compile(r"""
    (?P<ws>\s+|//[^\n]*|/\*.*?\*/|^\#[^\n]*)
  | (?P<str>"(?:[^"\\]|\\.|\\\n)*")
  | (?P<op>->|--|[{}\[\];,=:])
  | (?P<num>-?(?:\.\d+|\d+(?:\.\d*)?))
  | (?P<id>[A-Za-z_\x80-\U0010ffff][\w\x80-\U0010ffff]*)
""", re.DOTALL | re.VERBOSE | re.MULTILINE)

NODE_ATTRS = {"label", "shape", "style", "fillcolor", "color", "fontcolor", "penwidth", "fontname", "fontsize"}
EDGE_ATTRS = {"label", "style", "fontname", "fontsize", "color", "fontcolor", "penwidth"}
GRAPH_ATTRS = {"rankdir", "label", "labelloc", "fontname"}


class DotError(Exception):
    """The text is not DOT this checker accepts."""


def _dot_tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(text):
        m = _DOT_TOKEN.match(text, pos)
        if not m:
            raise DotError(f"cannot read DOT at {text[pos:pos + 30]!r}")
        pos = m.end()
        kind = m.lastgroup
        if kind != "ws":
            out.append((kind, m.group(kind)))
    return out


def dot_unquote(s: str) -> str:
    """The text of a DOT string as a label shows it (escString: \\n is a line break, \\\\ a backslash)."""
    body = s[1:-1]
    escapes = {"n": "\n", "l": "\n", "r": "\n"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(1)), body, flags=re.DOTALL)


def parse_dot(text: str) -> dict:
    """Parse a digraph; returns {'nodes': {id: attrs}, 'edges': [(a, b, attrs)], 'graph': attrs}."""
    toks = _dot_tokens(text)
    i = 0

    def peek(k=0):
        return toks[i + k] if i + k < len(toks) else ("eof", "")

    def take(kind=None, value=None):
        nonlocal i
        t = peek()
        if (kind and t[0] != kind) or (value and t[1] != value):
            raise DotError(f"expected {value or kind}, got {t[1]!r} (token {i})")
        i += 1
        return t

    def ident():
        t = peek()
        if t[0] not in ("id", "str", "num"):
            raise DotError(f"expected an id, got {t[1]!r}")
        take()
        return dot_unquote(t[1]) if t[0] == "str" else t[1]

    def attrs(allowed):
        out = {}
        while peek()[1] == "[":
            take(value="[")
            while peek()[1] != "]":
                key = ident()
                if key not in allowed:
                    raise DotError(f"unexpected attribute {key!r}")
                take(value="=")
                out[key] = ident()
                if peek()[1] in (",", ";"):
                    take()
            take(value="]")
        return out

    g = {"nodes": {}, "edges": [], "graph": {}}
    take("id", "digraph")
    if peek()[0] in ("id", "str"):
        g["name"] = ident()
    take(value="{")
    while peek()[1] != "}":
        if peek()[0] == "eof":
            raise DotError("missing '}'")
        if peek()[1] in ("graph", "node", "edge"):
            which = take()[1]
            g.setdefault("defaults", {})[which] = attrs(
                {"graph": GRAPH_ATTRS, "node": NODE_ATTRS, "edge": EDGE_ATTRS}[which])
        else:
            a = ident()
            if peek()[1] == "--":
                raise DotError("'--' in a digraph")
            if peek()[1] == "->":
                take(value="->")
                b = ident()
                g["edges"].append((a, b, attrs(EDGE_ATTRS)))
            else:
                if a in g["nodes"]:
                    raise DotError(f"node {a!r} declared twice")
                g["nodes"][a] = attrs(NODE_ATTRS)
        take(value=";")
    take(value="}")
    if peek()[0] != "eof":
        raise DotError("text after the graph")
    for a, b, _ in g["edges"]:
        if a not in g["nodes"] or b not in g["nodes"]:
            raise DotError(f"edge {a}->{b} to an undeclared node")
    return g


# -- Mermaid ------------------------------------------------------------------------------------------------------

RESERVED = {"end", "graph", "subgraph", "flowchart", "style", "class", "classdef", "click", "linkstyle", "default",
            "direction", "call", "href"}
_LABEL_OK = re.compile(r'^(?:[^"<>#|`\[\]{}%\\\n]|#[A-Za-z]+;|#\d+;|<br/>)*$')
_NODE = re.compile(r'^    (n\d+)(?:\["(.*)"\]|\(\["(.*)"\]\))$')
_EDGE = re.compile(r'^    (n\d+) (-->|-\.->)(?:\|"(.*)"\|)? (n\d+)$')
_CLASSDEF = re.compile(r"^    classDef (good|mixed|poor|unreachable|start|broken) [\w#:,.\- ]+$")
_CLASS = re.compile(r"^    class (n\d+(?:,n\d+)*) (good|mixed|poor|unreachable|start|broken)$")
_LINKSTYLE = re.compile(r"^    linkStyle (\d+) stroke:#[0-9a-f]{6},stroke-width:\d+px,color:#[0-9a-f]{6}$")


class MermaidError(Exception):
    """The text is not Mermaid this checker accepts."""


def mermaid_unescape(label: str) -> str:
    """A label as Mermaid shows it: entity codes decoded, <br/> as a line break."""
    label = label.replace("<br/>", "\n")
    return re.sub(r"#(\d+|[A-Za-z]+);",  # one pass, as Mermaid decodes: "#35;quot;" is the text "#quot;"
                  lambda m: chr(int(m.group(1))) if m.group(1).isdigit() else html.unescape(f"&{m.group(1)};"), label)


def parse_mermaid(text: str) -> dict:
    """Check every line of a flowchart; returns {'nodes': {id: (label, ending)}, 'edges': [...], 'classes': {}}."""
    lines = text.rstrip("\n").split("\n")
    if not lines[0].startswith("%%") or lines[1] != "flowchart TD":
        raise MermaidError("expected a %% comment, then 'flowchart TD'")
    g = {"nodes": {}, "edges": [], "classes": {}}
    for n, line in enumerate(lines[2:], 3):
        if m := _NODE.match(line):
            label = m.group(2) if m.group(2) is not None else m.group(3)
            if not _LABEL_OK.match(label):
                raise MermaidError(f"line {n}: unescaped character in label {label!r}")
            g["nodes"][m.group(1)] = (mermaid_unescape(label), m.group(3) is not None)
        elif m := _EDGE.match(line):
            label = m.group(3) or ""
            if not _LABEL_OK.match(label):
                raise MermaidError(f"line {n}: unescaped character in edge label {label!r}")
            g["edges"].append((m.group(1), m.group(4), mermaid_unescape(label), m.group(2) == "-->"))
        elif _CLASSDEF.match(line):
            continue
        elif m := _LINKSTYLE.match(line):
            g.setdefault("styled_links", []).append(int(m.group(1)))
        elif m := _CLASS.match(line):
            for nid in m.group(1).split(","):
                g["classes"].setdefault(nid, set()).add(m.group(2))
        else:
            raise MermaidError(f"line {n}: not a line rehearse writes: {line!r}")
    for a, b, _, _ in g["edges"]:
        if a not in g["nodes"] or b not in g["nodes"]:
            raise MermaidError(f"edge {a} -> {b} to an undeclared node")
    for nid in g["classes"]:
        if nid not in g["nodes"]:
            raise MermaidError(f"class for undeclared node {nid}")
    if set(g["nodes"]) & RESERVED:
        raise MermaidError("a node id is a Mermaid keyword")
    return g
