#!/usr/bin/env python3
"""Write rehearse/engine/hearing/vectors/ from an installed wordllama 0.4 (its l2_supercat 256-d token vectors).

    python -m venv /tmp/wl && /tmp/wl/bin/pip install wordllama==0.4.0.post1
    /tmp/wl/bin/python scripts/build_sense.py

Run by hand when the vectors change, never in CI or at run time: rehearse reads the files this writes with the
standard library alone (sense.py), so it needs neither wordllama nor numpy, and fetches nothing.
wordllama (D. Lee Miller, MIT licence, https://github.com/dleemiller/WordLlama) ships these weights in its wheel.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import wordllama
from wordllama import WordLlama

OUT = Path(__file__).resolve().parent.parent / "rehearse" / "engine" / "hearing" / "vectors"


def main() -> None:
    wl = WordLlama.load(disable_download=True)
    emb = np.asarray(wl.embedding, dtype=np.float32)
    config = Path(wordllama.__file__).parent / "tokenizers" / "l2_supercat_tokenizer_config.json"
    model = json.loads(config.read_text(encoding="utf-8"))["model"]
    vocab = model["vocab"]
    pieces = [p for p, _ in sorted(vocab.items(), key=lambda kv: kv[1])]
    assert [vocab[p] for p in pieces] == list(range(len(pieces))) == list(range(emb.shape[0]))
    # Only pieces in Latin script (and the word-start mark): the rest of the vocabulary is other scripts and code,
    # which English replies never use, and leaving them out keeps hearing's install within its 20 MB budget.
    keep = [i for i, p in enumerate(pieces) if all(ord(ch) < 0x250 or ch == "\u2581" for ch in p)]
    pieces = [pieces[i] for i in keep]
    emb = emb[keep]
    # int8 per row, with the row's scale beside it: a quarter of the size, and the same similarities to 2 decimals.
    scale = np.maximum(np.abs(emb).max(axis=1), 1e-12) / 127
    q = np.round(emb / scale[:, None]).astype(np.int8)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "vectors.bin").write_bytes(q.tobytes() + scale.astype("<f4").tobytes())
    with gzip.open(OUT / "tokens.json.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump({"dim": int(emb.shape[1]), "pieces": pieces, "merges": model["merges"]}, f, ensure_ascii=False)
    print(f"{len(pieces)} of {len(vocab)} pieces x {emb.shape[1]}, {len(model['merges'])} merges -> {OUT}")


if __name__ == "__main__":
    main()
