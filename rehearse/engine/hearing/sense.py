"""Meaning beyond shared words: a static sentence vector (the mean of its subword vectors) and cosine similarity.

The vectors and the subword merges are wordllama 0.4's l2_supercat set (MIT licence, D. Lee Miller; written into
vectors/ by scripts/build_sense.py). They are read here with the standard library alone, on the first reply that
the word matcher cannot place, so start-up and the usual reply pay nothing and nothing is fetched.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from array import array
from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent / "vectors"
_WORD = re.compile(r"▁[^▁]*|[^▁]+")


class _Vectors:
    """The subword pieces, their merge order and their int8 vectors with one scale per row."""

    def __init__(self, folder: Path = _DIR):
        with gzip.open(folder / "tokens.json.gz", "rt", encoding="utf-8") as f:
            raw = json.load(f)
        self.dim: int = raw["dim"]
        self.ids: dict[str, int] = {p: i for i, p in enumerate(raw["pieces"])}
        self.ranks: dict[tuple[str, str], int] = {}
        for r, m in enumerate(raw["merges"]):
            a, b = m.split(" ")
            self.ranks[(a, b)] = r
        data = (folder / "vectors.bin").read_bytes()
        rows = len(self.ids)
        self.rows = memoryview(data)[: rows * self.dim].cast("b")
        self.scales = array("f")
        self.scales.frombytes(data[rows * self.dim:])
        self.mark = self.ids.get("\u2581", -1)
        self.pieces = lru_cache(maxsize=1 << 14)(self._pieces)

    def _pieces(self, word: str) -> tuple[int, ...]:
        """One word's subword ids: byte-pair merges applied lowest rank first, as the tokenizer does."""
        whole = self.ids.get(word)
        if whole is not None:
            return (whole,)  # a word that is itself a piece is what the merges arrive at: most words, at once
        parts = list(word)
        ranks = self.ranks
        while len(parts) > 1:
            best, at = None, -1
            for i in range(len(parts) - 1):
                r = ranks.get((parts[i], parts[i + 1]))
                if r is not None and (best is None or r < best):
                    best, at = r, i
            if best is None:
                break
            parts[at:at + 2] = [parts[at] + parts[at + 1]]
        return tuple([self.ids[p] for p in parts if p in self.ids])

    def embed(self, text: str) -> tuple[float, ...] | None:
        """The unit-length mean of a text's subword vectors, or None when no piece is known."""
        # The tokenizer puts "▁" before the text and in place of every space; merges never cross a word start.
        ids = [i for w in _WORD.findall("▁" + text.replace(" ", "▁")) for i in self.pieces(w)]
        if not ids or all(i == self.mark for i in ids):
            return None  # nothing known but the word-start mark (another script, or only spaces)
        dim, rows, scales = self.dim, self.rows, self.scales
        acc = [0.0] * dim
        for i in ids:
            s = scales[i]
            row = rows[i * dim:(i + 1) * dim]
            acc = [a + s * q for a, q in zip(acc, row, strict=True)]
        norm = math.sqrt(sum([a * a for a in acc]))
        return tuple([a / norm for a in acc]) if norm else None


@lru_cache(maxsize=1)
def _vectors() -> _Vectors:
    return _Vectors()


def ready() -> None:
    """Read the vectors now (about 50 ms), rather than on the first reply that needs them."""
    _vectors()


def pieces(word: str) -> tuple[int, ...]:
    """One word's subword ids (the word as typed, without the word-start mark), for readers built on these vectors."""
    return _vectors().pieces("\u2581" + word)


@lru_cache(maxsize=4096)
def embed(text: str) -> tuple[float, ...] | None:
    """A text's sentence vector (unit length), or None when nothing in it is known."""
    return _vectors().embed(text.strip()[:2000])


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two texts' sentence vectors (0.0 when either has none)."""
    va, vb = embed(a), embed(b)
    if va is None or vb is None:
        return 0.0
    return sum([x * y for x, y in zip(va, vb, strict=True)])
