"""Every crisis rule, tier 1 first, and one gate built from them all (docs/SAFETY.md explains the categories)."""

from __future__ import annotations

import re

from rehearse.engine.safety.rule import REGISTRY, Rule

# The category modules add their rules to the registry as they are imported, in this order: within a tier the first
# rule to match names the category, so the speaker's own risk is named before a disclosure about others.
from rehearse.engine.safety import rules_self  # noqa: F401
from rehearse.engine.safety import rules_others  # noqa: F401
from rehearse.engine.safety import rules_check_in  # noqa: F401
from rehearse.engine.safety import concepts  # noqa: F401
from rehearse.engine.safety import frames  # noqa: F401

R: list[Rule] = sorted(REGISTRY, key=lambda r: r.tier)  # stable: tier 1 first, each tier in the order written


def _gate(rules: list[Rule]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{r.rx.pattern})" for r in rules))


# Gates no rule can match past: alternation in one pattern lets the regex engine skip most positions at once, about
# ten times faster than trying each pattern in turn. One for all the rules, then one per category.
ANY_RULE = _gate(R)
GROUPS: list[tuple[re.Pattern[str], list[Rule]]] = []
for _r in R:
    if GROUPS and GROUPS[-1][1][0].category == _r.category and GROUPS[-1][1][0].tier == _r.tier:
        GROUPS[-1][1].append(_r)
    else:
        GROUPS.append((re.compile(""), [_r]))
GROUPS = [(_gate(rules), rules) for _, rules in GROUPS]
