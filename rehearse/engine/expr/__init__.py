"""Conditions and line templates: read by a whitelist grammar (expr.parse), run as small closures with size caps.

Neither Python's eval nor a template engine ever sees scenario text. Checking a scenario only reads its conditions
and templates into trees and lists the variables they use; nothing is compiled or run while validating. Running
one checks each value before it is built: text never grows past MAX_TEXT characters, numbers never past
MAX_NUMBER, text is never repeated or %-formatted. The semantics follow Jinja2's for the allowed subset (the
Hypothesis tests compare the two), so `{{ name }}` and `persona == 'open'` mean what authors expect.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable
from functools import lru_cache

from rehearse.engine import diagnostics as dg
from rehearse.engine.expr.parse import MAX_NUMBER, ExprError, parse_condition
from rehearse.engine.expr.template import parse_template

__all__ = ["MAX_NUMBER", "MAX_OUTPUT", "MAX_TEXT", "ExprError", "evaluate", "is_template", "names_in_condition",
           "names_in_template", "render"]

MAX_OUTPUT = 4000  # a rendered line longer than this is cut: lines are speech, not documents
MAX_TEXT = MAX_OUTPUT  # no text built while running (joined, filtered) may be longer than this


def is_template(text: str) -> bool:
    """True when a line holds template syntax and must be rendered."""
    return "{{" in text or "{%" in text or "{#" in text


# -- which variables a text uses ---------------------------------------------------------------------------------
def _expr_names(node: tuple, out: set[str]) -> None:
    todo = [node]
    while todo:  # a loop, not recursion: the tree is capped, but a loop needs no thought about the stack
        n = todo.pop()
        kind = n[0]
        if kind == "name":
            out.add(n[1])
        elif kind in ("not", "neg", "pos"):
            todo.append(n[1])
        elif kind in ("and", "or"):
            todo += (n[1], n[2])
        elif kind == "cond":
            todo += (n[1], n[2], n[3])
        elif kind == "cmp":
            todo.append(n[1])
            todo += (e for _, e in n[2])
        elif kind == "list":
            todo += n[1]
        elif kind == "bin":
            todo += (n[2], n[3])
        elif kind == "filter":
            todo.append(n[2])
            todo += n[3]


def _parts_names(parts: tuple, out: set[str]) -> None:
    for p in parts:
        if isinstance(p, str):
            continue
        if p[0] == "out":
            _expr_names(p[1], out)
        else:
            for cond, body in p[1]:
                _expr_names(cond, out)
                _parts_names(body, out)
            _parts_names(p[2], out)


# The shapes nearly every condition and line has (`persona == 'open'`, `not asked and pushes >= 3`,
# `Hello {{ name }}.`) are answered by one regular expression; the tests check the answer is the reader's.
_WS = "[ \t\r\n]"  # what the reader skips (not \\s: that takes Unicode spaces too)
_NAME = r"(?!(?:and|or|not|in|is|if|else)(?![A-Za-z_0-9]))[A-Za-z_][A-Za-z_0-9]*"
_VALUE = rf"""(?:{_NAME}|[0-9]{{1,15}}|'[^'\\\n{{}}]*'|"[^"\\\n{{}}]*")"""
_OPERAND = rf"(?:not{_WS}+)*{_VALUE}(?:{_WS}*(?:==|!=|<=|>=|<|>){_WS}*{_VALUE})?"
_SIMPLE_COND = re.compile(rf"{_WS}*{_OPERAND}(?:{_WS}+(?:and|or){_WS}+{_OPERAND})*{_WS}*")
_WORDS = re.compile(r"""'[^']*'|"[^"]*"|([A-Za-z_][A-Za-z_0-9]*)""")
_LOGIC = frozenset({"and", "or", "not"})
_SIMPLE_OUT = re.compile(rf"\{{\{{{_WS}*({_NAME}){_WS}*\}}\}}")
_BLOCK = re.compile(r"""\{\{(?![-+])((?:[^{}'"]|'[^'{}\\\n]*'|"[^"{}\\\n]*")*?)(?<!-)\}\}""")
_NOT_NAMES = frozenset({"in", "is", "if", "else", "elif", "endif", "true", "false", "none", "True", "False", "None"})


def _simple_condition_names(text: str) -> frozenset[str] | None:
    # Short, and few `not`s: so within the reader's caps on terms and nesting.
    if len(text) > 160 or text.count("not") > 8 or not _SIMPLE_COND.fullmatch(text):
        return None
    names = {w for w in _WORDS.findall(text) if w and w not in _LOGIC}
    return None if names & _NOT_NAMES else frozenset(names)


