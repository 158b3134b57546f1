"""The guidance catalogue: each piece of advice, in our own words, with the article it comes from."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rehearse.engine.load import spec
from rehearse.engine.load.checker import check
from rehearse.engine.diagnostics import Mark, Report, ScenarioError
from rehearse.engine.load.yamlsrc import YMap, read_yaml


@dataclass(frozen=True)
class Source:
    """An article the guidance cites."""

    key: str
    title: str
    author: str
    file: str

    def cite(self) -> str:
        """How a report cites this source."""
        return f"\u201c{self.title}\u201d ({self.author})"


@dataclass(frozen=True)
class Guidance:
    """One checkable piece of advice."""

    id: str
    title: str
    advice: str
    example: str
    sources: tuple[Source, ...]
    applies_to: tuple[str, ...]
    role: str

    def cite(self) -> str:
        """Citation text for every source of this item."""
        return "; ".join(s.cite() for s in self.sources)


@dataclass(frozen=True)
class Catalogue:
    """All guidance items by id, plus the sources they cite."""

    items: dict
    sources: dict

    def __contains__(self, gid) -> bool:
        return gid in self.items

    def __iter__(self):
        return iter(self.items)

    def get(self, gid: str) -> Guidance | None:
        """The item with this id, or None."""
        return self.items.get(gid)


def parse_catalogue(path: Path) -> tuple[Catalogue | None, Report]:
    """Load and check the catalogue file."""
    report = Report(str(path))
    data = read_yaml(path.read_bytes(), report)
    if data is None or not check(data, spec.CATALOGUE, getattr(data, "mark", Mark()), report, ""):
        return None, report
    sources = {k: Source(k, v["title"], v["author"], v["file"]) for k, v in data["sources"].items()}
    items: dict = {}
    for raw, m in zip(data["items"], data["items"].item_marks):
        assert isinstance(raw, YMap)
        if raw["id"] in items:
            report.error(m, "duplicate-id", f"guidance id '{raw['id']}' appears twice")
        missing = [s for s in raw["sources"] if s not in sources]
        for s in missing:
            report.error(raw.value_marks["sources"], "unknown-source", f"unknown source '{s}'")
        items[raw["id"]] = Guidance(
            raw["id"], raw["title"], " ".join(raw["advice"].split()), raw["example"],
            tuple(sources[s] for s in raw["sources"] if s in sources), tuple(raw["applies_to"]), raw["role"])
    if report.errors:
        return None, report
    return Catalogue(items, sources), report


@lru_cache(maxsize=4)
def load_catalogue(path: str | None = None) -> Catalogue:
    """The catalogue (bundled by default); raises ScenarioError if it is broken."""
    from rehearse.locations import guidance_file

    cat, report = parse_catalogue(Path(path) if path else guidance_file())
    if cat is None:
        raise ScenarioError(report.sorted())
    return cat
