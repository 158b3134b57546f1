"""Reading a line template into parts: text, `{{ expression }}` and `{% if %}` blocks, by expr.parse's grammar.

Jinja2's template syntax, restricted: `{{ }}`, `{% if %}` / `{% elif %}` / `{% else %}` / `{% endif %}`, `{# #}`
comments and the `-` whitespace control; every other block is refused. A loop, not recursion, walks the blocks.
"""

from __future__ import annotations

import re

from rehearse.engine import diagnostics as dg
from rehearse.engine.expr.parse import MAX_BLOCKS, MAX_NESTING, Reader

_TAG = re.compile(r"\{[{%#]")


def parse_template(text: str) -> tuple:
    """The parts of a line template: text, ("out", expr) and ("if", ((cond, parts), ...), else_parts);
    raises ExprError."""
    text = text.removesuffix("\n")  # Jinja2 drops one trailing newline of a template; so do we
    r = Reader(text, False)
    root: list = []
    stack: list[tuple[list, list, int]] = []  # (branches, parent parts, pos) of each open {% if %}
    parts, pos, lstrip, blocks = root, 0, False, 0
    while True:
        m = _TAG.search(text, pos)
        start = m.start() if m else len(text)
        data = text[pos:start]
        if lstrip:
            data = data.lstrip()
        control = text[start + 2:start + 3] if m else ""
        if control == "-":
            data = data.rstrip()
        if data:
            parts.append(data.replace("\r\n", "\n").replace("\r", "\n") if "\r" in data else data)
        if m is None:
            break
        blocks += 1
        if blocks > MAX_BLOCKS:
            raise r.error(dg.EXPRESSION_LIMIT, f"more than {MAX_BLOCKS} template blocks in one line", start)
        inner = start + 2 + (control in ("-", "+"))
        kind = m.group()[1]
        if kind == "#":
            end = text.find("#}", inner)
            if end < 0:
                raise r.error(None, "'#}' is missing: the comment is never closed", start)
            lstrip, pos = text[end - 1] == "-" and end - 1 >= inner, end + 2
            continue
        r.terms = r.depth = 0
        pos = r.tokenize(inner, None, "}}" if kind == "{" else "%}")
        lstrip = r.toks[-1].value == "-"
        if kind == "{":
            if r.peek().kind == "end":
                raise r.error(None, "an empty '{{ }}'", start)
            parts.append(("out", r.expression()))
            r.expect_end()
            continue
        t = r.peek()
        word = t.value if t.kind == "name" else ""
        r.i += 1
        if word in ("if", "elif"):
            if word == "elif" and not stack:
                raise r.error(None, "'elif' without an open 'if'", t.pos)
            if len(stack) >= MAX_NESTING:
                raise r.error(dg.EXPRESSION_LIMIT, f"'if' blocks nested more than {MAX_NESTING} deep", t.pos)
            r.enter(t.pos)
            cond = r.or_()  # as in Jinja2, `x if c else y` needs brackets here
            r.expect_end()
            if word == "if":
                branches: list = []
                stack.append((branches, parts, t.pos))
            else:
                branches = stack[-1][0]
                if branches and branches[-1][0] is None:
                    raise r.error(None, "'elif' after 'else'", t.pos)
            parts = []
            branches.append((cond, parts))
        elif word in ("else", "endif"):
            r.expect_end()
            if not stack:
                raise r.error(None, f"'{word}' without an open 'if'", t.pos)
            branches = stack[-1][0]
            if word == "else":
                if branches[-1][0] is None:
                    raise r.error(None, "'else' after 'else'", t.pos)
                parts = []
                branches.append((None, parts))
            else:
                branches, parent, _ = stack.pop()
                orelse = branches.pop()[1] if branches[-1][0] is None else []
                parent.append(("if", tuple((c, tuple(p)) for c, p in branches), tuple(orelse)))
                parts = parent
        else:
            what = f"'{{% {word} %}}'" if word else "this block"
            raise r.error(dg.TEMPLATE_CONSTRUCT, f"{what} is not allowed; lines may use {{% if %}}, {{% elif %}}, "
                          f"{{% else %}} and {{% endif %}} only", t.pos)
    if stack:
        raise r.error(None, "'{% if %}' is never closed with '{% endif %}'", stack[-1][2])
    return ("tpl", tuple(root))
