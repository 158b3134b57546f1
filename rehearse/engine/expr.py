"""Conditions and line templates, run in Jinja2's sandbox with strict undefined; never Python eval."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import StrictUndefined, TemplateSyntaxError, meta, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_OUTPUT = 4000  # a rendered line longer than this is cut: lines are speech, not documents

# Autoescape off: output is plain text shown through widgets that never interpret markup.
ENV = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
# Only these template constructs are allowed: authors write lines, not programs, and loops could run unbounded.
_ALLOWED = (nodes.Template, nodes.Output, nodes.TemplateData, nodes.If, nodes.Name, nodes.Const, nodes.Compare,
            nodes.Operand, nodes.And, nodes.Or, nodes.Not, nodes.CondExpr, nodes.Filter, nodes.Add, nodes.Sub,
            nodes.Concat, nodes.Neg, nodes.Pos, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Mod, nodes.Tuple,
            nodes.List, nodes.Keyword)
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


def _check_tree(tree) -> set[str]:
    for node in tree.find_all(nodes.Node):
        if not isinstance(node, _ALLOWED):
            raise ExprError("template-construct",
                            f"'{type(node).__name__}' is not allowed here; use variables, comparisons, and/or/not, if/else")
        if isinstance(node, nodes.Filter) and node.name not in _FILTERS:
            raise ExprError("template-construct", f"filter '{node.name}' is not allowed here")
    return meta.find_undeclared_variables(tree)


def names_in_template(text: str) -> set[str]:
    """The variable names a line template uses; raises ExprError on bad syntax or constructs."""
    try:
        tree = ENV.parse(text)
    except TemplateSyntaxError as exc:
        raise ExprError("template-syntax", f"template syntax: {exc.message}", exc.lineno or 1) from None
    return _check_tree(tree)


def names_in_condition(text: str) -> set[str]:
    """The variable names a condition uses; raises ExprError on bad syntax or constructs."""
    try:
        tree = ENV.parse("{{ (" + text + ") }}")
    except TemplateSyntaxError as exc:
        raise ExprError("condition-syntax", f"condition syntax: {exc.message}") from None
    return _check_tree(tree)


@lru_cache(maxsize=4096)
def _compiled_condition(text: str):
    return ENV.compile_expression(text, undefined_to_none=False)


@lru_cache(maxsize=4096)
def _compiled_template(text: str):
    return ENV.from_string(text)


def evaluate(condition: str, context: dict) -> bool:
    """Evaluate a checked condition against the session's variables."""
    try:
        return bool(_compiled_condition(condition)(**context))
    except (UndefinedError, SecurityError, TypeError, ZeroDivisionError) as exc:
        raise ExprError("runtime", f"condition '{condition}' failed: {exc}") from None


def render(text: str, context: dict) -> str:
    """Render a checked line template; user-typed text only ever arrives here as data in `context`."""
    if not is_template(text):
        return text
    try:
        out = _compiled_template(text).render(**context)
    except (UndefinedError, SecurityError, TypeError, ZeroDivisionError) as exc:
        raise ExprError("runtime", f"line '{text}' failed: {exc}") from None
    return out[:MAX_OUTPUT]
