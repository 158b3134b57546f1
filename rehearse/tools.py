"""Authoring commands for course writers: schema, graph, autoplay, hear, new, import-twee."""

from __future__ import annotations

import sys
from pathlib import Path


def add_parsers(sub) -> None:
    """Register the authoring subcommands."""
    p = sub.add_parser("schema", help="print the JSON Schema for scenario files (or the guidance catalogue)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--catalogue", action="store_true", help="the schema of the guidance catalogue instead")
    which.add_argument("--shared", action="store_true", help="the schema of a shared piece (scenarios/shared/)")

    p = sub.add_parser("graph", help="draw a scenario's branches as Mermaid or Graphviz DOT")
    p.add_argument("scenario", help="scenario id or path to a .yaml file")
    p.add_argument("--format", choices=["mermaid", "dot"], default="mermaid",
                   help="mermaid (renders in GitHub Markdown) or dot (for Graphviz); default: mermaid")
    p.add_argument("--persona", help="only the branches this persona can take")
    p.add_argument("--say", nargs="?", type=int, const=40, default=0, metavar="N",
                   help="label each node with the start of what is said (N characters, default 40)")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")

    p = sub.add_parser("autoplay", help="play scenarios automatically and report endings, coverage and errors")
    p.add_argument("scenarios", nargs="*", metavar="SCENARIO",
                   help="ids, .yaml files or folders (default: the bundled library)")
    p.add_argument("--runs", type=int, default=200, help="random plays per persona (default: 200)")
    p.add_argument("--seed", type=int, default=0, help="seed for the random choices (default: 0)")
    p.add_argument("--exhaustive", action="store_true", help="walk every path for every persona instead")
    p.add_argument("--max-depth", type=int, default=60, help="decisions per path before giving up (default: 60)")
    p.add_argument("--max-paths", type=int, default=20000,
                   help="paths per persona before --exhaustive stops (default: 20000)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("hear", help="show how a typed reply is heard at a node: each option's score and why")
    p.add_argument("scenario", nargs="?", help="scenario id or path to a .yaml file")
    p.add_argument("node", nargs="?", help="a node with choices")
    p.add_argument("text", nargs="*", help="the reply, as a user would type it")
    p.add_argument("--file", help="a YAML list of labelled replies ({scenario, node, text, kind, expect, negates}) "
                                  "to score by kind instead")
    p.add_argument("--misses", action="store_true", help="with --file: list every reply not heard as labelled")

    p = sub.add_parser("new", help="write a commented scenario scaffold that validates as it stands")
    p.add_argument("id", help="the new scenario's id: lowercase letters, digits and hyphens")
    p.add_argument("--role", choices=["client", "therapist"], default="client", help="who the user plays")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.add_argument("--force", action="store_true", help="overwrite the output file if it exists")

    p = sub.add_parser("import-twee", help="turn a Twine story (Twee 3) into a scenario draft")
    p.add_argument("file", help="a .twee or .tw file")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.add_argument("--role", choices=["client", "therapist"], default="client", help="who the user plays")
    p.add_argument("--force", action="store_true", help="overwrite the output file if it exists")


def _write(text: str, output: str | None, force: bool = True) -> int:
    """Print `text`, or write it to `output`; 2 when the file exists and may not be replaced."""
    if not output:
        sys.stdout.write(text)
        return 0
    path = Path(output)
    if path.exists() and not force:
        print(f"rehearse: {output} already exists; use --force to replace it", file=sys.stderr)
        return 2
    if not path.parent.is_dir():
        try:
            path.parent.mkdir(parents=True)
        except OSError as exc:
            print(f"rehearse: cannot create the folder {path.parent}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"Created folder {path.parent}", file=sys.stderr)
    from rehearse.engine.textnorm import printable

    # The file will be shown in a terminal or an editor too: scenario text in it is neutralised as on screen.
    path.write_text(printable(text), encoding="utf-8")
    print(f"Wrote {output}", file=sys.stderr)
    return 0


def _guidance() -> set:
    from rehearse.engine.load.course import catalogue

    return set(catalogue())


def cmd_schema(args) -> int:
    """Print a JSON Schema derived from the same model the loader checks (the text shipped in rehearse/schemas/)."""
    from rehearse.authoring.schemas import schema_text

    name = "guidance" if args.catalogue else "shared" if args.shared else "scenario"
    sys.stdout.write(schema_text(f"{name}.schema.json"))
    return 0


def cmd_graph(args) -> int:
    """Draw one scenario."""
    from rehearse.authoring.graph import render, render_tree
    from rehearse.engine.diagnostics import Report, ScenarioError
    from rehearse.engine.load.library import find, load
    from rehearse.engine.load.yamlsrc import read_yaml

    try:
        sc = load(args.scenario, _guidance())
    except ScenarioError as exc:
        # A file with errors is still drawn as written, so the picture can help find a broken link.
        for d in exc.diagnostics:
            print(d, file=sys.stderr)
        tree = read_yaml(find(args.scenario).read_bytes(), Report(args.scenario))
        if tree is None:
            print("rehearse: the file cannot be read as YAML, so it cannot be drawn; fix the error above first",
                  file=sys.stderr)
            return 1
        print(f"rehearse: drawing the file as written, with {len(exc.diagnostics)} problem(s); broken links are "
              "red", file=sys.stderr)
        return _write(render_tree(tree, args.format, args.say), args.output) or 1  # drawn, but the file has errors
    try:
        text = render(sc, args.format, args.persona, args.say)
    except ValueError as exc:
        print(f"rehearse: {exc}", file=sys.stderr)
        return 2
    return _write(text, args.output)


def cmd_autoplay(args) -> int:
    """Play scenarios many times and report what happened."""
    import json

    from rehearse.authoring.autoplay import autoplay, exhaustive, format_report
    from rehearse.engine.diagnostics import ScenarioError
    from rehearse.engine.load.library import find, load, scenario_files

    if args.runs < 1 or args.max_depth < 1 or args.max_paths < 1:
        print("rehearse: --runs, --max-depth and --max-paths must be at least 1", file=sys.stderr)
        return 2
    refs = []
    for r in args.scenarios:
        if Path(r).is_dir():  # a folder: every scenario in it
            found = scenario_files([r])
            if not found:
                print(f"rehearse: no scenario files (*.yaml) in {r}", file=sys.stderr)
                return 2
            refs += [str(f) for f in found]
        else:
            refs.append(str(find(r)))
    refs = refs or [str(f) for f in scenario_files()]
    guidance = _guidance()
    reports, broken = [], 0
    for ref in refs:
        try:
            sc = load(ref, guidance)
        except ScenarioError as exc:
            broken += 1
            for d in exc.diagnostics:
                print(d, file=sys.stderr)
            continue
        if args.exhaustive:
            reports.append(exhaustive(sc, max_depth=args.max_depth, max_paths=args.max_paths))
        else:
            reports.append(autoplay(sc, runs=args.runs, seed=args.seed, max_depth=args.max_depth))
    if args.json:
        print(json.dumps([r.to_json() for r in reports], indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(format_report(r) for r in reports))
    return 1 if broken or any(r.errors for r in reports) else 0


def cmd_new(args) -> int:
    """Write a scaffold."""
    import re

    from rehearse.authoring.scaffold import scaffold
    from rehearse.engine.load.spec import ID_PATTERN

    if not re.match(ID_PATTERN, args.id) or "_" in args.id:
        print(f"rehearse: '{args.id}' is not a scenario id: use lowercase letters, digits and hyphens", file=sys.stderr)
        return 2
    return _write(scaffold(args.id, args.role, Path(args.output) if args.output else None), args.output, args.force)


def cmd_import_twee(args) -> int:
    """Convert a Twee 3 file."""
    from rehearse.authoring.twee import TweeError, import_twee

    try:
        result = import_twee(Path(args.file), role=args.role, output=Path(args.output) if args.output else None)
    except TweeError as exc:
        print(f"{args.file}: error: {exc}", file=sys.stderr)
        return 1
    for d in result.warnings:
        print(d, file=sys.stderr)
    status = _write(result.yaml, args.output, args.force)
    if status == 0:
        print(f"{len(result.warnings)} warning(s); {result.nodes} node(s) from {result.passages} passage(s)",
              file=sys.stderr)
    return status


def cmd_hear(args) -> int:
    """Explain how one reply is heard, or score a labelled list of replies by kind."""
    from rehearse.authoring.hearcheck import explain, format_tally, hear_at, load_phrases, tally
    from rehearse.engine.load.library import load
    from rehearse.engine.textnorm import printable

    guidance = _guidance()
    loaded: dict = {}

    def scenario(ref: str):
        if ref not in loaded:
            loaded[ref] = load(ref, guidance)
        return loaded[ref]

    if args.file:
        phrases = load_phrases(Path(args.file))
        if args.scenario:  # a file being written: its replies name it by id
            only = scenario(args.scenario)
            loaded[only.id] = only
            phrases = [p for p in phrases if p.scenario == only.id]
        figures = tally(phrases, scenario)
        print("\n".join(format_tally(figures)))
        if args.misses:
            print("\n".join(printable(m) for m in figures["all"].misses))
        return 0
    if not (args.scenario and args.node and args.text):
        print("rehearse: give SCENARIO NODE \"reply\", or --file PHRASES.yaml", file=sys.stderr)
        return 2
    sc = scenario(args.scenario)
    text = " ".join(args.text)
    try:
        h = hear_at(sc, args.node, text)
    except KeyError:
        nodes = ", ".join(n.id for n in sc.nodes.values() if n.choices)
        print(f"rehearse: '{args.node}' is not a node with choices in {sc.id}; try one of: {nodes}", file=sys.stderr)
        return 2
    print(f"{sc.id} / {args.node}: {printable(text)!r}")
    print("\n".join(printable(line) for line in explain(h, sc.nodes[args.node].choices)))
    return 0
