"""Scoring a typed reply against a node's open choices: commit, offer "did you mean", or hear nothing."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from rehearse.engine.model import Choice
from rehearse.engine.textnorm import STOPWORDS, fold, normal_token, split_words, stem

if TYPE_CHECKING:
    from rehearse.engine.hearing.stance import Reading
# The stance reader and the lexicon load with the first typed reply (the runner imports this module at play).

COMMIT = 0.36  # sure enough to take the option without asking
MARGIN = 0.08  # ... and this far ahead of the next option
OFFER = 0.3  # close enough to offer as "did you mean"
NEAR, NEAR_LEAD = 0.25, 0.1  # ... or this close, sharing two features or more, and this far ahead of the next
OFFER_RATIO = 0.55  # further offers must score at least this share of the best
MAX_OFFERS = 3
OFFER_CAP = COMMIT - 0.01  # the most a reply that may only be offered can score
SENSE_OFFER = 0.3  # sentence-vector similarity at which a reply no word reaches is offered as "did you mean"
DETECTOR_BONUS = 0.08  # typed words that show a piece of guidance lean toward the choice that shows it
LIGHT = 0.5  # the weight of a framing verb ("think", "want")
THRESHOLD = COMMIT  # the old name, kept for callers that read it
# A hedge and the framing verbs (stance.RAISING): in common alone, they say nothing of what is meant.
_WEAK = frozenset(["@hedge", "think", "feel", "believe", "want", "reckon", "suppose", "expect", "seem", "see"])


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
    stems = frozenset([_stem(w) for w in split_words(norm) if w not in STOPWORDS])
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



@dataclass(frozen=True)
class Scored:
    """One open choice's score for a reply, whether the reply negates it, and the features that counted."""

    choice: Choice
    score: float
    negated: bool = False  # the reply says the opposite of this choice
    blocked: str | None = None  # why it may not be taken though it scored (e.g. a dismissive reply)
    shared: tuple[str, ...] = ()  # features in common, for the hear tool
    against: tuple[str, ...] = ()  # features of opposite stance


@dataclass(frozen=True)
class Hearing:
    """What a reply was heard as: "commit" (choice set), "offer" (candidates set) or "none", and why."""

    outcome: str
    choice: Choice | None
    candidates: tuple[Choice, ...]
    scores: tuple[Scored, ...]  # every open choice, best first
    reading: Reading
    reason: str

    @property
    def score(self) -> float:
        """The best score of a choice that could be taken."""
        return next((s.score for s in self.scores if not (s.negated or s.blocked)), 0.0)


@dataclass(frozen=True)
class Match:
    """The committed choice for a typed reply (None if not sure), its score and the runner-up's."""

    choice: Choice | None
    score: float
    runner_up: float = 0.0


class _Phrasing:
    __slots__ = ("about_you", "grams", "main", "n_grams", "neg", "neg_only", "pos", "pos_only", "question",
                 "weight")

    def __init__(self, text: str, main: bool):
        from rehearse.engine.hearing.stance import read

        r = read(text)
        self.pos, self.neg, self.question, self.main = frozenset(r.pos), frozenset(r.neg), r.question, main
        self.about_you = r.about_you
        self.pos_only, self.neg_only = self.pos - self.neg, self.neg - self.pos
        self.grams = _features(text)[1]
        self.n_grams = len(self.grams)
        self.weight = 0.0


