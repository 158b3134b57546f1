#!/usr/bin/env python3
"""Write rehearse/engine/safety/model/anchors.json.gz: each crisis rule's anchor words, read from its parsed pattern.

    python scripts/safety_anchors.py

Run after changing any rule, word list or rule.FREQUENT; tests/engine/test_safety_concepts.py fails until it is.
Reading every pattern with Python's regex parser at import cost about 0.3 s before the first reply; the file keeps
the answers, keyed by a digest of each pattern.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehearse.engine.safety import rule  # noqa: E402
from rehearse.engine.safety import rules  # noqa: E402, F401 (importing it asks about every pattern)


def main() -> None:
    table = {rule._key(p): (sorted(w) if (w := rule.read_required_words(p)) is not None else None)
             for p in rule.SEEN}
    with gzip.GzipFile(rule.ANCHORS_FILE, "wb", compresslevel=9, mtime=0) as f:
        f.write(json.dumps(table, sort_keys=True, separators=(",", ":")).encode("utf-8"))
    print(f"{len(table)} patterns, {sum(v is not None for v in table.values())} with anchor words: {rule.ANCHORS_FILE}")


if __name__ == "__main__":
    main()
