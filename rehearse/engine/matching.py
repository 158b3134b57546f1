"""Hearing typed replies: match free text to a node's open choices, or say it was not understood."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from rehearse.engine.model import Choice
from rehearse.engine.textnorm import _WORD_RX, STOPWORDS, normalise, stem

THRESHOLD = 0.34
DETECTOR_BONUS = 0.12  # typed words that show a piece of guidance lean toward the choice that shows it
MARGIN = 0.04  # when two choices score this close, neither is clearly meant


@dataclass(frozen=True)
class Match:
    """The best choice for a typed reply (None if nothing fits well enough) and its score."""

    choice: Choice | None
    score: float
    runner_up: float = 0.0


def _trigrams(text: str) -> frozenset[str]:
    return _grams_of(normalise(text))


_stem = lru_cache(maxsize=1 << 16)(stem)  # a pure function of one word, and words repeat


def _grams_of(norm: str) -> frozenset[str]:
    t = f"  {' '.join(norm.split())} "
    return frozenset([t[i:i + 3] for i in range(len(t) - 2)])


def _stems_of(norm: str) -> frozenset[str]:
    """textnorm.content_stems, from text normalise() has already seen (so each text is normalised once)."""
    return frozenset([_stem(w) for w in _WORD_RX.findall(norm) if w not in STOPWORDS])


class _Phrasing:
    __slots__ = ("grams", "stems")

    def __init__(self, text: str):
        norm = normalise(text)
        self.stems = _stems_of(norm)
        self.grams = _grams_of(norm)


class Matcher:
    """Scores typed text against choices, caching each node's phrasings."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._cache: dict[int, tuple] = {}

    def _prepare(self, choices: tuple[Choice, ...]):
        key = id(choices)
        hit = self._cache.get(key)
        if hit is not None and hit[0] is choices:
            return hit[1], hit[2]
        phr = {c.index: [_Phrasing(p) for p in (c.text, *c.examples)] for c in choices}
        # A stem shared by every choice tells them apart least: weight by inverse choice frequency.
        df: dict[str, int] = {}
        for plist in phr.values():
            for s in set().union(*(p.stems for p in plist)):
                df[s] = df.get(s, 0) + 1
        n = len(choices)
        weights = {s: math.log(1 + n / d) for s, d in df.items()}
        self._cache[key] = (choices, phr, weights)
        return phr, weights

    def match(self, text: str, choices) -> Match:
        """The choice the text most likely means, if it clears the threshold and the runner-up."""
        choices = tuple(choices)
        if not choices or not text.strip():
            return Match(None, 0.0)
        phr, weights = self._prepare(choices)
        from rehearse.engine.detectors import detect

        cues = {g for d in detect(text) for g in d.guidance}
        norm = normalise(text)
        user_stems = _stems_of(norm)
        user_grams = _grams_of(norm)
        default_w = math.log(2)
        wu = sum(weights.get(s, default_w) for s in user_stems)
        scored = []
        for c in choices:
            best = 0.0
            for p in phr[c.index]:
                common = user_stems & p.stems
                tok = 0.0
                if common:
                    wp = sum(weights.get(s, default_w) for s in p.stems)
                    wc = sum(weights.get(s, default_w) for s in common)
                    tok = wc / math.sqrt(wu * wp) if wu and wp else 0.0
                inter = len(user_grams & p.grams)
                gram = inter / len(user_grams | p.grams) if inter else 0.0
                score = 0.75 * tok + 0.25 * gram
                best = max(best, score)
            if cues and cues & set(c.shows):
                best += DETECTOR_BONUS
            scored.append((best, c))
        scored.sort(key=lambda x: -x[0])
        top, choice = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        if top < self.threshold or (top - second < MARGIN and top < 0.6):
            return Match(None, top, second)
        return Match(choice, top, second)
