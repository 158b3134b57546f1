"""Checking how typed replies are heard: one reply explained, or a labelled list of replies scored by kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rehearse.engine.hearing import Hearing, Matcher
from rehearse.engine.model import Scenario

KINDS = ("close", "indirect", "messy", "negated", "none")


@dataclass(frozen=True)
class Phrase:
    """One labelled reply: where it is typed, what it says, its kind, the option meant (1-based) or None."""

    scenario: str
    node: str
    text: str
    kind: str
    expect: int | None
    negates: int | None = None


@dataclass
class Tally:
    """Counts for one kind of reply."""

    n: int = 0
    meant: int = 0  # replies meant as an option
    committed_right: int = 0
    offered_first: int = 0
    committed_wrong: int = 0
    none_total: int = 0  # replies meant as none of the options
    none_left: int = 0  # ... neither taken nor offered
    negated_committed: int = 0  # negated replies taken as the option they negate
    misses: list[str] = field(default_factory=list)

    @property
    def heard(self) -> float:
        """Share of replies meant as an option that were taken or offered first."""
        return (self.committed_right + self.offered_first) / self.meant if self.meant else 1.0

    @property
    def wrong(self) -> float:
        """Share of all replies taken as an option they did not mean."""
        return self.committed_wrong / self.n if self.n else 0.0

    @property
    def unmatched(self) -> float:
        """Share of none-of-these replies left unmatched."""
        return self.none_left / self.none_total if self.none_total else 1.0


def load_phrases(path: Path) -> list[Phrase]:
    """A YAML list of {scenario, node, text, kind, expect, negates?}."""
    import yaml

    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Phrase(str(r["scenario"]), str(r["node"]), str(r["text"]), str(r.get("kind", "close")),
                   r.get("expect"), r.get("negates")) for r in rows]


def hear_at(scenario: Scenario, node: str, text: str, matcher: Matcher | None = None) -> Hearing:
    """How a reply is heard at a node, among all of its choices in the order written."""
    if node not in scenario.nodes or not scenario.nodes[node].choices:
        raise KeyError(f"'{node}' is not a node with choices in {scenario.id}")
    return (matcher or Matcher()).hear(text, scenario.nodes[node].choices)


def tally(phrases: Iterable[Phrase], scenario_of: Callable[[str], Scenario]) -> dict[str, Tally]:
    """Figures by kind (and "all") for labelled replies."""
    out: dict[str, Tally] = {"all": Tally()}
    matcher = Matcher()
    for p in phrases:
        sc = scenario_of(p.scenario)
        choices = sc.nodes[p.node].choices
        h = hear_at(sc, p.node, p.text, matcher)
        number = {c.index: i + 1 for i, c in enumerate(choices)}
        took = number[h.choice.index] if h.choice else None
        first = number[h.candidates[0].index] if h.candidates else None
        for t in (out["all"], out.setdefault(p.kind, Tally())):
            t.n += 1
            if p.expect is not None:
                t.meant += 1
                t.committed_right += took == p.expect
                t.offered_first += took is None and first == p.expect
            else:
                t.none_total += 1
                t.none_left += h.outcome == "none"
            t.committed_wrong += took is not None and took != p.expect
            t.negated_committed += p.negates is not None and took == p.negates
            ok = took == p.expect if p.expect is None else p.expect in (took, first)
            if not ok and t is out["all"]:
                t.misses.append(f"{p.scenario}/{p.node} [{p.kind}] {p.text!r}: expected {p.expect}, "
                                f"{h.outcome} {took or first}")
    return out


def format_tally(figures: dict[str, Tally]) -> list[str]:
    """A table of the figures, one row per kind."""
    rows = [f"{'kind':<10} {'n':>4} {'heard':>7} {'taken':>6} {'offered':>8} {'wrong':>6} {'none left':>10}"]
    for kind in [*KINDS, *sorted(set(figures) - {*KINDS, "all"}), "all"]:
        t = figures.get(kind)
        if t is None:
            continue
        heard = f"{t.heard:.0%}" if t.meant else "-"
        left = f"{t.unmatched:.0%}" if t.none_total else "-"
        rows.append(f"{kind:<10} {t.n:>4} {heard:>7} {t.committed_right:>6} {t.offered_first:>8} "
                    f"{t.committed_wrong:>6} {left:>10}")
    return rows


def explain(h: Hearing, choices) -> list[str]:
    """Each open option's score and what counted, then the outcome and why."""
    number = {c.index: i + 1 for i, c in enumerate(choices)}
    r = h.reading
    lines = []
    for s in sorted(h.scores, key=lambda s: number[s.choice.index]):
        flag = " NEGATED" if s.negated else (f" BLOCKED ({s.blocked})" if s.blocked else "")
        lines.append(f"  {number[s.choice.index]}. {s.score:5.2f}{flag}  {s.choice.text[:70]}")
        if s.shared:
            lines.append("       shared: " + ", ".join(_show(f, r.source) for f in s.shared))
        if s.against:
            lines.append("       opposite stance: " + ", ".join(_show(f, r.source) for f in s.against))
    marks = [m for m, on in (("question to the other person", r.you_question), ("hedged", r.hedged),
                             ("sarcastic", r.sarcastic)) if on]
    if r.neg:
        marks.append("negates: " + ", ".join(_show(f, r.source) for f in sorted(r.neg)))
    if marks:
        lines.append("  reply: " + "; ".join(marks))
    if h.outcome == "commit" and h.choice is not None:
        lines.append(f"heard as {number[h.choice.index]} ({h.reason})")
    elif h.outcome == "offer":
        lines.append("did you mean: " + ", ".join(str(number[c.index]) for c in h.candidates) + f" ({h.reason})")
    else:
        lines.append(f"not heard as any option ({h.reason})")
    return lines


def _show(feature: str, source: dict[str, str]) -> str:
    said = source.get(feature)
    if feature.startswith("@"):
        return f"\"{said}\" ~ {feature[1:]} (lexicon)" if said else feature
    return f"\"{said}\"" if said else feature
