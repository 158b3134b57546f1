"""Safe YAML reading that keeps the line and column of every key and value, within hard limits."""

from __future__ import annotations

import gc
import math
import re
from contextlib import contextmanager
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

    __slots__ = ("key_marks", "mark", "value_marks")


class YList(list):
    """A sequence that remembers where each item sits in the file."""

    __slots__ = ("item_marks", "mark")


class _Abort(Exception):
    """Stops reading a file that has broken a hard limit."""


def _mark(node) -> Mark:
    m = node.start_mark
    return Mark(m.line + 1, m.column + 1)


def _make_mark(line: int, col: int, _new=tuple.__new__, _cls=Mark) -> Mark:
    """Mark(line, col) without the named tuple's keyword handling (called for every key, value and item)."""
    return _new(_cls, (line, col))


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while building big acyclic trees.

    Building a file's tree allocates hundreds of thousands of objects that all stay alive, which makes the collector
    run over and over for nothing (it more than doubled the time to read a large file). Nothing built here forms a
    cycle, so reference counting frees it all as usual; the collector's previous state is restored afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_MEMO: dict | None = None  # raw bytes -> (tree, diagnostics, limits), only inside reuse_parses()


@contextmanager
def reuse_parses():
    """Within this block, reading the same bytes again returns the tree already built (with the same diagnostics).

    `rehearse validate` reads each file for the loader and again for the teaching lint; this makes the second read
    free. The trees are shared, so callers must treat them as read-only (every caller does)."""
    global _MEMO
    outer = _MEMO
    if outer is None:
        _MEMO = {}
    try:
        yield
    finally:
        _MEMO = outer


def _memo_get(data: bytes, report: Report, limits: Limits):
    hit = _MEMO.get(data) if _MEMO is not None else None
    if hit is None:
        return False, None
    tree, items, used = hit
    # A tree built within `used` limits is the same under any limits at least as loose that the file also fits.
    if len(data) > limits.max_bytes or limits.max_depth < used.max_depth or limits.max_alias_nodes < used.max_alias_nodes:
        return False, None
    for d in items:
        (report.error if d.severity == "error" else report.warning)(d.mark, d.code, d.message)
    return True, tree


_UNKNOWN = object()  # a tag _convert does not know


def _convert(tag: str, v: str):
    """A scalar's text as the value its resolved tag means, or _UNKNOWN for a tag scenario files do not use."""
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
    return _UNKNOWN


def _scalar(node, report: Report):
    value = _convert(node.tag, node.value)
    if value is _UNKNOWN:
        report.error(_mark(node), "yaml-tag",
                     f"unsupported tag '{node.tag}': scenario files hold plain text, numbers and lists")
        return node.value
    return value


def read_yaml(text_or_bytes, report: Report, limits: Limits = Limits()):
    """Parse one YAML document into YMap/YList/scalars with marks; problems go to `report`, returns None on failure."""
    if _MEMO is not None and isinstance(text_or_bytes, bytes):
        found, tree = _memo_get(text_or_bytes, report, limits)
        if found:
            return tree
        start = len(report.items)
        with gc_paused():
            tree = _read_yaml(text_or_bytes, report, limits)
        if tree is not None and _MEMO is not None:
            _MEMO[text_or_bytes] = (tree, report.items[start:], limits)
        return tree
    with gc_paused():
        return _read_yaml(text_or_bytes, report, limits)


def _read_yaml(text_or_bytes, report: Report, limits: Limits):
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
    # Brackets this deep (or unclosed brackets inside quoted text) go to the pure-Python composer, whose recursion
    # ends in a catchable RecursionError; libyaml's recurses in C and would crash the process.
    too_deep = _flow_depth_exceeds(data, limits.max_depth)
    plain = "&" not in data or "*" not in data  # no anchor or no alias anywhere: no node can be reached twice
    if plain and not too_deep:
        tree = _tree_from_events(data, limits)
        if tree is not _FALLBACK:
            return tree
    try:
        loader = yaml.SafeLoader(data) if too_deep else _Loader(data)
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
        report.error(too_deep or Mark(1, 1), "too-deep", f"nesting is deeper than {limits.max_depth} levels")
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
        depth = max(depth, 0)  # a stray closer inside a quoted string; carry on
    return None


_FALLBACK = object()  # _tree_from_events met something only the composer path reports exactly
_NOKEY = object()  # in a mapping being read: no key is waiting for its value
_RECURSION_SAFE_DEPTH = 200  # past this the composer path's recursive builder decides (see _walk_events)


