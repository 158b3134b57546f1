"""Reading a plain scenario file straight from libyaml's events into the tree, without composing it first: the fast
path of yamlsrc.read_yaml, which falls back to the composer for anything this does not handle exactly alike."""

from __future__ import annotations

from typing import Any

import yaml

from rehearse.engine.load.yamltree import STR, UNKNOWN, Limits, Loader, YList, YMap, convert, make_mark

FALLBACK = object()  # tree_from_events met something only the composer path reports exactly
_NOKEY = object()  # in a mapping being read: no key is waiting for its value
_RECURSION_SAFE_DEPTH = 200  # past this the composer path's recursive builder decides (see _walk_events)


def tree_from_events(text: str, limits: Limits):
    """Build the tree of a plain document straight from libyaml's events, without composing it first.

    The composed node tree of a big file takes as much memory as the tree built from it (a 36 MB file: 1.1 GB), and
    both were alive at once. Here each event is turned into its value and dropped. This handles only what a good
    scenario holds: anything that the composer path would report or treat specially (a syntax error, an anchor or
    alias, an explicit tag, a duplicate or non-text key, nesting past the limit, more than one document) returns
    FALLBACK, and the caller reads the file the composer's way, which reports it exactly as before."""
    loader = Loader(text)
    try:
        return _walk_events(loader, limits.max_depth)
    except yaml.YAMLError:
        return FALLBACK
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
        return FALLBACK
    mk = make_mark
    get()  # the stream's start
    if get().__class__ is not _DocumentStart:
        return FALLBACK  # an empty stream
    root = FALLBACK
    # Any: each of these holds a mapping's parts or a list's by turns, and this loop is too hot for casts.
    stack: list[tuple[Any, bool, Any, Any, Any]] = []  # the frames of the containers being filled, outermost first
    parent: Any = None  # the container being filled: a YMap, a YList, or None at the top
    in_map = False
    key = _NOKEY  # in a mapping: the key waiting for its value
    km: Any = None  # parent's key marks and value marks, or its item marks
    vm: Any = None
    marks: Any = None
    container: Any
    while True:
        ev = get()
        cls = ev.__class__
        if cls is _Scalar:
            if ev.anchor is not None:
                return FALLBACK
            value = ev.value
            tag = ev.tag
            if tag is None or tag == "!":
                implicit = ev.implicit
                tag = resolve(_ScalarNode, value, implicit) if implicit[0] and value[:1] in resolvable else STR
            if tag != STR:
                value = convert(tag, value)
                if value is UNKNOWN:
                    return FALLBACK
            container = None
        elif cls is _MappingStart or cls is _SequenceStart:
            if ev.anchor is not None or ev.tag not in (None, "!"):
                return FALLBACK
            container = value = YMap() if cls is _MappingStart else YList()
            tag = None
        elif cls is _MappingEnd or cls is _SequenceEnd:
            parent, in_map, km, vm, marks = stack.pop()
            key = _NOKEY
            continue
        elif cls is _DocumentEnd:
            return root if get().__class__ is _StreamEnd else FALLBACK
        else:  # an alias
            return FALLBACK
        if len(stack) > max_depth:
            return FALLBACK
        m = ev.start_mark
        mark = mk(m.line + 1, m.column + 1)
        if in_map:
            if key is _NOKEY:  # this node is a key
                if tag != STR or value in parent:
                    return FALLBACK
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



_ScalarNode = yaml.ScalarNode
_Scalar = yaml.ScalarEvent
_MappingStart, _MappingEnd = yaml.MappingStartEvent, yaml.MappingEndEvent
_SequenceStart, _SequenceEnd = yaml.SequenceStartEvent, yaml.SequenceEndEvent
_DocumentStart, _DocumentEnd, _StreamEnd = yaml.DocumentStartEvent, yaml.DocumentEndEvent, yaml.StreamEndEvent