class _Node:
    """A node's choices made ready to score: their phrasings' readings, feature weights and known words."""

    def __init__(self, choices: tuple[Choice, ...]):
        self.choices = choices
        from rehearse.engine.hearing.detectors import dismissive  # its rules compile on the first typed reply
        from rehearse.engine.hearing.lexicon import rule_lemma

        self.phr = {c.index: [_Phrasing(p, i == 0) for i, p in enumerate((c.text, *c.examples))] for c in choices}
        self.dismissive = {c.index: dismissive(c.text) for c in choices}
        df: dict[str, int] = {}
        for plist in self.phr.values():
            for f in set().union(*(p.pos | p.neg for p in plist)):
                df[f] = df.get(f, 0) + 1
        n = len(choices)
        # A feature every choice has tells them apart least: weight by inverse choice frequency.
        from rehearse.engine.hearing.stance import RAISING

        # "I think", "I feel", "I want" frame what is said: sharing one says little of what is meant.
        self.weights = {f: math.log(1 + n / d) * (LIGHT if f in RAISING else 1.0) for f, d in df.items()}
        for plist in self.phr.values():
            for p in plist:
                p.weight = sum([self.weights[f] for f in p.pos | p.neg])
        known = {w for c in choices for t in (c.text, *c.examples) for w in split_words(t.lower()) if len(w) > 4}
        from rehearse.engine.hearing.lexicon import load

        lex = load()
        self.neutral = lex.topics | RAISING
        self.known = known | lex.words
        self.known_lemmas = {rule_lemma(w) for w in known} | lex.word_lemmas
        self.by_letter: dict[str, list[str]] = {}
        for w in sorted(self.known):  # sorted: among equally close words, the same one wins on every run
            self.by_letter.setdefault(w[0], []).append(w)
        self.fixes: dict[str, str] = {}

    def correct(self, word: str) -> str:
        """A misspelt word as the known word it is one or two edits from (same first letter), else itself."""
        from rehearse.engine.hearing.lexicon import rule_lemma
        from rehearse.engine.hearing.stance import NEGATORS

        if len(word) < 5 or word in self.known or word in NEGATORS or rule_lemma(word) in self.known_lemmas:
            return word  # short, known, or a known word's other form ("feels" is not "fees")
        hit = self.fixes.get(word)
        if hit is None:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            best = process.extractOne(word, self.by_letter.get(word[0], ()), scorer=OSA.distance,
                                      score_cutoff=1 if len(word) < 8 else 2)
            hit = self.fixes[word] = best[0] if best else word
        return hit


class Matcher:
    """Scores typed text against choices, caching each node's prepared phrasings."""

    def __init__(self, threshold: float = COMMIT):
        self.threshold = threshold
        self._cache: dict[int, _Node] = {}

    def _prepare(self, choices: tuple[Choice, ...]) -> _Node:
        key = id(choices)
        hit = self._cache.get(key)
        if hit is not None and hit.choices is choices:
            return hit
        node = self._cache[key] = _Node(choices)
        return node

    def match(self, text: str, choices: Iterable[Choice]) -> Match:
        """The choice the text is heard as when sure enough to commit (else None), with the two best scores."""
        h = self.hear(text, choices)
        ok = [s.score for s in h.scores if not (s.negated or s.blocked)]
        return Match(h.choice, ok[0] if ok else 0.0, ok[1] if len(ok) > 1 else 0.0)

    def hear(self, text: str, choices: Iterable[Choice], leave_out: tuple[int, int] | None = None, *,
             by_sense: bool = True) -> Hearing:
        """Score every open choice and decide: commit to one, offer up to three, or hear none. `leave_out`
        (choice index, example number) hears as if that example were not there (the lint's check of it);
        `by_sense=False` offers nothing on closeness of meaning alone (a reply the app answers in its own voice)."""
        from rehearse.engine.hearing.stance import Reading, read

        choices = tuple(choices)
        if not choices or not text.strip():
            return Hearing("none", None, (), (), Reading(), "nothing was typed")
        node = self._prepare(choices)
        reply = read(text, node.correct)
        scored = sorted(self._score(node, reply, text, leave_out), key=lambda s: -s.score)
        open_ = [s for s in scored if not (s.negated or s.blocked)]
        heard = _decide(open_, scored, reply, self.threshold, node.neutral | {"@hedge"})
        if heard.outcome == "none" and open_ and not reply.you_question and by_sense:
            return _by_sense(text, open_, heard)
        return heard

    def _score(self, node: _Node, reply: Reading, text: str, leave_out: tuple[int, int] | None) -> list[Scored]:
        from rehearse.engine.hearing.stance import RAISING

        rp, rn = reply.pos, reply.neg
        # A word the reply says both ways ("link" in "you link it ... I'm not seeing the link") cannot clash.
        rp_only, rn_only = rp - rn, rn - rp
        weights = node.weights
        default_w = math.log(2)
        wu = sum([weights.get(f, default_w * (LIGHT if f in RAISING else 1.0)) for f in rp | rn])
        from rehearse.engine.hearing.detectors import detect, dismissive

        grams = _features(text)[1]
        cues = {g for d in detect(text) for g in d.guidance}
        said_more = len((rp | rn) - _WEAK) >= 3 or reply.asked
        is_dismissive = dismissive(text)
        out = []
        for c in node.choices:
            shared: tuple[str, ...] = ()
            against: tuple[str, ...] = ()
            best, negated, rescued, main_clash = 0.0, False, False, 0.0
            for k, p in enumerate(node.phr[c.index]):
                if leave_out is not None and leave_out == (c.index, k - 1):
                    continue
                agree = (rp & p.pos) | (rn & p.neg)
                clash = (rp_only & p.neg_only) | (rn_only & p.pos_only)
                m = sum([weights[f] for f in agree])
                x = sum([weights[f] for f in clash])
                # Agreement on what both are about ("my dad") or on "I think/want" says nothing of stance.
                m_stance = sum([weights[f] for f in agree if f not in node.neutral])
                if p.main and x and x >= 0.5 * m_stance:
                    negated, against, main_clash = True, tuple(sorted(clash)), x
                elif not p.main and m_stance and not x and m_stance >= main_clash:
                    rescued = True  # an example says the same as the reply, in the same stance
                if not m or not wu or not p.weight or (x and not p.main):
                    continue  # no word in common, or an example whose stance the reply does not share
                norm = math.sqrt(wu * p.weight)
                inter = len(grams & p.grams)
                gram = inter / (len(grams) + p.n_grams - inter)
                score = 0.8 * m / norm + 0.2 * gram - 0.5 * x / norm
                if reply.you_question and not p.about_you:
                    # A question about them is not a statement about oneself: offered at most, never taken.
                    score = min(score * 0.5, OFFER_CAP)
                elif reply.question and not p.question:
                    # A question may put the same point ("could it be ...?"), but less surely; one put as a
                    # question by its word order is offered at most, never taken.
                    score = min(score * 0.7, OFFER_CAP) if reply.asked else score * 0.7
                if score > best:
                    best, shared = score, tuple(sorted(agree))
            negated = negated and not rescued
            if shared and set(shared) <= _WEAK and said_more:
                # A hedge or "I think" in common says nothing of what is meant, when the reply says more besides.
                best = min(best, NEAR - 0.01)
            if best and cues & set(c.shows):
                best += DETECTOR_BONUS
            blocked = None
            if is_dismissive and c.shows and not node.dismissive[c.index]:
                blocked = "the reply is dismissive; this choice is a skilled one"
            out.append(Scored(c, round(best, 4), negated, blocked, shared, against))
        return out


