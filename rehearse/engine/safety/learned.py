"""The crisis check's learned reader: a linear model over a phrase's words and the mean of its subword vectors.

It reads beside the rules (check.py): the rules are exact about the phrasings they know, the model carries to
phrasings nobody wrote a rule for. scripts/train_safety.py trains it on the labelled files in TRAIN and writes
model/; this module reads those tables with the standard library, on the first typed reply.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
from array import array
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

MODEL = Path(__file__).resolve().parent / "model"
# The phrase files the model learns from (tests/data/safety/); the held-out files (heldout*.yaml) are never among them.
TRAIN = ["tuning.yaml", "dev.yaml", "rounds.yaml", "dev2.yaml", "dev3.yaml", "dev4.yaml", "train_a.yaml",
         "train_b.yaml", "train_c.yaml", "train_d.yaml", "train_e.yaml", "train_f.yaml", "train_g.yaml",
         "train_h.yaml", "train_i.yaml", "train_j.yaml", "train_k.yaml", "train_l.yaml", "train_m.yaml",
         "train_n.yaml", "train_o.yaml", "train_p.yaml", "train_q.yaml", "train_r.yaml", "train_s.yaml",
         "train_t.yaml", "train_u.yaml", "train_v.yaml", "train_w.yaml", "train_x.yaml", "train_y.yaml",
         "train_z.yaml", "train_aa.yaml", "train_ab.yaml", "train_ac.yaml", "library_replies.yaml"]
TIER_ONE = ("active_ideation", "plan_means", "self_harm", "abuse_danger", "harm_others", "trainee_own_crisis")
TIER_TWO = ("passive_ideation", "hopelessness", "burden", "goodbye")
CLASSES = ["none", *TIER_ONE, *TIER_TWO]


def data_hash(folder: Path) -> str:
    """A digest of the training files in TRAIN, so a test can tell when they moved on without the model."""
    h = hashlib.sha256()
    for name in TRAIN:
        h.update(name.encode() + b"\0" + (folder / name).read_bytes())
    return h.hexdigest()


def features(prepared: str, trainee: bool, groups: dict[str, int] | None = None) -> list[str]:
    """A phrase's words, word pairs and pairs one word apart (as check.prepare spells them out), the same with each
    word read as its group of like words, each once; and all again marked with who is speaking."""
    words = ["<s>", *prepared.split(), "</s>"]
    out = [*dict.fromkeys(words[1:-1]), *{f"{a} {b}" for a, b in zip(words, words[1:], strict=False)},
           # "want * die", "giving * away": the same two words around whatever word comes between them
           *{f"{a} * {b}" for a, b in zip(words, words[2:], strict=False)}]
    # Like words share a group ("medication", "meds", "antidepressants"), so what the model learned from one carries to
    # the others, alone and in pairs. The groups come from the subword vectors, not the labels, and many are words
    # spelled alike rather than meant alike ("pills" with "bills").
    groups = word_groups() if groups is None else groups
    kinds = [f"~{g}" if (g := groups.get(w)) is not None else w for w in words]
    out += [*dict.fromkeys(k for k in kinds if k[0] == "~"),
            *{f"{a} {b}" for a, b in zip(kinds, kinds[1:], strict=False) if a[0] == "~" or b[0] == "~"}]
    # A trainee asking about risk and a trainee in crisis use the same words: the speaker changes their weight.
    return [*out, "@trainee", *[f"T|{f}" for f in out]] if trainee else out


def groups_hash() -> str:
    """A digest of the shipped word groups: the model's weights for a group fit only the groups it was trained with."""
    return hashlib.sha256((MODEL / "groups.json.gz").read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def word_groups() -> dict[str, int]:
    """Each known word's group of like words (k-means over their subword vectors, scripts/train_safety.py)."""
    with gzip.open(MODEL / "groups.json.gz", "rt", encoding="utf-8") as f:
        groups: dict[str, int] = json.load(f)
    return groups


def subwords(prepared: str) -> list[int]:
    """The phrase's subword ids in the hearing package's sentence vectors (the same spelling as features)."""
    from rehearse.engine.hearing import sense

    return [i for w in prepared.split() for i in sense.pieces(w)]


class _Model:
    """The trained tables: a bias and word weights per class, and each subword's share of every class."""

    def __init__(self, folder: Path = MODEL):
        with gzip.open(folder / "words.json.gz", "rt", encoding="utf-8") as f:
            raw = json.load(f)
        self.classes: list[str] = raw["classes"]
        if self.classes != CLASSES:
            raise ValueError(f"{folder}: the model's classes are not {CLASSES}: train it again")
        self.bias: list[float] = raw["bias"]
        self.words: dict[str, list[float]] = raw["words"]
        self.trained_on: dict = raw["trained_on"]
        self.per_subword = array("f")
        self.per_subword.frombytes((folder / "subwords.bin").read_bytes())

    def probabilities(self, prepared: str, trainee: bool) -> dict[str, float]:
        """Each class's probability for a phrase (as check.prepare spells it out)."""
        return dict(zip(self.classes, self.scores(prepared, trainee)[0], strict=True))

    def scores(self, prepared: str, trainee: bool) -> tuple[list[float], float]:
        """Each class's probability for a phrase, in the order of CLASSES, and the words' own evidence of risk.

        The evidence is how far the phrase's words and word pairs alone lift the likeliest risk category over no
        risk, in log-odds: not the base rates, and not the subword mean, which leans to risk on text unlike anything
        the model saw ("[red]not red[/red]"). Words it never learned from are no evidence.
        """
        get = self.words.get
        found = [v for f in features(prepared, trainee) if (v := get(f)) is not None]
        k = len(self.bias)
        words_only = [sum(col) for col in zip(*found, strict=True)] if found else [0.0] * k
        z = [b + w for b, w in zip(self.bias, words_only, strict=True)]
        subs: list[Sequence[float]] = []
        n = 0
        for w in prepared.split():  # every subword of every word, repeats too: the mean the model was trained on
            share, count = self._share(w)
            if count:
                subs.append(share)
                n += count
        if n:
            z = [x + sum(col) / n for x, col in zip(z, zip(*subs, strict=True), strict=True)]
        top = max(z)
        e = [math.exp(x - top) for x in z]
        total = sum(e)
        return [x / total for x in e], max(words_only[1:]) - words_only[0]

    @lru_cache(maxsize=1 << 14)  # noqa: B019 (one model per process, read once and kept)
    def _share(self, word: str) -> tuple[Sequence[float], int]:
        """The sum of a word's subwords' shares of every class, and how many subwords it has."""
        from rehearse.engine.hearing import sense

        k = len(self.classes)
        ids = sense.pieces(word)
        table = self.per_subword
        share = [sum(col) for col in zip(*[table[i * k:(i + 1) * k] for i in ids], strict=True)] if ids else []
        return share, len(ids)


@lru_cache(maxsize=1)
def model() -> _Model:
    """The trained model, read once."""
    return _Model()


def read(prepared: str, trainee: bool) -> tuple[float, float, float, str, float]:
    """The probabilities of no risk, of a tier-1 category and of any risk category, the likeliest risk category,
    and the words' own evidence of risk (log-odds, base rates left out)."""
    p, evidence = model().scores(prepared, trainee)  # CLASSES: none, then the tier-1 categories, then the tier-2 ones
    one = len(TIER_ONE) + 1
    likeliest = max(range(1, len(p)), key=p.__getitem__)
    return p[0], sum(p[1:one]), 1.0 - p[0], CLASSES[likeliest], evidence
