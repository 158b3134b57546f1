#!/usr/bin/env python3
"""Train the crisis check's learned reader (rehearse/engine/safety/learned.py) on the labelled phrase files.

    python -m venv /tmp/np && /tmp/np/bin/pip install numpy scipy pyyaml && /tmp/np/bin/python scripts/train_safety.py

A multinomial logistic regression over the phrase's words and word pairs (as the rule reader spells them out:
slang, typos and contractions undone) and the mean of its subword vectors (the hearing package's sentence
vectors). Because the model is linear in that mean, each subword's contribution to each class is worked out here
once, so rehearse reads a phrase by adding up small tables, with the standard library alone. numpy and scipy are
needed only here, by hand, never at run time or in CI. The files it trains on are TRAIN below; the held-out file is
never read.

    scripts/train_safety.py --by-file [--misses]   # each blind writer's file read by a model trained on the rest
    scripts/train_safety.py --by-file --explore    # also lines tried and not kept (docs/SAFETY.md)
    scripts/train_safety.py --cv                   # five random folds
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml
from scipy import sparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehearse.engine.safety.check import prepare  # noqa: E402
from rehearse.engine.safety.learned import (  # noqa: E402
    CLASSES, MODEL, TIER_ONE, TRAIN, data_hash, features, groups_hash, subwords)

MIN_COUNT = 2  # a word or pair seen once is noise to a linear model
L2 = 3e-4  # chosen out of fold against 1e-4 and 1e-3 (docs/SAFETY.md)
STEPS = 300  # 600 gave the same figures


def load(files: list[Path]) -> list[dict]:
    """Every labelled phrase in the training files."""
    rows = []
    for f in files:
        rows += [{**r, "_file": f.name} for r in yaml.safe_load(f.read_text(encoding="utf-8")) or []]
    return rows


def label(r: dict) -> int:
    """The class of a labelled phrase: 0 for benign, else its category's place in CLASSES."""
    return CLASSES.index(r["category"]) if int(r["tier"]) > 0 else 0


def fit(X: sparse.csr_matrix, y: np.ndarray, k: int, steps: int = STEPS) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression by full-batch Adam, with L2 on the weights (not the bias)."""
    n, d = X.shape
    W = np.zeros((d, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    Y = np.eye(k, dtype=np.float32)[y]
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) / n
        gW = X.T @ G + L2 * W
        gb = G.sum(axis=0)
        mW, vW = b1 * mW + (1 - b1) * gW, b2 * vW + (1 - b2) * gW * gW
        mb, vb = b1 * mb + (1 - b1) * gb, b2 * vb + (1 - b2) * gb * gb
        W -= lr * (mW / (1 - b1 ** t)) / (np.sqrt(vW / (1 - b2 ** t)) + 1e-8)
        b -= lr * (mb / (1 - b1 ** t)) / (np.sqrt(vb / (1 - b2 ** t)) + 1e-8)
    return W, b


def design(rows: list[dict], vocab: dict[str, int], E: np.ndarray) -> sparse.csr_matrix:
    """Each phrase as its sparse features (0/1) beside the mean of its subword vectors."""
    cols: list[int] = []
    ptr = [0]
    dense = np.zeros((len(rows), E.shape[1]), dtype=np.float32)
    for i, r in enumerate(rows):
        trainee = r.get("role", "client") == "therapist"
        text = prepare(r["text"])
        cols += sorted({j for f in features(text, trainee, GROUPS_MAP) if (j := vocab.get(f)) is not None})
        ptr.append(len(cols))
        ids = subwords(text)
        if ids:
            dense[i] = E[ids].mean(axis=0)
    words = sparse.csr_matrix((np.ones(len(cols), dtype=np.float32), cols, ptr), shape=(len(rows), len(vocab)))
    return sparse.hstack([words, sparse.csr_matrix(dense)], format="csr")


def subword_table() -> np.ndarray:
    """The hearing package's int8 subword vectors as floats."""
    from rehearse.engine.hearing import sense

    v = sense._vectors()
    q = np.frombuffer(v.rows.tobytes(), dtype=np.int8).reshape(-1, v.dim).astype(np.float32)
    return q * np.asarray(v.scales, dtype=np.float32)[:, None]