def _near(open_: Sequence[Scored], reply: Reading) -> bool:
    """Just under the offer line, but sharing two or more features with one choice and clearly ahead of the rest."""
    top, second = open_[0].score, (open_[1].score if len(open_) > 1 else 0.0)
    return NEAR <= top < OFFER and len(open_[0].shared) >= 2 and top - second >= NEAR_LEAD and not reply.you_question


def _by_sense(text: str, open_: Sequence[Scored], heard: Hearing) -> Hearing:
    """Offer the one open choice whose meaning is close though few words are shared ("call it a day" ~ "end")."""
    # Offered, never taken: a sentence vector cannot read stance, so the person confirms. A question to the other
    # side, and choices the reply negates or may not earn, never reach here.
    from rehearse.engine.hearing import sense

    sims = [(sense.similarity(text, s.choice.text), s) for s in open_]
    best, top = max(sims, key=lambda t: t[0])
    if best < SENSE_OFFER:
        return heard
    return Hearing("offer", None, (top.choice,), heard.scores, heard.reading,
                   f"close in meaning to one choice ({best:.2f}), though few words are shared")


def _decide(open_: Sequence[Scored], scored: list[Scored], reply: Reading, commit: float,
            neutral: frozenset[str] = frozenset()) -> Hearing:
    if open_ and _near(open_, reply):
        return Hearing("offer", None, (open_[0].choice,), tuple(scored), reply,
                       "close to one choice by two or more features, but not sure")
    if not open_ or open_[0].score < OFFER:
        why = "no open choice shares enough of the reply's meaning"
        if reply.you_question:
            why = "a question to the other person, not an answer"
        return Hearing("none", None, (), tuple(scored), reply, why)
    top = open_[0]
    second = open_[1].score if len(open_) > 1 else 0.0
    # One plain word in common ("today") is too little to act on, however rare: offer it instead.
    # ... and so is one topic ("my dad") or a hedge ("a bit") alone: they say what a reply is about, or how surely.
    enough = len(top.shared) > 1 or any(f.startswith("@") and f not in neutral for f in top.shared)
    if top.score >= commit and top.score - second >= MARGIN and enough:
        return Hearing("commit", top.choice, (), tuple(scored), reply,
                       f"{top.score:.2f}, ahead of the next by {top.score - second:.2f}")
    offers = tuple(s.choice for s in open_[:MAX_OFFERS] if s.score >= max(OFFER, OFFER_RATIO * top.score))
    why = "close to more than one choice" if len(offers) > 1 else "close, but not sure enough to take it"
    return Hearing("offer", None, offers, tuple(scored), reply, why)
