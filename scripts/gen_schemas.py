#!/usr/bin/env python3
"""Regenerate rehearse/schemas/*.schema.json from rehearse/engine/load/spec.py.

Run it after changing the format in spec.py; `--check` only reports files that are out of date (exit 1).
tests/authoring/test_schema.py fails while the shipped files and spec.py disagree.
"""

from __future__ import annotations

import argparse
import sys

from rehearse.authoring.schemas import SCHEMAS, schema_path, schema_text


def main(argv=None) -> int:
    """Write (or with --check, compare) every schema file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report stale files instead of writing them")
    args = ap.parse_args(argv)
    stale = 0
    for name in SCHEMAS:
        path, text = schema_path(name), schema_text(name)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale += 1
        if args.check:
            print(f"{path}: out of date; run scripts/gen_schemas.py", file=sys.stderr)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