# Each written by a different writer, blind to the rest.
BLIND = ["dev2.yaml", "dev3.yaml", "dev4.yaml", "train_a.yaml", "train_b.yaml", "train_c.yaml", "train_d.yaml",
         "train_e.yaml", "train_f.yaml", "train_g.yaml", "train_h.yaml", "train_i.yaml", "train_j.yaml", "train_k.yaml",
         "train_l.yaml", "train_m.yaml", "train_n.yaml", "train_o.yaml", "train_p.yaml", "train_q.yaml", "train_r.yaml",
         "train_s.yaml", "train_t.yaml", "train_u.yaml", "train_v.yaml", "train_w.yaml",
         "train_x.yaml", "train_y.yaml", "train_z.yaml", "train_aa.yaml", "train_ab.yaml", "train_ac.yaml"]


def cross_validate(rows: list[dict], E: np.ndarray, by_file: bool = False, folds: int = 5) -> None:
    """Out-of-fold probabilities beside the rules' tier, and the figures each choice of lines in check.py gives.

    By file, each blind writer's file is read by a model trained on everything else: the nearest thing to a new
    writer's words, so it is the figure the lines are chosen on. Random folds mix every writer into training.
    """
    from rehearse.engine.safety import check
    from rehearse.engine.safety.calm import NAMES_HARM, ORDINARY_PLAN, PAST_AND_OVER, still_going

    prepared = [check.prepare(r["text"]) for r in rows]
    masked = [check._mask(p) for p in prepared]
    readings = [check.rules_reading(m, r.get("role") == "therapist") for m, r in zip(masked, rows, strict=True)]
    rules = np.array([b.tier if b is not None else 0 for b, _, _ in readings])
    calmed = np.array([c and b is None for b, c, _ in readings])
    firm = np.array([f or (b is not None and check._PLAINLY.search(b.matched) is not None
                           and check._PLAINLY.search(r["text"].lower()) is not None)
                     for (b, _, f), r in zip(readings, rows, strict=True)])
    short = np.array([len(p.split()) < check.MODEL_WORDS for p in prepared])
    past = np.array([bool(PAST_AND_OVER.search(m)) for m in masked])
    over = past & ~np.array([still_going(m) for m in masked])
    # The clause a rule's pause was heard in, read alone to the end of the reply (check.heard_clause)
    clause = [check.heard_clause(m, b.matched) if b is not None and b.tier == 1 and not f and not p
              and not check._RESOLVED.search(m) else "" for m, (b, _, f), p in zip(masked, readings, past, strict=True)]
    clauses = np.array([i for i, c in enumerate(clause) if c], dtype=int)
    # A long reply's sentences, each read alone for a pause (check._learned), where nothing was set aside as calm
    said = [[] if c or PAST_AND_OVER.search(m) else check.sentences(m) for m, (_, c, _) in zip(masked, readings,
                                                                                                  strict=True)]
    sent_rows = [(i, t) for i, ts in enumerate(said) for t in ts if not (ORDINARY_PLAN.search(t)
                                                                          and not NAMES_HARM.search(t))]
    y = np.array([label(r) for r in rows])
    tier = np.array([int(r["tier"]) for r in rows])
    if by_file:
        splits = [np.array([i for i, r in enumerate(rows) if r["_file"] == name]) for name in BLIND]
    else:
        order = np.random.default_rng(7).permutation(len(rows))
        splits = [order[k::folds] for k in range(folds)]
    P = np.zeros((len(rows), len(CLASSES)), dtype=np.float32)
    clause_p0 = np.ones(len(rows), dtype=np.float32)
    sent_pause = np.zeros(len(rows), dtype=bool)  # at check.py's lines only (the tables above it leave it out)
    lift = np.zeros(len(rows), dtype=np.float32)
    for test in splits:
        train = np.setdiff1d(np.arange(len(rows)), test)
        vocab = vocabulary([rows[i] for i in train])
        W, b = fit(design([rows[i] for i in train], vocab, E), y[train], len(CLASSES))
        X = design([rows[i] for i in test], vocab, E)
        words_only = X[:, :len(vocab)] @ W[:len(vocab)]
        lift[test] = words_only[:, 1:].max(axis=1) - words_only[:, 0]
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        P[test] = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
        if len(mine := np.intersect1d(test, clauses)):
            Zc = design([{**rows[i], "text": clause[i]} for i in mine], vocab, E) @ W + b
            Zc -= Zc.max(axis=1, keepdims=True)
            clause_p0[mine] = np.exp(Zc[:, 0]) / np.exp(Zc).sum(axis=1)
        in_test = set(test.tolist())
        if mine_s := [(i, t) for i, t in sent_rows if i in in_test]:
            Xs = design([{**rows[i], "text": t} for i, t in mine_s], vocab, E)
            lift_s = (Xs[:, :len(vocab)] @ W[:len(vocab)])
            lift_s = lift_s[:, 1:].max(axis=1) - lift_s[:, 0]
            Zs = Xs @ W + b
            Zs -= Zs.max(axis=1, keepdims=True)
            Ps = np.exp(Zs) / np.exp(Zs).sum(axis=1, keepdims=True)
            p1s = Ps[:, 1:1 + len(TIER_ONE)].sum(axis=1)
            for (i, _), ok in zip(mine_s, (p1s >= check.PAUSE_AT) & (lift_s >= check.EVIDENCE_AT), strict=True):
                sent_pause[i] |= bool(ok)
    scored = np.zeros(len(rows), dtype=bool)
    scored[np.concatenate(splits)] = True
    one = 1 + len(TIER_ONE)  # CLASSES: none, the tier-1 categories, then the tier-2 ones
    p0, p1 = P[:, 0], P[:, 1:one].sum(axis=1)
    risk = tier > 0

    def decide(pause: float, check_in: float, calm: float, evidence: float, past_off: float) -> np.ndarray:
        alone = np.where(short | (lift < evidence), 0, np.where(p1 >= pause, 1, np.where(1 - p0 >= check_in, 2, 0)))
        out = np.where(rules == 1, 1, np.where(rules == 2, np.where(alone == 1, 1, 2), alone))
        out = np.where(calmed, 0, out)
        soft = ~firm & (p0 >= calm) & (past | (clause_p0 >= check.CLAUSE_CALM_AT))
        out = np.where((rules == 1) & ((past & (p0 >= 0.5)) | soft), 2, out)
        return np.where(over & (rules > 0) & (p0 >= past_off), 0, out)

    def figures(out: np.ndarray, where: np.ndarray) -> str:
        caught = np.where(tier == 1, out == 1, out > 0)
        paused = int(((out == 1) & ~risk & where).sum())
        return (f"caught {caught[risk & where].mean():6.1%}   benign paused {paused:3d}"
                f"   checked in {((out == 2) & ~risk & where).sum() / max(1, (~risk & where).sum()):5.1%}")

    print(f"{int(scored.sum())} phrases read ({int((risk & scored).sum())} risk), "
          f"{'one blind file at a time' if by_file else f'{folds}-fold'}, out of fold")
    print(f"  rules alone                                       {figures(rules, scored)}")
    for pause, check_in, calm in ((0.7, 0.5, 0.8), (0.8, 0.4, 0.8), (0.8, 0.5, 0.8), (0.8, 0.6, 0.8),
                                  (0.8, 0.7, 0.8), (0.85, 0.4, 0.8), (0.85, 0.5, 0.8), (0.85, 0.6, 0.8),
                                  (0.9, 0.5, 0.8), (0.9, 0.6, 0.8), (0.8, 0.5, 0.7), (0.85, 0.5, 0.7)):
        for evidence in (0.0, 1.0, 1.5, 2.0):
            print(f"  pause {pause:.2f}, check in {check_in:.1f}, calm {calm:.1f}, evidence {evidence:.1f}  "
                  f"{figures(decide(pause, check_in, calm, evidence, check.PAST_OFF_AT), scored)}")
    if "--explore" in sys.argv:
        base = decide(check.PAUSE_AT, check.CHECK_IN_AT, check.CALM_AT, check.EVIDENCE_AT, check.PAST_OFF_AT)
        for t2_off in (0.8, 0.9, 0.95, 0.98):
            print(f"  as shipped, a rule's check-in calm when the model reads none at {t2_off:.2f}  "
                  f"{figures(np.where((rules == 2) & (p0 >= t2_off), 0, base), scored)}")
        for pause2, ev2 in ((0.6, 3.0), (0.7, 2.5), (0.7, 3.0), (0.7, 4.0), (0.6, 4.0)):
            extra = ~short & (lift >= ev2) & (p1 >= pause2) & (rules != 1)
            print(f"  as shipped, also pause at {pause2:.2f} on evidence {ev2:.1f}  "
                  f"{figures(np.where(extra & ~calmed, 1, base), scored)}")
        for risk_at, share_at in ((0.7, 0.9), (0.8, 0.9), (0.8, 0.95), (0.9, 0.9), (0.9, 0.95)):
            # a check-in made a pause when the risk the model reads is mostly of tier-1 kinds (severity)
            severe = ~short & (1 - p0 >= risk_at) & (p1 / np.maximum(1 - p0, 1e-6) >= share_at)
            print(f"  as shipped, a check-in paused at risk {risk_at:.2f} of which tier 1 {share_at:.2f}  "
                  f"{figures(np.where((base == 2) & severe, 1, base), scored)}")
    for past_off in (0.6, 0.7, 0.8, 0.9, 2.0):
        print(f"  pause 0.80, check in 0.6, calm 0.8, evidence 1.5, past and over calm at {past_off:.2f}  "
              f"{figures(decide(0.8, 0.6, 0.8, 1.5, past_off), scored)}")
    out = decide(check.PAUSE_AT, check.CHECK_IN_AT, check.CALM_AT, check.EVIDENCE_AT, check.PAST_OFF_AT)
    print(f"  as shipped, without reading a long reply's sentences alone     {figures(out, scored)}")
    out = np.where(sent_pause & (out != 1) & ~past & (1 - p0 >= check.SENTENCES_AT), 1, out)
    print(f"  as shipped (check.py's lines, sentences read alone)            {figures(out, scored)}")
    if "--misses" in sys.argv:  # every phrase read wrongly at check.py's lines, for study
        for i in np.flatnonzero(scored & np.where(risk, np.where(tier == 1, out != 1, out == 0), out > 0)):
            r = rows[i]
            print(f"MISS {r['_file']}\t{r['category']}\t{tier[i]}->{out[i]}\trules {rules[i]}\tp0 {p0[i]:.2f} p1 "
                  f"{p1[i]:.2f} lift {lift[i]:.1f}\t{r['text']}")
    print("at check.py's lines, per file:")
    for name in sorted({r["_file"] for r in rows}):
        where = scored & np.array([r["_file"] == name for r in rows])
        if where.any() and (risk & where).any():
            print(f"  {name:22s} {figures(out, where)}")
    print("at check.py's lines, per category (recall, or benign paused / checked in):")
    cats = np.array([r["category"] for r in rows])
    caught = np.where(tier == 1, out == 1, out > 0)
    for c in sorted(set(cats[scored])):
        where = scored & (cats == c)
        if risk[where].all():
            print(f"  {c:20s} {int(where.sum()):5d}  caught {caught[where].mean():6.1%}")
        else:
            print(f"  {c:20s} {int(where.sum()):5d}  paused {int((out[where] == 1).sum()):3d}"
                  f"  checked in {(out[where] == 2).mean():5.1%}")


