"""The scenario library: listing entries cheaply, loading them in full, and validating many at once."""

from __future__ import annotations


import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # listing the library needs none of the loader: the app's picker opens without it
    from rehearse.engine.diagnostics import Diagnostic
    from rehearse.engine.model import Scenario
    from rehearse.engine.load.course import Course
    from rehearse.engine.load.limits import Limits

_NODES_LINE = re.compile(rb"^nodes\s*:", re.MULTILINE)
_SKIP = {"guidance.yaml", "course.yaml"}
_INDEX = ".library.json"  # the signed index of scenario heads, in the cache folder
_INDEX_MAX = 1000  # heads kept in it, newest last


@dataclass(frozen=True)
class Entry:
    """What the picker shows for one scenario, read without parsing its nodes."""

    id: str
    title: str
    summary: str
    user_role: str
    tags: tuple[str, ...]
    difficulty: str
    content_notes: tuple[str, ...]
    minutes: int
    personas: dict
    path: Path

    def to_json(self) -> dict:
        """Plain JSON for `rehearse list --json`."""
        return {"id": self.id, "title": self.title, "summary": self.summary, "user_role": self.user_role,
                "tags": list(self.tags), "difficulty": self.difficulty, "content_notes": list(self.content_notes),
                "minutes": self.minutes, "personas": self.personas, "path": str(self.path)}


def library_folders() -> list[Path]:
    """The folders the library lists: the bundled one, then course folders (REHEARSE_LIBRARY, installed packs)."""
    from rehearse.locations import library_dirs, scenarios_dir

    return [scenarios_dir(), *library_dirs()]


def by_course(entries: list[Entry]) -> list[tuple[Course | None, list[Entry]]]:
    """Entries grouped for the picker: (None, the rest) first, then (each course, its entries in the course's order).

    The course module (and the checker it brings) is imported only when some entry lives in a course folder."""
    from rehearse.locations import scenarios_dir

    bundled = scenarios_dir()
    if all(e.path.parent == bundled for e in entries):
        return [(None, entries)] if entries else []
    from rehearse.engine.load.course import for_folder

    plain: list[Entry] = []
    groups: dict[Path, tuple[Course, list[Entry]]] = {}
    for e in entries:
        c = for_folder(e.path.parent)
        if c is None:
            plain.append(e)
        else:
            groups.setdefault(c.folder, (c, []))[1].append(e)
    out: list[tuple[Course | None, list[Entry]]] = [(None, plain)] if plain else []
    for c, group in groups.values():
        ranks = {e.id: c.rank(e.id) for e in group}
        out.append((c, sorted(group, key=lambda e: ranks[e.id])))
    return out


def scenario_files(paths=None) -> list[Path]:
    """Scenario files under the given paths (files or folders), or the whole library."""
    out: list[Path] = []
    for p in [Path(x) for x in paths] if paths else library_folders():
        if p.is_dir():
            out.extend(sorted(f for f in p.glob("*.yaml") if f.name not in _SKIP))
        else:
            out.append(p)
    return out


def _head(raw: bytes) -> bytes:
    """The part of a scenario file before `nodes:`: everything the library lists."""
    m = _NODES_LINE.search(raw)
    return raw[: m.start()] if m else raw


def _parse_head(head: bytes) -> dict | None:
    """A head's fields as plain JSON-able values; None if it is not a scenario head."""
    from rehearse.engine.diagnostics import Report
    from rehearse.engine.load.yamlsrc import read_yaml

    # The loader's own capped reader: an alias bomb or a deep nest before `nodes:` is refused here as in validate.
    data = read_yaml(head, Report("head"), limits_from_env())
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    raw_personas = data.get("personas")
    personas = raw_personas if isinstance(raw_personas, dict) else {}
    return {
        "id": data["id"], "title": str(data.get("title", data["id"])),
        "summary": " ".join(str(data.get("summary", "")).split()), "user_role": str(data.get("user_role", "client")),
        "tags": [str(t) for t in data.get("tags") or ()], "difficulty": str(data.get("difficulty", "")),
        "content_notes": [str(n) for n in data.get("content_notes") or ()],
        "minutes": data.get("minutes") if type(data.get("minutes")) is int else 0,
        "personas": {str(k): str((v or {}).get("description", "")) if isinstance(v, dict) else ""
                     for k, v in personas.items()},
    }


