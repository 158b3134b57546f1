"""Crisis and support lines for where the user is, with a clinic's or course's own lines first.

The region is REHEARSE_REGION (ISO 3166-1 alpha-2, e.g. GB), else the territory of the user's locale (en_AU.UTF-8
gives AU), else none: then a short international list points to findahelpline.com. A clinic or course adds its own
lines in helplines.yaml in the data folder (REHEARSE_HOME), or in the file REHEARSE_HELPLINES names; docs/SAFETY.md
shows the format. Nothing here touches the network.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_BUNDLED = Path(__file__).resolve().parent / "helplines.yaml"
INTERNATIONAL = "INTL"
LOCAL_PLACE = "From your clinic or course"
_FIELDS = ("name", "phone", "text", "hours", "web", "note")
_ALIASES = {"UK": "GB", "EN": "GB", "ENGLAND": "GB", "SCOTLAND": "GB", "WALES": "GB", "USA": "US"}


@dataclass(frozen=True)
class HelpLine:
    """One line: who runs it, how to reach it, when, and for whom."""

    region: str
    place: str
    name: str
    phone: str = ""
    text: str = ""
    hours: str = ""
    web: str = ""
    note: str = ""
    local: bool = False  # added by a clinic or course, not shipped with rehearse

    def how(self) -> str:
        """The ways to reach it, in one line: "call 116 123 · text SHOUT to 85258 · 24 hours · samaritans.org"."""
        parts = [f"call {self.phone}" if self.phone else "", f"text {self.text}" if self.text else "",
                 self.hours, self.web, self.note]
        return " \u00b7 ".join(p for p in parts if p)


@dataclass(frozen=True)
class Place:
    """A region's heading, its emergency number and its lines."""

    region: str
    place: str
    emergency: str
    lines: tuple[HelpLine, ...]


class HelpLinesError(ValueError):
    """A helplines file that cannot be read, with the file and the entry in the message."""


def current_region() -> str | None:
    """REHEARSE_REGION if set, else the locale's territory (from LC_ALL, LC_MESSAGES or LANG), else None."""
    code = os.environ.get("REHEARSE_REGION", "").strip()
    if code:
        return normalise_region(code)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:  # the first one set decides, as in POSIX: "en_GB.UTF-8@euro" -> GB; "C" or "POSIX" -> none
            lang = value.split(".")[0].split("@")[0]
            return normalise_region(lang.split("_")[1]) if "_" in lang else None
    return None


def normalise_region(code: str) -> str | None:
    """An upper-case two-letter code, with UK and a few other common spellings mapped; None if it is not one."""
    code = _ALIASES.get(code.strip().upper(), code.strip().upper())
    return code if len(code) == 2 and code.isascii() and code.isalpha() else None


def places_for(region: str | None = None) -> list[Place]:
    """The user's region first (with any local lines), then the international list; unknown regions get the latter."""
    code = normalise_region(region) if region else current_region()
    data = bundled()
    local, _problem = local_lines()
    local = local + course_lines()
    out: list[Place] = []
    mine = tuple(ln for ln in local if ln.region in ("", code))
    if mine:
        out.append(Place(code or "", LOCAL_PLACE, "", mine))
    intl = data[INTERNATIONAL]
    if code and code in data and code != INTERNATIONAL:
        out.append(data[code])
        intl = Place(intl.region, intl.place, intl.emergency, intl.lines[:1])  # the region's lines say the rest
    out.append(intl)
    return out


def lines_for(region: str | None = None) -> list[HelpLine]:
    """Every line to show, the user's region first; region defaults to current_region()."""
    return [ln for p in places_for(region) for ln in p.lines]


def as_text(places: list[Place], indent: str = "  ") -> list[str]:
    """The lines as plain text, one place heading and then one line per service."""
    out: list[str] = []
    for p in places:
        head = p.place + (f" (emergency: {p.emergency})" if p.emergency else "")
        out.append(indent + head)
        out.extend(f"{indent}  {ln.name}: {ln.how()}" for ln in p.lines)
    return out


def course_lines() -> list[HelpLine]:
    """The support line each course folder in the library names in its course.yaml (e.g. student counselling)."""
    from rehearse.engine.load.course import for_folder
    from rehearse.locations import library_dirs

    out = []
    for folder in library_dirs():
        course = for_folder(folder)
        if course is not None and course.support:
            out.append(HelpLine("", "", course.title, note=course.support, local=True))
    return out


@lru_cache(maxsize=1)
def bundled() -> dict[str, Place]:
    """The lines shipped with rehearse, by region."""
    return _parse(_read(_BUNDLED), _BUNDLED, local=False)


def local_file() -> Path:
    """Where a clinic's or course's own lines are read from."""
    named = os.environ.get("REHEARSE_HELPLINES")
    if named:
        return Path(named).expanduser()
    from rehearse.locations import data_dir

    return data_dir() / "helplines.yaml"


def local_lines() -> tuple[list[HelpLine], str | None]:
    """The locally added lines, and a problem to report if the file exists but cannot be used (then no lines)."""
    path = local_file()
    try:
        raw = _read(path)
    except FileNotFoundError:
        return [], None
    except (OSError, HelpLinesError) as exc:
        return [], str(exc)
    if not isinstance(raw, dict) or not isinstance(raw.get("lines"), list):
        return [], f"{path}: expected a mapping with a 'lines' list (see docs/SAFETY.md)"
    try:
        return [_line(e, str(e.get("region", "") if isinstance(e, dict) else ""), "", path, i, local=True)
                for i, e in enumerate(raw["lines"], 1)], None
    except HelpLinesError as exc:
        return [], str(exc)


def _read(path: Path) -> object:
    import yaml

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise HelpLinesError(f"{path}: not valid YAML ({exc})") from None


def _parse(raw: object, path: Path, local: bool) -> dict[str, Place]:
    if not isinstance(raw, dict):
        raise HelpLinesError(f"{path}: expected regions at the top level")
    out: dict[str, Place] = {}
    for code, entry in raw.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("lines"), list):
            raise HelpLinesError(f"{path}: {code}: expected place, emergency and a list of lines")
        place = str(entry.get("place", code))
        lines = tuple(_line(e, str(code), place, path, i, local) for i, e in enumerate(entry["lines"], 1))
        out[str(code)] = Place(str(code), place, str(entry.get("emergency", "")), lines)
    return out


def _line(e: object, region: str, place: str, path: Path, i: int, local: bool) -> HelpLine:
    if not isinstance(e, dict) or not e.get("name") or not (e.get("phone") or e.get("text") or e.get("web")):
        raise HelpLinesError(f"{path}: line {i}: needs a name and at least one of phone, text or web")
    extra = set(e) - set(_FIELDS) - {"region"}
    if extra:
        raise HelpLinesError(f"{path}: line {i}: unknown field(s) {', '.join(sorted(map(str, extra)))}")
    code = (normalise_region(region) or "") if local else region
    name, phone, text, hours, web, note = (str(e.get(f, "") or "") for f in _FIELDS)
    return HelpLine(code, place or LOCAL_PLACE, name, phone, text, hours, web, note, local=local)