def vocabulary(rows: list[dict]) -> dict[str, int]:
    """The word features seen at least MIN_COUNT times."""
    counts = Counter(f for r in rows for f in set(features(prepare(r["text"]), r.get("role") == "therapist",
                                                           GROUPS_MAP)))
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}


GROUPS = 1000  # chosen by file against 200 and 400 (docs/SAFETY.md)
GROUPS_MAP: dict[str, int] = {}  # this run's word groups, passed to features() (not read from the shipped file)


def word_groups(rows: list[dict], E: np.ndarray) -> dict[str, int]:
    """Each word of the phrases and each whole word the subword vectors know, put in one of GROUPS groups of like
    words: k-means on the words' mean subword vectors, by cosine. It reads no labels."""
    from rehearse.engine.hearing import sense

    words = {w for r in rows for w in prepare(r["text"]).split()}
    words |= {p[1:].lower() for p in sense._vectors().ids if p.startswith("\u2581") and len(p) > 3}
    keep, vecs = [], []
    for w in sorted(w for w in words if w[:1].isalpha() and all(c.isalpha() or c == "'" for c in w)):
        ids = list(sense.pieces(w))
        v = E[ids].mean(axis=0) if ids else None
        if v is not None and (n := float(np.linalg.norm(v))) > 0:
            keep.append(w)
            vecs.append(v / n)
    V = np.asarray(vecs, dtype=np.float32)
    C = V[np.random.default_rng(0).choice(len(V), GROUPS, replace=False)]
    for _ in range(25):
        near = np.argmax(V @ C.T, axis=1)
        for k in range(GROUPS):
            if (members := V[near == k]).size:
                C[k] = members.mean(axis=0) / (np.linalg.norm(members.mean(axis=0)) or 1.0)
    return dict(zip(keep, (int(k) for k in np.argmax(V @ C.T, axis=1)), strict=True))


