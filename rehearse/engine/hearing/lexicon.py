"""The domain lexicon (lexicon.yaml): lemmas, and the idioms and synonyms that stand for one concept."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rehearse.engine.textnorm import normalise, split_words

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")
# Endings stripped by rule, longest first. No "-less" or "-er": "useless" is not "use", "never" is not "nev".
_SUFFIXES = ("fulness", "ingly", "ments", "ment", "ness", "ings", "iest", "ing", "edly", "ful", "ied", "ies", "ier",
             "ed", "es", "s", "ly")
_KEEP_DOUBLE = ("ll", "ss", "ff", "zz")


@dataclass(frozen=True)
class Phrase:
    """One lexicon phrase as lemmas, the concept it stands for, and whether it means the concept's opposite."""

    lemmas: tuple[str, ...]
    concept: str
    flip: bool
    mid_clause: bool
    text: str
    topic: bool = False  # what a reply is about, with no stance of its own
    negating: bool = False  # the phrase declines what follows it in its clause ("rather not")


@dataclass(frozen=True)
class Lexicon:
    """Irregular forms, and phrases indexed by their first lemma (longest first)."""

    forms: dict[str, str]
    by_first: dict[str, tuple[Phrase, ...]]
    words: frozenset[str]  # every word a phrase uses, for spelling correction
    word_lemmas: frozenset[str]  # ... and their lemmas
    single: dict[str, tuple[Phrase, ...]]  # one-word phrases by lemma
    by_pair: dict[tuple[str, str], tuple[Phrase, ...]]  # longer phrases by their first two lemmas (longest first)
    topics: frozenset[str]  # "@concept" features that say what a reply is about, with no stance

    def concept_of(self, text: str) -> list[tuple[str, bool]]:
        """The (concept, flipped) pairs a phrase of text stands for, if any: a helper for tests and the hear tool."""
        lem = tuple(lemma(w) for w in split_words(normalise(text)))
        return [(p.concept, p.flip) for p in self.by_first.get(lem[0], ()) if p.lemmas == lem] if lem else []


@lru_cache(maxsize=1 << 16)
def rule_lemma(word: str) -> str:
    """A word's lemma by rule: plural, tense and common derivational endings off, doubled consonant and final e
    folded, so that "coming" and "come", "helpful" and "helping" meet."""
    for suf in _SUFFIXES:
        if len(word) > len(suf) + (3 if suf == "ly" else 2) and word.endswith(suf):
            stem = word[: -len(suf)]
            if suf in ("ied", "ies", "ier", "iest"):
                stem += "y"
            word = stem
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-2:] not in _KEEP_DOUBLE and word[-1] not in "aeiou":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e") and not word.endswith("ee"):
        word = word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """The lemma of one normalised word, irregular forms first."""
    forms = load().forms
    return rule_lemma(forms.get(word, word))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon, read once on first use (start-up does not pay for it)."""
    import yaml

    data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    forms = {str(k): str(v) for k, v in (data.get("forms") or {}).items()}
    by_first: dict[str, list[Phrase]] = {}
    words: set[str] = set()
    for name, spec in (data.get("concepts") or {}).items():
        concept = str(spec.get("opposite") or name)
        flip = bool(spec.get("opposite"))
        for text in spec.get("phrases") or ():
            ws = split_words(normalise(str(text)))
            words.update(w for w in ws if len(w) > 3)
            lem = tuple(rule_lemma(forms.get(w, w)) for w in ws)
            if lem and not any(p.lemmas == lem and p.concept == concept for p in by_first.get(lem[0], ())):
                by_first.setdefault(lem[0], []).append(
                    Phrase(lem, concept, flip, bool(spec.get("mid_clause")), str(text), bool(spec.get("topic")),
                           bool(spec.get("negating"))))
    ordered = {k: tuple(sorted(v, key=lambda p: -len(p.lemmas))) for k, v in by_first.items()}
    single = {k: tuple(p for p in v if len(p.lemmas) == 1) for k, v in ordered.items()}
    by_pair: dict[tuple[str, str], list[Phrase]] = {}
    for v in ordered.values():
        for p in v:
            if len(p.lemmas) > 1:
                by_pair.setdefault((p.lemmas[0], p.lemmas[1]), []).append(p)
    return Lexicon(forms, ordered, frozenset(words), frozenset(rule_lemma(w) for w in words),
                   {k: v for k, v in single.items() if v}, {k: tuple(v) for k, v in by_pair.items()},
                   frozenset("@" + str(k) for k, v in (data.get("concepts") or {}).items() if v.get("topic")))
