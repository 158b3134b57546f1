"""Hearing typed replies: match free text to a node's open choices, or say it was not understood."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rehearse.engine.model import Choice
from rehearse.engine.textnorm import _WORD_RX, STOPWORDS, fold, normal_token, stem

THRESHOLD = 0.34
DETECTOR_BONUS = 0.12  # typed words that show a piece of guidance lean toward the choice that shows it
MARGIN = 0.04  # when two choices score this close, neither is clearly meant


@dataclass(frozen=True)
class Match:
    """The best choice for a typed reply (None if nothing fits well enough) and its score."""

    choice: Choice | None
    score: float
    runner_up: float = 0.0


_stem = lru_cache(maxsize=1 << 16)(stem)  # a pure function of one word, and words repeat


@lru_cache(maxsize=1 << 16)
def _token_features(token: str) -> tuple[str, str, frozenset[str], frozenset[str]]:
    """A folded token's first and last character, its trigrams and its content stems (tokens repeat)."""
    norm = normal_token(token)
    pieces = norm.split()  # a token can expand to several words: "can't" -> "can not"
    grams = set()
    for piece in pieces:
        t = f" {piece} "
        grams.update([t[i:i + 3] for i in range(len(t) - 2)])
    grams.update([a[-1] + " " + b[0] for a, b in pairwise(pieces)])
    stems = frozenset([_stem(w) for w in _WORD_RX.findall(norm) if w not in STOPWORDS])
    return pieces[0][0], pieces[-1][-1], frozenset(grams), stems


def _features(text: str) -> tuple[frozenset[str], set[str]]:
    """The content stems and character trigrams of a text, built token by token from cached pieces."""
    # The trigrams are those of "  " + the normalised words joined by single spaces + " ": each token's own,
    # plus the ones that straddle the space between two tokens, plus the padded start.
    feats = [_token_features(t) for t in fold(text)]
    if not feats:
        return frozenset(), {"   "}
    grams = {f"  {feats[0][0]}"}
    grams.update([a[1] + " " + b[0] for a, b in pairwise(feats)])
    grams.update(*[f[2] for f in feats])
    return frozenset().union(*[f[3] for f in feats]), grams


class _Phrasing:
    __slots__ = ("grams", "n_grams", "stems", "weight")

    def __init__(self, text: str):
        self.stems, self.grams = _features(text)
        self.n_grams = len(self.grams)
        self.weight = 0.0  # the sum of its stems' weights, once the node's weights are known


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
        for plist in phr.values():
            for p in plist:
                p.weight = sum([weights[s] for s in p.stems])
        self._cache[key] = (choices, phr, weights)
        return phr, weights

    def match(self, text: str, choices) -> Match:
        """The choice the text most likely means, if it clears the threshold and the runner-up."""
        choices = tuple(choices)
        if not choices or not text.strip():
            return Match(None, 0.0)
        phr, weights = self._prepare(choices)
        from rehearse.engine.play.hearing.detectors import detect

        cues = {g for d in detect(text) for g in d.guidance}
        user_stems, user_grams = _features(text)
        default_w = math.log(2)
        wu = sum([weights.get(s, default_w) for s in user_stems])
        n_user = len(user_grams)
        scored = []
        for c in choices:
            best = 0.0
            for p in phr[c.index]:
                common = user_stems & p.stems
                tok = 0.0
                if common and wu and p.weight:
                    tok = sum([weights[s] for s in common]) / math.sqrt(wu * p.weight)
                inter = len(user_grams & p.grams)
                gram = inter / (n_user + p.n_grams - inter) if inter else 0.0  # Jaccard, without building the union
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
