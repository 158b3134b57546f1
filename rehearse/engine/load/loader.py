"""Reads a scenario file, checks structure and meaning, and builds the immutable model."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from rehearse.engine import diagnostics as dg
from rehearse.engine.load import spec
from rehearse.engine.load.checker import check
from rehearse.engine.load.condhint import (persona_names, place_in_value, plain_condition_error,
                                           plain_template_error, unknown_name_hint)
from rehearse.engine.load.drills import build_drills
from rehearse.engine.diagnostics import Mark, Report, ScenarioError, did_you_mean
from rehearse.engine.expr import ExprError, is_template, names_in_condition, names_in_template
from rehearse.engine.load.links import check_gotos, check_reachability
from rehearse.engine.load.shared import shared_piece
from rehearse.engine.load.shifts import read_shifts
from rehearse.engine.model import Choice, Ending, Node, Scenario, Target, Variant
from rehearse.engine.load.yamlhint import swallowed_key
from rehearse.engine.load.yamlsrc import Limits, YList, YMap, read_yaml
from rehearse.engine.textnorm import printable

BUILTINS = {"persona", "name"}
MAX_INCLUDES = 50  # shared pieces one scenario may list (a list of thousands is an attack, not a scenario)
_PIECE_ID = re.compile(spec.ID_PATTERN)


def content_hash(data: bytes) -> str:
    """A stable fingerprint of a file's bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def load_scenario(path, guidance_ids=None, limits: Limits = Limits(),
                  shared_dir=None, tags: tuple[str, ...] = ()) -> tuple[Scenario | None, Report]:
    """Load and check one scenario file (`tags`: a course's own conversation types); None when there are errors."""
    path = Path(path)
    report = Report(str(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        report.error(Mark(1, 1), dg.UNREADABLE, f"cannot read file: {exc.strerror or exc}")
        return None, report
    from rehearse.engine.load import cache

    shared_dir = shared_dir or path.parent / "shared"
    hit = cache.get(raw, str(path), guidance_ids, limits, shared_dir, tags)  # checked before: no parse, no check
    if hit is not None:
        report.items.extend(hit[1])
        return hit[0], report
    scenario, report = parse_scenario(raw, str(path), guidance_ids, limits, shared_dir, report, tags)
    if scenario is not None:
        cache.put(raw, scenario, report, guidance_ids, limits, shared_dir, tags)
    return scenario, report


def parse_scenario(raw: bytes, path: str, guidance_ids=None, limits: Limits = Limits(), shared_dir=None,
                   report: Report | None = None, tags: tuple[str, ...] = ()) -> tuple[Scenario | None, Report]:
    """Check bytes as a scenario; see load_scenario."""
    report = report or Report(path)
    data = read_yaml(raw, report, limits)
    if data is None:
        if not report.errors:  # a document holding only null ("~" or "null")
            report.error(Mark(1, 1), dg.EMPTY_FILE,
                         "the file holds no scenario; a scenario starts with `id:` and `title:`")
        return None, report
    if not isinstance(data, YMap):
        report.error(getattr(data, "mark", Mark(1, 1)), dg.WRONG_TYPE,
                     "a scenario file must be a mapping of keys (id:, title:, nodes: ...), not " +
                     ("a list" if isinstance(data, YList) else "a single value"))
        return None, report
    structure_ok = check(data, spec.with_tags(spec.SCENARIO, tags), data.mark, report, "")
    nodes_map = data.get("nodes")
    if not isinstance(nodes_map, YMap):
        return None, report
    if len(nodes_map) > limits.max_nodes:
        report.error(data.key_marks["nodes"], dg.TOO_MANY_NODES,
                     f"{len(nodes_map):,} nodes is more than the limit of {limits.max_nodes:,}")
        return None, report
    b = _Builder(data, report, guidance_ids, Path(shared_dir) if shared_dir else None, limits)
    b.source = raw if isinstance(raw, bytes) else str(raw).encode("utf-8")
    scenario = b.build(path, content_hash(raw))
    if not structure_ok or report.errors:
        return None, report
    return scenario, report


class _Builder:
    """Semantic checks and model building for one scenario."""

    def __init__(self, data: YMap, report: Report, guidance_ids, shared_dir: Path | None, limits: Limits):
        self.data = data
        self.r = report
        self.guidance = guidance_ids
        self.shared_dir = shared_dir
        self.limits = limits
        personas = data.get("personas")
        self.personas = list(personas) if isinstance(personas, YMap) else []
        variables = data.get("variables")
        self.variables = dict(variables) if isinstance(variables, YMap) else {}
        self.known_names = set(self.variables) | BUILTINS
        self.source = b""  # the file's bytes, to place a finding inside a condition

    # -- helpers -----------------------------------------------------------------
    def _ids(self, values, marks, where: str) -> tuple[str, ...]:
        if not isinstance(values, YList):
            return ()
        out = []
        for v, m in zip(values, values.item_marks):
            if not isinstance(v, str):
                continue
            if self.guidance is not None and v not in self.guidance:
                self.r.error(m, dg.UNKNOWN_GUIDANCE,
                             f"unknown guidance id '{v}' in {where}{did_you_mean(v, self.guidance)}")
            out.append(v)
        return tuple(out)

    def _personas(self, value, mark: Mark) -> frozenset | None:
        if value is None:
            return None
        if not isinstance(value, (str, YList)):
            return None  # the structural check has already reported the wrong type
        names = [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)]
        for n in names:
            if n not in self.personas:
                self.r.error(mark, dg.UNKNOWN_PERSONA, f"unknown persona '{n}'{did_you_mean(n, self.personas)}")
        return frozenset(names)

    def _cond(self, value, mark: Mark) -> str | None:
        if not isinstance(value, str):
            return None
        try:
            names = names_in_condition(value)
        except ExprError as exc:
            if exc.code != dg.CONDITION_SYNTAX:
                self.r.error(mark, exc.code, str(exc))
                return value
            offset, message = plain_condition_error(value, str(exc))
            self.r.error(mark if offset is None else place_in_value(self.source, mark, offset), exc.code, message)
            return value
        for n in sorted(names - self.known_names):
            self.r.error(mark, dg.UNDEFINED_VARIABLE,
                         unknown_name_hint(n, self.personas) or f"condition uses '{n}', which is not declared under "
                         f"variables:{did_you_mean(n, self.known_names)}")
        if "persona" in names:
            for offset, n in persona_names(value):
                if n not in self.personas:
                    self.r.error(place_in_value(self.source, mark, offset), dg.UNKNOWN_PERSONA,
                                 f"the condition names persona '{n}', but there is no persona '{n}'"
                                 f"{did_you_mean(n, self.personas)}")
        return value

    def _template(self, text, mark: Mark) -> None:
        if isinstance(text, str) and ": " in text and (key := swallowed_key(text)):
            self.r.warning(mark, dg.RUNAWAY_QUOTE, f"this text holds '{key}:', so a quote left open probably ran "
                           "on over the lines below; close the quote at the end of its own line")
        if not isinstance(text, str) or not is_template(text):
            return
        try:
            names = names_in_template(text)
        except ExprError as exc:
            message = plain_template_error(text, str(exc)) if exc.code == dg.TEMPLATE_SYNTAX else str(exc)
            self.r.error(Mark(mark.line + exc.line - 1, mark.col), exc.code, message)
            return
        for n in sorted(names - self.known_names):
            self.r.error(mark, dg.UNDEFINED_VARIABLE,
                         f"line uses '{{{{ {n} }}}}', which is not declared under variables:"
                         f"{did_you_mean(n, self.known_names)}")

    def _targets(self, value, mark: Mark) -> tuple[Target, ...]:
        if isinstance(value, str):
            return (Target(value),)
        if not isinstance(value, YList):
            return ()
        out = []
        for i, (t, m) in enumerate(zip(value, value.item_marks)):
            if not isinstance(t, YMap) or not isinstance(t.get("node"), str):
                continue
            vm = t.value_marks
            personas = self._personas(t.get("persona"), vm.get("persona", m))
            cond = self._cond(t.get("if"), vm.get("if", m))
            out.append(Target(t["node"], personas, cond))
            if i == len(value) - 1 and (personas is not None or cond is not None):
                self.r.error(m, dg.GOTO_NO_DEFAULT,
                             "the last branch of a goto must have no persona or if, so there is always a way on")
        return tuple(out)

    # -- building ----------------------------------------------------------------
    def _include(self) -> dict:
        """Nodes from shared pieces, each with where it came from."""
        extra: dict = {}
        inc = self.data.get("include")
        if not isinstance(inc, YList):
            return extra
        if len(inc) > MAX_INCLUDES:
            self.r.error(inc.mark, dg.TOO_MANY_INCLUDES,
                         f"include lists {len(inc):,} pieces; a scenario may include at most {MAX_INCLUDES}")
            return extra
        seen: set[str] = set()
        for name, m in zip(inc, inc.item_marks):
            if not isinstance(name, str) or name in seen or not _PIECE_ID.match(name):
                continue  # read once; a name that is not an id was reported by the structural check (bad-id)
            seen.add(name)
            f = shared_piece(self.shared_dir, name)
            if f is None or not f.is_file():
                self.r.error(m, dg.UNKNOWN_INCLUDE, f"no shared piece '{printable(name)}' in scenarios/shared/")
                continue
            sub = Report(str(f))
            shared = read_yaml(f.read_bytes(), sub, self.limits)
            if shared is not None:
                check(shared, spec.SHARED, getattr(shared, "mark", Mark()), sub, "")
            self.r.items.extend(sub.items)
            if not isinstance(shared, YMap) or not isinstance(shared.get("nodes"), YMap):
                continue
            for var, val in (shared.get("variables") or {}).items():
                self.variables.setdefault(var, val)
                self.known_names.add(var)
            for nid, node in shared["nodes"].items():
                extra[nid] = (node, shared["nodes"].key_marks[nid], str(f), m)
        return extra

    def build(self, path: str, digest: str) -> Scenario | None:
        """Check meaning and build the scenario (even with errors, to find them all)."""
        d = self.data
        own = d["nodes"]
        entries = {nid: (node, own.key_marks[nid], path, None) for nid, node in own.items()}
        for nid, entry in self._include().items():
            if nid in entries:
                self.r.error(entry[3], dg.DUPLICATE_ID,
                             f"shared node '{nid}' has the same id as a node in this scenario")
            else:
                entries[nid] = entry
        built: dict[str, Node] = {}
        marks: dict[str, Mark] = {}
        for nid, (node, kmark, src, _) in entries.items():
            if not isinstance(node, YMap):
                continue
            sub = self.r if src == path else Report(src)
            saved, self.r = self.r, sub
            try:
                built[nid] = self._node(nid, node, kmark)
            finally:
                self.r = saved
            if sub is not self.r:
                self.r.items.extend(sub.items)
            marks[nid] = kmark
        start = d.get("start")
        if isinstance(start, str) and start not in entries:
            self.r.error(d.value_marks["start"], dg.UNKNOWN_NODE,
                         f"start node '{start}' does not exist{did_you_mean(start, entries)}")
        for nid, node in built.items():
            src_node, _, src, _ = entries[nid]
            # A shared node's problems are reported against the shared file, where its lines are.
            sub = self.r if src == path else Report(src)
            check_gotos(node, src_node, entries, sub)
            if sub is not self.r:
                self.r.items.extend(sub.items)
        self._ids(d.get("teaches"), None, "teaches")
        # A broken goto makes reachability findings misleading: report the goto alone.
        if isinstance(start, str) and start in built and not any(d.code == dg.UNKNOWN_NODE for d in self.r.items):
            check_reachability(built, marks, start, set(d["nodes"]), self.r)
        say_more = d.get("say_more")
        self._template(say_more, d.value_marks.get("say_more", Mark()))
        shifts = read_shifts(d.get("shifts"), set(_map_at(d, "personas")), built, self.r)
        drills = build_drills(self, entries)
        if self.r.errors:
            return None  # every problem is reported; a broken file never becomes a model
        speakers, personas = _map_at(d, "speakers"), _map_at(d, "personas")
        return Scenario(
            id=d.get("id", ""), title=d.get("title", ""), summary=str(d.get("summary", "")).strip(),
            user_role=d.get("user_role", "client"), speakers=dict(speakers),
            tags=tuple(d.get("tags") or ()), difficulty=d.get("difficulty", ""),
            content_notes=tuple(d.get("content_notes") or ()), minutes=d.get("minutes", 0),
            teaches=tuple(d.get("teaches") or ()),
            personas={k: (v.get("description", "") if isinstance(v, dict) else "") for k, v in personas.items()},
            variables=dict(self.variables), start=start if isinstance(start, str) else "",
            nodes=built, say_more=say_more if isinstance(say_more, str) else None,
            path=path, content_hash=digest, include=tuple(dict.fromkeys(d.get("include") or ())), shifts=shifts,
            drills=drills)

    def _node(self, nid: str, n: YMap, kmark: Mark) -> Node:
        vm = n.value_marks
        say = n.get("say")
        variants: list[Variant] = []
        if isinstance(say, str):
            self._template(say, vm["say"])
            variants.append(Variant(say))
        elif isinstance(say, YList):
            for v, m in zip(say, say.item_marks):
                if not isinstance(v, YMap) or not isinstance(v.get("text"), str):
                    continue
                self._template(v["text"], v.value_marks["text"])
                flag, grade = v.get("red_flag"), v.get("grade")
                if grade is not None and flag is None:
                    self.r.error(v.value_marks["grade"], dg.GRADE_WITHOUT_FLAG,
                                 "`grade:` grades a red flag, but this line has no `red_flag:`")
                elif flag is not None and grade is None:
                    self.r.warning(v.value_marks["red_flag"], dg.UNGRADED_FLAG,
                                   "red flag has no `grade:` (style, warning or breach); it is reported as a warning")
                variants.append(Variant(
                    v["text"], self._personas(v.get("persona"), v.value_marks.get("persona", m)),
                    self._cond(v.get("if"), v.value_marks.get("if", m)), flag,
                    (grade or "warning") if flag else None, v.get("marker"), _text_at(v, "thinking") or None))
        choices: list[Choice] = []
        raw_choices = n.get("choices")
        if isinstance(raw_choices, YList):
            seen_text: dict[str, Mark] = {}
            for i, (c, m) in enumerate(zip(raw_choices, raw_choices.item_marks)):
                if not isinstance(c, YMap):
                    continue
                cm = c.value_marks
                text = _text_at(c, "text")
                key = " ".join(text.lower().split())
                if key and key in seen_text:
                    self.r.warning(m, dg.DUPLICATE_CHOICE,
                                   f"two choices at node '{nid}' say the same thing (see line {seen_text[key].line})")
                seen_text.setdefault(key, m)
                if is_template(text):
                    self._template(text, cm["text"])
                effects = []
                raw_eff = c.get("effects")
                if isinstance(raw_eff, YMap):
                    for var, val in raw_eff.items():
                        em = raw_eff.key_marks[var]
                        if var not in self.variables:
                            self.r.error(em, dg.UNDEFINED_VARIABLE,
                                         f"effect changes '{var}', which is not declared under variables:"
                                         f"{did_you_mean(var, self.variables)}")
                            continue
                        init = self.variables[var]
                        if _is_num(init) != _is_num(val):
                            self.r.error(raw_eff.value_marks[var], dg.EFFECT_TYPE,
                                         f"'{var}' starts as {type(init).__name__} "
                                         f"but this effect gives {type(val).__name__}")
                        effects.append((var, val))
                shows = self._ids(c.get("shows"), None, "shows")
                misses = self._ids(c.get("misses"), None, "misses")
                if not shows and not misses:
                    self.r.warning(m, dg.NO_GUIDANCE,
                                   "choice has no shows: or misses:, so feedback cannot teach from it")
                note = _text_at(c, "note")
                if not note:
                    self.r.warning(m, dg.NO_NOTE, "choice has no note: saying why it helps or hurts")
                examples = c.get("examples")
                choices.append(Choice(
                    index=i, text=text, targets=self._targets(c.get("goto"), cm.get("goto", m)),
                    effects=tuple(effects), shows=shows, misses=misses, note=note,
                    examples=tuple(e for e in examples if isinstance(e, str)) if isinstance(examples, YList) else (),
                    cond=self._cond(c.get("if"), cm.get("if", m)),
                    strategies=tuple(x for x in c.get("strategies") or () if isinstance(x, str)),
                ))
        ending = None
        e = n.get("ending")
        if isinstance(e, YMap):
            ending = Ending(e.get("outcome", "mixed"), e.get("label", ""))
            if "choices" in n or "goto" in n:
                self.r.error(vm["ending"], dg.ENDING_WITH_EXIT,
                             f"ending '{nid}' also has choices or a goto; an ending is the last line")
        elif "choices" in n and "goto" in n:
            self.r.error(vm["goto"], dg.CHOICES_AND_GOTO, f"node '{nid}' has both choices and a goto; keep one")
        elif not choices and "goto" not in n:
            self.r.error(kmark, dg.DEAD_END,
                         f"node '{nid}' has no choices, no goto and is not an ending: the conversation would stop here")
        if isinstance(n.get("say_more"), str):
            self._template(n["say_more"], vm["say_more"])
        return Node(id=nid, variants=tuple(variants), choices=tuple(choices),
                    targets=self._targets(n.get("goto"), vm.get("goto", kmark)) if "goto" in n else (),
                    ending=ending, say_more=n.get("say_more") if isinstance(n.get("say_more"), str) else None,
                    line=kmark.line)


def _text_at(m: YMap, key: str) -> str:
    """The value at `key` if it is text, else ""."""
    value = m.get(key)
    return value if isinstance(value, str) else ""


def _map_at(m: YMap, key: str) -> dict:
    """The mapping at `key`, or an empty one."""
    value = m.get(key)
    return value if isinstance(value, YMap) else {}


def _is_num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def require(path, guidance_ids=None) -> Scenario:
    """Load a scenario or raise ScenarioError with every diagnostic."""
    scenario, report = load_scenario(path, guidance_ids)
    if scenario is None:
        raise ScenarioError(report.sorted())
    return scenario
