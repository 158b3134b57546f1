"""One crisis rule, and the registry the category modules add theirs to (rehearse/engine/safety/rules.py reads it).

Rules read text already prepared by rehearse.engine.safety (lower case, contractions and slang spelled out, one
space between tokens, "." and "," standing alone at sentence and clause breaks). docs/SAFETY.md explains the
categories and tiers and the sources they follow.
"""

from __future__ import annotations

import dataclasses
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
    anchor = getattr(pattern, "anchor", None) or leading_words(pattern)
    if anchor is not None and anchor & COMMON:
        anchor = None  # a word in most replies: the combined regex gates are cheaper than reading the rule alone
    REGISTRY.append(Rule(category, tier, re.compile(pattern), **kw, anchor=anchor))


COMMON = frozenset("""i me my to a an the and it is am are was were be been not no do does did you your of in on at
for with that this so have has had he she they we what if just but all can like will would get got going there
""".split())


_LITERAL = re.compile(r"[a-z0-9' ]+")
_AFTER_WORD = ("\\b", " ", "\\s")


def _top_level(pattern: str, sep: str = "|") -> list[str] | None:
    """pattern split at sep outside any group or class, or None when its brackets do not balance."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == sep and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        i += 1
    return parts + [pattern[start:]] if depth <= 0 and not in_class else None


def leading_words(pattern: str) -> frozenset[str] | None:
    """The words one of which every match of pattern starts with, when each branch opens on plain words."""
    branches = _top_level(pattern)
    if branches is None:
        return None
    words: set[str] = set()
    for b in branches:
        if not b.startswith("\\b"):
            return None  # a match could start inside a word
        b = b[2:]
        if b.startswith("(?:"):
            inner = _top_level(b[3:], ")")
            if inner is None or len(inner) < 2:
                return None
            alts = _top_level(inner[0])
            if alts is None or not b[3 + len(inner[0]) + 1:].startswith(_AFTER_WORD):
                return None  # the group must end a word: "(?:kill|end)s" could be "kills"
            alts = [a if " " in a else a + " " for a in alts]
        else:
            m = _LITERAL.match(b)
            if not m or " " not in m.group(0) and not b[m.end():].startswith(_AFTER_WORD):
                return None
            alts = [m.group(0) + " "]
        for a in alts:
            if not _LITERAL.fullmatch(a) or a.startswith(" "):
                return None
            words.add(a.split(" ")[0])
    return frozenset(words) or None



RARE: set[int] = set()  # ids of rules added by rare(): joined by merge_rare once their module has added them all


def rare(category: str, tier: int, pattern: str, **kw: bool) -> None:
    """A rule whose anchor words are seldom in a reply: joined at the end with the others read the same way."""
    rule(category, tier, pattern, **kw)
    RARE.add(id(REGISTRY[-1]))


def anchored(anchor: str, pattern: str) -> Pat:
    """pattern, with the words one of which each of its matches holds (a set lookup then stands in for the gates)."""
    return Pat(pattern, frozenset(anchor.split()))


def merge_rare(rules: list[Rule]) -> list[Rule]:
    """The rare rules read the same way (category, tier and readings) joined into one, where the first of them was.

    Every rule costs a look at its anchor words for each reply; one pattern for several rare ones keeps that cost flat
    as concepts are added, and is seldom run. Each match is still read on its own, as before.
    """
    out: list[Rule] = []
    joined: dict[tuple[object, ...], int] = {}
    for r in rules:
        key = (r.category, r.tier, r.own, r.neg, r.past, r.therapy, r.leaving, r.accident)
        if id(r) not in RARE or r.anchor is None:
            out.append(r)
        elif key not in joined:
            joined[key] = len(out)
            out.append(r)
        else:
            first = out[joined[key]]
            out[joined[key]] = dataclasses.replace(first, rx=re.compile(f"{first.rx.pattern}|(?:{r.rx.pattern})"),
                                                   anchor=(first.anchor or frozenset()) | r.anchor)
    return out