def main() -> None:
    files = [ROOT / "tests" / "data" / "safety" / name for name in TRAIN]
    rows = load(files)
    E = subword_table()
    GROUPS_MAP.update(word_groups(rows, E))
    if "--cv" in sys.argv or "--by-file" in sys.argv:
        cross_validate(rows, E, by_file="--by-file" in sys.argv)
        return
    vocab = vocabulary(rows)
    X = design(rows, vocab, E)
    y = np.array([label(r) for r in rows])
    W, b = fit(X, y, len(CLASSES))
    sparse = {f: [round(float(x), 4) for x in W[j]] for f, j in vocab.items() if np.abs(W[j]).max() >= 1e-3}
    per_subword = E @ W[len(vocab):]  # (pieces, classes): each subword's share of every class's score
    # mtime=0: the same groups give the same bytes; their digest is kept with the weights, which only fit them
    with gzip.GzipFile(MODEL / "groups.json.gz", "wb", compresslevel=9, mtime=0) as f:
        f.write(json.dumps(GROUPS_MAP, separators=(",", ":"), sort_keys=True).encode("utf-8"))
    (MODEL / "subwords.bin").write_bytes(per_subword.astype("<f4").tobytes())
    with gzip.open(MODEL / "words.json.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump({"classes": CLASSES, "bias": [round(float(x), 4) for x in b], "words": sparse,
                   "trained_on": {"files": TRAIN, "sha256": data_hash(files[0].parent), "phrases": len(rows),
                                  "word_groups": groups_hash()}}, f)
    print(f"{len(rows)} phrases, {len(vocab)} word features ({len(sparse)} kept), {E.shape[0]} subwords")


if __name__ == "__main__":
    main()
