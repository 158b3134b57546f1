"""Conditions and line templates, run in Jinja2's sandbox with strict undefined; never Python eval.

Checking which variables a condition or a line uses happens once per text for every scenario loaded, so it has a
fast path: a small recursive-descent reader of the subset of Jinja2 expressions authors actually write (names,
numbers, quoted text, comparisons, and/or/not, arithmetic, if/else, allowed filters). It only ever answers for text
it fully understands, and that text Jinja2 parses into the same allowed constructs with the same names; anything
else (including every error) goes to Jinja2 itself, so messages and error codes are Jinja2's, unchanged. Answers are
cached by text. Jinja2 is imported only when a text needs it, or when something is rendered or evaluated.
"""

from __future__ import annotations

from functools import lru_cache

from rehearse.engine import diagnostics as dg

MAX_OUTPUT = 4000  # a rendered line longer than this is cut: lines are speech, not documents

# Only these filters are allowed: authors write lines, not programs.
_FILTERS = {"upper", "lower", "title", "capitalize", "default", "abs", "round", "int", "string", "trim"}


class ExprError(Exception):
    """A condition or template that cannot be used; `line`/`col` are relative to its text (1-based)."""

    def __init__(self, code: str, message: str, line: int = 1):
        super().__init__(message)
        self.code = code
        self.line = line


def is_template(text: str) -> bool:
    """True when a line holds Jinja2 syntax and must be rendered."""
    return "{{" in text or "{%" in text or "{#" in text


# -- Jinja2, loaded on first need ---------------------------------------------------------------------------------
_JINJA: dict = {}


def _jinja() -> dict:
    """The sandboxed environment and the node types allowed in a line (built once, on first use)."""
    if not _JINJA:
        from jinja2 import StrictUndefined, TemplateSyntaxError, meta, nodes
        from jinja2.exceptions import SecurityError, UndefinedError
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        # Autoescape off: output is plain text shown through widgets that never interpret markup.
        env = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
        # Only these template constructs are allowed: authors write lines, not programs, and loops could run unbounded.
        allowed = (nodes.Template, nodes.Output, nodes.TemplateData, nodes.If, nodes.Name, nodes.Const, nodes.Compare,
                   nodes.Operand, nodes.And, nodes.Or, nodes.Not, nodes.CondExpr, nodes.Filter, nodes.Add, nodes.Sub,
                   nodes.Concat, nodes.Neg, nodes.Pos, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Mod, nodes.Tuple,
                   nodes.List, nodes.Keyword)
        _JINJA.update(env=env, allowed=allowed, nodes=nodes, meta=meta, syntax_error=TemplateSyntaxError,
                      runtime_errors=(UndefinedError, SecurityError, TypeError, ZeroDivisionError))
    return _JINJA


def __getattr__(name: str):
    if name == "ENV":  # the sandboxed environment, for callers that used the module attribute
        return _jinja()["env"]
    raise AttributeError(name)


def _check_tree(tree) -> set[str]:
    j = _jinja()
    nodes, allowed = j["nodes"], j["allowed"]
    for node in tree.find_all(nodes.Node):
        if not isinstance(node, allowed):
            raise ExprError(dg.TEMPLATE_CONSTRUCT,
                            f"'{type(node).__name__}' is not allowed here; "
                            "use variables, comparisons, and/or/not, if/else")
        if isinstance(node, nodes.Filter) and node.name not in _FILTERS:
            raise ExprError(dg.TEMPLATE_CONSTRUCT, f"filter '{node.name}' is not allowed here")
    return j["meta"].find_undeclared_variables(tree)


def _jinja_template_names(text: str) -> frozenset[str]:
    j = _jinja()
    try:
        tree = j["env"].parse(text)
    except j["syntax_error"] as exc:
        raise ExprError(dg.TEMPLATE_SYNTAX, f"template syntax: {exc.message}", exc.lineno or 1) from None
    return frozenset(_check_tree(tree))


def _jinja_condition_names(text: str) -> frozenset[str]:
    j = _jinja()
    try:
        tree = j["env"].parse("{{ (" + text + ") }}")
    except j["syntax_error"] as exc:
        raise ExprError(dg.CONDITION_SYNTAX, f"condition syntax: {exc.message}") from None
    return frozenset(_check_tree(tree))


