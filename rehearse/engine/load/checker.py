"""Checks parsed YAML against the format in spec.py, reporting every problem with its place."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Mark, Report, did_you_mean
from rehearse.engine.load.spec import T
from rehearse.engine.load.yamlsrc import YList, YMap


@cache
def _rx(pattern: str):
    return re.compile(pattern)


def _is_str(v) -> bool:
    return isinstance(v, str)


def check(value, t: T, mark: Mark, report: Report, where: str) -> bool:
    """Report how `value` breaks `t`; True when it fits well enough to build from."""
    # Nearly every file that is checked fits: answer that with a compiled yes/no test, and walk the value again
    # with the reporting check below only when it does not, so every diagnostic is the one it always was.
    if _compiled(t)(value):
        return True
    return _check(value, t, mark, report, where)


def _check(value, t: T, mark: Mark, report: Report, where: str) -> bool:
    k = t.kind
    if k == "str":
        if not _is_str(value):
            hint = "; put it in quotes" if isinstance(value, (bool, int, float)) or value is None else ""
            report.error(mark, dg.WRONG_TYPE, f"{where} should be text, not {_kind(value)}{hint}")
            return False
        if t.enum and value not in t.enum:
            report.error(mark, dg.BAD_VALUE,
                         f"{where} is '{value}'; expected one of: {', '.join(t.enum)}{did_you_mean(value, t.enum)}")
            return False
        if t.pattern and not _rx(t.pattern).match(value):
            report.error(mark, dg.BAD_ID, f"{where} '{value}' may only hold letters, digits, '-' and '_'")
            return False
        return True
    if k in ("int", "num"):
        ok = isinstance(value, int) and not isinstance(value, bool) if k == "int" else (
            isinstance(value, (int, float)) and not isinstance(value, bool))
        if not ok:
            report.error(mark, dg.WRONG_TYPE, f"{where} should be {t.describe()}, not {_kind(value)}")
            return False
        if t.minimum is not None and value < t.minimum:
            report.error(mark, dg.BAD_VALUE, f"{where} should be at least {t.minimum}")
            return False
        return True
    if k == "bool":
        if not isinstance(value, bool):
            report.error(mark, dg.WRONG_TYPE, f"{where} should be true or false, not {_kind(value)}")
            return False
        return True
    if k == "scalar":
        if isinstance(value, (YMap, YList)) or value is None:
            report.error(mark, dg.WRONG_TYPE, f"{where} should be {t.describe()}, not {_kind(value)}")
            return False
        return True
    if k == "either":
        for opt in t.options:
            if (opt.kind == "str" and _is_str(value)) or (opt.kind == "list" and isinstance(value, YList)) or (
                opt.kind in ("obj", "dict") and isinstance(value, YMap)):
                return _check(value, opt, mark, report, where)
        report.error(mark, dg.WRONG_TYPE, f"{where} should be {t.describe()}, not {_kind(value)}")
        return False
    if k == "list":
        if not isinstance(value, YList):
            report.error(mark, dg.WRONG_TYPE, f"{where} should be a list, not {_kind(value)}")
            return False
        if len(value) < t.min_items:
            report.error(mark, dg.EMPTY_LIST, f"{where} needs at least {t.min_items} item(s)")
            return False
        ok = True
        for i, (item, m) in enumerate(zip(value, value.item_marks)):
            ok &= _check(item, t.each, m, report, f"{where}[{i + 1}]")
        return ok
    if k == "dict":
        if not isinstance(value, YMap):
            report.error(mark, dg.WRONG_TYPE, f"{where} should be a mapping, not {_kind(value)}")
            return False
        ok = True
        for key, item in value.items():
            if t.pattern and not _rx(t.pattern).match(key):
                report.error(value.key_marks[key], dg.BAD_ID,
                             f"'{key}' in {where} may only hold letters, digits, '-' and '_'")
                ok = False
            ok &= _check(item, t.each, value.value_marks[key], report, f"{where}.{key}" if where else key)
        return ok
    # obj
    if not isinstance(value, YMap):
        report.error(mark, dg.WRONG_TYPE, f"{where or 'the file'} should be a mapping of keys, not {_kind(value)}")
        return False
    ok = True
    fields = t.fields
    prev = None
    for key in value:
        if key not in fields:
            cut = _cut_at_comma(value, prev, key)
            if cut:
                report.error(value.key_marks[key], dg.COMMA_IN_BRACES,
                             f"'{key}' in {where or 'the scenario'} looks like the rest of a text cut at a comma: "
                             f"inside {{ }} a comma ends a value; put text with commas in quotes: {cut}")
            else:
                report.error(value.key_marks[key], dg.UNKNOWN_KEY,
                             f"unknown key '{key}' in {where or 'the scenario'}{did_you_mean(key, fields)}")
            ok = False
        prev = key
    for name, (ft, required) in fields.items():
        if name in value:
            ok &= _check(value[name], ft, value.value_marks[name], report, f"{where}.{name}" if where else name)
        elif required:
            report.error(value.mark, dg.MISSING_FIELD, f"{where or 'the scenario'} is missing '{name}'")
            ok = False
    return ok


def _kind(v) -> str:
    if v is None:
        return "empty"
    if isinstance(v, bool):
        return "true/false"
    if isinstance(v, (int, float)):
        return "a number"
    if isinstance(v, YList):
        return "a list"
    if isinstance(v, YMap):
        return "a mapping"
    return "text"


# -- the compiled yes/no test ----------------------------------------------------------------------------------------
_COMPILED: dict[int, tuple[T, object]] = {}


def _compiled(t: T):
    """fits(value) -> bool, True exactly when _check would report nothing for `value` against `t`."""
    hit = _COMPILED.get(id(t))
    if hit is not None and hit[0] is t:
        return hit[1]
    fn = _compile(t)
    _COMPILED[id(t)] = (t, fn)
    return fn


def _compile(t: T):
    """One small closure per kind, mirroring _check branch by branch."""
    k = t.kind
    if k == "str":
        enum = frozenset(t.enum)
        match = _rx(t.pattern).match if t.pattern else None
        if not enum and match is None:
            return lambda v: isinstance(v, str)
        if match is None:
            return lambda v: isinstance(v, str) and v in enum
        if not enum:
            return lambda v: isinstance(v, str) and match(v) is not None
        return lambda v: isinstance(v, str) and v in enum and match(v) is not None
    if k in ("int", "num"):
        types = int if k == "int" else (int, float)
        minimum = t.minimum
        if minimum is None:
            return lambda v: isinstance(v, types) and not isinstance(v, bool)
        return lambda v: isinstance(v, types) and not isinstance(v, bool) and not v < minimum
    if k == "bool":
        return lambda v: isinstance(v, bool)
    if k == "scalar":
        return lambda v: not isinstance(v, (YMap, YList)) and v is not None
    if k == "either":
        options: list[tuple[type, Callable[[object], bool]]] = []
        for opt in t.options:
            if opt.kind == "str":
                options.append((str, _compiled(opt)))
            elif opt.kind == "list":
                options.append((YList, _compiled(opt)))
            elif opt.kind in ("obj", "dict"):
                options.append((YMap, _compiled(opt)))

        def fits_either(v):
            for cls, fn in options:
                if isinstance(v, cls):
                    return fn(v)
            return False
        return fits_either
    if k == "list":
        item = _compiled(t.each)
        min_items = t.min_items

        def fits_list(v):
            if not isinstance(v, YList) or len(v) < min_items:
                return False
            for x in v:
                if not item(x):
                    return False
            return True
        return fits_list
    if k == "dict":
        item = _compiled(t.each)
        match = _rx(t.pattern).match if t.pattern else None

        def fits_dict(v):
            if not isinstance(v, YMap):
                return False
            for key, x in v.items():
                if match is not None and match(key) is None:
                    return False
                if not item(x):
                    return False
            return True
        return fits_dict
    # obj
    names = frozenset(t.fields)
    fields = [(name, _compiled(ft), required) for name, (ft, required) in t.fields.items()]
    missing = object()

    def fits_obj(v):
        if not isinstance(v, YMap) or not names.issuperset(v):
            return False
        get = v.get
        for name, fn, required in fields:
            x = get(name, missing)
            if x is missing:
                if required:
                    return False
            elif not fn(x):
                return False
        return True
    return fits_obj


def _cut_at_comma(value: YMap, prev: str | None, key: str) -> str:
    """For `{ description: a, b }`: the quoted fix `description: "a, b"`, when `key` is such a leftover, else ''."""
    if prev is None or value[key] is not None or not isinstance(value[prev], str):
        return ""
    first = next(iter(value.key_marks.values()))
    if value.mark == first or value.key_marks[key].line != value.value_marks[prev].line:
        return ""  # a block mapping (it starts at its first key), or the key is on a line of its own
    return f'{prev}: "{value[prev]}, {key}"'
