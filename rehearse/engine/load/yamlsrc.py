"""Safe YAML reading that keeps the line and column of every key and value, within hard limits."""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager

import yaml

from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Mark, Report
from rehearse.engine.load import yamlevents
from rehearse.engine.load.yamlhint import explain_syntax_error, lint_plain_text
from rehearse.engine.load.yamltree import TAG, UNKNOWN, Limits, Loader, YList, YMap, convert

__all__ = ["Limits", "YList", "YMap", "gc_paused", "read_yaml", "reuse_parses"]


class _Abort(Exception):
    """Stops reading a file that has broken a hard limit."""


def _mark(node) -> Mark:
    m = node.start_mark
    return Mark(m.line + 1, m.column + 1)


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
    if (len(data) > limits.max_bytes or limits.max_depth < used.max_depth
            or limits.max_alias_nodes < used.max_alias_nodes):
        return False, None
    for d in items:
        (report.error if d.severity == "error" else report.warning)(d.mark, d.code, d.message)
    return True, tree


def _scalar(node, report: Report):
    value = convert(node.tag, node.value)
    if value is UNKNOWN:
        report.error(_mark(node), dg.YAML_TAG,
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
            report.error(Mark(1, 1), dg.FILE_TOO_LARGE,
                         f"file is {len(data):,} bytes; the limit is {limits.max_bytes:,} "
                         "(set REHEARSE_MAX_BYTES to raise it)")
            return None
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # a UTF-8 byte-order mark is harmless; drop it so columns stay right
        head = data[:8192]
        nuls = head.count(b"\x00")
        try:
            if nuls * 100 > len(head):  # NULs throughout: a binary file, or UTF-16 text
                raise UnicodeDecodeError("utf-8", head, 0, 1, "binary")
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if nuls:  # a stray NUL in text is located below, on its line, like any control character
                report.error(Mark(1, 1), dg.NOT_TEXT, "this looks like a binary file, not a YAML text file")
                return None
            line = data[: exc.start].count(b"\n") + 1
            col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            report.error(Mark(line, col), dg.ENCODING, "file is not valid UTF-8 text; save it as UTF-8")
            return None
    # Brackets this deep (or unclosed brackets inside quoted text) go to the pure-Python composer, whose recursion
    # ends in a catchable RecursionError; libyaml's recurses in C and would crash the process.
    too_deep = _flow_depth_exceeds(data, limits.max_depth)
    lint_plain_text(data, report)
    plain = "&" not in data or "*" not in data  # no anchor or no alias anywhere: no node can be reached twice
    if plain and not too_deep:
        tree = yamlevents.tree_from_events(data, limits)
        if tree is not yamlevents.FALLBACK:
            return tree
    try:
        loader = yaml.SafeLoader(data) if too_deep else Loader(data)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)
        cm = exc.context_mark
        explain_syntax_error(data, exc.problem or exc.context or "", where, exc.context or "",
                             Mark(cm.line + 1, cm.column + 1) if cm else None, report)
        return None
    except yaml.reader.ReaderError:
        _control_characters(data, report)
        return None
    except yaml.YAMLError:
        report.error(Mark(1, 1), dg.YAML_SYNTAX,
                     "YAML syntax: the file could not be read; check its quotes, colons and indentation")
        return None
    except RecursionError:
        report.error(too_deep or Mark(1, 1), dg.TOO_DEEP, f"nesting is deeper than {limits.max_depth} levels")
        return None
    if root is None:
        report.error(Mark(1, 1), dg.EMPTY_FILE, "the file is empty; a scenario starts with `id:` and `title:`")
        return None
    builder = _Builder(report, limits)
    try:
        return builder.build(root, 0, False, _mark(root))
    except _Abort:
        return None
    except RecursionError:
        report.error(Mark(1, 1), dg.TOO_DEEP, f"nesting is deeper than {limits.max_depth} levels")
        return None


# What YAML refuses in a file (its printable set, inverted): control characters other than tab and line breaks.
_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CONTROL_NAMES = {0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
                  0x1B: "escape", 0x7F: "delete"}
MAX_CONTROL_REPORTS = 20  # a file full of them needs one look, not thousands of lines


def _control_characters(text: str, report: Report) -> None:
    """Each control character YAML refused, at its line and column (the reader only said 'position N')."""
    found = 0
    for m in _NOT_PRINTABLE.finditer(text):
        i = m.start()
        line = text.count("\n", 0, i) + 1
        col = i - (text.rfind("\n", 0, i) + 1) + 1
        code = ord(m.group())
        name = _CONTROL_NAMES.get(code, "a control character")
        report.error(Mark(line, col), dg.CONTROL_CHARACTER,
                     f"control character U+{code:04X} ({name}) is not allowed in a scenario file: delete it")
        found += 1
        if found >= MAX_CONTROL_REPORTS:
            break
    if not found:  # the reader refused something this scan does not know: say so without its internals
        report.error(Mark(1, 1), dg.YAML_SYNTAX, "YAML syntax: the file holds a character YAML does not allow")


_BRACKETS = re.compile(r"[\[\]{}]")


def _flow_depth_exceeds(text: str, limit: int) -> Mark | None:
    """Where [ and { nest past the limit: checked before libyaml's recursive composer could overflow the C stack."""
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
                self.report.error(where, dg.ALIAS_BOMB,
                                  f"aliases expand to more than {self.limits.max_alias_nodes:,} values; "
                                  "refusing to expand")
                raise _Abort
        if depth > self.limits.max_depth:
            self.report.error(_mark(node), dg.TOO_DEEP, f"nesting is deeper than {self.limits.max_depth} levels")
            raise _Abort
        cls = node.__class__
        if cls is yaml.ScalarNode:
            return _scalar(node, self.report)
        if cls is yaml.MappingNode:
            if node.tag not in (TAG + "map",):
                self.report.error(_mark(node), dg.YAML_TAG, f"unsupported tag '{node.tag}'")
            out = YMap()
            out.mark = _mark(node)
            km: dict[str, Mark]
            vm: dict[str, Mark]
            out.key_marks = km = {}
            out.value_marks = vm = {}
            for knode, vnode in node.value:
                if knode.tag == TAG + "merge":
                    self.report.error(_mark(knode), dg.YAML_MERGE,
                                      "merge keys (<<) are not supported; write the keys out")
                    continue
                if knode.__class__ is not yaml.ScalarNode:
                    self.report.error(_mark(knode), dg.BAD_KEY, "a key must be plain text")
                    continue
                k = _scalar(knode, self.report)
                if not isinstance(k, str):
                    k = str(knode.value)
                if k in out:
                    first = km[k]
                    self.report.error(_mark(knode), dg.DUPLICATE_KEY,
                                      f"key '{k}' appears twice (first at line {first.line}); "
                                      "YAML would silently keep only the last")
                    continue
                km[k] = _mark(knode)
                vm[k] = _mark(vnode)
                out[k] = self.build(vnode, depth + 1, in_alias, where if in_alias else out.mark)
            return out
        if node.tag not in (TAG + "seq",):
            self.report.error(_mark(node), dg.YAML_TAG, f"unsupported tag '{node.tag}'")
        seq = YList()
        seq.mark = _mark(node)
        seq.item_marks = [_mark(n) for n in node.value]
        build = self.build
        inner = where if in_alias else seq.mark
        seq.extend(build(n, depth + 1, in_alias, inner) for n in node.value)
        return seq