def _simple_template_names(text: str) -> frozenset[str] | None:
    """A line with only `{{ expression }}` blocks (no whitespace control, no braces in its quotes) uses the
    names its expressions use, each read (and cached) as a condition is."""
    if "{%" in text or "{#" in text:
        return None
    found = _SIMPLE_OUT.findall(text)
    if len(found) <= 8 and not _NOT_NAMES.intersection(found) and not is_template(_SIMPLE_OUT.sub("", text)):
        return frozenset(found)
    blocks = _BLOCK.findall(text)
    if not blocks or len(blocks) > 8 or is_template(_BLOCK.sub("", text)):
        return None
    names: set[str] = set()
    for inner in blocks:
        try:
            names |= _condition_names(inner)
        except ExprError:
            return None  # the reader reports it, as a template
    return frozenset(names)


@lru_cache(maxsize=8192)
def _template_names(text: str) -> frozenset[str]:
    simple = _simple_template_names(text)
    if simple is not None:
        return simple
    out: set[str] = set()
    _parts_names(parse_template(text)[1], out)
    return frozenset(out)


@lru_cache(maxsize=8192)
def _condition_names(text: str) -> frozenset[str]:
    simple = _simple_condition_names(text)
    if simple is not None:
        return simple
    out: set[str] = set()
    _expr_names(parse_condition(text), out)
    return frozenset(out)


def names_in_template(text: str) -> set[str]:
    """The variable names a line template uses; raises ExprError on bad syntax or constructs."""
    return set(_template_names(text))


def names_in_condition(text: str) -> set[str]:
    """The variable names a condition uses; raises ExprError on bad syntax or constructs."""
    return set(_condition_names(text))


# -- values, each checked before it is built ---------------------------------------------------------------------
class _Failed(Exception):
    """A condition or line failed while running (becomes ExprError('runtime', ...))."""


def _kind(v) -> str:
    return "text" if isinstance(v, str) else "a number" if isinstance(v, (int, float)) else type(v).__name__


def _number(v):
    if type(v) is int and not -MAX_NUMBER <= v <= MAX_NUMBER:
        raise _Failed(f"a number grew past {MAX_NUMBER:,}")
    return v


def _text(n: int) -> None:
    if n > MAX_TEXT:
        raise _Failed(f"it would build text of {n:,} characters (at most {MAX_TEXT:,})")


def _is_num(v) -> bool:
    return isinstance(v, (int, float))


def _add(x, y):
    if isinstance(x, str) and isinstance(y, str):
        _text(len(x) + len(y))
        return x + y
    if _is_num(x) and _is_num(y):
        return _number(x + y)
    raise _Failed(f"cannot add {_kind(x)} and {_kind(y)}")


def _arith(op: str, fn):
    def run(x, y):
        if not (_is_num(x) and _is_num(y)):
            raise _Failed(f"'{op}' works on numbers only, not {_kind(x)} and {_kind(y)}")
        return _number(fn(x, y))
    return run


def _concat(x, y) -> str:
    sx, sy = str(x), str(y)
    _text(len(sx) + len(sy))
    return sx + sy


_BIN = {"+": _add, "-": _arith("-", operator.sub), "*": _arith("*", operator.mul),
        "/": _arith("/", operator.truediv), "//": _arith("//", operator.floordiv), "%": _arith("%", operator.mod),
        "~": _concat}
_CMP = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt,
        ">=": operator.ge, "in": lambda a, b: a in b, "not in": lambda a, b: a not in b}
_WORD_START = re.compile(r"([-\s({\[<]+)")  # Jinja2's title filter splits words here


def _round(value, precision=0, method="common"):
    if not _is_num(value) or type(precision) is not int or not -15 <= precision <= 15:
        raise _Failed("round takes a number and a precision between -15 and 15")
    if method == "common":
        return round(value, precision)
    if method not in ("ceil", "floor"):
        raise _Failed("round's method is 'common', 'ceil' or 'floor'")
    return getattr(math, method)(value * 10**precision) / 10**precision


def _int(value, default=0, base=10):
    if isinstance(value, str) and len(value.strip()) > 40:
        raise _Failed(f"a number grew past {MAX_NUMBER:,}")
    try:
        out = int(value, base) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        try:
            out = int(float(value))
        except (TypeError, ValueError, OverflowError):
            return default
    return _number(out)


