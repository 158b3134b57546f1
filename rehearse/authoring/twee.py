"""`rehearse import-twee`: a Twine story in Twee 3 notation becomes a scenario draft.

Passages become nodes, links become choices, passages without links become endings, and passage tags carry over
as comments. What cannot be translated (story-format macros, variables, setters) is reported as a warning located
at its line and column in the Twee file, never a crash: the Twee 3 specification asks compilers to warn about bad
header metadata and carry on, and this importer treats everything else the same way. The draft always loads
(`rehearse validate` reports no errors) and can be played to an ending; the header comment lists what an author
still has to add before it is a teaching scenario.

References: the Twee 3 specification (iftechfoundation/twine-specs) and Twine's link parser
(klembot/twinejs src/util/parse-links.ts), whose rules for the four link forms are followed here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from rehearse.authoring.scaffold import _schema_ref
from rehearse.authoring.twee_body import Body
from rehearse.authoring.twee_logic import choice_condition, combinations, read_logic
from rehearse.authoring.twee_spans import BLANK, blank
from rehearse.authoring.twee_render import Logic, _slug, q, render
from rehearse.authoring.twee_parse import Story, read_passages
from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Diagnostic, Mark
from rehearse.engine.expr import names_in_condition
from rehearse.engine.graph import reach, reverse
from rehearse.engine.load.library import limits_from_env

__all__ = ["ImportResult", "TweeError", "convert", "import_twee", "q"]

# Passages that story formats or compilers treat specially: they are not part of the conversation.
SPECIAL_PASSAGES = {
    "StoryTitle", "StoryData", "StoryAuthor", "StorySubtitle", "StoryBanner", "StoryCaption", "StoryInit",
    "StoryMenu", "StoryInterface", "StoryShare", "StorySettings", "StoryIncludes", "StoryDisplayTitle",
    "PassageReady", "PassageDone", "PassageHeader", "PassageFooter",
}
# Tags whose passages hold code, styles or format machinery rather than story text.
SPECIAL_TAGS = {"script", "stylesheet", "widget", "init", "startup", "header", "footer", "debug-startup",
                "debug-header", "debug-footer", "Twine.private", "annotation"}


class TweeError(Exception):
    """The file cannot become a scenario at all (unreadable, or no story passages)."""


@dataclass
class ImportResult:
    """The scenario text, the warnings met on the way, and a count of what was converted."""

    yaml: str
    warnings: list[Diagnostic]
    nodes: int
    passages: int
    story_format: str = ""


# -- building the scenario ---------------------------------------------------------------------------------------

class _Ids:
    """Node ids from passage names: lower-case, '_' for anything else, unique."""

    def __init__(self):
        self.taken: set[str] = set()

    def make(self, name: str) -> str:
        base = _slug(name, r"[^a-z0-9_.-]+", "_") or "passage"
        nid, n = base, 2
        while nid in self.taken:
            nid, n = f"{base}_{n}", n + 1
        self.taken.add(nid)
        return nid


def _sccs(nodes: list[str], edges: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan, iterative), each in discovery order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on, stack, out = set(), [], []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(edges.get(w, ()))))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(comp)
    return out


def _initial(p, story: Story, init: dict) -> bool:
    """Take StoryInit's (or a startup passage's) assignments as starting values; True when that was all it held."""
    logic = read_logic(p.body)
    for op in logic.sets:
        init[op.var] = op.value if op.op == "put" else init.get(op.var, 0) + op.value
    rest = blank(p.body, logic.blanks).replace(BLANK, "")
    return bool(logic.sets) and not rest.strip() and not logic.problems


def _speak(p, story: Story, fmt: str, lg: Logic, entering: dict):
    """A passage's line (or its variants by condition), its links, and each link's condition."""
    logic = read_logic(p.body)
    heads = [h for c in logic.chains for h in c.heads]
    plain = {id(c) for c in logic.plain_chains}

    def body(spans):
        b = Body(p, story, fmt, blank(p.body, spans))
        b.setters, b.prints = logic.setters, logic.prints
        b.guarded = [(br.start, br.end) for c in logic.chains if id(c) not in plain for br in c.branches]
        return b.run()

    variants = [(body(spans)[0], cond) for cond, spans in combinations(logic, p.body)]
    line, choices = body(logic.blanks + heads)
    if logic.plain_chains:  # once per passage: a story with thousands of them gets one warning, not thousands
        _warn_at(p, story, logic.plain_chains[0].offset, "this condition",
                 f"too many conditions in one passage: the text it and {len(logic.plain_chains) - 1} later one(s) "
                 "guard is said every time", lg)
    for offset, macro, why in logic.problems:
        _warn_at(p, story, offset, macro, why, lg)
    entering[p.name] = logic.sets
    lg.shown.update(var for _, _, var in logic.prints)
    for _, cond in variants:  # a variable only tested by the text's conditions is declared too
        lg.shown.update(names_in_condition(cond) if cond else ())
    said: str | list = line
    if len({t for t, _ in variants}) > 1:
        said = variants
    dialogue = any(_QUOTE.search(t) for t in [line, *(t for t, _ in variants)])  # quotes in macros do not count
    said = _voice(said, "narration" in p.tags, dialogue)
    return said, choices, [(choice_condition(logic, c.offset), logic.choice_sets.get(c.offset, [])) for c in choices]


def _warn_at(p, story: Story, offset: int, macro: str, why: str, lg: Logic) -> None:
    before = p.body[:offset]
    line, col = p.body_line + before.count("\n"), offset - (before.rfind("\n") + 1) + 1
    story.warn(line, col, dg.TWEE_MACRO, f"passage '{p.name}': Twine {macro} is not carried over: {why}")
    lg.kept.setdefault(p.name, []).append((macro, why))


_QUOTE = re.compile(r"[\"\u201c](.*?)[\"\u201d]", re.DOTALL)


def _voice(said, narration: bool, dialogue: bool):
    """Narration given as narration: text outside the quoted dialogue of a passage that has some (or a passage
    tagged `narration`, or a paragraph that starts 'You...') goes in brackets, the house style for what is done
    rather than said."""
    if isinstance(said, list):
        return [(_voice(t, narration, dialogue), c) for t, c in said]
    out = []
    for para in said.split("\n\n"):
        if narration or (not _QUOTE.search(para) and (dialogue or re.match(r"(You|Your)\b", para))):
            out.append(f"({para})" if para and not para.startswith("(") else para)
        elif _QUOTE.search(para):
            parts, pos = [], 0
            for m in _QUOTE.finditer(para):
                parts += [_aside(para[pos:m.start()]), m.group(1).strip()]
                pos = m.end()
            parts.append(_aside(para[pos:]))
            out.append(" ".join(x for x in parts if x))
        else:
            out.append(para)
    return "\n\n".join(out)


def _aside(text: str) -> str:
    text = text.strip()
    return f"({text})" if re.search(r"[A-Za-z]{2}", text) else ""


def _variables(lg: Logic, init: dict, entering: dict, nid: dict, start: str, story: Story, passages) -> None:
    """Declare every variable the story sets or tests, with its starting value, and the effects of entering each
    node (rehearse's effects add to numbers and replace anything else; setting a number outright has no match)."""
    start_sets = {op.var: op for op in entering.get(start, ())}
    taken = [op for per in lg.choice_sets.values() for sets in per for op in sets]
    for ops in [*entering.values(), taken]:
        for op in ops:
            if op.var not in init and op.var not in lg.variables:
                lg.variables[op.var] = 0 if op.op == "add" or isinstance(op.value, (int, float)) and not \
                    isinstance(op.value, bool) else (False if isinstance(op.value, bool) else "")
    lg.variables.update(init)
    for op in start_sets.values():  # entered before anything else: its assignments are where things start
        lg.variables[op.var] = op.value if op.op == "put" else lg.variables.get(op.var, 0) + op.value
    for var in sorted(lg.shown):
        lg.variables.setdefault(var, 0)
    for conds in lg.choice_conds.values():
        for cond in conds:
            for n in sorted(names_in_condition(cond) if cond else ()):
                lg.variables.setdefault(n, 0)

    def effects(name, ops, warn):
        eff = {}
        for op in ops:
            v = op.value
            if op.op == "put" and isinstance(v, (int, float)) and not isinstance(v, bool):
                if warn:
                    _warn_at(passages[name], story, op.offset, f"(set: ${op.var} to {v})", "rehearse's effects add "
                             "to numbers, so a number set outright is dropped", lg)
                continue
            eff[op.var] = (op.op == "add", v)
        return eff

    for name, ops in entering.items():
        lg.effects_into[nid[name]] = effects(name, ops, name != start)
    for name, per in lg.choice_sets.items():
        lg.choice_effects[name] = [effects(name, sets, True) for sets in per]


def convert(text: str, path: str = "story.twee", role: str = "client", warnings=(),
            output: Path | None = None) -> ImportResult:
    """Turn Twee 3 source text into scenario YAML (`warnings`: any found while reading the file)."""
    story = Story(path, list(warnings))
    text = text.removeprefix("\ufeff")
    if re.search(r"<tw-storydata\b", text[:20000], re.IGNORECASE):
        raise TweeError("this is a published Twine HTML file, not Twee: in Twine use Build > Export as Twee")
    passages = read_passages(text, story)

    title, data, by_name, order = "", {}, {}, []
    init: dict = {}  # variable -> starting value, from StoryInit or a startup passage
    for p in passages:
        if p.name in by_name:
            story.warn(p.line, 1, dg.TWEE_DUPLICATE, f"a second passage named '{p.name}': the first one is used")
            continue
        if p.name == "StoryTitle":
            title = " ".join(p.body.split())
            by_name[p.name] = p
        elif p.name == "StoryData":
            try:
                data = json.loads(p.body) if p.body.strip() else {}
                problem = None if isinstance(data, dict) else "not an object"
            except ValueError as exc:
                problem = str(exc)
            if problem:
                story.warn(p.body_line, 1, dg.TWEE_STORYDATA, f"StoryData is not a JSON object ({problem}): discarded")
                data = {"_bad": True}
            by_name[p.name] = p
        elif (p.name == "StoryInit" or "startup" in p.tags) and _initial(p, story, init):
            by_name[p.name] = p
        elif p.name in SPECIAL_PASSAGES or set(p.tags) & SPECIAL_TAGS:
            why = f"tag '{min(set(p.tags) & SPECIAL_TAGS)}'" if set(p.tags) & SPECIAL_TAGS else "a special name"
            story.warn(p.line, 1, dg.TWEE_SKIPPED, f"passage '{p.name}' has {why}: it is story-format machinery "
                       "and is not carried over")
            by_name[p.name] = p
        else:
            by_name[p.name] = p
            order.append(p)
    if not order:
        raise TweeError("no story passages found (a passage starts with a line like ':: Start')")
    data = {k: v for k, v in data.items() if k != "_bad"}
    fmt = str(data.get("format", "")) if isinstance(data.get("format", ""), str) else ""
    fmt_version = data.get("format-version", "")

    names = {p.name: p for p in order}
    start_name = data.get("start") if isinstance(data.get("start"), str) else None
    fallback = "Start" if "Start" in names else order[0].name
    if start_name is not None and start_name not in names:
        sd = by_name.get("StoryData")
        story.warn(sd.body_line if sd else 1, 1, dg.TWEE_START,
                   f"StoryData's start passage '{start_name}' is not a story passage: starting at '{fallback}'")
        start_name = fallback
    elif start_name is None:
        if fallback != "Start":
            story.warn(order[0].line, 1, dg.TWEE_START, f"no start passage in StoryData and no passage named "
                       f"'Start': starting at the first passage, '{fallback}'")
        start_name = fallback

    limits = limits_from_env()
    if len(order) > limits.max_nodes:  # refused before any passage is read: the draft could not load
        raise TweeError(f"the story has {len(order):,} passages; a scenario holds at most {limits.max_nodes:,} nodes "
                        "(REHEARSE_MAX_NODES raises the limit): split the story into several scenarios")
    ids = _Ids()
    nid = {p.name: ids.make(p.name) for p in order}
    spoken: dict[str, str | list] = {}
    links: dict[str, list[tuple[str, str, bool]]] = {}  # passage -> [(choice text, node id, automatic)]
    missing: dict[str, str] = {}  # missing passage name -> stub node id
    lg = Logic()
    entering: dict[str, list] = {}  # passage -> the assignments made on entering it
    for p in order:
        spoken[p.name], choices, conds = _speak(p, story, fmt.lower(), lg, entering)
        out: list[tuple[str, str, bool]] = []
        lg.choice_conds[p.name] = []
        lg.choice_sets[p.name] = []
        for c, (cond, sets) in zip(choices, conds):
            target = c.target if c.target in names else c.target.strip()
            if target not in names:
                if target not in missing:
                    missing[target] = ids.make(target or "missing")
                story.warn(c.line, c.col, dg.TWEE_BROKEN_LINK, f"passage '{p.name}': link to '{c.target}', which "
                           "is not in the story: it leads to a placeholder ending")
                dest = missing[target]
            else:
                dest = nid[target]
            if all((t, d, k) != (c.text, dest, cond) for (t, d, _), k in zip(out, lg.choice_conds[p.name])):
                out.append((c.text, dest, c.auto))
                lg.choice_conds[p.name].append(cond)
                lg.choice_sets[p.name].append(sets)
        links[p.name] = out
    _variables(lg, init, entering, nid, start_name, story, names)
    exit_id = None
    for p in order:  # every choice hidden by its condition: in Twine the story would stop there, so it ends
        conds = lg.choice_conds[p.name]
        if links[p.name] and all(conds):
            exit_id = exit_id or ids.make("ended_here")
            links[p.name].append(("(Say nothing more.)", exit_id, False))
            conds.append(" and ".join(f"not ({c})" for c in conds))

    # Every node must be able to reach an ending: give each closed loop a way out.
    edges = {nid[p.name]: [d for _, d, _ in links[p.name]] for p in order}
    endings = {nid[p.name] for p in order if not links[p.name]} | set(missing.values()) | {exit_id} - {None}
    start_id = nid[start_name]
    reachable = reach((start_id,), edges)
    can_end = reach(endings, reverse(edges))
    trapped = [nid[p.name] for p in order if nid[p.name] in reachable and nid[p.name] not in can_end]
    if trapped:
        exit_id = exit_id or ids.make("ended_here")
        first_of = {nid[p.name]: p for p in order}
        comps = _sccs(trapped, {k: [w for w in v if w in trapped] for k, v in edges.items() if k in trapped})
        inside = {}
        for i, comp in enumerate(comps):
            for v in comp:
                inside[v] = i
        for i, comp in enumerate(comps):
            # A component none of whose links lead to another trapped component needs its own way out.
            if any(inside.get(w) not in (None, i) for v in comp for w in edges[v]):
                continue
            v = min(comp, key=lambda x: first_of[x].line)
            p = first_of[v]
            links[p.name] = [(t, d, False) for t, d, _ in links[p.name]]  # a way out means a choice
            links[p.name].append(("(End the conversation here.)", exit_id, False))
            story.warn(p.line, 1, dg.TWEE_NO_WAY_OUT, f"passage '{p.name}' is in a loop with no way to an ending: "
                       "added a choice that ends the conversation")

    # Each variant of a passage is read on its own, so a warning in text they share is met more than once.
    warnings = sorted(dict.fromkeys(story.warnings), key=lambda d: (d.mark.line, d.mark.col, d.code))
    yaml_text = render(path, title, data, fmt, fmt_version, role, order, nid, start_id, spoken, links, missing,
                       exit_id, len(warnings), lg, _schema_ref(output))
    n_nodes = len(order) + len(missing) + (1 if exit_id else 0)
    size = len(yaml_text.encode("utf-8"))
    if n_nodes > limits.max_nodes or size > limits.max_bytes:  # the draft must load: say which limit, not write it
        raise TweeError(f"the draft would have {n_nodes:,} nodes and {size:,} bytes; a scenario holds at most "
                        f"{limits.max_nodes:,} nodes and {limits.max_bytes:,} bytes (REHEARSE_MAX_NODES and "
                        "REHEARSE_MAX_BYTES raise the limits): split the story into several scenarios")
    return ImportResult(yaml_text, warnings, n_nodes, len(passages), fmt)


def import_twee(path: Path, role: str = "client", output: Path | None = None) -> ImportResult:
    """Read a .twee/.tw file and convert it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TweeError(f"cannot read file: {exc.strerror or exc}") from None
    pre = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8", errors="replace")
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        pre.append(Diagnostic(str(path), Mark(line, col), "warning", dg.TWEE_ENCODING,
                              "the file is not valid UTF-8: unreadable bytes became \ufffd"))
    return convert(text, str(path), role, pre, output)
