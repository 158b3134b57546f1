"""The JSON Schema files shipped in rehearse/schemas/, all derived from rehearse/engine/load/spec.py."""

from __future__ import annotations

import json
from pathlib import Path

from rehearse.engine.load import spec

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

# file name -> (format type, title); `rehearse schema` and scripts/gen_schemas.py both read this table.
SCHEMAS = {
    "scenario.schema.json": (spec.SCENARIO, "rehearse scenario"),
    "guidance.schema.json": (spec.CATALOGUE, "rehearse guidance catalogue"),
    "shared.schema.json": (spec.SHARED, "rehearse shared piece"),
}


def schema(name: str) -> dict:
    """The schema for one file name in SCHEMAS."""
    t, title = SCHEMAS[name]
    return spec.to_json_schema(t, title)


def schema_text(name: str) -> str:
    """The schema as the exact text written to rehearse/schemas/NAME."""
    return json.dumps(schema(name), indent=2, ensure_ascii=False) + "\n"


def schema_path(name: str) -> Path:
    """Where the shipped copy of a schema lives."""
    return SCHEMA_DIR / name
