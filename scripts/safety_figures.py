#!/usr/bin/env python3
"""Print recall and false pauses per category for every labelled phrase file in tests/data/safety/.

    scripts/safety_figures.py              # the tables docs/SAFETY.md quotes (Markdown), one per file
    scripts/safety_figures.py --misses     # also list each phrase read wrongly, for tuning
    scripts/safety_figures.py FILE ...     # only these files
    scripts/safety_figures.py --phrase-rules-only   # the same with concepts.py, frames.py and situations.py off
    scripts/safety_figures.py --rules-only          # the rules without the learned model (safety/learned.py)

Each table is per category and is headed by the first line of its file's header, which says whether the file was
written beside the rules (tuning), used to develop them (dev, rounds) or held out.

A risk phrase (tier 1 or 2) is caught when the check gives tier 1 for a tier-1 phrase, or any pause or check-in for
a tier-2 phrase. A benign phrase (tier 0) is a false pause at tier 1 and a false check-in at tier 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehearse.engine.safety import check as check_module  # noqa: E402
from rehearse.engine.safety import check_text, concepts, frames, rules, situations  # noqa: E402
from tests.safety_corpus import Score, load_phrases, score_file  # noqa: E402


def caption(path: Path) -> str:
    """The first sentence of a phrase file's header comment (what kind of set it is)."""
    head = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        head.append(line.lstrip("# ").strip())
    text = " ".join(head)
    end = text.find(". ")
    return text[: end + 1] if end >= 0 else text


def phrase_rules_only() -> None:
    """Switch the concept and frame rules off, to see what the phrase rules alone hear."""
    off = {id(r) for r in concepts.RULES + frames.RULES + situations.RULES}
    check_module.INDEX = rules.index([r for r in rules.R if id(r) not in off])
    check_module._check.cache_clear()


def table(name: str, score: Score, about: str = "") -> list[str]:
    """One file's table in Markdown."""
    out = [f"### {name}", "", *([f"_{about}_", ""] if about else []),
           "| category | kind | phrases | caught / calm | recall or false tier 1 | false tier 2 |",
           "|---|---|---:|---:|---:|---:|"]
    for cat, c in score.by_category.items():
        if c.risk:
            out.append(f"| {cat} | risk (tier {c.tier}) | {c.n} | {c.caught} | {c.caught / c.n:.0%} | |")
        else:
            out.append(f"| {cat} | benign | {c.n} | {c.n - c.t1 - c.t2} | {c.t1} | {c.t2} |")
    out.append(f"| **all risk** | | {score.risk_n} | {score.caught} | **{score.recall:.1%}** | |")
    out.append(f"| **all benign** | | {score.benign_n} | {score.benign_n - score.false_t1 - score.false_t2} | "
               f"**{score.false_t1}** | **{score.false_t2} ({score.false_t2_rate:.1%})** |")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--misses", action="store_true", help="list every phrase read wrongly")
    ap.add_argument("--phrase-rules-only", action="store_true",
                    help="switch concepts.py, frames.py and situations.py off")
    ap.add_argument("--rules-only", action="store_true", help="switch the learned model off")
    args = ap.parse_args(argv)
    if args.phrase_rules_only:
        phrase_rules_only()
    if args.rules_only or args.phrase_rules_only:
        check_module.LEARNED = False
    files = args.files or sorted((ROOT / "tests" / "data" / "safety").glob("*.yaml"))
    for f in files:
        phrases = load_phrases(f)
        score = score_file(phrases, check_text)
        print("\n".join(table(f.name, score, caption(f))))
        print()
        if args.misses:
            for p, got in score.wrong:
                print(f"  {p.category:<18} want {p.tier} got {got.tier} ({got.category}, {got.matched!r}) "
                      f"[{p.role}]: {p.text}")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
