"""Hearing typed replies: normalising, lexicon, stance, matching and detectors in one place.

The one entry point is `hear(text, choices)` (or a `Matcher`, which caches each node's preparation): it returns a
`Hearing` whose outcome is "commit", "offer" or "none". `evidence(text)` says which guidance a reply's own words
show, for crediting typed replies.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rehearse.engine.hearing.matching import Hearing, Match, Matcher, Scored
from rehearse.engine.model import Choice

__all__ = ["DETECTORS", "Detector", "Hearing", "Match", "Matcher", "Scored", "detect", "dismissive", "evidence",
           "hear"]

_DEFAULT = Matcher()


def hear(text: str, choices: Iterable[Choice]) -> Hearing:
    """What a typed reply is heard as among these open choices."""
    return _DEFAULT.hear(text, choices)


def __getattr__(name: str) -> Any:
    # The detectors' rules compile at import (~40 ms): load them when first asked for, not with the runner.
    if name in ("DETECTORS", "Detector", "detect", "dismissive", "evidence"):
        from rehearse.engine.hearing import detectors

        return getattr(detectors, name)
    raise AttributeError(name)
