"""A cache of checked scenarios, so a file that has not changed loads without being parsed or checked again.

An entry is the scenario model and the warnings found while checking it, written as JSON (data only: never pickle or
marshal, so nothing in the cache can run code), and rebuilt into the same immutable model on a hit. It is keyed by
everything the check depended on: the file's bytes, the guidance ids it was checked against, the limits, the code
that did the checking (rehearse's version and a fingerprint of the engine's source), and the bytes of every shared
piece it includes. Only files that loaded cleanly (no errors) are cached.

A second kind of entry holds one `rehearse validate` run's findings (the loader's and the teaching lint's), keyed by
every file's path and bytes, the catalogue, the limits and the lint's code too, so a second run of the same command
on unchanged files prints the same lines without parsing anything or rebuilding any model.

Entries are stored through `rehearse.engine.load.signed` (a private folder, HMAC-signed JSON files, so a planted or
edited file is refused before it is parsed); each is then decoded strictly, and anything unexpected counts as a
miss. Set REHEARSE_NO_CACHE=1 to bypass the cache.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from rehearse.engine.load import signed
from rehearse.engine.diagnostics import Diagnostic, Mark, Report
from rehearse.engine.model import Choice, Drill, DrillLine, Ending, Node, Scenario, Shift, Target, Variant

FORMAT = 4
_SUFFIX = ".scenario.json"

# The model fields this codec writes, in order; if the model changes shape the cache turns itself off rather than
# drop a field (and the code fingerprint below changes the keys anyway).
_EXPECTED = {
    Target: ("node", "personas", "cond"),
    Variant: ("text", "personas", "cond", "red_flag", "grade", "marker", "thinking"),
    Choice: ("index", "text", "targets", "effects", "shows", "misses", "note", "examples", "cond", "strategies"),
    Ending: ("outcome", "label"),
    Shift: ("frm", "to", "at", "chance", "note"),
    Node: ("id", "variants", "choices", "targets", "ending", "say_more", "line"),
    Scenario: ("id", "title", "summary", "user_role", "speakers", "tags", "difficulty", "content_notes", "minutes",
               "teaches", "personas", "variables", "start", "nodes", "say_more", "path", "content_hash", "include",
               "shifts", "drills"),
    Drill: ("id", "node", "skill", "levels", "focus", "line"),
    DrillLine: ("text", "persona"),
}


class _Bad(Exception):
    """The entry is not one we wrote for this key: treat it as a miss."""


def enabled() -> bool:
    """False when REHEARSE_NO_CACHE is set, or the model has fields this codec does not know."""
    return signed.enabled() and _model_known()


@lru_cache(maxsize=1)
def _model_known() -> bool:
    import dataclasses

    return all(tuple(f.name for f in dataclasses.fields(cls)) == names for cls, names in _EXPECTED.items())


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """rehearse's version and a hash of the source of everything that decides what a checked scenario is."""
    import sys

    import yaml

    import rehearse

    # Python and PyYAML too: line and column marks come from libyaml, and the lint uses difflib.
    h = hashlib.sha256(f"rehearse {rehearse.__version__} cache {FORMAT} python {sys.version} "
                       f"pyyaml {yaml.__version__} {yaml.__with_libyaml__}".encode())
    signed.hash_sources(h, [f"rehearse.engine.{m}" for m in (
        "load.checker", "diagnostics", "expr", "expr.parse", "expr.template", "graph", "load.loader", "load.links",
        "load.shifts", "load.shared", "load.limits", "model", "load.spec", "load.yamlsrc", "load.yamltree",
        "load.yamlevents", "load.cache", "load.drills", "load.yamlhint", "load.condhint", "textnorm")])
    return h.hexdigest()


def _key(raw: bytes, guidance_ids, limits, tags: tuple[str, ...] = ()) -> str:
    h = hashlib.sha256()
    h.update(code_fingerprint().encode())
    h.update(b"\0file\0" + hashlib.sha256(raw).digest())
    if guidance_ids is None:
        h.update(b"\0guidance\0none")
    else:
        h.update(b"\0guidance\0" + "\n".join(sorted(str(g) for g in guidance_ids)).encode())
    h.update(b"\0limits\0" + repr(limits).encode())
    if tags:  # a course's own conversation types: the same bytes may check differently without them
        h.update(b"\0tags\0" + "\n".join(sorted(tags)).encode())
    return h.hexdigest()


