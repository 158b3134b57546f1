"""`rehearse class report`: a class's tutor exports combined into one self-contained HTML page (no scripts)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rehearse.store.tutor import FORMAT, VERSION, valid_code

_MAX_BYTES = 4 << 20  # one session's export is a few kilobytes; anything far larger is not one
OUTCOME_COLOURS = {"good": "#1b7837", "mixed": "#b8860b", "poor": "#b2182b", None: "#777777"}


class ExportError(ValueError):
    """A file that is not a tutor export rehearse can read, with the reason."""


def read_export(path: Path) -> dict:
    """One tutor export, checked field by field (it comes from a student's machine)."""
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise ExportError(f"{path}: larger than {_MAX_BYTES >> 20} MB; not a tutor export")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExportError(f"{path}: cannot be read as JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExportError(f"{path}: not a tutor export (make one with `rehearse export SESSION --format tutor`)")
    if data.get("version") != VERSION:
        raise ExportError(f"{path}: tutor export version {data.get('version')!r}; this rehearse reads {VERSION}")
    if not valid_code(data.get("student")):
        raise ExportError(f"{path}: the student code is missing or malformed")
    want = {"scenario": str, "title": str, "persona": str, "finished": bool, "decisions": int, "shown": list,
            "missed": list, "guidance": dict, "red_flags": list}
    for key, kind in want.items():
        if not isinstance(data.get(key), kind):
            raise ExportError(f"{path}: '{key}' is missing or not {kind.__name__}")
    if data.get("outcome") not in ("good", "mixed", "poor", None):
        raise ExportError(f"{path}: unknown outcome {data.get('outcome')!r}")
    if not all(isinstance(g, str) for g in data["shown"] + data["missed"]) or \
            not all(isinstance(k, str) and isinstance(v, str) for k, v in data["guidance"].items()):
        raise ExportError(f"{path}: guidance ids and titles must be text")
    for f in data["red_flags"]:
        if not isinstance(f, dict) or not isinstance(f.get("kind"), str) or not isinstance(f.get("grade"), str):
            raise ExportError(f"{path}: a red flag without a kind and grade")
    return data


@dataclass
class ScenarioSummary:
    """One scenario's attempts across the class."""

    id: str
    title: str
    attempts: int = 0
    finished: int = 0
    endings: Counter = field(default_factory=Counter)  # (outcome, label) -> attempts


@dataclass
class ClassSummary:
    """Everything the class report shows."""

    exports: int
    students: list[dict]
    scenarios: list[ScenarioSummary]
    shown: list[tuple[str, str, int]]  # (id, title, attempts that showed it), most first
    missed: list[tuple[str, str, int]]
    flags: list[tuple[str, str, int, int, int]]  # (kind, grade, times met, named, held)
    with_words: int  # exports that carried typed words (never shown here)


def summarise(exports: list[dict]) -> ClassSummary:
    """Combine a class's exports."""
    titles: dict[str, str] = {}
    shown: Counter = Counter()
    missed: Counter = Counter()
    scenarios: dict[str, ScenarioSummary] = {}
    flags: dict[tuple[str, str], list[int]] = {}
    students: dict[str, dict] = {}
    for e in exports:
        titles.update(e["guidance"])
        shown.update(set(e["shown"]))
        missed.update(set(e["missed"]))
        s = scenarios.setdefault(e["scenario"], ScenarioSummary(e["scenario"], e["title"]))
        s.attempts += 1
        s.finished += e["finished"]
        label = e.get("ending") if isinstance(e.get("ending"), str) else "not finished"
        s.endings[(e["outcome"] if e["finished"] else None, label if e["finished"] else "not finished")] += 1
        for f in e["red_flags"]:
            row = flags.setdefault((f["kind"], f["grade"]), [0, 0, 0])
            row[0] += 1
            row[1] += f.get("named") is True
            row[2] += f.get("held") is True
        st = students.setdefault(e["student"], {"code": e["student"], "attempts": 0, "scenarios": set(),
                                                "outcomes": Counter(), "shown": set(), "missed": set(), "flags": 0})
        st["attempts"] += 1
        st["scenarios"].add(e["title"])
        st["outcomes"][(e["outcome"] if e["finished"] else None) or "unfinished"] += 1
        st["shown"].update(e["shown"])
        st["missed"].update(e["missed"])
        st["flags"] += len(e["red_flags"])

    def ranked(c: Counter) -> list[tuple[str, str, int]]:
        return [(g, titles.get(g, g), n) for g, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))]

    return ClassSummary(
        len(exports), [students[k] for k in sorted(students)], sorted(scenarios.values(), key=lambda s: s.title),
        ranked(shown), ranked(missed),
        [(k, g, *v) for (k, g), v in sorted(flags.items(), key=lambda kv: (-kv[1][0], kv[0]))],
        sum(e.get("includes_words") is True for e in exports))


def endings_svg(s: ScenarioSummary) -> str:
    """A horizontal bar chart of the endings reached, as inline SVG (escaped text, no scripts, no links)."""
    from html import escape

    rows = sorted(s.endings.items(), key=lambda kv: (-kv[1], str(kv[0][1])))
    top = max((n for _k, n in rows), default=1)
    bar_w, label_w, row_h = 260, 230, 26
    h = row_h * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_w + bar_w + 60}" height="{h}" '
             f'viewBox="0 0 {label_w + bar_w + 60} {h}"><title>Endings reached in {escape(s.title)}</title>']
    for i, ((outcome, label), n) in enumerate(rows):
        y = 5 + i * row_h
        w = max(2, round(bar_w * n / top))
        colour = OUTCOME_COLOURS.get(outcome, "#777777")
        words = f"{label} ({outcome})" if outcome else str(label)
        parts.append(f'<text x="{label_w - 6}" y="{y + 17}" text-anchor="end" font-size="13">{escape(words)}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 8}" fill="{colour}"/>'
                     f'<text x="{label_w + w + 6}" y="{y + 17}" font-size="13">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render(summary: ClassSummary, title: str = "Class report") -> str:
    """The report as one HTML page."""
    import jinja2

    from rehearse.locations import templates_dir

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates_dir())), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    from markupsafe import Markup

    charts = {s.id: Markup(endings_svg(s)) for s in summary.scenarios}  # built from escaped text above
    return env.get_template("class_report.html.j2").render(s=summary, charts=charts, title=title)


def build(files: list[Path], title: str = "Class report") -> tuple[str, list[str]]:
    """The HTML for these exports, and a problem line for each file that was left out."""
    exports, problems = [], []
    for f in files:
        try:
            exports.append(read_export(f))
        except ExportError as exc:
            problems.append(str(exc))
    return render(summarise(exports), title), problems