def _tree_from_events(text: str, limits: Limits):
    """Build the tree of a plain document straight from libyaml's events, without composing it first.

    The composed node tree of a big file takes as much memory as the tree built from it (a 36 MB file: 1.1 GB), and
    both were alive at once. Here each event is turned into its value and dropped. This handles only what a good
    scenario holds: anything that the composer path would report or treat specially (a syntax error, an anchor or
    alias, an explicit tag, a duplicate or non-text key, nesting past the limit, more than one document) returns
    _FALLBACK, and the caller reads the file the composer's way, which reports it exactly as before."""
    loader = _Loader(text)
    try:
        return _walk_events(loader, limits.max_depth)
    except yaml.YAMLError:
        return _FALLBACK
    finally:
        loader.dispose()


def _walk_events(loader, max_depth: int):
    # The composer path builds recursively and reports nesting deeper than Python's recursion allows as too deep;
    # past that depth (only reachable with a raised max_depth), leave it to that path to say so.
    max_depth = min(max_depth, _RECURSION_SAFE_DEPTH)
    get = loader.get_event
    resolve = loader.resolve
    # Plain scalars starting with one of these may be numbers, booleans, null...: PyYAML's resolver decides those.
    # Every other plain scalar, and every quoted one, is text (PyYAML's resolver would say the same).
    resolvable = set(loader.yaml_implicit_resolvers)
    if None in resolvable or loader.yaml_path_resolvers:  # pragma: no cover - a resolver set unlike SafeLoader's
        return _FALLBACK
    mk = _make_mark
    get()  # the stream's start
    if get().__class__ is not _DocumentStart:
        return _FALLBACK  # an empty stream
    root = _FALLBACK
    stack = []  # the frames of the containers being filled, outermost first
    parent = None  # the container being filled: a YMap, a YList, or None at the top
    in_map = False
    key = _NOKEY  # in a mapping: the key waiting for its value
    km = vm = marks = None  # parent's key marks and value marks, or its item marks
    while True:
        ev = get()
        cls = ev.__class__
        if cls is _Scalar:
            if ev.anchor is not None:
                return _FALLBACK
            value = ev.value
            tag = ev.tag
            if tag is None or tag == "!":
                implicit = ev.implicit
                tag = resolve(_ScalarNode, value, implicit) if implicit[0] and value[:1] in resolvable else _STR
            if tag != _STR:
                value = _convert(tag, value)
                if value is _UNKNOWN:
                    return _FALLBACK
            container = None
        elif cls is _MappingStart or cls is _SequenceStart:
            if ev.anchor is not None or ev.tag not in (None, "!"):
                return _FALLBACK
            container = value = YMap() if cls is _MappingStart else YList()
            tag = None
        elif cls is _MappingEnd or cls is _SequenceEnd:
            parent, in_map, km, vm, marks = stack.pop()
            key = _NOKEY
            continue
        elif cls is _DocumentEnd:
            return root if get().__class__ is _StreamEnd else _FALLBACK
        else:  # an alias
            return _FALLBACK
        if len(stack) > max_depth:
            return _FALLBACK
        m = ev.start_mark
        mark = mk(m.line + 1, m.column + 1)
        if in_map:
            if key is _NOKEY:  # this node is a key
                if tag != _STR or value in parent:
                    return _FALLBACK
                key = value
                km[key] = mark
                continue
            vm[key] = mark
            parent[key] = value
            key = _NOKEY
        elif parent is not None:
            marks.append(mark)
            parent.append(value)
        else:
            root = value
        if container is not None:
            container.mark = mark
            stack.append((parent, in_map, km, vm, marks))
            parent = container
            in_map = cls is _MappingStart
            if in_map:
                container.key_marks = km = {}
                container.value_marks = vm = {}
            else:
                container.item_marks = marks = []


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


_ScalarNode = yaml.ScalarNode
_Scalar = yaml.ScalarEvent
_MappingStart, _MappingEnd = yaml.MappingStartEvent, yaml.MappingEndEvent
_SequenceStart, _SequenceEnd = yaml.SequenceStartEvent, yaml.SequenceEndEvent
_DocumentStart, _DocumentEnd, _StreamEnd = yaml.DocumentStartEvent, yaml.DocumentEndEvent, yaml.StreamEndEvent
_STR = TAG + "str"
