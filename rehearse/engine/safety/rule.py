"""One crisis rule, and the registry the category modules add theirs to (rehearse/engine/safety/rules.py reads it).

Rules read text already prepared by rehearse.engine.safety (lower case, contractions and slang spelled out, one
space between tokens, "." and "," standing alone at sentence and clause breaks). docs/SAFETY.md explains the
categories and tiers and the sources they follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One way a category is said: its tier, and which readings (negation, speaker, tense, therapy) apply."""

    category: str
    tier: int
    rx: re.Pattern[str]
    own: bool = True  # it is about the speaker: "my brother wants to die" or a trainee's "you want to die" is not
    neg: bool = True  # a negation just before it ("I would never ...") calms it
    past: bool = False  # long ago and not since ("when I was a teenager") makes it a check-in, or calm if resolved
    therapy: bool = False  # about the therapy itself ("hopeless about the worksheets") it is what people rehearse
    leaving: bool = False  # goodbyes for a move, a new job or a party are ordinary partings
    accident: bool = False  # a mark from cooking, sport or a fall is not self-harm
    # Words one of which every match holds as a token: a set lookup stands in for the regex gates (rules.py).
    anchor: frozenset[str] | None = None


class Pat(str):
    """A pattern that knows words one of which any match must hold (concepts.near and seq build them)."""

    anchor: frozenset[str] | None

    def __new__(cls, pattern: str, anchor: frozenset[str] | None) -> Pat:
        """The pattern, with its anchor words (None when unknown)."""
        self = super().__new__(cls, pattern)
        self.anchor = anchor
        return self


T1, T2 = 1, 2
REGISTRY: list[Rule] = []


def rule(category: str, tier: int, pattern: str, **kw: bool) -> None:
    """Add a rule to the table (tier 1 rules are tried before tier 2)."""
    REGISTRY.append(Rule(category, tier, re.compile(pattern), **kw, anchor=getattr(pattern, "anchor", None)))

