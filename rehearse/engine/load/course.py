"""Course folders: a folder of scenarios with its own course.yaml (title, tags, order, a local support line) and its
own guidance.yaml, which extends the bundled catalogue for that folder without replacing any of it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Diagnostic, Mark, Report
from rehearse.engine.load import spec
from rehearse.engine.load.checker import check
from rehearse.engine.load.guidance import Catalogue, load_catalogue, parse_catalogue
from rehearse.engine.load.spec import lst, obj, s, with_tags  # noqa: F401  (with_tags: re-exported)
from rehearse.engine.load.yamlsrc import YMap, read_yaml

COURSE_FILE = "course.yaml"
GUIDANCE_FILE = "guidance.yaml"
TAG_PATTERN = r"^[a-z][a-z0-9-]*$"

COURSE = obj(
    "a course folder's description",
    title=(s("the course's name, as the picker shows it"), True),
    tags=(lst(s(pattern=TAG_PATTERN), "conversation types this course adds to the bundled ones"), False),
    order=(lst(s(pattern=spec.ID_PATTERN), "scenario ids in the order the picker shows them"), False),
    support=(s("a local support line shown beside the crisis lines, e.g. the university counselling service"),
             False),
)


@dataclass(frozen=True)
class Course:
    """One course folder: what its course.yaml says and the guidance its guidance.yaml adds."""

    folder: Path
    title: str
    tags: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    support: str = ""
    guidance: Catalogue | None = None  # the folder's own items only (None: no guidance.yaml, or a broken one)
    order_marks: tuple[Mark, ...] = ()  # where each id of `order` is written in course.yaml

    @property
    def guidance_ids(self) -> frozenset[str]:
        """The ids of the items the folder adds."""
        return frozenset(self.guidance.items) if self.guidance else frozenset()

    def rank(self, scenario_id: str) -> int:
        """Where a scenario comes in the course's order (unlisted ones after every listed one)."""
        return self.order.index(scenario_id) if scenario_id in self.order else len(self.order)


def _bundled() -> Path:
    from rehearse.locations import scenarios_dir

    return scenarios_dir().resolve()


def is_course(folder: Path) -> bool:
    """Whether `folder` is a course folder: not the bundled library, and holding a course.yaml or guidance.yaml."""
    try:
        if folder.resolve() == _bundled():
            return False
    except OSError:
        return False
    return (folder / COURSE_FILE).is_file() or (folder / GUIDANCE_FILE).is_file()


def _stamp(folder: Path) -> tuple:
    """What a folder's course files are now: read again whenever one changes."""
    out: list[tuple[int, int] | None] = []
    for name in (COURSE_FILE, GUIDANCE_FILE):
        try:
            st = (folder / name).stat()
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


def for_folder(folder: Path) -> Course | None:
    """The course a folder holds, or None when it is not a course folder (the bundled library is not one)."""
    if not is_course(folder):
        return None
    return read_course(str(folder), _stamp(folder))[0]


def problems(folder: Path) -> list[Diagnostic]:
    """What is wrong with a course folder's own files (course.yaml, guidance.yaml)."""
    if not is_course(folder):
        return []
    return list(read_course(str(folder), _stamp(folder))[1])