def _entry(fields: dict, path: Path) -> Entry | None:
    """An Entry from parsed head fields, checking each type (the index is data from disk)."""
    try:
        e = Entry(id=fields["id"], title=fields["title"], summary=fields["summary"], user_role=fields["user_role"],
                  tags=tuple(fields["tags"]), difficulty=fields["difficulty"],
                  content_notes=tuple(fields["content_notes"]), minutes=fields["minutes"],
                  personas=dict(fields["personas"]), path=path)
    except (KeyError, TypeError, ValueError):
        return None
    texts = [e.id, e.title, e.summary, e.user_role, e.difficulty, *e.tags, *e.content_notes, *e.personas,
             *e.personas.values()]
    return e if all(type(t) is str for t in texts) and type(e.minutes) is int else None


def _index_key() -> str:
    """The library index's name: it changes with rehearse's version and with the code that reads heads."""
    import hashlib

    import rehearse
    from rehearse.engine.load import signed

    h = hashlib.sha256(f"library {rehearse.__version__}".encode())
    signed.hash_sources(h, ["rehearse.engine.load.library"])
    return h.hexdigest()


def _read_entries(files: list[Path]) -> list[Entry | None]:
    """Each file's entry: from the signed index when its head's bytes are unchanged, else parsed (and indexed)."""
    import hashlib

    from rehearse.engine.load import signed

    # Parsing 17 heads means importing PyYAML and running its parser, a tenth of the app's start-up; hashing
    # the same bytes takes a couple of milliseconds, and an unchanged head lists exactly as it did last time.
    key = _index_key() if signed.enabled() else None
    stored = signed.load(key, _INDEX, 8 << 20) if key else None
    stored_heads = stored.get("heads") if stored else None
    known: dict = stored_heads if type(stored_heads) is dict else {}
    heads: dict[str, dict | None] = {}
    out: list[Entry | None] = []
    max_bytes = limits_from_env().max_bytes
    for f in files:
        try:
            with open(f, "rb") as fh:
                raw = fh.read(max_bytes + 1)
        except OSError:
            out.append(None)
            continue
        if len(raw) > max_bytes:
            out.append(None)  # too big to be a scenario: validate says so; the list leaves it out
            continue
        head = _head(raw)
        digest = hashlib.sha256(head).hexdigest()
        fields = known.get(digest)
        entry = _entry(fields, f) if type(fields) is dict else None
        if digest not in known or (fields is not None and entry is None):  # new, changed, or not as we wrote it
            fields = _parse_head(head)
            entry = _entry(fields, f) if fields else None
        heads[digest] = fields
        out.append(entry)
    if key and any(known.get(d, ...) != f for d, f in heads.items()):
        # Keep other folders' heads too (`rehearse list FOLDER` must not cost the app its index), newest last.
        merged = {d: f for d, f in known.items() if d not in heads} | heads
        signed.save(key, _INDEX, {"heads": dict(list(merged.items())[-_INDEX_MAX:])})
    return out


def list_entries(paths=None) -> list[Entry]:
    """Every readable scenario entry, sorted by role then title."""
    entries = [e for e in _read_entries(scenario_files(paths)) if e]
    return sorted(entries, key=lambda e: (e.user_role != "client", e.title.lower()))


def find(ref: str, paths=None) -> Path:
    """Resolve a scenario id or a file path to a file."""
    p = Path(ref)
    if p.suffix in (".yaml", ".yml") and p.exists():
        return p
    for e in list_entries(paths):
        if e.id == ref:
            return e.path
    raise LookupError(ref)


