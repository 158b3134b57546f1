"""One crisis rule, and the registry the category modules add theirs to (rehearse/engine/safety/rules.py reads it).

Rules read text already prepared by rehearse.engine.safety (lower case, contractions and slang spelled out, one
space between tokens, "." and "," standing alone at sentence and clause breaks). docs/SAFETY.md explains the
categories and tiers and the sources they follow.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import importlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

# The regex parser and its op codes: the public re module has no pattern introspection (required_words below).
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")


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
    firm: bool = False  # danger told precisely as happening now: the learned model's calm line never softens its pause
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
    anchor, found = getattr(pattern, "anchor", None), required_words(pattern)
    if anchor is None or found is not None and _cost(found) < _cost(anchor):
        anchor = found  # the words read from the pattern, when rarer than those its builder named
    if anchor is not None and anchor & COMMON:
        anchor = None  # a word in most replies: the combined regex gates are cheaper than reading the rule alone
    REGISTRY.append(Rule(category, tier, re.compile(pattern), **kw, anchor=anchor))


COMMON = frozenset("""i me my to a an the and it is am are was were be been not no do does did you your of in on at
for with that this so have has had he she they we what if just but all can like will would get got going there
""".split())


# Words in one benign reply in 125 or more (tests/data/safety, COMMON aside): an anchor holding one is read on many
# replies, so of the words a rule must hold, others are chosen first.
FREQUENT = frozenset("""
about want when think feel up how week last now work really could say let sessions out therapy time said need more
know felt today back talk after go right from keep honestly tell something or maybe here sorry session myself see
hurt then before fine never thoughts okay end stop feels one dad someone anything ok again ever off home hopeless
any bit who things done life nothing next way over help away thought good down our every much actually too being
stuff since them anyone make few because look hard mum come still new ending thing plan ask feeling else thinking
weeks try thank saying start as point made mean these check coming why might rather makes better first people giving
us day than by therapist doing yourself getting bad him through sure pointless years went telling thanks wanted
goodbye faith safe finish different her together without hear whether gave homework leave working self old put came
into yes kill sounds anymore glad some wrong please three night lot two part family
""".split())


def _cost(words: frozenset[str]) -> int:
    """How often an anchor of these words would be read, roughly: common and frequent words weigh most."""
    return sum(1000 if w in COMMON else 30 if w in FREQUENT else 1 for w in words)


def _edge(item: Any, side: int) -> bool:
    """Whether the side (0 its start, -1 its end) of a parsed item or literal run can only be where a word ends or
    begins."""
    if isinstance(item, str):
        return item[side] == " "
    op, av = item
    if op is _c.AT:
        return av in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_END, _c.AT_END_STRING)
    return op is _c.IN and av == [(_c.CATEGORY, _c.CATEGORY_SPACE)]


def _runs(items: list) -> list:
    """A parsed sequence with each run of literal characters joined into one string."""
    out: list = []
    for op, av in items:
        if op is _c.LITERAL and out and isinstance(out[-1], str):
            out[-1] += chr(av)
        else:
            out.append(chr(av) if op is _c.LITERAL else (op, av))
    return out


def _required(items: list, left: bool, right: bool) -> frozenset[str] | None:
    """The cheapest set of words one of which every match of a parsed sequence holds as a whole word, if any."""
    seq = _runs(items)
    found: list[frozenset[str]] = []
    for i, item in enumerate(seq):
        before = left if i == 0 else _edge(seq[i - 1], -1)
        after = right if i == len(seq) - 1 else _edge(seq[i + 1], 0)
        if isinstance(item, str):
            parts = item.split(" ")
            found += [frozenset([w]) for j, w in enumerate(parts) if _WORD.fullmatch(w)
                      and (j > 0 or before) and (j < len(parts) - 1 or after)]
            continue
        op, av = item
        if op is _c.SUBPATTERN or op is _c.ATOMIC_GROUP:
            inner = _required(list(av[-1] if op is _c.SUBPATTERN else av), before, after)
        elif op is _c.BRANCH:
            alts = [_required(list(b), before, after) for b in av[1]]
            inner = frozenset[str]().union(*alts) if all(a is not None for a in alts) else None  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _required(list(av[2]), False, False)
        else:
            inner = None
        if inner:
            found.append(inner)
    return min(found, key=_cost) if found else None


_WORD = re.compile(r"[a-z0-9]+")  # no apostrophe: a prepared reply keeps one only inside a name ("o'neill")


def required_words(pattern: str) -> frozenset[str] | None:
    """Words one of which every match of pattern holds as a whole word (the rarest such set), when they can be told.

    Read from the parsed pattern (read_required_words) once, by scripts/safety_anchors.py, and kept in
    model/anchors.json.gz: parsing every rule's pattern in Python at import took about 0.3 s, before the first reply.
    A pattern not in that file is parsed here; a test fails when the file is out of date.
    """
    words = _ANCHORS().get(_key(pattern), _UNKNOWN)
    found = read_required_words(pattern) if words is _UNKNOWN else frozenset(words) if words is not None else None
    SEEN[pattern] = found
    return found


def read_required_words(pattern: str) -> frozenset[str] | None:
    """required_words, read from the parsed pattern: a literal word with a space or a word boundary on each side, in
    every branch of whatever holds it. A word joined to its text by an apostrophe counts as a word too ("mum" in
    "mum's"): check.rules_reading adds those parts to a reply's words."""
    try:
        return _required(list(_parser.parse(pattern)), False, False)
    except re.error:
        return None


ANCHORS_FILE = Path(__file__).resolve().parent / "model" / "anchors.json.gz"
SEEN: dict[str, frozenset[str] | None] = {}  # every pattern asked about this run, and its words
_UNKNOWN: list[str] = []


def _key(pattern: str) -> str:
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest()[:24]


@lru_cache(maxsize=1)
def _ANCHORS() -> dict[str, list[str] | None]:  # noqa: N802 (a constant read once)
    try:
        with gzip.open(ANCHORS_FILE, "rt", encoding="utf-8") as f:
            known: dict[str, list[str] | None] = json.load(f)
    except OSError:
        return {}
    return known


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
    out: list[Rule | list[Rule]] = []
    joined: dict[tuple[object, ...], list[Rule]] = {}
    for r in rules:
        key = (r.category, r.tier, r.own, r.neg, r.past, r.therapy, r.leaving, r.accident, r.firm)
        if id(r) not in RARE or r.anchor is None:
            out.append(r)
        elif key not in joined:
            joined[key] = [r]
            out.append(joined[key])
        else:
            joined[key].append(r)
    # Each joined pattern compiled once: compiling it again at every rule joined cost a quadratic share of import time.
    return [r if isinstance(r, Rule) else r[0] if len(r) == 1 else dataclasses.replace(
        r[0], rx=re.compile("|".join([r[0].rx.pattern, *(f"(?:{x.rx.pattern})" for x in r[1:])])),
        anchor=frozenset().union(*(x.anchor or frozenset() for x in r))) for r in out]
