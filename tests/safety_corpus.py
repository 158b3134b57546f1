"""Reading and scoring the labelled crisis-language phrase files (tests/data/safety/*.yaml)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROLES = ("client", "therapist")


@dataclass(frozen=True)
class Phrase:
    """One labelled phrase: what was typed, by whom, and the tier it should earn."""

    text: str
    role: str
    tier: int
    category: str


@dataclass
class Tally:
    """One category's counts."""

    tier: int
    n: int = 0
    caught: int = 0
    t1: int = 0
    t2: int = 0

    @property
    def risk(self) -> bool:
        """Whether this category holds risk phrases."""
        return self.tier > 0


@dataclass
class Score:
    """One file's figures: per category, overall, and the phrases read wrongly."""

    by_category: dict[str, Tally] = field(default_factory=dict)
    wrong: list[tuple[Phrase, Any]] = field(default_factory=list)
    risk_n: int = 0
    caught: int = 0
    benign_n: int = 0
    false_t1: int = 0
    false_t2: int = 0

    @property
    def recall(self) -> float:
        """Share of risk phrases caught."""
        return self.caught / self.risk_n if self.risk_n else 1.0

    @property
    def false_t2_rate(self) -> float:
        """Share of benign phrases given a check-in."""
        return self.false_t2 / self.benign_n if self.benign_n else 0.0


def load_phrases(path: Path) -> list[Phrase]:
    """The phrases of one file; a malformed entry raises ValueError naming the file and the entry."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):  # a file may also wrap its list as {phrases: [...]}
        data = data.get("phrases", data.get("items"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of phrases")
    out = []
    for i, e in enumerate(data):
        try:
            p = Phrase(str(e["text"]), str(e.get("role", "client")), int(e["tier"]), str(e["category"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: entry {i + 1}: {exc!r}") from None
        if p.role not in ROLES or p.tier not in (0, 1, 2):
            raise ValueError(f"{path}: entry {i + 1}: role must be client or therapist, tier 0, 1 or 2")
        out.append(p)
    return out


def score_file(phrases: list[Phrase], check: Callable[[str, str], Any]) -> Score:
    """Run every phrase through check(text, role) and count."""
    s = Score()
    for p in phrases:
        got = check(p.text, p.role)
        t = s.by_category.setdefault(p.category, Tally(p.tier))
        t.n += 1
        if p.tier:
            s.risk_n += 1
            ok = got.tier == 1 if p.tier == 1 else got.tier in (1, 2)
            t.caught += ok
            s.caught += ok
        else:
            s.benign_n += 1
            ok = got.tier == 0
            t.t1 += got.tier == 1
            t.t2 += got.tier == 2
            s.false_t1 += got.tier == 1
            s.false_t2 += got.tier == 2
        if not ok:
            s.wrong.append((p, got))
    return s