_FILTER_RUN: dict[str, Callable[..., object]] = {
    "upper": lambda v: str(v).upper(), "lower": lambda v: str(v).lower(),
    "capitalize": lambda v: str(v).capitalize(), "trim": lambda v: str(v).strip(), "string": str,
    "title": lambda v: "".join(w[0].upper() + w[1:].lower() for w in _WORD_START.split(str(v)) if w),
    "abs": abs, "default": lambda v, d="", boolean=False: d if boolean and not v else v,
    "round": _round, "int": _int,
}


# -- closures ------------------------------------------------------------------------------------------------------
def _compile(node: tuple):
    """A function of the variables computing `node`'s value (the tree is capped, so this recursion is shallow)."""
    kind = node[0]
    if kind == "const":
        value = node[1]
        return lambda ctx: value
    if kind == "name":
        name = node[1]

        def load(ctx):
            try:
                return ctx[name]
            except KeyError:
                raise _Failed(f"'{name}' is undefined") from None
        return load
    if kind == "not":
        f = _compile(node[1])
        return lambda ctx: not f(ctx)
    if kind in ("and", "or"):
        a, b = _compile(node[1]), _compile(node[2])
        return (lambda ctx: a(ctx) and b(ctx)) if kind == "and" else (lambda ctx: a(ctx) or b(ctx))
    if kind == "cond":
        t, a, b = _compile(node[1]), _compile(node[2]), _compile(node[3])
        return lambda ctx: a(ctx) if t(ctx) else b(ctx)
    if kind == "list":
        items = [_compile(i) for i in node[1]]
        return lambda ctx: tuple(f(ctx) for f in items)
    if kind == "cmp":
        first = _compile(node[1])
        rest = [(_CMP[op], _compile(e)) for op, e in node[2]]
        if len(rest) == 1:
            fn, second = rest[0]
            return lambda ctx: fn(first(ctx), second(ctx))

        def chain(ctx):
            left = first(ctx)
            for fn, f in rest:
                right = f(ctx)
                if not fn(left, right):
                    return False
                left = right
            return True
        return chain
    if kind == "bin":
        fn, a, b = _BIN[node[1]], _compile(node[2]), _compile(node[3])
        return lambda ctx: fn(a(ctx), b(ctx))
    if kind in ("neg", "pos"):
        f = _compile(node[1])

        def sign(ctx):
            v = f(ctx)
            if not _is_num(v):
                raise _Failed(f"a sign works on numbers only, not {_kind(v)}")
            return -v if kind == "neg" else +v
        return sign
    if kind == "filter":
        run, f, args = _FILTER_RUN[node[1]], _compile(node[2]), [_compile(a) for a in node[3]]
        return lambda ctx: run(f(ctx), *(a(ctx) for a in args))
    raise AssertionError(kind)


def _compile_parts(parts: tuple) -> list:
    out: list = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "out":
            out.append(_compile(p[1]))
        else:
            out.append(([(_compile(c), _compile_parts(body)) for c, body in p[1]], _compile_parts(p[2])))
    return out


def _run_parts(parts: list, ctx: dict, out: list[str]) -> None:
    for p in parts:
        if type(p) is str:
            out.append(p)
        elif type(p) is tuple:
            branches, orelse = p
            for cond, body in branches:
                if cond(ctx):
                    _run_parts(body, ctx, out)
                    break
            else:
                _run_parts(orelse, ctx, out)
        else:
            v = p(ctx)
            out.append(v if type(v) is str else str(v))


@lru_cache(maxsize=4096)
def _compiled_condition(text: str):
    return _compile(parse_condition(text))


@lru_cache(maxsize=4096)
def _compiled_template(text: str) -> list:
    return _compile_parts(parse_template(text)[1])


_RUN_ERRORS = (_Failed, TypeError, ValueError, ZeroDivisionError, OverflowError)


def evaluate(condition: str, context: dict) -> bool:
    """Evaluate a checked condition against the session's variables."""
    try:
        return bool(_compiled_condition(condition)(context))
    except _RUN_ERRORS as exc:
        raise ExprError(dg.RUNTIME, f"condition '{condition}' failed: {exc}") from None


def render(text: str, context: dict) -> str:
    """Render a checked line template; user-typed text only ever arrives here as data in `context`."""
    if not is_template(text):
        return text
    out: list[str] = []
    try:
        _run_parts(_compiled_template(text), context, out)
    except _RUN_ERRORS as exc:
        raise ExprError(dg.RUNTIME, f"line '{text}' failed: {exc}") from None
    return "".join(out)[:MAX_OUTPUT]