def _digest(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, or None if it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


# -- encoding ---------------------------------------------------------------------------------------------------
def _opt_set(s):
    return None if s is None else sorted(s)


def _encode(sc: Scenario) -> dict:
    def targets(ts):
        return [[t.node, _opt_set(t.personas), t.cond] for t in ts]

    nodes = []
    for n in sc.nodes.values():
        nodes.append([
            n.id,
            [[v.text, _opt_set(v.personas), v.cond, v.red_flag, v.grade, v.marker, v.thinking] for v in n.variants],
            [[c.index, c.text, targets(c.targets), [[var, val] for var, val in c.effects], list(c.shows),
              list(c.misses), c.note, list(c.examples), c.cond, list(c.strategies)] for c in n.choices],
            targets(n.targets),
            None if n.ending is None else [n.ending.outcome, n.ending.label],
            n.say_more,
            n.line,
        ])
    return {
        "id": sc.id, "title": sc.title, "summary": sc.summary, "user_role": sc.user_role, "speakers": sc.speakers,
        "tags": list(sc.tags), "difficulty": sc.difficulty, "content_notes": list(sc.content_notes),
        "minutes": sc.minutes, "teaches": list(sc.teaches), "personas": sc.personas, "variables": sc.variables,
        "start": sc.start, "say_more": sc.say_more, "content_hash": sc.content_hash, "include": list(sc.include),
        "nodes": nodes, "shifts": [[sh.frm, sh.to, sorted(sh.at), sh.chance, sh.note] for sh in sc.shifts],
        "drills": [[d.id, d.node, d.skill, [[lv, [[ln.text, ln.persona] for ln in lines]] for lv, lines in d.levels],
                    d.focus, d.line] for d in sc.drills],
    }


def _str(v) -> str:
    if type(v) is not str:
        raise _Bad
    return v


def _opt_str(v):
    if v is not None and type(v) is not str:
        raise _Bad
    return v


def _strs(v) -> tuple:
    if type(v) is not list:
        raise _Bad
    for x in v:
        if type(x) is not str:
            raise _Bad
    return tuple(v)


def _scalar(v):
    if type(v) not in (str, int, float, bool):
        raise _Bad
    return v


def _str_dict(v, value=_str) -> dict:
    if type(v) is not dict:
        raise _Bad
    for x in v.values():
        value(x)
    return v


def _drill_lines(lines) -> tuple[DrillLine, ...]:
    return tuple([DrillLine(_str(text), _opt_str(persona)) for text, persona in lines])


def _decode(d: dict, path: str) -> Scenario:
    """Rebuild the model. The HMAC has already shown we wrote this entry, so this checks shape, not every type; but
    the runner trusts the model, so every goto and the start must name a node here, or it is a miss."""
    if type(d) is not dict:
        raise _Bad
    fs = frozenset
    nodes: dict = {}
    wanted: set = set()  # every node a goto names
    for nid, variants, choices, gotos, ending, say_more, line in d["nodes"]:
        if type(nid) is not str or nid in nodes or type(line) is not int:
            raise _Bad
        node_targets = tuple([Target(t, None if ps is None else fs(ps), cond) for t, ps, cond in gotos])
        wanted.update([t.node for t in node_targets])
        out_choices = []
        for index, text, c_targets, effects, shows, misses, note, examples, cond, strategies in choices:
            ts = tuple([Target(t, None if ps is None else fs(ps), cond2) for t, ps, cond2 in c_targets])
            wanted.update([t.node for t in ts])
            out_choices.append(Choice(index, text, ts, tuple([(var, val) for var, val in effects]), tuple(shows),
                                      tuple(misses), note, tuple(examples), cond, tuple(strategies)))
        nodes[nid] = Node(
            nid, tuple([Variant(text, None if ps is None else fs(ps), cond, flag, grade, marker, thinking)
                        for text, ps, cond, flag, grade, marker, thinking in variants]),
            tuple(out_choices), node_targets, None if ending is None else Ending(*ending), say_more, line)
    start = d["start"]
    drills = tuple([Drill(_str(did), _str(node), _str(skill), tuple([(_str(level), _drill_lines(lines))
                                                                     for level, lines in levels]), _str(focus), line)
                    for did, node, skill, levels, focus, line in d["drills"]])
    wanted.update([dr.node for dr in drills])
    if start not in nodes or not wanted.issubset(nodes):
        raise _Bad
    shifts = tuple([Shift(_str(frm), _str(to), fs(_strs(at)), float(chance), _str(note))
                    for frm, to, at, chance, note in d["shifts"]])
    minutes = d["minutes"]
    if type(minutes) is not int:
        raise _Bad
    return Scenario(
        id=_str(d["id"]), title=_str(d["title"]), summary=_str(d["summary"]), user_role=_str(d["user_role"]),
        speakers=_str_dict(d["speakers"]), tags=_strs(d["tags"]), difficulty=_str(d["difficulty"]),
        content_notes=_strs(d["content_notes"]), minutes=minutes, teaches=_strs(d["teaches"]),
        personas=_str_dict(d["personas"]), variables=_str_dict(d["variables"], _scalar), start=start, nodes=nodes,
        say_more=_opt_str(d["say_more"]), path=path, content_hash=_str(d["content_hash"]),
        include=_strs(d["include"]), shifts=shifts, drills=drills,
    )


def _shared_file(shared_dir, name: str) -> Path | None:
    from rehearse.engine.load.shared import shared_piece

    return shared_piece(shared_dir, name)


# -- the two calls the loader makes -------------------------------------------------------------------------------
def get(raw: bytes, path: str, guidance_ids, limits, shared_dir,
        tags: tuple[str, ...] = ()) -> tuple[Scenario, list[Diagnostic]] | None:
    """The checked scenario and its diagnostics for these bytes, if cached; None on a miss (or any doubt)."""
    if not enabled():
        return None
    entry = signed.load(_key(raw, guidance_ids, limits, tags), _SUFFIX, max(16 << 20, 8 * len(raw)))
    if entry is None:
        return None
    try:
        files = [path]
        for name, digest in entry["deps"]:
            f = _shared_file(shared_dir, _str(name))
            if f is None or _digest(f) != digest:
                return None
            files.append(str(f))
        diags = []
        for where, line, col, severity, code, message in entry["diags"]:
            if type(where) is not int or where < 0 or type(line) is not int or type(col) is not int or \
                    severity not in ("error", "warning"):
                raise _Bad
            diags.append(Diagnostic(files[where], Mark(line, col), severity, _str(code), _str(message)))
        from rehearse.engine.load.yamlsrc import gc_paused

        with gc_paused():  # tens of thousands of small immutable objects, none in a cycle
            return _decode(entry["scenario"], path), diags
    except (_Bad, ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return None


def put(raw: bytes, scenario: Scenario, report: Report, guidance_ids, limits, shared_dir,
        tags: tuple[str, ...] = ()) -> bool:
    """Remember a cleanly checked scenario and its warnings; False if it was not cached (never an error)."""
    if not enabled() or report.errors:
        return False
    path = scenario.path
    deps: list = []
    files = {path: 0}
    for name in dict.fromkeys(scenario.include):
        f = _shared_file(shared_dir, name)
        digest = None if f is None else _digest(f)
        if digest is None:
            return False
        deps.append([name, digest])
        files.setdefault(str(f), len(deps))
    diags = []
    for d in report.items:
        if d.path not in files:
            return False  # a diagnostic from somewhere this codec cannot name again
        diags.append([files[d.path], d.mark.line, d.mark.col, d.severity, d.code, d.message])
    try:
        encoded = _encode(scenario)
    except (TypeError, ValueError, AttributeError):
        return False
    body = {"deps": deps, "diags": diags, "scenario": encoded}
    return signed.save(_key(raw, guidance_ids, limits, tags), _SUFFIX, body)


# -- the run `rehearse validate` makes ----------------------------------------------------------------------------
# A second `rehearse validate` of unchanged files prints what the first printed without parsing anything: the run's
# findings (the loader's and the teaching lint's) are stored whole, so not even the models need rebuilding.
_RUN_SUFFIX = ".validate.json"


def validation_key(files, catalogue, limits, lint: bool) -> str | None:
    """The key of one validate run: each file's path and bytes, the catalogue's ids and roles, the limits, whether
    the lint runs, and the code behind the findings; None if the cache is off or a file cannot be read."""
    if not enabled():
        return None
    h = hashlib.sha256(b"validate\0" + code_fingerprint().encode())
    # The lint, validate_all (duplicate ids across files) and the validate run itself decide what is found, too.
    signed.hash_sources(h, [f"rehearse.engine.load.{m}" for m in ("lint", "lintlines", "library", "validate")])
    # ... and the lint's example-elsewhere check hears each example, with the matcher and its lexicon.
    signed.hash_sources(h, ("rehearse.engine.hearing.strays", "rehearse.engine.hearing.matching",
                            "rehearse.engine.hearing.stance", "rehearse.engine.hearing.lexicon",
                            "rehearse.engine.hearing.detectors", "rehearse.engine.textnorm"))
    h.update((Path(__file__).parent.parent / "hearing" / "lexicon.yaml").read_bytes())
    roles = [[gid, catalogue.get(gid).role] for gid in sorted(catalogue)]  # the lint reads each item's role
    h.update(json.dumps([lint, repr(limits), roles]).encode())
    for f in files:
        try:
            raw = Path(f).read_bytes()
        except OSError:
            return None
        h.update(b"\0" + json.dumps(str(f)).encode() + b"\0" + hashlib.sha256(raw).digest())
    return h.hexdigest()


def get_validation(key: str | None) -> tuple[list[Diagnostic], int] | None:
    """A run's findings and how many scenarios loaded, if stored under `key` and no shared piece it read changed."""
    if key is None or not enabled():
        return None
    entry = signed.load(key, _RUN_SUFFIX, 64 << 20)
    if entry is None:
        return None
    try:
        for path, digest in entry["deps"]:
            if _digest(Path(_str(path))) != digest:
                return None
        loaded = entry["loaded"]
        if type(loaded) is not int:
            raise _Bad
        diags = []
        for path, line, col, severity, code, message in entry["diags"]:
            if type(line) is not int or type(col) is not int or severity not in ("error", "warning"):
                raise _Bad
            diags.append(Diagnostic(_str(path), Mark(line, col), severity, _str(code), _str(message)))
        return diags, loaded
    except (_Bad, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def put_validation(key: str | None, files, catalogue, limits, lint: bool, diags, loaded) -> bool:
    """Remember a run's findings when every file loaded and none changed meanwhile; False if not stored."""
    # A file that failed to load has no record of the shared pieces it read, so such a run is never stored.
    paths = [str(f) for f in files]
    if key is None or len(loaded) != len(paths) or {sc.path for sc in loaded} != set(paths):
        return False
    if validation_key(files, catalogue, limits, lint) != key:
        return False  # a file changed during the run: its findings may be for other bytes
    deps = {}
    for sc in loaded:
        for name in sc.include:  # the loader and the lint both read shared pieces from beside the file
            f = _shared_file(Path(sc.path).parent / "shared", name)
            digest = None if f is None else _digest(f)
            if digest is None:
                return False  # a piece gone mid-run: a later run without it must not count as the same
            deps[str(f)] = digest
    out = [[d.path, d.mark.line, d.mark.col, d.severity, d.code, d.message] for d in diags]
    body = {"deps": [[f, h] for f, h in deps.items()], "loaded": len(loaded), "diags": out}
    return signed.save(key, _RUN_SUFFIX, body)


def clear() -> int:
    """Delete every cache entry (and the key); returns how many entries went."""
    return signed.clear()
