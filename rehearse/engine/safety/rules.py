"""Every crisis rule, tier 1 first, and one gate built from them all (docs/SAFETY.md explains the categories)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rehearse.engine.safety.rule import REGISTRY, Rule

# The category modules add their rules to the registry as they are imported, in this order: within a tier the first
# rule to match names the category, so the speaker's own risk is named before a disclosure about others.
from rehearse.engine.safety import rules_self  # noqa: F401
from rehearse.engine.safety import rules_others  # noqa: F401
from rehearse.engine.safety import rules_check_in  # noqa: F401
from rehearse.engine.safety import concepts  # noqa: F401
from rehearse.engine.safety import concepts_self  # noqa: F401
from rehearse.engine.safety import concepts_others  # noqa: F401
from rehearse.engine.safety import concepts_harm  # noqa: F401
from rehearse.engine.safety import concepts_check_in  # noqa: F401
from rehearse.engine.safety import frames  # noqa: F401
from rehearse.engine.safety import situations  # noqa: F401

R: list[Rule] = sorted(REGISTRY, key=lambda r: r.tier)  # stable: tier 1 first, each tier in the order written


def _gate(rules: list[Rule]) -> re.Pattern[str] | None:
    plain = [r for r in rules if r.anchor is None]
    # Searched in " " + the reply: every rule starts on a word (a test holds them to it), and every word of a prepared
    # reply follows a space, so a leading literal space lets the regex engine jump from word to word instead of
    # trying every pattern at every letter (about 40 % less time).
    return re.compile(" (?:" + "|".join(f"(?:{r.rx.pattern})" for r in plain) + ")") if plain else None


# Gates no rule can match past: alternation in one pattern lets the regex engine skip most positions at once, about
# ten times faster than trying each pattern in turn. One for all the rules, then one per run of a category. A rule
# with anchor words is left out of the gates: a set lookup of the reply's words decides whether it is read at all.
@dataclass(frozen=True)
class Index:
    """The rules in reading order, with the gates and anchor words that say which of them a reply can match."""

    rules: tuple[Rule, ...]
    any_rule: re.Pattern[str] | None  # a reply this misses can match no rule without anchor words
    by_word: dict[str, tuple[int, ...]]  # each anchor word to the positions of the rules that hold it
    gated: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...]  # each run's gate and its rules with no anchor words


def runs(rules: list[Rule]) -> list[list[Rule]]:
    """The rules cut into runs of one category and tier, in order."""
    out: list[list[Rule]] = []
    for r in rules:
        if out and out[-1][0].category == r.category and out[-1][0].tier == r.tier:
            out[-1].append(r)
        else:
            out.append([r])
    return out


def index(rules: list[Rule]) -> Index:
    """The gates and anchor lookup for these rules (all of them, or fewer to measure what some add)."""
    by_word: dict[str, list[int]] = {}
    gated: list[tuple[re.Pattern[str], tuple[int, ...]]] = []
    at = 0
    for run in runs(rules):
        plain = tuple(at + i for i, r in enumerate(run) if r.anchor is None)
        if (gate := _gate(run)) is not None:
            gated.append((gate, plain))
        for i, r in enumerate(run):
            for w in r.anchor or ():
                by_word.setdefault(w, []).append(at + i)
        at += len(run)
    return Index(tuple(rules), _gate(rules), {w: tuple(ps) for w, ps in by_word.items()}, tuple(gated))


INDEX = index(R)