@lru_cache(maxsize=32)
def read_course(folder_name: str, stamp: tuple = ()) -> tuple[Course, tuple[Diagnostic, ...]]:
    """Read a course folder's files (cached while they are unchanged: `stamp`); the course and its problems."""
    folder = Path(folder_name)
    diags: list[Diagnostic] = []
    title, support = folder.name, ""
    tags: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    order_marks: tuple[Mark, ...] = ()
    path = folder / COURSE_FILE
    if path.is_file():
        report = Report(str(path))
        data = read_yaml(path.read_bytes(), report)
        if data is None and not report.errors:
            report.error(Mark(1, 1), dg.EMPTY_FILE, "course.yaml holds nothing; give the course at least a title")
        elif data is not None and check(data, COURSE, getattr(data, "mark", Mark()), report, "course.yaml"):
            assert isinstance(data, YMap)
            title = str(data["title"])
            tags = tuple(str(t) for t in data.get("tags") or ())
            order = tuple(str(x) for x in data.get("order") or ())
            order_marks = tuple(data["order"].item_marks) if "order" in data else ()
            support = " ".join(str(data.get("support", "")).split())
            tag_marks: list[Mark] = list(data["tags"].item_marks) if "tags" in data else []
            for tag, m in zip(tags, tag_marks):
                if tag in spec.CONVERSATION_TYPES:
                    report.warning(m, dg.COURSE_TAG_BUNDLED, f"tag '{tag}' is already a bundled conversation type")
        diags.extend(report.items)
    catalogue = None
    gpath = folder / GUIDANCE_FILE
    if gpath.is_file():
        base = load_catalogue()
        catalogue, report = parse_catalogue(gpath, tags, base.sources)
        shadows = sorted(set(catalogue.items) & set(base.items)) if catalogue else []
        for gid in shadows:
            report.error(_where(gpath, "id", gid), dg.COURSE_SHADOWS,
                         f"guidance id '{gid}' is already in the bundled catalogue; give the course's item its own id")
        for key in sorted(set(catalogue.sources if catalogue else ()) & set(base.sources)):
            if catalogue and catalogue.sources[key] != base.sources[key]:
                report.error(_where(gpath, "", key), dg.COURSE_SHADOWS,
                             f"source '{key}' is already in the bundled catalogue; give the course's source its own "
                             "key")
        if shadows or report.errors:
            catalogue = None
        diags.extend(report.items)
    return Course(folder, title, tags, order, support, catalogue, order_marks), tuple(diags)


def check_order(course: Course, ids: list[str]) -> list[Diagnostic]:
    """course.yaml's order against the scenario ids the folder holds: unknown ids, and scenarios left out."""
    from rehearse.engine.diagnostics import did_you_mean

    report = Report(str(course.folder / COURSE_FILE))
    for i, sid in enumerate(course.order):
        if sid not in ids:
            mark = course.order_marks[i] if i < len(course.order_marks) else Mark(1, 1)
            report.error(mark, dg.COURSE_ORDER,
                         f"order names '{sid}', which is not a scenario in this folder{did_you_mean(sid, ids)}")
    if course.order:
        for sid in ids:
            if sid not in course.order:
                report.warning(Mark(1, 1), dg.COURSE_UNORDERED,
                               f"scenario '{sid}' is not in course.yaml's order: the picker shows it after the "
                               "listed ones")
    return report.items


def _where(path: Path, key: str, value: str) -> Mark:
    """Where `key: value` (or, with no key, `value:`) is first written in a file; 1:1 if it cannot be found."""
    import re

    pattern = re.compile(rf"\b{re.escape(key)}:\s*['\"]?{re.escape(value)}\b" if key else rf"^\s*{re.escape(value)}:")
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        m = pattern.search(line)
        if m:
            return Mark(n, m.start() + 1 + (len(line[m.start():]) - len(line[m.start():].lstrip())))
    return Mark(1, 1)


def extend(base: Catalogue, course: Course | None) -> Catalogue:
    """`base` with a course's own items and sources added (a course never replaces a bundled item)."""
    if course is None or course.guidance is None:
        return base
    g = course.guidance
    return Catalogue({**g.items, **base.items}, {**g.sources, **base.sources}, {**g.flags, **base.flags})


def catalogue() -> Catalogue:
    """The bundled catalogue with every library course folder's own items added (what play and reports cite).

    Two folders adding the same id: the first folder's item is used (each folder validates on its own)."""
    from rehearse.locations import library_dirs

    base = load_catalogue()
    found = [d for d in library_dirs() if is_course(d)]
    if not found:
        return base
    key = (id(base), tuple((str(d), _stamp(d)) for d in found))
    hit = _MERGED.get(key)
    if hit is not None and hit[0] is base:
        return hit[1]
    cat = base
    for folder, stamp in key[1]:
        course, _problems = read_course(folder, stamp)
        if course.guidance and not set(course.guidance.items) & set(cat.items):
            cat = extend(cat, course)
    _MERGED.clear()  # one library at a time
    _MERGED[key] = (base, cat)
    return cat


_MERGED: dict[tuple, tuple[Catalogue, Catalogue]] = {}
