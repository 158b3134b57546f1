"""Teaching lint: checks that a scenario can teach what it claims, beyond being well-formed.

Every finding is a warning (so `validate --strict` fails on it), located at the line and column it is about.
Reachability here is static: a goto branch or choice guarded by `persona` alone is followed only for the personas
it admits; any other condition is assumed to be satisfiable (`rehearse autoplay` plays the real thing).
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Diagnostic, Mark, Report
from rehearse.engine.load.lintlines import line_lint, variant_mark
from rehearse.engine.expr import ExprError, evaluate, is_template, names_in_condition, names_in_template
from rehearse.engine.graph import reach, reverse
from rehearse.engine.load.drills import lint_drills
from rehearse.engine.load.shared import shared_piece
from rehearse.engine.model import Scenario
from rehearse.engine.load.yamlsrc import YList, YMap, read_yaml

SIMILAR = 0.9  # choices at one node whose wording is at least this alike (difflib ratio) read as the same reply
_WORD = re.compile(r"[^\w\s]+")


def _verdict(personas, cond: str | None, persona: str | None) -> bool | None:
    """Whether a branch guarded by `personas`/`cond` is taken by `persona`: True, False, or None when it depends
    on variables (or, with persona None, on which persona is playing)."""
    if personas is not None and persona is not None and persona not in personas:
        return False
    decided = personas is None or persona is not None
    if cond is None:
        return True if decided else None
    if persona is not None:
        try:
            if names_in_condition(cond) <= {"persona"}:
                return bool(evaluate(cond, {"persona": persona})) if decided else None
        except ExprError:
            pass
    return None


def fits_statically(personas, cond: str | None, persona: str | None) -> bool:
    """Whether a choice or branch guarded by `personas`/`cond` can be taken by `persona` (None: any persona).

    Only conditions over `persona` alone are decided; any other condition might hold, so it counts as open.
    """
    return _verdict(personas, cond, persona) is not False


def taken_targets(targets, persona: str | None = None) -> list:
    """The branches of a goto that `persona` can take: the first that fits wins, so later ones may never be."""
    out = []
    for t in targets:
        verdict = _verdict(t.personas, t.cond, persona)
        if verdict is False:
            continue
        out.append(t)
        if verdict:
            break
    return out


def _node_edges(sc: Scenario, n, persona: str | None) -> set[str]:
    """The node ids one step on from `n`, for one persona (None: every branch counts)."""
    targets = taken_targets(n.targets, persona)
    for c in n.choices:
        if fits_statically(None, c.cond, persona):
            targets.extend(taken_targets(c.targets, persona))
    return {t.node for t in targets if t.node in sc.nodes}


def persona_edges(sc: Scenario, persona: str | None = None) -> dict[str, set[str]]:
    """node id -> the node ids one step on, for one persona (None: every branch counts)."""
    return {nid: _node_edges(sc, n, persona) for nid, n in sc.nodes.items()}


def _same_for_every_persona(personas, cond: str | None) -> bool:
    """Whether a guard gets the same verdict from every persona and from none: no persona list, and no condition
    that the persona alone decides (see _verdict)."""
    if personas is not None:
        return False
    if cond is None:
        return True
    try:
        return not names_in_condition(cond) <= {"persona"}
    except ExprError:
        return True


def _persona_blind(n) -> bool:
    """Whether every branch out of node `n` is taken alike by every persona, so its edges are the same for all."""
    same = _same_for_every_persona
    return (all(same(t.personas, t.cond) for t in n.targets)
            and all(same(None, c.cond) and all(same(t.personas, t.cond) for t in c.targets) for c in n.choices))


class _Places:
    """Finds where things sit in the scenario file (and its shared pieces), read again only for lint."""

    def __init__(self, sc: Scenario):
        self.sc = sc
        self.path = sc.path
        self.root = self._read(Path(sc.path)) if sc.path else None
        self.shared: dict[str, tuple[str, YMap]] = {}  # node id -> (file, node map) for included nodes
        for name in sc.include:
            f = shared_piece(Path(sc.path).parent / "shared", name)
            if f is None:
                continue
            data = self._read(f)
            nodes = data.get("nodes") if isinstance(data, YMap) else None
            if isinstance(nodes, YMap):
                for nid in nodes:
                    self.shared.setdefault(nid, (str(f), nodes))

    @staticmethod
    def _read(path: Path):
        try:
            return read_yaml(path.read_bytes(), Report(str(path)))
        except OSError:
            return None

    def top_key(self, key: str) -> Mark:
        """Where a top-level key is written."""
        if isinstance(self.root, YMap) and key in self.root.key_marks:
            return self.root.key_marks[key]
        return Mark(1, 1)

    def item_in(self, key: str, index: int) -> Mark:
        """Where item `index` of a top-level list is written."""
        v = self.root.get(key) if isinstance(self.root, YMap) else None
        if isinstance(v, YList) and index < len(v.item_marks):
            return v.item_marks[index]
        return self.top_key(key)

    def key_in(self, key: str, sub: str) -> Mark:
        """Where key `sub` of a top-level mapping is written."""
        v = self.root.get(key) if isinstance(self.root, YMap) else None
        if isinstance(v, YMap) and sub in v.key_marks:
            return v.key_marks[sub]
        return self.top_key(key)

    def _node(self, nid: str) -> tuple[str, YMap | None, Mark]:
        nodes = self.root.get("nodes") if isinstance(self.root, YMap) else None
        if isinstance(nodes, YMap) and nid in nodes:
            n = nodes[nid]
            return self.path, n if isinstance(n, YMap) else None, nodes.key_marks[nid]
        if nid in self.shared:
            f, snodes = self.shared[nid]
            n = snodes[nid]
            return f, n if isinstance(n, YMap) else None, snodes.key_marks[nid]
        return self.path, None, Mark(self.sc.nodes[nid].line or 1, 1)

    def node(self, nid: str) -> tuple[str, Mark]:
        """The file a node is in, and where its id is written."""
        f, _, m = self._node(nid)
        return f, m

    def choice(self, nid: str, index: int, key: str | None = None, item: int | None = None) -> tuple[str, Mark]:
        """Where choice `index` of a node starts, or one of its keys, or one item of a list under that key."""
        f, n, m = self._node(nid)
        choices = n.get("choices") if n is not None else None
        if not isinstance(choices, YList) or index >= len(choices):
            return f, m
        c = choices[index]
        here = choices.item_marks[index]
        if key is None or not isinstance(c, YMap) or key not in c:
            return f, here
        v = c[key]
        if item is not None and isinstance(v, YList) and item < len(v.item_marks):
            return f, v.item_marks[item]
        return f, c.value_marks[key]


def teaching_lint(sc: Scenario, catalogue=None) -> list[Diagnostic]:
    """Warnings about what a scenario teaches (every one fails `validate --strict`)."""
    out: list[Diagnostic] = []
    at = _Places(sc)

    def warn(code: str, msg: str, mark: Mark, path: str | None = None) -> None:
        out.append(Diagnostic(path or sc.path, mark, "warning", code, msg))

    edges = persona_edges(sc, None)
    reachable = reach((sc.start,), edges)
    endings = {nid for nid, n in sc.nodes.items() if n.ending}
    start_at = at.top_key("start")

    # What the scenario claims to teach is shown somewhere, on a path that can end well.
    shown = {g for nid in reachable for c in sc.nodes[nid].choices for g in c.shows}
    for i, gid in enumerate(sc.teaches):
        if gid not in shown:
            warn(dg.TEACHES_UNSHOWN, f"teaches '{gid}', but no reachable choice shows it", at.item_in("teaches", i))
    outcomes = {sc.nodes[n].ending.outcome for n in reachable & endings}
    if "good" not in outcomes:
        warn(dg.NO_GOOD_PATH, "no reachable ending has outcome: good, so no path models the guidance", start_at)
    elif sc.teaches and not _model_path(sc, edges, set(sc.teaches)):
        warn(dg.NO_MODEL_PATH, "no path from the start to a good ending takes a choice that shows what the scenario "
             "teaches; model the guidance on the way to a good ending", start_at)
    if not outcomes & {"mixed", "poor"}:
        warn(dg.NO_MISSTEP, "no reachable ending has outcome mixed or poor: add an instructive misstep", start_at)
    if not any(c.misses for nid in reachable for c in sc.nodes[nid].choices):
        warn(dg.NO_MISSES, "no reachable choice has misses:, so feedback can never point out a missed chance", start_at)

    if catalogue is not None:
        for nid in sorted(reachable, key=lambda n: sc.nodes[n].line):
            for c in sc.nodes[nid].choices:
                # A missed chance is one the user could have taken, so `misses:` names the user's guidance too.
                for key, verb in (("shows", "shows"), ("misses", "misses")):
                    for j, gid in enumerate(getattr(c, key)):
                        g = catalogue.get(gid)
                        if g is not None and g.role != sc.user_role and gid != "repair_is_optional":
                            f, m = at.choice(nid, c.index, key, j)
                            warn(dg.ROLE_MISMATCH, f"choice at '{nid}' {verb} '{gid}', guidance for the {g.role}, "
                                 f"but the user plays the {sc.user_role}", m, f)

        out += lint_drills(sc, at.root, catalogue, lambda p: reach((sc.start,), persona_edges(sc, p)))

    # Every persona can finish, from wherever it can get to. Most nodes branch alike for every persona: their edges
    # (and the reverse of them) are worked out once and shared, and only the others are worked out per persona.
    blind = {nid: edges[nid] for nid, n in sc.nodes.items() if _persona_blind(n)}
    rev_blind = reverse(blind) if sc.personas else {}
    sighted = [(nid, n) for nid, n in sc.nodes.items() if nid not in blind]
    for persona in sc.personas:
        own = {nid: _node_edges(sc, n, persona) for nid, n in sighted}
        seen = reach((sc.start,), own, blind)
        if not seen & endings:
            warn(dg.PERSONA_STUCK, f"persona '{persona}' can never reach an ending", at.key_in("personas", persona))
            continue
        # Every node some ending can be reached from: one search back from all of them.
        can_end = reach(endings, reverse(own), rev_blind)
        for nid in sorted(seen - can_end, key=lambda n: sc.nodes[n].line):
            f, m = at.node(nid)
            warn(dg.PERSONA_TRAP, f"with persona '{persona}', node '{nid}' can be reached but no ending can be "
                 "reached from it", m, f)

    # No two replies at one node that a user could not tell apart.
    for nid, n in sc.nodes.items():
        for j, later in enumerate(n.choices):
            for earlier in n.choices[:j]:
                if earlier.cond is not None and later.cond is not None:
                    continue  # both guarded: often the same reply offered in different circumstances
                if _same_words(earlier.text, later.text):
                    f, m = at.choice(nid, later.index)
                    warn(dg.SIMILAR_CHOICES, f"choices {earlier.index + 1} and {later.index + 1} at node '{nid}' "
                         "read as the same reply; make them say different things", m, f)
                    break

    # An example is there to help a typed reply find its option: one that would be taken as another option
    # pulls replies the wrong way (issue 13: "examples hijack").
    from rehearse.engine.hearing.strays import stray_examples

    for nid, n in sc.nodes.items():
        for c, k, other in stray_examples(n.choices):
            f, m = at.choice(nid, c.index, "examples", k)
            warn(dg.EXAMPLE_ELSEWHERE, f"example {k + 1} of choice {c.index + 1} at node '{nid}' would be heard as "
                 f"choice {other.index + 1}; reword it toward its own choice, or drop it", m, f)

    # Lines that are silently wrong: a red flag no reply can follow, `{{ name }}` with no name given.
    def variant_at(nid: str, i: int) -> tuple[str, Mark]:
        f, n, m = at._node(nid)
        return f, variant_mark(n, m, i)

    line_lint(sc, reachable, variant_at, warn)

    # Declared variables are used.
    read, written = _variables_used(sc)
    for var in sc.variables:
        if var != "name" and var not in read and var not in written:
            warn(dg.UNUSED_VARIABLE, f"variable '{var}' is declared but no condition, line or effect uses it",
                 at.key_in("variables", var))
    return out


def _model_path(sc: Scenario, edges: dict, teaches: set) -> bool:
    """True when some path from the start reaches a good ending through a choice showing taught guidance."""
    start = (sc.start, False)
    seen, stack = {start}, [start]
    while stack:
        nid, shown = stack.pop()
        n = sc.nodes[nid]
        if shown and n.ending and n.ending.outcome == "good":
            return True
        steps = [(t.node, shown) for t in n.targets]
        for c in n.choices:
            steps.extend((t.node, shown or bool(teaches & set(c.shows))) for t in c.targets)
        for nxt in steps:
            if nxt[0] in sc.nodes and nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


def _normal(text: str) -> str:
    return " ".join(_WORD.sub(" ", text.lower()).split())


def _same_words(a: str, b: str) -> bool:
    """Alike apart from case, spacing and punctuation, or nearly word for word (identical text is the loader's)."""
    if " ".join(a.lower().split()) == " ".join(b.lower().split()):
        return False  # the loader already reports these as duplicate-choice
    na, nb = _normal(a), _normal(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    # ratio() <= quick_ratio() <= real_quick_ratio() (difflib's own bounds; the last is the length formula below):
    # the cheap upper bounds rule most pairs out before the full comparison.
    if 2.0 * min(len(na), len(nb)) / (len(na) + len(nb)) < SIMILAR:
        return False
    sm = difflib.SequenceMatcher(None, na, nb)
    return sm.quick_ratio() >= SIMILAR and sm.ratio() >= SIMILAR


def _variables_used(sc: Scenario) -> tuple[set, set]:
    """Names read by conditions and line templates, and names changed by effects."""
    read: set = set()
    written: set = set()

    def cond(text):
        if text:
            try:
                read.update(names_in_condition(text))
            except ExprError:
                pass

    def template(text):
        if text and is_template(text):
            try:
                read.update(names_in_template(text))
            except ExprError:
                pass

    template(sc.say_more)
    for n in sc.nodes.values():
        template(n.say_more)
        for v in n.variants:
            template(v.text)
            cond(v.cond)
        for t in n.targets:
            cond(t.cond)
        for c in n.choices:
            template(c.text)
            cond(c.cond)
            written.update(var for var, _ in c.effects)
            for t in c.targets:
                cond(t.cond)
    return read, written
