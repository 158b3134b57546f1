"""Variety between runs: a chance, drawn from the session's seed, that the other side's manner changes at a node.

The draw depends only on the seed, the node and the shift, so replaying a saved session (or rewinding one) meets
the same changes at the same places."""

from __future__ import annotations

import random
from dataclasses import dataclass

from rehearse.engine.model import Scenario, Shift


@dataclass(frozen=True)
class ShiftMet:
    """A change of manner that happened: before which decision (0-based count so far), where, from whom to whom."""

    decision: int
    node: str
    frm: str
    to: str
    note: str = ""


def draw(seed: int, node: str, shift: Shift) -> bool:
    """Whether this shift happens on reaching this node, in a run with this seed."""
    return random.Random(f"{seed}|{node}|{shift.frm}|{shift.to}").random() < shift.chance


def shift_at(scenario: Scenario, persona: str, seed: int, node: str) -> Shift | None:
    """The first of the scenario's shifts from `persona` at `node` that the seed says happens, if any."""
    for sh in scenario.shifts:
        if sh.frm == persona and node in sh.at and draw(seed, node, sh):
            return sh
    return None
