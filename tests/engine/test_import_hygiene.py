"""The house keeps its shape: no import cycles, no import up the layers in pyproject.toml, no Textual in the engine.

Imports are read by grimp (import-linter's graph builder) from the source, so imports inside functions count too.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
# The engine's root holds the modules every stage shares: one the contract does not name yet (a new module there)
# is placed with them, so it is checked from the day it appears.
ENGINE, SHARED = "rehearse.engine", "rehearse.engine.model"


@dataclass(frozen=True)
class Place:
    """Where a listed module sits: its layer (0 is the top) and whether its layer's siblings may import each other."""

    rank: int
    independent: bool


def contract_layers(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, Place]:
    """The modules named by the layers contract, each with its place."""
    config = tomllib.loads(pyproject.read_text())["tool"]["importlinter"]
    (contract,) = [c for c in config["contracts"] if c["type"] == "layers"]
    places: dict[str, Place] = {}
    for rank, layer in enumerate(contract["layers"]):
        independent = ":" not in layer
        for name in layer.replace(":", "|").split("|"):
            places[name.strip().strip("()")] = Place(rank, independent)
    return places


def place_of(module: str, places: dict[str, Place]) -> tuple[str, Place] | None:
    """The listed module that is `module` or contains it, and its place."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        head = ".".join(parts[:n])
        if head in places:
            return head, places[head]
    if module.startswith(ENGINE + ".") and SHARED in places:
        root_module = ".".join(parts[:3])  # rehearse.engine.<name>: its own unit within the shared layer
        return root_module, places[SHARED]
    return None


def upward_imports(graph: grimp.ImportGraph, places: dict[str, Place]) -> list[str]:
    """Every import from a module to one in a higher layer, or between independent siblings."""
    bad = []
    for importer in sorted(graph.modules):
        src = place_of(importer, places)
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            dst = place_of(imported, places)
            if src is None or dst is None or src[0] == dst[0]:
                continue
            (_, a), (_, b) = src, dst
            if b.rank < a.rank or (b.rank == a.rank and a.independent):
                bad.append(f"{importer} -> {imported}")
    return bad


def unplaced(graph: grimp.ImportGraph, places: dict[str, Place]) -> list[str]:
    """Modules the contract says nothing about that import anything of the package (package markers are fine)."""
    return sorted(m for m in graph.modules
                  if place_of(m, places) is None and graph.find_modules_directly_imported_by(m))


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative, so a long chain of imports cannot hit the recursion limit.
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    group.append(m)
                    if m == node:
                        break
                if len(group) > 1 or node in graph.find_modules_directly_imported_by(node):
                    found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles_anywhere():
    graph = grimp.build_graph("rehearse", cache_dir=None)
    assert cycles(graph) == []


def test_no_upward_imports_anywhere():
    graph = grimp.build_graph("rehearse", cache_dir=None)
    places = contract_layers()
    assert unplaced(graph, places) == [], "every module that imports must have a layer in pyproject.toml"
    assert upward_imports(graph, places) == []


def test_the_checks_see_imports_inside_functions(tmp_path, monkeypatch):
    # A made-up package: `low` reaches up to `high` from inside a function, and `a`/`b` import each other.
    pkg = tmp_path / "madeup"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "high.py").write_text("from madeup import low\n")
    (pkg / "low.py").write_text("def later():\n    from madeup import high\n    return high\n")
    (pkg / "a.py").write_text("import madeup.b\n")
    (pkg / "b.py").write_text("def f():\n    import madeup.a\n")
    (pkg / "loose.py").write_text("import madeup.low\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("madeup", cache_dir=None)
    places = {"madeup.high": Place(0, True), "madeup.low": Place(1, True),
              "madeup.a": Place(2, True), "madeup.b": Place(2, True)}
    assert upward_imports(graph, places) == ["madeup.a -> madeup.b", "madeup.b -> madeup.a",
                                             "madeup.low -> madeup.high"]
    assert unplaced(graph, places) == ["madeup.loose"]
    assert sorted(cycles(graph)) == [["madeup.a", "madeup.b"], ["madeup.high", "madeup.low"]]
    siblings = {**places, "madeup.a": Place(2, False), "madeup.b": Place(2, False)}
    assert upward_imports(graph, siblings) == ["madeup.low -> madeup.high"]


def test_a_new_module_at_the_engine_root_is_checked_as_shared():
    places = contract_layers()
    assert place_of("rehearse.engine.somethingnew.part", places) == ("rehearse.engine.somethingnew", places[SHARED])
    assert place_of("rehearse.engine.play.runner", places) == ("rehearse.engine.play", places["rehearse.engine.play"])
    assert places[SHARED].rank > places["rehearse.engine.load"].rank


def test_engine_store_and_plain_mode_never_load_textual():
    # Every module of the engine and the store, the plain host and the help lines, imported in a fresh interpreter.
    code = ("import importlib, pkgutil, sys, rehearse.engine, rehearse.store\n"
            "names = ['rehearse.plain', 'rehearse.helplines'] + [m.name for p in (rehearse.engine, rehearse.store)\n"
            "                              for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.')]\n"
            "for n in names: importlib.import_module(n)\n"
            "print(len(names), sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, loaded = out.stdout.split(" ", 1)
    assert int(count) > 20 and loaded.strip() == "[]"


def test_opening_the_app_leaves_the_engine_proper_unimported():
    # The library opens before anything is played: the runner, loader, reports and guidance load on first use.
    heavy = ["rehearse.engine.play.runner", "rehearse.engine.load.loader", "rehearse.engine.review.report",
             "rehearse.engine.load.guidance", "rehearse.store.recorder", "rehearse.tui.screens.dialogs", "jinja2",
             "rehearse.engine.hearing.detectors", "rehearse.engine.safety"]  # their rules compile at import
    code = ("import sys, rehearse.cli, rehearse.tui.app; "
            f"print([m for m in {heavy!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
