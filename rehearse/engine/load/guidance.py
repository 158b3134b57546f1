"""The guidance catalogue: each piece of advice, in our own words, with the article it comes from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rehearse.engine import diagnostics as dg
from rehearse.engine.load import spec
from rehearse.engine.load.checker import check
from rehearse.engine.diagnostics import Mark, Report, ScenarioError
from rehearse.engine.load.yamlsrc import YMap, read_yaml


@dataclass(frozen=True)
class Source:
    """A work the guidance cites: one of the seed articles, or a published work a reader can look up."""

    key: str
    title: str
    author: str
    file: str | None = None
    year: int | None = None
    published: str | None = None
    doi: str | None = None
    url: str | None = None

    def cite(self) -> str:
        """The short citation a report prints: the same label for the same source everywhere."""
        if self.year is None:
            return f"\u201c{self.title}\u201d ({self.author})"
        return f"{self.author} ({self.year}), \u201c{self.title}\u201d"

    def reference(self) -> str:
        """The full reference, as a reading list gives it."""
        title = self.title if self.title[-1] in ".?!" else self.title + "."
        parts = [f"{self.author}{f' ({self.year})' if self.year else ''}. {title}"]
        if self.published:
            parts.append(f"{self.published}.")
        if self.link:
            parts.append(self.link)
        return " ".join(parts)

    @property
    def link(self) -> str | None:
        """Where a reader can check it online, if anywhere."""
        return f"https://doi.org/{self.doi}" if self.doi else self.url

    def as_json(self) -> dict:
        """The source for machine-readable output."""
        return {"key": self.key, "title": self.title, "author": self.author, "year": self.year,
                "published": self.published, "file": self.file, "link": self.link, "cite": self.cite()}


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
    basis: tuple[tuple[str, str], ...] = ()  # (source key, what it says), in the order the sources are cited

    def cite(self) -> str:
        """Citation text for every source of this item."""
        return "; ".join(s.cite() for s in self.sources)


@dataclass(frozen=True)
class Catalogue:
    """All guidance items by id, plus the sources they cite."""

    items: dict
    sources: dict
    flags: dict = field(default_factory=dict)  # red-flag kind -> the item whose sources say it is a warning sign

    def __contains__(self, gid) -> bool:
        return gid in self.items

    def __iter__(self):
        return iter(self.items)

    def get(self, gid: str) -> Guidance | None:
        """The item with this id, or None."""
        return self.items.get(gid)

    def flag_guidance(self, kind: str) -> Guidance | None:
        """The item a report cites beside a red flag of this kind, or None."""
        gid = self.flags.get(kind)
        return self.items.get(gid) if gid else None


def parse_catalogue(path: Path, tags: tuple[str, ...] = (),
                    known_sources: dict | None = None) -> tuple[Catalogue | None, Report]:
    """Load and check a catalogue file; a course's adds its own `tags` and may cite `known_sources` (the bundled)."""
    report = Report(str(path))
    data = read_yaml(path.read_bytes(), report)
    if data is None or not check(data, spec.with_tags(spec.CATALOGUE, tags), getattr(data, "mark", Mark()), report, ""):
        return None, report
    sources = dict(known_sources or {})
    for k, v in data["sources"].items():
        # A reader must be able to find every source: a seed article by its file, a published work by year and venue.
        if "file" not in v and not ("year" in v and "published" in v):
            report.error(data["sources"].value_marks[k], dg.UNFINDABLE_SOURCE,
                         f"source '{k}' needs a file (a seed article) or a year and where it was published")
        sources[k] = Source(k, v["title"], v["author"], v.get("file"), v.get("year"), v.get("published"),
                            v.get("doi"), v.get("url"))
    items: dict = {}
    for raw, m in zip(data["items"], data["items"].item_marks):
        assert isinstance(raw, YMap)
        if raw["id"] in items:
            report.error(m, dg.DUPLICATE_ID, f"guidance id '{raw['id']}' appears twice")
        missing = [s for s in raw["sources"] if s not in sources]
        for s in missing:
            report.error(raw.value_marks["sources"], dg.UNKNOWN_SOURCE, f"unknown source '{s}'")
        basis = raw["basis"]
        # Every cited source says in our words what it supports, so a reader can check the claim against it.
        for s in raw["sources"]:
            if s not in basis:
                report.error(raw.value_marks["basis"], dg.MISSING_BASIS,
                             f"item '{raw['id']}' cites '{s}' but does not say what '{s}' supports")
        for s in basis:
            if s not in raw["sources"]:
                report.error(raw.value_marks["basis"], dg.UNCITED_BASIS,
                             f"item '{raw['id']}' gives a basis for '{s}', which it does not cite")
        items[raw["id"]] = Guidance(
            raw["id"], raw["title"], " ".join(raw["advice"].split()), raw["example"],
            tuple(sources[s] for s in raw["sources"] if s in sources), tuple(raw["applies_to"]), raw["role"],
            tuple((s, " ".join(basis[s].split())) for s in raw["sources"] if s in basis))
    flags = dict(data.get("red_flags") or {})
    for kind, gid in flags.items():
        m = data["red_flags"].value_marks[kind]
        if kind not in spec.RED_FLAGS:
            kinds = ", ".join(spec.RED_FLAGS)
            report.error(m, dg.UNKNOWN_RED_FLAG, f"unknown red-flag kind '{kind}' (one of: {kinds})")
        if gid not in items:
            report.error(m, dg.UNKNOWN_GUIDANCE, f"red flag '{kind}' cites unknown guidance '{gid}'")
    if report.errors:
        return None, report
    own = {k: v for k, v in sources.items() if k in data["sources"]}  # a course's file: only what it adds
    return Catalogue(items, own if known_sources else sources, flags), report


@lru_cache(maxsize=4)
def load_catalogue(path: str | None = None) -> Catalogue:
    """The catalogue (bundled by default); raises ScenarioError if it is broken. course.catalogue() adds the
    library's course folders' own items."""
    from rehearse.locations import guidance_file

    cat, report = parse_catalogue(Path(path) if path else guidance_file())
    if cat is None:
        raise ScenarioError(report.sorted())
    return cat
