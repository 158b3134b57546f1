"""Safe YAML reading that keeps the line and column of every key and value, within hard limits."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import yaml

from rehearse.engine.diagnostics import Mark, Report

try:  # libyaml's composer is several times faster; the pure-Python one gives the same nodes.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

TAG = "tag:yaml.org,2002:"
_BOOL_TRUE = {"true", "yes", "on", "y"}


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile file from eating time or memory."""

    max_bytes: int = 4 * 1024 * 1024
    max_depth: int = 40
    max_alias_nodes: int = 10_000
    max_nodes: int = 20_000


class YMap(dict):
    """A mapping that remembers where each key and each value sits in the file."""

    __slots__ = ("mark", "key_marks", "value_marks")


class YList(list):
    """A sequence that remembers where each item sits in the file."""

    __slots__ = ("mark", "item_marks")


class _Abort(Exception):
    """Stops reading a file that has broken a hard limit."""


def _mark(node) -> Mark:
    m = node.start_mark
    return Mark(m.line + 1, m.column + 1)


def _scalar(node, report: Report):
    tag = node.tag
    v = node.value
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
    report.error(_mark(node), "yaml-tag", f"unsupported tag '{tag}': scenario files hold plain text, numbers and lists")
    return v


def read_yaml(text_or_bytes, report: Report, limits: Limits = Limits()):
    """Parse one YAML document into YMap/YList/scalars with marks; problems go to `report`, returns None on failure."""
    data = text_or_bytes
    if isinstance(data, bytes):
        if len(data) > limits.max_bytes:
            report.error(Mark(1, 1), "file-too-large",
                         f"file is {len(data):,} bytes; the limit is {limits.max_bytes:,} (set REHEARSE_MAX_BYTES to raise it)")
            return None
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # a UTF-8 byte-order mark is harmless; drop it so columns stay right
        if b"\x00" in data[:8192]:
            report.error(Mark(1, 1), "not-text", "this looks like a binary file, not a YAML text file")
            return None
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            report.error(Mark(line, col), "encoding", "file is not valid UTF-8 text; save it as UTF-8")
            return None
    too_deep = _flow_depth_exceeds(data, limits.max_depth)
    if too_deep:
        report.error(too_deep, "too-deep", f"nesting is deeper than {limits.max_depth} levels")
        return None
    try:
        loader = _Loader(data)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)
        problem = exc.problem or exc.context or "could not read YAML"
        report.error(where, "yaml-syntax", f"YAML syntax: {problem}")
        return None
    except yaml.YAMLError as exc:
        report.error(Mark(1, 1), "yaml-syntax", f"YAML syntax: {exc}")
        return None
    except RecursionError:
        report.error(Mark(1, 1), "too-deep", f"nesting is deeper than {limits.max_depth} levels")
        return None
    if root is None:
        report.error(Mark(1, 1), "empty-file", "the file is empty; a scenario starts with `id:` and `title:`")
        return None
    builder = _Builder(report, limits)
    try:
        return builder.build(root, 0, False, _mark(root))
    except _Abort:
        return None
    except RecursionError:
        report.error(Mark(1, 1), "too-deep", f"nesting is deeper than {limits.max_depth} levels")
        return None


_BRACKETS = re.compile(r"[\[\]{}]")


def _flow_depth_exceeds(text: str, limit: int) -> Mark | None:
    """Where [ and { nest deeper than the limit, checked before libyaml's recursive composer could overflow the C stack."""
    if text.count("[") + text.count("{") <= limit:
        return None
    depth = 0
    for m in _BRACKETS.finditer(text):
        depth += 1 if m.group() in "[{" else -1
        if depth > limit:
            pos = m.start()
            line = text.count("\n", 0, pos) + 1
            return Mark(line, pos - (text.rfind("\n", 0, pos) + 1) + 1)
        if depth < 0:
            depth = 0  # a stray closer inside a quoted string; carry on
    return None


class _Builder:
    """Turns composed YAML nodes into Python values, checking duplicates, tags, depth and alias growth."""

    def __init__(self, report: Report, limits: Limits):
        self.report = report
        self.limits = limits
        self.seen: set[int] = set()
        self.alias_budget = limits.max_alias_nodes

    def build(self, node, depth: int, in_alias: bool, where: Mark):
        """Convert one node (and its children); `where` is the nearest container that is not an alias copy."""
        key = id(node)
        if key in self.seen:
            in_alias = True  # the same node reached twice: an alias being expanded
        else:
            self.seen.add(key)
        if in_alias:
            self.alias_budget -= 1
            if self.alias_budget < 0:
                # An expanded alias carries its anchor's position, so point at the container that used it.
                self.report.error(where, "alias-bomb",
                                  f"aliases expand to more than {self.limits.max_alias_nodes:,} values; refusing to expand")
                raise _Abort
        if depth > self.limits.max_depth:
            self.report.error(_mark(node), "too-deep", f"nesting is deeper than {self.limits.max_depth} levels")
            raise _Abort
        cls = node.__class__
        if cls is yaml.ScalarNode:
            return _scalar(node, self.report)
        if cls is yaml.MappingNode:
            if node.tag not in (TAG + "map",):
                self.report.error(_mark(node), "yaml-tag", f"unsupported tag '{node.tag}'")
            out = YMap()
            out.mark = _mark(node)
            out.key_marks = km = {}
            out.value_marks = vm = {}
            for knode, vnode in node.value:
                if knode.tag == TAG + "merge":
                    self.report.error(_mark(knode), "yaml-merge", "merge keys (<<) are not supported; write the keys out")
                    continue
                if knode.__class__ is not yaml.ScalarNode:
                    self.report.error(_mark(knode), "bad-key", "a key must be plain text")
                    continue
                k = _scalar(knode, self.report)
                if not isinstance(k, str):
                    k = str(knode.value)
                if k in out:
                    first = km[k]
                    self.report.error(_mark(knode), "duplicate-key",
                                      f"key '{k}' appears twice (first at line {first.line}); YAML would silently keep only the last")
                    continue
                km[k] = _mark(knode)
                vm[k] = _mark(vnode)
                out[k] = self.build(vnode, depth + 1, in_alias, where if in_alias else out.mark)
            return out
        if node.tag not in (TAG + "seq",):
            self.report.error(_mark(node), "yaml-tag", f"unsupported tag '{node.tag}'")
        out = YList()
        out.mark = _mark(node)
        out.item_marks = [_mark(n) for n in node.value]
        build = self.build
        inner = where if in_alias else out.mark
        out.extend(build(n, depth + 1, in_alias, inner) for n in node.value)
        return out
