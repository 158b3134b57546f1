"""Authoring commands for course writers: schema, graph, autoplay, new, import-twee."""

from __future__ import annotations


def add_parsers(sub) -> None:
    """Register the authoring subcommands."""
    p = sub.add_parser("schema", help="print the JSON Schema for scenario files (or the guidance catalogue)")
    p.add_argument("--catalogue", action="store_true", help="the schema of the guidance catalogue instead")


def cmd_schema(args) -> int:
    """Print a JSON Schema derived from the same model the loader checks."""
    import json

    from rehearse.engine import spec

    t, title = (spec.CATALOGUE, "rehearse guidance catalogue") if args.catalogue else (spec.SCENARIO, "rehearse scenario")
    print(json.dumps(spec.to_json_schema(t, title), indent=2))
    return 0