def limits_from_env() -> Limits:
    """Limits, with REHEARSE_MAX_BYTES and REHEARSE_MAX_NODES overriding the defaults."""
    import os

    from rehearse.engine.load.limits import Limits

    kw = {}
    for env, key in (("REHEARSE_MAX_BYTES", "max_bytes"), ("REHEARSE_MAX_NODES", "max_nodes")):
        if os.environ.get(env, "").isascii() and os.environ.get(env, "").isdigit():
            kw[key] = int(os.environ[env])
    return Limits(**kw)


def validate_all(paths=None, guidance_ids=None,
                 limits: Limits | None = None) -> tuple[list[Diagnostic], list[Scenario]]:
    """Check every file; returns all diagnostics (sorted) and the scenarios that loaded."""
    from rehearse.engine import diagnostics as dg
    from rehearse.engine.diagnostics import Diagnostic, Mark, Report
    from rehearse.engine.load import course as courses

    limits = limits or limits_from_env()
    diags: list[Diagnostic] = []
    loaded: list[Scenario] = []
    ids: dict[str, str] = {}
    folders: dict[Path, list[str]] = {}  # each course folder met, with the scenario ids it holds
    drill_ids: dict[str, str] = {}
    for f in scenario_files(paths):
        if f.is_dir() or not f.exists():
            r = Report(str(f))
            r.error(Mark(1, 1), dg.UNREADABLE, "no such file")
            diags.extend(r.items)
            continue
        course = courses.for_folder(f.parent)
        if course is not None and course.folder not in folders:
            folders[course.folder] = []
            diags.extend(courses.problems(f.parent))
        sc, report = load_in_course(f, guidance_ids, limits, course)
        diags.extend(report.sorted())
        if course is not None:  # the id from the file's head, so a scenario with errors still counts as there
            head = sc.id if sc is not None else next((e.id for e in _read_entries([f]) if e), None)
            if head:
                folders[course.folder].append(head)
        if sc is not None:
            if sc.id in ids:
                diags.append(Diagnostic(str(f), Mark(1, 1), "error", dg.DUPLICATE_ID,
                                        f"scenario id '{sc.id}' is also used by {ids[sc.id]}"))
            ids[sc.id] = str(f)
            for d in sc.drills:  # `rehearse drill ID` names a drill alone, so its id is unique in the library
                if d.id in drill_ids and drill_ids[d.id] != str(f):
                    diags.append(Diagnostic(str(f), Mark(d.line, 1), "error", dg.DUPLICATE_ID,
                                            f"drill id '{d.id}' is also used by {drill_ids[d.id]}"))
                drill_ids.setdefault(d.id, str(f))
            loaded.append(sc)
    for folder, held in folders.items():
        c = courses.for_folder(folder)
        if c is not None:
            diags.extend(courses.check_order(c, held))
    return diags, loaded


def load_in_course(path: Path, guidance_ids, limits: Limits, course=...):
    """Load one file with its course folder's own tags and guidance added (when it is in one; by default the
    folder the file is in is looked at)."""
    from rehearse.engine.load.course import for_folder
    from rehearse.engine.load.loader import load_scenario

    if course is ...:
        course = for_folder(Path(path).parent)
    if course is None:
        return load_scenario(path, guidance_ids, limits)
    gids = None if guidance_ids is None else set(guidance_ids) | course.guidance_ids
    return load_scenario(path, gids, limits, tags=course.tags)


def load(ref: str, guidance_ids=None) -> Scenario:
    """Load one scenario by id or path, raising ScenarioError with every diagnostic."""
    from rehearse.engine.diagnostics import ScenarioError
    from rehearse.engine.load.course import for_folder

    path = find(ref)
    sc, report = load_in_course(path, guidance_ids, limits_from_env(), for_folder(path.parent))
    if sc is None:
        raise ScenarioError(report.sorted())
    return sc
