#!/usr/bin/env python3
"""Write tests/data/safety/library_replies.yaml: what people type in rehearsals, every one benign, to train on.

The bundled scenarios' options and examples, and the typed replies of the hearing development sets and the
paraphrase sets (never hearing's held-out set). A check-in on the very words a scenario offers would interrupt the
rehearsal it belongs to, and ordinary off-topic replies ("purple elephants") must read as nothing: the learned
model needs to see plenty of ordinary rehearsal talk, not only risk and its near misses.

    scripts/gen_safety_replies.py      # then scripts/train_safety.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehearse.engine.load.library import list_entries, load  # noqa: E402

OUT = ROOT / "tests" / "data" / "safety" / "library_replies.yaml"
HEARING = ["dev.yaml", "dev2.yaml", "tuning.yaml"]  # heldout.yaml stays unread


def main() -> None:
    roles: dict[str, str] = {}
    seen: set[str] = set()
    rows = []

    def add(text: str, role: str) -> None:
        key = " ".join(text.lower().split())
        if key and key not in seen:
            seen.add(key)
            rows.append({"text": text, "role": role, "tier": 0,
                         "category": "trainee_asks" if role == "therapist" else "rehearsal"})

    for e in list_entries():
        sc = load(e.id)
        roles[sc.id] = sc.user_role
        for node in sc.nodes.values():
            for c in node.choices:
                for text in (c.text, *c.examples):
                    add(text, sc.user_role)
    for name in HEARING:
        for r in yaml.safe_load((ROOT / "tests" / "data" / "hearing" / name).read_text(encoding="utf-8")):
            add(str(r["text"]), roles.get(r["scenario"], "client"))
    for f in sorted((ROOT / "tests" / "data" / "paraphrases").glob("*.yaml")):
        raw = yaml.safe_load(f.read_text(encoding="utf-8"))
        for item in raw.get("items", []):
            for text in item.get("paraphrases", []):
                add(str(text), roles.get(raw["scenario"], "client"))
    head = ("# Benign TRAINING phrases for the crisis check's learned model, written by "
            "scripts/gen_safety_replies.py:\n"
            "# the bundled scenarios' options and examples and the typed replies of the hearing development and\n"
            f"# paraphrase sets ({len(rows)} phrases, all tier 0). Trained on, so its figures flatter.\n")
    OUT.write_text(head + yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    print(f"{len(rows)} replies -> {OUT}")


if __name__ == "__main__":
    main()
