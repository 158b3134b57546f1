"""The scenario library: listing entries cheaply, loading them in full, and validating many at once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # listing the library needs none of the loader: the app's picker opens without it
    from rehearse.engine.diagnostics import Diagnostic
    from rehearse.engine.model import Scenario
    from rehearse.engine.yamlsrc import Limits

_NODES_LINE = re.compile(rb"^nodes\s*:", re.MULTILINE)
_SKIP = {"guidance.yaml"}


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


def scenario_files(paths=None) -> list[Path]:
    """Scenario files under the given paths (files or folders), or the bundled library."""
    from rehearse.locations import scenarios_dir

    out: list[Path] = []
    for p in [Path(x) for x in paths] if paths else [scenarios_dir()]:
        if p.is_dir():
            out.extend(sorted(f for f in p.glob("*.yaml") if f.name not in _SKIP))
        else:
            out.append(p)
    return out


def read_entry(path: Path) -> Entry | None:
    """The metadata at the head of a file (everything before `nodes:`); None if it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    import yaml

    m = _NODES_LINE.search(raw)
    head = raw[: m.start()] if m else raw
    try:
        data = yaml.load(head, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    personas = data.get("personas") if isinstance(data.get("personas"), dict) else {}
    return Entry(
        id=data["id"], title=str(data.get("title", data["id"])), summary=" ".join(str(data.get("summary", "")).split()),
        user_role=str(data.get("user_role", "client")), tags=tuple(data.get("tags") or ()),
        difficulty=str(data.get("difficulty", "")), content_notes=tuple(data.get("content_notes") or ()),
        minutes=data.get("minutes") if isinstance(data.get("minutes"), int) else 0,
        personas={k: (v or {}).get("description", "") if isinstance(v, dict) else "" for k, v in personas.items()},
        path=path,
    )


def list_entries(paths=None) -> list[Entry]:
    """Every readable scenario entry, sorted by role then title."""
    entries = [e for e in (read_entry(f) for f in scenario_files(paths)) if e]
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

    from rehearse.engine.yamlsrc import Limits

    kw = {}
    for env, key in (("REHEARSE_MAX_BYTES", "max_bytes"), ("REHEARSE_MAX_NODES", "max_nodes")):
        if os.environ.get(env, "").isascii() and os.environ.get(env, "").isdigit():
            kw[key] = int(os.environ[env])
    return Limits(**kw)


def validate_all(paths=None, guidance_ids=None, limits: Limits | None = None) -> tuple[list[Diagnostic], list[Scenario]]:
    """Check every file; returns all diagnostics (sorted) and the scenarios that loaded."""
    from rehearse.engine.diagnostics import Diagnostic, Mark, Report
    from rehearse.engine.loader import load_scenario

    limits = limits or limits_from_env()
    diags: list[Diagnostic] = []
    loaded: list[Scenario] = []
    ids: dict[str, str] = {}
    for f in scenario_files(paths):
        if f.is_dir() or not f.exists():
            r = Report(str(f))
            r.error(Mark(1, 1), "unreadable", "no such file")
            diags.extend(r.items)
            continue
        sc, report = load_scenario(f, guidance_ids, limits)
        diags.extend(report.sorted())
        if sc is not None:
            if sc.id in ids:
                diags.append(Diagnostic(str(f), Mark(1, 1), "error", "duplicate-id",
                                        f"scenario id '{sc.id}' is also used by {ids[sc.id]}"))
            ids[sc.id] = str(f)
            loaded.append(sc)
    return diags, loaded


def load(ref: str, guidance_ids=None) -> Scenario:
    """Load one scenario by id or path, raising ScenarioError with every diagnostic."""
    from rehearse.engine.diagnostics import ScenarioError
    from rehearse.engine.loader import load_scenario

    path = find(ref)
    sc, report = load_scenario(path, guidance_ids, limits_from_env())
    if sc is None:
        raise ScenarioError(report.sorted())
    return sc
