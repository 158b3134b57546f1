"""Jinja2's sandbox as the reference for rehearse's own expression reader: the same text must mean the same."""

from __future__ import annotations

from jinja2 import StrictUndefined, meta
from jinja2.sandbox import ImmutableSandboxedEnvironment

ENV = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
CONTEXT = {"a": 3, "b": -2, "f": 2.5, "flag": True, "name": "Sam", "persona": "open", "empty": ""}


def jinja_condition(text: str):
    """("names", set) and ("value", v) or ("error",) for a condition, as Jinja2 reads and runs it."""
    return _outcome(lambda: ENV.parse("{{ (" + text + ") }}"),
                    lambda: ENV.compile_expression(text, undefined_to_none=False)(**CONTEXT))


def jinja_template(text: str):
    """The same for a line template."""
    return _outcome(lambda: ENV.parse(text), lambda: ENV.from_string(text).render(**CONTEXT))


def _outcome(parse, run):
    try:
        names = meta.find_undeclared_variables(parse())
    except Exception:  # noqa: BLE001 - any parse failure: the reference refuses the text
        return ("refused",)
    try:
        return ("ok", names, run())
    except Exception as exc:  # noqa: BLE001 - any run failure
        return ("failed", names, type(exc).__name__)
