"""Checks parsed YAML against the format in spec.py, reporting every problem with its place."""

from __future__ import annotations

import re
from functools import lru_cache

from rehearse.engine.diagnostics import Mark, Report, did_you_mean
from rehearse.engine.spec import T
from rehearse.engine.yamlsrc import YList, YMap


@lru_cache(maxsize=None)
def _rx(pattern: str):
    return re.compile(pattern)


def _is_str(v) -> bool:
    return isinstance(v, str)


def check(value, t: T, mark: Mark, report: Report, where: str) -> bool:
    """Report how `value` breaks `t`; True when it fits well enough to build from."""
    k = t.kind
    if k == "str":
        if not _is_str(value):
            hint = "; put it in quotes" if isinstance(value, (bool, int, float)) or value is None else ""
            report.error(mark, "wrong-type", f"{where} should be text, not {_kind(value)}{hint}")
            return False
        if t.enum and value not in t.enum:
            report.error(mark, "bad-value",
                         f"{where} is '{value}'; expected one of: {', '.join(t.enum)}{did_you_mean(value, t.enum)}")
            return False
        if t.pattern and not _rx(t.pattern).match(value):
            report.error(mark, "bad-id", f"{where} '{value}' may only hold letters, digits, '-' and '_'")
            return False
        return True
    if k in ("int", "num"):
        ok = isinstance(value, int) and not isinstance(value, bool) if k == "int" else (
            isinstance(value, (int, float)) and not isinstance(value, bool))
        if not ok:
            report.error(mark, "wrong-type", f"{where} should be {t.describe()}, not {_kind(value)}")
            return False
        if t.minimum is not None and value < t.minimum:
            report.error(mark, "bad-value", f"{where} should be at least {t.minimum}")
            return False
        return True
    if k == "bool":
        if not isinstance(value, bool):
            report.error(mark, "wrong-type", f"{where} should be true or false, not {_kind(value)}")
            return False
        return True
    if k == "scalar":
        if isinstance(value, (YMap, YList)) or value is None:
            report.error(mark, "wrong-type", f"{where} should be {t.describe()}, not {_kind(value)}")
            return False
        return True
    if k == "either":
        for opt in t.options:
            if (opt.kind == "str" and _is_str(value)) or (opt.kind == "list" and isinstance(value, YList)) or (
                opt.kind in ("obj", "dict") and isinstance(value, YMap)):
                return check(value, opt, mark, report, where)
        report.error(mark, "wrong-type", f"{where} should be {t.describe()}, not {_kind(value)}")
        return False
    if k == "list":
        if not isinstance(value, YList):
            report.error(mark, "wrong-type", f"{where} should be a list, not {_kind(value)}")
            return False
        if len(value) < t.min_items:
            report.error(mark, "empty-list", f"{where} needs at least {t.min_items} item(s)")
            return False
        ok = True
        for i, (item, m) in enumerate(zip(value, value.item_marks)):
            ok &= check(item, t.item, m, report, f"{where}[{i + 1}]")
        return ok
    if k == "dict":
        if not isinstance(value, YMap):
            report.error(mark, "wrong-type", f"{where} should be a mapping, not {_kind(value)}")
            return False
        ok = True
        for key, item in value.items():
            if t.pattern and not _rx(t.pattern).match(key):
                report.error(value.key_marks[key], "bad-id", f"'{key}' in {where} may only hold letters, digits, '-' and '_'")
                ok = False
            ok &= check(item, t.item, value.value_marks[key], report, f"{where}.{key}" if where else key)
        return ok
    # obj
    if not isinstance(value, YMap):
        report.error(mark, "wrong-type", f"{where or 'the file'} should be a mapping of keys, not {_kind(value)}")
        return False
    ok = True
    fields = t.fields
    for key in value:
        if key not in fields:
            report.error(value.key_marks[key], "unknown-key",
                         f"unknown key '{key}' in {where or 'the scenario'}{did_you_mean(key, fields)}")
            ok = False
    for name, (ft, required) in fields.items():
        if name in value:
            ok &= check(value[name], ft, value.value_marks[name], report, f"{where}.{name}" if where else name)
        elif required:
            report.error(value.mark, "missing-field", f"{where or 'the scenario'} is missing '{name}'")
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