# -- the fast path --------------------------------------------------------------------------------------------------
_CONSTS = frozenset({"true", "false", "True", "False", "none", "None"})
_KEYWORDS = frozenset({"and", "or", "not", "in", "is", "if", "else"})
# Jinja2's default globals are never reported as variables; a text naming one is left to Jinja2 itself.
# (tests/engine/test_expr_fast.py checks this matches the environment's globals.)
JINJA_GLOBALS = frozenset({"range", "dict", "lipsum", "cycler", "joiner", "namespace"})
_COMPARE = frozenset({"==", "!=", "<", "<=", ">", ">="})
_ARITH = frozenset({"+", "-", "*", "/", "//", "%"})
_NAME_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_NAME_CHARS = _NAME_START | frozenset("0123456789")
_DIGITS = frozenset("0123456789")
_PLAIN = frozenset(" \t") | _NAME_CHARS | frozenset("'\"()=!<>+-*/%|.")


class _NotSimple(Exception):
    """The text is outside the subset the fast path reads: ask Jinja2."""


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, value) tokens: kind is name|num|str|op; raises _NotSimple for anything unusual."""
    if not text.isascii():
        raise _NotSimple
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == " " or ch == "\t":
            i += 1
        elif ch in _NAME_START:
            j = i + 1
            while j < n and text[j] in _NAME_CHARS:
                j += 1
            out.append(("name", text[i:j]))
            i = j
        elif ch in _DIGITS:
            j = i + 1
            while j < n and text[j] in _DIGITS:
                j += 1
            if j < n and text[j] == ".":
                k = j + 1
                while k < n and text[k] in _DIGITS:
                    k += 1
                if k == j + 1:
                    raise _NotSimple
                j = k
            if j < n and (text[j] in _NAME_CHARS or text[j] == "."):
                raise _NotSimple  # 1e5, 1_000, 1.2.3 ... let Jinja2 decide
            out.append(("num", text[i:j]))
            i = j
        elif ch == "'" or ch == '"':
            j = text.find(ch, i + 1)
            if j < 0:
                raise _NotSimple
            body = text[i + 1:j]
            if "\\" in body or "{" in body or "}" in body or "\n" in body or "\r" in body:
                raise _NotSimple
            out.append(("str", body))
            i = j + 1
        else:
            two = text[i:i + 2]
            if two in ("==", "!=", "<=", ">=", "//"):
                out.append(("op", two))
                i += 2
            elif two == "**":
                raise _NotSimple
            elif ch in "<>+-*/%()|":
                out.append(("op", ch))
                i += 1
            else:
                raise _NotSimple
    return out


class _Reader:
    """Recursive descent over the same grammar levels as jinja2.parser, collecting the names it loads."""

    __slots__ = ("i", "names", "toks")

    def __init__(self, toks: list[tuple[str, str]]) -> None:
        self.toks = toks
        self.i = 0
        self.names: set[str] = set()

    def peek(self, k: int = 0):
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else ("end", "")

    def is_kw(self, word: str, k: int = 0) -> bool:
        t = self.peek(k)
        return t[0] == "name" and t[1] == word

    def expression(self) -> None:  # parse_condexpr
        self.or_()
        while self.is_kw("if"):
            self.i += 1
            self.or_()
            if self.is_kw("else"):
                self.i += 1
                self.expression()

    def or_(self) -> None:
        self.and_()
        while self.is_kw("or"):
            self.i += 1
            self.and_()

    def and_(self) -> None:
        self.not_()
        while self.is_kw("and"):
            self.i += 1
            self.not_()

    def not_(self) -> None:
        if self.is_kw("not"):
            self.i += 1
            self.not_()
            return
        self.compare()

    def compare(self) -> None:
        self.math()
        while True:
            kind, value = self.peek()
            if (kind == "op" and value in _COMPARE) or (kind == "name" and value == "in"):
                self.i += 1
            elif kind == "name" and value == "not" and self.is_kw("in", 1):
                self.i += 2
            else:
                return
            self.math()

    def math(self) -> None:  # parse_math1 / concat / math2, flattened: they differ only in precedence
        self.unary()
        while True:
            kind, value = self.peek()
            if kind == "op" and value in _ARITH:
                self.i += 1
                self.unary()
            else:
                return

    def unary(self, with_filter: bool = True) -> None:
        kind, value = self.peek()
        if kind == "op" and value in ("-", "+"):
            self.i += 1
            self.unary(False)
        else:
            self.primary()
        kind, value = self.peek()
        if kind == "op" and value == "(":
            raise _NotSimple  # a call
        if with_filter:
            while self.peek() == ("op", "|"):
                self.i += 1
                kind, value = self.peek()
                if kind != "name" or value not in _FILTERS:
                    raise _NotSimple
                self.i += 1
                if self.peek() == ("op", "("):
                    raise _NotSimple  # filter arguments
            if self.is_kw("is"):
                raise _NotSimple  # a test

    def primary(self) -> None:
        kind, value = self.peek()
        if kind == "name":
            if value in _KEYWORDS or value in JINJA_GLOBALS:
                raise _NotSimple
            if value not in _CONSTS:
                self.names.add(value)
            self.i += 1
        elif kind in ("num", "str"):
            self.i += 1
            if self.peek()[0] == "str":
                raise _NotSimple  # adjacent strings
        elif kind == "op" and value == "(":
            self.i += 1
            if self.peek() == ("op", ")"):
                raise _NotSimple  # an empty tuple
            self.expression()
            if self.peek() != ("op", ")"):
                raise _NotSimple
            self.i += 1
        else:
            raise _NotSimple


def _fast_names(expr: str) -> frozenset[str]:
    """The names one expression loads, or _NotSimple."""
    toks = _tokens(expr)
    if not toks:
        raise _NotSimple
    r = _Reader(toks)
    r.expression()
    if r.i != len(toks):
        raise _NotSimple
    return frozenset(r.names)


def _fast_template_names(text: str) -> frozenset[str]:
    """The names a line with only {{ expression }} blocks loads, or _NotSimple."""
    if "{%" in text or "{#" in text:
        raise _NotSimple
    names: set[str] = set()
    pos = 0
    while True:
        start = text.find("{{", pos)
        if start < 0:
            return frozenset(names)
        end = text.find("}}", start + 2)
        if end < 0:
            raise _NotSimple
        inner = text[start + 2:end]
        if "{" in inner or "}" in inner or inner[:1] in ("-", "+") or inner[-1:] == "-":
            raise _NotSimple  # whitespace control, nested braces
        names |= _fast_names(inner)
        pos = end + 2


@lru_cache(maxsize=8192)
def _template_names(text: str) -> frozenset[str]:
    try:
        return _fast_template_names(text)
    except _NotSimple:
        return _jinja_template_names(text)


@lru_cache(maxsize=8192)
def _condition_names(text: str) -> frozenset[str]:
    if "{" in text or "}" in text or "\n" in text or "\r" in text:
        return _jinja_condition_names(text)
    try:
        return _fast_names(text)
    except _NotSimple:
        return _jinja_condition_names(text)


def names_in_template(text: str) -> set[str]:
    """The variable names a line template uses; raises ExprError on bad syntax or constructs."""
    return set(_template_names(text))


def names_in_condition(text: str) -> set[str]:
    """The variable names a condition uses; raises ExprError on bad syntax or constructs."""
    return set(_condition_names(text))


# -- running -------------------------------------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def _compiled_condition(text: str):
    return _jinja()["env"].compile_expression(text, undefined_to_none=False)


@lru_cache(maxsize=4096)
def _compiled_template(text: str):
    return _jinja()["env"].from_string(text)


@lru_cache(maxsize=4096)
def _text_comparison(condition: str):
    """(name, op, text) when the condition is only `name == 'text'` or `name != 'text'` (either way round)."""
    try:
        toks = _tokens(condition)
    except _NotSimple:
        return None
    if len(toks) != 3 or toks[1] not in (("op", "=="), ("op", "!=")):
        return None
    (k1, v1), (_, op), (k2, v2) = toks
    if k1 == "str" and k2 == "name":
        (k1, v1), (k2, v2) = (k2, v2), (k1, v1)
    if k1 != "name" or k2 != "str" or v1 in _KEYWORDS or v1 in _CONSTS or v1 in JINJA_GLOBALS:
        return None
    return v1, op, v2


def evaluate(condition: str, context: dict) -> bool:
    """Evaluate a checked condition against the session's variables."""
    simple = _text_comparison(condition)
    if simple is not None:
        # `persona == 'defensive'` and the like: text compared with text, exactly what the sandbox would do,
        # without building it. Anything else (or a value that is not text) goes to Jinja2.
        name, op, text = simple
        value = context.get(name)
        if type(value) is str:
            return (value == text) if op == "==" else (value != text)
    try:
        return bool(_compiled_condition(condition)(**context))
    except _jinja()["runtime_errors"] as exc:
        raise ExprError(dg.RUNTIME, f"condition '{condition}' failed: {exc}") from None


def render(text: str, context: dict) -> str:
    """Render a checked line template; user-typed text only ever arrives here as data in `context`."""
    if not is_template(text):
        return text
    try:
        out = _compiled_template(text).render(**context)
    except _jinja()["runtime_errors"] as exc:
        raise ExprError(dg.RUNTIME, f"line '{text}' failed: {exc}") from None
    return out[:MAX_OUTPUT]
