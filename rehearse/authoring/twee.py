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
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rehearse.authoring.twee_body import JINJA, Body
from rehearse.authoring.twee_parse import Story, read_passages
from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Diagnostic, Mark
from rehearse.engine.graph import reach, reverse
from rehearse.engine.load.library import limits_from_env

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

def _slug(name: str, pattern: str, sep: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(pattern, sep, ascii_name.lower()).strip(sep + ".-")


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


def q(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly `text`."""
    out = ['"']
    for ch in text:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif (o < 0x20 or 0x7F <= o <= 0x9F or ch in "\u2028\u2029\ufeff" or 0xD800 <= o <= 0xDFFF
              or o in (0xFFFE, 0xFFFF)):
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _text(text: str) -> str:
    """Passage text as a line rehearse says: a brace that would open a template gets a space after it."""
    return JINJA.sub("{ ", text)


def _comment(text: str) -> str:
    """Text safe inside a YAML comment: one line, printable."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


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


def convert(text: str, path: str = "story.twee", role: str = "client", warnings=()) -> ImportResult:
    """Turn Twee 3 source text into scenario YAML (`warnings`: any found while reading the file)."""
    story = Story(path, list(warnings))
    text = text.removeprefix("\ufeff")
    if re.search(r"<tw-storydata\b", text[:20000], re.IGNORECASE):
        raise TweeError("this is a published Twine HTML file, not Twee: in Twine use Build > Export as Twee")
    passages = read_passages(text, story)

    title, data, by_name, order = "", {}, {}, []
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
    spoken: dict[str, str] = {}
    links: dict[str, list[tuple[str, str, bool]]] = {}  # passage -> [(choice text, node id, automatic)]
    missing: dict[str, str] = {}  # missing passage name -> stub node id
    for p in order:
        line, choices = Body(p, story, fmt.lower()).run()
        spoken[p.name] = line
        out: list[tuple[str, str, bool]] = []
        for c in choices:
            target = c.target if c.target in names else c.target.strip()
            if target not in names:
                if target not in missing:
                    missing[target] = ids.make(target or "missing")
                story.warn(c.line, c.col, dg.TWEE_BROKEN_LINK, f"passage '{p.name}': link to '{c.target}', which "
                           "is not in the story: it leads to a placeholder ending")
                dest = missing[target]
            else:
                dest = nid[target]
            if all((t, d) != (c.text, dest) for t, d, _ in out):
                out.append((c.text, dest, c.auto))
        links[p.name] = out

    # Every node must be able to reach an ending: give each closed loop a way out.
    edges = {nid[p.name]: [d for _, d, _ in links[p.name]] for p in order}
    endings = {nid[p.name] for p in order if not links[p.name]} | set(missing.values())
    exit_id = None
    start_id = nid[start_name]
    reachable = reach((start_id,), edges)
    can_end = reach(endings, reverse(edges))
    trapped = [nid[p.name] for p in order if nid[p.name] in reachable and nid[p.name] not in can_end]
    if trapped:
        exit_id = ids.make("ended_here")
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

    warnings = sorted(story.warnings, key=lambda d: (d.mark.line, d.mark.col, d.code))
    yaml_text = _render(path, title, data, fmt, fmt_version, role, order, nid, start_id, spoken, links, missing,
                        exit_id, len(warnings))
    n_nodes = len(order) + len(missing) + (1 if exit_id else 0)
    size = len(yaml_text.encode("utf-8"))
    if n_nodes > limits.max_nodes or size > limits.max_bytes:  # the draft must load: say which limit, not write it
        raise TweeError(f"the draft would have {n_nodes:,} nodes and {size:,} bytes; a scenario holds at most "
                        f"{limits.max_nodes:,} nodes and {limits.max_bytes:,} bytes (REHEARSE_MAX_NODES and "
                        "REHEARSE_MAX_BYTES raise the limits): split the story into several scenarios")
    return ImportResult(yaml_text, warnings, n_nodes, len(passages), fmt)


def _render(path, title, data, fmt, fmt_version, role, order, nid, start_id, spoken, links, missing, exit_id,
            n_warnings) -> str:
    name = Path(path).name
    title = title or Path(path).stem
    sid = _slug(title, r"[^a-z0-9]+", "-") or _slug(Path(path).stem, r"[^a-z0-9]+", "-") or "imported-story"
    fmt_text = f"{fmt} {fmt_version}".strip() or "not stated"
    n_choices = sum(len(v) for v in links.values())
    out = [
        "# yaml-language-server: $schema=../rehearse/schemas/scenario.schema.json",
        f"# Imported by `rehearse import-twee` from {_comment(name)} (Twine story format: {_comment(fmt_text)}).",
        (f"# {len(order)} passage(s) became nodes and {n_choices} link(s) became choices; "
         f"{n_warnings} warning(s) were printed while importing."),
        "#",
        "# This draft loads and plays, but it does not teach yet. Before it passes `rehearse validate --strict`:",
        "#   - choices: give each one `shows:` or `misses:` (guidance ids; `rehearse guidance` lists them) and a",
        "#     one-line `note:` saying why it helps or hurts;",
        "#   - endings: every ending below is `outcome: mixed`; mark each good, mixed or poor, and rewrite its label;",
        "#   - personas: replace `default` with the styles the other side can take, and vary lines by persona;",
        "#   - teaches, tags, difficulty, content_notes, minutes and summary: fill them in for this scenario;",
        "#   - Twine variables and macros were not translated (see the warnings): declare variables and use",
        "#     `effects:` and `if:` instead. Passage names and tags are kept in a comment beside each node.",
        f"id: {q(sid)}",
        f"title: {q(title)}",
        f"summary: {q(f'Imported from the Twine story {title}. Say here what happens and what the user practises.')}",
        f"user_role: {role}",
        "tags: [disagreement]          # TODO: the conversation types this scenario practises",
        "difficulty: moderate          # TODO: gentle | moderate | challenging",
        "content_notes: []             # TODO: what the user should know before starting",
        f"minutes: {max(1, round(len(order) / 3))}",
        "teaches: []                   # TODO: guidance ids that some choice shows",
        "personas:",
        "  default: {description: \"TODO: describe how the other side behaves.\"}",
        f"start: {q(start_id)}",
        "nodes:",
    ]
    for p in order:
        tags = f" [{' '.join(p.tags)}]" if p.tags else ""
        out.append(f"  {q(nid[p.name])}:  # passage {_comment(json.dumps(p.name, ensure_ascii=False))}{_comment(tags)}"
                   f" (line {p.line})")
        out.append(f"    say: {q(_text(spoken[p.name]))}")
        ways = links[p.name]
        if ways and all(auto for _, _, auto in ways) and len({d for _, d, _ in ways}) == 1:
            out.append(f"    goto: {q(ways[0][1])}   # from a goto macro: the conversation moves straight on")
        elif ways:
            out.append("    choices:")
            for text, dest, _ in ways:
                out.append(f"      - text: {q(_text(text))}")
                out.append(f"        goto: {q(dest)}")
        else:
            out.append(f"    ending: {{outcome: mixed, label: {q(p.name)}}}   # TODO: good, mixed or poor")
    for target, stub in missing.items():
        named = _comment(json.dumps(target, ensure_ascii=False))
        out.append(f"  {q(stub)}:  # placeholder: the story links to {named}, which it does not contain")
        out.append(f"    say: {q(_text(f'(The Twine story has no passage called {target}.)'))}")
        out.append(f"    ending: {{outcome: mixed, label: {q('Missing passage: ' + target)}}}")
    if exit_id:
        out.append(f"  {q(exit_id)}:  # added so that every loop in the story has a way out")
        out.append('    say: "We can stop here for today."')
        out.append('    ending: {outcome: mixed, label: "Ended here"}')
    return "\n".join(out) + "\n"


def import_twee(path: Path, role: str = "client") -> ImportResult:
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
    return convert(text, str(path), role, pre)
