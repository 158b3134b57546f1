"""Examples that pull toward the wrong option: each one heard with itself left out of its own option."""

from __future__ import annotations

from rehearse.engine.hearing.matching import Matcher
from rehearse.engine.model import Choice

STRAY_MARGIN = 0.25  # how far the other option must lead the example's own for the lint to speak


def stray_examples(choices: tuple[Choice, ...]) -> list[tuple[Choice, int, Choice]]:
    """(choice, example number, other choice) for each example that, typed, would be taken as the other choice."""
    out = []
    matcher = Matcher()
    for c in choices:
        for k, example in enumerate(c.examples):
            # The node is prepared once; feature weights still count the example, a small difference that
            # keeps the check linear in the examples.
            h = matcher.hear(example, choices, leave_out=(c.index, k))
            if h.choice is None or h.choice.index == c.index:
                continue
            if c.cond is not None and h.choice.cond is not None:
                continue  # both guarded: often one reply offered in different states, as for similar-choices
            own = next(s.score for s in h.scores if s.choice.index == c.index)
            if h.score - own >= STRAY_MARGIN:
                out.append((c, k, next(x for x in choices if x.index == h.choice.index)))
    return out
