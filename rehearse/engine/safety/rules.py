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
from rehearse.engine.safety import concepts_self  # noqa: F401
from rehearse.engine.safety import concepts_others  # noqa: F401
from rehearse.engine.safety import concepts_harm  # noqa: F401
from rehearse.engine.safety import concepts_check_in  # noqa: F401
from rehearse.engine.safety import frames  # noqa: F401

R: list[Rule] = sorted(REGISTRY, key=lambda r: r.tier)  # stable: tier 1 first, each tier in the order written


def _gate(rules: list[Rule]) -> re.Pattern[str] | None:
    plain = [r for r in rules if r.anchor is None]
    # Searched in " " + the reply: every rule starts on a word (a test holds them to it), and every word of a prepared
    # reply follows a space, so a leading literal space lets the regex engine jump from word to word instead of
    # trying every pattern at every letter (about 40 % less time).
    return re.compile(" (?:" + "|".join(f"(?:{r.rx.pattern})" for r in plain) + ")") if plain else None


# Gates no rule can match past: alternation in one pattern lets the regex engine skip most positions at once, about
# ten times faster than trying each pattern in turn. One for all the rules, then one per category. A rule with
# anchor words is left out of the gates: a set lookup of the reply's words decides whether it is read at all.
ANY_RULE = _gate(R)
_RUNS: list[list[Rule]] = []
for _r in R:
    if _RUNS and _RUNS[-1][0].category == _r.category and _RUNS[-1][0].tier == _r.tier:
        _RUNS[-1].append(_r)
    else:
        _RUNS.append([_r])
GROUPS: list[tuple[re.Pattern[str] | None, list[Rule]]] = [(_gate(rules), rules) for rules in _RUNS]

# Each anchor word to the rules (by id) that hold it: a reply's own words name the anchored rules worth reading, so
# the check looks up its few words instead of testing every rule's anchor set against them.
BY_WORD: dict[str, list[int]] = {}
for _r in R:
    for _w in _r.anchor or ():
        BY_WORD.setdefault(_w, []).append(id(_r))
# Each group's anchored rules, so a group none of whose anchor words is in a reply is passed over whole.
GROUP_IDS: dict[int, frozenset[int]] = {id(rules): frozenset(id(r) for r in rules if r.anchor) for _, rules in GROUPS}
