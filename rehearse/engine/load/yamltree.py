"""The tree a scenario file is read into (YMap, YList and scalars, each with its line and column), the limits
that reading keeps to, and how a scalar's resolved tag becomes its value; shared by both YAML readers."""

from __future__ import annotations

import math
from typing import Any

import yaml

from rehearse.engine.diagnostics import Mark
from rehearse.engine.load.limits import Limits

__all__ = ["STR", "TAG", "UNKNOWN", "Limits", "Loader", "YList", "YMap", "convert", "make_mark"]

# libyaml's composer is several times faster; the pure-Python one (where PyYAML was built without it) gives the same
# nodes.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

TAG = "tag:yaml.org,2002:"
_BOOL_TRUE = {"true", "yes", "on", "y"}




class YMap(dict[str, Any]):
    """A mapping that remembers where each key and each value sits in the file."""

    __slots__ = ("key_marks", "mark", "value_marks")
    key_marks: dict[str, Mark]
    mark: Mark
    value_marks: dict[str, Mark]


class YList(list[Any]):
    """A sequence that remembers where each item sits in the file."""

    __slots__ = ("item_marks", "mark")
    item_marks: list[Mark]
    mark: Mark


def make_mark(line: int, col: int, _new=tuple.__new__, _cls=Mark) -> Mark:
    """Mark(line, col) without the named tuple's keyword handling (called for every key, value and item)."""
    return _new(_cls, (line, col))


UNKNOWN = object()  # a tag convert does not know


def convert(tag: str, v: str):
    """A scalar's text as the value its resolved tag means, or UNKNOWN for a tag scenario files do not use."""
    if tag == TAG + "str":
        return v
    if tag == TAG + "int":
        text = v.replace("_", "")
        try:
            return int(text, 0) if not text.lstrip("+-").startswith("0") or text.lstrip("+-") == "0" else int(text, 8)
        except ValueError:
            return v
    if tag == TAG + "float":
        low = v.lower().replace("_", "")
        if low.endswith(".inf"):
            return -math.inf if low.startswith("-") else math.inf
        if low == ".nan":
            return math.nan
        try:
            return float(low)
        except ValueError:
            return v
    if tag == TAG + "bool":
        return v.lower() in _BOOL_TRUE
    if tag == TAG + "null":
        return None
    if tag == TAG + "timestamp":
        return v  # a date is only ever text to us
    return UNKNOWN


STR = TAG + "str"
